package advisory

import (
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"

	"github.com/depfence/depfence/internal/finding"
)

func TestAffects(t *testing.T) {
	ev := func(e ...Event) [][]Event { return [][]Event{e} }
	in := func(v string) Event { return Event{Introduced: v} }
	fx := func(v string) Event { return Event{Fixed: v} }
	la := func(v string) Event { return Event{LastAffected: v} }
	tests := []struct {
		name string
		a    Advisory
		yes  []string
		no   []string
	}{
		{"introduced_0_fixed", Advisory{Ranges: ev(in("0"), fx("4.17.21"))},
			[]string{"0.0.1", "4.17.20", "4.17.21-rc.1", "1.0.0-alpha"}, []string{"4.17.21", "5.0.0", "not-a-version"}},
		{"introduced_fixed", Advisory{Ranges: ev(in("1.2.0"), fx("1.3.0"))},
			[]string{"1.2.0", "1.2.9"}, []string{"1.1.9", "1.2.0-beta", "1.3.0"}},
		{"last_affected_inclusive", Advisory{Ranges: ev(in("1.0.0"), la("1.4.2"))},
			[]string{"1.0.0", "1.4.2", "1.4.2-rc.1"}, []string{"0.9.0", "1.4.3", "1.4.3-0"}},
		{"introduced_only", Advisory{Ranges: ev(in("2.0.0"))},
			[]string{"2.0.0", "99.0.0"}, []string{"1.9.9", "2.0.0-rc.1"}},
		{"unsorted_events_multiple_windows", Advisory{Ranges: ev(fx("1.5.0"), in("2.0.0"), in("1.0.0"), fx("2.1.0"))},
			[]string{"1.0.0", "1.4.9", "2.0.5"}, []string{"0.5.0", "1.5.0", "1.9.0", "2.1.0"}},
		{"prerelease_introduced", Advisory{Ranges: ev(in("2.0.0-beta.1"), fx("2.0.1"))},
			[]string{"2.0.0-beta.1", "2.0.0-beta.2", "2.0.0", "2.0.1-0"}, []string{"2.0.0-alpha", "2.0.1", "1.9.9"}},
		{"explicit_versions", Advisory{Versions: []string{"1.0.0", "1.0.2"}},
			[]string{"1.0.0", "1.0.2", "v1.0.2"}, []string{"1.0.1", "1.0.3"}},
		{"npm_range", Advisory{Range: ">=4.0.0 <4.17.21"},
			[]string{"4.0.0", "4.17.20", "4.17.21-beta.1"}, []string{"3.10.1", "4.17.21", "4.0.0-rc.1"}},
		{"npm_range_or", Advisory{Range: "<1.2.3 || >=2.0.0 <2.1.1"},
			[]string{"1.0.0", "2.1.0"}, []string{"1.2.3", "2.1.1"}},
		{"npm_range_star", Advisory{Range: "*"}, []string{"0.0.0", "1.0.0-rc.1"}, nil},
		{"npm_range_gte0", Advisory{Range: ">=0"}, []string{"0.0.1", "9.9.9"}, nil},
		{"npm_range_invalid_fails_closed", Advisory{Range: "this is not a range ~~"}, []string{"1.0.0"}, nil},
		{"bad_fixed_event_stays_affected", Advisory{Ranges: ev(in("0"), fx("not.a.version"))}, []string{"9.0.0"}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			for _, v := range tt.yes {
				if !tt.a.Affects(v) {
					t.Errorf("Affects(%q) = false, want true", v)
				}
			}
			for _, v := range tt.no {
				if tt.a.Affects(v) {
					t.Errorf("Affects(%q) = true, want false", v)
				}
			}
		})
	}
}

func TestPatchedFor(t *testing.T) {
	a := Advisory{Ranges: [][]Event{{{Introduced: "0"}, {Fixed: "1.5.0"}, {Introduced: "2.0.0"}, {Fixed: "2.1.0"}}}}
	a.finish()
	for v, want := range map[string]string{"1.0.0": "1.5.0", "2.0.3": "2.1.0", "junk": ""} {
		if got := a.PatchedFor(v); got != want {
			t.Errorf("PatchedFor(%q) = %q, want %q", v, got, want)
		}
	}
	if a.Vulnerable != "<1.5.0 || >=2.0.0 <2.1.0" {
		t.Errorf("Vulnerable = %q", a.Vulnerable)
	}
}

func TestCVSS3Score(t *testing.T) {
	tests := map[string]float64{
		"CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H": 9.8,
		"CVSS:3.1/AV:N/AC:L/PR:H/UI:N/S:U/C:H/I:H/A:H": 7.2,
		"CVSS:3.1/AV:N/AC:L/PR:N/UI:R/S:C/C:L/I:L/A:N": 6.1,
		"CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:N/I:N/A:L": 5.3,
		"CVSS:3.0/AV:N/AC:L/PR:N/UI:N/S:C/C:H/I:H/A:H": 10,
		"CVSS:3.1/AV:L/AC:H/PR:H/UI:R/S:U/C:N/I:N/A:N": 0,
	}
	for vec, want := range tests {
		got, ok := CVSS3Score(vec)
		if !ok || got != want {
			t.Errorf("CVSS3Score(%q) = %v, %v; want %v", vec, got, ok, want)
		}
	}
	for _, bad := range []string{"", "CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N", "CVSS:3.1/AV:X/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H", "CVSS:3.1/AV:N/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H"} {
		if _, ok := CVSS3Score(bad); ok {
			t.Errorf("CVSS3Score(%q) ok, want not ok", bad)
		}
	}
}

func readFixture(t *testing.T, p string) []byte {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", p))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func TestParseOSV(t *testing.T) {
	tests := []struct {
		file string
		want []Advisory
	}{
		{"osv/GHSA-35jh-r3h4-6jhm.json", []Advisory{
			{ID: "GHSA-35jh-r3h4-6jhm", Aliases: []string{"CVE-2021-23337"}, Source: "osv", Package: "lodash",
				Title: "Command Injection in lodash", URL: "https://nvd.nist.gov/vuln/detail/CVE-2021-23337",
				Severity: finding.SeverityHigh, Vulnerable: "<4.17.21", Patched: "4.17.21", CVSSScore: 7.2,
				CVSSVector: "CVSS:3.1/AV:N/AC:L/PR:H/UI:N/S:U/C:H/I:H/A:H", CWEs: []string{"CWE-77", "CWE-94"},
				Ranges: [][]Event{{{Introduced: "0"}, {Fixed: "4.17.21"}}}},
			{ID: "GHSA-35jh-r3h4-6jhm", Aliases: []string{"CVE-2021-23337"}, Source: "osv", Package: "lodash-es",
				Title: "Command Injection in lodash", URL: "https://nvd.nist.gov/vuln/detail/CVE-2021-23337",
				Severity: finding.SeverityHigh, Vulnerable: "<4.17.21", Patched: "4.17.21", CVSSScore: 7.2,
				CVSSVector: "CVSS:3.1/AV:N/AC:L/PR:H/UI:N/S:U/C:H/I:H/A:H", CWEs: []string{"CWE-77", "CWE-94"},
				Ranges: [][]Event{{{Introduced: "0"}, {Fixed: "4.17.21"}}}},
		}},
		{"osv/MAL-2099-0001.json", []Advisory{
			{ID: "MAL-2099-0001", Source: "osv", Package: "depfence-fixture-stealer",
				Title: "Malicious code in depfence-fixture-stealer (npm)", URL: "https://github.com/advisories/GHSA-xxxx-fixture",
				Severity: finding.SeverityCritical, Malware: true, Vulnerable: "*",
				Ranges: [][]Event{{{Introduced: "0"}}}},
		}},
		{"osv/GHSA-last-affected.json", []Advisory{
			{ID: "GHSA-aaaa-bbbb-cccc", Source: "osv", Package: "fixture-lastaffected",
				Title: "Prototype pollution in fixture-lastaffected", URL: "https://osv.dev/vulnerability/GHSA-aaaa-bbbb-cccc",
				Severity: finding.SeverityMedium, CWEs: []string{"CWE-1321"}, Patched: "2.0.1",
				Vulnerable: ">=1.0.0 <=1.4.2 || >=2.0.0-beta.1 <2.0.1 || 0.9.9",
				Ranges:     [][]Event{{{Introduced: "1.0.0"}, {LastAffected: "1.4.2"}}, {{Introduced: "2.0.0-beta.1"}, {Fixed: "2.0.1"}}},
				Versions:   []string{"0.9.9"}},
		}},
		{"osv/PYSEC-2099-1.json", nil},
		{"osv/GHSA-withdrawn.json", nil},
	}
	for _, tt := range tests {
		t.Run(filepath.Base(tt.file), func(t *testing.T) {
			got, err := ParseOSV(readFixture(t, tt.file))
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(tt.want, got, cmpopts.EquateEmpty()); diff != "" {
				t.Errorf("ParseOSV (-want +got):\n%s", diff)
			}
		})
	}
	for _, bad := range []string{"", "[]", "{}", `{"id": 5}`, "{\"id\":\"X\"", "null"} {
		if _, err := ParseOSV([]byte(bad)); err == nil {
			t.Errorf("ParseOSV(%q): no error", bad)
		}
	}
}

func TestParseBulk(t *testing.T) {
	got, err := ParseBulk(readFixture(t, "registry/bulk-response.json"))
	if err != nil {
		t.Fatal(err)
	}
	want := map[string][]Advisory{
		"lodash": {
			{ID: "GHSA-35jh-r3h4-6jhm", Aliases: []string{"1106913"}, Source: "npm", Package: "lodash", Title: "Command Injection in lodash",
				URL: "https://github.com/advisories/GHSA-35jh-r3h4-6jhm", Severity: finding.SeverityHigh, Vulnerable: "<4.17.21",
				Patched: "4.17.21", CVSSScore: 7.2, CVSSVector: "CVSS:3.1/AV:N/AC:L/PR:H/UI:N/S:U/C:H/I:H/A:H",
				CWEs: []string{"CWE-77", "CWE-94"}, Range: "<4.17.21"},
			{ID: "GHSA-29mw-wpgm-hmr9", Aliases: []string{"1106914"}, Source: "npm", Package: "lodash",
				Title: "Regular Expression Denial of Service (ReDoS) in lodash", URL: "https://github.com/advisories/GHSA-29mw-wpgm-hmr9",
				Severity: finding.SeverityMedium, Vulnerable: ">=4.0.0 <4.17.21", Patched: "4.17.21", CVSSScore: 5.3,
				CVSSVector: "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:N/I:N/A:L", CWEs: []string{"CWE-400", "CWE-1333"}, Range: ">=4.0.0 <4.17.21"},
		},
		"depfence-fixture-stealer": {
			{ID: "GHSA-9999-9999-9999", Aliases: []string{"1199999"}, Source: "npm", Package: "depfence-fixture-stealer",
				Title: "Malware in depfence-fixture-stealer", URL: "https://github.com/advisories/GHSA-9999-9999-9999",
				Severity: finding.SeverityCritical, Malware: true, Vulnerable: ">=0", CWEs: []string{"CWE-506"}, Range: ">=0"},
		},
	}
	if diff := cmp.Diff(want, got, cmpopts.EquateEmpty()); diff != "" {
		t.Errorf("ParseBulk (-want +got):\n%s", diff)
	}
	for _, bad := range []string{"", "[]", "null", `{"a": {}}`} {
		if _, err := ParseBulk([]byte(bad)); err == nil {
			t.Errorf("ParseBulk(%q): no error", bad)
		}
	}
}

func TestParseQuickAudit(t *testing.T) {
	got, err := ParseQuickAudit(readFixture(t, "registry/quick-response.json"))
	if err != nil {
		t.Fatal(err)
	}
	want := map[string][]Advisory{"lodash": {{
		ID: "GHSA-35jh-r3h4-6jhm", Aliases: []string{"1106913", "CVE-2021-23337"}, Source: "npm", Package: "lodash",
		Title: "Command Injection in lodash", URL: "https://github.com/advisories/GHSA-35jh-r3h4-6jhm",
		Severity: finding.SeverityHigh, Vulnerable: "<4.17.21", Patched: "4.17.21", CVSSScore: 7.2,
		CVSSVector: "CVSS:3.1/AV:N/AC:L/PR:H/UI:N/S:U/C:H/I:H/A:H", CWEs: []string{"CWE-77", "CWE-94"}, Range: "<4.17.21",
	}}}
	if diff := cmp.Diff(want, got, cmpopts.EquateEmpty()); diff != "" {
		t.Errorf("ParseQuickAudit (-want +got):\n%s", diff)
	}
	if _, err := ParseQuickAudit([]byte(`{"actions": []}`)); err == nil {
		t.Error("quick audit answer without advisories: no error")
	}
}

func TestMalwareTitle(t *testing.T) {
	for title, want := range map[string]bool{"Malware in foo": true, "malware in foo": true, "Malware": false, "Prototype pollution": false} {
		a := Advisory{ID: "1", Title: title, Range: "*"}
		a.finish()
		if a.Malware != want || (want && a.Severity != finding.SeverityCritical) {
			t.Errorf("%q: Malware=%v severity=%v", title, a.Malware, a.Severity)
		}
	}
	a := Advisory{ID: "GHSA-x", Aliases: []string{"MAL-2024-1"}, Range: "*", Severity: finding.SeverityLow}
	a.finish()
	if !a.Malware || a.Severity != finding.SeverityCritical {
		t.Errorf("MAL alias: %+v", a)
	}
	if !slices.Equal(a.IDs(), []string{"GHSA-x", "MAL-2024-1"}) {
		t.Errorf("IDs = %v", a.IDs())
	}
}

func TestVulnerableDisplay(t *testing.T) {
	many := []string{}
	for i := range 40 {
		many = append(many, "1.0."+strconv.Itoa(i))
	}
	tests := []struct {
		name string
		a    Advisory
		want string
	}{
		{"ranges_hide_enumerated_versions", Advisory{Ranges: [][]Event{{{Introduced: "1.0.0"}, {Fixed: "1.0.40"}}}, Versions: many}, ">=1.0.0 <1.0.40"},
		{"few_versions_listed", Advisory{Ranges: [][]Event{{{Introduced: "2.0.0"}}}, Versions: []string{"1.0.1"}}, ">=2.0.0 || 1.0.1"},
		{"only_versions_capped", Advisory{Versions: many}, "1.0.0 || 1.0.1 || 1.0.2 || 1.0.3 || 1.0.4 || 1.0.5 || 1.0.6 || 1.0.7 || 1.0.8 || 1.0.9 || … (40 versions)"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tt.a.ID = "X"
			tt.a.finish()
			if tt.a.Vulnerable != tt.want {
				t.Errorf("Vulnerable = %q, want %q", tt.a.Vulnerable, tt.want)
			}
		})
	}
}
