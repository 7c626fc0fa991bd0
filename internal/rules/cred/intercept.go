package cred

import (
	"context"
	"fmt"
	"strings"

	"github.com/depfence/depfence/internal/analyze"
	"github.com/depfence/depfence/internal/finding"
	"github.com/depfence/depfence/internal/jsast"
	"github.com/depfence/depfence/internal/rules/rulekit"
)

// RequestIntercept flags code that replaces the request functions (Node's,
// fetch, XMLHttpRequest's) and copies the credentials of the requests the
// process makes to a hard-coded host.
type RequestIntercept struct{}

// Meta implements analyze.Rule.
func (RequestIntercept) Meta() analyze.Meta {
	return analyze.Meta{
		ID: "cred/request-intercept", Version: 3, Title: "Copies the credentials of the process's outgoing requests",
		Help: "A file replaces http.request, https.request, their get, an Agent's request hooks, the global fetch or XMLHttpRequest's " +
			"setRequestHeader or send (https.request = wrap(…), globalThis.fetch = wrap(fetch)), reads " +
			"credential headers of the requests it sees (two or more of authorization, cookie, x-api-key, private-token, x-auth-token, " +
			"proxy-authorization, also as the words of a regular expression) and makes a request of its own to a hard-coded host that " +
			"is neither this machine nor trusted. The header names and the request may be in the package's small modules the hook's " +
			"file loads (a recorder it hands every request to). Every token the application sends to its APIs is then copied out. " +
			"Critical. APM agents and request loggers patch the same functions but name these headers to redact them: a redaction " +
			"marker ([redacted], [Filtered], redact) in those files means no finding.",
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
		// the hook's file and the package's small modules it loads: the
		// header names, the queue and the sender are often split among
		// them (record = recorder(fetch) from ./diag)
		files := []*jsast.Facts{f.Facts}
		for _, name := range rulekit.LocalModules(t, f) {
			if g, err := t.Facts(name); err == nil && g != nil && rulekit.SmallModule(g) {
				files = append(files, g)
			}
		}
		names := map[string]bool{}
		redacts := false
		for _, g := range files {
			for _, s := range g.Strings {
				v := strings.ToLower(s.Value)
				credNames(v, names)
				if strings.Contains(v, "redact") || v == "[filtered]" {
					redacts = true
				}
			}
		}
		if len(names) < 2 || redacts {
			continue
		}
		dest := ""
		for _, g := range files {
			if dest = rulekit.SentHost(t, g); dest != "" {
				break
			}
		}
		if dest == "" {
			continue
		}
		r.Report(analyze.Instance{File: f.Name, Line: line, Confidence: finding.ConfidenceHigh,
			Message: fmt.Sprintf("replaces %s, reads the credential headers of the requests it sees and sends to %s", hook, dest)})
	}
	return nil
}

// credNames adds to names the credential headers s names: s itself, or
// the words of a regular expression literal (/^(authorization|cookie)$/i).
func credNames(s string, names map[string]bool) {
	if credHeaders[s] {
		names[s] = true
		return
	}
	if !strings.HasPrefix(s, "/") {
		return
	}
	for _, w := range strings.FieldsFunc(s, func(c rune) bool { return !(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-') }) {
		if credHeaders[w] {
			names[w] = true
		}
	}
}
