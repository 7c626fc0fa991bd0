package release

import (
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/depfence/depfence/internal/npmrc"
	"github.com/depfence/depfence/internal/registry"
	"github.com/depfence/depfence/internal/registry/registrytest"
)

// TestThroughRegistryClient serves the fixtures from a fake registry and
// reads them with the real client's FullPackument, as the scan does: the
// client must keep time, _npmUser, maintainers and attestations, and the
// rules must find what they find on the parsed fixtures.
func TestThroughRegistryClient(t *testing.T) {
	srv := registrytest.New(t)
	files, err := filepath.Glob("testdata/*.json")
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		srv.SetPackument(strings.TrimSuffix(filepath.Base(f), ".json"), b)
	}
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

	pkgs := []string{"quiet-lib@1.1.1", "old-line@1.0.2", "gone-pkg@1.0.1", "takeover-pkg@1.0.1", "ci-pkg@1.1.0"}
	direct := target(graph(pkgs...), docs(t))
	viaClient := target(graph(pkgs...), nil)
	viaClient.Registry = srv.URL
	viaClient.Packument = client.FullPackument
	wantFound, wantSkipped := runAll(t, direct)
	gotFound, gotSkipped := runAll(t, viaClient)
	if diff := cmp.Diff(wantFound, gotFound); diff != "" {
		t.Errorf("findings (-parsed fixtures +through the client):\n%s", diff)
	}
	if diff := cmp.Diff(wantSkipped, gotSkipped); diff != "" {
		t.Errorf("skipped (-parsed fixtures +through the client):\n%s", diff)
	}
	if len(gotFound) < 10 {
		t.Errorf("only %d findings: %v", len(gotFound), gotFound)
	}
}
