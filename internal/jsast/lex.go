package jsast

import (
	"bytes"
	"io"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/tdewolff/parse/v2"
	"github.com/tdewolff/parse/v2/js"
)

type tok struct {
	tt   js.TokenType
	data []byte
}

// lexRun is a string literal, or literals joined by +, as the lexer reads
// it: parts so far, whether a + awaits the next, the tokens before it
// (nearest first), the call whose "(" came right before it (-1 if none),
// its offset and the tokens read since it began.
type lexRun struct {
	parts []string
	plus  bool
	ctx   [5]tok
	call  int
	off   int
	n     int
}

// lexer is lexScan's state: the facts it fills, the last significant
// tokens, what names are bound to, and the string run being read.
type lexer struct {
	f   *Facts
	s   *source
	lim Limits

	hist []tok // significant tokens, the last 32
	// bindings say what a name refers to (cp = require("child_process"));
	// consts are names declared with a constant string, reassigned those
	// assigned again: the lexer knows no scopes, so only a name given one
	// value in the file is taken for it.
	bindings   map[string]string
	consts     map[string]string
	reassigned map[string]bool
	seen       map[string]int // strings recorded, by index in f.Strings
	hex        map[string]struct{}
	// run is a string literal, or literals joined by +, being read: what
	// it is for (a require, a call's argument, a name's value) is known
	// at its end. partsBuf is its reused slice.
	run         lexRun
	partsBuf    []string
	pendingCall int // the call whose "(" was the last token, or -1
	braces      int
}

// lexScan extracts facts token by token, for files the parser rejected.
// It never fails: a lexer error skips to the next line and goes on. It
// returns the bytes the lexer read and copied, which tests bound.
func (f *Facts) lexScan(s *source, buf []byte, lim Limits) (work int) {
	x := &lexer{f: f, s: s, lim: lim, bindings: map[string]string{}, consts: map[string]string{}, reassigned: map[string]bool{},
		seen: map[string]int{}, hex: map[string]struct{}{}, pendingCall: -1}
	// After its first error the lexer sees the rest of the file a window
	// at a time: an error costs the lexer a copy of its whole input (to
	// name the line), which made every restart O(file) and a file of bad
	// lines quadratic. A window ends just after a byte that cannot be
	// inside a name, number or operator, so a clean end of window is a
	// token boundary; a string, comment or template cut by it ends in an
	// error at the window's end, and that token is lexed again in a wider
	// window (a cut inside a template's ${…} still loses the lexer's
	// template state, as a restart after an error does). Bytes lexed are
	// bounded by four times the file.
	n := len(buf) - 1 // buf[n] is the NUL
	src := buf[:n]
	start, lastEnd, win, windowed := 0, 0, lexWindow, false
	restarts, spent, budget := 0, 0, 4*n+2*lexWindow
	for start < n {
		if restarts >= maxLexRestarts || spent > budget {
			f.Truncated = true
			break
		}
		end := n
		if windowed && start+win < n {
			end = cutAt(src, start+win)
		}
		in := parse.NewInputBytes(src[start:end])
		l := js.NewLexer(in)
		for {
			tt, data := l.Next()
			if tt == js.ErrorToken {
				break
			}
			switch tt {
			case js.WhitespaceToken, js.LineTerminatorToken, js.CommentToken, js.CommentLineTerminatorToken:
				continue
			case js.DivToken, js.DivEqToken:
				p := x.at(1)
				if !(isIdentTok(p) || js.IsNumeric(p.tt) || p.tt == js.StringToken || p.tt == js.CloseParenToken || p.tt == js.CloseBracketToken || p.tt == js.CloseBraceToken || p.tt == js.TemplateToken || p.tt == js.TemplateEndToken || p.tt == js.ThisToken) {
					tt, data = l.RegExp()
				}
			}
			off := s.offsetOf(data)
			if off >= 0 {
				lastEnd = off + len(data)
			}
			x.token(tt, data, off)
		}
		if len(x.run.parts) > 0 && l.Err() == io.EOF && end == n {
			x.endRun(js.ErrorToken)
		}
		failedAt := start + in.Offset()
		in.Restore()
		err := l.Err()
		if err == nil || err == io.EOF {
			// the window ended on a token boundary
			spent += end - start
			start, win = end, windowFor(restarts)
			continue
		}
		spent += failedAt - start
		work += end - start // the error's copy of the window
		if end < n && failedAt >= end {
			// a token cut by the window: again from it, in a wider one
			if lastEnd > start {
				start = lastEnd
			}
			win *= 2
			continue
		}
		// skip to the next line and go on
		restarts++
		windowed, win = true, windowFor(restarts)
		pos := max(lastEnd, start+1)
		i := bytes.IndexByte(src[pos:], '\n')
		if i < 0 {
			break
		}
		start = pos + i + 1
		x.hist, x.run = x.hist[:0], lexRun{}
	}
	f.Idents.Hex = len(x.hex)
	return work + spent
}

func isIdentTok(t tok) bool { return js.IsIdentifierName(t.tt) || t.tt == js.IdentifierToken }

func (x *lexer) push(t tok) {
	if len(x.hist) == 32 {
		copy(x.hist, x.hist[1:])
		x.hist = x.hist[:31]
	}
	x.hist = append(x.hist, t)
}

// at returns the i-th significant token from the end (1-based).
func (x *lexer) at(i int) tok {
	if i <= len(x.hist) {
		return x.hist[len(x.hist)-i]
	}
	return tok{}
}

func (x *lexer) constOf(name []byte) (string, bool) {
	v, ok := x.consts[string(name)]
	return v, ok && !x.reassigned[string(name)]
}

// constTok is a string literal's value, or a constant name's.
func (x *lexer) constTok(t tok) (string, bool) {
	if t.tt == js.StringToken {
		return unquote(t.data)
	}
	if isIdentTok(t) {
		return x.constOf(t.data)
	}
	return "", false
}

// dottedBack builds a.b.c ending at the token i-th from the end; x["b"],
// x[k] with k a constant and require("m").b name members too.
func (x *lexer) dottedBack(i int) string {
	var parts []string
	module := false
	for k := i; k <= len(x.hist) && len(parts) < 32; {
		t := x.at(k)
		if t.tt == js.CloseBracketToken {
			v, ok := x.constTok(x.at(k + 1))
			if !ok || x.at(k+2).tt != js.OpenBracketToken {
				break
			}
			if v != "default" { // interop: m["default"] is m
				parts = append(parts, v)
			}
			k += 3
			continue
		}
		if t.tt == js.CloseParenToken && len(parts) > 0 && x.at(k+2).tt == js.OpenParenToken && string(x.at(k+3).data) == "require" {
			// require("https").get: the chain starts at the module
			if m, ok := x.constTok(x.at(k + 1)); ok {
				parts = append(parts, strings.TrimPrefix(m, "node:"))
				module = true
			}
			break
		}
		if !isIdentTok(t) {
			break
		}
		parts = append(parts, string(t.data))
		if x.at(k+1).tt != js.DotToken {
			break
		}
		k += 2
	}
	if len(parts) == 0 {
		return ""
	}
	slices.Reverse(parts)
	if m, ok := x.bindings[parts[0]]; ok && !module {
		parts[0] = m
	}
	return normCallee(strings.Join(parts, "."))
}

// token takes the next significant token.
func (x *lexer) token(tt js.TokenType, data []byte, off int) {
	f, s, lim, at := x.f, x.s, x.lim, x.at
	if tt == js.IdentifierToken && !ascii(data) && len(f.Unicode) < 200 {
		// a name spelled with an invisible character, as the walker
		// reports it: fillers in strings are text
		if kind, r := hiddenIn(data); kind != "" {
			f.Unicode = append(f.Unicode, Unicode{Kind: kind, Rune: r, Run: 1, Pos: s.pos(off), Snippet: s.excerpt(off)})
		}
	}
	if r := &x.run; len(r.parts) > 0 {
		switch {
		case tt == js.AddToken && !r.plus:
			r.plus = true
			r.n++
			x.push(tok{tt, data})
			return
		case (tt == js.StringToken || tt == js.TemplateToken) && r.plus:
			if v, ok := unquote(data); ok {
				addString(f, s, x.seen, lim, v, false, false, false, off, off)
				r.parts = append(r.parts, v)
				r.plus = false
				r.n++
				x.push(tok{tt, data})
				return
			}
		case tt == js.DotToken || tt == js.OpenBracketToken || tt == js.OpenParenToken || tt == js.OptChainToken:
			// "a" + "b".x: the last literal is an operand of its own
			r.plus = true
		}
		x.endRun(tt)
	}
	if tt == js.CloseParenToken && isIdentTok(at(1)) && at(2).tt == js.OpenParenToken && string(at(3).data) == "require" {
		// require(m), m a name with a constant value
		if v, ok := x.constOf(at(1).data); ok && len(f.Imports) < lim.MaxFacts {
			f.Imports = append(f.Imports, Import{Module: strings.TrimPrefix(v, "node:"), Computed: true, Pos: s.pos(off), Snippet: s.excerpt(off)})
			if at(4).tt == js.EqToken && isIdentTok(at(5)) {
				x.bindings[string(at(5).data)] = strings.TrimPrefix(v, "node:")
			}
		}
	}
	if tt == js.EqToken && isIdentTok(at(1)) && at(2).tt != js.DotToken {
		// declared or assigned again, with whatever value
		if _, ok := x.consts[string(at(1).data)]; ok {
			x.reassigned[string(at(1).data)] = true
		}
	}
	switch {
	case tt == js.RegExpToken:
		addString(f, s, x.seen, lim, string(data), false, false, false, off, off)
	case tt == js.StringToken || tt == js.TemplateToken:
		v, ok := unquote(data)
		if !ok {
			break
		}
		addString(f, s, x.seen, lim, v, false, false, false, off, off)
		// the start of a run: it is acted on at its end
		x.run = lexRun{parts: append(x.partsBuf[:0], v), n: 1, off: off, call: -1, ctx: [5]tok{at(1), at(2), at(3), at(4), at(5)}}
		if x.pendingCall >= 0 && at(1).tt == js.OpenParenToken {
			x.run.call = x.pendingCall
		}
	case isIdentTok(tok{tt, data}):
		f.Idents.Total++
		if len(data) >= 5 && data[0] == '_' && data[1] == '0' && data[2] == 'x' && isHex(data[3:]) && len(x.hex) < 100000 {
			if len(x.hex) == 0 {
				f.Idents.HexAfter = f.Idents.Total - 1
			}
			x.hex[string(data)] = struct{}{}
		}
		if at(1).tt == js.DotToken && string(at(2).data) == "env" && string(at(4).data) == "process" && len(f.Env) < lim.MaxFacts {
			f.Env = append(f.Env, EnvRead{Name: string(data), Pos: s.pos(off), Snippet: s.excerpt(off)})
		}
	case tt == js.OpenParenToken:
		x.pendingCall = -1
		if isIdentTok(at(1)) || at(1).tt == js.CloseBracketToken {
			callee := x.dottedBack(1)
			if interesting(callee) && len(f.Calls) < lim.MaxFacts {
				f.Calls = append(f.Calls, Call{Callee: callee, New: at(2).tt == js.NewToken, TopLevel: x.braces == 0, Pos: s.pos(off), Snippet: s.excerpt(off)})
				x.pendingCall = len(f.Calls) - 1
			}
		}
	case tt == js.CloseParenToken || tt == js.CommaToken:
		if string(at(1).data) == "env" && string(at(3).data) == "process" && at(2).tt == js.DotToken && len(f.Env) < lim.MaxFacts {
			f.Env = append(f.Env, EnvRead{How: "arg", Pos: s.pos(off), Snippet: s.excerpt(off)})
		}
	case tt == js.EqToken:
		if isIdentTok(at(1)) && at(2).tt == js.DotToken {
			if d := x.dottedBack(1); notableAssign(d) && len(f.Assigns) < lim.MaxFacts {
				f.Assigns = append(f.Assigns, Assign{Target: d, Pos: s.pos(off), Snippet: s.excerpt(off)})
			}
		}
	case tt == js.OpenBraceToken:
		x.braces++
	case tt == js.CloseBraceToken:
		if x.braces > 0 {
			x.braces--
		}
	}
	if tt != js.OpenParenToken && tt != js.StringToken {
		x.pendingCall = -1
	}
	x.push(tok{tt, data})
}

// endRun acts on the value of the run, ended by the token tt.
func (x *lexer) endRun(tt js.TokenType) {
	f, s, lim, r := x.f, x.s, x.lim, &x.run
	v := strings.Join(r.parts, "")
	clean := !r.plus && len(v) <= maxFoldLen
	if clean && len(r.parts) > 1 {
		addString(f, s, x.seen, lim, v, false, false, false, r.off, r.off)
	}
	ends := tt == js.CloseParenToken || tt == js.CommaToken
	// the k-th token before the run
	atRun := func(k int) tok {
		if k <= len(r.ctx) {
			return r.ctx[k-1]
		}
		return x.at(k + r.n)
	}
	if atRun(1).tt == js.OpenParenToken && (string(atRun(2).data) == "require" || atRun(2).tt == js.ImportToken) {
		if len(f.Imports) < lim.MaxFacts {
			f.Imports = append(f.Imports, Import{Module: strings.TrimPrefix(v, "node:"), Computed: len(r.parts) > 1, Dynamic: atRun(2).tt == js.ImportToken, Pos: s.pos(r.off), Snippet: s.excerpt(r.off)})
		}
		mod := strings.TrimPrefix(v, "node:")
		if atRun(3).tt == js.EqToken && isIdentTok(atRun(4)) {
			x.bindings[string(atRun(4).data)] = mod
		}
		if atRun(3).tt == js.EqToken && atRun(4).tt == js.CloseBraceToken {
			// const { a, b: c } = require("m")
			for k := 5; k+r.n <= len(x.hist) && atRun(k).tt != js.OpenBraceToken; k++ {
				if isIdentTok(atRun(k)) {
					key := string(atRun(k).data)
					if atRun(k+1).tt == js.ColonToken && isIdentTok(atRun(k+2)) {
						key = string(atRun(k + 2).data)
					}
					x.bindings[string(atRun(k).data)] = mod + "." + key
				}
			}
		}
	} else if len(r.parts) == 1 && (atRun(1).tt == js.FromToken || atRun(1).tt == js.ImportToken) {
		if len(f.Imports) < lim.MaxFacts {
			f.Imports = append(f.Imports, Import{Module: strings.TrimPrefix(v, "node:"), Pos: s.pos(r.off), Snippet: s.excerpt(r.off)})
		}
	}
	if r.call >= 0 && (ends || r.plus || len(r.parts) == 1) {
		f.Calls[r.call].Args = []Arg{{Value: clip(v, 4096), Known: true}}
	}
	if atRun(1).tt == js.OpenBracketToken && string(atRun(2).data) == "env" && string(atRun(4).data) == "process" {
		f.Env = append(f.Env, EnvRead{Name: v, Pos: s.pos(r.off), Snippet: s.excerpt(r.off)})
	}
	// var m = "child_" + "process";
	switch atRun(3).tt {
	case js.VarToken, js.LetToken, js.ConstToken:
		if clean && atRun(1).tt == js.EqToken && isIdentTok(atRun(2)) && (ends || tt == js.SemicolonToken || tt == js.CloseBraceToken || isIdentTok(tok{tt: tt})) && len(x.consts) < 10000 {
			if _, ok := x.consts[string(atRun(2).data)]; !ok {
				x.consts[string(atRun(2).data)] = v
			}
		}
	}
	x.partsBuf = r.parts[:0]
	*r = lexRun{}
}

const (
	// lexWindow is how much of a file the lexer sees at once after an
	// error, and lexWindowMin that after many: each further error costs
	// the lexer a copy of its window.
	lexWindow    = 1 << 20
	lexWindowMin = 16 << 10
	// maxLexRestarts bounds the lexer errors skipped in one file.
	maxLexRestarts = 100000
)

func windowFor(restarts int) int {
	if restarts < 64 {
		return lexWindow
	}
	return lexWindowMin
}

// cutAt returns where a lexer window that should end near i ends: just
// after the next line break, or failing that (a minified line) the next
// space or punctuation that cannot be part of a longer token, within 4 KiB.
func cutAt(src []byte, i int) int {
	end := min(len(src), i+4096)
	if j := bytes.IndexByte(src[i:end], '\n'); j >= 0 {
		return i + j + 1
	}
	for k := i; k < end; k++ {
		switch src[k] {
		case ' ', '\t', ';', ',', '(', ')', '{', '}', '[', ']':
			return k + 1
		}
	}
	return end
}

// ascii reports whether b holds only ASCII bytes.
func ascii(b []byte) bool {
	for _, c := range b {
		if c >= utf8.RuneSelf {
			return false
		}
	}
	return true
}
