package npmlock

import (
	"context"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/depfence/depfence/internal/depgraph"
	"github.com/depfence/depfence/internal/fixture"
	"github.com/depfence/depfence/internal/lockfile"
)

// FuzzParse checks that no input panics, that Parse returns an error xor a
// graph, that errors name the lockfile and that graphs are well formed.
func FuzzParse(f *testing.F) {
	seed := func(p string) {
		data, err := os.ReadFile(p)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data)
	}
	err := filepath.WalkDir("testdata", func(p string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() && strings.HasSuffix(p, ".json") {
			seed(p)
		}
		return err
	})
	if err != nil {
		f.Fatal(err)
	}
	// The small generated fixtures (the real-world files are too large to
	// be useful seeds).
	shared := fixture.Shared(f, "fixtures", "lockfiles")
	for _, c := range []string{"monorepo/npm-11.19.1", "monorepo/npm-7.24.2", "tarball-deps/npm-6.14.18", "tarball-deps/npm-9.9.4-no-resolved"} {
		seed(filepath.Join(shared, c, "package-lock.json"))
	}
	const path = "fuzz/package-lock.json"
	f.Fuzz(func(t *testing.T, data []byte) {
		g, err := Parser{}.Parse(context.Background(), lockfile.Input{Path: path, Data: data})
		if (err == nil) == (g == nil) {
			t.Fatalf("got graph %v and error %v: want exactly one", g != nil, err)
		}
		if err != nil {
			if !strings.Contains(err.Error(), path) {
				t.Fatalf("error %q does not name %s", err, path)
			}
			return
		}
		checkGraph(t, g)
	})
}

// checkGraph asserts the structural invariants every parsed graph has.
func checkGraph(t *testing.T, g *depgraph.Graph) {
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
