package npm

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestParsePackument(t *testing.T) {
	data := []byte(`{"name":"a","dist-tags":{"latest":"1.0.0","bad":1},"modified":"2024-01-01T00:00:00Z",
	"versions":{
	  "1.0.0":{"name":"a","version":"1.0.0","scripts":{"postinstall":"x"},"hasInstallScript":true,
	    "dist":{"tarball":"https://r.example/a/-/a-1.0.0.tgz","integrity":"sha512-z4PhNX7vuL3xVChQ1m2AB9Yg5AULVxXcg/SpIdNs6c5H0NE8XYXysP+DGNKHfuwvY7kxvUdBeoGlODJ6+SfaPg==","shasum":"DA39A3EE5E6B4B0D3255BFEF95601890AFD80709","fileCount":3,"unpackedSize":1e400,
	      "signatures":[{"keyid":"SHA256:k","sig":"MEUC"},{"keyid":"x"}],
	      "attestations":{"url":"https://r.example/-/npm/v1/attestations/a@1.0.0","provenance":{"predicateType":"https://slsa.dev/provenance/v1"}}}},
	  "2.0.0":{"name":"a","version":"2.0.0","dist":{"shasum":"DA39A3EE5E6B4B0D3255BFEF95601890AFD80709","attestations":"bad"}},
	  "3.0.0":"not an object"}}`)
	p, err := ParsePackument(data)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(map[string]string{"latest": "1.0.0"}, p.DistTags); diff != "" {
		t.Errorf("dist-tags (-want +got):\n%s", diff)
	}
	if len(p.Versions) != 2 || p.Modified != "2024-01-01T00:00:00Z" {
		t.Fatalf("versions = %d, modified %q", len(p.Versions), p.Modified)
	}
	v1 := p.Versions["1.0.0"]
	want := Dist{
		Tarball:                 "https://r.example/a/-/a-1.0.0.tgz",
		Integrity:               "sha512-z4PhNX7vuL3xVChQ1m2AB9Yg5AULVxXcg/SpIdNs6c5H0NE8XYXysP+DGNKHfuwvY7kxvUdBeoGlODJ6+SfaPg==",
		Shasum:                  "DA39A3EE5E6B4B0D3255BFEF95601890AFD80709",
		FileCount:               3,
		Signatures:              []DistSignature{{KeyID: "SHA256:k", Sig: "MEUC"}},
		AttestationsURL:         "https://r.example/-/npm/v1/attestations/a@1.0.0",
		ProvenancePredicateType: "https://slsa.dev/provenance/v1",
	}
	if diff := cmp.Diff(want, v1.Dist); diff != "" {
		t.Errorf("dist (-want +got):\n%s", diff)
	}
	if !v1.HasInstallScript || v1.Scripts["postinstall"] != "x" {
		t.Errorf("manifest fields lost: %+v", v1)
	}
	i2, err := p.Versions["2.0.0"].Dist.ParsedIntegrity()
	if err != nil || i2.Hashes[0].Algorithm != SHA1 {
		t.Errorf("shasum fallback: %v %v", i2, err)
	}
	if _, err := ParsePackument([]byte("[]")); err == nil {
		t.Errorf("array accepted")
	}
}
