package scan

import (
	"context"
	"encoding/json"
	"net/http"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/depfence/depfence/internal/analyze"
	"github.com/depfence/depfence/internal/cache"
	"github.com/depfence/depfence/internal/fixture"
	"github.com/depfence/depfence/internal/npmrc"
	"github.com/depfence/depfence/internal/registry"
	"github.com/depfence/depfence/internal/registry/registrytest"
	"github.com/depfence/depfence/internal/rules"
	"github.com/depfence/depfence/internal/trust"
)

// registryKeys turns the seeds' keys.json (TUF format) into the registry's
// /-/npm/v1/keys answer, the format npm audit signatures reads.
func registryKeys(t *testing.T) []byte {
	t.Helper()
	var tuf struct {
		Keys []struct {
			KeyID     string `json:"keyId"`
			KeyUsage  string `json:"keyUsage"`
			PublicKey struct {
				RawBytes string `json:"rawBytes"`
				ValidFor struct {
					End string `json:"end"`
				} `json:"validFor"`
			} `json:"publicKey"`
		} `json:"keys"`
	}
	b, err := os.ReadFile(fixture.Shared(t, "fixtures", "trust", "sigstore-js-seeds-npm-keys.json"))
	if err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(b, &tuf); err != nil {
		t.Fatal(err)
	}
	type key struct {
		Expires *string `json:"expires"`
		KeyID   string  `json:"keyid"`
		KeyType string  `json:"keytype"`
		Scheme  string  `json:"scheme"`
		Key     string  `json:"key"`
	}
	var out struct {
		Keys []key `json:"keys"`
	}
	for _, k := range tuf.Keys {
		if k.KeyUsage != trust.UsageSignatures {
			continue
		}
		kk := key{KeyID: k.KeyID, KeyType: "ecdsa-sha2-nistp256", Scheme: "ecdsa-sha2-nistp256", Key: k.PublicKey.RawBytes}
		if e := k.PublicKey.ValidFor.End; e != "" {
			kk.Expires = &e
		}
		out.Keys = append(out.Keys, kk)
	}
	b, _ = json.Marshal(out)
	return b
}

type sigCase struct {
	Name, Version, Integrity, KeyID, Sig string
	Valid                                bool
}

func TestVerifySignaturesAndProvenance(t *testing.T) {
	trustDir := fixture.Shared(t, "fixtures", "trust")
	var cases struct{ Cases []sigCase }
	b, _ := os.ReadFile(filepath.Join(trustDir, "registry-signatures.json"))
	if err := json.Unmarshal(b, &cases); err != nil {
		t.Fatal(err)
	}
	sigFor := func(name, version string) sigCase {
		for _, c := range cases.Cases {
			if c.Name == name && c.Version == version && c.Valid {
				return c
			}
		}
		t.Fatalf("no signature case for %s@%s", name, version)
		return sigCase{}
	}
	reg := registrytest.New(t)
	reg.ServeBytes("/-/npm/v1/keys", "application/json", registryKeys(t))
	pkgs := []struct {
		name, version, tgz, atts string
		tamper                   bool
	}{
		{"sigstore", "1.0.0", "sigstore-1.0.0.tgz", "npmcli-valid-sigstore-attestations.json", false},
		{"tuf-js", "1.0.0", "tuf-js-1.0.0.tgz", "npmcli-valid-tuf-js-attestations.json", true},
	}
	lockPkgs := map[string]any{"": map[string]any{"name": "p", "version": "1.0.0", "dependencies": map[string]any{}}}
	for _, p := range pkgs {
		tgz, err := os.ReadFile(filepath.Join(trustDir, p.tgz))
		if err != nil {
			t.Fatal(err)
		}
		sc := sigFor(p.name, p.version)
		sig := sc.Sig
		if p.tamper {
			// One changed character of the base64 signature: tampering.
			r := []byte(sig)
			r[20] ^= 1
			sig = string(r)
		}
		tarPath := registrytest.TarballPath(p.name, p.version)
		reg.ServeBytes(tarPath, "application/octet-stream", tgz)
		attPath := "/-/npm/v1/attestations/" + p.name + "@" + p.version
		atts, _ := os.ReadFile(filepath.Join(trustDir, p.atts))
		reg.ServeBytes(attPath, "application/json", atts)
		packument := map[string]any{
			"name":      p.name,
			"dist-tags": map[string]any{"latest": p.version},
			"time":      map[string]any{p.version: "2023-01-20T00:00:00.000Z"},
			"versions": map[string]any{p.version: map[string]any{
				"name": p.name, "version": p.version,
				"dist": map[string]any{
					"tarball": reg.URLFor(tarPath), "integrity": sc.Integrity,
					"signatures":   []any{map[string]any{"keyid": sc.KeyID, "sig": sig}},
					"attestations": map[string]any{"url": reg.URLFor(attPath), "provenance": map[string]any{"predicateType": "https://slsa.dev/provenance/v0.2"}},
				},
			}},
		}
		body, _ := json.Marshal(packument)
		reg.SetPackument(p.name, body)
		lockPkgs["node_modules/"+p.name] = map[string]any{"version": p.version, "resolved": reg.URLFor(tarPath), "integrity": sc.Integrity}
		lockPkgs[""].(map[string]any)["dependencies"].(map[string]any)[p.name] = p.version
	}
	dir := t.TempDir()
	lock, _ := json.Marshal(map[string]any{"name": "p", "version": "1.0.0", "lockfileVersion": 3, "packages": lockPkgs})
	if err := os.WriteFile(filepath.Join(dir, "package-lock.json"), lock, 0o644); err != nil {
		t.Fatal(err)
	}
	cfg, err := npmrc.Load(npmrc.Options{DefaultRegistry: reg.URL})
	if err != nil {
		t.Fatal(err)
	}
	store, _ := cache.Open(t.TempDir(), cache.WithoutSync())
	client, err := registry.New(cfg, registry.WithRetries(0))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(client.Close)
	eng, _ := analyze.New(rules.Builtin())
	mat, err := trust.EmbeddedMaterial()
	if err != nil {
		t.Fatal(err)
	}
	rep, err := Verify(context.Background(), VerifyOptions{
		Options:  Options{Dir: dir, Fetcher: &Fetcher{Registry: client, Cache: store}, Engine: eng, Now: time.Now},
		Material: mat, Provenance: true,
	})
	if err != nil {
		t.Fatal(err)
	}
	byName := map[string]VerifyEntry{}
	for _, e := range rep.Packages {
		byName[e.Package] = e
	}
	if e := byName["sigstore@1.0.0"]; e.Signature.Outcome != trust.Verified || e.Provenance == nil || e.Provenance.Outcome != trust.Verified {
		t.Errorf("sigstore: signature %v (%s), provenance %+v", e.Signature.Outcome, e.Signature.Reason, e.Provenance)
	} else if e.Provenance.Build == nil || e.Provenance.Build.Repository == "" {
		t.Errorf("sigstore: no build info: %+v", e.Provenance)
	}
	if e := byName["tuf-js@1.0.0"]; e.Signature.Outcome != trust.Invalid {
		t.Errorf("tuf-js with a tampered signature: %v (%s)", e.Signature.Outcome, e.Signature.Reason)
	}
	if rep.Signatures.Verified != 1 || rep.Signatures.Invalid != 1 || rep.KeysSource != "registry" {
		t.Errorf("signature counts %+v, keys %q", rep.Signatures, rep.KeysSource)
	}
	if rep.Provenance.Verified+rep.Provenance.Invalid != 2 {
		t.Errorf("provenance counts %+v", rep.Provenance)
	}
}

func TestVerifyRegistryWithoutKeysSkips(t *testing.T) {
	p := newProject(t)
	p.reg.Handle("/-/npm/v1/keys", func(w http.ResponseWriter, r *http.Request) { http.NotFound(w, r) })
	o := p.options(t, false)
	rep, err := Verify(context.Background(), VerifyOptions{Options: o})
	if err != nil {
		t.Fatal(err)
	}
	if rep.Signatures.Skipped+rep.Signatures.Missing != 2 || rep.Signatures.Verified != 0 || rep.Signatures.Invalid != 0 {
		t.Errorf("counts %+v", rep.Signatures)
	}
	for _, e := range rep.Packages {
		if e.Signature.Outcome == trust.Verified {
			t.Errorf("%s verified without keys", e.Package)
		}
	}
}
