package cli

import (
	"fmt"
	"path/filepath"
	"time"

	"github.com/spf13/cobra"

	"github.com/depfence/depfence/internal/policy"
)

func newAcceptCmd(g *globals) *cobra.Command {
	var (
		reason, until, by, file string
	)
	cmd := &cobra.Command{
		Use:   "accept PKG[@RANGE] RULE --reason TEXT [--until YYYY-MM-DD]",
		Short: "Record an accepted risk in depfence.yaml",
		Long: `Append an accepted risk to the policy file (depfence.yaml in the current
directory unless --policy is given). RULE is a rule ID, "category/*" or "*".
Accepted findings are still shown, marked accepted; after --until they fail
again. Review the change to depfence.yaml like code.`,
		Args: cobra.ExactArgs(2),
		RunE: func(cmd *cobra.Command, args []string) error {
			if reason == "" {
				return usagef("--reason is required: say why this risk is acceptable")
			}
			if until != "" {
				if _, err := time.Parse(policy.DateLayout, until); err != nil {
					return usagef("--until %q is not a YYYY-MM-DD date", until)
				}
			}
			a := policy.Acceptance{Package: args[0], Rule: args[1], Reason: reason, Until: until, AcceptedBy: by}
			if err := policy.AddAcceptance(file, a); err != nil {
				return usageError{err}
			}
			if !g.quiet {
				fmt.Fprintf(g.stderr, "accepted %s for %s in %s\n", args[1], args[0], file)
			}
			return nil
		},
	}
	f := cmd.Flags()
	f.StringVar(&reason, "reason", "", "why the risk is acceptable (required)")
	f.StringVar(&until, "until", "", "expiry date YYYY-MM-DD; after it the finding fails again")
	f.StringVar(&by, "by", "", "who accepted the risk")
	f.StringVar(&file, "policy", filepath.Join(".", policy.FileName), "policy file to edit")
	return cmd
}
