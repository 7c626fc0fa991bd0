// Package unicode holds rules about deceptive Unicode in code.
package unicode

import (
	"bytes"
	"cmp"
	"context"
	"fmt"
	"path"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

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
		ID: "unicode/deceptive-text", Version: 10, Title: "Invisible, bidirectional or look-alike characters in code",
		Help: "The file contains runs of invisible code points (zero-width, tag and variation-selector characters can carry a hidden payload), " +
			"names spelled with invisible fillers, joiners or selectors (two names that read the same), bidirectional controls that make " +
			"code read differently than it runs (Trojan Source), or identifiers mixing Latin with Cyrillic letters or Greek look-alikes " +
			"(ο, α, ρ…; θ, Δ and σ name quantities in math code and do not count, and a name of at most three letters mixing Latin only with " +
			"Greek, such as εS or ρs in colour science, is low). " +
			"Characters held as data are low: a control followed by a quote, comma, bracket or another control (entity tables, " +
			"regular expression classes), and short invisible runs in the text of a file that parses (its names are checked one by one). " +
			"A Hangul filler counts only in a name, or in a file neither parsed nor lexed: in strings it is text (the HTML entity " +
			"tables that bundlers inline hold U+1160). " +
			"The tag characters of emoji flags are not reported. A name made of a Hangul filler in a file that spawns processes or runs code " +
			"from a string is critical: the invisible-parameter backdoor, where a request's hidden field, destructured under a name that reads as " +
			"nothing, joins the commands a health check runs. A run of 16 or more invisible characters in a file that also calls eval, " +
			"Function or vm is critical: the GlassWorm campaign kept its loader in variation selectors and decoded them into eval. A document or data file of the package (.md, .txt, .json) holding 64 or more invisible characters in runs (not emoji joiners or the text and emoji presentation selectors) carries hidden data: high, and critical when the package's code names the file and runs code from a string (a README's license line read bit by bit into Function); that finding is placed at the code that runs it, whose role weighs in the verdict.",
		Remediation:     "View the file with invisible characters shown; the evidence escapes them.",
		Example:         "if (accessLevel != \"user\u202E \u2066// Check if admin\u2069 \u2066\") {",
		DefaultSeverity: finding.SeverityMedium, Signal: analyze.SigUnicode, Needs: analyze.NeedCode,
	}
}

// runsCode returns the code sink the file calls (eval, Function, vm),
// "" if none.
func runsCode(f *jsast.Facts) string {
	if c := codeSink(f); c != nil {
		return c.Callee
	}
	return ""
}

// codeSink returns the first call of f that runs code from a string; nil
// if none.
func codeSink(f *jsast.Facts) *jsast.Call {
	for i := range f.Calls {
		if jsast.CodeSink(f.Calls[i].Callee) {
			return &f.Calls[i]
		}
	}
	return nil
}

// Check implements analyze.Rule.
func (Deceptive) Check(ctx context.Context, t *analyze.Target, r analyze.Reporter) error {
	hiddenInDocs(ctx, t, r)
	for _, f := range rulekit.Code(ctx, t) {
		var found []analyze.Instance
		for _, u := range f.Facts.Unicode {
			sev := finding.SeverityMedium
			msg := fmt.Sprintf("%s character U+%04X", u.Kind, u.Rune)
			switch u.Kind {
			case "invisible":
				switch {
				case u.Run >= 16 && runsCode(f.Facts) != "":
					// GlassWorm: the payload is the run, decoded and run
					sev = finding.SeverityCritical
					msg = fmt.Sprintf("run of %d invisible characters in a file that runs code with %s(): a hidden payload", u.Run, runsCode(f.Facts))
				case u.Run >= 16:
					sev = finding.SeverityHigh
					msg = fmt.Sprintf("run of %d invisible characters (hidden payload?)", u.Run)
				case f.Facts.Mode == jsast.ModeAST || u.Data:
					// too short for a payload; names are checked by the
					// walker (invisible-identifier), so this is text
					sev = finding.SeverityLow
				}
			case "bidi":
				if u.Data {
					sev = finding.SeverityLow
				}
			case "filler":
				// invisible Hangul fillers name variables in attacks; in a
				// parsed or lexed file the walker or the lexer reports
				// those (filler-identifier) and fillers elsewhere are text
				// (the HTML entity tables bundlers inline)
				if f.Facts.Mode == jsast.ModeAST || f.Facts.Mode == jsast.ModeLexer {
					continue
				}
				sev = finding.SeverityHigh
			case "filler-identifier", "invisible-identifier":
				sev, msg = finding.SeverityHigh, fmt.Sprintf("identifier contains the invisible character U+%04X", u.Rune)
				if how := runsCommands(f.Facts); u.Kind == "filler-identifier" && how != "" {
					// a name that renders as nothing, in code that runs
					// commands: the invisible parameter handed to exec
					sev, msg = finding.SeverityCritical, fmt.Sprintf("identifier made of the invisible Hangul filler U+%04X in a file that runs %s: a hidden input reaching it reads as nothing", u.Rune, how)
				}
			}
			found = append(found, analyze.Instance{File: f.Name, Line: u.Pos.Line, Col: u.Pos.Col, Severity: sev, Message: msg, Evidence: rulekit.Ev(u.Snippet.String(), "", "")})
		}
		// the three worst: harmless characters early in a file must not
		// hide an invisible name further down
		slices.SortStableFunc(found, func(a, b analyze.Instance) int { return cmp.Compare(b.Severity, a.Severity) })
		for _, in := range found[:min(3, len(found))] {
			r.Report(in)
		}
		for i, name := range f.Facts.Idents.Mixed {
			if i >= 3 {
				break
			}
			sev := finding.SeverityHigh
			if mathSymbol(name) {
				// εS, ρs: a quantity in a formula (colour science, physics)
				sev = finding.SeverityLow
			}
			r.Report(analyze.Instance{File: f.Name, Severity: sev, Message: "identifier mixes Latin and look-alike letters: " + name})
		}
	}
	return nil
}

// runsCommands names how a file runs commands or code (a process spawn,
// eval/Function/vm), "" if it does neither.
func runsCommands(f *jsast.Facts) string {
	for _, c := range f.Calls {
		if rulekit.IsSpawn(c) {
			return "processes (" + c.Callee + ")"
		}
	}
	if how := runsCode(f); how != "" {
		return "code with " + how + "()"
	}
	return ""
}

// mathSymbol reports a short name (at most three letters) whose
// non-Latin letters are Greek: a quantity named as in a formula. A
// Cyrillic letter among Latin ones is never that.
func mathSymbol(name string) bool {
	if utf8.RuneCountInString(name) > 3 {
		return false
	}
	for _, r := range name {
		if r >= 0x80 && !unicode.Is(unicode.Greek, r) {
			return false
		}
	}
	return true
}

// docInvisibleMin is how many invisible characters a document must hold
// to carry data: a byte takes eight when each character is a bit.
const docInvisibleMin = 64

// hiddenInDocs reports a document of the package (.md, .txt) holding many
// invisible characters: bits of a payload kept where no reviewer looks,
// its text reading normally (a README's license line). Critical when the
// package's code names the file and runs code from a string.
func hiddenInDocs(ctx context.Context, t *analyze.Target, r analyze.Reporter) {
	for _, name := range t.Files() {
		switch strings.ToLower(path.Ext(name)) {
		case ".md", ".markdown", ".txt", ".json":
		default:
			continue
		}
		b, err := t.Read(name)
		if err != nil || len(b) > 4<<20 {
			continue
		}
		n, line := hiddenRuns(b)
		if n < docInvisibleMin {
			continue
		}
		msg := fmt.Sprintf("%s holds %d invisible characters: data hidden in a document", name, n)
		if run, sink := docRunner(ctx, t, path.Base(name)); sink != nil {
			// reported where it runs: the role of that file (an entry
			// point's module, not a document) is what weighs
			r.Report(analyze.Instance{File: run, Line: sink.Pos.Line, Severity: finding.SeverityCritical, Confidence: finding.ConfidenceHigh,
				Message: msg + fmt.Sprintf("; the package's code names it and runs code from a string (%s() in %s)", sink.Callee, run)})
			continue
		}
		r.Report(analyze.Instance{File: name, Line: line, Severity: finding.SeverityHigh, Confidence: finding.ConfidenceHigh, Message: msg})
	}
}

// docRunner returns the code file that runs code from a string in a
// package whose code names the document base, and that call: the file
// naming it if it runs code itself, else the first that does. nil if the
// document is not named or no code runs.
func docRunner(ctx context.Context, t *analyze.Target, base string) (string, *jsast.Call) {
	code := rulekit.Code(ctx, t)
	named := false
	for _, f := range code {
		if rulekit.Names(f.Facts, base) {
			named = true
			if c := codeSink(f.Facts); c != nil {
				return f.Name, c
			}
		}
	}
	if !named {
		return "", nil
	}
	for _, f := range code {
		if c := codeSink(f.Facts); c != nil {
			return f.Name, c
		}
	}
	return "", nil
}

// hiddenRuns counts the invisible characters of b that stand in runs of
// eight or more (a payload's bits; a zero-width non-joiner between the
// letters of Persian text stands alone) and the line of the first run.
func hiddenRuns(b []byte) (n, line int) {
	run, start := 0, 0
	flush := func() {
		if run >= 8 {
			if n == 0 {
				line = 1 + bytes.Count(b[:start], []byte("\n"))
			}
			n += run
		}
		run = 0
	}
	for i, c := range string(b) {
		if hiddenRune(c) && !(c == 0xFEFF && i == 0) {
			if run == 0 {
				start = i
			}
			run++
			continue
		}
		flush()
	}
	flush()
	return n, line
}

// hiddenRune reports the invisible characters that carry data in a
// document: jsast's invisible ones and fillers, except what ordinary text
// and emoji use (the zero-width joiner, the text and emoji presentation
// selectors U+FE0E and U+FE0F after "✔︎", soft hyphens, the combining
// grapheme joiner and the Mongolian vowel separator).
func hiddenRune(c rune) bool {
	switch c {
	case 0x200D, 0xFE0E, 0xFE0F, 0x00AD, 0x034F, 0x180E:
		return false
	}
	return jsast.Invisible(c) || jsast.Filler(c)
}
