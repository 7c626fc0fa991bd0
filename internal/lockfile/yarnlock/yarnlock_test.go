package yarnlock

import (
	"context"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/depfence/depfence/internal/depgraph"
	"github.com/depfence/depfence/internal/lockfile"
	"github.com/depfence/depfence/internal/lockfile/lockfiletest"
)

// parseDir parses testdata/<dir>/yarn.lock with the directory as the project.
func parseDir(t *testing.T, dir string, withProject bool) (*depgraph.Graph, error) {
	t.Helper()
	p := filepath.Join("testdata", dir, "yarn.lock")
	data, err := os.ReadFile(p)
	if err != nil {
		t.Fatal(err)
	}
	in := lockfile.Input{Path: p, Data: data}
	if withProject {
		in.Project = os.DirFS(filepath.Dir(p))
	}
	return Parser{}.Parse(context.Background(), in)
}

func flagString(f depgraph.Flags) string {
	var s []string
	for _, x := range []struct {
		f depgraph.Flags
		n string
	}{{depgraph.Dev, "dev"}, {depgraph.Optional, "optional"}, {depgraph.DevOptional, "devOptional"}, {depgraph.Peer, "peer"}, {depgraph.Bundled, "bundled"}} {
		if f.Has(x.f) {
			s = append(s, x.n)
		}
	}
	return strings.Join(s, ",")
}

// nodeLines renders each node as one comparable line.
func nodeLines(g *depgraph.Graph) []string {
	var out []string
	for _, n := range g.Nodes {
		s := fmt.Sprintf("%s@%s %s", n.Name, n.Version, n.Source.Kind)
		for _, kv := range [][2]string{{"url", n.Source.URL}, {"path", n.Source.Path}, {"commit", n.Source.Commit}, {"patch", n.Source.Patch}, {"flags", flagString(n.Flags)}} {
			if kv[1] != "" {
				s += " " + kv[0] + "=" + kv[1]
			}
		}
		if !n.Integrity.IsZero() {
			h, _ := n.Integrity.Strongest()
			s += " integrity=" + h.Algorithm.String()
		} else if n.IntegrityRaw != "" {
			s += " integrityRaw=" + n.IntegrityRaw
		}
		for _, kv := range lockfiletest.Platform(n) {
			s += " " + kv
		}
		if g.IsRoot(n.ID) {
			s += " ROOT"
		}
		out = append(out, s)
	}
	slices.Sort(out)
	return out
}

// edgeLines renders each edge as "from -> to name@spec kind".
func edgeLines(g *depgraph.Graph) []string {
	var out []string
	for _, e := range g.Edges {
		out = append(out, fmt.Sprintf("%s -> %s %s@%s %s", g.Nodes[e.From], g.Nodes[e.To], e.Name, e.Spec, e.Kind))
	}
	slices.Sort(out)
	return out
}

func problemLines(g *depgraph.Graph) []string {
	var out []string
	for _, p := range g.Problems {
		out = append(out, fmt.Sprintf("%d: %s", p.Line, p.Message))
	}
	return out
}

var update = flag.Bool("update", false, "rewrite testdata/*/graph.golden")

// TestGolden parses every testdata/<case>/yarn.lock (with its directory as
// the project) and compares nodes, edges and problems with graph.golden.
// Cases whose golden file starts with "error: " must fail with that error.
func TestGolden(t *testing.T) {
	dirs, err := os.ReadDir("testdata")
	if err != nil {
		t.Fatal(err)
	}
	for _, d := range dirs {
		if !d.IsDir() {
			continue
		}
		if _, err := os.Stat(filepath.Join("testdata", d.Name(), "yarn.lock")); err != nil {
			continue
		}
		t.Run(d.Name(), func(t *testing.T) {
			g, err := parseDir(t, d.Name(), true)
			var got string
			if err != nil {
				got = "error: " + err.Error() + "\n"
			} else {
				var b strings.Builder
				fmt.Fprintf(&b, "format: %s\n", g.Format)
				for _, l := range nodeLines(g) {
					fmt.Fprintf(&b, "node %s\n", l)
				}
				for _, l := range edgeLines(g) {
					fmt.Fprintf(&b, "edge %s\n", l)
				}
				for _, l := range problemLines(g) {
					fmt.Fprintf(&b, "problem %s\n", l)
				}
				got = b.String()
			}
			golden := filepath.Join("testdata", d.Name(), "graph.golden")
			if *update {
				if err := os.WriteFile(golden, []byte(got), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run go test -update)", err)
			}
			if diff := cmp.Diff(string(want), got); diff != "" {
				t.Errorf("graph differs from %s (-want +got):\n%s", golden, diff)
			}
		})
	}
}
