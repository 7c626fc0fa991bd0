package trust

import (
	"encoding/base64"
	"encoding/json"
	"os"
	"testing"
	"time"

	"github.com/depfence/depfence/internal/fixture"
	"github.com/depfence/depfence/internal/npm"
)

type sigCase struct {
	Name      string `json:"name"`
	Version   string `json:"version"`
	Integrity string `json:"integrity"`
	KeyID     string `json:"keyid"`
	Sig       string `json:"sig"`
	Valid     bool   `json:"valid"`
	Why       string `json:"why"`
}

func sharedFile(tb testing.TB, name string) string {
	tb.Helper()
	return fixture.Shared(tb, "fixtures", "trust", name)
}

func readShared(t testing.TB, name string) []byte {
	t.Helper()
	b, err := os.ReadFile(sharedFile(t, name))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func loadSigCases(t *testing.T) []sigCase {
	t.Helper()
	var doc struct {
		Cases []sigCase `json:"cases"`
	}
	if err := json.Unmarshal(readShared(t, "registry-signatures.json"), &doc); err != nil {
		t.Fatal(err)
	}
	if len(doc.Cases) < 5 {
		t.Fatalf("only %d signature cases", len(doc.Cases))
	}
	return doc.Cases
}

// publishTimes are the real first-publish times on the public registry
// (sigstore and tuf-js: the Rekor integrated time of their attestations).
var publishTimes = map[string]time.Time{
	"sigstore@1.0.0":                   time.Date(2023, 2, 9, 17, 56, 0, 0, time.UTC),
	"tuf-js@1.0.0":                     time.Date(2023, 2, 9, 17, 38, 25, 0, time.UTC),
	"@anthropic-ai/claude-code@2.1.97": time.Date(2026, 4, 9, 0, 46, 28, 0, time.UTC),
	"@anthropic-ai/claude-code@2.1.98": time.Date(2026, 4, 9, 19, 21, 16, 0, time.UTC),
}

func keyrings(t *testing.T) map[string]*Keyring {
	t.Helper()
	tufKeys, err := ParseTUFKeys(readShared(t, "sigstore-js-seeds-npm-keys.json"))
	if err != nil {
		t.Fatal(err)
	}
	b, err := os.ReadFile("testdata/npm-v1-keys.json")
	if err != nil {
		t.Fatal(err)
	}
	v1Keys, err := ParseRegistryKeys(b)
	if err != nil {
		t.Fatal(err)
	}
	return map[string]*Keyring{"keys.json": tufKeys, "v1_keys": v1Keys}
}

func (c sigCase) version() SignedVersion {
	return SignedVersion{
		Name: c.Name, Version: c.Version, Integrity: c.Integrity,
		Signatures: []Signature{{KeyID: c.KeyID, Sig: c.Sig}},
		Published:  publishTimes[c.Name+"@"+c.Version],
	}
}

func TestVerifySignaturesRealFixtures(t *testing.T) {
	for ringName, ring := range keyrings(t) {
		for _, c := range loadSigCases(t) {
			t.Run(ringName+"/"+c.Name+"@"+c.Version, func(t *testing.T) {
				got := VerifySignatures(ring, c.version())
				want := Verified
				if !c.Valid {
					want = Invalid
				}
				if got.Outcome != want {
					t.Fatalf("outcome %v (%s: %s), want %v (%s)", got.Outcome, got.Reason, got.Detail, want, c.Why)
				}
				if !c.Valid && got.Reason != ReasonBadSignature {
					t.Errorf("reason %q, want %q", got.Reason, ReasonBadSignature)
				}
				if got.Check != CheckSignature || got.Name != c.Name || got.Version != c.Version || got.KeyID != c.KeyID {
					t.Errorf("result fields %+v", got)
				}
			})
		}
	}
}

func flipBase64Byte(t *testing.T, s string, i int) string {
	t.Helper()
	b, err := base64.StdEncoding.DecodeString(s)
	if err != nil {
		t.Fatal(err)
	}
	b[i%len(b)] ^= 0x01
	return base64.StdEncoding.EncodeToString(b)
}

func TestVerifySignaturesTampered(t *testing.T) {
	cases := loadSigCases(t)
	good := cases[0] // sigstore@1.0.0
	rings := keyrings(t)
	ring := rings["keys.json"]

	// Every byte of the DER signature, flipped, must fail.
	sig, _ := base64.StdEncoding.DecodeString(good.Sig)
	for i := range sig {
		c := good
		c.Sig = flipBase64Byte(t, good.Sig, i)
		if got := VerifySignatures(ring, c.version()); got.Outcome != Invalid {
			t.Fatalf("signature byte %d flipped: outcome %v", i, got.Outcome)
		}
	}
	// Every byte of the public key, flipped, must fail (to parse or verify).
	keys := ring.Keys()
	for i := range keys[0].DER {
		der := append([]byte(nil), keys[0].DER...)
		der[i] ^= 0x01
		doc := `{"keys":[{"expires":null,"keyid":"` + good.KeyID + `","keytype":"ecdsa-sha2-nistp256","scheme":"ecdsa-sha2-nistp256","key":"` + base64.StdEncoding.EncodeToString(der) + `"}]}`
		r, err := ParseRegistryKeys([]byte(doc))
		if err != nil {
			continue // a key that no longer parses cannot verify anything
		}
		if got := VerifySignatures(r, c0(good)); got.Outcome != Invalid {
			t.Fatalf("key byte %d flipped: outcome %v", i, got.Outcome)
		}
	}

	tests := []struct {
		name   string
		edit   func(*SignedVersion)
		reason Reason
	}{
		{"integrity_byte", func(v *SignedVersion) { v.Integrity = "sha512-" + flipBase64Byte(t, v.Integrity[len("sha512-"):], 10) }, ReasonBadSignature},
		{"version", func(v *SignedVersion) { v.Version = "1.0.1" }, ReasonBadSignature},
		{"name", func(v *SignedVersion) { v.Name = "sigstorf" }, ReasonBadSignature},
		{"scoped_name", func(v *SignedVersion) { v.Name = "@x/sigstore" }, ReasonBadSignature},
		{"unknown_keyid", func(v *SignedVersion) { v.Signatures[0].KeyID = "SHA256:nope" }, ReasonUnknownKey},
		{"not_base64", func(v *SignedVersion) { v.Signatures[0].Sig = "!!" }, ReasonBadSignature},
		{"empty_sig", func(v *SignedVersion) { v.Signatures[0].Sig = "" }, ReasonBadSignature},
		{"second_signature_bad", func(v *SignedVersion) {
			v.Signatures = append(v.Signatures, Signature{KeyID: good.KeyID, Sig: cases[1].Sig})
		}, ReasonBadSignature},
		{"no_integrity", func(v *SignedVersion) { v.Integrity = "" }, ReasonNoIntegrity},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			v := good.version()
			tc.edit(&v)
			got := VerifySignatures(ring, v)
			if got.Outcome != Invalid || got.Reason != tc.reason {
				t.Fatalf("got %v/%s (%s), want invalid/%s", got.Outcome, got.Reason, got.Detail, tc.reason)
			}
		})
	}
}

func c0(c sigCase) SignedVersion { return c.version() }

func TestVerifySignaturesKeyExpiry(t *testing.T) {
	good := loadSigCases(t)[0] // signed by SHA256:jl3b…, which expired 2025-01-29
	expiry := time.Date(2025, 1, 29, 0, 0, 0, 0, time.UTC)
	for ringName, ring := range keyrings(t) {
		tests := []struct {
			published time.Time
			want      Outcome
			reason    Reason
		}{
			{expiry.Add(-time.Second), Verified, ReasonNone},
			{expiry, Invalid, ReasonExpiredKey},
			{expiry.Add(24 * time.Hour), Invalid, ReasonExpiredKey},
			{time.Time{}, Skipped, ReasonPublishTimeUnknown}, // the expiry cannot be checked
		}
		for _, tc := range tests {
			t.Run(ringName+"/"+tc.published.Format(time.RFC3339), func(t *testing.T) {
				v := good.version()
				v.Published = tc.published
				got := VerifySignatures(ring, v)
				if got.Outcome != tc.want || got.Reason != tc.reason {
					t.Fatalf("got %v/%s (%s), want %v/%s", got.Outcome, got.Reason, got.Detail, tc.want, tc.reason)
				}
			})
		}
	}
	// An upper bound on the publish time (abbreviated packument "modified")
	// proves a release older than the expiry, and nothing else.
	for _, tc := range []struct {
		ring   string
		before time.Time
		want   Outcome
	}{
		{"v1_keys", expiry.Add(-time.Hour), Verified},
		{"v1_keys", expiry.Add(time.Hour), Skipped},
		{"keys.json", expiry.Add(-time.Hour), Skipped}, // keys.json has a start date too
	} {
		v := good.version()
		v.Published, v.PublishedBefore = time.Time{}, tc.before
		if got := VerifySignatures(keyrings(t)[tc.ring], v); got.Outcome != tc.want {
			t.Errorf("%s, published before %s: got %v/%s", tc.ring, tc.before, got.Outcome, got.Reason)
		}
	}
	// The newer key has a start date in keys.json: a release "published"
	// before it cannot carry its signature.
	c := loadSigCases(t)[2]
	v := c.version()
	v.Published = time.Date(2024, 6, 1, 0, 0, 0, 0, time.UTC)
	if got := VerifySignatures(keyrings(t)["keys.json"], v); got.Reason != ReasonKeyNotYetValid {
		t.Fatalf("got %v/%s", got.Outcome, got.Reason)
	}
}

func TestVerifySignaturesNeverSilent(t *testing.T) {
	good := loadSigCases(t)[0]
	ring := keyrings(t)["keys.json"]
	noSigs := good.version()
	noSigs.Signatures = nil
	tests := []struct {
		name   string
		got    Result
		want   Outcome
		reason Reason
	}{
		{"registry_without_keys_nil", VerifySignatures(nil, good.version()), Skipped, ReasonRegistryWithoutKeys},
		{"registry_without_keys_empty", VerifySignatures(NewKeyring(), good.version()), Skipped, ReasonRegistryWithoutKeys},
		{"no_signatures", VerifySignatures(ring, noSigs), Missing, ReasonNoSignatures},
		{"non_registry_source", Skip(CheckSignature, "x", "1.0.0", ReasonNonRegistrySource, "git dependency"), Skipped, ReasonNonRegistrySource},
	}
	var counts Counts
	for _, tc := range tests {
		counts.Add(tc.got)
		if tc.got.Outcome != tc.want || tc.got.Reason != tc.reason {
			t.Errorf("%s: got %v/%s, want %v/%s", tc.name, tc.got.Outcome, tc.got.Reason, tc.want, tc.reason)
		}
	}
	counts.Add(VerifySignatures(ring, good.version()))
	counts.Add(Result{}) // an unknown outcome is never a pass
	want := Counts{Verified: 1, Invalid: 1, Missing: 1, Skipped: 3, SkippedBy: map[Reason]int{ReasonRegistryWithoutKeys: 2, ReasonNonRegistrySource: 1}}
	if d := cmpDiff(want, counts); d != "" {
		t.Errorf("counts (-want +got):\n%s", d)
	}
}

func TestSignedVersionOf(t *testing.T) {
	full := []byte(`{"name":"sigstore","dist-tags":{"latest":"1.0.0"},
	  "time":{"created":"2022-01-01T00:00:00.000Z","1.0.0":"2023-02-09T17:56:00.000Z"},
	  "versions":{"1.0.0":{"name":"sigstore","version":"1.0.0","dist":{
	    "integrity":"sha512-e+qfbn/zf1+rCza/BhIA//Awmf0v1pa5HQS8Xk8iXrn9bgytytVLqYD0P7NSqZ6IELTgq+tcDvLPkQjNHyWLNg==",
	    "signatures":[{"keyid":"SHA256:jl3bwswu80PjjokCgh0o2w5c2U4LhQAE57gj9cz1kzA","sig":"MEQCIBlpcHT68iWOpx8pJr3WUzD1EqQ7tb0CmY36ebbceR6IAiAVGRaxrFoyh0/5B7H1o4VFhfsHw9F8G+AxOZQq87q+lg=="}]}}}}`)
	abbreviated := []byte(`{"name":"sigstore","modified":"2023-03-01T00:00:00.000Z","dist-tags":{"latest":"1.0.0"},
	  "versions":{"1.0.0":{"name":"sigstore","version":"1.0.0","dist":{
	    "integrity":"sha512-e+qfbn/zf1+rCza/BhIA//Awmf0v1pa5HQS8Xk8iXrn9bgytytVLqYD0P7NSqZ6IELTgq+tcDvLPkQjNHyWLNg==",
	    "signatures":[{"keyid":"SHA256:jl3bwswu80PjjokCgh0o2w5c2U4LhQAE57gj9cz1kzA","sig":"MEQCIBlpcHT68iWOpx8pJr3WUzD1EqQ7tb0CmY36ebbceR6IAiAVGRaxrFoyh0/5B7H1o4VFhfsHw9F8G+AxOZQq87q+lg=="}]}}}}`)
	ring := keyrings(t)["v1_keys"]
	for name, doc := range map[string][]byte{"full": full, "abbreviated": abbreviated} {
		p, err := npm.ParsePackument(doc)
		if err != nil {
			t.Fatal(err)
		}
		v, ok := SignedVersionOf(p, "1.0.0")
		if !ok {
			t.Fatalf("%s: no version", name)
		}
		if got := VerifySignatures(ring, v); got.Outcome != Verified {
			t.Errorf("%s: %v/%s: %s", name, got.Outcome, got.Reason, got.Detail)
		}
		if _, ok := SignedVersionOf(p, "9.9.9"); ok {
			t.Errorf("%s: found a version that does not exist", name)
		}
	}
}
