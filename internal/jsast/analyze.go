package jsast

import (
	"bytes"
	"path"
	"strings"

	"github.com/evanw/esbuild/pkg/api"
	"github.com/tdewolff/parse/v2"
	"github.com/tdewolff/parse/v2/js"
)

// Analyze extracts Facts from one file. name is used for the extension
// (.ts, .tsx, .jsx, .mjs...) and in messages. It never panics and its work
// is bounded by lim: oversized or deeply nested files are scanned with the
// lexer, and beyond MaxSize only byte-level scans run.
func Analyze(name string, src []byte, lim Limits) (f *Facts) {
	if lim.MaxFacts == 0 {
		lim = DefaultLimits()
	}
	f = &Facts{}
	// The parser writes a NUL after the input (and restores the byte): use
	// spare capacity when the caller left some, else a copy.
	var buf []byte
	if cap(src) > len(src) {
		buf = src[: len(src) : len(src)+1]
	} else {
		buf = make([]byte, len(src), len(src)+1)
		copy(buf, src)
	}
	s := newSource(buf)
	f.byteScan(s, lim)
	defer func() {
		if r := recover(); r != nil {
			// A parser bug must not take the scan down: keep the byte
			// scan, fall back to the lexer.
			f.ParseError = "internal parser failure"
			f.Mode = ModeLexer
			f.safeLex(s, buf, lim)
		}
	}()
	if len(src) > lim.MaxSize {
		f.Mode = ModeSkipped
		f.ParseError, f.Limit = "file exceeds the analysis size limit", LimitSize
		return f
	}
	if f.MaxDepth > lim.MaxDepth || len(src) > lim.MaxParseSize {
		f.Mode = ModeLexer
		if f.MaxDepth > lim.MaxDepth {
			f.ParseError, f.Limit = "nesting too deep to parse", LimitDepth
		} else {
			f.ParseError, f.Limit = "file too large to parse", LimitSize
		}
		f.lexScan(s, withNUL(buf), lim)
		return f
	}
	if loader, ok := Loader(name); ok {
		if loader == api.LoaderTS {
			if code, ok := eraseTypes(buf); ok && f.erased(name, code, lim) {
				return f
			}
		}
		if f.transformed(name, s, buf, loader, lim) {
			return f
		}
		f.Mode = ModeLexer
		f.lexScan(s, withNUL(buf), lim)
		return f
	}
	ast, err := js.Parse(parse.NewInputBytes(buf), js.Options{})
	if err == nil {
		f.Mode = ModeAST
		newWalker(s, f, lim).run(name, ast)
		return f
	}
	if f.cjsWrapped(name, err, buf, lim) {
		return f
	}
	perr := errText(err)
	var limit Limit
	if pe, ok := err.(*parse.Error); ok && pe.Message == "too many nested expressions" {
		// the parser has no sentinel for its operand limit: its message is it
		limit = LimitOperands
	}
	// Node runs code the parser rejects: sloppy-mode legacy octal (0644),
	// duplicate parameters, a function declared as an if's body, using,
	// import assertions, decorators, JSX, chains past the parser's operand
	// limit. One such token must not reduce a file to its tokens: esbuild
	// rewrites it as plain JS first.
	loader := api.LoaderJS
	if bytes.Contains(src, []byte("</")) || bytes.Contains(src, []byte("/>")) {
		loader = api.LoaderJSX
	}
	if f.transformed(name, s, buf, loader, lim) {
		if limit != 0 {
			// padding past the limit is an evasion trick even when it fails
			f.ParseError, f.Limit = perr, limit
		}
		return f
	}
	f.Mode = ModeLexer
	f.ParseError, f.Limit = perr, limit
	f.lexScan(s, withNUL(buf), lim)
	return f
}

// Loader returns the esbuild loader a file of this name is transformed
// with before it is parsed (TypeScript, TSX, JSX by extension), and false
// for JavaScript, which is parsed as it is.
func Loader(name string) (api.Loader, bool) {
	switch strings.ToLower(path.Ext(name)) {
	case ".ts", ".mts", ".cts":
		return api.LoaderTS, true
	case ".tsx":
		return api.LoaderTSX, true
	case ".jsx":
		return api.LoaderJSX, true
	}
	return api.LoaderJS, false
}

func (f *Facts) safeLex(s *source, buf []byte, lim Limits) {
	defer func() { _ = recover() }()
	*f = Facts{Mode: ModeLexer, ParseError: f.ParseError, Limit: f.Limit, Size: f.Size, Lines: f.Lines, LongestLine: f.LongestLine, InvalidUTF8: f.InvalidUTF8, MaxDepth: f.MaxDepth, Unicode: f.Unicode, Hidden: f.Hidden}
	f.lexScan(s, withNUL(buf), lim)
}

func withNUL(buf []byte) []byte { return append(buf[:len(buf):len(buf)+1], 0)[:len(buf)+1] }

func errText(err error) string {
	if pe, ok := err.(*parse.Error); ok {
		return pe.Message + " on line " + itoa(pe.Line)
	}
	msg := err.Error()
	if i := strings.IndexByte(msg, '\n'); i >= 0 {
		msg = msg[:i]
	}
	return msg
}

func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	neg := n < 0
	if neg {
		n = -n
	}
	var b [20]byte
	i := len(b)
	for n > 0 {
		i--
		b[i] = byte('0' + n%10)
		n /= 10
	}
	if neg {
		i--
		b[i] = '-'
	}
	return string(b[i:])
}

// cjsPrefix and cjsSuffix wrap a CommonJS file the way Node does, on the
// file's first line so that line numbers stay.
const (
	cjsPrefix = "(function(){"
	cjsSuffix = "\n})()"
)

// cjsWrapped parses and walks a file the parser rejected for a return at
// its top level, which CommonJS allows (Node runs each module inside a
// function): `if (!process.env.CI) return;` must not reduce the file to
// its tokens. The walker counts the wrapper's body as the top level.
// False if the error is another or the wrapped file fails too.
func (f *Facts) cjsWrapped(name string, err error, buf []byte, lim Limits) bool {
	pe, ok := err.(*parse.Error)
	if !ok || !strings.HasPrefix(pe.Message, "unexpected return") {
		return false
	}
	wrapped := make([]byte, 0, len(cjsPrefix)+len(buf)+len(cjsSuffix)+1)
	wrapped = append(append(append(wrapped, cjsPrefix...), buf...), cjsSuffix...)
	ast, err := js.Parse(parse.NewInputBytes(wrapped), js.Options{})
	if err != nil {
		return false
	}
	f.Mode = ModeAST
	w := newWalker(newSource(wrapped), f, lim)
	w.base = -1
	w.run(name, ast)
	return true
}

// erased parses and walks TypeScript whose types eraseTypes blanked:
// offsets are the file's own. False if the parser rejects it.
func (f *Facts) erased(name string, code []byte, lim Limits) bool {
	ast, err := js.Parse(parse.NewInputBytes(code), js.Options{})
	if err != nil {
		return false
	}
	f.Mode = ModeTransformed
	newWalker(newSource(code), f, lim).run(name, ast)
	return true
}

// transformed runs esbuild then the walker on its output; false if either
// failed (f.ParseError says why).
func (f *Facts) transformed(name string, s *source, buf []byte, loader api.Loader, lim Limits) bool {
	code, lines, err := transform(name, buf, loader)
	if err != nil {
		f.ParseError = err.Error()
		return false
	}
	cbuf := make([]byte, len(code), len(code)+1)
	copy(cbuf, code)
	ts := newSource(cbuf)
	ts.lines = lines
	ast, err := js.Parse(parse.NewInputBytes(cbuf), js.Options{})
	if err != nil {
		f.ParseError = "after transform: " + errText(err)
		return false
	}
	f.Mode = ModeTransformed
	f.ParseError = ""
	// snippets come from the transformed code; positions map back
	newWalker(ts, f, lim).run(name, ast)
	return true
}
