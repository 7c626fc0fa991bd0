package npm

import (
	"bytes"
	"errors"
	"reflect"
	"testing"
)

// FuzzParseIntegrity: no panic; an error wraps ErrInvalidIntegrity; a
// parsed value re-renders to a string that parses to an equal value, and
// a value always matches itself.
func FuzzParseIntegrity(f *testing.F) {
	for _, s := range []string{
		"sha512-z4PhNX7vuL3xVChQ1m2AB9Yg5AULVxXcg/SpIdNs6c5H0NE8XYXysP+DGNKHfuwvY7kxvUdBeoGlODJ6+SfaPg==",
		"sha1-2jmj7l5rSw0yVb/vlWAYkK/YBwk= sha512-z4PhNX7vuL3xVChQ1m2AB9Yg5AULVxXcg/SpIdNs6c5H0NE8XYXysP+DGNKHfuwvY7kxvUdBeoGlODJ6+SfaPg==?opt",
		"sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=",
		"sha384-OLBgp1GsljhM2TJ+sbHjaiH9txEUvgdDTAzHv2P24donTt6/529l+9Ua0vFImLlb",
		"md5-1B2M2Y8AsgTpgAmY7PhCfg== sha1-2jmj7l5rSw0yVb/vlWAYkK/YBwk",
		"", "sha512-", "sha512-!!!", "-x", "  sha1-2jmj7l5rSw0yVb/vlWAYkK/YBwk=\t\n",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		i, err := ParseIntegrity(s)
		if err != nil {
			if !errors.Is(err, ErrInvalidIntegrity) {
				t.Fatalf("error %v does not wrap ErrInvalidIntegrity", err)
			}
			return
		}
		if i.IsZero() {
			t.Fatal("no error and no hash")
		}
		again, err := ParseIntegrity(i.String())
		if err != nil {
			t.Fatalf("re-parse of %q: %v", i.String(), err)
		}
		if !i.Match(again) || !again.Match(i) {
			t.Fatalf("%q does not match its own rendering", s)
		}
		for k, h := range again.Hashes {
			if !bytes.Equal(h.Digest, i.Hashes[k].Digest) || h.Algorithm != i.Hashes[k].Algorithm {
				t.Fatalf("round trip changed hash %d", k)
			}
		}
	})
}

// FuzzParsePackument: no panic; error xor packument; the index picks out
// each version exactly as the whole decode has it.
func FuzzParsePackument(f *testing.F) {
	f.Add([]byte(`{"name":"a","dist-tags":{"latest":"1.0.0"},"versions":{"1.0.0":{"name":"a","version":"1.0.0","dist":{"tarball":"https://r.example/a/-/a-1.0.0.tgz","integrity":"sha1-2jmj7l5rSw0yVb/vlWAYkK/YBwk=","fileCount":1e400,"signatures":[{"keyid":"k","sig":"s"}]}}},"time":{"1.0.0":"2020-01-01T00:00:00Z"}}`))
	f.Add([]byte(`{"versions":{"1":[],"2":{"dist":{"attestations":5}}}}`))
	f.Add([]byte("\xef\xbb\xbf{}"))
	f.Fuzz(func(t *testing.T, data []byte) {
		p, err := ParsePackument(data)
		if (err == nil) == (p == nil) {
			t.Fatalf("err=%v p=%v", err, p)
		}
		if err != nil && !errors.Is(err, ErrInvalidPackument) {
			t.Fatalf("error %v does not wrap ErrInvalidPackument", err)
		}
		if p != nil {
			for _, v := range p.Versions {
				_, _ = v.Dist.ParsedIntegrity()
			}
		}
		ix, ierr := ParsePackumentIndex(data)
		if (ierr == nil) != (err == nil) {
			t.Fatalf("index err=%v, packument err=%v", ierr, err)
		}
		if ix == nil {
			return
		}
		for ver, want := range p.Versions {
			got, ok := ix.Version(ver)
			if !ok || !reflect.DeepEqual(got, want) {
				t.Fatalf("version %q: index has %+v (%v), packument %+v", ver, got, ok, want)
			}
		}
	})
}
