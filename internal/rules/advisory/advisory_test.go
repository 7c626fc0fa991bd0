package advisoryrules

import (
	"bytes"
	"context"
	"errors"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/depfence/depfence/internal/advisory"
	"github.com/depfence/depfence/internal/analyze"
	"github.com/depfence/depfence/internal/depgraph"
	"github.com/depfence/depfence/internal/finding"
	"github.com/depfence/depfence/internal/npm"
)

// fakeSource answers from a fixed table and records what it was asked.
type fakeSource struct {
	name string
	ans  map[string][]advisory.Advisory
	err  error
	mu   sync.Mutex
	asks []map[string][]string
}

func (f *fakeSource) Name() string { return f.name }

func (f *fakeSource) Query(_ context.Context, pkgs map[string][]string) (map[string][]advisory.Advisory, error) {
	f.mu.Lock()
	f.asks = append(f.asks, pkgs)
	f.mu.Unlock()
	return f.ans, f.err
}

type rec struct {
	Rule, Node, ID string
	Sev            finding.Severity
	Msg            string
}

// recorder is a GraphReporter; with adv set it also implements
// AdvisoryReporter.
type recorder struct {
	g    *depgraph.Graph
	rule finding.RuleID
	out  *[]rec
	advs *[]*advisory.Advisory
}

func (r recorder) ReportNode(id depgraph.NodeID, in analyze.Instance) {
	*r.out = append(*r.out, rec{string(r.rule), r.g.Node(id).String(), in.Evidence[0].Snippet, in.Severity, in.Message})
}

type advRecorder struct{ recorder }

func (r advRecorder) ReportAdvisory(id depgraph.NodeID, in analyze.Instance, a *advisory.Advisory) {
	r.ReportNode(id, in)
	*r.advs = append(*r.advs, a)
}

func build(nodes ...*depgraph.Node) *depgraph.Graph {
	g := depgraph.New("npm lockfileVersion 3")
	g.Path = "/p/package-lock.json"
	root := g.AddNode(&depgraph.Node{Name: "proj", Version: "1.0.0", Source: depgraph.Source{Kind: depgraph.SourceRoot}})
	g.AddRoot(root)
	for k, n := range nodes {
		n.Line = 10 + k
		id := g.AddNode(n)
		if n.Source.Kind == depgraph.SourceWorkspace {
			g.AddRoot(id)
			continue
		}
		g.AddEdge(depgraph.Edge{From: root, To: id, Name: n.Name, Spec: "^" + n.Version})
	}
	g.Finalize()
	return g
}

func reg(name, version string) *depgraph.Node {
	return &depgraph.Node{Name: name, Version: version, Source: depgraph.Source{Kind: depgraph.SourceRegistry}}
}

func run(t *testing.T, target *analyze.GraphTarget, withAdv bool, sources ...advisory.Source) ([]rec, []*advisory.Advisory, []error) {
	t.Helper()
	var out []rec
	var advs []*advisory.Advisory
	var errs []error
	for _, r := range New(sources...) {
		base := recorder{target.Graph, r.Meta().ID, &out, &advs}
		var rep analyze.GraphReporter = base
		if withAdv {
			rep = advRecorder{base}
		}
		if err := r.CheckGraph(context.Background(), target, rep); err != nil {
			errs = append(errs, err)
		}
	}
	return out, advs, errs
}

func npmAdv(name, id, rng, sev, title string) advisory.Advisory {
	got, err := advisory.ParseBulk([]byte(`{"` + name + `":[{"id":1,"url":"https://github.com/advisories/` + id + `","title":"` + title + `","severity":"` + sev + `","vulnerable_versions":"` + rng + `"}]}`))
	if err != nil {
		panic(err)
	}
	return got[name][0]
}

func TestRules(t *testing.T) {
	g := build(
		reg("lodash", "4.17.20"),
		reg("lodash", "4.17.21"),
		reg("evil-pkg", "1.0.0"),
		reg("minimist", "1.2.5"),
		// Local and non-registry code sharing public names: never matched.
		&depgraph.Node{Name: "lodash", Version: "4.17.20", Source: depgraph.Source{Kind: depgraph.SourceWorkspace, Path: "packages/lodash"}},
		&depgraph.Node{Name: "evil-pkg", Version: "1.0.0", Source: depgraph.Source{Kind: depgraph.SourceLink, Path: "../evil-pkg"}},
		&depgraph.Node{Name: "evil-pkg", Version: "1.0.0", Source: depgraph.Source{Kind: depgraph.SourceFile, Path: "vendor/evil-pkg.tgz"}},
		&depgraph.Node{Name: "minimist", Version: "1.2.5", Source: depgraph.Source{Kind: depgraph.SourceGit, URL: "git+https://git.example/minimist.git", Commit: "abc"}},
	)
	registry := &fakeSource{name: "npm registry", ans: map[string][]advisory.Advisory{
		"lodash":   {npmAdv("lodash", "GHSA-35jh-r3h4-6jhm", "<4.17.21", "high", "Command Injection in lodash")},
		"evil-pkg": {npmAdv("evil-pkg", "GHSA-9999-9999-9999", ">=0", "critical", "Malware in evil-pkg")},
	}}
	osvMinimist := advisory.Advisory{ID: "GHSA-xvch-5gv4-984h", Aliases: []string{"CVE-2021-44906"}, Source: "osv", Package: "minimist",
		Title: "Prototype Pollution in minimist", Severity: finding.SeverityCritical, Vulnerable: "<1.2.6",
		Ranges: [][]advisory.Event{{{Introduced: "0"}, {Fixed: "1.2.6"}}}}
	osvDup := advisory.Advisory{ID: "CVE-2021-23337", Aliases: []string{"GHSA-35jh-r3h4-6jhm"}, Source: "osv", Package: "lodash",
		Title: "duplicate", Severity: finding.SeverityLow, Ranges: [][]advisory.Event{{{Introduced: "0"}, {Fixed: "4.17.21"}}}}
	osvMal := advisory.Advisory{ID: "MAL-2099-7", Source: "osv", Package: "evil-pkg", Title: "Malicious code in evil-pkg (npm)",
		Severity: finding.SeverityCritical, Malware: true, Ranges: [][]advisory.Event{{{Introduced: "0"}}}}
	osv := &fakeSource{name: "osv database", ans: map[string][]advisory.Advisory{
		"minimist": {osvMinimist}, "lodash": {osvDup}, "evil-pkg": {osvMal},
	}}
	got, advs, errs := run(t, &analyze.GraphTarget{Graph: g}, true, registry, osv)
	if len(errs) != 0 {
		t.Fatal(errs)
	}
	want := []rec{
		{"vuln/advisory", "lodash@4.17.20", "GHSA-35jh-r3h4-6jhm", finding.SeverityHigh,
			"GHSA-35jh-r3h4-6jhm: Command Injection in lodash (vulnerable <4.17.21; fixed in 4.17.21)"},
		{"vuln/advisory", "minimist@1.2.5", "GHSA-xvch-5gv4-984h", finding.SeverityCritical,
			"GHSA-xvch-5gv4-984h: Prototype Pollution in minimist (vulnerable <1.2.6; fixed in 1.2.6)"},
		{"malware/known", "evil-pkg@1.0.0", "GHSA-9999-9999-9999", finding.SeverityCritical,
			"evil-pkg@1.0.0 is known malware: Malware in evil-pkg (GHSA-9999-9999-9999)"},
		{"malware/known", "evil-pkg@1.0.0", "MAL-2099-7", finding.SeverityCritical,
			"evil-pkg@1.0.0 is known malware: Malicious code in evil-pkg (npm) (MAL-2099-7)"},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("findings (-want +got):\n%s", diff)
	}
	// Both rules share one query per source, and only registry packages
	// are asked about.
	if len(registry.asks) != 1 || len(osv.asks) != 1 {
		t.Errorf("queries: registry %d, osv %d; want 1 each", len(registry.asks), len(osv.asks))
	}
	wantAsk := map[string][]string{"lodash": {"4.17.20", "4.17.21"}, "evil-pkg": {"1.0.0"}, "minimist": {"1.2.5"}}
	if diff := cmp.Diff(wantAsk, registry.asks[0]); diff != "" {
		t.Errorf("query (-want +got):\n%s", diff)
	}
	if len(advs) != 4 || advs[0].Report().ID != "GHSA-35jh-r3h4-6jhm" || advs[0].Report().Patched != "4.17.21" {
		t.Errorf("advisories handed to the AdvisoryReporter: %+v", advs)
	}
}

func TestRulesWithoutAdvisoryReporter(t *testing.T) {
	g := build(reg("lodash", "4.17.20"))
	src := &fakeSource{ans: map[string][]advisory.Advisory{"lodash": {npmAdv("lodash", "GHSA-35jh-r3h4-6jhm", "<4.17.21", "moderate", "x")}}}
	got, _, errs := run(t, &analyze.GraphTarget{Graph: g}, false, src)
	if len(errs) != 0 || len(got) != 1 || got[0].Sev != finding.SeverityMedium {
		t.Errorf("got %v, %v", got, errs)
	}
}

func TestPatchedFromPackument(t *testing.T) {
	g := build(reg("qs", "6.5.2"))
	src := &fakeSource{ans: map[string][]advisory.Advisory{"qs": {npmAdv("qs", "GHSA-hrpp-h998-j3pp", "<6.2.4 || >=6.3.0 <6.3.3 || >=6.5.0 <6.5.3", "high", "qs vulnerable to Prototype Pollution")}}}
	pack := func(_ context.Context, name string) (*npm.Packument, error) {
		p := &npm.Packument{Name: name, Versions: map[string]*npm.PackumentVersion{}}
		for _, v := range []string{"6.5.2", "6.5.3-beta.1", "6.5.3", "6.6.0"} {
			p.Versions[v] = &npm.PackumentVersion{}
		}
		return p, nil
	}
	got, _, errs := run(t, &analyze.GraphTarget{Graph: g, Packument: pack}, false, src)
	if len(errs) != 0 || len(got) != 1 || !strings.HasSuffix(got[0].Msg, "fixed in 6.5.3)") {
		t.Errorf("got %v, %v", got, errs)
	}
}

func TestUnavailable(t *testing.T) {
	g := build(reg("lodash", "4.17.20"))
	down := &fakeSource{name: "npm registry", err: &advisory.UnavailableError{Source: "npm registry", Reason: "the registry has no advisory endpoints"}}
	got, _, errs := run(t, &analyze.GraphTarget{Graph: g}, false, down)
	if len(got) != 0 || len(errs) != 2 {
		t.Fatalf("got %v, errs %v", got, errs)
	}
	for _, err := range errs {
		if !errors.Is(err, advisory.ErrUnavailable) || !strings.Contains(err.Error(), "no advisory endpoints") {
			t.Errorf("err = %v", err)
		}
	}
	_, _, errs = run(t, &analyze.GraphTarget{Graph: g}, false)
	if len(errs) != 2 || !errors.Is(errs[0], advisory.ErrUnavailable) {
		t.Errorf("no sources: %v", errs)
	}
	// One source down, one answering: findings and the error.
	up := &fakeSource{ans: map[string][]advisory.Advisory{"lodash": {npmAdv("lodash", "GHSA-35jh-r3h4-6jhm", "<4.17.21", "high", "x")}}}
	got, _, errs = run(t, &analyze.GraphTarget{Graph: g}, false, down, up)
	if len(got) != 1 || len(errs) != 2 {
		t.Errorf("partial: got %v, errs %v", got, errs)
	}
}

// TestOSVStoreEndToEnd imports the OSV fixtures into a real store and runs
// the rules over it.
func TestOSVStoreEndToEnd(t *testing.T) {
	s, err := advisory.OpenStore(filepath.Join(t.TempDir(), advisory.StoreFile))
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	dir := t.TempDir()
	for _, f := range []string{"GHSA-35jh-r3h4-6jhm.json", "MAL-2099-0001.json", "GHSA-last-affected.json"} {
		b, err := os.ReadFile(filepath.Join("..", "..", "advisory", "testdata", "osv", f))
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, f), b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := s.Import(context.Background(), dir, advisory.ImportOptions{}); err != nil {
		t.Fatal(err)
	}
	g := build(
		reg("lodash", "4.17.15"),
		reg("depfence-fixture-stealer", "1.0.0"),
		reg("fixture-lastaffected", "1.4.2"),
		reg("fixture-lastaffected", "1.4.3"),
		&depgraph.Node{Name: "depfence-fixture-stealer", Version: "1.0.0", Source: depgraph.Source{Kind: depgraph.SourceWorkspace, Path: "packages/x"}},
	)
	got, _, errs := run(t, &analyze.GraphTarget{Graph: g}, false, s)
	if len(errs) != 0 {
		t.Fatal(errs)
	}
	var keys []string
	for _, r := range got {
		keys = append(keys, r.Rule+" "+r.Node+" "+r.ID+" "+r.Sev.String())
	}
	slices.Sort(keys)
	want := []string{
		"malware/known depfence-fixture-stealer@1.0.0 MAL-2099-0001 critical",
		"vuln/advisory fixture-lastaffected@1.4.2 GHSA-aaaa-bbbb-cccc medium",
		"vuln/advisory lodash@4.17.15 GHSA-35jh-r3h4-6jhm high",
	}
	if diff := cmp.Diff(want, keys); diff != "" {
		t.Errorf("findings (-want +got):\n%s", diff)
	}
}

var update = flag.Bool("update", false, "rewrite docs/rules/vuln-advisory.md and malware-known.md from rule metadata")

// graphDoc renders a graph rule's page as internal/rules does for
// GraphBuiltin.
func graphDoc(m analyze.Meta) []byte {
	var b bytes.Buffer
	fmt.Fprintf(&b, "# `%s`: %s\n\n", m.ID, m.Title)
	fmt.Fprintf(&b, "Default severity: **%s** · project-level (lockfile graph) rule · rule version %d\n\n", m.DefaultSeverity, m.Version)
	fmt.Fprintf(&b, "## What it detects and why it matters\n\n%s\n\n", m.Help)
	fmt.Fprintf(&b, "## Example\n\n```text\n%s\n```\n\n", m.Example)
	fmt.Fprintf(&b, "## What to do\n\n%s\n\n", m.Remediation)
	fmt.Fprintf(&b, "## How to suppress\n\n"+
		"If you have reviewed the package and accept the risk, record it in the policy file as an accepted risk with a reason "+
		"(and, ideally, an expiry):\n\n```sh\ndepfence accept PKG@RANGE %s --reason \"why this is acceptable\"\n```\n\n"+
		"To turn the rule off for the whole project, disable it in `depfence.yaml`:\n\n```yaml\nrules:\n  %s: { enabled: false }\n```\n", m.ID, m.ID)
	return b.Bytes()
}

func TestMetas(t *testing.T) {
	for _, r := range New() {
		m := r.Meta()
		if len(m.Help) < 80 || m.Remediation == "" || m.Title == "" || m.Example == "" || m.Signal == "" ||
			m.Needs&analyze.NeedGraph == 0 || m.Version < 1 {
			t.Errorf("bad meta %+v", m)
		}
		name := filepath.Join("..", "..", "..", "docs", "rules", strings.ReplaceAll(string(m.ID), "/", "-")+".md")
		want := graphDoc(m)
		if *update {
			if err := os.WriteFile(name, want, 0o644); err != nil {
				t.Fatal(err)
			}
			continue
		}
		got, err := os.ReadFile(name)
		if err != nil || !bytes.Equal(got, want) {
			t.Errorf("%s: doc page missing or stale (go test ./internal/rules/advisory -run TestMetas -update): %v", m.ID, err)
		}
	}
}

// capture records whole instances.
type capture struct{ in *[]analyze.Instance }

func (c capture) ReportNode(_ depgraph.NodeID, in analyze.Instance) { *c.in = append(*c.in, in) }

func TestPrivateRegistryOrigin(t *testing.T) {
	pub := reg("lodash", "4.17.20")
	pub.Source.URL = "https://registry.npm.local/lodash/-/lodash-4.17.20.tgz"
	priv := reg("lodash", "4.17.20")
	priv.Source.URL = "https://npm.corp.example/lodash/-/lodash-4.17.20.tgz"
	g := build(pub, priv)
	src := &fakeSource{ans: map[string][]advisory.Advisory{"lodash": {npmAdv("lodash", "GHSA-35jh-r3h4-6jhm", "<4.17.21", "high", "x")}}}
	var got []analyze.Instance
	target := &analyze.GraphTarget{Graph: g, PublicHosts: []string{"registry.npm.local"}}
	if err := New(src)[0].CheckGraph(context.Background(), target, capture{&got}); err != nil {
		t.Fatal(err)
	}
	if len(got) != 2 {
		t.Fatalf("got %d instances", len(got))
	}
	if got[0].Confidence != finding.ConfidenceHigh || got[1].Confidence != finding.ConfidenceMedium ||
		!strings.Contains(got[1].Evidence[len(got[1].Evidence)-1].Detail, "npm.corp.example") {
		t.Errorf("public %v, private %v %+v", got[0].Confidence, got[1].Confidence, got[1].Evidence)
	}
}
