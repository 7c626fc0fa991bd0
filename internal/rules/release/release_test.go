package release

import (
	"bytes"
	"context"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/depfence/depfence/internal/analyze"
	"github.com/depfence/depfence/internal/depgraph"
	"github.com/depfence/depfence/internal/npm"
)

// now is the scan clock of every test.
var now = time.Date(2026, 6, 1, 0, 0, 0, 0, time.UTC)

// docs loads the testdata packuments by name.
func docs(t *testing.T) map[string]*npm.Packument {
	t.Helper()
	files, err := filepath.Glob("testdata/*.json")
	if err != nil || len(files) == 0 {
		t.Fatalf("no fixtures: %v", err)
	}
	out := map[string]*npm.Packument{}
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		p, err := npm.ParsePackument(b)
		if err != nil {
			t.Fatalf("%s: %v", f, err)
		}
		out[p.Name] = p
	}
	return out
}

type rec struct {
	node depgraph.NodeID
	in   analyze.Instance
}

type collect struct {
	mu  sync.Mutex
	out []rec
}

func (c *collect) ReportNode(id depgraph.NodeID, in analyze.Instance) {
	c.mu.Lock()
	c.out = append(c.out, rec{id, in})
	c.mu.Unlock()
}

// graph builds a project depending on each name@version from the registry.
func graph(pkgs ...string) *depgraph.Graph {
	g := depgraph.New("test")
	g.Path = "/p/package-lock.json"
	root := g.AddNode(&depgraph.Node{Name: "app", Version: "1.0.0", Source: depgraph.Source{Kind: depgraph.SourceRoot}})
	g.AddRoot(root)
	for k, p := range pkgs {
		i := strings.LastIndex(p, "@")
		name, v := p[:i], p[i+1:]
		id := g.AddNode(&depgraph.Node{Name: name, Version: v, Line: 10 + k,
			Source: depgraph.Source{Kind: depgraph.SourceRegistry, URL: "https://registry.npm.local/" + name + "/-/" + name + "-" + v + ".tgz"}})
		g.AddEdge(depgraph.Edge{From: root, To: id, Name: name, Spec: "^" + v})
	}
	g.Finalize()
	return g
}

func target(g *depgraph.Graph, d map[string]*npm.Packument) *analyze.GraphTarget {
	return &analyze.GraphTarget{
		Graph: g, ProjectDir: "/p", Registry: "https://registry.npm.local/", Now: now,
		Packument: func(ctx context.Context, name string) (*npm.Packument, error) {
			if p, ok := d[name]; ok {
				return p, nil
			}
			return nil, fmt.Errorf("GET %s: not found", name)
		},
	}
}

// runAll runs every release rule and renders "rule pkg severity" lines
// for node findings and "rule skipped: reason: pkgs" for skip records.
func runAll(t *testing.T, tg *analyze.GraphTarget) (found, skipped []string) {
	t.Helper()
	for _, r := range Rules() {
		c := &collect{}
		if err := r.CheckGraph(context.Background(), tg, c); err != nil {
			t.Fatalf("%s: %v", r.Meta().ID, err)
		}
		for _, x := range c.out {
			if x.node < 0 {
				for _, e := range x.in.Evidence {
					skipped = append(skipped, fmt.Sprintf("%s skipped: %s: %s", r.Meta().ID, e.Detail, e.Snippet))
				}
				if len(x.in.Evidence) == 0 {
					skipped = append(skipped, fmt.Sprintf("%s skipped: %s", r.Meta().ID, x.in.Message))
				}
				continue
			}
			n := tg.Graph.Node(x.node)
			sev := x.in.Severity
			if sev == 0 {
				sev = r.Meta().DefaultSeverity
			}
			found = append(found, fmt.Sprintf("%s %s %s", r.Meta().ID, n, sev))
		}
	}
	slices.Sort(found)
	slices.Sort(skipped)
	return found, skipped
}

func TestRules(t *testing.T) {
	d := docs(t)
	tests := []struct {
		name        string
		pkg         string
		want        []string
		wantSkipped []string
	}{
		{
			name: "hijacked_patch_release",
			pkg:  "quiet-lib@1.1.1",
			want: []string{
				"release/maintainers-changed quiet-lib@1.1.1 low",
				"release/new-bin quiet-lib@1.1.1 high",
				"release/new-dependency quiet-lib@1.1.1 medium",
				"release/new-install-script quiet-lib@1.1.1 high",
				"release/out-of-order quiet-lib@1.1.1 medium", // 2.3 years after 1.1.0
				"release/provenance-dropped quiet-lib@1.1.1 high",
				"release/publisher-changed quiet-lib@1.1.1 high",
				"release/too-new quiet-lib@1.1.1 medium",
			},
		},
		{name: "previous_good_release", pkg: "quiet-lib@1.1.0", want: []string{"release/new-dependency quiet-lib@1.1.0 low"}},
		{name: "first_release", pkg: "quiet-lib@1.0.0"},
		{name: "old_line_revived", pkg: "old-line@1.0.2", want: []string{"release/out-of-order old-line@1.0.2 high"}},
		{name: "coordinated_backport", pkg: "old-line@2.0.1"},
		{name: "current_line", pkg: "old-line@3.1.0"},
		{name: "dormant_revival", pkg: "dormant-pkg@1.0.2", want: []string{"release/out-of-order dormant-pkg@1.0.2 medium"}},
		{name: "deprecated_unmaintained", pkg: "deprecated-pkg@1.0.0", want: []string{"release/deprecated deprecated-pkg@1.0.0 low"}},
		{name: "deprecated_compromised", pkg: "deprecated-pkg@1.0.1", want: []string{"release/deprecated deprecated-pkg@1.0.1 high"}},
		{name: "deprecated_security", pkg: "deprecated-pkg@1.0.2", want: []string{"release/deprecated deprecated-pkg@1.0.2 medium"}},
		{name: "undeprecated", pkg: "deprecated-pkg@2.0.0"},
		{
			name:        "unpublished_version",
			pkg:         "gone-pkg@1.0.1",
			want:        []string{"release/unpublished gone-pkg@1.0.1 high"},
			wantSkipped: skippedAll("gone-pkg@1.0.1", reasonNoVersion, "release/unpublished"),
		},
		{
			name:        "never_published_version",
			pkg:         "gone-pkg@1.0.9",
			want:        []string{"release/unpublished gone-pkg@1.0.9 medium"},
			wantSkipped: skippedAll("gone-pkg@1.0.9", reasonNoVersion, "release/unpublished"),
		},
		{
			name:        "package_unpublished",
			pkg:         "removed-pkg@1.0.1",
			want:        []string{"release/unpublished removed-pkg@1.0.1 high"},
			wantSkipped: skippedAll("removed-pkg@1.0.1", reasonNoVersion, "release/unpublished"),
		},
		{
			name:        "security_placeholder",
			pkg:         "evil-pkg@1.2.3",
			want:        []string{"release/unpublished evil-pkg@1.2.3 critical"},
			wantSkipped: skippedAll("evil-pkg@1.2.3", reasonNoVersion, "release/unpublished"),
		},
		{
			name: "mirror_stripped_document",
			pkg:  "stripped-pkg@1.0.1",
			want: []string{
				"release/deprecated stripped-pkg@1.0.1 low",
				"release/new-install-script stripped-pkg@1.0.1 high",
			},
			wantSkipped: []string{
				"release/maintainers-changed skipped: registry document has no maintainers (abbreviated or mirror-stripped): stripped-pkg@1.0.1",
				"release/out-of-order skipped: " + reasonNoTime + ": stripped-pkg@1.0.1",
				"release/provenance-dropped skipped: registry document is abbreviated or mirror-stripped (no time, _npmUser or attestations): stripped-pkg@1.0.1",
				"release/publisher-changed skipped: " + reasonNoNpmUser + ": stripped-pkg@1.0.1",
				"release/too-new skipped: " + reasonNoTime + ": stripped-pkg@1.0.1",
			},
		},
		{
			name: "mirror_rewritten_times",
			pkg:  "mirror-pkg@1.0.0",
			wantSkipped: []string{
				"release/maintainers-changed skipped: registry document has no maintainers (abbreviated or mirror-stripped): mirror-pkg@1.0.0",
				"release/out-of-order skipped: " + reasonNoTime + ": mirror-pkg@1.0.0",
				"release/provenance-dropped skipped: registry document is abbreviated or mirror-stripped (no time, _npmUser or attestations): mirror-pkg@1.0.0",
				"release/publisher-changed skipped: " + reasonNoNpmUser + ": mirror-pkg@1.0.0",
				"release/too-new skipped: " + reasonNoTime + ": mirror-pkg@1.0.0",
			},
		},
		{
			name: "mirror_unknown_version",
			pkg:  "mirror-pkg@1.0.7",
			wantSkipped: append(skippedAll("mirror-pkg@1.0.7", reasonNoVersion, "release/unpublished"),
				"release/unpublished skipped: version missing from a registry document without trustworthy publish times (abbreviated, mirror-rewritten or stale): mirror-pkg@1.0.7"),
		},
		{name: "moved_to_trusted_publishing", pkg: "ci-pkg@1.1.0"},
		{name: "all_publishers_removed", pkg: "takeover-pkg@1.0.1", want: []string{"release/maintainers-changed takeover-pkg@1.0.1 medium"}},
		{name: "native_build_added", pkg: "gyp-pkg@1.0.1", want: []string{"release/new-install-script gyp-pkg@1.0.1 medium"}},
		{name: "old_line_without_provenance", pkg: "backport-prov@1.0.1"},
		{
			name:        "registry_error",
			pkg:         "missing-pkg@1.0.0",
			wantSkipped: skippedAll("missing-pkg@1.0.0", "registry lookup failed: GET missing-pkg: not found"),
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			found, skipped := runAll(t, target(graph(tc.pkg), d))
			if diff := cmp.Diff(tc.want, found); diff != "" {
				t.Errorf("findings (-want +got):\n%s", diff)
			}
			want := slices.Clone(tc.wantSkipped)
			slices.Sort(want)
			if diff := cmp.Diff(want, skipped); diff != "" {
				t.Errorf("skipped (-want +got):\n%s", diff)
			}
		})
	}
}

// skippedAll is the skip record every rule but the exempt ones writes for
// pkg.
func skippedAll(pkg, reason string, exempt ...string) []string {
	var out []string
	for _, r := range Rules() {
		id := string(r.Meta().ID)
		if slices.Contains(exempt, id) {
			continue
		}
		out = append(out, id+" skipped: "+reason+": "+pkg)
	}
	return out
}

func TestNoRegistry(t *testing.T) {
	tg := target(graph("quiet-lib@1.1.1"), nil)
	tg.Packument = nil
	found, skipped := runAll(t, tg)
	if len(found) != 0 || len(skipped) != len(Rules()) {
		t.Fatalf("found %v, skipped %v", found, skipped)
	}
	if !strings.Contains(skipped[0], "no registry available") {
		t.Errorf("skip = %q", skipped[0])
	}
}

func TestMinReleaseAge(t *testing.T) {
	d := docs(t)
	tg := target(graph("quiet-lib@1.1.1", "dormant-pkg@1.0.2"), d)
	tg.MinReleaseAge = 30 * 24 * time.Hour
	c := &collect{}
	if err := (TooNew{}).CheckGraph(context.Background(), tg, c); err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, x := range c.out {
		got = append(got, tg.Graph.Node(x.node).String())
	}
	if diff := cmp.Diff([]string{"dormant-pkg@1.0.2", "quiet-lib@1.1.1"}, got); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
	tg.Now = time.Time{}
	c = &collect{}
	_ = (TooNew{}).CheckGraph(context.Background(), tg, c)
	if len(c.out) != 1 || c.out[0].node != -1 || !strings.Contains(c.out[0].in.Evidence[0].Detail, "no scan clock") {
		t.Errorf("no clock: %+v", c.out)
	}
}

func TestLocalCodeIgnored(t *testing.T) {
	g := depgraph.New("test")
	root := g.AddNode(&depgraph.Node{Name: "app", Version: "1.0.0", Source: depgraph.Source{Kind: depgraph.SourceRoot}})
	g.AddRoot(root)
	ws := g.AddNode(&depgraph.Node{Name: "quiet-lib", Version: "1.1.1", Source: depgraph.Source{Kind: depgraph.SourceWorkspace, Path: "packages/q"}})
	g.AddEdge(depgraph.Edge{From: root, To: ws, Name: "quiet-lib"})
	g.Finalize()
	called := false
	tg := target(g, nil)
	tg.Packument = func(context.Context, string) (*npm.Packument, error) { called = true; return nil, nil }
	found, skipped := runAll(t, tg)
	if called || len(found)+len(skipped) != 0 {
		t.Errorf("workspace looked up: called=%v found=%v skipped=%v", called, found, skipped)
	}
}

var update = flag.Bool("update", false, "rewrite docs/rules/release-*.md from rule metadata")

// graphDoc renders a graph rule's page exactly as internal/rules does for
// GraphBuiltin, so the pages stay valid once the rules are listed there.
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
	seen := map[string]bool{}
	for _, r := range Rules() {
		m := r.Meta()
		if !strings.HasPrefix(string(m.ID), "release/") || len(m.Help) < 80 || m.Remediation == "" || m.Title == "" || m.Example == "" ||
			m.Signal == "" || m.Needs&analyze.NeedGraph == 0 || m.Version < 1 || seen[string(m.ID)] {
			t.Errorf("bad meta %+v", m)
		}
		seen[string(m.ID)] = true
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
			t.Errorf("%s: doc page missing or stale (go test ./internal/rules/release -run TestMetas -update): %v", m.ID, err)
		}
	}
}

// TestSharedLoader: the rules of one Rules() list fetch each document once
// per target; a new target fetches again.
func TestSharedLoader(t *testing.T) {
	d := docs(t)
	var mu sync.Mutex
	calls := map[string]int{}
	mk := func() *analyze.GraphTarget {
		tg := target(graph("quiet-lib@1.1.1", "old-line@1.0.2"), d)
		inner := tg.Packument
		tg.Packument = func(ctx context.Context, name string) (*npm.Packument, error) {
			mu.Lock()
			calls[name]++
			mu.Unlock()
			return inner(ctx, name)
		}
		return tg
	}
	rs := Rules()
	for _, tg := range []*analyze.GraphTarget{mk(), mk()} {
		for _, r := range rs {
			if err := r.CheckGraph(context.Background(), tg, &collect{}); err != nil {
				t.Fatal(err)
			}
		}
	}
	if diff := cmp.Diff(map[string]int{"quiet-lib": 2, "old-line": 2}, calls); diff != "" {
		t.Errorf("calls (-want +got):\n%s", diff)
	}
}
