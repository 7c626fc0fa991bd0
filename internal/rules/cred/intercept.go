package cred

import (
	"context"
	"fmt"
	"maps"
	"slices"
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
		ID: "cred/request-intercept", Version: 7, Title: "Copies the credentials of the process's outgoing requests",
		Help: "A file replaces http.request, https.request, their get, an Agent's request hooks, the global fetch or XMLHttpRequest's " +
			"setRequestHeader or send (https.request = wrap(…), globalThis.fetch = wrap(fetch)), or installs an axios request " +
			"interceptor (instance.interceptors.request.use(fn)), reads " +
			"credential headers of the requests it sees (two or more of authorization, cookie, x-api-key, private-token, x-auth-token, " +
			"proxy-authorization, also as the words of a regular expression, where auth and token stand for such headers) and makes a request of its own to a hard-coded host that " +
			"is neither this machine nor trusted. The header names and the request may be in the package's small modules around the " +
			"hook's file: those it loads (a recorder it hands every request to), and the small module loading it with the others that " +
			"one loads (a flusher draining what the hook collects). Every token the application sends to its APIs is then copied out. " +
			"Critical. APM agents and request loggers patch the same functions but name these headers to redact them: a redaction " +
			"marker ([redacted], [Filtered], redact) in those files means no finding. The same goes for a replaced module loader " +
			"(Module._load, Module.prototype.require, or a module planted in require.cache) in files that name a package whose functions handle the application's secrets " +
			"(dotenv, jsonwebtoken, jose, the AWS credential providers, @azure/identity, google-auth-library, keytar): it wraps what " +
			"they export as they are loaded and reads the parsed .env, the signing keys or the resolved credentials.",
		Remediation:     "Remove the package and rotate every token and session the application sent while it was installed.",
		Example:         `https.request = function (...a) { seen.push(a[1].headers.authorization, a[1].headers.cookie); return orig.apply(https, a) }`,
		DefaultSeverity: finding.SeverityCritical, Signal: analyze.SigCred, Needs: analyze.NeedCode,
	}
}

// credHeaders are request headers that carry credentials.
var credHeaders = map[string]bool{"authorization": true, "cookie": true, "x-api-key": true, "private-token": true, "x-auth-token": true, "proxy-authorization": true}

// requestHooks are the request functions a hook replaces: Node's, the
// global fetch and XMLHttpRequest's.
var requestHooks = map[string]bool{"http.request": true, "https.request": true, "http.get": true, "https.get": true,
	"http.Agent.prototype.addRequest": true, "https.Agent.prototype.addRequest": true, "http.ClientRequest.prototype.setHeader": true,
	// the global fetch (globalThis.fetch = wrap(fetch)) and XHR's header
	// setter and sender, in Node 18+ as in the browser
	"fetch": true, "XMLHttpRequest.prototype.setRequestHeader": true, "XMLHttpRequest.prototype.send": true}

// loaderHooks are the module loader's functions every require goes
// through: a replacement sees, and may wrap, what each module exports.
var loaderHooks = map[string]bool{"module._load": true, "module.Module._load": true, "module.prototype.require": true, "module.Module.prototype.require": true,
	"require.cache": true}

// credPackages are packages whose functions are handed, or return, the
// application's secrets: the parsed .env, a JWT signing key, resolved
// cloud credentials.
var credPackages = map[string]bool{"dotenv": true, "jsonwebtoken": true, "jose": true, "@aws-sdk/credential-providers": true,
	"@aws-sdk/credential-provider-node": true, "@aws-sdk/credential-provider-ini": true, "aws-sdk": true, "@azure/identity": true,
	"google-auth-library": true, "keytar": true}

// Check implements analyze.Rule.
func (RequestIntercept) Check(ctx context.Context, t *analyze.Target, r analyze.Reporter) error {
	for _, f := range rulekit.Code(ctx, t) {
		if f.Facts.Bundle() {
			continue
		}
		hook, line := requestHook(f.Facts)
		if hook == "" {
			continue
		}
		files := neighbours(ctx, t, f)
		names := map[string]bool{}
		redacts := false
		for _, g := range files {
			for _, s := range g.Strings {
				v := strings.ToLower(s.Value)
				if loaderHooks[hook] {
					// the packages whose exports the hook wraps
					if credPackages[v] {
						names[v] = true
					}
				} else {
					credNames(v, names)
				}
				if strings.Contains(v, "redact") || v == "[filtered]" {
					redacts = true
				}
			}
		}
		// two credential headers, or one package of secrets
		need := 2
		if loaderHooks[hook] {
			need = 1
		}
		if len(names) < need || redacts {
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
		what := "reads the credential headers of the requests it sees"
		if loaderHooks[hook] {
			what = "wraps the exports of " + strings.Join(slices.Sorted(maps.Keys(names)), ", ") + " as they are loaded"
		}
		r.Report(analyze.Instance{File: f.Name, Line: line, Confidence: finding.ConfidenceHigh,
			Message: fmt.Sprintf("%s, %s and sends to %s", hookAct(hook), what, dest)})
	}
	return nil
}

// requestHook returns the request function f replaces (https.request =
// …, globalThis.fetch = …) or the axios request interceptor it installs
// (instance.interceptors.request.use(fn)), with its line; "" if none.
func requestHook(f *jsast.Facts) (string, int) {
	for _, a := range f.Assigns {
		if requestHooks[a.Target] || loaderHooks[a.Target] {
			return a.Target, a.Pos.Line
		}
		if strings.HasPrefix(a.Target, "require.cache") {
			// a module planted in the loader's cache (require.cache[f] =
			// m): what requires it later gets that module
			return "require.cache", a.Pos.Line
		}
	}
	for _, c := range f.Calls {
		if strings.HasSuffix(c.Callee, "interceptors.request.use") && len(c.Args) > 0 {
			return c.Callee, c.Pos.Line
		}
	}
	return "", 0
}

// hookAct describes what the hook does to the requests.
func hookAct(hook string) string {
	if strings.HasSuffix(hook, ".use") {
		return "intercepts requests with " + hook + "()"
	}
	if hook == "require.cache" {
		return "plants modules in require.cache"
	}
	return "replaces " + hook
}

// neighbours returns the facts of the hook's file f and of the package's
// small modules around it: those it loads, and the small module loading
// it with the others that one loads. The header names, the queue and the
// sender are often split among them (record = recorder(fetch) from
// ./diag; an interceptor filling a collector that a flusher loaded next
// to it drains).
func neighbours(ctx context.Context, t *analyze.Target, f rulekit.File) []*jsast.Facts {
	out := []*jsast.Facts{f.Facts}
	seen := map[string]bool{f.Name: true}
	add := func(g rulekit.File) {
		for _, h := range rulekit.SmallModules(t, g) {
			if !seen[h.Name] {
				seen[h.Name] = true
				out = append(out, h.Facts)
			}
		}
	}
	add(f)
	if l := rulekit.Loader(ctx, t, f.Name, func(g rulekit.File) bool { return rulekit.SmallModule(g.Facts) }); l != "" && !seen[l] {
		if g, err := t.Facts(l); err == nil && g != nil {
			seen[l] = true
			out = append(out, g)
			add(rulekit.File{Name: l, Facts: g})
		}
	}
	return out
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
		} else if h := headerStems[w]; h != "" {
			names[h] = true
		}
	}
}

// headerStems are the words a pattern over header names matches
// credential headers with (/auth|cookie|token/i, /authori[sz]ation/).
var headerStems = map[string]string{"auth": "authorization", "authori": "authorization", "token": "x-auth-token"}
