package treeaudit

import (
	"fmt"
	"io"
	"strings"
)

// WriteText renders the report for a terminal, listing at most limit weak
// points and replacements (limit <= 0: all).
func WriteText(w io.Writer, r *Report, limit int) error {
	var b strings.Builder
	fmt.Fprintf(&b, "%d packages, %d direct, deepest chain %d levels\n", r.Packages, r.Direct, r.MaxDepth)
	var counts []string
	for _, k := range Kinds {
		if c := r.Counts[k]; c > 0 {
			counts = append(counts, fmt.Sprintf("%d %s", c, k))
		}
	}
	if len(counts) == 0 {
		counts = []string{"none"}
	}
	fmt.Fprintf(&b, "weak points: %s\n", strings.Join(counts, ", "))
	if len(r.Replace) > 0 {
		fmt.Fprintf(&b, "\nreplace first (direct dependencies, by the weak points they bring in):\n")
		for i, x := range r.Replace {
			if limit > 0 && i == limit {
				fmt.Fprintf(&b, "  ... %d more\n", len(r.Replace)-limit)
				break
			}
			fmt.Fprintf(&b, "  %2d. %s@%s: %d weak point%s (score %d) among %d package%s", i+1, x.Name, x.Version,
				x.WeakPoints, plural(x.WeakPoints), x.Score, x.Packages, plural(x.Packages))
			if len(x.Examples) > 0 {
				fmt.Fprintf(&b, "; e.g. %s", strings.Join(x.Examples, ", "))
			}
			b.WriteString("\n")
		}
	}
	if len(r.WeakPoints) > 0 {
		fmt.Fprintf(&b, "\nweak points (highest score first):\n")
		for i, x := range r.WeakPoints {
			if limit > 0 && i == limit {
				fmt.Fprintf(&b, "  ... %d more (--limit 0 lists all)\n", len(r.WeakPoints)-limit)
				break
			}
			var kinds []string
			for _, rs := range x.Reasons {
				kinds = append(kinds, string(rs.Kind))
			}
			fmt.Fprintf(&b, "  %2d. %s@%s  score %d  [%s]  depth %d, %d dependent%s\n", i+1, x.Name, x.Version, x.Score,
				strings.Join(kinds, ", "), x.Depth, x.Dependents, plural(x.Dependents))
			for _, rs := range x.Reasons {
				fmt.Fprintf(&b, "      - %s\n", rs.Detail)
			}
			if len(x.Chain) > 1 {
				fmt.Fprintf(&b, "      chain: %s\n", strings.Join(x.Chain, " > "))
			}
			if len(x.Via) > 0 {
				fmt.Fprintf(&b, "      drops out if you replace: %s\n", strings.Join(x.Via, ", "))
			}
		}
	}
	if len(r.NotChecked) > 0 {
		fmt.Fprintf(&b, "\nnot checked:\n")
		for _, n := range r.NotChecked {
			more := ""
			if n.Count > len(n.Packages) {
				more = fmt.Sprintf(" and %d more", n.Count-len(n.Packages))
			}
			fmt.Fprintf(&b, "  %s: %s for %d package%s (%s%s)\n", n.Check, n.Reason, n.Count, plural(n.Count), strings.Join(n.Packages, ", "), more)
		}
	}
	_, err := io.WriteString(w, b.String())
	return err
}
