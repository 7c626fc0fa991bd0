package typosquat

import (
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// foldConfusables folds ASCII look-alikes in a lowercase, separator-free
// name: "1" and "i" next to "l" confusions, "0"/"o", "rn"/"m", "vv"/"w".
func foldConfusables(s string) string {
	if !strings.ContainsAny(s, "10rv5") {
		return s
	}
	s = strings.ReplaceAll(s, "rn", "m")
	s = strings.ReplaceAll(s, "vv", "w")
	return strings.Map(func(r rune) rune {
		switch r {
		case '1':
			return 'l'
		case '0':
			return 'o'
		case '5':
			return 's'
		}
		return r
	}, s)
}

// homoglyphs maps non-Latin letters that render like ASCII ones.
var homoglyphs = map[rune]rune{
	// Cyrillic
	'а': 'a', 'в': 'b', 'е': 'e', 'ё': 'e', 'к': 'k', 'м': 'm', 'н': 'h', 'о': 'o', 'р': 'p', 'с': 'c',
	'т': 't', 'у': 'y', 'х': 'x', 'ѕ': 's', 'і': 'i', 'ї': 'i', 'ј': 'j', 'ԁ': 'd', 'ԛ': 'q', 'ԝ': 'w',
	'ӏ': 'l', 'һ': 'h', 'ɡ': 'g', 'ո': 'n', 'ս': 'u', 'օ': 'o',
	// Greek
	'α': 'a', 'β': 'b', 'ε': 'e', 'η': 'n', 'ι': 'i', 'κ': 'k', 'ν': 'v', 'ο': 'o', 'ρ': 'p', 'τ': 't',
	'υ': 'u', 'χ': 'x', 'ω': 'w', 'ϲ': 'c', 'ϳ': 'j',
	// Latin look-alikes outside ASCII
	'ı': 'i', 'ȷ': 'j', 'ł': 'l', 'ƚ': 'l', 'ɩ': 'i', 'ʏ': 'y', 'ᴅ': 'd', 'ɑ': 'a', 'ⅼ': 'l',
	// punctuation that looks like separators
	'‐': '-', '‑': '-', '‒': '-', '–': '-', '—': '-', '−': '-', '․': '.', '_': '_',
}

// asciiSkeleton maps a non-ASCII name to the ASCII name it looks like:
// compatibility forms (fullwidth letters) are folded, accents and
// invisible characters dropped, homoglyphs replaced. ok is false when
// something without an ASCII look-alike remains.
func asciiSkeleton(s string) (string, bool) {
	s = norm.NFKD.String(s)
	var b strings.Builder
	for _, r := range s {
		switch {
		case r < 0x80:
			b.WriteRune(unicode.ToLower(r))
		case unicode.Is(unicode.Mn, r), unicode.Is(unicode.Cf, r):
			// combining accents, zero-width and bidi controls
		default:
			r = unicode.ToLower(r)
			a, ok := homoglyphs[r]
			if !ok {
				return "", false
			}
			b.WriteRune(a)
		}
	}
	return b.String(), true
}
