package pnpmlock

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/depfence/depfence/internal/depgraph"
	"github.com/depfence/depfence/internal/fixture"
)

// sectionKeys counts the keys of each top-level section of every YAML
// document with a plain line scan, independently of the parser: a key is a
// line indented by exactly two spaces.
func sectionKeys(data string) []map[string][]string {
	var docs []map[string][]string
	cur := map[string][]string{}
	section := ""
	for _, l := range strings.Split(data, "\n") {
		switch {
		case l == "---":
			if len(cur) > 0 {
				docs = append(docs, cur)
			}
			cur, section = map[string][]string{}, ""
		case l == "" || strings.HasPrefix(l, "#"):
		case !strings.HasPrefix(l, " "):
			section, _, _ = strings.Cut(l, ":")
			cur[section] = cur[section][:0:0]
		case strings.HasPrefix(l, "  ") && l[2] != ' ':
			k := strings.TrimSuffix(strings.TrimSuffix(strings.TrimSpace(l), " {}"), ":")
			cur[section] = append(cur[section], strings.Trim(k, "'"))
		}
	}
	if len(cur) > 0 {
		docs = append(docs, cur)
	}
	return docs
}

// TestRealWorldAstro parses withastro/astro's pnpm 11 lockfile: two YAML
// documents, the first locking pnpm itself.
func TestRealWorldAstro(t *testing.T) {
	path := filepath.Join(fixture.Shared(t, "fixtures", "real-world", "astro"), FileName)
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	docs := sectionKeys(string(data))
	if len(docs) != 2 {
		t.Fatalf("line scan found %d documents, want 2", len(docs))
	}
	boot, proj := docs[0], docs[1]
	// The README's counts: 19 bootstrap packages, 2137 project packages
	// whose key has no ':' (its regex skips the 3 file: keys).
	noColon := 0
	registryKeys := map[string]bool{}
	for _, k := range proj["packages"] {
		if !strings.Contains(k, ":") {
			noColon++
			registryKeys[k] = true
		}
	}
	if len(boot["packages"]) != 19 || noColon != 2137 {
		t.Fatalf("line scan: %d bootstrap packages, %d project packages without ':'; README says 19 and 2137", len(boot["packages"]), noColon)
	}

	g := parseFile(t, path)
	if len(g.Problems) > 0 {
		t.Errorf("problems: %v", g.Problems[:min(5, len(g.Problems))])
	}
	if !strings.Contains(g.Format, "pnpm@11.10.0") {
		t.Errorf("format %q does not name the locked package manager", g.Format)
	}
	instances, bases, registry := 0, map[string]bool{}, map[string]bool{}
	for _, n := range g.Nodes {
		if g.IsRoot(n.ID) {
			continue
		}
		if n.Source.Kind == depgraph.SourceLink {
			t.Errorf("unexpected link node %s", n.Key)
			continue
		}
		instances++
		if n.Source.Kind == depgraph.SourceRegistry {
			registry[n.String()] = true
		}
		k, _, _ := strings.Cut(n.Key, "(")
		bases[k] = true
		if len(n.Importers) == 0 {
			t.Errorf("%s is not reachable", n.Key)
		}
		if strings.HasPrefix(n.Name, "@pnpm/") {
			t.Errorf("pnpm's own bootstrap package %s is in the project graph", n)
		}
	}
	if got, want := len(g.Roots), len(proj["importers"]); got != want {
		t.Errorf("%d roots, want %d importers", got, want)
	}
	if got, want := instances, len(proj["snapshots"]); got != want {
		t.Errorf("%d package instances, want %d snapshots", got, want)
	}
	if got, want := len(bases), len(proj["packages"]); got != want {
		t.Errorf("%d distinct peer-less keys, want %d packages", got, want)
	}
	// A v9 packages key of a registry package is name@version.
	if diff := cmp.Diff(registryKeys, registry); diff != "" {
		t.Errorf("registry name@version set differs from the packages keys (-want +got):\n%s", diff)
	}
	t.Logf("astro: %d roots, %d instances (%d packages entries), %d edges", len(g.Roots), instances, len(bases), len(g.Edges))
}

// TestRealWorldAstroPlatform checks the os/cpu/libc restrictions read from
// astro's lockfile: a glibc and a musl build of the same native library, a
// macOS-only package and an unrestricted one.
func TestRealWorldAstroPlatform(t *testing.T) {
	path := filepath.Join(fixture.Shared(t, "fixtures", "real-world", "astro"), FileName)
	g := parseFile(t, path)
	type platform struct{ OS, CPU, Libc []string }
	want := map[string]platform{
		"@img/sharp-libvips-linux-x64@1.2.4":     {OS: []string{"linux"}, CPU: []string{"x64"}, Libc: []string{"glibc"}},
		"@img/sharp-libvips-linuxmusl-x64@1.2.4": {OS: []string{"linux"}, CPU: []string{"x64"}, Libc: []string{"musl"}},
		"fsevents@2.3.3":                         {OS: []string{"darwin"}},
		"function-bind@1.1.2":                    {},
	}
	got := map[string]platform{}
	for _, n := range g.Nodes {
		if _, ok := want[n.Key]; ok {
			got[n.Key] = platform{n.OS, n.CPU, n.Libc}
		}
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("platform restrictions (-want +got):\n%s", diff)
	}
	glibc := depgraph.Platform{OS: "linux", CPU: "x64", Libc: "glibc"}
	for key, installs := range map[string]bool{
		"@img/sharp-libvips-linux-x64@1.2.4":     true,
		"@img/sharp-libvips-linuxmusl-x64@1.2.4": false,
		"fsevents@2.3.3":                         false,
		"function-bind@1.1.2":                    true,
	} {
		for _, n := range g.Nodes {
			if n.Key == key && n.MatchesPlatform(glibc) != installs {
				t.Errorf("%s: MatchesPlatform(%+v) = %v, want %v", key, glibc, !installs, installs)
			}
		}
	}
}
