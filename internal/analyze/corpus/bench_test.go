package corpus_test

import (
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/evanw/esbuild/pkg/api"

	"github.com/depfence/depfence/internal/analyze"
	"github.com/depfence/depfence/internal/finding"
	"github.com/depfence/depfence/internal/jsast"
	"github.com/depfence/depfence/internal/rules"
	"github.com/tdewolff/parse/v2"
	"github.com/tdewolff/parse/v2/js"
)

func npmModules(b *testing.B) string {
	node, err := exec.LookPath("node")
	if err != nil {
		b.Skip("node not installed")
	}
	return filepath.Join(filepath.Dir(node), "..", "lib", "node_modules", "npm", "node_modules")
}

func pkgDirs(root string) []string {
	var out []string
	entries, _ := os.ReadDir(root)
	for _, e := range entries {
		if strings.HasPrefix(e.Name(), "@") {
			sub, _ := os.ReadDir(filepath.Join(root, e.Name()))
			for _, s := range sub {
				out = append(out, filepath.Join(root, e.Name(), s.Name()))
			}
			continue
		}
		out = append(out, filepath.Join(root, e.Name()))
	}
	return out
}

// BenchmarkAnalyze runs every rule over npm's bundled dependencies; the
// MB/s figure is JS analysed per second (GOMAXPROCS=1 for per-core).
func BenchmarkAnalyze(b *testing.B) {
	dirs := pkgDirs(npmModules(b))
	eng, _ := analyze.New(rules.Builtin(), analyze.WithLimits(func() analyze.Limits { l := analyze.DefaultLimits(); l.FileWorkers = 1; return l }()))
	var total int64
	for _, d := range dirs {
		res, _ := eng.Analyze(context.Background(), os.DirFS(d), finding.Package{})
		total += res.Files.CodeSize
	}
	b.SetBytes(total)
	b.ResetTimer()
	defer reportCPU(b, total)()
	for b.Loop() {
		for _, d := range dirs {
			if _, err := eng.Analyze(context.Background(), os.DirFS(d), finding.Package{}); err != nil {
				b.Fatal(err)
			}
		}
	}
}

func codeFiles(b *testing.B) [][]byte {
	var out [][]byte
	_ = filepath.WalkDir(npmModules(b), func(p string, d os.DirEntry, err error) error {
		if err == nil && !d.IsDir() && analyze.IsCode(p) {
			if data, err := os.ReadFile(p); err == nil {
				out = append(out, data)
			}
		}
		return nil
	})
	return out
}

// BenchmarkParseOnly is the bare tdewolff parse of the same files.
func BenchmarkParseOnly(b *testing.B) {
	files := codeFiles(b)
	var n int64
	for _, f := range files {
		n += int64(len(f))
	}
	b.SetBytes(n)
	defer reportCPU(b, n)()
	for b.Loop() {
		for _, f := range files {
			buf := make([]byte, len(f), len(f)+1)
			copy(buf, f)
			_, _ = js.Parse(parse.NewInputBytes(buf), js.Options{})
		}
	}
}

// BenchmarkFacts is jsast alone (parse + walk + folding).
func BenchmarkFacts(b *testing.B) {
	files := codeFiles(b)
	var n int64
	for _, f := range files {
		n += int64(len(f))
	}
	b.SetBytes(n)
	defer reportCPU(b, n)()
	for b.Loop() {
		for _, f := range files {
			jsast.Analyze("a.js", f, jsast.DefaultLimits())
		}
	}
}

// BenchmarkEsbuildTransform is esbuild's own JS transform (the engine of
// the esbuild npm binary) over the same files, for comparison.
func BenchmarkEsbuildTransform(b *testing.B) {
	files := codeFiles(b)
	var n int64
	for _, f := range files {
		n += int64(len(f))
	}
	b.SetBytes(n)
	defer reportCPU(b, n)()
	for b.Loop() {
		for _, f := range files {
			api.Transform(string(f), api.TransformOptions{Loader: api.LoaderJS, LogLevel: api.LogLevelSilent})
		}
	}
}

// reportCPU adds MB per CPU-second, which stays meaningful on a machine
// shared with other work (wall-clock MB/s does not).
func reportCPU(b *testing.B, bytes int64) func() {
	start := cpuTime()
	return func() {
		if d := cpuTime() - start; d > 0 {
			b.ReportMetric(float64(bytes)*float64(b.N)/1e6/d.Seconds(), "MB/cpu-s")
		}
	}
}
