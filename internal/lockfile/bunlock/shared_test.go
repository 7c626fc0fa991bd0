package bunlock

import (
	"bufio"
	"context"
	"os"
	"path/filepath"
	"slices"
	"strings"
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

// sharedDirs lists the shared pnpm fixture folders.
func sharedDirs(t *testing.T) []string {
	root := fixture.Shared(t, "fixtures", "lockfiles")
	dirs, err := filepath.Glob(filepath.Join(root, "*", "bun-*", FileName))
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, d := range dirs {
		if !strings.Contains(d, string(filepath.Separator)+"_") {
			out = append(out, filepath.Dir(d))
		}
	}
	if len(out) < 9 {
		t.Fatalf("found only %d bun fixture folders", len(out))
	}
	return out
}

// TestSharedFixtures compares each fixture's name@version set with pnpm's
// own listing, checks that nothing is left unexplained (no problems), and
// that every non-root node hangs from a root.
func TestSharedFixtures(t *testing.T) {
	for _, dir := range sharedDirs(t) {
		name := filepath.Base(filepath.Dir(dir)) + "/" + filepath.Base(dir)
		t.Run(name, func(t *testing.T) {
			g := parseFile(t, filepath.Join(dir, FileName))
			want := readLines(t, filepath.Join(dir, "expected.txt"))
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

func readLines(t *testing.T, path string) []string {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out []string
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if l := strings.TrimSpace(sc.Text()); l != "" {
			out = append(out, l)
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	slices.Sort(out)
	return slices.Compact(out)
}
