// Package cli is depfence's command line: one file per subcommand, flags
// mapped onto Options, errors mapped onto exit codes. Only this package picks
// exit codes and reads the environment.
package cli

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"os"
	"strings"

	"github.com/spf13/cobra"
	"golang.org/x/term"

	"github.com/depfence/depfence/internal/report"
)

// Exit codes, documented in README.md.
const (
	ExitOK        = 0
	ExitPolicy    = 1
	ExitUsage     = 2
	ExitOperation = 3
)

// Version is set at build time with -ldflags "-X ...cli.Version=v1.2.3".
var Version = "dev"

// usageError marks errors that come from bad command-line use.
type usageError struct{ err error }

func (e usageError) Error() string { return e.err.Error() }
func (e usageError) Unwrap() error { return e.err }

func usagef(format string, args ...any) error { return usageError{fmt.Errorf(format, args...)} }

// exitError carries a chosen exit code with an optional message.
type exitError struct {
	code int
	err  error
}

func (e exitError) Error() string {
	if e.err == nil {
		return fmt.Sprintf("exit %d", e.code)
	}
	return e.err.Error()
}

// reportCommands print a scan result and take every report format.
var reportCommands = map[string]bool{"scan": true, "report": true, "check": true, "diff": true}

// globals are the flags every command shares.
type globals struct {
	format  string
	quiet   bool
	noColor bool
	verbose bool

	stdout, stderr io.Writer
	env            func(string) string
	logger         *slog.Logger
}

// color reports whether output to w may use ANSI colour.
func (g *globals) color(w io.Writer) bool {
	if g.noColor || g.env("NO_COLOR") != "" || g.env("TERM") == "dumb" {
		return false
	}
	f, ok := w.(*os.File)
	return ok && term.IsTerminal(int(f.Fd()))
}

// isTTY reports whether w is a terminal.
func isTTY(w io.Writer) bool {
	f, ok := w.(*os.File)
	return ok && term.IsTerminal(int(f.Fd()))
}

func (g *globals) validate() error {
	if _, ok := reportFormats[report.Format(g.format)]; !ok {
		return usagef("unknown --format %q (want one of %s)", g.format, formatNames())
	}
	if g.quiet && g.verbose {
		return usagef("--quiet and --verbose cannot be used together")
	}
	level := slog.LevelInfo
	switch {
	case g.verbose:
		level = slog.LevelDebug
	case g.quiet:
		level = slog.LevelError
	}
	g.logger = slog.New(slog.NewTextHandler(g.stderr, &slog.HandlerOptions{Level: level,
		ReplaceAttr: func(groups []string, a slog.Attr) slog.Attr {
			// Terminal logs need no timestamp; they also make output
			// differ between runs.
			if len(groups) == 0 && a.Key == slog.TimeKey {
				return slog.Attr{}
			}
			return a
		}}))
	return nil
}

// Main runs depfence with args (without the program name) and returns the
// process exit code.
func Main(ctx context.Context, args []string, stdout, stderr io.Writer, env func(string) string) int {
	defer startProfiles(env)()
	g := &globals{stdout: stdout, stderr: stderr, env: env}
	root := newRoot(g)
	root.SetArgs(args)
	root.SetOut(stdout)
	root.SetErr(stderr)
	err := root.ExecuteContext(ctx)
	if err == nil {
		return ExitOK
	}
	var ee exitError
	if errors.As(err, &ee) {
		if ee.err != nil {
			fmt.Fprintf(stderr, "depfence: %v\n", ee.err)
		}
		return ee.code
	}
	fmt.Fprintf(stderr, "depfence: %v\n", err)
	var ue usageError
	if errors.As(err, &ue) || isCobraUsage(err) {
		fmt.Fprintln(stderr, "Run 'depfence --help' for usage.")
		return ExitUsage
	}
	return ExitOperation
}

// isCobraUsage recognises cobra's own flag and argument errors, which it
// returns as plain errors.
func isCobraUsage(err error) bool {
	msg := err.Error()
	for _, p := range []string{"unknown command", "unknown flag", "unknown shorthand flag", "flag needs an argument", "invalid argument", "accepts ", "requires at least", "requires at most", "if any flags in the group"} {
		if strings.Contains(msg, p) {
			return true
		}
	}
	return false
}

func newRoot(g *globals) *cobra.Command {
	root := &cobra.Command{
		Use:   "depfence",
		Short: "npm supply-chain security: lockfile graph, behaviour analysis, policy",
		Long: `depfence audits a JavaScript project's whole dependency tree as its lockfile
resolved it (npm, yarn classic and berry, pnpm, bun): it lists and explains
the tree, and checks packages for malicious behaviour and supply-chain risks.`,
		SilenceUsage:  true,
		SilenceErrors: true,
		PersistentPreRunE: func(cmd *cobra.Command, args []string) error {
			if err := g.validate(); err != nil {
				return err
			}
			if !reportCommands[cmd.Name()] && g.format != "text" && g.format != "json" {
				return usagef("depfence %s prints text or json, not %q", cmd.Name(), g.format)
			}
			return nil
		},
	}
	root.SetFlagErrorFunc(func(c *cobra.Command, err error) error { return usageError{err} })
	pf := root.PersistentFlags()
	pf.StringVar(&g.format, "format", "text", "output format: text or json (scan, check and report also: sarif, cyclonedx, markdown, html)")
	pf.BoolVarP(&g.quiet, "quiet", "q", false, "print only the result and errors (no progress or logs)")
	pf.BoolVar(&g.noColor, "no-color", false, "disable colour (also NO_COLOR=1)")
	pf.BoolVarP(&g.verbose, "verbose", "v", false, "log debug detail to stderr")
	root.AddCommand(newVersionCmd(g), newLsCmd(g), newWhyCmd(g), newAcceptCmd(g), newAnalyzeCmd(g),
		newScanCmd(g), newFetchCmd(g), newCacheCmd(g), newCheckCmd(g), newReportCmd(g),
		newInstallCmd(g), newCICmd(g), newScriptsCmd(g), newNativeConfigCmd(g), newDiffVersionCmd(g),
		newVerifyCmd(g), newAuditTreeCmd(g), newDiffCmd(g), newDBCmd(g), newTrustCmd(g))
	return root
}

func newVersionCmd(g *globals) *cobra.Command {
	return &cobra.Command{
		Use:   "version",
		Short: "Print the depfence version",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			if g.format == "json" {
				return writeJSON(g.stdout, map[string]string{"version": Version})
			}
			fmt.Fprintf(g.stdout, "depfence %s\n", Version)
			return nil
		},
	}
}
