package trust

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func addFiles(f *testing.F, paths ...string) {
	f.Helper()
	for _, p := range paths {
		b, err := os.ReadFile(p)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b)
	}
}

func sharedPaths(f *testing.F, names ...string) []string {
	var out []string
	for _, n := range names {
		out = append(out, filepathShared(f, n))
	}
	return out
}

func filepathShared(tb testing.TB, name string) string {
	tb.Helper()
	dir := filepath.Dir(sharedFile(tb, "SOURCE.md"))
	return filepath.Join(dir, name)
}

// checkDecodeErr enforces the decoder contract: error xor result, errors
// wrap ErrInvalidInput, name the document and stay short.
func checkDecodeErr(t *testing.T, err error, gotResult bool, prefix string) {
	t.Helper()
	if (err == nil) == !gotResult {
		t.Fatalf("error %v with result %v", err, gotResult)
	}
	if err == nil {
		return
	}
	if !errors.Is(err, ErrInvalidInput) {
		t.Fatalf("error does not wrap ErrInvalidInput: %v", err)
	}
	if !strings.Contains(err.Error(), prefix) || len(err.Error()) > 1024 {
		t.Fatalf("error does not name %q or is too long: %.200q", prefix, err.Error())
	}
}

func FuzzParseRegistryKeys(f *testing.F) {
	addFiles(f, "testdata/npm-v1-keys.json")
	f.Add([]byte(`{"keys":[]}`))
	f.Add([]byte(`{"keys":[{"expires":"2025-01-29T00:00:00.000Z","keyid":"x","keytype":"ecdsa-sha2-nistp256","key":"AA=="}]}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		ring, err := ParseRegistryKeys(data)
		checkDecodeErr(t, err, ring != nil, "registry keys")
		if ring != nil && ring.Len() > MaxKeys {
			t.Fatalf("%d keys", ring.Len())
		}
		for _, k := range ring.Keys() {
			if k.Key == nil || k.KeyID == "" {
				t.Fatalf("incomplete key %+v", k)
			}
		}
	})
}

func FuzzParseTUFKeys(f *testing.F) {
	addFiles(f, sharedPaths(f, "sigstore-js-seeds-npm-keys.json")...)
	f.Add([]byte(`{"keys":[{"keyId":"a","keyUsage":"npm:signatures","publicKey":{"rawBytes":"","keyDetails":"PKIX_ECDSA_P256_SHA_256","validFor":{"start":"x"}}}]}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		ring, err := ParseTUFKeys(data)
		checkDecodeErr(t, err, ring != nil, "keys.json")
		for _, k := range ring.Keys() {
			if k.Key == nil || (k.Usage != UsageSignatures && k.Usage != UsageAttestations) {
				t.Fatalf("bad key %+v", k)
			}
		}
	})
}

func FuzzParseAttestations(f *testing.F) {
	addFiles(f, sharedPaths(f, "npmcli-valid-sigstore-attestations.json", "npmcli-valid-tuf-js-attestations.json")...)
	f.Add([]byte(`{"attestations":[{"predicateType":"x","bundle":null}]}`))
	f.Add([]byte(`{"attestations":null}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		atts, err := ParseAttestations(data)
		checkDecodeErr(t, err, atts != nil, "attestations")
		if len(atts) > maxAttestations {
			t.Fatalf("%d attestations", len(atts))
		}
	})
}

func FuzzParseSeeds(f *testing.F) {
	f.Add(EmbeddedSeeds())
	f.Add([]byte(`{"https://tuf-repo-cdn.sigstore.dev":{"root.json":"e30=","targets":{"a%2Fb":"e30="}}}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		s, err := ParseSeeds(data)
		checkDecodeErr(t, err, s != nil, "seeds.json")
		if s != nil {
			if _, err := s.Material("fuzz"); err != nil && !errors.Is(err, ErrInvalidInput) {
				t.Fatalf("material error does not wrap ErrInvalidInput: %v", err)
			}
		}
	})
}

func FuzzNormalizeRepository(f *testing.F) {
	for _, tc := range repositoryCases {
		f.Add(tc.in)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got := NormalizeRepository(s)
		if got == "" {
			return
		}
		if !strings.HasPrefix(got, "https://") || strings.HasSuffix(got, "/") || strings.HasSuffix(got, ".git") {
			t.Fatalf("NormalizeRepository(%q) = %q", s, got)
		}
		if again := NormalizeRepository(got); again != got {
			t.Fatalf("not idempotent: %q -> %q -> %q", s, got, again)
		}
	})
}

// FuzzVerifyBundle mutates a real bundle: the verifier must never panic,
// and whatever it accepts must still be the real package's subject.
func FuzzVerifyBundle(f *testing.F) {
	addFiles(f, sharedPaths(f, "sigstore.js@2.0.0-provenance.sigstore.json")...)
	f.Add([]byte(`{"mediaType":"application/vnd.dev.sigstore.bundle+json;version=0.1"}`))
	v := embeddedVerifier(f)
	tgz, err := os.ReadFile(filepathShared(f, "sigstore-2.0.0.tgz"))
	if err != nil {
		f.Fatal(err)
	}
	integrity := IntegrityOf(tgz)
	f.Fuzz(func(t *testing.T, bundle []byte) {
		res := v.Verify(context.Background(), ProvenanceInput{
			Name: "sigstore", Version: "2.0.0", Integrity: integrity,
			Attestations: []Attestation{{PredicateType: PredicateSLSAv1, Bundle: bundle}},
		})
		if res.Outcome == Verified && (res.Build == nil || res.Build.Repository != SeedsRepository) {
			t.Fatalf("verified without the real build: %+v", res)
		}
		if res.Outcome != Verified && res.Outcome != Invalid {
			t.Fatalf("outcome %v", res.Outcome)
		}
	})
}
