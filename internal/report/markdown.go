package report

import (
	"io"
	"strings"

	"github.com/depfence/depfence/internal/finding"
)

// mdEscape keeps user-controlled text from breaking a table or injecting
// markup into a pull-request comment.
func mdEscape(s string) string {
	s = strings.Join(strings.Fields(s), " ")
	r := strings.NewReplacer("|", "\\|", "<", "&lt;", ">", "&gt;", "`", "'", "[", "\\[", "]", "\\]", "*", "\\*", "_", "\\_")
	return r.Replace(clipWidth(s, 160))
}

// RenderMarkdown writes a compact summary for a pull-request comment.
func RenderMarkdown(w io.Writer, r *Result, _ Options) error {
	bw := &errWriter{w: w}
	outcome := "✅ pass"
	if r.Summary.Failed {
		outcome = "❌ fail"
	}
	bw.printf("### depfence: %s\n\n", outcome)
	bw.printf("%d packages, %d analysed", r.Summary.Packages, r.Summary.Analysed)
	if r.Summary.NotAnalysed > 0 {
		bw.printf(", **%d not analysed**", r.Summary.NotAnalysed)
	}
	bw.printf(". %s\n\n", strings.TrimSuffix(strings.SplitN(summaryLine(r, painter{}), " — ", 2)[0], " "))
	if len(r.Summary.FailReasons) > 0 {
		for _, fr := range r.Summary.FailReasons {
			bw.printf("- %s\n", mdEscape(fr))
		}
		bw.printf("\n")
	}
	if len(r.Findings) == 0 {
		return bw.err
	}
	bw.printf("| severity | package | rule | finding | decision |\n|---|---|---|---|---|\n")
	const maxRows = 50
	for k, f := range r.Findings {
		if k == maxRows {
			bw.printf("\n…and %d more findings (see the full report).\n", len(r.Findings)-maxRows)
			break
		}
		sev := f.Severity.String()
		if f.Severity >= finding.SeverityHigh {
			sev = "**" + sev + "**"
		}
		msg := f.Message
		if loc := f.Location.String(); loc != "" {
			msg += " (" + loc + ")"
		}
		bw.printf("| %s | %s | `%s` | %s | %s |\n", sev, mdEscape(f.Package.String()), strings.ReplaceAll(string(f.Rule), "`", ""), mdEscape(msg), f.Decision)
	}
	return bw.err
}
