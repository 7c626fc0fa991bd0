package jsast

import (
	"cmp"
	"encoding/base64"
	"encoding/hex"
	"encoding/json"
	"maps"
	"math"
	"net/url"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"unicode/utf16"
	"unicode/utf8"
	"unsafe"

	"github.com/tdewolff/parse/v2/js"
)

// The interpreter runs a small function of the package over constant
// arguments, so that what a decoder of its own returns is known: an LZ
// inflater, a base32 or Ascii85 decoder with its own alphabet, a keyed
// XOR over a table. Folding (fold.go) knows the shapes decoders usually
// take; a decoder written as a loop with state is run instead.
//
// It is a plain evaluator of the AST with no access to anything outside
// the function, the helpers it calls and the file's constants: no I/O, no
// globals but pure ones (String, Math, parseInt, JSON, Buffer's and
// atob's decoding). Anything else, a regular expression, a throw, a
// method it does not model, stops it without a value. Steps, string
// lengths, array sizes and call depth are bounded, per call and per file.

const (
	interpSteps     = 1 << 19 // per folded call
	interpFileSteps = 1 << 21 // per file
	interpDepth     = 32      // nested calls
	interpArray     = 1 << 18 // elements of one array
	interpFuncSize  = 8 << 10 // source bytes of a function it runs
	// interpFile is the largest file whose calls are run: a decoder
	// hides in a small module; bundles hold thousands of calls of their
	// own functions
	interpFile = 256 << 10
)

// interpreting reports whether calls of this file may be run.
func (w *walker) interpreting() bool {
	return w.collect && len(w.s.src) <= interpFile && w.interpSteps < interpFileSteps
}

type ikind uint8

const (
	iUndef ikind = iota
	iNull
	iBool
	iNum
	iStr
	iBuf // a Buffer or typed array: s holds its bytes
	iArr
	iObj
	iFunc
	iNative // a pure global function or a method bound to its receiver
	iRegexp // s holds the literal, /pattern/flags
)

type ival struct {
	k    ikind
	n    float64
	s    string
	a    *[]ival
	o    *iobj // an object's properties; an array's own (a template's raw)
	f    *iclosure
	name string // iNative: "String.fromCharCode", or a method name with recv
	recv *ival
}

type iobj struct {
	keys []string
	m    map[string]ival
}

type iclosure struct {
	params *js.Params
	body   *js.BlockStmt
}

var undef = ival{}

type flow uint8

const (
	flowNext flow = iota
	flowBreak
	flowContinue
	flowReturn
)

type interp struct {
	w     *walker
	env   map[*js.Var]*ival
	outer map[string]js.IExpr // a module's constants, for a function of another module
	steps int
	depth int
	ret   ival
	// the UTF-16 units of the last non-ASCII string indexed
	lastS string
	lastU []uint16
	res   map[string]*regexp.Regexp
	bufs  map[*js.Var]*[]byte // see appendTo
	// failed: the run stopped (fail); every step returns at once
	failed bool
}

// runFunc calls fn (a function of the file, or of another module with
// its constants in outer) with args evaluated in the walker's view of
// the file; false when it stops.
func (w *walker) runFunc(fn js.IExpr, outer map[string]js.IExpr, args []js.Arg) (v ival, ok bool) {
	if w.interpSteps >= interpFileSteps {
		return undef, false
	}
	it := &interp{w: w, env: map[*js.Var]*ival{}, outer: outer}
	ok = it.guard(func() {
		vals := make([]ival, 0, len(args))
		for _, a := range args {
			var x ival
			if f, ok := w.fold(a.Value, 0); ok {
				x = it.fromValue(f)
			} else {
				x = it.eval(a.Value)
			}
			if a.Rest {
				it.spread(x, &vals)
				continue
			}
			vals = append(vals, x)
		}
		c := it.closure(fn)
		if c == nil {
			it.fail()
			return
		}
		v = it.call(ival{k: iFunc, f: c}, undef, vals)
	})
	return v, ok
}

// fail ends the run without a value: everything after it returns at once
// (see failed).
func (it *interp) fail() ival {
	it.failed = true
	return undef
}

func (it *interp) step() {
	it.steps++
	if it.steps > interpSteps || it.w.interpSteps+it.steps > interpFileSteps {
		it.fail()
	}
}

func (it *interp) closure(fn js.IExpr) *iclosure {
	switch f := fn.(type) {
	case *js.FuncDecl:
		if f.Async || f.Generator {
			return nil
		}
		return &iclosure{params: &f.Params, body: &f.Body}
	case *js.ArrowFunc:
		if f.Async {
			return nil
		}
		return &iclosure{params: &f.Params, body: &f.Body}
	case *js.MethodDecl:
		if f.Async || f.Generator || f.Get || f.Set {
			return nil
		}
		return &iclosure{params: &f.Params, body: &f.Body}
	}
	return nil
}

// call runs a function value with this and args.
func (it *interp) call(fv, this ival, args []ival) ival {
	if it.failed {
		return undef
	}
	it.step()
	switch fv.k {
	case iNative:
		return it.native(fv, args)
	case iFunc:
	default:
		return it.fail()
	}
	if it.depth >= interpDepth {
		return it.fail()
	}
	it.depth++
	defer func() { it.depth-- }()
	c := fv.f
	// a call rebinds the function's own names: keep the caller's
	// (recursion, or a helper called from its own loop)
	saved := map[*js.Var]*ival{}
	for _, v := range c.body.Scope.Declared {
		cv := canon(v)
		if old, ok := it.env[cv]; ok {
			saved[cv] = old
		}
		delete(it.env, cv)
	}
	defer func() {
		for _, v := range c.body.Scope.Declared {
			delete(it.env, canon(v))
		}
		for cv, old := range saved {
			it.env[cv] = old
		}
	}()
	for i, p := range c.params.List {
		var a ival
		if i < len(args) {
			a = args[i]
		}
		if a.k == iUndef && p.Default != nil {
			a = it.eval(p.Default)
		}
		it.bind(p.Binding, a)
	}
	if c.params.Rest != nil {
		var rest []ival
		if len(args) > len(c.params.List) {
			rest = slices.Clone(args[len(c.params.List):])
		}
		it.bind(c.params.Rest, it.array(rest))
	}
	it.hoist(c.body.List)
	if it.stmts(c.body.List) == flowReturn {
		r := it.ret
		it.ret = undef
		return r
	}
	return undef
}

func (it *interp) array(v []ival) ival {
	if len(v) > interpArray {
		return it.fail()
	}
	return ival{k: iArr, a: &v}
}

// hoist binds the function declarations of a body before it runs.
func (it *interp) hoist(list []js.IStmt) {
	for _, s := range list {
		if f, ok := s.(*js.FuncDecl); ok && f.Name != nil {
			if c := it.closure(f); c != nil {
				it.set(f.Name, ival{k: iFunc, f: c})
			}
		}
	}
}

func (it *interp) set(v *js.Var, x ival) {
	cv := canon(v)
	if p, ok := it.env[cv]; ok {
		*p = x
		return
	}
	it.env[cv] = &x
}

func (it *interp) bind(b js.IBinding, x ival) {
	switch t := b.(type) {
	case *js.Var:
		it.set(t, x)
	case *js.BindingArray:
		for i, el := range t.List {
			if el.Binding == nil {
				continue
			}
			e := it.index(x, ival{k: iNum, n: float64(i)})
			if e.k == iUndef && el.Default != nil {
				e = it.eval(el.Default)
			}
			it.bind(el.Binding, e)
		}
		if t.Rest != nil {
			var rest []ival
			if x.k == iArr && len(*x.a) > len(t.List) {
				rest = slices.Clone((*x.a)[len(t.List):])
			}
			it.bind(t.Rest, it.array(rest))
		}
	case *js.BindingObject:
		if t.Rest != nil {
			it.fail()
			return
		}
		for _, item := range t.List {
			var key string
			switch {
			case item.Key == nil:
				v, ok := item.Value.Binding.(*js.Var)
				if !ok {
					it.fail()
					return
				}
				key = string(v.Name())
			case item.Key.IsComputed():
				key = it.str(it.eval(item.Key.Computed))
			default:
				key = literalName(item.Key.Literal.Data)
			}
			e := it.index(x, ival{k: iStr, s: key})
			if e.k == iUndef && item.Value.Default != nil {
				e = it.eval(item.Value.Default)
			}
			it.bind(item.Value.Binding, e)
		}
	default:
		it.fail()
		return
	}
}

func (it *interp) stmts(list []js.IStmt) flow {
	for _, s := range list {
		if f := it.stmt(s); f != flowNext {
			return f
		}
	}
	return flowNext
}

func (it *interp) stmt(s js.IStmt) flow {
	if it.failed {
		return flowReturn
	}
	it.step()
	switch n := s.(type) {
	case nil, *js.EmptyStmt, *js.DirectivePrologueStmt:
	case *js.FuncDecl:
		// hoisted by the enclosing body
	case *js.BlockStmt:
		it.hoist(n.List)
		return it.stmts(n.List)
	case *js.ExprStmt:
		it.eval(n.Value)
	case *js.VarDecl:
		it.varDecl(n)
	case *js.ReturnStmt:
		it.ret = undef
		if n.Value != nil {
			it.ret = it.eval(n.Value)
		}
		return flowReturn
	case *js.IfStmt:
		if truthyVal(it.eval(n.Cond)) {
			return it.stmt(n.Body)
		} else if n.Else != nil {
			return it.stmt(n.Else)
		}
	case *js.BranchStmt:
		if n.Label != nil {
			it.fail()
			return flowReturn
		}
		if n.Type == js.BreakToken {
			return flowBreak
		}
		return flowContinue
	case *js.WhileStmt:
		for !it.failed && truthyVal(it.eval(n.Cond)) {
			if f := it.stmt(n.Body); f == flowBreak {
				break
			} else if f == flowReturn {
				return f
			}
		}
	case *js.DoWhileStmt:
		for !it.failed {
			if f := it.stmt(n.Body); f == flowBreak {
				break
			} else if f == flowReturn {
				return f
			}
			if !truthyVal(it.eval(n.Cond)) {
				break
			}
		}
	case *js.ForStmt:
		if d, ok := n.Init.(*js.VarDecl); ok {
			it.varDecl(d)
		} else if n.Init != nil {
			it.eval(n.Init)
		}
		for !it.failed && (n.Cond == nil || truthyVal(it.eval(n.Cond))) {
			if f := it.stmt(n.Body); f == flowBreak {
				break
			} else if f == flowReturn {
				return f
			}
			if n.Post != nil {
				it.eval(n.Post)
			}
		}
	case *js.ForOfStmt, *js.ForInStmt:
		return it.forEach(n)
	case *js.SwitchStmt:
		return it.switchStmt(n)
	case *js.TryStmt:
		// a decoder's try holds no throw of its own that matters here;
		// one that throws stops the run
		if f := it.stmt(n.Body); f != flowNext {
			return f
		}
		if n.Finally != nil {
			return it.stmt(n.Finally)
		}
	default:
		it.fail()
		return flowReturn
	}
	return flowNext
}

func (it *interp) varDecl(d *js.VarDecl) {
	for _, el := range d.List {
		x := undef
		if el.Default != nil {
			x = it.eval(el.Default)
		} else if d.TokenType == js.VarToken {
			if v, ok := el.Binding.(*js.Var); ok {
				if _, seen := it.env[canon(v)]; seen {
					continue // var x; again keeps x
				}
			}
		}
		it.bind(el.Binding, x)
	}
}

func (it *interp) forEach(s js.IStmt) flow {
	var init, over js.IExpr
	var body *js.BlockStmt
	keys := false
	switch n := s.(type) {
	case *js.ForOfStmt:
		if n.Await {
			it.fail()
			return flowReturn
		}
		init, over, body = n.Init, n.Value, n.Body
	case *js.ForInStmt:
		init, over, body, keys = n.Init, n.Value, n.Body, true
	}
	x := it.eval(over)
	var items []ival
	switch {
	case keys && x.k == iObj:
		for _, k := range x.o.ordered() {
			items = append(items, ival{k: iStr, s: k})
		}
	case keys && (x.k == iArr || x.k == iStr || x.k == iBuf):
		for i := range it.length(x) {
			items = append(items, ival{k: iStr, s: strconv.Itoa(i)})
		}
	case !keys && (x.k == iArr || x.k == iStr || x.k == iBuf):
		for i := range it.length(x) {
			items = append(items, it.index(x, ival{k: iNum, n: float64(i)}))
		}
	default:
		it.fail()
		return flowReturn
	}
	for _, item := range items {
		if it.failed {
			return flowReturn
		}
		switch t := init.(type) {
		case *js.VarDecl:
			if len(t.List) != 1 {
				it.fail()
				return flowReturn
			}
			it.bind(t.List[0].Binding, item)
		default:
			it.assignTo(init, item)
		}
		if f := it.stmt(body); f == flowBreak {
			break
		} else if f == flowReturn {
			return f
		}
	}
	return flowNext
}

func (it *interp) switchStmt(n *js.SwitchStmt) flow {
	x := it.eval(n.Init)
	start := -1
	for i, c := range n.List {
		if c.Cond != nil && strictEq(x, it.eval(c.Cond)) {
			start = i
			break
		}
	}
	if start < 0 {
		for i, c := range n.List {
			if c.Cond == nil {
				start = i
			}
		}
	}
	if start < 0 {
		return flowNext
	}
	for _, c := range n.List[start:] {
		switch f := it.stmts(c.List); f {
		case flowBreak:
			return flowNext
		case flowContinue, flowReturn:
			return f
		}
	}
	return flowNext
}

func (it *interp) eval(e js.IExpr) ival {
	if it.failed {
		return undef
	}
	it.step()
	switch n := e.(type) {
	case nil:
		return undef
	case *js.LiteralExpr:
		return it.literal(n)
	case *js.TemplateExpr:
		if n.Tag != nil {
			return it.fail()
		}
		var sb strings.Builder
		for _, p := range n.List {
			sb.WriteString(templateText(p.Value))
			sb.WriteString(it.str(it.eval(p.Expr)))
		}
		sb.WriteString(templateText(n.Tail))
		return it.strVal(sb.String())
	case *js.GroupExpr:
		return it.eval(n.X)
	case *js.CommaExpr:
		x := undef
		for _, y := range n.List {
			x = it.eval(y)
		}
		return x
	case *js.Var:
		return it.lookup(n)
	case *js.ArrayExpr:
		out := make([]ival, 0, len(n.List))
		for _, el := range n.List {
			x := it.eval(el.Value)
			if el.Spread {
				it.spread(x, &out)
				continue
			}
			out = append(out, x)
		}
		return it.array(out)
	case *js.ObjectExpr:
		return it.object(n)
	case *js.ArrowFunc, *js.FuncDecl:
		if c := it.closure(n); c != nil {
			return ival{k: iFunc, f: c}
		}
	case *js.DotExpr:
		if x, ok := it.foldOuter(n, n.X); ok {
			return x // T.sync, T = require("./templates")
		}
		x := it.eval(n.X)
		return it.member(x, string(propData(n.Y)))
	case *js.IndexExpr:
		if x, ok := it.foldOuter(n, n.X); ok {
			return x
		}
		x := it.eval(n.X)
		return it.index(x, it.eval(n.Y))
	case *js.CondExpr:
		if truthyVal(it.eval(n.Cond)) {
			return it.eval(n.X)
		}
		return it.eval(n.Y)
	case *js.UnaryExpr:
		return it.unary(n)
	case *js.BinaryExpr:
		return it.binary(n)
	case *js.CallExpr:
		return it.callExpr(n.X, n.Args.List, false)
	case *js.NewExpr:
		var args []js.Arg
		if n.Args != nil {
			args = n.Args.List
		}
		return it.callExpr(n.X, args, true)
	}
	it.fail()
	return undef
}

// foldOuter folds e, a member of x, when x is a name of the file the
// run has not bound (a module, a JSON file, package.json): as the walker
// folds it.
func (it *interp) foldOuter(e, x js.IExpr) (ival, bool) {
	v, ok := x.(*js.Var)
	if !ok {
		return undef, false
	}
	if _, bound := it.env[canon(v)]; bound {
		return undef, false
	}
	if _, bound := it.outer[string(v.Name())]; bound {
		return undef, false
	}
	if _, ok := it.w.binding(v); !ok {
		return undef, false
	}
	f, ok := it.w.fold(e, 0)
	if !ok {
		return undef, false
	}
	return it.fromValue(f), true
}

// fromValue is a folded constant as a value of the run.
func (it *interp) fromValue(f value) ival {
	switch {
	case f.num:
		n, err := strconv.ParseFloat(f.s, 64)
		if err != nil {
			return it.fail()
		}
		return ival{k: iNum, n: n}
	case f.buffer:
		return ival{k: iBuf, s: f.s}
	}
	return ival{k: iStr, s: f.s}
}

func (it *interp) literal(n *js.LiteralExpr) ival {
	switch n.TokenType {
	case js.StringToken:
		s, ok := unquote(n.Data)
		if !ok {
			return it.fail()
		}
		return ival{k: iStr, s: s}
	case js.DecimalToken, js.IntegerToken, js.HexadecimalToken, js.OctalToken, js.BinaryToken:
		f, err := strconv.ParseFloat(numString(n.Data), 64)
		if err != nil {
			return it.fail()
		}
		return ival{k: iNum, n: f}
	case js.TrueToken:
		return ival{k: iBool, n: 1}
	case js.FalseToken:
		return ival{k: iBool}
	case js.NullToken:
		return ival{k: iNull}
	case js.RegExpToken:
		return ival{k: iRegexp, s: string(n.Data)}
	}
	it.fail()
	return undef
}

// regexp compiles a regular expression value as Go's engine reads it
// (compileJSRegexp); one Go lacks stops the run.
func (it *interp) regexp(x ival) (*regexp.Regexp, bool) {
	if re, ok := it.res[x.s]; ok {
		return re, strings.Contains(x.s[strings.LastIndexByte(x.s, '/'):], "g")
	}
	re, global, ok := compileJSRegexp([]byte(x.s))
	if !ok {
		it.fail()
		return nil, false
	}
	if it.res == nil {
		it.res = map[string]*regexp.Regexp{}
	}
	it.res[x.s] = re
	return re, global
}

// goReplacement rewrites a replacement string's $1, $& and $$ for Go.
func (it *interp) goReplacement(r string) string {
	if !strings.Contains(r, "$") {
		return r
	}
	var sb strings.Builder
	for i := 0; i < len(r); i++ {
		if r[i] != '$' || i+1 == len(r) {
			sb.WriteByte(r[i])
			continue
		}
		switch c := r[i+1]; {
		case c == '$':
			sb.WriteString("$$")
		case c == '&':
			sb.WriteString("${0}")
		case c >= '0' && c <= '9':
			sb.WriteString("${" + string(c) + "}")
		default:
			it.fail() // $` $' $<name>
			return ""
		}
		i++
	}
	return sb.String()
}

// reReplace is s.replace(re, with) with with a string or a function.
func (it *interp) reReplace(s string, rx ival, with ival, all bool) ival {
	re, global := it.regexp(rx)
	if re == nil {
		return undef
	}
	n := 1
	if global || all {
		n = -1
	}
	locs := re.FindAllStringSubmatchIndex(s, n)
	if len(locs) > interpArray {
		return it.fail()
	}
	var sb strings.Builder
	last := 0
	for _, loc := range locs {
		sb.WriteString(s[last:loc[0]])
		switch with.k {
		case iStr:
			sb.Write(re.ExpandString(nil, it.goReplacement(with.s), s, loc))
		case iFunc, iNative:
			args := make([]ival, 0, len(loc)/2+2)
			for i := 0; i+1 < len(loc); i += 2 {
				if loc[i] < 0 {
					args = append(args, undef)
				} else {
					args = append(args, ival{k: iStr, s: s[loc[i]:loc[i+1]]})
				}
			}
			args = append(args, ival{k: iNum, n: float64(loc[0])}, ival{k: iStr, s: s})
			sb.WriteString(it.str(it.call(with, undef, args)))
		default:
			return it.fail()
		}
		if sb.Len() > maxFoldLen {
			return it.fail()
		}
		last = loc[1]
	}
	sb.WriteString(s[last:])
	return it.strVal(sb.String())
}

func (it *interp) object(n *js.ObjectExpr) ival {
	o := &iobj{m: map[string]ival{}}
	for _, p := range n.List {
		if p.Spread {
			x := it.eval(p.Value)
			if x.k == iObj {
				for _, k := range x.o.ordered() {
					o.put(k, x.o.m[k])
				}
				continue
			}
			return it.fail()
		}
		if p.Name == nil {
			return it.fail() // a method or getter
		}
		var key string
		if p.Name.IsComputed() {
			key = it.str(it.eval(p.Name.Computed))
		} else {
			key = literalName(p.Name.Literal.Data)
		}
		if m, ok := p.Value.(*js.MethodDecl); ok {
			if c := it.closure(m); c != nil {
				o.put(key, ival{k: iFunc, f: c})
				continue
			}
			return it.fail()
		}
		o.put(key, it.eval(p.Value))
	}
	return ival{k: iObj, o: o}
}

// ordered returns o's keys in the order JavaScript enumerates them:
// integer keys ascending, then the others as they were added.
func (o *iobj) ordered() []string {
	var ints, rest []string
	for _, k := range o.keys {
		if n, err := strconv.ParseUint(k, 10, 32); err == nil && strconv.FormatUint(n, 10) == k {
			ints = append(ints, k)
		} else {
			rest = append(rest, k)
		}
	}
	if len(ints) == 0 {
		return o.keys
	}
	slices.SortFunc(ints, func(a, b string) int {
		x, _ := strconv.ParseUint(a, 10, 32)
		y, _ := strconv.ParseUint(b, 10, 32)
		return cmp.Compare(x, y)
	})
	return append(ints, rest...)
}

func (o *iobj) put(k string, v ival) {
	if _, ok := o.m[k]; !ok {
		if len(o.keys) >= interpArray {
			return // past the bound a key is dropped
		}
		o.keys = append(o.keys, k)
	}
	o.m[k] = v
}

// natives are the pure globals the interpreter models.
var natives = map[string]bool{
	"String": true, "Number": true, "Boolean": true, "parseInt": true, "parseFloat": true, "isNaN": true,
	"String.fromCharCode": true, "String.fromCodePoint": true, "Array": true, "Array.from": true, "Array.isArray": true,
	"Object.keys": true, "Object.values": true, "Object.entries": true, "Object.fromEntries": true,
	"Math.floor": true, "Math.ceil": true, "Math.round": true, "Math.abs": true, "Math.min": true, "Math.max": true,
	"Math.pow": true, "Math.trunc": true, "Math.sign": true, "Math.sqrt": true, "Math.log2": true,
	"JSON.parse": true, "JSON.stringify": true, "atob": true, "btoa": true,
	"Buffer.from": true, "Buffer.alloc": true, "Buffer.concat": true, "Uint8Array": true, "Uint8Array.from": true,
	"decodeURIComponent": true, "encodeURIComponent": true, "unescape": true, "escape": true, "RegExp": true,
}

// lookup reads a variable: a binding of the run, a function or constant
// of the file, a constant of the function's module, or a pure global.
func (it *interp) lookup(v *js.Var) ival {
	cv := canon(v)
	if p, ok := it.env[cv]; ok {
		return *p
	}
	name := string(v.Name())
	if init, ok := it.outer[name]; ok && cv.Decl == js.NoDecl {
		delete(it.outer, name) // a constant reading itself stops
		x := it.eval(init)
		it.outer[name] = init
		it.set(v, x)
		return x
	}
	w := it.w
	if fn := w.fnNodes[cv]; fn != nil {
		if c := it.closure(fn); c != nil {
			x := ival{k: iFunc, f: c}
			it.set(v, x)
			return x
		}
	}
	if f, ok := w.fold(v, 0); ok {
		return it.fromValue(f)
	}
	if x, ok := it.moduleArray(v); ok {
		it.set(v, x) // the run's copy
		return x
	}
	if init := w.inits[cv]; init != nil {
		delete(w.inits, cv) // a constant reading itself stops
		x := it.eval(init)
		w.inits[cv] = init
		if x.k == iArr || x.k == iObj || x.k == iBuf {
			it.set(v, x) // the run may change it; the file's stays
		}
		return x
	}
	if cv.Decl == js.NoDecl {
		switch name {
		case "undefined":
			return undef
		case "NaN":
			return ival{k: iNum, n: math.NaN()}
		case "Infinity":
			return ival{k: iNum, n: math.Inf(1)}
		case "String", "Number", "Boolean", "Array", "Object", "Math", "JSON", "Buffer", "Uint8Array", "RegExp",
			"parseInt", "parseFloat", "isNaN", "atob", "btoa", "decodeURIComponent", "encodeURIComponent", "unescape", "escape":
			return ival{k: iNative, name: name}
		}
	}
	it.fail()
	return undef
}

// moduleArray reads a table another module of the package exports
// (const T = require("./table"), const { T } = require("./x")), its
// elements that spell numbers as numbers.
func (it *interp) moduleArray(v *js.Var) (ival, bool) {
	w := it.w
	if w.lim.ModuleArray == nil {
		return undef, false
	}
	spec, prop, ok := w.moduleMember(v)
	if !ok {
		b, bound := w.binding(v)
		if !bound || !Relative(b) {
			return undef, false
		}
		spec, prop = b, ""
	}
	arr, _, ok := w.moduleArray(spec, prop)
	if !ok {
		return undef, false
	}
	out := make([]ival, len(arr))
	for i, e := range arr {
		if n, err := strconv.ParseFloat(e, 64); err == nil && numText(n) == e {
			out[i] = ival{k: iNum, n: n}
		} else {
			out[i] = ival{k: iStr, s: e}
		}
	}
	return it.array(out), true
}

func (it *interp) spread(x ival, out *[]ival) {
	switch x.k {
	case iArr:
		*out = append(*out, *x.a...)
	case iStr:
		for _, r := range x.s {
			*out = append(*out, ival{k: iStr, s: string(r)})
		}
	case iBuf:
		for i := 0; i < len(x.s); i++ {
			*out = append(*out, ival{k: iNum, n: float64(x.s[i])})
		}
	default:
		it.fail()
		return
	}
	if len(*out) > interpArray {
		it.fail()
		return
	}
}

func (it *interp) strVal(s string) ival {
	if len(s) > maxFoldLen {
		return it.fail()
	}
	return ival{k: iStr, s: s}
}

// units returns s as UTF-16 code units; nil when s is ASCII (a byte is
// a unit).
func (it *interp) units(s string) []uint16 {
	ascii := true
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			ascii = false
			break
		}
	}
	if ascii {
		return nil
	}
	if s != it.lastS {
		it.lastS, it.lastU = s, utf16.Encode([]rune(s))
	}
	return it.lastU
}

func (it *interp) length(x ival) int {
	switch x.k {
	case iStr:
		if u := it.units(x.s); u != nil {
			return len(u)
		}
		return len(x.s)
	case iBuf:
		return len(x.s)
	case iArr:
		return len(*x.a)
	}
	it.fail()
	return 0
}

// unitAt returns the UTF-16 unit at i of s; false past its end.
func (it *interp) unitAt(s string, i int) (uint16, bool) {
	if u := it.units(s); u != nil {
		if i < 0 || i >= len(u) {
			return 0, false
		}
		return u[i], true
	}
	if i < 0 || i >= len(s) {
		return 0, false
	}
	return uint16(s[i]), true
}

// substr returns the units [i, j) of s.
func (it *interp) substr(s string, i, j int) string {
	if u := it.units(s); u != nil {
		i, j = clampRange(i, j, len(u))
		return string(utf16.Decode(u[i:j]))
	}
	i, j = clampRange(i, j, len(s))
	return s[i:j]
}

func clampRange(i, j, n int) (int, int) {
	i = max(0, min(i, n))
	j = max(i, min(j, n))
	return i, j
}

func (it *interp) member(x ival, key string) ival {
	switch key {
	case "length":
		if x.k == iStr || x.k == iArr || x.k == iBuf {
			return ival{k: iNum, n: float64(it.length(x))}
		}
	}
	switch x.k {
	case iObj:
		if v, ok := x.o.m[key]; ok {
			return v
		}
		if key == "hasOwnProperty" {
			return ival{k: iNative, name: "." + key, recv: &x}
		}
		return undef
	case iArr, iStr, iBuf:
		if n, err := strconv.Atoi(key); err == nil {
			return it.index(x, ival{k: iNum, n: float64(n)})
		}
		if x.o != nil {
			if v, ok := x.o.m[key]; ok {
				return v
			}
		}
		return ival{k: iNative, name: "." + key, recv: &x}
	case iNum:
		return ival{k: iNative, name: "." + key, recv: &x}
	case iRegexp:
		switch key {
		case "source":
			return ival{k: iStr, s: x.s[1:strings.LastIndexByte(x.s, '/')]}
		case "test":
			return ival{k: iNative, name: "." + key, recv: &x}
		}
	case iNative:
		if x.recv == nil && natives[x.name+"."+key] {
			return ival{k: iNative, name: x.name + "." + key}
		}
	}
	it.fail()
	return undef
}

func (it *interp) index(x, k ival) ival {
	if k.k == iNum && k.n == math.Trunc(k.n) {
		i := int(k.n)
		switch x.k {
		case iArr:
			if i >= 0 && i < len(*x.a) {
				return (*x.a)[i]
			}
			return undef
		case iStr:
			if c, ok := it.unitAt(x.s, i); ok {
				return ival{k: iStr, s: string(utf16.Decode([]uint16{c}))}
			}
			return undef
		case iBuf:
			if i >= 0 && i < len(x.s) {
				return ival{k: iNum, n: float64(x.s[i])}
			}
			return undef
		}
	}
	return it.member(x, it.str(k))
}

// assignTo stores x where target names: a variable, an element, a
// property.
func (it *interp) assignTo(target js.IExpr, x ival) {
	switch t := target.(type) {
	case *js.Var:
		cv := canon(t)
		if _, ok := it.env[cv]; !ok {
			if t.Decl == js.NoDecl || it.w.inits[cv] == nil && it.w.fnNodes[cv] == nil {
				it.fail() // the run writes nothing outside itself
				return
			}
			it.lookup(t) // a constant of the file: the run's copy
		}
		it.set(t, x)
	case *js.GroupExpr:
		it.assignTo(t.X, x)
	case *js.DotExpr:
		it.store(it.eval(t.X), ival{k: iStr, s: string(propData(t.Y))}, x)
	case *js.IndexExpr:
		obj := it.eval(t.X)
		it.store(obj, it.eval(t.Y), x)
	case *js.ArrayExpr:
		for i, el := range t.List {
			if el.Value != nil && !el.Spread {
				it.assignTo(el.Value, it.index(x, ival{k: iNum, n: float64(i)}))
			}
		}
	default:
		it.fail()
		return
	}
}

func (it *interp) store(obj, k, x ival) {
	switch obj.k {
	case iArr:
		if k.k == iNum && k.n >= 0 && k.n == math.Trunc(k.n) {
			i := int(k.n)
			if i >= interpArray {
				it.fail()
				return
			}
			for len(*obj.a) <= i {
				*obj.a = append(*obj.a, undef)
			}
			(*obj.a)[i] = x
			return
		}
	case iObj:
		obj.o.put(it.str(k), x)
		return
	}
	it.fail()
	return
}

func (it *interp) unary(n *js.UnaryExpr) ival {
	switch n.Op {
	case js.PreIncrToken, js.PreDecrToken, js.PostIncrToken, js.PostDecrToken:
		old := it.num(it.eval(n.X))
		d := 1.0
		if n.Op == js.PreDecrToken || n.Op == js.PostDecrToken {
			d = -1
		}
		it.assignTo(n.X, ival{k: iNum, n: old + d})
		if n.Op == js.PreIncrToken || n.Op == js.PreDecrToken {
			return ival{k: iNum, n: old + d}
		}
		return ival{k: iNum, n: old}
	case js.NotToken:
		return boolVal(!truthyVal(it.eval(n.X)))
	case js.NegToken:
		return ival{k: iNum, n: -it.num(it.eval(n.X))}
	case js.PosToken:
		return ival{k: iNum, n: it.num(it.eval(n.X))}
	case js.BitNotToken:
		return ival{k: iNum, n: float64(^toInt32(it.num(it.eval(n.X))))}
	case js.VoidToken:
		it.eval(n.X)
		return undef
	case js.TypeofToken:
		x := it.eval(n.X)
		t := map[ikind]string{iUndef: "undefined", iNull: "object", iBool: "boolean", iNum: "number", iStr: "string",
			iBuf: "object", iArr: "object", iObj: "object", iFunc: "function", iNative: "function", iRegexp: "object"}[x.k]
		return ival{k: iStr, s: t}
	}
	it.fail()
	return undef
}

func boolVal(b bool) ival {
	if b {
		return ival{k: iBool, n: 1}
	}
	return ival{k: iBool}
}

func (it *interp) binary(n *js.BinaryExpr) ival {
	switch n.Op {
	case js.EqToken:
		x := it.eval(n.Y)
		it.assignTo(n.X, x)
		return x
	case js.AndToken:
		x := it.eval(n.X)
		if !truthyVal(x) {
			return x
		}
		return it.eval(n.Y)
	case js.OrToken:
		x := it.eval(n.X)
		if truthyVal(x) {
			return x
		}
		return it.eval(n.Y)
	case js.NullishToken:
		x := it.eval(n.X)
		if x.k != iUndef && x.k != iNull {
			return x
		}
		return it.eval(n.Y)
	}
	if op, ok := compoundOps[n.Op]; ok {
		cur := it.eval(n.X)
		y := it.eval(n.Y)
		if v, ok := n.X.(*js.Var); ok && op == js.AddToken && cur.k == iStr {
			x := it.appendTo(v, cur.s, it.str(y))
			it.assignTo(n.X, x)
			return x
		}
		x := it.arith(op, cur, y)
		it.assignTo(n.X, x)
		return x
	}
	return it.arith(n.Op, it.eval(n.X), it.eval(n.Y))
}

var compoundOps = map[js.TokenType]js.TokenType{
	js.AddEqToken: js.AddToken, js.SubEqToken: js.SubToken, js.MulEqToken: js.MulToken, js.DivEqToken: js.DivToken,
	js.ModEqToken: js.ModToken, js.ExpEqToken: js.ExpToken, js.LtLtEqToken: js.LtLtToken, js.GtGtEqToken: js.GtGtToken,
	js.GtGtGtEqToken: js.GtGtGtToken, js.BitAndEqToken: js.BitAndToken, js.BitOrEqToken: js.BitOrToken, js.BitXorEqToken: js.BitXorToken,
}

// appendTo is s + t for s += t on v: v's string grows in a buffer of its
// own, so that a decoder adding one character at a time does not copy
// its output each time (strings made from the buffer stay as they are:
// it is only ever appended to).
func (it *interp) appendTo(v *js.Var, s, t string) ival {
	if len(s)+len(t) > maxFoldLen {
		return it.fail()
	}
	cv := canon(v)
	buf := it.bufs[cv]
	if buf == nil || len(*buf) != len(s) || len(s) > 0 && unsafe.StringData(s) != unsafe.SliceData(*buf) {
		b := make([]byte, 0, 2*(len(s)+len(t))+16)
		b = append(b, s...)
		buf = &b
		if it.bufs == nil {
			it.bufs = map[*js.Var]*[]byte{}
		}
		it.bufs[cv] = buf
	}
	*buf = append(*buf, t...)
	return ival{k: iStr, s: unsafe.String(unsafe.SliceData(*buf), len(*buf))}
}

func (it *interp) arith(op js.TokenType, x, y ival) ival {
	switch op {
	case js.AddToken:
		if x.k == iStr || y.k == iStr || x.k == iArr || y.k == iArr || x.k == iObj || y.k == iObj {
			s := it.str(x) + it.str(y)
			return it.strVal(s)
		}
		return ival{k: iNum, n: it.num(x) + it.num(y)}
	case js.SubToken:
		return ival{k: iNum, n: it.num(x) - it.num(y)}
	case js.MulToken:
		return ival{k: iNum, n: it.num(x) * it.num(y)}
	case js.DivToken:
		return ival{k: iNum, n: it.num(x) / it.num(y)}
	case js.ModToken:
		return ival{k: iNum, n: math.Mod(it.num(x), it.num(y))}
	case js.ExpToken:
		return ival{k: iNum, n: math.Pow(it.num(x), it.num(y))}
	case js.BitAndToken:
		return ival{k: iNum, n: float64(toInt32(it.num(x)) & toInt32(it.num(y)))}
	case js.BitOrToken:
		return ival{k: iNum, n: float64(toInt32(it.num(x)) | toInt32(it.num(y)))}
	case js.BitXorToken:
		return ival{k: iNum, n: float64(toInt32(it.num(x)) ^ toInt32(it.num(y)))}
	case js.LtLtToken:
		return ival{k: iNum, n: float64(toInt32(it.num(x)) << (uint32(toInt32(it.num(y))) & 31))}
	case js.GtGtToken:
		return ival{k: iNum, n: float64(toInt32(it.num(x)) >> (uint32(toInt32(it.num(y))) & 31))}
	case js.GtGtGtToken:
		return ival{k: iNum, n: float64(uint32(toInt32(it.num(x))) >> (uint32(toInt32(it.num(y))) & 31))}
	case js.EqEqEqToken:
		return boolVal(strictEq(x, y))
	case js.NotEqEqToken:
		return boolVal(!strictEq(x, y))
	case js.EqEqToken, js.NotEqToken:
		eq := strictEq(x, y) || (x.k == iUndef || x.k == iNull) && (y.k == iUndef || y.k == iNull)
		if !eq && (x.k == iNum || y.k == iNum) && x.k != iUndef && y.k != iUndef && x.k != iNull && y.k != iNull {
			eq = it.num(x) == it.num(y)
		} else if !eq && x.k == iStr && y.k == iStr {
			eq = x.s == y.s
		}
		return boolVal(eq == (op == js.EqEqToken))
	case js.LtToken, js.GtToken, js.LtEqToken, js.GtEqToken:
		if x.k == iStr && y.k == iStr {
			c := strings.Compare(x.s, y.s)
			return boolVal(op == js.LtToken && c < 0 || op == js.GtToken && c > 0 || op == js.LtEqToken && c <= 0 || op == js.GtEqToken && c >= 0)
		}
		a, b := it.num(x), it.num(y)
		return boolVal(op == js.LtToken && a < b || op == js.GtToken && a > b || op == js.LtEqToken && a <= b || op == js.GtEqToken && a >= b)
	case js.InToken:
		if y.k == iObj {
			_, ok := y.o.m[it.str(x)]
			return boolVal(ok)
		}
	}
	it.fail()
	return undef
}

func strictEq(x, y ival) bool {
	if x.k != y.k {
		return false
	}
	switch x.k {
	case iUndef, iNull:
		return true
	case iBool, iNum:
		return x.n == y.n
	case iStr:
		return x.s == y.s
	case iArr:
		return x.a == y.a
	case iObj:
		return x.o == y.o
	}
	return false
}

func toInt32(f float64) int32 {
	if math.IsNaN(f) || math.IsInf(f, 0) {
		return 0
	}
	return int32(uint32(int64(math.Mod(math.Trunc(f), 1<<32))))
}

func truthyVal(x ival) bool {
	switch x.k {
	case iUndef, iNull:
		return false
	case iBool:
		return x.n != 0
	case iNum:
		return x.n != 0 && !math.IsNaN(x.n)
	case iStr:
		return x.s != ""
	}
	return true
}

func (it *interp) num(x ival) float64 {
	switch x.k {
	case iNum, iBool:
		return x.n
	case iNull:
		return 0
	case iUndef:
		return math.NaN()
	case iStr:
		s := strings.TrimSpace(x.s)
		if s == "" {
			return 0
		}
		if strings.HasPrefix(s, "0x") || strings.HasPrefix(s, "0X") {
			if n, err := strconv.ParseUint(s[2:], 16, 64); err == nil {
				return float64(n)
			}
			return math.NaN()
		}
		if f, err := strconv.ParseFloat(s, 64); err == nil {
			return f
		}
		return math.NaN()
	case iArr:
		if len(*x.a) == 0 {
			return 0
		}
		if len(*x.a) == 1 {
			return it.num((*x.a)[0])
		}
	}
	return math.NaN()
}

// str is JavaScript's String(x) for the values modelled.
func (it *interp) str(x ival) string {
	switch x.k {
	case iUndef:
		return "undefined"
	case iNull:
		return "null"
	case iBool:
		if x.n != 0 {
			return "true"
		}
		return "false"
	case iNum:
		return numText(x.n)
	case iStr:
		return x.s
	case iBuf:
		return x.s
	case iArr:
		parts := make([]string, len(*x.a))
		n := 0
		for i, e := range *x.a {
			if e.k != iUndef && e.k != iNull {
				parts[i] = it.str(e)
			}
			if n += len(parts[i]) + 1; n > maxFoldLen {
				it.fail()
				return ""
			}
		}
		return strings.Join(parts, ",")
	case iObj:
		return "[object Object]"
	}
	it.fail()
	return ""
}

func numText(f float64) string {
	switch {
	case math.IsNaN(f):
		return "NaN"
	case math.IsInf(f, 1):
		return "Infinity"
	case math.IsInf(f, -1):
		return "-Infinity"
	case f == math.Trunc(f) && math.Abs(f) < 1e21:
		return strconv.FormatFloat(f, 'f', -1, 64)
	}
	return strconv.FormatFloat(f, 'g', -1, 64)
}

// callExpr evaluates a call or new of callee with args.
func (it *interp) callExpr(callee js.IExpr, args []js.Arg, isNew bool) ival {
	var this ival
	var fv ival
	switch c := callee.(type) {
	case *js.DotExpr:
		this = it.eval(c.X)
		key := string(propData(c.Y))
		switch key {
		case "call", "apply":
			if this.k == iFunc || this.k == iNative {
				vals := it.args(args)
				if len(vals) == 0 {
					return it.call(this, undef, nil)
				}
				rest := vals[1:]
				if key == "apply" {
					rest = nil
					if len(vals) > 1 && vals[1].k == iArr {
						rest = *vals[1].a
					}
				}
				return it.call(this, vals[0], rest)
			}
		}
		fv = it.member(this, key)
	case *js.IndexExpr:
		this = it.eval(c.X)
		fv = it.index(this, it.eval(c.Y))
	default:
		fv = it.eval(callee)
	}
	vals := it.args(args)
	if isNew && fv.k == iNative {
		switch fv.name {
		case "Array", "Uint8Array", "String", "Number", "RegExp":
			return it.native(fv, vals)
		}
		return it.fail()
	}
	if isNew {
		return it.fail()
	}
	return it.call(fv, this, vals)
}

func (it *interp) args(args []js.Arg) []ival {
	vals := make([]ival, 0, len(args))
	for _, a := range args {
		x := it.eval(a.Value)
		if a.Rest {
			it.spread(x, &vals)
			continue
		}
		vals = append(vals, x)
	}
	return vals
}

func arg(vals []ival, i int) ival {
	if i < len(vals) {
		return vals[i]
	}
	return undef
}

// native runs a modelled global or method.
func (it *interp) native(fv ival, vals []ival) ival {
	if fv.recv != nil {
		return it.method(*fv.recv, strings.TrimPrefix(fv.name, "."), vals)
	}
	a0 := arg(vals, 0)
	switch fv.name {
	case "String":
		return it.strVal(it.str(a0))
	case "Number":
		return ival{k: iNum, n: it.num(a0)}
	case "Boolean":
		return boolVal(truthyVal(a0))
	case "isNaN":
		return boolVal(math.IsNaN(it.num(a0)))
	case "parseInt":
		return ival{k: iNum, n: parseIntJS(it.str(a0), int(it.num(arg(vals, 1))))}
	case "parseFloat":
		s := strings.TrimSpace(it.str(a0))
		end := 0
		for end < len(s) && (s[end] >= '0' && s[end] <= '9' || s[end] == '.' || s[end] == '-' && end == 0 || s[end] == 'e' || s[end] == 'E') {
			end++
		}
		f, err := strconv.ParseFloat(s[:end], 64)
		if err != nil {
			f = math.NaN()
		}
		return ival{k: iNum, n: f}
	case "String.fromCharCode":
		u := make([]uint16, len(vals))
		for i, v := range vals {
			u[i] = uint16(toInt32(it.num(v)))
		}
		return it.strVal(string(utf16.Decode(u)))
	case "String.fromCodePoint":
		r := make([]rune, len(vals))
		for i, v := range vals {
			r[i] = rune(it.num(v))
		}
		return it.strVal(string(r))
	case "Array":
		if len(vals) == 1 && a0.k == iNum {
			n := int(a0.n)
			if n < 0 || n > interpArray {
				return it.fail()
			}
			return it.array(make([]ival, n))
		}
		return it.array(slices.Clone(vals))
	case "Array.isArray":
		return boolVal(a0.k == iArr)
	case "Array.from", "Uint8Array.from", "Uint8Array":
		var out []ival
		if a0.k == iNum && fv.name != "Array.from" {
			out = make([]ival, int(max(0, min(a0.n, interpArray))))
			for i := range out {
				out[i] = ival{k: iNum}
			}
		} else if a0.k == iObj {
			if l, ok := a0.o.m["length"]; ok {
				out = make([]ival, int(max(0, min(it.num(l), interpArray))))
			}
		} else {
			it.spread(a0, &out)
		}
		if f := arg(vals, 1); f.k == iFunc || f.k == iNative {
			for i := range out {
				out[i] = it.call(f, undef, []ival{out[i], {k: iNum, n: float64(i)}})
			}
		}
		if fv.name != "Array.from" {
			return it.bytes(out)
		}
		return it.array(out)
	case "Object.keys", "Object.values", "Object.entries":
		if a0.k != iObj {
			return it.fail()
		}
		var out []ival
		for _, k := range a0.o.ordered() {
			switch fv.name {
			case "Object.keys":
				out = append(out, ival{k: iStr, s: k})
			case "Object.values":
				out = append(out, a0.o.m[k])
			default:
				out = append(out, it.array([]ival{{k: iStr, s: k}, a0.o.m[k]}))
			}
		}
		return it.array(out)
	case "Object.fromEntries":
		if a0.k != iArr {
			return it.fail()
		}
		o := &iobj{m: map[string]ival{}}
		for _, e := range *a0.a {
			o.put(it.str(it.index(e, ival{k: iNum})), it.index(e, ival{k: iNum, n: 1}))
		}
		return ival{k: iObj, o: o}
	case "Math.floor":
		return ival{k: iNum, n: math.Floor(it.num(a0))}
	case "Math.ceil":
		return ival{k: iNum, n: math.Ceil(it.num(a0))}
	case "Math.round":
		return ival{k: iNum, n: math.Floor(it.num(a0) + 0.5)}
	case "Math.trunc":
		return ival{k: iNum, n: math.Trunc(it.num(a0))}
	case "Math.abs":
		return ival{k: iNum, n: math.Abs(it.num(a0))}
	case "Math.sign":
		f := it.num(a0)
		if f > 0 {
			f = 1
		} else if f < 0 {
			f = -1
		}
		return ival{k: iNum, n: f}
	case "Math.sqrt":
		return ival{k: iNum, n: math.Sqrt(it.num(a0))}
	case "Math.log2":
		return ival{k: iNum, n: math.Log2(it.num(a0))}
	case "Math.pow":
		return ival{k: iNum, n: math.Pow(it.num(a0), it.num(arg(vals, 1)))}
	case "Math.min", "Math.max":
		r := math.Inf(1)
		if fv.name == "Math.max" {
			r = math.Inf(-1)
		}
		for _, v := range vals {
			if f := it.num(v); fv.name == "Math.min" && f < r || fv.name == "Math.max" && f > r {
				r = f
			}
		}
		return ival{k: iNum, n: r}
	case "JSON.parse":
		var x any
		if err := json.Unmarshal([]byte(it.str(a0)), &x); err != nil {
			return it.fail()
		}
		return it.fromJSON(x, 0)
	case "JSON.stringify":
		b, err := json.Marshal(it.toJSON(a0, 0))
		if err != nil {
			return it.fail()
		}
		return it.strVal(string(b))
	case "atob":
		d, ok := DecodeBase64(it.str(a0))
		if !ok {
			return it.fail()
		}
		return it.strVal(latin1(d))
	case "btoa":
		return it.strVal(base64.StdEncoding.EncodeToString([]byte(it.bytesOf(a0, "latin1"))))
	case "Buffer.from":
		if a0.k == iStr {
			return ival{k: iBuf, s: it.bytesOf(a0, strings.ToLower(it.str(orUndef(arg(vals, 1), "utf8"))))}
		}
		var els []ival
		it.spread(a0, &els)
		return it.bytes(els)
	case "Buffer.alloc":
		n := int(it.num(a0))
		if n < 0 || n > interpArray {
			return it.fail()
		}
		return ival{k: iBuf, s: string(make([]byte, n))}
	case "Buffer.concat":
		if a0.k != iArr {
			return it.fail()
		}
		var sb strings.Builder
		for _, b := range *a0.a {
			if b.k != iBuf {
				return it.fail()
			}
			sb.WriteString(b.s)
		}
		return ival{k: iBuf, s: sb.String()}
	case "RegExp":
		if a0.k == iRegexp {
			return a0
		}
		flags := ""
		if a1 := arg(vals, 1); a1.k != iUndef {
			flags = it.str(a1)
		}
		return ival{k: iRegexp, s: "/" + it.str(a0) + "/" + flags}
	case "decodeURIComponent", "unescape":
		s, err := urlUnescape(it.str(a0))
		if err != nil {
			return it.fail()
		}
		return it.strVal(s)
	}
	it.fail()
	return undef
}

func orUndef(x ival, def string) ival {
	if x.k == iUndef {
		return ival{k: iStr, s: def}
	}
	return x
}

// bytes makes a Buffer of numbers (each taken modulo 256).
func (it *interp) bytes(els []ival) ival {
	b := make([]byte, len(els))
	for i, e := range els {
		b[i] = byte(toInt32(it.num(e)))
	}
	return ival{k: iBuf, s: string(b)}
}

// bytesOf encodes a string as Buffer.from(s, enc) does.
func (it *interp) bytesOf(x ival, enc string) string {
	s := it.str(x)
	if d, ok, encoded := encodedBytes(s, enc); encoded {
		if !ok {
			it.fail()
		}
		return d
	}
	switch enc {
	case "utf8", "utf-8":
		return s
	case "latin1", "binary", "ascii":
		var sb strings.Builder
		for _, r := range s {
			sb.WriteByte(byte(r))
		}
		return sb.String()
	}
	it.fail()
	return ""
}

// latin1 reads bytes as characters U+0000 to U+00FF.
func latin1(b string) string {
	var sb strings.Builder
	for i := 0; i < len(b); i++ {
		sb.WriteRune(rune(b[i]))
	}
	return sb.String()
}

func parseIntJS(s string, radix int) float64 {
	s = strings.TrimSpace(s)
	neg := false
	if s != "" && (s[0] == '-' || s[0] == '+') {
		neg, s = s[0] == '-', s[1:]
	}
	if radix == 0 || radix == 16 {
		if strings.HasPrefix(s, "0x") || strings.HasPrefix(s, "0X") {
			s, radix = s[2:], 16
		}
	}
	if radix == 0 {
		radix = 10
	}
	if radix < 2 || radix > 36 {
		return math.NaN()
	}
	n, digits := 0.0, 0
	for _, c := range strings.ToLower(s) {
		d := 99
		switch {
		case c >= '0' && c <= '9':
			d = int(c - '0')
		case c >= 'a' && c <= 'z':
			d = int(c-'a') + 10
		}
		if d >= radix {
			break
		}
		n = n*float64(radix) + float64(d)
		digits++
	}
	if digits == 0 {
		return math.NaN()
	}
	if neg {
		n = -n
	}
	return n
}

func (it *interp) fromJSON(x any, depth int) ival {
	if depth > 64 {
		return it.fail()
	}
	switch v := x.(type) {
	case nil:
		return ival{k: iNull}
	case bool:
		return boolVal(v)
	case float64:
		return ival{k: iNum, n: v}
	case string:
		return ival{k: iStr, s: v}
	case []any:
		out := make([]ival, len(v))
		for i, e := range v {
			out[i] = it.fromJSON(e, depth+1)
		}
		return it.array(out)
	case map[string]any:
		// Go's maps lose the order of the keys: sorted, which is the
		// order only when nothing reads it
		o := &iobj{m: map[string]ival{}}
		for _, k := range slices.Sorted(func(yield func(string) bool) {
			for k := range v {
				if !yield(k) {
					return
				}
			}
		}) {
			o.put(k, it.fromJSON(v[k], depth+1))
		}
		return ival{k: iObj, o: o}
	}
	it.fail()
	return undef
}

func (it *interp) toJSON(x ival, depth int) any {
	if depth > 64 {
		it.fail()
		return nil
	}
	switch x.k {
	case iNull, iUndef:
		return nil
	case iBool:
		return x.n != 0
	case iNum:
		return x.n
	case iStr:
		return x.s
	case iArr:
		out := make([]any, len(*x.a))
		for i, e := range *x.a {
			out[i] = it.toJSON(e, depth+1)
		}
		return out
	case iObj:
		out := map[string]any{}
		for _, k := range x.o.keys {
			out[k] = it.toJSON(x.o.m[k], depth+1)
		}
		return out
	}
	it.fail()
	return nil
}

// method runs a method of a string, number, array or Buffer.
func (it *interp) method(recv ival, name string, vals []ival) ival {
	a0, a1 := arg(vals, 0), arg(vals, 1)
	switch recv.k {
	case iNum:
		switch name {
		case "toString":
			r := 10
			if a0.k != iUndef {
				r = int(it.num(a0))
			}
			if r < 2 || r > 36 {
				return it.fail()
			}
			if r == 10 {
				return ival{k: iStr, s: numText(recv.n)}
			}
			if recv.n != math.Trunc(recv.n) {
				return it.fail()
			}
			return ival{k: iStr, s: strconv.FormatInt(int64(recv.n), r)}
		case "toFixed":
			d := it.num(a0)
			if d < 0 || d > 100 || math.IsNaN(d) {
				return it.fail()
			}
			return ival{k: iStr, s: strconv.FormatFloat(recv.n, 'f', int(d), 64)}
		}
	case iStr:
		return it.strMethod(recv.s, name, vals)
	case iBuf:
		switch name {
		case "toString":
			enc := "utf8"
			if a0.k != iUndef {
				enc = strings.ToLower(it.str(a0))
			}
			switch enc {
			case "utf8", "utf-8":
				return it.strVal(strings.ToValidUTF8(recv.s, "\uFFFD"))
			case "latin1", "binary", "ascii":
				return it.strVal(latin1(recv.s))
			case "hex":
				return it.strVal(hex.EncodeToString([]byte(recv.s)))
			case "base64":
				return it.strVal(base64.StdEncoding.EncodeToString([]byte(recv.s)))
			}
		case "slice", "subarray":
			i, j := it.sliceArgs(a0, a1, len(recv.s))
			return ival{k: iBuf, s: recv.s[i:j]}
		case "readUInt8", "at":
			return it.index(recv, ival{k: iNum, n: it.num(a0)})
		}
		// an array method over the bytes, as on a typed array
		var els []ival
		it.spread(recv, &els)
		arr := it.array(els)
		r := it.arrMethod(arr, name, vals)
		if r.k == iArr && (name == "map" || name == "filter" || name == "reverse") {
			return it.bytes(*r.a)
		}
		return r
	case iArr:
		return it.arrMethod(recv, name, vals)
	case iObj:
		if name == "hasOwnProperty" {
			_, ok := recv.o.m[it.str(a0)]
			return boolVal(ok)
		}
	case iRegexp:
		if name == "test" {
			re, _ := it.regexp(recv)
			if re == nil {
				return undef
			}
			return boolVal(re.MatchString(it.str(a0)))
		}
	}
	it.fail()
	return undef
}

// sliceArgs is what slice(a0, a1) keeps of n elements (sliceRange),
// the bounds left out undefined.
func (it *interp) sliceArgs(a0, a1 ival, n int) (int, int) {
	start := 0
	if a0.k != iUndef {
		start = int(it.num(a0))
	}
	if a1.k == iUndef {
		return sliceRange([]int{start}, n)
	}
	return sliceRange([]int{start, int(it.num(a1))}, n)
}

func (it *interp) strMethod(s, name string, vals []ival) ival {
	a0, a1 := arg(vals, 0), arg(vals, 1)
	n := it.length(ival{k: iStr, s: s})
	switch name {
	case "toString", "valueOf", "normalize":
		return ival{k: iStr, s: s}
	case "charCodeAt", "codePointAt":
		i := 0
		if a0.k != iUndef {
			i = int(it.num(a0))
		}
		c, ok := it.unitAt(s, i)
		if !ok {
			if name == "codePointAt" {
				return undef
			}
			return ival{k: iNum, n: math.NaN()}
		}
		if name == "codePointAt" && utf16.IsSurrogate(rune(c)) {
			if d, ok := it.unitAt(s, i+1); ok {
				return ival{k: iNum, n: float64(utf16.DecodeRune(rune(c), rune(d)))}
			}
		}
		return ival{k: iNum, n: float64(c)}
	case "charAt", "at":
		i := 0
		if a0.k != iUndef {
			i = int(it.num(a0))
		}
		if name == "at" && i < 0 {
			i += n
		}
		return ival{k: iStr, s: it.substr(s, i, i+1)}
	case "slice":
		i, j := it.sliceArgs(a0, a1, n)
		return ival{k: iStr, s: it.substr(s, i, j)}
	case "substring":
		i, j := 0, n
		if a0.k != iUndef {
			i = int(it.num(a0))
		}
		if a1.k != iUndef {
			j = int(it.num(a1))
		}
		i, j = max(0, min(i, n)), max(0, min(j, n))
		if i > j {
			i, j = j, i
		}
		return ival{k: iStr, s: it.substr(s, i, j)}
	case "substr":
		i, l := 0, n
		if a0.k != iUndef {
			if i = int(it.num(a0)); i < 0 {
				i = max(0, i+n)
			}
		}
		if a1.k != iUndef {
			l = int(it.num(a1))
		}
		return ival{k: iStr, s: it.substr(s, i, i+max(0, l))}
	case "indexOf", "lastIndexOf", "includes", "startsWith", "endsWith":
		sub := it.str(a0)
		if it.units(s) != nil || it.units(sub) != nil {
			if name == "indexOf" || name == "lastIndexOf" {
				return it.fail() // positions in UTF-16 units: not modelled
			}
		}
		switch name {
		case "indexOf":
			from := 0
			if a1.k != iUndef {
				from = max(0, min(int(it.num(a1)), len(s)))
			}
			i := strings.Index(s[from:], sub)
			if i >= 0 {
				i += from
			}
			return ival{k: iNum, n: float64(i)}
		case "lastIndexOf":
			return ival{k: iNum, n: float64(strings.LastIndex(s, sub))}
		case "includes":
			return boolVal(strings.Contains(s, sub))
		case "startsWith":
			return boolVal(strings.HasPrefix(s, sub))
		default:
			return boolVal(strings.HasSuffix(s, sub))
		}
	case "split":
		var parts []string
		switch {
		case a0.k == iUndef:
			parts = []string{s}
		case a0.k == iStr && a0.s == "":
			for _, c := range utf16.Encode([]rune(s)) {
				parts = append(parts, string(utf16.Decode([]uint16{c})))
			}
		case a0.k == iStr:
			parts = strings.Split(s, a0.s)
		case a0.k == iRegexp:
			re, _ := it.regexp(a0)
			if re == nil {
				return undef
			}
			if re.NumSubexp() > 0 {
				return it.fail() // captured separators are kept: not modelled
			}
			parts = re.Split(s, -1)
		default:
			return it.fail()
		}
		if len(parts) > interpArray {
			return it.fail()
		}
		out := make([]ival, len(parts))
		for i, p := range parts {
			out[i] = ival{k: iStr, s: p}
		}
		return it.array(out)
	case "match":
		if a0.k != iRegexp {
			return it.fail()
		}
		re, global := it.regexp(a0)
		if re == nil {
			return undef
		}
		var out []ival
		if global {
			for _, m := range re.FindAllString(s, interpArray) {
				out = append(out, ival{k: iStr, s: m})
			}
		} else {
			for _, m := range re.FindStringSubmatch(s) {
				out = append(out, ival{k: iStr, s: m})
			}
		}
		if out == nil {
			return ival{k: iNull}
		}
		return it.array(out)
	case "search":
		if a0.k != iRegexp || it.units(s) != nil {
			return it.fail()
		}
		re, _ := it.regexp(a0)
		if re == nil {
			return undef
		}
		if loc := re.FindStringIndex(s); loc != nil {
			return ival{k: iNum, n: float64(loc[0])}
		}
		return ival{k: iNum, n: -1}
	case "toUpperCase", "toLocaleUpperCase":
		return ival{k: iStr, s: strings.ToUpper(s)}
	case "toLowerCase", "toLocaleLowerCase":
		return ival{k: iStr, s: strings.ToLower(s)}
	case "trim":
		return ival{k: iStr, s: strings.TrimSpace(s)}
	case "trimStart", "trimLeft":
		return ival{k: iStr, s: strings.TrimLeft(s, " \t\n\r\v\f")}
	case "trimEnd", "trimRight":
		return ival{k: iStr, s: strings.TrimRight(s, " \t\n\r\v\f")}
	case "repeat":
		c := int(it.num(a0))
		if c < 0 || c > maxFoldLen || c*len(s) > maxFoldLen {
			return it.fail()
		}
		return ival{k: iStr, s: strings.Repeat(s, c)}
	case "padStart", "padEnd":
		want := int(it.num(a0))
		pad := " "
		if a1.k != iUndef {
			pad = it.str(a1)
		}
		if want > maxFoldLen || pad == "" || want <= n {
			return ival{k: iStr, s: s}
		}
		fill := strings.Repeat(pad, (want-n)/len(pad)+1)[:want-n]
		if name == "padStart" {
			return ival{k: iStr, s: fill + s}
		}
		return ival{k: iStr, s: s + fill}
	case "concat":
		var sb strings.Builder
		sb.WriteString(s)
		for _, v := range vals {
			sb.WriteString(it.str(v))
		}
		return it.strVal(sb.String())
	case "replace", "replaceAll":
		if a0.k == iRegexp {
			return it.reReplace(s, a0, a1, name == "replaceAll")
		}
		if a0.k != iStr {
			return it.fail()
		}
		count := 1
		if name == "replaceAll" {
			count = -1
		}
		if a1.k == iStr {
			return it.strVal(strings.Replace(s, a0.s, a1.s, count))
		}
		if a1.k != iFunc {
			return it.fail()
		}
		var sb strings.Builder
		rest := s
		for count != 0 {
			i := strings.Index(rest, a0.s)
			if i < 0 || a0.s == "" {
				break
			}
			sb.WriteString(rest[:i])
			sb.WriteString(it.str(it.call(a1, undef, []ival{a0})))
			rest = rest[i+len(a0.s):]
			count--
		}
		sb.WriteString(rest)
		return it.strVal(sb.String())
	}
	// an array method on the characters ([].map.call(s, …) reads them so)
	var chars []ival
	it.spread(ival{k: iStr, s: s}, &chars)
	return it.arrMethod(it.array(chars), name, vals)
}

func (it *interp) arrMethod(recv ival, name string, vals []ival) ival {
	a := recv.a
	a0, a1 := arg(vals, 0), arg(vals, 1)
	each := func(f func(i int, x, r ival) bool) {
		if a0.k != iFunc && a0.k != iNative {
			it.fail()
			return
		}
		for i := 0; i < len(*a) && !it.failed; i++ {
			r := it.call(a0, undef, []ival{(*a)[i], {k: iNum, n: float64(i)}, recv})
			if !f(i, (*a)[i], r) {
				return
			}
		}
	}
	switch name {
	case "push":
		*a = append(*a, vals...)
		if len(*a) > interpArray {
			return it.fail()
		}
		return ival{k: iNum, n: float64(len(*a))}
	case "pop":
		if len(*a) == 0 {
			return undef
		}
		x := (*a)[len(*a)-1]
		*a = (*a)[:len(*a)-1]
		return x
	case "shift":
		if len(*a) == 0 {
			return undef
		}
		x := (*a)[0]
		*a = (*a)[1:]
		return x
	case "unshift":
		*a = append(slices.Clone(vals), *a...)
		return ival{k: iNum, n: float64(len(*a))}
	case "join":
		sep := ","
		if a0.k != iUndef {
			sep = it.str(a0)
		}
		parts := make([]string, len(*a))
		n := 0
		for i, e := range *a {
			if e.k != iUndef && e.k != iNull {
				parts[i] = it.str(e)
			}
			if n += len(parts[i]) + len(sep); n > maxFoldLen {
				return it.fail()
			}
		}
		return ival{k: iStr, s: strings.Join(parts, sep)}
	case "map":
		out := make([]ival, 0, len(*a))
		each(func(_ int, _, r ival) bool { out = append(out, r); return true })
		return it.array(out)
	case "filter":
		var out []ival
		each(func(_ int, x, r ival) bool {
			if truthyVal(r) {
				out = append(out, x)
			}
			return true
		})
		return it.array(out)
	case "forEach":
		each(func(int, ival, ival) bool { return true })
		return undef
	case "some", "every", "find", "findIndex":
		found := -1
		each(func(i int, _, r ival) bool {
			if truthyVal(r) == (name != "every") {
				found = i
				return false
			}
			return true
		})
		switch name {
		case "some":
			return boolVal(found >= 0)
		case "every":
			return boolVal(found < 0)
		case "find":
			if found < 0 {
				return undef
			}
			return (*a)[found]
		}
		return ival{k: iNum, n: float64(found)}
	case "reduce", "reduceRight":
		if a0.k != iFunc && a0.k != iNative {
			return it.fail()
		}
		idx := make([]int, len(*a))
		for i := range idx {
			idx[i] = i
		}
		if name == "reduceRight" {
			slices.Reverse(idx)
		}
		acc := a1
		if len(vals) < 2 {
			if len(idx) == 0 {
				return it.fail()
			}
			acc, idx = (*a)[idx[0]], idx[1:]
		}
		for _, i := range idx {
			if it.failed {
				break
			}
			acc = it.call(a0, undef, []ival{acc, (*a)[i], {k: iNum, n: float64(i)}, recv})
		}
		return acc
	case "slice":
		i, j := it.sliceArgs(a0, a1, len(*a))
		return it.array(slices.Clone((*a)[i:j]))
	case "splice":
		i, _ := it.sliceArgs(a0, undef, len(*a))
		del := len(*a) - i
		if a1.k != iUndef {
			del = max(0, min(int(it.num(a1)), len(*a)-i))
		}
		removed := slices.Clone((*a)[i : i+del])
		var ins []ival
		if len(vals) > 2 {
			ins = vals[2:]
		}
		*a = slices.Concat((*a)[:i], ins, (*a)[i+del:])
		return it.array(removed)
	case "concat":
		out := slices.Clone(*a)
		for _, v := range vals {
			if v.k == iArr {
				out = append(out, *v.a...)
			} else {
				out = append(out, v)
			}
		}
		return it.array(out)
	case "reverse":
		slices.Reverse(*a)
		return recv
	case "indexOf", "includes", "lastIndexOf":
		idx := -1
		for i, e := range *a {
			if strictEq(e, a0) {
				idx = i
				if name != "lastIndexOf" {
					break
				}
			}
		}
		if name == "includes" {
			return boolVal(idx >= 0)
		}
		return ival{k: iNum, n: float64(idx)}
	case "fill":
		for i := range *a {
			(*a)[i] = a0
		}
		return recv
	case "toString":
		return it.strVal(it.str(recv))
	case "sort":
		if a0.k == iUndef {
			slices.SortStableFunc(*a, func(x, y ival) int { return strings.Compare(it.str(x), it.str(y)) })
			return recv
		}
		slices.SortStableFunc(*a, func(x, y ival) int {
			f := it.num(it.call(a0, undef, []ival{x, y}))
			switch {
			case f < 0:
				return -1
			case f > 0:
				return 1
			}
			return 0
		})
		return recv
	}
	it.fail()
	return undef
}

// urlUnescape is decodeURIComponent's decoding.
var urlUnescape = url.PathUnescape

// interpKey names one call site of a function.
type interpKey struct {
	fn   *js.Var
	args *js.Arg
}

type interpResult struct {
	v  value
	ok bool
}

// modFunc is a function another module of the package exports, parsed
// from its source, with the constants of its module it reads.
type modFunc struct {
	fn     js.IExpr
	consts map[string]js.IExpr
}

// interpCall folds a call of fn, the file's function v or one another
// module exports, by running it (see runFunc) when it reads like a
// decoder: what it returns when it is a string or bytes.
func (w *walker) interpCall(v *js.Var, spec, prop string, args []js.Arg) (value, bool) {
	if !w.interpreting() || len(args) > 0 && !slices.ContainsFunc(args, w.constantish) {
		// what it decodes comes from its arguments, or (none given) from
		// the file's constants or its parameters' defaults
		return value{}, false
	}
	var fn js.IExpr
	var outer map[string]js.IExpr
	if v != nil {
		fn = w.fnNodes[canon(v)]
	}
	if fn == nil && spec != "" {
		if mf := w.moduleFunc(spec, prop); mf != nil {
			fn, outer = mf.fn, maps.Clone(mf.consts)
		}
	}
	if fn == nil || w.interpSteps >= interpFileSteps || !w.decoderish(fn) {
		return value{}, false
	}
	key := interpKey{fn: v, args: unsafe.SliceData(args)}
	if r, ok := w.interpMemo[key]; ok && v != nil {
		return r.v, r.ok
	}
	res, ok := w.runFunc(fn, outer, args)
	var out value
	switch {
	case ok && res.k == iStr && res.s != "" && len(res.s) <= maxFoldLen:
		out = value{s: res.s, decoded: true}
	case ok && res.k == iBuf && res.s != "" && len(res.s) <= maxFoldLen:
		out = value{s: res.s, decoded: true, buffer: true}
	case ok && (res.k == iObj || res.k == iArr):
		// a decoded configuration (JSON.parse of what it decodes): no
		// constant, but its text is one of the file's strings
		if text := w.jsonText(res); text != "" {
			w.addString(text, true, w.cur)
		}
		ok = false
	default:
		ok = false
	}
	if v != nil {
		if w.interpMemo == nil {
			w.interpMemo = map[interpKey]interpResult{}
		}
		if len(w.interpMemo) < 4096 {
			w.interpMemo[key] = interpResult{out, ok}
		}
	}
	return out, ok
}

// interpTag folds a template tagged with a function of the file, run
// with the template's parts (cooked, and raw as their raw property) and
// its values, when it reads like a decoder.
func (w *walker) interpTag(tag *js.Var, n *js.TemplateExpr) (value, bool) {
	fn := w.fnNodes[canon(tag)]
	if fn == nil || !w.interpreting() || !w.decoderish(fn) {
		return value{}, false
	}
	it := &interp{w: w, env: map[*js.Var]*ival{}}
	var res ival
	ok := it.guard(func() {
		cooked := make([]ival, 0, len(n.List)+1)
		raw := make([]ival, 0, len(n.List)+1)
		vals := []ival{{}}
		for _, p := range n.List {
			cooked = append(cooked, ival{k: iStr, s: templateText(p.Value)})
			raw = append(raw, ival{k: iStr, s: rawText(p.Value)})
			vals = append(vals, it.eval(p.Expr))
		}
		cooked = append(cooked, ival{k: iStr, s: templateText(n.Tail)})
		raw = append(raw, ival{k: iStr, s: rawText(n.Tail)})
		strs := it.array(cooked)
		strs.o = &iobj{m: map[string]ival{}}
		strs.o.put("raw", it.array(raw))
		vals[0] = strs
		c := it.closure(fn)
		if c == nil {
			it.fail()
			return
		}
		res = it.call(ival{k: iFunc, f: c}, undef, vals)
	})
	if !ok || res.k != iStr || res.s == "" {
		return value{}, false
	}
	return value{s: res.s, decoded: true}, true
}

// jsonText is x as JSON (strings, numbers, arrays and objects of them),
// "" if it holds anything else or is too long.
func (w *walker) jsonText(x ival) string {
	it := &interp{w: w}
	var text string
	it.guard(func() {
		b, err := json.Marshal(it.toJSON(x, 0))
		if err == nil && len(b) <= maxFoldLen {
			text = string(b)
		}
	})
	return text
}

// guard runs f, counting its steps against the file's; false when the
// run failed.
func (it *interp) guard(f func()) (ok bool) {
	defer func() {
		it.w.interpSteps += it.steps
		// a run that hostile input drives into a case the interpreter
		// mishandles gives no value, as one that fails does; the walk
		// goes on either way
		if r := recover(); r != nil {
			ok = false
		}
	}()
	f()
	return !it.failed
}

// constantish reports an argument that may fold to a constant: a
// literal, or a name or member of one the file declares or a module
// binds (what a call of a decoder is handed; a parameter or a value
// computed at run time is not).
func (w *walker) constantish(a js.Arg) bool {
	switch n := ungroup(a.Value).(type) {
	case *js.LiteralExpr:
		return n.TokenType == js.StringToken || n.TokenType == js.RegExpToken || n.TokenType == js.DecimalToken || n.TokenType == js.IntegerToken
	case *js.ArrayExpr, *js.TemplateExpr:
		return true
	case *js.Var:
		cv := canon(n)
		if c, ok := w.consts[cv]; ok && c.ok {
			return true
		}
		if _, _, ok := w.moduleMember(n); ok {
			return true // const { COMMUNITY } = require("./ids")
		}
		return w.inits[cv] != nil
	case *js.DotExpr, *js.IndexExpr:
		if v := rootVar(n); v != nil {
			_, bound := w.binding(v)
			return bound || w.inits[canon(v)] != nil
		}
	}
	return false
}

// decoderish reports a function worth running: small, with a loop or an
// iteration over an array, and a decoding step (character codes, a
// base-n digit, an XOR, an alphabet look-up, a reversal), its own or that
// of a function of the file it calls. The first pass notes these of each
// function of the file as it walks it (decoderFlags); a function parsed
// from another module's source is read once here.
func (w *walker) decoderish(fn js.IExpr) bool {
	body := funcBody(fn)
	if body == nil {
		return false
	}
	f, ok := w.bodyFlags[body]
	if !ok {
		r, seen := w.decoderFns[fn]
		if seen {
			return r
		}
		if len(body.List) <= 32 {
			js.Walk(&f, body)
		}
		r = f.decoder()
		if w.decoderFns == nil {
			w.decoderFns = map[js.IExpr]bool{}
		}
		if len(w.decoderFns) < 256 {
			w.decoderFns[fn] = r
		}
		return r
	}
	if f.decodes || f.nodes > decoderNodes || !f.loop || f.other {
		return f.decoder()
	}
	// a step of a helper it calls (rot(c, 13))
	for _, c := range f.calls {
		if g := w.fnNodes[canon(c)]; g != nil {
			if gf, ok := w.bodyFlags[funcBody(g)]; ok && gf.decodes {
				return true
			}
		}
	}
	return false
}

// decoderNodes bounds the syntax nodes of a function decoderish accepts.
const decoderNodes = 1000

// decoderFlags are what a function body does that a decoder does.
type decoderFlags struct {
	nodes                int
	loop, decodes, other bool
	calls                []*js.Var // functions it calls by name (a few)
}

func (f *decoderFlags) decoder() bool {
	return f.nodes <= decoderNodes && f.loop && f.decodes && !f.other
}

// add counts a nested function's body in its parent's (its nodes are
// counted already).
func (f *decoderFlags) add(g decoderFlags) {
	f.loop, f.decodes, f.other = f.loop || g.loop, f.decodes || g.decodes, f.other || g.other
	f.calls = append(f.calls, g.calls[:min(len(g.calls), 8-min(8, len(f.calls)))]...)
}

// see notes one expression of the body (the walker counts them).
func (f *decoderFlags) see(n js.INode) {
	switch x := n.(type) {
	case *js.ForStmt, *js.WhileStmt, *js.DoWhileStmt, *js.ForOfStmt, *js.ForInStmt:
		f.loop = true
	case *js.DotExpr:
		switch string(propData(x.Y)) {
		case "charCodeAt", "codePointAt", "fromCharCode", "fromCodePoint", "indexOf", "charAt", "reverse":
			f.decodes = true
		case "map", "reduce", "forEach", "replace", "replaceAll":
			f.loop = true
		}
	case *js.BinaryExpr:
		switch x.Op {
		case js.BitXorToken, js.BitXorEqToken, js.GtGtToken, js.GtGtGtToken, js.LtLtToken:
			f.decodes = true
		}
	case *js.CallExpr:
		if v, ok := x.X.(*js.Var); ok && len(f.calls) < 8 {
			f.calls = append(f.calls, v)
		}
	case *js.Var:
		if string(x.Data) == "parseInt" {
			f.decodes = true
		}
	case *js.LiteralExpr:
		if x.TokenType == js.ThisToken {
			f.other = true
		}
	case *js.YieldExpr, *js.ClassDecl:
		f.other = true
	}
}

// Enter implements js.IVisitor (decoderish of a function not walked).
func (f *decoderFlags) Enter(n js.INode) js.IVisitor {
	if f.nodes > decoderNodes {
		return nil
	}
	f.nodes++
	f.see(n)
	return f
}

// Exit implements js.IVisitor.
func (f *decoderFlags) Exit(js.INode) {}

// moduleFunc returns the function module spec of the package exports as
// prop ("" for the module itself), parsed from Facts.ExportHelpers once;
// nil if there is none.
func (w *walker) moduleFunc(spec, prop string) *modFunc {
	if w.lim.ModuleHelper == nil || !Relative(spec) {
		return nil
	}
	k := spec + "\x00" + prop
	if mf, ok := w.modFuncs[k]; ok {
		return mf
	}
	var mf *modFunc
	if src, ok := w.lim.ModuleHelper(w.file, spec, prop); ok {
		mf = parseModFunc(src)
	}
	if w.modFuncs == nil {
		w.modFuncs = map[string]*modFunc{}
	}
	if len(w.modFuncs) < 256 {
		w.modFuncs[k] = mf
	}
	return mf
}

func parseModFunc(src string) *modFunc {
	fn, consts := parseSource(src)
	if funcBody(fn) == nil {
		return nil
	}
	mf := &modFunc{fn: fn, consts: map[string]js.IExpr{}}
	eachConst(consts, func(name string, v js.IExpr) { mf.consts[name] = v })
	return mf
}

// exportFunc records fn, a function the module exports as name that
// reads like a decoder (decoderish), in Facts.ExportHelpers with the
// module's constants and functions it reads, so that another module's
// calls of it can be run (see interpCall).
func (w *walker) exportFunc(name string, fn js.IExpr) {
	if fn == nil || !w.decoderish(fn) {
		return
	}
	if _, done := w.f.ExportHelpers[name]; done {
		return
	}
	w.exportSource(name, fn, interpFuncSize, func() string {
		if free := w.funcConsts(fn, 0); free != "" {
			return "{" + free + "}"
		}
		return ""
	})
}

// funcConsts returns the module-level names fn reads that hold a
// constant initialiser or a function, as the members of an object
// literal ("T":[1,2],"d":function (s) {…}); "" if none. Functions it
// reads are followed two levels deep.
func (w *walker) funcConsts(fn js.IExpr, depth int) string {
	body := funcBody(fn)
	if body == nil || depth > 2 {
		return ""
	}
	var parts []string
	size := 0
	for _, u := range body.Scope.Undeclared {
		cv := canon(u)
		if cv.Decl == js.NoDecl {
			continue
		}
		var src string
		if f := w.fnNodes[cv]; f != nil {
			src = funcSource(f)
			if more := w.funcConsts(f, depth+1); more != "" {
				parts = append(parts, more)
			}
		} else if init := w.inits[cv]; init != nil {
			var sb strings.Builder
			init.JS(&sb)
			src = sb.String()
		}
		if src == "" {
			continue
		}
		name, _ := json.Marshal(string(cv.Data))
		p := string(name) + ":" + src
		if size += len(p); size > 16<<10 {
			return ""
		}
		parts = append(parts, p)
	}
	return strings.Join(parts, ",")
}
