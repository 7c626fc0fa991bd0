package depgraph

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// build makes a graph from "from>to:kind" edge specs over named nodes; the
// first name is the root.
func build(t *testing.T, names []string, edges [][3]string) *Graph {
	t.Helper()
	g := New("test")
	ids := map[string]NodeID{}
	for i, n := range names {
		kind := SourceRegistry
		if i == 0 {
			kind = SourceRoot
		}
		ids[n] = g.AddNode(&Node{Name: n, Version: "1.0.0", Source: Source{Kind: kind}})
	}
	g.AddRoot(ids[names[0]])
	kinds := map[string]DepKind{"prod": DepProd, "dev": DepDev, "opt": DepOptional, "peer": DepPeer}
	for _, e := range edges {
		k, ok := kinds[e[2]]
		if !ok {
			t.Fatalf("bad kind %q", e[2])
		}
		g.AddEdge(Edge{From: ids[e[0]], To: ids[e[1]], Name: e[1], Spec: "^1", Kind: k})
	}
	g.Finalize()
	return g
}

func flagsOf(g *Graph) map[string]Flags {
	out := map[string]Flags{}
	for _, n := range g.Nodes {
		out[n.Name] = n.Flags
	}
	return out
}

func TestComputeFlags(t *testing.T) {
	g := build(t, []string{"root", "a", "b", "c", "d", "e", "p"}, [][3]string{
		{"root", "a", "prod"},
		{"root", "b", "dev"},
		{"root", "c", "opt"},
		{"b", "d", "prod"}, // d only via dev -> dev
		{"c", "d", "prod"}, // ... and via optional -> devOptional
		{"b", "e", "prod"},
		{"a", "e", "prod"}, // e reachable via prod -> no flag
		{"a", "p", "peer"},
	})
	want := map[string]Flags{"root": 0, "a": 0, "b": Dev, "c": Optional, "d": DevOptional, "e": 0, "p": Peer}
	if diff := cmp.Diff(want, flagsOf(g)); diff != "" {
		t.Errorf("flags (-want +got):\n%s", diff)
	}
}

func TestFlagsFromLockfileKept(t *testing.T) {
	g := New("test")
	r := g.AddNode(&Node{Name: "root", Source: Source{Kind: SourceRoot}})
	a := g.AddNode(&Node{Name: "a", Flags: Dev | Optional})
	g.AddRoot(r)
	g.AddEdge(Edge{From: r, To: a, Name: "a", Kind: DepProd})
	g.FlagsFromLockfile = true
	g.Finalize()
	if got := g.Node(a).Flags; got != Dev|Optional {
		t.Errorf("flags = %b, want the lockfile's %b", got, Dev|Optional)
	}
}

func pathNames(g *Graph, p Path) []string {
	var out []string
	for _, e := range p {
		out = append(out, g.Node(e.To).Name)
	}
	return out
}

func TestPathsAndImporters(t *testing.T) {
	g := New("test")
	root := g.AddNode(&Node{Name: "root", Source: Source{Kind: SourceRoot}})
	ws := g.AddNode(&Node{Name: "ws", Source: Source{Kind: SourceWorkspace, Path: "packages/ws"}})
	a := g.AddNode(&Node{Name: "a"})
	b := g.AddNode(&Node{Name: "b"})
	c := g.AddNode(&Node{Name: "c"})
	orphan := g.AddNode(&Node{Name: "orphan"})
	g.AddRoot(root)
	g.AddRoot(ws)
	for _, e := range [][2]NodeID{{root, ws}, {root, a}, {a, b}, {b, c}, {ws, c}, {c, a}} { // c->a makes a cycle
		g.AddEdge(Edge{From: e[0], To: e[1], Name: g.Node(e[1]).Name})
	}
	g.AddEdge(Edge{From: root, To: a, Name: "a"}) // duplicate, dropped
	g.Finalize()

	if len(g.Edges) != 6 {
		t.Errorf("edges = %d, want 6 after dedup", len(g.Edges))
	}
	var got [][]string
	for _, p := range g.Paths(c, 0) {
		got = append(got, pathNames(g, p))
	}
	// A path starts at the nearest root: ws is a root, so root>ws>c is not listed.
	want := [][]string{{"c"}, {"a", "b", "c"}}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("paths to c (-want +got):\n%s", diff)
	}
	sp, ok := g.ShortestPath(c)
	if !ok || len(sp) != 1 || sp[0].From != ws {
		t.Errorf("shortest path to c = %v, %v; want one edge from ws", sp, ok)
	}
	if _, ok := g.ShortestPath(orphan); ok {
		t.Error("orphan should have no path")
	}
	if got := g.Paths(orphan, 0); got != nil {
		t.Errorf("orphan paths = %v, want none", got)
	}
	if diff := cmp.Diff([]NodeID{root, ws}, g.Node(c).Importers); diff != "" {
		t.Errorf("importers of c (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff([]NodeID{root, ws}, g.Node(a).Importers); diff != "" {
		t.Errorf("importers of a (-want +got):\n%s", diff)
	}
	if got := g.Paths(c, 2); len(got) != 2 {
		t.Errorf("limit 2 gave %d paths", len(got))
	}
}

func TestAliases(t *testing.T) {
	g := New("test")
	root := g.AddNode(&Node{Name: "root", Source: Source{Kind: SourceRoot}})
	sw := g.AddNode(&Node{Name: "string-width", Version: "4.2.3"})
	g.AddRoot(root)
	g.AddEdge(Edge{From: root, To: sw, Name: "string-width-cjs", Spec: "npm:string-width@^4.2.0"})
	g.AddEdge(Edge{From: root, To: sw, Name: "string-width", Spec: "^4"})
	g.Finalize()
	if diff := cmp.Diff([]string{"string-width-cjs"}, g.Aliases(sw)); diff != "" {
		t.Errorf("aliases (-want +got):\n%s", diff)
	}
	if n := g.Find("string-width", ""); len(n) != 1 {
		t.Errorf("Find = %v", n)
	}
	if n := g.Find("string-width-cjs", ""); len(n) != 0 {
		t.Errorf("Find by alias name should find nothing, got %v", n)
	}
}

func TestSourceLocal(t *testing.T) {
	for k, want := range map[SourceKind]bool{SourceRegistry: false, SourceGit: false, SourceTarball: false,
		SourceFile: true, SourceLink: true, SourceWorkspace: true, SourceRoot: true} {
		if k.Local() != want {
			t.Errorf("%v.Local() = %v", k, !want)
		}
	}
}

func TestMatchesPlatform(t *testing.T) {
	tests := []struct {
		os, cpu, libc []string
		p             Platform
		want          bool
	}{
		{nil, nil, nil, Platform{"linux", "x64", ""}, true},
		{[]string{"darwin"}, nil, nil, Platform{"linux", "x64", ""}, false},
		{[]string{"darwin", "linux"}, []string{"x64"}, nil, Platform{"linux", "x64", ""}, true},
		{[]string{"linux"}, []string{"arm64"}, nil, Platform{"linux", "x64", ""}, false},
		{[]string{"!win32"}, nil, nil, Platform{"linux", "x64", ""}, true},
		{[]string{"!linux"}, nil, nil, Platform{"linux", "x64", ""}, false},
		{[]string{"linux"}, nil, nil, Platform{}, true},
		// C library: only on Linux, and only when the target names one.
		{[]string{"linux"}, []string{"x64"}, []string{"glibc"}, Platform{"linux", "x64", "glibc"}, true},
		{[]string{"linux"}, []string{"x64"}, []string{"musl"}, Platform{"linux", "x64", "glibc"}, false},
		{[]string{"linux"}, []string{"x64"}, []string{"!musl"}, Platform{"linux", "x64", "musl"}, false},
		{[]string{"linux"}, []string{"x64"}, []string{"musl"}, Platform{"linux", "x64", ""}, true},
		{nil, nil, []string{"glibc"}, Platform{"darwin", "arm64", ""}, false},
		{nil, nil, []string{"glibc"}, Platform{}, true},
		{nil, nil, nil, Platform{"linux", "x64", "musl"}, true},
	}
	for _, tt := range tests {
		n := &Node{OS: tt.os, CPU: tt.cpu, Libc: tt.libc}
		if got := n.MatchesPlatform(tt.p); got != tt.want {
			t.Errorf("os %v cpu %v libc %v on %+v = %v, want %v", tt.os, tt.cpu, tt.libc, tt.p, got, tt.want)
		}
	}
}
