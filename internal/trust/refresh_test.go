package trust

import (
	"archive/tar"
	"bytes"
	"compress/gzip"
	"context"
	"encoding/base64"
	"encoding/json"
	"errors"
	"os"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/depfence/depfence/internal/npm"
)

// fakeRegistry serves packuments, tarballs and attestations from memory
// (Refresh's seam; no HTTP).
type fakeRegistry struct {
	packuments   map[string]*npm.Packument
	tarballs     map[string][]byte // name@version
	attestations map[string][]byte
}

func (f *fakeRegistry) Packument(_ context.Context, name string) (*npm.Packument, error) {
	if p, ok := f.packuments[name]; ok {
		return p, nil
	}
	return nil, errors.New("not found")
}

func (f *fakeRegistry) Tarball(_ context.Context, name, version string) ([]byte, error) {
	if b, ok := f.tarballs[name+"@"+version]; ok {
		return b, nil
	}
	return nil, errors.New("not found")
}

func (f *fakeRegistry) Attestations(_ context.Context, name, version string) ([]byte, error) {
	if b, ok := f.attestations[name+"@"+version]; ok {
		return b, nil
	}
	return nil, errors.New("not found")
}

func (f *fakeRegistry) add(name, version string, tgz []byte, attestations []byte) {
	if f.packuments == nil {
		f.packuments, f.tarballs, f.attestations = map[string]*npm.Packument{}, map[string][]byte{}, map[string][]byte{}
	}
	p := f.packuments[name]
	if p == nil {
		p = &npm.Packument{Name: name, DistTags: map[string]string{}, Versions: map[string]*npm.PackumentVersion{}}
		f.packuments[name] = p
	}
	pv := &npm.PackumentVersion{}
	pv.Name, pv.Version = name, version
	pv.Dist.Integrity = IntegrityOf(tgz).String()
	if attestations != nil {
		pv.Dist.AttestationsURL = "https://registry.example/-/npm/v1/attestations/" + name + "@" + version
		f.attestations[name+"@"+version] = attestations
	}
	p.Versions[version] = pv
	p.DistTags["latest"] = version // callers add in ascending order
	f.tarballs[name+"@"+version] = tgz
}

var seedsVersions = []string{"3.1.1", "4.0.0", "4.0.1", "4.0.2", "5.0.0", "5.0.1"}

func seedsTarball(t testing.TB, version string) []byte {
	t.Helper()
	b, err := os.ReadFile("testdata/sigstore-tuf/sigstore-tuf-" + version + ".tgz")
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// seedsRegistry serves the real @sigstore/tuf tarballs of versions.
func seedsRegistry(t *testing.T, versions ...string) *fakeRegistry {
	f := &fakeRegistry{}
	for _, v := range versions {
		f.add(SeedsPackage, v, seedsTarball(t, v), nil)
	}
	return f
}

// materialOf returns the material of a real @sigstore/tuf version's seeds.
func materialOf(t *testing.T, version string) *Material {
	t.Helper()
	s, _, err := seedsFromTarball(context.Background(), seedsTarball(t, version))
	if err != nil {
		t.Fatal(err)
	}
	m, err := s.Material(SeedsPackage + "@" + version)
	if err != nil {
		t.Fatal(err)
	}
	m.SeedsVersion = version
	return m
}

func TestRefreshUnattestedChain(t *testing.T) {
	f := seedsRegistry(t, seedsVersions...)
	current := materialOf(t, "3.1.1") // TUF root v12
	_, _, err := Refresh(context.Background(), f, current, RefreshOptions{Now: tufNow})
	if !errors.Is(err, ErrSeedsUnattested) {
		t.Fatalf("without provenance: %v, want ErrSeedsUnattested", err)
	}
	m, rep, err := Refresh(context.Background(), f, current, RefreshOptions{Now: tufNow, AllowUnattestedSeedsUnsafe: true})
	if err != nil {
		t.Fatal(err)
	}
	want := RefreshReport{Package: SeedsPackage, Version: "5.0.1", FromRoot: 12, ToRoot: 16,
		Fetched: []string{"5.0.1", "5.0.0", "4.0.2", "4.0.1"}}
	got := *rep
	got.Seeds = nil
	if d := cmp.Diff(want, got); d != "" {
		t.Errorf("report (-want +got):\n%s", d)
	}
	if !bytes.Equal(rep.Seeds, EmbeddedSeeds()) {
		t.Error("refreshed seeds differ from @sigstore/tuf@5.0.1's")
	}
	if m.SeedsVersion != "5.0.1" || !bytes.Equal(m.TUFRoot, tufRoot(t, 16)) {
		t.Errorf("material %q root %d bytes", m.SeedsVersion, len(m.TUFRoot))
	}
	// The refreshed material verifies real provenance.
	v, err := NewProvenanceVerifier(m, ProvenanceOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if got := v.Verify(context.Background(), provCases[0].input(t)); got.Outcome != Verified {
		t.Fatalf("refreshed material: %v/%s: %s", got.Outcome, got.Reason, got.Detail)
	}
}

func TestRefreshFailures(t *testing.T) {
	unsafe := RefreshOptions{Now: tufNow, AllowUnattestedSeedsUnsafe: true}
	tamperedRoot := func(t *testing.T) *fakeRegistry {
		f := seedsRegistry(t, "5.0.0")
		root := tufRoot(t, 16)
		var doc map[string]any
		if err := json.Unmarshal(root, &doc); err != nil {
			t.Fatal(err)
		}
		doc["signed"].(map[string]any)["expires"] = "2099-01-01T00:00:00Z"
		forged, _ := json.Marshal(doc)
		f.add(SeedsPackage, "5.0.1", rewriteSeedsRoot(t, seedsTarball(t, "5.0.1"), forged), nil)
		return f
	}
	tests := []struct {
		name    string
		reg     func(t *testing.T) *fakeRegistry
		current func(t *testing.T) *Material
		opts    RefreshOptions
		is      error
	}{
		{"gap_without_4.0.x", func(t *testing.T) *fakeRegistry { return seedsRegistry(t, "3.1.1", "5.0.0", "5.0.1") },
			func(t *testing.T) *Material { return materialOf(t, "3.1.1") }, unsafe, ErrRootChain},
		{"rollback", func(t *testing.T) *fakeRegistry { return seedsRegistry(t, "4.0.2", "5.0.0") },
			func(*testing.T) *Material { return mustEmbedded(t) }, unsafe, ErrSeedsRollback},
		{"tarball_not_matching_integrity", func(t *testing.T) *fakeRegistry {
			f := seedsRegistry(t, "5.0.0", "5.0.1")
			f.tarballs[SeedsPackage+"@5.0.1"] = seedsTarball(t, "5.0.0")
			return f
		}, func(t *testing.T) *Material { return materialOf(t, "5.0.0") }, unsafe, ErrSeedsPackage},
		{"forged_root", tamperedRoot, func(t *testing.T) *Material { return materialOf(t, "5.0.0") }, unsafe, ErrRootChain},
		{"expired_root", func(t *testing.T) *fakeRegistry { return seedsRegistry(t, "5.0.1") },
			func(*testing.T) *Material { return mustEmbedded(t) },
			RefreshOptions{Now: time.Date(2027, 5, 1, 0, 0, 0, 0, time.UTC), AllowUnattestedSeedsUnsafe: true}, ErrRootExpired},
		{"no_tuf_root", func(t *testing.T) *fakeRegistry { return seedsRegistry(t, "5.0.1") },
			func(t *testing.T) *Material {
				m, err := mustEmbedded(t).WithTrustedRoot(readShared(t, "trusted-root-public-good.json"), "file")
				if err != nil {
					t.Fatal(err)
				}
				return m
			}, unsafe, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			m, _, err := Refresh(context.Background(), tc.reg(t), tc.current(t), tc.opts)
			if err == nil || m != nil || (tc.is != nil && !errors.Is(err, tc.is)) {
				t.Fatalf("material %v, err %v; want %v", m != nil, err, tc.is)
			}
		})
	}
}

func TestRefreshSameVersion(t *testing.T) {
	m, rep, err := Refresh(context.Background(), seedsRegistry(t, "5.0.0", "5.0.1"), mustEmbedded(t), RefreshOptions{Now: tufNow, AllowUnattestedSeedsUnsafe: true})
	if err != nil {
		t.Fatal(err)
	}
	if rep.FromRoot != 16 || rep.ToRoot != 16 || m.SeedsVersion != "5.0.1" {
		t.Fatalf("report %+v", rep)
	}
}

// With attestations, the seeds package's provenance must verify against the
// current material and name the expected repository before its seeds.json
// is even read. sigstore@2.0.0 (built from sigstore/sigstore-js, with real
// provenance) stands in for an attested seeds package: it passes the
// provenance step and then fails for lack of a seeds.json.
func TestRefreshProvenanceGate(t *testing.T) {
	tgz := readShared(t, "sigstore-2.0.0.tgz")
	bundle := readShared(t, "sigstore.js@2.0.0-provenance.sigstore.json")
	resp, _ := json.Marshal(map[string]any{"attestations": []any{map[string]any{"predicateType": PredicateSLSAv1, "bundle": json.RawMessage(bundle)}}})
	f := &fakeRegistry{}
	f.add("sigstore", "2.0.0", tgz, resp)
	current := mustEmbedded(t)
	current.SeedsVersion = ""

	_, rep, err := Refresh(context.Background(), f, current, RefreshOptions{Package: "sigstore", Now: tufNow})
	if !errors.Is(err, ErrSeedsPackage) || rep.Provenance == nil || rep.Provenance.Outcome != Verified {
		t.Fatalf("err %v, provenance %+v", err, rep.Provenance)
	}
	if rep.Provenance.Build.Repository != SeedsRepository {
		t.Errorf("repository %q", rep.Provenance.Build.Repository)
	}
	_, rep, err = Refresh(context.Background(), f, current, RefreshOptions{Package: "sigstore", Repository: "github:theupdateframework/tuf-js", Now: tufNow})
	if !errors.Is(err, ErrSeedsProvenance) || rep.Provenance.Reason != ReasonRepositoryMismatch {
		t.Fatalf("other repository: err %v", err)
	}
	f.attestations["sigstore@2.0.0"] = []byte(`{"attestations":[]}`)
	if _, _, err = Refresh(context.Background(), f, current, RefreshOptions{Package: "sigstore", Now: tufNow}); !errors.Is(err, ErrSeedsProvenance) {
		t.Fatalf("empty attestations: err %v", err)
	}
}

func mustEmbedded(t testing.TB) *Material {
	t.Helper()
	m, err := EmbeddedMaterial()
	if err != nil {
		t.Fatal(err)
	}
	return m
}

// rewriteSeedsRoot returns tgz with package/seeds.json's root.json replaced.
func rewriteSeedsRoot(t *testing.T, tgz, root []byte) []byte {
	t.Helper()
	b, err := seedsBytes(context.Background(), tgz)
	if err != nil {
		t.Fatal(err)
	}
	var doc map[string]map[string]any
	if err := json.Unmarshal(b, &doc); err != nil {
		t.Fatal(err)
	}
	doc[SigstoreTUFRepository]["root.json"] = base64.StdEncoding.EncodeToString(root)
	seeds, _ := json.Marshal(doc)
	var buf bytes.Buffer
	zw := gzip.NewWriter(&buf)
	tw := tar.NewWriter(zw)
	for name, data := range map[string][]byte{"package/package.json": []byte(`{"name":"@sigstore/tuf","version":"5.0.1"}`), "package/seeds.json": seeds} {
		if err := tw.WriteHeader(&tar.Header{Name: name, Mode: 0o644, Size: int64(len(data)), Typeflag: tar.TypeReg}); err != nil {
			t.Fatal(err)
		}
		tw.Write(data)
	}
	tw.Close()
	zw.Close()
	return buf.Bytes()
}
