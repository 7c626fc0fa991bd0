package obf

import (
	"bytes"
	"compress/gzip"
	"context"
	"fmt"
	"strings"
	"testing"

	"github.com/depfence/depfence/internal/analyze"
	"github.com/depfence/depfence/internal/finding"
	rt "github.com/depfence/depfence/internal/rules/rulestest"
)

func obfuscated(n int) string {
	var b strings.Builder
	for i := 0; i < n; i++ {
		fmt.Fprintf(&b, "var _0x%04x=_0x%04x+1;", 0x1000+i, 0x2000+i)
	}
	return b.String()
}

// readable returns n statements of plain code, each naming two variables.
func readable(n int) string {
	var b strings.Builder
	for i := 0; i < n; i++ {
		fmt.Fprintf(&b, "total = total + count%d;\n", i)
	}
	return b.String()
}

func TestObfuscated(t *testing.T) {
	rt.Check(t, Obfuscated{}, []rt.Case{
		{"heavy_install", map[string]string{"package.json": rt.Pkg(`"scripts":{"postinstall":"node i.js"}`), "i.js": obfuscated(120)}, finding.SeverityCritical},
		{"entry", map[string]string{"package.json": rt.Pkg(""), "index.js": obfuscated(30)}, finding.SeverityHigh},
		// readable code with an obfuscated block appended; the block alone
		// is the entry case above
		{"appended_to_readable", map[string]string{"package.json": rt.Pkg(""), "index.js": readable(60) + obfuscated(30)}, finding.SeverityCritical},
		{"appended_to_readable_other", map[string]string{"package.json": rt.Pkg(`"main":"index.js"`), "index.js": "", "lib/unused.js": readable(60) + obfuscated(30)}, finding.SeverityHigh},
		{"light", map[string]string{"package.json": rt.Pkg(""), "index.js": obfuscated(10)}, finding.SeverityMedium},
		{"packer", map[string]string{"package.json": rt.Pkg(""), "index.js": `eval(function(p,a,c,k,e,d){e=function(c){return c};return p}('0 1',2,2,'var|x'.split('|'),0,{}))`}, finding.SeverityHigh},
		// obfuscator.io with mangled names: no _0x, but its shuffled string
		// array and hex-literal decoder calls remain
		{"mangled_names", map[string]string{"package.json": rt.Pkg(""), "index.js": mangled}, finding.SeverityHigh},
		{"mangled_names_install", map[string]string{"package.json": rt.Pkg(`"scripts":{"preinstall":"node index.js"}`), "index.js": mangled}, finding.SeverityCritical},
		// a round-robin queue rotates; a hash uses hex constants
		{"round_robin", map[string]string{"package.json": rt.Pkg(""), "index.js": `function next(servers) { servers.push(servers.shift()); return servers[0] }`}, finding.SeverityNone},
		{"hash_constants", map[string]string{"package.json": rt.Pkg(""), "index.js": `h(0x67452301); h(0xefcdab89); h(0x98badcfe); h(0x10325476); h(0xc3d2e1f0); h(0x5a827999)`}, finding.SeverityNone},
		{"minified", map[string]string{"package.json": rt.Pkg(""), "index.js": "var a=1,b=function(c,d){return c+d},e=b(a,2);module.exports=e;"}, finding.SeverityNone},
	})
}

// mangled is obfuscator.io's shape with short names: a string array
// function, a decoder, the rotation loop and reads through the decoder.
const mangled = `function g(){const h=['2345678WvXyZa','exec','1234567aBcDe','child_process','345678AbCdEf','id','456789bCdEfG','12kLmNo'];g=function(){return h;};return g();}` +
	`function e(a,b){const c=g();return e=function(d,f){d=d-0x1ad;let i=c[d];return i;},e(a,b);}` +
	`(function(a,b){const c=a();while(!![]){try{const d=parseInt(e(0x1ad))/0x1+-parseInt(e(0x1af))/0x2+parseInt(e(0x1b1))/0x3*(parseInt(e(0x1b3))/0x4)+parseInt(e(0x1b4))/0x5;` +
	`if(d===b)break;else c['push'](c['shift']());}catch(f){c['push'](c['shift']());}}}(g,0x9a3b1));const k=require(e(0x1b0));k[e(0x1ae)](e(0x1b2));`

func TestHiddenCode(t *testing.T) {
	pad := strings.Repeat(" ", 200)
	rt.Check(t, HiddenCode{}, []rt.Case{
		{"loader", map[string]string{"index.js": "const r = 1;" + pad + "eval(atob('eA=='))"}, finding.SeverityCritical},
		{"data", map[string]string{"index.js": "const r = 1;" + pad + "const x = 2;"}, finding.SeverityHigh},
		{"indentation", map[string]string{"index.js": pad + "const r = 1;"}, finding.SeverityNone},
		// an ASCII-art diagram in a string: padding, then a border
		{"diagram_padding", map[string]string{"index.js": "const d = `+--+" + pad + "|`;"}, finding.SeverityLow},
	})
}

func TestParseEvasion(t *testing.T) {
	rt.Check(t, ParseEvasion{}, []rt.Case{
		{"deep", map[string]string{"index.js": "x=" + strings.Repeat("(", 5000) + "1" + strings.Repeat(")", 5000)}, finding.SeverityMedium},
		{"flow", map[string]string{"index.js": "function f(x: number): string { return '' }"}, finding.SeverityInfo},
		// padded past the parser's 1,000-operand limit on purpose
		{"operand_padding", map[string]string{"index.js": "var pad = " + strings.Repeat("1+", 1200) + "1;\nrequire('child_process').exec(cmd)"}, finding.SeverityHigh},
		{"long_but_parsable", map[string]string{"index.js": "var s = " + strings.Repeat("'a'+", 900) + "'a';"}, finding.SeverityNone},
		{"valid", map[string]string{"index.js": "module.exports = 1"}, finding.SeverityNone},
		// a .gz with a .js name: bytes Node cannot run
		{"gzip_named_js", map[string]string{"dist/lib.min.gzip.js": gzipped(t, "module.exports = function () {}")}, finding.SeverityInfo},
		// binary junk that is not gzip stays medium
		{"binary_named_js", map[string]string{"dist/lib.js": "\x00\xff\xfe" + strings.Repeat("\xc3\x28", 40)}, finding.SeverityMedium},
	})
}

// gzipped compresses s, for a .gz file named like code.
func gzipped(t *testing.T, s string) string {
	var b bytes.Buffer
	zw := gzip.NewWriter(&b)
	if _, err := zw.Write([]byte(s)); err != nil {
		t.Fatal(err)
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return b.String()
}

func TestParseEvasionTooLarge(t *testing.T) {
	eng, err := analyze.New([]analyze.Rule{ParseEvasion{}}, analyze.WithLimits(func() analyze.Limits {
		l := analyze.DefaultLimits()
		l.MaxFileSize = 1 << 10
		return l
	}()))
	if err != nil {
		t.Fatal(err)
	}
	res, err := eng.Analyze(context.Background(), rt.FS(map[string]string{"big.js": strings.Repeat("a;", 1024)}), finding.Package{})
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Findings) != 1 || res.Findings[0].Severity != finding.SeverityMedium {
		t.Errorf("findings = %+v", res.Findings)
	}
}

func TestEncodedBlob(t *testing.T) {
	rt.Check(t, EncodedBlob{}, []rt.Case{
		{"hex", map[string]string{"index.js": `var p = "` + strings.Repeat("4d5a9000", 100) + `"`}, finding.SeverityInfo},
		{"short", map[string]string{"index.js": `var p = "4d5a9000"`}, finding.SeverityNone},
	})
}
