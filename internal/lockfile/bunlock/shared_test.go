package bunlock

import (
	"context"
	"os"
	"path/filepath"
	"slices"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/depfence/depfence/internal/depgraph"
	"github.com/depfence/depfence/internal/fixture"
	"github.com/depfence/depfence/internal/lockfile"
)

func parseFile(t testing.TB, path string) *depgraph.Graph {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	g, err := Parser{}.Parse(context.Background(), lockfile.Input{Path: path, Data: data, Project: os.DirFS(filepath.Dir(path))})
	if err != nil {
		t.Fatalf("parse %s: %v", path, err)
	}
	return g
}

// TestSharedFixtures compares each fixture's name@version set with pnpm's
// own listing, checks that nothing is left unexplained (no problems), and
// that every non-root node hangs from a root.
func TestSharedFixtures(t *testing.T) {
	for _, dir := range fixture.ToolDirs(t, "bun-*", FileName, 9) {
		name := filepath.Base(filepath.Dir(dir)) + "/" + filepath.Base(dir)
		t.Run(name, func(t *testing.T) {
			g := parseFile(t, filepath.Join(dir, FileName))
			want := fixture.ExpectedSet(t, filepath.Join(dir, "expected.txt"))
			var got []string
			for _, n := range g.Nodes {
				if g.IsRoot(n.ID) {
					continue
				}
				got = append(got, n.Name+"@"+n.Version)
				if len(n.Importers) == 0 {
					t.Errorf("%s (%s) is not reachable from any importer", n, n.Key)
				}
			}
			slices.Sort(got)
			got = slices.Compact(got)
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("name@version set (-want +got):\n%s", diff)
			}
			if len(g.Problems) > 0 {
				t.Errorf("problems: %+v", g.Problems)
			}
		})
	}
}
