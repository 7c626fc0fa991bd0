package rulekit

import "strings"

// Hints is a set of ASCII needles found in a string in one pass, ignoring
// ASCII case. Rules test every string of every file against several
// lists; a bitmap of the needles' first two bytes rejects most positions
// with one lookup, where a Contains per needle scanned the string again for
// each of them.
type Hints struct {
	pairs [1 << 16 / 64]uint64
	// needles by their first two bytes (a uint32 key: the runtime has a
	// fast path for 32-bit keys, none for 16-bit ones)
	needles map[uint32][]string
	single  string // one-byte needles, lowercased
}

// NewHints builds the set; needles are compared lowercased.
func NewHints(needles ...string) *Hints {
	h := &Hints{needles: map[uint32][]string{}}
	for _, n := range needles {
		n = strings.ToLower(n)
		switch len(n) {
		case 0:
			continue
		case 1:
			h.single += n
			continue
		}
		k := pairKey(n[0], n[1])
		h.pairs[k>>6] |= 1 << (k & 63)
		h.needles[k] = append(h.needles[k], n)
	}
	return h
}

func lowerASCII(c byte) byte { return lowerTable[c] }

var lowerTable = func() (t [256]byte) {
	for c := range t {
		t[c] = byte(c)
		if c >= 'A' && c <= 'Z' {
			t[c] = byte(c) + 'a' - 'A'
		}
	}
	return t
}()

func pairKey(a, b byte) uint32 { return uint32(lowerTable[a])<<8 | uint32(lowerTable[b]) }

// Find returns the needle that occurs first in s ("" if none).
func (h *Hints) Find(s string) string {
	for i := 0; i < len(s); i++ {
		if h.single != "" && strings.IndexByte(h.single, lowerASCII(s[i])) >= 0 {
			return string(lowerASCII(s[i]))
		}
		if i+1 == len(s) {
			break
		}
		k := pairKey(s[i], s[i+1])
		if h.pairs[k>>6]&(1<<(k&63)) == 0 {
			continue
		}
		for _, n := range h.needles[k] {
			if len(s)-i >= len(n) && strings.EqualFold(s[i:i+len(n)], n) {
				return n
			}
		}
	}
	return ""
}

// In reports whether any needle occurs in s.
func (h *Hints) In(s string) bool { return h.Find(s) != "" }
