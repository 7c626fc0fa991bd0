// Command eval measures depfence's behavioural analysis: recall on a
// directory of encrypted malware samples (ZipCrypto zips, read in memory
// only) and the malicious/suspicious rate on benign packages. It never
// extracts or executes samples.
//
//	go run ./cmd/eval -malicious ../shared/corpus/malicious
//	go run ./cmd/eval -benign /usr/lib/node_modules/npm/node_modules
//	go run ./cmd/eval -benign DIR_OF_TGZ -j 2
//	go run ./cmd/eval -list paths.txt   # one package dir or .tgz per line
package main

import (
	"bufio"
	"context"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"time"

	"golang.org/x/sync/errgroup"

	"github.com/depfence/depfence/internal/analyze"
	"github.com/depfence/depfence/internal/analyze/corpus"
	"github.com/depfence/depfence/internal/archive"
	"github.com/depfence/depfence/internal/finding"
	"github.com/depfence/depfence/internal/rules"
)

func main() {
	mal := flag.String("malicious", "", "directory of encrypted sample zips (password 'infected')")
	ben := flag.String("benign", "", "benign packages: a node_modules-style directory and/or .tgz files in it")
	list := flag.String("list", "", "file listing benign package directories or .tgz paths, one per line")
	jobs := flag.Int("j", 2, "packages analysed in parallel")
	verbose := flag.Bool("v", false, "print every benign package's verdict")
	flag.Parse()
	ctx := context.Background()
	if err := run(ctx, options{mal: *mal, ben: *ben, list: *list, jobs: *jobs, verbose: *verbose}, os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, "eval:", err)
		os.Exit(1)
	}
}

type options struct {
	mal, ben, list string
	jobs           int
	verbose        bool
}

func run(ctx context.Context, o options, w io.Writer) error {
	eng, err := analyze.New(rules.Builtin())
	if err != nil {
		return err
	}
	if o.mal != "" {
		if err := evalMalicious(ctx, eng, o.mal, w); err != nil {
			return err
		}
	}
	var inputs []string
	if o.ben != "" {
		inputs = append(inputs, benignInputs(o.ben)...)
	}
	if o.list != "" {
		b, err := os.ReadFile(o.list)
		if err != nil {
			return err
		}
		sc := bufio.NewScanner(strings.NewReader(string(b)))
		for sc.Scan() {
			if l := strings.TrimSpace(sc.Text()); l != "" && !strings.HasPrefix(l, "#") {
				inputs = append(inputs, l)
			}
		}
	}
	if len(inputs) > 0 {
		return evalBenign(ctx, eng, inputs, o, w)
	}
	return nil
}

func printChain(w io.Writer, res *analyze.Result) {
	for _, s := range res.Chain {
		fmt.Fprintf(w, "    -> [%s] %s (%s) %s\n", s.Signal, s.Message, s.Rule, s.Where)
	}
}

func evalMalicious(ctx context.Context, eng *analyze.Engine, dir string, w io.Writer) error {
	zips, _ := filepath.Glob(filepath.Join(dir, "*.zip"))
	sort.Strings(zips)
	hit := 0
	for _, z := range zips {
		data, err := os.ReadFile(z)
		if err != nil {
			return err
		}
		m, err := corpus.OpenZip(data, "infected")
		if err != nil {
			return fmt.Errorf("%s: %w", z, err)
		}
		pkg, err := corpus.SamplePackage(m)
		if err != nil {
			return fmt.Errorf("%s: %w", z, err)
		}
		res, err := eng.Analyze(ctx, pkg, finding.Package{})
		if err != nil {
			return err
		}
		if res.Verdict == analyze.VerdictMalicious {
			hit++
		}
		fmt.Fprintf(w, "%-10s score=%-3d %s\n", res.Verdict, res.Score, filepath.Base(z))
		printChain(w, res)
	}
	fmt.Fprintf(w, "recall: %d/%d malicious (%.1f%%)\n", hit, len(zips), 100*float64(hit)/float64(max(len(zips), 1)))
	return nil
}

// benignInputs lists package directories (node_modules layout, scoped and
// nested) and tarballs under root.
func benignInputs(root string) []string {
	var out []string
	_ = filepath.WalkDir(root, func(p string, d os.DirEntry, err error) error {
		if err != nil {
			return nil
		}
		if !d.IsDir() {
			if strings.HasSuffix(p, ".tgz") || strings.HasSuffix(p, ".tar.gz") {
				out = append(out, p)
			}
			return nil
		}
		if p == root {
			return nil
		}
		if st, err := os.Stat(filepath.Join(p, "package.json")); err == nil && !st.IsDir() {
			parent := filepath.Base(filepath.Dir(p))
			if filepath.Dir(p) == root || parent == "node_modules" || strings.HasPrefix(parent, "@") {
				out = append(out, p)
			}
		}
		return nil
	})
	return out
}

func open(ctx context.Context, p string) (fs.FS, error) {
	st, err := os.Stat(p)
	if err != nil {
		return nil, err
	}
	if st.IsDir() {
		return os.DirFS(p), nil
	}
	f, err := os.Open(p)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return archive.Read(ctx, f, archive.DefaultLimits())
}

func evalBenign(ctx context.Context, eng *analyze.Engine, inputs []string, o options, w io.Writer) error {
	results := make([]*analyze.Result, len(inputs))
	errs := make([]error, len(inputs))
	g, gctx := errgroup.WithContext(ctx)
	g.SetLimit(max(o.jobs, 1))
	start := time.Now()
	var mu sync.Mutex
	var bytes int64
	for i, p := range inputs {
		g.Go(func() error {
			fsys, err := open(gctx, p)
			if err != nil {
				errs[i] = err
				return nil
			}
			res, err := eng.Analyze(gctx, fsys, finding.Package{})
			if err != nil {
				return err
			}
			results[i] = res
			mu.Lock()
			bytes += res.Files.CodeSize
			mu.Unlock()
			return nil
		})
	}
	if err := g.Wait(); err != nil {
		return err
	}
	el := time.Since(start)
	counts := map[analyze.Verdict]int{}
	failed := 0
	for i, res := range results {
		if errs[i] != nil {
			failed++
			fmt.Fprintf(w, "%-10s %s: %v\n", "error", inputs[i], errs[i])
			continue
		}
		counts[res.Verdict]++
		if o.verbose || res.Verdict != analyze.VerdictOK {
			fmt.Fprintf(w, "%-10s score=%-3d %s (%s)\n", res.Verdict, res.Score, inputs[i], res.Package)
			printChain(w, res)
		}
	}
	n := max(len(inputs)-failed, 1)
	fmt.Fprintf(w, "benign: %d packages (%d unreadable), malicious %d (%.2f%%), suspicious %d (%.2f%%); %.1f MB code in %v (%.1f MB/s)\n",
		len(inputs), failed, counts[analyze.VerdictMalicious], 100*float64(counts[analyze.VerdictMalicious])/float64(n),
		counts[analyze.VerdictSuspicious], 100*float64(counts[analyze.VerdictSuspicious])/float64(n),
		float64(bytes)/1e6, el.Round(time.Millisecond), float64(bytes)/1e6/el.Seconds())
	return nil
}
