package cli

import (
	"context"
	"fmt"
	"os"

	"github.com/spf13/cobra"

	"github.com/depfence/depfence/internal/depgraph"
	"github.com/depfence/depfence/internal/finding"
	"github.com/depfence/depfence/internal/npm"
	"github.com/depfence/depfence/internal/scan"
	"github.com/depfence/depfence/internal/versiondiff"
)

func newDiffVersionCmd(g *globals) *cobra.Command {
	var (
		nf     netFlags
		failOn string
	)
	cmd := &cobra.Command{
		Use:   "diff-version NAME FROM TO",
		Short: "Show what changed between two versions of a package",
		Long: `Download two versions of NAME from the configured registry (verified, through
the cache; nothing is installed or run), and show which files were added,
removed or modified, which install-relevant manifest fields changed (install
scripts, dependencies, bins) and which behaviours the analysis finds in TO
that FROM did not have. FROM and TO are versions, dist-tags or ranges.

A patch release that suddenly gains install-time network access is the
classic shape of a hijacked release. Exit code 1 when TO gains a behaviour
at or above --fail-on (default high).`,
		Args: cobra.ExactArgs(3),
		RunE: func(cmd *cobra.Command, args []string) error {
			name := args[0]
			if _, err := npm.ParseName(name); err != nil {
				return usagef("%v", err)
			}
			threshold := finding.SeverityHigh
			if failOn != "" {
				s, err := finding.ParseSeverity(failOn)
				if err != nil {
					return usagef("--fail-on: %v", err)
				}
				threshold = s
			}
			wd, _ := os.Getwd()
			fetcher, closeFn, err := g.fetcher(wd, &nf)
			if err != nil {
				return exitError{code: ExitOperation, err: err}
			}
			defer closeFn()
			eng, err := g.engineFor(fetcher, nil, nil)
			if err != nil {
				return err
			}
			if fetcher.Registry == nil {
				return exitError{code: ExitOperation, err: fmt.Errorf("diff-version %s: no registry client (offline without a configured registry)", name)}
			}
			ctx := cmd.Context()
			// The full packument carries publish times, publishers and
			// attestations; fall back to the abbreviated one.
			p, err := fetcher.Registry.FullPackument(ctx, name)
			if err != nil {
				g.logger.Debug("full packument unavailable", "package", name, "err", err)
				if p, err = fetcher.Registry.Packument(ctx, name); err != nil {
					return exitError{code: ExitOperation, err: err}
				}
			}
			var in [2]versiondiff.Input
			for i, spec := range args[1:] {
				in[i], err = openVersion(ctx, fetcher, p, name, spec)
				if err != nil {
					return exitError{code: ExitOperation, err: err}
				}
			}
			res, err := versiondiff.Diff(ctx, eng, name, in[0], in[1])
			if err != nil {
				return exitError{code: ExitOperation, err: err}
			}
			if g.format == "json" {
				if err := writeJSON(g.stdout, res); err != nil {
					return err
				}
			} else if err := versiondiff.WriteText(g.stdout, res, g.verbose); err != nil {
				return err
			}
			for _, b := range append(res.New, res.Escalated...) {
				if threshold > finding.SeverityNone && b.Severity >= threshold {
					return exitError{code: ExitPolicy}
				}
			}
			return nil
		},
	}
	f := cmd.Flags()
	f.StringVar(&failOn, "fail-on", "", "exit 1 when TO gains a behaviour at or above this severity (default high; none never fails)")
	nf.register(cmd)
	return cmd
}

// openVersion resolves spec in p, fetches the verified tarball through the
// cache and opens it.
func openVersion(ctx context.Context, f *scan.Fetcher, p *npm.Packument, name, spec string) (versiondiff.Input, error) {
	version, err := scan.ResolveSpec(p, spec)
	if err != nil {
		return versiondiff.Input{}, err
	}
	u := &scan.Unit{Name: name, Version: version, Kind: depgraph.SourceRegistry}
	if pv := p.Versions[version]; pv != nil {
		u.URL = pv.Dist.Tarball
		if in, err := pv.Dist.ParsedIntegrity(); err == nil {
			u.Integrity = in
		}
	}
	fe, err := f.Fetch(ctx, u)
	if err != nil {
		return versiondiff.Input{}, fmt.Errorf("fetch %s@%s: %w", name, version, err)
	}
	fsys, err := scan.Open(ctx, fe)
	if err != nil {
		return versiondiff.Input{}, fmt.Errorf("open %s@%s: %w", name, version, err)
	}
	return versiondiff.Input{Version: version, FS: fsys, Release: versiondiff.ReleaseOf(p, version)}, nil
}
