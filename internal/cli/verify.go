package cli

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"github.com/depfence/depfence/internal/scan"
	"github.com/depfence/depfence/internal/trust"
)

func newVerifyCmd(g *globals) *cobra.Command {
	var (
		pf          projectFlags
		nf          netFlags
		prod, dev   bool
		provenance  bool
		trustedRoot string
	)
	cmd := &cobra.Command{
		Use:   "verify [DIR|LOCKFILE]",
		Short: "Verify registry signatures and Sigstore provenance of every package",
		Long: `Verify each registry package's dist.signatures with the registry's public keys
(like npm audit signatures) and its Sigstore attestations (SLSA provenance and
publish attestations) offline against the embedded trust material, or
--trusted-root FILE. Counts verified / invalid / missing, plus what was
skipped and why (registry without keys, non-registry source, offline): never a
silent pass. Exit code 1 when anything is invalid.`,
		Args: cobra.MaximumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			if prod && dev {
				return usagef("--prod and --dev cannot be used together")
			}
			dir := "."
			if len(args) > 0 {
				dir = args[0]
			}
			lock := pf.lockfile
			if st, err := os.Stat(dir); err != nil {
				return usagef("project: %v", err)
			} else if !st.IsDir() {
				lock, dir = dir, filepath.Dir(dir)
			}

			f, closeFn, err := g.fetcher(dir, &nf)
			if err != nil {
				return exitError{code: ExitOperation, err: err}
			}
			defer closeFn()
			eng, err := g.engineFor(f, nil, nil)
			if err != nil {
				return err
			}
			mat, err := loadTrustMaterial(f.Cache, trustedRoot)
			if err != nil {
				return usagef("trust material: %v", err)
			}
			plat, err := nf.npmPlatform()
			if err != nil {
				return err
			}
			o := scan.VerifyOptions{Options: scan.Options{Dir: dir, Lockfile: lock, Prod: prod, Dev: dev, Platform: plat,
				Fetcher: f, Engine: eng, FetchWorkers: nf.workers, Logger: g.logger, Now: time.Now},
				Material: mat, Provenance: provenance}
			rep, err := scan.Verify(cmd.Context(), o)
			if err != nil {
				return exitError{code: ExitOperation, err: err}
			}
			if g.format == "json" {
				if err := writeJSON(g.stdout, rep); err != nil {
					return err
				}
			} else {
				printVerify(g, rep, provenance)
			}
			if rep.Signatures.Invalid > 0 || rep.Provenance.Invalid > 0 {
				return exitError{code: ExitPolicy}
			}
			return nil
		},
	}
	f := cmd.Flags()
	f.StringVar(&pf.lockfile, "lockfile", "", "read this lockfile instead of detecting one")
	f.BoolVar(&prod, "prod", false, "only production packages")
	f.BoolVar(&dev, "dev", false, "only dev packages")
	f.BoolVar(&provenance, "provenance", true, "also verify Sigstore attestations")
	f.StringVar(&trustedRoot, "trusted-root", "", "Sigstore trusted_root.json to verify provenance against (default: the embedded snapshot)")
	nf.register(cmd)
	return cmd
}

func printVerify(g *globals, rep *scan.VerifyReport, provenance bool) {
	w := g.stdout
	fmt.Fprintf(w, "audited %d packages in %s (registry keys: %s)\n", len(rep.Packages), rep.Lockfile, rep.KeysSource)
	line := func(label string, c trust.Counts) {
		fmt.Fprintf(w, "  %-11s %d verified, %d invalid, %d missing, %d skipped\n", label, c.Verified, c.Invalid, c.Missing, c.Skipped)
		for _, r := range c.SkipReasons() {
			fmt.Fprintf(w, "              skipped %d: %s\n", c.SkippedBy[r], r)
		}
	}
	line("signatures:", rep.Signatures)
	if provenance {
		line("provenance:", rep.Provenance)
		if rep.TrustSource != "" {
			fmt.Fprintf(w, "  trust material: %s\n", rep.TrustSource)
		}
	}
	var bad []string
	for _, e := range rep.Packages {
		if e.Signature.Outcome == trust.Invalid {
			bad = append(bad, fmt.Sprintf("  INVALID signature  %s: %s %s", e.Package, e.Signature.Reason, e.Signature.Detail))
		}
		if e.Provenance != nil && e.Provenance.Outcome == trust.Invalid {
			bad = append(bad, fmt.Sprintf("  INVALID provenance %s: %s %s", e.Package, e.Provenance.Reason, e.Provenance.Detail))
		}
		if e.Provenance != nil && e.Provenance.Build != nil && g.verbose {
			b := e.Provenance.Build
			fmt.Fprintf(w, "  provenance %s: %s@%s %s (%s)\n", e.Package, b.Repository, b.Commit, b.Workflow, b.BuilderID)
		}
	}
	if len(bad) > 0 {
		fmt.Fprintln(w)
		fmt.Fprintln(w, strings.Join(bad, "\n"))
	}
}
