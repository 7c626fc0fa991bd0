package sarif

import (
	"bytes"
	"encoding/json"
	"flag"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/depfence/depfence/internal/finding"
	"github.com/depfence/depfence/internal/report"
	"github.com/depfence/depfence/internal/report/reporttest"
)

var update = flag.Bool("update", false, "rewrite golden files")

func render(t *testing.T, r *report.Result) []byte {
	t.Helper()
	var buf bytes.Buffer
	if err := Render(&buf, r, report.Options{}); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func TestGolden(t *testing.T) {
	reporttest.Golden(t, "sample.sarif", render(t, reporttest.Sample()), *update)
}

// TestSchema validates the output against the SARIF 2.1.0 JSON schema that
// .ci/schemas.sh extracts from the SARIF SDK's npm package.
func TestSchema(t *testing.T) {
	schema := reporttest.CompileSchema(t, reporttest.EnvPath(t, "DEPFENCE_SARIF_SCHEMA"), nil)
	empty := &report.Result{SchemaVersion: report.SchemaVersion, Tool: report.Tool{Name: "depfence", Version: "1.2.3"}}
	hostile := reporttest.Sample()
	hostile.Project.Lockfile = "my dir/C:odd#name?.json"
	hostile.Findings[0].Message = "<script>alert(1)</script> [x](javascript:alert(1))\x00"
	hostile.Findings[0].Location = finding.Location{File: "lock.json", Line: 3, Project: true}
	hostile.Findings[1].LockfileLine = 0
	hostile.Rules[0].DocURL = "not a url"
	for name, r := range map[string]*report.Result{"sample": reporttest.Sample(), "empty": empty, "hostile": hostile} {
		t.Run(name, func(t *testing.T) { schema.Validate(t, render(t, r)) })
	}
	// The validator does reject what the schema forbids.
	for _, bad := range []struct{ from, to string }{
		{`"level": "error"`, `"level": "fatal"`},
		{`"startLine": 40`, `"startLine": 0`},
		{`"version": "2.1.0"`, `"version": "2.0.0"`},
	} {
		doc := strings.Replace(string(render(t, reporttest.Sample())), bad.from, bad.to, 1)
		if err := schema.Check([]byte(doc)); err == nil {
			t.Errorf("schema accepted %s", bad.to)
		}
	}
}

// log is the part of SARIF the assertions below read.
type log struct {
	Runs []struct {
		Tool struct {
			Driver struct {
				Name           string `json:"name"`
				Version        string `json:"version"`
				InformationURI string `json:"informationUri"`
				Rules          []struct {
					ID               string `json:"id"`
					Name             string `json:"name"`
					ShortDescription struct {
						Text string `json:"text"`
					} `json:"shortDescription"`
					Help struct {
						Text     string `json:"text"`
						Markdown string `json:"markdown"`
					} `json:"help"`
					DefaultConfiguration struct {
						Level string `json:"level"`
					} `json:"defaultConfiguration"`
					Properties map[string]any `json:"properties"`
				} `json:"rules"`
			} `json:"driver"`
		} `json:"tool"`
		Results []struct {
			RuleID    string `json:"ruleId"`
			RuleIndex int    `json:"ruleIndex"`
			Level     string `json:"level"`
			Message   struct {
				Text string `json:"text"`
			} `json:"message"`
			Locations []struct {
				PhysicalLocation struct {
					ArtifactLocation struct {
						URI string `json:"uri"`
					} `json:"artifactLocation"`
					Region struct {
						StartLine int `json:"startLine"`
					} `json:"region"`
				} `json:"physicalLocation"`
			} `json:"locations"`
			RelatedLocations []struct {
				LogicalLocations []struct {
					FullyQualifiedName string `json:"fullyQualifiedName"`
				} `json:"logicalLocations"`
			} `json:"relatedLocations"`
			PartialFingerprints map[string]string `json:"partialFingerprints"`
			Suppressions        []struct {
				Kind          string `json:"kind"`
				Status        string `json:"status"`
				Justification string `json:"justification"`
			} `json:"suppressions"`
			Properties map[string]any `json:"properties"`
		} `json:"results"`
		Invocations []struct {
			ExecutionSuccessful            bool                                      `json:"executionSuccessful"`
			ToolExecutionNotifications     []struct{ Message struct{ Text string } } `json:"toolExecutionNotifications"`
			ToolConfigurationNotifications []struct{ Message struct{ Text string } } `json:"toolConfigurationNotifications"`
		} `json:"invocations"`
	} `json:"runs"`
}

func decode(t *testing.T, b []byte) log {
	t.Helper()
	var l log
	if err := json.Unmarshal(b, &l); err != nil {
		t.Fatal(err)
	}
	if len(l.Runs) != 1 {
		t.Fatalf("%d runs, want 1", len(l.Runs))
	}
	return l
}

func TestContent(t *testing.T) {
	r := reporttest.Sample()
	l := decode(t, render(t, r))
	run := l.Runs[0]
	if d := run.Tool.Driver; d.Name != "depfence" || d.Version != "test" || d.InformationURI != InformationURI {
		t.Errorf("driver = %q %q %q", d.Name, d.Version, d.InformationURI)
	}
	type ruleRow struct{ ID, Name, Short, Level, SecSev string }
	var gotRules []ruleRow
	for _, rl := range run.Tool.Driver.Rules {
		gotRules = append(gotRules, ruleRow{rl.ID, rl.Name, rl.ShortDescription.Text, rl.DefaultConfiguration.Level, rl.Properties["security-severity"].(string)})
		if !strings.Contains(rl.Help.Markdown, "**") || rl.Help.Text == "" {
			t.Errorf("rule %s help = %+v", rl.ID, rl.Help)
		}
		if tags, _ := rl.Properties["tags"].([]any); len(tags) == 0 || tags[0] != "security" {
			t.Errorf("rule %s tags = %v", rl.ID, rl.Properties["tags"])
		}
	}
	wantRules := []ruleRow{
		{"code/dynamic-eval", "CodeDynamicEval", "Dynamic code", "note", "3.0"},
		{"install/lifecycle-script", "InstallLifecycleScript", "Install script", "warning", "5.5"},
		{"net/exfil-service", "NetExfilService", "Exfiltration service", "error", "8.0"},
		{"vuln/advisory", "VulnAdvisory", "Known vulnerability", "warning", "5.5"},
	}
	if diff := cmp.Diff(wantRules, gotRules); diff != "" {
		t.Errorf("rules (-want +got):\n%s", diff)
	}

	type resRow struct {
		Rule, Level, URI string
		Line             int
		Related, FP      string
		Suppressed       string
		Verdict          any
	}
	var got []resRow
	for k, res := range run.Results {
		if rl := run.Tool.Driver.Rules[res.RuleIndex]; rl.ID != res.RuleID {
			t.Errorf("result %d: ruleIndex %d points at %s, not %s", k, res.RuleIndex, rl.ID, res.RuleID)
		}
		row := resRow{Rule: res.RuleID, Level: res.Level, FP: res.PartialFingerprints[FingerprintKey], Verdict: res.Properties["verdict"]}
		if len(res.Locations) != 1 {
			t.Fatalf("result %d has %d locations", k, len(res.Locations))
		}
		row.URI = res.Locations[0].PhysicalLocation.ArtifactLocation.URI
		row.Line = res.Locations[0].PhysicalLocation.Region.StartLine
		if len(res.RelatedLocations) == 1 && len(res.RelatedLocations[0].LogicalLocations) == 1 {
			row.Related = res.RelatedLocations[0].LogicalLocations[0].FullyQualifiedName
		}
		for _, s := range res.Suppressions {
			row.Suppressed = s.Kind + "/" + s.Status + ": " + s.Justification
		}
		if !strings.HasPrefix(res.Message.Text, r.Findings[k].Package.String()+": ") {
			t.Errorf("result %d message %q does not name the package", k, res.Message.Text)
		}
		got = append(got, row)
	}
	want := []resRow{
		{"net/exfil-service", "error", "demo/package-lock.json", 40, "evil-helper@1.0.1/setup.js", r.Findings[0].Fingerprint, "", "malicious"},
		{"vuln/advisory", "error", "demo/package-lock.json", 90, "", r.Findings[1].Fingerprint, "", "ok"},
		{"install/lifecycle-script", "warning", "demo/package-lock.json", 40, "evil-helper@1.0.1/package.json", r.Findings[2].Fingerprint, "", "malicious"},
		{"code/dynamic-eval", "note", "demo/package-lock.json", 77, "left-pad@1.3.0/index.js", r.Findings[3].Fingerprint, "external/accepted: reviewed: template compiler", "ok"},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("results (-want +got):\n%s", diff)
	}

	inv := run.Invocations[0]
	if !inv.ExecutionSuccessful || len(inv.ToolExecutionNotifications) != 1 || !strings.Contains(inv.ToolExecutionNotifications[0].Message.Text, "broken@0.0.1") {
		t.Errorf("execution notifications = %+v", inv.ToolExecutionNotifications)
	}
	if len(inv.ToolConfigurationNotifications) != 1 || !strings.Contains(inv.ToolConfigurationNotifications[0].Message.Text, "stale acceptance lodash@<4.17.21") {
		t.Errorf("configuration notifications = %+v", inv.ToolConfigurationNotifications)
	}
}

// TestStable checks that fingerprints and the whole document do not depend
// on finding order or message wording.
func TestStable(t *testing.T) {
	a := reporttest.Sample()
	b := reporttest.Sample()
	b.Findings[0].Message = "reworded"
	la, lb := decode(t, render(t, a)), decode(t, render(t, b))
	if la.Runs[0].Results[0].PartialFingerprints[FingerprintKey] != lb.Runs[0].Results[0].PartialFingerprints[FingerprintKey] {
		t.Error("fingerprint changed with the message")
	}
	if !bytes.Equal(render(t, reporttest.Sample()), render(t, reporttest.Sample())) {
		t.Error("two renders differ")
	}
}

func TestLockfileLineFallback(t *testing.T) {
	r := reporttest.Sample()
	r.Findings[0].LockfileLine = 0 // falls back to the package's line
	r.Findings[3].LockfileLine = 0
	r.Packages[4].LockfileLine = 0 // left-pad: no line anywhere -> 1
	l := decode(t, render(t, r))
	for k, want := range map[int]int{0: 40, 3: 1} {
		if got := l.Runs[0].Results[k].Locations[0].PhysicalLocation.Region.StartLine; got != want {
			t.Errorf("result %d startLine = %d, want %d", k, got, want)
		}
	}
}

func TestUnknownRuleGetsDescriptor(t *testing.T) {
	r := reporttest.Sample()
	r.Rules = nil
	l := decode(t, render(t, r))
	if n := len(l.Runs[0].Tool.Driver.Rules); n != 4 {
		t.Fatalf("%d rules, want 4 (one per rule ID of the findings)", n)
	}
	for _, res := range l.Runs[0].Results {
		if l.Runs[0].Tool.Driver.Rules[res.RuleIndex].ID != res.RuleID {
			t.Errorf("bad ruleIndex for %s", res.RuleID)
		}
	}
}

func TestFileURI(t *testing.T) {
	for in, want := range map[string]string{
		"package-lock.json":           "package-lock.json",
		"./demo/package-lock.json":    "demo/package-lock.json",
		`sub\yarn.lock`:               "sub/yarn.lock",
		"my dir/pnpm-lock.yaml":       "my%20dir/pnpm-lock.yaml",
		"a:b/bun.lock":                "./a:b/bun.lock",
		"/abs/path/package-lock.json": "file:///abs/path/package-lock.json",
		"C:/w/package-lock.json":      "file:///C:/w/package-lock.json",
		"":                            "package-lock.json",
	} {
		if got := fileURI(in); got != want {
			t.Errorf("fileURI(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestProjectLocation(t *testing.T) {
	r := reporttest.Sample()
	r.Findings[0].Location = finding.Location{File: "demo/.npmrc", Line: 2, Project: true}
	l := decode(t, render(t, r))
	res := l.Runs[0].Results[0]
	if got := res.Locations[0].PhysicalLocation; got.ArtifactLocation.URI != "demo/.npmrc" || got.Region.StartLine != 2 || len(res.RelatedLocations) != 0 {
		t.Errorf("project-file finding located at %+v (related %+v)", got, res.RelatedLocations)
	}
}

// FuzzRender feeds hostile package, rule and location text through the
// renderer: it never fails, and writes valid JSON with valid rule indexes.
func FuzzRender(f *testing.F) {
	f.Add("evil-helper", "1.0.1", "net/exfil-service", "msg", "setup.js", 12, "demo/package-lock.json", false)
	f.Add("@ü/<img>", "1.0.0\x00", "é/ß-x", "\xff\xfe", "../../etc/passwd", -5, "C:\\x y\\lock", true)
	f.Fuzz(func(t *testing.T, name, version, rule, msg, file string, line int, lockfile string, project bool) {
		r := reporttest.Sample()
		r.Project.Lockfile = lockfile
		fd := &r.Findings[0]
		fd.Package = finding.Package{Name: name, Version: version}
		fd.Rule = finding.RuleID(rule)
		fd.Message = msg
		fd.Location = finding.Location{File: file, Line: line, Project: project}
		var buf bytes.Buffer
		if err := Render(&buf, r, report.Options{}); err != nil {
			t.Fatal(err)
		}
		if !json.Valid(buf.Bytes()) {
			t.Fatal("invalid JSON")
		}
		l := decode(t, buf.Bytes())
		for _, res := range l.Runs[0].Results {
			if res.RuleIndex < 0 || res.RuleIndex >= len(l.Runs[0].Tool.Driver.Rules) || l.Runs[0].Tool.Driver.Rules[res.RuleIndex].ID != res.RuleID {
				t.Fatalf("bad ruleIndex %d for %q", res.RuleIndex, res.RuleID)
			}
			if len(res.Locations) != 1 || res.Locations[0].PhysicalLocation.Region.StartLine < 1 {
				t.Fatalf("bad location %+v", res.Locations)
			}
		}
	})
}

// BenchmarkRender renders a 5,000-package result with 1,000 findings.
func BenchmarkRender(b *testing.B) {
	r := reporttest.Large(5000)
	var buf bytes.Buffer
	b.ReportAllocs()
	for b.Loop() {
		buf.Reset()
		if err := Render(&buf, r, report.Options{}); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(buf.Len()), "bytes/op-output")
}
