// Package code holds rules about dynamic code execution.
package code

import (
	"context"
	"fmt"
	"path"
	"regexp"
	"slices"
	"strings"

	"github.com/depfence/depfence/internal/analyze"
	"github.com/depfence/depfence/internal/finding"
	"github.com/depfence/depfence/internal/jsast"
	"github.com/depfence/depfence/internal/rules/rulekit"
)

// evalLike reports calls that compile a string into code.
func evalLike(c jsast.Call) bool {
	if jsast.CodeSink(c.Callee) {
		return true
	}
	switch c.Callee {
	case "execScript", "node-serialize.unserialize", "Function.constructor", "module.constructor", jsast.DataImport:
		return true
	}
	l := rulekit.Last(c.Callee)
	if l == "_compile" || l == "runInThisContext" || l == "runInNewContext" || l == "unserialize" {
		return true
	}
	// setTimeout("code", ...)
	if (c.Callee == "setTimeout" || c.Callee == "setInterval") && len(c.Args) > 0 && c.Args[0].Known && len(c.Args[0].Value) > 3 {
		return true
	}
	return false
}

// evalName names an eval-like call for a message.
func evalName(c jsast.Call) string {
	if c.Callee == jsast.DataImport {
		return "import() of a data: URL"
	}
	return c.Callee + "()"
}

// DynamicEval flags eval/Function/vm on strings that are not constants.
type DynamicEval struct{}

// Meta implements analyze.Rule.
func (DynamicEval) Meta() analyze.Meta {
	return analyze.Meta{
		ID: "code/dynamic-eval", Version: 5, Title: "Compiles strings into code",
		Help: "Code is built at run time and executed with eval, new Function, the vm module (vm.Script, vm.SourceTextModule…), Module._compile, import() of a data: URL or a deserialiser. " +
			"Static review cannot see what runs; malware uses it to run decoded or downloaded payloads. Template engines and bundlers use it legitimately, " +
			"so on its own this is low severity; evaluating a decoded constant is high.",
		Remediation:     "Read what string reaches the call. Prefer packages that do not evaluate code at run time.",
		Example:         `eval(Buffer.from(payload, "base64").toString())`,
		DefaultSeverity: finding.SeverityLow, Signal: analyze.SigEval, Needs: analyze.NeedCode,
	}
}

// Check implements analyze.Rule.
func (DynamicEval) Check(ctx context.Context, t *analyze.Target, r analyze.Reporter) error {
	for _, f := range rulekit.Code(ctx, t) {
		n := 0
		for _, c := range f.Facts.Calls {
			if !evalLike(c) || n >= 5 {
				continue
			}
			if len(c.Args) == 0 {
				continue
			}
			a := rulekit.CodeArg(c)
			sev := finding.SeverityLow
			msg := fmt.Sprintf("%s runs code built at run time", evalName(c))
			decoded := ""
			switch {
			case a.Known && a.Decoded:
				sev = finding.SeverityHigh
				msg = fmt.Sprintf("%s runs code decoded from an encoded constant", evalName(c))
				decoded = a.Value
			case a.Known:
				if c.Callee == "Function" && (a.Value == "return this" || strings.HasPrefix(a.Value, "return ")) {
					continue // globalThis polyfills
				}
				sev = finding.SeverityInfo
				decoded = a.Value
			}
			n++
			r.Report(analyze.Instance{File: f.Name, Line: c.Pos.Line, Col: c.Pos.Col, Message: msg, Severity: sev, Evidence: rulekit.Ev(c.Snippet.String(), decoded, "")})
		}
	}
	return nil
}

// RemoteEval flags code that executes what it downloaded.
type RemoteEval struct{}

// Meta implements analyze.Rule.
func (RemoteEval) Meta() analyze.Meta {
	return analyze.Meta{
		ID: "code/remote-eval", Version: 12, Title: "Executes code received from the network",
		Help: "The response of an HTTP request (or another network read) is passed to eval, new Function, vm or a deserialiser. " +
			"This is a remote-code loader: the server decides, at any time, what runs on your machine. It is the core of the " +
			"'Contagious Interview' and many dependency-confusion backdoors. A Function built with require among its parameters from a " +
			"body that is not a constant, in a file (not a bundle) that makes network requests, counts too: the response reached it " +
			"through a helper or an error handler (Contagious Interview runs error.response.data that way). So does code built at run time " +
			"inside a module wrapper that takes require ((function (module, exports, require) {…})) run by vm or eval, and either counts " +
			"when the requests are made by a small module of the package the file loads; such a wrapper is high when the file names no " +
			"constant URL out there and does not run at install (module federation's runtime wraps the remote entry it is pointed at). A body read from a file " +
			"(a module loader running Yarn's .pnp.cjs) is not a response. Outside install-time code, a whole response from an address the " +
			"code is given (no request of the file names a constant URL or host out there) is high rather than critical: module loaders " +
			"(AMD, SystemJS, module federation) fetch and run the script at the URL they are handed. A field of a reply " +
			"(res.data.cookie) stays critical wherever it came from. Browser code whose every request goes to a path of the page's own " +
			"origin (EventSource(\"/__hmr\"), written without a host) runs what the server of its page sends, which serves the page's " +
			"scripts anyway: a dev server's hot reload is not reported (install-time code still is). An import() of a data: URL built at " +
			"run time in a small file, not minified, that makes network requests (or hands an address it decodes to a function) runs what a server sends as a module: critical when the " +
			"file names a host out there, high otherwise (a CLI's bundled chunks import the modules they build that way). A require " +
			"whose module name is all a response gives (require(d.m)[d.f](...d.a), d parsed from a reply) is critical outside bundles: " +
			"the server picks the module and what of it runs (a path of the package's own around the name is not reported).",
		Remediation:     "Remove the package and treat the machine as compromised if it ran: rotate credentials reachable from it.",
		Example:         `const res = await axios.get(url); eval(res.data.cookie);`,
		DefaultSeverity: finding.SeverityCritical, Signal: analyze.SigRemoteExec, Needs: analyze.NeedCode,
	}
}

// Check implements analyze.Rule.
func (RemoteEval) Check(ctx context.Context, t *analyze.Target, r analyze.Reporter) error {
	for _, f := range rulekit.Code(ctx, t) {
		fetches := false
		for _, c := range f.Facts.Calls {
			// a request, or an address the file decodes handed to a
			// function of its own (get(decodeId(ID)))
			fetches = fetches || rulekit.IsNetCall(c) || slices.ContainsFunc(c.Args, hiddenURL)
		}
		constantSource := rulekit.SentHost(t, f.Facts) != ""
		own := ownOrigin(f.Facts)
		for _, c := range f.Facts.Calls {
			if remoteRequire(c) && !f.Facts.Bundle() {
				// require(d.m)[d.f](...d.a) with d a reply: the server
				// picks the module, and what of it runs
				r.Report(analyze.Instance{File: f.Name, Line: c.Pos.Line, Col: c.Pos.Col, Confidence: finding.ConfidenceHigh,
					Message:  fmt.Sprintf("%s() loads the module a network response names (%q): the server picks what runs", c.Callee, c.NetArg),
					Evidence: rulekit.Ev(c.Snippet.String(), "", "")})
				continue
			}
			if !evalLike(c) {
				continue
			}
			if c.NetArg != "" && own && f.Role != analyze.RoleInstall {
				// a page running what its own server sends (a dev server's
				// hot reload over /__hmr): that server serves the page's
				// scripts already
				continue
			}
			if c.NetArg != "" {
				in := analyze.Instance{File: f.Name, Line: c.Pos.Line, Col: c.Pos.Col, Confidence: finding.ConfidenceHigh,
					Message:  fmt.Sprintf("%s() runs %q, which holds a network response", c.Callee, c.NetArg),
					Evidence: rulekit.Ev(c.Snippet.String(), "", "")}
				if !constantSource && f.Role != analyze.RoleInstall && wholeBody(c) {
					// a module loader (an AMD loader, SystemJS, a worker's
					// importScripts shim) runs the script at the URL it is
					// given; a payload comes from an address of its own, or
					// hides in a field of a JSON reply (res.data.cookie)
					in.Severity = finding.SeverityHigh
					in.Message += ", a script from an address the code is given"
				}
				r.Report(in)
				continue
			}
			if c.Callee == jsast.DataImport && fetches && rulekit.SmallModule(f.Facts) && !f.Facts.Minified() && len(c.Args) > 0 && !c.Args[0].Known && c.FileArg == "" {
				// import("data:text/javascript;base64," + src) with src
				// built at run time, next to the requests the file makes:
				// what a server sends runs as a module, with no eval in
				// sight
				in := analyze.Instance{File: f.Name, Line: c.Pos.Line, Col: c.Pos.Col, Confidence: finding.ConfidenceMedium,
					Message:  "imports a data: URL built at run time, in a file that makes network requests",
					Evidence: rulekit.Ev(c.Snippet.String(), "", "")}
				if !constantSource && !holdsExternalURL(t, f.Facts) {
					in.Severity = finding.SeverityHigh
					in.Message += ", from an address the code is given"
				}
				r.Report(in)
				continue
			}
			if f.Facts.Bundle() || !requireHanded(c) && !wrapsWithRequire(c) || c.FileArg != "" {
				continue
			}
			where := "in a file that makes network requests"
			if !fetches {
				// the request made by a small module of the package the
				// file loads (a fetcher yielding what it downloads)
				g, _ := rulekit.LoadedModule(t, f, func(g *jsast.Facts) bool {
					return rulekit.SmallModule(g) && slices.ContainsFunc(g.Calls, rulekit.IsNetCall)
				})
				if g == "" {
					continue
				}
				where = "in a file that loads " + g + ", which makes network requests"
			}
			// new Function("require", body)(require) where body came by
			// way of a helper or a callback from the request the file
			// makes: a remote loader giving its payload the module system
			in := analyze.Instance{File: f.Name, Line: c.Pos.Line, Col: c.Pos.Col, Confidence: finding.ConfidenceMedium,
				Message:  fmt.Sprintf("%s() hands require to code built at run time, %s", c.Callee, where),
				Evidence: rulekit.Ev(c.Snippet.String(), "", "")}
			if wrapsWithRequire(c) && !constantSource && f.Role != analyze.RoleInstall && !holdsExternalURL(t, f.Facts) {
				// module federation's node runtime wraps the remote
				// entry it is pointed at the way Node wraps a module
				in.Severity = finding.SeverityHigh
				in.Message += ", for a script at an address the code is given"
			}
			r.Report(in)
		}
	}
	return nil
}

// hiddenURL reports an argument that is a web address the file decodes.
func hiddenURL(a jsast.Arg) bool {
	return a.Known && a.Decoded && (strings.HasPrefix(a.Value, "https://") || strings.HasPrefix(a.Value, "http://"))
}

// remoteRequire reports a require whose module name is all a network
// response gives (require(d.m), d parsed from a reply): no path or
// prefix of the package's own around it.
func remoteRequire(c jsast.Call) bool {
	if !jsast.IsRequire(c.Callee) || c.NetArg == "" || len(c.Args) == 0 {
		return false
	}
	a := c.Args[0]
	return !a.Known && !a.Func && a.Shape == "" && slices.Contains(a.Names, c.NetArg)
}

// ownOrigin reports a file whose every request goes to a path of the
// page's own origin (EventSource("/__hmr"), fetch("/api/x")), written
// without a host.
func ownOrigin(f *jsast.Facts) bool {
	n := 0
	for _, c := range f.Calls {
		if !rulekit.IsNetCall(c) {
			continue
		}
		if len(c.Args) == 0 || !c.Args[0].Known || !strings.HasPrefix(c.Args[0].Value, "/") || strings.HasPrefix(c.Args[0].Value, "//") {
			return false
		}
		n++
	}
	return n > 0
}

// cjsWrapper matches a CommonJS module wrapper whose parameters include
// require, around code filled in at run time: "(function (module,
// exports, require) {" + code + "})".
var cjsWrapper = regexp.MustCompile(`^\s*\(?\s*function\s*\([^)]*\brequire\b[^)]*\)\s*\{[\s\S]*` + regexp.QuoteMeta(jsast.Hole))

// wrapsWithRequire reports a code sink (vm.runInThisContext, eval…) run
// on code built at run time inside a module wrapper that takes require:
// what runs gets the module system, as Node gives a module.
func wrapsWithRequire(c jsast.Call) bool {
	if !evalLike(c) || len(c.Args) == 0 || c.Args[0].Known {
		return false
	}
	return cjsWrapper.MatchString(c.Args[0].Shape)
}

// holdsExternalURL reports a file holding a constant URL on a host that
// is neither local nor trusted for t (the address of a script to load).
func holdsExternalURL(t *analyze.Target, f *jsast.Facts) bool {
	return slices.ContainsFunc(f.Strings, func(s jsast.Str) bool {
		return len(s.Value) < 2048 && !s.Printed && strings.HasPrefix(s.Value, "http") && rulekit.ExternalURL(t, s.Value) != ""
	})
}

// requireHanded reports a Function-like call whose parameters name require
// and whose body is not a constant: Function("require", code).
func requireHanded(c jsast.Call) bool {
	switch c.Callee {
	case "Function", "Function.constructor", "vm.compileFunction":
	default:
		return false
	}
	if len(c.Args) < 2 {
		return false
	}
	if c.Callee == "vm.compileFunction" {
		return !c.Args[0].Known && slices.Contains(c.Args[1].List, "require")
	}
	body := c.Args[len(c.Args)-1]
	if body.Known {
		return false
	}
	for _, a := range c.Args[:len(c.Args)-1] {
		if a.Known && (a.Value == "require" || strings.HasPrefix(a.Value, "require,") || strings.Contains(a.Value, ", require")) {
			return true
		}
	}
	return false
}

// wholeBody reports a code sink handed a response whole: the variable
// holding it is the last name its code argument mentions (no field of it
// is read: self.eval(policy.createScript("", src)) is whole,
// res.data.cookie is not), or the code ends with a //# sourceURL comment
// (how loaders name what they evaluate).
func wholeBody(c jsast.Call) bool {
	for _, a := range c.Args {
		if i := slices.Index(a.Names, c.NetArg); i >= 0 {
			return i == len(a.Names)-1 || strings.Contains(a.Shape, "sourceURL=")
		}
	}
	return false
}

// requireWhy says why code built at run time that call c of file f hands
// require to is hidden, "" if it is not (or f is a bundle): install-time
// code not read from a file, or a Function in a file that reads an image,
// a font or a sound.
func requireWhy(f rulekit.File, c jsast.Call) string {
	fn := requireHanded(c)
	if f.Facts.Bundle() || !fn && !vmRequireHanded(c) {
		return ""
	}
	if f.Role == analyze.RoleInstall && (c.FileArg == "" || c.FileArg == jsast.Hole) {
		// (a file whose path is not known at all may be the package's
		// own, mined for what its comments hide)
		return "at install time"
	}
	if !fn {
		return ""
	}
	if media := mediaRead(f.Facts); media != "" {
		return "in a file that reads " + media + ", which is not code"
	}
	return ""
}

// vmRequireHanded reports vm code that is not a constant run in a context
// holding require: vm.runInNewContext(code, { require, process }).
func vmRequireHanded(c jsast.Call) bool {
	switch rulekit.Last(c.Callee) {
	case "runInNewContext", "runInContext":
	default:
		return false
	}
	return len(c.Args) >= 2 && !c.Args[0].Known && slices.Contains(c.Args[1].Names, "require")
}

// DecodeExecute flags decryption or decoding feeding code execution.
type DecodeExecute struct{}

// Meta implements analyze.Rule.
func (DecodeExecute) Meta() analyze.Meta {
	return analyze.Meta{
		ID: "code/decode-execute", Version: 10, Title: "Decrypts or decodes a payload and runs it",
		Help: "A file decrypts data (crypto.createDecipher*) or decodes a long encoded blob and compiles the result into code " +
			"(Module._compile, eval, new Function, vm), or compiles the content of a file that is not code (an image, a font, a data file, a " +
			"licence, readme or changelog, whatever its extension: steganography, such as bits kept as trailing spaces and tabs in LICENSE; " +
			"a source map's sourcesContent, which tools read but never run). A Function built with require among its " +
			"parameters from a body that is not a constant, in a file that reads an image, a font or a sound, is high: the code came out " +
			"of the picture through a helper. So is install-time code handing require to code it builds at run time (such a Function, or " +
			"vm.runInNewContext(code, { require, process }) of code not read from a file). Code that comes out of a decoding at run " +
			"time (zlib inflate, gunzip or brotli, TextDecoder, atob, Buffer.from(…, \"base64\"), a decipher, a decoder function of the " +
			"file, or a map of numbers to characters (String.fromCharCode, parseInt(x, 2)), also through a variable) is high outside bundles: what runs is text no reviewer saw. " +
			"So is a piece cut out of a function's own source text (Function.prototype.toString, then slice): what the text holds besides the code is its comments, " +
			"and the comments of such a file are analysed as the code it runs. Running a whole function's source again (a worker, a clone) is not reported. " +
			"A string the file decodes (base64, a cipher, a decoder of its own that depfence runs) that is a shell command downloading and " +
			"running code (curl … | sh) is critical, whatever runs it: installers of the package's own host or official ones aside, nothing " +
			"needs to hide such a command line from its reader. " +
			"Legitimate code has no reason to hide its own source this way; the event-stream/flatmap-stream " +
			"backdoor used exactly this to target one wallet app.",
		Remediation:     "Do not use this version; report it to the registry.",
		Example:         `const d = crypto.createDecipher("aes256", key); m._compile(d.update(blob, "hex", "utf8"))`,
		DefaultSeverity: finding.SeverityCritical, Signal: analyze.SigObfuscation, Needs: analyze.NeedCode,
	}
}

// Check implements analyze.Rule.
func (DecodeExecute) Check(ctx context.Context, t *analyze.Target, r analyze.Reporter) error {
	for _, f := range rulekit.Code(ctx, t) {
		if s := hiddenCommand(t, f.Facts); s != nil {
			// (curl -fsSL https://… | sh &) kept encoded: whatever runs
			// it, a command line no reviewer could read
			r.Report(analyze.Instance{File: f.Name, Line: s.Pos.Line, Col: s.Pos.Col, Signal: analyze.SigRemoteExec, Confidence: finding.ConfidenceMedium,
				Message:  "decodes a command line that downloads and runs code",
				Evidence: rulekit.Ev(s.Snippet.String(), s.Value, "")})
		}
		var decipher, exec *jsast.Call
		for i, c := range f.Facts.Calls {
			l := rulekit.Last(c.Callee)
			if strings.HasPrefix(l, "createDecipher") && decipher == nil {
				decipher = &f.Facts.Calls[i]
			}
			if evalLike(c) && exec == nil && !(len(c.Args) > 0 && c.Args[0].Known && !c.Args[0].Decoded) {
				exec = &f.Facts.Calls[i]
			}
			// eval(fs.readFileSync("logo.png").slice(n).toString())
			if evalLike(c) && c.FileArg != "" && hiddenIn(c.FileArg) {
				r.Report(analyze.Instance{File: f.Name, Line: c.Pos.Line, Message: fmt.Sprintf("%s() runs code read from %s, which is not a code file", c.Callee, c.FileArg),
					Evidence: rulekit.Ev(c.Snippet.String(), "", ""), Confidence: finding.ConfidenceHigh})
			}
			// vm.runInThisContext(inflate(blob)): code the file decodes or
			// decompresses at run time
			if d := runtimeDecoded(c); d != "" && !f.Facts.Bundle() {
				r.Report(analyze.Instance{File: f.Name, Line: c.Pos.Line, Severity: finding.SeverityHigh,
					Message:  fmt.Sprintf("%s() runs code decoded at run time by %s", c.Callee, d),
					Evidence: rulekit.Ev(c.Snippet.String(), "", ""), Confidence: finding.ConfidenceMedium})
			}
			// new Function("require", meta)(require) fed from a picture
			// through a helper, or vm.runInNewContext(decrypt(v), { require })
			// while npm install runs
			if why := requireWhy(f, c); why != "" {
				r.Report(analyze.Instance{File: f.Name, Line: c.Pos.Line, Severity: finding.SeverityHigh,
					Message:  fmt.Sprintf("%s() hands require to code built at run time, %s", c.Callee, why),
					Evidence: rulekit.Ev(c.Snippet.String(), "", ""), Confidence: finding.ConfidenceMedium})
			}
			// eval(atob("...long..."))
			if evalLike(c) && len(c.Args) > 0 && c.Args[0].Decoded && len(c.Args[0].Value) >= 200 {
				r.Report(analyze.Instance{File: f.Name, Line: c.Pos.Line, Message: fmt.Sprintf("%s() runs a %d-byte payload decoded from a constant", c.Callee, len(c.Args[0].Value)),
					Evidence: rulekit.Ev(c.Snippet.String(), c.Args[0].Value, ""), Confidence: finding.ConfidenceHigh})
			}
		}
		// payload loaders are small; large bundles (crypto polyfills,
		// webpack runtimes) contain both calls for unrelated reasons
		// (by bytes too: a minified file is all on a few lines)
		near := decipher != nil && exec != nil && f.Facts.Size < rulekit.ModuleSize && abs(exec.Pos.Line-decipher.Pos.Line) <= 50 &&
			abs(exec.Pos.Off-decipher.Pos.Off) <= 4000
		if near {
			r.Report(analyze.Instance{File: f.Name, Line: exec.Pos.Line, Message: fmt.Sprintf("decrypts data (%s) and compiles code (%s)", decipher.Callee, exec.Callee),
				Evidence: append(rulekit.Ev(decipher.Snippet.String(), "", fmt.Sprintf("line %d", decipher.Pos.Line)), rulekit.Ev(exec.Snippet.String(), "", fmt.Sprintf("line %d", exec.Pos.Line))...), Confidence: finding.ConfidenceHigh})
		}
	}
	return nil
}

// hiddenCommand returns the first string f decodes (base64, a cipher, a
// decoder of its own) that is a shell command downloading and running
// code, other than an installer of the package's own or an official
// one; nil if none.
func hiddenCommand(t *analyze.Target, f *jsast.Facts) *jsast.Str {
	for i := range f.Strings {
		s := &f.Strings[i]
		if !s.Decoded || len(s.Value) > 4096 || rulekit.ShellDanger(s.Value) == "" {
			continue
		}
		if rulekit.OwnInstaller(t, s.Value) == "" && rulekit.OfficialInstaller(s.Value) == "" {
			return s
		}
	}
	return nil
}

// runtimeDecoded names the run-time decoding the code an eval-like call
// runs comes out of (Function's body is its last argument), "" if none.
func runtimeDecoded(c jsast.Call) string {
	if !evalLike(c) || len(c.Args) == 0 {
		return ""
	}
	if d := c.Args[0].Decodes; d != "" {
		return d
	}
	if c.Callee == "Function" || c.Callee == "Function.constructor" {
		return c.Args[len(c.Args)-1].Decodes
	}
	return ""
}

// mediaExt are the extensions of images, fonts and sounds.
var mediaExt = map[string]bool{".png": true, ".jpg": true, ".jpeg": true, ".gif": true, ".bmp": true, ".ico": true, ".webp": true,
	".woff": true, ".woff2": true, ".ttf": true, ".otf": true, ".eot": true, ".wav": true, ".mp3": true, ".ogg": true}

// mediaRead returns the media file a file names and reads (readFileSync
// and the like in it, the name among its strings); "" if none.
func mediaRead(f *jsast.Facts) string {
	reads := false
	for _, c := range f.Calls {
		switch rulekit.Last(c.Callee) {
		case "readFile", "readFileSync", "createReadStream", "openSync":
			reads = true
		}
	}
	if !reads {
		return ""
	}
	for _, s := range f.Strings {
		if len(s.Value) < 256 && mediaExt[strings.ToLower(path.Ext(s.Value))] {
			return s.Value
		}
	}
	return ""
}

// hiddenIn reports a path whose extension says data, not code: the
// content compiled from it was hidden there.
func hiddenIn(p string) bool {
	// a licence, readme or changelog is prose whatever its extension
	base := strings.ToUpper(strings.TrimSuffix(path.Base(p), path.Ext(p)))
	switch base {
	case "LICENSE", "LICENCE", "COPYING", "NOTICE", "AUTHORS", "README", "CHANGELOG", "HISTORY", "CONTRIBUTING":
		return true
	}
	ext := strings.ToLower(path.Ext(p))
	switch ext {
	case "", ".js", ".mjs", ".cjs", ".jsx", ".ts", ".mts", ".cts", ".tsx", ".json", ".vue", ".svelte", ".ejs", ".hbs", ".html", ".htm", ".tpl",
		".txt", ".md", ".wasm":
		return false
	}
	return !strings.Contains(ext, jsast.Hole)
}

// dangerousModule are the core modules that run code or reach the
// network; fs and os are everywhere and only hidden from bundlers.
var dangerousModule = regexp.MustCompile(`^(child_process|net|dgram|dns|http|https|http2|vm|module|worker_threads|tls|cluster|inspector)$`)

// ComputedRequire flags require()/import() of computed module names.
type ComputedRequire struct{}

// Meta implements analyze.Rule.
func (ComputedRequire) Meta() analyze.Meta {
	return analyze.Meta{
		ID: "code/computed-require", Version: 8, Title: "Loads a module whose name is hidden",
		Help: "require() or import() gets a module name built at run time. Plugin loaders do this legitimately with variables; building the name " +
			"of a module that runs code or reaches the network (child_process, http, net, vm...) from concatenated pieces only serves to hide it " +
			"from review and scanners (high), and decoding such a name, or any non-core module name, from hex, base64 or character codes has no " +
			"benign use (critical: the event-stream backdoor loaded its payload this way). Isomorphic libraries do hide fs, os, path and " +
			"worker_threads from browser bundlers that way (medium), and so do bundles of 512 KiB or more with any core module (medium: " +
			"they also carry generated loaders as text, such as yarn's Plug'n'Play API). Spelling require itself at run time (module[[\"req\", \"uire\"].join(\"\")]) " +
			"to load a module whose name is not a constant either hides both halves of the call: high outside bundles. A name that comes out of the file's own decoder at run time (a loop or reduce over " +
			"character codes, a function that XORs bytes or makes bytes of character codes it reads, as an Ascii85 decoder does, atob, zlib) " +
			"is high outside bundles, as obfuscation.",
		Remediation:     "Look at the decoded module name in the evidence and at what the file does with it.",
		Example:         `require(Buffer.from("Y2hpbGRfcHJvY2Vzcw==", "base64").toString())`,
		DefaultSeverity: finding.SeverityInfo, Signal: analyze.SigEvasion, Needs: analyze.NeedCode,
	}
}

// Check implements analyze.Rule.
func (ComputedRequire) Check(ctx context.Context, t *analyze.Target, r analyze.Reporter) error {
	for _, f := range rulekit.Code(ctx, t) {
		for _, c := range f.Facts.Calls {
			// module[["req", "uire"].join("")](name): the word require
			// spelled at run time, for a module whose name is too
			if c.Spelled && jsast.IsRequire(c.Callee) && len(c.Args) > 0 && !c.Args[0].Known && !f.Facts.Bundle() {
				r.Report(analyze.Instance{File: f.Name, Line: c.Pos.Line, Severity: finding.SeverityHigh, Signal: analyze.SigObfuscation,
					Message:  fmt.Sprintf("reaches %s through a name it spells at run time, for a module named at run time", c.Callee),
					Evidence: rulekit.Ev(c.Snippet.String(), "", ""), Confidence: finding.ConfidenceMedium})
			}
		}
		for _, im := range f.Facts.Imports {
			if im.Computed && im.Module == "" && im.Decodes != "" && !f.Facts.Bundle() {
				// require(inflate(MOD)): a name decoded by the file's own
				// code at run time, which no reader sees
				r.Report(analyze.Instance{File: f.Name, Line: im.Pos.Line, Severity: finding.SeverityHigh, Signal: analyze.SigObfuscation,
					Message:  fmt.Sprintf("loads a module whose name it decodes at run time (%s)", im.Decodes),
					Evidence: rulekit.Ev(im.Snippet.String(), "", ""), Confidence: finding.ConfidenceMedium})
				continue
			}
			if !im.Computed || im.Module == "" {
				continue
			}
			decoded := false
			for _, st := range f.Facts.Strings {
				if st.Value == im.Module && st.Decoded {
					decoded = true
				}
			}
			danger := dangerousModule.MatchString(im.Module)
			var sev finding.Severity
			var msg string
			switch {
			case decoded && (danger || !rulekit.CoreModule(im.Module)):
				sev, msg = finding.SeverityCritical, fmt.Sprintf("decodes the module name %q before requiring it", im.Module)
			case decoded:
				// require(String.fromCharCode(112,97,116,104)): isomorphic
				// libraries hide node-only modules from browser bundlers
				sev, msg = finding.SeverityMedium, fmt.Sprintf("decodes the name of core module %q before requiring it", im.Module)
			case danger && im.Module != "worker_threads" && !f.Facts.Bundle():
				sev, msg = finding.SeverityHigh, fmt.Sprintf("hides a require of %q behind an expression", im.Module)
			case danger && im.Module != "worker_threads":
				// a bundle hides core modules from the next bundler the same
				// way, and carries generated loaders as text (yarn's PnP API)
				sev, msg = finding.SeverityMedium, fmt.Sprintf("hides a require of %q behind an expression, in a bundle", im.Module)
			case im.Module == "fs" || im.Module == "os" || im.Module == "worker_threads":
				sev, msg = finding.SeverityMedium, fmt.Sprintf("hides a require of %q behind an expression", im.Module)
			default:
				continue
			}
			r.Report(analyze.Instance{File: f.Name, Line: im.Pos.Line, Message: msg,
				Severity: sev, Evidence: rulekit.Ev(im.Snippet.String(), im.Module, ""), Confidence: finding.ConfidenceHigh})
		}
	}
	return nil
}

func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}
