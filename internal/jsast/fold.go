package jsast

import (
	"bytes"
	"encoding/base64"
	"encoding/hex"
	"encoding/json"
	"math"
	"net/url"
	"path"
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
		if n.Tag != nil && normCallee(w.dotted(n.Tag, 0)) != "String.raw" {
			return value{}, false
		}
		var sb strings.Builder
		dec := false
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
	case *js.BinaryExpr:
		if n.Op != js.AddToken {
			return w.foldArith(n, depth)
		}
		return w.foldAdd(n, depth)
	case *js.DotExpr:
		if w.lim.Package != nil {
			if v, ok := w.packageValue(n.X, string(propData(n.Y))); ok {
				return v, true
			}
		}
		return w.jsonValue(n.X, string(propData(n.Y)))
	case *js.Var:
		if c, ok := w.consts[canon(n)]; ok && c.ok {
			return c.v, true
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
		return w.foldIndex(n, depth)
	case *js.NewExpr:
		// new Buffer(x, enc) and the odd "new Buffer.from(...)"
		if n.Args != nil {
			if w.dotted(n.X, 0) == "Buffer" {
				return w.foldBuffer(n.Args.List, depth)
			}
			return w.foldCall(n.X, n.Args.List, depth)
		}
	}
	return value{}, false
}

func templateText(b []byte) string {
	// Template parts keep their delimiters (` ${ }); strip them.
	s := b
	if len(s) > 0 && (s[0] == '`' || s[0] == '}') {
		s = s[1:]
	}
	if len(s) >= 2 && s[len(s)-2] == '$' && s[len(s)-1] == '{' {
		s = s[:len(s)-2]
	} else if len(s) > 0 && s[len(s)-1] == '`' {
		s = s[:len(s)-1]
	}
	return unescape(s)
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
	name := w.dotted(callee, 0)
	switch name {
	case "fs.readFileSync", "fs-extra.readFileSync":
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
				if d, ok := decodeBase64(v.s); ok {
					return value{s: d, decoded: true}, true
				}
			}
		}
		return value{}, false
	case "Buffer.from":
		return w.foldBuffer(args, depth)
	case "String.fromCharCode", "String.fromCodePoint":
		return w.foldCharCodes(args, depth)
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
		if fn := w.funcs[canon(v)]; fn != nil {
			return w.inline(fn, args, depth)
		}
	}
	dot, ok := callee.(*js.DotExpr)
	if !ok {
		return value{}, false
	}
	method := propName(dot.Y)
	switch method {
	case "toString":
		v, ok := w.fold(dot.X, depth+1)
		if !ok {
			return value{}, false
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
	if funcParams(cb) == nil {
		switch w.dotted(cb, 0) {
		case "String.fromCharCode", "String.fromCodePoint":
			return apply(func(el string) (value, bool) {
				return w.foldCharCodes([]js.Arg{{Value: numLiteral(el)}}, depth+1)
			})
		}
		return nil, false, false
	}
	params, ret := singleReturn(cb)
	if params == nil || len(params.List) != 1 || params.Rest != nil || ret == nil {
		return nil, false, false
	}
	param, ok := params.List[0].Binding.(*js.Var)
	if !ok {
		return nil, false, false
	}
	pv := canon(param)
	old, had := w.consts[pv]
	defer w.unbind(pv, old, had)
	w.inlining++
	defer func() { w.inlining-- }()
	return apply(func(el string) (value, bool) {
		_, err := strconv.ParseFloat(el, 64)
		w.consts[pv] = constVal{v: value{s: el, num: err == nil}, ok: true}
		return w.fold(ret, depth+1)
	})
}

// singleReturn returns the parameters and the returned expression of a
// function (arrow or not) whose body is one return statement; nil
// otherwise.
func singleReturn(fn js.IExpr) (*js.Params, js.IExpr) {
	var body *js.BlockStmt
	switch f := fn.(type) {
	case *js.ArrowFunc:
		body = &f.Body
	case *js.FuncDecl:
		body = &f.Body
	default:
		return nil, nil
	}
	if len(body.List) != 1 {
		return nil, nil
	}
	r, ok := body.List[0].(*js.ReturnStmt)
	if !ok || r.Value == nil {
		return nil, nil
	}
	return funcParams(fn), r.Value
}

// numLiteral makes a number literal for folding helpers that take
// arguments.
func numLiteral(s string) js.IExpr {
	return &js.LiteralExpr{TokenType: js.DecimalToken, Data: []byte(s)}
}

// foldArith folds arithmetic on two constant numbers (c - 1, c ^ 42),
// with JavaScript's 32-bit integer rules for the bitwise operators.
func (w *walker) foldArith(n *js.BinaryExpr, depth int) (value, bool) {
	switch n.Op {
	case js.SubToken, js.MulToken, js.ModToken, js.BitAndToken, js.BitOrToken, js.BitXorToken, js.LtLtToken, js.GtGtToken:
	default:
		return value{}, false
	}
	x, ok1 := w.fold(n.X, depth+1)
	y, ok2 := w.fold(n.Y, depth+1)
	if !ok1 || !ok2 || !x.num || !y.num {
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
	if len(args) > 2 {
		return value{}, false
	}
	var bounds []int
	for _, a := range args {
		i, ok := w.foldInt(a.Value, depth+1)
		if !ok {
			return value{}, false
		}
		bounds = append(bounds, i)
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
	rel := func(i int) int { // slice's and at's: negative counts from the end
		if i < 0 {
			i += n
		}
		return min(max(i, 0), n)
	}
	clamp := func(i int) int { return min(max(i, 0), n) }
	start, end := 0, n
	switch method {
	case "slice":
		if len(bounds) > 0 {
			start = rel(bounds[0])
		}
		if len(bounds) > 1 {
			end = rel(bounds[1])
		}
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
			start = rel(bounds[0])
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

// mayFoldCall rejects, without rendering the callee, the calls foldCall
// cannot fold: most calls in a file, since every one is tried.
func (w *walker) mayFoldCall(callee js.IExpr) bool {
	switch c := callee.(type) {
	case *js.Var:
		name := c.Name()
		switch string(name) {
		case "atob", "decodeURIComponent", "decodeURI", "unescape":
			return true
		}
		if _, bound := w.binding(c); bound {
			return true
		}
		return w.funcs[canon(c)] != nil
	case *js.DotExpr:
		switch string(propData(c.Y)) {
		case "atob", "from", "fromCharCode", "fromCodePoint", "default",
			"toString", "join", "concat", "toLowerCase", "toUpperCase", "trim", "replace", "replaceAll",
			"slice", "substring", "substr", "charAt", "at", "pop", "shift":
			return true
		case "readFileSync":
			return w.lim.ReadFile != nil
		}
		return false
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
	switch enc {
	case "base64", "base64url":
		d, ok := decodeBase64(v.s)
		if !ok {
			return value{}, false
		}
		return value{s: d, decoded: true, buffer: true}, true
	case "hex":
		d, err := hex.DecodeString(strings.TrimSpace(v.s))
		if err != nil {
			return value{}, false
		}
		return value{s: string(d), decoded: true, buffer: true}, true
	}
	return value{s: v.s, decoded: v.decoded, buffer: true}, true
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
		if c, ok := w.arrays[canon(n)]; ok {
			return c, false, true
		}
	case *js.CallExpr:
		dot, ok := n.X.(*js.DotExpr)
		if !ok {
			return nil, false, false
		}
		switch propName(dot.Y) {
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
				rs := []rune(v.s)
				out := make([]string, len(rs))
				for i, r := range rs {
					out[i] = string(r)
				}
				return out, v.decoded, true
			}
			return strings.Split(v.s, sep.s), v.decoded, true
		case "map":
			// [99, 117, …].map(c => String.fromCharCode(c)), .map(String.fromCharCode)
			if len(n.Args.List) != 1 {
				return nil, false, false
			}
			arr, _, ok := w.foldArray(dot.X, depth+1)
			if !ok {
				return nil, false, false
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
		}
	}
	return nil, false, false
}

func decodeBase64(s string) (string, bool) {
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
	if w.lim.ReadFile == nil {
		return value{}, false
	}
	var mod string
	switch n := x.(type) {
	case *js.Var:
		mod, _ = w.binding(n)
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
	if !strings.HasSuffix(mod, ".json") || !strings.HasPrefix(mod, "./") && !strings.HasPrefix(mod, "../") {
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
	if v, ok := doc[key].(string); ok {
		return value{s: v}, true
	}
	return value{}, false
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
