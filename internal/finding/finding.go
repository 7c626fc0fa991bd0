// Package finding defines what every check reports: a Finding with its rule,
// package, location, evidence, severity and confidence. It is a leaf package
// shared by rules, policy and reports.
package finding

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"strconv"
	"strings"
)

// RuleID is a lowercase "category/slug" rule identifier such as
// "code/dynamic-eval". A published ID never changes meaning.
type RuleID string

// Category returns the part before the slash.
func (r RuleID) Category() string {
	c, _, _ := strings.Cut(string(r), "/")
	return c
}

// Severity orders how bad a finding is.
type Severity int

// Severities, least severe first.
const (
	SeverityNone Severity = iota
	SeverityInfo
	SeverityLow
	SeverityMedium
	SeverityHigh
	SeverityCritical
)

var severityNames = [...]string{"none", "info", "low", "medium", "high", "critical"}

func (s Severity) String() string {
	if s >= 0 && int(s) < len(severityNames) {
		return severityNames[s]
	}
	return "severity(" + strconv.Itoa(int(s)) + ")"
}

// MarshalText implements encoding.TextMarshaler.
func (s Severity) MarshalText() ([]byte, error) { return []byte(s.String()), nil }

// UnmarshalText implements encoding.TextUnmarshaler.
func (s *Severity) UnmarshalText(b []byte) error {
	v, err := ParseSeverity(string(b))
	if err != nil {
		return err
	}
	*s = v
	return nil
}

// ParseSeverity parses a severity name (case-insensitive).
func ParseSeverity(name string) (Severity, error) {
	for k, n := range severityNames {
		if strings.EqualFold(n, name) {
			return Severity(k), nil
		}
	}
	return SeverityNone, fmt.Errorf("unknown severity %q (want one of %s)", name, strings.Join(severityNames[:], ", "))
}

// Confidence says how sure a rule is that the instance is what it claims.
type Confidence int

// Confidence levels.
const (
	ConfidenceLow Confidence = iota + 1
	ConfidenceMedium
	ConfidenceHigh
)

var confidenceNames = map[Confidence]string{ConfidenceLow: "low", ConfidenceMedium: "medium", ConfidenceHigh: "high"}

func (c Confidence) String() string {
	if s, ok := confidenceNames[c]; ok {
		return s
	}
	return "unknown"
}

// MarshalText implements encoding.TextMarshaler.
func (c Confidence) MarshalText() ([]byte, error) { return []byte(c.String()), nil }

// UnmarshalText implements encoding.TextUnmarshaler.
func (c *Confidence) UnmarshalText(b []byte) error {
	for k, n := range confidenceNames {
		if strings.EqualFold(n, string(b)) {
			*c = k
			return nil
		}
	}
	return fmt.Errorf("unknown confidence %q", b)
}

// Package identifies the package instance a finding is about.
type Package struct {
	Name    string `json:"name"`
	Version string `json:"version"`
}

// String renders name@version.
func (p Package) String() string { return p.Name + "@" + p.Version }

// Location points into a package file ("lib/index.js") or into the project
// (a lockfile path) when Project is set.
type Location struct {
	File    string `json:"file,omitempty"`
	Line    int    `json:"line,omitempty"`
	Column  int    `json:"column,omitempty"`
	Project bool   `json:"project,omitempty"`
}

// String renders file:line:column, leaving out what is unknown.
func (l Location) String() string {
	s := l.File
	if l.Line > 0 {
		s += ":" + strconv.Itoa(l.Line)
		if l.Column > 0 {
			s += ":" + strconv.Itoa(l.Column)
		}
	}
	return s
}

// Evidence is what a person reads to check a finding in seconds.
type Evidence struct {
	// Snippet is a short excerpt of the source as written.
	Snippet string `json:"snippet,omitempty"`
	// Decoded is the snippet's meaning after constant folding and decoding
	// (a base64 command, a concatenated module name), when it differs.
	Decoded string `json:"decoded,omitempty"`
	// Detail is a short free-form fact ("host: example.com").
	Detail string `json:"detail,omitempty"`
}

// Finding is one instance of a rule matching a package.
type Finding struct {
	Rule        RuleID     `json:"rule"`
	RuleVersion int        `json:"ruleVersion"`
	Package     Package    `json:"package"`
	Severity    Severity   `json:"severity"`
	Confidence  Confidence `json:"confidence"`
	// Message says in one line what was found in this instance.
	Message     string     `json:"message"`
	Location    Location   `json:"location,omitzero"`
	Evidence    []Evidence `json:"evidence,omitempty"`
	Fingerprint string     `json:"fingerprint"`
}

// ComputeFingerprint returns a stable hash of the rule, package and location
// (not of the message or severity, which may be reworded or re-rated).
func (f *Finding) ComputeFingerprint() string {
	h := sha256.New()
	fmt.Fprintf(h, "%s\x00%s\x00%s\x00%s\x00%d", f.Rule, f.Package.Name, f.Package.Version, f.Location.File, f.Location.Line)
	if len(f.Evidence) > 0 {
		fmt.Fprintf(h, "\x00%s", f.Evidence[0].Snippet)
	}
	return hex.EncodeToString(h.Sum(nil))[:32]
}
