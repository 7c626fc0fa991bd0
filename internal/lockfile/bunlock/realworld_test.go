package bunlock

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/depfence/depfence/internal/depgraph"
	"github.com/depfence/depfence/internal/fixture"
	"github.com/depfence/depfence/internal/lockfile"
)

// TestRealWorldHono parses honojs/hono's bun.lock and compares the number
// of package nodes with a line count of the packages section made without
// the parser.
func TestRealWorldHono(t *testing.T) {
	dir := fixture.Shared(t, "fixtures", "real-world", "hono")
	path := filepath.Join(dir, FileName)
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	// One entry per line in bun's own formatting: `    "key": ["ident", ...`.
	entryRe := regexp.MustCompile(`(?m)^    "([^"]+)": \["([^"]+)"`)
	pkgs := string(data)[strings.Index(string(data), `"packages": {`):]
	entries, workspaceEntries := 0, 0
	idents := map[string]bool{}
	for _, m := range entryRe.FindAllStringSubmatch(pkgs, -1) {
		entries++
		if strings.Contains(m[2], "@workspace:") {
			workspaceEntries++
			continue
		}
		idents[m[2]] = true
	}
	if entries != 1152 || len(idents) != 1012 {
		t.Fatalf("line count found %d entries, %d distinct; README says 1152 and 1012", entries, len(idents))
	}

	g := parseFile(t, path)
	if len(g.Problems) > 0 {
		t.Errorf("problems: %v", g.Problems[:min(5, len(g.Problems))])
	}
	nodes := 0
	got := map[string]bool{}
	for _, n := range g.Nodes {
		if g.IsRoot(n.ID) {
			continue
		}
		nodes++
		got[n.String()] = true
		if len(n.Importers) == 0 {
			t.Errorf("%s is not reachable", n.Key)
		}
	}
	if want := entries - workspaceEntries; nodes != want {
		t.Errorf("%d package nodes, want %d", nodes, want)
	}
	// hono's packages are all registry packages, so the tuple's ident is
	// name@version.
	if diff := cmp.Diff(idents, got); diff != "" {
		t.Errorf("name@version set differs from the idents (-want +got):\n%s", diff)
	}
	t.Logf("hono: %d roots, %d packages, %d edges", len(g.Roots), nodes, len(g.Edges))
}

// TestRealWorldHonoBinary checks the refusal of hono's real bun.lockb.
func TestRealWorldHonoBinary(t *testing.T) {
	path := filepath.Join(fixture.Shared(t, "fixtures", "real-world", "hono"), BinaryFileName)
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	_, err = Parser{}.Parse(context.Background(), lockfile.Input{Path: path, Data: data})
	if !errors.Is(err, lockfile.ErrUnsupported) || !strings.Contains(err.Error(), "bun install --save-text-lockfile") {
		t.Errorf("got %v, want ErrUnsupported with instructions", err)
	}
}

// TestRealWorldHonoPlatform checks the os/cpu restrictions read from hono's
// bun.lock: bun records no libc, so the glibc and musl builds of rollup look
// alike; "none" marks lists naming no platform bun knows, which bun installs
// nowhere; fsevents is macOS-only and ms unrestricted.
func TestRealWorldHonoPlatform(t *testing.T) {
	g := parseFile(t, filepath.Join(fixture.Shared(t, "fixtures", "real-world", "hono"), FileName))
	type platform struct{ OS, CPU, Libc []string }
	linuxX64 := platform{OS: []string{"linux"}, CPU: []string{"x64"}}
	want := map[string]platform{
		"@rollup/rollup-linux-x64-gnu":  linuxX64,
		"@rollup/rollup-linux-x64-musl": linuxX64,
		"@esbuild/linux-riscv64":        {OS: []string{"linux"}, CPU: []string{"none"}},
		"@esbuild/netbsd-x64":           {OS: []string{"none"}, CPU: []string{"x64"}},
		"@img/sharp-wasm32":             {CPU: []string{"none"}},
		"fsevents":                      {OS: []string{"darwin"}},
		"ms":                            {},
	}
	got := map[string]platform{}
	installs := map[string]bool{}
	for _, n := range g.Nodes {
		if _, ok := want[n.Key]; ok {
			got[n.Key] = platform{n.OS, n.CPU, n.Libc}
			installs[n.Key] = n.MatchesPlatform(depgraph.Platform{OS: "linux", CPU: "x64", Libc: "glibc"})
		}
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("platform restrictions (-want +got):\n%s", diff)
	}
	wantInstalls := map[string]bool{
		"@rollup/rollup-linux-x64-gnu":  true,
		"@rollup/rollup-linux-x64-musl": true, // as bun: it does not tell libc apart
		"@esbuild/linux-riscv64":        false,
		"@esbuild/netbsd-x64":           false,
		"@img/sharp-wasm32":             false,
		"fsevents":                      false,
		"ms":                            true,
	}
	if diff := cmp.Diff(wantInstalls, installs); diff != "" {
		t.Errorf("installs on linux/x64/glibc (-want +got):\n%s", diff)
	}
}
