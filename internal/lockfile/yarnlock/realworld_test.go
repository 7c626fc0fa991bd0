package yarnlock

import (
	"regexp"
	"strings"
	"testing"

	"github.com/depfence/depfence/internal/depgraph"
)

var (
	// A top-level entry header: an unindented, non-comment line ending in ":".
	headerRE = regexp.MustCompile(`(?m)^[^\s#].*:\r?$`)
	// A berry workspace entry's resolution.
	workspaceRE = regexp.MustCompile(`(?m)^  resolution: "?.+@workspace:`)
)

// independentCount counts a yarn.lock's package entries without the parser:
// top-level headers, minus berry's __metadata and workspace entries.
func independentCount(data []byte) int {
	n := len(headerRE.FindAll(data, -1))
	if IsBerry(data) {
		n -= 1 + len(workspaceRE.FindAll(data, -1))
	}
	return n
}

// TestRealWorld parses real lockfiles of large projects (with only their
// root package.json beside them) and checks every entry becomes a node,
// every dependency resolves and every node hangs from a root.
func TestRealWorld(t *testing.T) {
	tests := []struct {
		project string
		format  string
		entries int // ../shared/fixtures/real-world/README.md
	}{
		{"medusa", "yarn berry lockfile, __metadata.version 6", 2912},
		{"jest", "yarn berry lockfile, __metadata.version 10", 2156},
		{"webpack", "yarn classic lockfile v1", 1397},
	}
	for _, tc := range tests {
		t.Run(tc.project, func(t *testing.T) {
			g, data := parseRealWorld(t, tc.project)
			if g.Format != tc.format {
				t.Errorf("format %q, want %q", g.Format, tc.format)
			}
			packages := 0
			for _, n := range g.Nodes {
				if k := n.Source.Kind; k != depgraph.SourceRoot && k != depgraph.SourceWorkspace {
					packages++
				}
				if !g.IsRoot(n.ID) && len(n.Importers) == 0 {
					t.Errorf("%s (line %d) is not reachable from any root", n, n.Line)
				}
			}
			if want := independentCount(data); packages != want || packages != tc.entries {
				t.Errorf("%d package nodes, want %d (independent count) and %d (README)", packages, want, tc.entries)
			}
			for _, p := range g.Problems {
				// Only the workspace manifests are missing from the fixture.
				if !strings.Contains(p.Message, "workspace package.json file(s) could not be read") {
					t.Errorf("problem at line %d: %s", p.Line, p.Message)
				}
			}
		})
	}
}
