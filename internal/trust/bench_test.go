package trust

import (
	"context"
	"testing"
)

func BenchmarkVerifySignature(b *testing.B) {
	ring, err := ParseTUFKeys(readShared(b, "sigstore-js-seeds-npm-keys.json"))
	if err != nil {
		b.Fatal(err)
	}
	v := SignedVersion{
		Name: "@anthropic-ai/claude-code", Version: "2.1.98",
		Integrity:  "sha512-qecREauMWXHplkpjqsuDuUv4ww+NprMl71k9sMuLkZU7qwjLMkTPxRBjuKvZWWMrAPvZWdGZE9LljUTfCQ1lWQ==",
		Signatures: []Signature{{KeyID: "SHA256:DhQ8wR5APBvFHLF/+Tc+AYvPOdTpcIDqOhxsBHRwC7U", Sig: "MEQCIGvolW/eLJuocfuN94cinl0Vz9arMrshmIhulXk/9JEBAiAW18CskQ+uEkWf90x4Dc0TqDoRBQ7lmCAXhpXpqbEJDA=="}},
		Published:  publishTimes["@anthropic-ai/claude-code@2.1.98"],
	}
	for b.Loop() {
		if r := VerifySignatures(ring, v); r.Outcome != Verified {
			b.Fatal(r.Detail)
		}
	}
}

// BenchmarkVerifyProvenance verifies sigstore@1.0.0's SLSA v0.2 provenance
// and publish attestation (two bundles) per iteration.
func BenchmarkVerifyProvenance(b *testing.B) {
	v := embeddedVerifier(b)
	a, err := ParseAttestations(readShared(b, "npmcli-valid-sigstore-attestations.json"))
	if err != nil {
		b.Fatal(err)
	}
	in := ProvenanceInput{Name: "sigstore", Version: "1.0.0", Integrity: IntegrityOf(readShared(b, "sigstore-1.0.0.tgz")), Attestations: a}
	for b.Loop() {
		if r := v.Verify(context.Background(), in); r.Outcome != Verified {
			b.Fatal(r.Detail)
		}
	}
}

func BenchmarkEmbeddedMaterial(b *testing.B) {
	for b.Loop() {
		if _, err := EmbeddedMaterial(); err != nil {
			b.Fatal(err)
		}
	}
}
