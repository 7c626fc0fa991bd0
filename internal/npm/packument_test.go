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

// The index decodes only the version asked for, by version or dist-tag,
// and decoding them all gives what ParsePackument gives.
func TestPackumentIndex(t *testing.T) {
	data := []byte(`{"name":"a","dist-tags":{"latest":"1.0.0","next":"3.0.0","old":"9.9.9"},
	"versions":{
	  "1.0.0":{"name":"a","version":"1.0.0","dist":{"tarball":"https://r.example/a/-/a-1.0.0.tgz","shasum":"DA39A3EE5E6B4B0D3255BFEF95601890AFD80709"}},
	  "2.0.0":{"name":"a","version":"2.0.0","scripts":{"install":"node-gyp rebuild"}},
	  "3.0.0":"not an object"}}`)
	ix, err := ParsePackumentIndex(data)
	if err != nil {
		t.Fatal(err)
	}
	if ix.Name() != "a" {
		t.Errorf("name %q", ix.Name())
	}
	for _, tc := range []struct {
		ask, want string // want "" for not found
	}{
		{"1.0.0", "1.0.0"},
		{"2.0.0", "2.0.0"},
		{"latest", "1.0.0"},
		{"next", ""},  // tag to an entry that is not an object
		{"old", ""},   // tag to a version that does not exist
		{"3.0.0", ""}, // not an object
		{"4.0.0", ""},
	} {
		pv, ok := ix.Version(tc.ask)
		switch {
		case tc.want == "" && ok:
			t.Errorf("Version(%q) found %q", tc.ask, pv.Version)
		case tc.want != "" && (!ok || pv.Version != tc.want):
			t.Errorf("Version(%q) = %v, %v; want %s", tc.ask, pv, ok, tc.want)
		}
	}
	if pv, _ := ix.Version("2.0.0"); pv.Scripts["install"] != "node-gyp rebuild" {
		t.Errorf("manifest fields lost: %+v", pv)
	}
	whole, err := ParsePackument(data)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(whole, ix.Packument()); diff != "" {
		t.Errorf("Packument() differs from ParsePackument (-want +got):\n%s", diff)
	}
	if len(whole.Versions) != 2 {
		t.Errorf("versions = %d, want 2", len(whole.Versions))
	}
	if _, err := ParsePackumentIndex([]byte(`"a string"`)); err == nil {
		t.Error("a string accepted as a packument")
	}
}
