package cred

import (
	"context"
	"fmt"
	"strings"

	"github.com/depfence/depfence/internal/analyze"
	"github.com/depfence/depfence/internal/finding"
	"github.com/depfence/depfence/internal/rules/rulekit"
)

// RequestIntercept flags code that replaces the request functions (Node's,
// fetch, XMLHttpRequest's) and copies the credentials of the requests the
// process makes to a hard-coded host.
type RequestIntercept struct{}

// Meta implements analyze.Rule.
func (RequestIntercept) Meta() analyze.Meta {
	return analyze.Meta{
		ID: "cred/request-intercept", Version: 2, Title: "Copies the credentials of the process's outgoing requests",
		Help: "A file replaces http.request, https.request, their get, an Agent's request hooks, the global fetch or XMLHttpRequest's " +
			"setRequestHeader or send (https.request = wrap(…), globalThis.fetch = wrap(fetch)), reads " +
			"credential headers of the requests it sees (two or more of authorization, cookie, x-api-key, private-token, x-auth-token, " +
			"proxy-authorization) and makes a request of its own to a hard-coded host that is neither this machine nor trusted. Every " +
			"token the application sends to its APIs is then copied out. Critical. APM agents and request loggers patch the same " +
			"functions but name these headers to redact them: a file holding a redaction marker ([redacted], [Filtered], redact) is not " +
			"reported.",
		Remediation:     "Remove the package and rotate every token and session the application sent while it was installed.",
		Example:         `https.request = function (...a) { seen.push(a[1].headers.authorization, a[1].headers.cookie); return orig.apply(https, a) }`,
		DefaultSeverity: finding.SeverityCritical, Signal: analyze.SigCred, Needs: analyze.NeedCode,
	}
}

// credHeaders are request headers that carry credentials.
var credHeaders = map[string]bool{"authorization": true, "cookie": true, "x-api-key": true, "private-token": true, "x-auth-token": true, "proxy-authorization": true}

// requestHooks are the Node request functions a hook replaces.
var requestHooks = map[string]bool{"http.request": true, "https.request": true, "http.get": true, "https.get": true,
	"http.Agent.prototype.addRequest": true, "https.Agent.prototype.addRequest": true, "http.ClientRequest.prototype.setHeader": true,
	// the global fetch (globalThis.fetch = wrap(fetch)) and XHR's header
	// setter and sender, in Node 18+ as in the browser
	"fetch": true, "XMLHttpRequest.prototype.setRequestHeader": true, "XMLHttpRequest.prototype.send": true}

// Check implements analyze.Rule.
func (RequestIntercept) Check(ctx context.Context, t *analyze.Target, r analyze.Reporter) error {
	for _, f := range rulekit.Code(ctx, t) {
		if f.Facts.Bundle() {
			continue
		}
		hook := ""
		line := 0
		for _, a := range f.Facts.Assigns {
			if requestHooks[a.Target] {
				hook, line = a.Target, a.Pos.Line
				break
			}
		}
		if hook == "" {
			continue
		}
		names := map[string]bool{}
		redacts := false
		for _, s := range f.Facts.Strings {
			v := strings.ToLower(s.Value)
			if credHeaders[v] {
				names[v] = true
			}
			if strings.Contains(v, "redact") || v == "[filtered]" {
				redacts = true
			}
		}
		if len(names) < 2 || redacts {
			continue
		}
		dest := rulekit.SentHost(t, f.Facts)
		if dest == "" {
			continue
		}
		r.Report(analyze.Instance{File: f.Name, Line: line, Confidence: finding.ConfidenceHigh,
			Message: fmt.Sprintf("replaces %s, reads the credential headers of the requests it sees and sends to %s", hook, dest)})
	}
	return nil
}
