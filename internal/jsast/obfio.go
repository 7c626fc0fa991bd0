package jsast

import (
	"bytes"
	"encoding/base64"
	"math"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/tdewolff/parse/v2/js"
)

// String-array obfuscation (obfuscator.io and its forks): every string of
// the program moves into one array, rotated at start-up by a fixed count
// (or until a checksum over parseInt of some entries matches), and each
// use becomes a call of a decoder with an index (_0x1b7c('0x1f'),
// _0x2b7d(0x1d9)) that subtracts an offset, reads the array and may
// decode the entry from base64 with the obfuscator's own alphabet, or
// also RC4 with a key given in the call. deobfuscate recovers the array
// in its run-time order so that the decoder's calls fold like any
// constant: the modules, hosts and commands they hide become the
// file's strings.

// obfDecoder is a string-array decoder: the array as written, the
// rotation that gives its run-time order, and how an entry is decoded.
type obfDecoder struct {
	arr    []string
	rot    int // entry i at run time is arr[(i+rot)%len(arr)]
	offset int
	// modular: the decoder wraps the shifted index around the array's
	// length, i = (i + 0xb) % arr.length (offset is then minus the shift)
	modular bool
	b64     bool // base64 with the obfuscator's alphabet
	rc4     bool // then RC4 with the key in the call's second argument
	// std64: standard base64 (Buffer.from(s, "base64"), atob), as its
	// forks and hand-made copies write it
	std64 bool
}

// obfAlphabet is the obfuscator's base64 alphabet (lower case first).
const obfAlphabet = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789+/="

var (
	// obfOffset is the decoder's index shift: i = i - 0x1d3, i -= 0x1d3.
	obfOffset = regexp.MustCompile(`\b(\w+) = (\w+) - (0x[0-9a-fA-F]+|\d+)\b|\b(\w+) -= (0x[0-9a-fA-F]+|\d+)\b`)
	obfEnc    = base64.NewEncoding(obfAlphabet[:64]).WithPadding(base64.NoPadding)
)

// obfModOffset is a decoder's index shift wrapped around the array's
// length: i = (i + 0xb) % _0x4e1a.length.
var obfModOffset = regexp.MustCompile(`\b(\w+) = \((\w+) \+ (0x[0-9a-fA-F]+|\d+)\) % (\w+)\.length\b`)

// obfIndexOffset is the decoder's index shift written in the read:
// _t[i - 0x1a4].
var obfIndexOffset = regexp.MustCompile(`\b(\w+)\[(\w+) - (0x[0-9a-fA-F]+|\d+)\]`)

// preDecrement matches a counter decremented before it is tested.
var preDecrement = regexp.MustCompile(`--[A-Za-z_$]`)

// maxObfArray bounds the string arrays deobfuscate takes on.
const maxObfArray = 20000

// deobfuscate finds the string arrays, their rotations and decoders among
// the top-level statements, between the walker's passes (the first has
// learned constants the decoders' calls may use, and the decoders' local
// aliases). A file with no top-level string array rotated by a call of a
// function expression is left alone at once.
func (w *walker) deobfuscate(list []js.IStmt) {
	arrays := map[*js.Var][]string{} // array variables and functions returning one
	var order []*js.Var              // arrays' keys in source order
	type fnDef struct {
		name   *js.Var
		params *js.Params
		node   js.INode
	}
	var fns []fnDef
	var rotations []*js.CallExpr
	for _, s := range list {
		switch n := s.(type) {
		case *js.VarDecl:
			for _, b := range n.List {
				v, ok := b.Binding.(*js.Var)
				if !ok {
					continue
				}
				switch d := b.Default.(type) {
				case *js.ArrayExpr:
					if strs, ok := stringElements(d); ok {
						arrays[canon(v)] = strs
						order = append(order, canon(v))
					}
				case *js.FuncDecl:
					fns = append(fns, fnDef{canon(v), &d.Params, d})
				}
			}
		case *js.FuncDecl:
			if n.Name == nil {
				continue
			}
			if strs, ok := arrayFunc(n); ok {
				arrays[canon(n.Name)] = strs
				order = append(order, canon(n.Name))
				continue
			}
			fns = append(fns, fnDef{canon(n.Name), &n.Params, n})
		case *js.ExprStmt:
			if c := iifeCall(n.Value); c != nil && len(c.Args.List) == 2 {
				rotations = append(rotations, c)
			}
			// module.exports = function (i) { … }: a decoder other
			// modules call (its name nil)
			if a, ok := n.Value.(*js.BinaryExpr); ok && a.Op == js.EqToken && isModuleExports(a.X) {
				if fd, ok := a.Y.(*js.FuncDecl); ok {
					fns = append(fns, fnDef{nil, &fd.Params, fd})
				}
			}
		}
	}
	// only a rotation of one of the arrays, by a number, is worth
	// rendering functions for
	rotations = slices.DeleteFunc(rotations, func(c *js.CallExpr) bool {
		a, ok := c.Args.List[0].Value.(*js.Var)
		_, num := c.Args.List[1].Value.(*js.LiteralExpr)
		return !ok || !num || arrays[canon(a)] == nil
	})
	if len(arrays) == 0 {
		return
	}
	// without a rotation, only a decoder of standard base64 is taken
	// (the array as written is its run-time order): a bare lookup
	// function is everywhere in bundles, this one hides what it reads.
	// Rendering functions costs: first the arrays must be base64.
	unrotated := len(rotations) == 0
	if unrotated {
		order = slices.DeleteFunc(order, func(v *js.Var) bool { return !base64Entries(arrays[v]) })
		if len(order) == 0 || !bytes.Contains(w.s.src, []byte("base64")) && !bytes.Contains(w.s.src, []byte("atob")) {
			return
		}
	}
	for _, fd := range fns {
		if len(fd.params.List) == 0 || len(fd.params.List) > 2 {
			continue
		}
		text := render(fd.node)
		if len(text) > 64<<10 {
			continue
		}
		var arrV *js.Var
		for _, av := range order {
			name := string(av.Name())
			if strings.Contains(text, name+"[") || strings.Contains(text, name+"()") {
				arrV = av
				break
			}
		}
		if arrV == nil {
			continue
		}
		off, modular := "", false
		if m := obfModOffset.FindStringSubmatch(text); m != nil && m[1] == m[2] && m[4] == string(arrV.Name()) {
			off, modular = "-"+m[3], true
		} else if m := obfOffset.FindStringSubmatch(text); m != nil && (m[1] == "" || m[1] == m[2]) {
			off = m[3]
			if m[4] != "" {
				off = m[5]
			}
		} else if m := obfIndexOffset.FindStringSubmatch(text); m != nil && m[1] == string(arrV.Name()) {
			off = m[3] // return _t[i - 0x1a4]
		}
		if off == "" {
			continue
		}
		offset, err := strconv.ParseInt(off, 0, 32)
		if err != nil {
			continue
		}
		dec := &obfDecoder{arr: arrays[arrV], offset: int(offset), modular: modular, b64: strings.Contains(text, obfAlphabet[:52])}
		dec.rc4 = dec.b64 && len(fd.params.List) == 2 && strings.Contains(text, "0x100")
		// a rotated array whose entries are standard base64, decoded with
		// Buffer or atob (the decoder may install that step lazily)
		dec.std64 = !dec.b64 && stdBase64Decoder(text)
		if fd.name == nil {
			// the module's export: its table, decoded in run-time
			// order, is what other modules' calls of it read
			if unrotated && !dec.std64 || dec.rc4 || dec.modular {
				continue
			}
			if !unrotated && !w.rotation(rotations, arrV, dec) {
				continue
			}
			w.exportTable(dec)
			continue
		}
		if unrotated {
			if !dec.std64 {
				continue
			}
			if w.obf == nil {
				w.obf = map[*js.Var]*obfDecoder{}
			}
			w.obf[fd.name] = dec
			continue
		}
		// registered first: a checksum calls the decoder being solved
		if w.obf == nil {
			w.obf = map[*js.Var]*obfDecoder{}
		}
		w.obf[fd.name] = dec
		if !w.rotation(rotations, arrV, dec) {
			delete(w.obf, fd.name)
		}
	}
}

// exportTable keeps the entries of the decoder the module exports, in
// the order its calls read them, as Facts.ExportTable.
func (w *walker) exportTable(d *obfDecoder) {
	if len(d.arr) > 4096 {
		return
	}
	t := &StringTable{Offset: d.offset, Entries: make([]string, len(d.arr))}
	for i := range d.arr {
		v, ok := d.decode(d.arr[(i+d.rot)%len(d.arr)], "")
		if !ok || len(v) > 4096 {
			v = ""
		}
		t.Entries[i] = v
	}
	w.f.ExportTable = t
}

// base64Entries reports a string array whose entries are all standard
// base64 of text (padded to whole quads, as encoders write it).
func base64Entries(arr []string) bool {
	for _, e := range arr {
		if len(e) < 4 || len(e)%4 != 0 {
			return false
		}
		if v, ok := DecodeBase64(e); !ok || !utf8.ValidString(v) {
			return false
		}
	}
	return len(arr) > 0
}

// stdBase64Decoder reports a decoder function's text that decodes
// standard base64 from the entry it reads: Buffer.from(x, "base64")
// (also Buffer["from"]), atob, or its own loop over the standard alphabet
// (upper case first; the obfuscator's own puts lower case first).
func stdBase64Decoder(text string) bool {
	return strings.Contains(text, "base64") && strings.Contains(text, "Buffer") || strings.Contains(text, "atob(") ||
		strings.Contains(text, stdAlphabet)
}

// stdAlphabet is the letters of standard base64's alphabet.
const stdAlphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"

// stringElements returns an array literal's elements when all are
// strings (at least three).
func stringElements(a *js.ArrayExpr) ([]string, bool) {
	if len(a.List) < 3 || len(a.List) > maxObfArray {
		return nil, false
	}
	out := make([]string, 0, len(a.List))
	for _, el := range a.List {
		l, ok := el.Value.(*js.LiteralExpr)
		if !ok || el.Spread || l.TokenType != js.StringToken {
			return nil, false
		}
		s, ok := unquote(l.Data)
		if !ok {
			return nil, false
		}
		out = append(out, s)
	}
	return out, true
}

// arrayFunc returns the strings of a function that keeps the array and
// returns it (function F() { const a = [...]; F = function () { return
// a }; return F() }).
func arrayFunc(f *js.FuncDecl) ([]string, bool) {
	if len(f.Params.List) != 0 || len(f.Body.List) == 0 || len(f.Body.List) > 4 {
		return nil, false
	}
	d, ok := f.Body.List[0].(*js.VarDecl)
	if !ok || len(d.List) != 1 {
		return nil, false
	}
	a, ok := d.List[0].Default.(*js.ArrayExpr)
	if !ok {
		return nil, false
	}
	return stringElements(a)
}

// iifeCall returns the call of a function expression a statement makes:
// (function (a, n) {…}(arr, 0x1c3)), (function…)(…), !function…(…).
func iifeCall(e js.IExpr) *js.CallExpr {
	for range 4 {
		switch n := e.(type) {
		case *js.GroupExpr:
			e = n.X
			continue
		case *js.UnaryExpr:
			e = n.X
			continue
		case *js.CallExpr:
			x := n.X
			if g, ok := x.(*js.GroupExpr); ok {
				x = g.X
			}
			switch x.(type) {
			case *js.FuncDecl, *js.ArrowFunc:
				return n
			}
		}
		return nil
	}
	return nil
}

// render returns a node's code as the parser prints it.
func render(n js.INode) string {
	var b bytes.Buffer
	n.JS(&b)
	return b.String()
}

// rotation sets dec.rot to the start-up rotation of its array: the
// function expression called with the array (or the function returning
// it) and a number, whose body moves entries with push(shift()). A loop
// counting the number down rotates that many times (one fewer without the
// ++); one that rotates until a sum of parseInt over decoded entries
// equals the number is solved by trying every rotation. false if there is
// none.
func (w *walker) rotation(calls []*js.CallExpr, arr *js.Var, dec *obfDecoder) bool {
	for _, c := range calls {
		a, ok := c.Args.List[0].Value.(*js.Var)
		l, isLit := c.Args.List[1].Value.(*js.LiteralExpr)
		if !ok || !isLit || canon(a) != arr {
			continue
		}
		target, err := strconv.ParseFloat(numString(l.Data), 64)
		if err != nil {
			continue
		}
		callee := c.X
		if g, ok := callee.(*js.GroupExpr); ok {
			callee = g.X
		}
		body := render(callee)
		if !strings.Contains(body, "push") || !strings.Contains(body, "shift") {
			continue
		}
		if !strings.Contains(body, "parseInt") {
			// while (--n) turns n-1 times, unless called with ++n;
			// while (n--) turns n times
			n := int(target)
			if preDecrement.MatchString(body) && !strings.Contains(body, "(++") {
				n--
			}
			dec.rot = n % len(dec.arr)
			return n >= 0
		}
		sum := checksum(callee)
		if sum == nil {
			return false
		}
		for dec.rot = range dec.arr {
			if got, ok := w.evalChecksum(sum, 0); ok && got == target {
				return true
			}
		}
		return false
	}
	return false
}

// checksum returns the sum a rotation loop compares with its target: the
// initialiser of the variable declared in its try block.
func checksum(fn js.IExpr) js.IExpr {
	var body *js.BlockStmt
	switch f := fn.(type) {
	case *js.FuncDecl:
		body = &f.Body
	case *js.ArrowFunc:
		body = &f.Body
	default:
		return nil
	}
	var found js.IExpr
	var visit func(list []js.IStmt, depth int)
	visit = func(list []js.IStmt, depth int) {
		for _, s := range list {
			if found != nil || depth > 4 {
				return
			}
			switch n := s.(type) {
			case *js.WhileStmt:
				if b, ok := n.Body.(*js.BlockStmt); ok {
					visit(b.List, depth+1)
				}
			case *js.TryStmt:
				if n.Body != nil {
					visit(n.Body.List, depth+1)
				}
			case *js.BlockStmt:
				visit(n.List, depth+1)
			case *js.VarDecl:
				for _, b := range n.List {
					if b.Default != nil && strings.Contains(render(b.Default), "parseInt") {
						found = b.Default
						return
					}
				}
			}
		}
	}
	visit(body.List, 0)
	return found
}

// evalChecksum evaluates a rotation checksum: numbers, + - * / %, unary
// minus, and parseInt of what folds (the decoder's calls, through its
// local alias, fold with the rotation being tried).
func (w *walker) evalChecksum(e js.IExpr, depth int) (float64, bool) {
	if depth > 64 {
		return 0, false
	}
	switch n := e.(type) {
	case *js.LiteralExpr:
		f, err := strconv.ParseFloat(numString(n.Data), 64)
		return f, err == nil
	case *js.GroupExpr:
		return w.evalChecksum(n.X, depth+1)
	case *js.UnaryExpr:
		x, ok := w.evalChecksum(n.X, depth+1)
		switch n.Op {
		case js.NegToken:
			return -x, ok
		case js.PosToken:
			return x, ok
		}
	case *js.BinaryExpr:
		x, ok1 := w.evalChecksum(n.X, depth+1)
		y, ok2 := w.evalChecksum(n.Y, depth+1)
		if !ok1 || !ok2 {
			return 0, false
		}
		switch n.Op {
		case js.AddToken:
			return x + y, true
		case js.SubToken:
			return x - y, true
		case js.MulToken:
			return x * y, true
		case js.DivToken:
			return x / y, true
		case js.ModToken:
			return math.Mod(x, y), true
		}
	case *js.CallExpr:
		v, ok := n.X.(*js.Var)
		if !ok || len(n.Args.List) == 0 || len(n.Args.List) > 2 {
			return 0, false
		}
		if string(v.Name()) == "parseInt" {
			s, ok := w.fold(n.Args.List[0].Value, 0)
			if !ok || s.num {
				return 0, false
			}
			return jsParseInt(s.s), true
		}
	}
	return 0, false
}

// obfIndex folds a decoder call's index: a number, or a string holding
// one ('0x1f').
func (w *walker) obfIndex(e js.IExpr) (int, bool) {
	if n, ok := w.foldInt(e, 1); ok {
		return n, true
	}
	v, ok := w.fold(e, 1)
	if !ok {
		return 0, false
	}
	n, err := strconv.ParseInt(strings.TrimSpace(v.s), 0, 32)
	return int(n), err == nil
}

// jsParseInt is JavaScript's parseInt(s) in base 10: leading white space,
// a sign and digits; NaN when there are none.
func jsParseInt(s string) float64 {
	s = strings.TrimLeft(s, " \t\n\r\v\f\u00a0\ufeff")
	sign := 1.0
	if s != "" && (s[0] == '-' || s[0] == '+') {
		if s[0] == '-' {
			sign = -1
		}
		s = s[1:]
	}
	n := 0
	for n < len(s) && s[n] >= '0' && s[n] <= '9' {
		n++
	}
	if n == 0 {
		return math.NaN()
	}
	f, _ := strconv.ParseFloat(s[:n], 64)
	return sign * f
}

// decode decodes one array entry as the decoder does.
func (d *obfDecoder) decode(s, key string) (string, bool) {
	if d.std64 {
		v, ok := DecodeBase64(s)
		return v, ok && utf8.ValidString(v)
	}
	if !d.b64 {
		return s, true
	}
	b, ok := obfBase64(s)
	if !ok {
		return "", false
	}
	if d.rc4 {
		if key == "" {
			return "", false
		}
		b = rc4(key, b)
	}
	if !utf8.Valid(b) {
		return "", false
	}
	return string(b), true
}

// obfBase64 decodes base64 written with the obfuscator's alphabet,
// padding ignored.
func obfBase64(s string) ([]byte, bool) {
	s = strings.TrimRight(s, "=")
	if len(s)%4 == 1 {
		s = s[:len(s)-1] // a stray character the decoder drops
	}
	b, err := obfEnc.DecodeString(s)
	return b, err == nil
}

// rc4 is the RC4 stream cipher the obfuscator's decoder implements over
// the key's characters.
func rc4(key string, data []byte) []byte {
	var s [256]int
	for i := range s {
		s[i] = i
	}
	k := []rune(key)
	j := 0
	for i := range s {
		j = (j + s[i] + int(k[i%len(k)])) % 256
		s[i], s[j] = s[j], s[i]
	}
	out := make([]byte, len(data))
	i, j := 0, 0
	for n, c := range data {
		i = (i + 1) % 256
		j = (j + s[i]) % 256
		s[i], s[j] = s[j], s[i]
		out[n] = c ^ byte(s[(s[i]+s[j])%256])
	}
	return out
}

// obfCall folds a call of a string-array decoder (or of a variable
// holding one).
func (w *walker) obfCall(v *js.Var, args []js.Arg, depth int) (value, bool) {
	d := w.obfDecoderOf(v)
	if d == nil || len(args) == 0 || len(args) > 2 {
		return value{}, false
	}
	i, ok := w.obfIndex(args[0].Value)
	if !ok {
		return value{}, false
	}
	i -= d.offset
	if d.modular && i >= 0 && len(d.arr) > 0 {
		i %= len(d.arr)
	}
	if i < 0 || i >= len(d.arr) {
		return value{}, false
	}
	key := ""
	if d.rc4 {
		if len(args) != 2 {
			return value{}, false
		}
		k, ok := w.fold(args[1].Value, depth+1)
		if !ok {
			return value{}, false
		}
		key = k.s
	}
	s, ok := d.decode(d.arr[(i+d.rot)%len(d.arr)], key)
	if !ok {
		return value{}, false
	}
	return value{s: s, decoded: true}, true
}

// obfDecoderOf returns the decoder a variable holds, through aliases
// (const _0x4a = _0x2b7d); nil if none.
func (w *walker) obfDecoderOf(v *js.Var) *obfDecoder {
	if w.obf == nil {
		return nil
	}
	cv := canon(v)
	for range 8 {
		if d, ok := w.obf[cv]; ok {
			return d
		}
		next, ok := w.aliases[cv]
		if !ok {
			return nil
		}
		cv = next
	}
	return nil
}
