// Command eval measures depfence's behavioural analysis: recall on a
// directory of encrypted malware samples (ZipCrypto zips, read in memory
// only) and the malicious/suspicious rate on benign packages (a
// node_modules-style directory). It never extracts or executes samples.
//
//	go run ./cmd/eval -malicious ../shared/corpus/malicious -benign /usr/lib/node_modules/npm/node_modules
package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"github.com/depfence/depfence/internal/analyze"
	"github.com/depfence/depfence/internal/analyze/corpus"
	"github.com/depfence/depfence/internal/finding"
	"github.com/depfence/depfence/internal/rules"
)

func main() {
	mal := flag.String("malicious", "", "directory of encrypted sample zips (password 'infected')")
	ben := flag.String("benign", "", "node_modules-style directory of benign packages")
	verbose := flag.Bool("v", false, "print every benign package's verdict")
	flag.Parse()
	if err := run(context.Background(), *mal, *ben, *verbose, os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, "eval:", err)
		os.Exit(1)
	}
}

func run(ctx context.Context, mal, ben string, verbose bool, w io.Writer) error {
	eng, err := analyze.New(rules.Builtin())
	if err != nil {
		return err
	}
	if mal != "" {
		zips, _ := filepath.Glob(filepath.Join(mal, "*.zip"))
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
			for _, s := range res.Chain {
				fmt.Fprintf(w, "    -> [%s] %s (%s) %s\n", s.Signal, s.Message, s.Rule, s.Where)
			}
		}
		fmt.Fprintf(w, "recall: %d/%d malicious\n", hit, len(zips))
	}
	if ben != "" {
		dirs := packageDirs(ben)
		counts := map[analyze.Verdict]int{}
		var bytes int64
		start := time.Now()
		for _, d := range dirs {
			res, err := eng.Analyze(ctx, os.DirFS(d), finding.Package{})
			if err != nil {
				return err
			}
			bytes += res.Files.CodeSize
			counts[res.Verdict]++
			if verbose || res.Verdict != analyze.VerdictOK {
				fmt.Fprintf(w, "%-10s score=%-3d %s\n", res.Verdict, res.Score, d)
				for _, s := range res.Chain {
					fmt.Fprintf(w, "    -> [%s] %s (%s) %s\n", s.Signal, s.Message, s.Rule, s.Where)
				}
			}
		}
		el := time.Since(start)
		n := max(len(dirs), 1)
		fmt.Fprintf(w, "benign: %d packages, malicious %d (%.2f%%), suspicious %d (%.2f%%); %.1f MB code in %v (%.1f MB/s)\n",
			len(dirs), counts[analyze.VerdictMalicious], 100*float64(counts[analyze.VerdictMalicious])/float64(n),
			counts[analyze.VerdictSuspicious], 100*float64(counts[analyze.VerdictSuspicious])/float64(n),
			float64(bytes)/1e6, el.Round(time.Millisecond), float64(bytes)/1e6/el.Seconds())
	}
	return nil
}

// packageDirs lists package directories under a node_modules-style tree
// (including scoped and nested node_modules).
func packageDirs(root string) []string {
	var out []string
	_ = filepath.WalkDir(root, func(p string, d os.DirEntry, err error) error {
		if err != nil || !d.IsDir() {
			return nil
		}
		if p != root && fileExists(filepath.Join(p, "package.json")) && strings.Contains(filepath.Dir(p), "node_modules") || (filepath.Dir(p) == root && fileExists(filepath.Join(p, "package.json"))) {
			out = append(out, p)
		}
		return nil
	})
	return out
}

func fileExists(p string) bool {
	st, err := os.Stat(p)
	return err == nil && !st.IsDir()
}
