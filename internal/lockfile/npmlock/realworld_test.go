package npmlock

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/depfence/depfence/internal/depgraph"
	"github.com/depfence/depfence/internal/fixture"
	"github.com/depfence/depfence/internal/lockfile"
)

// oracle holds figures computed from the raw "packages" map with plain
// encoding/json, sharing no code with the parser: entries under
// node_modules that are not links, and how many carry each flag.
type oracle struct {
	entries, dev, optional, bundled, scripts int
}

func independentCount(t *testing.T, data []byte) oracle {
	t.Helper()
	var doc struct {
		Packages map[string]json.RawMessage `json:"packages"`
	}
	if err := json.Unmarshal(data, &doc); err != nil {
		t.Fatal(err)
	}
	var o oracle
	for k, v := range doc.Packages {
		var e struct {
			Link             bool `json:"link"`
			Dev              bool `json:"dev"`
			Optional         bool `json:"optional"`
			InBundle         bool `json:"inBundle"`
			HasInstallScript bool `json:"hasInstallScript"`
		}
		if err := json.Unmarshal(v, &e); err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(k, "node_modules/") || e.Link {
			continue
		}
		o.entries++
		for _, c := range []struct {
			set bool
			n   *int
		}{{e.Dev, &o.dev}, {e.Optional, &o.optional}, {e.InBundle, &o.bundled}, {e.HasInstallScript, &o.scripts}} {
			if c.set {
				*c.n++
			}
		}
	}
	return o
}

func TestRealWorld(t *testing.T) {
	tests := []struct {
		dir        []string
		entries    int // from ../shared/fixtures/real-world/README.md; 0 = not listed there
		workspaces int
		git        string // the one git dependency
	}{
		{[]string{"real-world", "npm-cli"}, 1241, 16, ""},
		{[]string{"real-world", "insomnia"}, 1819, 5, "grpc-reflection-js"},
		{[]string{"perf", "nextjs-app"}, 0, 0, ""},
	}
	for _, tt := range tests {
		t.Run(tt.dir[len(tt.dir)-1], func(t *testing.T) {
			dir := fixture.Shared(t, append([]string{"fixtures"}, tt.dir...)...)
			p := filepath.Join(dir, "package-lock.json")
			data, err := os.ReadFile(p)
			if err != nil {
				t.Fatal(err)
			}
			g, err := Parser{}.Parse(context.Background(), lockfile.Input{Path: p, Data: data, Project: os.DirFS(dir)})
			if err != nil {
				t.Fatal(err)
			}
			want := independentCount(t, data)
			if tt.entries != 0 && want.entries != tt.entries {
				t.Fatalf("oracle counted %d entries, README says %d", want.entries, tt.entries)
			}
			var got oracle
			var ws int
			for _, n := range g.Nodes {
				switch n.Source.Kind {
				case depgraph.SourceRoot:
					continue
				case depgraph.SourceWorkspace:
					ws++
					continue
				}
				got.entries++
				for _, c := range []struct {
					set bool
					n   *int
				}{{n.Flags.Has(depgraph.Dev), &got.dev}, {n.Flags.Has(depgraph.Optional), &got.optional}, {n.Flags.Has(depgraph.Bundled), &got.bundled}, {n.HasInstallScript, &got.scripts}} {
					if c.set {
						*c.n++
					}
				}
			}
			if got != want {
				t.Errorf("graph counts %+v, oracle counts %+v", got, want)
			}
			checkConsistent(t, g, data)
			for _, n := range g.Nodes {
				if n.Source.Kind == depgraph.SourceGit && (n.Source.Commit == "" || !strings.Contains(n.Source.URL, n.Source.Commit)) {
					t.Errorf("git node %s: %+v", n, n.Source)
				}
			}
			if tt.git != "" {
				if ns := g.Find(tt.git, ""); len(ns) != 1 || ns[0].Source.Kind != depgraph.SourceGit {
					t.Errorf("%s should be one git node, got %v", tt.git, ns)
				}
			}
			if ws != tt.workspaces || len(g.Roots) != tt.workspaces+1 {
				t.Errorf("got %d workspace nodes and %d roots, want %d workspaces", ws, len(g.Roots), tt.workspaces)
			}
		})
	}
}
