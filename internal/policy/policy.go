// Package policy reads a project's depfence.yaml (the team's reviewed record
// of trust decisions) and decides what each finding means for the run:
// fail, warn, accepted, or expired acceptance.
package policy

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"time"

	"go.yaml.in/yaml/v3"

	"github.com/depfence/depfence/internal/finding"
	"github.com/depfence/depfence/internal/npm"
)

// FileName is the policy file looked for at the repository root.
const FileName = "depfence.yaml"

// ErrInvalid is returned (wrapped) for a policy file that cannot be used.
var ErrInvalid = errors.New("invalid policy")

// DateLayout is the layout of acceptance expiry dates.
const DateLayout = "2006-01-02"

// Policy is the decoded policy file. The zero value is the default policy.
type Policy struct {
	// FailOn is the severity at or above which an unaccepted finding fails
	// the run. Default: high.
	FailOn finding.Severity `yaml:"-"`
	// FailOnIncomplete fails the run when any package could not be analysed.
	FailOnIncomplete bool `yaml:"failOnIncomplete"`
	// MinReleaseAge is the release-age cooldown; 0 uses the tool default.
	MinReleaseAge time.Duration `yaml:"-"`
	// Registries lists allowed registry/tarball hosts for resolved URLs;
	// empty means the configured registry only.
	Registries []string `yaml:"allowedHosts"`
	// Rules overrides rule severities or disables rules.
	Rules map[finding.RuleID]RuleConfig `yaml:"rules"`
	// Scripts is the install-script allow-list.
	Scripts Scripts `yaml:"scripts"`
	// Accept is the list of accepted risks.
	Accept []Acceptance `yaml:"accept"`

	// Path is the file the policy was read from ("" for the default).
	Path string `yaml:"-"`
}

// RuleConfig adjusts one rule.
type RuleConfig struct {
	Enabled  *bool  `yaml:"enabled"`
	Severity string `yaml:"severity"`
}

// Scripts is the install-script allow-list used by `depfence install`.
type Scripts struct {
	Allow []ScriptEntry `yaml:"allow"`
	Deny  []ScriptEntry `yaml:"deny"`
}

// ScriptEntry allows or denies the install scripts of packages matching
// Package (name@range). Hash, when set, pins the approved script content.
type ScriptEntry struct {
	Package string `yaml:"package"`
	Via     string `yaml:"via,omitempty"`
	Hash    string `yaml:"hash,omitempty"`
	Reason  string `yaml:"reason,omitempty"`
}

// Acceptance is an accepted risk: findings of Rule (or "*", or a
// "category/*" prefix) on packages matching Package (name@range) are shown
// as accepted until Until.
type Acceptance struct {
	Package    string `yaml:"package"`
	Rule       string `yaml:"rule"`
	Reason     string `yaml:"reason"`
	Until      string `yaml:"until,omitempty"`
	AcceptedBy string `yaml:"by,omitempty"`

	line  int
	name  string
	rng   *npm.Range
	until time.Time
}

// Line returns the 1-based line of the entry in the policy file.
func (a *Acceptance) Line() int { return a.line }

// rawPolicy mirrors the YAML with scalar fields as strings for validation.
type rawPolicy struct {
	Version          int                           `yaml:"version"`
	FailOn           string                        `yaml:"failOn"`
	FailOnIncomplete bool                          `yaml:"failOnIncomplete"`
	MinReleaseAge    string                        `yaml:"minReleaseAge"`
	AllowedHosts     []string                      `yaml:"allowedHosts"`
	Rules            map[finding.RuleID]RuleConfig `yaml:"rules"`
	Scripts          Scripts                       `yaml:"scripts"`
	Accept           []yaml.Node                   `yaml:"accept"`
}

// Default returns the policy used when no file exists.
func Default() *Policy { return &Policy{FailOn: finding.SeverityHigh} }

// Load reads the policy file at p. A missing file is an error; use
// LoadDir to fall back to the default.
func Load(p string) (*Policy, error) {
	data, err := os.ReadFile(p)
	if err != nil {
		return nil, fmt.Errorf("read policy: %w", err)
	}
	pol, err := Parse(p, data)
	if err != nil {
		return nil, err
	}
	return pol, nil
}

// LoadDir reads dir/depfence.yaml, or returns the default policy when the
// file does not exist.
func LoadDir(dir string) (*Policy, error) {
	p := filepath.Join(dir, FileName)
	if _, err := os.Stat(p); errors.Is(err, os.ErrNotExist) {
		return Default(), nil
	}
	return Load(p)
}

// Parse decodes a policy file. Unknown keys, bad severities, bad ranges and
// acceptances without a reason are errors naming the file and line.
func Parse(name string, data []byte) (*Policy, error) {
	var raw rawPolicy
	dec := yaml.NewDecoder(bytes.NewReader(data))
	dec.KnownFields(true)
	if err := dec.Decode(&raw); err != nil && !errors.Is(err, io.EOF) {
		return nil, fmt.Errorf("%w: %s: %v", ErrInvalid, name, err)
	}
	pol := Default()
	pol.Path = name
	if raw.Version > 1 {
		return nil, fmt.Errorf("%w: %s: version %d is newer than this depfence understands (1)", ErrInvalid, name, raw.Version)
	}
	if raw.FailOn != "" {
		s, err := finding.ParseSeverity(raw.FailOn)
		if err != nil {
			return nil, fmt.Errorf("%w: %s: failOn: %v", ErrInvalid, name, err)
		}
		pol.FailOn = s
	}
	if raw.MinReleaseAge != "" {
		d, err := ParseAge(raw.MinReleaseAge)
		if err != nil {
			return nil, fmt.Errorf("%w: %s: minReleaseAge: %v", ErrInvalid, name, err)
		}
		pol.MinReleaseAge = d
	}
	pol.FailOnIncomplete = raw.FailOnIncomplete
	pol.Registries = raw.AllowedHosts
	pol.Rules = raw.Rules
	for id, rc := range pol.Rules {
		if rc.Severity != "" {
			if _, err := finding.ParseSeverity(rc.Severity); err != nil {
				return nil, fmt.Errorf("%w: %s: rules.%s.severity: %v", ErrInvalid, name, id, err)
			}
		}
	}
	pol.Scripts = raw.Scripts
	for _, e := range append(append([]ScriptEntry{}, raw.Scripts.Allow...), raw.Scripts.Deny...) {
		if _, _, err := parsePackageRange(e.Package); err != nil {
			return nil, fmt.Errorf("%w: %s: scripts: %v", ErrInvalid, name, err)
		}
	}
	for _, node := range raw.Accept {
		var a Acceptance
		if err := node.Decode(&a); err != nil {
			return nil, fmt.Errorf("%w: %s:%d: accept: %v", ErrInvalid, name, node.Line, err)
		}
		a.line = node.Line
		if err := a.compile(); err != nil {
			return nil, fmt.Errorf("%w: %s:%d: accept: %v", ErrInvalid, name, node.Line, err)
		}
		pol.Accept = append(pol.Accept, a)
	}
	return pol, nil
}

// ParseAge parses a duration such as "48h", "3d" or "1w".
func ParseAge(s string) (time.Duration, error) {
	s = strings.TrimSpace(s)
	for suffix, unit := range map[string]time.Duration{"d": 24 * time.Hour, "w": 7 * 24 * time.Hour} {
		if n, ok := strings.CutSuffix(s, suffix); ok {
			var v float64
			if _, err := fmt.Sscanf(n, "%g", &v); err != nil || v < 0 {
				return 0, fmt.Errorf("bad duration %q", s)
			}
			return time.Duration(v * float64(unit)), nil
		}
	}
	d, err := time.ParseDuration(s)
	if err != nil || d < 0 {
		return 0, fmt.Errorf("bad duration %q (use e.g. 48h, 3d, 1w)", s)
	}
	return d, nil
}

// parsePackageRange splits "name@range" ("name" alone means any version).
func parsePackageRange(s string) (string, *npm.Range, error) {
	name, spec := npm.SplitNameSpec(strings.TrimSpace(s))
	if _, err := npm.ParseName(name); err != nil {
		return "", nil, fmt.Errorf("package %q: %v", s, err)
	}
	if spec == "" || spec == "*" {
		return name, nil, nil
	}
	r, err := npm.ParseRange(spec)
	if err != nil {
		return "", nil, fmt.Errorf("package %q: %v", s, err)
	}
	return name, &r, nil
}

func (a *Acceptance) compile() error {
	if strings.TrimSpace(a.Reason) == "" {
		return fmt.Errorf("%s: a reason is required", a.Package)
	}
	if a.Rule == "" {
		return fmt.Errorf("%s: rule is required (a rule ID, \"category/*\" or \"*\")", a.Package)
	}
	name, rng, err := parsePackageRange(a.Package)
	if err != nil {
		return err
	}
	a.name, a.rng = name, rng
	if a.Until != "" {
		t, err := time.Parse(DateLayout, a.Until)
		if err != nil {
			return fmt.Errorf("%s: until %q is not a YYYY-MM-DD date", a.Package, a.Until)
		}
		a.until = t
	}
	return nil
}

// matches reports whether a covers the finding (ignoring expiry).
func (a *Acceptance) matches(f *finding.Finding) bool {
	if a.name != f.Package.Name || !ruleMatch(a.Rule, f.Rule) {
		return false
	}
	if a.rng == nil {
		return true
	}
	v, err := npm.ParseVersion(f.Package.Version)
	return err == nil && a.rng.Satisfies(v)
}

func ruleMatch(pattern string, id finding.RuleID) bool {
	if pattern == "*" || pattern == string(id) {
		return true
	}
	if p, ok := strings.CutSuffix(pattern, "/*"); ok {
		return id.Category() == p
	}
	return false
}

// expired reports whether the acceptance has expired at now. An acceptance
// is valid through the whole day of its Until date (UTC).
func (a *Acceptance) expired(now time.Time) bool {
	return !a.until.IsZero() && !now.Before(a.until.Add(24*time.Hour))
}

// RuleEnabled reports whether the policy leaves rule id enabled.
func (p *Policy) RuleEnabled(id finding.RuleID) bool {
	rc, ok := p.Rules[id]
	return !ok || rc.Enabled == nil || *rc.Enabled
}

// Severity returns the severity a finding gets under the policy.
func (p *Policy) Severity(f *finding.Finding) finding.Severity {
	if rc, ok := p.Rules[f.Rule]; ok && rc.Severity != "" {
		if s, err := finding.ParseSeverity(rc.Severity); err == nil {
			return s
		}
	}
	return f.Severity
}

// Decision is the outcome for one finding.
type Decision struct {
	Kind       DecisionKind
	Severity   finding.Severity
	Acceptance *Acceptance
}

// DecisionKind enumerates outcomes.
type DecisionKind int

// Outcomes.
const (
	Warn DecisionKind = iota
	Fail
	Accepted
	Expired
)

func (k DecisionKind) String() string {
	return [...]string{"warn", "fail", "accepted", "expired"}[k]
}

// Evaluator applies a policy to the findings of one run and remembers which
// acceptances were used, to report the stale ones.
type Evaluator struct {
	p    *Policy
	now  time.Time
	used []bool
}

// NewEvaluator returns an evaluator at the given time (inject a fake clock
// in tests).
func NewEvaluator(p *Policy, now time.Time) *Evaluator {
	return &Evaluator{p: p, now: now, used: make([]bool, len(p.Accept))}
}

// Decide returns the decision for f.
func (e *Evaluator) Decide(f *finding.Finding) Decision {
	sev := e.p.Severity(f)
	d := Decision{Kind: Warn, Severity: sev}
	if sev >= e.p.FailOn && sev > finding.SeverityNone {
		d.Kind = Fail
	}
	var expired *Acceptance
	for k := range e.p.Accept {
		a := &e.p.Accept[k]
		if !a.matches(f) {
			continue
		}
		e.used[k] = true
		if a.expired(e.now) {
			expired = a
			continue
		}
		d.Kind, d.Acceptance = Accepted, a
		return d
	}
	if expired != nil {
		// An expired acceptance fails again, whatever the threshold says.
		d.Kind, d.Acceptance = Expired, expired
	}
	return d
}

// Stale returns the acceptances that matched nothing so far.
func (e *Evaluator) Stale() []Acceptance {
	var out []Acceptance
	for k, used := range e.used {
		if !used {
			out = append(out, e.p.Accept[k])
		}
	}
	return out
}
