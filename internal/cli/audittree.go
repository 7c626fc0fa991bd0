package cli

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"time"

	"github.com/spf13/cobra"

	"github.com/depfence/depfence/internal/depgraph"
	"github.com/depfence/depfence/internal/scan"
	"github.com/depfence/depfence/internal/treeaudit"
)

func newAuditTreeCmd(g *globals) *cobra.Command {
	var (
		pf         projectFlags
		nf         netFlags
		prod, dev  bool
		limit      int
		deep       int
		noTarballs bool
	)
	cmd := &cobra.Command{
		Use:   "audit-tree [DIR|LOCKFILE]",
		Short: "Rank the weak points of the dependency tree and what to replace first",
		Long: `List the packages a person should look at first, ranked: pulled in 4+ levels
deep, maintained by a single account (worse with an install script or many
dependents in the tree), unmaintained (no release in two years), trivial (a
few lines of code the project could own) and deprecated, and for each direct
dependency how many of them would leave the tree if it were replaced.

Maintainer and release data come from the registry's full packuments, file
sizes from the tarballs (through the cache; --no-tarballs skips the trivial
check). What could not be checked is listed at the end. Nothing is installed
or run; the exit code is 0 unless the audit itself fails.`,
		Args: cobra.MaximumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			if prod && dev {
				return usagef("--prod and --dev cannot be used together")
			}
			plat, err := nf.npmPlatform()
			if err != nil {
				return err
			}
			ctx := cmd.Context()
			graph, err := pf.load(ctx, g, args)
			if err != nil {
				return err
			}
			dir := "."
			if len(args) > 0 {
				dir = args[0]
				if st, err := os.Stat(dir); err == nil && !st.IsDir() {
					dir = filepath.Dir(dir)
				}
			}
			so := scan.Options{Dir: dir, Prod: prod, Dev: dev, Platform: plat}
			o := treeaudit.Options{Keep: so.Keep(), Now: time.Now(), DeepLevel: deep}
			fetcher, closeFn, err := g.fetcher(dir, &nf)
			if err != nil {
				g.logger.Warn("registry unavailable: maintainer, maintenance, deprecation and size checks skipped", "err", err)
			} else {
				defer closeFn()
				if fetcher.Registry != nil {
					o.Packument = fetcher.Registry.FullPackument
				}
				if !noTarballs {
					o.Stats = tarballStats(fetcher, graph, dir, o.Keep)
				}
			}
			rep, err := treeaudit.Audit(ctx, graph, o)
			if err != nil {
				return exitError{code: ExitOperation, err: err}
			}
			if g.format == "json" {
				return writeJSON(g.stdout, rep)
			}
			return treeaudit.WriteText(g.stdout, rep, limit)
		},
	}
	f := cmd.Flags()
	f.StringVar(&pf.lockfile, "lockfile", "", "read this lockfile instead of detecting one")
	f.BoolVar(&prod, "prod", false, "only production packages")
	f.BoolVar(&dev, "dev", false, "only dev packages")
	f.IntVar(&limit, "limit", 20, "weak points and replacements to list in text output (0: all)")
	f.IntVar(&deep, "deep", 4, "depth from which a package counts as deep")
	f.BoolVar(&noTarballs, "no-tarballs", false, "do not fetch tarballs (skips the trivial-package check)")
	nf.register(cmd)
	return cmd
}

// tarballStats measures nodes' tarballs fetched (verified) through the
// cache.
func tarballStats(f *scan.Fetcher, graph *depgraph.Graph, dir string, keep func(*depgraph.Node) bool) func(context.Context, *depgraph.Node) (*treeaudit.FileStats, error) {
	abs, _ := filepath.Abs(dir)
	byNode := map[depgraph.NodeID]*scan.Unit{}
	for _, u := range scan.Units(graph, abs, keep) {
		for _, id := range u.Nodes {
			byNode[id] = u
		}
	}
	return func(ctx context.Context, n *depgraph.Node) (*treeaudit.FileStats, error) {
		u := byNode[n.ID]
		if u == nil {
			return nil, fmt.Errorf("%s: not a fetchable package", n)
		}
		if u.Skip != "" {
			return nil, fmt.Errorf("%s: %s", n, u.Skip)
		}
		fe, err := f.Fetch(ctx, u)
		if err != nil {
			return nil, err
		}
		fsys, err := scan.Open(ctx, fe)
		if err != nil {
			return nil, err
		}
		return treeaudit.StatsFS(fsys)
	}
}
