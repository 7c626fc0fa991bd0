package cli

import (
	"fmt"
	"path/filepath"
	"time"

	"github.com/spf13/cobra"

	"github.com/depfence/depfence/internal/scan"
)

func newFetchCmd(g *globals) *cobra.Command {
	var (
		pf   projectFlags
		nf   netFlags
		prod bool
		dev  bool
	)
	cmd := &cobra.Command{
		Use:   "fetch [DIR|LOCKFILE]",
		Short: "Download and verify every registry tarball of the project into the cache",
		Long: `Download every package tarball the lockfile resolves, verify it against its
integrity, and store it in the content cache. Git, remote-tarball, file, link
and workspace sources are reported as such, never silently skipped.`,
		Args: cobra.MaximumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			g.softMemoryLimit(160 << 20)
			graph, err := pf.load(cmd.Context(), g, args)
			if err != nil {
				return err
			}
			dir := filepath.Dir(graph.Path)
			f, closeFn, err := g.fetcher(dir, &nf)
			if err != nil {
				return exitError{code: ExitOperation, err: err}
			}
			defer closeFn()
			if prod && dev {
				return usagef("--prod and --dev cannot be used together")
			}
			plat, err := nf.npmPlatform()
			if err != nil {
				return err
			}
			o := scan.Options{Prod: prod, Dev: dev, Platform: plat}
			units := scan.Units(graph, dir, o.Keep())
			b := &bar{g: g, desc: "fetching"}
			b.Start(len(units))
			start := time.Now()
			sum := f.FetchAll(cmd.Context(), units, nf.workers, func() { b.Add(1) })
			b.Finish()
			elapsed := time.Since(start)
			if g.format == "json" {
				if err := writeJSON(g.stdout, sum); err != nil {
					return err
				}
			} else {
				fmt.Fprintf(g.stdout, "%d packages: %d fetched and verified (%d from cache), %s, %d skipped, %d failed in %.1fs\n",
					sum.Packages, sum.Fetched, sum.CacheHits, humanBytes(sum.Bytes), len(sum.Skipped), len(sum.Failures), elapsed.Seconds())
				for _, s := range sum.Skipped {
					fmt.Fprintf(g.stdout, "  skipped %s (%s): %s\n", s.Package, s.Source, s.Message)
				}
				for _, s := range sum.Failures {
					fmt.Fprintf(g.stdout, "  FAILED  %s: %s\n", s.Package, s.Message)
				}
			}
			if len(sum.Failures) > 0 {
				return exitError{code: ExitOperation, err: fmt.Errorf("%d of %d packages could not be fetched", len(sum.Failures), sum.Packages)}
			}
			return nil
		},
	}
	f := cmd.Flags()
	f.StringVar(&pf.lockfile, "lockfile", "", "read this lockfile instead of detecting one")
	f.BoolVar(&prod, "prod", false, "only production packages")
	f.BoolVar(&dev, "dev", false, "only dev packages")
	nf.register(cmd)
	return cmd
}

func humanBytes(n int64) string {
	switch {
	case n >= 1<<30:
		return fmt.Sprintf("%.1f GiB", float64(n)/(1<<30))
	case n >= 1<<20:
		return fmt.Sprintf("%.1f MiB", float64(n)/(1<<20))
	case n >= 1<<10:
		return fmt.Sprintf("%.1f KiB", float64(n)/(1<<10))
	}
	return fmt.Sprintf("%d B", n)
}
