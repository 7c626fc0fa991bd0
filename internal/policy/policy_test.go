package policy

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/depfence/depfence/internal/finding"
)

const sample = `# team policy
version: 1
failOn: medium
failOnIncomplete: true
minReleaseAge: 3d
allowedHosts: [registry.example.test]
rules:
  code/dynamic-eval: {severity: low}
  net/raw-ip: {enabled: false}
scripts:
  allow:
    - package: esbuild@^0.25.0
      reason: platform binary
accept:
  - package: lodash@<4.17.21
    rule: vuln/*
    reason: template() is never called with user input
    until: 2026-12-31
    by: alice
  - package: left-pad
    rule: "*"
    reason: vendored copy reviewed
  - package: debug@4.x
    rule: install/lifecycle-script
    reason: old acceptance
    until: 2026-01-01
  - package: never-used@1.0.0
    rule: code/dynamic-eval
    reason: stale entry
`

func mustParse(t *testing.T, s string) *Policy {
	t.Helper()
	p, err := Parse("depfence.yaml", []byte(s))
	if err != nil {
		t.Fatal(err)
	}
	return p
}

func fnd(name, version, rule string, sev finding.Severity) *finding.Finding {
	return &finding.Finding{Rule: finding.RuleID(rule), Package: finding.Package{Name: name, Version: version}, Severity: sev}
}

func TestParse(t *testing.T) {
	p := mustParse(t, sample)
	if p.FailOn != finding.SeverityMedium || !p.FailOnIncomplete || p.MinReleaseAge != 72*time.Hour {
		t.Errorf("failOn=%v incomplete=%v age=%v", p.FailOn, p.FailOnIncomplete, p.MinReleaseAge)
	}
	if p.RuleEnabled("net/raw-ip") || !p.RuleEnabled("code/dynamic-eval") || !p.RuleEnabled("other/x") {
		t.Error("rule enablement wrong")
	}
	if got := p.Severity(fnd("a", "1.0.0", "code/dynamic-eval", finding.SeverityHigh)); got != finding.SeverityLow {
		t.Errorf("severity override = %v", got)
	}
	if len(p.Accept) != 4 || p.Accept[0].Line() != 15 {
		t.Errorf("accept = %d entries, first at line %d", len(p.Accept), p.Accept[0].Line())
	}
	if d := Default(); d.FailOn != finding.SeverityHigh {
		t.Errorf("default failOn = %v", d.FailOn)
	}
}

func TestDecide(t *testing.T) {
	p := mustParse(t, sample)
	now := time.Date(2026, 12, 4, 12, 0, 0, 0, time.UTC)
	tests := []struct {
		name string
		f    *finding.Finding
		now  time.Time
		want DecisionKind
	}{
		{"above threshold", fnd("x", "1.0.0", "net/exfil", finding.SeverityHigh), now, Fail},
		{"at threshold", fnd("x", "1.0.0", "net/exfil", finding.SeverityMedium), now, Fail},
		{"below threshold", fnd("x", "1.0.0", "net/exfil", finding.SeverityLow), now, Warn},
		{"override lowers", fnd("x", "1.0.0", "code/dynamic-eval", finding.SeverityCritical), now, Warn},
		{"accepted in range", fnd("lodash", "4.17.20", "vuln/GHSA-x", finding.SeverityCritical), now, Accepted},
		{"out of range", fnd("lodash", "4.17.21", "vuln/GHSA-x", finding.SeverityCritical), now, Fail},
		{"other category", fnd("lodash", "4.17.20", "code/dynamic-eval", finding.SeverityHigh), now, Warn},
		{"star rule, any version", fnd("left-pad", "9.9.9", "obf/string-array", finding.SeverityHigh), now, Accepted},
		{"last valid day", fnd("lodash", "4.17.20", "vuln/GHSA-x", finding.SeverityHigh), time.Date(2026, 12, 31, 23, 0, 0, 0, time.UTC), Accepted},
		{"expired next day", fnd("lodash", "4.17.20", "vuln/GHSA-x", finding.SeverityLow), time.Date(2027, 1, 1, 0, 0, 0, 0, time.UTC), Expired},
		{"expired long ago", fnd("debug", "4.3.1", "install/lifecycle-script", finding.SeverityLow), now, Expired},
	}
	for _, tt := range tests {
		t.Run(strings.ReplaceAll(tt.name, " ", "_"), func(t *testing.T) {
			e := NewEvaluator(p, tt.now)
			if got := e.Decide(tt.f); got.Kind != tt.want {
				t.Errorf("Decide = %v, want %v", got.Kind, tt.want)
			}
		})
	}
}

func TestStale(t *testing.T) {
	p := mustParse(t, sample)
	e := NewEvaluator(p, time.Date(2026, 12, 4, 0, 0, 0, 0, time.UTC))
	e.Decide(fnd("lodash", "4.17.20", "vuln/GHSA-x", finding.SeverityHigh))
	e.Decide(fnd("left-pad", "1.3.0", "x/y", finding.SeverityHigh))
	e.Decide(fnd("debug", "4.3.1", "install/lifecycle-script", finding.SeverityHigh))
	var got []string
	for _, a := range e.Stale() {
		got = append(got, a.Package)
	}
	if diff := cmp.Diff([]string{"never-used@1.0.0"}, got); diff != "" {
		t.Errorf("stale (-want +got):\n%s", diff)
	}
}

func TestParseErrors(t *testing.T) {
	tests := []struct{ in, want string }{
		{"failOn: severe\n", "failOn"},
		{"unknownKey: 1\n", "unknownKey"},
		{"accept:\n  - package: x@1\n    rule: '*'\n", "reason is required"},
		{"accept:\n  - package: x@1\n    reason: r\n", "rule is required"},
		{"accept:\n  - package: 'x@>>1'\n    rule: '*'\n    reason: r\n", "invalid version range"},
		{"accept:\n  - package: x\n    rule: '*'\n    reason: r\n    until: next week\n", "YYYY-MM-DD"},
		{"rules:\n  a/b: {severity: huge}\n", "rules.a/b.severity"},
		{"minReleaseAge: soon\n", "minReleaseAge"},
		{"version: 2\n", "newer"},
		{"failOn: [\n", "depfence.yaml"},
	}
	for _, tt := range tests {
		_, err := Parse("depfence.yaml", []byte(tt.in))
		if err == nil || !errors.Is(err, ErrInvalid) || !strings.Contains(err.Error(), tt.want) || !strings.Contains(err.Error(), "depfence.yaml") {
			t.Errorf("Parse(%q) error = %v, want ErrInvalid mentioning %q and the file", tt.in, err, tt.want)
		}
	}
	if p, err := Parse("depfence.yaml", nil); err != nil || p.FailOn != finding.SeverityHigh {
		t.Errorf("empty file: %v, %v", p, err)
	}
}

func TestAddAcceptance(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, FileName)
	if err := os.WriteFile(path, []byte("# keep this comment\nfailOn: medium\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	a := Acceptance{Package: "lodash@4.17.20", Rule: "vuln/*", Reason: "reviewed", Until: "2027-01-31", AcceptedBy: "bob"}
	if err := AddAcceptance(path, a); err != nil {
		t.Fatal(err)
	}
	if err := AddAcceptance(path, Acceptance{Package: "x", Rule: "*", Reason: "second"}); err != nil {
		t.Fatal(err)
	}
	data, _ := os.ReadFile(path)
	if !strings.Contains(string(data), "# keep this comment") {
		t.Errorf("comment lost:\n%s", data)
	}
	p, err := Load(path)
	if err != nil {
		t.Fatal(err)
	}
	if p.FailOn != finding.SeverityMedium || len(p.Accept) != 2 || p.Accept[0].Reason != "reviewed" || p.Accept[0].AcceptedBy != "bob" {
		t.Errorf("after edit: %+v", p)
	}
	if err := AddAcceptance(path, Acceptance{Package: "x", Rule: "*"}); err == nil {
		t.Error("acceptance without reason was written")
	}
	fresh := filepath.Join(dir, "new.yaml")
	if err := AddAcceptance(fresh, a); err != nil {
		t.Fatal(err)
	}
	if p, err := Load(fresh); err != nil || len(p.Accept) != 1 {
		t.Errorf("new file: %v %v", p, err)
	}
}
