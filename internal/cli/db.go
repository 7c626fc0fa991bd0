package cli

import (
	"fmt"
	"path/filepath"
	"time"

	"github.com/spf13/cobra"

	"github.com/depfence/depfence/internal/advisory"
	"github.com/depfence/depfence/internal/cache"
)

// advisoryDBPath is the local advisory database inside the cache
// directory (--cache-dir or the default).
func advisoryDBPath(cacheDir string) (string, error) {
	if cacheDir == "" {
		var err error
		if cacheDir, err = cache.DefaultDir(); err != nil {
			return "", fmt.Errorf("cache directory: %w (pass --cache-dir)", err)
		}
	}
	return filepath.Join(cacheDir, advisory.StoreFile), nil
}

// openAdvisoryDB opens the imported advisory database for a scan; a
// missing database is an advisory.ErrUnavailable error that says to run
// "depfence db import".
func openAdvisoryDB(cacheDir string) (*advisory.Store, error) {
	p, err := advisoryDBPath(cacheDir)
	if err != nil {
		return nil, err
	}
	return advisory.OpenExistingStore(p)
}

func newDBCmd(g *globals) *cobra.Command {
	var cacheDir string
	var merge bool
	cmd := &cobra.Command{
		Use:   "db import FILE|DIR | db info",
		Short: "Manage the local advisory database (OSV) used offline",
		Long: `depfence db import loads an OSV database into the local advisory store in
the cache directory: the npm ecosystem's all.zip export (a zip of OSV JSON
files), a directory of OSV JSON files, or one file. Malicious-package (MAL-)
entries are included. Scans use it for vuln/advisory and malware/known,
also with --offline. An import replaces the previous content unless --merge.`,
	}
	imp := &cobra.Command{
		Use:   "import FILE|DIR",
		Short: "Import an OSV database (all.zip, a directory or a file of OSV JSON)",
		Args:  cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			p, err := advisoryDBPath(cacheDir)
			if err != nil {
				return exitError{code: ExitOperation, err: err}
			}
			store, err := advisory.OpenStore(p)
			if err != nil {
				return exitError{code: ExitOperation, err: err}
			}
			defer store.Close()
			start := time.Now()
			g.logger.Info("importing advisories", "from", args[0], "into", p)
			st, err := store.Import(cmd.Context(), args[0], advisory.ImportOptions{Merge: merge, Now: time.Now()})
			for _, e := range st.Errors {
				g.logger.Warn("skipped", "entry", e)
			}
			if err != nil {
				return exitError{code: ExitOperation, err: fmt.Errorf("%w (the previous database is unchanged)", err)}
			}
			if g.format == "json" {
				return writeJSON(g.stdout, st)
			}
			fmt.Fprintf(g.stdout, "imported %d advisories (%d malware) from %d OSV entries in %d files into %s (%s)\n",
				st.Advisories, st.Malware, st.Entries, st.Files, p, time.Since(start).Round(time.Millisecond))
			if st.Skipped > 0 {
				fmt.Fprintf(g.stdout, "skipped %d files (not npm, withdrawn or unreadable; -v lists them)\n", st.Skipped)
			}
			return nil
		},
	}
	imp.Flags().BoolVar(&merge, "merge", false, "keep the advisories already imported (default: replace them)")
	info := &cobra.Command{
		Use:   "info",
		Short: "Show what the local advisory database holds",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			store, err := openAdvisoryDB(cacheDir)
			if err != nil {
				return exitError{code: ExitOperation, err: err}
			}
			defer store.Close()
			in, err := store.Info(cmd.Context())
			if err != nil {
				return exitError{code: ExitOperation, err: err}
			}
			if g.format == "json" {
				return writeJSON(g.stdout, in)
			}
			fmt.Fprintf(g.stdout, "advisory database: %s\n", in.Path)
			if in.ImportedAt == "" {
				fmt.Fprintln(g.stdout, "  nothing imported yet (run: depfence db import FILE|DIR)")
				return nil
			}
			fmt.Fprintf(g.stdout, "  advisories: %d (%d malware) for %d packages\n", in.Advisories, in.Malware, in.Packages)
			fmt.Fprintf(g.stdout, "  imported:   %s from %s\n", in.ImportedAt, in.ImportedFrom)
			return nil
		},
	}
	for _, c := range []*cobra.Command{imp, info} {
		c.Flags().StringVar(&cacheDir, "cache-dir", "", "cache directory holding "+advisory.StoreFile+" (default: the user cache dir + /depfence)")
	}
	cmd.AddCommand(imp, info)
	return cmd
}

// advisorySources builds the advisory sources of a scan, for the
// integrator to pass to advisoryrules.New: online, the registry's audit
// endpoints (npm audit's bulk request with the quick-audit fallback; each
// answer is also stored in the cache's results namespace) and the
// imported OSV database when there is one; offline, the database, or
// without one the registry answers stored by earlier online runs. A source
// that cannot answer makes the rules report the check as skipped, never
// as a clean pass. closeFn releases the database.
func advisorySources(client advisory.AuditClient, results advisory.ResultCache, registryURL, cacheDir string, offline bool) (sources []advisory.Source, closeFn func()) {
	closeFn = func() {}
	var reg advisory.Source
	if client != nil {
		var opts []advisory.RegistryOption
		if results != nil {
			opts = append(opts, advisory.WithCache(results, registryURL))
		}
		reg = advisory.NewRegistrySource(client, opts...)
	}
	db, dbErr := openAdvisoryDB(cacheDir)
	if dbErr == nil {
		closeFn = func() { db.Close() }
	}
	switch {
	case !offline && reg != nil:
		sources = append(sources, reg)
		if dbErr == nil {
			sources = append(sources, db)
		}
	case dbErr == nil:
		sources = append(sources, db)
	case reg != nil && results != nil:
		sources = append(sources, reg)
	default:
		sources = append(sources, advisory.Failed("osv database", dbErr))
	}
	return sources, closeFn
}
