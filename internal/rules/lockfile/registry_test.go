package lockfile

import (
	"context"
	"errors"
	"io/fs"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/depfence/depfence/internal/analyze"
	"github.com/depfence/depfence/internal/depgraph"
	"github.com/depfence/depfence/internal/npm"
	"github.com/depfence/depfence/internal/npmrc"
	"github.com/depfence/depfence/internal/registry"
	"github.com/depfence/depfence/internal/registry/registrytest"
)

// TestIntegrityMismatchRegistry cross-checks locked integrity against a
// fake registry through the real client: equal, different, sha1-only
// lockfile against a registry shasum, unknown version and unknown package.
func TestIntegrityMismatchRegistry(t *testing.T) {
	srv := registrytest.New(t, registrytest.AllowUnexpected())
	good := srv.AddPackage("good", "1.0.0", nil, map[string]string{"index.js": "module.exports = 1\n"})
	srv.AddPackage("swapped", "2.0.0", nil, map[string]string{"index.js": "module.exports = 2\n"})
	old := srv.AddPackage("@s/old", "0.1.0", nil, map[string]string{"index.js": "module.exports = 3\n"})

	cfg, err := npmrc.Load(npmrc.Options{
		Env:             []string{"npm_config_registry=" + srv.URL},
		DefaultRegistry: srv.URL,
		ReadFile:        func(string) ([]byte, error) { return nil, fs.ErrNotExist },
	})
	if err != nil {
		t.Fatal(err)
	}
	client, err := registry.New(cfg, registry.WithHTTPClient(srv.Client()), registry.WithRetries(0))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(client.Close)

	oldSHA1, err := npm.IntegrityFromHex(npm.SHA1, old.Shasum)
	if err != nil {
		t.Fatal(err)
	}
	base := srv.URL
	nodes := []tinyNode{
		{node: reg("good", "1.0.0", base+"good/-/good-1.0.0.tgz", good.Integrity)},
		// the lockfile pins other bytes than the registry publishes
		{node: reg("swapped", "2.0.0", base+"swapped/-/swapped-2.0.0.tgz", registrytest.Integrity([]byte("attacker's tarball")))},
		{node: reg("@s/old", "0.1.0", base+"@s/old/-/old-0.1.0.tgz", oldSHA1.String())},
		{node: reg("good", "9.9.9", base+"good/-/good-9.9.9.tgz", good.Integrity)},
		{node: reg("unknown", "1.0.0", base+"unknown/-/unknown-1.0.0.tgz", good.Integrity)},
	}
	g := tiny(nodes...)
	target := &analyze.GraphTarget{Graph: g, Registry: srv.URL, Packument: client.Packument}
	got := run(t, target, IntegrityMismatch{})

	if diff := cmp.Diff([]string{"lockfile/integrity-mismatch swapped@2.0.0 critical", "lockfile/integrity-mismatch - info"}, keysSevUnsorted(got)); diff != "" {
		t.Fatalf("(-want +got):\n%s", diff)
	}
	info := got[1].In
	var skipped []string
	for _, e := range info.Evidence {
		skipped = append(skipped, e.Detail+": "+e.Snippet)
	}
	want := []string{"no registry document: unknown@1.0.0", "version not in the registry document: good@9.9.9"}
	if diff := cmp.Diff(want, skipped); diff != "" {
		t.Errorf("skipped (-want +got):\n%s", diff)
	}
	if !strings.Contains(info.Message, "2 of 5") {
		t.Errorf("info message %q", info.Message)
	}
}

func keysSevUnsorted(rs []rec) []string {
	var out []string
	for _, r := range rs {
		out = append(out, r.Rule+" "+r.Node+" "+r.Sev.String())
	}
	return out
}

func TestIntegrityMismatchOffline(t *testing.T) {
	g := tiny(tinyNode{node: reg("a", "1.0.0", "", sri512)})
	got := run(t, &analyze.GraphTarget{Graph: g}, IntegrityMismatch{})
	if diff := cmp.Diff([]string{"lockfile/integrity-mismatch - info"}, keysSev(got)); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}

	// Lookup errors are per package: recorded, never fatal.
	failing := func(context.Context, string) (*npm.Packument, error) { return nil, errors.New("boom") }
	got = run(t, &analyze.GraphTarget{Graph: g, Packument: failing}, IntegrityMismatch{})
	if diff := cmp.Diff([]string{"lockfile/integrity-mismatch - info"}, keysSev(got)); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}

	// Local code is never looked up.
	local := tiny(tinyNode{node: &depgraph.Node{Name: "ws", Version: "1.0.0", Integrity: mustSRI(t, sri512), Source: depgraph.Source{Kind: depgraph.SourceWorkspace, Path: "packages/ws"}}})
	called := false
	spy := func(context.Context, string) (*npm.Packument, error) { called = true; return nil, nil }
	if got := run(t, &analyze.GraphTarget{Graph: local, Packument: spy}, IntegrityMismatch{}); len(got) != 0 || called {
		t.Errorf("local code: got %v, lookup called %v", got, called)
	}
}
