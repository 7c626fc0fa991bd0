package identity

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/depfence/depfence/internal/analyze"
	"github.com/depfence/depfence/internal/depgraph"
	"github.com/depfence/depfence/internal/finding"
	"github.com/depfence/depfence/internal/npm"
	"github.com/depfence/depfence/internal/rules/rulestest"
	"github.com/depfence/depfence/internal/typosquat"
)

var publicHosts = []string{"registry.npm.local", "registry.yarn.local"}

// rec is one reported instance, reduced to what tests compare.
type rec = rulestest.Reported

// run runs rules over t and returns what they reported.
var run = rulestest.RunGraph

func keys(rs []rec) []string {
	var out []string
	for _, r := range rs {
		out = append(out, r.Node+" "+r.Sev.String())
	}
	slices.Sort(out)
	return out
}

// build makes a finalized graph with a root depending on every node; a
// workspace node becomes a root.
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

func regNode(name, version, url, integrity string) *depgraph.Node {
	n := &depgraph.Node{Name: name, Version: version, Source: depgraph.Source{Kind: depgraph.SourceRegistry, URL: url}, IntegrityRaw: integrity}
	if i, err := npm.ParseIntegrity(integrity); err == nil {
		n.Integrity = i
	}
	return n
}

const (
	sriA = "sha512-F41DEhP9Fe7ubkEe6MkQLUlDbJhLH0LXVR1XeY6Dmkh51zF/Sn5EGYl3rsF6oRgCbXdwQwXqVoBc03tz/VGTpQ=="
	sriB = "sha512-TZO6TWNt0sJBcUIXd/ntZ03hVnOALyAdTUxPNfaNf3AKBs7sEgbhYxJD2MR+Y4lIEnJYcbQNyJ+n2hGYBIXuUQ=="
)

func TestTyposquat(t *testing.T) {
	g := build(
		regNode("crossenv", "1.0.0", "", sriA),
		regNode("lodahs", "1.0.0", "", sriA),
		regNode("cross-env", "7.0.3", "", sriA),
		regNode("react-dnd", "16.0.1", "", sriA),
		regNode("react-dom", "18.3.1", "", sriA),
		&depgraph.Node{Name: "axois", Version: "1.0.0", Source: depgraph.Source{Kind: depgraph.SourceGit, URL: "git+https://git.example/axois.git"}},
		&depgraph.Node{Name: "expresss", Version: "1.0.0", Source: depgraph.Source{Kind: depgraph.SourceWorkspace, Path: "packages/expresss"}},
		&depgraph.Node{Name: "loadsh", Version: "1.0.0", Source: depgraph.Source{Kind: depgraph.SourceFile, Path: "vendor/loadsh"}},
	)
	got := run(t, &analyze.GraphTarget{Graph: g, PublicHosts: publicHosts}, Typosquat{})
	want := []string{"crossenv@1.0.0 high", "lodahs@1.0.0 high"}
	if diff := cmp.Diff(want, keys(got)); diff != "" {
		t.Fatalf("(-want +got):\n%s", diff)
	}
	for _, r := range got {
		if r.Node == "crossenv@1.0.0" && (!strings.Contains(r.In.Message, "cross-env") || !strings.Contains(r.In.Message, "separator") ||
			!strings.Contains(r.In.Message, "M downloads")) {
			t.Errorf("message should name the target, technique and download gap: %q", r.In.Message)
		}
	}

	// A package deliberately installed under the name it resembles is the
	// alias rule's business.
	g = depgraph.New("pnpm lockfileVersion 9.0")
	root := g.AddNode(&depgraph.Node{Name: "proj", Source: depgraph.Source{Kind: depgraph.SourceRoot}})
	g.AddRoot(root)
	id := g.AddNode(regNode("types-react", "19.0.0-alpha.3", "", sriA))
	g.AddEdge(depgraph.Edge{From: root, To: id, Name: "@types/react", Spec: "npm:types-react@alpha"})
	g.Finalize()
	if got := run(t, &analyze.GraphTarget{Graph: g}, Typosquat{}); len(got) != 0 {
		t.Errorf("alias to the imitated name: got %v", keys(got))
	}
}

func TestRate(t *testing.T) {
	tests := []struct {
		name       string
		technique  string
		listed     bool
		ratio      float64
		target     int64
		sev        finding.Severity
		confidence finding.Confidence
	}{
		{"strong_unlisted_household", "separator", false, 1000, 50_000_000, finding.SeverityHigh, finding.ConfidenceHigh},
		{"weak_unlisted_household", "edit-distance", false, 1000, 50_000_000, finding.SeverityHigh, finding.ConfidenceMedium},
		{"weak_unlisted_modest", "edit-distance", false, 20, 1_000_000, finding.SeverityMedium, finding.ConfidenceMedium},
		{"strong_listed_small_gap", "homoglyph", true, 200, 2_000_000, finding.SeverityMedium, finding.ConfidenceLow},
		{"weak_listed_small_gap", "affix", true, 200, 2_000_000, finding.SeverityLow, finding.ConfidenceLow},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			m := typosquatMatch(tc.technique, tc.listed, tc.ratio, tc.target)
			sev, conf := rate(m)
			if sev != tc.sev || conf != tc.confidence {
				t.Errorf("rate = %s/%s, want %s/%s", sev, conf, tc.sev, tc.confidence)
			}
		})
	}
}

// publicDocs is a fake public registry: name -> versions -> integrity.
type publicDocs map[string]map[string]string

func (p publicDocs) lookup(_ context.Context, name string) (*npm.Packument, error) {
	if name == "flaky" {
		return nil, errors.New("connection reset")
	}
	vs, ok := p[name]
	if !ok {
		return nil, nil
	}
	doc := &npm.Packument{Name: name, Versions: map[string]*npm.PackumentVersion{}}
	for v, integ := range vs {
		doc.Versions[v] = &npm.PackumentVersion{Manifest: npm.Manifest{Name: name, Version: v}, Dist: npm.Dist{Integrity: integ}}
	}
	return doc, nil
}

func TestDependencyConfusionPrivateRegistry(t *testing.T) {
	const priv = "https://npm.acme.example/"
	public := publicDocs{
		"shared-utils": {"1.0.0": sriA},
		"left-pad":     {"1.3.0": sriB},
		"billing-lib":  {"2.0.0": sriA},
		"old-name":     {"1.0.0": sriA},
	}
	g := build(
		regNode("acme-billing", "1.0.0", priv+"acme-billing/-/acme-billing-1.0.0.tgz", sriA),    // unclaimed publicly
		regNode("shared-utils", "1.0.0", priv+"shared-utils/-/shared-utils-1.0.0.tgz", sriA),    // the public one, proxied
		regNode("left-pad", "1.3.0", priv+"left-pad/-/left-pad-1.3.0.tgz", sriA),                // same version, other bytes
		regNode("billing-lib", "1.0.0", priv+"billing-lib/-/billing-lib-1.0.0.tgz", sriA),       // public is higher
		regNode("old-name", "5.0.0", priv+"old-name/-/old-name-5.0.0.tgz", sriA),                // public exists, lower
		regNode("@acme/auth", "1.0.0", "", sriA),                                                // scope mapped: never public
		regNode("@other/x", "1.0.0", priv+"@other/x/-/x-1.0.0.tgz", sriA),                       // scope not mapped, unclaimed
		regNode("flaky", "1.0.0", priv+"flaky/-/flaky-1.0.0.tgz", sriA),                         // lookup fails
		regNode("react", "18.3.1", "https://registry.npm.local/react/-/react-18.3.1.tgz", sriA), // public origin: not compared
	)
	target := &analyze.GraphTarget{Graph: g, Registry: priv, Scopes: map[string]string{"@acme": priv}, PublicHosts: publicHosts, PublicPackument: public.lookup}
	got := run(t, target, DependencyConfusion{})
	want := []string{
		"- info",
		"@other/x@1.0.0 medium",
		"acme-billing@1.0.0 high",
		"billing-lib@1.0.0 critical",
		"left-pad@1.3.0 critical",
		"old-name@5.0.0 high",
	}
	if diff := cmp.Diff(want, keys(got)); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}

	// Without a public lookup only internal-looking unscoped names are
	// reported.
	g = build(
		regNode("payments-internal", "1.0.0", priv+"payments-internal/-/payments-internal-1.0.0.tgz", sriA),
		regNode("acme-tools", "1.0.0", priv+"acme-tools/-/acme-tools-1.0.0.tgz", sriA),
		regNode("lodash", "4.17.21", priv+"lodash/-/lodash-4.17.21.tgz", sriA),
	)
	target = &analyze.GraphTarget{Graph: g, Registry: priv, Scopes: map[string]string{"@acme": priv}, PublicHosts: publicHosts}
	if diff := cmp.Diff([]string{"acme-tools@1.0.0 medium", "payments-internal@1.0.0 medium"}, keys(run(t, target, DependencyConfusion{}))); diff != "" {
		t.Errorf("no public lookup (-want +got):\n%s", diff)
	}
}

func TestDependencyConfusionPublicResolution(t *testing.T) {
	const priv = "https://npm.acme.example/"
	g := build(
		regNode("@acme/ui", "1.0.0", "https://registry.npm.local/@acme/ui/-/ui-1.0.0.tgz", sriA),         // scope is private, resolved publicly
		regNode("@acme/core", "1.0.0", "https://npm.acme.example:443/@acme/core/-/core-1.0.0.tgz", sriA), // as configured
		regNode("@acme/x", "1.0.0", "https://other.example/@acme/x/-/x-1.0.0.tgz", sriA),                 // another private host
		regNode("acme-utils", "1.0.0", "https://registry.npm.local/acme-utils/-/acme-utils-1.0.0.tgz", sriA),
		regNode("billing-private", "1.0.0", "", sriA),
		regNode("internal-slot", "1.1.0", "", sriA), // popular: not internal-looking
		regNode("chalk", "5.3.0", "", sriA),
	)
	target := &analyze.GraphTarget{Graph: g, Scopes: map[string]string{"@acme": priv}, PublicHosts: publicHosts}
	want := []string{"@acme/ui@1.0.0 high", "@acme/x@1.0.0 medium", "acme-utils@1.0.0 medium", "billing-private@1.0.0 medium"}
	if diff := cmp.Diff(want, keys(run(t, target, DependencyConfusion{}))); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
}

func TestDependencyConfusionProbes(t *testing.T) {
	history := func(_ context.Context, name string) (*npm.Packument, error) {
		doc := &npm.Packument{Name: name, Versions: map[string]*npm.PackumentVersion{}}
		switch name {
		case "probe-first":
			doc.Versions["99.0.0"] = &npm.PackumentVersion{}
		case "chromedriver":
			for _, v := range []string{"2.46.0", "99.0.0", "100.0.0"} {
				doc.Versions[v] = &npm.PackumentVersion{}
			}
		default:
			return nil, errors.New("offline")
		}
		return doc, nil
	}
	g := build(
		regNode("probe-first", "99.0.0", "", sriA),
		regNode("chromedriver", "100.0.0", "", sriA),
		regNode("unknown-probe", "999.9.9", "", sriA),
		regNode("googleapis", "144.0.0", "", sriA),
	)
	got := run(t, &analyze.GraphTarget{Graph: g, PublicHosts: publicHosts, Packument: history}, DependencyConfusion{})
	want := []string{"probe-first@99.0.0 high", "unknown-probe@999.9.9 medium"}
	if diff := cmp.Diff(want, keys(got)); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
}

func TestProbeVersion(t *testing.T) {
	for v, want := range map[string]bool{
		"99.0.0": true, "999.9.9": true, "100.0.0": true, "9999.99.99": true, "1000.0.0": true, "99.0.0-beta.1": true,
		"10.0.0": false, "144.0.0": false, "99.1.0": false, "1.0.0": false, "98.0.0": false, "nope": false, "90.0.0": false,
	} {
		if got := probeVersion(v); got != want {
			t.Errorf("probeVersion(%q) = %v, want %v", v, got, want)
		}
	}
}

// TestLocalNeverMatched: workspace, link, file and 0.0.0-use.local
// packages are never compared with public names, even with names that
// look internal or imitate popular packages; a registry package named like
// a private workspace is.
func TestLocalNeverMatched(t *testing.T) {
	dir := t.TempDir()
	for rel, body := range map[string]string{
		"package.json":                 `{"name": "proj", "private": true, "workspaces": ["packages/*"]}`,
		"packages/app/package.json":    `{"name": "@acme/app", "version": "1.0.0", "private": true}`,
		"packages/lodahs/package.json": `{"name": "lodahs", "version": "1.0.0"}`,
	} {
		p := filepath.Join(dir, filepath.FromSlash(rel))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	g := build(
		&depgraph.Node{Name: "@acme/app", Version: "1.0.0", Source: depgraph.Source{Kind: depgraph.SourceWorkspace, Path: "packages/app"}},
		&depgraph.Node{Name: "lodahs", Version: "1.0.0", Source: depgraph.Source{Kind: depgraph.SourceWorkspace, Path: "packages/lodahs"}},
		&depgraph.Node{Name: "acme-internal", Version: "99.0.0", Source: depgraph.Source{Kind: depgraph.SourceLink, Path: "../acme-internal"}},
		&depgraph.Node{Name: "crossenv", Version: "1.0.0", Source: depgraph.Source{Kind: depgraph.SourceFile, Path: "vendor/crossenv"}},
		&depgraph.Node{Name: "billing-private", Version: "0.0.0-use.local", Source: depgraph.Source{Kind: depgraph.SourceRegistry}},
		regNode("@acme/app", "2.0.0", "https://registry.npm.local/@acme/app/-/app-2.0.0.tgz", sriA), // shadows the private workspace
	)
	neverCalled := func(_ context.Context, name string) (*npm.Packument, error) {
		t.Errorf("public lookup for %q", name)
		return nil, nil
	}
	target := &analyze.GraphTarget{Graph: g, ProjectDir: dir, PublicHosts: publicHosts, Registry: "https://npm.acme.example/",
		Scopes: map[string]string{"@acme": "https://npm.acme.example/"}, PublicPackument: neverCalled}
	got := run(t, target, Typosquat{}, DependencyConfusion{})
	want := []string{"@acme/app@2.0.0 high"}
	if diff := cmp.Diff(want, keys(got)); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
}

func typosquatMatch(technique string, listed bool, ratio float64, target int64) typosquat.Match {
	return typosquat.Match{Name: "candidate", Target: "target", Technique: typosquat.Technique(technique), Listed: listed, Ratio: ratio, TargetDownloads: target}
}
