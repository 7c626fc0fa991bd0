package cli

import (
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"strings"

	"github.com/spf13/cobra"

	"github.com/depfence/depfence/internal/analyze"
	"github.com/depfence/depfence/internal/archive"
	"github.com/depfence/depfence/internal/finding"
	"github.com/depfence/depfence/internal/jsast"
	"github.com/depfence/depfence/internal/rules"
)

// AnalyzeSchemaVersion is the schemaVersion of `depfence analyze --format json`.
const AnalyzeSchemaVersion = 1

type analyzeOptions struct {
	failOn string
	all    bool
}

func newAnalyzeCmd(g *globals) *cobra.Command {
	o := &analyzeOptions{}
	cmd := &cobra.Command{
		Use:   "analyze PATH",
		Short: "Analyse one package's code for malicious behaviour",
		Long: `Analyse a package directory or tarball (.tgz/.tar) without running it: what it
runs at install, what its code does (processes, network, secrets, obfuscation,
persistence...), and a verdict (malicious, suspicious or ok) with the chain of
evidence behind it. Exit code 1 when the verdict reaches --fail-on.`,
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			switch o.failOn {
			case "malicious", "suspicious", "never":
			default:
				return usagef("unknown --fail-on %q (want malicious, suspicious or never)", o.failOn)
			}
			res, err := runAnalyze(cmd.Context(), g, args[0])
			if err != nil {
				return err
			}
			if g.format == "json" {
				if err := writeJSON(g.stdout, struct {
					SchemaVersion int `json:"schemaVersion"`
					*analyze.Result
				}{AnalyzeSchemaVersion, res}); err != nil {
					return err
				}
			} else {
				printAnalysis(g.stdout, res, o.all)
			}
			if (o.failOn == "malicious" && res.Verdict == analyze.VerdictMalicious) ||
				(o.failOn == "suspicious" && res.Verdict != analyze.VerdictOK) {
				return exitError{code: ExitPolicy}
			}
			return nil
		},
	}
	cmd.Flags().StringVar(&o.failOn, "fail-on", "malicious", "exit 1 at this verdict: malicious, suspicious or never")
	cmd.Flags().BoolVar(&o.all, "all", false, "list informational findings too")
	return cmd
}

// runAnalyze opens PATH (directory or tarball) and analyses it.
func runAnalyze(ctx context.Context, g *globals, path string) (*analyze.Result, error) {
	st, err := os.Stat(path)
	if err != nil {
		return nil, fmt.Errorf("analyze %q: %w", path, err)
	}
	var fsys fs.FS
	lim := analyze.ArchiveLimits() // other files are listed and sniffed, not kept
	if st.IsDir() {
		a, err := archive.FromDir(os.DirFS(path), lim)
		if err != nil {
			return nil, fmt.Errorf("read package directory %q: %w", path, err)
		}
		fsys = a
	} else {
		f, err := os.Open(path)
		if err != nil {
			return nil, fmt.Errorf("analyze %q: %w", path, err)
		}
		defer f.Close()
		a, err := archive.Read(ctx, f, lim)
		if err != nil {
			if errors.Is(err, archive.ErrNotArchive) {
				return nil, fmt.Errorf("%q is neither a directory nor a package tarball: %w", path, err)
			}
			return nil, fmt.Errorf("read tarball %q: %w", path, err)
		}
		fsys = a
	}
	eng, err := analyze.New(rules.Builtin(), analyze.WithLogger(g.logger))
	if err != nil {
		return nil, err
	}
	return eng.Analyze(ctx, fsys, finding.Package{})
}

func printAnalysis(w io.Writer, res *analyze.Result, all bool) {
	name := res.Package.String()
	if res.Package.Name == "" {
		name = "(no readable package.json)"
	}
	fmt.Fprintf(w, "%s: %s (score %d)\n", name, strings.ToUpper(string(res.Verdict)), res.Score)
	if len(res.Chain) > 0 {
		fmt.Fprintln(w, "\nwhy:")
		for i, s := range res.Chain {
			fmt.Fprintf(w, "  %d. [%s] %s\n     %s  (%s)\n", i+1, s.Signal, s.Message, s.Where, s.Rule)
		}
	}
	shown := 0
	for _, f := range res.Findings {
		if !all && f.Severity <= finding.SeverityInfo {
			continue
		}
		if shown == 0 {
			fmt.Fprintln(w, "\nfindings:")
		}
		shown++
		fmt.Fprintf(w, "  %-8s %-28s %s", f.Severity, f.Rule, f.Location)
		if f.Role != analyze.RolePackage && f.Role != "" {
			fmt.Fprintf(w, " [%s]", f.Role)
		}
		fmt.Fprintf(w, "\n           %s\n", f.Message)
		for _, e := range f.Evidence {
			if e.Snippet != "" {
				fmt.Fprintf(w, "           | %s\n", jsast.Clean(e.Snippet, 160))
			}
			if e.Decoded != "" {
				fmt.Fprintf(w, "           = %s\n", jsast.Clean(e.Decoded, 160))
			}
			if e.Detail != "" {
				fmt.Fprintf(w, "           (%s)\n", jsast.Clean(e.Detail, 160))
			}
		}
	}
	if res.Incomplete {
		fmt.Fprintln(w, "\nnote: analysis incomplete (a rule failed or a budget was hit); see --format json rules[]")
	}
	fmt.Fprintf(w, "\n%d files, %d code files (%.1f KB) analysed", res.Files.Files, res.Files.Code, float64(res.Files.CodeSize)/1024)
	if res.Files.Lexed > 0 {
		fmt.Fprintf(w, ", %d scanned as tokens", res.Files.Lexed)
	}
	fmt.Fprintln(w)
}
