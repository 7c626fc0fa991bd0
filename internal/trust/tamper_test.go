package trust

import (
	"context"
	"encoding/base64"
	"encoding/json"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestEveryByteFlip flips one bit in every 41st byte of every real bundle.
// A flip may only still verify when it changed nothing that is signed:
// certificates after the leaf in x509CertificateChain (the trusted root
// supplies the chain), tlog kindVersion (the canonicalized body is what is
// verified), the signer name of the checkpoint's signature line, or unused
// base64 padding bits. normalizeBundle erases exactly those.
func TestEveryByteFlip(t *testing.T) {
	if testing.Short() {
		t.Skip("slow: thousands of verifications")
	}
	v := embeddedVerifier(t)
	for _, c := range provCases {
		in := c.input(t)
		in.Repository = nil
		for ai := range in.Attestations {
			orig := in.Attestations[ai].Bundle
			want := normalizeBundle(t, orig)
			flips, verified := 0, 0
			for i := ai; i < len(orig); i += 41 {
				mut := append([]byte(nil), orig...)
				mut[i] ^= 0x01
				in2 := in
				in2.Attestations = append([]Attestation(nil), in.Attestations...)
				in2.Attestations[ai].Bundle = mut
				flips++
				if r := v.Verify(context.Background(), in2); r.Attestations[ai].Outcome != Verified {
					continue
				}
				verified++
				if d := cmp.Diff(want, normalizeBundle(t, mut)); d != "" {
					t.Errorf("%s@%s %s: flip at byte %d changed a signed part and still verified (-orig +mut):\n%s",
						c.name, c.version, shortPredicate(in.Attestations[ai].PredicateType), i, d)
				}
			}
			t.Logf("%s@%s %s: %d flips, %d verified (all in unsigned parts)", c.name, c.version, shortPredicate(in.Attestations[ai].PredicateType), flips, verified)
		}
	}
}

func normalizeBundle(t *testing.T, data []byte) any {
	t.Helper()
	var doc map[string]any
	if err := json.Unmarshal(data, &doc); err != nil {
		return string(data) // unparseable: compare raw (never verifies anyway)
	}
	if vm, ok := doc["verificationMaterial"].(map[string]any); ok {
		if ch, ok := vm["x509CertificateChain"].(map[string]any); ok {
			if certs, ok := ch["certificates"].([]any); ok && len(certs) > 1 {
				ch["certificates"] = certs[:1]
			}
		}
		if entries, ok := vm["tlogEntries"].([]any); ok {
			for _, e := range entries {
				em, ok := e.(map[string]any)
				if !ok {
					continue
				}
				delete(em, "kindVersion")
				if ip, ok := em["inclusionProof"].(map[string]any); ok {
					if cp, ok := ip["checkpoint"].(map[string]any); ok {
						if env, ok := cp["envelope"].(string); ok {
							cp["envelope"] = dropSignerNames(env)
						}
					}
				}
			}
		}
	}
	return canonicalBase64(doc)
}

// dropSignerNames keeps only the signature of "— name sig" note lines.
func dropSignerNames(note string) string {
	lines := strings.Split(note, "\n")
	for i, l := range lines {
		if strings.HasPrefix(l, "— ") {
			f := strings.Fields(l)
			lines[i] = "— " + f[len(f)-1]
		}
	}
	return strings.Join(lines, "\n")
}

// canonicalBase64 re-encodes every string that decodes as base64, so that
// flips of unused padding bits compare equal.
func canonicalBase64(v any) any {
	switch x := v.(type) {
	case map[string]any:
		for k, e := range x {
			x[k] = canonicalBase64(e)
		}
	case []any:
		for i, e := range x {
			x[i] = canonicalBase64(e)
		}
	case string:
		if b, err := base64.StdEncoding.DecodeString(x); err == nil && len(x) >= 8 {
			return base64.StdEncoding.EncodeToString(b)
		}
	}
	return v
}
