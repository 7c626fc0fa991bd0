// Package unicode holds rules about deceptive Unicode in code.
package unicode

import (
	"context"
	"fmt"

	"github.com/depfence/depfence/internal/analyze"
	"github.com/depfence/depfence/internal/finding"
	"github.com/depfence/depfence/internal/jsast"
	"github.com/depfence/depfence/internal/rules/rulekit"
)

// Deceptive flags invisible, bidi and homoglyph characters.
type Deceptive struct{}

// Meta implements analyze.Rule.
func (Deceptive) Meta() analyze.Meta {
	return analyze.Meta{
		ID: "unicode/deceptive-text", Version: 2, Title: "Invisible, bidirectional or look-alike characters in code",
		Help: "The file contains runs of invisible code points (zero-width, tag and variation-selector characters can carry a hidden payload), " +
			"blank Hangul fillers usable as invisible identifiers, bidirectional controls that make code read differently than it runs " +
			"(Trojan Source), or identifiers mixing Latin with Cyrillic/Greek look-alikes.",
		Remediation:     "View the file with invisible characters shown; the evidence escapes them.",
		Example:         "if (accessLevel != \"user\u202E \u2066// Check if admin\u2069 \u2066\") {",
		DefaultSeverity: finding.SeverityMedium, Signal: analyze.SigUnicode, Needs: analyze.NeedCode,
	}
}

// Check implements analyze.Rule.
func (Deceptive) Check(ctx context.Context, t *analyze.Target, r analyze.Reporter) error {
	for _, f := range rulekit.Code(ctx, t) {
		for i, u := range f.Facts.Unicode {
			if i >= 3 {
				break
			}
			sev := finding.SeverityMedium
			msg := fmt.Sprintf("%s character U+%04X", u.Kind, u.Rune)
			if u.Kind == "invisible" && u.Run >= 16 {
				sev = finding.SeverityHigh
				msg = fmt.Sprintf("run of %d invisible characters (hidden payload?)", u.Run)
			}
			switch u.Kind {
			case "filler":
				// invisible Hangul fillers name variables in attacks; in a
				// parsed file the walker reports those (filler-identifier)
				// and fillers elsewhere are text (the HTML entity tables
				// bundlers inline)
				if f.Facts.Mode == jsast.ModeAST {
					continue
				}
				sev = finding.SeverityHigh
			case "filler-identifier":
				sev, msg = finding.SeverityHigh, fmt.Sprintf("identifier contains the invisible filler U+%04X", u.Rune)
			}
			r.Report(analyze.Instance{File: f.Name, Line: u.Pos.Line, Col: u.Pos.Col, Severity: sev, Message: msg, Evidence: rulekit.Ev(u.Snippet.String(), "", "")})
		}
		for i, name := range f.Facts.Idents.Mixed {
			if i >= 3 {
				break
			}
			r.Report(analyze.Instance{File: f.Name, Severity: finding.SeverityHigh, Message: "identifier mixes Latin and look-alike letters: " + name})
		}
	}
	return nil
}
