package unicode

import (
	"strings"
	"testing"

	"github.com/depfence/depfence/internal/finding"
	rt "github.com/depfence/depfence/internal/rules/rulestest"
)

func TestDeceptive(t *testing.T) {
	rt.Check(t, Deceptive{}, []rt.Case{
		{"invisible_payload", map[string]string{"index.js": "var s = `" + strings.Repeat("\U000E0101\U000E0102", 20) + "`;"}, finding.SeverityHigh},
		{"hangul_filler_ident", map[string]string{"index.js": "const \u3164 = 1;"}, finding.SeverityHigh},
		// HTML entity tables inlined by bundlers hold fillers as text
		{"hangul_filler_in_string", map[string]string{"index.js": "const table = \"amp;\u1160gt;\";"}, finding.SeverityNone},
		{"homoglyph", map[string]string{"index.js": "const p\u0430ssword = 1; use(p\u0430ssword);"}, finding.SeverityHigh},
		{"bidi", map[string]string{"index.js": "if (a != \"user\u202E \u2066// admin\u2069\") {}"}, finding.SeverityMedium},
		{"emoji", map[string]string{"index.js": "const e = \"\U0001F469\u200D\U0001F4BB\u2764\uFE0F\";"}, finding.SeverityNone},
	})
}
