package jsast

import (
	"bytes"
	"errors"
	"io"
	"slices"

	"github.com/tdewolff/parse/v2"
	"github.com/tdewolff/parse/v2/js"
)

// eraseTypes returns a TypeScript file (.ts, .mts, .cts; not TSX) as
// JavaScript by blanking its type syntax in place: annotations, type
// arguments and parameters, interfaces, type aliases, declare blocks,
// overload signatures, `as`/`satisfies` casts, non-null `!`, modifiers.
// Every byte keeps its offset (blanked bytes become spaces, line breaks
// stay), so positions need no source map. It is the cheap road: esbuild's
// transform costs a fixed third of a millisecond per file before any
// work, more than analysing a small file. ok is false for what needs a
// real transform (enums, namespaces, decorators, `import x = require()`,
// JSX) or for anything it does not understand; the caller then hands the
// file to esbuild.
func eraseTypes(src []byte) (out []byte, ok bool) {
	defer func() {
		if r := recover(); r != nil {
			// a bug here must not cost the file its analysis: esbuild
			// takes it (FuzzEraseTypes looks for such bugs)
			out, ok = nil, false
		}
	}()
	out, _, ok = eraseTypesAt(src)
	return out, ok
}

// eraseTypesAt is eraseTypes also returning the offset at which it gave
// up (-1 when the lexer did). It does not recover from a panic.
func eraseTypesAt(src []byte) (out []byte, failed int, ok bool) {
	e := &eraser{src: src}
	if !e.tokenize() {
		return nil, -1, false
	}
	e.stmtList(false)
	if e.bad {
		if e.failed < len(e.toks) {
			return nil, int(e.toks[e.failed].s), false
		}
		return nil, len(src), false
	}
	e.elideImports()
	if len(e.cuts) == 0 {
		return src, 0, true
	}
	out = make([]byte, len(src), len(src)+1)
	copy(out, src)
	for _, c := range e.cuts {
		for i := c[0]; i < c[1]; i++ {
			if out[i] != '\n' && out[i] != '\r' {
				out[i] = ' '
			}
		}
	}
	return out, 0, true
}

// maxEraseTokens bounds the token list: larger files go to esbuild,
// whose cost per byte is lower than its fixed cost there.
const maxEraseTokens = 1 << 20

// etok is one significant token: comments and white space are dropped,
// nl records a line break before it.
type etok struct {
	tt   js.TokenType
	s, e int32
	nl   bool
}

type eraser struct {
	src     []byte
	toks    []etok
	i       int
	cuts    [][2]int32
	match   []int32 // index of the matching bracket, filled lazily
	steps   int
	splits  []split // >> tokens split by splitGt, to undo on backtracking
	bad     bool    // the erasure gave up (fail)
	failed  int     // the token at which it gave up
	imports []importRecord
}

// fail gives up on the file: it records where, and moves to the end, where
// every loop stops and every token reads as an error.
func (e *eraser) fail() {
	if !e.bad {
		e.bad, e.failed = true, e.i
	}
	e.i = len(e.toks)
}

// more reports that a list goes on: not at its closing token, nor at the
// end.
func (e *eraser) more(closing js.TokenType) bool {
	return e.i < len(e.toks) && e.tt(0) != closing
}

type split struct {
	i int
	t etok
}

// mark is a point to backtrack to: the position, the cuts and the split
// tokens.
type mark struct {
	i, cuts, splits int
	bad             bool
}

// mark returns the current point.
func (e *eraser) mark() mark { return mark{e.i, len(e.cuts), len(e.splits), e.bad} }

// reset goes back to m, undoing the cuts and splits made since.
func (e *eraser) reset(m mark) {
	for k := len(e.splits) - 1; k >= m.splits; k-- {
		e.toks[e.splits[k].i] = e.splits[k].t
	}
	e.i, e.cuts, e.splits, e.bad = m.i, e.cuts[:m.cuts], e.splits[:m.splits], m.bad
}

// tokenize lexes the file, telling a regular expression from a division
// by the token before it.
func (e *eraser) tokenize() bool {
	buf := e.src
	if cap(buf) == len(buf) || bytes.HasPrefix(buf, []byte("#!")) {
		buf = make([]byte, len(e.src), len(e.src)+1)
		copy(buf, e.src)
		if bytes.HasPrefix(buf, []byte("#!")) {
			// the lexer does not take a hashbang line: blank it here
			for i := 0; i < len(buf) && buf[i] != '\n'; i++ {
				buf[i] = ' '
			}
		}
	}
	l := js.NewLexer(parse.NewInputBytes(buf[: len(e.src) : len(e.src)+1]))
	nl := false
	off := 0
	for {
		tt, data := l.Next()
		start := off
		off += len(data)
		switch tt {
		case js.ErrorToken:
			return errors.Is(l.Err(), io.EOF)
		case js.WhitespaceToken:
			continue
		case js.LineTerminatorToken:
			nl = true
			continue
		case js.CommentToken, js.CommentLineTerminatorToken:
			if bytes.IndexByte(data, '\n') >= 0 || tt == js.CommentLineTerminatorToken {
				nl = true
			}
			continue
		case js.DivToken, js.DivEqToken:
			if e.regexAllowed() {
				tt, data = l.RegExp()
				if tt == js.ErrorToken {
					return false
				}
				off = start + len(data)
			}
		}
		if len(e.toks) >= maxEraseTokens {
			return false
		}
		e.toks = append(e.toks, etok{tt: tt, s: int32(start), e: int32(off), nl: nl})
		nl = false
	}
}

// regexAllowed reports whether a slash after the last token starts a
// regular expression: not after an operand.
func (e *eraser) regexAllowed() bool {
	if len(e.toks) == 0 {
		return true
	}
	t := e.toks[len(e.toks)-1]
	switch t.tt {
	case js.CloseParenToken, js.CloseBracketToken, js.CloseBraceToken, js.TemplateToken, js.TemplateEndToken,
		js.StringToken, js.DecimalToken, js.BinaryToken, js.OctalToken, js.HexadecimalToken, js.IntegerToken,
		js.RegExpToken, js.IncrToken, js.DecrToken, js.PrivateIdentifierToken:
		return false
	}
	if js.IsIdentifierName(t.tt) {
		switch t.tt {
		case js.ThisToken, js.SuperToken, js.TrueToken, js.FalseToken, js.NullToken:
			return false
		}
		return js.IsReservedWord(t.tt) && t.tt != js.IdentifierToken
	}
	return true
}

// tt is the type of token i+k; past the end, an error token.
func (e *eraser) tt(k int) js.TokenType {
	if e.i+k < len(e.toks) {
		return e.toks[e.i+k].tt
	}
	return js.ErrorToken
}

// is reports token i+k is the name word.
func (e *eraser) is(k int, word string) bool {
	if e.i+k >= len(e.toks) {
		return false
	}
	t := e.toks[e.i+k]
	return js.IsIdentifierName(t.tt) && string(e.src[t.s:t.e]) == word
}

// nl reports a line break before token i+k.
func (e *eraser) nl(k int) bool {
	return e.i+k < len(e.toks) && e.toks[e.i+k].nl
}

// prevIs reports the token before i is the name word.
func (e *eraser) prevIs(word string) bool {
	e.i--
	defer func() { e.i++ }()
	return e.is(0, word)
}

// name reports token i+k is a name (keywords included).
func (e *eraser) name(k int) bool { return js.IsIdentifierName(e.tt(k)) }

// expect consumes a token of type tt, or gives up.
func (e *eraser) expect(tt js.TokenType) {
	if e.tt(0) != tt {
		e.fail()
	}
	e.i++
}

// eat consumes a token of type tt, reporting whether there was one.
func (e *eraser) eat(tt js.TokenType) bool {
	if e.tt(0) != tt {
		return false
	}
	e.i++
	return true
}

// initialiser reads `= value` when there is one.
func (e *eraser) initialiser() {
	if e.eat(js.EqToken) {
		e.assignExpr(false)
	}
}

// blank erases the current token.
func (e *eraser) blank() {
	e.cut(e.i, e.i+1)
	e.i++
}

// list reads comma-separated items up to the closing token, after the
// opening one.
func (e *eraser) list(closing js.TokenType, item func()) {
	e.i++
	for e.more(closing) {
		from := e.i
		item()
		if !e.eat(js.CommaToken) && e.tt(0) != closing {
			e.fail()
		}
		e.step(from)
	}
	e.i++
}

// step guards every loop: a token that no rule consumes ends the erasure
// instead of looping.
func (e *eraser) step(from int) {
	if e.i == from {
		e.fail()
	}
}

// cut blanks the tokens from index a up to (not including) b.
func (e *eraser) cut(a, b int) {
	if e.bad || a >= b || b > len(e.toks) {
		return
	}
	s, end := e.toks[a].s, e.toks[b-1].e
	if n := len(e.cuts); n > 0 && e.cuts[n-1][1] == s {
		e.cuts[n-1][1] = end
		return
	}
	e.cuts = append(e.cuts, [2]int32{s, end})
}

// closing returns the index of the bracket that closes the one at i.
func (e *eraser) closing(i int) int {
	if e.match == nil {
		e.match = make([]int32, len(e.toks))
		var stack []int
		for k, t := range e.toks {
			e.match[k] = -1
			switch t.tt {
			case js.OpenParenToken, js.OpenBracketToken, js.OpenBraceToken, js.TemplateStartToken:
				stack = append(stack, k)
			case js.CloseParenToken, js.CloseBracketToken, js.CloseBraceToken, js.TemplateEndToken, js.TemplateMiddleToken:
				if n := len(stack); n > 0 {
					e.match[stack[n-1]] = int32(k)
					stack = stack[:n-1]
				}
				if t.tt == js.TemplateMiddleToken {
					stack = append(stack, k)
				}
			}
		}
	}
	if i < 0 || i >= len(e.match) || e.match[i] < 0 {
		e.fail()
		return len(e.toks)
	}
	return int(e.match[i])
}

// stmtList reads statements up to the end, or up to a closing brace.
func (e *eraser) stmtList(inBlock bool) {
	for e.i < len(e.toks) {
		if inBlock && e.tt(0) == js.CloseBraceToken {
			return
		}
		from := e.i
		e.stmt()
		e.step(from)
	}
}

// block reads a braced statement list.
func (e *eraser) block() {
	e.expect(js.OpenBraceToken)
	e.stmtList(true)
	e.expect(js.CloseBraceToken)
}

// sameLine reports that token i+k exists and starts on the line of the
// token before it.
func (e *eraser) sameLine(k int) bool { return e.i+k < len(e.toks) && !e.toks[e.i+k].nl }

// stmt reads one statement.
func (e *eraser) stmt() {
	start := e.i
	switch e.tt(0) {
	case js.SemicolonToken:
		e.i++
		return
	case js.OpenBraceToken:
		e.block()
		return
	case js.VarToken, js.ConstToken:
		if e.tt(0) == js.ConstToken && e.is(1, "enum") {
			e.fail()
		}
		e.i++
		e.varList(false)
		e.semi()
		return
	case js.LetToken:
		if e.name(1) || e.tt(1) == js.OpenBraceToken || e.tt(1) == js.OpenBracketToken {
			e.i++
			e.varList(false)
			e.semi()
			return
		}
	case js.FunctionToken:
		e.function(start, true)
		return
	case js.ClassToken:
		e.class()
		return
	case js.IfToken:
		e.i++
		e.parens()
		e.stmt()
		if e.tt(0) == js.ElseToken {
			e.i++
			e.stmt()
		}
		return
	case js.ForToken:
		e.forStmt()
		return
	case js.WhileToken, js.WithToken:
		e.i++
		e.parens()
		e.stmt()
		return
	case js.DoToken:
		e.i++
		e.stmt()
		e.expect(js.WhileToken)
		e.parens()
		e.semi()
		return
	case js.SwitchToken:
		e.i++
		e.parens()
		e.expect(js.OpenBraceToken)
		for e.more(js.CloseBraceToken) {
			from := e.i
			switch e.tt(0) {
			case js.CaseToken:
				e.i++
				e.expr(false)
				e.expect(js.ColonToken)
			case js.DefaultToken:
				e.i++
				e.expect(js.ColonToken)
			default:
				e.stmt()
			}
			e.step(from)
		}
		e.i++
		return
	case js.TryToken:
		e.i++
		e.block()
		if e.tt(0) == js.CatchToken {
			e.i++
			if e.tt(0) == js.OpenParenToken {
				e.i++
				e.binding()
				e.annotation()
				e.expect(js.CloseParenToken)
			}
			e.block()
		}
		if e.tt(0) == js.FinallyToken {
			e.i++
			e.block()
		}
		return
	case js.ReturnToken, js.ThrowToken:
		e.i++
		if e.sameLine(0) && e.tt(0) != js.SemicolonToken && e.tt(0) != js.CloseBraceToken && e.i < len(e.toks) {
			e.expr(false)
		}
		e.semi()
		return
	case js.BreakToken, js.ContinueToken:
		e.i++
		if e.sameLine(0) && e.tt(0) == js.IdentifierToken {
			e.i++
		}
		e.semi()
		return
	case js.DebuggerToken:
		e.i++
		e.semi()
		return
	case js.ImportToken:
		if e.tt(1) != js.OpenParenToken && e.tt(1) != js.DotToken {
			e.importDecl(start)
			return
		}
	case js.ExportToken:
		e.exportDecl(start)
		return
	case js.EnumToken:
		e.fail()
	}
	if e.tsDecl(start) {
		return
	}
	if e.name(0) && e.tt(0) != js.ThisToken && e.tt(1) == js.ColonToken {
		e.i += 2 // label
		e.stmt()
		return
	}
	if e.tt(0) == js.AsyncToken && e.tt(1) == js.FunctionToken && e.sameLine(1) {
		e.i++
		e.function(start, true)
		return
	}
	e.expr(false)
	e.semi()
}

// tsDecl erases a declaration that only TypeScript has, from start (an
// export keyword, or the declaration itself) to its end, and reports
// whether there was one. Those that emit code fail the erasure.
func (e *eraser) tsDecl(start int) bool {
	switch {
	case e.is(0, "type") && e.name(1) && e.sameLine(1) && (e.tt(2) == js.EqToken || e.tt(2) == js.LtToken):
		e.i += 2
		if e.tt(0) == js.LtToken {
			e.typeParams()
		}
		e.expect(js.EqToken)
		e.typ()
		e.semi()
	case e.tt(0) == js.InterfaceToken && e.name(1) && e.sameLine(1):
		e.i += 2
		for e.i < len(e.toks) && e.tt(0) != js.OpenBraceToken {
			if e.tt(0) == js.LtToken {
				e.typeArgs()
				continue
			}
			e.i++
		}
		e.i = e.closing(e.i) + 1
	case e.is(0, "declare") && e.name(1) && e.sameLine(1):
		e.i++
		e.declared()
	case e.is(0, "abstract") && e.tt(1) == js.ClassToken && e.sameLine(1):
		e.cut(e.i, e.i+1)
		e.i++
		e.class()
		return true
	case (e.is(0, "namespace") || e.is(0, "module")) && e.sameLine(1) && (e.name(1) || e.tt(1) == js.StringToken):
		e.fail()
	case e.is(0, "global") && e.tt(1) == js.OpenBraceToken:
		e.fail()
	default:
		return false
	}
	e.cut(start, e.i)
	return true
}

// declared skips what follows declare: a braced body ends it, else a
// semicolon or a line break outside brackets.
func (e *eraser) declared() {
	braced := e.tt(0) == js.ClassToken || e.tt(0) == js.EnumToken || e.is(0, "module") || e.is(0, "namespace") || e.is(0, "global") || e.tt(0) == js.InterfaceToken || e.is(0, "abstract")
	first := true
	for e.i < len(e.toks) {
		t := e.tt(0)
		if !first && e.nl(0) && !braced {
			return
		}
		first = false
		switch t {
		case js.SemicolonToken:
			e.i++
			return
		case js.OpenBraceToken:
			e.i = e.closing(e.i) + 1
			if braced {
				return
			}
			continue
		case js.OpenParenToken, js.OpenBracketToken, js.TemplateStartToken:
			e.i = e.closing(e.i) + 1
			continue
		case js.LtToken:
			e.typeArgs()
			continue
		}
		e.i++
	}
}

// semi ends a statement: a semicolon, or automatic insertion before a
// closing brace, a line break or the end.
func (e *eraser) semi() {
	switch {
	case e.tt(0) == js.SemicolonToken:
		e.i++
	case e.i >= len(e.toks), e.tt(0) == js.CloseBraceToken, e.nl(0):
	default:
		e.fail()
	}
}

// parens reads a parenthesised expression (an if's condition).
func (e *eraser) parens() {
	e.expect(js.OpenParenToken)
	e.expr(false)
	e.expect(js.CloseParenToken)
}

// varList reads declarators: a binding, a definite `!`, a type, an
// initialiser. inFor stops before `in` and `of`.
func (e *eraser) varList(inFor bool) {
	for {
		e.binding()
		if e.tt(0) == js.NotToken && e.tt(1) == js.ColonToken {
			e.cut(e.i, e.i+1)
			e.i++
		}
		e.annotation()
		if e.tt(0) == js.EqToken {
			e.i++
			e.assignExpr(inFor)
		}
		if e.tt(0) != js.CommaToken {
			return
		}
		e.i++
	}
}

// binding reads an identifier or a destructuring pattern.
func (e *eraser) binding() {
	switch e.tt(0) {
	case js.OpenBraceToken:
		e.list(js.CloseBraceToken, func() {
			if e.eat(js.EllipsisToken) {
				e.binding()
				return
			}
			e.propertyKey()
			if e.eat(js.ColonToken) {
				e.binding()
			}
			e.initialiser()
		})
	case js.OpenBracketToken:
		e.list(js.CloseBracketToken, func() {
			if e.tt(0) == js.CommaToken {
				return // a hole
			}
			e.eat(js.EllipsisToken)
			e.binding()
			e.initialiser()
		})
	default:
		if !e.name(0) {
			e.fail()
		}
		e.i++
	}
}

// propertyKey reads an object or class member name.
func (e *eraser) propertyKey() {
	switch e.tt(0) {
	case js.OpenBracketToken:
		e.i++
		e.expr(false)
		e.expect(js.CloseBracketToken)
	case js.StringToken, js.DecimalToken, js.HexadecimalToken, js.BinaryToken, js.OctalToken, js.IntegerToken, js.PrivateIdentifierToken:
		e.i++
	default:
		if !e.name(0) {
			e.fail()
		}
		e.i++
	}
}

// annotation erases `: Type` (or `?: Type`, `?`) after a binding.
func (e *eraser) annotation() {
	if e.tt(0) != js.ColonToken {
		return
	}
	a := e.i
	e.i++
	e.typ()
	e.cut(a, e.i)
}

// forStmt reads a for, for-in or for-of loop.
func (e *eraser) forStmt() {
	e.i++
	if e.tt(0) == js.AwaitToken {
		e.i++
	}
	e.expect(js.OpenParenToken)
	switch {
	case e.tt(0) == js.VarToken || e.tt(0) == js.ConstToken || (e.tt(0) == js.LetToken && (e.name(1) || e.tt(1) == js.OpenBraceToken || e.tt(1) == js.OpenBracketToken)):
		e.i++
		e.varList(true)
	case e.tt(0) != js.SemicolonToken:
		e.exprNoIn()
	}
	for e.more(js.CloseParenToken) {
		from := e.i
		switch {
		case e.tt(0) == js.SemicolonToken, e.tt(0) == js.InToken, e.tt(0) == js.OfToken:
			e.i++
		default:
			e.expr(false)
		}
		e.step(from)
	}
	e.i++
	e.stmt()
}

// function reads a function from its keyword (after async): an overload
// or a declared signature without a body is erased from start.
func (e *eraser) function(start int, decl bool) {
	e.expect(js.FunctionToken)
	if e.tt(0) == js.MulToken {
		e.i++
	}
	if e.name(0) && e.tt(0) != js.OpenParenToken {
		e.i++
	}
	if !e.signature() {
		if !decl {
			e.fail()
		}
		e.semi()
		e.cut(start, e.i)
		return
	}
	e.block()
}

// signature reads type parameters, the parameter list and a return type,
// erasing the types, and reports whether a body follows.
func (e *eraser) signature() bool {
	if e.tt(0) == js.LtToken {
		a := e.i
		e.typeParams()
		e.cut(a, e.i)
	}
	e.params()
	if e.tt(0) == js.ColonToken {
		a := e.i
		e.i++
		e.returnType()
		e.cut(a, e.i)
	}
	return e.tt(0) == js.OpenBraceToken
}

// params reads a parenthesised parameter list.
func (e *eraser) params() {
	if e.tt(0) != js.OpenParenToken {
		e.fail()
	}
	e.list(js.CloseParenToken, func() {
		// parameter properties (constructor(private x: T)) lose their
		// modifier; the assignment they imply is not written
		for (e.tt(0) == js.PublicToken || e.tt(0) == js.PrivateToken || e.tt(0) == js.ProtectedToken || e.is(0, "readonly") || e.is(0, "override")) &&
			(e.name(1) || e.tt(1) == js.OpenBraceToken || e.tt(1) == js.OpenBracketToken) {
			e.blank()
		}
		if e.tt(0) == js.ThisToken && e.tt(1) == js.ColonToken {
			a := e.i
			e.i++
			e.annotation()
			end := e.i
			if e.tt(0) == js.CommaToken {
				end++ // with its comma; list reads it
			}
			e.cut(a, end)
			return
		}
		e.eat(js.EllipsisToken)
		e.binding()
		if e.tt(0) == js.QuestionToken {
			e.blank()
		}
		e.annotation()
		e.initialiser()
	})
}

// returnType reads a return type: `x is T`, `asserts x is T`, or a type.
func (e *eraser) returnType() {
	if e.is(0, "asserts") && e.name(1) && e.sameLine(1) {
		e.i += 2
		if e.is(0, "is") {
			e.i++
			e.typ()
		}
		return
	}
	if e.name(0) && e.is(1, "is") && e.sameLine(1) {
		e.i += 2
	}
	e.typ()
}

// class reads a class from its keyword.
func (e *eraser) class() {
	e.expect(js.ClassToken)
	if e.name(0) && e.tt(0) != js.ExtendsToken && e.tt(0) != js.ImplementsToken && e.tt(0) != js.OpenBraceToken {
		e.i++
	}
	if e.tt(0) == js.LtToken {
		a := e.i
		e.typeParams()
		e.cut(a, e.i)
	}
	if e.tt(0) == js.ExtendsToken {
		e.i++
		e.heritage()
	}
	if e.tt(0) == js.ImplementsToken {
		a := e.i
		for e.i < len(e.toks) && e.tt(0) != js.OpenBraceToken {
			if e.tt(0) == js.LtToken {
				e.typeArgs()
				continue
			}
			e.i++
		}
		e.cut(a, e.i)
	}
	e.expect(js.OpenBraceToken)
	for e.more(js.CloseBraceToken) {
		from := e.i
		e.member()
		e.step(from)
	}
	e.i++
}

// heritage reads the expression after extends, erasing its type
// arguments.
func (e *eraser) heritage() {
	for e.i < len(e.toks) {
		switch e.tt(0) {
		case js.OpenBraceToken, js.ImplementsToken:
			return
		case js.LtToken:
			a := e.i
			e.typeArgs()
			e.cut(a, e.i)
		case js.OpenParenToken, js.OpenBracketToken:
			close := e.closing(e.i)
			e.i++
			e.expr(false)
			if e.i != close {
				e.fail()
			}
			e.i++
		default:
			if !e.name(0) && e.tt(0) != js.DotToken {
				e.fail()
			}
			e.i++
		}
	}
}

// member reads one class member.
func (e *eraser) member() {
	start := e.i
	if e.tt(0) == js.SemicolonToken {
		e.i++
		return
	}
	if e.tt(0) == js.ErrorToken {
		e.fail() // a decorator
	}
	if e.tt(0) == js.StaticToken && e.tt(1) == js.OpenBraceToken {
		e.i++
		e.block()
		return
	}
	erase := false // abstract and declare members are types only
	for modifierWord(e) {
		switch {
		case e.is(0, "abstract"), e.is(0, "declare"):
			erase = true
			e.i++
		case e.tt(0) == js.PublicToken, e.tt(0) == js.PrivateToken, e.tt(0) == js.ProtectedToken, e.is(0, "readonly"), e.is(0, "override"):
			e.cut(e.i, e.i+1)
			e.i++
		default: // static, async, get, set, accessor: JavaScript
			e.i++
		}
	}
	if e.tt(0) == js.MulToken {
		e.i++
	}
	if e.tt(0) == js.OpenBracketToken && e.name(1) && e.tt(2) == js.ColonToken {
		// an index signature: [key: string]: T
		e.i = e.closing(e.i) + 1
		e.annotation()
		e.semi()
		e.cut(start, e.i)
		return
	}
	e.propertyKey()
	if e.tt(0) == js.QuestionToken || (e.tt(0) == js.NotToken && e.tt(1) == js.ColonToken) {
		e.cut(e.i, e.i+1)
		e.i++
	}
	if e.tt(0) == js.LtToken || e.tt(0) == js.OpenParenToken {
		if !e.signature() {
			// an overload or an abstract method
			e.semi()
			e.cut(start, e.i)
			return
		}
		e.block()
		if erase {
			e.cut(start, e.i)
		}
		return
	}
	e.annotation()
	if e.tt(0) == js.EqToken {
		e.i++
		e.assignExpr(false)
	}
	e.semi()
	if erase {
		e.cut(start, e.i)
	}
}

// modifierWord reports a class member modifier: the word followed, on the
// same line, by something that is not the end of a member named so.
func modifierWord(e *eraser) bool {
	switch {
	case e.tt(0) == js.StaticToken, e.tt(0) == js.PublicToken, e.tt(0) == js.PrivateToken, e.tt(0) == js.ProtectedToken,
		e.tt(0) == js.AsyncToken, e.tt(0) == js.GetToken, e.tt(0) == js.SetToken,
		e.is(0, "readonly"), e.is(0, "abstract"), e.is(0, "override"), e.is(0, "declare"), e.is(0, "accessor"):
	default:
		return false
	}
	switch e.tt(1) {
	case js.OpenParenToken, js.EqToken, js.SemicolonToken, js.ColonToken, js.QuestionToken, js.LtToken, js.CloseBraceToken, js.NotToken:
		return false
	}
	return e.sameLine(1)
}

// importDecl reads an import declaration, erasing it when it imports
// types only.
func (e *eraser) importDecl(start int) {
	e.i++
	if e.is(0, "type") && (e.name(1) && !e.is(1, "from") || e.tt(1) == js.OpenBraceToken || e.tt(1) == js.MulToken) {
		e.skipToSemi()
		e.cut(start, e.i)
		return
	}
	imp := importRecord{start: start}
	typesOnly := false // a braced list of types only
	for e.i < len(e.toks) && e.tt(0) != js.StringToken {
		from := e.i
		switch {
		case e.tt(0) == js.OpenBraceToken:
			n := len(imp.specs)
			imp.specs = e.specifiers(imp.specs)
			typesOnly = len(imp.specs) == n
		case e.tt(0) == js.EqToken:
			e.fail() // import x = require("…")
		case e.name(0) && !e.is(0, "from") && !e.is(0, "as"):
			imp.specs = append(imp.specs, importSpec{name: e.i})
			e.i++
		default:
			e.i++
		}
		e.step(from)
	}
	e.expect(js.StringToken)
	if e.tt(0) == js.WithToken || e.is(0, "assert") && e.sameLine(0) {
		e.i++
		e.i = e.closing(e.i) + 1
	}
	e.semi()
	switch {
	case len(imp.specs) > 0:
		imp.end = e.i
		e.imports = append(e.imports, imp)
	case typesOnly:
		e.cut(start, e.i)
	}
}

// importRecord is an import with bindings: TypeScript drops those only
// types use, and the whole import when none is left.
type importRecord struct {
	start, end int
	specs      []importSpec
}

// importSpec is one binding: name is its token; a, b the tokens of a
// braced specifier with its comma (blanked alone when unused), or 0, 0.
type importSpec struct{ name, a, b int }

// elideImports blanks the imported names that no code uses after the
// types are gone, and an import none of whose names is used, as
// TypeScript does: an import kept only for its types does not load the
// module.
func (e *eraser) elideImports() {
	if len(e.imports) == 0 {
		return
	}
	names := map[string]bool{}
	for _, imp := range e.imports {
		for _, sp := range imp.specs {
			t := e.toks[sp.name]
			names[string(e.src[t.s:t.e])] = false
		}
	}
	cuts := slices.Clone(e.cuts)
	slices.SortFunc(cuts, func(a, b [2]int32) int { return int(a[0] - b[0]) })
	c, imp := 0, 0
	for k := 0; k < len(e.toks); k++ {
		if imp < len(e.imports) && k == e.imports[imp].start {
			k = e.imports[imp].end - 1
			imp++
			continue
		}
		t := e.toks[k]
		for c < len(cuts) && cuts[c][1] <= t.s {
			c++
		}
		if c < len(cuts) && cuts[c][0] <= t.s || !js.IsIdentifierName(t.tt) || e.propertyName(k) {
			continue
		}
		if used, ok := names[string(e.src[t.s:t.e])]; ok && !used {
			names[string(e.src[t.s:t.e])] = true
		}
	}
	for _, imp := range e.imports {
		any := false
		for _, sp := range imp.specs {
			t := e.toks[sp.name]
			any = any || names[string(e.src[t.s:t.e])]
		}
		if !any {
			e.cut(imp.start, imp.end)
			continue
		}
		for _, sp := range imp.specs {
			t := e.toks[sp.name]
			if !names[string(e.src[t.s:t.e])] && sp.b > sp.a {
				e.cut(sp.a, sp.b)
			}
		}
	}
}

// propertyName reports a name token that is a property, not a use of a
// binding: after a dot, or a key before a colon in an object literal.
func (e *eraser) propertyName(k int) bool {
	if k == 0 {
		return false
	}
	switch e.toks[k-1].tt {
	case js.DotToken, js.OptChainToken:
		return true
	case js.OpenBraceToken, js.CommaToken:
		return k+1 < len(e.toks) && e.toks[k+1].tt == js.ColonToken
	}
	return false
}

// specifiers erases the `type X` entries of an import or export list
// and appends the others to specs.
func (e *eraser) specifiers(specs []importSpec) []importSpec {
	end := e.closing(e.i)
	e.i++
	for e.i < end {
		a := e.i
		typeOnly := e.is(0, "type") && e.name(1) && !e.is(1, "as")
		for e.i < end && e.tt(0) != js.CommaToken {
			e.i++
		}
		last := e.i - 1
		if e.i < end {
			e.i++
		}
		if typeOnly {
			e.cut(a, e.i)
		} else if last >= a {
			specs = append(specs, importSpec{name: last, a: a, b: e.i})
		}
	}
	e.i = end + 1
	return specs
}

// skipToSemi skips a statement that is erased whole: up to a semicolon,
// or a line break after its last clause.
func (e *eraser) skipToSemi() {
	for e.i < len(e.toks) {
		switch e.tt(0) {
		case js.SemicolonToken:
			e.i++
			return
		case js.OpenBraceToken:
			e.i = e.closing(e.i) + 1
			continue
		}
		if e.i > 0 && e.nl(0) && !e.is(0, "from") && !e.is(0, "as") {
			switch p := e.toks[e.i-1]; {
			case p.tt == js.StringToken, p.tt == js.CloseBraceToken, p.tt == js.IdentifierToken && !e.prevIs("type") && !e.prevIs("as"):
				return
			}
		}
		e.i++
	}
}

// exportDecl reads an export declaration.
func (e *eraser) exportDecl(start int) {
	e.i++
	switch {
	case e.is(0, "type") && (e.tt(1) == js.OpenBraceToken || e.tt(1) == js.MulToken):
		e.skipToSemi()
		e.cut(start, e.i)
		return
	case e.tt(0) == js.EqToken, e.tt(0) == js.ImportToken:
		e.fail()
	case e.is(0, "as") && e.is(1, "namespace"):
		e.skipToSemi()
		e.cut(start, e.i)
		return
	case e.tt(0) == js.OpenBraceToken:
		e.specifiers(nil)
		if e.is(0, "from") {
			e.i += 2
		}
		e.semi()
		return
	case e.tt(0) == js.MulToken:
		e.skipToSemi()
		return
	case e.tt(0) == js.DefaultToken:
		e.i++
		switch {
		case e.tt(0) == js.InterfaceToken || (e.is(0, "abstract") && e.tt(1) == js.ClassToken):
			e.tsDecl(start)
		case e.tt(0) == js.FunctionToken:
			e.function(start, true)
		case e.tt(0) == js.AsyncToken && e.tt(1) == js.FunctionToken:
			e.i++
			e.function(start, true)
		case e.tt(0) == js.ClassToken:
			e.class()
		default:
			e.assignExpr(false)
			e.semi()
		}
		return
	}
	if e.tsDecl(start) {
		return
	}
	if e.tt(0) == js.AsyncToken && e.tt(1) == js.FunctionToken {
		e.i++
		e.function(start, true)
		return
	}
	if e.tt(0) == js.FunctionToken {
		e.function(start, true)
		return
	}
	e.stmt()
}

// expr reads an expression with commas.
func (e *eraser) expr(inFor bool) {
	for {
		e.assignExpr(inFor)
		if e.tt(0) != js.CommaToken {
			return
		}
		e.i++
	}
}

// exprNoIn reads a for loop's head expression, which stops at in and of.
func (e *eraser) exprNoIn() { e.expr(true) }

// assignExpr reads an expression without top-level commas, erasing the
// casts, type arguments and non-null assertions in it. inFor stops at
// `in` and `of`.
func (e *eraser) assignExpr(inFor bool) {
	operand := false // the last token ended an operand
	questions := 0
	for e.i < len(e.toks) {
		from := e.i
		t := e.tt(0)
		if operand {
			if e.nl(0) && !continues(t) {
				return // automatic semicolon
			}
			switch {
			case t == js.OpenParenToken:
				e.args()
			case t == js.OpenBracketToken:
				e.i++
				e.expr(false)
				e.expect(js.CloseBracketToken)
			case t == js.DotToken || t == js.OptChainToken:
				e.i++
				switch e.tt(0) {
				case js.OpenParenToken, js.OpenBracketToken, js.TemplateToken, js.TemplateStartToken:
					continue
				}
				if !e.name(0) && e.tt(0) != js.PrivateIdentifierToken {
					e.fail()
				}
				e.i++
			case t == js.TemplateToken:
				e.i++
			case t == js.TemplateStartToken:
				e.template()
			case t == js.NotToken:
				e.cut(e.i, e.i+1) // x!: non-null
				e.i++
			case t == js.IncrToken || t == js.DecrToken:
				e.i++
			case (e.is(0, "as") || e.is(0, "satisfies")) && t != js.StringToken:
				a := e.i
				e.i++
				e.typ()
				e.cut(a, e.i)
			case t == js.LtToken && e.typeArgsCall():
			case t == js.QuestionToken:
				questions++
				e.i++
				operand = false
			case t == js.ColonToken:
				if questions == 0 {
					return
				}
				questions--
				e.i++
				operand = false
			case t == js.InToken || t == js.OfToken && e.is(0, "of"):
				if inFor {
					return
				}
				e.i++
				operand = false
			case t == js.ArrowToken:
				e.fail()
			case binaryOperator(t):
				e.i++
				operand = false
			default:
				return
			}
			e.step(from)
			continue
		}
		switch {
		case t == js.OpenParenToken:
			e.arrowOrParens(questions)
			operand = true
		case t == js.AsyncToken && e.sameLine(1) && (e.tt(1) == js.OpenParenToken || e.tt(1) == js.LtToken) && e.arrowAhead(1):
			e.i++
		case t == js.AsyncToken && e.tt(1) == js.FunctionToken && e.sameLine(1):
			e.i++
		case t == js.AsyncToken && e.name(1) && e.tt(2) == js.ArrowToken && e.sameLine(1):
			e.i++
		case t == js.FunctionToken:
			e.function(e.i, false)
			operand = true
		case t == js.ClassToken:
			e.class()
			operand = true
		case t == js.OpenBraceToken:
			e.object()
			operand = true
		case t == js.OpenBracketToken:
			e.array()
			operand = true
		case t == js.TemplateToken:
			e.i++
			operand = true
		case t == js.TemplateStartToken:
			e.template()
			operand = true
		case t == js.LtToken:
			// <T>x, or the type parameters of <T>(x: T) => x
			a := e.i
			e.typeArgs()
			e.cut(a, e.i)
		case t == js.NewToken:
			e.i++
			if e.tt(0) == js.DotToken {
				e.i += 2
				operand = true
			}
		case e.name(0) && e.tt(1) == js.ArrowToken && e.sameLine(1):
			e.i += 2
			e.arrowBody()
			operand = true
		case e.name(0):
			switch t {
			case js.TypeofToken, js.VoidToken, js.DeleteToken, js.AwaitToken, js.YieldToken:
				e.i++
				if t == js.YieldToken && e.tt(0) == js.MulToken {
					e.i++
				}
				if t == js.YieldToken && (!e.sameLine(0) || ends(e.tt(0))) {
					operand = true
				}
			default:
				e.i++
				operand = true
			}
		case t == js.StringToken || t == js.RegExpToken || isNumber(t) || t == js.PrivateIdentifierToken:
			e.i++
			operand = true
		case t == js.EllipsisToken || unaryOperator(t):
			e.i++
		default:
			e.fail()
		}
		e.step(from)
	}
}

// continues reports a token that, after a line break, still continues
// the expression before it.
func continues(t js.TokenType) bool {
	switch t {
	case js.OpenParenToken, js.OpenBracketToken, js.DotToken, js.OptChainToken, js.TemplateToken, js.TemplateStartToken,
		js.QuestionToken, js.ColonToken, js.CommaToken, js.EqToken, js.InToken, js.InstanceofToken:
		return true
	case js.IncrToken, js.DecrToken, js.NotToken:
		return false
	}
	return binaryOperator(t)
}

// ends reports a token that closes an expression (a bare yield before it
// has no operand).
func ends(t js.TokenType) bool {
	switch t {
	case js.CloseParenToken, js.CloseBracketToken, js.CloseBraceToken, js.CommaToken, js.SemicolonToken, js.ColonToken:
		return true
	}
	return false
}

// isNumber reports a numeric literal.
func isNumber(t js.TokenType) bool {
	switch t {
	case js.DecimalToken, js.BinaryToken, js.OctalToken, js.HexadecimalToken, js.IntegerToken:
		return true
	}
	return false
}

// unaryOperator reports a prefix operator.
func unaryOperator(t js.TokenType) bool {
	switch t {
	case js.NotToken, js.BitNotToken, js.AddToken, js.SubToken, js.IncrToken, js.DecrToken:
		return true
	}
	return false
}

// binaryOperator reports an operator between two operands, assignments
// included.
func binaryOperator(t js.TokenType) bool {
	if t == js.InstanceofToken || t == js.InToken {
		return true
	}
	if !js.IsOperator(t) {
		return false
	}
	switch t {
	case js.NotToken, js.BitNotToken, js.IncrToken, js.DecrToken, js.ArrowToken, js.QuestionToken, js.OptChainToken, js.EllipsisToken:
		return false
	}
	return true
}

// args reads call arguments.
func (e *eraser) args() {
	e.list(js.CloseParenToken, func() { e.assignExpr(false) })
}

// template reads a template literal with substitutions.
func (e *eraser) template() {
	e.i++ // TemplateStart
	for !e.bad {
		e.expr(false)
		switch e.tt(0) {
		case js.TemplateMiddleToken:
			e.i++
		case js.TemplateEndToken:
			e.i++
			return
		default:
			e.fail()
		}
	}
}

// array reads an array literal.
func (e *eraser) array() {
	e.list(js.CloseBracketToken, func() {
		if e.tt(0) != js.CommaToken { // else a hole
			e.assignExpr(false)
		}
	})
}

// object reads an object literal (or an assignment pattern).
func (e *eraser) object() {
	e.list(js.CloseBraceToken, func() {
		if e.eat(js.EllipsisToken) {
			e.assignExpr(false)
			return
		}
		for (e.tt(0) == js.AsyncToken || e.tt(0) == js.GetToken || e.tt(0) == js.SetToken) && e.sameLine(1) && !endsKey(e.tt(1)) {
			e.i++
		}
		e.eat(js.MulToken)
		e.propertyKey()
		switch e.tt(0) {
		case js.ColonToken, js.EqToken:
			e.i++
			e.assignExpr(false)
		case js.OpenParenToken, js.LtToken:
			if !e.signature() {
				e.fail()
			}
			e.block()
		}
	})
}

// endsKey reports a token after which get, set or async is a property's
// name, not its modifier.
func endsKey(t js.TokenType) bool {
	switch t {
	case js.OpenParenToken, js.ColonToken, js.CommaToken, js.CloseBraceToken, js.LtToken, js.EqToken:
		return true
	}
	return false
}

// arrowAhead reports whether the parenthesis (or type parameter list) at
// i+k opens an arrow function's parameters.
func (e *eraser) arrowAhead(k int) bool {
	j := e.i + k
	if e.toks[j].tt == js.LtToken {
		return true
	}
	c := e.closing(j)
	if c+1 >= len(e.toks) || e.toks[c+1].nl {
		return false
	}
	switch e.toks[c+1].tt {
	case js.ArrowToken:
		return true
	case js.ColonToken:
		return e.typeThenArrow(c + 2)
	}
	return false
}

// typeThenArrow reports whether a type starting at token j is followed
// by an arrow.
func (e *eraser) typeThenArrow(j int) bool {
	m := e.mark()
	defer e.reset(m)
	e.i = j
	e.returnType()
	return !e.bad && e.tt(0) == js.ArrowToken && e.sameLine(0)
}

// arrowOrParens reads a parenthesis in operand position: an arrow
// function's parameters (erasing their types and the return type), or a
// parenthesised expression. It reports an arrow. An arrow with a return
// type inside a conditional's first branch is ambiguous: it fails.
func (e *eraser) arrowOrParens(questions int) bool {
	if !e.arrowAhead(0) {
		e.i++
		e.expr(false)
		e.expect(js.CloseParenToken)
		return false
	}
	c := e.closing(e.i)
	if questions > 0 && e.toks[c+1].tt == js.ColonToken {
		// c ? (x): T => y : z, or c ? (x) : y => z: an arrow with a
		// return type only if the conditional's colon follows it
		m := e.mark()
		e.arrow()
		if !e.bad && e.tt(0) == js.ColonToken {
			return true
		}
		e.reset(m)
		e.i++
		e.expr(false)
		e.expect(js.CloseParenToken)
		return false
	}
	e.arrow()
	return true
}

// arrow reads an arrow function from its parameter list.
func (e *eraser) arrow() {
	e.params()
	if e.tt(0) == js.ColonToken {
		a := e.i
		e.i++
		e.returnType()
		e.cut(a, e.i)
	}
	e.expect(js.ArrowToken)
	e.arrowBody()
}

// arrowBody reads an arrow function's block or expression body.
func (e *eraser) arrowBody() {
	if e.tt(0) == js.OpenBraceToken {
		e.block()
		return
	}
	e.assignExpr(false)
}

// typeArgsCall erases type arguments after an operand when they are
// followed by a call, a template or a closing token (f<T>(x), new
// Map<K, V>(), f<T>`…`); else the `<` is a comparison and it reports
// false having read nothing.
func (e *eraser) typeArgsCall() bool {
	m := e.mark()
	e.typeArgs()
	switch e.tt(0) {
	case js.OpenParenToken, js.TemplateToken, js.TemplateStartToken:
	case js.CloseParenToken, js.CloseBracketToken, js.SemicolonToken, js.CommaToken:
		// an instantiation expression: const f = g<string>;
	default:
		e.reset(m)
		return false
	}
	if e.bad {
		e.reset(m)
		return false
	}
	e.cut(m.i, e.i)
	return true
}

// typeParams reads <T extends U = V, …>.
func (e *eraser) typeParams() { e.typeArgs() }

// typeArgs reads a balanced <…> of types, splitting the >> and >>> the
// lexer joins.
func (e *eraser) typeArgs() {
	if e.tt(0) != js.LtToken {
		e.fail()
	}
	e.i++
	for !e.bad {
		if e.tt(0) == js.GtToken {
			e.i++
			return
		}
		// in, out and const modifiers, a type parameter's name
		for (e.is(0, "in") || e.is(0, "out") || e.tt(0) == js.ConstToken) && e.name(1) {
			e.i++
		}
		e.typ()
		if e.tt(0) == js.ExtendsToken {
			e.i++
			e.typ()
		}
		if e.tt(0) == js.EqToken {
			e.i++
			e.typ()
		}
		switch e.tt(0) {
		case js.CommaToken:
			e.i++
		case js.GtToken:
			e.i++
			return
		case js.GtGtToken, js.GtGtGtToken:
			// the closing > of this list and of enclosing ones: the
			// token is split by pretending the rest is still there
			e.splitGt()
			return
		default:
			e.fail()
		}
	}
}

// splitGt consumes one > of a >> or >>> token, leaving a shorter token.
func (e *eraser) splitGt() {
	e.splits = append(e.splits, split{e.i, e.toks[e.i]})
	t := &e.toks[e.i]
	switch t.tt {
	case js.GtGtToken:
		t.tt = js.GtToken
	case js.GtGtGtToken:
		t.tt = js.GtGtToken
	}
	t.s++
}

// typ reads a type: a union or intersection of operand types, with a
// conditional type after it.
func (e *eraser) typ() {
	e.steps++
	if e.steps > 1<<22 {
		e.fail()
	}
	if e.tt(0) == js.BitOrToken || e.tt(0) == js.BitAndToken {
		e.i++
	}
	for {
		e.typeOperand()
		if e.tt(0) == js.BitOrToken || e.tt(0) == js.BitAndToken {
			e.i++
			continue
		}
		break
	}
	if e.tt(0) == js.ExtendsToken && e.sameLine(0) {
		m := e.mark()
		e.i++
		if e.tt(0) == js.BitOrToken || e.tt(0) == js.BitAndToken {
			e.i++
		}
		e.typeOperand()
		for e.tt(0) == js.BitOrToken || e.tt(0) == js.BitAndToken {
			e.i++
			e.typeOperand()
		}
		if e.tt(0) != js.QuestionToken {
			// T extends U in a type parameter list: left to the caller
			e.reset(m)
			return
		}
		e.i++
		e.typ()
		e.expect(js.ColonToken)
		e.typ()
	}
}

// typeOperand reads one type with its prefixes and array or index
// suffixes.
func (e *eraser) typeOperand() {
	for e.is(0, "keyof") || e.is(0, "unique") || e.is(0, "readonly") || e.is(0, "infer") {
		infer := e.is(0, "infer")
		if !e.name(1) && e.tt(1) != js.OpenParenToken && e.tt(1) != js.OpenBracketToken && e.tt(1) != js.OpenBraceToken {
			break // a type named keyof
		}
		e.i++
		if infer {
			e.i++
			if e.tt(0) == js.ExtendsToken && e.tt(2) != js.QuestionToken {
				e.i++
				e.typeOperand()
			}
			return
		}
	}
	switch t := e.tt(0); {
	case t == js.OpenParenToken:
		if e.functionType() {
			e.params() // a function type
			e.i++
			e.returnType()
			return
		}
		e.i++
		e.typ()
		e.expect(js.CloseParenToken)
	case t == js.LtToken:
		e.typeArgs() // a generic function type
		e.params()
		e.expect(js.ArrowToken)
		e.returnType()
		return
	case t == js.NewToken || e.is(0, "abstract") && e.tt(1) == js.NewToken:
		if t != js.NewToken {
			e.i++
		}
		e.i++
		if e.tt(0) == js.LtToken {
			e.typeArgs()
		}
		e.params()
		e.expect(js.ArrowToken)
		e.returnType()
		return
	case t == js.OpenBraceToken, t == js.OpenBracketToken:
		e.i = e.closing(e.i) + 1
	case t == js.TemplateToken:
		e.i++
	case t == js.TemplateStartToken:
		e.i = e.closing(e.i) + 1
		for e.i < len(e.toks) && e.toks[e.i-1].tt == js.TemplateMiddleToken {
			e.i = e.closing(e.i-1) + 1
		}
	case t == js.StringToken || isNumber(t):
		e.i++
	case t == js.SubToken && isNumber(e.tt(1)):
		e.i += 2
	case t == js.TypeofToken:
		e.i++
		if e.tt(0) == js.ImportToken {
			e.typeOperand()
			return
		}
		e.entityName()
	case t == js.ImportToken:
		e.i++
		e.expect(js.OpenParenToken)
		e.i = e.closing(e.i-1) + 1
		for e.tt(0) == js.DotToken && e.name(1) {
			e.i += 2
		}
		if e.tt(0) == js.LtToken && e.sameLine(0) {
			e.typeArgs()
		}
	case e.name(0):
		if e.tt(0) == js.ThisToken && e.is(1, "is") && e.sameLine(1) {
			e.i += 2
			e.typ()
			return
		}
		e.entityName()
	default:
		e.fail()
	}
	for e.tt(0) == js.OpenBracketToken && e.sameLine(0) {
		if e.tt(1) == js.CloseBracketToken {
			e.i += 2
			continue
		}
		e.i++
		e.typ()
		e.expect(js.CloseBracketToken)
	}
}

// functionType reports whether the parenthesis at i opens a function
// type's parameters rather than a parenthesised type, as TypeScript
// decides: () or (... start one, and so does a parameter name followed by
// a colon, comma, question mark or equals sign, or (x) followed by =>.
func (e *eraser) functionType() bool {
	switch e.tt(1) {
	case js.CloseParenToken, js.EllipsisToken:
		return true
	case js.OpenBraceToken, js.OpenBracketToken:
		c := e.closing(e.i + 1)
		if c+1 >= len(e.toks) {
			return false
		}
		switch e.toks[c+1].tt {
		case js.ColonToken, js.CommaToken, js.QuestionToken, js.EqToken:
			return true
		case js.CloseParenToken:
			return c+2 < len(e.toks) && e.toks[c+2].tt == js.ArrowToken
		}
		return false
	}
	if !e.name(1) {
		return false
	}
	switch e.tt(2) {
	case js.ColonToken, js.CommaToken, js.QuestionToken, js.EqToken:
		return true
	case js.CloseParenToken:
		return e.tt(3) == js.ArrowToken
	}
	return false
}

// entityName reads A.B.C with type arguments.
func (e *eraser) entityName() {
	if !e.name(0) {
		e.fail()
	}
	e.i++
	for e.tt(0) == js.DotToken && (e.name(1) || e.tt(1) == js.PrivateIdentifierToken) {
		e.i += 2
	}
	if e.tt(0) == js.LtToken && e.sameLine(0) {
		e.typeArgs()
	}
}
