// Package jsast turns one JavaScript (or TypeScript/JSX) file into Facts:
// the imports, calls, strings, environment reads and shape metrics that
// behaviour rules look at. It parses with tdewolff/parse (TS/JSX through an
// esbuild transform behind a nesting pre-check), folds simple constant
// expressions (concatenation, base64/hex decoding, String.fromCharCode,
// array joins, reversed strings, const propagation) so hidden module names,
// URLs and commands are seen decoded, and falls back to a token scan for
// files the parser rejects. Every input ends within its size budget with
// Facts, never with a panic; comments never produce facts.
package jsast

import "cmp"

// Mode says how a file was understood.
type Mode uint8

// Modes, most precise first.
const (
	// ModeAST: parsed to a syntax tree.
	ModeAST Mode = iota + 1
	// ModeTransformed: TS with its types erased in place, or TS/JSX
	// transformed by esbuild, then parsed.
	ModeTransformed
	// ModeLexer: the parser rejected the file (or it was too large or too
	// deeply nested), so it was scanned token by token.
	ModeLexer
	// ModeSkipped: beyond the hard size cap; only byte-level scans ran.
	ModeSkipped
)

var modeNames = map[Mode]string{ModeAST: "ast", ModeTransformed: "transformed", ModeLexer: "lexer", ModeSkipped: "skipped"}

func (m Mode) String() string { return modeNames[m] }

// MarshalText implements encoding.TextMarshaler.
func (m Mode) MarshalText() ([]byte, error) { return []byte(m.String()), nil }

// Limit names a limit that stopped parsing.
type Limit uint8

// Limits that stop parsing.
const (
	// LimitSize: the file is larger than Limits.MaxParseSize (lexed) or
	// Limits.MaxSize (only byte scans ran).
	LimitSize Limit = iota + 1
	// LimitDepth: brackets nest deeper than Limits.MaxDepth.
	LimitDepth
	// LimitOperands: a chain of more than 1,000 operands or calls, the
	// parser's own hard limit. No code generator comes near it; padding
	// a file past it is a known way to keep it from being parsed.
	LimitOperands
)

var limitNames = map[Limit]string{LimitSize: "size", LimitDepth: "depth", LimitOperands: "operands"}

func (l Limit) String() string { return limitNames[l] }

// MarshalText implements encoding.TextMarshaler.
func (l Limit) MarshalText() ([]byte, error) { return []byte(l.String()), nil }

// Pos is a 1-based line and column in the original file.
type Pos struct {
	Line int `json:"line"`
	Col  int `json:"col,omitempty"`
	// Off is the byte offset in the analysed text, for distances between
	// facts (lines mean little in minified code).
	Off int `json:"-"`
}

// Import is a require(), import or import() of a module.
type Import struct {
	// Module is the (decoded) specifier with any "node:" prefix removed;
	// empty when Computed and not foldable.
	Module string `json:"module"`
	// Computed: the specifier was an expression, not a plain literal.
	Computed bool `json:"computed,omitempty"`
	Dynamic  bool `json:"dynamic,omitempty"` // import()
	// Decodes names the run-time decoding an unfolded computed name
	// comes out of (see Arg.Decodes); "" otherwise.
	Decodes string  `json:"decodes,omitempty"`
	Pos     Pos     `json:"pos"`
	Snippet Snippet `json:"snippet"`
}

// Arg is one call argument as far as it can be known statically.
type Arg struct {
	// Value is the folded string value when Known.
	Value string `json:"value,omitempty"`
	Known bool   `json:"known,omitempty"`
	// Decoded: Value needed decoding (base64, hex, char codes, reversal).
	Decoded bool `json:"decoded,omitempty"`
	// Shape is a template literal or string concatenation that does not
	// fold, with each run-time part written as Hole ("${…}"): the command
	// or URL around the data it carries. Empty when Known.
	Shape string `json:"shape,omitempty"`
	// Func: the argument is a function expression.
	Func bool `json:"func,omitempty"`
	// Names are identifiers and property names the argument mentions
	// (bounded), for simple data-flow questions.
	Names []string `json:"names,omitempty"`
	// Decodes, on the arguments of code sinks (eval, Function, vm) and the
	// command of child_process calls, names
	// the run-time decoding the value comes out of when it does not fold:
	// zlib's inflate, gunzip or brotli, TextDecoder, atob, a decipher,
	// Buffer.from(…, "base64"), or a decoder function of the file
	// ("inflate()"); "" otherwise.
	Decodes string `json:"decodes,omitempty"`
	// List holds an array literal's elements as far as they fold (Hole
	// for the others; at most 32): the argv of spawn("powershell.exe",
	// ["-NoP", "-EncodedCommand", "…"]).
	List []string `json:"list,omitempty"`
}

// Call is a call (or new) of a function of interest.
type Call struct {
	// Callee is the resolved dotted name: a module binding is replaced by
	// the module ("child_process.exec"), computed members are folded.
	Callee string `json:"callee"`
	New    bool   `json:"new,omitempty"`
	Args   []Arg  `json:"args,omitempty"`
	// TopLevel: the call is not inside any function body.
	TopLevel bool `json:"topLevel,omitempty"`
	// NetArg names an argument variable that holds a network response
	// bound in an enclosing scope ("" if none).
	NetArg string `json:"netArg,omitempty"`
	// FileArg, on code sinks (eval, Function, vm), is the path of a file
	// whose content reaches the code argument (read with fs.readFile*),
	// shaped like Arg.Shape (Hole when nothing of the path is constant);
	// "" if none.
	FileArg string `json:"fileArg,omitempty"`
	// Sender: the callee is a function of this file whose body sends to a
	// constant URL (a bare call resolved by variable, a member call by
	// name), or a request helper of the file (a function handing its
	// first parameter to a request as the URL) called with a constant one.
	Sender bool `json:"sender,omitempty"`
	// Spelled: the callee's own name is a computed key the code spells at
	// run time (module[["req", "uire"].join("")], cp["ex" + "ec"]).
	Spelled bool `json:"spelled,omitempty"`
	// FromRequest, on child_process calls, names what of an incoming HTTP
	// request the command comes from (req.headers, a variable holding
	// one of its values); "" if none.
	FromRequest string  `json:"fromRequest,omitempty"`
	Pos         Pos     `json:"pos"`
	Snippet     Snippet `json:"snippet"`
}

// Str is a string value found in code (literals and folded expressions).
type Str struct {
	Value   string `json:"value"`
	Decoded bool   `json:"decoded,omitempty"`
	// Printed: every occurrence is a literal handed straight to the
	// console (console.log("…"), process.stderr.write("…")): a message,
	// such as install instructions, not a value the code goes on to use.
	Printed bool `json:"printed,omitempty"`
	// FromFile: several lines of a package file the code reads at a
	// constant path (fs.readFileSync("README.md")): a document, whose
	// lines count as commands only where the code uses one as such.
	FromFile bool `json:"fromFile,omitempty"`
	// Pattern: the source of a regular expression literal (/xmrig|
	// \.npmrc/i): what the code looks for, not a value it uses.
	Pattern bool    `json:"pattern,omitempty"`
	Pos     Pos     `json:"pos"`
	Snippet Snippet `json:"snippet"`
}

// EnvRead is a use of process.env.
type EnvRead struct {
	// Name is the variable read; empty for a use of the whole object.
	Name string `json:"name,omitempty"`
	// How the whole object is used: "arg:JSON.stringify", "spread",
	// "alias", "iterate", or "filter:/^debug_/i" for its names filtered
	// by a constant test (Object.keys(process.env).filter(k => …)).
	How     string  `json:"how,omitempty"`
	Pos     Pos     `json:"pos"`
	Snippet Snippet `json:"snippet"`
}

// Assign is an assignment to a notable member (window.fetch,
// XMLHttpRequest.prototype.send, module._compile...).
type Assign struct {
	Target string `json:"target"`
	// Value is the assigned value when it folds to a short constant
	// (tx.to = "0x…": a transaction's recipient rewritten); for a src or
	// href, also its shape with run-time parts (Hole).
	Value   string  `json:"value,omitempty"`
	Pos     Pos     `json:"pos"`
	Snippet Snippet `json:"snippet"`
}

// Loop is a loop whose condition is constant-true.
type Loop struct {
	TopLevel bool    `json:"topLevel,omitempty"`
	HasExit  bool    `json:"hasExit,omitempty"` // break/return/throw/await/yield inside
	Pos      Pos     `json:"pos"`
	Snippet  Snippet `json:"snippet"`
}

// Blob is a long encoded or high-entropy string literal.
type Blob struct {
	Kind    string  `json:"kind"` // base64, hex, entropy
	Len     int     `json:"len"`
	Entropy float64 `json:"entropy"`
	Pos     Pos     `json:"pos"`
}

// Unicode is a suspicious code point run.
type Unicode struct {
	Kind string `json:"kind"` // bidi, invisible, filler, filler-identifier, invisible-identifier
	Rune rune   `json:"rune"`
	Run  int    `json:"run"` // consecutive invisible code points
	// Data: what follows the run on its line is not text (a quote,
	// punctuation, another control, the line's end): the character is
	// held as data, as in an entity table or a regular expression's
	// class, not placed to hide or reorder the text after it.
	Data    bool    `json:"data,omitempty"`
	Pos     Pos     `json:"pos"`
	Snippet Snippet `json:"snippet"`
}

// Hidden is code placed after a long run of whitespace on one line, out of
// sight in an editor.
type Hidden struct {
	Gap     int     `json:"gap"`
	Pos     Pos     `json:"pos"`
	Snippet Snippet `json:"snippet"`
}

// Idents summarises identifier names.
type Idents struct {
	Total int `json:"total"`
	// Hex counts distinct obfuscator-style names (_0x1a2b, _0xabc123).
	Hex int `json:"hex"`
	// HexAfter is how many names came before the first obfuscator-style
	// one: readable code that obfuscated code was added to.
	HexAfter int `json:"hexAfter,omitempty"`
	// Mixed lists identifiers mixing Latin with look-alike scripts.
	Mixed []string `json:"mixed,omitempty"`
	// Rotations counts a.push(a.shift()) on one array: how obfuscators
	// shuffle their string array before use.
	Rotations int `json:"rotations,omitempty"`
	// HexCalls counts calls of a plain function with only hexadecimal
	// literal arguments (d(0x1b3)): reads through an obfuscator's string
	// decoder, whatever the names are.
	HexCalls int `json:"hexCalls,omitempty"`
}

// Facts is what a file's code says, for rules.
type Facts struct {
	Mode       Mode   `json:"mode"`
	ParseError string `json:"parseError,omitempty"`
	// Limit is the limit that kept the file from being parsed, if one
	// did (ParseError says it in words).
	Limit       Limit `json:"limit,omitempty"`
	Size        int   `json:"size"`
	Lines       int   `json:"lines"`
	LongestLine int   `json:"longestLine"`
	// InvalidUTF8 counts invalid byte sequences.
	InvalidUTF8 int `json:"invalidUTF8,omitempty"`
	// MaxDepth is the bracket nesting the pre-check measured; it is
	// measured only when bracket counts say it could pass
	// Limits.MaxDepth, and is 0 otherwise.
	MaxDepth  int  `json:"maxDepth,omitempty"`
	Truncated bool `json:"truncated,omitempty"`
	// Export is the constant the module exports as a whole
	// (module.exports = "child_" + "process"), "" if none: what a
	// require of this file folds to in another file.
	Export string `json:"-"`

	Imports []Import `json:"imports,omitempty"`
	Calls   []Call   `json:"calls,omitempty"`
	Strings []Str    `json:"strings,omitempty"`
	// HostProps are strings given to host, hostname, url, baseURL...
	// properties of object literals: request destinations.
	HostProps []Str     `json:"hostProps,omitempty"`
	Env       []EnvRead `json:"env,omitempty"`
	Assigns   []Assign  `json:"assigns,omitempty"`
	Loops     []Loop    `json:"loops,omitempty"`
	Blobs     []Blob    `json:"blobs,omitempty"`
	Unicode   []Unicode `json:"unicode,omitempty"`
	Hidden    []Hidden  `json:"hidden,omitempty"`
	Idents    Idents    `json:"idents"`
	// NetVars are names bound to network responses (callback parameters of
	// network calls, variables assigned from awaited requests).
	NetVars []string `json:"netVars,omitempty"`
	// Members are notable browser/global member reads (document.forms,
	// document.cookie, window.ethereum) and process.argv, first occurrence
	// each. The
	// pseudo-member KeyBuffer marks a keyboard event's key kept for later.
	Members []Member `json:"members,omitempty"`
	// SplitNames are names of the APIs a reviewer searches for
	// (document, cookie, createElement, script, eval…) joined from
	// string literals where a member or a call's argument is named:
	// w["doc" + "ument"][("create" + "Element")]("scr" + "ipt").
	SplitNames []Str `json:"splitNames,omitempty"`
	// Senders are the named functions of the file whose body sends to a
	// constant URL, sorted: another file calling one of them sends what
	// it hands over.
	Senders []string `json:"senders,omitempty"`
	// ModuleCalls are calls of functions of other modules of the package
	// (a callee through a relative require or import: "./cache.persist",
	// "./collect" for the module itself), or of the file's own functions,
	// with what matters in an argument (Carried: the whole environment,
	// one of its variables, a file's content, a command's output).
	// Analyze, linking the package's modules, hands them to the module
	// called (Limits.Params). At most 64.
	ModuleCalls []ModuleCall `json:"moduleCalls,omitempty"`
	// Returns are the functions and properties of the file whose value
	// carries what matters, by the name callers in other modules spell
	// them (their own, the property or export they are assigned to,
	// "default" for the module's export as a whole). At most 64.
	Returns []Return `json:"returns,omitempty"`
	// Emits are the events the file emits with what matters among the
	// values (bus.emit("auths", blob)), by event name; Listens the
	// events it listens to (bus.on("auths", fn)). Linking hands the
	// former to the latter's listeners (Limits.Events). At most 64 each.
	Emits   []Return `json:"emits,omitempty"`
	Listens []string `json:"listens,omitempty"`
	// Stores are the properties of another module's exports the file
	// assigns what matters to (state.raw = text, with state =
	// require("./state")): every module reading that module gets it. The
	// name is the module as the file requires it, a dot and the property.
	// At most 64.
	Stores []Return `json:"stores,omitempty"`
	// FileSends are the requests the file puts a file's content or a
	// command's output in, at most 64.
	FileSends []FileSend `json:"fileSends,omitempty"`
	// ExportProps are the constant properties of what the module exports
	// (module.exports = { m: "child_" + "process" }, exports.h = "…"):
	// what T.m folds to in another file, T = require(this one). At most
	// 64, nil if none.
	ExportProps map[string]string `json:"-"`
	// ExportArrays are the constant arrays of strings among those
	// properties (module.exports = { PARTS }), at most 16 of up to 4,096
	// strings and 64 KiB each, nil if none.
	ExportArrays map[string][]string `json:"-"`
	// ExportTable is the string table of a decoder the module exports
	// whole (module.exports = function (i) { i = i - 0x1f0; … }): a call
	// of it in another module with a constant index folds. nil if none.
	ExportTable *StringTable `json:"-"`
	// ExportHelpers are the helpers among what the module exports (small
	// functions returning one expression: decoders), as JavaScript, so
	// that calls of them fold in the modules that import them. The key ""
	// is the module itself (module.exports = (k) => …).
	ExportHelpers map[string]string `json:"-"`
	// DefaultExport is the own name of what the module exports as a whole
	// (module.exports = collect), "" if none or anonymous.
	DefaultExport string `json:"-"`
	// EnvFrom, set when the package's modules are linked and the file
	// then sends the environment in more requests than on its own, says
	// where the environment its functions were given or got comes from
	// ("lib/main.js:17"), at most 4. DataFrom says so of what linking
	// handed it in general (file content, one variable), and DataDest
	// are the destinations the calls that handed it passed along
	// (ModuleCall.Dest), at most 4.
	EnvFrom  []string `json:"envFrom,omitempty"`
	DataFrom []string `json:"dataFrom,omitempty"`
	DataDest []string `json:"dataDest,omitempty"`
	// Templates are code-like texts the file builds around run-time
	// values (a + chain or template literal of 128 bytes or more whose
	// parts do not all fold), each value written as 0 so that the text
	// parses: code another module may run or inject (see
	// analyze.Target.Code). At most 16.
	Templates []Str `json:"templates,omitempty"`
}

// ModuleCall is a call of another module's function, or of one of the
// file's own, with what matters in its arguments.
type ModuleCall struct {
	// Callee is the call's callee, rendered through the module's binding
	// ("./cache.persist"); a function of the file itself by its name.
	Callee string `json:"callee"`
	// Args are what each argument carries, by position (at most 8); the
	// zero Carried for one that carries nothing.
	Args []Carried `json:"args"`
	// Dest is the first argument that folds to a URL or a host name
	// (send("api.example.com", data)): where the function called may
	// send what it is handed. "" if none.
	Dest    string  `json:"dest,omitempty"`
	Pos     Pos     `json:"pos"`
	Snippet Snippet `json:"snippet"`
}

// Carried is what a value carries that matters when it crosses from one
// function or module to another.
type Carried struct {
	// Env: the whole environment (process.env, serialised or copied).
	Env bool `json:"env,omitempty"`
	// EnvVar: one environment variable's value, by name.
	EnvVar string `json:"envVar,omitempty"`
	// File: a file's content by the file's path as far as it is known
	// (Hole when nothing of it is constant), or a command's output as
	// "$ " and the command.
	File string `json:"file,omitempty"`
}

// Zero reports a value that carries nothing.
func (c Carried) Zero() bool { return c == Carried{} }

// Merge is c with what o carries too (c's own where both carry a kind).
func (c Carried) Merge(o Carried) Carried {
	c.Env = c.Env || o.Env
	c.EnvVar = cmp.Or(c.EnvVar, o.EnvVar)
	c.File = cmp.Or(c.File, o.File)
	return c
}

// Return is a named function, property or event whose value carries
// something (see Facts.Returns).
type Return struct {
	Name string `json:"name"`
	Carried
}

// FileSend is a request carrying a file's content or a command's output.
type FileSend struct {
	// File is the file's path or "$ " and the command (Carried.File).
	File    string  `json:"file"`
	Callee  string  `json:"callee"`
	Pos     Pos     `json:"pos"`
	Snippet Snippet `json:"snippet"`
}

// KeyBuffer is the Members name of a key typed by the user appended to
// something kept (buf.push(e.key), keys += e.key): what a keylogger does
// and a shortcut handler does not.
const KeyBuffer = "event.key+buffer"

// Member is a notable member read.
type Member struct {
	Name string `json:"name"`
	Pos  Pos    `json:"pos"`
}

// BundleSize is the size above which a file is taken for a bundle: many
// modules share it, so facts far apart in it need not be related.
const BundleSize = 512 << 10

// Bundle reports a file larger than BundleSize.
func (f *Facts) Bundle() bool { return f.Size > BundleSize }

// Minified reports whether the file looks machine-minified.
func (f *Facts) Minified() bool {
	if f.Size < 2000 {
		return false
	}
	return f.LongestLine > 1000 && f.Size/max(f.Lines, 1) > 200
}

// Callees returns calls whose callee equals one of names.
func (f *Facts) CallsTo(names ...string) []Call {
	var out []Call
	for _, c := range f.Calls {
		for _, n := range names {
			if c.Callee == n {
				out = append(out, c)
				break
			}
		}
	}
	return out
}

// Limits bound the work done on one file.
type Limits struct {
	// MaxSize: files above it are not tokenised (byte scans only).
	MaxSize int
	// MaxParseSize: files above it are scanned with the lexer only.
	MaxParseSize int
	// MaxDepth: files nested deeper are scanned with the lexer only.
	MaxDepth int
	// MaxFacts caps each fact list.
	MaxFacts int
	// nested counts how deep decoded payloads are being analysed.
	nested int
	// Package looks up the package's own package.json values that code
	// can read as constants: "field:description", "field:config.setup"
	// (for require("./package.json")) and "env:npm_package_config_setup"
	// (the environment npm gives lifecycle scripts). A payload kept there
	// instead of in the code is folded like any constant. nil: none.
	Package func(key string) (string, bool)
	// ReadFile returns the content of one of the package's data files by
	// its path in the package, for fs.readFileSync of a constant path: a
	// command, URL or module name kept in a file is a constant too. nil:
	// none.
	ReadFile func(name string) (string, bool)
	// Module returns the constant a small module of the package exports
	// as a whole (Facts.Export) for require(spec) in file from, or with
	// prop set one constant property of its exports (Facts.ExportProps),
	// so a module name or command split over files folds where it is
	// used. nil: none.
	Module func(from, spec, prop string) (string, bool)
	// ModuleArray is Module for a constant array of strings a module
	// exports as a property (Facts.ExportArrays): parts joined in
	// another file. nil: none.
	ModuleArray func(from, spec, prop string) ([]string, bool)
	// ModuleTable is Module for the string table of a decoder a module
	// exports whole (Facts.ExportTable). nil: none.
	ModuleTable func(from, spec string) (*StringTable, bool)
	// ModuleHelper is Module for a helper function a module exports as a
	// property (Facts.ExportHelpers), returned as its source. nil: none.
	ModuleHelper func(from, spec, prop string) (string, bool)
	// Params are the file's functions (by name, as in Facts.Returns)
	// that other modules of the package, or the file itself, call with
	// what matters, by argument position: inside them the parameter
	// carries it. nil: none.
	Params map[string][]Carried
	// Results are names as this file renders them (a callee of
	// Facts.ModuleCalls, "./token.value", a module "./state") whose value,
	// read or called, carries what matters: functions and properties of
	// other modules. nil: none.
	Results map[string]Carried
	// Events are events other modules emit with what matters (see
	// Facts.Emits): the listeners' parameters carry it. nil: none.
	Events map[string]Carried
}

// DefaultLimits are sized for real npm packages.
func DefaultLimits() Limits {
	return Limits{MaxSize: 64 << 20, MaxParseSize: 12 << 20, MaxDepth: 400, MaxFacts: 20000}
}

// Share trims the fact lists to their length and replaces callee, module
// and argument names with intern's copies: a package keeps the facts of
// all its files while rules run, and the same few names repeat through
// thousands of files.
func (f *Facts) Share(intern func(string) string) {
	f.Imports = trim(f.Imports)
	f.Calls = trim(f.Calls)
	f.Strings = trim(f.Strings)
	f.Env = trim(f.Env)
	f.Assigns = trim(f.Assigns)
	for i := range f.Imports {
		f.Imports[i].Module = intern(f.Imports[i].Module)
	}
	for i := range f.Calls {
		c := &f.Calls[i]
		c.Callee = intern(c.Callee)
		for j := range c.Args {
			for k, n := range c.Args[j].Names {
				c.Args[j].Names[k] = intern(n)
			}
		}
	}
	for i := range f.Env {
		f.Env[i].Name = intern(f.Env[i].Name)
	}
}

// trim copies s into an exactly sized slice when growth left much unused.
func trim[T any](s []T) []T {
	if cap(s)-len(s) <= len(s)/4 {
		return s
	}
	return append(make([]T, 0, len(s)), s...)
}

// StringTable is a string array's entries in run-time order, decoded,
// and the offset its decoder subtracts from an index.
type StringTable struct {
	Offset  int
	Entries []string
}

// At returns the entry index i reads; false outside the table or for an
// entry that did not decode.
func (t *StringTable) At(i int) (string, bool) {
	i -= t.Offset
	if i < 0 || i >= len(t.Entries) || t.Entries[i] == "" {
		return "", false
	}
	return t.Entries[i], true
}
