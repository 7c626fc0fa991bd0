package jsast

import (
	"bytes"
	"encoding/binary"
	"math/bits"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
	"unsafe"
)

// source maps byte offsets of one buffer to positions and snippets.
type source struct {
	src   []byte
	nl    []int // offsets of '\n'
	lines []int // for transformed code: generated line (0-based) -> original line (1-based); nil = identity
}

func newSource(src []byte) *source {
	// counting first (a vectorised scan) sizes the index exactly instead
	// of growing it line by line
	s := &source{src: src, nl: make([]int, 0, bytes.Count(src, []byte{'\n'}))}
	for i := 0; ; {
		j := bytes.IndexByte(src[i:], '\n')
		if j < 0 {
			return s
		}
		s.nl = append(s.nl, i+j)
		i += j + 1
	}
}

// offsetOf returns the offset of b inside src when b is a sub-slice of it,
// or -1.
func (s *source) offsetOf(b []byte) int {
	if len(b) == 0 || len(s.src) == 0 {
		return -1
	}
	base := uintptr(unsafe.Pointer(unsafe.SliceData(s.src)))
	p := uintptr(unsafe.Pointer(unsafe.SliceData(b)))
	if p < base || p >= base+uintptr(len(s.src)) {
		return -1
	}
	return int(p - base)
}

func (s *source) pos(off int) Pos {
	if off < 0 {
		return Pos{}
	}
	line := sort.SearchInts(s.nl, off) // number of newlines before off
	start := 0
	if line > 0 {
		start = s.nl[line-1] + 1
	}
	p := Pos{Line: line + 1, Col: off - start + 1, Off: off}
	if s.lines != nil {
		if line < len(s.lines) && s.lines[line] > 0 {
			return Pos{Line: s.lines[line], Off: off}
		}
		return Pos{Off: off}
	}
	return p
}

const snippetMax = 160

// snippet returns a cleaned excerpt of the line around off.
func (s *source) snippet(off int) string {
	if off < 0 || off >= len(s.src) {
		return ""
	}
	line := sort.SearchInts(s.nl, off)
	start, end := 0, len(s.src)
	if line > 0 {
		start = s.nl[line-1] + 1
	}
	if line < len(s.nl) {
		end = s.nl[line]
	}
	if end-start > snippetMax {
		a := max(off-snippetMax/4, start)
		b := min(a+snippetMax, end)
		start, end = a, b
	}
	return Clean(string(s.src[start:end]), snippetMax)
}

// Clean makes text safe to show: control, bidi and invisible code points
// become \u escapes, whitespace runs collapse, and it is cut to n bytes.
func Clean(t string, n int) string {
	var b strings.Builder
	space := false
	for i, r := range t {
		if b.Len() >= n {
			b.WriteString("…")
			break
		}
		if r == utf8.RuneError {
			_, sz := utf8.DecodeRuneInString(t[i:])
			if sz == 1 {
				b.WriteString(`\x??`)
				continue
			}
		}
		if r == ' ' || r == '\t' || r == '\r' || r == '\n' {
			if !space {
				b.WriteByte(' ')
			}
			space = true
			continue
		}
		space = false
		if r < 0x20 || r == 0x7f || isBidi(r) || isInvisible(r) || (r > 0x7f && !unicode.IsPrint(r)) {
			b.WriteString(`\u{`)
			b.WriteString(strings.ToUpper(strconvHex(int(r))))
			b.WriteString(`}`)
			continue
		}
		b.WriteRune(r)
	}
	return strings.TrimSpace(b.String())
}

func strconvHex(v int) string {
	const digits = "0123456789abcdef"
	if v == 0 {
		return "0"
	}
	var buf [16]byte
	i := len(buf)
	for v > 0 {
		i--
		buf[i] = digits[v&15]
		v >>= 4
	}
	return string(buf[i:])
}

func isBidi(r rune) bool {
	return (r >= 0x202A && r <= 0x202E) || (r >= 0x2066 && r <= 0x2069)
}

// Invisible reports code points that render as nothing: zero-width
// characters, joiners, variation selectors, tags, a soft hyphen.
func Invisible(r rune) bool { return isInvisible(r) }

// Filler reports Hangul fillers (isFiller).
func Filler(r rune) bool { return isFiller(r) }

func isInvisible(r rune) bool {
	switch {
	case r == 0x200B, r == 0x200C, r == 0x200D, r == 0x2060, r == 0x2061, r == 0x2062, r == 0x2063, r == 0x2064,
		r == 0xFEFF, r == 0x180E, r == 0x034F, r == 0x00AD:
		return true
	case r >= 0xFE00 && r <= 0xFE0F: // variation selectors
		return true
	case r >= 0xE0000 && r <= 0xE007F: // tags
		return true
	case r >= 0xE0100 && r <= 0xE01EF: // variation selectors supplement
		return true
	}
	return false
}

// isFiller reports Hangul fillers and similar blank letters that are valid
// in identifiers but render as nothing.
func isFiller(r rune) bool {
	return r == 0x3164 || r == 0x115F || r == 0x1160 || r == 0xFFA0
}

// byteScan computes line metrics, invalid UTF-8, suspicious Unicode, code
// hidden after long blanks and, when it could pass the limit, the bracket
// nesting depth. Each part reads only what it needs: most files are ASCII
// with short lines and few brackets, and a byte-by-byte pass over all of
// them took a twentieth of the analysis.
func (f *Facts) byteScan(s *source, lim Limits) {
	src := s.src
	f.Size = len(src)
	f.Lines = len(s.nl) + 1
	for k, start := 0, 0; k <= len(s.nl); k++ {
		end := len(src)
		if k < len(s.nl) {
			end = s.nl[k]
		}
		line := src[start:end]
		f.LongestLine = max(f.LongestLine, len(line))
		// a hidden run needs code, 120 blanks and code again; such a
		// run fills at least one aligned 8-byte word with blanks, unless
		// invalid bytes (which do not end it) are strewn in it
		if len(line) >= 122 && len(f.Hidden) < 50 && (blankWord(line) || nextNonASCII(line, 0) < len(line)) {
			f.hiddenRuns(s, start, end)
		}
		start = end + 1
	}
	if mayNestPast(src, lim.MaxDepth) {
		f.MaxDepth = bracketDepth(src)
	}
	for i := nextNonASCII(src, 0); i < len(src); i = nextNonASCII(src, i) {
		i = f.unicodeRun(s, i)
	}
}

// hiddenRuns records code that follows a run of 120 or more blanks after
// other code on the line src[start:end]. A comment after the run is not
// code; a valid non-ASCII character ends a run without being recorded,
// and an invalid byte does not end it.
func (f *Facts) hiddenRuns(s *source, start, end int) {
	src := s.src
	wsRun, nonWSBefore := 0, false
	for i := start; i < end; {
		c := src[i]
		if c < utf8.RuneSelf {
			if c == ' ' || c == '\t' {
				wsRun++
			} else {
				if wsRun >= 120 && nonWSBefore && c != '/' && c != '*' && len(f.Hidden) < 50 {
					f.Hidden = append(f.Hidden, Hidden{Gap: wsRun, Pos: s.pos(i), Snippet: s.excerptFrom(i)})
				}
				wsRun, nonWSBefore = 0, true
			}
			i++
			continue
		}
		r, sz := utf8.DecodeRune(src[i:end])
		if r != utf8.RuneError || sz != 1 {
			wsRun, nonWSBefore = 0, true
		}
		i += sz
	}
}

// unicodeRun scans the non-ASCII characters from src[i] to the next ASCII
// byte, counting invalid UTF-8 and recording runs of invisible characters,
// bidirectional controls and fillers; it returns where it stopped.
func (f *Facts) unicodeRun(s *source, i int) int {
	src := s.src
	invisRun, invisStart, invisEnd := 0, 0, 0
	var invisRune rune
	flush := func() {
		if invisRun == 0 {
			return
		}
		// A lone ZWJ/variation selector is everyday emoji; report runs,
		// and any tag or supplement selector, except the tags of an
		// emoji flag (England's, Scotland's).
		if (invisRun >= 4 || invisRune >= 0xE0000 || invisRune == 0x2062 || invisRune == 0x2063 || invisRune == 0x2064) && !flagTags(src, invisStart, invisEnd) {
			if len(f.Unicode) < 200 {
				f.Unicode = append(f.Unicode, Unicode{Kind: "invisible", Rune: invisRune, Run: invisRun, Data: dataAfter(src[invisEnd:]), Pos: s.pos(invisStart), Snippet: s.excerpt(invisStart)})
			}
		}
		invisRun = 0
	}
	for i < len(src) && src[i] >= utf8.RuneSelf {
		r, sz := utf8.DecodeRune(src[i:])
		switch {
		case r == utf8.RuneError && sz == 1:
			f.InvalidUTF8++
			flush()
		case isInvisible(r) && !(r == 0xFEFF && i == 0):
			if invisRun == 0 {
				invisStart = i
				invisRune = r
			} else if r >= 0xE0000 {
				invisRune = r
			}
			invisRun++
			invisEnd = i + sz
		case isBidi(r):
			flush()
			if len(f.Unicode) < 200 {
				f.Unicode = append(f.Unicode, Unicode{Kind: "bidi", Rune: r, Run: 1, Data: dataAfter(src[i+sz:]), Pos: s.pos(i), Snippet: s.excerpt(i)})
			}
		case isFiller(r):
			flush()
			if len(f.Unicode) < 200 {
				f.Unicode = append(f.Unicode, Unicode{Kind: "filler", Rune: r, Run: 1, Pos: s.pos(i), Snippet: s.excerpt(i)})
			}
		default:
			flush()
		}
		i += sz
	}
	flush()
	return i
}

const (
	lsb = 0x0101010101010101
	msb = 0x8080808080808080
)

// nextNonASCII returns the offset of the first byte at or after i that is
// not ASCII, len(src) if none, reading eight bytes at a time.
func nextNonASCII(src []byte, i int) int {
	for ; i+8 <= len(src); i += 8 {
		if w := binary.LittleEndian.Uint64(src[i:]); w&msb != 0 {
			return i + bits.TrailingZeros64(w&msb)/8
		}
	}
	for ; i < len(src); i++ {
		if src[i] >= utf8.RuneSelf {
			return i
		}
	}
	return i
}

// blankWord reports that b has eight blanks (spaces or tabs) in a row at
// an offset that is a multiple of eight. Any run of 15 blanks has one.
func blankWord(b []byte) bool {
	for i := 0; i+8 <= len(b); i += 8 {
		w := binary.LittleEndian.Uint64(b[i:])
		if zeroBytes(w^(' '*lsb))|zeroBytes(w^('\t'*lsb)) == msb {
			return true
		}
	}
	return false
}

// zeroBytes sets the high bit of each byte of the result whose byte in w
// is zero, and clears every other bit (exact, no borrow between bytes).
func zeroBytes(w uint64) uint64 {
	const low7 = 0x7F7F7F7F7F7F7F7F
	return ^((w&low7 + low7) | w | low7)
}

// mayNestPast reports that brackets in src might nest deeper than limit,
// from bracket counts per block (vectorised) rather than byte by byte.
// Nesting depth is the running sum of openers minus closers less its
// lowest value so far; within a block the sum rises by at most the
// block's openers and falls by at most its closers, so the bound kept
// here is never below the true depth and, for code, not far above it.
func mayNestPast(src []byte, limit int) bool {
	if limit < 0 {
		return true
	}
	const block = 1024
	sum, low := 0, 0 // running sum at the block's start, lower bound of its minimum
	for i := 0; i < len(src); i += block {
		b := src[i:min(i+block, len(src))]
		open := bytes.Count(b, []byte{'('}) + bytes.Count(b, []byte{'['}) + bytes.Count(b, []byte{'{'})
		if sum-low+open > limit {
			return true
		}
		shut := bytes.Count(b, []byte{')'}) + bytes.Count(b, []byte{']'}) + bytes.Count(b, []byte{'}'})
		low = min(low, sum-shut)
		sum += open - shut
	}
	return false
}

// bracketDepth is the deepest nesting of brackets anywhere in src, in
// strings and comments too, as a pre-check before a parser recurses.
// A closing bracket with none open is ignored.
func bracketDepth(src []byte) int {
	depth, deepest := 0, 0
	for _, c := range src {
		switch c {
		case '(', '[', '{':
			depth++
			deepest = max(deepest, depth)
		case ')', ']', '}':
			if depth > 0 {
				depth--
			}
		}
	}
	return deepest
}

// flagTags reports that src[start:end] is the tag sequence of an emoji
// flag: tag characters ending with CANCEL TAG, right after the black flag
// U+1F3F4 (🏴 + g b e n g + cancel is England's flag).
func flagTags(src []byte, start, end int) bool {
	if base, _ := utf8.DecodeLastRune(src[:start]); base != 0x1F3F4 {
		return false
	}
	var last rune
	for _, r := range string(src[start:end]) {
		if r < 0xE0020 || r > 0xE007F {
			return false
		}
		last = r
	}
	return last == 0xE007F
}

// dataAfter reports that what follows a control character is a
// delimiter rather than text it could hide or reorder: a quote, a comma,
// a closing bracket, a backslash, another control character, the end of
// the line or input. Entity tables ("\u202A") and regular expression
// classes listing such characters look like that; Trojan Source puts
// them before the code it disguises.
func dataAfter(rest []byte) bool {
	if len(rest) == 0 {
		return true
	}
	r, _ := utf8.DecodeRune(rest)
	switch r {
	case '\n', '\r', '"', '\'', '`', ',', ']', '\\', '|':
		return true
	}
	return unicode.In(r, unicode.Cc, unicode.Cf, unicode.Zl, unicode.Zp)
}

// snippetFrom returns an excerpt starting at off (for hidden code).
func (s *source) snippetFrom(off int) string {
	end := len(s.src)
	if i := sort.SearchInts(s.nl, off); i < len(s.nl) {
		end = s.nl[i]
	}
	end = min(end, off+snippetMax)
	return Clean(string(s.src[off:end]), snippetMax)
}

// Snippet is a cleaned excerpt of the source around a fact. It is rendered
// when asked for: most facts are never shown, and cleaning each one when
// it was found took about a fifth of the walk. The zero Snippet is "".
type Snippet struct {
	src  *source
	off  int
	from bool // start at off (hidden code) rather than around it
}

// String renders the excerpt (at most snippetMax bytes plus an ellipsis).
func (x Snippet) String() string {
	if x.src == nil {
		return ""
	}
	if x.from {
		return x.src.snippetFrom(x.off)
	}
	return x.src.snippet(x.off)
}

// MarshalText implements encoding.TextMarshaler.
func (x Snippet) MarshalText() ([]byte, error) { return []byte(x.String()), nil }

func (s *source) excerpt(off int) Snippet {
	if off < 0 || off >= len(s.src) {
		return Snippet{}
	}
	return Snippet{src: s, off: off}
}

func (s *source) excerptFrom(off int) Snippet {
	if off < 0 || off >= len(s.src) {
		return Snippet{}
	}
	return Snippet{src: s, off: off, from: true}
}
