package formats

import (
	"context"
	"errors"
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

// TestSharedFixtures walks every ../shared/fixtures/lockfiles/<case>/<tool>/
// folder and compares the (name, version) set of the graph with the tool's
// own listing in expected.txt. New fixture folders are covered without code
// changes. Run one format with -run 'TestSharedFixtures/.*/npm'.
func TestSharedFixtures(t *testing.T) {
	root := fixture.Shared(t, "fixtures", "lockfiles")
	cases, err := os.ReadDir(root)
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, c := range cases {
		if !c.IsDir() || strings.HasPrefix(c.Name(), "_") {
			continue
		}
		tools, err := os.ReadDir(filepath.Join(root, c.Name()))
		if err != nil {
			t.Fatal(err)
		}
		for _, tool := range tools {
			dir := filepath.Join(root, c.Name(), tool.Name())
			if _, err := os.Stat(filepath.Join(dir, "expected.txt")); err != nil {
				continue
			}
			n++
			t.Run(c.Name()+"/"+tool.Name(), func(t *testing.T) {
				checkFixture(t, dir)
			})
		}
	}
	if n < 50 {
		t.Fatalf("found only %d fixture folders under %s", n, root)
	}
}

func checkFixture(t *testing.T, dir string) {
	path, err := Detect(dir)
	if err != nil {
		t.Fatal(err)
	}
	g, err := Load(context.Background(), path)
	if filepath.Base(path) == "bun.lockb" {
		if !errors.Is(err, lockfile.ErrUnsupported) || !strings.Contains(err.Error(), "bun.lock") {
			t.Fatalf("bun.lockb: want ErrUnsupported naming bun.lock, got %v", err)
		}
		return
	}
	if err != nil {
		t.Fatalf("load %s: %v", path, err)
	}
	want := fixture.ExpectedSet(t, filepath.Join(dir, "expected.txt"))
	var got []string
	for _, n := range g.Nodes {
		if g.IsRoot(n.ID) || n.Source.Kind == depgraph.SourceWorkspace || n.Source.Kind == depgraph.SourceRoot {
			continue
		}
		got = append(got, n.Name+"@"+n.Version)
	}
	slices.Sort(got)
	got = slices.Compact(got)
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("%s: name@version set differs from the tool's listing (-want +got):\n%s", path, diff)
	}
	checkFlags(t, g)
}

// checkFlags asserts the dev/optional flags every fixture project implies:
// nodemon (and its tree) is dev-only, fsevents is optional.
func checkFlags(t *testing.T, g *depgraph.Graph) {
	for _, n := range g.Nodes {
		switch n.Name {
		case "nodemon":
			if !n.Flags.Has(depgraph.Dev) {
				t.Errorf("%s: nodemon should be dev (flags %b)", g.Path, n.Flags)
			}
		case "express", "axios":
			if n.Flags.Has(depgraph.Dev) || n.Flags.Has(depgraph.Optional) {
				t.Errorf("%s: %s should be prod (flags %b)", g.Path, n.Name, n.Flags)
			}
		case "fsevents":
			if !n.Flags.Has(depgraph.Optional) && !n.Flags.Has(depgraph.DevOptional) {
				t.Errorf("%s: fsevents should be optional (flags %b)", g.Path, n.Flags)
			}
		}
	}
}
