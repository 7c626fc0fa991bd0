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

// independentCount counts the "packages" keys under node_modules that are
// not links, decoding the file with plain encoding/json: an oracle that
// shares no code with the parser.
func independentCount(t *testing.T, data []byte) int {
	t.Helper()
	var doc struct {
		Packages map[string]json.RawMessage `json:"packages"`
	}
	if err := json.Unmarshal(data, &doc); err != nil {
		t.Fatal(err)
	}
	n := 0
	for k, v := range doc.Packages {
		var e struct {
			Link bool `json:"link"`
		}
		if err := json.Unmarshal(v, &e); err != nil {
			t.Fatal(err)
		}
		if strings.Contains(k, "node_modules/") && !e.Link {
			n++
		}
	}
	return n
}

func TestRealWorld(t *testing.T) {
	tests := []struct {
		dir        []string
		entries    int // from ../shared/fixtures/real-world/README.md; 0 = not listed there
		workspaces int
	}{
		{[]string{"real-world", "npm-cli"}, 1241, 16},
		{[]string{"real-world", "insomnia"}, 1819, 5},
		{[]string{"perf", "nextjs-app"}, 0, 0},
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
			if tt.entries != 0 && want != tt.entries {
				t.Fatalf("oracle counted %d entries, README says %d", want, tt.entries)
			}
			var pkgs, ws int
			for _, n := range g.Nodes {
				switch n.Source.Kind {
				case depgraph.SourceRoot:
				case depgraph.SourceWorkspace:
					ws++
				default:
					pkgs++
				}
			}
			if pkgs != want {
				t.Errorf("graph has %d package nodes, oracle counts %d", pkgs, want)
			}
			if ws != tt.workspaces || len(g.Roots) != tt.workspaces+1 {
				t.Errorf("got %d workspace nodes and %d roots, want %d workspaces", ws, len(g.Roots), tt.workspaces)
			}
			for _, pr := range g.Problems {
				t.Logf("problem: %s:%d: %s", pr.Key, pr.Line, pr.Message)
			}
		})
	}
}
