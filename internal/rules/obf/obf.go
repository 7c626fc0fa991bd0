// Package obf holds rules about obfuscated and hidden code.
package obf

import (
	"context"
	"fmt"
	"regexp"
	"strings"

	"github.com/depfence/depfence/internal/analyze"
	"github.com/depfence/depfence/internal/finding"
	"github.com/depfence/depfence/internal/jsast"
	"github.com/depfence/depfence/internal/rules/rulekit"
)

// Obfuscated flags obfuscator-style code.
type Obfuscated struct{}

// Meta implements analyze.Rule.
func (Obfuscated) Meta() analyze.Meta {
	return analyze.Meta{
		ID: "obf/obfuscated-code", Version: 3, Title: "Obfuscated code",
		Help: "The file carries the marks of an obfuscator: obfuscator.io's _0x… names, or, whatever the names, its string array shuffled with " +
			"a.push(a.shift()) and read through a decoder called with hex literals (d(0x1b3)); identifiers padded with filler characters. " +
			"Minifiers shorten code; obfuscators hide it. Open-source libraries rarely ship obfuscated code, and malware almost always does. " +
			"An obfuscated block (20 or more _0x… names) that starts after 50 names of readable code in an entry or install file (not " +
			"a bundle) is critical: obfuscators process whole files, while an attacker who takes over a package appends its payload to " +
			"a module that still works.",
		Remediation:     "Ask why the code is obfuscated; treat obfuscated install scripts as malicious.",
		Example:         `var _0x3a1f=['\x63\x68\x69\x6c\x64'];(function(_0x2b,_0x1c){...})(_0x3a1f,0x1a3)`,
		DefaultSeverity: finding.SeverityHigh, Signal: analyze.SigObfuscation, Needs: analyze.NeedCode,
	}
}

// Check implements analyze.Rule.
func (Obfuscated) Check(ctx context.Context, t *analyze.Target, r analyze.Reporter) error {
	for _, f := range rulekit.Code(ctx, t) {
		for _, c := range f.Facts.Calls {
			if c.Callee == "eval" && strings.Contains(strings.ReplaceAll(c.Snippet.String(), " ", ""), "function(p,a,c,k,e,") {
				r.Report(analyze.Instance{File: f.Name, Line: c.Pos.Line, Severity: finding.SeverityHigh, Message: "packed with a p,a,c,k,e,d packer and evaluated", Evidence: rulekit.Ev(c.Snippet.String(), "", "")})
				break
			}
		}
		id := f.Facts.Idents
		if id.Hex < 8 {
			if id.Rotations > 0 && id.HexCalls >= 5 {
				sev := finding.SeverityHigh
				if f.Role == analyze.RoleInstall || t.Partial() {
					sev = finding.SeverityCritical
				}
				r.Report(analyze.Instance{File: f.Name, Line: 1, Severity: sev,
					Message:  fmt.Sprintf("obfuscated: a shuffled string array read through a decoder %d times", id.HexCalls),
					Evidence: rulekit.Ev("", "", fmt.Sprintf("%d a.push(a.shift()) rotations, %d decoder calls with hex literals", id.Rotations, id.HexCalls))})
			}
			continue
		}
		sev := finding.SeverityMedium
		if id.Hex >= 20 {
			sev = finding.SeverityHigh
		}
		// obfuscator.io output at this scale is not shipped by libraries:
		// at install time or with nothing else to go on (partial code), it
		// is itself the proof.
		if id.Hex >= 100 && (f.Role == analyze.RoleInstall || t.Partial()) {
			sev = finding.SeverityCritical
		}
		msg := fmt.Sprintf("obfuscated: %d distinct _0x… identifiers", id.Hex)
		if id.Hex >= 20 && id.HexAfter >= 50 && !f.Facts.Bundle() && (f.Role == analyze.RoleEntry || f.Role == analyze.RoleInstall) {
			// a readable module with an obfuscated block added to it: an
			// obfuscator processes whole files, an attacker appends
			// (the chalk and debug compromise of 2025)
			sev, msg = finding.SeverityCritical, fmt.Sprintf("obfuscated code (%d distinct _0x… identifiers) added after %d names of readable code", id.Hex, id.HexAfter)
		}
		r.Report(analyze.Instance{File: f.Name, Line: 1, Severity: sev, Message: msg,
			Evidence: rulekit.Ev("", "", fmt.Sprintf("%d identifiers, longest line %d bytes", id.Total, f.Facts.LongestLine))})
	}
	return nil
}

// HiddenCode flags code placed far right of a long whitespace run.
type HiddenCode struct{}

// Meta implements analyze.Rule.
func (HiddenCode) Meta() analyze.Meta {
	return analyze.Meta{
		ID: "obf/hidden-code", Version: 2, Title: "Code hidden off-screen",
		Help: "A line has code after a run of 120+ spaces, so an editor without wrapping shows an innocent line. Attackers hide loaders this way in " +
			"otherwise normal files (the 'ChainFlip' fake-job project).",
		Remediation:     "Scroll right: read the hidden code shown in the evidence.",
		Example:         `const router = express.Router();                                        ;eval(atob("..."))`,
		DefaultSeverity: finding.SeverityHigh, Signal: analyze.SigEvasion, Needs: analyze.NeedCode,
	}
}

// codeLike matches text that reads as statements: a name called, assigned
// or dereferenced.
var codeLike = regexp.MustCompile(`[A-Za-z_$][\w$]*\s*(\(|=[^=]|\.[A-Za-z_$])`)

// Check implements analyze.Rule.
func (HiddenCode) Check(ctx context.Context, t *analyze.Target, r analyze.Reporter) error {
	for _, f := range rulekit.Code(ctx, t) {
		for i, h := range f.Facts.Hidden {
			if i >= 3 {
				break
			}
			snip := h.Snippet.String()
			sev, msg := finding.SeverityHigh, fmt.Sprintf("code hidden after %d spaces", h.Gap)
			l := strings.ToLower(snip)
			for _, k := range []string{"eval", "require", "function", "child_process", "atob", "buffer.from", "=>", "fetch", "http"} {
				if strings.Contains(l, k) {
					sev = finding.SeverityCritical
				}
			}
			if sev == finding.SeverityHigh && !codeLike.MatchString(snip) {
				// padding inside data: generated parser tables, ASCII-art
				// diagrams, multi-line strings
				sev, msg = finding.SeverityLow, fmt.Sprintf("text after %d spaces on one line", h.Gap)
			}
			r.Report(analyze.Instance{File: f.Name, Line: h.Pos.Line, Col: h.Pos.Col, Severity: sev, Confidence: finding.ConfidenceHigh,
				Message: msg, Evidence: rulekit.Ev(snip, "", "")})
		}
	}
	return nil
}

// ParseEvasion flags files the parser could not read.
type ParseEvasion struct{}

// Meta implements analyze.Rule.
func (ParseEvasion) Meta() analyze.Meta {
	return analyze.Meta{
		ID: "obf/parse-evasion", Version: 4, Title: "Code that defeats parsing",
		Help: "The file could not be parsed as JavaScript (it was scanned token by token instead). Valid syntax the parser does not take " +
			"(legacy octal, duplicate parameters, decorators, JSX...) is first rewritten by esbuild and analysed in full, so what remains is " +
			"Flow or other non-standard syntax, which is informational; nesting beyond any sane depth or a file too large to parse is medium, " +
			"since padding code past parser limits is an evasion trick. A chain of more than 1,000 operands or calls (the parser's hard limit, " +
			"which no code generator comes near: none in 7,813 real packages) is that trick itself: high, and counted as obfuscation when the " +
			"file also acts (spawns, talks to the network, reads the environment), whether or not esbuild could rewrite it. " +
			"Gzip data with a code file's name (a .min.gzip.js size demo) is informational: Node cannot run it as it is.",
		Example:         `var pad = 1+1+1+…1,200 times…; require("child_process").exec(cmd)`,
		Remediation:     "Look at the file; the lexer-level findings still apply.",
		DefaultSeverity: finding.SeverityInfo, Signal: analyze.SigEvasion, Needs: analyze.NeedCode,
	}
}

// Check implements analyze.Rule.
func (ParseEvasion) Check(ctx context.Context, t *analyze.Target, r analyze.Reporter) error {
	for _, name := range t.CodeFiles() {
		if _, err := t.Facts(name); err != nil {
			r.Report(analyze.Instance{File: name, Severity: finding.SeverityMedium, Message: "code file not analysed: " + err.Error()})
		}
	}
	for _, f := range rulekit.Code(ctx, t) {
		if f.Facts.ParseError == "" {
			if f.Facts.InvalidUTF8 > 0 {
				r.Report(analyze.Instance{File: f.Name, Severity: finding.SeverityLow, Message: fmt.Sprintf("%d invalid UTF-8 byte sequences in code", f.Facts.InvalidUTF8)})
			}
			continue
		}
		if f.Facts.Limit == jsast.LimitOperands {
			sev := finding.SeverityHigh
			if f.Facts.Bundle() {
				sev = finding.SeverityMedium
			}
			r.Report(analyze.Instance{File: f.Name, Severity: sev, Signal: analyze.SigObfuscation, Confidence: finding.ConfidenceMedium,
				Message:  "padded past the parser's limit (over 1,000 chained operands or calls) to keep it from being parsed: " + f.Facts.ParseError,
				Evidence: rulekit.Ev("", "", fmt.Sprintf("mode %s", f.Facts.Mode))})
			continue
		}
		if head, err := t.Head(f.Name, 2); err == nil && len(head) == 2 && head[0] == 0x1f && head[1] == 0x8b {
			// the bytes of a .gz with a .js name: a syntax error at its
			// first byte for Node, not code in disguise
			r.Report(analyze.Instance{File: f.Name, Severity: finding.SeverityInfo, Message: "gzip data named like code: Node cannot run it as it is"})
			continue
		}
		sev := finding.SeverityInfo
		if f.Facts.Limit != 0 || f.Facts.InvalidUTF8 > 0 {
			sev = finding.SeverityMedium
		}
		r.Report(analyze.Instance{File: f.Name, Severity: sev, Message: "not parsable as JavaScript: " + f.Facts.ParseError, Evidence: rulekit.Ev("", "", fmt.Sprintf("mode %s", f.Facts.Mode))})
	}
	return nil
}

// EncodedBlob flags long encoded literals.
type EncodedBlob struct{}

// Meta implements analyze.Rule.
func (EncodedBlob) Meta() analyze.Meta {
	return analyze.Meta{
		ID: "obf/encoded-blob", Version: 1, Title: "Long encoded data in code",
		Help: "A string literal holds kilobytes of base64, hex or random-looking data. Fonts, images and WebAssembly are embedded this way " +
			"legitimately; encrypted payloads too. Informational unless combined with decoding and execution.",
		Remediation:     "Check what decodes the blob.",
		Example:         `var p = "4d5a90000300000004000000ffff0000b8000000…"`,
		DefaultSeverity: finding.SeverityInfo, Signal: analyze.SigObfuscation, Needs: analyze.NeedCode,
	}
}

// Check implements analyze.Rule.
func (EncodedBlob) Check(ctx context.Context, t *analyze.Target, r analyze.Reporter) error {
	for _, f := range rulekit.Code(ctx, t) {
		if len(f.Facts.Blobs) == 0 {
			continue
		}
		b := f.Facts.Blobs[0]
		r.Report(analyze.Instance{File: f.Name, Line: b.Pos.Line, Message: fmt.Sprintf("%d-byte %s blob (entropy %.2f)", b.Len, b.Kind, b.Entropy)})
	}
	return nil
}
