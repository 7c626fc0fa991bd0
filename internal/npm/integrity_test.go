package npm

import (
	"crypto/sha1"
	"crypto/sha512"
	"encoding/base64"
	"encoding/hex"
	"errors"
	"testing"
)

func sri(algo string, d []byte) string { return algo + "-" + base64.StdEncoding.EncodeToString(d) }

func TestParseIntegrity(t *testing.T) {
	s512 := sha512.Sum512([]byte("x"))
	s1 := sha1.Sum([]byte("x"))
	tests := []struct {
		in      string
		wantErr bool
		algos   []Algorithm
		weak    bool
	}{
		{in: sri("sha512", s512[:]), algos: []Algorithm{SHA512}},
		{in: sri("sha1", s1[:]), algos: []Algorithm{SHA1}, weak: true},
		{in: sri("sha1", s1[:]) + "  " + sri("sha512", s512[:]), algos: []Algorithm{SHA1, SHA512}},
		{in: sri("md5", s1[:]) + " " + sri("sha512", s512[:]), algos: []Algorithm{SHA512}}, // unknown algorithm ignored
		{in: sri("sha512", s512[:]) + "?foo", algos: []Algorithm{SHA512}},
		{in: "", wantErr: true},
		{in: "sha512", wantErr: true},
		{in: "sha512-!!!", wantErr: true},
		{in: sri("sha512", s1[:]), wantErr: true}, // wrong length
		{in: sri("md5", s1[:]), wantErr: true},    // nothing usable
	}
	for _, tt := range tests {
		got, err := ParseIntegrity(tt.in)
		if (err != nil) != tt.wantErr {
			t.Errorf("ParseIntegrity(%q) error = %v, wantErr %v", tt.in, err, tt.wantErr)
			continue
		}
		if err != nil {
			if !errors.Is(err, ErrInvalidIntegrity) {
				t.Errorf("error %v does not wrap ErrInvalidIntegrity", err)
			}
			continue
		}
		var algos []Algorithm
		for _, h := range got.Hashes {
			algos = append(algos, h.Algorithm)
		}
		if len(algos) != len(tt.algos) {
			t.Errorf("ParseIntegrity(%q) algos = %v, want %v", tt.in, algos, tt.algos)
			continue
		}
		for k := range algos {
			if algos[k] != tt.algos[k] {
				t.Errorf("ParseIntegrity(%q) algos = %v, want %v", tt.in, algos, tt.algos)
			}
		}
		if got.Weak() != tt.weak {
			t.Errorf("ParseIntegrity(%q).Weak() = %v", tt.in, got.Weak())
		}
	}
}

func TestIntegrityMatch(t *testing.T) {
	a512 := sha512.Sum512([]byte("a"))
	b512 := sha512.Sum512([]byte("b"))
	a1 := sha1.Sum([]byte("a"))
	b1 := sha1.Sum([]byte("b"))
	mk := func(parts ...string) Integrity {
		s := ""
		for _, p := range parts {
			s += p + " "
		}
		i, err := ParseIntegrity(s)
		if err != nil {
			t.Fatal(err)
		}
		return i
	}
	tests := []struct {
		name string
		x, y Integrity
		want bool
	}{
		{"same sha512", mk(sri("sha512", a512[:])), mk(sri("sha512", a512[:])), true},
		{"different sha512", mk(sri("sha512", a512[:])), mk(sri("sha512", b512[:])), false},
		{"no shared algorithm", mk(sri("sha512", a512[:])), mk(sri("sha1", a1[:])), false},
		// The strongest shared algorithm decides: a matching sha1 cannot
		// rescue a mismatching sha512.
		{"strongest decides", mk(sri("sha512", a512[:]), sri("sha1", a1[:])), mk(sri("sha512", b512[:]), sri("sha1", a1[:])), false},
		{"sha1 shared only", mk(sri("sha512", a512[:]), sri("sha1", a1[:])), mk(sri("sha1", a1[:])), true},
		{"sha1 mismatch", mk(sri("sha1", b1[:])), mk(sri("sha1", a1[:])), false},
	}
	for _, tt := range tests {
		if got := tt.x.Match(tt.y); got != tt.want {
			t.Errorf("%s: Match = %v, want %v", tt.name, got, tt.want)
		}
	}
}

func TestIntegrityFromHex(t *testing.T) {
	d := sha1.Sum([]byte("pkg"))
	got, err := IntegrityFromHex(SHA1, hex.EncodeToString(d[:]))
	if err != nil {
		t.Fatal(err)
	}
	if got.String() != sri("sha1", d[:]) {
		t.Errorf("got %s", got)
	}
	for _, bad := range []string{"abc", "zz" + hex.EncodeToString(d[1:]), hex.EncodeToString(d[:10])} {
		if _, err := IntegrityFromHex(SHA1, bad); err == nil {
			t.Errorf("IntegrityFromHex(%q) accepted", bad)
		}
	}
}
