package report

import (
	"fmt"
	"io"
	"strings"
	"unicode/utf8"

	"github.com/depfence/depfence/internal/finding"
)

type painter struct{ on bool }

func (p painter) paint(code, s string) string {
	if !p.on || s == "" {
		return s
	}
	return "\x1b[" + code + "m" + s + "\x1b[0m"
}

func (p painter) severity(s finding.Severity) string {
	label := strings.ToUpper(s.String())
	switch s {
	case finding.SeverityCritical:
		return p.paint("1;31", label)
	case finding.SeverityHigh:
		return p.paint("31", label)
	case finding.SeverityMedium:
		return p.paint("33", label)
	}
	return p.paint("2", label)
}

// clipWidth shortens s to at most n display columns (runes), on one line.
func clipWidth(s string, n int) string {
	s = strings.Join(strings.Fields(s), " ")
	if n < 4 {
		n = 4
	}
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	r := []rune(s)
	return string(r[:n-1]) + "…"
}

// RenderText writes the human report: packages worst first, each finding
// with severity, rule, why, evidence, path and remediation, then a summary.
func RenderText(w io.Writer, r *Result, o Options) error {
	width := o.Width
	if width <= 0 {
		width = 80
	}
	p := painter{on: o.Color}
	bw := &errWriter{w: w}
	bw.printf("%s %s: %s, %d analysed", p.paint("1", "depfence"), r.Project.Lockfile, countNoun(r.Summary.Packages, "package", "packages"), r.Summary.Analysed)
	if r.Summary.NotAnalysed > 0 {
		bw.printf(", %s", p.paint("33", fmt.Sprintf("%d not analysed", r.Summary.NotAnalysed)))
	}
	if r.Summary.Skipped > 0 {
		bw.printf(", %d skipped (local or non-registry)", r.Summary.Skipped)
	}
	bw.printf("\n")
	hidden := 0
	for _, g := range groupByPackage(r) {
		if !o.All {
			judged := g.info != nil && (g.info.Verdict == "malicious" || g.info.Verdict == "suspicious")
			var keep []Finding
			for _, f := range g.findings {
				if judged || f.Severity >= finding.SeverityMedium || f.Decision == DecisionFail || f.Decision == DecisionExpired {
					keep = append(keep, f)
				}
			}
			hidden += len(g.findings) - len(keep)
			if len(keep) == 0 {
				continue
			}
			g.findings = keep
		}
		bw.printf("\n")
		head := g.pkg.String()
		verdict := ""
		if g.info != nil && g.info.Verdict != "" && g.info.Verdict != "ok" {
			code := "33"
			if g.info.Verdict == "malicious" {
				code = "1;31"
			}
			verdict = "  " + p.paint(code, strings.ToUpper(g.info.Verdict))
			if g.info.Score > 0 {
				verdict += fmt.Sprintf(" (score %d)", g.info.Score)
			}
		}
		bw.printf("%s%s\n", p.paint("1", head), verdict)
		if g.info != nil {
			if chain := strings.Join(g.info.Chain, " → "); chain != "" && utf8.RuneCountInString(chain) <= width-9 {
				bw.printf("  chain: %s\n", chain)
			} else if chain != "" {
				bw.printf("  chain:\n")
				for k, step := range g.info.Chain {
					arrow := "  "
					if k > 0 {
						arrow = "→ "
					}
					bw.printf("    %s%s\n", arrow, clipWidth(step, width-6))
				}
			}
			if len(g.info.Path) > 0 {
				bw.printf("  path:  %s\n", clipWidth(strings.Join(g.info.Path, " > "), width-9))
			}
		}
		for _, f := range g.findings {
			sev := p.severity(f.Severity)
			tag := ""
			switch f.Decision {
			case DecisionAccepted:
				tag = " " + p.paint("32", "[accepted]")
			case DecisionExpired:
				tag = " " + p.paint("31", "[acceptance expired]")
			}
			bw.printf("  %s %s%s\n", sev, f.Rule, tag)
			bw.printf("      %s\n", clipWidth(f.Message, width-6))
			if loc := f.Location.String(); loc != "" {
				bw.printf("      at %s\n", clipWidth(loc, width-9))
			}
			for k, ev := range f.Evidence {
				if k == 3 {
					bw.printf("      (+%d more)\n", len(f.Evidence)-3)
					break
				}
				if ev.Snippet != "" {
					bw.printf("      %s %s\n", p.paint("2", "│"), clipWidth(ev.Snippet, width-8))
				}
				if ev.Decoded != "" && ev.Decoded != ev.Snippet {
					bw.printf("      %s %s\n", p.paint("2", "decoded:"), clipWidth(ev.Decoded, width-15))
				}
				if ev.Detail != "" {
					bw.printf("      %s\n", clipWidth(ev.Detail, width-6))
				}
			}
			if f.Acceptance != nil {
				bw.printf("      accepted: %s\n", clipWidth(f.Acceptance.Reason, width-16))
			}
			if f.Remediation != "" {
				bw.printf("      fix: %s\n", clipWidth(f.Remediation, width-11))
			}
		}
	}
	if ta := r.TreeAudit; ta != nil && len(ta.WeakPoints) > 0 {
		var counts []string
		for _, k := range []string{"deep", "single-maintainer", "unmaintained", "trivial", "deprecated"} {
			if n := ta.Counts[k]; n > 0 {
				counts = append(counts, fmt.Sprintf("%d %s", n, k))
			}
		}
		bw.printf("\n%s %s\n", p.paint("1", "Weak points of the tree:"), clipWidth(strings.Join(counts, ", ")+fmt.Sprintf(" (max depth %d)", ta.MaxDepth), width-25))
		for k, rp := range ta.Replace {
			if k == 3 {
				break
			}
			bw.printf("  replace %s to drop %s (%d packages)\n", rp.Package, countNoun(rp.WeakPoints, "weak point", "weak points"), rp.Packages)
		}
		for k, w := range ta.WeakPoints {
			if k == 5 {
				break
			}
			bw.printf("  %s: %s\n", w.Package, clipWidth(strings.Join(w.Reasons, "; "), width-len(w.Package)-4))
		}
	}
	if len(r.Errors) > 0 {
		bw.printf("\n%s\n", p.paint("33", "Incomplete (not analysed or not checked):"))
		for _, e := range r.Errors {
			name := e.Package
			if name == "" {
				name = "(project)"
			}
			bw.printf("  %s [%s] %s\n", name, e.Stage, clipWidth(e.Message, width-len(name)-len(e.Stage)-6))
		}
	}
	for _, a := range r.Policy.Stale {
		bw.printf("\n%s %s %s\n", p.paint("33", "stale acceptance:"), a.Package, a.Rule)
		bw.printf("  matches nothing any more; remove it from %s\n", r.Policy.File)
	}
	if hidden > 0 {
		bw.printf("\n%s\n", p.paint("2", fmt.Sprintf("%s below medium on ok packages not shown (see --verbose)", countNoun(hidden, "finding", "findings"))))
	}
	bw.printf("\n%s\n", summaryLine(r, p))
	return bw.err
}

func summaryLine(r *Result, p painter) string {
	var parts []string
	for s := finding.SeverityCritical; s >= finding.SeverityInfo; s-- {
		if n := r.Summary.Findings[s.String()]; n > 0 {
			parts = append(parts, fmt.Sprintf("%d %s", n, s))
		}
	}
	if len(parts) == 0 {
		parts = append(parts, "no findings")
	}
	if r.Summary.Accepted > 0 {
		parts = append(parts, fmt.Sprintf("%d accepted", r.Summary.Accepted))
	}
	if n := r.Summary.Verdicts["malicious"]; n > 0 {
		parts = append(parts, fmt.Sprintf("%d malicious", n))
	}
	if n := r.Summary.Verdicts["suspicious"]; n > 0 {
		parts = append(parts, fmt.Sprintf("%d suspicious", n))
	}
	outcome := p.paint("1;32", "PASS")
	if r.Summary.Failed {
		outcome = p.paint("1;31", "FAIL")
		if len(r.Summary.FailReasons) > 0 {
			outcome += ": " + strings.Join(r.Summary.FailReasons, "; ")
		}
	}
	return strings.Join(parts, " · ") + " — " + outcome
}

func countNoun(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return fmt.Sprintf("%d %s", n, many)
}

type errWriter struct {
	w   io.Writer
	err error
}

func (e *errWriter) printf(format string, args ...any) {
	if e.err != nil {
		return
	}
	_, e.err = fmt.Fprintf(e.w, format, args...)
}
