package jsast

import (
	"bytes"
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
// hidden after long whitespace and the bracket nesting depth in one pass.
func (f *Facts) byteScan(s *source, lim Limits) {
	src := s.src
	f.Size = len(src)
	f.Lines = len(s.nl) + 1
	lineStart := 0
	wsRun := 0
	nonWSBefore := false
	depth := 0
	invisRun, invisStart, invisEnd := 0, 0, 0
	var invisRune rune
	flushInvis := func() {
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
	for i := 0; i < len(src); {
		c := src[i]
		if plain[c] {
			// the common case: an ordinary ASCII byte
			if invisRun > 0 {
				flushInvis()
			}
			if wsRun > 0 {
				if wsRun >= 120 && nonWSBefore && c != '/' && c != '*' && len(f.Hidden) < 50 {
					f.Hidden = append(f.Hidden, Hidden{Gap: wsRun, Pos: s.pos(i), Snippet: s.excerptFrom(i)})
				}
				wsRun = 0
			}
			nonWSBefore = true
			// and the ones after it, with nothing to track
			for i++; i < len(src) && plain[src[i]]; i++ {
			}
			continue
		}
		if c < 0x80 {
			if invisRun > 0 {
				flushInvis()
			}
			if c == ' ' || c == '\t' {
				// a whole run of blanks at once (indentation, alignment)
				j := i + 1
				for j < len(src) && (src[j] == ' ' || src[j] == '\t') {
					j++
				}
				wsRun += j - i
				i = j
				continue
			}
			switch c {
			case '\n':
				if l := i - lineStart; l > f.LongestLine {
					f.LongestLine = l
				}
				lineStart = i + 1
				wsRun, nonWSBefore = 0, false
			default:
				if wsRun >= 120 && nonWSBefore && c != '/' && c != '*' && len(f.Hidden) < 50 {
					f.Hidden = append(f.Hidden, Hidden{Gap: wsRun, Pos: s.pos(i), Snippet: s.excerptFrom(i)})
				}
				wsRun = 0
				nonWSBefore = true
				switch c {
				case '(', '[', '{':
					depth++
					if depth > f.MaxDepth {
						f.MaxDepth = depth
					}
				case ')', ']', '}':
					if depth > 0 {
						depth--
					}
				}
			}
			i++
			continue
		}
		r, sz := utf8.DecodeRune(src[i:])
		if r == utf8.RuneError && sz == 1 {
			f.InvalidUTF8++
			flushInvis()
			i++
			continue
		}
		wsRun = 0
		nonWSBefore = true
		switch {
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
			flushInvis()
			if len(f.Unicode) < 200 {
				f.Unicode = append(f.Unicode, Unicode{Kind: "bidi", Rune: r, Run: 1, Data: dataAfter(src[i+sz:]), Pos: s.pos(i), Snippet: s.excerpt(i)})
			}
		case isFiller(r):
			flushInvis()
			if len(f.Unicode) < 200 {
				f.Unicode = append(f.Unicode, Unicode{Kind: "filler", Rune: r, Run: 1, Pos: s.pos(i), Snippet: s.excerpt(i)})
			}
		default:
			flushInvis()
		}
		i += sz
	}
	flushInvis()
	if l := len(src) - lineStart; l > f.LongestLine {
		f.LongestLine = l
	}
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

// plain marks the ASCII bytes byteScan has nothing to do for (indexed by
// any byte: the non-ASCII half stays false).
var plain = func() (t [256]bool) {
	for c := 0; c < 128; c++ {
		t[c] = true
	}
	for _, c := range "\n \t([{)]}" {
		t[c] = false
	}
	return t
}()

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
