package jsast

import (
	"bytes"
	"io"
	"strings"

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

// lexScan extracts facts token by token, for files the parser rejected.
// It never fails: a lexer error skips to the next line and goes on. It
// returns the bytes the lexer read and copied, which tests bound.
func (f *Facts) lexScan(s *source, buf []byte, lim Limits) (work int) {
	bindings := map[string]string{}
	seen := map[string]struct{}{}
	hex := map[string]struct{}{}
	var hist []tok // significant tokens, bounded
	push := func(t tok) {
		if len(hist) == 32 {
			copy(hist, hist[1:])
			hist = hist[:31]
		}
		hist = append(hist, t)
	}
	at := func(i int) tok { // i-th from the end, 1-based
		if i <= len(hist) {
			return hist[len(hist)-i]
		}
		return tok{}
	}
	isIdent := func(t tok) bool { return js.IsIdentifierName(t.tt) || t.tt == js.IdentifierToken }
	// consts are names declared with a constant string (see endRun);
	// reassigned are those assigned again after: the lexer knows no
	// scopes, so only a name given one value in the file is taken for it.
	consts := map[string]string{}
	reassigned := map[string]bool{}
	constOf := func(name []byte) (string, bool) {
		v, ok := consts[string(name)]
		return v, ok && !reassigned[string(name)]
	}
	constTok := func(t tok) (string, bool) {
		if t.tt == js.StringToken {
			return unquote(t.data)
		}
		if isIdent(t) {
			return constOf(t.data)
		}
		return "", false
	}
	// dottedBack builds a.b.c ending at the token i-th from the end;
	// x["b"], x[k] with k a constant and require("m").b name members too.
	dottedBack := func(i int) string {
		var parts []string
		module := false
		for k := i; k <= len(hist) && len(parts) < 32; {
			t := at(k)
			if t.tt == js.CloseBracketToken {
				v, ok := constTok(at(k + 1))
				if !ok || at(k+2).tt != js.OpenBracketToken {
					break
				}
				if v != "default" { // interop: m["default"] is m
					parts = append(parts, v)
				}
				k += 3
				continue
			}
			if t.tt == js.CloseParenToken && len(parts) > 0 && at(k+2).tt == js.OpenParenToken && string(at(k+3).data) == "require" {
				// require("https").get: the chain starts at the module
				if m, ok := constTok(at(k + 1)); ok {
					parts = append(parts, strings.TrimPrefix(m, "node:"))
					module = true
				}
				break
			}
			if !isIdent(t) {
				break
			}
			parts = append(parts, string(t.data))
			if at(k+1).tt != js.DotToken {
				break
			}
			k += 2
		}
		if len(parts) == 0 {
			return ""
		}
		for a, b := 0, len(parts)-1; a < b; a, b = a+1, b-1 {
			parts[a], parts[b] = parts[b], parts[a]
		}
		if m, ok := bindings[parts[0]]; ok && !module {
			parts[0] = m
		}
		return normCallee(strings.Join(parts, "."))
	}
	pendingCall := -1
	// run is a string literal, or literals joined by +, being read: what
	// it is for (a require, a call's argument, a name's value) is known at
	// its end.
	var run lexRun
	var partsBuf []string
	// endRun acts on the value of the run, ended by the token tt.
	endRun := func(tt js.TokenType) {
		r := &run
		v := strings.Join(r.parts, "")
		clean := !r.plus && len(v) <= maxFoldLen
		if clean && len(r.parts) > 1 {
			addString(f, s, seen, lim, v, false, r.off, r.off)
		}
		ends := tt == js.CloseParenToken || tt == js.CommaToken
		atRun := func(k int) tok {
			if k <= len(r.ctx) {
				return r.ctx[k-1]
			}
			return at(k + r.n)
		}
		if atRun(1).tt == js.OpenParenToken && (string(atRun(2).data) == "require" || atRun(2).tt == js.ImportToken) {
			if len(f.Imports) < lim.MaxFacts {
				f.Imports = append(f.Imports, Import{Module: strings.TrimPrefix(v, "node:"), Computed: len(r.parts) > 1, Dynamic: atRun(2).tt == js.ImportToken, Pos: s.pos(r.off), Snippet: s.excerpt(r.off)})
			}
			mod := strings.TrimPrefix(v, "node:")
			if atRun(3).tt == js.EqToken && isIdent(atRun(4)) {
				bindings[string(atRun(4).data)] = mod
			}
			if atRun(3).tt == js.EqToken && atRun(4).tt == js.CloseBraceToken {
				// const { a, b: c } = require("m")
				for k := 5; k+r.n <= len(hist) && atRun(k).tt != js.OpenBraceToken; k++ {
					if isIdent(atRun(k)) {
						key := string(atRun(k).data)
						if atRun(k+1).tt == js.ColonToken && isIdent(atRun(k+2)) {
							key = string(atRun(k + 2).data)
						}
						bindings[string(atRun(k).data)] = mod + "." + key
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
			if clean && atRun(1).tt == js.EqToken && isIdent(atRun(2)) && (ends || tt == js.SemicolonToken || tt == js.CloseBraceToken || isIdent(tok{tt: tt})) && len(consts) < 10000 {
				if _, ok := consts[string(atRun(2).data)]; !ok {
					consts[string(atRun(2).data)] = v
				}
			}
		}
		partsBuf = r.parts[:0]
		*r = lexRun{}
	}
	braces := 0
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
				p := at(1)
				if !(isIdent(p) || js.IsNumeric(p.tt) || p.tt == js.StringToken || p.tt == js.CloseParenToken || p.tt == js.CloseBracketToken || p.tt == js.CloseBraceToken || p.tt == js.TemplateToken || p.tt == js.TemplateEndToken || p.tt == js.ThisToken) {
					tt, data = l.RegExp()
				}
			}
			off := s.offsetOf(data)
			if off >= 0 {
				lastEnd = off + len(data)
			}
			if len(run.parts) > 0 {
				switch {
				case tt == js.AddToken && !run.plus:
					run.plus = true
					run.n++
					push(tok{tt, data})
					continue
				case (tt == js.StringToken || tt == js.TemplateToken) && run.plus:
					if v, ok := unquote(data); ok {
						addString(f, s, seen, lim, v, false, off, off)
						run.parts = append(run.parts, v)
						run.plus = false
						run.n++
						push(tok{tt, data})
						continue
					}
				case tt == js.DotToken || tt == js.OpenBracketToken || tt == js.OpenParenToken || tt == js.OptChainToken:
					// "a" + "b".x: the last literal is an operand of its own
					run.plus = true
				}
				endRun(tt)
			}
			if tt == js.CloseParenToken && isIdent(at(1)) && at(2).tt == js.OpenParenToken && string(at(3).data) == "require" {
				// require(m), m a name with a constant value
				if v, ok := constOf(at(1).data); ok && len(f.Imports) < lim.MaxFacts {
					f.Imports = append(f.Imports, Import{Module: strings.TrimPrefix(v, "node:"), Computed: true, Pos: s.pos(off), Snippet: s.excerpt(off)})
					if at(4).tt == js.EqToken && isIdent(at(5)) {
						bindings[string(at(5).data)] = strings.TrimPrefix(v, "node:")
					}
				}
			}
			if tt == js.EqToken && isIdent(at(1)) && at(2).tt != js.DotToken {
				// declared or assigned again, with whatever value
				if _, ok := consts[string(at(1).data)]; ok {
					reassigned[string(at(1).data)] = true
				}
			}
			switch {
			case tt == js.RegExpToken:
				addString(f, s, seen, lim, string(data), false, off, off)
			case tt == js.StringToken || tt == js.TemplateToken:
				v, ok := unquote(data)
				if !ok {
					break
				}
				addString(f, s, seen, lim, v, false, off, off)
				// the start of a run: it is acted on at its end
				run = lexRun{parts: append(partsBuf[:0], v), n: 1, off: off, call: -1, ctx: [5]tok{at(1), at(2), at(3), at(4), at(5)}}
				if pendingCall >= 0 && at(1).tt == js.OpenParenToken {
					run.call = pendingCall
				}
			case isIdent(tok{tt, data}):
				f.Idents.Total++
				if len(data) >= 5 && data[0] == '_' && data[1] == '0' && data[2] == 'x' && isHex(data[3:]) && len(hex) < 100000 {
					hex[string(data)] = struct{}{}
				}
				if at(1).tt == js.DotToken && string(at(2).data) == "env" && string(at(4).data) == "process" && len(f.Env) < lim.MaxFacts {
					f.Env = append(f.Env, EnvRead{Name: string(data), Pos: s.pos(off), Snippet: s.excerpt(off)})
				}
			case tt == js.OpenParenToken:
				pendingCall = -1
				if isIdent(at(1)) || at(1).tt == js.CloseBracketToken {
					callee := dottedBack(1)
					if interesting(callee) && len(f.Calls) < lim.MaxFacts {
						f.Calls = append(f.Calls, Call{Callee: callee, New: at(2).tt == js.NewToken || at(2).tt == js.DotToken && false, TopLevel: braces == 0, Pos: s.pos(off), Snippet: s.excerpt(off)})
						pendingCall = len(f.Calls) - 1
					}
				}
			case tt == js.CloseParenToken || tt == js.CommaToken:
				if string(at(1).data) == "env" && string(at(3).data) == "process" && at(2).tt == js.DotToken && len(f.Env) < lim.MaxFacts {
					f.Env = append(f.Env, EnvRead{How: "arg", Pos: s.pos(off), Snippet: s.excerpt(off)})
				}
			case tt == js.EqToken:
				if isIdent(at(1)) && at(2).tt == js.DotToken {
					if d := dottedBack(1); notableAssign(d) && len(f.Assigns) < lim.MaxFacts {
						f.Assigns = append(f.Assigns, Assign{Target: d, Pos: s.pos(off), Snippet: s.excerpt(off)})
					}
				}
			case tt == js.OpenBraceToken:
				braces++
			case tt == js.CloseBraceToken:
				if braces > 0 {
					braces--
				}
			}
			if tt != js.OpenParenToken && !(tt == js.StringToken && at(1).tt == js.OpenParenToken) {
				if pendingCall >= 0 && tt != js.StringToken {
					pendingCall = -1
				}
			}
			push(tok{tt, data})
		}
		if len(run.parts) > 0 && l.Err() == io.EOF && end == n {
			endRun(js.ErrorToken)
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
		hist, run = hist[:0], lexRun{}
	}
	f.Idents.Hex = len(hex)
	return work + spent
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
