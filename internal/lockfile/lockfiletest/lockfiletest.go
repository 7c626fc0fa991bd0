// Package lockfiletest holds the checks every lockfile parser's tests make:
// the invariants of a parsed graph and the fuzz harness around Parse.
package lockfiletest

import (
	"context"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/depfence/depfence/internal/depgraph"
	"github.com/depfence/depfence/internal/lockfile"
)

// Platform renders a node's platform restrictions for golden lines:
// "os=linux", "cpu=x64", "libc=glibc" for each list the node has.
func Platform(n *depgraph.Node) []string {
	var out []string
	for _, f := range []struct {
		k string
		v []string
	}{{"os", n.OS}, {"cpu", n.CPU}, {"libc", n.Libc}} {
		if f.v != nil {
			out = append(out, f.k+"="+strings.Join(f.v, ","))
		}
	}
	return out
}

// CheckGraph asserts the structural invariants every parsed graph has: the
// first root is the project, node IDs are their indexes, roots are exactly
// the project and its workspaces, and edges stay in range.
func CheckGraph(t testing.TB, g *depgraph.Graph) {
	t.Helper()
	if len(g.Roots) == 0 || g.Node(g.Roots[0]).Source.Kind != depgraph.SourceRoot {
		t.Fatalf("first root is not the project root: %v", g.Roots)
	}
	for i, n := range g.Nodes {
		if int(n.ID) != i {
			t.Fatalf("node %d has ID %d", i, n.ID)
		}
		if g.IsRoot(n.ID) != (n.Source.Kind == depgraph.SourceRoot || n.Source.Kind == depgraph.SourceWorkspace) {
			t.Fatalf("node %s (%s) root mismatch", n.Key, n.Source.Kind)
		}
	}
	for _, e := range g.Edges {
		if e.From < 0 || int(e.From) >= len(g.Nodes) || e.To < 0 || int(e.To) >= len(g.Nodes) {
			t.Fatalf("edge out of range: %+v", e)
		}
	}
}

// Fuzz seeds f with the files at seeds and fuzzes p.Parse of input named
// path: no input panics or hangs (5 s), each gives a graph xor an error,
// errors begin with the input's name, graphs pass CheckGraph, and then
// check (if not nil) for what the format adds.
func Fuzz(f *testing.F, p lockfile.Parser, path string, seeds []string, check func(*testing.T, *depgraph.Graph)) {
	for _, s := range seeds {
		data, err := os.ReadFile(s)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		type res struct {
			g   *depgraph.Graph
			err error
		}
		ch := make(chan res, 1)
		go func() {
			g, err := p.Parse(context.Background(), lockfile.Input{Path: path, Data: data})
			ch <- res{g, err}
		}()
		var r res
		select {
		case r = <-ch:
		case <-time.After(5 * time.Second):
			t.Fatalf("hang on %q", data)
		}
		if (r.err == nil) == (r.g == nil) {
			t.Fatalf("got graph %v and error %v: want exactly one", r.g != nil, r.err)
		}
		if r.err != nil {
			if !strings.HasPrefix(r.err.Error(), path) {
				t.Fatalf("error %q does not name %s", r.err, path)
			}
			return
		}
		CheckGraph(t, r.g)
		if check != nil {
			check(t, r.g)
		}
	})
}
