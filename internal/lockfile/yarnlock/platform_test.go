package yarnlock

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/depfence/depfence/internal/depgraph"
	"github.com/depfence/depfence/internal/fixture"
	"github.com/depfence/depfence/internal/lockfile"
)

// platform is a node's platform restrictions, for comparisons.
type platform struct{ OS, CPU, Libc []string }

func TestParseConditions(t *testing.T) {
	tests := []struct {
		in   string
		want platform
	}{
		{"os=darwin", platform{OS: []string{"darwin"}}},
		{"os=linux & cpu=x64 & libc=glibc", platform{[]string{"linux"}, []string{"x64"}, []string{"glibc"}}},
		{"cpu=wasm32", platform{CPU: []string{"wasm32"}}},
		// yarn's rendering of "os": ["!win32"] (yarnpkg/berry#5962).
		{"!os=win32", platform{OS: []string{"!win32"}}},
		// Several values of one field: a parenthesised "|" list.
		{"(os=darwin | os=linux) & (cpu=arm64 | !cpu=ia32)", platform{OS: []string{"darwin", "linux"}, CPU: []string{"arm64", "!ia32"}}},
		{"  os=linux&cpu=arm64  ", platform{OS: []string{"linux"}, CPU: []string{"arm64"}}},
		// Unknown keys and malformed tokens are ignored.
		{"arch=x64 & engine=node", platform{}},
		{"os & =linux & cpu= & os=lin=ux & os=!win32 & invalid & () & | & libc=musl", platform{Libc: []string{"musl"}}},
		{"", platform{}},
		{"&&&||((", platform{}},
	}
	for _, tt := range tests {
		var got platform
		got.OS, got.CPU, got.Libc = parseConditions(tt.in)
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("parseConditions(%q) (-want +got):\n%s", tt.in, diff)
		}
	}
}

// TestRealWorldPlatform checks the restrictions read from the conditions of
// real berry lockfiles (a glibc and a musl build, fsevents and its
// compatibility patch, an unrestricted package) and that yarn classic,
// which records none, gives none.
func TestRealWorldPlatform(t *testing.T) {
	type pick struct {
		name, version string
		patched       bool
	}
	linux := func(libc string) platform {
		return platform{[]string{"linux"}, []string{"x64"}, []string{libc}}
	}
	darwin := platform{OS: []string{"darwin"}}
	tests := []struct {
		project string
		want    map[pick]platform
	}{
		{"jest", map[pick]platform{
			{"@parcel/watcher-linux-x64-glibc", "2.6.0", false}: linux("glibc"),
			{"@parcel/watcher-linux-x64-musl", "2.6.0", false}:  linux("musl"),
			{"fsevents", "2.3.3", false}:                        darwin,
			{"fsevents", "2.3.3", true}:                         darwin,
			{"ms", "2.1.3", false}:                              {},
		}},
		{"medusa", map[pick]platform{
			{"@rollup/rollup-linux-x64-gnu", "4.24.0", false}:  linux("glibc"),
			{"@rollup/rollup-linux-x64-musl", "4.24.0", false}: linux("musl"),
			{"fsevents", "2.3.3", false}:                       darwin,
			{"fsevents", "2.3.3", true}:                        darwin,
			{"ms", "2.1.3", false}:                             {},
		}},
	}
	for _, tc := range tests {
		t.Run(tc.project, func(t *testing.T) {
			g, _ := parseRealWorld(t, tc.project)
			got := map[pick]platform{}
			for _, n := range g.Nodes {
				k := pick{n.Name, n.Version, n.Source.Patch != ""}
				if _, ok := tc.want[k]; ok {
					got[k] = platform{n.OS, n.CPU, n.Libc}
				}
			}
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("platform restrictions (-want +got):\n%s", diff)
			}
			glibc := depgraph.Platform{OS: "linux", CPU: "x64", Libc: "glibc"}
			for k, p := range got {
				n := &depgraph.Node{OS: p.OS, CPU: p.CPU, Libc: p.Libc}
				want := !strings.Contains(k.name, "musl") && k.name != "fsevents"
				if n.MatchesPlatform(glibc) != want {
					t.Errorf("%+v: MatchesPlatform(%+v) = %v, want %v", k, glibc, !want, want)
				}
			}
		})
	}
	t.Run("webpack", func(t *testing.T) {
		g, _ := parseRealWorld(t, "webpack")
		for _, n := range g.Nodes {
			if n.OS != nil || n.CPU != nil || n.Libc != nil {
				t.Errorf("%s: yarn classic records no platform, got %+v", n, platform{n.OS, n.CPU, n.Libc})
			}
		}
	})
}

// parseRealWorld parses a real-world fixture's yarn.lock and returns the
// graph with the lockfile's bytes.
func parseRealWorld(t *testing.T, project string) (*depgraph.Graph, []byte) {
	t.Helper()
	path := fixture.Shared(t, "fixtures", "real-world", project, "yarn.lock")
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	g, err := Parser{}.Parse(context.Background(), lockfile.Input{Path: path, Data: data, Project: os.DirFS(filepath.Dir(path))})
	if err != nil {
		t.Fatal(err)
	}
	return g, data
}
