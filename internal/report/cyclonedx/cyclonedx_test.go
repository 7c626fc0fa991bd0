package cyclonedx

import (
	"bytes"
	"encoding/json"
	"flag"
	neturl "net/url"
	"path/filepath"
	"strings"
	"testing"

	cdx "github.com/CycloneDX/cyclonedx-go"
	"github.com/google/go-cmp/cmp"

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
	reporttest.Golden(t, "sample.cdx.json", render(t, reporttest.Sample()), *update)
}

// TestSchema validates the output against the CycloneDX 1.6 JSON schema
// (and the SPDX and JSF schemas it references) that .ci/schemas.sh extracts
// from @cyclonedx/cyclonedx-library.
func TestSchema(t *testing.T) {
	dir := reporttest.EnvPath(t, "DEPFENCE_CYCLONEDX_SCHEMA_DIR")
	schema := reporttest.CompileSchema(t, filepath.Join(dir, "bom-1.6.SNAPSHOT.schema.json"), map[string]string{
		"http://cyclonedx.org/schema/spdx.SNAPSHOT.schema.json":     filepath.Join(dir, "spdx.SNAPSHOT.schema.json"),
		"http://cyclonedx.org/schema/jsf-0.82.SNAPSHOT.schema.json": filepath.Join(dir, "jsf-0.82.SNAPSHOT.schema.json"),
	})
	empty := &report.Result{SchemaVersion: report.SchemaVersion}
	noGraph := reporttest.Sample()
	for k := range noGraph.Packages {
		noGraph.Packages[k].DependsOn = nil
	}
	odd := reporttest.Sample()
	odd.Packages[0].Integrity = "sha512-notbase64!!"
	odd.Packages[1].Source = "link"
	odd.Packages[2].URL = "::not a url"
	odd.Packages[3].Path = []string{"packages/web", "express@4.21.2"}
	odd.Findings[1].Advisory.CVSSVector = "weird"
	odd.Findings[1].Advisory.CWEs = []string{"nonsense", "CWE-0"}
	for name, r := range map[string]*report.Result{"sample": reporttest.Sample(), "empty": empty, "no_graph": noGraph, "odd": odd} {
		t.Run(name, func(t *testing.T) { schema.Validate(t, render(t, r)) })
	}
	for _, bad := range []struct{ from, to string }{
		{`"type": "library"`, `"type": "gadget"`},
		{`"scope": "required"`, `"scope": "sometimes"`},
		{`"alg": "SHA-512"`, `"alg": "SHA-513"`},
	} {
		doc := strings.Replace(string(render(t, reporttest.Sample())), bad.from, bad.to, 1)
		if err := schema.Check([]byte(doc)); err == nil {
			t.Errorf("schema accepted %s", bad.to)
		}
	}
}

func decode(t *testing.T, b []byte) *cdx.BOM {
	t.Helper()
	var bom cdx.BOM
	if err := cdx.NewBOMDecoder(bytes.NewReader(b), cdx.BOMFileFormatJSON).Decode(&bom); err != nil {
		t.Fatal(err)
	}
	return &bom
}

func TestComponents(t *testing.T) {
	out := render(t, reporttest.Sample())
	if bytes.Contains(out, []byte("s3cret")) || bytes.Contains(out, []byte("token=abc")) {
		t.Error("credentials from a package URL leaked into the SBOM")
	}
	bom := decode(t, out)
	if bom.SpecVersion != cdx.SpecVersion1_6 || !strings.HasPrefix(bom.SerialNumber, "urn:uuid:") {
		t.Errorf("specVersion %v serial %q", bom.SpecVersion, bom.SerialNumber)
	}
	if bom.Metadata.Timestamp != "2026-12-04T10:00:02Z" || bom.Metadata.Component.Name != "demo" || bom.Metadata.Component.BOMRef != RootRef {
		t.Errorf("metadata = %+v %+v", bom.Metadata.Timestamp, bom.Metadata.Component)
	}
	type row struct {
		Ref, Group, Name, Version, PURL string
		Scope                           cdx.Scope
		Hashes                          string
		Dist                            string
		Verdict                         string
	}
	var got []row
	for _, c := range *bom.Components {
		r := row{Ref: c.BOMRef, Group: c.Group, Name: c.Name, Version: c.Version, PURL: c.PackageURL, Scope: c.Scope}
		if c.Hashes != nil {
			var hs []string
			for _, h := range *c.Hashes {
				hs = append(hs, string(h.Algorithm)+":"+h.Value[:8])
			}
			r.Hashes = strings.Join(hs, " ")
		}
		if c.ExternalReferences != nil {
			r.Dist = (*c.ExternalReferences)[0].URL
		}
		if c.Properties != nil {
			for _, p := range *c.Properties {
				if p.Name == "depfence:verdict" {
					r.Verdict = p.Value
				}
			}
		}
		got = append(got, r)
	}
	want := []row{
		{"pkg:npm/%40scope/pkg@2.0.0-beta.1%2Bbuild.5?repository_url=https:%2F%2Fnpm.example.com", "@scope", "pkg", "2.0.0-beta.1+build.5",
			"pkg:npm/%40scope/pkg@2.0.0-beta.1%2Bbuild.5?repository_url=https:%2F%2Fnpm.example.com", cdx.ScopeOptional,
			"SHA-1:da39a3ee SHA-512:cf83e135", "https://npm.example.com/@scope/pkg/-/pkg-2.0.0-beta.1.tgz", "ok"},
		{"pkg:npm/broken@0.0.1", "", "broken", "0.0.1", "pkg:npm/broken@0.0.1", cdx.ScopeRequired, "", "", ""},
		{"pkg:npm/evil-helper@1.0.1", "", "evil-helper", "1.0.1", "pkg:npm/evil-helper@1.0.1", cdx.ScopeRequired, "",
			"https://registry.npm.local/evil-helper/-/evil-helper-1.0.1.tgz", "malicious"},
		{"pkg:npm/express@4.21.2", "", "express", "4.21.2", "pkg:npm/express@4.21.2", cdx.ScopeRequired, "SHA-512:dbc1ea80",
			"https://registry.npm.local/express/-/express-4.21.2.tgz", "ok"},
		{"pkg:npm/left-pad@1.3.0", "", "left-pad", "1.3.0", "pkg:npm/left-pad@1.3.0", cdx.ScopeRequired, "SHA-512:5c8e4c3f",
			"https://registry.npm.local/left-pad/-/left-pad-1.3.0.tgz", "ok"},
		{"pkg:npm/lodash@4.17.20", "", "lodash", "4.17.20", "pkg:npm/lodash@4.17.20", cdx.ScopeRequired, "SHA-512:3e585d15",
			"https://registry.npm.local/lodash/-/lodash-4.17.20.tgz", "ok"},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("components (-want +got):\n%s", diff)
	}

	deps := map[string][]string{}
	for _, d := range *bom.Dependencies {
		if d.Dependencies != nil {
			deps[d.Ref] = *d.Dependencies
		} else {
			deps[d.Ref] = []string{}
		}
	}
	wantDeps := map[string][]string{
		RootRef: {"pkg:npm/%40scope/pkg@2.0.0-beta.1%2Bbuild.5?repository_url=https:%2F%2Fnpm.example.com", "pkg:npm/evil-helper@1.0.1", "pkg:npm/express@4.21.2"},
		"pkg:npm/%40scope/pkg@2.0.0-beta.1%2Bbuild.5?repository_url=https:%2F%2Fnpm.example.com": {},
		"pkg:npm/broken@0.0.1":      {},
		"pkg:npm/evil-helper@1.0.1": {},
		"pkg:npm/express@4.21.2":    {"pkg:npm/left-pad@1.3.0", "pkg:npm/lodash@4.17.20"},
		"pkg:npm/left-pad@1.3.0":    {},
		"pkg:npm/lodash@4.17.20":    {},
	}
	if diff := cmp.Diff(wantDeps, deps); diff != "" {
		t.Errorf("dependencies (-want +got):\n%s", diff)
	}
	if bom.Compositions != nil {
		t.Errorf("graph recorded by the scan but compositions say %+v", *bom.Compositions)
	}
}

func TestGraphFromPathsOnlyIsIncomplete(t *testing.T) {
	r := reporttest.Sample()
	for k := range r.Packages {
		r.Packages[k].DependsOn = nil
	}
	bom := decode(t, render(t, r))
	var refs []string
	for _, d := range *bom.Dependencies {
		refs = append(refs, d.Ref)
	}
	// Only refs with known edges are listed: listing a leaf would claim it
	// has no dependencies.
	if diff := cmp.Diff([]string{RootRef, "pkg:npm/express@4.21.2"}, refs); diff != "" {
		t.Errorf("dependency refs (-want +got):\n%s", diff)
	}
	if bom.Compositions == nil || (*bom.Compositions)[0].Aggregate != cdx.CompositionAggregateIncomplete {
		t.Error("partial graph not declared incomplete")
	}
}

func TestVulnerabilities(t *testing.T) {
	r := reporttest.Sample()
	r.Findings[3].Rule = "malware/known" // accepted, no advisory
	bom := decode(t, render(t, r))
	if bom.Vulnerabilities == nil || len(*bom.Vulnerabilities) != 2 {
		t.Fatalf("vulnerabilities = %+v, want 2 (vuln/advisory and malware/known only)", bom.Vulnerabilities)
	}
	v := (*bom.Vulnerabilities)[0]
	rt := (*v.Ratings)[0]
	got := []any{v.ID, v.Source.Name, v.Source.URL, (*v.References)[0].ID, *rt.Score, rt.Severity, rt.Method, *v.CWEs, (*v.Affects)[0].Ref, v.Recommendation}
	want := []any{"GHSA-35jh-r3h4-6jhm", "npm", "https://github.com/advisories/GHSA-35jh-r3h4-6jhm", "CVE-2021-23337", 7.2, cdx.SeverityHigh,
		cdx.ScoringMethodCVSSv31, []int{77, 94}, "pkg:npm/lodash@4.17.20", "Upgrade lodash to 4.17.21 or later."}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("advisory vulnerability (-want +got):\n%s", diff)
	}
	m := (*bom.Vulnerabilities)[1]
	if !strings.HasPrefix(m.ID, "DEPFENCE-") || (*m.Affects)[0].Ref != "pkg:npm/left-pad@1.3.0" || m.Analysis == nil ||
		(*m.Analysis.Response)[0] != cdx.IARWillNotFix || !strings.Contains(m.Analysis.Detail, "reviewed: template compiler") {
		t.Errorf("accepted malware finding = %+v analysis %+v", m, m.Analysis)
	}
}

func TestPURL(t *testing.T) {
	for _, c := range []struct {
		p    report.Package
		want string
	}{
		{report.Package{Name: "left-pad", Version: "1.3.0", Source: "registry"}, "pkg:npm/left-pad@1.3.0"},
		{report.Package{Name: "@babel/core", Version: "7.0.0", Source: "registry", URL: "https://registry.npm.local/@babel/core/-/core-7.0.0.tgz"}, "pkg:npm/%40babel/core@7.0.0"},
		{report.Package{Name: "x", Version: "1.0.0", Source: "git", URL: "git+https://tok@github.com/a/x.git#abc"}, "pkg:npm/x@1.0.0?vcs_url=git%2Bhttps:%2F%2Fgithub.com%2Fa%2Fx.git"},
		{report.Package{Name: "y", Version: "1.0.0", Source: "tarball", URL: "https://example.com/y.tgz"}, "pkg:npm/y@1.0.0?download_url=https:%2F%2Fexample.com%2Fy.tgz"},
		{report.Package{Name: "ws-pkg", Version: "0.0.0", Source: "workspace"}, ""},
		{report.Package{Name: "linked", Version: "1.0.0", Source: "link"}, ""},
	} {
		if got := PURL(&c.p, []string{"registry.npm.local"}); got != c.want {
			t.Errorf("PURL(%+v) = %q, want %q", c.p, got, c.want)
		}
	}
}

func TestSerialNumber(t *testing.T) {
	a, b := reporttest.Sample(), reporttest.Sample()
	if serialNumber(a) != serialNumber(b) {
		t.Error("serial number differs for the same result")
	}
	b.StartedAt = b.StartedAt.Add(1)
	if serialNumber(a) == serialNumber(b) {
		t.Error("serial number same for another run")
	}
	var m map[string]any
	if err := json.Unmarshal(render(t, a), &m); err != nil {
		t.Fatal(err)
	}
	if m["$schema"] != "http://cyclonedx.org/schema/bom-1.6.schema.json" {
		t.Errorf("$schema = %v", m["$schema"])
	}
}

// FuzzRender feeds hostile package data through the SBOM: it never fails,
// writes valid JSON with unique bom-refs, and never echoes URL credentials.
func FuzzRender(f *testing.F) {
	f.Add("@scope/pkg", "1.0.0+b", "registry", "https://u:secret@r.example/x.tgz?t=secret", "sha512-z4PhNX7vuL3xVChQ1m2AB9Yg5AULVxXcg/SpIdNs6c5H0NE8XYXysP+DGNKHfuwvY7kxvUdBeoGlODJ6+SfaPg==")
	f.Add("@/", "", "git", "git+ssh://git:pass@host.example/x?token=abcdef#c", "sha1-!!")
	f.Fuzz(func(t *testing.T, name, version, source, url, integrity string) {
		r := reporttest.Sample()
		p := &r.Packages[0]
		p.Name, p.Version, p.Source, p.URL, p.Integrity = name, version, source, url, integrity
		r.Packages[1].Name, r.Packages[1].Version = name, version // a duplicate instance
		p.Path = []string{name, name + "@" + version}
		var buf bytes.Buffer
		if err := Render(&buf, r, report.Options{}); err != nil {
			t.Fatal(err)
		}
		if !json.Valid(buf.Bytes()) {
			t.Fatal("invalid JSON")
		}
		if u, err := neturl.Parse(url); err == nil {
			// the same text may also stand in a part of the URL that is
			// kept (a path ".../x.tgret@r.ex" after "s://ret@r.ex")
			kept := name + version + u.Host + u.Path + u.EscapedPath() + u.Opaque
			for _, secret := range []string{u.User.String() + "@", "?" + u.RawQuery} {
				if len(secret) > 3 && !strings.Contains(kept, secret) && bytes.Contains(buf.Bytes(), []byte(secret)) {
					t.Fatalf("URL credentials %q leaked from %q", secret, url)
				}
			}
		}
		bom := decode(t, buf.Bytes())
		refs := map[string]bool{RootRef: true}
		for _, c := range *bom.Components {
			if refs[c.BOMRef] {
				t.Fatalf("duplicate bom-ref %q", c.BOMRef)
			}
			refs[c.BOMRef] = true
		}
		for _, d := range *bom.Dependencies {
			if !refs[d.Ref] {
				t.Fatalf("dependency on unknown ref %q", d.Ref)
			}
			if d.Dependencies != nil {
				for _, to := range *d.Dependencies {
					if !refs[to] {
						t.Fatalf("edge to unknown ref %q", to)
					}
				}
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
