package npmlock

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/depfence/depfence/internal/depgraph"
	"github.com/depfence/depfence/internal/fixture"
	"github.com/depfence/depfence/internal/lockfile"
	"github.com/depfence/depfence/internal/lockfile/lockfiletest"
)

// parseShared parses the npm lockfile in a shared fixture folder with the
// folder as the project.
func parseShared(t *testing.T, dir string) (*depgraph.Graph, []byte) {
	t.Helper()
	p := filepath.Join(dir, "package-lock.json")
	if _, err := os.Stat(p); err != nil {
		p = filepath.Join(dir, "npm-shrinkwrap.json")
	}
	data, err := os.ReadFile(p)
	if err != nil {
		t.Fatal(err)
	}
	g, err := Parser{}.Parse(context.Background(), lockfile.Input{Path: p, Data: data, Project: os.DirFS(dir)})
	if err != nil {
		t.Fatal(err)
	}
	return g, data
}

// checkConsistent asserts what holds for any lockfile npm wrote itself:
// no problems, every package reachable from a root, and each node's Line
// pointing at the line that holds its key.
func checkConsistent(t *testing.T, g *depgraph.Graph, data []byte) {
	t.Helper()
	lockfiletest.CheckGraph(t, g)
	for _, p := range g.Problems {
		t.Errorf("problem: %s:%d: %s", p.Key, p.Line, p.Message)
	}
	lines := bytes.Split(data, []byte("\n"))
	for _, n := range g.Nodes {
		if !g.IsRoot(n.ID) && len(n.Importers) == 0 {
			t.Errorf("%s is not reachable from any root", n.Key)
		}
		if n.Key == "" {
			continue
		}
		if n.Line < 1 || n.Line > len(lines) {
			t.Errorf("%s: line %d out of range", n.Key, n.Line)
			continue
		}
		name, _ := keyName(n.Key)
		l := string(lines[n.Line-1])
		if !strings.Contains(l, `"`+n.Key+`"`) && !strings.Contains(l, `"`+name+`"`) {
			t.Errorf("%s: line %d is %q", n.Key, n.Line, l)
		}
	}
}

// npmDirs lists the npm-* folders of one shared fixture case.
func npmDirs(t *testing.T, c string) []string {
	t.Helper()
	dirs, err := filepath.Glob(filepath.Join(fixture.Shared(t, "fixtures", "lockfiles", c), "npm-*"))
	if err != nil || len(dirs) == 0 {
		t.Fatalf("no npm fixtures for %s: %v", c, err)
	}
	return dirs
}

func find(t *testing.T, g *depgraph.Graph, name string) *depgraph.Node {
	t.Helper()
	ns := g.Find(name, "")
	if len(ns) != 1 {
		t.Fatalf("%d nodes named %s, want 1", len(ns), name)
	}
	return ns[0]
}

// edge returns the edge named name leaving from, or fails.
func edge(t *testing.T, g *depgraph.Graph, from depgraph.NodeID, name string) depgraph.Edge {
	t.Helper()
	for _, e := range g.Out(from) {
		if e.Name == name {
			return e
		}
	}
	t.Fatalf("%s has no edge %q", g.Node(from).Key, name)
	return depgraph.Edge{}
}

func TestSharedTarballDeps(t *testing.T) {
	for _, dir := range npmDirs(t, "tarball-deps") {
		t.Run(filepath.Base(dir), func(t *testing.T) {
			g, data := parseShared(t, dir)
			checkConsistent(t, g, data)
			v1 := strings.HasPrefix(filepath.Base(dir), "npm-6")
			root := g.Roots[0]

			local := find(t, g, "local-dir")
			if local.Source.Kind != depgraph.SourceLink || local.Source.Path != "local-dir" {
				t.Errorf("local-dir source = %+v, want link to local-dir", local.Source)
			}
			if e := edge(t, g, root, "local-dir"); e.To != local.ID || e.Spec != "file:local-dir" {
				t.Errorf("root -> local-dir edge = %+v", e)
			}
			if e := edge(t, g, local.ID, "kleur"); g.Node(e.To).Version != "4.1.5" {
				t.Errorf("local-dir -> kleur resolved to %s", g.Node(e.To))
			}

			bundler := find(t, g, "local-bundler")
			if bundler.Source.Kind != depgraph.SourceFile || bundler.Source.Path != "vendor/local-bundler-1.0.0.tgz" || bundler.Integrity.IsZero() {
				t.Errorf("local-bundler = %s %+v", bundler, bundler.Source)
			}
			pad := find(t, g, "left-pad")
			if !pad.Flags.Has(depgraph.Bundled) || pad.Source.Kind != depgraph.SourceUnknown || pad.Key != "node_modules/local-bundler/node_modules/left-pad" {
				t.Errorf("left-pad = %s %s flags %b source %+v", pad.Key, pad, pad.Flags, pad.Source)
			}
			if e := edge(t, g, bundler.ID, "left-pad"); e.To != pad.ID {
				t.Errorf("local-bundler -> left-pad resolved to %s", g.Node(e.To).Key)
			}

			ms := find(t, g, "ms")
			if ms.Source.Kind != depgraph.SourceRegistry {
				t.Errorf("ms source = %+v", ms.Source)
			}
			if !v1 {
				if e := edge(t, g, root, "ms"); e.Spec != "https://registry.npm.local/ms/-/ms-2.1.3.tgz" {
					t.Errorf("root -> ms spec %q", e.Spec)
				}
			}
			if e := edge(t, g, find(t, g, "debug").ID, "ms"); e.To != ms.ID {
				t.Errorf("debug -> ms does not dedupe onto the top-level ms")
			}
		})
	}
}

func TestSharedMonorepo(t *testing.T) {
	for _, dir := range npmDirs(t, "monorepo") {
		t.Run(filepath.Base(dir), func(t *testing.T) {
			g, data := parseShared(t, dir)
			checkConsistent(t, g, data)
			ws := map[string]*depgraph.Node{}
			for _, r := range g.Roots[1:] {
				n := g.Node(r)
				ws[n.Name] = n
				if n.Source.Kind != depgraph.SourceWorkspace || n.Source.Path != "packages/"+strings.TrimPrefix(n.Name, "@acme/") || n.Version != "1.0.0" {
					t.Errorf("workspace %s: %+v", n, n.Source)
				}
			}
			if len(ws) != 3 {
				t.Fatalf("workspaces = %v, want @acme/app, @acme/ui, @acme/utils", ws)
			}
			app, ui, utils := ws["@acme/app"], ws["@acme/ui"], ws["@acme/utils"]
			if e := edge(t, g, app.ID, "@acme/ui"); e.To != ui.ID {
				t.Errorf("@acme/app -> @acme/ui goes to %s", g.Node(e.To).Key)
			}
			alias := edge(t, g, app.ID, "string-width-cjs")
			if to := g.Node(alias.To); to.Name != "string-width" || to.Version != "4.2.3" || alias.Spec != "npm:string-width@^4.2.0" {
				t.Errorf("alias edge %+v -> %s", alias, to)
			}
			if got := g.Aliases(alias.To); len(got) != 1 || got[0] != "string-width-cjs" {
				t.Errorf("Aliases = %v", got)
			}
			if e := edge(t, g, app.ID, "bufferutil"); e.Kind != depgraph.DepOptional {
				t.Errorf("bufferutil edge kind %s", e.Kind)
			}
			if e := edge(t, g, ui.ID, "react-dom"); e.Kind != depgraph.DepPeerOptional {
				t.Errorf("@acme/ui -> react-dom kind %s, want peerOptional", e.Kind)
			}
			if e := edge(t, g, ui.ID, "react"); e.Kind != depgraph.DepDev {
				t.Errorf("@acme/ui -> react kind %s, want dev (devDependencies win over peer)", e.Kind)
			}
			isNum := g.Node(edge(t, g, utils.ID, "is-number").To)
			if isNum.Source.Kind != depgraph.SourceGit || isNum.Source.Commit != "98e8ff1da1a89f93d1397a24d7413ed15421c139" {
				t.Errorf("is-number source %+v", isNum.Source)
			}
			if ts := find(t, g, "typescript"); !ts.Flags.Has(depgraph.Dev) || len(ts.Importers) != 1 || ts.Importers[0] != g.Roots[0] {
				t.Errorf("typescript flags %b importers %v", ts.Flags, ts.Importers)
			}
			if bu := find(t, g, "bufferutil"); !bu.Flags.Has(depgraph.Optional) || !bu.HasInstallScript {
				t.Errorf("bufferutil flags %b script %v", bu.Flags, bu.HasInstallScript)
			}
		})
	}
}

func TestSharedSimpleExpress(t *testing.T) {
	for _, dir := range npmDirs(t, "simple-express") {
		t.Run(filepath.Base(dir), func(t *testing.T) {
			g, data := parseShared(t, dir)
			checkConsistent(t, g, data)
			root := g.Roots[0]
			for name, kind := range map[string]depgraph.DepKind{"express": depgraph.DepProd, "axios": depgraph.DepProd, "lodash": depgraph.DepProd, "nodemon": depgraph.DepDev} {
				if e := edge(t, g, root, name); e.Kind != kind {
					t.Errorf("root -> %s kind %s, want %s", name, e.Kind, kind)
				}
			}
			// Every edge goes to the copy in the nearest ancestor folder:
			// its folder is a prefix of the requirer's, and no copy sits in
			// a longer prefix.
			byKey := map[string]bool{}
			for _, n := range g.Nodes {
				byKey[n.Key] = true
			}
			for _, n := range g.Nodes {
				for _, e := range g.Out(n.ID) {
					to := g.Node(e.To)
					dir, ok := strings.CutSuffix(to.Key, "node_modules/"+e.Name)
					if !ok || !strings.HasPrefix(n.Key+"/", dir) {
						t.Errorf("%s -> %s resolved to %s, outside its ancestors", n.Key, e.Name, to.Key)
						continue
					}
					for p := n.Key + "/"; len(p) > len(dir); p = p[:strings.LastIndexByte(p[:len(p)-1], '/')+1] {
						if byKey[p+"node_modules/"+e.Name] {
							t.Errorf("%s -> %s resolved to %s, but %s is nearer", n.Key, e.Name, to.Key, p+"node_modules/"+e.Name)
						}
					}
				}
			}
		})
	}
}
