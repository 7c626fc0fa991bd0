package report

import (
	"encoding/json"
	"fmt"
	"io"
	"slices"
	"strings"

	"github.com/depfence/depfence/internal/finding"
)

// Format names an output format.
type Format string

// Formats every renderer registers under.
const (
	FormatText     Format = "text"
	FormatJSON     Format = "json"
	FormatMarkdown Format = "markdown"
)

// Options tune rendering.
type Options struct {
	Color bool
	// Width is the terminal width for text (default 80).
	Width int
	// All shows every finding in text; by default findings below medium
	// on packages judged ok are counted, not listed.
	All bool
}

// Renderer writes a Result in one format. The one list of formats is the
// CLI's (internal/cli/formats.go); format subpackages provide the others.
type Renderer func(w io.Writer, r *Result, o Options) error

// RenderJSON writes the canonical JSON.
func RenderJSON(w io.Writer, r *Result, _ Options) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(r)
}

// Decode reads a Result written by RenderJSON, refusing newer schemas.
func Decode(rd io.Reader) (*Result, error) {
	var r Result
	dec := json.NewDecoder(io.LimitReader(rd, 1<<30))
	if err := dec.Decode(&r); err != nil {
		return nil, fmt.Errorf("decode result: %w", err)
	}
	if r.SchemaVersion == 0 {
		return nil, fmt.Errorf("decode result: not a depfence result (no schemaVersion)")
	}
	if r.SchemaVersion > SchemaVersion {
		return nil, fmt.Errorf("decode result: schemaVersion %d is newer than this depfence (%d)", r.SchemaVersion, SchemaVersion)
	}
	return &r, nil
}

// SortFindings orders findings worst first, then by package, rule, location.
func SortFindings(fs []Finding) {
	slices.SortStableFunc(fs, func(a, b Finding) int {
		if a.Severity != b.Severity {
			return int(b.Severity) - int(a.Severity)
		}
		if c := strings.Compare(a.Package.Name, b.Package.Name); c != 0 {
			return c
		}
		if c := strings.Compare(a.Package.Version, b.Package.Version); c != 0 {
			return c
		}
		if c := strings.Compare(string(a.Rule), string(b.Rule)); c != 0 {
			return c
		}
		if c := strings.Compare(a.Location.File, b.Location.File); c != 0 {
			return c
		}
		return a.Location.Line - b.Location.Line
	})
}

// packageGroup is the findings of one package.
type packageGroup struct {
	pkg      finding.Package
	worst    finding.Severity
	findings []Finding
	info     *Package
}

// groupByPackage groups findings by package, worst package first.
func groupByPackage(r *Result) []packageGroup {
	idx := map[finding.Package]int{}
	var groups []packageGroup
	for _, f := range r.Findings {
		k, ok := idx[f.Package]
		if !ok {
			k = len(groups)
			idx[f.Package] = k
			groups = append(groups, packageGroup{pkg: f.Package})
		}
		g := &groups[k]
		g.findings = append(g.findings, f)
		if f.Severity > g.worst && f.Decision != DecisionAccepted {
			g.worst = f.Severity
		}
	}
	for k := range groups {
		for i := range r.Packages {
			p := &r.Packages[i]
			if p.Name == groups[k].pkg.Name && p.Version == groups[k].pkg.Version {
				groups[k].info = p
				break
			}
		}
		SortFindings(groups[k].findings)
	}
	verdictRank := func(g packageGroup) int {
		if g.info == nil {
			return 0
		}
		switch g.info.Verdict {
		case "malicious":
			return 2
		case "suspicious":
			return 1
		}
		return 0
	}
	slices.SortStableFunc(groups, func(a, b packageGroup) int {
		if d := verdictRank(b) - verdictRank(a); d != 0 {
			return d
		}
		if a.worst != b.worst {
			return int(b.worst) - int(a.worst)
		}
		return strings.Compare(a.pkg.String(), b.pkg.String())
	})
	return groups
}
