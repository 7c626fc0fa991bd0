package jsast

import (
	"bytes"
	"cmp"
	"encoding/json"
	"maps"
	"slices"
	"strconv"
	"strings"
	"unsafe"

	"github.com/tdewolff/parse/v2"
	"github.com/tdewolff/parse/v2/js"
)

type constVal struct {
	v  value
	ok bool // false once a second, different definition is seen
}

// walker extracts Facts from a parsed AST in source order.
type walker struct {
	s   *source
	f   *Facts
	lim Limits
	// ranSource: the file runs code cut from a function's source text,
	// and its comments have been analysed as code (commentCode); sourceV
	// are the variables holding a function's source text (sourceRead)
	ranSource bool
	sourceV   map[*js.Var]bool
	// decodedP are properties assigned decoded text (learnDecodedProp)
	decodedP map[propKey]string

	// consts and arrays are keyed by the parser's variable (scopes are
	// exact: minified bundles reuse one-letter names everywhere).
	consts map[*js.Var]constVal
	arrays map[*js.Var][]string
	// objects are the object literals variables are initialised with
	// (const P = {a: "chi", b: [104, 116]}), whose properties fold; nil
	// for one declared twice or written (P.a = x). A nil map until the
	// first.
	objects map[*js.Var]*js.ObjectExpr
	// modParams are, by function, the modules a call of it in the file
	// hands each parameter (wrap(http, "http") binds mod to http in
	// function wrap(mod, proto)), first pass; the first call's stand.
	modParams map[*js.Var]map[int]string
	// proxyLoaders are the variables initialised with a Proxy whose get
	// trap requires a module named after the property read (sys.net,
	// sys.childProcess): see proxyLoaderOf.
	proxyLoaders map[*js.Var]*proxyLoader
	// tables are the variables initialised with an array literal of array
	// literals of literals (const T = [[104, 116], [100, 110]]), whose
	// rows fold; nil for one declared twice or written.
	tables map[*js.Var]*js.ArrayExpr
	// obf are the file's string-array decoders (see deobfuscate), and
	// aliases the variables initialised with another (const _0x4a =
	// _0x2b7d).
	obf     map[*js.Var]*obfDecoder
	aliases map[*js.Var]*js.Var
	// externals are the modules of a bundle's module table that only
	// re-export a require (687: (module) => { module.exports =
	// require("https") }), by module id.
	externals map[string]string
	// envArgs are the functions called with process.env, by name, with
	// the positions it is passed at (a bit each); nil until the first.
	envArgs map[string]uint8
	// reqV are the variables holding what an incoming request carries
	// (see reqSource); nil until the first.
	reqV map[*js.Var]bool
	// byteArrays are the variables initialised with an empty array or
	// typed array the code then fills (const table = []; table.push(…)):
	// Buffer.from(table) makes text of numbers. Nil until the first.
	byteArrays map[*js.Var]bool
	// bindings say what a variable refers to: a module path
	// ("child_process.exec"). Declared variables are keyed by variable;
	// names the parser leaves undeclared (imports, globals) by name.
	vbind    map[*js.Var]string
	bindings map[string]string
	// netV are the variables holding network data (responses, callback
	// parameters of requests, values computed from them); netVars their
	// names, for Facts.NetVars.
	netV    map[*js.Var]bool
	netVars map[string]struct{}
	// fileV are the variables holding a file's content (fs.readFileSync
	// and values computed from it), with the file's path shape.
	fileV map[*js.Var]string
	// pathVars are variables holding a path built by path.join or
	// path.resolve (const ICON = path.join(__dirname, "logo.png")), as
	// pathArg renders it.
	pathVars map[*js.Var]string
	// crossFile: folding a require's, a spawn's or a code sink's
	// argument, where require("./part") folds to that module's export
	crossFile bool
	// shapeVars are variables initialised with a template or a
	// concatenation that does not fold, as shape renders it (const cmd =
	// `schtasks /create /tr "${ps1}"`), so the call they reach shows it.
	shapeVars map[*js.Var]string
	// envV are the variables holding the whole environment serialised
	// or copied (JSON.stringify(process.env)); the second pass only.
	envV map[*js.Var]bool
	// envVars are the variables holding one environment variable's value
	// (const t = process.env.NPM_TOKEN), by its name; the second pass
	// only.
	envVars map[*js.Var]string
	// traces follow values back to network data, the environment, file
	// content, single environment variables and what an incoming request
	// carries (see origin).
	traces   [6]trace
	pending  map[*js.Params]bool // callback params to bind when entered
	hexNames map[string]struct{}
	// idxReads counts, per constant array, the uses that only read an
	// element (a[0]); arrMut marks arrays written, rotated or passed on.
	// An element folds only when every use of the array is such a read:
	// obfuscators rotate their string arrays before use.
	idxReads map[*js.Var]int
	arrMut   map[*js.Var]bool
	// payloads are the code strings already analysed (eval, Function...)
	// and payloadBytes their size, against the file's budget.
	payloads     map[string]struct{}
	payloadBytes int
	strSeen      map[string]int // index in f.Strings
	mixed        map[string]struct{}
	interned     map[string]string // rendered member chains
	// fnNodes are the file's named functions and inits the initialisers
	// of its other names (nil for a name defined twice or reassigned),
	// for the interpreter (interp.go); interpSteps counts its steps.
	fnNodes     map[*js.Var]js.IExpr
	inits       map[*js.Var]js.IExpr
	interpSteps int
	interpMemo  map[interpKey]interpResult
	decoderFns  map[js.IExpr]bool // decoderish of functions parsed from other modules
	scan        []decoderFlags    // of the function bodies being walked (first pass)
	exprs       int               // expressions walked so far
	bodyFlags   map[*js.BlockStmt]decoderFlags
	modFuncs    map[string]*modFunc
	bufs        [][]byte // free buffers for dotted

	// manifestBound: some variable is bound to a package.json (see
	// packageValue).
	manifestBound bool
	// jsonDocs are the package's JSON files read by jsonValue, by path.
	jsonDocs map[string]map[string]any
	file     string // the file's path in the package, for the files it reads
	// escapes: the file has a \u somewhere, so names may be written with
	// escapes (\u0065val); most files have none and skip decoding them.
	escapes bool

	funcDepth int
	enclosing []namedFunc      // the functions around the current node, innermost last
	withMods  []string         // the modules of the with statements around the current node
	withObjs  []*js.ObjectExpr // the object literals of those around it (with (ops) …)
	// globalMods are modules copied onto the global object
	// (Object.assign(global, require("child_process"))): their methods
	// are bare names everywhere after.
	globalMods []string
	// memberBinds are member chains assigned a module value
	// (exports.run = require("child_process").execSync), by rendering;
	// plainMembers renders chains without them (for their own keys).
	memberBinds  map[string]string
	plainMembers bool
	// senders and senderVars are the functions whose body sends to a
	// constant URL, by name (for member calls, which have nothing else)
	// and by variable: a bare call resolves to exactly one of them, where
	// the name alone would match every function of that name in the file.
	senders    map[string]bool
	senderVars map[*js.Var]bool
	// forwarders are the file's functions that hand their first
	// parameter to a request as its URL (request helpers)
	forwarders map[*js.Var]bool
	members    map[string]bool
	funcs      map[*js.Var]*helper // single-return helpers, for folding
	modHelpers map[*js.Var]*helper // other modules' helpers (helperOf)
	// base is the function depth of the file's own top level: -1 when
	// the parser was given the file wrapped in a function (see
	// cjsWrapped), 0 otherwise
	base int
	// cff: the walk is in the cases of a flattened control flow, in the
	// order they run (see dispatchOrder)
	cff bool
	// decFns and decMethods are the file's functions (by variable) and
	// methods (by name) that XOR bytes or map character codes (out +=
	// String.fromCharCode(c - 1)): decoders, with what they do
	decFns     map[*js.Var]decoder
	decMethods map[string]decoder
	// decodedV are the variables holding a run-time decoding's result
	// (see decodes); nil until the first
	decodedV map[*js.Var]string
	// tagFns are the file's functions that read their first parameter's
	// .raw: template tags, whose tagged templates fold as the text they
	// join (tag`chi${"ld"}_process`)
	tagFns map[*js.Var]bool
	// requireAliases are the parameters of a Function built from a
	// string that receive require, by the Function call's first
	// argument (see requireParams).
	requireAliases map[*js.Arg][]string
	// netFuncs are the functions that return network data (async
	// function rpc() { … return (await r.json()).result }): a call of one
	// is a network call. retFns are the variables naming the functions
	// around the current node (nil for anonymous ones), innermost last;
	// nextFn names the function about to be entered.
	// loopFuncs are the top-level functions whose body loops forever.
	loopFuncs map[*js.Var]bool
	// inIIFE: the function being walked is called where it is written at
	// module level ((function () { … })()), so its body runs on load.
	inIIFE bool
	// fileFuncs are the functions that return a file's content, with the
	// path of a secret file when they read one of their own; a call of
	// one reads that, or the file its argument names (second pass only).
	fileFuncs map[*js.Var]string
	netFuncs  map[*js.Var]bool
	retFns    []*js.Var
	nextFn    *js.Var
	// fnNames name the functions around the current node as a caller
	// in another module spells them ("" for anonymous ones), innermost
	// last; nextName is the name of the function about to be entered,
	// from its declaration or the property or export it is assigned to.
	fnNames  []string
	nextName string
	// keysV are the variables holding only the environment's names
	// (Object.keys(process.env)); nil until the first.
	keysV map[*js.Var]bool
	// envText caches mentionsEnv: 0 not yet known, 1 yes, 2 no;
	// wholeEnv: an EnvRead of the whole environment was recorded;
	// readText caches dataSeen's look at the text the same way.
	envText  uint8
	readText uint8
	// spawnText caches namesChildProcess the same way
	spawnText uint8
	// uploaders are variables holding a child process that sends what
	// it is given (curl or wget with a URL: shellSends); what is written
	// to its stdin goes out. nil until the first.
	uploaders map[*js.Var]bool
	// homeV are variables initialised with the home or working
	// directory (see homeDir); nil until the first.
	homeV map[*js.Var]bool
	// loopVals are for-of variables over a constant array, rendered as
	// its elements in braces ("{.npmrc,.yarnrc}"); nil until the first.
	loopVals map[*js.Var]string
	// modProps caches moduleProp's answers, modArrays moduleArray's and
	// modTables moduleTable's (nil for none); nil until the first.
	modProps  map[string]string
	modArrays map[string][]string
	modTables map[string]*StringTable
	// fnDecls are the names of the file's named functions (pass 1), by
	// which Limits.Params seeds them; nil until the first.
	fnDecls  map[string]bool
	wholeEnv bool
	// netDirect are the variables holding a response itself or a part
	// of it, decoded at most (see directNet); what a function returns
	// counts only when it is such a value.
	netDirect map[*js.Var]bool
	inlining  int
	shaping   int // helpers being shaped (shape), bounded
	// synthetic: the call being recorded is a wrapper's process call
	// (see cmdWrapper), whose arguments are walked at the wrapper's call
	// and which expands no wrapper in turn
	synthetic bool
	// cmdWrappers are the file's functions that start a process with
	// what they are given (const git = (...a) => execFileSync("git", a));
	// nil until the first (see learnCmdWrapper).
	cmdWrappers map[*js.Var]*cmdWrapper
	// evalVars are the parameters and constants of the functions
	// evalFunc is evaluating, which an assignment in them rebinds (see
	// foldAssign)
	evalVars []*js.Var
	// xorKeys are the keys buffers are XORed with in place (xorInPlace)
	xorKeys map[*js.Var][]byte
	// printing: the walk is in a string literal handed straight to the
	// console (see Str.Printed)
	printing bool
	// envFilter is the test of a .filter over Object.keys(process.env),
	// and envFilterArg the inner call's argument it applies to.
	envFilter    string
	envFilterArg *js.Arg
	// fileTexts are the package files read at a constant path (see
	// Str.FromFile).
	fileTexts []string
	cur       int // offset of the last literal seen (source order)
	depth     int
	collect   bool // second pass: record facts
}

const maxWalkDepth = 4000

func newWalker(s *source, f *Facts, lim Limits) *walker {
	w := &walker{
		s: s, f: f, lim: lim, escapes: bytes.Contains(s.src, []byte(`\u`)),
		consts:     map[*js.Var]constVal{},
		arrays:     map[*js.Var][]string{},
		vbind:      map[*js.Var]string{},
		bindings:   map[string]string{},
		netV:       map[*js.Var]bool{},
		fileV:      map[*js.Var]string{},
		pathVars:   map[*js.Var]string{},
		shapeVars:  map[*js.Var]string{},
		envV:       map[*js.Var]bool{},
		envVars:    map[*js.Var]string{},
		netVars:    map[string]struct{}{},
		idxReads:   map[*js.Var]int{},
		arrMut:     map[*js.Var]bool{},
		pending:    map[*js.Params]bool{},
		hexNames:   map[string]struct{}{},
		strSeen:    map[string]int{},
		mixed:      map[string]struct{}{},
		interned:   map[string]string{},
		senders:    map[string]bool{},
		senderVars: map[*js.Var]bool{},
		forwarders: map[*js.Var]bool{},
		members:    map[string]bool{},
		funcs:      map[*js.Var]*helper{},
		tagFns:     map[*js.Var]bool{},
		netFuncs:   map[*js.Var]bool{},
		fnNodes:    map[*js.Var]js.IExpr{},
		inits:      map[*js.Var]js.IExpr{},
		netDirect:  map[*js.Var]bool{},
	}
	w.traces = [6]trace{
		traceNet:    {members: true, source: w.netSource},
		traceEnv:    {literals: true, source: w.envSource},
		traceFile:   {members: true, source: w.fileSource},
		traceData:   {members: true, literals: true, source: w.fileSource},
		traceEnvVar: {literals: true, source: w.envVarSource},
		traceReq:    {members: true, source: w.reqSource},
	}
	return w
}

func (w *walker) run(name string, ast *js.AST) {
	w.file = name
	// Pass 1 learns bindings and constants so uses before a declaration
	// (hoisted functions) still resolve; pass 2 records facts.
	w.funcDepth = w.base
	w.stmts(ast.List)
	w.deobfuscate(ast.List)
	w.collect = true
	w.cur, w.funcDepth = 0, w.base
	w.stmts(ast.List)
	w.injectedCode()
	w.f.Idents.Hex = len(w.hexNames)
	// sorted before they are capped: the same names every run
	w.f.NetVars = sortedKeys(w.netVars, 200)
	w.f.Idents.Mixed = sortedKeys(w.mixed, len(w.mixed))
	w.f.Senders = sortedKeys(w.senders, 64)
}

// sortedKeys returns up to n of m's keys, the first in sorted order (nil
// when m is empty, as the facts' omitempty expects).
func sortedKeys[V any](m map[string]V, n int) []string {
	if len(m) == 0 {
		return nil
	}
	keys := slices.Sorted(maps.Keys(m))
	return keys[:min(n, len(keys))]
}

func (w *walker) stmts(list []js.IStmt) {
	for _, s := range list {
		w.stmt(s)
	}
}

func (w *walker) stmt(s js.IStmt) {
	if s == nil {
		return
	}
	if w.depth >= maxWalkDepth {
		w.f.Truncated = true
		return
	}
	// depth is kept by hand, not by defer: this runs for every node
	w.depth++
	w.stmtNode(s)
	w.depth--
}

func (w *walker) stmtNode(s js.IStmt) {
	if len(w.scan) > 0 {
		switch s.(type) {
		case *js.ForStmt, *js.WhileStmt, *js.DoWhileStmt, *js.ForInStmt, *js.ForOfStmt:
			w.scan[len(w.scan)-1].loop = true
		}
	}
	switch n := s.(type) {
	case *js.BlockStmt:
		w.stmts(n.List)
	case *js.ExprStmt:
		w.expr(n.Value, nil)
	case *js.VarDecl:
		w.varDecl(n)
	case *js.IfStmt:
		w.expr(n.Cond, nil)
		w.stmt(n.Body)
		w.stmt(n.Else)
	case *js.DoWhileStmt:
		w.loop(n.Cond, n.Body, false)
		w.stmt(n.Body)
		w.expr(n.Cond, nil)
	case *js.WhileStmt:
		w.loop(n.Cond, n.Body, false)
		w.expr(n.Cond, nil)
		w.stmt(n.Body)
	case *js.ForStmt:
		w.loop(n.Cond, n.Body, n.Cond == nil)
		w.expr(n.Init, nil)
		w.expr(n.Cond, nil)
		w.expr(n.Post, nil)
		if n.Body != nil {
			w.stmt(n.Body)
		}
	case *js.ForInStmt:
		w.expr(n.Init, nil)
		if w.collect && w.isEnvObject(n.Value) {
			w.addEnv("", "iterate", w.cur)
		}
		w.expr(n.Value, nil)
		if n.Body != nil {
			w.stmt(n.Body)
		}
	case *js.ForOfStmt:
		w.expr(n.Init, nil)
		if d, ok := n.Init.(*js.VarDecl); ok && len(d.List) == 1 {
			// for (const f of [".npmrc", ".yarnrc"]): a path joined with
			// f names each (see joinedPath)
			if v, ok := d.List[0].Binding.(*js.Var); ok {
				if arr, _, ok := w.foldArray(n.Value, 0); ok && len(arr) > 0 && len(arr) <= 32 {
					if w.loopVals == nil {
						w.loopVals = map[*js.Var]string{}
					}
					if len(w.loopVals) < 256 {
						w.loopVals[canon(v)] = "{" + strings.Join(arr, ",") + "}"
					}
				}
			}
		}
		if store := w.storesOf(n.Value); store != "" {
			// for (const area of [localStorage, sessionStorage]): area is
			// a web store (area.key(i) enumerates it)
			if d, ok := n.Init.(*js.VarDecl); ok && len(d.List) == 1 {
				if v, ok := d.List[0].Binding.(*js.Var); ok {
					w.setBinding(v, store)
				}
			}
		}
		if w.collect && w.carriesEnv(n.Value) {
			// for (const [k, v] of Object.entries(process.env))
			if d, ok := n.Init.(*js.VarDecl); ok {
				for _, el := range d.List {
					w.markEnv(el.Binding)
				}
			}
		}
		if w.collect {
			// for (const k of Object.keys(process.env)) if (/TOKEN/.test(k)):
			// the loop reads only the names the test selects
			if call, ok := n.Value.(*js.CallExpr); ok && len(call.Args.List) > 0 {
				if test, ok := loopKeyFilter(n.Body); ok {
					w.envFilter, w.envFilterArg = test, &call.Args.List[0]
				}
			}
		}
		w.expr(n.Value, nil)
		if n.Body != nil {
			w.stmt(n.Body)
		}
	case *js.SwitchStmt:
		w.expr(n.Init, nil)
		if order := w.dispatchOrder(n); order != nil {
			// control-flow flattening: the cases run in the order of
			// the dispatch string, and are walked so
			cff, start, end := w.cff, w.cur, w.cur
			w.cff = true
			for _, i := range order {
				// facts are located from the switch on, whatever the
				// case before in the order
				w.cur = start
				w.expr(n.List[i].Cond, nil)
				w.stmts(n.List[i].List)
				end = max(end, w.cur)
			}
			w.cff, w.cur = cff, end
			break
		}
		for i := range n.List {
			w.expr(n.List[i].Cond, nil)
			w.stmts(n.List[i].List)
		}
	case *js.ReturnStmt:
		if !w.collect && n.Value != nil {
			// return Buffer.from(m[1], "hex").toString(): a function
			// that hands out what it decodes is a decoder
			switch n.Value.(type) {
			case *js.CallExpr, *js.CondExpr:
				if d := w.decodes(n.Value, 0); d != "" {
					w.learnDecoder("returns what "+d+" decodes", false)
				}
			}
		}
		if k := len(w.retFns); k > 0 && w.retFns[k-1] != nil && n.Value != nil && !w.netFuncs[w.retFns[k-1]] && w.directNet(n.Value, 0) {
			w.netFuncs[w.retFns[k-1]] = true
		}
		if k := len(w.retFns); w.collect && k > 0 && w.retFns[k-1] != nil && n.Value != nil && w.dataSeen() {
			// a helper returning a file's content (a chunk read out of a
			// PNG): a call of it is that content, read from its argument
			if p, ok := w.fileData(n.Value); ok {
				if w.fileFuncs == nil {
					w.fileFuncs = map[*js.Var]string{}
				}
				if !SecretData(p) && !strings.HasPrefix(p, "$ ") {
					p = "" // a path of its argument's (see fileSource)
				}
				w.fileFuncs[w.retFns[k-1]] = cmp.Or(w.fileFuncs[w.retFns[k-1]], p)
			}
		}
		w.expr(n.Value, nil)
		// (after the walk of the value, which records its use of the
		// environment)
		if k := len(w.fnNames); w.collect && k > 0 && w.fnNames[k-1] != "" && n.Value != nil {
			// a function handing out the whole environment, a token or a
			// secret file's content: a module calling it gets that (see
			// Facts.Returns)
			if c := w.carried(n.Value, true); !c.Zero() {
				w.f.Returns = addReturn(w.f.Returns, w.fnNames[k-1], c)
			}
		}
	case *js.ThrowStmt:
		w.expr(n.Value, nil)
	case *js.WithStmt:
		w.expr(n.Cond, nil)
		// with (require("child_process")) execSync(cmd): in the body a
		// bare method name is the module's
		mod := w.moduleOf(n.Cond)
		if root, _, _ := strings.Cut(mod, "."); trackedModules[root] && len(w.withMods) < 8 {
			w.withMods = append(w.withMods, mod)
			w.stmt(n.Body)
			w.withMods = w.withMods[:len(w.withMods)-1]
		} else if o := w.objectLiteral(n.Cond); o != nil && len(w.withObjs) < 8 {
			// with ({ log: fs.writeFileSync }) log(p, s): a bare name is
			// the object's property
			w.withObjs = append(w.withObjs, o)
			w.stmt(n.Body)
			w.withObjs = w.withObjs[:len(w.withObjs)-1]
		} else {
			w.stmt(n.Body)
		}
	case *js.LabelledStmt:
		w.stmt(n.Value)
	case *js.TryStmt:
		if n.Body != nil {
			w.stmt(n.Body)
		}
		if n.Catch != nil {
			w.stmt(n.Catch)
		}
		if n.Finally != nil {
			w.stmt(n.Finally)
		}
	case *js.ImportStmt:
		mod := modName(n.Module)
		if strings.HasSuffix(mod, "package.json") {
			w.manifestBound = true // import pkg from "./package.json" with {type: "json"}
		}
		if w.collect {
			off := w.s.offsetOf(n.Module)
			w.addImport(mod, false, false, off)
			if code, enc, ok := dataURLCode(mod); ok {
				// import "data:text/javascript,…": code in the URL
				w.dataImport(code, enc, off)
			}
		}
		if n.Default != nil {
			w.bindings[string(n.Default)] = mod
		}
		for _, a := range n.List {
			if a.Binding == nil {
				continue
			}
			switch {
			case len(a.Name) == 1 && a.Name[0] == '*':
				w.bindings[string(a.Binding)] = mod
			case a.Name != nil:
				w.bindings[string(a.Binding)] = mod + "." + string(a.Name)
			default:
				w.bindings[string(a.Binding)] = mod + "." + string(a.Binding)
			}
		}
	case *js.ExportStmt:
		if n.Module != nil && w.collect {
			w.addImport(modName(n.Module), false, false, w.s.offsetOf(n.Module))
		}
		if n.Decl != nil {
			if n.Default {
				w.exportDefault(n.Decl)
			}
			w.expr(n.Decl, nil)
			if d, ok := n.Decl.(*js.FuncDecl); ok && d.Name != nil {
				// export function k(i) { … }: a helper of the file, and
				// one other modules call
				if !w.collect {
					w.learnHelper(d.Name, d)
				} else if !n.Default {
					w.exportHelper(string(d.Name.Name()), w.funcs[canon(d.Name)])
				}
			}
			if d, ok := n.Decl.(*js.VarDecl); ok && w.collect && !n.Default && w.funcDepth == 0 {
				// export const ICON_X = [111, …]: a constant of the
				// module's exports, as exports.ICON_X = … would be
				for _, b := range d.List {
					if v, ok := b.Binding.(*js.Var); ok && b.Default != nil {
						w.exportMember(string(v.Name()), b.Default)
					}
				}
			}
		}
	case *js.FuncDecl:
		if !w.collect && n.Name != nil {
			w.learnHelper(n.Name, n)
			w.learnCmdWrapper(n.Name, n)
			w.learnInit(w.fnNodes, n.Name, n)
		}
		w.fnNamed(&n.Params, &n.Body, varName(n.Name), n.Name)
	case *js.ClassDecl:
		w.class(n)
	}
}

// inline folds a call to a one-statement helper (function d(x){return
// Buffer.from(x,"hex").toString()}) by binding its parameters.
// decoderLike reports an expression that calls one of the string and
// array methods decoders are made of (fromCharCode, charCodeAt, replace,
// split, reverse, join, map, atob, Buffer.from, decode…).
func decoderLike(e js.IExpr, depth int) bool {
	if depth > 8 || e == nil {
		return false
	}
	switch n := e.(type) {
	case *js.CallExpr:
		switch x := n.X.(type) {
		case *js.DotExpr:
			switch string(propData(x.Y)) {
			case "fromCharCode", "fromCodePoint", "charCodeAt", "codePointAt", "replace", "replaceAll", "split", "reverse", "join",
				"map", "from", "toString", "decode", "slice", "substr", "substring":
				return true
			case "apply", "call":
				// String.fromCharCode.apply(null, a)
				if d, ok := x.X.(*js.DotExpr); ok && (string(propData(d.Y)) == "fromCharCode" || string(propData(d.Y)) == "fromCodePoint") {
					return true
				}
			}
			if decoderLike(x.X, depth+1) {
				return true
			}
		case *js.Var:
			switch string(x.Name()) {
			case "atob", "decodeURIComponent", "decodeURI", "unescape":
				return true
			}
		}
		for _, a := range n.Args.List {
			if decoderLike(a.Value, depth+1) {
				return true
			}
		}
	case *js.BinaryExpr:
		return decoderLike(n.X, depth+1) || decoderLike(n.Y, depth+1)
	case *js.GroupExpr:
		return decoderLike(n.X, depth+1)
	case *js.CondExpr:
		return decoderLike(n.X, depth+1) || decoderLike(n.Y, depth+1)
	case *js.TemplateExpr:
		// (u) => `node -e "fetch('${u}')…"`: a command or URL built
		// around what it is given (a unit suffix, `${n}px`, is not)
		return depth == 0 && n.Tag == nil && len(n.List) > 0 && commandTemplate(n)
	}
	return false
}

// commandTemplate reports a template whose text reads like a command line
// or a URL: a "://", or a program's name first (a message built around a
// value, `Expected ${n} to be a string`, is neither).
func commandTemplate(n *js.TemplateExpr) bool {
	for _, p := range n.List {
		if bytes.Contains(p.Value, []byte("://")) {
			return true
		}
	}
	head := bytes.TrimLeft(n.List[0].Value, "`( \t")
	word, _, found := bytes.Cut(head, []byte(" "))
	return found && templatePrograms[string(word)]
}

// templatePrograms are the programs a command template starts with.
var templatePrograms = setOf("curl", "wget", "node", "sh", "bash", "zsh", "powershell", "pwsh", "powershell.exe", "cmd", "cmd.exe",
	"python", "python3", "perl", "chmod", "nohup", "npm", "npx", "git", "osascript", "launchctl", "systemctl", "crontab", "schtasks",
	"reg", "certutil", "bitsadmin", "mshta", "rundll32", "regsvr32", "iwr", "iex", "start", "open", "exec")

// helper is a function of at most three parameters whose body is one
// return statement, after at most four constants: function d(x) {
// return … }, const d = x => …, function k(i) { const j = i - 9; return
// T[j] }.
type helper struct {
	fn     js.IExpr // the function, for Facts.ExportHelpers
	params *js.Params
	locals []local // constants declared before the return, in order
	ret    js.IExpr
	loop   *loopBody // a decoding loop before the return (see loopReturn)
}

// loopBody is a function body that builds its result in a loop over an
// array's indices: let s = ""; for (let i = 0; i < t.length; i++) s +=
// step; return s.
type loopBody struct {
	idx  *js.Var  // i
	arr  js.IExpr // t
	step js.IExpr // what each index adds
}

// local is a constant a helper declares before its return (const j = i -
// 0x7b), bound while the helper is inlined.
type local struct {
	v    *js.Var
	init js.IExpr
}

// cmdWrapper is a function that starts a process with its arguments: a
// constant program run with an argument list it is given (function
// reg(args) { return execFile("reg.exe", args) }, (...a) =>
// execFileSync("git", a)), or a command line it is given (function
// sh(cmd) { return execSync(cmd) }).
type cmdWrapper struct {
	spawn   *js.CallExpr // the call in its body
	param   int          // which of its parameters is handed on
	rest    bool         // the parameter is its rest (...a)
	argList bool         // handed on as the program's argument list
}

// call returns the process-starting call a call of the wrapper with args
// makes; false if args do not give the parameter.
func (c *cmdWrapper) call(args []js.Arg) (js.IExpr, []js.Arg, bool) {
	var given js.IExpr
	switch {
	case c.rest:
		given = &js.ArrayExpr{List: argsAsElements(args[min(c.param, len(args)):])}
	case c.param < len(args) && !args[c.param].Rest:
		given = args[c.param].Value
	default:
		return nil, nil, false
	}
	out := slices.Clone(c.spawn.Args.List)
	if c.argList {
		out[1].Value = given
	} else {
		out[0].Value = given
	}
	return c.spawn.X, out, true
}

// learnCmdWrapper records fn, named by v, when it is a small function
// that starts a process with one of its parameters (see cmdWrapper), in
// a file that names child_process.
func (w *walker) learnCmdWrapper(v *js.Var, fn js.IExpr) {
	params, body := funcParams(fn), funcBody(fn)
	if params == nil || body == nil || len(params.List) > 3 || len(body.List) > 3 || !w.namesChildProcess() {
		return
	}
	var found *cmdWrapper
	js.Walk(cmdFinder(func(c *js.CallExpr) bool {
		if found != nil {
			return true
		}
		kind := ""
		switch normCallee(w.dotted(c.X, 0)) {
		case "child_process.execFile", "child_process.execFileSync", "child_process.spawn", "child_process.spawnSync":
			kind = "argv"
		case "child_process.exec", "child_process.execSync":
			kind = "line"
		default:
			return false
		}
		i := 0
		if kind == "argv" {
			if len(c.Args.List) < 2 {
				return false
			}
			if _, ok := w.fold(c.Args.List[0].Value, 0); !ok {
				return false
			}
			i = 1
		}
		if len(c.Args.List) <= i || c.Args.List[i].Rest {
			return false
		}
		p, ok := c.Args.List[i].Value.(*js.Var)
		if !ok {
			return false
		}
		for j, b := range params.List {
			if bv, ok := b.Binding.(*js.Var); ok && canon(bv) == canon(p) {
				found = &cmdWrapper{spawn: c, param: j, argList: kind == "argv"}
				return true
			}
		}
		if rv, ok := params.Rest.(*js.Var); ok && canon(rv) == canon(p) && kind == "argv" {
			found = &cmdWrapper{spawn: c, param: len(params.List), rest: true, argList: true}
			return true
		}
		return false
	}), body)
	if found == nil {
		return
	}
	if w.cmdWrappers == nil {
		w.cmdWrappers = map[*js.Var]*cmdWrapper{}
	}
	if len(w.cmdWrappers) < 256 {
		w.cmdWrappers[canon(v)] = found
	}
}

// namesChildProcess reports a file whose text names child_process (the
// only files whose functions may start processes by name).
func (w *walker) namesChildProcess() bool {
	return w.textHas(&w.spawnText, "child_process")
}

// textHas reports whether the file's text has word, looked at once and
// kept in *seen: 0 not yet known, 1 yes, 2 no.
func (w *walker) textHas(seen *uint8, word string) bool {
	if *seen == 0 {
		*seen = 2
		if bytes.Contains(w.s.src, []byte(word)) {
			*seen = 1
		}
	}
	return *seen == 1
}

// cmdFinder visits the calls of a function body, nested functions' too,
// and does not enter the arguments of a call it accepts.
type cmdFinder func(*js.CallExpr) bool

// Enter implements js.IVisitor.
func (f cmdFinder) Enter(n js.INode) js.IVisitor {
	if c, ok := n.(*js.CallExpr); ok && f(c) {
		return nil
	}
	return f
}

// Exit implements js.IVisitor.
func (f cmdFinder) Exit(js.INode) {}

// learnHelper records fn, named by v, as a helper when it is one; a name
// defined twice, or reassigned, is none.
func (w *walker) learnHelper(v *js.Var, fn js.IExpr) {
	h := newHelper(fn)
	if h == nil {
		return
	}
	cv := canon(v)
	if _, dup := w.funcs[cv]; dup {
		w.funcs[cv] = nil
		return
	}
	w.funcs[cv] = h
}

// newHelper returns fn as a helper; nil if it is not one.
func newHelper(fn js.IExpr) *helper {
	params, ret := singleReturn(fn)
	var locals []local
	if ret == nil {
		params, locals, ret = localsReturn(fn)
	}
	if ret == nil {
		if lb, acc := loopReturn(fn); lb != nil && len(funcParams(fn).List) <= 3 {
			return &helper{fn: fn, params: funcParams(fn), ret: acc, loop: lb}
		}
	}
	if ret == nil || len(params.List) > 3 {
		return nil
	}
	if _, isVar := params.Rest.(*js.Var); params.Rest != nil && !isVar {
		return nil
	}
	return &helper{fn: fn, params: params, locals: locals, ret: ret}
}

// helperOf returns the helper v names: one of the file's, or one another
// module of the package exports (Limits.ModuleHelper) that v is bound to
// (const { d } = require("./paths")), parsed from its source once.
func (w *walker) helperOf(v *js.Var) *helper {
	cv := canon(v)
	if fn := w.funcs[cv]; fn != nil || w.lim.ModuleHelper == nil {
		return fn
	}
	if fn, ok := w.modHelpers[cv]; ok {
		return fn
	}
	var fn *helper
	if spec, prop, ok := w.moduleMember(v); ok {
		if src, ok := w.lim.ModuleHelper(w.file, spec, prop); ok {
			fn = parseHelper(src)
		}
	}
	if spec, ok := w.binding(v); fn == nil && ok && Relative(spec) {
		// const t = require("./tables"), the module itself a helper
		if src, ok := w.lim.ModuleHelper(w.file, spec, ""); ok {
			fn = parseHelper(src)
		}
	}
	if w.modHelpers == nil {
		w.modHelpers = map[*js.Var]*helper{}
	}
	if len(w.modHelpers) < 4096 {
		// (a miss is kept too: calls of a variable repeat, and past the
		// bound each one asks the package again)
		w.modHelpers[cv] = fn
	}
	return fn
}

// parseHelper parses a helper's source (Facts.ExportHelpers), with the
// constants of its module it reads bound as its first locals; nil if it
// is not one.
func parseHelper(src string) *helper {
	fn, consts := parseSource(src)
	if fn == nil {
		return nil
	}
	h := newHelper(fn)
	if h == nil || consts == "" {
		return h
	}
	// the object literal's values are the locals' values
	// (a helper whose constants cannot be read is kept without them)
	var bound []local
	eachConst(consts, func(name string, v js.IExpr) {
		for _, u := range funcBody(h.fn).Scope.Undeclared {
			if string(u.Data) == name {
				bound = append(bound, local{v: canon(u), init: v})
				break
			}
		}
	})
	h.locals = append(bound, h.locals...)
	return h
}

// parseSource parses what exportSource records: the function, and the
// object literal of its module's constants as text ("" if none); nil if
// the source is not one expression.
func parseSource(src string) (js.IExpr, string) {
	src, consts, _ := strings.Cut(src, "\x00")
	ast, err := js.Parse(parse.NewInputString("("+src+")"), js.Options{})
	if err != nil || len(ast.List) != 1 {
		return nil, ""
	}
	return exprOf(ast.List[0]), consts
}

// eachConst calls f with each named property of the object literal
// consts holds (the constants a helper's module gives it), in order;
// nothing if it does not parse as one.
func eachConst(consts string, f func(name string, v js.IExpr)) {
	if consts == "" {
		return
	}
	cst, err := js.Parse(parse.NewInputString("("+consts+")"), js.Options{})
	if err != nil || len(cst.List) != 1 {
		return
	}
	o, ok := exprOf(cst.List[0]).(*js.ObjectExpr)
	if !ok {
		return
	}
	for _, p := range o.List {
		if p.Name == nil || p.Name.IsComputed() {
			continue
		}
		// the parser gives {"T": …} as {T: …}
		name := string(p.Name.Literal.Data)
		if p.Name.Literal.TokenType == js.StringToken {
			name = unescape(p.Name.Literal.Data[1 : len(p.Name.Literal.Data)-1])
		}
		f(name, p.Value)
	}
}

// exprOf returns the expression of an expression statement, without its
// parentheses; nil for other statements.
func exprOf(s js.IStmt) js.IExpr {
	st, ok := s.(*js.ExprStmt)
	if !ok {
		return nil
	}
	e := st.Value
	for g, ok := e.(*js.GroupExpr); ok; g, ok = e.(*js.GroupExpr) {
		e = g.X
	}
	return e
}

// exportHelper records fn, exported as name, in Facts.ExportHelpers when
// it is a helper whose source is small.
func (w *walker) exportHelper(name string, fn *helper) {
	if fn == nil || fn.fn == nil {
		return
	}
	w.exportSource(name, fn.fn, 1024, func() string { return w.helperConsts(fn.fn) })
}

// exportSource records fn's source, up to max bytes, in
// Facts.ExportHelpers as name, followed after a NUL by consts(), the
// object literal of its module's constants it reads ("" for none).
func (w *walker) exportSource(name string, fn js.IExpr, max int, consts func() string) {
	if len(w.f.ExportHelpers) >= 16 {
		return
	}
	src := funcSource(fn)
	if src == "" || len(src) > max {
		return
	}
	if free := consts(); free != "" {
		src += "\x00" + free
	}
	if w.f.ExportHelpers == nil {
		w.f.ExportHelpers = map[string]string{}
	}
	w.f.ExportHelpers[strings.Clone(name)] = src
}

// funcSource is the JavaScript of a function or arrow; "" for others.
func funcSource(fn js.IExpr) string {
	var sb strings.Builder
	switch n := fn.(type) {
	case *js.ArrowFunc:
		n.JS(&sb)
	case *js.FuncDecl:
		n.JS(&sb)
	}
	return sb.String()
}

// helperConsts returns, as a JavaScript object literal, the constants
// of the module (strings, numbers, arrays of strings, and object
// literals of literals; 16 KB in all) that the helper fn reads: function
// k(i) { return decode(T[i - 0x7b]) } needs the module's T wherever it is
// inlined. "" if it reads none.
func (w *walker) helperConsts(fn js.IExpr) string {
	body := funcBody(fn)
	if body == nil || body.Scope.Undeclared == nil {
		return ""
	}
	var sb strings.Builder
	for _, u := range body.Scope.Undeclared {
		cv := canon(u)
		if cv.Decl == js.NoDecl {
			continue
		}
		src := w.constSource(cv)
		if src == "" {
			continue
		}
		if sb.Len() == 0 {
			sb.WriteByte('{')
		} else {
			sb.WriteByte(',')
		}
		name, _ := json.Marshal(string(cv.Data))
		sb.Write(name)
		sb.WriteByte(':')
		sb.WriteString(src)
		if sb.Len() > 16<<10 {
			return ""
		}
	}
	if sb.Len() == 0 {
		return ""
	}
	sb.WriteByte('}')
	return sb.String()
}

// constSource returns the constant value of v as JavaScript: a string,
// a number, an array of strings, an object literal of literals (const T
// = {a: [63, 127]}); "" if v holds none.
func (w *walker) constSource(v *js.Var) string {
	if o := w.objects[v]; o != nil && literalOnly(o, 0) {
		var sb strings.Builder
		o.JS(&sb)
		return sb.String()
	}
	if arr, ok := w.arrays[v]; ok && !w.arrMut[v] {
		b, _ := json.Marshal(arr)
		return string(b)
	}
	c, ok := w.consts[v]
	if !ok || !c.ok {
		return ""
	}
	if c.v.num {
		if _, err := strconv.ParseFloat(c.v.s, 64); err != nil {
			return ""
		}
		return c.v.s
	}
	b, _ := json.Marshal(c.v.s)
	return string(b)
}

// literalOnly reports a literal, or an array or object literal (no
// spreads, no computed keys, three levels at most) of literals.
func literalOnly(e js.IExpr, depth int) bool {
	if depth > 3 {
		return false
	}
	switch n := e.(type) {
	case *js.LiteralExpr:
		return n.TokenType == js.StringToken || js.IsNumeric(n.TokenType) ||
			n.TokenType == js.TrueToken || n.TokenType == js.FalseToken || n.TokenType == js.NullToken
	case *js.UnaryExpr:
		l, ok := n.X.(*js.LiteralExpr)
		return ok && n.Op == js.NegToken && js.IsNumeric(l.TokenType)
	case *js.ArrayExpr:
		for _, el := range n.List {
			if el.Spread || el.Value == nil || !literalOnly(el.Value, depth+1) {
				return false
			}
		}
		return true
	case *js.ObjectExpr:
		for _, p := range n.List {
			if p.Spread || p.Name == nil || p.Name.IsComputed() || p.Init != nil || p.Value == nil || !literalOnly(p.Value, depth+1) {
				return false
			}
		}
		return true
	}
	return false
}

// localsReturn returns a function body of a few constant declarations
// and a return: function k(i) { const j = i - 0x7b; return T[j] }.
func localsReturn(fn js.IExpr) (*js.Params, []local, js.IExpr) {
	body := funcBody(fn)
	if body == nil || len(body.List) < 2 || len(body.List) > 5 {
		return nil, nil, nil
	}
	r, ok := body.List[len(body.List)-1].(*js.ReturnStmt)
	if !ok || r.Value == nil {
		return nil, nil, nil
	}
	var locals []local
	for _, st := range body.List[:len(body.List)-1] {
		d, ok := st.(*js.VarDecl)
		if !ok || d.TokenType == js.VarToken || len(d.List) != 1 || d.List[0].Default == nil {
			return nil, nil, nil
		}
		v, ok := d.List[0].Binding.(*js.Var)
		if !ok {
			return nil, nil, nil
		}
		locals = append(locals, local{canon(v), d.List[0].Default})
	}
	return funcParams(fn), locals, r.Value
}

func (w *walker) inline(fn *helper, args []js.Arg, depth int) (value, bool) {
	var v value
	ok := false
	w.withParams(fn, args, depth, func() {
		if fn.loop != nil {
			v, ok = w.foldLoop(fn.loop, depth+1)
			return
		}
		v, ok = w.fold(fn.ret, depth+1)
	})
	return v, ok
}

// loopReturn returns the decoding loop of a function whose body is one
// (see loopBody), with the variable it returns; nil if it is not.
func loopReturn(fn js.IExpr) (*loopBody, *js.Var) {
	body := funcBody(fn)
	if body == nil || len(body.List) != 3 {
		return nil, nil
	}
	d, ok := body.List[0].(*js.VarDecl)
	if !ok || len(d.List) != 1 {
		return nil, nil
	}
	acc, ok := d.List[0].Binding.(*js.Var)
	if l, isLit := d.List[0].Default.(*js.LiteralExpr); !ok || !isLit || l.TokenType != js.StringToken || len(l.Data) != 2 {
		return nil, nil
	}
	r, ok := body.List[2].(*js.ReturnStmt)
	if !ok {
		return nil, nil
	}
	if rv, isVar := r.Value.(*js.Var); !isVar || canon(rv) != canon(acc) {
		return nil, nil
	}
	loop, ok := body.List[1].(*js.ForStmt)
	if !ok || loop.Body == nil {
		return nil, nil
	}
	// for (let i = 0; i < t.length; i++)
	init, ok := loop.Init.(*js.VarDecl)
	if !ok || len(init.List) != 1 {
		return nil, nil
	}
	idx, ok := init.List[0].Binding.(*js.Var)
	if l, isLit := init.List[0].Default.(*js.LiteralExpr); !ok || !isLit || string(l.Data) != "0" {
		return nil, nil
	}
	cond, ok := loop.Cond.(*js.BinaryExpr)
	if !ok || cond.Op != js.LtToken {
		return nil, nil
	}
	if v, isVar := cond.X.(*js.Var); !isVar || canon(v) != canon(idx) {
		return nil, nil
	}
	n, ok := cond.Y.(*js.DotExpr)
	if !ok || string(propData(n.Y)) != "length" {
		return nil, nil
	}
	if u, isUnary := loop.Post.(*js.UnaryExpr); !isUnary || u.Op != js.PostIncrToken && u.Op != js.PreIncrToken {
		return nil, nil
	}
	// s += step, alone or in a block
	if len(loop.Body.List) != 1 {
		return nil, nil
	}
	e, ok := loop.Body.List[0].(*js.ExprStmt)
	if !ok {
		return nil, nil
	}
	add, ok := e.Value.(*js.BinaryExpr)
	if !ok || add.Op != js.AddEqToken {
		return nil, nil
	}
	if v, isVar := add.X.(*js.Var); !isVar || canon(v) != canon(acc) {
		return nil, nil
	}
	return &loopBody{idx: canon(idx), arr: n.X, step: add.Y}, acc
}

// foldLoop folds a decoding loop (see loopBody) over the array its
// parameters are bound to: what each index adds, joined.
func (w *walker) foldLoop(lb *loopBody, depth int) (value, bool) {
	arr, _, ok := w.foldArray(lb.arr, depth+1)
	if !ok || len(arr) > maxFoldLen {
		return value{}, false
	}
	old, had := w.consts[lb.idx]
	defer w.unbind(lb.idx, old, had)
	var sb strings.Builder
	for i := range arr {
		w.consts[lb.idx] = constVal{v: value{s: itoa(i), num: true}, ok: true}
		v, ok := w.fold(lb.step, depth+1)
		if !ok || sb.Len()+len(v.s) > maxFoldLen {
			return value{}, false
		}
		sb.WriteString(v.s)
	}
	return value{s: sb.String(), decoded: true}, true
}

// inlineModule returns the module a helper's body loads with its
// parameters bound to a call's arguments (const M = (n) =>
// require(_(n)); M(0x1f2)); "" if it loads none that folds.
func (w *walker) inlineModule(fn *helper, args []js.Arg) string {
	m := ""
	w.withParams(fn, args, 0, func() { m = w.moduleOf(fn.ret) })
	return m
}

// withParams runs f with fn's parameters bound to the constants args
// fold to, then unbinds them; false, without running f, when an argument
// does not fold or helpers nest too deep.
func (w *walker) withParams(fn *helper, args []js.Arg, depth int, f func()) bool {
	if w.inlining > 4 || len(args) < len(fn.params.List) {
		return false
	}
	type saved struct {
		v     *js.Var
		old   constVal
		had   bool
		arr   []string
		isArr bool
		obj   *js.ObjectExpr
		isObj bool
	}
	var restore []saved
	undo := func() {
		for _, r := range restore {
			w.unbind(r.v, r.old, r.had)
			if r.isArr {
				w.arrays[r.v] = r.arr
			} else {
				delete(w.arrays, r.v)
			}
			if r.isObj {
				w.objects[r.v] = r.obj
			} else if w.objects != nil {
				delete(w.objects, r.v)
			}
		}
	}
	bind := func(v *js.Var, e js.IExpr) bool {
		v = canon(v)
		old, had := w.consts[v]
		oldArr, isArr := w.arrays[v]
		oldObj, isObj := w.objects[v]
		restore = append(restore, saved{v, old, had, oldArr, isArr, oldObj, isObj})
		if o, ok := e.(*js.ObjectExpr); ok && literalOnly(o, 0) {
			// a module's table of constants (helperConsts): its
			// members fold
			if w.objects == nil {
				w.objects = map[*js.Var]*js.ObjectExpr{}
			}
			w.consts[v] = constVal{}
			delete(w.arrays, v)
			w.objects[v] = o
		} else if a, ok := w.fold(e, depth+1); ok {
			w.consts[v] = constVal{v: a, ok: true}
			delete(w.arrays, v)
		} else if arr, _, ok := w.foldArray(e, depth+1); ok {
			// d([73, 66, …]): the parameter is the array
			w.consts[v] = constVal{}
			w.arrays[v] = arr
		} else {
			return false
		}
		return true
	}
	for i, p := range fn.params.List {
		v, ok := p.Binding.(*js.Var)
		if !ok || !bind(v, args[i].Value) {
			undo()
			return false
		}
	}
	if rest, ok := fn.params.Rest.(*js.Var); ok {
		// (...i) => i.map((k) => seg[k]).join(""): the rest of the
		// arguments, an array
		if !bind(rest, &js.ArrayExpr{List: argsAsElements(args[len(fn.params.List):])}) {
			undo()
			return false
		}
	}
	// the helper's own constants, folded with its parameters bound
	for _, l := range fn.locals {
		if !bind(l.v, l.init) {
			undo()
			return false
		}
	}
	w.inlining++
	f()
	w.inlining--
	undo()
	return true
}

// argsAsElements returns call arguments as the elements of an array.
func argsAsElements(args []js.Arg) []js.Element {
	out := make([]js.Element, len(args))
	for i, a := range args {
		out[i] = js.Element{Value: a.Value, Spread: a.Rest}
	}
	return out
}

// readsTable reports an expression that calls a decoder another module
// of the package exports with its string table (Limits.ModuleTable),
// itself or in an argument: require(_(n)) with _ = require("./strings").
func (w *walker) readsTable(e js.IExpr, depth int) bool {
	c, ok := e.(*js.CallExpr)
	if !ok || depth > 2 || w.lim.ModuleTable == nil {
		return false
	}
	if v, ok := c.X.(*js.Var); ok {
		if b, ok := w.binding(v); ok && Relative(b) {
			if _, ok := w.moduleTable(b); ok {
				return true
			}
		}
	}
	for _, a := range c.Args.List {
		if w.readsTable(a.Value, depth+1) {
			return true
		}
	}
	return false
}

// appended learns c += "text" in the first pass: a string constant
// built piece by piece (let c = ""; c += "curl …"; c += "| sh") holds the
// pieces in source order. Constants are flow-insensitive, so every use
// sees the whole; false when the piece or the variable is not a string
// constant.
func (w *walker) appended(v *js.Var, n *js.BinaryExpr) bool {
	if n.Op != js.AddEqToken {
		return false
	}
	cv := canon(v)
	c, ok := w.consts[cv]
	if !ok || !c.ok || c.v.num {
		return false
	}
	x, ok := w.fold(n.Y, 0)
	if !ok || len(c.v.s)+len(x.s) > maxFoldLen {
		return false
	}
	c.v.s += x.s
	c.v.decoded = c.v.decoded || x.decoded
	w.consts[cv] = c
	return true
}

// pushed learns arr.push("a", "b") on a constant array in the first
// pass: the elements join the array. Anything else pushed (obfuscators
// rotate their arrays with arr.push(arr.shift())) marks it written.
func (w *walker) pushed(callee js.IExpr, args []js.Arg) {
	dot, ok := callee.(*js.DotExpr)
	if !ok || len(w.arrays) == 0 {
		return
	}
	method := string(propData(dot.Y))
	if method != "push" && method != "unshift" {
		return
	}
	v, ok := dot.X.(*js.Var)
	if !ok {
		return
	}
	cv := canon(v)
	arr, ok := w.arrays[cv]
	if !ok || w.arrMut[cv] {
		return
	}
	add := make([]string, 0, len(args))
	for _, a := range args {
		x, ok := w.fold(a.Value, 0)
		if !ok || a.Rest || len(arr)+len(add) >= 5000 {
			w.arrMut[cv] = true
			return
		}
		add = append(add, x.s)
	}
	if method == "push" {
		w.arrays[cv] = append(arr[:len(arr):len(arr)], add...)
	} else {
		w.arrays[cv] = append(add, arr...)
	}
}

// dispatchOrder returns the order an obfuscator's flattened control flow
// runs a switch's cases in, nil when the switch is not one: switch
// (order[i++]) over a constant array ("3|0|2|1".split("|")) whose
// elements each name one case. Cases the order never names follow.
func (w *walker) dispatchOrder(n *js.SwitchStmt) []int {
	ix, ok := n.Init.(*js.IndexExpr)
	if !ok || len(n.List) < 2 || len(n.List) > 64 {
		return nil
	}
	if _, ok := ix.Y.(*js.UnaryExpr); !ok {
		return nil
	}
	v, ok := ix.X.(*js.Var)
	if !ok {
		return nil
	}
	keys, ok := w.arrays[canon(v)]
	if !ok || w.arrMut[canon(v)] || len(keys) > 256 {
		return nil
	}
	byKey := make(map[string]int, len(n.List))
	for i, c := range n.List {
		if c.Cond == nil {
			continue
		}
		k, ok := w.fold(c.Cond, 0)
		if !ok {
			return nil
		}
		byKey[k.s] = i
	}
	order := make([]int, 0, len(n.List))
	seen := make([]bool, len(n.List))
	for _, k := range keys {
		i, ok := byKey[k]
		if !ok {
			return nil
		}
		if !seen[i] {
			seen[i] = true
			order = append(order, i)
		}
	}
	for i := range n.List {
		if !seen[i] {
			order = append(order, i)
		}
	}
	return order
}

// envProperty reports an object literal with the whole environment under
// a key of its own ({h: os.hostname(), env: process.env}).
func (w *walker) envProperty(o *js.ObjectExpr) bool {
	for _, p := range o.List {
		if !p.Spread && p.Name != nil && w.isEnvObject(p.Value) {
			return true
		}
	}
	return false
}

// runtimeDecoders are the calls that decode or decompress data: what they
// return is text no reader saw. Not decodeURIComponent: of a value that is
// not constant, it reads a URL's query (webpack-dev-server's overlay
// filters arrive so).
var runtimeDecoders = setOf("inflateSync", "inflateRawSync", "gunzipSync", "unzipSync", "brotliDecompressSync", "atob",
	"unescape", "fromCharCode", "fromCodePoint", "decode", "update", "final")

// decodes names the run-time decoding e's value comes out of (see
// Arg.Decodes), "" if none: a decoding call, Buffer.from(x, "base64") or
// "hex", a decoder function of the file, or a variable holding one's
// result, through .toString(), String() and concatenation.
func (w *walker) decodes(e js.IExpr, depth int) string {
	if depth > 8 || e == nil {
		return ""
	}
	switch n := e.(type) {
	case *js.GroupExpr:
		return w.decodes(n.X, depth+1)
	case *js.BinaryExpr:
		if n.Op == js.AddToken {
			return w.eitherDecodes(n.X, n.Y, depth)
		}
	case *js.CondExpr:
		// m ? Buffer.from(m[1], "hex").toString() : ""
		return w.eitherDecodes(n.X, n.Y, depth)
	case *js.TemplateExpr:
		for _, p := range n.List {
			if d := w.decodes(p.Expr, depth+1); d != "" {
				return d
			}
		}
	case *js.ArrayExpr:
		// spawn("sh", ["-c", decoded]): an argument list
		for _, el := range n.List {
			if d := w.decodes(el.Value, depth+1); d != "" {
				return d
			}
		}
	case *js.Var:
		if w.decodedV != nil {
			return w.decodedV[canon(n)]
		}
	case *js.DotExpr:
		if v, ok := n.X.(*js.Var); ok && w.decodedP != nil {
			return w.decodedP[propKey{canon(v), string(propData(n.Y))}]
		}
	case *js.CallExpr:
		switch x := n.X.(type) {
		case *js.Var:
			name := string(x.Name())
			if fn := w.funcs[canon(x)]; fn != nil {
				if d := w.decodes(fn.ret, depth+1); d != "" {
					return name + "()"
				}
			}
			if dec, ok := w.decFns[canon(x)]; ok && (!dec.constIn || w.constantArg(n.Args.List)) {
				return name + "(), which " + dec.how
			}
			if name == "String" && len(n.Args.List) > 0 {
				return w.decodes(n.Args.List[0].Value, depth+1)
			}
			// atob(x), or a decoder bound by name (const { inflateSync } = require("zlib"))
			if b, ok := w.binding(x); ok {
				if runtimeDecoders[b[strings.LastIndexByte(b, '.')+1:]] {
					return b
				}
			} else if runtimeDecoders[name] {
				return name
			}
		case *js.DotExpr:
			m := view(propData(x.Y)) // compared, or copied by a concatenation
			switch {
			case (m == "slice" || m == "substring" || m == "substr") && w.sourceRead(x.X):
				// a piece cut out of a function's source text: not the
				// function, but what else its text holds (a comment)
				return SourceText
			case m == "toString" || m == "join" || m == "trim" || m == "split" || m == "slice" || m == "substring" || m == "substr":
				// the text, or a part of it
				return w.decodes(x.X, depth+1)
			case m == "concat" && len(n.Args.List) > 0:
				// Buffer.concat([decipher.update(ct), decipher.final()])
				if arr, ok := n.Args.List[0].Value.(*js.ArrayExpr); ok {
					for _, el := range arr.List {
						if d := w.decodes(el.Value, depth+1); d != "" {
							return d
						}
					}
				}
			case (m == "apply" || m == "call") && len(n.Args.List) == 2:
				// String.fromCharCode.apply(null, bytes)
				if d, ok := x.X.(*js.DotExpr); ok && runtimeDecoders[string(propData(d.Y))] {
					return normCallee(w.dotted(d, 0))
				}
			case m == "map" && len(n.Args.List) == 1 && mapsCodes(n.Args.List[0].Value):
				// words.map((w) => String.fromCharCode(32 + table.indexOf(w))),
				// bits.map((b) => parseInt(b, 2)), bytes.map((c) => c ^ 0x5a):
				// text made of numbers
				return "a map over character codes"
			case m == "from" && len(n.Args.List) > 0:
				if len(n.Args.List) > 1 {
					if v, ok := w.fold(n.Args.List[1].Value, depth+1); ok && (v.s == "base64" || v.s == "hex" || v.s == "base64url") {
						return "Buffer.from(…, " + strconv.Quote(v.s) + ")"
					}
				}
				// Buffer.from(bytes) of bytes decoded by a map, or of an array
				// the code fills with numbers it computes
				if b, ok := x.X.(*js.Var); ok && string(b.Name()) == "Buffer" {
					if v, ok := n.Args.List[0].Value.(*js.Var); ok && w.byteArrays[canon(v)] {
						return "Buffer.from(an array of numbers the code computes)"
					}
				}
				return w.decodes(n.Args.List[0].Value, depth+1)
			case runtimeDecoders[m]:
				if m == "decode" && len(n.Args.List) > 0 && w.wasmMemory(n.Args.List[0].Value) {
					// a string read out of WebAssembly's memory
					// (wasm-bindgen's getStringFromWasm0): the module's
					// own text, not a payload hidden in this file
					return ""
				}
				return normCallee(w.dotted(x, 0))
			}
			if dec, ok := w.decMethods[m]; ok && (!dec.constIn || w.constantArg(n.Args.List)) {
				return m + "(), which " + dec.how
			}
		}
	}
	return ""
}

// SourceText is the decoding (Arg.Decodes) of a piece cut out of a
// function's own source text, read back at run time with
// Function.prototype.toString: what the text holds beyond the code, its
// comments, is invisible to a reader of the code.
const SourceText = "the source text of a function (Function.prototype.toString)"

// sourceRead reports e reads a function's source text: fn.toString() of
// a function declared in the file, Function.prototype.toString.call(fn),
// or a variable holding either.
func (w *walker) sourceRead(e js.IExpr) bool {
	switch n := e.(type) {
	case *js.Var:
		return w.sourceV[canon(n)]
	case *js.CallExpr:
		x, ok := n.X.(*js.DotExpr)
		if !ok {
			return false
		}
		switch m := view(propData(x.Y)); {
		case m == "toString" && len(n.Args.List) == 0:
			v, ok := x.X.(*js.Var)
			return ok && canon(v).Decl == js.FunctionDecl
		case m == "call" || m == "apply":
			return len(n.Args.List) > 0 && normCallee(w.dotted(x.X, 0)) == "Function.prototype.toString"
		}
	}
	return false
}

// commentCode analyses, as code the file runs, the block comments of a
// file that runs code cut out of its own functions' source text: the
// comment is where such code hides. A comment's first line may be text
// ("/*! polyfill …"), so each is tried whole and after that line.
func (w *walker) commentCode(off int) {
	src := w.s.src
	for i, n, tried := 0, 0, 0; n < 10000 && tried < 32; n++ {
		j := bytes.Index(src[i:], []byte("/*"))
		if j < 0 {
			return
		}
		start := i + j + 2
		k := bytes.Index(src[start:], []byte("*/"))
		if k < 0 {
			return
		}
		body := src[start : start+k]
		i = start + k + 2
		if len(body) < 40 || bytes.IndexByte(body, '(') < 0 {
			continue
		}
		tried++
		tries := [][]byte{body}
		if nl := bytes.IndexByte(body, '\n'); nl >= 0 {
			tries = append(tries, body[nl+1:])
		}
		for _, code := range tries {
			if _, err := js.Parse(parse.NewInputBytes(append([]byte(nil), code...)), js.Options{}); err == nil {
				w.payload(string(code), true, off)
				break
			}
		}
	}
}

// mapsCodes reports a callback (of one parameter, returning one
// expression) that makes a character of a number, a number of text in
// base 2, 8 or 16, or XORs with a constant: String.fromCharCode or
// fromCodePoint, parseInt with such a radix, c ^ 0x5a.
func mapsCodes(cb js.IExpr) bool {
	params, ret := singleReturn(cb)
	if params == nil || ret == nil || len(params.List) != 1 {
		return false
	}
	if b, ok := ret.(*js.BinaryExpr); ok && b.Op == js.BitXorToken {
		// bytes.map((c) => c ^ 0x5a): XOR with a constant key
		_, lx := b.X.(*js.LiteralExpr)
		_, ly := b.Y.(*js.LiteralExpr)
		return lx != ly
	}
	c, ok := ret.(*js.CallExpr)
	if !ok {
		return false
	}
	switch x := c.X.(type) {
	case *js.DotExpr:
		if v, ok := x.X.(*js.Var); ok && string(v.Name()) == "String" {
			switch string(propData(x.Y)) {
			case "fromCharCode", "fromCodePoint":
				return true
			}
		}
	case *js.Var:
		if string(x.Name()) == "parseInt" && len(c.Args.List) == 2 {
			if l, ok := c.Args.List[1].Value.(*js.LiteralExpr); ok {
				switch string(l.Data) {
				case "2", "8", "16":
					return true
				}
			}
		}
	}
	return false
}

// wasmMemory reports an expression naming WebAssembly memory
// (getUint8ArrayMemory0().subarray(ptr, ptr + len), wasm.memory.buffer).
func (w *walker) wasmMemory(e js.IExpr) bool {
	var names []string
	w.names(e, &names, 0)
	for _, n := range names {
		if strings.Contains(n, "Memory") || n == "memory" || n == "HEAPU8" {
			return true
		}
	}
	return false
}

// eitherDecodes is decodes of x, else of y.
func (w *walker) eitherDecodes(x, y js.IExpr, depth int) string {
	if d := w.decodes(x, depth+1); d != "" {
		return d
	}
	return w.decodes(y, depth+1)
}

// learnDecoded records, in the first pass, a variable holding the result
// of a run-time decoding (const code = inflate(blob)).
func (w *walker) learnDecoded(v *js.Var, init js.IExpr) {
	if _, ok := init.(*js.CallExpr); !ok {
		return
	}
	if w.sourceRead(init) {
		if w.sourceV == nil {
			w.sourceV = map[*js.Var]bool{}
		}
		if len(w.sourceV) < 100 {
			w.sourceV[canon(v)] = true
		}
		return
	}
	if d := w.decodes(init, 0); d != "" {
		if w.decodedV == nil {
			w.decodedV = map[*js.Var]string{}
		}
		if len(w.decodedV) < 1000 {
			w.decodedV[canon(v)] = d
		}
	}
}

// learnDecodedProp records, in the first pass, a property of a variable
// assigned the result of a run-time decoding (m.__src =
// body.toString()), as "v.prop" in decodedP.
func (w *walker) learnDecodedProp(v *js.Var, prop []byte, init js.IExpr) {
	d := w.decodes(init, 0)
	if d == "" {
		return
	}
	if w.decodedP == nil {
		w.decodedP = map[propKey]string{}
	}
	if len(w.decodedP) < 1000 {
		w.decodedP[propKey{canon(v), string(prop)}] = d
	}
}

// propKey is a variable's property.
type propKey struct {
	v    *js.Var
	prop string
}

// startsSequence learns, in the first pass, the first assignment of a
// flattened sequence, which starts a constant (c = ""; c += "curl …") or an
// array (p = []; p.push(…)); an empty array assigned to one declared empty
// changes nothing. False when the assignment is no such start.
func (w *walker) startsSequence(x *js.Var, y js.IExpr) bool {
	cv := canon(x)
	if _, seen := w.consts[cv]; !seen {
		if v, ok := w.fold(y, 0); ok {
			w.consts[cv] = constVal{v: v, ok: true}
			return true
		}
	}
	if arr, _, ok := w.foldArray(y, 0); ok {
		if old, had := w.arrays[cv]; !had || len(old) == 0 && len(arr) == 0 && !w.arrMut[cv] {
			w.arrays[cv] = arr
			return true
		}
	}
	return false
}

// constantHost reports a URL argument whose scheme and host are constant:
// "https://h.example/x", or `https://h.example/bot${token}?text=${t}` with
// only its path and query filled in at run time.
func (w *walker) constantHost(e js.IExpr) bool {
	u, ok := w.fold(e, 0)
	if !ok {
		if u.s, ok = w.shape(e); !ok {
			return false
		}
	}
	rest, found := strings.CutPrefix(u.s, "https://")
	if !found {
		if rest, found = strings.CutPrefix(u.s, "http://"); !found {
			return false
		}
	}
	host, _, _ := strings.Cut(rest, "/")
	return host != "" && !strings.Contains(host, Hole)
}

// decoder is what a decoder function of the file does; constIn: it counts
// only on a constant of the file (mapping character codes is also how
// text is read out of bytes, UTF8ToString(ptr) of a WebAssembly heap).
type decoder struct {
	how     string
	constIn bool
}

// constantArg reports a call whose first argument is a constant string or
// array of the file, or an element of a constant array.
func (w *walker) constantArg(args []js.Arg) bool {
	if len(args) == 0 {
		return false
	}
	if _, ok := w.fold(args[0].Value, 0); ok {
		return true
	}
	if ix, ok := args[0].Value.(*js.IndexExpr); ok {
		// TABLE[3] of a constant array, whichever element it is
		if v, ok := ix.X.(*js.Var); ok {
			if _, isArr := w.arrays[canon(v)]; isArr && !w.arrMut[canon(v)] {
				return true
			}
		}
	}
	_, _, ok := w.foldArray(args[0].Value, 0)
	return ok
}

// learnModParams records the modules a call of a function of the file
// hands it (see modParams).
func (w *walker) learnModParams(callee js.IExpr, args []js.Arg) {
	fv, ok := callee.(*js.Var)
	if !ok || len(args) == 0 || canon(fv).Decl == js.NoDecl {
		return
	}
	for i, a := range args[:min(len(args), 4)] {
		if a.Rest {
			continue
		}
		var mod string
		switch x := a.Value.(type) {
		case *js.Var:
			mod, _ = w.binding(x)
		case *js.CallExpr:
			// instrument(require("https")) (only require's calls are
			// rendered: this runs for every call of a local function)
			if r, ok := x.X.(*js.Var); ok && string(r.Name()) == "require" {
				mod = w.moduleOf(x)
			}
		}
		if !netModules[mod] && mod != "child_process" && mod != "fs" {
			continue
		}
		if w.modParams == nil {
			w.modParams = map[*js.Var]map[int]string{}
		}
		m := w.modParams[canon(fv)]
		if m == nil {
			if len(w.modParams) >= 256 {
				return
			}
			m = map[int]string{}
			w.modParams[canon(fv)] = m
		}
		if _, seen := m[i]; !seen {
			m[i] = mod
		}
	}
}

// decodedThen learns, in the first pass, the parameter of a callback
// handed to then on what a decoder returns (verify().then((src) =>
// Function(src)()), verify an async function returning
// Buffer.from(s, "base64").toString()): it holds the decoded text.
func (w *walker) decodedThen(callee js.IExpr, args []js.Arg) {
	dot, ok := callee.(*js.DotExpr)
	if !ok || len(args) == 0 || string(propData(dot.Y)) != "then" {
		return
	}
	params := funcParams(args[0].Value)
	if params == nil || len(params.List) == 0 {
		return
	}
	p, ok := params.List[0].Binding.(*js.Var)
	if !ok {
		return
	}
	if d := w.decodes(dot.X, 0); d != "" {
		if w.decodedV == nil {
			w.decodedV = map[*js.Var]string{}
		}
		if len(w.decodedV) < 1000 {
			w.decodedV[canon(p)] = d
		}
	}
}

// learnDecoder records, in the first pass, the innermost named function
// the walk is in as a decoder (see decFns).
func (w *walker) learnDecoder(how string, constIn bool) {
	k := len(w.enclosing)
	if k == 0 || len(w.decMethods) >= 256 {
		return
	}
	fn := w.enclosing[k-1]
	if fn.v != nil {
		if w.decFns == nil {
			w.decFns = map[*js.Var]decoder{}
		}
		w.decFns[canon(fn.v)] = decoder{how, constIn}
	} else if fn.name != "" {
		if w.decMethods == nil {
			w.decMethods = map[string]decoder{}
		}
		w.decMethods[fn.name] = decoder{how, constIn}
	}
}

// learnTag records the function the walk is in as a template tag when x,
// whose .raw it reads, is that function's parameter.
func (w *walker) learnTag(x js.IExpr) {
	v, ok := x.(*js.Var)
	if k := len(w.retFns); ok && k > 0 && w.retFns[k-1] != nil && canon(v).Decl == js.ArgumentDecl {
		w.tagFns[w.retFns[k-1]] = true
	}
}

// learnObject records, in the first pass, a variable initialised with an
// object literal (see walker.objects).
func (w *walker) learnObject(v *js.Var, o *js.ObjectExpr) {
	if w.objects == nil {
		w.objects = map[*js.Var]*js.ObjectExpr{}
	}
	if _, seen := w.objects[v]; seen {
		w.objects[v] = nil
	} else if len(w.objects) < 1000 {
		w.objects[v] = o
	}
}

// objectWritten forgets the object literal of the variable a member
// assignment writes to (P.a = x, P[k] = x).
func (w *walker) objectWritten(x js.IExpr) {
	if w.objects == nil && w.tables == nil {
		return
	}
	if v := rootVar(x); v != nil {
		if _, ok := w.objects[canon(v)]; ok {
			w.objects[canon(v)] = nil
		}
		if _, ok := w.tables[canon(v)]; ok {
			w.tables[canon(v)] = nil
		}
	}
}

// proxyLoader is a Proxy whose get trap requires a module named after the
// property read: new Proxy({}, { get(cache, key) { return require(
// String(key).replace(/[A-Z]/g, (m) => "_" + m.toLowerCase())) } }).
type proxyLoader struct {
	key  *js.Var  // the trap's property parameter
	spec js.IExpr // the module name it requires, in terms of key
}

// proxyLoaderOf returns the loader init is, nil if it is none.
func proxyLoaderOf(init js.IExpr) *proxyLoader {
	n, ok := init.(*js.NewExpr)
	if !ok || n.Args == nil || len(n.Args.List) != 2 {
		return nil
	}
	if x, ok := n.X.(*js.Var); !ok || string(x.Name()) != "Proxy" || canon(x).Decl != js.NoDecl {
		return nil
	}
	h, ok := n.Args.List[1].Value.(*js.ObjectExpr)
	if !ok {
		return nil
	}
	for _, p := range h.List {
		var params *js.Params
		var body *js.BlockStmt
		switch {
		case p.Value != nil && p.Name != nil && !p.Name.IsComputed() && literalView(p.Name.Literal.Data) == "get":
			params, body = funcParams(p.Value), funcBody(p.Value)
		case p.Value != nil && p.Name == nil:
			// get(cache, key) { … }: a method, named by the function
			if m, ok := p.Value.(*js.MethodDecl); ok && !m.Name.IsComputed() && literalView(m.Name.Literal.Data) == "get" {
				params, body = &m.Params, &m.Body
			}
		}
		if params == nil || body == nil || len(params.List) < 2 {
			continue
		}
		key, ok := params.List[1].Binding.(*js.Var)
		if !ok {
			return nil
		}
		var spec js.IExpr
		js.Walk(cmdFinder(func(c *js.CallExpr) bool {
			if x, ok := c.X.(*js.Var); ok && string(x.Name()) == "require" && len(c.Args.List) == 1 && spec == nil {
				spec = c.Args.List[0].Value
				return true
			}
			return false
		}), body)
		if spec == nil {
			return nil
		}
		return &proxyLoader{key: canon(key), spec: spec}
	}
	return nil
}

// proxyModule returns the module a proxy loader v requires for property
// prop; "" when v is none or the name does not fold.
func (w *walker) proxyModule(v *js.Var, prop string) string {
	pl := w.proxyLoaders[canon(v)]
	if pl == nil || w.inlining > 4 {
		return ""
	}
	old, had := w.consts[pl.key]
	w.consts[pl.key] = constVal{v: value{s: prop}, ok: true}
	w.inlining++
	m, ok := w.fold(pl.spec, 0)
	w.inlining--
	w.unbind(pl.key, old, had)
	if !ok || m.num || !trackedModules[strings.TrimPrefix(m.s, "node:")] {
		return ""
	}
	return strings.TrimPrefix(m.s, "node:")
}

// rowsOnly reports an array literal of 2 to 4,096 array literals of
// literals (a table of char codes, one row per string).
func rowsOnly(t *js.ArrayExpr) bool {
	if len(t.List) < 2 || len(t.List) > 4096 {
		return false
	}
	for _, el := range t.List {
		row, ok := el.Value.(*js.ArrayExpr)
		if el.Spread || !ok || !literalOnly(row, 1) {
			return false
		}
	}
	return true
}

// tableRow returns the row T[i] of a table (see tables) when i folds to
// one of its indices; nil otherwise.
func (w *walker) tableRow(n *js.IndexExpr, depth int) js.IExpr {
	v, ok := n.X.(*js.Var)
	if !ok {
		return nil
	}
	t := w.tables[canon(v)]
	if t == nil {
		return nil
	}
	k, ok := w.fold(n.Y, depth+1)
	if !ok {
		return nil
	}
	i, err := strconv.Atoi(k.s)
	if err != nil || i < 0 || i >= len(t.List) {
		return nil
	}
	return t.List[i].Value
}

// objectMember returns the expression a member read of a constant object
// literal gives (P.a, P["a"], P[k] with k folding); nil for any other
// expression.
func (w *walker) objectMember(e js.IExpr, depth int) js.IExpr {
	if w.objects == nil {
		if n, ok := e.(*js.IndexExpr); ok && w.tables != nil {
			return w.tableRow(n, depth)
		}
		return nil
	}
	switch n := e.(type) {
	case *js.DotExpr:
		return w.objectProp(n.X, string(propData(n.Y)), depth)
	case *js.IndexExpr:
		if r := w.tableRow(n, depth); r != nil {
			return r
		}
		if k, ok := w.fold(n.Y, depth+1); ok {
			return w.objectProp(n.X, k.s, depth)
		}
	}
	return nil
}

// objectProp returns the expression a constant object literal gives its
// property key (P.a, P["a"]), the last one that sets it; nil when there
// is none or a spread or a computed key that does not fold may set it.
func (w *walker) objectProp(x js.IExpr, key string, depth int) js.IExpr {
	v, ok := x.(*js.Var)
	if !ok || w.objects == nil {
		return nil
	}
	o := w.objects[canon(v)]
	if o == nil {
		return nil
	}
	var found js.IExpr
	for _, p := range o.List {
		if p.Spread || p.Name == nil || p.Init != nil {
			return nil
		}
		var name string
		if p.Name.IsComputed() {
			k, ok := w.fold(p.Name.Computed, depth+1)
			if !ok {
				return nil
			}
			name = k.s
		} else if p.Name.Literal.TokenType == js.StringToken {
			name, _ = unquote(p.Name.Literal.Data)
		} else {
			name = string(p.Name.Literal.Data)
		}
		if name == key {
			found = p.Value
		}
	}
	return found
}

// reassigned learns an assignment to a variable in the first pass: the
// variable is not a constant (let c = "git status"; c = payload), nor is
// an array it held. Assigned values are not folded here: assignments are
// everywhere in bundles, and folding each cost several percent.
func (w *walker) reassigned(x *js.Var) {
	cv := canon(x)
	if _, ok := w.fnNodes[cv]; ok {
		w.fnNodes[cv] = nil
	}
	if _, ok := w.inits[cv]; ok {
		w.inits[cv] = nil
	}
	if w.objects != nil {
		if _, ok := w.objects[cv]; ok {
			w.objects[cv] = nil
		}
	}
	if _, isArr := w.arrays[cv]; isArr {
		w.arrMut[cv] = true
	}
	w.consts[cv] = constVal{}
	if _, ok := w.funcs[cv]; ok {
		w.funcs[cv] = nil
	}
}

// tableInit reports an initialiser the interpreter may need to read a
// name's value from (interp.go): a literal, an array or object literal,
// a template, an operation on such values, or a method of one ("…".split(""));
// a call of a function or a member read is folded otherwise, or not at
// all, and most names are declared with one.
func tableInit(e js.IExpr) bool {
	switch n := e.(type) {
	case *js.LiteralExpr, *js.ArrayExpr, *js.ObjectExpr, *js.TemplateExpr, *js.BinaryExpr, *js.UnaryExpr, *js.CondExpr, *js.NewExpr:
		return true
	case *js.GroupExpr:
		return tableInit(n.X)
	case *js.CallExpr:
		if d, ok := n.X.(*js.DotExpr); ok {
			switch d.X.(type) {
			case *js.LiteralExpr, *js.ArrayExpr, *js.TemplateExpr, *js.Var:
				return true // "…".split(""), T.map(…), Buffer.from(…)
			}
		}
	}
	return false
}

// mutators are the methods that change the array they are called on.
var mutators = map[string]bool{"push": true, "pop": true, "shift": true, "unshift": true, "splice": true,
	"reverse": true, "sort": true, "fill": true, "copyWithin": true, "set": true}

// written forgets the initialiser of v, an array or object the file
// changes after declaring it.
func (w *walker) written(v *js.Var) {
	if _, ok := w.inits[canon(v)]; ok {
		w.inits[canon(v)] = nil
	}
}

// objectLiteral returns the object literal e is or names (a variable
// of the file declared with one); nil otherwise.
func (w *walker) objectLiteral(e js.IExpr) *js.ObjectExpr {
	switch n := ungroup(e).(type) {
	case *js.ObjectExpr:
		return n
	case *js.Var:
		o, _ := w.inits[canon(n)].(*js.ObjectExpr)
		return o
	}
	return nil
}

// withProp returns the value of the property named name of the
// innermost with statement's object that has one; nil if none does.
func (w *walker) withProp(name string) js.IExpr {
	for i := len(w.withObjs) - 1; i >= 0; i-- {
		for _, p := range w.withObjs[i].List {
			if p.Name != nil && !p.Name.IsComputed() && p.Value != nil && literalName(p.Name.Literal.Data) == name {
				return p.Value
			}
		}
	}
	return nil
}

// learnInit records what v is declared with in m (fnNodes or inits);
// a name declared twice is nil.
func (w *walker) learnInit(m map[*js.Var]js.IExpr, v *js.Var, e js.IExpr) {
	cv := canon(v)
	if _, dup := m[cv]; dup {
		m[cv] = nil
	} else if len(m) < 8192 {
		m[cv] = e
	}
}

func (w *walker) unbind(v *js.Var, old constVal, had bool) {
	if had {
		w.consts[v] = old
	} else {
		delete(w.consts, v)
	}
}

// canon returns the variable a use refers to (the parser links uses seen
// before their declaration to it).
func canon(v *js.Var) *js.Var {
	for i := 0; v.Link != nil && i < 64; i++ {
		v = v.Link
	}
	return v
}

// binding returns what v is bound to.
func (w *walker) binding(v *js.Var) (string, bool) {
	c := canon(v)
	if c.Decl == js.NoDecl {
		b, ok := w.bindings[string(c.Data)]
		return b, ok
	}
	b, ok := w.vbind[c]
	return b, ok
}

// setBinding records what v is bound to.
func (w *walker) setBinding(v *js.Var, mod string) {
	if strings.HasSuffix(mod, "package.json") {
		w.manifestBound = true
	}
	c := canon(v)
	if c.Decl == js.NoDecl {
		w.bindings[string(c.Data)] = mod
		return
	}
	w.vbind[c] = mod
}

// bindGlobalParams binds the parameters of a function called on the
// spot to the browser globals it is handed: in (function (w, d) { … })
// (window, document), d.cookie is document.cookie.
func (w *walker) bindGlobalParams(callee js.IExpr, args []js.Arg) {
	if len(args) == 0 {
		return
	}
	p := funcParams(callee)
	if p == nil {
		return
	}
	for i, a := range args {
		if i >= len(p.List) || a.Rest {
			break
		}
		v := a.Value
		if pv, ok := p.List[i].Binding.(*js.Var); ok && !w.collect {
			switch v.(type) {
			case *js.ArrowFunc, *js.FuncDecl:
				// (function (s, l) { … s[l("ZXRoZXJldW0=")] … })(window,
				// (b) => atob(b)): the decoder handed in is a helper there
				if _, ret := singleReturn(v); ret != nil && decoderLike(ret, 0) {
					w.learnHelper(pv, v)
				}
			}
		}
		if c, ok := v.(*js.CondExpr); ok {
			// typeof window !== "undefined" ? window : undefined
			if x, ok := c.X.(*js.Var); ok && globalObjects[string(x.Name())] {
				v = x
			} else if y, ok := c.Y.(*js.Var); ok && globalObjects[string(y.Name())] {
				v = y
			}
		}
		g, ok := v.(*js.Var)
		pv, isVar := p.List[i].Binding.(*js.Var)
		if !ok || !isVar || canon(g).Decl != js.NoDecl {
			continue
		}
		if name := string(g.Name()); handedGlobals[name] {
			// (function (g, p) { … p.env … })(globalThis, process)
			w.setBinding(pv, name)
			w.umdFactory(callee, p, pv, args, name)
		}
	}
}

// handedGlobals are the globals a function may be handed in place of
// naming them (bindGlobalParams, defaultParams).
var handedGlobals = setOf("window", "document", "navigator", "localStorage", "sessionStorage", "globalThis", "self", "process")

// umdFactory binds the first parameter of a UMD factory to the global
// object its wrapper hands it: (function (root, factory) { …
// factory(root) … })(self, function (g) { … g.document.cookie … }).
func (w *walker) umdFactory(callee js.IExpr, p *js.Params, root *js.Var, args []js.Arg, name string) {
	for {
		g, ok := callee.(*js.GroupExpr)
		if !ok {
			break
		}
		callee = g.X
	}
	body := funcBody(callee)
	if body == nil || len(args) > len(p.List) {
		return
	}
	for i, a := range args {
		fp := funcParams(a.Value)
		fv, ok := p.List[i].Binding.(*js.Var)
		if fp == nil || !ok || len(fp.List) == 0 {
			continue
		}
		g, ok := fp.List[0].Binding.(*js.Var)
		if !ok || !strings.Contains(render(body), string(fv.Name())+"("+string(root.Name())+")") {
			continue
		}
		w.setBinding(g, name)
	}
}

func varName(v *js.Var) string {
	if v == nil {
		return ""
	}
	return string(v.Name())
}

// namedFunc is a function the walk is inside: its name ("" if anonymous)
// and the variable naming it (nil for methods).
type namedFunc struct {
	name string
	v    *js.Var
	// codes: the function reads character codes (charCodeAt), in the
	// first pass so far
	codes bool
}

func (w *walker) fnNamed(p *js.Params, body *js.BlockStmt, name string, v *js.Var) {
	if v != nil && w.modParams != nil && p != nil {
		for i, mod := range w.modParams[canon(v)] {
			if i < len(p.List) {
				if pv, ok := p.List[i].Binding.(*js.Var); ok {
					w.setBinding(pv, mod)
				}
			}
		}
	}
	w.enclosing = append(w.enclosing, namedFunc{name: name, v: v})
	w.nextFn, w.nextName = v, name
	w.fn(p, body)
	w.enclosing = w.enclosing[:len(w.enclosing)-1]
}

// isFunc reports a function expression, arrow or method.
func isFunc(e js.IExpr) bool {
	switch e.(type) {
	case *js.FuncDecl, *js.ArrowFunc, *js.MethodDecl:
		return true
	}
	return false
}

// nameFunc gives the function e, if it is one, the name a caller in
// another module spells it with (see walker.fnNames); name may be a view.
func (w *walker) nameFunc(e js.IExpr, name string) {
	if m, ok := e.(*js.MethodDecl); ok && name == "" && !m.Name.IsComputed() && m.Name.Literal.Data != nil {
		name = literalView(m.Name.Literal.Data) // {dump() {…}}
	}
	if name != "" && isFunc(e) {
		w.nextName = name
	}
}

// exportName is the name a module's importers call what is assigned to
// target by: "default" for module.exports, persist for exports.persist
// (or any obj.persist, this.persist), a variable's own name. A view.
func exportName(target js.IExpr) string {
	switch x := target.(type) {
	case *js.Var:
		return view(x.Name())
	case *js.DotExpr:
		name := view(propData(x.Y))
		if v, ok := x.X.(*js.Var); ok && name == "exports" && string(v.Name()) == "module" {
			return "default"
		}
		return name
	}
	return ""
}

// exportDefault records the name of what a module exports as a whole
// (module.exports = collect, export default function collect() {…}), and
// names an anonymous function so exported "default".
func (w *walker) exportDefault(e js.IExpr) {
	if !w.collect {
		return
	}
	switch x := e.(type) {
	case *js.Var:
		w.f.DefaultExport = string(x.Name())
	case *js.FuncDecl:
		if x.Name != nil {
			w.f.DefaultExport = string(x.Name.Name())
			return
		}
		w.nextName = "default"
	case *js.ClassDecl:
		if x.Name != nil {
			w.f.DefaultExport = string(x.Name.Name())
		}
	case *js.ArrowFunc:
		w.nextName = "default"
	}
}

func modName(lit []byte) string {
	s, ok := unquote(lit)
	if !ok {
		s = string(lit)
	}
	return strings.TrimPrefix(s, "node:")
}

func (w *walker) fn(p *js.Params, body *js.BlockStmt) {
	if w.collect {
		w.fnBody(p, body)
		return
	}
	// the first pass notes what each function body does that a decoder
	// does (see decoderish), nested functions included
	w.scan = append(w.scan, decoderFlags{})
	start := w.exprs
	w.fnBody(p, body)
	f := w.scan[len(w.scan)-1]
	f.nodes = w.exprs - start // nested functions' included
	w.scan = w.scan[:len(w.scan)-1]
	if w.bodyFlags == nil {
		w.bodyFlags = map[*js.BlockStmt]decoderFlags{}
	}
	if len(w.bodyFlags) < 1<<14 {
		w.bodyFlags[body] = f
	}
	if n := len(w.scan); n > 0 {
		w.scan[n-1].add(f)
	}
}

// fnBody walks a function's parameters and body (see fn).
func (w *walker) fnBody(p *js.Params, body *js.BlockStmt) {
	var self *js.Var
	if w.nextFn != nil {
		self, w.nextFn = canon(w.nextFn), nil
	}
	name := w.nextName // a view (see view): cloned where kept
	w.nextName = ""
	if name == "" && self != nil {
		name = view(self.Name())
	}
	for i := range p.List {
		w.expr(p.List[i].Default, nil)
		if d := p.List[i].Default; d != nil && w.collect && w.envSeen() && w.carriesEnv(d) {
			// push(registry, labels = groupingLabels()): the default
			w.markEnv(p.List[i].Binding)
		}
	}
	w.retFns = append(w.retFns, self)
	w.fnNames = append(w.fnNames, name)
	if name != "" && !w.collect && len(w.fnDecls) < 4096 {
		if w.fnDecls == nil {
			w.fnDecls = map[string]bool{}
		}
		w.fnDecls[name] = true
	}
	if seeds := w.lim.Params[name]; len(seeds) > 0 && name != "" && w.collect {
		// another module of the package, or this file, calls this
		// function with what carries something (see Limits.Params)
		for i, el := range p.List[:min(len(p.List), len(seeds))] {
			w.markCarried(el.Binding, seeds[i])
		}
	}
	w.defaultParams(p)
	if name != "" && w.envArgs != nil {
		// buildContext(env) called somewhere with process.env
		if mask := w.envArgs[name]; mask != 0 {
			for i, el := range p.List {
				if v, ok := el.Binding.(*js.Var); ok && i < 8 && mask&(1<<i) != 0 {
					w.setBinding(v, "process.env")
				}
			}
		}
	}
	if w.pending[p] {
		for _, el := range p.List {
			bindingVars(el.Binding, w.bindNet, 0)
		}
		if p.Rest != nil {
			bindingVars(p.Rest, w.bindNet, 0)
		}
	}
	w.funcDepth++
	w.stmts(body.List)
	w.funcDepth--
	w.retFns = w.retFns[:len(w.retFns)-1]
	w.fnNames = w.fnNames[:len(w.fnNames)-1]
}

// defaultParams binds the parameters whose default is process.env or a
// global: in function configFiles(env = process.env), env.KUBECONFIG is
// process.env.KUBECONFIG, and in function instrument(g = globalThis),
// g.fetch is fetch, unless the caller hands another.
func (w *walker) defaultParams(p *js.Params) {
	for _, el := range p.List {
		if o, ok := el.Binding.(*js.BindingObject); ok {
			w.patternDefaults(o, el.Default, 0)
			continue
		}
		v, ok := el.Binding.(*js.Var)
		if !ok || el.Default == nil {
			continue
		}
		if w.dotted(el.Default, 0) == "process.env" {
			w.setBinding(v, "process.env")
		} else if g, ok := el.Default.(*js.Var); ok && canon(g).Decl == js.NoDecl && handedGlobals[string(g.Name())] {
			w.setBinding(v, string(g.Name()))
		}
	}
}

// patternDefaults binds the names of a destructured parameter to their
// defaults, what they hold when the caller leaves them out (function
// restore(env, { proto = "ht" + "tps", transport = require(proto) } =
// {})); the rest of one whose default is the environment is the rest of
// the environment (function f({ CI, ...rest } = process.env)).
func (w *walker) patternDefaults(o *js.BindingObject, def js.IExpr, depth int) {
	if depth > 2 {
		return
	}
	if o.Rest != nil && def != nil && w.dotted(def, 0) == "process.env" {
		w.setBinding(o.Rest, "process.env")
	}
	for _, item := range o.List {
		el := item.Value
		switch b := el.Binding.(type) {
		case *js.Var:
			if el.Default != nil {
				w.bind(b, el.Default)
			}
		case *js.BindingObject:
			w.patternDefaults(b, el.Default, depth+1)
		}
	}
}

// dataReads are the functions whose result is a file's content or a
// command's output (see fileSource).
var dataReads = map[string]bool{"readFileSync": true, "readFile": true, "execSync": true, "execFileSync": true, "spawnSync": true}

// readCall reports a call reading a file or a command's output, also
// through a method of its result (fs.readFileSync(p, "utf8").trim()).
func readCall(e js.IExpr) bool {
	for range 4 {
		c, ok := e.(*js.CallExpr)
		if !ok {
			return false
		}
		p := propOf(c.X)
		if p == "" {
			v, ok := c.X.(*js.Var)
			return ok && dataReads[string(v.Name())]
		}
		if dataReads[p] {
			return true
		}
		d, ok := c.X.(*js.DotExpr)
		if !ok {
			return false
		}
		e = d.X
	}
	return false
}

// storeData follows a secret file's content or a command's output
// assigned to a member of root (r[k] = fs.readFileSync(p)): the object
// holds it. Assigned to a property of another module's exports (state.raw
// = text, state = require("./state")), every module reading that module
// gets it (Facts.Stores).
func (w *walker) storeData(root *js.Var, x, y js.IExpr) {
	p := w.secretData(y)
	if p == "" {
		return
	}
	if canon(root).Decl != js.NoDecl {
		if _, held := w.fileV[canon(root)]; !held {
			w.fileV[canon(root)] = p
		}
	}
	if mod, ok := w.binding(root); ok && Relative(mod) {
		if d, ok := x.(*js.DotExpr); ok && d.X == js.IExpr(root) {
			w.f.Stores = addReturn(w.f.Stores, mod+"."+string(propData(d.Y)), Carried{File: p})
		}
	}
}

// exportMembers records, for a top-level assignment to the module's
// exports (module.exports = {…}, exports.k = v, module.exports.k = v),
// the properties that fold to constants (Facts.ExportProps) and those
// whose value carries what matters (Facts.Returns).
func (w *walker) exportMembers(x, y js.IExpr) {
	d, ok := x.(*js.DotExpr)
	if !ok {
		return
	}
	y = w.frozen(y)
	if isModuleExports(d) {
		switch o := y.(type) {
		case *js.ArrayExpr:
			// module.exports = [67, 116, …]: a table the module is
			w.exportArray("", o)
		case *js.ObjectExpr:
			for _, p := range o.List {
				if p.Name != nil && p.Value != nil && !p.Name.IsComputed() {
					w.exportMember(literalName(p.Name.Literal.Data), p.Value)
				}
			}
		case *js.FuncDecl, *js.ArrowFunc:
			// module.exports = (k) => decode(T[k]): the module is the
			// helper, kept under "" (what require returns)
			if h := newHelper(o); h != nil && decoderLike(h.ret, 0) {
				w.exportHelper("", h)
			} else {
				w.exportFunc("", o)
			}
		case *js.Var:
			if h := w.funcs[canon(o)]; h != nil {
				w.exportHelper("", h)
			} else {
				w.exportFunc("", w.fnNodes[canon(o)])
			}
		}
		return
	}
	if isModuleExports(d.X) || isVarNamed(d.X, "exports") {
		w.exportMember(string(propData(d.Y)), y)
	}
}

// exportArray records v, exported as name ("" for the module itself),
// in Facts.ExportArrays when it folds to a small array; false if not.
func (w *walker) exportArray(name string, v js.IExpr) bool {
	arr, _, ok := w.foldArray(v, 0)
	if !ok || len(arr) > 4096 || joinedLen(arr) > 64<<10 || len(w.f.ExportArrays) >= 16 {
		return false
	}
	if w.f.ExportArrays == nil {
		w.f.ExportArrays = map[string][]string{}
	}
	w.f.ExportArrays[strings.Clone(name)] = arr
	return true
}

// frozen returns the object Object.freeze(o) (seal, preventExtensions)
// returns, which is o itself; e when it is no such call.
func (w *walker) frozen(e js.IExpr) js.IExpr {
	e = ungroup(e)
	c, ok := e.(*js.CallExpr)
	if !ok || len(c.Args.List) != 1 || c.Args.List[0].Rest {
		return e
	}
	switch normCallee(w.dotted(c.X, 0)) {
	case "Object.freeze", "Object.seal", "Object.preventExtensions":
		return ungroup(c.Args.List[0].Value)
	}
	return e
}

// exportMember records one exported property (see exportMembers).
func (w *walker) exportMember(name string, v js.IExpr) {
	if name == "" {
		return
	}
	v = w.frozen(v)
	switch o := v.(type) {
	case *js.FuncDecl, *js.ArrowFunc:
		if h := newHelper(o); h != nil && decoderLike(h.ret, 0) {
			w.exportHelper(name, h)
		} else {
			w.exportFunc(name, o)
		}
		return
	case *js.ClassDecl:
		return
	case *js.Var:
		// module.exports = { decode }, with decode a helper of the file
		// (or a decoder to run)
		if h := w.funcs[canon(o)]; h != nil {
			w.exportHelper(name, h)
		} else if fn := w.fnNodes[canon(o)]; fn != nil {
			w.exportFunc(name, fn)
		} else if obj, ok := w.inits[canon(o)].(*js.ObjectExpr); ok {
			// module.exports = { maintenance }, an object of the file's
			w.exportMember(name, obj)
			return
		}
	case *js.ObjectExpr:
		// module.exports = { path: { p: "/c" } }: K.path.p folds too
		// (two levels, the nesting of a config object)
		if strings.Count(name, ".") < 2 {
			for _, p := range o.List {
				if p.Name != nil && p.Value != nil && !p.Name.IsComputed() {
					if k := literalName(p.Name.Literal.Data); k != "" {
						w.exportMember(name+"."+k, p.Value)
					}
				}
			}
		}
	}
	if c, ok := w.fold(v, 0); ok && !c.num && len(c.s) <= 4096 && len(w.f.ExportProps) < 64 {
		if w.f.ExportProps == nil {
			w.f.ExportProps = map[string]string{}
		}
		w.f.ExportProps[strings.Clone(name)] = c.s
		return
	}
	if w.exportArray(name, v) {
		return
	}
	if c := w.carried(v, true); !c.Zero() {
		w.f.Returns = addReturn(w.f.Returns, name, c)
	}
}

// joinedLen is the length of arr's strings together.
func joinedLen(arr []string) int {
	n := 0
	for _, s := range arr {
		n += len(s)
	}
	return n
}

// isModuleExports reports module.exports.
func isModuleExports(e js.IExpr) bool {
	d, ok := e.(*js.DotExpr)
	return ok && string(propData(d.Y)) == "exports" && isVarNamed(d.X, "module")
}

// isVarNamed reports an undeclared variable (a CommonJS one: module,
// exports) of that name.
func isVarNamed(e js.IExpr, name string) bool {
	v, ok := e.(*js.Var)
	return ok && canon(v).Decl == js.NoDecl && string(v.Name()) == name
}

// moduleCall records a call handing what matters to a function of
// another module of the package (Facts.ModuleCalls), or to one of the
// file's own: a secret file's content or a token (the whole environment
// handed to a function of the file is followed by envArgs already).
func (w *walker) moduleCall(callee string, calleeExpr js.IExpr, args []js.Arg, at func() int) {
	local := false
	if !Relative(callee) {
		if !w.ownFunc(calleeExpr) || !w.holdsData() && len(w.envVars) == 0 {
			return
		}
		local = true
	}
	var out []Carried
	for i, a := range args[:min(len(args), 8)] {
		c := w.carried(a.Value, false)
		if local {
			c.Env = false
		}
		if !c.Zero() {
			out = append(out, make([]Carried, i+1-len(out))...)
			out[i] = c
		}
	}
	if len(out) > 0 {
		mc := ModuleCall{Callee: callee, Args: out, Pos: w.s.pos(at()), Snippet: w.s.excerpt(at())}
		for _, a := range args[:min(len(args), 8)] {
			if v, ok := w.fold(a.Value, 0); ok && !v.num && hostLike(v.s) {
				mc.Dest = v.s
				break
			}
		}
		w.f.ModuleCalls = append(w.f.ModuleCalls, mc)
	}
}

// ownFunc reports a named function of the file itself (fnDecls).
func (w *walker) ownFunc(e js.IExpr) bool {
	v, ok := e.(*js.Var)
	return ok && canon(v).Decl != js.NoDecl && w.fnDecls[string(v.Name())]
}

// mayCarry reports, cheaply, whether the file could hand on anything
// Carried follows: the cheap test before looking at a call's arguments.
func (w *walker) mayCarry() bool {
	return w.envSeen() || w.mentionsEnv() || w.dataSeen()
}

// hostLike reports a URL or a bare host name ("api.example.com").
func hostLike(s string) bool {
	if len(s) > 2048 {
		return false
	}
	if strings.Contains(s, "://") {
		return true
	}
	return len(s) <= 253 && strings.Count(s, ".") >= 1 && !strings.ContainsAny(s, " /\\:@?#\n") && !strings.HasPrefix(s, ".") && !strings.HasSuffix(s, ".")
}

// markEnv records that the variables a binding pattern declares carry the
// whole environment (see envSource).
func (w *walker) markEnv(b js.IBinding) {
	bindingVars(b, func(v *js.Var) { w.envV[canon(v)] = true }, 0)
}

// markCarried records that the variables a binding pattern declares carry
// what c says.
func (w *walker) markCarried(b js.IBinding, c Carried) {
	if c.Env {
		w.markEnv(b)
	}
	if c.EnvVar != "" || c.File != "" {
		bindingVars(b, func(v *js.Var) {
			if c.EnvVar != "" && len(w.envVars) < 1000 {
				w.envVars[canon(v)] = c.EnvVar
			}
			if c.File != "" {
				w.fileV[canon(v)] = c.File
			}
		}, 0)
	}
}

// carried says what e carries that matters when it crosses to another
// function or module: the whole environment, a secret-named environment
// variable, a secret file's content or a secret command's output. Each
// kind is looked for only in a file that could have it.
//
// strict is for values that are everywhere (what functions return): each
// kind is then looked for only once the file holds some of it, or when
// e is its source itself.
func (w *walker) carried(e js.IExpr, strict bool) Carried {
	var c Carried
	if strict {
		if (w.envSeen() || w.isEnvObject(e)) && w.carriesEnv(e) {
			c.Env = true
		}
		if len(w.envVars) > 0 || len(w.lim.Results) > 0 || w.mentionsEnv() && isMember(e) {
			if name, ok := w.envVarIn(e); ok && SecretName(name) {
				c.EnvVar = name
			}
		}
		if w.holdsData() || readCall(e) {
			c.File = w.secretData(e)
		}
		return c
	}
	if w.envSeen() || w.mentionsEnv() {
		c.Env = w.carriesEnv(e)
		if name, ok := w.envVarIn(e); ok && SecretName(name) {
			c.EnvVar = name
		}
	}
	if w.dataSeen() {
		c.File = w.secretData(e)
	}
	return c
}

// isMember reports a member read (process.env.NPM_TOKEN), also in
// parentheses or with defaults (… || process.env.B || "").
func isMember(e js.IExpr) bool {
	for range 8 {
		switch n := e.(type) {
		case *js.GroupExpr:
			e = n.X
		case *js.BinaryExpr:
			if n.Op != js.OrToken && n.Op != js.NullishToken {
				return false
			}
			e = n.X
		case *js.DotExpr, *js.IndexExpr:
			return true
		default:
			return false
		}
	}
	return false
}

// holdsData reports whether the file holds a file's content or a
// command's output so far (a variable, a function returning some), or was
// handed what matters by linking: the cheap test before following values
// that are everywhere (member assignments, calls of the file's own
// functions).
func (w *walker) holdsData() bool {
	return len(w.fileV) > 0 || len(w.fileFuncs) > 0 || len(w.lim.Results) > 0 || len(w.lim.Params) > 0
}

// dataSeen reports, cheaply, whether the file could hold a secret file's
// content or a command's output: it holds some (holdsData), or its text
// reads files or runs commands.
func (w *walker) dataSeen() bool {
	if w.holdsData() {
		return true
	}
	if w.readText == 0 {
		w.readText = 2
		if readsText(w.s.src) {
			w.readText = 1
		}
	}
	return w.readText == 1
}

// readsText reports text that names readFile, execSync, execFileSync or
// spawnSync.
// It looks for their capitals, which are rare in code, and then at what
// comes before: a search for "readFile" itself crawls through every "r".
func readsText(src []byte) bool {
	for _, word := range [...]string{"File", "Sync"} {
		for off := 0; ; {
			i := bytes.Index(src[off:], []byte(word))
			if i < 0 {
				break
			}
			j := off + i
			if j >= 4 {
				if b := string(src[j-4 : j]); b == "exec" || b == "read" && word == "File" || b == "pawn" && word == "Sync" {
					return true
				}
			}
			off = j + 1
		}
	}
	return false
}

// addReturn adds what name carries to rs (at most 64 names).
func addReturn(rs []Return, name string, c Carried) []Return {
	for i := range rs {
		if rs[i].Name == name {
			rs[i].Carried = rs[i].Carried.Merge(c)
			return rs
		}
	}
	if len(rs) >= 64 {
		return rs
	}
	return append(rs, Return{Name: strings.Clone(name), Carried: c})
}

// result is what reading or calling e gives when e names a function or
// property another module's value carries (Limits.Results): a call
// (collect()), a member (tok.value) or a variable bound to one (const {
// value } = require("./token"), or the module itself).
func (w *walker) result(e js.IExpr) (Carried, bool) {
	if len(w.lim.Results) == 0 {
		return Carried{}, false
	}
	key := ""
	switch n := e.(type) {
	case *js.CallExpr:
		key = normCallee(w.dotted(n.X, 0))
	case *js.DotExpr:
		key = normCallee(w.dotted(n, 0))
	case *js.Var:
		key, _ = w.binding(n)
	}
	if !Relative(key) {
		return Carried{}, false
	}
	c, ok := w.lim.Results[key]
	return c, ok
}

// bindingVars calls fn for each variable a binding pattern declares.
func bindingVars(b js.IBinding, fn func(*js.Var), depth int) {
	if depth > 16 {
		return
	}
	switch t := b.(type) {
	case *js.Var:
		fn(t)
	case *js.BindingObject:
		for _, item := range t.List {
			bindingVars(item.Value.Binding, fn, depth+1)
		}
		if t.Rest != nil {
			fn(t.Rest)
		}
	case *js.BindingArray:
		for _, el := range t.List {
			bindingVars(el.Binding, fn, depth+1)
		}
		if t.Rest != nil {
			bindingVars(t.Rest, fn, depth+1)
		}
	}
}

// bindNet records that v holds network data.
func (w *walker) bindNet(v *js.Var) {
	c := canon(v)
	if w.netV[c] {
		return
	}
	w.netV[c] = true
	w.netVars[string(c.Name())] = struct{}{}
}

// mayNetCallee rejects, without rendering it, a callee that cannot be a
// network call: its chain's root is neither a network function's name,
// the global object, a variable bound to a module, nor one of the
// file's functions returning a response. Returns of calls are
// everywhere; few are requests.
func (w *walker) mayNetCallee(e js.IExpr) bool {
	v := rootVar(e)
	if v == nil {
		return false
	}
	switch string(v.Name()) {
	case "fetch", "axios", "got", "request", "needle", "superagent", "window", "globalThis", "global", "self":
		return true
	}
	if _, bound := w.binding(v); bound {
		return true
	}
	return len(w.netFuncs) > 0 && w.netFuncs[canon(v)]
}

// directNet reports a value that is a response itself or a part of it,
// at most decoded or converted by the runtime's own functions
// ((await r.json()).result, Buffer.from(j.data, "hex").toString()): what
// a function returning it hands its callers is network data. A value
// computed from a response by other code (a path built from a version
// number the response named) is not.
func (w *walker) directNet(e js.IExpr, depth int) bool {
	if depth > 12 {
		return false
	}
	switch n := e.(type) {
	case *js.Var:
		return w.netDirect[canon(n)]
	case *js.GroupExpr:
		return w.directNet(n.X, depth+1)
	case *js.BinaryExpr:
		// (j.Answer || []): the response's part, or an empty default
		return (n.Op == js.OrToken || n.Op == js.NullishToken) && w.directNet(n.X, depth+1)
	case *js.UnaryExpr:
		return n.Op == js.AwaitToken && w.directNet(n.X, depth+1)
	case *js.DotExpr:
		return w.directNet(n.X, depth+1)
	case *js.IndexExpr:
		return w.directNet(n.X, depth+1)
	case *js.CallExpr:
		if w.mayNetCallee(n.X) && w.isNetCall(n) {
			return true
		}
		if dot, ok := n.X.(*js.DotExpr); ok {
			if w.directNet(dot.X, depth+1) {
				return true // r.json(), body.toString(), s.slice(8)
			}
			if string(propData(dot.Y)) == "decode" && len(n.Args.List) == 1 {
				return w.directNet(n.Args.List[0].Value, depth+1) // new TextDecoder().decode(buf)
			}
		}
		switch d := normCallee(w.dotted(n.X, 0)); {
		case d == "Buffer.from", d == "JSON.parse", d == "atob", d == "decodeURIComponent", d == "decodeURI", d == "unescape", d == "String",
			inflateCall(d), d == "zlib.brotliDecompressSync":
			return len(n.Args.List) > 0 && w.directNet(n.Args.List[0].Value, depth+1)
		}
	}
	return false
}

// sends reports a call that puts data on the network: fetch, a beacon,
// any call on a network module (https.request(...).end(body)), or a
// write/end/send on a variable holding a request.
func (w *walker) sends(callee string, calleeExpr js.IExpr) bool {
	switch callee {
	case "fetch", "navigator.sendBeacon", "axios", "got", "needle", "superagent":
		return true
	}
	root, rest, _ := strings.Cut(callee, ".")
	if netModules[root] {
		// http.setGlobalProxyFromEnv(env) configures the module from
		// the environment; it sends nothing
		return !strings.HasSuffix(rest, "FromEnv") && !strings.HasPrefix(rest, "setGlobal")
	}
	if d, ok := calleeExpr.(*js.DotExpr); ok {
		switch string(propData(d.Y)) {
		case "write", "end", "send", "post", "put", "emit":
			if s, ok := d.X.(*js.DotExpr); ok && string(propData(s.Y)) == "stdin" {
				// p.stdin.end(body), p a curl reading its data from stdin
				v, ok := s.X.(*js.Var)
				return ok && len(w.uploaders) > 0 && w.uploaders[canon(v)]
			}
			return w.netData(d.X) != ""
		}
	}
	return false
}

// shellSends reports a child_process call running curl or wget with a
// URL: what it is given (its arguments, its input) goes out with it.
func (w *walker) shellSends(callee string, args []js.Arg) bool {
	if !strings.HasPrefix(callee, "child_process.") {
		return false
	}
	cmd, ok := w.fold(args[0].Value, 0)
	if !ok {
		if cmd.s, ok = w.shape(args[0].Value); !ok {
			return false
		}
	}
	c := strings.TrimSpace(cmd.s)
	if (c == "curl" || c == "wget") && len(args) > 1 {
		// spawn("curl", ["-d", body, "https://…"])
		if a, ok := args[1].Value.(*js.ArrayExpr); ok {
			for _, el := range a.List[:min(len(a.List), 32)] {
				if v, ok := w.fold(el.Value, 0); ok && strings.Contains(v.s, "://") {
					return true
				}
			}
		}
		return false
	}
	return (strings.HasPrefix(c, "curl ") || strings.HasPrefix(c, "wget ")) && strings.Contains(c, "://")
}

// trace says how a value is followed back to where it comes from.
type trace struct {
	// members: a member read (x.y, x[k]) comes from x. So it does for a
	// response (res.data), not for the whole environment
	// (process.env.HOME is one variable, not the object).
	members bool
	// literals: object and array literals carry their values ({body:
	// env}). Not for code sinks' data: vm.runInNewContext(code, {data:
	// res}) does not run res.
	literals bool
	// source recognises where a value comes from, and says what of it.
	source func(js.IExpr) (string, bool)
}

// origin follows e back through what its value is computed from
// (operands, call arguments, a method call's receiver, template parts),
// bounded and without entering function bodies, and returns what
// t.source says of the first part it recognises.
func (w *walker) origin(e js.IExpr, t *trace, depth int) (string, bool) {
	if e == nil || depth > 8 {
		return "", false
	}
	if s, ok := t.source(e); ok {
		return s, true
	}
	d := depth + 1
	switch n := e.(type) {
	case *js.DotExpr:
		if t.members {
			return w.origin(n.X, t, d)
		}
	case *js.IndexExpr:
		if t.members {
			return w.originOf(t, d, n.X, n.Y)
		}
	case *js.CallExpr:
		callee := n.X
		if x, ok := callee.(*js.DotExpr); ok {
			callee = x.X // a method's receiver: buf.slice(8).toString()
		}
		if s, ok := w.origin(callee, t, d); ok {
			return s, true
		}
		return w.originIn(t, d, n.Args.List)
	case *js.NewExpr:
		if n.Args != nil {
			return w.originIn(t, d, n.Args.List)
		}
	case *js.ObjectExpr:
		if t.literals {
			for _, p := range n.List {
				if s, ok := w.origin(p.Value, t, d); ok {
					return s, true
				}
			}
		}
	case *js.ArrayExpr:
		if t.literals {
			for _, el := range n.List {
				if s, ok := w.origin(el.Value, t, d); ok {
					return s, true
				}
			}
		}
	case *js.TemplateExpr:
		for _, p := range n.List {
			if s, ok := w.origin(p.Expr, t, d); ok {
				return s, true
			}
		}
	case *js.BinaryExpr:
		return w.originOf(t, d, n.X, n.Y)
	case *js.CondExpr:
		return w.originOf(t, d, n.X, n.Y)
	case *js.GroupExpr:
		return w.origin(n.X, t, d)
	case *js.UnaryExpr:
		return w.origin(n.X, t, d)
	}
	return "", false
}

// originOf is origin of the first of xs that has one.
func (w *walker) originOf(t *trace, depth int, xs ...js.IExpr) (string, bool) {
	for _, x := range xs {
		if s, ok := w.origin(x, t, depth); ok {
			return s, true
		}
	}
	return "", false
}

// originIn is origin over call arguments.
func (w *walker) originIn(t *trace, depth int, args []js.Arg) (string, bool) {
	for _, a := range args {
		if s, ok := w.origin(a.Value, t, depth); ok {
			return s, true
		}
	}
	return "", false
}

// netData names a variable holding network data that e is computed from
// (res, res.data, JSON.parse(body), Buffer.from(x.data).toString()); ""
// if none.
func (w *walker) netData(e js.IExpr) string {
	if len(w.netV) == 0 {
		return ""
	}
	s, _ := w.origin(e, &w.traces[traceNet], 0)
	return s
}

// carriesEnv reports whether e holds the whole process.env: the object
// itself, serialised, encoded, put in an object or a template, or a
// variable holding such a value.
func (w *walker) carriesEnv(e js.IExpr) bool {
	_, ok := w.origin(e, &w.traces[traceEnv], 0)
	return ok
}

// fileData reports whether e is computed from a file's content
// (fs.readFileSync(p), a variable holding one, buf.slice(n).toString())
// and returns the file's path as far as it is known.
func (w *walker) fileData(e js.IExpr) (string, bool) {
	return w.origin(e, &w.traces[traceFile], 0)
}

// secretData is the path of the secret file (or the command) whose content
// e carries, also inside object and array literals ({ body: key }); "" if
// none.
func (w *walker) secretData(e js.IExpr) string {
	for g, ok := e.(*js.GroupExpr); ok; g, ok = e.(*js.GroupExpr) {
		e = g.X
	}
	if o, ok := e.(*js.ObjectExpr); ok && len(o.List) > 1 {
		// { email: author(), cred: credentialFor(host) }: the secret
		// that says most, not the first
		best := ""
		for _, p := range o.List[:min(len(o.List), 32)] {
			if s := w.secretData(p.Value); secretRank(s) > secretRank(best) {
				best = s
			}
		}
		return best
	}
	if p, ok := w.origin(e, &w.traces[traceData], 0); ok && SecretData(p) {
		return p
	}
	return ""
}

// The traces origin follows, indexes into walker.traces.
const (
	traceNet = iota
	traceEnv
	traceFile
	traceData // traceFile into object and array literals too: what a request sends, what crosses modules
	traceEnvVar
	traceReq
)

// envVarSource recognises one environment variable's value:
// process.env.NPM_TOKEN, process.env["NPM_TOKEN"], or a variable holding
// one; it says which variable.
func (w *walker) envVarSource(e js.IExpr) (string, bool) {
	if c, ok := w.result(e); ok && c.EnvVar != "" {
		// token() of ./token.js, which returns process.env.NPM_TOKEN
		return c.EnvVar, true
	}
	switch n := e.(type) {
	case *js.Var:
		if len(w.envVars) == 0 {
			return "", false
		}
		name, ok := w.envVars[canon(n)]
		return name, ok
	case *js.DotExpr:
		if w.isEnvMember(n.X) {
			return string(propData(n.Y)), true
		}
	case *js.IndexExpr:
		if w.isEnvMember(n.X) {
			if k, ok := w.fold(n.Y, 0); ok && !k.num {
				return k.s, true
			}
		}
	}
	return "", false
}

// isEnvMember reports x.env that is process.env, checked by shape first:
// it runs for every member read a request's arguments or a declaration's
// value is made of.
func (w *walker) isEnvMember(x js.IExpr) bool {
	d, ok := x.(*js.DotExpr)
	return ok && string(propData(d.Y)) == "env" && w.isEnvObject(d)
}

// envVarIn names an environment variable whose value e carries, if any.
func (w *walker) envVarIn(e js.IExpr) (string, bool) {
	return w.origin(e, &w.traces[traceEnvVar], 0)
}

// envVarValue names the environment variable a declared or assigned
// value is, as written: process.env.X, with a default (|| "", ?? "") or
// in parentheses. Unlike envVarIn it does not walk into the value:
// declarations are everywhere, requests are not.
func (w *walker) envVarValue(e js.IExpr) (string, bool) {
	for i := 0; i < 4; i++ {
		switch n := e.(type) {
		case *js.GroupExpr:
			e = n.X
			continue
		case *js.BinaryExpr:
			if n.Op == js.OrToken || n.Op == js.NullishToken {
				e = n.X
				continue
			}
		case *js.UnaryExpr:
			if n.Op == js.AwaitToken {
				e = n.X
				continue
			}
		}
		break
	}
	return w.envVarSource(e)
}

func (w *walker) netSource(e js.IExpr) (string, bool) {
	if v, ok := e.(*js.Var); ok && (w.netV[canon(v)] || len(w.netFuncs) > 0 && w.netFuncs[canon(v)]) {
		return string(v.Name()), true
	}
	return "", false
}

// envIndex reports process.env[k] with a key found at run time.
func (w *walker) envIndex(e js.IExpr) bool {
	ix, ok := e.(*js.IndexExpr)
	return ok && w.isEnvObject(ix.X)
}

// reqSource recognises what an incoming HTTP request carries: the
// headers, query, body, params or cookies of req, request, ctx.request or
// c.req, and the variables holding them (reqV).
func (w *walker) reqSource(e js.IExpr) (string, bool) {
	switch n := e.(type) {
	case *js.Var:
		if w.reqV[canon(n)] {
			return string(n.Name()), true
		}
	case *js.DotExpr:
		if part := string(propData(n.Y)); requestParts[part] {
			x := normCallee(w.dotted(n.X, 0))
			if x == "req" || x == "request" || strings.HasSuffix(x, ".request") || strings.HasSuffix(x, ".req") {
				return x + "." + part, true
			}
		}
	}
	return "", false
}

// requestParts are the members of an incoming request that carry what its
// sender chose.
var requestParts = setOf("headers", "query", "body", "params", "cookies")

// mentionsRequest reports, cheaply, an expression that reads a request's
// headers, query, body, params or cookies somewhere near its top, or a
// variable holding what one of them holds: the only initialisers reqData
// is asked about.
func (w *walker) mentionsRequest(e js.IExpr, depth int) bool {
	if depth > 4 {
		return false
	}
	switch n := e.(type) {
	case *js.Var:
		// const cmd = Buffer.from(body, "base64"), body a request's
		return len(w.reqV) > 0 && w.reqV[canon(n)]
	case *js.DotExpr:
		return requestParts[string(propData(n.Y))] || w.mentionsRequest(n.X, depth+1)
	case *js.IndexExpr:
		return w.mentionsRequest(n.X, depth+1)
	case *js.BinaryExpr:
		return w.mentionsRequest(n.X, depth+1) || w.mentionsRequest(n.Y, depth+1)
	case *js.CallExpr:
		if d, ok := n.X.(*js.DotExpr); ok && w.mentionsRequest(d.X, depth+1) {
			return true
		}
		for _, a := range n.Args.List[:min(len(n.Args.List), 3)] {
			if w.mentionsRequest(a.Value, depth+1) {
				return true
			}
		}
	case *js.GroupExpr:
		return w.mentionsRequest(n.X, depth+1)
	case *js.CondExpr:
		return w.mentionsRequest(n.X, depth+1) || w.mentionsRequest(n.Y, depth+1)
	}
	return false
}

// reqData names what of an incoming request e is computed from; "" if
// nothing.
func (w *walker) reqData(e js.IExpr) string {
	s, _ := w.origin(e, &w.traces[traceReq], 0)
	return s
}

func (w *walker) envSource(e js.IExpr) (string, bool) {
	if v, ok := e.(*js.Var); ok && w.envV[canon(v)] {
		return "", true
	}
	if c, ok := w.result(e); ok && c.Env {
		// collect() of ./collect.js, which returns the environment
		return "", true
	}
	return "", w.isEnvObject(e)
}

func (w *walker) fileSource(e js.IExpr) (string, bool) {
	if c, ok := w.result(e); ok && c.File != "" {
		// readIdentity() of ./keys.js, which returns a key's content
		return c.File, true
	}
	switch n := e.(type) {
	case *js.Var:
		if len(w.fileV) > 0 {
			p, ok := w.fileV[canon(n)]
			return p, ok
		}
	case *js.CallExpr:
		name := ""
		switch x := commaLast(n.X).(type) {
		case *js.Var:
			if p, ok := w.fileFuncs[canon(x)]; ok {
				// gather(), which reads ~/.npmrc; git("config --get
				// user.email"), which runs "git ${args}";
				// readTextChunk(path.join(__dirname, "logo.png"))
				if strings.HasPrefix(p, "$ ") && len(n.Args.List) > 0 {
					if a, ok := w.fold(n.Args.List[0].Value, 0); ok && !a.num {
						p = strings.Replace(p, Hole, a.s, 1)
					}
				}
				return cmp.Or(p, w.pathArg(n.Args.List)), true
			}
			name, _ = w.binding(x) // const { readFileSync: r } = require("fs")
		case *js.DotExpr:
			if dataReads[propOf(x)] {
				name = normCallee(w.dotted(x, 0))
			}
		}
		switch name {
		case "fs.readFileSync", "fs.readFile", "fs.promises.readFile", "fs/promises.readFile", "fs-extra.readFileSync", "fs-extra.readFile":
			return w.pathArg(n.Args.List), true
		case "child_process.execSync", "child_process.execFileSync", "child_process.spawnSync":
			// what a command prints: "$ git credential fill"
			if cmd := w.commandText(name, n.Args.List); cmd != "" {
				return "$ " + cmd, true
			}
		}
	}
	return "", false
}

// commandText renders the command a child_process call runs as far as
// it folds or has a shape, its argument array too (execFileSync,
// spawnSync); "" if nothing of it is known. At most 256 bytes.
func (w *walker) commandText(callee string, args []js.Arg) string {
	if len(args) == 0 {
		return ""
	}
	s := ""
	if v, ok := w.fold(args[0].Value, 0); ok && !v.num {
		s = v.s
	} else if v, ok := w.shape(args[0].Value); ok {
		s = v
	} else {
		return ""
	}
	if len(args) > 1 && callee != "child_process.execSync" {
		if a, ok := args[1].Value.(*js.ArrayExpr); ok {
			for _, el := range a.List[:min(len(a.List), 16)] {
				if v, ok := w.fold(el.Value, 0); ok {
					s += " " + v.s
				}
			}
		}
	}
	if len(s) > 256 {
		s = s[:256]
	}
	return s
}

// pathArg renders a file call's path argument: folded, a path.join or a
// shape with holes; "" when nothing of it is constant.
func (w *walker) pathArg(args []js.Arg) string {
	if len(args) == 0 {
		return ""
	}
	e := args[0].Value
	if v, ok := w.fold(e, 0); ok {
		return v.s
	}
	if v, ok := e.(*js.Var); ok && len(w.pathVars) > 0 {
		if p, ok := w.pathVars[canon(v)]; ok {
			return p
		}
	}
	if c := w.joinIn(e); c != nil {
		if p, ok := w.joinedPath(c.Args.List); ok {
			return p
		}
		// path.join(__dirname, "data.txt"): a file of the package
		return w.readPath(c)
	}
	if p, ok := w.metaURLPath(e); ok {
		return p
	}
	if s, ok := w.shape(e); ok {
		return s
	}
	return ""
}

func (w *walker) class(n *js.ClassDecl) {
	w.expr(n.Extends, nil)
	for _, el := range n.List {
		switch {
		case el.StaticBlock != nil:
			w.funcDepth++
			w.stmt(el.StaticBlock)
			w.funcDepth--
		case el.Method != nil:
			w.expr(el.Method.Name.Computed, nil)
			w.fnNamed(&el.Method.Params, &el.Method.Body, literalName(el.Method.Name.Literal.Data), nil)
		default:
			w.expr(el.Field.Name.Computed, nil)
			w.funcDepth++
			w.expr(el.Field.Init, nil)
			w.funcDepth--
		}
	}
}

func (w *walker) varDecl(n *js.VarDecl) {
	for i := range n.List {
		el := &n.List[i]
		w.bind(el.Binding, el.Default)
		if v, ok := el.Binding.(*js.Var); ok {
			switch el.Default.(type) {
			case *js.ArrowFunc, *js.FuncDecl:
				w.enclosing = append(w.enclosing, namedFunc{name: string(v.Name()), v: v})
				w.nextFn, w.nextName = v, view(v.Name())
				w.expr(el.Default, n)
				w.nextFn, w.nextName = nil, ""
				w.enclosing = w.enclosing[:len(w.enclosing)-1]
				continue
			}
		}
		w.expr(el.Default, n)
	}
}

// bind learns what a declared name refers to.
func (w *walker) bind(b js.IBinding, init js.IExpr) {
	if init == nil {
		return
	}
	switch t := b.(type) {
	case *js.Var:
		if w.collect {
			w.hiddenName(t.Name())
		} else {
			cv := canon(t)
			switch init.(type) {
			case *js.ArrowFunc, *js.FuncDecl:
				// bundles are full of small arrows (e => e.x, (a, b) =>
				// f(a, b)): only those that decode are worth inlining
				if _, ret := singleReturn(init); ret != nil && (decoderLike(ret, 0) || w.readsTable(ret, 0)) {
					w.learnHelper(t, init)
				}
				w.learnCmdWrapper(t, init)
				w.learnInit(w.fnNodes, t, init)
			default:
				if tableInit(init) {
					w.learnInit(w.inits, t, init)
				}
			}
			if v, ok := w.fold(init, 0); ok {
				if old, seen := w.consts[cv]; seen && (!old.ok || old.v.s != v.s) {
					w.consts[cv] = constVal{}
				} else {
					w.consts[cv] = constVal{v: v, ok: true}
				}
			} else if arr, _, ok := w.foldArray(init, 0); ok && len(arr) < 5000 {
				w.arrays[cv] = arr
			} else if o, ok := init.(*js.ObjectExpr); ok {
				w.learnObject(cv, o)
			} else if pl := proxyLoaderOf(init); pl != nil {
				if w.proxyLoaders == nil {
					w.proxyLoaders = map[*js.Var]*proxyLoader{}
				}
				if len(w.proxyLoaders) < 64 {
					w.proxyLoaders[cv] = pl
				}
			} else if rows, ok := init.(*js.ArrayExpr); ok && rowsOnly(rows) {
				if w.tables == nil {
					w.tables = map[*js.Var]*js.ArrayExpr{}
				}
				if _, seen := w.tables[cv]; seen {
					w.tables[cv] = nil
				} else if len(w.tables) < 1000 {
					w.tables[cv] = rows
				}
			} else if a, ok := init.(*js.Var); ok {
				if w.aliases == nil {
					w.aliases = map[*js.Var]*js.Var{}
				}
				if len(w.aliases) < 10000 {
					w.aliases[cv] = canon(a)
				}
			} else {
				w.learnDecoded(t, init)
			}
			if filledArray(init) {
				if w.byteArrays == nil {
					w.byteArrays = map[*js.Var]bool{}
				}
				if len(w.byteArrays) < 1000 {
					w.byteArrays[cv] = true
				}
			}
		}
		if mod := w.moduleOf(init); mod != "" {
			w.setBinding(t, mod)
		} else if store := w.storeIndexed(init); store != "" {
			w.setBinding(t, store)
		} else if w.mainModule(init) {
			// const host = process.mainModule || require.main || module:
			// host.require is require
			w.setBinding(t, "process.mainModule")
		} else if w.requireFunc(init) {
			// const load = process.getBuiltinModule || ((id) => module.require(id))
			w.setBinding(t, "require")
		} else if w.envDefault(init) {
			// const env = opts.env || process.env: the environment unless
			// a caller hands in another
			w.setBinding(t, "process.env")
		}
		if w.mentionsRequest(init, 0) && w.reqData(init) != "" {
			// const c = req.headers["x-cmd"] || "id"
			if w.reqV == nil {
				w.reqV = map[*js.Var]bool{}
			}
			if len(w.reqV) < 1000 {
				w.reqV[canon(t)] = true
			}
		}
		if w.isNetCall(init) || w.netData(init) != "" {
			w.bindNet(t)
			if w.directNet(init, 0) {
				w.netDirect[canon(t)] = true
			}
		}
		if w.collect {
			shaped := false
			switch n := init.(type) {
			case *js.TemplateExpr, *js.BinaryExpr:
				shaped = true
			case *js.CallExpr:
				_, shaped = arrayJoin(n)
			}
			if shaped {
				if c, ok := w.consts[canon(t)]; (!ok || !c.ok) && len(w.shapeVars) < 1000 {
					if sh, ok := w.shape(init); ok {
						w.shapeVars[canon(t)] = sh
					}
				}
			}
			if w.homeDir(init) && len(w.homeV) < 256 {
				if w.homeV == nil {
					w.homeV = map[*js.Var]bool{}
				}
				w.homeV[canon(t)] = true // const home = os.homedir()
			}
			if c, ok := init.(*js.CallExpr); ok && len(c.Args.List) > 0 && len(w.uploaders) < 64 {
				// const p = spawn("curl", [..., "--data-binary", "@-", url])
				if callee := normCallee(w.dotted(c.X, 0)); w.shellSends(callee, c.Args.List) {
					if w.uploaders == nil {
						w.uploaders = map[*js.Var]bool{}
					}
					w.uploaders[canon(t)] = true
				}
			}
			if j := w.joinIn(init); j != nil && len(w.pathVars) < 1000 {
				p := w.pathArg([]js.Arg{{Value: j}})
				if p == "" {
					// path.join(gitDir, "hooks"): one constant part is
					// enough for a directory joined again later
					p = w.joinedPathN(j.Args.List, 1)
				}
				if p != "" {
					w.pathVars[canon(t)] = p
				}
			}
			// file content and the environment are looked for in the
			// second pass only: their uses follow their definitions
			if p, ok := w.fileData(init); ok {
				w.fileV[canon(t)] = p
			} else if w.dataSeen() {
				if p := w.secretData(init); p != "" {
					w.fileV[canon(t)] = p // const payload = { key: readKey() }
				}
			}
			if w.carriesEnv(init) {
				w.envV[canon(t)] = true
				if w.keysOnly(init) {
					if w.keysV == nil {
						w.keysV = map[*js.Var]bool{}
					}
					w.keysV[canon(t)] = true
				}
			}
			if name, ok := w.envVarValue(init); ok && len(w.envVars) < 1000 {
				w.envVars[canon(t)] = name
			}
		}
	case *js.BindingArray:
		// const [mod, method] = ["dijme`qspdftt", "fyfdTzod"].map(unshift)
		if w.collect || len(t.List) > 64 {
			return
		}
		if arr, dec, ok := w.foldArray(init, 0); ok {
			for i, el := range t.List {
				v, isVar := el.Binding.(*js.Var)
				if !isVar || i >= len(arr) || arr[i] == Hole {
					continue
				}
				cv := canon(v)
				if old, seen := w.consts[cv]; seen && (!old.ok || old.v.s != arr[i]) {
					w.consts[cv] = constVal{}
				} else {
					w.consts[cv] = constVal{v: value{s: arr[i], decoded: dec}, ok: true}
				}
			}
		} else {
			// const [mod, fn, arg] = decode(table).split("\n"): each part
			// comes out of the decoder
			for _, el := range t.List {
				if v, isVar := el.Binding.(*js.Var); isVar {
					w.learnDecoded(v, init)
				}
			}
		}
	case *js.BindingObject:
		mod := w.moduleOf(init)
		if obj, key, ok := w.described(init); ok {
			// const { value: run } = Object.getOwnPropertyDescriptor(globalThis, "eval")
			if m := trackedName(normCallee(w.dotted(obj, 0) + "." + key)); m != "" {
				w.eachKey(t, func(v *js.Var, k string) {
					if k == "value" {
						w.setBinding(v, m)
					}
				})
			}
		}
		w.eachKey(t, func(v *js.Var, key string) {
			if mod != "" {
				w.setBinding(v, mod+"."+key)
			}
			if w.collect && mod == "process.env" {
				w.addEnv(key, "", w.cur)
			}
		})
		if t.Rest != nil && mod != "" {
			w.setBinding(t.Rest, mod) // const { ...cp } = require("child_process")
		}
		if w.isNetCall(init) || w.netData(init) != "" {
			bindingVars(t, w.bindNet, 0)
			if w.directNet(init, 0) {
				// const { result } = await r.json(): a part of the response
				bindingVars(t, func(v *js.Var) { w.netDirect[canon(v)] = true }, 0)
			}
		}
	}
}

func literalName(b []byte) string {
	if s, ok := unquote(b); ok {
		return s
	}
	return string(b)
}

// literalView is literalName for comparing and looking up: without an
// escape it is a view of b (no copy), which must not be kept.
func literalView(b []byte) string {
	if len(b) >= 2 && (b[0] == '"' || b[0] == '\'') && b[len(b)-1] == b[0] {
		b = b[1 : len(b)-1]
	}
	if containsByte(b, '\\') {
		return literalName(b)
	}
	return view(b)
}

// moduleOf says what module path an initialiser evaluates to:
// require("m"), require("m").x, an alias of a binding, process.env.
func (w *walker) moduleOf(e js.IExpr) string {
	switch n := e.(type) {
	case *js.UnaryExpr:
		if n.Op == js.AwaitToken {
			return w.moduleOf(n.X)
		}

	case *js.CallExpr:
		if w.returnsGlobal(n) {
			return "globalThis"
		}
		if d, ok := n.X.(*js.DotExpr); ok {
			switch string(propData(d.Y)) {
			case "bind":
				// cp.execSync.bind(cp) is cp.execSync
				if m := w.moduleOf(d.X); m != "" {
					return m
				}
			case "call":
				// binding.call(process, "spawn_sync") is binding("spawn_sync")
				if len(n.Args.List) > 1 {
					if _, ok := d.X.(*js.CallExpr); !ok {
						return w.moduleOf(&js.CallExpr{X: d.X, Args: js.Args{List: n.Args.List[1:]}})
					}
				}
			}
		}
		if v, ok := n.X.(*js.Var); ok && w.lim.ModuleTable != nil {
			// const M = (n) => require(_(n)): the module the helper
			// loads, its name read from another module's table
			if fn := w.funcs[canon(v)]; fn != nil {
				if m := w.inlineModule(fn, n.Args.List); m != "" {
					return m
				}
			}
		}
		callee := w.dotted(n.X, 0)
		switch callee {
		case "Reflect.get":
			// const run = Reflect.get(globalThis, "eval"); const F =
			// Reflect.get(Reflect.getPrototypeOf(async () => {}), "constructor")
			if m := trackedName(normCallee(w.dotted(e, 0))); m != "" {
				return m
			}
			if w.isFunctionCtor(e, 0) {
				return "Function"
			}
			return ""
		case "module.createRequire", "module.createRequireFromPath":
			// const req = createRequire(import.meta.url): a require
			return "require"
		case "util.promisify":
			// const run = promisify(exec): exec, returning a promise
			if len(n.Args.List) == 1 {
				if m := w.moduleOf(n.Args.List[0].Value); strings.HasPrefix(m, "child_process.") {
					return m
				}
			}
			return ""
		case "process.binding", "process._linkedBinding":
			if len(n.Args.List) > 0 {
				if v, ok := w.fold(n.Args.List[0].Value, 0); ok {
					return internalBindings[v.s]
				}
			}
			return ""
		}
		if isRequire(callee) && len(n.Args.List) > 0 {
			if v, ok := w.crossFold(n.Args.List[0].Value); ok {
				return strings.TrimPrefix(v.s, "node:")
			}
			if schemeOf(n.Args.List[0].Value) {
				// require(u.protocol.slice(0, -1)): http or https, by the
				// URL's scheme
				return "https"
			}
			return ""
		}
		if (callee == "__webpack_require__" || callee == "__nccwpck_require__") && len(n.Args.List) == 1 && w.externals != nil {
			// __webpack_require__(687) of a module that is require("https")
			if l, ok := n.Args.List[0].Value.(*js.LiteralExpr); ok {
				return w.externals[literalName(l.Data)]
			}
		}
		// __importDefault(require("x")), _interopRequireWildcard(...)
		if len(n.Args.List) == 1 && callee != "import" && (containsFold(callee, "interop") || containsFold(callee, "import") || strings.HasPrefix(callee, "__toESM") || callee == "__toCommonJS") {
			return w.moduleOf(n.Args.List[0].Value)
		}
		if callee == "import" && len(n.Args.List) > 0 {
			if v, ok := w.fold(n.Args.List[0].Value, 0); ok {
				return strings.TrimPrefix(v.s, "node:")
			}
		}
	case *js.DotExpr, *js.IndexExpr, *js.Var:
		if w.isFunctionCtor(e, 0) {
			return "Function"
		}
		if dot, ok := e.(*js.DotExpr); ok {
			// const h = defaults.helper with defaults a JSON file of the
			// package: h.refresh is that file's helper.refresh
			if v, ok := dot.X.(*js.Var); ok {
				if b, ok := w.binding(v); ok && Relative(b) && (strings.HasSuffix(b, ".json") || strings.Contains(b, ".json.")) {
					return b + "." + string(propData(dot.Y))
				}
			}
		}
		d := normCallee(w.dotted(e, 0))
		if m := trackedName(d); m != "" {
			return m
		}
		if v, ok := e.(*js.Var); ok && globalObjects[d] && canon(v).Decl == js.NoDecl {
			return "globalThis" // const g = globalThis; g.process…
		}
	case *js.GroupExpr:
		return w.moduleOf(n.X)
	case *js.CondExpr:
		// x ? process._linkedBinding(n) : process.binding(n): the
		// variable holds the module whichever branch runs
		if m := w.loadedModule(n.X); m != "" {
			return m
		}
		return w.loadedModule(n.Y)
	case *js.BinaryExpr:
		switch n.Op {
		case js.OrToken, js.NullishToken:
			if m := w.loadedModule(n.X); m != "" {
				return m
			}
			if o, ok := n.Y.(*js.ObjectExpr); ok && len(o.List) == 0 {
				// pkg.validator || {}: the value, an empty default aside
				return w.moduleOf(n.X)
			}
			return w.loadedModule(n.Y)
		case js.AndToken:
			return w.loadedModule(n.Y)
		}
	}
	if call, ok := e.(*js.CallExpr); ok && len(call.Args.List) == 0 {
		// (() => { try { return require("child_process") } catch {} })()
		return w.iifeModule(call.X)
	}
	return ""
}

// trackedName returns d when it names the environment, a member of a
// tracked module or a global function such as eval; "" otherwise.
func trackedName(d string) string {
	if d == "process.env" || strings.HasPrefix(d, "process.env.") {
		return d
	}
	root, _, _ := strings.Cut(d, ".")
	if trackedModules[root] || globalFuncs[d] {
		return d
	}
	return ""
}

// loadedModule is moduleOf for an operand of a condition or a fallback,
// where only a call loads a module (require(…), an IIFE): names and
// members there (y || {}, a ? b.c : d) are not rendered, as every
// bundle is full of them.
func (w *walker) loadedModule(e js.IExpr) string {
	switch n := e.(type) {
	case *js.CallExpr, *js.UnaryExpr, *js.GroupExpr:
		return w.moduleOf(e)
	case *js.Var:
		// globalThis ?? global, typeof window < "u" && window
		if globalObjects[string(n.Name())] && canon(n).Decl == js.NoDecl {
			return "globalThis"
		}
		// secure ? https : http: a variable bound to a module
		if b, ok := w.binding(n); ok && netModules[b] {
			return b
		}
	}
	return ""
}

// schemeOf reports a URL's scheme without its colon: u.protocol.slice(0,
// -1), u.protocol.replace(":", "").
func schemeOf(e js.IExpr) bool {
	c, ok := e.(*js.CallExpr)
	if !ok {
		return false
	}
	m, ok := c.X.(*js.DotExpr)
	if !ok {
		return false
	}
	switch string(propData(m.Y)) {
	case "slice", "replace", "substring", "substr":
	default:
		return false
	}
	p, ok := m.X.(*js.DotExpr)
	return ok && string(propData(p.Y)) == "protocol"
}

// iifeModule returns the module a function called on the spot returns
// from its body or a try/catch in it; "" if none.
func (w *walker) iifeModule(fn js.IExpr) string {
	for {
		g, ok := fn.(*js.GroupExpr)
		if !ok {
			break
		}
		fn = g.X
	}
	body := funcBody(fn)
	if body == nil {
		return ""
	}
	var scan func(list []js.IStmt, depth int) string
	scan = func(list []js.IStmt, depth int) string {
		if depth > 2 || len(list) > 16 {
			return ""
		}
		for _, st := range list {
			switch n := st.(type) {
			case *js.ReturnStmt:
				if m := w.moduleOf(n.Value); m != "" {
					return m
				}
			case *js.TryStmt:
				for _, b := range []*js.BlockStmt{n.Body, n.Catch, n.Finally} {
					if b != nil {
						if m := scan(b.List, depth+1); m != "" {
							return m
						}
					}
				}
			}
		}
		return ""
	}
	return scan(body.List, 0)
}

// returnsGlobal reports a call of a function built to return the global
// object: Function("return this")(), new Function("return this")().
func (w *walker) returnsGlobal(n *js.CallExpr) bool {
	if len(n.Args.List) != 0 {
		return false
	}
	var args []js.Arg
	ctor := n.X
	if g, ok := ctor.(*js.GroupExpr); ok {
		ctor = g.X
	}
	switch c := ctor.(type) {
	case *js.CallExpr:
		ctor, args = c.X, c.Args.List
	case *js.NewExpr:
		if c.Args == nil {
			return false
		}
		ctor, args = c.X, c.Args.List
	default:
		return false
	}
	if len(args) != 1 {
		return false
	}
	if v, ok := ctor.(*js.Var); !ok || string(v.Name()) != "Function" {
		if !w.isFunctionCtor(ctor, 0) {
			return false
		}
	}
	body, ok := w.fold(args[0].Value, 0)
	return ok && strings.TrimRight(strings.TrimSpace(body.s), "; ") == "return this"
}

// learnExternals records, in the first pass, the modules of a bundle's
// module table (an object literal of functions) whose whole body
// re-exports a require: (module) => { module.exports = require("https") }.
func (w *walker) learnExternals(o *js.ObjectExpr) {
	for _, p := range o.List {
		if p.Name == nil || p.Name.IsComputed() || len(w.externals) >= 1000 {
			continue
		}
		params, body := funcParams(p.Value), funcBody(p.Value)
		if params == nil || body == nil || len(params.List) == 0 {
			continue
		}
		list := body.List
		if len(list) > 0 {
			if _, ok := list[0].(*js.DirectivePrologueStmt); ok {
				list = list[1:] // "use strict"
			}
		}
		if len(list) != 1 {
			continue
		}
		st, ok := list[0].(*js.ExprStmt)
		if !ok {
			continue
		}
		a, ok := st.Value.(*js.BinaryExpr)
		if !ok || a.Op != js.EqToken {
			continue
		}
		d, ok := a.X.(*js.DotExpr)
		m, isVar := params.List[0].Binding.(*js.Var)
		if !ok || !isVar || string(propData(d.Y)) != "exports" {
			continue
		}
		if v, ok := d.X.(*js.Var); !ok || canon(v) != canon(m) {
			continue
		}
		c, ok := a.Y.(*js.CallExpr)
		if !ok || len(c.Args.List) != 1 {
			continue
		}
		if r, ok := c.X.(*js.Var); !ok || string(r.Name()) != "require" {
			continue
		}
		if l, ok := c.Args.List[0].Value.(*js.LiteralExpr); ok && l.TokenType == js.StringToken {
			if mod, ok := unquote(l.Data); ok {
				if w.externals == nil {
					w.externals = map[string]string{}
				}
				w.externals[literalName(p.Name.Literal.Data)] = strings.TrimPrefix(mod, "node:")
			}
		}
	}
}

// envArgument records, in the first pass, a call of a function of the
// file, by its name (four letters or more, not a compiler's helper
// starting with "_", outside bundles), with
// process.env among its first eight arguments
// (ci.buildContext(process.env)): that parameter of the function so named
// is the environment.
func (w *walker) envArgument(callee js.IExpr, args []js.Arg) {
	if len(args) == 0 || w.f.Bundle() {
		return
	}
	var name string // a view: copied when kept
	switch c := callee.(type) {
	case *js.Var:
		name = view(c.Name())
	case *js.DotExpr:
		name = view(propData(c.Y))
	default:
		return
	}
	if len(name) < 4 || name[0] == '_' {
		// a minifier's names are reused by every scope; a compiler's
		// helpers (__spreadValues, _objectSpread2, __assign) copy the
		// environment into a child process's options
		return
	}
	for i, a := range args[:min(len(args), 8)] {
		env := false
		switch v := a.Value.(type) {
		case *js.DotExpr:
			env = string(propData(v.Y)) == "env" && normCallee(w.dotted(v, 0)) == "process.env"
		case *js.Var:
			b, ok := w.binding(v)
			env = ok && b == "process.env"
		}
		if env {
			if w.envArgs == nil {
				w.envArgs = map[string]uint8{}
			}
			if len(w.envArgs) < 1000 {
				w.envArgs[strings.Clone(name)] |= 1 << i
			}
		}
	}
}

// filledArray reports an array made to be filled: an empty array literal
// (one folding to a constant array is learned as such), or a typed array
// of a given length (new Uint8Array(n)).
func filledArray(e js.IExpr) bool {
	switch n := e.(type) {
	case *js.ArrayExpr:
		return len(n.List) == 0
	case *js.NewExpr:
		if v, ok := n.X.(*js.Var); ok {
			switch string(v.Name()) {
			case "Uint8Array", "Uint16Array", "Array":
				return n.Args != nil && len(n.Args.List) == 1
			}
		}
	}
	return false
}

// requireFunc reports an expression for a function that loads modules
// (loadsModules), or a || or ?? chain of them.
func (w *walker) requireFunc(e js.IExpr) bool {
	return everyAlternative(e, 0, w.loadsModules)
}

// loadsModules reports require or one of its aliases by reference, or a
// function returning require(id) of its parameter.
func (w *walker) loadsModules(e js.IExpr) bool {
	switch n := e.(type) {
	case *js.Var:
		return string(n.Name()) == "require" && canon(n).Decl == js.NoDecl
	case *js.DotExpr, *js.IndexExpr:
		return isRequire(normCallee(w.dotted(n, 0)))
	case *js.ArrowFunc, *js.FuncDecl:
		params, ret := singleReturn(e)
		if params == nil || len(params.List) != 1 {
			return false
		}
		c, ok := ret.(*js.CallExpr)
		if !ok || len(c.Args.List) != 1 || !isRequire(normCallee(w.dotted(c.X, 0))) {
			return false
		}
		a, ok1 := c.Args.List[0].Value.(*js.Var)
		p, ok2 := params.List[0].Binding.(*js.Var)
		return ok1 && ok2 && canon(a) == canon(p)
	}
	return false
}

// storesOf returns the web store an array literal of web stores starts
// with ([window.localStorage, window.sessionStorage]); "" for anything
// else.
func (w *walker) storesOf(e js.IExpr) string {
	arr, ok := e.(*js.ArrayExpr)
	if !ok || len(arr.List) == 0 || len(arr.List) > 4 {
		return ""
	}
	first := ""
	for _, el := range arr.List {
		d := strings.TrimPrefix(strings.TrimPrefix(normCallee(w.dotted(el.Value, 0)), "window."), "self.")
		if d != "localStorage" && d != "sessionStorage" {
			return ""
		}
		if first == "" {
			first = d
		}
	}
	return first
}

// storeIndexed returns the web store a global object's member picked
// from a constant table by a run-time index is ("localStorage" for
// window[T[j]] with T holding "localStorage" and "sessionStorage": the
// loop over both stores an obfuscated stealer writes), "" otherwise.
func (w *walker) storeIndexed(e js.IExpr) string {
	ix, ok := e.(*js.IndexExpr)
	if !ok || len(w.arrays) == 0 {
		return ""
	}
	key, ok := ix.Y.(*js.IndexExpr)
	if !ok {
		return ""
	}
	switch normCallee(w.dotted(ix.X, 0)) {
	case "window", "self", "globalThis":
	default:
		return ""
	}
	v, ok := key.X.(*js.Var)
	if !ok {
		return ""
	}
	for _, el := range w.arrays[canon(v)] {
		if el == "localStorage" || el == "sessionStorage" {
			return el
		}
	}
	return ""
}

// spelledKey reports a member call whose key is an expression, not a
// name or a literal: x[a + b](…), x[parts.join("")](…).
func spelledKey(callee js.IExpr) bool {
	if g, ok := callee.(*js.GroupExpr); ok {
		callee = g.X
	}
	ix, ok := callee.(*js.IndexExpr)
	if !ok {
		return false
	}
	switch k := ix.Y.(type) {
	case *js.LiteralExpr, *js.Var:
		return false
	case *js.TemplateExpr:
		return len(k.List) > 0
	}
	return true
}

// mainModule reports an expression for the module object require
// belongs to: process.mainModule, require.main or module, alone or in a
// || or ?? chain of them.
func (w *walker) mainModule(e js.IExpr) bool {
	return everyAlternative(e, 0, func(e js.IExpr) bool {
		switch n := e.(type) {
		case *js.DotExpr:
			d := w.dotted(n, 0)
			return d == "process.mainModule" || d == "require.main"
		case *js.Var:
			return string(n.Name()) == "module" && canon(n).Decl == js.NoDecl
		}
		return false
	})
}

// envDefault reports an environment a caller may replace: x.env ||
// process.env, env ?? process.env.
func (w *walker) envDefault(e js.IExpr) bool {
	b, ok := e.(*js.BinaryExpr)
	if !ok || b.Op != js.OrToken && b.Op != js.NullishToken || normCallee(w.dotted(b.Y, 0)) != "process.env" {
		return false
	}
	switch x := b.X.(type) {
	case *js.DotExpr:
		return string(propData(x.Y)) == "env"
	case *js.Var:
		return string(x.Name()) == "env"
	}
	return false
}

// everyAlternative reports whether f holds for e, or for each operand of
// a || or ?? chain e is (in parentheses or not), or for the value a
// guard (x && x.y) or a condition with nothing in one branch gives.
func everyAlternative(e js.IExpr, depth int, f func(js.IExpr) bool) bool {
	if depth > 8 {
		return false
	}
	switch n := e.(type) {
	case *js.BinaryExpr:
		if n.Op == js.OrToken || n.Op == js.NullishToken {
			return everyAlternative(n.X, depth+1, f) && everyAlternative(n.Y, depth+1, f)
		}
		if n.Op == js.AndToken {
			// x && x.y: y, once x is there
			return everyAlternative(n.Y, depth+1, f)
		}
	case *js.CondExpr:
		// typeof require != "undefined" ? require : null: the value,
		// when there is one
		switch {
		case nothing(n.Y):
			return everyAlternative(n.X, depth+1, f)
		case nothing(n.X):
			return everyAlternative(n.Y, depth+1, f)
		}
		return everyAlternative(n.X, depth+1, f) && everyAlternative(n.Y, depth+1, f)
	case *js.GroupExpr:
		return everyAlternative(n.X, depth+1, f)
	}
	return f(e)
}

// nothing reports null, undefined or void 0.
func nothing(e js.IExpr) bool {
	switch n := e.(type) {
	case *js.LiteralExpr:
		return n.TokenType == js.NullToken
	case *js.Var:
		return string(n.Name()) == "undefined" && canon(n).Decl == js.NoDecl
	case *js.UnaryExpr:
		return n.Op == js.VoidToken
	}
	return false
}

// IsRequire reports a callee that is require, one of its aliases or the
// loader behind it.
func IsRequire(callee string) bool { return isRequire(callee) }

func isRequire(callee string) bool {
	switch callee {
	case "require", "module.require", "process.mainModule.require", "global.require", "globalThis.require", "window.require", "__require",
		// the loader behind require, reached without naming it
		"module._load", "module.Module._load", "module.constructor._load", "module.constructor.Module._load",
		"process.mainModule.constructor._load", "require.main.require",
		// Node's own modules without require (Node 20.16, 22.3)
		"process.getBuiltinModule", "globalThis.process.getBuiltinModule", "global.process.getBuiltinModule":
		return true
	}
	return false
}

// loaderCallee reports a callee whose call moduleOf may resolve to a
// module: require and its aliases, import(), bundler interop helpers,
// native bindings and createRequire.
func loaderCallee(callee string) bool {
	switch callee {
	case "import", "process.binding", "process._linkedBinding", "module.createRequire", "module.createRequireFromPath":
		return true
	}
	return isRequire(callee) || containsFold(callee, "interop") || strings.HasPrefix(callee, "__importDefault") || strings.HasPrefix(callee, "__toESM")
}

// internalBindings maps process.binding() names to the module they are
// the native half of: process.binding("spawn_sync") spawns like
// child_process without naming it.
var internalBindings = map[string]string{
	"spawn_sync": "child_process", "process_wrap": "child_process", "fs": "fs", "tcp_wrap": "net", "udp_wrap": "dgram",
	"cares_wrap": "dns", "os": "os", "contextify": "vm",
}

// isFunctionCtor reports an expression that evaluates to the Function
// constructor without naming it: x.constructor.constructor,
// (function(){}).constructor, [].filter.constructor,
// Object.getPrototypeOf(async function(){}).constructor, and each read
// through Reflect.get(x, "constructor").
func (w *walker) isFunctionCtor(e js.IExpr, depth int) bool {
	if depth > 4 {
		return false
	}
	var x js.IExpr
	switch n := e.(type) {
	case *js.DotExpr:
		if string(propData(n.Y)) != "constructor" {
			return false
		}
		x = n.X
	case *js.IndexExpr:
		if v, ok := w.fold(n.Y, 0); !ok || v.s != "constructor" {
			return false
		}
		x = n.X
	case *js.GroupExpr:
		return w.isFunctionCtor(n.X, depth+1)
	case *js.CallExpr:
		// Reflect.get(x, "constructor")
		if len(n.Args.List) != 2 || w.dotted(n.X, 0) != "Reflect.get" {
			return false
		}
		if v, ok := w.fold(n.Args.List[1].Value, 0); !ok || v.s != "constructor" {
			return false
		}
		x = n.Args.List[0].Value
	default:
		return false
	}
	switch n := ungroup(x).(type) {
	case *js.FuncDecl, *js.ArrowFunc:
		return true
	case *js.Var:
		// f.constructor, f a function of the file (a named function
		// expression's own name too)
		return w.fnNodes[canon(n)] != nil
	case *js.DotExpr:
		// y.constructor.constructor; a method of a literal
		// ([].filter, "".sub) is a function too
		if string(propData(n.Y)) == "constructor" {
			return true
		}
		return isLiteralValue(n.X)
	case *js.IndexExpr:
		if v, ok := w.fold(n.Y, 0); ok && v.s == "constructor" {
			return true
		}
		return isLiteralValue(n.X)
	case *js.CallExpr:
		// Object.getPrototypeOf(function*(){}) / Reflect.getPrototypeOf
		d := w.dotted(n.X, 0)
		if (d == "Object.getPrototypeOf" || d == "Reflect.getPrototypeOf") && len(n.Args.List) == 1 {
			switch n.Args.List[0].Value.(type) {
			case *js.FuncDecl, *js.ArrowFunc:
				return true
			}
		}
	}
	return false
}

// isLiteralValue reports an array, object or string literal.
func isLiteralValue(e js.IExpr) bool {
	switch n := e.(type) {
	case *js.ArrayExpr, *js.ObjectExpr:
		return true
	case *js.LiteralExpr:
		return n.TokenType == js.StringToken
	case *js.GroupExpr:
		return isLiteralValue(n.X)
	}
	return false
}

// dotted renders a member chain with bindings resolved.
func (w *walker) dotted(e js.IExpr, depth int) string {
	// Buffers are reused (dotted nests through moduleOf, so one per
	// level): a fresh one per call cost an allocation each time.
	var b []byte
	if n := len(w.bufs); n > 0 {
		b, w.bufs = w.bufs[n-1][:0], w.bufs[:n-1]
	} else {
		b = make([]byte, 0, 128)
	}
	b = w.appendDotted(b, e, depth)
	s := w.intern(b)
	w.bufs = append(w.bufs, b)
	return s
}

// intern returns b as a string, one copy per distinct name in the file:
// the same few (require, Object.defineProperty, exports.x) come back all
// through it.
func (w *walker) intern(b []byte) string {
	if len(b) == 0 {
		return ""
	}
	if s, ok := w.interned[string(b)]; ok {
		return s
	}
	s := string(b)
	if len(w.interned) < maxInterned {
		w.interned[s] = s
	}
	return s
}

const maxInterned = 1 << 14

// view is a temporary string view of b for comparisons and lookups; it
// must not be kept.
func view(b []byte) string { return unsafe.String(unsafe.SliceData(b), len(b)) }

// appendDotted appends e's dotted rendering to buf. Building the chain in
// one buffer costs one allocation per rendered name, where concatenating
// each level cost one per level.
func (w *walker) appendDotted(buf []byte, e js.IExpr, depth int) []byte {
	if depth > 32 || e == nil {
		return buf
	}
	switch n := e.(type) {
	case *js.Var:
		if b, ok := w.binding(n); ok {
			return append(buf, b...)
		}
		name := n.Name()
		if w.escapes {
			name = identText(name)
		}
		// a bare method name in with (module) { … }, else after
		// Object.assign(global, module): the innermost module's
		if len(w.withObjs) > 0 && canon(n).Decl == js.NoDecl {
			if p := w.withProp(string(name)); p != nil {
				return w.appendDotted(buf, p, depth+1)
			}
		}
		mods := w.withMods
		if len(mods) == 0 {
			mods = w.globalMods
		}
		if len(mods) > 0 && canon(n).Decl == js.NoDecl && methodNames[string(name)] {
			buf = append(buf, mods[len(mods)-1]...)
			buf = append(buf, '.')
		}
		if canon(n).Decl != js.NoDecl && commonWordModules[string(name)] {
			// a handler's request or ws parameter, or a bundle's own
			// function so named (ws = w("jqLite")), is not the npm module
			// of that name (request.get("host") reads a header); one bound
			// to the module was rendered as such above
			buf = append(buf, '~')
		}
		return append(buf, name...)
	case *js.LiteralExpr:
		switch n.TokenType {
		case js.ThisToken, js.ImportToken, js.SuperToken:
			return append(buf, n.Data...)
		}
		return buf
	case *js.DotExpr:
		y := propData(n.Y)
		if string(y) == "value" {
			// Object.getOwnPropertyDescriptor(globalThis, "eval").value
			if obj, key, ok := w.described(n.X); ok {
				buf = w.appendDotted(buf, obj, depth+1)
				buf = append(buf, '.')
				return append(buf, key...)
			}
		}
		if v, ok := n.X.(*js.Var); ok && w.proxyLoaders != nil {
			// sys.childProcess, sys a Proxy requiring what is read
			if m := w.proxyModule(v, string(y)); m != "" {
				return append(buf, m...)
			}
		}
		start := len(buf)
		buf = w.appendDotted(buf, n.X, depth+1)
		if w.escapes {
			y = identText(y)
		}
		if string(y) == "default" && len(buf) > start {
			return buf
		}
		buf = append(buf, '.')
		buf = append(buf, y...)
		if len(w.memberBinds) > 0 && !w.plainMembers {
			if b, ok := w.memberBinds[view(buf[start:])]; ok {
				return append(buf[:start], b...)
			}
		}
		return buf
	case *js.IndexExpr:
		if arr, ok := n.X.(*js.ArrayExpr); ok {
			// [eval][0]
			if v, ok := w.fold(n.Y, 0); ok && v.num {
				if k, err := strconv.Atoi(v.s); err == nil && k >= 0 && k < len(arr.List) && !arr.List[k].Spread {
					return w.appendDotted(buf, arr.List[k].Value, depth+1)
				}
			}
		}
		start := len(buf)
		buf = w.appendDotted(buf, n.X, depth+1)
		if v, ok := w.fold(n.Y, 0); ok && !v.num {
			if v.s == "default" && len(buf) > start {
				return buf
			}
			buf = append(buf, '.')
			return append(buf, v.s...)
		}
		return append(buf, "[]"...)
	case *js.GroupExpr:
		return w.appendDotted(buf, n.X, depth+1)
	case *js.BinaryExpr:
		// (e1 ?? e2)(code), Reflect.apply(e1 || e2, …): the first that
		// has a name
		if n.Op == js.NullishToken || n.Op == js.OrToken {
			start := len(buf)
			if buf = w.appendDotted(buf, n.X, depth+1); len(buf) > start {
				return buf
			}
			return w.appendDotted(buf, n.Y, depth+1)
		}
	case *js.CommaExpr:
		if len(n.List) > 0 {
			return w.appendDotted(buf, n.List[len(n.List)-1], depth+1)
		}
	case *js.CallExpr:
		if w.returnsGlobal(n) {
			return append(buf, "globalThis"...)
		}
		start := len(buf)
		buf = w.appendDotted(buf, n.X, depth+1)
		callee := view(buf[start:])
		if callee == "Reflect.get" && len(n.Args.List) >= 2 {
			// Reflect.get(cp, "exec") is cp.exec
			if v, ok := w.fold(n.Args.List[1].Value, 0); ok && !v.num {
				buf = w.appendDotted(buf[:start], n.Args.List[0].Value, depth+1)
				buf = append(buf, '.')
				return append(buf, v.s...)
			}
		}
		if loaderCallee(callee) {
			if m := w.moduleOf(n); m != "" {
				return append(buf[:start], m...)
			}
		}
		return append(buf, "()"...)
	case *js.NewExpr:
		buf = append(buf, "new "...)
		return w.appendDotted(buf, n.X, depth+1)
	case *js.UnaryExpr:
		if n.Op == js.AwaitToken {
			return w.appendDotted(buf, n.X, depth+1)
		}
	}
	return buf
}

// described returns the object and key of a property descriptor lookup,
// Object.getOwnPropertyDescriptor(obj, key) or Reflect's, whose value is
// obj[key].
func (w *walker) described(e js.IExpr) (js.IExpr, string, bool) {
	c, ok := e.(*js.CallExpr)
	if !ok || len(c.Args.List) != 2 {
		return nil, "", false
	}
	if d, ok := c.X.(*js.DotExpr); !ok || string(propData(d.Y)) != "getOwnPropertyDescriptor" {
		return nil, "", false
	}
	k, ok := w.fold(c.Args.List[1].Value, 0)
	if !ok || k.num {
		return nil, "", false
	}
	return c.Args.List[0].Value, k.s, true
}

// containsFold reports whether s contains the lowercase ASCII needle,
// ignoring ASCII case, without allocating.
func containsFold(s, needle string) bool {
	for i := 0; i+len(needle) <= len(s); i++ {
		j := 0
		for ; j < len(needle); j++ {
			c := s[i+j]
			if c >= 'A' && c <= 'Z' {
				c += 'a' - 'A'
			}
			if c != needle[j] {
				break
			}
		}
		if j == len(needle) {
			return true
		}
	}
	return false
}

// normCallee strips global object prefixes from well-known globals.
func normCallee(c string) string {
	if c == "" || c[0] != 'w' && c[0] != 'g' && c[0] != 's' {
		return c // the common case, without a prefix to look for
	}
	for _, p := range []string{"window.", "globalThis.", "global.", "self."} {
		if strings.HasPrefix(c, p) {
			rest := c[len(p):]
			root, _, _ := strings.Cut(rest, ".")
			if globalFuncs[root] || trackedModules[root] {
				return rest
			}
		}
	}
	return c
}

func (w *walker) seeLiteral(b []byte) {
	if off := w.s.offsetOf(b); off > w.cur {
		w.cur = off
	}
}

// locate finds name at or after the current offset (for calls whose
// callee has no position of its own).
func (w *walker) locate(name string) int { return w.locateCall(name, nil) }

// locateCall finds the call of name with args: at or after the current
// offset, else just before its first string argument when that lies
// further on (a stretch of code without literals leaves the current
// offset behind).
func (w *walker) locateCall(name string, args []js.Arg) int {
	end := min(len(w.s.src), w.cur+2048)
	if i := bytes.Index(w.s.src[w.cur:end], []byte(name)); name != "" && i >= 0 {
		return w.cur + i
	}
	for _, a := range args {
		l, ok := a.Value.(*js.LiteralExpr)
		if !ok || l.TokenType != js.StringToken {
			continue
		}
		lo := w.s.offsetOf(l.Data)
		if lo <= w.cur {
			break
		}
		if i := bytes.LastIndex(w.s.src[max(w.cur, lo-512):lo], []byte(name)); name != "" && i >= 0 {
			return max(w.cur, lo-512) + i
		}
		return lo
	}
	return w.cur
}

// expr walks an expression; parent is the enclosing node when it matters.
func (w *walker) expr(e js.IExpr, parent js.INode) {
	if e == nil {
		return
	}
	if w.depth >= maxWalkDepth {
		w.f.Truncated = true
		return
	}
	w.depth++
	w.exprNode(e, parent)
	w.depth--
}

func (w *walker) exprNode(e js.IExpr, parent js.INode) {
	w.exprs++
	if len(w.scan) > 0 {
		w.scan[len(w.scan)-1].see(e)
	}
	switch n := e.(type) {
	case *js.LiteralExpr:
		w.seeLiteral(n.Data)
		if n.TokenType == js.StringToken && w.collect {
			if s, ok := unquote(n.Data); ok {
				w.addString(s, false, w.s.offsetOf(n.Data))
			}
		} else if n.TokenType == js.RegExpToken && w.collect {
			// regular expressions say what code looks for (tokens,
			// wallet addresses): keep their source text
			at := len(w.f.Strings)
			w.addString(string(n.Data), false, w.s.offsetOf(n.Data))
			if len(w.f.Strings) > at {
				w.f.Strings[at].Pattern = true
			}
		}
	case *js.Var:
		if w.collect {
			w.ident(n)
		}
	case *js.TemplateExpr:
		if n.Tag != nil && calledRef(normCallee(w.dotted(n.Tag, 0))) {
			// exec`curl … | sh`: a call of the tag with the template (the
			// templates of other tags, css`…` or gql`…`, are their data)
			w.call(n.Tag, []js.Arg{{Value: &js.TemplateExpr{List: n.List, Tail: n.Tail}}}, false)
			return
		}
		w.expr(n.Tag, n)
		if n.Tag != nil && w.collect {
			// a tag that decodes its template (String.raw and a shift)
			if v, ok := w.fold(n, 0); ok && v.decoded {
				w.addString(v.s, true, w.cur)
			}
		}
		if n.Tag == nil && w.collect {
			if v, ok := w.fold(n, 0); ok {
				w.addString(v.s, v.decoded, w.cur)
				return
			}
			// static parts are still worth keeping, the tail too (the
			// host after an interpolated subdomain)
			known := len(n.Tail)
			for _, p := range n.List {
				known += len(p.Value)
			}
			if known >= minTemplate {
				w.template(n)
			}
			piped := false
			for _, p := range n.List {
				t := templateText(p.Value)
				if len(t) > 3 {
					w.addString(t, false, w.cur)
				}
				piped = piped || pipesToShell(t)
			}
			if piped || pipesToShell(templateText(n.Tail)) {
				// a command line piping a download into a shell, with
				// run-time parts (the user in its URL): kept whole so
				// that what it fetches and runs reads as one command
				if sh, ok := w.shape(n); ok && len(sh) <= 4096 {
					w.addString(sh, false, w.cur)
				}
			}
			if t := templateText(n.Tail); len(t) > 3 {
				w.addString(t, false, w.cur)
			}
		}
		for i := range n.List {
			w.expr(n.List[i].Expr, n)
		}
	case *js.GroupExpr:
		w.expr(n.X, parent)
	case *js.CommaExpr:
		for _, x := range n.List {
			w.expr(x, n)
		}
	case *js.ArrayExpr:
		for _, el := range n.List {
			if el.Spread && w.collect && w.isEnvObject(el.Value) {
				w.addEnv("", "spread", w.cur)
			}
			w.expr(el.Value, n)
		}
		if w.collect && len(n.List) >= 2 && len(n.List) <= 5 {
			w.pathSegments(n)
		}
	case *js.ObjectExpr:
		if !w.collect {
			w.learnExternals(n)
		}
		for _, p := range n.List {
			if p.Name != nil && p.Name.IsComputed() {
				w.expr(p.Name.Computed, n)
			} else if p.Name != nil {
				w.seeLiteral(p.Name.Literal.Data)
				if w.collect {
					key := literalView(p.Name.Literal.Data)
					if hostKeys[key] {
						w.hostProp(p.Value, n)
					}
					if key == "preinstall" || key == "postinstall" || key == "install" || pmSettings[key] || key == "task.allowAutomaticTasks" {
						// {scripts: {postinstall: ...}}: a package.json
						// being written; {"strict-ssl": "false"}: a
						// package manager's settings; an editor's switch
						// for tasks that run on folder open
						w.addString(strings.Clone(key), false, w.s.offsetOf(p.Name.Literal.Data))
					} else if hexDigestKey(key) {
						// {"f339…0390": 1 << 20}: a digest to look a
						// hash up in is a value compared with
						w.addString(strings.Clone(key), false, w.s.offsetOf(p.Name.Literal.Data))
					}
				}
			}
			if w.collect && w.isEnvObject(p.Value) {
				switch {
				case p.Spread:
					w.addEnv("", "spread", w.cur)
				case p.Name != nil && !p.Name.IsComputed() && literalView(p.Name.Literal.Data) == "env":
					// {env: process.env}: child process options
				default:
					w.addEnv("", "object", w.cur)
				}
				continue
			}
			if isFunc(p.Value) {
				if p.Name != nil && !p.Name.IsComputed() {
					w.nameFunc(p.Value, literalView(p.Name.Literal.Data)) // {persist: function (vars) {…}}
				} else if p.Name == nil {
					w.nameFunc(p.Value, "") // {persist(vars) {…}}
				}
			}
			w.expr(p.Value, n)
			w.expr(p.Init, n)
		}
	case *js.DotExpr:
		if y := propData(n.Y); !w.collect && len(y) == 3 && string(y) == "raw" {
			w.learnTag(n.X)
		}
		if !w.collect && len(w.arrays) > 0 && arrayReader[string(propData(n.Y))] {
			// T.slice(5, 14).join("|"), T.length: reads that leave the
			// array as it is, like an element read
			if v, ok := n.X.(*js.Var); ok {
				if _, ok := w.arrays[canon(v)]; ok {
					w.idxReads[canon(v)]++
				}
			}
		}
		if y := propData(n.Y); w.collect && (len(y) == 6 || len(y) == 13) {
			// headers.authorization, h.Cookie: a request's credentials
			// read by name (a string like "x-api-key" is one already)
			if h := credHeaderMember(y); h != "" && normCallee(w.dotted(n.X, 0)) != "document" {
				w.addString(h, false, w.s.offsetOf(y))
			}
		}
		w.member(n, n.X, parent)
		w.seeLiteral(literalData(n.Y))
	case *js.IndexExpr:
		if !w.collect && len(w.arrays) > 0 {
			if v, ok := n.X.(*js.Var); ok {
				if _, ok := w.arrays[canon(v)]; ok {
					w.idxReads[canon(v)]++
				}
			}
		}
		w.member(n, n.X, parent)
		w.expr(n.Y, n)
		if w.collect {
			w.splitName(n.Y) // w["doc" + "ument"]
			w.moduleEntry(n)
		}
	case *js.CallExpr:
		w.requireParams(n.X, n.Args.List, 0)
		w.call(n.X, n.Args.List, false)
		if w.collect && len(n.Args.List) == 1 {
			w.splitName(n.Args.List[0].Value) // createElement("scr" + "ipt")
		}
		if w.collect && len(n.Args.List) == 1 && !w.f.Bundle() {
			// an array of strings decoded by a map ([[48, 120, …], …].map(decode)):
			// its elements (addresses, hosts) are the file's strings
			if dot, ok := n.X.(*js.DotExpr); ok && string(propData(dot.Y)) == "map" {
				if arr, dec, ok := w.foldArray(n, 0); ok && dec {
					for _, el := range arr[:min(len(arr), 64)] {
						w.addString(el, true, w.cur)
					}
				}
			}
		}
	case *js.NewExpr:
		var args []js.Arg
		if n.Args != nil {
			args = n.Args.List
		}
		w.call(n.X, args, true)
	case *js.UnaryExpr:
		switch n.Op {
		case js.PreIncrToken, js.PostIncrToken, js.PreDecrToken, js.PostDecrToken:
			// i++ in a loop: i is no constant
			if v, ok := n.X.(*js.Var); ok && !w.collect {
				w.reassigned(v)
			}
		}
		w.expr(n.X, n)
	case *js.BinaryExpr:
		w.binary(n, parent)
	case *js.CondExpr:
		w.expr(n.Cond, n)
		w.expr(n.X, n)
		w.expr(n.Y, n)
	case *js.YieldExpr:
		w.expr(n.X, n)
	case *js.ArrowFunc:
		w.fn(&n.Params, &n.Body)
	case *js.FuncDecl:
		if n.Name != nil && w.nextName == "" {
			w.nextName = view(n.Name.Name()) // export function loadAll() {…}
		}
		if n.Name != nil && !w.collect {
			w.learnInit(w.fnNodes, n.Name, n) // a named function expression
		}
		w.fn(&n.Params, &n.Body)
	case *js.ClassDecl:
		w.class(n)
	case *js.VarDecl:
		w.varDecl(n)
	case *js.MethodDecl:
		w.fn(&n.Params, &n.Body)
	}
}

func literalData(e js.IExpr) []byte {
	switch l := e.(type) {
	case *js.LiteralExpr:
		return l.Data
	case js.LiteralExpr:
		return l.Data
	}
	return nil
}

// member handles a.b / a[b]: process.env reads and whole-object uses.
// rootVar returns the variable at the root of a member chain.
func rootVar(e js.IExpr) *js.Var {
	for i := 0; i < 64; i++ {
		switch n := e.(type) {
		case *js.DotExpr:
			e = n.X
		case *js.IndexExpr:
			e = n.X
		case *js.Var:
			return n
		default:
			return nil
		}
	}
	return nil
}

var memberRoots = map[string]bool{"process": true, "document": true, "window": true, "navigator": true, "localStorage": true, "chrome": true, "global": true, "globalThis": true, "self": true}

func (w *walker) member(n js.IExpr, x js.IExpr, parent js.INode) {
	if w.collect {
		root := rootVar(n)
		if root == nil {
			w.expr(x, n)
			return
		}
		if !memberRoots[string(root.Name())] {
			if b, ok := w.binding(root); !ok || !strings.HasPrefix(b, "process") && !memberRoots[b] {
				w.expr(x, n)
				return
			}
		}
		d := w.dotted(n, 0)
		if len(d) > 5 && (d[0] == 's' || d[0] == 'g') {
			d = normCallee(d) // self.document.cookie, through a UMD factory's root
		}
		if root, rest, ok := strings.Cut(d, "."); ok && (root == "document" || root == "window" || root == "navigator" || root == "localStorage" || root == "chrome") {
			seg, _, _ := strings.Cut(rest, ".")
			seg, _, _ = strings.Cut(seg, "[")
			key := root + "." + seg
			w.addMember(key, w.offsetOfExpr(n))
		}
		if strings.HasPrefix(d, "process.argv") {
			// the command line, read (process.argv[2]): a command's own
			w.addMember("process.argv", w.offsetOfExpr(n))
		}
		if len(d) > 12 && d[0] != 'p' && strings.Contains(d, ".process.env") {
			d = normCallee(d) // globalThis["pro" + "cess"].env is process.env
		}
		if strings.HasPrefix(d, "process.env.") {
			name := strings.TrimPrefix(d, "process.env.")
			if !strings.Contains(name, ".") {
				w.addEnv(name, "", w.offsetOfExpr(n))
			}
		} else if d == "process.env[]" {
			w.addEnv("", "index", w.offsetOfExpr(n))
		} else if d == "process.env" {
			// the whole object, unless the parent reads one member
			switch p := parent.(type) {
			case *js.DotExpr, *js.IndexExpr:
			case *js.VarDecl:
				w.addEnv("", "alias", w.offsetOfExpr(n))
			case *js.CallExpr:
				w.addEnv("", "arg:"+normCallee(w.dotted(p.X, 0)), w.offsetOfExpr(n))
			case *js.NewExpr:
				w.addEnv("", "arg:new "+normCallee(w.dotted(p.X, 0)), w.offsetOfExpr(n))
			case *js.BinaryExpr:
				if p.Op == js.EqToken {
					w.addEnv("", "alias", w.offsetOfExpr(n))
				}
			}
		}
	}
	w.expr(x, n)
}

// pathSegments records the path an array of string literals spells
// when it starts with a dot directory and goes on with plain names
// ([".config", "gcloud", "credentials.db"], spread into path.join): the
// file a list of such arrays names.
func (w *walker) pathSegments(n *js.ArrayExpr) {
	if l, ok := n.List[0].Value.(*js.LiteralExpr); !ok || l.TokenType != js.StringToken || len(l.Data) < 4 || l.Data[1] != '.' {
		return // the common case: not a dot directory first
	}
	parts := make([]string, 0, len(n.List))
	for i, el := range n.List {
		l, ok := el.Value.(*js.LiteralExpr)
		if !ok || el.Spread || l.TokenType != js.StringToken {
			return
		}
		v := literalView(l.Data)
		if v == "" || len(v) > 64 || strings.ContainsAny(v, " /\\\n") || (i == 0) != (v[0] == '.') || i == 0 && len(v) < 2 {
			return
		}
		parts = append(parts, v)
	}
	w.addString(strings.Join(parts, "/"), false, w.cur)
}

// splitName records e when it joins string literals ("doc" + "ument")
// into the name of an API that code searches look for (splitNames).
func (w *walker) splitName(e js.IExpr) {
	b, ok := e.(*js.BinaryExpr)
	if !ok || b.Op != js.AddToken || len(w.f.SplitNames) >= 16 {
		return
	}
	parts := flattenAdd(b)
	for _, p := range parts {
		if l, ok := p.(*js.LiteralExpr); !ok || l.TokenType != js.StringToken {
			return
		}
	}
	v, ok := w.fold(b, 0)
	if !ok || v.num || !splitNames[v.s] || slices.ContainsFunc(w.f.SplitNames, func(s Str) bool { return s.Value == v.s }) {
		return
	}
	off := w.offsetOfExpr(b)
	w.f.SplitNames = append(w.f.SplitNames, Str{Value: v.s, Pos: w.s.pos(off), Snippet: w.s.excerpt(off)})
}

// addMember records the first read of a notable member at off.
func (w *walker) addMember(key string, off int) {
	if !w.members[key] && len(w.members) < 200 {
		w.members[key] = true
		w.f.Members = append(w.f.Members, Member{Name: key, Pos: w.s.pos(off)})
	}
}

// keptBy reports a method that keeps its arguments: push, unshift,
// concat, set, add, append (an array, a Map or Set, a FormData).
func keptBy(callee js.IExpr) bool {
	d, ok := callee.(*js.DotExpr)
	if !ok {
		return false
	}
	switch string(propData(d.Y)) {
	case "push", "unshift", "concat", "set", "add", "append":
		return true
	}
	return false
}

// typedKey reports an event's key (e.key, e.keyCode, e.which, e.charCode),
// directly, through String.fromCharCode or in an object literal
// ({ k: e.key, t: Date.now() }).
func typedKey(e js.IExpr, depth int) bool {
	if depth > 2 {
		return false
	}
	switch n := e.(type) {
	case *js.DotExpr:
		if _, ok := n.X.(*js.Var); !ok {
			return false
		}
		switch string(propData(n.Y)) {
		case "key", "keyCode", "which", "charCode":
			return true
		}
	case *js.CallExpr:
		if d, ok := n.X.(*js.DotExpr); ok && string(propData(d.Y)) == "fromCharCode" && len(n.Args.List) == 1 {
			return typedKey(n.Args.List[0].Value, depth+1)
		}
	case *js.ObjectExpr:
		for _, p := range n.List {
			if p.Value != nil && typedKey(p.Value, depth+1) {
				return true
			}
		}
	case *js.GroupExpr:
		return typedKey(n.X, depth+1)
	}
	return false
}

func (w *walker) offsetOfExpr(e js.IExpr) int {
	switch n := e.(type) {
	case *js.DotExpr:
		if off := w.s.offsetOf(literalData(n.Y)); off >= 0 {
			return off
		}
	case *js.IndexExpr:
		// process.env["TOKEN"]: where the key is written
		if l, ok := n.Y.(*js.LiteralExpr); ok && l.TokenType == js.StringToken {
			if off := w.s.offsetOf(l.Data); off >= 0 {
				return off
			}
		}
	}
	return w.cur
}

// binary walks a+b+... chains iteratively, recording folded runs.
func (w *walker) binary(n *js.BinaryExpr, parent js.INode) {
	if n.Op == js.EqToken {
		w.assign(n)
		w.expr(n.X, n)
		switch n.Y.(type) {
		case *js.FuncDecl, *js.ArrowFunc, *js.Var, *js.ClassDecl:
			// exports.persist = function (…) {…}, module.exports = collect
			// (what else is assigned names nothing a module calls)
			name := exportName(n.X)
			w.nameFunc(n.Y, name)
			if name == "default" {
				w.exportDefault(n.Y)
			}
		}
		w.expr(n.Y, n)
		return
	}
	if n.Op == js.AddEqToken {
		// body += chunk: the accumulated response
		if v, ok := n.X.(*js.Var); ok && w.netData(n.Y) != "" {
			w.bindNet(v)
		}
		if v, ok := n.X.(*js.Var); ok && !w.collect && canon(v).Decl != js.NoDecl {
			// s += String.fromCharCode(b ^ K[i % 5]) in a loop: s holds
			// what the loop decodes
			if d := w.decodes(n.Y, 0); d != "" {
				if w.decodedV == nil {
					w.decodedV = map[*js.Var]string{}
				}
				if len(w.decodedV) < 1000 {
					w.decodedV[canon(v)] = d
				}
			}
		}
		if w.collect && typedKey(n.Y, 0) {
			w.addMember(KeyBuffer, w.cur)
		}
	}
	if !w.collect && (n.Op == js.BitXorToken || n.Op == js.BitXorEqToken) {
		// a byte XORed in a function: a decoder, whose result is text
		// no reader saw (see decodes)
		w.learnDecoder("XORs bytes", false)
		if n.Op == js.BitXorEqToken {
			w.xorInPlace(n)
		}
	}
	if !w.collect && isCompoundAssign(n.Op) {
		w.arrayWritten(n.X)
		if v, ok := n.X.(*js.Var); ok && !w.appended(v, n) {
			w.reassigned(v) // d += chunk
		}
	}
	if n.Op != js.AddToken {
		w.expr(n.X, n)
		w.expr(n.Y, n)
		return
	}
	ops := flattenAdd(n)
	if !w.collect {
		// the first pass learns bindings only: folding the operands is
		// for the second
		for _, op := range ops {
			if _, lit := op.(*js.LiteralExpr); !lit {
				w.expr(op, n)
			}
		}
		return
	}
	var run []value
	flush := func() {
		if len(run) >= 2 {
			var sb strings.Builder
			dec, allNum := false, true
			for _, v := range run {
				sb.WriteString(v.s)
				dec = dec || v.decoded
				allNum = allNum && v.num
			}
			if !allNum && sb.Len() <= maxFoldLen {
				w.addString(sb.String(), dec, w.cur)
			}
		}
		run = run[:0]
	}
	holes, known := 0, 0
	for _, op := range ops {
		if v, ok := w.fold(op, 0); ok {
			if !v.num {
				known += len(v.s)
			}
			if l, isLit := op.(*js.LiteralExpr); isLit {
				w.seeLiteral(l.Data)
				if !v.num && len(run) == 0 {
					// also keep single literals (URLs split by code)
					w.addString(v.s, false, w.s.offsetOf(l.Data))
				}
			} else {
				w.addString(v.s, v.decoded, w.cur)
			}
			run = append(run, v)
			continue
		}
		holes++
		flush()
		w.expr(op, n)
	}
	flush()
	if holes > 0 && known >= minTemplate {
		w.template(n)
	}
}

// xorInPlace learns buf[i] ^= K[i % K.length] (or K.charCodeAt(i %
// K.length), or % n) with a constant key: the buffer folds XORed with it
// (Buffer.from(hex, "hex") decrypted in place, then run).
func (w *walker) xorInPlace(n *js.BinaryExpr) {
	dst, ok := n.X.(*js.IndexExpr)
	if !ok {
		return
	}
	buf, ok1 := dst.X.(*js.Var)
	i, ok2 := dst.Y.(*js.Var)
	if !ok1 || !ok2 || len(w.xorKeys) >= 16 {
		return
	}
	var keyExpr, idx js.IExpr
	switch y := n.Y.(type) {
	case *js.IndexExpr:
		keyExpr, idx = y.X, y.Y
	case *js.CallExpr:
		d, ok := y.X.(*js.DotExpr)
		if !ok || string(propData(d.Y)) != "charCodeAt" || len(y.Args.List) != 1 {
			return
		}
		keyExpr, idx = d.X, y.Args.List[0].Value
	default:
		return
	}
	mod, ok := idx.(*js.BinaryExpr)
	if !ok || mod.Op != js.ModToken {
		return
	}
	if v, ok := mod.X.(*js.Var); !ok || canon(v) != canon(i) {
		return
	}
	var key []byte
	if arr, _, ok := w.foldArray(keyExpr, 0); ok && len(arr) > 0 && len(arr) <= 256 {
		for _, e := range arr {
			num, err := strconv.ParseFloat(e, 64)
			if err != nil {
				return
			}
			key = append(key, byte(int(num))) // a byte array keeps the low 8 bits
		}
	} else if v, ok := w.fold(keyExpr, 0); ok && !v.num && v.s != "" && len(v.s) <= 256 && nextNonASCII([]byte(v.s), 0) == len(v.s) {
		key = []byte(v.s) // charCodeAt of ASCII: its bytes
	} else {
		return
	}
	if w.xorKeys == nil {
		w.xorKeys = map[*js.Var][]byte{}
	}
	w.xorKeys[canon(buf)] = key
}

// minTemplate is the constant text a template needs (see Facts.Templates).
const minTemplate = 128

// template records the code-like text e builds around run-time values,
// each written as 0 (see Facts.Templates).
func (w *walker) template(e js.IExpr) {
	if len(w.f.Templates) >= 16 || w.f.Bundle() {
		return
	}
	code, _, ok := w.codeOf(e)
	if !ok || len(code) > 64<<10 || !LooksLikePageCode(code) {
		return
	}
	w.f.Templates = append(w.f.Templates, Str{Value: code, Pos: w.s.pos(w.cur)})
}

// codeOf returns the text e builds: its folded value, or its shape with
// each run-time value written as 0 so that code around it parses.
func (w *walker) codeOf(e js.IExpr) (code string, decoded, ok bool) {
	if v, ok := w.fold(e, 0); ok {
		return v.s, v.decoded, true
	}
	sh, ok := w.shape(e)
	return strings.ReplaceAll(sh, Hole, "0"), false, ok
}

// LooksLikePageCode reports text that reads as code doing something in
// Node (LooksLikeCode) or in a web page: touching the document, the
// window, storage or the network.
func LooksLikePageCode(s string) bool {
	if LooksLikeCode(s) {
		return true
	}
	if len(s) < 16 || strings.IndexByte(s, '(') < 0 {
		return false
	}
	for _, k := range [...]string{"document.", "window.", "navigator.", "localStorage", "new Image", "XMLHttpRequest", "sendBeacon(", "addEventListener("} {
		if strings.Contains(s, k) {
			return true
		}
	}
	return false
}

func isCompoundAssign(op js.TokenType) bool {
	switch op {
	case js.AddEqToken, js.SubEqToken, js.MulEqToken, js.ExpEqToken, js.DivEqToken, js.ModEqToken, js.LtLtEqToken, js.GtGtEqToken,
		js.GtGtGtEqToken, js.BitAndEqToken, js.BitOrEqToken, js.BitXorEqToken, js.AndEqToken, js.OrEqToken, js.NullishEqToken:
		return true
	}
	return false
}

// arrayWritten marks the array at the root of an assignment target
// (a[0] = x) as not constant.
func (w *walker) arrayWritten(target js.IExpr) {
	if len(w.arrays) == 0 {
		return
	}
	if v := rootVar(target); v != nil {
		if _, ok := w.arrays[canon(v)]; ok {
			w.arrMut[canon(v)] = true
		}
	}
}

// envSeen reports whether the file has used the whole environment so far
// (not one variable of it: NODE_ENV is read everywhere), or gets it from
// other modules (Limits.Results): the cheap test before a trace of
// where a value comes from.
func (w *walker) envSeen() bool {
	return len(w.envV) > 0 || w.wholeEnv || len(w.lim.Results) > 0
}

// mentionsEnv reports, once per file, whether its text has "env" at all.
func (w *walker) mentionsEnv() bool {
	return w.textHas(&w.envText, "env")
}

// envCallback marks the first parameter of the callback in args as the
// environment when recv, what the callback is handed values of (a
// promise, an array), carries it; a list of its names alone
// (Object.keys) is not its values. It reports whether it did.
func (w *walker) envCallback(recv js.IExpr, args []js.Arg) bool {
	if !w.collect || len(args) == 0 {
		return false
	}
	p := funcParams(args[0].Value)
	if p == nil || len(p.List) == 0 {
		return false
	}
	if w.envSeen() && !w.keysOnly(recv) && w.carriesEnv(recv) {
		w.markEnv(p.List[0].Binding)
		return true
	}
	if w.dataSeen() {
		// readKeys().then(k => send(k)): a secret file's content, or a
		// token another module's function gives
		if c := w.carried(recv, false); c.File != "" || c.EnvVar != "" {
			c.Env = false
			w.markCarried(p.List[0].Binding, c)
			return true
		}
	}
	return false
}

// handOn records a promise's value handed to a named function, of another
// module or of the file (load().then(warm)), as a call of it with that
// value (Facts.ModuleCalls).
func (w *walker) handOn(recv js.IExpr, args []js.Arg, at func() int) bool {
	if len(args) == 0 || len(w.f.ModuleCalls) >= 64 || !w.mayCarry() {
		return false
	}
	fn := args[0].Value
	switch fn.(type) {
	case *js.Var, *js.DotExpr:
	default:
		return false
	}
	c := w.carried(recv, false)
	if c.Zero() {
		return false
	}
	callee := normCallee(w.dotted(fn, 0))
	if !Relative(callee) {
		if !w.ownFunc(fn) {
			return false
		}
		c.Env = false
	}
	if c.Zero() {
		return false
	}
	w.f.ModuleCalls = append(w.f.ModuleCalls, ModuleCall{Callee: callee, Args: []Carried{c}, Pos: w.s.pos(at()), Snippet: w.s.excerpt(at())})
	return true
}

// emitted records an event emitted with what matters among its values
// (bus.emit("auths", blob)): Facts.Emits.
func (w *walker) emitted(args []js.Arg) {
	if !w.collect || len(args) < 2 || len(w.f.Emits) >= 64 || !w.mayCarry() {
		return
	}
	name, ok := w.fold(args[0].Value, 0)
	if !ok || name.num || name.s == "" || len(name.s) > 128 {
		return
	}
	var c Carried
	for _, a := range args[1:min(len(args), 8)] {
		c = c.Merge(w.carried(a.Value, false))
	}
	if !c.Zero() {
		w.f.Emits = addReturn(w.f.Emits, name.s, c)
	}
}

// listens records an event listened to (Facts.Listens) and, when other
// modules emit it with what matters (Limits.Events), marks the listener's
// parameters.
func (w *walker) listens(args []js.Arg) {
	if !w.collect || len(args) < 2 {
		return
	}
	l, ok := args[0].Value.(*js.LiteralExpr)
	if !ok || l.TokenType != js.StringToken {
		return
	}
	name, ok := unquote(l.Data)
	if !ok || name == "" || len(name) > 128 {
		return
	}
	if !slices.Contains(w.f.Listens, name) && len(w.f.Listens) < 64 {
		w.f.Listens = append(w.f.Listens, name)
	}
	if c, ok := w.lim.Events[name]; ok {
		if p := funcParams(args[1].Value); p != nil {
			for _, el := range p.List {
				w.markCarried(el.Binding, c)
			}
		}
	}
}

// keysOnly reports Object.keys(…) or Object.getOwnPropertyNames(…),
// directly, filtered or in a variable (keysV): names, not values.
func (w *walker) keysOnly(e js.IExpr) bool {
	for range 4 {
		if v, ok := e.(*js.Var); ok {
			return w.keysV[canon(v)]
		}
		c, ok := e.(*js.CallExpr)
		if !ok {
			return false
		}
		d, ok := c.X.(*js.DotExpr)
		if !ok {
			return false
		}
		switch view(propData(d.Y)) {
		case "keys", "getOwnPropertyNames":
			v, ok := d.X.(*js.Var)
			return ok && string(v.Name()) == "Object"
		case "filter", "sort", "slice":
			e = d.X
			continue
		}
		return false
	}
	return false
}

// Relative reports a specifier relative to the importing file ("./x",
// "../lib/x"): a module of the package itself. So is a callee rendered
// through a binding to one ("./cache.persist").
func Relative(spec string) bool {
	return strings.HasPrefix(spec, "./") || strings.HasPrefix(spec, "../")
}

// arrayReader are the members of an array that read it without changing
// it or handing it to code (a callback of map or forEach gets the array
// too).
var arrayReader = setOf("slice", "join", "concat", "indexOf", "lastIndexOf", "includes", "at", "length")

// foldIndex folds arr[i] for a constant array that is only ever read by
// index (see idxReads); the second pass only, once every use is counted.
func (w *walker) foldIndex(n *js.IndexExpr, depth int) (value, bool) {
	v, ok := n.X.(*js.Var)
	if !ok {
		// an array built in place (s.split("\n")[2]) or a string's
		// character ("eval"[0])
		if _, lit := n.X.(*js.ArrayExpr); lit {
			return value{}, false // [eval][0] is the walker's (appendDotted)
		}
		return w.foldAt(n, depth)
	}
	cv := canon(v)
	arr, ok := w.arrays[cv]
	if !ok {
		// a constant string's character: n[0] (in the first pass too, as
		// every constant is: an alphabet indexed by a table of numbers
		// spells the host a destructuring takes apart)
		if c, isConst := w.consts[cv]; isConst && c.ok {
			return w.foldAt(n, depth)
		}
		if w.lim.ModuleArray == nil {
			return value{}, false
		}
		// import { HDR } from "./status.js"; HDR[0]: an entry of
		// another module's constant array
		spec, prop, isMember := w.moduleMember(v)
		if !isMember {
			return value{}, false
		}
		if arr, _, ok = w.moduleArray(spec, prop); !ok {
			return value{}, false
		}
	} else if !w.collect || w.arrMut[cv] || cv.Decl != js.ArgumentDecl && int(cv.Uses) != w.idxReads[cv]+1 {
		// (a helper's parameter is bound to the array of the call
		// being folded, whatever else its body does with it)
		return value{}, false
	}
	i, ok := w.fold(n.Y, depth+1)
	if !ok || !i.num {
		return value{}, false
	}
	k, err := strconv.Atoi(i.s)
	if err != nil || k < 0 || k >= len(arr) {
		return value{}, false
	}
	return value{s: arr[k], decoded: true}, true
}

// moduleEntry keeps as a string of the file an entry of another module's
// constant array read here (HDR[2] with import { HDR } from "./status.js"):
// the array's own strings are the other file's.
func (w *walker) moduleEntry(n *js.IndexExpr) {
	v, ok := n.X.(*js.Var)
	if !ok || w.lim.ModuleArray == nil {
		return
	}
	if _, local := w.arrays[canon(v)]; local {
		return
	}
	if _, _, member := w.moduleMember(v); !member {
		return
	}
	if val, ok := w.foldIndex(n, 0); ok && !val.num {
		w.addString(val.s, true, w.cur)
	}
}

// foldAt folds x[i] as x.at(i) for a constant non-negative i.
func (w *walker) foldAt(n *js.IndexExpr, depth int) (value, bool) {
	if i, ok := w.fold(n.Y, depth+1); !ok || !i.num || strings.HasPrefix(i.s, "-") {
		return value{}, false
	}
	return w.foldSubstring("at", n.X, []js.Arg{{Value: n.Y}}, depth)
}

func flattenAdd(n *js.BinaryExpr) []js.IExpr {
	var rev []js.IExpr
	var x js.IExpr = n
	for len(rev) < 100000 {
		b, ok := x.(*js.BinaryExpr)
		if !ok || b.Op != js.AddToken {
			break
		}
		rev = append(rev, b.Y)
		x = b.X
	}
	rev = append(rev, x)
	out := make([]js.IExpr, len(rev))
	for i, e := range rev {
		out[len(rev)-1-i] = e
	}
	return out
}

// fold for a + chain without recursion depth problems.
func (w *walker) foldAdd(n *js.BinaryExpr, depth int) (value, bool) {
	ops := flattenAdd(n)
	var sb strings.Builder
	dec := false
	// numbers before the first string add up, as in JavaScript
	// (c.charCodeAt(0) - base + 13); after it they are text
	var sum float64
	leading := 0
	for i, op := range ops {
		v, ok := w.fold(op, depth+1)
		if !ok || sb.Len()+len(v.s) > maxFoldLen {
			return value{}, false
		}
		if v.num && leading == i {
			f, err := strconv.ParseFloat(v.s, 64)
			if err != nil {
				return value{}, false
			}
			sum += f
			leading++
			continue
		}
		if leading > 0 && leading == i {
			sb.WriteString(strconv.FormatFloat(sum, 'f', -1, 64))
		}
		sb.WriteString(v.s)
		dec = dec || v.decoded
	}
	if leading == len(ops) {
		return value{s: strconv.FormatFloat(sum, 'f', -1, 64), num: true}, true
	}
	return value{s: sb.String(), decoded: dec}, true
}

func (w *walker) assign(n *js.BinaryExpr) {
	switch x := n.X.(type) {
	case *js.Var:
		if !w.collect && !(w.cff && w.startsSequence(x, n.Y)) {
			w.reassigned(x)
		}
		if !w.collect {
			w.learnDecoded(x, n.Y) // rules = expand(table, key) later on
		}
		if mod := w.moduleOf(n.Y); mod != "" {
			w.setBinding(x, mod)
		} else if store := w.storeIndexed(n.Y); store != "" {
			w.setBinding(x, store)
		}
		if w.isNetCall(n.Y) || w.netData(n.Y) != "" {
			w.bindNet(x)
		}
		if w.collect {
			if p, ok := w.fileData(n.Y); ok {
				w.fileV[canon(x)] = p
			} else if w.dataSeen() {
				if p := w.secretData(n.Y); p != "" {
					w.fileV[canon(x)] = p
				}
			}
			if name, ok := w.envVarValue(n.Y); ok && len(w.envVars) < 1000 {
				w.envVars[canon(x)] = name
			}
			if w.envSeen() && w.carriesEnv(n.Y) {
				w.envV[canon(x)] = true // resolved = loadAll(root)
			}
		}
	case *js.DotExpr, *js.IndexExpr:
		if !w.collect {
			w.objectWritten(x)
			if v := rootVar(x); v != nil {
				w.written(v)
			}
			// m.src = inflate(blob): the property holds decoded text
			if d, ok := x.(*js.DotExpr); ok {
				if v, ok := d.X.(*js.Var); ok {
					switch n.Y.(type) {
					case *js.CallExpr, *js.Var:
						w.learnDecodedProp(v, propData(d.Y), n.Y)
					}
				}
			}
		}
		if w.collect && w.funcDepth == 0 && w.f.Export == "" {
			// module.exports = "child_" + "process"
			if d, ok := x.(*js.DotExpr); ok && string(propData(d.Y)) == "exports" {
				if v, ok := d.X.(*js.Var); ok && string(v.Name()) == "module" {
					if c, ok := w.fold(n.Y, 0); ok && !c.num && len(c.s) <= 4096 {
						w.f.Export = c.s
					}
				}
			}
		}
		if w.collect && w.funcDepth == 0 {
			w.exportMembers(x, n.Y)
		}
		if w.collect {
			// picked[k] = process.env[k], o[k] = v of the environment's
			// entries: the object collects the environment
			// (the trace runs only once the file has touched the
			// environment: member assignments are everywhere in bundles)
			if root := rootVar(x); root != nil && canon(root).Decl != js.NoDecl && (w.envIndex(n.Y) || (len(w.envV) > 0 || len(w.f.Env) > 0) && w.carriesEnv(n.Y)) {
				w.envV[canon(root)] = true
			}
			if root := rootVar(x); root != nil && (w.holdsData() || readCall(n.Y)) && w.dataSeen() {
				w.storeData(root, x, n.Y)
			}
		}
		if d, ok := x.(*js.DotExpr); ok && len(w.netV) > 0 && string(propData(d.Y)) == "onmessage" && w.netData(d.X) != "" {
			// socket.onmessage = e => …: the event carries what arrived
			w.markParams(n.Y)
		}
		if w.loaded(n.Y) && len(w.memberBinds) < 1000 {
			// exports.run = require("child_process").execSync
			if mod := w.moduleOf(n.Y); mod != "" && significant(mod) {
				w.plainMembers = true
				key := w.dotted(x, 0)
				w.plainMembers = false
				if w.memberBinds == nil {
					w.memberBinds = map[string]string{}
				}
				w.memberBinds[key] = mod
			}
		}
		if !w.collect {
			w.arrayWritten(x)
			return
		}
		d := normCallee(w.dotted(x, 0))
		if notableAssign(d) && len(w.f.Assigns) < w.lim.MaxFacts {
			off := w.offsetOfExpr(x)
			a := Assign{Target: d, Pos: w.s.pos(off), Snippet: w.s.excerpt(off)}
			switch {
			case strings.HasSuffix(d, ".to") || strings.HasSuffix(d, ".data"):
				if v, ok := w.fold(n.Y, 0); ok && len(v.s) <= 256 {
					a.Value = v.s
				}
			case strings.HasSuffix(d, ".src") || strings.HasSuffix(d, ".href"):
				// where an image or a link makes the page send
				// (link.href = "https://…/c.php?pl=" + data)
				if v, ok := w.fold(n.Y, 0); ok && len(v.s) <= 512 {
					a.Value = v.s
				} else if sh, ok := w.shape(n.Y); ok && len(sh) <= 512 {
					a.Value = sh
				}
			}
			w.f.Assigns = append(w.f.Assigns, a)
		}
	}
}

func notableAssign(d string) bool {
	last := d
	if i := strings.LastIndexByte(d, '.'); i >= 0 {
		last = d[i+1:]
	}
	switch last {
	case "fetch", "open", "send", "setRequestHeader", "ethereum", "_compile", "_load", "request", "sendTransaction", "signTransaction", "solana", "onsubmit", "value", "src", "href", "innerHTML", "exports", "PATH", "NODE_OPTIONS",
		"to": // a transaction's recipient (tx.to = attacker)
		return true
	}
	return strings.HasPrefix(d, "process.env.") || LoaderHook(d) || d == "module.prototype.require" || d == "module.Module.prototype.require" ||
		strings.HasPrefix(d, "require.cache") // a module planted in the loader's cache
}

// LoaderHook reports an assignment target through which code runs inside
// every module loaded after it: Module.prototype._compile, Module.wrap,
// require.extensions[".js"].
func LoaderHook(d string) bool {
	return strings.HasSuffix(d, "._compile") || d == "module.wrap" || d == "module.Module.wrap" ||
		strings.HasPrefix(d, "require.extensions.") || strings.HasPrefix(d, "module._extensions.") || strings.HasPrefix(d, "module.Module._extensions.")
}

// injectedCode analyses, in a file that hooks the module loader, the
// constant strings that read as JavaScript: what the hook splices into
// the modules it compiles runs there.
func (w *walker) injectedCode() {
	if w.lim.nested >= 2 || !slices.ContainsFunc(w.f.Assigns, func(a Assign) bool { return LoaderHook(a.Target) }) {
		return
	}
	n := 0
	for i, end := 0, len(w.f.Strings); i < end && n < 8; i++ {
		st := w.f.Strings[i]
		if LooksLikeCode(st.Value) && w.newPayload(st.Value) {
			w.merge(st.Value, st.Decoded, true, st.Pos.Off)
			n++
		}
	}
}

// call records a call of interest and walks its parts.
func (w *walker) call(calleeExpr js.IExpr, args []js.Arg, isNew bool) {
	printing := w.printing // a call inside a printed argument is not printing
	w.printing = false
	if !isNew {
		var extra []js.Arg
		calleeExpr, args, extra = indirectCall(calleeExpr, args)
		for _, a := range extra {
			w.expr(a.Value, nil)
		}
	}
	w.bindGlobalParams(calleeExpr, args)
	if v, ok := calleeExpr.(*js.Var); ok && w.collect && w.cmdWrappers != nil {
		if c := w.cmdWrappers[canon(v)]; c != nil && !w.synthetic {
			// git("push", url): the process the wrapper starts, with
			// this call's arguments
			if spawn, sargs, ok := c.call(args); ok {
				w.synthetic = true
				w.call(spawn, sargs, false)
				w.synthetic = false
			}
		}
	}
	if !w.collect {
		if dot, ok := calleeExpr.(*js.DotExpr); ok && mutators[string(propData(dot.Y))] {
			if v := rootVar(dot.X); v != nil {
				w.written(v) // T.push(x), T.reverse()
			}
		}
		w.pushed(calleeExpr, args)
		w.envArgument(calleeExpr, args)
		w.decodedThen(calleeExpr, args)
		w.learnModParams(calleeExpr, args)
	} else if v, ok := calleeExpr.(*js.Var); ok && w.funcDepth == 0 && len(w.loopFuncs) > 0 && w.loopFuncs[canon(v)] && len(w.f.Loops) < 1000 {
		// the endless loop runs at module level through this call
		off := w.locate(string(v.Name()))
		w.f.Loops = append(w.f.Loops, Loop{TopLevel: true, Pos: w.s.pos(off), Snippet: w.s.excerpt(off)})
	}
	if w.collect && len(args) > 0 && keptBy(calleeExpr) {
		for _, a := range args {
			if typedKey(a.Value, 0) {
				w.addMember(KeyBuffer, w.cur)
				break
			}
		}
	}
	callee := normCallee(w.dotted(calleeExpr, 0))
	if callee != "Function" && w.isFunctionCtor(calleeExpr, 0) {
		callee = "Function"
	}
	if !w.collect && (callee == "String.fromCharCode" || callee == "String.fromCodePoint") {
		w.learnDecoder("maps character codes", true)
	}
	if !w.collect && len(w.enclosing) > 0 {
		// a function reading character codes and making bytes of what it
		// computes from them: a decoder of its own (Ascii85, base32)
		top := &w.enclosing[len(w.enclosing)-1]
		switch {
		case strings.HasSuffix(callee, ".charCodeAt"), strings.HasSuffix(callee, ".codePointAt"):
			top.codes = true
		case top.codes && callee == "Buffer.from" && len(args) > 0:
			if _, lit := args[0].Value.(*js.LiteralExpr); !lit {
				w.learnDecoder("turns character codes into bytes", true)
			}
		}
	}
	switch callee {
	case "globalThis[]", "global[]", "window[]", "self[]":
		// globalThis[k]("…code…") with a key computed at run time (found
		// by scanning the global's names): a string of code handed to
		// some global function is eval's
		if len(args) > 0 {
			if v, ok := w.fold(args[0].Value, 0); ok && len(v.s) >= 8 && strings.IndexByte(v.s, '(') >= 0 {
				callee = "eval"
			}
		}
	}
	if len(args) >= 2 && strings.HasSuffix(callee, ".post") {
		// session.post("Runtime.evaluate", {expression: code}): the
		// inspector protocol evaluating code in this process
		if m, ok := w.fold(args[0].Value, 0); ok && (m.s == "Runtime.evaluate" || m.s == "Runtime.compileScript") {
			if e := objectProp(args[1].Value, "expression"); e != nil {
				callee, args = InspectorEval, []js.Arg{{Value: e}}
			}
		}
	}
	if isNew && callee == "worker_threads.Worker" && len(args) >= 2 && evalOption(args[1].Value) {
		// new Worker(code, {eval: true}) runs code, not a file
		callee = "worker_threads.Worker.eval"
	}
	if callee == "Object.assign" && len(args) >= 2 && len(w.globalMods) < 8 {
		switch w.dotted(args[0].Value, 0) {
		case "global", "globalThis", "window", "self":
			for _, a := range args[1:] {
				if mod := w.moduleOf(a.Value); mod != "" && trackedModules[mod] {
					w.globalMods = append(w.globalMods, mod)
				}
			}
		}
	}
	if w.collect {
		last := callee
		if i := strings.LastIndexByte(callee, '.'); i >= 0 {
			last = callee[i+1:]
		}
		off := -1 // located when a fact needs it
		at := func() int {
			if off < 0 {
				off = w.locateCall(last, args)
			}
			return off
		}
		w.obfuscatorCall(calleeExpr, args)
		// import("data:text/javascript;base64,…") runs the code in the URL
		var data *Arg
		if callee == "import" && len(args) > 0 {
			if v, ok := w.fold(args[0].Value, 0); ok {
				if code, enc, ok := dataURLCode(v.s); ok {
					data = &Arg{Value: clip(code, 8192), Known: true, Decoded: enc || v.decoded}
					w.payload(code, data.Decoded, at())
				}
			}
		}
		if isRequire(callee) || callee == "import" {
			if len(args) > 0 {
				if tpl, ok := args[0].Value.(*js.TemplateExpr); ok && tpl.Tag == nil && len(tpl.List) == 0 {
					w.addImport(strings.TrimPrefix(templateText(tpl.Tail), "node:"), false, callee == "import", w.cur)
				} else if l, ok := args[0].Value.(*js.LiteralExpr); ok && l.TokenType == js.StringToken {
					w.addImport(modName(l.Data), false, callee == "import", w.s.offsetOf(l.Data))
				} else if v, ok := w.crossFold(args[0].Value); ok {
					w.addImport(strings.TrimPrefix(v.s, "node:"), true, callee == "import", at())
					w.addString(v.s, v.decoded, at())
				} else {
					// require(path.join(__dirname, "man", "macros.1")):
					// the package file it names, by its shape
					mod := ""
					if c, ok := args[0].Value.(*js.CallExpr); ok && isPathJoin(normCallee(w.dotted(c.X, 0))) {
						if p := w.pathArg(args[:1]); strings.HasPrefix(p, Hole+"/") {
							mod = p
						}
					} else if v, ok := args[0].Value.(*js.Var); ok {
						// const FILE = path.join(__dirname, "..", "data.snap"); require(FILE)
						if p := w.pathVars[canon(v)]; strings.HasPrefix(p, Hole+"/") {
							mod = p
						}
					}
					n := len(w.f.Imports)
					w.addImport(mod, true, callee == "import", at())
					if mod == "" && len(w.f.Imports) > n {
						// require(inflate(MOD)): the name comes out of a decoder
						w.f.Imports[n].Decodes = w.decodes(args[0].Value, 0)
					}
				}
			}
		}
		// A bare call names a variable: it is a sender when that very
		// function is. Methods and members (obj.send, exports.send) have
		// only their name to go by.
		var sender bool
		if v, ok := calleeExpr.(*js.Var); ok {
			sender = w.senderVars[canon(v)] || len(args) > 0 && w.forwarders[canon(v)] && w.constantHost(args[0].Value)
		} else {
			sender = w.senders[last]
		}
		if (interesting(callee) || sender) && len(w.f.Calls) < w.lim.MaxFacts {
			c := Call{Callee: callee, New: isNew, TopLevel: w.funcDepth == 0, Sender: sender, Spelled: spelledKey(calleeExpr), Pos: w.s.pos(at()), Snippet: w.s.excerpt(at())}
			if strings.HasPrefix(callee, "child_process.") && len(args) > 0 {
				// exec(Buffer.from(req.headers["x-cmd"], "hex").toString())
				c.FromRequest = w.reqData(args[0].Value)
			}
			if data != nil {
				// code, not a module: recorded as what it runs
				c.Callee = DataImport
				c.Args = append(c.Args, *data)
			}
			// import("data:text/javascript;base64," + built): code made at
			// run time, run as a module
			dynData := data == nil && callee == "import" && len(args) > 0 && w.jsDataURL(args[0].Value)
			if dynData {
				c.Callee = DataImport
			}
			sink := (isCodeSink(callee) || data != nil || dynData) && len(args) > 0
			if sink {
				for _, a := range args {
					if p, ok := w.fileData(a.Value); ok {
						if p == "" {
							p = Hole // a file, though nothing of its path is constant
						}
						c.FileArg = p
						break
					}
				}
			}
			// a module name, command or code may be split over files
			w.crossFile = isCodeSink(callee) || strings.HasPrefix(callee, "child_process.")
			for i, a := range args {
				if i >= 6 || data != nil {
					break
				}
				arg := w.arg(a.Value)
				if i <= 1 && strings.HasPrefix(callee, "child_process.") && clipped(arg) {
					arg = w.argN(a.Value, spawnClip)
				}
				if (sink || i <= 1 && strings.HasPrefix(callee, "child_process.")) && !arg.Known {
					arg.Decodes = w.decodes(a.Value, 0)
				}
				if c.NetArg == "" && !arg.Func {
					c.NetArg = w.netData(a.Value)
				}
				if i == 0 && !arg.Known && arg.Shape == "" && deletes(callee) {
					// fs.rmSync(path.join(root, ".git", "objects")): what
					// is deleted, as far as it is constant
					if p := w.pathArg(args[:1]); p != "" && p != Hole {
						arg.Shape = p
					}
				}
				c.Args = append(c.Args, arg)
			}
			w.crossFile = false
			w.f.Calls = append(w.f.Calls, c)
		} else if len(w.f.Calls) >= w.lim.MaxFacts {
			w.f.Truncated = true
		}
		w.references(last, calleeExpr, args, at)
		// decode helpers: record their folded result as a string
		if v, ok := w.foldCall(calleeExpr, args, 0); ok {
			w.addString(v.s, v.decoded, at())
		}
		// the whole environment handed to a function of another module
		// of the package (which may send it: see Facts.ModuleCalls); the
		// arguments are walked after this, so the file's text says
		// whether it could be there
		if w.collect && len(args) > 0 && len(w.f.ModuleCalls) < 64 && w.mayCarry() {
			w.moduleCall(callee, calleeExpr, args, at)
		}
		// the whole environment, or one variable of it, in what a
		// request sends
		if len(args) > 0 && (w.sends(callee, calleeExpr) || w.shellSends(callee, args)) {
			if w.collect && w.dataSeen() && len(w.f.FileSends) < 64 {
				// a secret file's content or a command's output in it
				for _, a := range args {
					if p := w.secretData(a.Value); p != "" {
						w.f.FileSends = append(w.f.FileSends, FileSend{File: p, Callee: callee, Pos: w.s.pos(at()), Snippet: w.s.excerpt(at())})
						break
					}
				}
			}
			for _, a := range args {
				if w.carriesEnv(a.Value) {
					w.addEnv("", "sent:"+callee, at())
					break
				}
			}
			for _, a := range args {
				if name, ok := w.envVarIn(a.Value); ok {
					w.addEnv(name, "sent:"+callee, at())
					break
				}
			}
		}
		// code written to a file (a script dropped in the temp dir, a
		// module NODE_OPTIONS will --require) runs later: analyse it
		if len(args) >= 2 && w.lim.nested < 2 && writesFile(callee) {
			if v, ok := w.fold(args[1].Value, 0); ok {
				if LooksLikeCode(v.s) && w.newPayload(v.s) {
					w.merge(v.s, v.decoded, false, at())
				}
			} else if b, ok := args[1].Value.(*js.BinaryExpr); ok && b.Op == js.AddToken {
				// src + "\n" + inject: the constant code appended to a
				// file read at run time (another package's entry point)
				for _, part := range flattenAdd(b) {
					if v, ok := w.fold(part, 0); ok && LooksLikeCode(v.s) && w.newPayload(v.s) {
						w.merge(v.s, v.decoded, false, at())
					}
				}
			}
		}
		// code a build plugin puts into the bundles it emits runs in the
		// pages built with it: analyse it like code written to a file
		if len(args) > 0 && w.lim.nested < 2 && BuildSink(callee) {
			for _, a := range args {
				if code, dec, ok := w.codeOf(a.Value); ok && len(code) >= 64 && LooksLikePageCode(code) && w.newPayload(code) {
					w.merge(code, dec, false, at())
				}
			}
		}
		// path.join(os.homedir(), ".ssh", "id_rsa") names "${…}/.ssh/id_rsa"
		if len(args) >= 2 && isPathJoin(callee) {
			if p, ok := w.joinedPath(args); ok {
				w.addString(p, false, at())
			}
		}
		// code decoded at run time and handed to eval/Function/vm: analyse
		// the payload too, so what it requires and runs is seen
		if isCodeSink(callee) && len(args) > 0 && w.lim.nested < 2 {
			// the code is Function's last argument, everyone else's first;
			// a constant string of code is analysed like a decoded one
			code := args[0].Value
			if callee == "Function" {
				code = args[len(args)-1].Value
			}
			if !w.ranSource && w.decodes(code, 0) == SourceText {
				w.ranSource = true
				w.commentCode(at())
			}
			w.crossFile = true // the code may be another module's export
			v, ok := w.fold(code, 0)
			w.crossFile = false
			if ok && len(v.s) >= 8 && (v.decoded || strings.IndexByte(v.s, '(') >= 0) && w.newPayload(v.s) {
				if callee == "Function" || callee == "vm.compileFunction" {
					// a function body: return is allowed there, and a
					// parameter may be require under another name
					prefix := ""
					for _, a := range w.requireAliases[&args[0]] {
						prefix += "const " + a + " = require;\n"
					}
					wrap := "(function () {\n"
					if strings.Contains(v.s, "await") {
						// the AsyncFunction constructor's body may await
						wrap = "(async function () {\n"
					}
					v.s = wrap + prefix + v.s + "\n})"
				}
				if callee == "worker_threads.Worker.eval" && !v.decoded {
					// an inline worker written in plain text: its requires
					// are what any worker file's are, not hidden ones
					w.merge(v.s, false, false, at())
				} else {
					w.mergePayload(v.s, v.decoded, at())
				}
			}
		}
		// spawn(process.execPath, ["-e", code]): node runs the string
		if w.lim.nested < 2 && len(args) >= 2 {
			if code, ok := w.nodeEval(callee, args); ok && w.newPayload(code) {
				w.mergePayload(code, false, at())
			}
		}
	}
	netCallee := w.isNetCallee(callee)
	// (in both passes: constant arrays index only in the second, so a
	// host kept in one is known there, for the calls that follow)
	if netCallee && len(args) > 0 && len(w.enclosing) > 0 {
		// function req(url, opts, body) { https.request(url, …) }: a
		// request helper; a call of it with a constant URL is a request
		if v, ok := args[0].Value.(*js.Var); ok && canon(v).Decl == js.ArgumentDecl {
			if fn := w.enclosing[len(w.enclosing)-1]; fn.v != nil && len(w.forwarders) < 1000 {
				w.forwarders[canon(fn.v)] = true
			}
		}
	}
	if (netCallee || callee == "XMLHttpRequest.open" || strings.HasSuffix(callee, ".open")) && len(args) > 0 {
		for _, a := range args[:min(2, len(args))] {
			if w.constantHost(a.Value) {
				for _, fn := range w.enclosing {
					if fn.name != "" {
						w.senders[fn.name] = true
					}
					if fn.v != nil {
						w.senderVars[canon(fn.v)] = true
					}
				}
			}
		}
	}
	// callbacks of network calls receive responses
	if netCallee {
		for _, a := range args {
			w.markParams(a.Value)
		}
	}
	if dot, ok := unwrapDot(calleeExpr); ok {
		switch string(propData(dot.Y)) {
		case "then":
			if w.isNetCall(dot.X) || w.netData(dot.X) != "" {
				for _, a := range args {
					w.markParams(a.Value)
				}
			} else if w.envCallback(dot.X, args) {
				// collect().then(env => send(env)): the callback gets what
				// the promise holds
			} else if w.collect && w.handOn(dot.X, args, func() int { return w.locateCall("then", args) }) {
				// load().then(warm): a function handed what it holds
			} else if isImportCall(dot.X) && len(args) > 0 {
				// import("child_process").then(cp => cp.exec(...))
				if p := funcParams(args[0].Value); p != nil && len(p.List) > 0 {
					if mod := w.moduleOf(dot.X); mod != "" {
						w.bindModule(p.List[0].Binding, mod)
					}
				}
			}
		case "forEach", "map", "flatMap":
			// parts.forEach((p, i) => https.get(u + p)): each element of
			// what carries the environment (its encoded chunks)
			w.envCallback(dot.X, args)
		case "emit":
			w.emitted(args)
		case "on", "once", "addListener", "addEventListener", "prependListener":
			w.listens(args)
			// res.on("data", chunk => ...): the chunks are network data
			if w.netData(dot.X) != "" {
				for _, a := range args {
					w.markParams(a.Value)
				}
			}
		}
	}
	if w.collect && len(args) == 1 {
		// Object.keys(process.env).filter(k => /^debug_/i.test(k)): the
		// inner call reads only the names the test selects
		if dot, ok := unwrapDot(calleeExpr); ok && string(propData(dot.Y)) == "filter" {
			if inner, ok := dot.X.(*js.CallExpr); ok && len(inner.Args.List) > 0 {
				if test, ok := envKeyFilter(args[0].Value); ok {
					w.envFilter, w.envFilterArg = test, &inner.Args.List[0]
				}
			}
		}
	}
	if w.funcDepth == 0 && isFuncLiteral(calleeExpr) {
		w.inIIFE = true
		w.expr(calleeExpr, nil)
		w.inIIFE = false
	} else {
		w.expr(calleeExpr, nil)
	}
	prints := w.collect && printsArgs(callee)
	if w.collect && callee == "JSON.stringify" && len(args) > 0 {
		// JSON.stringify({h: os.hostname(), env: process.env}): the
		// environment serialised with the rest (as options of a child
		// process it stays an object)
		if o, ok := args[0].Value.(*js.ObjectExpr); ok && w.envProperty(o) {
			w.addEnv("", "arg:JSON.stringify", w.cur)
		}
	}
	if w.synthetic {
		// a wrapper's call made again with its process call: the
		// arguments are walked where they are written
		w.printing = printing
		return
	}
	for i, a := range args {
		if w.collect && w.isEnvObject(a.Value) {
			switch {
			case callee == "Object.assign" && i == 0:
				// Object.assign(process.env, defaults) writes to it
			case &args[i] == w.envFilterArg:
				w.addEnv("", "filter:"+w.envFilter, w.cur)
			case isNew:
				w.addEnv("", "arg:new "+callee, w.cur)
			default:
				w.addEnv("", "arg:"+callee, w.cur)
			}
			continue
		}
		w.printing = prints && plainText(a.Value)
		w.expr(a.Value, nil)
		w.printing = false
	}
	w.printing = printing
}

// envKeyFilter returns what a filter callback over environment variable
// names tests them against: the source of /^debug_/i in k =>
// /^debug_/i.test(k), or "STORYBOOK_" in k => k.startsWith("STORYBOOK_")
// (also indexOf, includes, endsWith, match); ok is false for any other
// callback.
func envKeyFilter(cb js.IExpr) (string, bool) {
	_, e := singleReturn(cb)
	return envKeyTest(e)
}

// loopKeyFilter is envKeyFilter for a loop over the names whose body is,
// or starts with, an if testing the name.
func loopKeyFilter(body js.IStmt) (string, bool) {
	if b, ok := body.(*js.BlockStmt); ok && len(b.List) > 0 {
		body = b.List[0]
	}
	if i, ok := body.(*js.IfStmt); ok {
		return envKeyTest(i.Cond)
	}
	return "", false
}

// envKeyTest returns what an expression tests a name against (see
// envKeyFilter).
func envKeyTest(e js.IExpr) (string, bool) {
	if b, ok := e.(*js.BinaryExpr); ok {
		e = b.X // k.indexOf("X") === 0
	}
	call, ok := e.(*js.CallExpr)
	if !ok {
		return "", false
	}
	dot, ok := call.X.(*js.DotExpr)
	if !ok {
		return "", false
	}
	switch string(propData(dot.Y)) {
	case "test":
		if l, ok := dot.X.(*js.LiteralExpr); ok && l.TokenType == js.RegExpToken {
			return string(l.Data), true
		}
	case "startsWith", "endsWith", "indexOf", "includes", "match":
		if len(call.Args.List) == 1 {
			if l, ok := call.Args.List[0].Value.(*js.LiteralExpr); ok && (l.TokenType == js.StringToken || l.TokenType == js.RegExpToken) {
				return string(l.Data), true
			}
		}
	}
	return "", false
}

// printsArgs reports a callee that writes its arguments to the console.
func printsArgs(callee string) bool {
	switch callee {
	case "console.log", "console.error", "console.warn", "console.info", "console.debug", "process.stdout.write", "process.stderr.write":
		return true
	}
	return false
}

// plainText reports a string literal or a template without substitutions.
func plainText(e js.IExpr) bool {
	switch n := e.(type) {
	case *js.LiteralExpr:
		return n.TokenType == js.StringToken
	case *js.TemplateExpr:
		return n.Tag == nil && len(n.List) == 0
	}
	return false
}

func isPathJoin(callee string) bool {
	switch callee {
	case "path.join", "path.resolve", "path.posix.join", "path.win32.join", "path.posix.resolve", "path.win32.resolve":
		return true
	}
	return false
}

// joinedPath renders path.join's arguments joined by "/", each run-time
// part as Hole; ok when at least two parts are constant.
func (w *walker) joinedPath(args []js.Arg) (string, bool) {
	p := w.joinedPathN(args, 2)
	return p, p != ""
}

// joinedPathN is joinedPath with at least known parts known; "" if fewer.
func (w *walker) joinedPathN(args []js.Arg, least int) string {
	var sb strings.Builder
	known := 0
	for i, a := range args {
		if i > 0 {
			sb.WriteByte('/')
		}
		if v, ok := w.fold(a.Value, 1); ok && !v.num {
			sb.WriteString(v.s)
			known++
		} else if p := w.pathVar(a.Value); p != "" {
			// path.join(dir, name), dir = path.join(os.homedir(), ".ssh")
			sb.WriteString(p)
			known += 2
		} else if w.homeDir(a.Value) {
			// the home directory is somewhere to look for a file
			sb.WriteString(Hole)
			known++
		} else if v, ok := a.Value.(*js.Var); ok && w.loopVals[canon(v)] != "" {
			sb.WriteString(w.loopVals[canon(v)])
			known++
		} else {
			sb.WriteString(Hole)
		}
		if sb.Len() > 1024 {
			return ""
		}
	}
	if known < least {
		return ""
	}
	return sb.String()
}

// joinIn returns the path.join (or path.resolve) call a declaration's
// value is, or falls back to, or is cut from: process.env.KUBECONFIG ||
// path.join(os.homedir(), ".kube", "config"), (…).split(path.delimiter)[0].
// nil if none.
func (w *walker) joinIn(e js.IExpr) *js.CallExpr {
	for range 8 {
		switch n := e.(type) {
		case *js.CallExpr:
			if isPathJoin(normCallee(w.dotted(n.X, 0))) {
				return n
			}
			d, ok := n.X.(*js.DotExpr)
			if !ok {
				return nil
			}
			e = d.X // (…).split(path.delimiter)
		case *js.GroupExpr:
			e = n.X
		case *js.IndexExpr:
			e = n.X
		case *js.BinaryExpr:
			if n.Op != js.OrToken && n.Op != js.NullishToken {
				return nil
			}
			e = n.Y // the fallback
		default:
			return nil
		}
	}
	return nil
}

// homeDir reports the user's directories where credentials are kept or
// the working directory: os.homedir(), process.cwd(), process.env.HOME
// (USERPROFILE, APPDATA, LOCALAPPDATA), or a variable initialised with
// one.
func (w *walker) homeDir(e js.IExpr) bool {
	switch n := e.(type) {
	case *js.CallExpr:
		if len(n.Args.List) == 0 {
			c := normCallee(w.dotted(n.X, 0))
			return c == "os.homedir" || c == "process.cwd"
		}
	case *js.DotExpr:
		switch string(propData(n.Y)) {
		case "HOME", "USERPROFILE", "APPDATA", "LOCALAPPDATA":
			return w.isEnvMember(n.X)
		}
	case *js.Var:
		return len(w.homeV) > 0 && w.homeV[canon(n)]
	}
	return false
}

// pathVar is the path a variable initialised with path.join holds (see
// walker.pathVars), "" if e is no such variable.
func (w *walker) pathVar(e js.IExpr) string {
	if v, ok := e.(*js.Var); ok && len(w.pathVars) > 0 {
		return w.pathVars[canon(v)]
	}
	return ""
}

// obfuscatorCall counts the two calls obfuscator output is made of
// whatever it names things: a.push(a.shift()) and decoder(0x1b3).
func (w *walker) obfuscatorCall(callee js.IExpr, args []js.Arg) {
	if len(args) == 0 {
		return
	}
	if _, ok := callee.(*js.Var); ok {
		for _, a := range args {
			if l, ok := a.Value.(*js.LiteralExpr); !ok || l.TokenType != js.HexadecimalToken {
				return
			}
		}
		w.f.Idents.HexCalls++
		return
	}
	if len(args) != 1 || propOf(callee) != "push" {
		return
	}
	inner, ok := args[0].Value.(*js.CallExpr)
	if !ok || len(inner.Args.List) != 0 || propOf(inner.X) != "shift" {
		return
	}
	if a, b := rootVar(callee), rootVar(inner.X); a != nil && b != nil && canon(a) == canon(b) {
		w.f.Idents.Rotations++
	}
}

// propOf returns the property a member expression reads (x.p or x["p"]),
// as a view for comparing: it must not be kept.
func propOf(e js.IExpr) string {
	switch n := e.(type) {
	case *js.DotExpr:
		return view(propData(n.Y))
	case *js.IndexExpr:
		if l, ok := n.Y.(*js.LiteralExpr); ok && l.TokenType == js.StringToken {
			return literalView(l.Data)
		}
	}
	return ""
}

// indirectCall turns f.call(this, a, b), f.apply(this, [a, b]) and
// Reflect.apply(f, this, [a, b]) into a call of f with (a, b), and
// Reflect.construct(F, [a, b]) into one of F; extra are
// the parts dropped (the this argument), still to be walked.
func indirectCall(callee js.IExpr, args []js.Arg) (js.IExpr, []js.Arg, []js.Arg) {
	d, ok := callee.(*js.DotExpr)
	if !ok {
		return callee, args, nil
	}
	if x, ok := d.X.(*js.Var); ok && string(x.Name()) == "Reflect" {
		if string(propData(d.Y)) == "apply" && len(args) == 3 {
			if arr, ok := args[2].Value.(*js.ArrayExpr); ok {
				return args[0].Value, elementsAsArgs(arr), args[1:2]
			}
		}
		if string(propData(d.Y)) == "construct" && len(args) >= 2 {
			// Reflect.construct(Function, ["code"]) is new Function("code")
			if arr, ok := args[1].Value.(*js.ArrayExpr); ok {
				return args[0].Value, elementsAsArgs(arr), args[2:]
			}
		}
		return callee, args, nil
	}
	if inner, ok := d.X.(*js.DotExpr); ok && len(args) > 0 && string(propData(d.Y)) == "call" && string(propData(inner.Y)) == "call" {
		// Function.prototype.call.call(f, this, a) is f(a)
		return args[0].Value, args[min(2, len(args)):], args[1:min(2, len(args))]
	}
	switch string(propData(d.Y)) {
	case "call":
		if len(args) == 0 {
			return d.X, nil, nil
		}
		return d.X, args[1:], args[:1]
	case "apply":
		if len(args) == 2 {
			if arr, ok := args[1].Value.(*js.ArrayExpr); ok {
				return d.X, elementsAsArgs(arr), args[:1]
			}
		} else if len(args) < 2 {
			return d.X, nil, args
		}
	}
	return callee, args, nil
}

// commaLast returns the callee a compiler's (0, fs_1.readFileSync) calls:
// the last of a parenthesised comma list; e itself otherwise.
func commaLast(e js.IExpr) js.IExpr {
	if g, ok := e.(*js.GroupExpr); ok {
		if c, ok := g.X.(*js.CommaExpr); ok && len(c.List) > 0 {
			return c.List[len(c.List)-1]
		}
	}
	return e
}

func unwrapDot(e js.IExpr) (*js.DotExpr, bool) {
	d, ok := e.(*js.DotExpr)
	return d, ok
}

func (w *walker) markParams(e js.IExpr) {
	if p := funcParams(e); p != nil {
		w.pending[p] = true
	}
}

// isImportCall reports a dynamic import(...).
func isImportCall(e js.IExpr) bool {
	c, ok := e.(*js.CallExpr)
	if !ok {
		return false
	}
	l, ok := c.X.(*js.LiteralExpr)
	return ok && l.TokenType == js.ImportToken
}

// funcParams returns the parameters of a function expression, else nil.
func funcParams(e js.IExpr) *js.Params {
	switch f := e.(type) {
	case *js.ArrowFunc:
		return &f.Params
	case *js.FuncDecl:
		return &f.Params
	case *js.GroupExpr:
		return funcParams(f.X)
	}
	return nil
}

// bindModule binds a parameter or destructuring pattern to a module: m,
// or {exec} as m.exec.
func (w *walker) bindModule(b js.IBinding, mod string) {
	switch t := b.(type) {
	case *js.Var:
		w.setBinding(t, mod)
	case *js.BindingObject:
		w.eachKey(t, func(v *js.Var, key string) { w.setBinding(v, mod+"."+key) })
	}
}

// eachKey calls fn for each plain variable of a destructuring pattern with
// the property it takes: {exec: run} gives run and "exec".
func (w *walker) eachKey(t *js.BindingObject, fn func(v *js.Var, key string)) {
	for _, item := range t.List {
		v, ok := item.Value.Binding.(*js.Var)
		if !ok {
			continue
		}
		key := string(v.Name())
		switch {
		case item.Key != nil && item.Key.IsComputed():
			// { ["exe" + "cSync"]: run }
			k, ok := w.fold(item.Key.Computed, 0)
			if !ok || k.num {
				continue
			}
			key = k.s
		case item.Key != nil:
			key = literalName(item.Key.Literal.Data)
		}
		fn(v, key)
	}
}

func (w *walker) isNetCall(e js.IExpr) bool {
	for {
		switch n := e.(type) {
		case *js.UnaryExpr:
			if n.Op != js.AwaitToken {
				return false
			}
			e = n.X
			continue
		case *js.GroupExpr:
			e = n.X
			continue
		case *js.NewExpr:
			// new WebSocket(url), new net.Socket(), new EventSource(url)
			// (every new X() of a file is asked: names first)
			if v, ok := n.X.(*js.Var); ok && (string(v.Name()) == "WebSocket" || string(v.Name()) == "EventSource") {
				return true
			}
			if g, ok := n.X.(*js.GroupExpr); ok {
				// new (require("ws"))(url)
				m := w.moduleOf(g.X)
				return m != "" && w.isNetCallee(normCallee(m))
			}
			if !w.mayNetCallee(n.X) {
				return false
			}
			c := normCallee(w.dotted(n.X, 0))
			return c == "WebSocket" || c == "EventSource" || w.isNetCallee(c)
		case *js.CallExpr:
			if v, ok := n.X.(*js.Var); ok && len(w.netFuncs) > 0 && w.netFuncs[canon(v)] {
				return true // a function of this file that returns a response
			}
			c := normCallee(w.dotted(n.X, 0))
			if w.isNetCallee(c) {
				return true
			}
			// x.then(...).then(...), res.json()
			if d, ok := n.X.(*js.DotExpr); ok {
				e = d.X
				continue
			}
		}
		return false
	}
}

func (w *walker) isNetCallee(c string) bool {
	if c == "fetch" || c == "axios" || c == "got" || c == "request" || c == "needle" || c == "superagent" {
		return true
	}
	root, rest, _ := strings.Cut(c, ".")
	if netModules[root] {
		switch {
		case rest == "", strings.HasPrefix(rest, "get"), strings.HasPrefix(rest, "request"), strings.HasPrefix(rest, "post"), strings.HasPrefix(rest, "fetch"), rest == "default",
			rest == "connect", rest == "createConnection", rest == "WebSocket", rest == "Socket":
			// a socket (net.connect, new WebSocket) delivers what it receives
			return true
		}
	}
	return false
}

// arg summarises one argument, its values clipped to 4 KiB.
func (w *walker) arg(e js.IExpr) Arg { return w.argN(e, argClip) }

// argClip bounds an argument's value in the facts; a process's command
// line keeps up to spawnClip (PowerShell's -EncodedCommand carries whole
// scripts, which rules decode).
const (
	argClip   = 4096
	spawnClip = 32 << 10
)

// argN is arg with values clipped to limit bytes.
func (w *walker) argN(e js.IExpr, limit int) Arg {
	var a Arg
	if v, ok := w.fold(e, 0); ok {
		a.Value, a.Known, a.Decoded = clip(v.s, limit), true, v.decoded
	} else if sh, ok := w.shape(e); ok {
		a.Shape = clip(sh, limit)
	}
	switch n := e.(type) {
	case *js.ArrowFunc, *js.FuncDecl:
		a.Func = true
		return a
	case *js.ArrayExpr:
		if len(n.List) <= 32 {
			for _, el := range n.List {
				if v, ok := w.fold(el.Value, 0); ok && !el.Spread {
					a.List = append(a.List, clip(v.s, limit))
				} else if sh, ok := w.shape(el.Value); ok && !el.Spread {
					// ["-c", `${bin} --data-binary @${f} ${dst}`]: the
					// command around its run-time parts
					a.List = append(a.List, clip(sh, limit))
				} else {
					a.List = append(a.List, Hole)
				}
			}
		}
	case *js.Var:
		// const args = ["-NoP", "-Enc", parts.join("")]: a constant
		// array held in a variable is listed like one written in place
		if arr, _, ok := w.foldArray(n, 0); ok && len(arr) <= 32 {
			for _, v := range arr {
				a.List = append(a.List, clip(v, limit))
			}
		}
	}
	w.names(e, &a.Names, 0)
	return a
}

// pipesToShell reports text that pipes into a shell or an interpreter
// (| sh, | /bin/bash, | iex): a template's constant part that ends a
// download-and-execute command line.
func pipesToShell(t string) bool {
	i := strings.IndexByte(t, '|')
	if i < 0 {
		return false
	}
	rest := strings.TrimLeft(t[i+1:], " ")
	for _, sh := range []string{"sh", "bash", "zsh", "/bin/", "/usr/bin/", "iex", "node", "python"} {
		if strings.HasPrefix(rest, sh) {
			return true
		}
	}
	return pipesToShell(t[i+1:])
}

// Hole stands for a run-time value in an argument's Shape.
const Hole = "${…}"

// shape renders a template literal or a + chain that does not fold with
// its run-time parts as Hole: `curl -d "${…}" https://x.example`. ok is
// false for anything else or when the constant text is too thin to say
// anything (under 4 bytes).
func (w *walker) shape(e js.IExpr) (string, bool) {
	for {
		g, ok := e.(*js.GroupExpr)
		if !ok {
			break
		}
		e = g.X
	}
	var sb strings.Builder
	known := 0
	part := func(x js.IExpr) {
		v, ok := w.fold(x, 1)
		if !ok {
			// a part with a shape of its own (base() + "/p", with base
			// returning `${proto}//host`) keeps it
			if sh, ok := w.shape(x); ok {
				sb.WriteString(sh)
				known += len(sh) - strings.Count(sh, Hole)*len(Hole)
				return
			}
			sb.WriteString(Hole)
			return
		}
		sb.WriteString(v.s)
		if !v.num {
			known += len(v.s)
		}
	}
	switch n := e.(type) {
	case *js.Var:
		if len(w.shapeVars) > 0 {
			if sh, ok := w.shapeVars[canon(n)]; ok {
				return sh, true
			}
		}
		return "", false
	case *js.TemplateExpr:
		if n.Tag != nil {
			return "", false
		}
		for _, p := range n.List {
			t := templateText(p.Value)
			sb.WriteString(t)
			known += len(t)
			part(p.Expr)
			if sb.Len() > maxFoldLen {
				return "", false
			}
		}
		t := templateText(n.Tail)
		sb.WriteString(t)
		known += len(t)
	case *js.BinaryExpr:
		if n.Op != js.AddToken {
			return "", false
		}
		ops := flattenAdd(n)
		if len(ops) > 256 {
			return "", false
		}
		for _, op := range ops {
			part(op)
			if sb.Len() > maxFoldLen {
				return "", false
			}
		}
	case *js.CallExpr:
		if v, isVar := n.X.(*js.Var); isVar {
			// host() with function host() { return proto + "//h" }: the
			// shape of what a helper returns
			fn := w.helperOf(v)
			if fn == nil || w.shaping >= 3 {
				return "", false
			}
			sh, shaped := "", false
			w.shaping++
			w.withParams(fn, n.Args.List, 1, func() { sh, shaped = w.shape(fn.ret) })
			w.shaping--
			return sh, shaped
		}
		// ["data:text", "javascript;base64," + b].join("/")
		arr, ok := arrayJoin(n)
		if !ok || len(arr.List) > 256 {
			return "", false
		}
		sep := ","
		if len(n.Args.List) == 1 {
			v, ok := w.fold(n.Args.List[0].Value, 1)
			if !ok {
				return "", false
			}
			sep = v.s
		}
		for i, el := range arr.List {
			if el.Spread || el.Value == nil {
				return "", false
			}
			if i > 0 {
				sb.WriteString(sep)
			}
			if sh, ok := w.shape(el.Value); ok {
				sb.WriteString(sh)
				known += len(sh) - strings.Count(sh, Hole)*len(Hole)
			} else {
				part(el.Value)
			}
			if sb.Len() > maxFoldLen {
				return "", false
			}
		}
	default:
		return "", false
	}
	return sb.String(), known >= 4
}

// arrayJoin returns the array literal a call joins ([a, b].join(sep)).
func arrayJoin(c *js.CallExpr) (*js.ArrayExpr, bool) {
	d, ok := c.X.(*js.DotExpr)
	if !ok || string(propData(d.Y)) != "join" || len(c.Args.List) > 1 {
		return nil, false
	}
	arr, ok := d.X.(*js.ArrayExpr)
	return arr, ok
}

// clipped reports an argument a value of which filled argClip.
func clipped(a Arg) bool {
	if len(a.Value) == argClip || len(a.Shape) == argClip {
		return true
	}
	return slices.ContainsFunc(a.List, func(s string) bool { return len(s) == argClip })
}

func clip(s string, n int) string {
	if len(s) > n {
		return s[:n]
	}
	return s
}

// names collects identifiers and property names in e (bounded).
func (w *walker) names(e js.IExpr, out *[]string, depth int) {
	if e == nil || depth > 8 || len(*out) >= 32 {
		return
	}
	switch n := e.(type) {
	case *js.Var:
		*out = append(*out, string(n.Name()))
	case *js.DotExpr:
		w.names(n.X, out, depth+1)
		if p := propName(n.Y); p != "" {
			*out = append(*out, p)
		}
	case *js.IndexExpr:
		w.names(n.X, out, depth+1)
		w.names(n.Y, out, depth+1)
	case *js.ObjectExpr:
		for _, p := range n.List {
			if p.Name != nil && !p.Name.IsComputed() {
				*out = append(*out, literalName(p.Name.Literal.Data))
			}
			w.names(p.Value, out, depth+1)
		}
	case *js.ArrayExpr:
		for _, el := range n.List {
			w.names(el.Value, out, depth+1)
		}
	case *js.CallExpr:
		w.names(n.X, out, depth+1)
		for _, a := range n.Args.List {
			w.names(a.Value, out, depth+1)
		}
	case *js.BinaryExpr:
		w.names(n.X, out, depth+1)
		w.names(n.Y, out, depth+1)
	case *js.TemplateExpr:
		for _, p := range n.List {
			w.names(p.Expr, out, depth+1)
		}
	case *js.GroupExpr:
		w.names(n.X, out, depth+1)
	case *js.UnaryExpr:
		w.names(n.X, out, depth+1)
	case *js.CondExpr:
		w.names(n.X, out, depth+1)
		w.names(n.Y, out, depth+1)
	}
}

func (w *walker) ident(v *js.Var) {
	w.f.Idents.Total++
	w.identName(v.Name())
}

// identName looks at one identifier's spelling (obfuscator names, mixed
// scripts, invisible fillers).
func (w *walker) identName(name []byte) {
	if i := bytes.Index(name, []byte("_0x")); i >= 0 && len(name) >= i+6 && isHex(name[i+3:i+6]) {
		if len(w.hexNames) == 0 {
			w.f.Idents.HexAfter = w.f.Idents.Total
		}
		if len(w.hexNames) < 100000 {
			w.hexNames[string(name)] = struct{}{}
		}
	}
	for _, c := range name {
		if c >= 0x80 {
			if mixedScript(string(name)) && len(w.mixed) < 50 {
				w.mixed[string(name)] = struct{}{}
			}
			w.hiddenName(name)
			break
		}
	}
}

func isHex(b []byte) bool {
	for _, c := range b {
		if !(c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F') {
			return false
		}
	}
	return len(b) > 0
}

func (w *walker) addImport(mod string, computed, dynamic bool, off int) {
	if len(w.f.Imports) >= w.lim.MaxFacts {
		w.f.Truncated = true
		return
	}
	if off < 0 {
		off = w.cur
	}
	w.f.Imports = append(w.f.Imports, Import{Module: mod, Computed: computed, Dynamic: dynamic, Pos: w.s.pos(off), Snippet: w.s.excerpt(off)})
}

func (w *walker) addString(s string, decoded bool, off int) {
	addString(w.f, w.s, w.strSeen, w.lim, s, decoded, w.printing, w.fromFile(s), off, w.cur)
	if len(s) >= 200 && len(s) <= 64<<10 && pageCode(s) && w.lim.nested < 2 && !w.f.Bundle() && w.newPayload(s) {
		// a script kept as text for a page to run (a build plugin's
		// injected tag, a browser automation's evaluate): its code is
		// read as the file's
		w.merge(s, decoded, false, off)
	}
	if len(s) > 32 && (s[0] == 'd' || s[0] == 'D') && !w.f.Bundle() {
		// an encoded data: URL of code, whatever imports it (a wrapper
		// of import(), a Worker): its code is read as the file's, as
		// plainly as code the file writes (SDKs ship their workers so)
		if code, enc, ok := dataURLCode(s); ok && enc && w.lim.nested < 2 && w.newPayload(code) {
			w.merge(code, false, false, off)
		}
	}
}

// pageCode reports text that reads as a script for a web page: a
// function that listens to the page's events or sends from it. Stricter
// than LooksLikePageCode, which judges text a build sink is handed: this
// text is read as code with no sink in sight.
func pageCode(s string) bool {
	return strings.Contains(s, "function") && (strings.Contains(s, "addEventListener(") || strings.Contains(s, "sendBeacon(")) &&
		strings.Contains(s, "document.")
}

// fromFile reports text of several lines taken from a package file the
// code reads (see Str.FromFile).
func (w *walker) fromFile(s string) bool {
	if len(w.fileTexts) == 0 || !strings.Contains(strings.TrimSpace(s), "\n") {
		return false
	}
	for _, t := range w.fileTexts {
		if strings.Contains(t, s) {
			return true
		}
	}
	return false
}

func addString(f *Facts, s *source, seen map[string]int, lim Limits, v string, decoded, printed, fromFile bool, off, cur int) {
	if len(v) < 3 {
		return
	}
	if off < 0 {
		off = cur
	}
	if len(v) >= 256 {
		blob(f, s, v, off)
	}
	key := v
	if len(key) > 256 {
		key = key[:256]
	}
	if i, dup := seen[key]; dup {
		if !printed {
			f.Strings[i].Printed = false // also used as a value
		}
		return
	}
	if len(f.Strings) >= lim.MaxFacts {
		f.Truncated = true
		return
	}
	seen[key] = len(f.Strings)
	st := Str{Value: clip(v, 8192), Decoded: decoded, Printed: printed, FromFile: fromFile, Pos: s.pos(off)}
	// snippets cost; keep them for strings rules may show (paths, URLs,
	// hosts, commands, decoded values)
	if decoded || strings.ContainsAny(v, "./\\: ") {
		st.Snippet = s.excerpt(off)
	}
	f.Strings = append(f.Strings, st)
	if !decoded && len(v) >= 64 {
		// (once per literal: a repeat is decoded no further)
		for _, t := range embeddedText(v) {
			addString(f, s, seen, lim, t, true, false, false, off, cur)
		}
	}
}

func (w *walker) addEnv(name, how string, off int) {
	if len(w.f.Env) >= w.lim.MaxFacts {
		return
	}
	w.f.Env = append(w.f.Env, EnvRead{Name: name, How: how, Pos: w.s.pos(off), Snippet: w.s.excerpt(off)})
	w.wholeEnv = w.wholeEnv || name == ""
}

// loop records constant-true loops.
func (w *walker) loop(cond js.IExpr, body js.IStmt, forever bool) {
	if !w.collect {
		// an endless loop directly in a named top-level function: a call
		// of that function at module level hangs the import (colors.js)
		if w.funcDepth == 1 && len(w.enclosing) > 0 && w.enclosing[len(w.enclosing)-1].v != nil &&
			(forever || w.alwaysTrue(cond)) && !hasExit(body, 0) {
			if w.loopFuncs == nil {
				w.loopFuncs = map[*js.Var]bool{}
			}
			w.loopFuncs[canon(w.enclosing[len(w.enclosing)-1].v)] = true
		}
		return
	}
	if !forever {
		forever = w.alwaysTrue(cond)
	}
	if !forever {
		return
	}
	off := w.locate("")
	if len(w.f.Loops) < 1000 {
		top := w.funcDepth == 0 || w.funcDepth == 1 && w.inIIFE
		w.f.Loops = append(w.f.Loops, Loop{TopLevel: top, HasExit: hasExit(body, 0), Pos: w.s.pos(off), Snippet: w.s.excerpt(off)})
	}
}

// deletes reports a callee that deletes the path it is given.
func deletes(callee string) bool {
	switch callee[strings.LastIndexByte(callee, '.')+1:] {
	case "rm", "rmSync", "rmdir", "rmdirSync", "unlink", "unlinkSync", "rimraf", "remove", "removeSync":
		return true
	}
	return false
}

// credHeaderMember returns the header a member name reads when it is a
// credential header's (authorization, cookie, either case); "" otherwise.
func credHeaderMember(y []byte) string {
	switch string(y) {
	case "authorization", "Authorization":
		return "authorization"
	case "cookie", "Cookie":
		return "cookie"
	}
	return ""
}

// hexDigestKey reports a key that is a hex digest (MD5, SHA-1, SHA-256
// or SHA-512 long).
func hexDigestKey(k string) bool {
	switch len(k) {
	case 32, 40, 64, 128:
		return isHex([]byte(k))
	}
	return false
}

// isFuncLiteral reports a function written where it is called
// ((function () { … })(), (() => { … })(), (function () { … }).call(this)).
func isFuncLiteral(e js.IExpr) bool {
	for range 4 {
		switch n := e.(type) {
		case *js.GroupExpr:
			e = n.X
		case *js.DotExpr:
			if p := string(propData(n.Y)); p != "call" && p != "apply" {
				return false
			}
			e = n.X
		case *js.FuncDecl, *js.ArrowFunc:
			return true
		default:
			return false
		}
	}
	return false
}

func (w *walker) alwaysTrue(e js.IExpr) bool {
	switch n := e.(type) {
	case *js.LiteralExpr:
		return n.TokenType == js.TrueToken || (n.TokenType == js.DecimalToken || n.TokenType == js.IntegerToken) && string(n.Data) != "0"
	case *js.UnaryExpr:
		if n.Op == js.NotToken {
			if l, ok := n.X.(*js.LiteralExpr); ok && (l.TokenType == js.DecimalToken || l.TokenType == js.IntegerToken) {
				return string(l.Data) == "0"
			}
			if u, ok := n.X.(*js.UnaryExpr); ok && u.Op == js.NotToken {
				_, arr := u.X.(*js.ArrayExpr)
				return arr
			}
		}
	case *js.BinaryExpr:
		if n.Op == js.LtToken || n.Op == js.LtEqToken {
			if v, ok := n.Y.(*js.Var); ok && string(v.Name()) == "Infinity" {
				return true
			}
		}
	case *js.GroupExpr:
		return w.alwaysTrue(n.X)
	}
	return false
}

// hasExit reports a break/return/throw/await/yield in a loop body (not in
// nested functions).
func hasExit(s js.IStmt, depth int) bool {
	if s == nil || depth > 64 {
		return false
	}
	switch n := s.(type) {
	case *js.BranchStmt:
		return n.Type == js.BreakToken
	case *js.ReturnStmt, *js.ThrowStmt:
		return true
	case *js.BlockStmt:
		for _, x := range n.List {
			if hasExit(x, depth+1) {
				return true
			}
		}
	case *js.IfStmt:
		return hasExit(n.Body, depth+1) || hasExit(n.Else, depth+1)
	case *js.TryStmt:
		return (n.Body != nil && hasExit(n.Body, depth+1)) || (n.Catch != nil && hasExit(n.Catch, depth+1)) || (n.Finally != nil && hasExit(n.Finally, depth+1))
	case *js.ExprStmt:
		return exprExits(n.Value)
	case *js.VarDecl:
		for _, el := range n.List {
			if exprExits(el.Default) {
				return true
			}
		}
	case *js.SwitchStmt:
		for _, c := range n.List {
			for _, x := range c.List {
				if r, ok := x.(*js.ReturnStmt); ok && r != nil {
					return true
				}
			}
		}
	case *js.LabelledStmt:
		return true // labelled break targets: assume an exit
	}
	return false
}

func exprExits(e js.IExpr) bool {
	switch n := e.(type) {
	case *js.YieldExpr:
		return true
	case *js.UnaryExpr:
		return n.Op == js.AwaitToken
	case *js.BinaryExpr:
		return exprExits(n.Y)
	case *js.CallExpr:
		// process.exit() and friends end the loop too
		if d, ok := n.X.(*js.DotExpr); ok && propName(d.Y) == "exit" {
			return true
		}
	}
	return false
}

// writesFile reports a call of the file system module that writes a
// file's content from its second argument.
func writesFile(callee string) bool {
	if !strings.HasSuffix(callee, "File") && !strings.HasSuffix(callee, "FileSync") {
		return false // most calls, without cutting the name
	}
	root, fn, ok := strings.Cut(callee, ".")
	if !ok {
		return false
	}
	switch root {
	case "fs", "fs-extra", "graceful-fs", "fs/promises":
	default:
		return false
	}
	switch strings.TrimPrefix(fn, "promises.") {
	case "writeFile", "writeFileSync", "appendFile", "appendFileSync", "outputFile", "outputFileSync":
		return true
	}
	return false
}

// LooksLikeCode reports text that reads as JavaScript doing something:
// loading a module, reaching the process, the network or a code sink.
// Data files (JSON, markup, a shell script) and plain text are not.
func LooksLikeCode(s string) bool {
	if len(s) < 16 || strings.IndexByte(s, '(') < 0 {
		return false
	}
	for _, k := range [...]string{"require(", "import(", "process.", "fetch(", "eval(", "Function(", "child_process", ".exec(", ".spawn("} {
		if strings.Contains(s, k) {
			return true
		}
	}
	return false
}

// requireParams learns which parameters of a function built from a
// string receive require: Function("r", code)(require), or a timer or
// nextTick handed such a function and require as its argument
// (setTimeout(Function("r", code), 10, require)). The payload is then
// analysed with r bound to require.
func (w *walker) requireParams(callee js.IExpr, args []js.Arg, depth int) {
	if !w.collect || depth > 1 {
		return
	}
	for {
		g, ok := callee.(*js.GroupExpr)
		if !ok {
			break
		}
		callee = g.X
	}
	var inner []js.Arg
	switch c := callee.(type) {
	case *js.CallExpr:
		inner = c.Args.List
		if len(inner) == 0 || !mayBuildFunction(c.X) {
			return
		}
		if d := normCallee(w.dotted(c.X, 0)); d != "Function" && d != "vm.compileFunction" && !w.isFunctionCtor(c.X, 0) {
			return
		}
	case *js.NewExpr:
		if c.Args == nil || len(c.Args.List) == 0 || !mayBuildFunction(c.X) || (normCallee(w.dotted(c.X, 0)) != "Function" && !w.isFunctionCtor(c.X, 0)) {
			return
		}
		inner = c.Args.List
	default:
		// setTimeout(fn, ms, …args), setImmediate(fn, …args),
		// process.nextTick(fn, …args); the name is checked before any
		// rendering, as this runs for every call
		var name []byte
		switch n := callee.(type) {
		case *js.Var:
			name = n.Name()
		case *js.DotExpr:
			name = propData(n.Y)
		default:
			return
		}
		skip := 0
		switch string(name) {
		case "setTimeout", "setInterval":
			skip = 2
		case "setImmediate", "nextTick", "queueMicrotask":
			skip = 1
		default:
			return
		}
		if len(args) > skip {
			w.requireParams(args[0].Value, args[skip:], depth+1)
		}
		return
	}
	if len(inner) == 0 {
		return
	}
	var params []string
	if d, ok := callee.(*js.CallExpr); ok && normCallee(w.dotted(d.X, 0)) == "vm.compileFunction" {
		if len(inner) > 1 {
			if arr, ok := inner[1].Value.(*js.ArrayExpr); ok {
				for _, el := range arr.List {
					v, _ := w.fold(el.Value, 0)
					params = append(params, v.s)
				}
			}
		}
	} else {
		for _, a := range inner[:len(inner)-1] {
			v, _ := w.fold(a.Value, 0)
			for _, p := range strings.Split(v.s, ",") {
				params = append(params, strings.TrimSpace(p))
			}
		}
	}
	var alias []string
	for i, a := range args {
		if v, ok := a.Value.(*js.Var); ok && i < len(params) && w.isRequireVar(v) && params[i] != "require" && isIdent(params[i]) {
			alias = append(alias, params[i])
		}
	}
	if len(alias) > 0 {
		if w.requireAliases == nil {
			w.requireAliases = map[*js.Arg][]string{}
		}
		w.requireAliases[&inner[0]] = alias
	}
}

// nodeEval returns the code a spawn of node runs with -e, --eval, -p or
// --print: spawn(process.execPath, ["-e", code]), execFileSync("node",
// ["-e", code]).
func (w *walker) nodeEval(callee string, args []js.Arg) (string, bool) {
	switch callee {
	case "child_process.spawn", "child_process.spawnSync", "child_process.execFile", "child_process.execFileSync":
	default:
		return "", false
	}
	prog := w.dotted(args[0].Value, 0)
	if prog != "process.execPath" {
		v, ok := w.fold(args[0].Value, 0)
		if !ok || (v.s != "node" && v.s != "node.exe" && !strings.HasSuffix(v.s, "/node")) {
			return "", false
		}
	}
	arr, ok := args[1].Value.(*js.ArrayExpr)
	if !ok {
		return "", false
	}
	for i := 0; i+1 < len(arr.List); i++ {
		if f, ok := w.fold(arr.List[i].Value, 0); ok && (f.s == "-e" || f.s == "--eval" || f.s == "-p" || f.s == "--print") {
			if code, ok := w.fold(arr.List[i+1].Value, 0); ok && len(code.s) >= 8 {
				return code.s, true
			}
			return "", false
		}
	}
	return "", false
}

// crossFold is fold with requires of the package's own small modules
// folded to what they export.
func (w *walker) crossFold(e js.IExpr) (value, bool) {
	w.crossFile = true
	v, ok := w.fold(e, 0)
	w.crossFile = false
	return v, ok
}

// isRequireVar reports require itself or a name bound to it (const r =
// process.mainModule.require).
func (w *walker) isRequireVar(v *js.Var) bool {
	if string(v.Name()) == "require" {
		return true
	}
	b, ok := w.binding(v)
	return ok && isRequire(normCallee(b))
}

// mayBuildFunction rejects, without rendering it, a callee that cannot
// be the Function constructor or vm.compileFunction.
func mayBuildFunction(e js.IExpr) bool {
	switch n := e.(type) {
	case *js.Var:
		return true // Function, or a name bound to it
	case *js.DotExpr:
		switch string(propData(n.Y)) {
		case "compileFunction", "constructor", "Function":
			return true
		}
		return false
	case *js.IndexExpr, *js.GroupExpr:
		return true
	}
	return false
}

// isIdent reports a plain JavaScript identifier (ASCII).
func isIdent(s string) bool {
	if s == "" || len(s) > 64 {
		return false
	}
	for i, c := range s {
		if !(c == '_' || c == '$' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || i > 0 && c >= '0' && c <= '9') {
			return false
		}
	}
	return true
}

// InspectorEval is the callee recorded for code evaluated through the
// inspector protocol (session.post("Runtime.evaluate", {expression})), with
// the expression as its argument.
const InspectorEval = "inspector.Runtime.evaluate"

// objectProp returns the value of property name in an object literal, nil
// if e is none or has no such property.
func objectProp(e js.IExpr, name string) js.IExpr {
	o, ok := e.(*js.ObjectExpr)
	if !ok {
		return nil
	}
	for _, p := range o.List {
		if p.Name != nil && !p.Name.IsComputed() && literalView(p.Name.Literal.Data) == name {
			return p.Value
		}
	}
	return nil
}

func isCodeSink(callee string) bool {
	switch callee {
	case "eval", "Function", "vm.runInThisContext", "vm.runInNewContext", "vm.runInContext", "vm.Script", "vm.compileFunction", "vm.SourceTextModule",
		"setTimeout", "setInterval", "worker_threads.Worker.eval", InspectorEval:
		return true
	}
	return strings.HasSuffix(callee, "._compile")
}

// jsDataURL reports an expression that builds a JavaScript data: URL
// ("data:text/javascript;base64," + …).
func (w *walker) jsDataURL(e js.IExpr) bool {
	s, ok := w.shape(e) // a constant one is decoded where it is read
	if !ok || !strings.Contains(s, Hole) {
		return false
	}
	s = strings.ToLower(s[:min(len(s), 40)])
	return strings.HasPrefix(s, "data:text/javascript") || strings.HasPrefix(s, "data:application/javascript") || strings.HasPrefix(s, "data:text/ecmascript")
}

// CodeSink reports a call that compiles a string into code: eval,
// Function, vm's compilers, an eval worker, a module's _compile (not the
// timers, which take functions far more often than strings).
func CodeSink(callee string) bool {
	return callee != "setTimeout" && callee != "setInterval" && isCodeSink(callee)
}

// newPayload admits a payload for analysis once per file, within a
// budget of four times the file's size (plus 64 KiB): a small file that
// hands one megabyte-long constant to eval a thousand times must not cost
// a thousand analyses.
func (w *walker) newPayload(code string) bool {
	if w.payloads == nil {
		w.payloads = map[string]struct{}{}
	}
	if _, seen := w.payloads[code]; seen {
		return false
	}
	if w.payloadBytes+len(code) > 4*len(w.s.src)+64<<10 {
		w.f.Truncated = true
		return false
	}
	w.payloads[code] = struct{}{}
	w.payloadBytes += len(code)
	return true
}

// payload analyses code a file runs from a string, once and within the
// nesting and size budgets.
func (w *walker) payload(code string, decoded bool, off int) {
	if w.lim.nested < 2 && len(code) >= 8 && w.newPayload(code) {
		w.mergePayload(code, decoded, off)
	}
}

// dataImport records a static import of a data: URL holding code as the
// call that runs it, and analyses the code.
func (w *walker) dataImport(code string, decoded bool, off int) {
	if len(w.f.Calls) >= w.lim.MaxFacts {
		w.f.Truncated = true
		return
	}
	w.f.Calls = append(w.f.Calls, Call{Callee: DataImport, TopLevel: true, Args: []Arg{{Value: clip(code, 8192), Known: true, Decoded: decoded}},
		Pos: w.s.pos(off), Snippet: w.s.excerpt(off)})
	w.payload(code, decoded, off)
}

// mergePayload analyses code handed to eval/Function/vm and adds its
// facts, located at the call that runs it. decoded says the code itself
// was decoded (base64, char codes...); code in a plain string literal
// (eval('import("x")'), the usual way to hide a module from bundlers) is
// analysed but its strings are not "decoded".
func (w *walker) mergePayload(code string, decoded bool, off int) {
	w.merge(code, decoded, true, off)
}

// merge analyses code the file runs or writes and adds its facts; hidden
// says the code is run from a string rather than written to a file, and
// its imports count as hidden from a reader (Import.Computed) only when
// the code was also decoded: a plain string shows them.
func (w *walker) merge(code string, decoded, hidden bool, off int) {
	lim := w.lim
	lim.nested++
	sub := Analyze("payload.js", []byte(code), lim)
	pos, snip := w.s.pos(off), w.s.excerpt(off)
	for _, im := range sub.Imports {
		im.Pos, im.Snippet, im.Computed = pos, snip, im.Computed || hidden && decoded
		if len(w.f.Imports) < w.lim.MaxFacts {
			w.f.Imports = append(w.f.Imports, im)
		}
		w.addString(im.Module, decoded, off)
	}
	for _, c := range sub.Calls {
		c.Pos, c.Snippet = pos, snip
		for i := range c.Args {
			c.Args[i].Decoded = c.Args[i].Decoded || (decoded && c.Args[i].Known)
		}
		if len(w.f.Calls) < w.lim.MaxFacts {
			w.f.Calls = append(w.f.Calls, c)
		}
	}
	for _, st := range sub.Strings {
		w.addString(st.Value, decoded || st.Decoded, off)
	}
	for _, e := range sub.Env {
		e.Pos, e.Snippet = pos, snip
		if len(w.f.Env) < w.lim.MaxFacts {
			w.f.Env = append(w.f.Env, e)
		}
	}
	for _, h := range sub.HostProps {
		h.Pos, h.Snippet = pos, snip
		if len(w.f.HostProps) < w.lim.MaxFacts {
			w.f.HostProps = append(w.f.HostProps, h)
		}
	}
	w.f.NetVars = append(w.f.NetVars, sub.NetVars...)
	w.f.Idents.Hex += sub.Idents.Hex
	w.f.Idents.Rotations += sub.Idents.Rotations
	w.f.Idents.HexCalls += sub.Idents.HexCalls
}

// isEnvObject reports whether e is the whole process.env object; the
// shape check saves rendering every argument and property value.
func (w *walker) isEnvObject(e js.IExpr) bool {
	switch n := e.(type) {
	case *js.DotExpr:
		if string(propData(n.Y)) != "env" {
			return false
		}
	case *js.Var:
		if b, ok := w.binding(n); !ok || b != "process.env" {
			return false
		}
	case *js.IndexExpr, *js.GroupExpr, *js.CommaExpr:
	case *js.CallExpr:
		// the environment by other means: Node's diagnostic report holds
		// it (environmentVariables), and so does what printenv prints
		if dot, ok := n.X.(*js.DotExpr); ok {
			switch string(propData(dot.Y)) {
			case "getReport", "execSync", "exec", "spawnSync", "execFileSync":
			default:
				return false
			}
		} else if _, ok := n.X.(*js.Var); !ok {
			return false
		}
		callee := normCallee(w.dotted(n.X, 0))
		if callee == "process.report.getReport" {
			return true
		}
		if strings.HasPrefix(callee, "child_process.") && len(n.Args.List) > 0 {
			switch callee[len("child_process."):] {
			case "execSync", "exec", "spawnSync", "execFileSync":
				if v, ok := w.fold(n.Args.List[0].Value, 0); ok && envCommands[strings.TrimSpace(v.s)] {
					return true
				}
			}
		}
		return false
	default:
		return false
	}
	return normCallee(w.dotted(e, 0)) == "process.env"
}

// envCommands print the whole environment.
var envCommands = map[string]bool{"env": true, "printenv": true, "set": true, "export -p": true, "declare -x": true,
	"Get-ChildItem env:": true, "gci env:": true, "dir env:": true, "cmd /c set": true}

// hostKeys are request-option properties that name where a request goes.
var hostKeys = map[string]bool{"host": true, "hostname": true, "url": true, "uri": true, "baseURL": true, "baseUrl": true, "endpoint": true, "server": true}

// hostProp records the string given to a host/url property of an object
// literal ({hostname: "x.example"}): a bare host name there is where a
// request goes, not an entry in a list of domains.
func (w *walker) hostProp(v js.IExpr, obj *js.ObjectExpr) {
	if len(w.f.HostProps) >= 200 {
		return
	}
	val, ok := w.fold(v, 0)
	if !ok || val.num || len(val.s) < 4 || len(val.s) > 2048 {
		return
	}
	if !strings.Contains(val.s, "/") {
		// {hostname: "discord.com", path: "/api/webhooks/..."}: the
		// destination is both
		for _, p := range obj.List {
			if p.Name != nil && !p.Name.IsComputed() && literalView(p.Name.Literal.Data) == "path" {
				if pv, ok := w.fold(p.Value, 0); ok && strings.HasPrefix(pv.s, "/") && len(pv.s) < 2048 {
					val.s += pv.s
				}
				break
			}
		}
	}
	off := w.cur
	if l, isLit := v.(*js.LiteralExpr); isLit {
		off = w.s.offsetOf(l.Data)
	}
	w.f.HostProps = append(w.f.HostProps, Str{Value: val.s, Decoded: val.decoded, Pos: w.s.pos(off), Snippet: w.s.excerpt(off)})
}

// hiddenName records an identifier spelled with an invisible filler
// character (const \u3164 = ...): a variable nobody sees in review; or
// with an invisible joiner or variation selector, which the language
// allows inside names: two names that read the same but differ.
func (w *walker) hiddenName(name []byte) {
	if kind, r := hiddenIn(name); kind != "" && len(w.f.Unicode) < 200 {
		off := w.s.offsetOf(name)
		w.f.Unicode = append(w.f.Unicode, Unicode{Kind: kind, Rune: r, Run: 1, Pos: w.s.pos(off), Snippet: w.s.excerpt(off)})
	}
}

// hiddenIn returns the kind (filler-identifier, invisible-identifier)
// and code point of the first invisible character in the name; "" if
// none.
func hiddenIn(name []byte) (string, rune) {
	for _, r := range string(name) {
		switch {
		case isFiller(r):
			return "filler-identifier", r
		case isInvisible(r):
			return "invisible-identifier", r
		}
	}
	return "", 0
}

// evalOption reports an options object with eval: true (new Worker(code,
// {eval: true})).
func evalOption(e js.IExpr) bool {
	o, ok := e.(*js.ObjectExpr)
	if !ok {
		return false
	}
	for _, p := range o.List {
		if p.Name == nil || p.Name.IsComputed() || literalView(p.Name.Literal.Data) != "eval" {
			continue
		}
		switch v := p.Value.(type) {
		case *js.LiteralExpr:
			return v.TokenType == js.TrueToken
		case *js.UnaryExpr: // !0
			l, ok := v.X.(*js.LiteralExpr)
			return ok && v.Op == js.NotToken && string(l.Data) == "0"
		}
	}
	return false
}

// references records a code sink or a spawn function passed by reference
// to a call that calls it: fetch(u).then(r => r.text()).then(eval),
// [cmd].forEach(cp.execSync). The element of an array literal receiver is
// its argument; a network response is, for a then.
func (w *walker) references(last string, calleeExpr js.IExpr, args []js.Arg, at func() int) {
	switch last {
	case "forEach", "map", "flatMap", "filter", "some", "every", "find", "reduce", "then", "catch", "finally",
		"setTimeout", "setInterval", "setImmediate", "queueMicrotask", "nextTick":
	default:
		return // not known to call what it is given
	}
	for _, a := range args {
		switch a.Value.(type) {
		case *js.Var, *js.DotExpr, *js.IndexExpr:
		default:
			continue
		}
		ref := normCallee(w.dotted(a.Value, 0))
		if !calledRef(ref) || len(w.f.Calls) >= w.lim.MaxFacts {
			continue
		}
		c := Call{Callee: ref, TopLevel: w.funcDepth == 0, Pos: w.s.pos(at()), Snippet: w.s.excerpt(at())}
		if dot, ok := unwrapDot(calleeExpr); ok {
			if arr, ok := dot.X.(*js.ArrayExpr); ok && len(arr.List) > 0 {
				c.Args = []Arg{w.arg(arr.List[0].Value)}
			}
			if string(propData(dot.Y)) == "then" && (w.isNetCall(dot.X) || w.netData(dot.X) != "") {
				c.NetArg = w.netData(dot.X)
				if c.NetArg == "" {
					c.NetArg = normCallee(w.dotted(dot.X, 0))
				}
			}
		}
		w.f.Calls = append(w.f.Calls, c)
	}
}

// calledRef reports a function that is dangerous to hand over by
// reference: eval and its kin, and child_process's spawners.
func calledRef(ref string) bool {
	switch ref {
	case "eval", "Function", "vm.runInThisContext", "vm.runInNewContext", "vm.runInContext",
		"Bun.$", "bun.$", "execa.$", "execa.execa", "execa.execaCommand", "execa.execaSync", "zx.$":
		return true // also the shells of Bun, execa and zx: $`curl … | sh`
	}
	mod, fn, ok := strings.Cut(ref, ".")
	if !ok || mod != "child_process" {
		return false
	}
	switch fn {
	case "exec", "execSync", "execFile", "execFileSync", "spawn", "spawnSync", "fork":
		return true
	}
	return false
}

// loaded reports a value read from a loaded module: require(…) and its
// members, or a variable bound to one. A bare name that happens to match
// a module (this.request = request) is not.
func (w *walker) loaded(e js.IExpr) bool {
	for range 16 {
		switch n := e.(type) {
		case *js.DotExpr:
			e = n.X
		case *js.IndexExpr:
			e = n.X
		case *js.GroupExpr:
			e = n.X
		case *js.CallExpr:
			return true // require("m"), import("m"), interop(require("m"))
		case *js.Var:
			_, ok := w.binding(n)
			return ok
		default:
			return false
		}
	}
	return false
}

// significant reports a module value worth remembering for a member
// chain: a tracked module or global, or a recorded method of one.
func significant(mod string) bool {
	root, _, _ := strings.Cut(mod, ".")
	return trackedModules[root] || globalFuncs[root]
}
