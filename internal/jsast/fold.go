package jsast

import (
	"bytes"
	"compress/flate"
	"compress/gzip"
	"compress/zlib"
	"encoding/base64"
	"encoding/hex"
	"encoding/json"
	"io"
	"math"
	"net/url"
	"path"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/tdewolff/parse/v2/js"
)

const (
	maxFoldDepth = 48
	maxFoldLen   = 1 << 20
)

// value is a folded constant.
type value struct {
	s       string
	decoded bool // needed decoding/reversal/char codes
	buffer  bool // a Buffer (toString applies an encoding)
	num     bool // a number literal
}

// unquote decodes a JS string literal including its quotes.
func unquote(lit []byte) (string, bool) {
	if len(lit) < 2 {
		return "", false
	}
	q := lit[0]
	if (q != '"' && q != '\'' && q != '`') || lit[len(lit)-1] != q {
		return "", false
	}
	return unescape(lit[1 : len(lit)-1]), true
}

// unescape decodes JS escape sequences.
func unescape(b []byte) string {
	if !containsByte(b, '\\') {
		return string(b)
	}
	var sb strings.Builder
	sb.Grow(len(b))
	for i := 0; i < len(b); i++ {
		c := b[i]
		if c != '\\' || i+1 >= len(b) {
			sb.WriteByte(c)
			continue
		}
		i++
		switch e := b[i]; e {
		case 'n':
			sb.WriteByte('\n')
		case 't':
			sb.WriteByte('\t')
		case 'r':
			sb.WriteByte('\r')
		case 'b':
			sb.WriteByte('\b')
		case 'f':
			sb.WriteByte('\f')
		case 'v':
			sb.WriteByte('\v')
		case '0':
			sb.WriteByte(0)
		case '\n':
		case '\r':
			if i+1 < len(b) && b[i+1] == '\n' {
				i++
			}
		case 'x':
			if i+2 < len(b) {
				if v, err := strconv.ParseUint(string(b[i+1:i+3]), 16, 8); err == nil {
					sb.WriteRune(rune(v))
					i += 2
					continue
				}
			}
			sb.WriteByte('x')
		case 'u':
			if i+1 < len(b) && b[i+1] == '{' {
				end := i + 2
				for end < len(b) && b[end] != '}' && end-i < 10 {
					end++
				}
				if end < len(b) && b[end] == '}' {
					if v, err := strconv.ParseUint(string(b[i+2:end]), 16, 32); err == nil && v <= utf8.MaxRune {
						sb.WriteRune(rune(v))
						i = end
						continue
					}
				}
			} else if i+4 < len(b) {
				if v, err := strconv.ParseUint(string(b[i+1:i+5]), 16, 16); err == nil {
					r := rune(v)
					i += 4
					// surrogate pair
					if r >= 0xD800 && r < 0xDC00 && i+6 < len(b) && b[i+1] == '\\' && b[i+2] == 'u' {
						if lo, err := strconv.ParseUint(string(b[i+3:i+7]), 16, 16); err == nil && lo >= 0xDC00 && lo < 0xE000 {
							r = (r-0xD800)<<10 + (rune(lo) - 0xDC00) + 0x10000
							i += 6
						}
					}
					sb.WriteRune(r)
					continue
				}
			}
			sb.WriteByte('u')
		default:
			sb.WriteByte(e)
		}
	}
	return sb.String()
}

func containsByte(b []byte, c byte) bool {
	if len(b) > 64 {
		return bytes.IndexByte(b, c) >= 0 // vectorised: long literals
	}
	for _, x := range b {
		if x == c {
			return true
		}
	}
	return false
}

// fold evaluates e to a constant string when it is simple enough.
func (w *walker) fold(e js.IExpr, depth int) (value, bool) {
	if depth > maxFoldDepth || e == nil {
		return value{}, false
	}
	switch n := e.(type) {
	case *js.LiteralExpr:
		switch n.TokenType {
		case js.StringToken:
			s, ok := unquote(n.Data)
			return value{s: s}, ok
		case js.DecimalToken, js.IntegerToken, js.HexadecimalToken, js.OctalToken, js.BinaryToken:
			return value{s: numString(n.Data), num: true}, true
		}
		return value{}, false
	case *js.TemplateExpr:
		dec := false
		if n.Tag != nil {
			// String.raw, or a tag of this file that joins the raw parts
			// (an obfuscator's, or a reduce over strings.raw)
			if v, ok := n.Tag.(*js.Var); ok && w.tagFns[canon(v)] {
				if w.collect {
					// a tag reading the raw parts may do more than join
					// them (reverse each, reorder): run it
					if r, ok := w.interpTag(v, n); ok {
						return r, true
					}
				}
				dec = true
			} else if ok {
				return w.tagged(v, n, depth)
			} else if normCallee(w.dotted(n.Tag, 0)) != "String.raw" {
				return value{}, false
			}
		}
		var sb strings.Builder
		for _, p := range n.List {
			sb.WriteString(templateText(p.Value))
			v, ok := w.fold(p.Expr, depth+1)
			if !ok {
				return value{}, false
			}
			dec = dec || v.decoded
			sb.WriteString(v.s)
			if sb.Len() > maxFoldLen {
				return value{}, false
			}
		}
		sb.WriteString(templateText(n.Tail))
		return value{s: sb.String(), decoded: dec}, true
	case *js.GroupExpr:
		return w.fold(n.X, depth+1)
	case *js.CondExpr:
		// ch <= "Z" ? 65 : 97 in a decoder
		c, ok := w.foldBool(n.Cond, depth+1)
		if !ok {
			// typeof atob < "u" ? atob(s) : Buffer.from(s, "base64")
			// .toString(): two roads to the same value
			x, okX := w.fold(n.X, depth+1)
			y, okY := w.fold(n.Y, depth+1)
			if okX && okY && x.s == y.s && x.num == y.num {
				return value{s: x.s, num: x.num, decoded: x.decoded || y.decoded}, true
			}
			return value{}, false
		}
		if c {
			return w.fold(n.X, depth+1)
		}
		return w.fold(n.Y, depth+1)
	case *js.BinaryExpr:
		switch n.Op {
		case js.EqToken:
			return w.foldAssign(n, depth)
		case js.AddToken:
			return w.foldAdd(n, depth)
		case js.OrToken, js.NullishToken:
			if v, ok := w.fold(n.X, depth+1); ok {
				// cfg.dir || "locales" with cfg.dir a constant: it, or the
				// default when it is empty
				if n.Op == js.NullishToken || truthy(v) {
					return v, true
				}
				return w.fold(n.Y, depth+1)
			}
			return w.foldMemo(n, depth)
		}
		return w.foldArith(n, depth)
	case *js.DotExpr:
		if string(propData(n.Y)) == "source" {
			// /child_process/.source, new RegExp("curl …").source: the
			// pattern's text
			if v, ok := w.regexpSource(n.X, depth); ok {
				return v, true
			}
		}
		if w.lim.Package != nil {
			if v, ok := w.packageValue(n.X, string(propData(n.Y))); ok {
				return v, true
			}
		}
		if p := w.objectMember(n, depth); p != nil {
			return w.fold(p, depth+1)
		}
		return w.jsonValue(n.X, string(propData(n.Y)))
	case *js.Var:
		if c, ok := w.consts[canon(n)]; ok && c.ok {
			if key, ok := w.xorKeys[canon(n)]; ok && len(key) > 0 && !c.v.num {
				// buf[i] ^= K[i % K.length] over the whole buffer
				return value{s: xorCycle(c.v.s, key), decoded: true}, true
			}
			return c.v, true
		}
		if w.lim.Module != nil {
			// const { m } = require("./fp"): a constant property of it
			if spec, prop, ok := w.moduleMember(n); ok {
				return w.moduleProp(spec, prop)
			}
		}
		return value{}, false
	case *js.CallExpr:
		return w.foldCall(n.X, n.Args.List, depth)
	case *js.IndexExpr:
		if w.lim.Package != nil {
			if k, ok := w.fold(n.Y, depth+1); ok && !k.num {
				if v, ok := w.packageValue(n.X, k.s); ok {
					return v, true
				}
			}
		}
		if p := w.objectMember(n, depth); p != nil {
			return w.fold(p, depth+1)
		}
		return w.foldIndex(n, depth)
	case *js.NewExpr:
		// new Buffer(x, enc) and the odd "new Buffer.from(...)"
		if n.Args != nil {
			if w.dotted(n.X, 0) == "Buffer" {
				return w.foldBuffer(n.Args.List, depth)
			}
			if w.dotted(n.X, 0) == "URL" {
				return w.foldURL(n.Args.List, depth)
			}
			return w.foldCall(n.X, n.Args.List, depth)
		}
	}
	return value{}, false
}

// regexpSource folds the source of a regular expression: a literal's
// pattern as written, or the folded pattern string handed to RegExp
// (whose source escapes its slashes).
func (w *walker) regexpSource(x js.IExpr, depth int) (value, bool) {
	switch n := ungroup(x).(type) {
	case *js.LiteralExpr:
		if n.TokenType != js.RegExpToken {
			return value{}, false
		}
		i := bytes.LastIndexByte(n.Data, '/')
		if i < 1 {
			return value{}, false
		}
		return value{s: string(n.Data[1:i]), decoded: true}, true
	case *js.NewExpr, *js.CallExpr:
		var callee js.IExpr
		var args []js.Arg
		if c, ok := n.(*js.CallExpr); ok {
			callee, args = c.X, c.Args.List
		} else if ne := n.(*js.NewExpr); ne.Args != nil {
			callee, args = ne.X, ne.Args.List
		}
		if callee == nil || len(args) == 0 || len(args) > 2 || w.dotted(callee, 0) != "RegExp" {
			return value{}, false
		}
		v, ok := w.fold(args[0].Value, depth+1)
		if !ok || v.num {
			return value{}, false
		}
		return value{s: escapeSlashes(v.s), decoded: true}, true
	}
	return value{}, false
}

// ungroup strips the parentheses around e.
func ungroup(e js.IExpr) js.IExpr {
	for {
		g, ok := e.(*js.GroupExpr)
		if !ok {
			return e
		}
		e = g.X
	}
}

// escapeSlashes escapes the slashes of a pattern that are not escaped
// already, as RegExp's source does.
func escapeSlashes(p string) string {
	if !strings.Contains(p, "/") {
		return p
	}
	var sb strings.Builder
	escaped := false
	for i := 0; i < len(p); i++ {
		c := p[i]
		if c == '/' && !escaped {
			sb.WriteByte('\\')
		}
		escaped = c == '\\' && !escaped
		sb.WriteByte(c)
	}
	return sb.String()
}

// templateText is a template part's text, its escapes decoded.
func templateText(b []byte) string { return unescape(templatePart(b)) }

// rawText is a template part's text as written (String.raw's view).
func rawText(b []byte) string { return string(templatePart(b)) }

// templatePart strips the delimiters (` ${ }) template parts keep.
func templatePart(s []byte) []byte {
	if len(s) > 0 && (s[0] == '`' || s[0] == '}') {
		s = s[1:]
	}
	if len(s) >= 2 && s[len(s)-2] == '$' && s[len(s)-1] == '{' {
		s = s[:len(s)-2]
	} else if len(s) > 0 && s[len(s)-1] == '`' {
		s = s[:len(s)-1]
	}
	return s
}

func numString(b []byte) string {
	s := strings.ReplaceAll(string(b), "_", "")
	if v, err := strconv.ParseInt(s, 0, 64); err == nil {
		return strconv.FormatInt(v, 10)
	}
	if f, err := strconv.ParseFloat(s, 64); err == nil {
		return strconv.FormatFloat(f, 'f', -1, 64)
	}
	return s
}

func (w *walker) foldCall(callee js.IExpr, args []js.Arg, depth int) (value, bool) {
	if !w.mayFoldCall(callee) {
		return value{}, false
	}
	// the full name matters only for functions; a method of any value
	// (toString, join, slice, charCodeAt…) is not rendered
	var name string
	if dot, ok := callee.(*js.DotExpr); !ok || namedFold[string(propData(dot.Y))] || inflaters[string(propData(dot.Y))] {
		name = normCallee(w.dotted(callee, 0)) // globalThis.Buffer.from, g.atob with g = globalThis
	}
	if inflateCall(name) {
		if len(args) >= 1 {
			if v, ok := w.fold(args[0].Value, depth+1); ok {
				if d, ok := decompress(name, v.s); ok {
					return value{s: d, decoded: true, buffer: true}, true
				}
			}
		}
		return value{}, false
	}
	switch name {
	case "JSON.stringify":
		// `var E=${JSON.stringify(url)}`: a string quoted as code that a
		// page will run
		if len(args) == 1 {
			if v, ok := w.fold(args[0].Value, depth+1); ok && !v.num {
				if b, err := json.Marshal(v.s); err == nil {
					return value{s: string(b), decoded: v.decoded}, true
				}
			}
		}
		return value{}, false
	case "String":
		// String(key): the text of what it is given
		if len(args) == 1 && !args[0].Rest {
			if v, ok := w.fold(args[0].Value, depth+1); ok {
				return value{s: v.s, decoded: v.decoded}, true
			}
		}
		return value{}, false
	case "String.raw":
		// (s, ...x) => String.raw(s, ...x).replace(…), a tag inlined with
		// s bound to its template's raw text (see tagged)
		if len(args) > 0 && !args[0].Rest {
			if v, ok := w.fold(args[0].Value, depth+1); ok && !v.num {
				return v, true
			}
		}
		return value{}, false
	case "require":
		// require("./names") where a module name or command is split
		// over the package's files
		if w.crossFile && w.lim.Module != nil && len(args) == 1 {
			if l, ok := args[0].Value.(*js.LiteralExpr); ok && l.TokenType == js.StringToken {
				if spec, ok := unquote(l.Data); ok && Relative(spec) {
					if s, ok := w.lim.Module(w.file, spec, ""); ok {
						return value{s: s}, true
					}
				}
			}
		}
		return value{}, false
	case "fs.readFileSync", "fs-extra.readFileSync":
		if len(args) > 0 {
			// the file reading its own source: what it hides in a comment
			if v, ok := args[0].Value.(*js.Var); ok && string(v.Name()) == "__filename" && canon(v).Decl == js.NoDecl && len(w.s.src) <= maxFoldLen {
				text := string(w.s.src)
				if len(w.fileTexts) < 16 {
					w.fileTexts = append(w.fileTexts, text) // its strings are file text, not the code's
				}
				return value{s: text}, true
			}
		}
		// a data file of the package: its content is a constant
		if w.lim.ReadFile != nil && len(args) > 0 {
			if p := PackagePath(w.file, w.readPath(args[0].Value)); p != "" {
				if s, ok := w.lim.ReadFile(p); ok {
					if len(w.fileTexts) < 16 {
						w.fileTexts = append(w.fileTexts, s)
					}
					return value{s: s}, true
				}
			}
		}
		return value{}, false
	case "atob", "window.atob", "globalThis.atob", "self.atob":
		if len(args) == 1 {
			if v, ok := w.fold(args[0].Value, depth+1); ok {
				if d, ok := DecodeBase64(v.s); ok {
					return value{s: d, decoded: true}, true
				}
			}
		}
		return value{}, false
	case "Buffer.from":
		return w.foldBuffer(args, depth)
	case "String.fromCharCode", "String.fromCodePoint":
		return w.foldCharCodes(args, depth)
	case "String.fromCharCode.apply", "String.fromCodePoint.apply":
		// String.fromCharCode.apply(null, codes)
		if len(args) != 2 {
			return value{}, false
		}
		arr, _, ok := w.foldArray(args[1].Value, depth+1)
		if !ok || len(arr) > maxFoldLen/4 {
			return value{}, false
		}
		codes := make([]js.Arg, len(arr))
		for i, c := range arr {
			codes[i] = js.Arg{Value: numLiteral(c)}
		}
		return w.foldCharCodes(codes, depth)
	case "Math.round", "Math.floor", "Math.ceil", "Math.trunc", "Math.abs":
		// char codes kept as fractions (Math.round(x * 256))
		if len(args) != 1 {
			return value{}, false
		}
		v, ok := w.fold(args[0].Value, depth+1)
		if !ok || !v.num {
			return value{}, false
		}
		x, err := strconv.ParseFloat(v.s, 64)
		if err != nil {
			return value{}, false
		}
		switch name {
		case "Math.round":
			x = math.Floor(x + 0.5)
		case "Math.floor":
			x = math.Floor(x)
		case "Math.ceil":
			x = math.Ceil(x)
		case "Math.trunc":
			x = math.Trunc(x)
		default:
			x = math.Abs(x)
		}
		return value{s: strconv.FormatFloat(x, 'f', -1, 64), num: true, decoded: v.decoded}, true
	case "decodeURIComponent", "decodeURI", "unescape":
		if len(args) == 1 {
			if v, ok := w.fold(args[0].Value, depth+1); ok {
				if d, err := url.PathUnescape(v.s); err == nil {
					return value{s: d, decoded: d != v.s || v.decoded}, true
				}
			}
		}
		return value{}, false
	}
	if v, ok := callee.(*js.Var); ok {
		if w.obf != nil {
			if v, ok := w.obfCall(v, args, depth); ok {
				return v, true
			}
		}
		if fn := w.helperOf(v); fn != nil {
			if r, ok := w.inline(fn, args, depth); ok {
				return r, true
			}
		}
		if w.interpreting() {
			// a decoder of the file's, or of another module's, that no
			// shape above fits: run it
			spec, prop, _ := w.moduleMember(v)
			if spec == "" {
				if b, ok := w.binding(v); ok && Relative(b) {
					spec = b // const inflate = require("./inflate")
				}
			}
			if r, ok := w.interpCall(v, spec, prop, args); ok {
				return r, true
			}
		}
		if w.lim.ModuleTable != nil && len(args) == 1 {
			// const _ = require("./strings"); _(0x1f1): the decoder the
			// module exports, read from its table
			if b, ok := w.binding(v); ok && Relative(b) {
				if t, ok := w.moduleTable(b); ok {
					if i, ok := w.obfIndex(args[0].Value); ok {
						if s, ok := t.At(i); ok {
							return value{s: s, decoded: true}, true
						}
					}
				}
			}
		}
	}
	dot, ok := callee.(*js.DotExpr)
	if !ok {
		return value{}, false
	}
	if x, ok := dot.X.(*js.Var); ok && w.interpreting() {
		// L.inflate(s), L = require("./lib/inflate")
		if b, ok := w.binding(x); ok && Relative(b) && !strings.Contains(b, ".json") {
			if r, ok := w.interpCall(nil, b, string(propData(dot.Y)), args); ok {
				return r, true
			}
		}
	}
	method := propName(dot.Y)
	switch method {
	case "parse":
		// JSON.parse("\"\\u0072equire\"") spells a string in JSON's escapes
		if x, ok := dot.X.(*js.Var); !ok || string(x.Name()) != "JSON" || len(args) != 1 {
			return value{}, false
		}
		if v, ok := w.fold(args[0].Value, depth+1); ok && strings.HasPrefix(v.s, `"`) {
			var s string
			if json.Unmarshal([]byte(v.s), &s) == nil {
				return value{s: s, decoded: v.decoded || s != v.s[1:len(v.s)-1]}, true
			}
		}
		return value{}, false
	case "toString":
		v, ok := w.fold(dot.X, depth+1)
		if !ok {
			return value{}, false
		}
		if v.num {
			// (1234).toString(36): a number spelled in another base
			if len(args) == 0 {
				return v, true
			}
			r, ok := w.foldInt(args[0].Value, depth+1)
			n, err := strconv.ParseInt(v.s, 10, 64)
			if !ok || err != nil || r < 2 || r > 36 {
				return value{}, false
			}
			return value{s: strconv.FormatInt(n, r), decoded: v.decoded || r != 10}, true
		}
		if !v.buffer {
			return value{s: v.s, decoded: v.decoded}, true
		}
		enc := "utf8"
		if len(args) > 0 {
			if e, ok := w.fold(args[0].Value, depth+1); ok {
				enc = strings.ToLower(e.s)
			}
		}
		switch enc {
		case "hex":
			return value{s: hex.EncodeToString([]byte(v.s)), decoded: v.decoded}, true
		case "base64":
			return value{s: base64.StdEncoding.EncodeToString([]byte(v.s)), decoded: v.decoded}, true
		}
		return value{s: v.s, decoded: v.decoded}, true
	case "repeat":
		const maxRepeat = 4096
		// "\u2764\ufe0f ".repeat(64): what a wiper writes over each file
		if len(args) != 1 {
			return value{}, false
		}
		v, ok := w.fold(dot.X, depth+1)
		n, isNum := w.fold(args[0].Value, depth+1)
		if !ok || v.num || !isNum || !n.num {
			return value{}, false
		}
		count, err := strconv.Atoi(n.s)
		// (small: tests pad with "a".repeat(65537), which says nothing)
		if err != nil || count < 0 || count > maxRepeat || len(v.s)*count > maxRepeat {
			return value{}, false
		}
		return value{s: strings.Repeat(v.s, count), decoded: v.decoded}, true
	case "join":
		arr, dec, ok := w.foldArray(dot.X, depth+1)
		if !ok {
			return value{}, false
		}
		sep := ","
		if len(args) > 0 {
			s, ok := w.fold(args[0].Value, depth+1)
			if !ok {
				return value{}, false
			}
			sep = s.s
		}
		out := strings.Join(arr, sep)
		if len(out) > maxFoldLen {
			return value{}, false
		}
		return value{s: out, decoded: dec}, true
	case "concat":
		v, ok := w.fold(dot.X, depth+1)
		if !ok {
			return value{}, false
		}
		s, dec := v.s, v.decoded
		for _, a := range args {
			x, ok := w.fold(a.Value, depth+1)
			if !ok || len(s)+len(x.s) > maxFoldLen {
				return value{}, false
			}
			s += x.s
			dec = dec || x.decoded
		}
		return value{s: s, decoded: dec}, true
	case "toLowerCase", "toUpperCase", "trim":
		v, ok := w.fold(dot.X, depth+1)
		if !ok {
			return value{}, false
		}
		switch method {
		case "toLowerCase":
			v.s = strings.ToLower(v.s)
		case "toUpperCase":
			v.s = strings.ToUpper(v.s)
		default:
			v.s = strings.TrimSpace(v.s)
		}
		v.buffer, v.num = false, false
		return v, true
	case "replace", "replaceAll":
		if len(args) != 2 {
			return value{}, false
		}
		v, ok := w.fold(dot.X, depth+1)
		if !ok {
			return value{}, false
		}
		if re, ok := args[0].Value.(*js.LiteralExpr); ok && re.TokenType == js.RegExpToken {
			return w.foldRegexpReplace(v, re.Data, args[1].Value, depth)
		}
		a, ok1 := w.fold(args[0].Value, depth+1)
		b, ok2 := w.fold(args[1].Value, depth+1)
		if !ok1 || !ok2 || a.s == "" {
			return value{}, false
		}
		n := 1
		if method == "replaceAll" {
			n = -1
		}
		out := strings.Replace(v.s, a.s, b.s, n)
		if len(out) > maxFoldLen {
			return value{}, false
		}
		return value{s: out, decoded: true}, true
	case "slice", "substring", "substr", "charAt", "at":
		return w.foldSubstring(method, dot.X, args, depth)
	case "charCodeAt", "codePointAt":
		// the code of one character: c.charCodeAt(0) - 1 in a decoder (a
		// digit mapped out of a string's characters looks like a number)
		v, ok := w.fold(dot.X, depth+1)
		if !ok || v.num && len(v.s) != 1 {
			return value{}, false
		}
		i := 0
		if len(args) > 0 {
			x, ok := w.fold(args[0].Value, depth+1)
			if !ok || !x.num {
				return value{}, false
			}
			n, err := strconv.Atoi(x.s)
			if err != nil {
				return value{}, false
			}
			i = n
		}
		u := utf16.Encode([]rune(v.s))
		if i < 0 || i >= len(u) {
			return value{}, false
		}
		code := int(u[i])
		if method == "codePointAt" {
			if r := []rune(string(utf16.Decode(u[i:]))); len(r) > 0 {
				code = int(r[0])
			}
		}
		return value{s: strconv.Itoa(code), num: true}, true
	case "decode":
		// new TextDecoder().decode(new Uint8Array([99, 117, …]))
		if len(args) != 1 {
			return value{}, false
		}
		b, ok := w.foldBytes(args[0].Value, depth+1)
		if !ok {
			return value{}, false
		}
		return value{s: string(b), decoded: true}, true
	case "pop", "shift":
		// an element of an array built in place: s.split("\n").pop()
		// (never a variable's array, which the call would change)
		if len(args) != 0 {
			return value{}, false
		}
		if v, isVar := dot.X.(*js.Var); isVar {
			// a variable's array only where this is its one use: const
			// lines = text.split("\n"); run(lines.pop())
			if cv := canon(v); cv.Uses != 2 || w.arrMut[cv] {
				return value{}, false
			}
		}
		arr, dec, ok := w.foldArray(dot.X, depth+1)
		if !ok || len(arr) == 0 {
			return value{}, false
		}
		if method == "pop" {
			return value{s: arr[len(arr)-1], decoded: dec}, true
		}
		return value{s: arr[0], decoded: dec}, true
	}
	return value{}, false
}

// foldMap applies a callback to each element of a constant array: a
// function of one parameter returning one expression, or a decoder named
// by reference (String.fromCharCode). The result is decoded when an
// element's is (char codes are; r => r + ".test(p)" is not).
func (w *walker) foldMap(arr []string, cb js.IExpr, depth int) ([]string, bool, bool) {
	if len(arr) > 5000 || w.inlining > 4 {
		return nil, false, false
	}
	out := make([]string, 0, len(arr))
	size, dec := 0, false
	apply := func(f func(string) (value, bool)) ([]string, bool, bool) {
		for _, el := range arr {
			v, ok := f(el)
			if size += len(v.s); !ok || size > maxFoldLen {
				return nil, false, false
			}
			out = append(out, v.s)
			dec = dec || v.decoded
		}
		return out, dec, true
	}
	var params *js.Params
	var ret js.IExpr
	var fn *helper
	if v, ok := cb.(*js.Var); ok {
		fn = w.helperOf(v)
	}
	if fn != nil && len(fn.locals) == 0 && fn.loop == nil {
		// .map(decode), a decoder function of the file or of a module it
		// loads
		params, ret = fn.params, fn.ret
	} else if funcParams(cb) == nil {
		switch w.dotted(cb, 0) {
		case "String.fromCharCode", "String.fromCodePoint":
			return apply(func(el string) (value, bool) {
				return w.foldCharCodes([]js.Arg{{Value: numLiteral(el)}}, depth+1)
			})
		}
		return nil, false, false
	} else {
		params, ret = singleReturn(cb)
	}
	if params == nil || len(params.List) == 0 || len(params.List) > 2 || params.Rest != nil || ret == nil {
		return nil, false, false
	}
	param, ok := params.List[0].Binding.(*js.Var)
	if !ok {
		return nil, false, false
	}
	pv := canon(param)
	old, had := w.consts[pv]
	defer w.unbind(pv, old, had)
	// (c, i) => c - k - (i % 2): the element's index too
	var iv *js.Var
	if len(params.List) == 2 {
		v, ok := params.List[1].Binding.(*js.Var)
		if !ok {
			return nil, false, false
		}
		iv = canon(v)
		oldI, hadI := w.consts[iv]
		defer w.unbind(iv, oldI, hadI)
	}
	w.inlining++
	defer func() { w.inlining-- }()
	i := 0
	return apply(func(el string) (value, bool) {
		_, err := strconv.ParseFloat(el, 64)
		w.consts[pv] = constVal{v: value{s: el, num: err == nil}, ok: true}
		if iv != nil {
			w.consts[iv] = constVal{v: value{s: strconv.Itoa(i), num: true}, ok: true}
			i++
		}
		return w.fold(ret, depth+1)
	})
}

// storeTyped returns the numbers of arr as a typed array of that kind
// stores them (truncated, then wrapped, or clamped for
// Uint8ClampedArray); false when one is no number.
func storeTyped(kind string, arr []string) ([]string, bool) {
	size := 256.0
	if kind == "Uint16Array" {
		size = 65536
	}
	out := make([]string, len(arr))
	for i, s := range arr {
		f, err := strconv.ParseFloat(s, 64)
		if err != nil || math.IsNaN(f) || math.IsInf(f, 0) {
			return nil, false
		}
		if kind == "Uint8ClampedArray" {
			f = math.RoundToEven(min(max(f, 0), 255))
		} else {
			f = math.Mod(math.Trunc(f), size)
			if f < 0 {
				f += size
			}
		}
		out[i] = strconv.Itoa(int(f))
	}
	return out, true
}

// pluck folds an array literal of object literals mapped to one of their
// properties (layers.map((l) => l.nm), layers a constant's member): each
// object's property, folded.
func (w *walker) pluck(list, cb js.IExpr, depth int) ([]string, bool) {
	params, ret := singleReturn(cb)
	if params == nil || len(params.List) != 1 {
		return nil, false
	}
	p, ok := params.List[0].Binding.(*js.Var)
	d, isDot := ret.(*js.DotExpr)
	if !ok || !isDot {
		return nil, false
	}
	if x, ok := d.X.(*js.Var); !ok || canon(x) != canon(p) {
		return nil, false
	}
	if m := w.objectMember(list, depth); m != nil {
		list = m
	}
	arr, ok := list.(*js.ArrayExpr)
	if !ok || len(arr.List) == 0 || len(arr.List) > 1000 {
		return nil, false
	}
	key := string(propData(d.Y))
	out := make([]string, 0, len(arr.List))
	size := 0
	for _, el := range arr.List {
		o, ok := el.Value.(*js.ObjectExpr)
		if !ok || el.Spread {
			return nil, false
		}
		val := objectKey(o, key)
		if val == nil {
			return nil, false
		}
		v, ok := w.fold(val, depth+1)
		if size += len(v.s); !ok || size > maxFoldLen {
			return nil, false
		}
		out = append(out, v.s)
	}
	return out, true
}

// objectKey returns the value an object literal gives key, nil when it
// sets none by a plain name or string key.
func objectKey(o *js.ObjectExpr, key string) js.IExpr {
	var found js.IExpr
	for _, p := range o.List {
		if p.Spread || p.Name == nil || p.Name.IsComputed() {
			continue
		}
		if literalName(p.Name.Literal.Data) == key {
			found = p.Value
		}
	}
	return found
}

// mapRows folds an array literal of arrays mapped by a function that
// makes each a string ([[104, 116], [116, 112]].map(decode)).
func (w *walker) mapRows(rows, cb js.IExpr, depth int) ([]string, bool, bool) {
	if v, ok := rows.(*js.Var); ok && w.tables != nil {
		// const seg = [[99, 111], …]; seg.map(decode)
		if t := w.tables[canon(v)]; t != nil {
			rows = t
		}
	}
	arr, ok := rows.(*js.ArrayExpr)
	if !ok || len(arr.List) == 0 || len(arr.List) > 1000 || w.inlining > 4 {
		return nil, false, false
	}
	var fn *helper
	if v, ok := cb.(*js.Var); ok {
		fn = w.funcs[canon(v)]
	} else if params, ret := singleReturn(cb); params != nil && ret != nil {
		fn = &helper{params: params, ret: ret}
	}
	if fn == nil || len(fn.params.List) != 1 {
		return nil, false, false
	}
	out := make([]string, 0, len(arr.List))
	size, dec := 0, false
	for _, el := range arr.List {
		if _, isArr := el.Value.(*js.ArrayExpr); !isArr || el.Spread {
			return nil, false, false
		}
		v, ok := w.inline(fn, []js.Arg{{Value: el.Value}}, depth+1)
		if size += len(v.s); !ok || size > maxFoldLen {
			return nil, false, false
		}
		out = append(out, v.s)
		dec = dec || v.decoded
	}
	return out, dec, true
}

// singleReturn returns the parameters and the returned expression of a
// function (arrow or not) whose body is one return statement; nil
// otherwise.
func singleReturn(fn js.IExpr) (*js.Params, js.IExpr) {
	body := funcBody(fn)
	if body == nil || len(body.List) != 1 {
		return nil, nil
	}
	r, ok := body.List[0].(*js.ReturnStmt)
	if !ok || r.Value == nil {
		return nil, nil
	}
	return funcParams(fn), r.Value
}

// funcBody returns the body of a function expression (arrow or not),
// nil for anything else.
func funcBody(fn js.IExpr) *js.BlockStmt {
	switch f := fn.(type) {
	case *js.ArrowFunc:
		return &f.Body
	case *js.FuncDecl:
		return &f.Body
	}
	return nil
}

// numLiteral makes a number literal for folding helpers that take
// arguments.
func numLiteral(s string) js.IExpr {
	return &js.LiteralExpr{TokenType: js.DecimalToken, Data: []byte(s)}
}

// tagged folds a template whose tag is a helper that hands its strings
// to String.raw and decodes the result: v`hmpcbm` with const v = (s,
// ...x) => String.raw(s, ...x).replace(/./g, shift). The helper is
// inlined with its strings bound to the template's raw text.
func (w *walker) tagged(tag *js.Var, n *js.TemplateExpr, depth int) (value, bool) {
	fn := w.helperOf(tag)
	if fn == nil || len(fn.params.List) == 0 || !decoderLike(fn.ret, 0) {
		if w.collect {
			// a tag of the file's own that decodes its parts (reversed,
			// reordered): run it
			return w.interpTag(tag, n)
		}
		return value{}, false
	}
	raw, ok := w.fold(&js.TemplateExpr{List: n.List, Tail: n.Tail}, depth+1)
	if !ok {
		return value{}, false
	}
	lit, err := json.Marshal(raw.s)
	if err != nil {
		return value{}, false
	}
	v, ok := w.inline(fn, []js.Arg{{Value: &js.LiteralExpr{TokenType: js.StringToken, Data: lit}}}, depth)
	v.decoded = v.decoded || ok && v.s != raw.s
	return v, ok
}

// numeric reports a string of decimal digits, with a minus sign at most
// before them: what JavaScript's arithmetic reads as the number it spells.
func numeric(s string) bool {
	s = strings.TrimPrefix(s, "-")
	if s == "" || len(s) > 16 {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

// foldAssign folds an assignment to a parameter or constant of the
// function evalFunc is evaluating, and binds it to the value from there
// on: (c <= "Z" ? 90 : 122) >= (c = c.charCodeAt(0) + 13) ? c : c - 26,
// the classic ROT13 callback. Any other assignment does not fold.
func (w *walker) foldAssign(n *js.BinaryExpr, depth int) (value, bool) {
	v, ok := n.X.(*js.Var)
	if !ok || !slices.Contains(w.evalVars, canon(v)) {
		return value{}, false
	}
	x, ok := w.fold(n.Y, depth+1)
	if !ok {
		return value{}, false
	}
	w.consts[canon(v)] = constVal{v: x, ok: true}
	return x, true
}

// truthy reports a folded value JavaScript takes for true.
func truthy(v value) bool {
	if v.num {
		return v.s != "0" && v.s != "NaN" && v.s != "-0"
	}
	return v.s != ""
}

// foldMemo folds a value computed once and kept, cache[j] || (cache[j] =
// decode(T[j])), as the value computed.
func (w *walker) foldMemo(n *js.BinaryExpr, depth int) (value, bool) {
	y := n.Y
	for g, ok := y.(*js.GroupExpr); ok; g, ok = y.(*js.GroupExpr) {
		y = g.X
	}
	a, ok := y.(*js.BinaryExpr)
	if !ok || a.Op != js.EqToken || !sameRef(a.X, n.X, 0) {
		return value{}, false
	}
	return w.fold(a.Y, depth+1)
}

// sameRef reports two references to the same place: one variable, or the
// same property (by name or constant key) of the same place.
func sameRef(a, b js.IExpr, depth int) bool {
	if depth > 8 {
		return false
	}
	switch x := a.(type) {
	case *js.Var:
		y, ok := b.(*js.Var)
		return ok && canon(x) == canon(y)
	case *js.DotExpr:
		y, ok := b.(*js.DotExpr)
		return ok && bytes.Equal(propData(x.Y), propData(y.Y)) && sameRef(x.X, y.X, depth+1)
	case *js.IndexExpr:
		y, ok := b.(*js.IndexExpr)
		if !ok || !sameRef(x.X, y.X, depth+1) {
			return false
		}
		if kx, ok := x.Y.(*js.LiteralExpr); ok {
			ky, ok := y.Y.(*js.LiteralExpr)
			return ok && bytes.Equal(kx.Data, ky.Data)
		}
		return sameRef(x.Y, y.Y, depth+1)
	}
	return false
}

// foldArith folds arithmetic on two constant numbers (c - 1, c ^ 42),
// with JavaScript's 32-bit integer rules for the bitwise operators.
func (w *walker) foldArith(n *js.BinaryExpr, depth int) (value, bool) {
	switch n.Op {
	case js.SubToken, js.MulToken, js.DivToken, js.ModToken, js.BitAndToken, js.BitOrToken, js.BitXorToken, js.LtLtToken, js.GtGtToken:
	default:
		return value{}, false
	}
	x, ok1 := w.fold(n.X, depth+1)
	y, ok2 := w.fold(n.Y, depth+1)
	// these operators make numbers of strings ("102" - 3 is 99): an
	// element of a table of numbers read by index is one
	if !ok1 || !ok2 || !x.num && !numeric(x.s) || !y.num && !numeric(y.s) {
		return value{}, false
	}
	a, err1 := strconv.ParseFloat(x.s, 64)
	b, err2 := strconv.ParseFloat(y.s, 64)
	if err1 != nil || err2 != nil {
		return value{}, false
	}
	var r float64
	switch n.Op {
	case js.SubToken:
		r = a - b
	case js.MulToken:
		r = a * b
	case js.DivToken:
		if b == 0 {
			return value{}, false
		}
		r = a / b
	case js.ModToken:
		if b == 0 {
			return value{}, false
		}
		r = math.Mod(a, b)
	default:
		ia, ib := int32(int64(a)), int32(int64(b))
		switch n.Op {
		case js.BitAndToken:
			r = float64(ia & ib)
		case js.BitOrToken:
			r = float64(ia | ib)
		case js.BitXorToken:
			r = float64(ia ^ ib)
		case js.LtLtToken:
			r = float64(ia << (uint32(ib) & 31))
		case js.GtGtToken:
			r = float64(ia >> (uint32(ib) & 31))
		}
	}
	if math.IsNaN(r) || math.IsInf(r, 0) {
		return value{}, false
	}
	return value{s: strconv.FormatFloat(r, 'f', -1, 64), num: true, decoded: x.decoded || y.decoded}, true
}

// foldInt folds a constant integer, negative ones (-2) included.
func (w *walker) foldInt(e js.IExpr, depth int) (int, bool) {
	sign := 1.0
	if u, ok := e.(*js.UnaryExpr); ok && u.Op == js.NegToken {
		sign, e = -1, u.X
	}
	b, ok := w.fold(e, depth)
	if !ok || !b.num {
		return 0, false
	}
	f, err := strconv.ParseFloat(b.s, 64)
	if err != nil || f != math.Trunc(f) || math.Abs(f) > 1<<30 {
		return 0, false
	}
	return int(sign * f), true
}

// foldSubstring folds the string methods that cut a piece out: slice,
// substring, substr, charAt and at, with JavaScript's rules for negative
// and swapped bounds, counting UTF-16 code units as JavaScript does.
// On an array built in place, at(i) is its element.
func (w *walker) foldSubstring(method string, recv js.IExpr, args []js.Arg, depth int) (value, bool) {
	bounds, ok := w.foldBounds(args, depth)
	if !ok {
		return value{}, false
	}
	if method == "at" && len(bounds) == 1 {
		if _, isVar := recv.(*js.Var); !isVar {
			if arr, dec, ok := w.foldArray(recv, depth+1); ok {
				i := bounds[0]
				if i < 0 {
					i += len(arr)
				}
				if i < 0 || i >= len(arr) {
					return value{}, false
				}
				return value{s: arr[i], decoded: dec}, true
			}
		}
	}
	v, ok := w.fold(recv, depth+1)
	if !ok || v.num || v.buffer {
		return value{}, false
	}
	u := utf16.Encode([]rune(v.s))
	n := len(u)
	clamp := func(i int) int { return min(max(i, 0), n) }
	start, end := 0, n
	switch method {
	case "slice":
		start, end = sliceRange(bounds, n)
	case "substring":
		if len(bounds) > 0 {
			start = clamp(bounds[0])
		}
		if len(bounds) > 1 {
			end = clamp(bounds[1])
		}
		if start > end {
			start, end = end, start
		}
	case "substr":
		if len(bounds) > 0 {
			start = relIndex(bounds[0], n)
		}
		if len(bounds) > 1 {
			end = min(start+max(bounds[1], 0), n)
		}
	case "charAt", "at":
		if len(bounds) != 1 {
			return value{}, false
		}
		i := bounds[0]
		if method == "at" && i < 0 {
			i += n
		}
		if i < 0 || i >= n {
			return value{s: "", decoded: v.decoded}, method == "charAt"
		}
		start, end = i, i+1
	}
	if start >= end {
		return value{s: "", decoded: v.decoded}, true
	}
	return value{s: string(utf16.Decode(u[start:end])), decoded: v.decoded}, true
}

// foldBounds folds the (at most two) integer arguments of slice,
// substring, substr, charAt or at.
func (w *walker) foldBounds(args []js.Arg, depth int) ([]int, bool) {
	if len(args) > 2 {
		return nil, false
	}
	bounds := make([]int, 0, 2)
	for _, a := range args {
		i, ok := w.foldInt(a.Value, depth+1)
		if !ok {
			return nil, false
		}
		bounds = append(bounds, i)
	}
	return bounds, true
}

// relIndex is a slice bound of JavaScript's over n elements: a negative
// one counts from the end, and it is clamped to [0, n].
func relIndex(i, n int) int {
	if i < 0 {
		i += n
	}
	return min(max(i, 0), n)
}

// sliceRange is what slice(bounds...) keeps of n elements (of a string
// or an array), as [start, end) with start <= end.
func sliceRange(bounds []int, n int) (start, end int) {
	start, end = 0, n
	if len(bounds) > 0 {
		start = relIndex(bounds[0], n)
	}
	if len(bounds) > 1 {
		end = relIndex(bounds[1], n)
	}
	return start, max(start, end)
}

// namedFold are the last names of the folded functions reached as
// members (Buffer.from, zlib.inflateSync, fs.readFileSync): only those
// calls need their callee rendered.
var namedFold = map[string]bool{"from": true, "fromCharCode": true, "fromCodePoint": true, "raw": true, "stringify": true, "atob": true, "readFileSync": true,
	"decodeURIComponent": true, "decodeURI": true, "unescape": true, "apply": true,
	"round": true, "floor": true, "ceil": true, "trunc": true, "abs": true}

// inflaters are zlib's synchronous decompressors, which fold.
var inflaters = map[string]bool{"inflateSync": true, "inflateRawSync": true, "gunzipSync": true, "unzipSync": true}

// inflateCall reports zlib.<one of inflaters>.
func inflateCall(name string) bool {
	fn, ok := strings.CutPrefix(name, "zlib.")
	return ok && inflaters[fn]
}

// mayFoldCall rejects, without rendering the callee, the calls foldCall
// cannot fold: most calls in a file, since every one is tried.
func (w *walker) mayFoldCall(callee js.IExpr) bool {
	switch c := callee.(type) {
	case *js.Var:
		name := c.Name()
		switch string(name) {
		case "atob", "decodeURIComponent", "decodeURI", "unescape", "String":
			return true
		case "require":
			return w.crossFile
		}
		if _, bound := w.binding(c); bound {
			return true
		}
		if w.obf != nil && w.obfDecoderOf(c) != nil {
			return true
		}
		return w.funcs[canon(c)] != nil || w.fnNodes[canon(c)] != nil && w.interpreting()
	case *js.DotExpr:
		switch string(propData(c.Y)) {
		case "atob", "from", "fromCharCode", "fromCodePoint", "raw", "stringify", "default",
			"toString", "join", "concat", "toLowerCase", "toUpperCase", "trim", "replace", "replaceAll",
			"slice", "substring", "substr", "charAt", "at", "pop", "shift", "repeat",
			"charCodeAt", "codePointAt", "decode", "readFileSync", "parse",
			"apply", "round", "floor", "ceil", "trunc", "abs":
			return true
		}
		if x, ok := c.X.(*js.Var); ok && w.interpreting() {
			if b, ok := w.binding(x); ok && Relative(b) {
				return true // a function another module exports
			}
		}
		return inflaters[string(propData(c.Y))]
	}
	return true
}

func (w *walker) foldBuffer(args []js.Arg, depth int) (value, bool) {
	if len(args) == 0 || len(args) > 2 {
		return value{}, false
	}
	if arr, ok := args[0].Value.(*js.ArrayExpr); ok {
		return w.foldCharCodes(elementsAsArgs(arr), depth)
	}
	if v, ok := args[0].Value.(*js.Var); ok && !w.arrMut[canon(v)] {
		// const E = [104, 116, …]; Buffer.from(E): its bytes
		if arr, _, ok := w.foldArray(v, depth+1); ok && len(arr) > 0 {
			codes := make([]js.Arg, len(arr))
			for i, b := range arr {
				if n, err := strconv.Atoi(b); err != nil || n < 0 || n > 255 {
					return value{}, false
				}
				codes[i] = js.Arg{Value: numLiteral(b)}
			}
			return w.foldCharCodes(codes, depth)
		}
	}
	v, ok := w.fold(args[0].Value, depth+1)
	if !ok {
		return value{}, false
	}
	enc := "utf8"
	if len(args) == 2 {
		e, ok := w.fold(args[1].Value, depth+1)
		if !ok {
			return value{}, false
		}
		enc = strings.ToLower(e.s)
	}
	if d, ok, encoded := encodedBytes(v.s, enc); encoded {
		return value{s: d, decoded: true, buffer: true}, ok
	}
	return value{s: v.s, decoded: v.decoded, buffer: true}, true
}

// encodedBytes decodes s written in enc as Buffer.from(s, enc) does for
// base64 and hex; encoded is false for other encodings (the text is its
// bytes), ok false when s does not decode.
func encodedBytes(s, enc string) (d string, ok, encoded bool) {
	switch enc {
	case "base64", "base64url":
		d, ok := DecodeBase64(s)
		return d, ok, true
	case "hex":
		// Node decodes the whole bytes and drops an odd last digit
		s = strings.TrimSpace(s)
		b, err := hex.DecodeString(s[:len(s)&^1])
		return string(b), err == nil, true
	}
	return "", false, false
}

func elementsAsArgs(arr *js.ArrayExpr) []js.Arg {
	out := make([]js.Arg, 0, len(arr.List))
	for _, e := range arr.List {
		out = append(out, js.Arg{Value: e.Value, Rest: e.Spread})
	}
	return out
}

func (w *walker) foldCharCodes(args []js.Arg, depth int) (value, bool) {
	// String.fromCharCode(...[1,2,3]) and String.fromCharCode(1,2,3)
	if len(args) == 1 && args[0].Rest {
		if arr, ok := args[0].Value.(*js.ArrayExpr); ok {
			args = elementsAsArgs(arr)
		} else if codes, _, ok := w.foldArray(args[0].Value, depth+1); ok && len(codes) <= maxFoldLen/4 {
			// String.fromCharCode(...EP) with EP a constant array
			var sb strings.Builder
			for _, c := range codes {
				n, err := strconv.ParseInt(c, 10, 32)
				if err != nil || n < 0 || n > utf8.MaxRune {
					return value{}, false
				}
				sb.WriteRune(rune(n))
			}
			return value{s: sb.String(), decoded: true}, sb.Len() > 0
		}
	}
	if len(args) == 0 || len(args) > maxFoldLen/4 {
		return value{}, false
	}
	var sb strings.Builder
	for _, a := range args {
		if a.Value == nil || a.Rest {
			return value{}, false
		}
		v, ok := w.fold(a.Value, depth+1)
		if !ok || !v.num {
			return value{}, false
		}
		n, err := strconv.ParseInt(v.s, 10, 32)
		if err != nil || n < 0 || n > utf8.MaxRune {
			return value{}, false
		}
		sb.WriteRune(rune(n))
	}
	return value{s: sb.String(), decoded: true}, true
}

// foldArray evaluates array-valued expressions: literals, split, reverse.
func (w *walker) foldArray(e js.IExpr, depth int) ([]string, bool, bool) {
	if depth > maxFoldDepth {
		return nil, false, false
	}
	switch n := e.(type) {
	case *js.ArrayExpr:
		if len(n.List) > 100000 {
			return nil, false, false
		}
		if len(n.List) == 1 && n.List[0].Spread {
			// [..."string"]: its characters
			if v, ok := w.fold(n.List[0].Value, depth+1); ok && !v.num {
				return chars(v.s), v.decoded, true
			}
		}
		out := make([]string, 0, len(n.List))
		dec := false
		for _, el := range n.List {
			if el.Spread || el.Value == nil {
				return nil, false, false
			}
			v, ok := w.fold(el.Value, depth+1)
			if !ok {
				return nil, false, false
			}
			dec = dec || v.decoded
			out = append(out, v.s)
		}
		return out, dec, true
	case *js.GroupExpr:
		return w.foldArray(n.X, depth+1)
	case *js.Var:
		if c, ok := w.arrays[canon(n)]; ok && (len(c) > 0 || !w.arrMut[canon(n)]) {
			// (an empty one pushed to with what does not fold is filled
			// at run time, not empty; one with constants keeps them)
			return c, false, true
		}
		if w.lim.ModuleArray != nil {
			// const { PARTS } = require("./parts"): its constant array
			if spec, prop, ok := w.moduleMember(n); ok {
				return w.moduleArray(spec, prop)
			}
		}
	case *js.DotExpr, *js.IndexExpr:
		if p := w.objectMember(n, depth); p != nil {
			return w.foldArray(p, depth+1)
		}
		if d, ok := n.(*js.DotExpr); ok && w.lim.ModuleArray != nil {
			// const c = require("./constants"); c.PARTS: its constant
			// array
			if v, ok := d.X.(*js.Var); ok {
				if b, ok := w.binding(v); ok && Relative(b) {
					return w.moduleArray(b, string(propData(d.Y)))
				}
			}
		}
	case *js.CallExpr:
		dot, ok := n.X.(*js.DotExpr)
		if !ok {
			return nil, false, false
		}
		switch propName(dot.Y) {
		case "from":
			// Array.from("string"): its characters; Array.from(s, fn)
			// maps them
			x, ok := dot.X.(*js.Var)
			if !ok || len(n.Args.List) == 0 || len(n.Args.List) > 2 {
				return nil, false, false
			}
			switch typed := string(x.Name()); typed {
			case "Array":
			case "Uint8Array", "Uint8ClampedArray", "Uint16Array":
				// Uint8Array.from(codes, (v) => (v - 7) / 3): the (mapped)
				// numbers stored as the array stores them
				arr, dec, ok := w.foldArray(n.Args.List[0].Value, depth+1)
				if ok && len(n.Args.List) == 2 {
					arr, dec, ok = w.foldMap(arr, n.Args.List[1].Value, depth)
				}
				if !ok {
					return nil, false, false
				}
				out, ok := storeTyped(typed, arr)
				return out, dec, ok
			default:
				return nil, false, false
			}
			var arr []string
			dec, ok := false, false
			if v, isStr := w.fold(n.Args.List[0].Value, depth+1); isStr && !v.num {
				arr, dec, ok = chars(v.s), v.decoded, true
			} else {
				arr, dec, ok = w.foldArray(n.Args.List[0].Value, depth+1)
			}
			if !ok || len(n.Args.List) == 1 {
				return arr, dec, ok
			}
			return w.foldMap(arr, n.Args.List[1].Value, depth)
		case "split":
			v, ok := w.fold(dot.X, depth+1)
			if !ok || len(n.Args.List) != 1 {
				return nil, false, false
			}
			sep, ok := w.fold(n.Args.List[0].Value, depth+1)
			if !ok {
				return nil, false, false
			}
			if sep.s == "" {
				return chars(v.s), v.decoded, true
			}
			return strings.Split(v.s, sep.s), v.decoded, true
		case "map":
			// [99, 117, …].map(c => String.fromCharCode(c)), .map(String.fromCharCode)
			if len(n.Args.List) != 1 {
				return nil, false, false
			}
			arr, _, ok := w.foldArray(dot.X, depth+1)
			if !ok {
				if out, ok := w.pluck(dot.X, n.Args.List[0].Value, depth); ok {
					return out, false, true
				}
				return w.mapRows(dot.X, n.Args.List[0].Value, depth)
			}
			return w.foldMap(arr, n.Args.List[0].Value, depth)
		case "reverse":
			arr, _, ok := w.foldArray(dot.X, depth+1)
			if !ok {
				return nil, false, false
			}
			out := make([]string, len(arr))
			for i, s := range arr {
				out[len(arr)-1-i] = s
			}
			return out, true, true
		case "slice":
			// parts.slice(1).join("\\"): a path or URL kept in pieces
			bounds, ok := w.foldBounds(n.Args.List, depth)
			if !ok {
				return nil, false, false
			}
			arr, dec, ok := w.foldArray(dot.X, depth+1)
			if !ok {
				return nil, false, false
			}
			start, end := sliceRange(bounds, len(arr))
			// a copy: arr may be a learned array, which callers extend
			return slices.Clone(arr[start:end]), dec, true
		case "concat":
			arr, dec, ok := w.foldArray(dot.X, depth+1)
			if !ok {
				return nil, false, false
			}
			out := slices.Clone(arr)
			for _, a := range n.Args.List {
				if more, d, ok := w.foldArray(a.Value, depth+1); ok {
					out, dec = append(out, more...), dec || d
				} else if v, ok := w.fold(a.Value, depth+1); ok {
					out, dec = append(out, v.s), dec || v.decoded
				} else {
					return nil, false, false
				}
				if len(out) > 100000 {
					return nil, false, false
				}
			}
			return out, dec, true
		}
	}
	return nil, false, false
}

// DecodeBase64 decodes standard or URL base64, padded or not, ignoring
// line breaks and spaces.
func DecodeBase64(s string) (string, bool) {
	s = strings.Map(func(r rune) rune {
		if r == '\n' || r == '\r' || r == ' ' || r == '\t' {
			return -1
		}
		return r
	}, s)
	for _, enc := range []*base64.Encoding{base64.StdEncoding, base64.RawStdEncoding, base64.URLEncoding, base64.RawURLEncoding} {
		if d, err := enc.DecodeString(s); err == nil {
			return string(d), true
		}
	}
	return "", false
}

// propName returns the name in a.b (Y of a DotExpr).
func propName(y js.IExpr) string { return string(propData(y)) }

// propData is propName without the copy.
func propData(y js.IExpr) []byte {
	switch n := y.(type) {
	case js.LiteralExpr:
		return n.Data
	case *js.LiteralExpr:
		return n.Data
	case *js.Var:
		return n.Name()
	}
	return nil
}

// identText decodes the escapes a name may be written with (\u0065val is
// eval); most names have none and come back as they are.
func identText(b []byte) []byte {
	if bytes.IndexByte(b, '\\') < 0 {
		return b
	}
	out := make([]byte, 0, len(b))
	for i := 0; i < len(b); {
		if b[i] != '\\' || i+1 >= len(b) || b[i+1] != 'u' {
			out = append(out, b[i])
			i++
			continue
		}
		j := i + 2
		var digits []byte
		if j < len(b) && b[j] == '{' {
			k := bytes.IndexByte(b[j:], '}')
			if k < 0 {
				return b
			}
			digits, i = b[j+1:j+k], j+k+1
		} else if j+4 <= len(b) {
			digits, i = b[j:j+4], j+4
		} else {
			return b
		}
		r, err := strconv.ParseUint(string(digits), 16, 32)
		if err != nil || r > unicode.MaxRune {
			return b
		}
		out = utf8.AppendRune(out, rune(r))
	}
	return out
}

// packageValue folds a read of the package's own package.json, x.key:
// process.env.npm_package_* (set by npm for lifecycle scripts),
// require("./package.json").field, pkg.field and pkg.config.key with pkg
// bound to it. Such a value is a constant like a literal: package.json
// fields name files and commands legitimately (require(pkg.main)), so it
// is not "decoded".
func (w *walker) packageValue(x js.IExpr, key string) (value, bool) {
	var k string
	switch n := x.(type) {
	case *js.DotExpr:
		inner := propData(n.Y)
		if v, ok := n.X.(*js.Var); ok && strings.HasPrefix(key, "npm_package_") && string(inner) == "env" && string(v.Name()) == "process" {
			k = "env:" + key
		} else if w.ownManifest(n.X) {
			k = "field:" + string(inner) + "." + key
		} else {
			return value{}, false
		}
	case *js.Var, *js.CallExpr:
		if !w.ownManifest(n) {
			return value{}, false
		}
		k = "field:" + key
	default:
		return value{}, false
	}
	s, ok := w.lim.Package(k)
	return value{s: s}, ok
}

// jsonValue folds a string field of a JSON file of the package, x.key
// with x require("./data.json") or a variable bound to it: a constant like
// a literal, as a payload kept there is the package's own text.
func (w *walker) jsonValue(x js.IExpr, key string) (value, bool) {
	if w.lim.ReadFile == nil && w.lim.Module == nil {
		return value{}, false
	}
	var mod string
	switch n := x.(type) {
	case *js.Var:
		mod, _ = w.binding(n)
	case *js.DotExpr:
		// K.path.p: a property of a property (exportMember records two
		// levels)
		inner, ok := n.X.(*js.Var)
		if !ok || strings.Contains(key, ".") {
			return value{}, false
		}
		mod, _ = w.binding(inner)
		key = string(propData(n.Y)) + "." + key
	case *js.CallExpr:
		if len(n.Args.List) != 1 {
			return value{}, false
		}
		if l, ok := n.Args.List[0].Value.(*js.LiteralExpr); !ok || l.TokenType != js.StringToken || !strings.HasSuffix(modName(l.Data), ".json") {
			return value{}, false
		}
		mod = w.moduleOf(n)
	default:
		return value{}, false
	}
	if !Relative(mod) {
		return value{}, false
	}
	if i := strings.Index(mod, ".json."); i > 0 {
		// const { $meta: m } = require("./preset.json"); m.t
		mod, key = mod[:i+len(".json")], mod[i+len(".json."):]+"."+key
	}
	if !strings.HasSuffix(mod, ".json") {
		// T.m with T = require("./fp"): a constant property of what that
		// module exports (Facts.ExportProps)
		if v, ok := w.moduleProp(mod, key); ok {
			return v, true
		}
		// M.driver with const { maintenance: M } = require("./keywords"):
		// the module's property two levels down
		if i := strings.LastIndexByte(mod, '.'); i > 2 && !strings.Contains(mod[i:], "/") {
			return w.moduleProp(mod[:i], mod[i+1:]+"."+key)
		}
		return value{}, false
	}
	if w.lim.ReadFile == nil {
		return value{}, false
	}
	p := PackagePath(w.file, path.Join(path.Dir(w.file), mod))
	if p == "" {
		return value{}, false
	}
	doc, ok := w.jsonDocs[p]
	if !ok {
		if s, read := w.lim.ReadFile(p); read && len(s) <= 1<<20 {
			_ = json.Unmarshal([]byte(s), &doc) // not an object: nothing to fold
		}
		if w.jsonDocs == nil {
			w.jsonDocs = map[string]map[string]any{}
		}
		if len(w.jsonDocs) < 16 {
			w.jsonDocs[p] = doc
		}
	}
	if v, ok := jsonField(doc, key).(string); ok {
		return value{s: v}, true
	}
	return value{}, false
}

// jsonField returns the field of a JSON object a dotted key names
// ("path.p" is doc.path.p).
func jsonField(doc map[string]any, key string) any {
	head, rest, nested := strings.Cut(key, ".")
	if !nested {
		return doc[key]
	}
	if v, ok := doc[key]; ok {
		return v // a key with a dot in it
	}
	inner, _ := doc[head].(map[string]any)
	return jsonField(inner, rest)
}

// moduleMember returns the module of the package and the property a
// variable is bound to: const { m } = require("./fp") or import { m }
// from "./fp" bind m to "./fp.m". ok is false for anything else.
func (w *walker) moduleMember(v *js.Var) (spec, prop string, ok bool) {
	b, ok := w.binding(v)
	if !ok || !Relative(b) {
		return "", "", false
	}
	i := strings.LastIndexByte(b, '.')
	if i <= 2 {
		return "", "", false // "./fp" itself
	}
	return b[:i], b[i+1:], true
}

// moduleProp folds a constant property of what the package's module spec
// exports (Limits.Module), asked once per file.
func (w *walker) moduleProp(spec, key string) (value, bool) {
	if w.lim.Module == nil || key == "" {
		return value{}, false
	}
	k := spec + "\x00" + key
	if v, ok := w.modProps[k]; ok {
		return value{s: v}, v != ""
	}
	v, _ := w.lim.Module(w.file, spec, key)
	if w.modProps == nil {
		w.modProps = map[string]string{}
	}
	if len(w.modProps) < 256 {
		w.modProps[k] = v
	}
	return value{s: v}, v != ""
}

// moduleArray folds a constant array of strings the package's module
// spec exports as property key (Limits.ModuleArray).
func (w *walker) moduleArray(spec, key string) ([]string, bool, bool) {
	k := spec + "\x00" + key
	if arr, ok := w.modArrays[k]; ok {
		return arr, false, arr != nil
	}
	arr, ok := w.lim.ModuleArray(w.file, spec, key)
	if !ok {
		arr = nil
	}
	if w.modArrays == nil {
		w.modArrays = map[string][]string{}
	}
	if len(w.modArrays) < 256 {
		w.modArrays[k] = arr
	}
	return arr, false, arr != nil
}

// moduleTable returns the string table of the decoder the package's
// module spec exports (Limits.ModuleTable), asked once per file.
func (w *walker) moduleTable(spec string) (*StringTable, bool) {
	if t, ok := w.modTables[spec]; ok {
		return t, t != nil
	}
	t, ok := w.lim.ModuleTable(w.file, spec)
	if !ok {
		t = nil
	}
	if w.modTables == nil {
		w.modTables = map[string]*StringTable{}
	}
	if len(w.modTables) < 256 {
		w.modTables[spec] = t
	}
	return t, t != nil
}

// ownManifest reports require("./package.json"), "../package.json" and
// so on, or a variable bound to one: the package's own manifest, not
// another package's ("x/package.json").
func (w *walker) ownManifest(e js.IExpr) bool {
	var mod string
	switch n := e.(type) {
	case *js.Var:
		if !w.manifestBound {
			return false
		}
		mod, _ = w.binding(n)
	case *js.CallExpr:
		// require("./package.json"): look at the literal before resolving
		if len(n.Args.List) != 1 {
			return false
		}
		if l, ok := n.Args.List[0].Value.(*js.LiteralExpr); !ok || !bytes.Contains(l.Data, []byte("package.json")) {
			return false
		}
		mod = w.moduleOf(n)
	}
	if !strings.HasPrefix(mod, ".") || !strings.HasSuffix(mod, "/package.json") {
		return false
	}
	rest := strings.TrimSuffix(mod, "package.json")
	for rest != "" {
		switch {
		case strings.HasPrefix(rest, "./"):
			rest = rest[2:]
		case strings.HasPrefix(rest, "../"):
			rest = rest[3:]
		default:
			return false
		}
	}
	return true
}

// readPath renders the path a file read names, with __dirname as Hole:
// a constant, __dirname + "/x", `${__dirname}/x`, path.join(__dirname,
// "x"). "" when other parts are not constant.
func (w *walker) readPath(e js.IExpr) string {
	if v, ok := w.fold(e, 0); ok && !v.num {
		return v.s
	}
	if p, ok := w.metaURLPath(e); ok {
		return p
	}
	c, ok := e.(*js.CallExpr)
	if !ok || !isPathJoin(normCallee(w.dotted(c.X, 0))) || len(c.Args.List) == 0 || len(c.Args.List) > 8 {
		s, _ := w.shape(e)
		return s
	}
	parts := make([]string, 0, len(c.Args.List))
	for i, a := range c.Args.List {
		if v, ok := a.Value.(*js.Var); ok && i == 0 && string(v.Name()) == "__dirname" {
			parts = append(parts, Hole)
			continue
		}
		f, ok := w.fold(a.Value, 1)
		if !ok || f.num {
			return ""
		}
		parts = append(parts, f.s)
	}
	return strings.Join(parts, "/")
}

// foldURL folds new URL(u) and new URL(path, base) with a constant
// absolute base: the URL as its href would read.
func (w *walker) foldURL(args []js.Arg, depth int) (value, bool) {
	if len(args) == 0 || len(args) > 2 {
		return value{}, false
	}
	ref, ok := w.fold(args[0].Value, depth+1)
	if !ok || ref.num {
		return value{}, false
	}
	if len(args) == 1 {
		return ref, strings.Contains(ref.s, "://")
	}
	base, ok := w.fold(args[1].Value, depth+1)
	if !ok || base.num {
		return value{}, false
	}
	b, err := url.Parse(base.s)
	if err != nil || !b.IsAbs() {
		return value{}, false
	}
	r, err := url.Parse(ref.s)
	if err != nil {
		return value{}, false
	}
	return value{s: b.ResolveReference(r).String(), decoded: ref.decoded || base.decoded}, true
}

// metaURLPath reads new URL("./x.map", import.meta.url), also through
// fileURLToPath: the file beside this module, as path.join(__dirname,
// "x.map") names it in CommonJS.
func (w *walker) metaURLPath(e js.IExpr) (string, bool) {
	if c, ok := e.(*js.CallExpr); ok && len(c.Args.List) == 1 {
		if d := normCallee(w.dotted(c.X, 0)); d == "url.fileURLToPath" || d == "fileURLToPath" {
			e = c.Args.List[0].Value
		}
	}
	n, ok := e.(*js.NewExpr)
	if !ok || n.Args == nil || len(n.Args.List) != 2 || w.dotted(n.X, 0) != "URL" {
		return "", false
	}
	meta, ok := n.Args.List[1].Value.(*js.DotExpr)
	if !ok || string(propData(meta.Y)) != "url" {
		return "", false
	}
	if _, ok := meta.X.(js.ImportMetaExpr); !ok {
		if _, ok := meta.X.(*js.ImportMetaExpr); !ok {
			return "", false
		}
	}
	v, ok := w.fold(n.Args.List[0].Value, 1)
	if !ok || v.num || strings.Contains(v.s, "://") {
		return "", false
	}
	return Hole + "/" + strings.TrimPrefix(v.s, "./"), true
}

// PackagePath resolves the path shape a file from reads (a FileArg, or a
// readFileSync argument) to a path in the package: under from's directory
// when it starts with a run-time part (__dirname, path.join(__dirname,
// …)), else under the package root (the working directory of install
// scripts). "" when it is not one: other run-time parts, absolute, or
// outside the package.
func PackagePath(from, p string) string {
	if rest, ok := strings.CutPrefix(p, Hole+"/"); ok {
		p = path.Join(path.Dir(from), rest)
	}
	if p == "" || strings.Contains(p, Hole) || path.IsAbs(p) {
		return ""
	}
	p = path.Clean(p)
	if p == ".." || strings.HasPrefix(p, "../") {
		return ""
	}
	return p
}

// chars splits s into its characters (code points).
func chars(s string) []string {
	rs := []rune(s)
	out := make([]string, len(rs))
	for i, r := range rs {
		out[i] = string(r)
	}
	return out
}

// foldBytes evaluates a constant byte array: new Uint8Array([…]),
// Uint8Array.from([…]), Buffer.from([…]) or a plain array of numbers.
func (w *walker) foldBytes(e js.IExpr, depth int) ([]byte, bool) {
	var list js.IExpr = e
	switch n := e.(type) {
	case *js.NewExpr:
		if x, ok := n.X.(*js.Var); !ok || !byteArrayType(string(x.Name())) || n.Args == nil || len(n.Args.List) != 1 {
			return nil, false
		}
		list = n.Args.List[0].Value
	case *js.CallExpr:
		dot, ok := n.X.(*js.DotExpr)
		if !ok || propName(dot.Y) != "from" || len(n.Args.List) == 0 || len(n.Args.List) > 2 {
			return nil, false
		}
		x, ok := dot.X.(*js.Var)
		if !ok || !(byteArrayType(string(x.Name())) || string(x.Name()) == "Buffer") {
			return nil, false
		}
		list = n.Args.List[0].Value
		if len(n.Args.List) == 2 {
			// Uint8Array.from(codes, (v) => (v - 7) / 3): foldArray maps
			// and stores them
			if string(x.Name()) == "Buffer" {
				return nil, false // the second is an encoding
			}
			list = n
		}
	}
	arr, _, ok := w.foldArray(list, depth+1)
	if !ok || len(arr) > maxFoldLen {
		return nil, false
	}
	out := make([]byte, 0, len(arr))
	for _, el := range arr {
		n, err := strconv.Atoi(el)
		if err != nil || n < 0 || n > 255 {
			return nil, false
		}
		out = append(out, byte(n))
	}
	return out, true
}

func byteArrayType(name string) bool {
	return name == "Uint8Array" || name == "Int8Array" || name == "Uint8ClampedArray"
}

// decompress inflates data the way zlib's synchronous calls do, keeping
// at most maxFoldLen bytes of output (a small blob can inflate to
// gigabytes).
func decompress(fn, data string) (string, bool) {
	var r io.Reader
	var err error
	in := strings.NewReader(data)
	switch fn {
	case "zlib.inflateRawSync":
		r = flate.NewReader(in)
	case "zlib.gunzipSync":
		r, err = gzip.NewReader(in)
	case "zlib.unzipSync":
		// gzip or zlib, by the header
		if strings.HasPrefix(data, "\x1f\x8b") {
			r, err = gzip.NewReader(in)
		} else {
			r, err = zlib.NewReader(in)
		}
	default:
		r, err = zlib.NewReader(in)
	}
	if err != nil {
		return "", false
	}
	out, err := io.ReadAll(io.LimitReader(r, maxFoldLen+1))
	if err != nil || len(out) > maxFoldLen {
		return "", false
	}
	return string(out), true
}

// foldBool evaluates a comparison of two constants (ch <= "Z",
// n === 0), or true/false.
func (w *walker) foldBool(e js.IExpr, depth int) (bool, bool) {
	switch n := e.(type) {
	case *js.GroupExpr:
		return w.foldBool(n.X, depth+1)
	case *js.LiteralExpr:
		switch n.TokenType {
		case js.TrueToken:
			return true, true
		case js.FalseToken:
			return false, true
		}
	case *js.BinaryExpr:
		switch n.Op {
		case js.LtToken, js.LtEqToken, js.GtToken, js.GtEqToken, js.EqEqToken, js.EqEqEqToken, js.NotEqToken, js.NotEqEqToken:
		default:
			return false, false
		}
		x, ok1 := w.fold(n.X, depth+1)
		y, ok2 := w.fold(n.Y, depth+1)
		if !ok1 || !ok2 || x.num != y.num {
			return false, false
		}
		c := strings.Compare(x.s, y.s)
		if x.num {
			a, err1 := strconv.ParseFloat(x.s, 64)
			b, err2 := strconv.ParseFloat(y.s, 64)
			if err1 != nil || err2 != nil {
				return false, false
			}
			c = cmpFloat(a, b)
		}
		switch n.Op {
		case js.LtToken:
			return c < 0, true
		case js.LtEqToken:
			return c <= 0, true
		case js.GtToken:
			return c > 0, true
		case js.GtEqToken:
			return c >= 0, true
		case js.EqEqToken, js.EqEqEqToken:
			return c == 0, true
		default:
			return c != 0, true
		}
	}
	return false, false
}

func cmpFloat(a, b float64) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

// maxReplaceMatches bounds the callbacks one replace folds.
const maxReplaceMatches = 10000

// foldRegexpReplace folds s.replace(/re/flags, repl): repl a constant
// string without $ patterns, or a callback computing each replacement
// (ROT13 and shift decoders: s.replace(/[a-z]/gi, ch => …)).
func (w *walker) foldRegexpReplace(v value, lit []byte, repl js.IExpr, depth int) (value, bool) {
	re, global, ok := compileJSRegexp(lit)
	ahead := false
	if !ok {
		// a trailing lookahead, /:(?=process)/, which Go's engine lacks:
		// matched as a last group that the replacement leaves in place
		rewritten := trailingLookahead(lit)
		if bytes.Equal(rewritten, lit) {
			return value{}, false
		}
		if re, global, ok = compileJSRegexp(rewritten); !ok {
			return value{}, false
		}
		ahead = true
	}
	n := 1
	if global {
		n = maxReplaceMatches
	}
	locs := re.FindAllStringSubmatchIndex(v.s, n+1)
	if len(locs) > n && global {
		return value{}, false // too many callbacks to fold
	}
	if len(locs) > n {
		locs = locs[:n]
	}
	var with func(groups []string) (value, bool)
	// a callback computing each replacement decodes (ROT13); a constant
	// replacement only edits ("quire".replace(/^/, "re"), the way
	// protobufjs hides require from bundlers)
	computed := funcParams(repl) != nil
	if computed {
		if w.inlining > 4 {
			return value{}, false
		}
		with = func(groups []string) (value, bool) {
			args := make([]value, len(groups))
			for i, g := range groups {
				args[i] = value{s: g}
			}
			return w.evalFunc(repl, args, depth+1)
		}
	} else {
		r, ok := w.fold(repl, depth+1)
		if !ok || strings.IndexByte(r.s, '$') >= 0 {
			return value{}, false
		}
		with = func([]string) (value, bool) { return r, true }
	}
	var sb strings.Builder
	last, dec := 0, v.decoded || (computed && len(locs) > 0)
	for _, loc := range locs {
		if ahead {
			// the lookahead's text is not part of the match
			start := loc[len(loc)-2]
			loc = loc[:len(loc)-2]
			if start >= 0 {
				loc[1] = start
			}
		}
		groups := make([]string, 0, len(loc)/2)
		for i := 0; i+1 < len(loc); i += 2 {
			if loc[i] < 0 {
				groups = append(groups, "")
				continue
			}
			groups = append(groups, v.s[loc[i]:loc[i+1]])
		}
		r, ok := with(groups)
		if !ok || sb.Len()+len(r.s) > maxFoldLen {
			return value{}, false
		}
		dec = dec || r.decoded
		sb.WriteString(v.s[last:loc[0]])
		sb.WriteString(r.s)
		last = loc[1]
	}
	sb.WriteString(v.s[last:])
	return value{s: sb.String(), decoded: dec}, true
}

// trailingLookahead rewrites a regular expression literal ending in a
// positive lookahead, /x(?=y)/g, as /x(y)/g (the lookahead a last group);
// others are returned as they are.
func trailingLookahead(lit []byte) []byte {
	end := bytes.LastIndexByte(lit, '/')
	if end < 1 {
		return lit
	}
	pat := lit[1:end]
	i := bytes.LastIndex(pat, []byte("(?="))
	if i < 0 || !bytes.HasSuffix(pat, []byte(")")) || bytes.Contains(pat[i+3:], []byte("(")) || bytes.Contains(pat[:i], []byte("(?")) {
		return lit
	}
	out := append([]byte{'/'}, "(?:"...)
	out = append(out, pat[:i]...)
	out = append(out, ")("...)
	out = append(out, pat[i+3:]...)
	return append(out, lit[end:]...)
}

// compileJSRegexp compiles a regular expression literal (/re/flags) as
// Go's regexp reads it: the i, m and s flags map to Go's, g says every
// match is replaced; sticky and unicode-sets flags, and syntax Go's
// engine lacks (backreferences, lookaround), do not compile.
func compileJSRegexp(lit []byte) (*regexp.Regexp, bool, bool) {
	end := bytes.LastIndexByte(lit, '/')
	if len(lit) < 2 || lit[0] != '/' || end < 1 {
		return nil, false, false
	}
	pat, flags := string(lit[1:end]), string(lit[end+1:])
	global, mods := false, ""
	for _, f := range flags {
		switch f {
		case 'g':
			global = true
		case 'i', 'm', 's':
			mods += string(f)
		case 'u', 'd':
		default:
			return nil, false, false
		}
	}
	if mods != "" {
		pat = "(?" + mods + ")" + pat
	}
	re, err := regexp.Compile(pat)
	if err != nil {
		return nil, false, false
	}
	return re, global, true
}

// evalFunc folds a call of a function expression with constant
// arguments: a body of constant declarations ending in a return
// (const base = ch <= "Z" ? 65 : 97; return …), parameters past the
// arguments unbound.
func (w *walker) evalFunc(fn js.IExpr, args []value, depth int) (value, bool) {
	params, body := funcParams(fn), funcBody(fn)
	if params == nil || body == nil || len(body.List) == 0 || len(body.List) > 8 || w.inlining > 4 {
		return value{}, false
	}
	ret, ok := body.List[len(body.List)-1].(*js.ReturnStmt)
	if !ok || ret.Value == nil {
		return value{}, false
	}
	type saved struct {
		v   *js.Var
		old constVal
		had bool
	}
	var restore []saved
	bind := func(v *js.Var, val value, known bool) {
		v = canon(v)
		old, had := w.consts[v]
		restore = append(restore, saved{v, old, had})
		w.evalVars = append(w.evalVars, v)
		if known {
			w.consts[v] = constVal{v: val, ok: true}
		} else {
			w.consts[v] = constVal{}
		}
	}
	defer func(n int) {
		for i := len(restore) - 1; i >= 0; i-- {
			w.unbind(restore[i].v, restore[i].old, restore[i].had)
		}
		w.evalVars = w.evalVars[:n]
	}(len(w.evalVars))
	for i, p := range params.List {
		v, ok := p.Binding.(*js.Var)
		if !ok {
			return value{}, false
		}
		if i < len(args) {
			bind(v, args[i], true)
		} else {
			bind(v, value{}, false)
		}
	}
	w.inlining++
	defer func() { w.inlining-- }()
	for _, st := range body.List[:len(body.List)-1] {
		decl, ok := st.(*js.VarDecl)
		if !ok {
			return value{}, false
		}
		for _, el := range decl.List {
			v, ok := el.Binding.(*js.Var)
			if !ok || el.Default == nil {
				return value{}, false
			}
			val, ok := w.fold(el.Default, depth+1)
			if !ok {
				return value{}, false
			}
			bind(v, val, true)
		}
	}
	return w.fold(ret.Value, depth+1)
}

// xorCycle XORs the bytes of s with key, repeated.
func xorCycle(s string, key []byte) string {
	b := []byte(s)
	for i := range b {
		b[i] ^= key[i%len(key)]
	}
	return string(b)
}
