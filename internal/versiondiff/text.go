package versiondiff

import (
	"fmt"
	"io"
	"strings"
)

// maxTextFiles bounds the file list in the text rendering.
const maxTextFiles = 50

// WriteText renders r for a terminal: the headline, new and escalated
// behaviours, manifest changes and the changed files (all of them when
// verbose, else the first 50).
func WriteText(w io.Writer, r *Result, verbose bool) error {
	var b strings.Builder
	bump := ""
	if r.Bump != "" {
		bump = " (" + r.Bump + ")"
	}
	fmt.Fprintf(&b, "%s %s -> %s%s\n", r.Name, r.From.Version, r.To.Version, bump)
	fmt.Fprintf(&b, "verdict: %s (score %d) -> %s (score %d)\n", r.From.Verdict, r.From.Score, r.To.Verdict, r.To.Score)
	for _, sd := range []Side{r.From, r.To} {
		if rel := sd.Release; rel != nil {
			prov := "no provenance"
			if rel.Provenance {
				prov = "provenance"
			}
			fmt.Fprintf(&b, "%s: published %s by %s, %s\n", sd.Version, orUnknown(rel.Published), orUnknown(rel.Publisher), prov)
		}
	}
	if r.From.Incomplete || r.To.Incomplete {
		fmt.Fprintf(&b, "warning: analysis incomplete (from: %v, to: %v)\n", r.From.Incomplete, r.To.Incomplete)
	}
	if r.Alert != "" {
		fmt.Fprintf(&b, "\nALERT: %s\n", r.Alert)
	}
	fmt.Fprintf(&b, "\nnew behaviours in %s: %d\n", r.To.Version, len(r.New))
	for _, x := range r.New {
		fmt.Fprintf(&b, "  + %-8s %s [%s%s] %s%s\n", x.Severity, x.Rule, x.Signal, phase(x), x.Example, where(x))
	}
	if len(r.Escalated) > 0 {
		fmt.Fprintf(&b, "escalated: %d\n", len(r.Escalated))
		for _, x := range r.Escalated {
			fmt.Fprintf(&b, "  ^ %s -> %s %s [%s%s] %s%s\n", x.SeverityFrom, x.Severity, x.Rule, x.Signal, phase(x), x.Example, where(x))
		}
	}
	if len(r.Gone) > 0 {
		fmt.Fprintf(&b, "no longer present: %d\n", len(r.Gone))
		for _, x := range r.Gone {
			fmt.Fprintf(&b, "  - %-8s %s [%s%s]\n", x.Severity, x.Rule, x.Signal, phase(x))
		}
	}
	if len(r.Manifest) > 0 {
		fmt.Fprintf(&b, "\nmanifest changes:\n")
		for _, m := range r.Manifest {
			switch {
			case m.From == "":
				fmt.Fprintf(&b, "  + %s.%s: %s\n", m.Field, m.Name, m.To)
			case m.To == "":
				fmt.Fprintf(&b, "  - %s.%s: %s\n", m.Field, m.Name, m.From)
			default:
				fmt.Fprintf(&b, "  ~ %s.%s: %s -> %s\n", m.Field, m.Name, m.From, m.To)
			}
		}
	}
	s := r.Summary
	fmt.Fprintf(&b, "\nfiles: %d added, %d removed, %d modified, %d unchanged\n", s.Added, s.Removed, s.Modified, s.Unchanged)
	for i, f := range r.Files {
		if i == maxTextFiles && !verbose {
			fmt.Fprintf(&b, "  ... %d more (--verbose lists all)\n", len(r.Files)-maxTextFiles)
			break
		}
		mark := map[Change]string{Added: "A", Removed: "D", Modified: "M"}[f.Change]
		size := ""
		switch f.Change {
		case Added:
			size = fmt.Sprintf("%d B", f.SizeTo)
		case Removed:
			size = fmt.Sprintf("%d B", f.SizeFrom)
		case Modified:
			size = fmt.Sprintf("%d -> %d B", f.SizeFrom, f.SizeTo)
		}
		fmt.Fprintf(&b, "  %s %s (%s)\n", mark, f.Path, size)
	}
	if r.Truncated {
		fmt.Fprintf(&b, "  (file list truncated at %d files per version)\n", MaxFiles)
	}
	_, err := io.WriteString(w, b.String())
	return err
}

func phase(x Behaviour) string {
	if x.Install {
		return ", install-time"
	}
	return ""
}

func where(x Behaviour) string {
	if x.File == "" {
		return ""
	}
	if x.Line > 0 {
		return fmt.Sprintf(" (%s:%d)", x.File, x.Line)
	}
	return " (" + x.File + ")"
}

func orUnknown(s string) string {
	if s == "" {
		return "(unknown)"
	}
	return s
}
