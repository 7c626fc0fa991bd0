// Package npm holds the pure vocabulary of the npm ecosystem: package names,
// versions, specs and Subresource Integrity values. It performs no I/O.
package npm

import (
	"crypto/sha1"
	"crypto/sha256"
	"crypto/sha512"
	"encoding/base64"
	"errors"
	"fmt"
	"hash"
	"strings"
)

// ErrInvalidIntegrity is returned (wrapped) for a malformed SRI string.
var ErrInvalidIntegrity = errors.New("invalid integrity")

// Algorithm is an SRI hash algorithm. Higher values are stronger.
type Algorithm int

// Supported SRI algorithms, weakest first.
const (
	AlgoUnknown Algorithm = iota
	SHA1
	SHA256
	SHA384
	SHA512
)

var algoNames = map[Algorithm]string{SHA1: "sha1", SHA256: "sha256", SHA384: "sha384", SHA512: "sha512"}

func (a Algorithm) String() string {
	if s, ok := algoNames[a]; ok {
		return s
	}
	return "unknown"
}

// New returns a fresh hash.Hash for the algorithm.
func (a Algorithm) New() hash.Hash {
	switch a {
	case SHA1:
		return sha1.New()
	case SHA256:
		return sha256.New()
	case SHA384:
		return sha512.New384()
	case SHA512:
		return sha512.New()
	}
	return nil
}

// Size is the digest length in bytes.
func (a Algorithm) Size() int {
	switch a {
	case SHA1:
		return sha1.Size
	case SHA256:
		return sha256.Size
	case SHA384:
		return sha512.Size384
	case SHA512:
		return sha512.Size
	}
	return 0
}

func parseAlgorithm(s string) Algorithm {
	for a, n := range algoNames {
		if strings.EqualFold(n, s) {
			return a
		}
	}
	return AlgoUnknown
}

// Hash is one entry of an SRI string.
type Hash struct {
	Algorithm Algorithm
	Digest    []byte
	Options   string // the "?opt" suffix, kept verbatim
}

// String renders the entry in SRI form.
func (h Hash) String() string {
	s := h.Algorithm.String() + "-" + base64.StdEncoding.EncodeToString(h.Digest)
	if h.Options != "" {
		s += "?" + h.Options
	}
	return s
}

// Integrity is a parsed Subresource Integrity value: one or more hashes.
type Integrity struct {
	Hashes []Hash
}

// IsZero reports whether the value holds no hash.
func (i Integrity) IsZero() bool { return len(i.Hashes) == 0 }

// String renders the value in SRI form (entries separated by one space).
func (i Integrity) String() string {
	parts := make([]string, len(i.Hashes))
	for k, h := range i.Hashes {
		parts[k] = h.String()
	}
	return strings.Join(parts, " ")
}

// MarshalText implements encoding.TextMarshaler.
func (i Integrity) MarshalText() ([]byte, error) { return []byte(i.String()), nil }

// Strongest returns the entry with the strongest algorithm.
func (i Integrity) Strongest() (Hash, bool) {
	var best Hash
	ok := false
	for _, h := range i.Hashes {
		if !ok || h.Algorithm > best.Algorithm {
			best, ok = h, true
		}
	}
	return best, ok
}

// Weak reports whether the strongest hash is sha1 (or nothing usable).
func (i Integrity) Weak() bool {
	h, ok := i.Strongest()
	return !ok || h.Algorithm < SHA256
}

// Match reports whether any entry of other equals an entry of i with the same
// algorithm, comparing only the strongest algorithm both sides share, as the
// ssri package does.
func (i Integrity) Match(other Integrity) bool {
	for _, algo := range []Algorithm{SHA512, SHA384, SHA256, SHA1} {
		var mine, theirs [][]byte
		for _, h := range i.Hashes {
			if h.Algorithm == algo {
				mine = append(mine, h.Digest)
			}
		}
		for _, h := range other.Hashes {
			if h.Algorithm == algo {
				theirs = append(theirs, h.Digest)
			}
		}
		if len(mine) == 0 || len(theirs) == 0 {
			continue
		}
		for _, a := range mine {
			for _, b := range theirs {
				if string(a) == string(b) {
					return true
				}
			}
		}
		return false
	}
	return false
}

// ParseIntegrity parses an SRI string such as "sha512-AAA... sha1-BBB...".
// Entries with unknown algorithms are ignored like browsers and ssri do, but
// a string with no usable entry, or a known algorithm with a digest of the
// wrong length or bad base64, is an error.
func ParseIntegrity(s string) (Integrity, error) {
	var out Integrity
	fields := strings.Fields(s)
	if len(fields) == 0 {
		return out, fmt.Errorf("%w: empty", ErrInvalidIntegrity)
	}
	for _, f := range fields {
		algoStr, rest, ok := strings.Cut(f, "-")
		if !ok {
			return Integrity{}, fmt.Errorf("%w: %q has no algorithm prefix", ErrInvalidIntegrity, clip(f))
		}
		algo := parseAlgorithm(algoStr)
		if algo == AlgoUnknown {
			continue
		}
		digestStr, opts, _ := strings.Cut(rest, "?")
		d, err := base64.StdEncoding.DecodeString(digestStr)
		if err != nil {
			d, err = base64.RawStdEncoding.DecodeString(strings.TrimRight(digestStr, "="))
		}
		if err != nil {
			return Integrity{}, fmt.Errorf("%w: %s digest is not base64", ErrInvalidIntegrity, algo)
		}
		if len(d) != algo.Size() {
			return Integrity{}, fmt.Errorf("%w: %s digest has %d bytes, want %d", ErrInvalidIntegrity, algo, len(d), algo.Size())
		}
		out.Hashes = append(out.Hashes, Hash{Algorithm: algo, Digest: d, Options: opts})
	}
	if len(out.Hashes) == 0 {
		return Integrity{}, fmt.Errorf("%w: no supported algorithm in %q", ErrInvalidIntegrity, clip(s))
	}
	return out, nil
}

// IntegrityFromHex builds an Integrity from a hex digest such as yarn
// classic's "#sha1hex" URL fragment or berry's "checksum".
func IntegrityFromHex(algo Algorithm, hexDigest string) (Integrity, error) {
	d := make([]byte, len(hexDigest)/2)
	if len(hexDigest)%2 != 0 {
		return Integrity{}, fmt.Errorf("%w: odd-length hex digest", ErrInvalidIntegrity)
	}
	for k := 0; k < len(d); k++ {
		hi, ok1 := unhex(hexDigest[2*k])
		lo, ok2 := unhex(hexDigest[2*k+1])
		if !ok1 || !ok2 {
			return Integrity{}, fmt.Errorf("%w: bad hex digest", ErrInvalidIntegrity)
		}
		d[k] = hi<<4 | lo
	}
	if len(d) != algo.Size() {
		return Integrity{}, fmt.Errorf("%w: %s digest has %d bytes, want %d", ErrInvalidIntegrity, algo, len(d), algo.Size())
	}
	return Integrity{Hashes: []Hash{{Algorithm: algo, Digest: d}}}, nil
}

func unhex(c byte) (byte, bool) {
	switch {
	case '0' <= c && c <= '9':
		return c - '0', true
	case 'a' <= c && c <= 'f':
		return c - 'a' + 10, true
	case 'A' <= c && c <= 'F':
		return c - 'A' + 10, true
	}
	return 0, false
}

func clip(s string) string {
	if len(s) > 64 {
		return s[:64] + "…"
	}
	return s
}
