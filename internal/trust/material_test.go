package trust

import (
	"bytes"
	"context"
	"errors"
	"strings"
	"testing"
)

func TestEmbeddedMaterial(t *testing.T) {
	m := mustEmbedded(t)
	if m.Source != EmbeddedSeedsSource || m.SeedsVersion != EmbeddedSeedsVersion {
		t.Errorf("source %q version %q", m.Source, m.SeedsVersion)
	}
	if v, err := RootVersion(m.TUFRoot); err != nil || v != 16 {
		t.Errorf("TUF root v%d, %v", v, err)
	}
	// The embedded targets are the ones SOURCE.md took from seeds.json.
	s, err := ParseSeeds(EmbeddedSeeds())
	if err != nil {
		t.Fatal(err)
	}
	if !jsonEqual(t, s.Targets[TargetTrustedRoot], readShared(t, "sigstore-js-seeds-trusted_root.json")) {
		t.Error("embedded trusted_root.json differs from the shared fixture")
	}
	_, keys, _ := s.KeysTarget()
	if !jsonEqual(t, keys, readShared(t, "sigstore-js-seeds-npm-keys.json")) {
		t.Error("embedded keys.json differs from the shared fixture")
	}
	if m.Keys.Len() != 4 {
		t.Errorf("%d registry keys", m.Keys.Len())
	}
	if _, ok := m.Keys.Lookup("SHA256:DhQ8wR5APBvFHLF/+Tc+AYvPOdTpcIDqOhxsBHRwC7U", UsageAttestations); !ok {
		t.Error("no attestation key")
	}
}

func TestLoadMaterial(t *testing.T) {
	older, err := seedsBytes(context.Background(), seedsTarball(t, "3.1.1"))
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name       string
		src        MaterialSource
		wantSource string
		wantSeeds  string
		wantErr    string
	}{
		{"embedded", MaterialSource{}, EmbeddedSeedsSource, "5.0.1", ""},
		{"older_cache_ignored", MaterialSource{CachedSeeds: older, CachedSeedsVersion: "3.1.1"}, EmbeddedSeedsSource, "5.0.1", ""},
		{"same_cache_ignored", MaterialSource{CachedSeeds: EmbeddedSeeds(), CachedSeedsVersion: "5.0.1"}, EmbeddedSeedsSource, "5.0.1", ""},
		{"newer_package_same_root", MaterialSource{CachedSeeds: EmbeddedSeeds(), CachedSeedsVersion: "5.0.2"}, "@sigstore/tuf@5.0.2 seeds.json (cached)", "5.0.2", ""},
		{"trusted_root_file", MaterialSource{TrustedRootFile: sharedFile(t, "trusted-root-public-good.json")}, sharedFile(t, "trusted-root-public-good.json"), "", ""},
		{"missing_file", MaterialSource{TrustedRootFile: "testdata/nope.json"}, "", "", "nope.json"},
		{"not_a_trusted_root", MaterialSource{TrustedRootFile: "testdata/npm-v1-keys.json"}, "", "", "npm-v1-keys.json"},
		{"bad_cache", MaterialSource{CachedSeeds: []byte("{}")}, "", "", "cached trust material"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			m, err := LoadMaterial(tc.src)
			if tc.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tc.wantErr) {
					t.Fatalf("err %v, want one naming %q", err, tc.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if m.Source != tc.wantSource || m.SeedsVersion != tc.wantSeeds {
				t.Errorf("source %q seeds %q", m.Source, m.SeedsVersion)
			}
			if m.Keys.Len() == 0 {
				t.Error("registry keys lost")
			}
		})
	}
}

func TestParseKeysErrors(t *testing.T) {
	key := "MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAEY6Ya7W++7aUPzvMTrezH6Ycx3c+HOKYCcNGybJZSCJq/fd7Qa8uuAKtdIkUQtQiEKERhAmE5lMMJhP8OkDOa2g=="
	// An RSA/P-384 key would be another SPKI; a P-256 key decodes.
	tests := []struct{ name, doc, want string }{
		{"not_json", `{`, "registry keys"},
		{"no_keys", `{}`, "no \"keys\""},
		{"no_keyid", `{"keys":[{"keytype":"ecdsa-sha2-nistp256","key":"` + key + `"}]}`, "no keyid"},
		{"other_type", `{"keys":[{"keyid":"a","keytype":"ssh-ed25519","key":"` + key + `"}]}`, "unsupported type"},
		{"bad_base64", `{"keys":[{"keyid":"a","keytype":"ecdsa-sha2-nistp256","key":"!"}]}`, "not base64"},
		{"not_spki", `{"keys":[{"keyid":"a","keytype":"ecdsa-sha2-nistp256","key":"AAAA"}]}`, "not SPKI"},
		{"bad_expiry", `{"keys":[{"keyid":"a","keytype":"ecdsa-sha2-nistp256","key":"` + key + `","expires":"tomorrow"}]}`, "RFC 3339"},
		{"too_large", `{"keys":[` + strings.Repeat(" ", MaxKeysSize) + `]}`, "limit"},
	}
	for _, tc := range tests {
		_, err := ParseRegistryKeys([]byte(tc.doc))
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%s: err %v, want %q", tc.name, err, tc.want)
		}
	}
	ring, err := ParseRegistryKeys([]byte("\xef\xbb\xbf" + `{"keys":[{"keyid":"a","keytype":"ecdsa-sha2-nistp256","scheme":"ecdsa-sha2-nistp256","key":"` + key + `","expires":null}]}`))
	if err != nil || ring.Len() != 1 || !ring.Keys()[0].Expires.IsZero() {
		t.Fatalf("BOM'd keys: %v", err)
	}
}

func jsonEqual(t *testing.T, a, b []byte) bool {
	t.Helper()
	var x, y bytes.Buffer
	if err := compactJSON(&x, a); err != nil {
		t.Fatal(err)
	}
	if err := compactJSON(&y, b); err != nil {
		t.Fatal(err)
	}
	return bytes.Equal(x.Bytes(), y.Bytes())
}

func TestDecoderLimits(t *testing.T) {
	big := func(prefix string, n int) []byte { return []byte(prefix + strings.Repeat(" ", n) + "}") }
	many := `{"attestations":[` + strings.Repeat(`{"predicateType":"x","bundle":{}},`, maxAttestations) + `{"predicateType":"x","bundle":{}}]}`
	tests := []struct {
		name string
		err  error
	}{
		{"attestations_size", func() error { _, err := ParseAttestations(big(`{"attestations":[]`, MaxAttestationsSize)); return err }()},
		{"attestations_count", func() error { _, err := ParseAttestations([]byte(many)); return err }()},
		{"attestation_without_bundle", func() error {
			_, err := ParseAttestations([]byte(`{"attestations":[{"predicateType":"x"}]}`))
			return err
		}()},
		{"seeds_size", func() error { _, err := ParseSeeds(big(`{`, maxSeedsSize)); return err }()},
		{"seeds_other_repository", func() error { _, err := ParseSeeds([]byte(`{"https://example.org":{"root.json":"e30="}}`)); return err }()},
		{"trusted_root_empty", func() error {
			_, err := ParseTrustedRoot([]byte(`{"mediaType":"application/vnd.dev.sigstore.trustedroot+json;version=0.1"}`))
			return err
		}()},
	}
	for _, tc := range tests {
		if !errors.Is(tc.err, ErrInvalidInput) {
			t.Errorf("%s: err %v, want ErrInvalidInput", tc.name, tc.err)
		}
	}
	in := provCases[0].input(t)
	for len(in.Attestations) <= maxAttestations {
		in.Attestations = append(in.Attestations, in.Attestations[0])
	}
	if got := embeddedVerifier(t).Verify(context.Background(), in); got.Outcome != Invalid || got.Reason != ReasonMalformed {
		t.Errorf("too many attestations: %v/%s", got.Outcome, got.Reason)
	}
}
