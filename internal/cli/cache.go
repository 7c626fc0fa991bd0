package cli

import (
	"fmt"

	"github.com/spf13/cobra"
)

func newCacheCmd(g *globals) *cobra.Command {
	var nf netFlags
	cmd := &cobra.Command{
		Use:   "cache info|clean",
		Short: "Show or empty the content cache",
	}
	info := &cobra.Command{
		Use:   "info",
		Short: "Show where the cache is and what it holds",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			store, err := nf.openCache()
			if err != nil {
				return exitError{code: ExitOperation, err: err}
			}
			st, err := store.Info()
			if err != nil {
				return exitError{code: ExitOperation, err: err}
			}
			if g.format == "json" {
				return writeJSON(g.stdout, st)
			}
			fmt.Fprintf(g.stdout, "cache: %s\n", st.Dir)
			fmt.Fprintf(g.stdout, "  tarballs:   %6d entries  %s\n", st.Tarballs.Entries, humanBytes(st.Tarballs.Bytes))
			fmt.Fprintf(g.stdout, "  packuments: %6d entries  %s\n", st.Packuments.Entries, humanBytes(st.Packuments.Bytes))
			fmt.Fprintf(g.stdout, "  results:    %6d entries  %s\n", st.Results.Entries, humanBytes(st.Results.Bytes))
			if st.Temp.Entries > 0 {
				fmt.Fprintf(g.stdout, "  temporary:  %6d files    %s\n", st.Temp.Entries, humanBytes(st.Temp.Bytes))
			}
			return nil
		},
	}
	clean := &cobra.Command{
		Use:   "clean",
		Short: "Remove everything depfence stored in the cache (and nothing else)",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			store, err := nf.openCache()
			if err != nil {
				return exitError{code: ExitOperation, err: err}
			}
			if err := store.Clean(); err != nil {
				return exitError{code: ExitOperation, err: err}
			}
			if !g.quiet {
				fmt.Fprintf(g.stderr, "cleaned %s\n", store.Dir())
			}
			return nil
		},
	}
	for _, c := range []*cobra.Command{info, clean} {
		c.Flags().StringVar(&nf.cacheDir, "cache-dir", "", "cache directory (default: the user cache dir + /depfence)")
	}
	cmd.AddCommand(info, clean)
	return cmd
}
