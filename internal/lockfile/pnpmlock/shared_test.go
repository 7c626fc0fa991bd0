package pnpmlock

import (
	"context"
	"os"
	"path/filepath"
	"regexp"
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

// TestSharedFixtures compares each fixture's name@version set with pnpm's
// own listing, checks that nothing is left unexplained (no problems), and
// that every non-root node hangs from a root.
func TestSharedFixtures(t *testing.T) {
	for _, dir := range fixture.ToolDirs(t, "pnpm-*", FileName, 12) {
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

// TestFlagsAgreeWithLockfile checks the flags Finalize computes from the
// edges against the dev/optional fields pnpm 7 and 8 write.
func TestFlagsAgreeWithLockfile(t *testing.T) {
	for _, dir := range fixture.ToolDirs(t, "pnpm-*", FileName, 12) {
		path := filepath.Join(dir, FileName)
		data, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(string(data), "\n    dev: ") {
			continue
		}
		t.Run(filepath.Base(filepath.Dir(dir))+"/"+filepath.Base(dir), func(t *testing.T) {
			g := parseFile(t, path)
			dev, optional := lockfileFlags(string(data))
			for _, n := range g.Nodes {
				if g.IsRoot(n.ID) || n.Source.Kind == depgraph.SourceLink {
					continue
				}
				if got := n.Flags.Has(depgraph.Dev); got != dev[n.Key] {
					t.Errorf("%s: Dev = %v, lockfile dev: true = %v", n.Key, got, dev[n.Key])
				}
				if got := n.Flags.Has(depgraph.Optional); got != optional[n.Key] {
					t.Errorf("%s: Optional = %v, lockfile optional: true = %v", n.Key, got, optional[n.Key])
				}
			}
		})
	}
}

// lockfileFlags reads "dev: true" and "optional: true" per packages key
// with a line scan, independently of the parser.
func lockfileFlags(s string) (dev, optional map[string]bool) {
	dev, optional = map[string]bool{}, map[string]bool{}
	keyRe := regexp.MustCompile(`^  '?([^' ][^']*?)'?:\s*$`)
	inPackages := false
	key := ""
	for _, l := range strings.Split(s, "\n") {
		if !strings.HasPrefix(l, " ") && l != "" {
			inPackages = strings.HasPrefix(l, "packages:")
			continue
		}
		if !inPackages {
			continue
		}
		if m := keyRe.FindStringSubmatch(l); m != nil {
			key = m[1]
		}
		switch l {
		case "    dev: true":
			dev[key] = true
		case "    optional: true":
			optional[key] = true
		}
	}
	return dev, optional
}
