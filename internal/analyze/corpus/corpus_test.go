package corpus_test

import (
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"testing"

	"github.com/depfence/depfence/internal/analyze"
	"github.com/depfence/depfence/internal/analyze/corpus"
	"github.com/depfence/depfence/internal/finding"
	"github.com/depfence/depfence/internal/jsast"
	"github.com/depfence/depfence/internal/rules"
)

// TestMaliciousCorpus analyses the shared malware samples in memory and
// requires every one to be judged malicious, with a chain.
func TestMaliciousCorpus(t *testing.T) {
	dir := filepath.Join("..", "..", "..", "..", "shared", "corpus", "malicious")
	zips, _ := filepath.Glob(filepath.Join(dir, "*.zip"))
	if len(zips) == 0 {
		t.Skip("no corpus at ../shared/corpus/malicious")
	}
	eng, err := analyze.New(rules.Builtin())
	if err != nil {
		t.Fatal(err)
	}
	hit := 0
	for _, z := range zips {
		data, err := os.ReadFile(z)
		if err != nil {
			t.Fatal(err)
		}
		m, err := corpus.OpenZip(data, "infected")
		if err != nil {
			t.Fatalf("%s: %v", z, err)
		}
		pkg, err := corpus.SamplePackage(m)
		if err != nil {
			t.Fatalf("%s: %v", z, err)
		}
		res, err := eng.Analyze(context.Background(), pkg, finding.Package{})
		if err != nil {
			t.Fatal(err)
		}
		if res.Verdict == analyze.VerdictMalicious && len(res.Chain) > 0 {
			hit++
		} else {
			t.Errorf("%s: %s (score %d), want malicious with a chain", filepath.Base(z), res.Verdict, res.Score)
		}
	}
	t.Logf("recall %d/%d", hit, len(zips))
}

// TestBenignNpm analyses node's bundled npm dependencies: none may be malicious.
func TestBenignNpm(t *testing.T) {
	node, err := exec.LookPath("node")
	if err != nil {
		t.Skip("node not installed")
	}
	root := filepath.Join(filepath.Dir(node), "..", "lib", "node_modules", "npm", "node_modules")
	entries, err := os.ReadDir(root)
	if err != nil {
		t.Skip("no npm node_modules")
	}
	eng, _ := analyze.New(rules.Builtin())
	for _, e := range entries {
		dirs := []string{filepath.Join(root, e.Name())}
		if e.Name()[0] == '@' {
			sub, _ := os.ReadDir(dirs[0])
			dirs = dirs[:0]
			for _, s := range sub {
				dirs = append(dirs, filepath.Join(root, e.Name(), s.Name()))
			}
		}
		for _, d := range dirs {
			res, err := eng.Analyze(context.Background(), os.DirFS(d), finding.Package{})
			if err != nil {
				t.Fatal(err)
			}
			if res.Verdict == analyze.VerdictMalicious {
				t.Errorf("%s: malicious: %+v", d, res.Chain)
			}
		}
	}
}

// TestWalkerOnRealCode analyses every code file of node's bundled npm
// dependencies on its own: the walker must not fail on any of them (a
// failure is recovered, and the file is then only scanned token by
// token, which would hide what the walker misses).
func TestWalkerOnRealCode(t *testing.T) {
	node, err := exec.LookPath("node")
	if err != nil {
		t.Skip("node not installed")
	}
	root := filepath.Join(filepath.Dir(node), "..", "lib", "node_modules", "npm", "node_modules")
	if _, err := os.Stat(root); err != nil {
		t.Skip("no npm node_modules")
	}
	n := 0
	err = filepath.WalkDir(root, func(p string, d os.DirEntry, err error) error {
		if err != nil || !d.Type().IsRegular() || !analyze.IsCode(p) {
			return err
		}
		src, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		n++
		if f := jsast.Analyze(p, src, jsast.DefaultLimits()); f.ParseError == "internal parser failure" {
			t.Errorf("%s: the walker failed", p)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if n < 100 {
		t.Fatalf("only %d code files under %s", n, root)
	}
}
