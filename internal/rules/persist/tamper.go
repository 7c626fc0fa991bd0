package persist

import (
	"context"
	"fmt"
	"path"
	"strings"

	"github.com/depfence/depfence/internal/analyze"
	"github.com/depfence/depfence/internal/finding"
	"github.com/depfence/depfence/internal/jsast"
	"github.com/depfence/depfence/internal/rules/rulekit"
)

// TamperDependency flags install-time code that writes into another
// installed package: a backdoor planted in a trusted library (ethers,
// the wallet SDKs) survives removing the package that planted it, and
// no scan of that library's tarball will ever see it.
type TamperDependency struct{}

// Meta implements analyze.Rule.
func (TamperDependency) Meta() analyze.Meta {
	return analyze.Meta{
		ID: "persist/tamper-dependency", Version: 8, Title: "Rewrites another installed package or wallet app",
		Help: "An install script locates another package (require.resolve(\"ethers\"), a node_modules/… path) and writes files there. " +
			"Code patched into an installed library runs whenever the project uses that library, stays after the package that " +
			"planted it is removed, and is invisible to any review of either tarball: attackers used it to plant a reverse shell in " +
			"ethers (2025). Patch tools do this when a developer runs them; a dependency's install script has no reason to. Packages of " +
			"the package's own scope (its publisher's, @prisma/* and prisma alike) are not reported, nor is locating a package's " +
			"package.json (to read its version; unless the code written sends to a host, below) or a command under its bin/ (to run it: node-gyp/bin/node-gyp.js). Code that writes files and names a desktop wallet's app.asar " +
			"(Exodus, Atomic, Electrum, Ledger Live…) is critical wherever it runs: replacing it makes the wallet send its seed phrase away. " +
			"So is an install script patching another package when the code (its own, the code it writes, or code it keeps as text to " +
			"splice in, in a string or in a text file of the package it names: patches/wallet.patch) sends to a host of its own, or hands a public IP address to a call (a reverse shell's socket.connect).",
		Remediation:     "Remove the package, then reinstall the named package from a clean cache (rm -rf node_modules; npm ci).",
		Example:         `fs.writeFileSync(path.join(path.dirname(require.resolve("ethers")), "wallet.js"), patched)`,
		DefaultSeverity: finding.SeverityHigh, Signal: analyze.SigPersist, Needs: analyze.NeedCode | analyze.NeedManifest,
	}
}

// Check implements analyze.Rule.
func (TamperDependency) Check(ctx context.Context, t *analyze.Target, r analyze.Reporter) error {
	own := ""
	if m, _ := t.Manifest(); m != nil {
		own = m.Name
	}
	// the package's own scope is its publisher's: @swc/core installing its
	// @swc/wasm fallback patches nothing of anyone else's
	// (@prisma/client and prisma are one publisher's too)
	scopeOf := func(name string) string {
		if scope, _, ok := strings.Cut(name, "/"); ok && strings.HasPrefix(name, "@") {
			return scope[1:]
		}
		return name
	}
	family := func(name string) bool {
		return name == own || scopeOf(name) == scopeOf(own)
	}
	for _, f := range rulekit.Code(ctx, t) {
		if f.Facts.Size > 256<<10 || !writesFiles(f) {
			continue
		}
		walletApp(f, r)
		if f.Role != analyze.RoleInstall {
			continue
		}
		target, where, line := "", "", 0
		byManifest := false // located by its package.json only
		for _, c := range f.Facts.Calls {
			if c.Callee != "require.resolve" || len(c.Args) == 0 || !c.Args[0].Known || strings.Contains(c.Args[0].Value, "/bin/") {
				continue // its command to run (node-gyp/bin/node-gyp.js)
			}
			if name := packageOf(c.Args[0].Value); name != "" && !family(name) {
				target, where, line = name, c.Snippet.String(), c.Pos.Line
				byManifest = strings.HasSuffix(c.Args[0].Value, "/package.json")
				if !byManifest {
					break
				}
			}
		}
		if target == "" {
			for _, s := range f.Facts.Strings {
				_, rest, ok := strings.Cut(strings.ReplaceAll(s.Value, `\`, "/"), "node_modules/")
				if !ok || len(s.Value) > 1024 {
					continue
				}
				if name := packageOf(rest); name != "" && !family(name) && name != ".bin" && name != ".cache" {
					target, where, line = name, s.Snippet.String(), s.Pos.Line
					break
				}
			}
		}
		if target == "" {
			continue
		}
		if host := calledHost(t, f); host != "" {
			// what it writes there talks to a host of its own
			r.Report(analyze.Instance{File: f.Name, Line: line, Severity: finding.SeverityCritical, Confidence: finding.ConfidenceHigh,
				Message:  fmt.Sprintf("writes files at install time into the installed package %q, with code that sends to %s", target, host),
				Evidence: rulekit.Ev(where, "", "")})
			continue
		}
		if byManifest {
			// where its package.json is says which version is installed:
			// a patch only when what is written talks to a host (above)
			continue
		}
		r.Report(analyze.Instance{File: f.Name, Line: line, Confidence: finding.ConfidenceMedium,
			Message:  fmt.Sprintf("writes files at install time and locates the installed package %q: it can patch that package's code", target),
			Evidence: rulekit.Ev(where, "", "")})
	}
	return nil
}

// calledHost returns the host, neither local nor trusted for t, that a
// request of the file (rulekit.SentHost) or the code it writes names: code
// kept as text in a string or in a text file of the package the file
// names (patches/wallet.patch); "" if none.
func calledHost(t *analyze.Target, f rulekit.File) string {
	if h := rulekit.SentHost(t, f.Facts); h != "" {
		return h
	}
	for _, s := range f.Facts.Strings {
		// ";function q(k){fetch(…)}", a reverse shell's
		// socket.connect(port, ip)
		if h := splicedHost(t, s.Value); h != "" {
			return h
		}
	}
	for _, name := range t.Files() {
		base := path.Base(name)
		if analyze.IsCode(name) || len(base) < 5 || !rulekit.Names(f.Facts, base) {
			continue
		}
		if b, err := t.Read(name); err == nil && len(b) < 64<<10 {
			if h := splicedHost(t, string(b)); h != "" {
				return h
			}
		}
	}
	return ""
}

// splicedHost returns the foreign host that code kept as text sends to,
// or the public IP address it hands a call (socket.connect(4443, ip) of a
// socket the walk does not resolve); "" if none, or if it is no code.
func splicedHost(t *analyze.Target, code string) string {
	if len(code) >= 64<<10 || !jsast.LooksLikeCode(code) {
		return ""
	}
	if strings.Contains(code, "://") {
		if u := rulekit.ExternalURL(t, code); u != "" {
			return rulekit.Host(u)
		}
	}
	facts := jsast.Analyze("spliced.js", []byte(code), jsast.DefaultLimits())
	if h := rulekit.SentHost(t, facts); h != "" {
		return h
	}
	for _, c := range facts.Calls {
		for _, a := range c.Args {
			if a.Known && rulekit.PublicIP(a.Value) {
				return a.Value
			}
		}
	}
	return ""
}

// writesFiles reports a file that writes, copies or moves files.
func writesFiles(f rulekit.File) bool {
	for _, c := range f.Facts.Calls {
		if l := rulekit.Last(c.Callee); fileWrites[l] || fileMoves[l] {
			return true
		}
	}
	return false
}

// fileMoves put a file somewhere else: fs's renames, fs-extra's output.
var fileMoves = map[string]bool{"rename": true, "renameSync": true, "outputFile": true, "outputFileSync": true}

// walletApps are desktop crypto wallets built on Electron, whose app.asar
// holds their code.
var walletApps = []string{"exodus", "atomic", "electrum", "ledger live", "ledger-live", "trezor suite", "guarda", "coinomi", "wasabi"}

// walletApp reports a file that writes files and names a desktop wallet's
// app.asar: replacing it makes the wallet itself send the seed phrase
// away (npm stealers have patched Exodus and Atomic this way).
func walletApp(f rulekit.File, r analyze.Reporter) {
	var asar *jsast.Str
	wallet := ""
	for i := range f.Facts.Strings {
		s := &f.Facts.Strings[i]
		l := strings.ToLower(s.Value)
		if len(l) > 1024 {
			continue
		}
		if asar == nil && strings.Contains(l, "app.asar") {
			asar = s
		}
		for _, w := range walletApps {
			if wallet == "" && (l == w || strings.Contains(l, "/"+w) || strings.Contains(l, `\`+w) || strings.HasPrefix(l, w+"/") || strings.HasPrefix(l, w+`\`)) {
				wallet = w
			}
		}
	}
	if asar == nil || wallet == "" {
		return
	}
	r.Report(analyze.Instance{File: f.Name, Line: asar.Pos.Line, Severity: finding.SeverityCritical, Signal: analyze.SigWallet, Confidence: finding.ConfidenceMedium,
		Message:  fmt.Sprintf("writes files and names the app.asar of the %s wallet app: it can replace the wallet's own code", wallet),
		Evidence: rulekit.Ev(asar.Snippet.String(), asar.Value, "")})
}

// packageOf returns the package a module specifier or a path under
// node_modules names ("ethers/lib/x.js" is ethers, "@s/p/x" is @s/p);
// "" for relative paths and Node's own modules.
func packageOf(spec string) string {
	if spec == "" || strings.HasPrefix(spec, ".") || strings.HasPrefix(spec, "/") || strings.HasPrefix(spec, "node:") || strings.Contains(spec, "${") {
		return ""
	}
	parts := strings.SplitN(spec, "/", 3)
	name := parts[0]
	if strings.HasPrefix(name, "@") {
		if len(parts) < 2 || parts[1] == "" {
			return ""
		}
		name += "/" + parts[1]
	}
	if rulekit.CoreModule(name) || strings.ContainsAny(name, " \t\n*?\"'") {
		return ""
	}
	return name
}
