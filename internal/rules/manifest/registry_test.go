package manifest

import (
	"archive/tar"
	"bytes"
	"compress/gzip"
	"context"
	"io/fs"
	"slices"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/depfence/depfence/internal/analyze"
	"github.com/depfence/depfence/internal/archive"
	"github.com/depfence/depfence/internal/finding"
	"github.com/depfence/depfence/internal/npm"
	"github.com/depfence/depfence/internal/npmrc"
	"github.com/depfence/depfence/internal/registry"
	"github.com/depfence/depfence/internal/registry/registrytest"
)

// tgz packs entries in order (a name may repeat: npm keeps the last).
func tgz(t *testing.T, entries [][2]string) []byte {
	t.Helper()
	var buf bytes.Buffer
	zw := gzip.NewWriter(&buf)
	tw := tar.NewWriter(zw)
	for _, e := range entries {
		if err := tw.WriteHeader(&tar.Header{Name: "package/" + e[0], Mode: 0o644, Size: int64(len(e[1])), Typeflag: tar.TypeReg}); err != nil {
			t.Fatal(err)
		}
		if _, err := tw.Write([]byte(e[1])); err != nil {
			t.Fatal(err)
		}
	}
	if err := tw.Close(); err != nil {
		t.Fatal(err)
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// TestAgainstRegistry publishes tarballs whose registry manifest lies to a
// fake registry, reads the version through the real client and the
// tarball through archive, as a scan would, and compares.
func TestAgainstRegistry(t *testing.T) {
	srv := registrytest.New(t)
	clean := `{"name":"dup","version":"1.0.0","scripts":{"test":"jest"}}`
	evil := `{"name":"dup","version":"1.0.0","scripts":{"test":"jest","preinstall":"node x.js"}}`
	// the tarball carries two package.json entries: the second one is what
	// npm installs
	srv.AddTarball("dup", "1.0.0", tgz(t, [][2]string{{"package.json", clean}, {"x.js", "1"}, {"package.json", evil}}),
		map[string]any{"name": "dup", "version": "1.0.0", "scripts": map[string]any{"test": "jest"}})
	srv.AddTarball("honest", "2.0.0", tgz(t, [][2]string{{"package.json", `{"name":"honest","version":"2.0.0","dependencies":{"a":"^1.0.0"}}`}}),
		map[string]any{"name": "honest", "version": "2.0.0", "dependencies": map[string]any{"a": "^1.0.0"}})

	cfg, err := npmrc.Load(npmrc.Options{
		Env: []string{"npm_config_registry=" + srv.URL}, DefaultRegistry: srv.URL,
		ReadFile: func(string) ([]byte, error) { return nil, fs.ErrNotExist },
	})
	if err != nil {
		t.Fatal(err)
	}
	client, err := registry.New(cfg, registry.WithHTTPClient(srv.Client()), registry.WithRetries(0))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(client.Close)
	ctx := context.Background()
	eng, err := analyze.New(Rules())
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name, version string
		want          []string
	}{
		{"dup", "1.0.0", []string{"critical the tarball runs a preinstall script that the registry manifest hides"}},
		{"honest", "2.0.0", nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			p, err := client.FullPackument(ctx, tc.name)
			if err != nil {
				t.Fatal(err)
			}
			pv := p.Versions[tc.version]
			data, err := client.Tarball(ctx, tc.name, tc.version, pv.Dist.Tarball, mustIntegrity(t, pv.Dist.Integrity))
			if err != nil {
				t.Fatal(err)
			}
			fsys, err := archive.Read(ctx, bytes.NewReader(data), archive.DefaultLimits())
			if err != nil {
				t.Fatal(err)
			}
			tg := analyze.NewTarget(fsys, analyze.DefaultLimits())
			tg.Package = finding.Package{Name: tc.name, Version: tc.version}
			tg.Packument = VersionDocument(pv)
			res, err := eng.Run(ctx, tg)
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, f := range res.Findings {
				got = append(got, f.Severity.String()+" "+f.Message)
			}
			slices.Sort(got)
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
}

func mustIntegrity(t *testing.T, s string) npm.Integrity {
	t.Helper()
	in, err := npm.ParseIntegrity(s)
	if err != nil {
		t.Fatal(err)
	}
	return in
}
