// Package advisory answers "is any of this known-bad?": published
// vulnerability and malware advisories for npm packages, from the
// registry's bulk advisory endpoint (what npm audit asks) or from a local
// store of an imported OSV database, matched against installed versions
// with npm's semver semantics.
package advisory

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"

	"github.com/depfence/depfence/internal/finding"
	"github.com/depfence/depfence/internal/npm"
	"github.com/depfence/depfence/internal/report"
)

// Source names.
const (
	SourceNPM = "npm" // the registry's advisories (npm audit)
	SourceOSV = "osv" // an imported OSV database
)

// ErrUnavailable means a source could not answer: the registry has no
// advisory endpoints, it failed, or no database was imported. It is a
// skipped check, never a clean result.
var ErrUnavailable = errors.New("advisories unavailable")

// UnavailableError says which source could not answer and why.
type UnavailableError struct {
	Source string // "npm registry", "osv database"
	Reason string
	Err    error // underlying error, may be nil
}

func (e *UnavailableError) Error() string {
	s := fmt.Sprintf("%s: advisories unavailable: %s", e.Source, e.Reason)
	if e.Err != nil {
		s += ": " + e.Err.Error()
	}
	return s
}

// Is makes errors.Is(err, ErrUnavailable) true.
func (e *UnavailableError) Is(target error) bool { return target == ErrUnavailable }

// Unwrap returns the underlying error.
func (e *UnavailableError) Unwrap() error { return e.Err }

// Source looks up advisories. Query takes package names with the versions
// installed and returns, by name, the advisories that may affect them
// (callers still test each version with Advisory.Affects). A partial
// answer comes with a non-nil error; an ErrUnavailable error means the
// source answered nothing.
type Source interface {
	Name() string
	Query(ctx context.Context, pkgs map[string][]string) (map[string][]Advisory, error)
}

// Advisory is one advisory about one npm package.
type Advisory struct {
	ID      string   `json:"id"`                // GHSA-…, MAL-…, or npm's numeric id
	Aliases []string `json:"aliases,omitempty"` // other ids (CVE-…, npm's numeric id)
	Source  string   `json:"source"`            // SourceNPM or SourceOSV
	Package string   `json:"package"`
	Title   string   `json:"title,omitempty"`
	URL     string   `json:"url,omitempty"`
	// Severity is the advisory's severity; Critical for malware.
	Severity finding.Severity `json:"severity"`
	// Vulnerable is the affected range as npm writes it (">=1.0.0 <1.2.3").
	Vulnerable string `json:"vulnerable,omitempty"`
	// Patched is the first fixed version when the advisory has a single one.
	Patched    string   `json:"patched,omitempty"`
	CVSSScore  float64  `json:"cvssScore,omitempty"`
	CVSSVector string   `json:"cvssVector,omitempty"`
	CWEs       []string `json:"cwes,omitempty"`
	// Malware marks a malicious package (MAL- ids, "Malware in …").
	Malware bool `json:"malware,omitempty"`
	// Inexact is set when part of the affected range could not be parsed
	// and the match errs on the side of "affected".
	Inexact bool `json:"inexact,omitempty"`

	// Matching data: an npm range (registry advisories), or OSV ranges
	// and explicit versions. A version matching any of them is affected.
	Range    string    `json:"range,omitempty"`
	Ranges   [][]Event `json:"ranges,omitempty"`
	Versions []string  `json:"versions,omitempty"`
}

// Event is one OSV range event; exactly one field is set.
type Event struct {
	Introduced   string `json:"introduced,omitempty"`
	Fixed        string `json:"fixed,omitempty"`
	LastAffected string `json:"last_affected,omitempty"`
}

// Affects reports whether version is affected. npm ranges are matched as
// npm audit does (node-semver with includePrerelease); OSV ranges by
// semver precedence, prereleases included, as the OSV schema specifies.
// An invalid version is affected only if listed explicitly.
func (a *Advisory) Affects(version string) bool {
	if slices.Contains(a.Versions, version) {
		return true
	}
	v, err := npm.ParseVersion(version)
	if err != nil {
		return false
	}
	if a.Range != "" {
		r, err := npm.ParseRangeIncludingPrerelease(a.Range)
		if err != nil {
			return true // Inexact: an unparseable vulnerable range fails closed
		}
		if r.Satisfies(v) {
			return true
		}
	}
	for _, evs := range a.Ranges {
		if affectedBy(evs, v) {
			return true
		}
	}
	if len(a.Versions) > 0 {
		for _, s := range a.Versions {
			if w, err := npm.ParseVersion(s); err == nil && npm.CompareVersions(v, w) == 0 {
				return true
			}
		}
	}
	return false
}

// PatchedFor returns the first fixed version above version, or Patched.
func (a *Advisory) PatchedFor(version string) string {
	v, err := npm.ParseVersion(version)
	if err != nil {
		return a.Patched
	}
	var best npm.Version
	for _, evs := range a.Ranges {
		for _, e := range evs {
			if e.Fixed == "" {
				continue
			}
			f, err := npm.ParseVersion(e.Fixed)
			if err != nil || npm.CompareVersions(f, v) <= 0 {
				continue
			}
			if !best.IsValid() || npm.CompareVersions(f, best) < 0 {
				best = f
			}
		}
	}
	if best.IsValid() {
		return best.String()
	}
	return a.Patched
}

// IDs returns the id and aliases.
func (a *Advisory) IDs() []string { return append([]string{a.ID}, a.Aliases...) }

// Report converts a to the report's advisory record.
func (a *Advisory) Report() *report.Advisory {
	return &report.Advisory{
		ID: a.ID, Aliases: slices.Clone(a.Aliases), Source: a.Source, URL: a.URL,
		Vulnerable: a.Vulnerable, Patched: a.Patched,
		CVSSScore: a.CVSSScore, CVSSVector: a.CVSSVector, CWEs: slices.Clone(a.CWEs),
	}
}

// affectedBy evaluates one OSV range with the schema's algorithm: events
// sorted by version, "introduced" turns affected on, "fixed" (at or
// below v) and "last_affected" (below v) turn it off. Unparseable event
// versions keep v affected (Inexact is set on import).
func affectedBy(evs []Event, v npm.Version) bool {
	type ev struct {
		kind byte // 'i', 'f', 'l'
		zero bool
		ver  npm.Version
		bad  bool
	}
	list := make([]ev, 0, len(evs))
	for _, e := range evs {
		var x ev
		var s string
		switch {
		case e.Introduced != "":
			x.kind, s = 'i', e.Introduced
		case e.Fixed != "":
			x.kind, s = 'f', e.Fixed
		case e.LastAffected != "":
			x.kind, s = 'l', e.LastAffected
		default:
			continue
		}
		if x.kind == 'i' && s == "0" {
			x.zero = true
		} else if pv, err := npm.ParseVersion(s); err == nil {
			x.ver = pv
		} else {
			x.bad = true
		}
		list = append(list, x)
	}
	slices.SortStableFunc(list, func(a, b ev) int {
		switch {
		case a.zero && b.zero:
			return 0
		case a.zero:
			return -1
		case b.zero:
			return 1
		}
		return npm.CompareVersions(a.ver, b.ver)
	})
	affected := false
	for _, e := range list {
		switch e.kind {
		case 'i':
			if e.zero || e.bad || npm.CompareVersions(v, e.ver) >= 0 {
				affected = true
			}
		case 'f':
			if !e.bad && npm.CompareVersions(v, e.ver) >= 0 {
				affected = false
			}
		case 'l':
			if !e.bad && npm.CompareVersions(v, e.ver) > 0 {
				affected = false
			}
		}
	}
	return affected
}

// rangeString renders OSV ranges and versions as an npm-style range for
// display: ">=1.0.0 <1.2.3 || 2.0.0".
func rangeString(ranges [][]Event, versions []string) string {
	var parts []string
	for _, evs := range ranges {
		lo := ""
		for _, e := range evs {
			switch {
			case e.Introduced != "":
				if lo != "" {
					parts = append(parts, lo)
				}
				lo = ">=" + e.Introduced
				if e.Introduced == "0" {
					lo = ">=0.0.0-0"
				}
			case e.Fixed != "":
				parts = append(parts, strings.TrimPrefix(lo+" <"+e.Fixed, ">=0.0.0-0 "))
				lo = ""
			case e.LastAffected != "":
				parts = append(parts, strings.TrimPrefix(lo+" <="+e.LastAffected, ">=0.0.0-0 "))
				lo = ""
			}
		}
		if lo != "" {
			if lo == ">=0.0.0-0" {
				lo = "*"
			}
			parts = append(parts, lo)
		}
	}
	// osv.dev also enumerates the versions its ranges cover: list them
	// only when there is no range, and never more than a few.
	if len(parts) == 0 || len(versions) <= 3 {
		if len(versions) > 10 {
			parts = append(parts, versions[:10]...)
			parts = append(parts, fmt.Sprintf("… (%d versions)", len(versions)))
		} else {
			parts = append(parts, versions...)
		}
	}
	for i := range parts {
		parts[i] = strings.TrimSpace(parts[i])
	}
	return strings.Join(parts, " || ")
}

// ParseSeverity maps npm's and GitHub's severity words (info, low,
// moderate/medium, high, critical) to a finding severity; unknown words
// give SeverityNone.
func ParseSeverity(s string) finding.Severity {
	switch strings.ToLower(strings.TrimSpace(s)) {
	case "info", "informational":
		return finding.SeverityInfo
	case "low":
		return finding.SeverityLow
	case "moderate", "medium":
		return finding.SeverityMedium
	case "high":
		return finding.SeverityHigh
	case "critical":
		return finding.SeverityCritical
	}
	return finding.SeverityNone
}

// isMalwareTitle recognises npm's malware advisories ("Malware in x").
func isMalwareTitle(t string) bool {
	return len(t) >= 11 && strings.EqualFold(t[:11], "malware in ")
}

// isMalwareID recognises OpenSSF malicious-packages ids.
func isMalwareID(id string) bool { return strings.HasPrefix(id, "MAL-") }

// finish sets derived fields: malware flag and severity, display range.
func (a *Advisory) finish() {
	if isMalwareID(a.ID) || isMalwareTitle(a.Title) || slices.ContainsFunc(a.Aliases, isMalwareID) {
		a.Malware = true
		a.Severity = finding.SeverityCritical
	}
	if a.Severity == finding.SeverityNone && a.CVSSScore > 0 {
		a.Severity = severityFromScore(a.CVSSScore)
	}
	if a.Severity == finding.SeverityNone {
		a.Severity = finding.SeverityMedium // unrated: neither hidden nor inflated
	}
	if a.Vulnerable == "" {
		if a.Range != "" {
			a.Vulnerable = a.Range
		} else {
			a.Vulnerable = rangeString(a.Ranges, a.Versions)
		}
	}
	if a.Range != "" {
		if _, err := npm.ParseRange(a.Range); err != nil {
			a.Inexact = true
		}
	}
	for _, evs := range a.Ranges {
		for _, e := range evs {
			s := e.Introduced + e.Fixed + e.LastAffected
			if s == "0" && e.Introduced == "0" {
				continue
			}
			if _, err := npm.ParseVersion(s); err != nil {
				a.Inexact = true
			}
		}
	}
	if a.Patched == "" {
		a.Patched = singleFixed(a)
	}
}

// singleFixed returns the fixed version when there is exactly one, or the
// upper bound of a simple "<X" / ">=A <X" npm range.
func singleFixed(a *Advisory) string {
	var fixed []string
	for _, evs := range a.Ranges {
		for _, e := range evs {
			if e.Fixed != "" && !slices.Contains(fixed, e.Fixed) {
				fixed = append(fixed, e.Fixed)
			}
		}
	}
	if len(fixed) == 1 {
		return fixed[0]
	}
	if a.Range != "" && !strings.Contains(a.Range, "||") {
		f := strings.Fields(a.Range)
		if last := f[len(f)-1]; strings.HasPrefix(last, "<") && !strings.HasPrefix(last, "<=") {
			if v, err := npm.ParseVersion(strings.TrimSpace(last[1:])); err == nil {
				return v.String()
			}
		}
	}
	return ""
}

func severityFromScore(s float64) finding.Severity {
	switch {
	case s >= 9:
		return finding.SeverityCritical
	case s >= 7:
		return finding.SeverityHigh
	case s >= 4:
		return finding.SeverityMedium
	case s > 0:
		return finding.SeverityLow
	}
	return finding.SeverityNone
}

// Failed returns a Source that answers nothing and reports err (wrapped as
// ErrUnavailable unless it already is one): what an integrator passes when
// a source cannot even be opened (no imported database offline), so the
// rules show the check as skipped instead of silently passing.
func Failed(name string, err error) Source { return failed{name: name, err: err} }

type failed struct {
	name string
	err  error
}

func (f failed) Name() string { return f.name }

func (f failed) Query(context.Context, map[string][]string) (map[string][]Advisory, error) {
	if errors.Is(f.err, ErrUnavailable) {
		return nil, f.err
	}
	return nil, &UnavailableError{Source: f.name, Reason: "cannot be opened", Err: f.err}
}
