package cli

import (
	"os"
	"time"

	"github.com/spf13/cobra"

	"github.com/depfence/depfence/internal/npm"
	"github.com/depfence/depfence/internal/report"
	"github.com/depfence/depfence/internal/scan"
)

func newCheckCmd(g *globals) *cobra.Command {
	var (
		nf      netFlags
		outputs []string
		failOn  string
	)
	cmd := &cobra.Command{
		Use:   "check NAME[@VERSION|@RANGE|@TAG]",
		Short: "Fetch and analyse one package before you add it",
		Long: `Resolve NAME@VERSION on the configured registry (default: latest), download and
verify its tarball, and analyse it like depfence scan does, without running
it. Exit code 1 when the package is malicious or has a finding at or above
--fail-on.`,
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			name, spec := npm.SplitNameSpec(args[0])
			if _, err := npm.ParseName(name); err != nil {
				return usagef("%v", err)
			}
			outs, err := parseOutputs(outputs)
			if err != nil {
				return err
			}
			wd, _ := os.Getwd()
			pol, err := loadPolicy(wd, "")
			if err != nil {
				return err
			}
			if failOn != "" {
				if err := setFailOn(pol, failOn); err != nil {
					return err
				}
			}
			fetcher, closeFn, err := g.fetcher(wd, &nf)
			if err != nil {
				return exitError{code: ExitOperation, err: err}
			}
			defer closeFn()
			eng, err := g.engineFor(fetcher, nil, nil)
			if err != nil {
				return err
			}
			// Before adding a package: is it a typosquat, a dependency-confusion
			// candidate, a known advisory? (Lockfile rules have no lockfile here.)
			gr, closeAdv := scanGraphRules(fetcher, []string{"identity", "vuln", "malware"}, nil, false)
			defer closeAdv()
			o := scan.Options{Dir: wd, Fetcher: fetcher, Engine: eng, Policy: pol, Logger: g.logger, ToolVersion: Version, Now: time.Now,
				GraphRules: gr, GraphInput: graphInput(fetcher, pol.Registries, false)}
			res, err := scan.Check(cmd.Context(), o, name, spec)
			if err != nil {
				return exitError{code: ExitOperation, err: err}
			}
			if err := g.writeOutputs(res, outs); err != nil {
				return err
			}
			if res.Summary.Failed {
				return exitError{code: ExitPolicy}
			}
			return nil
		},
	}
	f := cmd.Flags()
	f.StringArrayVarP(&outputs, "output", "o", nil, "also write FORMAT=FILE (repeatable)")
	f.StringVar(&failOn, "fail-on", "", "fail on findings at or above this severity (default: policy, else high)")
	nf.register(cmd)
	return cmd
}

func newReportCmd(g *globals) *cobra.Command {
	var (
		from    string
		outputs []string
	)
	cmd := &cobra.Command{
		Use:   "report --from RESULT.json [--format FORMAT] [--output FORMAT=FILE]",
		Short: "Render a saved JSON result in another format",
		Long: `Every format renders from the canonical JSON result: save it once
(depfence scan --format json > result.json, or --output json=result.json) and
render text, sarif, cyclonedx, markdown or html from it later. The exit code
follows the saved result: 1 when it failed the policy.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			if from == "" {
				return usagef("--from RESULT.json is required")
			}
			fh, err := os.Open(from)
			if err != nil {
				return usagef("--from: %v", err)
			}
			defer fh.Close()
			res, err := report.Decode(fh)
			if err != nil {
				return usageError{err}
			}
			outs, err := parseOutputs(outputs)
			if err != nil {
				return err
			}
			if err := g.writeOutputs(res, outs); err != nil {
				return err
			}
			if res.Summary.Failed {
				return exitError{code: ExitPolicy}
			}
			return nil
		},
	}
	cmd.Flags().StringVar(&from, "from", "", "a result written by depfence scan --format json")
	cmd.Flags().StringArrayVarP(&outputs, "output", "o", nil, "also write FORMAT=FILE (repeatable)")
	return cmd
}
