package analyze

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"maps"
	"path"
	"regexp"
	"slices"
	"strings"
	"sync"
	"unicode/utf8"

	"golang.org/x/sync/semaphore"

	"github.com/depfence/depfence/internal/archive"
	"github.com/depfence/depfence/internal/finding"
	"github.com/depfence/depfence/internal/jsast"
	"github.com/depfence/depfence/internal/npm"
)

// Role says how a file is used, which weighs its findings.
type Role string

// Roles, most weighty first.
const (
	RoleInstall Role = "install" // reachable from a lifecycle script
	RoleEntry   Role = "entry"   // reachable from main/exports/bin/browser
	RoleOther   Role = "other"   // shipped, not known to be reachable
	RoleTest    Role = "test"
	RoleDocs    Role = "docs" // docs, examples, benchmarks
	RoleTypes   Role = "types"
	RolePackage Role = "package" // package-level (manifest) findings
)

// Live reports whether findings in this role count fully.
func (r Role) Live() bool { return r != RoleTest && r != RoleDocs && r != RoleTypes }

// InstallHooks are the lifecycle scripts npm runs on install.
var InstallHooks = []string{"preinstall", "install", "postinstall", "prepare"}

// Script is one lifecycle script.
type Script struct {
	Hook    string
	Command string
	gyp     int // the command is binding.gyp's Nth command expansion
}

// Limits bound one package's analysis.
type Limits struct {
	MaxFileSize int64 // files above are not read (reported)
	MaxJSBytes  int64 // total code analysed per package
	MaxFiles    int
	Code        jsast.Limits
	FileWorkers int
}

// DefaultLimits suit real npm packages.
func DefaultLimits() Limits {
	return Limits{MaxFileSize: 64 << 20, MaxJSBytes: 512 << 20, MaxFiles: 20000, Code: jsast.DefaultLimits(), FileWorkers: 2}
}

// A parse tree takes ten to twenty times its source in memory, so large
// files are parsed a few at a time across the whole process, whichever
// packages they belong to: parseBudget bytes of source at once (a file
// over it waits for all of it). Files under parseAlone are not counted.
const (
	parseBudget = 16 << 20
	parseAlone  = 1 << 20
)

var parsing = semaphore.NewWeighted(parseBudget)

// parseTurn waits until a file of n bytes may be parsed and returns the
// func that ends its turn.
func parseTurn(n int) func() {
	if n < parseAlone {
		return func() {}
	}
	w := int64(min(n, parseBudget))
	_ = parsing.Acquire(context.Background(), w) // never fails without a deadline
	return func() { parsing.Release(w) }
}

// Target is one package under analysis. Parts load lazily and are cached;
// it is safe for concurrent use by rules.
type Target struct {
	// Package names the package (from the manifest, or given by the caller).
	Package finding.Package
	// FS holds the package contents rooted at the package directory.
	FS fs.FS
	// Packument is the registry document, when the caller has it.
	Packument []byte
	// Dependents is the number of graph nodes depending on this package,
	// when the caller knows it (0 = unknown).
	Dependents int
	// RegistryHosts are the package registries the project uses (the
	// configured registry and the public one): downloads from them are
	// trusted like other well-known hosts. Set by the engine.
	RegistryHosts []string

	lim Limits

	once     sync.Once
	files    []string
	manifest *npm.Manifest
	manErr   error
	// manifestErr is why package.json could not be read as JSON, even
	// when a lenient read succeeded (see ManifestError).
	manifestErr error

	mu    sync.Mutex
	facts map[string]*jsast.Facts
	names map[string]string // interned fact names, see intern
	errs  map[string]error

	rolesOnce     sync.Once
	codeOnce      sync.Once
	codeFiles     []string
	codeFactsOnce sync.Once
	code          []CodeFile
	roles         map[string]Role
	classMu       sync.Mutex
	classes       map[string]Role
	installFiles  map[string]string // file -> hook that runs it
	inline        map[string]string // virtual file -> inline code (node -e)
	// loadedAsCode are files with no code extension that reachable code
	// runs: required (node loads an unknown extension as JavaScript) or
	// read and handed to eval, Function or vm.
	loadedAsCode map[string]bool
	// exports caches moduleExport's answers by file ("" for none).
	exports map[string]moduleExports

	pkgOnce sync.Once
	// fileSet is Files as a set, for Resolve.
	fileSetOnce sync.Once
	fileSet     map[string]bool
	pkgValues   map[string]string

	importersOnce sync.Once
	importers     map[string][]int // file -> indices into code of its loaders
}

// NewTarget prepares a target over fsys (package root).
func NewTarget(fsys fs.FS, lim Limits) *Target {
	return &Target{FS: fsys, lim: lim, facts: map[string]*jsast.Facts{}, names: map[string]string{}, errs: map[string]error{}}
}

func (t *Target) load() {
	t.once.Do(func() {
		_ = fs.WalkDir(t.FS, ".", func(p string, d fs.DirEntry, err error) error {
			if err != nil {
				return nil
			}
			if d.Type().IsRegular() {
				if len(t.files) >= t.lim.MaxFiles {
					return fs.SkipAll
				}
				t.files = append(t.files, p)
			}
			return nil
		})
		slices.Sort(t.files)
		if b, err := t.Read("package.json"); err == nil {
			t.manifest, t.manErr = npm.ParseManifest(b)
			if t.manErr != nil {
				// npm refuses a package.json with a trailing comma or a
				// comment; other tools read it. Its scripts are analysed
				// from a lenient read, and the error stays reported.
				t.manifestErr = t.manErr
				if m, err := npm.ParseManifest(lenientJSON(b)); err == nil {
					t.manifest, t.manErr = m, nil
				}
			}
		} else if !errors.Is(err, fs.ErrNotExist) {
			t.manErr = err
			t.manifestErr = err
		}
		if t.manifest != nil && t.Package.Name == "" {
			t.Package = finding.Package{Name: t.manifest.Name, Version: t.manifest.Version}
		}
	})
}

// IsRegistryHost reports whether host is one of the project's package
// registries (or a subdomain of one).
func (t *Target) IsRegistryHost(host string) bool {
	host = strings.ToLower(host)
	for _, r := range t.RegistryHosts {
		r = strings.ToLower(r)
		if host == r || strings.HasSuffix(host, "."+r) {
			return true
		}
	}
	return false
}

// Manifest returns the parsed package.json; nil without error when the
// package has none (partial samples).
func (t *Target) Manifest() (*npm.Manifest, error) { t.load(); return t.manifest, t.manErr }

// ManifestError reports why the package's package.json is not valid JSON
// (nil when it is, or when there is none). Manifest may still have read
// it leniently (a trailing comma, a comment).
func (t *Target) ManifestError() error { t.load(); return t.manifestErr }

// lenientJSON removes what JSON does not allow but other tools' readers
// do (comments, commas before a closing bracket), outside strings.
func lenientJSON(b []byte) []byte {
	out := make([]byte, 0, len(b))
	inStr, esc := false, false
	for i := 0; i < len(b); i++ {
		c := b[i]
		if inStr {
			out = append(out, c)
			switch {
			case esc:
				esc = false
			case c == '\\':
				esc = true
			case c == '"':
				inStr = false
			}
			continue
		}
		switch {
		case c == '"':
			inStr = true
			out = append(out, c)
		case c == '/' && i+1 < len(b) && b[i+1] == '/':
			for i < len(b) && b[i] != '\n' {
				i++
			}
			i--
		case c == '/' && i+1 < len(b) && b[i+1] == '*':
			end := bytes.Index(b[i+2:], []byte("*/"))
			if end < 0 {
				return out
			}
			i += end + 3
		case c == ',':
			j := i + 1
			for j < len(b) && (b[j] == ' ' || b[j] == '\t' || b[j] == '\n' || b[j] == '\r') {
				j++
			}
			if j < len(b) && (b[j] == '}' || b[j] == ']') {
				continue // a trailing comma
			}
			out = append(out, c)
		default:
			out = append(out, c)
		}
	}
	return out
}

// Partial reports a package without a package.json.
func (t *Target) Partial() bool { t.load(); return t.manifest == nil }

// Files lists regular files, sorted.
func (t *Target) Files() []string { t.load(); return t.files }

// ErrFileTooLarge is returned by Read for files over the size limit.
var ErrFileTooLarge = errors.New("file exceeds the analysis size limit")

// Read returns a file's bytes, at most Limits.MaxFileSize of them. Callers
// must not modify them.
func (t *Target) Read(name string) ([]byte, error) {
	// An in-memory archive hands out its own bytes (no copy; nothing here
	// modifies them); other file systems read into one right-sized buffer.
	if info, err := fs.Stat(t.FS, name); err == nil && info.Mode().IsRegular() && info.Size() <= t.lim.MaxFileSize {
		var b []byte
		switch fsys := t.FS.(type) {
		case interface{ Bytes(string) ([]byte, error) }:
			b, err = fsys.Bytes(name)
		case fs.ReadFileFS:
			b, err = fsys.ReadFile(name)
		default:
			err = errors.ErrUnsupported
		}
		if err == nil && int64(len(b)) <= t.lim.MaxFileSize {
			return b, nil
		}
	}
	f, err := t.FS.Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	b, err := io.ReadAll(io.LimitReader(f, t.lim.MaxFileSize+1))
	if err != nil {
		return nil, fmt.Errorf("read %q: %w", name, err)
	}
	if int64(len(b)) > t.lim.MaxFileSize {
		return nil, fmt.Errorf("read %q: %w", name, ErrFileTooLarge)
	}
	return b, nil
}

// Head returns up to n leading bytes of a file (at most
// archive.HeadBytes of one whose content was not retained).
func (t *Target) Head(name string, n int) ([]byte, error) {
	if h, ok := t.FS.(interface {
		Head(string, int) ([]byte, error)
	}); ok {
		return h.Head(name, n)
	}
	f, err := t.FS.Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	buf := make([]byte, n)
	k, err := io.ReadFull(f, buf)
	if err != nil && !errors.Is(err, io.ErrUnexpectedEOF) && !errors.Is(err, io.EOF) {
		return nil, err
	}
	return buf[:k], nil
}

// Anomaly is a structural oddity of the package archive as the archive
// reader recorded it: Kind is its name (traversal, symlink,
// duplicate-entry...), Path the entry as written in the archive.
type Anomaly struct {
	Kind, Path, Detail string
}

// Anomalies returns the archive's anomalies (none for a file system that
// is not a package archive).
func (t *Target) Anomalies() []Anomaly {
	src, ok := t.FS.(interface{ Anomalies() []archive.Anomaly })
	if !ok {
		return nil
	}
	var out []Anomaly
	for _, a := range src.Anomalies() {
		out = append(out, Anomaly{Kind: a.Kind.String(), Path: a.Path, Detail: a.Detail})
	}
	return out
}

// Retained reports the files whose bytes analysis reads: code, JSON
// (package.json, .vscode/tasks.json), scripts, binding.gyp, and the plain
// text files code may be hidden in and run from (require("./payload.txt"),
// eval(fs.readFileSync("data.txt"))) or read a command from
// (fs.readFileSync("README.md").split("\n").pop()): a file of any other type that code
// runs is reported as not analysed. Of the others, rules only sniff the
// first bytes (Head), so a scan need not keep them in memory
// (archive.Limits.Retain).
func Retained(name string) bool {
	if IsCode(name) {
		return true
	}
	switch strings.ToLower(path.Ext(name)) {
	case ".json", ".sh", ".bash", ".ps1", ".cmd", ".bat", ".vbs", ".vbe", ".hta", ".gyp",
		".txt", ".log", ".cfg", ".conf", ".ini", ".tmp", ".out", ".md",
		// CI workflows, which a package may plant in a repository
		".yml", ".yaml",
		// what install scripts hand to other interpreters and build tools
		".py", ".pl", ".rb", ".mk", ".cmake",
		// templates and patches code fills in and writes out (a launchd
		// plist, a systemd unit, a .patch "applied" to node_modules)
		".patch", ".diff", ".tpl", ".tmpl", ".template", ".plist", ".service", ".desktop", ".reg":
		return true
	}
	return path.Base(name) == "CMakeLists.txt"
}

// ArchiveLimits are archive.DefaultLimits keeping only the files analysis
// reads (Retained, RetainedHead); the others are listed and sniffed.
func ArchiveLimits() archive.Limits {
	lim := archive.DefaultLimits()
	lim.Retain, lim.RetainHead = Retained, RetainedHead
	return lim
}

// RetainedHead reports, from its first bytes, a file Retained rejects that
// a scan keeps all the same: a script with a "#!" line, text with no
// extension (an install script may run "node scripts/setup"), text that
// opens like a CommonJS module, and text that opens like a CI workflow.
func RetainedHead(name string, head []byte) bool {
	if bytes.HasPrefix(head, []byte("#!")) {
		return true
	}
	text := len(head) > 0 && bytes.IndexByte(head, 0) < 0 && utf8.Valid(trimPartialRune(head))
	// text with no extension, or any text that opens like a CommonJS
	// module: node runs a required file of any extension as JavaScript
	// (require("./man/macros.1")), or like a CI workflow (a template a
	// CLI writes into the repository)
	return text && (path.Ext(name) == "" || jsHead(head) || WorkflowHead(head))
}

// WorkflowHead reports text that opens like a GitHub Actions workflow: its
// triggers (on:) or jobs at the start of a line.
func WorkflowHead(head []byte) bool {
	for _, k := range [...]string{"on:", "jobs:", "runs-on:"} {
		if bytes.HasPrefix(head, []byte(k)) || bytes.Contains(head, []byte("\n"+k)) {
			return true
		}
	}
	return false
}

// jsHead reports text whose first statement, after any comments, reads
// as JavaScript (a license banner above module.exports).
func jsHead(head []byte) bool {
	h := bytes.TrimLeft(head, " \t\r\n\ufeff;")
	for range 16 {
		var end int
		switch {
		case bytes.HasPrefix(h, []byte("/*")):
			if end = bytes.Index(h[2:], []byte("*/")); end < 0 {
				return false
			}
			end += 4
		case bytes.HasPrefix(h, []byte("//")):
			if end = bytes.IndexByte(h, '\n'); end < 0 {
				return false
			}
		default:
			end = -1
		}
		if end < 0 {
			break
		}
		h = bytes.TrimLeft(h[end:], " \t\r\n")
	}
	for _, p := range [...]string{"'use strict'", `"use strict"`, "var ", "const ", "let ", "function", "(function", "!function", "module.exports", "exports.", "exports[", "require(", "import ", "export "} {
		if bytes.HasPrefix(h, []byte(p)) {
			return true
		}
	}
	return false
}

// trimPartialRune drops a UTF-8 sequence cut off at the end of b.
func trimPartialRune(b []byte) []byte {
	for i := 1; i <= 3 && i <= len(b); i++ {
		if utf8.RuneStart(b[len(b)-i]) {
			if !utf8.FullRune(b[len(b)-i:]) {
				return b[:len(b)-i]
			}
			break
		}
	}
	return b
}

// jsShebang matches the "#!" line of a script Node (or Bun, Deno, tsx)
// runs.
var jsShebang = regexp.MustCompile(`^#![^\n]*\b(node|nodejs|bun|deno|tsx|ts-node)\b`)

// scriptHead returns the first bytes of a file with no code extension
// that could run as a script (retained, not binary); nil for others.
func (t *Target) scriptHead(name string) []byte {
	if IsCode(name) || !runsAsCode(name) {
		return nil
	}
	head, err := t.Head(name, 128)
	if err != nil || bytes.IndexByte(head, 0) >= 0 {
		return nil
	}
	return head
}

// scriptLike reports a file with no code extension that runs as
// JavaScript by its "#!" line (bin/cli with #!/usr/bin/env node).
func (t *Target) scriptLike(name string) bool {
	return jsShebang.Match(t.scriptHead(name))
}

// IsCode reports files jsast analyses (not .d.ts).
func IsCode(name string) bool {
	n := strings.ToLower(name)
	if strings.HasSuffix(n, ".d.ts") || strings.HasSuffix(n, ".d.mts") || strings.HasSuffix(n, ".d.cts") {
		return false
	}
	switch path.Ext(n) {
	case ".js", ".mjs", ".cjs", ".ts", ".mts", ".cts", ".tsx", ".jsx":
		return true
	}
	return false
}

// CodeFiles lists the files with code, plus virtual files for inline
// install scripts ("package.json#scripts.postinstall"). The slice is shared:
// do not modify it.
func (t *Target) CodeFiles() []string {
	t.codeOnce.Do(func() {
		var out []string
		t.roleInit()
		for _, f := range t.Files() {
			if IsCode(f) || t.scriptLike(f) && !t.loadedAsCode[f] {
				out = append(out, f)
			}
		}
		for v := range t.inline {
			out = append(out, v)
		}
		for f := range t.loadedAsCode {
			out = append(out, f)
		}
		slices.Sort(out)
		t.codeFiles = out
	})
	return t.codeFiles
}

// CodeFile is a code file with its parsed facts and role.
type CodeFile struct {
	Name  string
	Role  Role
	Facts *jsast.Facts
}

// Code returns every code file that could be parsed, with its facts and
// role, in CodeFiles order. Rules iterate it many times, so it is built
// once; the slice is shared: do not modify it.
func (t *Target) Code() []CodeFile {
	t.codeFactsOnce.Do(func() {
		for _, name := range t.CodeFiles() {
			if f, err := t.Facts(name); err == nil && f != nil {
				t.code = append(t.code, CodeFile{Name: name, Role: t.Role(name), Facts: f})
			}
		}
		t.link(t.code)
		t.code = append(t.code, t.embeddedCode(t.code)...)
	})
	return t.code
}

// Linking bounds: rounds over the package, files analysed again in all,
// and the size of a file analysed again (a bundle holds its modules
// itself).
const (
	linkRounds = 3
	linkFiles  = 32
	linkSize   = 1 << 20
)

// link connects the package's modules, and a file's functions, where
// what matters crosses from one to another (jsast.Carried: the whole
// environment, a secret-named variable, a secret file's content, a
// command's output): a module handing it to a function of another or of
// its own (jsast.Facts.ModuleCalls), calling or reading another module's
// function or property that gives it (Facts.Returns), storing it into
// another module's exports (Facts.Stores), emitting it as an event others
// listen to (Facts.Emits, Listens). The module on the receiving side is
// analysed again knowing so (jsast.Limits.Params, Results, Events), and
// its facts replace the first ones: what it does with what it got (send
// it, run it) is then seen where it happens. A chain over three modules
// (index.js calls send(collect())) takes two rounds.
func (t *Target) link(code []CodeFile) {
	index := map[string]int{}
	for i, f := range code {
		index[f.Name] = i
	}
	seed := map[string]*linkSeeds{}
	get := func(name string) *linkSeeds {
		if seed[name] == nil {
			seed[name] = &linkSeeds{params: map[string][]jsast.Carried{}, results: map[string]jsast.Carried{}, events: map[string]jsast.Carried{}}
		}
		return seed[name]
	}
	budget := linkFiles
	for range linkRounds {
		// most packages have none of these: resolving every import would
		// cost more than the rest of the linking
		if !slices.ContainsFunc(code, func(f CodeFile) bool { return linksOut(f.Facts) }) {
			return
		}
		changed := map[string]bool{}
		// stored[module] are the properties other modules store into
		// module's exports; emitted are the events emitted with what
		// matters
		stored := map[string][]jsast.Return{}
		emitted := map[string]jsast.Carried{}
		for _, f := range code {
			for _, mc := range f.Facts.ModuleCalls {
				target, member := f.Name, mc.Callee
				if jsast.Relative(mc.Callee) {
					target, member = t.calleeModule(f, mc.Callee)
				}
				i, ok := index[target]
				if !ok || target == f.Name && jsast.Relative(mc.Callee) {
					continue
				}
				names := []string{member}
				if d := code[i].Facts.DefaultExport; member == "default" && d != "" {
					names = append(names, d)
				}
				s := get(target)
				for _, n := range names {
					if s.param(n, mc.Args) {
						changed[target] = true
					}
				}
				s.from(fmt.Sprintf("%s:%d", f.Name, mc.Pos.Line))
				if mc.Dest != "" && len(s.dests) < 4 && !slices.Contains(s.dests, mc.Dest) {
					s.dests = append(s.dests, mc.Dest)
				}
			}
			for _, st := range f.Facts.Stores {
				spec, prop := splitMember(f, st.Name)
				if m := t.Resolve(f.Name, spec); m != "" {
					stored[m] = append(stored[m], jsast.Return{Name: prop, Carried: st.Carried})
				}
			}
			for _, e := range f.Facts.Emits {
				emitted[e.Name] = emitted[e.Name].Merge(e.Carried)
			}
		}
		// imports matter only where a module returns or is stored into
		returns := len(stored) > 0 || slices.ContainsFunc(code, func(f CodeFile) bool { return len(f.Facts.Returns) > 0 })
		for _, f := range code {
			for _, ev := range f.Facts.Listens {
				if c, ok := emitted[ev]; ok {
					s := get(f.Name)
					if s.merge(s.events, ev, c) {
						changed[f.Name] = true
						s.from(fmt.Sprintf("event %q", ev))
					}
				}
			}
			for _, im := range f.Facts.Imports {
				if !returns || !jsast.Relative(im.Module) {
					continue
				}
				target := t.Resolve(f.Name, im.Module)
				i, ok := index[target]
				if !ok || target == f.Name {
					continue
				}
				s := get(f.Name)
				for _, r := range code[i].Facts.Returns {
					keys := []string{im.Module + "." + r.Name}
					if r.Name == "default" || r.Name == code[i].Facts.DefaultExport {
						keys = append(keys, im.Module, im.Module+".default")
					}
					for _, k := range keys {
						if s.merge(s.results, k, r.Carried) {
							changed[f.Name] = true
							s.from(fmt.Sprintf("%s (%s)", code[i].Name, r.Name))
						}
					}
				}
				for _, st := range stored[target] {
					// the module as a whole and the property stored into
					for _, k := range []string{im.Module, im.Module + "." + st.Name} {
						if s.merge(s.results, k, st.Carried) {
							changed[f.Name] = true
							s.from(fmt.Sprintf("%s (%s)", code[i].Name, st.Name))
						}
					}
				}
			}
		}
		if len(changed) == 0 {
			return
		}
		for _, name := range slices.Sorted(maps.Keys(changed)) {
			i := index[name]
			if budget == 0 || inlineName(name) || code[i].Facts.Size > linkSize || code[i].Facts.Mode == jsast.ModeLexer || code[i].Facts.Mode == jsast.ModeSkipped {
				continue
			}
			src, err := t.Read(name)
			if err != nil {
				continue
			}
			budget--
			s := seed[name]
			lim := t.codeLimits()
			lim.Params, lim.Results, lim.Events = s.params, s.results, s.events
			release := parseTurn(len(src))
			f := jsast.Analyze(name, src, lim)
			release()
			if sentEnv(f) > sentEnv(code[i].Facts) {
				// the environment it sends is (also) what it was given:
				// say where from (a file sending its own is as before)
				f.EnvFrom = slices.Clone(s.where)
			}
			if sentData(f) > sentData(code[i].Facts) {
				f.DataFrom, f.DataDest = slices.Clone(s.where), slices.Clone(s.dests)
			}
			t.mu.Lock()
			f.Share(t.intern)
			t.facts[name] = f
			t.mu.Unlock()
			code[i].Facts = f
		}
	}
}

// linkSeeds are what linking hands one module (jsast.Limits.Params,
// Results, Events), where it comes from and the destinations handed
// along with it (jsast.ModuleCall.Dest), at most 4 of each.
type linkSeeds struct {
	params  map[string][]jsast.Carried
	results map[string]jsast.Carried
	events  map[string]jsast.Carried
	where   []string
	dests   []string
}

// param merges what a call's arguments carry into function n's
// parameters; true if that adds anything.
func (s *linkSeeds) param(n string, args []jsast.Carried) bool {
	cur := s.params[n]
	grown := false
	for i, a := range args {
		if a.Zero() {
			continue
		}
		if i >= len(cur) {
			cur = append(cur, make([]jsast.Carried, i+1-len(cur))...)
		}
		if m := cur[i].Merge(a); m != cur[i] {
			cur[i], grown = m, true
		}
	}
	s.params[n] = cur
	return grown
}

// merge merges c into m[k]; true if that adds anything.
func (s *linkSeeds) merge(m map[string]jsast.Carried, k string, c jsast.Carried) bool {
	old, ok := m[k]
	if n := old.Merge(c); !ok || n != old {
		m[k] = n
		return true
	}
	return false
}

func (s *linkSeeds) from(where string) {
	if len(s.where) < 4 && !slices.Contains(s.where, where) {
		s.where = append(s.where, where)
	}
}

// linksOut reports a file with anything for linking to hand on.
func linksOut(f *jsast.Facts) bool {
	return len(f.ModuleCalls) > 0 || len(f.Returns) > 0 || len(f.Stores) > 0 || len(f.Emits) > 0
}

// splitMember splits a Facts.Stores name ("./state.raw") into the module
// as f requires it and the property, by f's imports.
func splitMember(f CodeFile, name string) (spec, prop string) {
	for _, im := range f.Facts.Imports {
		m := im.Module
		if len(m) > len(spec) && strings.HasPrefix(name, m+".") && jsast.Relative(m) {
			spec = m
		}
	}
	if spec == "" {
		i := strings.LastIndexByte(name, '.')
		return name[:max(i, 0)], name[i+1:]
	}
	return spec, name[len(spec)+1:]
}

// sentEnv counts the requests a file puts the whole environment into.
func sentEnv(f *jsast.Facts) int {
	n := 0
	for _, e := range f.Env {
		if e.Name == "" && strings.HasPrefix(e.How, "sent:") {
			n++
		}
	}
	return n
}

// sentData counts the requests a file puts a secret file's content, a
// command's output or a secret-named variable into.
func sentData(f *jsast.Facts) int {
	n := len(f.FileSends)
	for _, e := range f.Env {
		if e.Name != "" && strings.HasPrefix(e.How, "sent:") {
			n++
		}
	}
	return n
}

// calleeModule returns the file of the package and the member a callee
// rendered through a relative import of f names ("./cache.persist": the
// file ./cache resolves to, "persist"; "./collect": the module itself,
// "default"); "" if none.
func (t *Target) calleeModule(f CodeFile, callee string) (file, member string) {
	spec := ""
	for _, im := range f.Facts.Imports {
		m := im.Module
		if len(m) > len(spec) && (callee == m || strings.HasPrefix(callee, m+".")) && jsast.Relative(m) {
			spec = m
		}
	}
	if spec == "" {
		return "", ""
	}
	member = "default"
	if rest := strings.TrimPrefix(callee, spec); rest != "" {
		member = rest[strings.LastIndexByte(rest, '.')+1:]
	}
	return t.Resolve(f.Name, spec), member
}

// embeddedCode returns code the package keeps as text in one module and
// runs from another: a code sink (eval, Function, vm, an eval worker)
// handed what a name imported from a relative module gives, such as
// new Worker(workerSource(), {eval: true}) with workerSource in
// ./lib/bootstrap.js building it from template strings; a build sink
// (new ConcatSource(asset, runtimeFor(name)), Babel's
// template.statements.ast(code)) putting what any module its file loads
// builds into the bundles or programs it emits; or a hook on Node's module
// loader appending it to the modules loaded after it (the hook's own
// strings are jsast's); or install-time code writing out the lines of a
// text file of the package it reads (a .patch appended to the files of
// node_modules), each line that reads as code analysed alone as
// "FILE#text:LINE.N". Each string of that module that reads as code doing
// something (64 bytes to 64 KiB, parsed), and each text it builds around
// run-time values (jsast.Facts.Templates), becomes a virtual file
// "lib/bootstrap.js#text:LINE" with the role of the file that runs it; at
// most 8 per package.
func (t *Target) embeddedCode(code []CodeFile) []CodeFile {
	byName := map[string]*jsast.Facts{}
	for _, f := range code {
		byName[f.Name] = f.Facts
	}
	var out []CodeFile
	done := map[string]bool{}
	// virtual analyses text as a file of code named name, run by f (its
	// findings take f's role); false if it does not parse
	virtual := func(f CodeFile, name, text string) bool {
		facts := jsast.Analyze(name, []byte(text), t.codeLimits())
		if facts.Mode != jsast.ModeAST {
			return false
		}
		out = append(out, CodeFile{Name: name, Role: f.Role, Facts: facts})
		t.classMu.Lock()
		if t.classes == nil {
			t.classes = map[string]Role{}
		}
		t.classes[name] = f.Role
		t.classMu.Unlock()
		return true
	}
	// add analyses the code-like strings of module g as code run by f
	add := func(f CodeFile, g string, looksLikeCode func(string) bool) {
		gf := byName[g]
		if g == "" || done[g] || gf == nil || gf.Bundle() {
			return
		}
		done[g] = true
		for _, s := range slices.Concat(gf.Strings, gf.Templates) {
			if len(out) >= 8 {
				return
			}
			if s.Printed || len(s.Value) < 64 || len(s.Value) > 64<<10 || !looksLikeCode(s.Value) {
				continue
			}
			virtual(f, fmt.Sprintf("%s#text:%d", g, s.Pos.Line), s.Value)
		}
	}
	for _, f := range code {
		if f.Facts.Bundle() {
			continue
		}
		if f.Role == RoleInstall && slices.ContainsFunc(f.Facts.Calls, writesFile) {
			// install-time code copying lines of a package's text file
			// into others (a .patch "applied" to node_modules): the lines
			// that read as code are what it plants
			for _, s := range f.Facts.Strings {
				if !s.FromFile || len(out) >= 8 {
					continue
				}
				for i, line := range strings.Split(s.Value, "\n") {
					line = strings.TrimPrefix(line, "+")
					if len(out) >= 8 || len(line) < 64 || len(line) > 64<<10 || !jsast.LooksLikeCode(line) {
						continue
					}
					virtual(f, fmt.Sprintf("%s#text:%d.%d", f.Name, s.Pos.Line, i+1), line)
				}
			}
		}
		if slices.ContainsFunc(f.Facts.Assigns, func(a jsast.Assign) bool { return jsast.LoaderHook(a.Target) }) {
			// a hook on Node's module loader (Module._extensions[".js"])
			// rewrites the source of the modules loaded after it: code it
			// keeps as text in a module it loads is what it adds (jsast
			// reads the hook's own strings so)
			for _, im := range f.Facts.Imports {
				if g := t.Resolve(f.Name, im.Module); g != f.Name {
					add(f, g, jsast.LooksLikeCode)
				}
			}
		}
		for _, c := range f.Facts.Calls {
			build := jsast.BuildSink(c.Callee)
			if !build && !jsast.CodeSink(c.Callee) && c.Callee != jsast.DataImport || len(c.Args) == 0 {
				continue
			}
			looksLikeCode := jsast.LooksLikeCode
			if build {
				looksLikeCode = jsast.LooksLikePageCode
			}
			for _, im := range f.Facts.Imports {
				// a build sink is handed what the plugin builds, often
				// through a variable: every module it loads is read
				if g := t.Resolve(f.Name, im.Module); g != f.Name && (build || importsName(im, c.Args)) {
					add(f, g, looksLikeCode)
				}
			}
		}
	}
	return out
}

// writesFile reports a call that writes or appends to a file.
func writesFile(c jsast.Call) bool {
	switch c.Callee[strings.LastIndexByte(c.Callee, '.')+1:] {
	case "writeFile", "writeFileSync", "appendFile", "appendFileSync":
		return true
	}
	return false
}

// importsName reports an argument built from a name the import binds
// (workerSource in const { workerSource } = require("./lib/bootstrap")).
// The name must stand in the same statement, shortly before the module.
func importsName(im jsast.Import, args []jsast.Arg) bool {
	snip := im.Snippet.String()
	at := strings.Index(snip, im.Module)
	if at < 0 {
		return false
	}
	for _, a := range args {
		for _, n := range a.Names {
			if len(n) < 3 || n == "require" || n == "this" {
				continue
			}
			if j := strings.LastIndex(snip[:at], n); j >= 0 && at-j <= 80 && !strings.ContainsAny(snip[j:at], ";\n") {
				return true
			}
		}
	}
	return false
}

// Facts returns the parsed facts of a code file (cached); nil if it cannot
// be read (the error says why).
func (t *Target) Facts(name string) (*jsast.Facts, error) {
	t.mu.Lock()
	if f, ok := t.facts[name]; ok {
		t.mu.Unlock()
		return f, nil
	}
	if err, ok := t.errs[name]; ok {
		t.mu.Unlock()
		return nil, err
	}
	t.mu.Unlock()
	var src []byte
	var err error
	fname := name
	if code, ok := t.inlineCode(name); ok {
		src, fname = []byte(code), "inline.js"
	} else {
		src, err = t.Read(name)
	}
	var f *jsast.Facts
	if err == nil {
		release := parseTurn(len(src))
		f = jsast.Analyze(fname, src, t.codeLimits())
		release()
	}
	t.mu.Lock()
	defer t.mu.Unlock()
	if err != nil {
		t.errs[name] = err
		return nil, err
	}
	f.Share(t.intern)
	t.facts[name] = f
	return f, nil
}

// intern returns the package's copy of s (t.mu held).
func (t *Target) intern(s string) string {
	if v, ok := t.names[s]; ok {
		return v
	}
	if len(t.names) < 1<<16 {
		t.names[s] = s
	}
	return s
}

// inlineName reports the name of code an install command carries inline
// (node -e "…"): "package.json#scripts.postinstall", or
// "binding.gyp#N" for a command binding.gyp expands.
func inlineName(name string) bool {
	return strings.HasPrefix(name, "package.json#") || strings.HasPrefix(name, "binding.gyp#")
}

func (t *Target) inlineCode(name string) (string, bool) {
	if !inlineName(name) {
		return "", false
	}
	t.roleInit()
	c, ok := t.inline[name]
	return c, ok
}

// InstallScripts returns the lifecycle scripts that run on install, in
// npm's order, including the implicit node-gyp build for binding.gyp.
func (t *Target) InstallScripts() []Script {
	m, _ := t.Manifest()
	if m == nil {
		return nil
	}
	var out []Script
	for _, h := range InstallHooks {
		if c, ok := m.Scripts[h]; ok && strings.TrimSpace(c) != "" {
			out = append(out, Script{Hook: h, Command: c})
		}
	}
	if _, ok := m.Scripts["install"]; !ok {
		if _, ok := m.Scripts["preinstall"]; !ok && slices.Contains(t.Files(), "binding.gyp") {
			out = append(out, Script{Hook: "install", Command: "node-gyp rebuild (implicit: binding.gyp)"})
		}
	}
	return out
}

// buildsGyp reports install scripts that build binding.gyp with node-gyp:
// the implicit build, or a script that runs node-gyp (node-gyp rebuild,
// prebuild-install || node-gyp rebuild, node-gyp-build).
func (t *Target) buildsGyp(scripts []Script) bool {
	if !slices.Contains(t.Files(), "binding.gyp") {
		return false
	}
	return slices.ContainsFunc(scripts, func(s Script) bool { return strings.Contains(s.Command, "node-gyp") })
}

// gypText returns binding.gyp's text ("" if it cannot be read).
func (t *Target) gypText() string {
	b, err := t.Read("binding.gyp")
	if err != nil {
		return ""
	}
	return string(b)
}

// gypUnescape undoes the escapes of a gyp string (a Python literal).
var gypUnescape = strings.NewReplacer(`\\`, `\`, `\"`, `"`, `\'`, `'`)

// GypCommand is one of binding.gyp's command expansions, with its line.
type GypCommand struct {
	Command string
	Line    int
}

// GypCommands returns the commands of binding.gyp's command expansions,
// <!(cmd), <!@(cmd) and their >! forms, at most 64 (none past line
// 5,000), unescaped as gyp's strings are (<!(node -p
// \"require('x').include\")).
func GypCommands(text string) []GypCommand {
	var out []GypCommand
	for n, line := range strings.Split(text, "\n") {
		if n >= 5000 {
			break
		}
		for i := 0; i+2 < len(line) && len(out) < 64; i++ {
			if (line[i] != '<' && line[i] != '>') || line[i+1] != '!' {
				continue
			}
			j := i + 2
			if j < len(line) && line[j] == '@' {
				j++
			}
			if j >= len(line) || line[j] != '(' {
				continue
			}
			depth, k := 0, j
			for ; k < len(line); k++ {
				if line[k] == '(' {
					depth++
				} else if line[k] == ')' {
					if depth--; depth == 0 {
						break
					}
				}
			}
			if cmd := strings.TrimSpace(gypUnescape.Replace(line[j+1 : min(k, len(line))])); cmd != "" {
				out = append(out, GypCommand{Command: cmd, Line: n + 1})
			}
			i = k
		}
	}
	return out
}

// Role returns a file's role.
func (t *Target) Role(name string) Role {
	t.roleInit()
	if r, ok := t.roles[name]; ok {
		return r
	}
	t.classMu.Lock()
	defer t.classMu.Unlock()
	if r, ok := t.classes[name]; ok {
		return r
	}
	if t.classes == nil {
		t.classes = map[string]Role{}
	}
	r := classify(name, t.Partial())
	t.classes[name] = r
	return r
}

// InstallHook returns the hook that runs a file at install, if any.
func (t *Target) InstallHook(name string) string {
	t.roleInit()
	return t.installFiles[name]
}

var (
	installName = regexp.MustCompile(`^(pre|post)?install\.[cm]?js$`)
	testRe      = regexp.MustCompile(`(^|/)(tests?|__tests__|spec|specs|__mocks__|fixtures?|e2e)(/|$)|\.(test|spec)\.[cm]?[jt]sx?$`)
	docsRe      = regexp.MustCompile(`(^|/)(docs?|examples?|demos?|samples?|benchmarks?|bench|website|coverage)(/|$)`)
	nodeRe      = regexp.MustCompile(`(?:^|[\s;&|(])(?:node|nodejs|bun|deno run|tsx|ts-node)\s+((?:-[-\w=]+\s+)*)([^\s;&|)'"]+)`)
	// files a script hands to a shell, another interpreter or a build
	// tool: sh x, bash ./install, ./configure, python3 setup.py,
	// powershell -File x.ps1, make -f x.mk, cmake -P x.cmake
	shellRe = regexp.MustCompile(`(?i)(?:^|[\s;&|(])(?:sh|bash|zsh|dash|source|\.)\s+(?:-\w+\s+)*([^\s;&|)'"-][^\s;&|)'"]*)|(?:^|[\s;&|(])\./([^\s;&|)]+)|` +
		`(?:^|[\s;&|(])(?:python[0-9.]*|perl|ruby|php)\s+(?:-\w+\s+)*([^\s;&|)'"-][^\s;&|)'"]*)|(?:powershell|pwsh)(?:\.exe)?\s[^;&|]*?-file\s+["']?([^\s;&|)'"]+)|` +
		`(?:^|[\s;&|(])(?:make|gmake)\s[^;&|]*?-f\s+([^\s;&|)]+)|(?:^|[\s;&|(])cmake\s[^;&|]*?-P\s+([^\s;&|)]+)`)
	// make with no -f runs the Makefile of its directory (or of -C dir)
	makeRe   = regexp.MustCompile(`(?:^|[\s;&|(])(?:make|gmake)(?:\s+-C\s+([^\s;&|)]+))?(?:\s|$|[;&|)])`)
	inlineRe = regexp.MustCompile(`(?:node|nodejs)\s+(?:-e|--eval|-p|--print)\s+("(?:[^"\\]|\\.)*"|'[^']*')`)
)

func classify(name string, partial bool) Role {
	n := strings.ToLower(name)
	switch {
	case strings.HasSuffix(n, ".d.ts") || strings.HasSuffix(n, ".d.mts") || strings.HasSuffix(n, ".d.cts"):
		return RoleTypes
	case testRe.MatchString(n):
		return RoleTest
	case docsRe.MatchString(n):
		return RoleDocs
	}
	if partial {
		// no manifest: nothing tells us what runs, so assume it all does;
		// a file named after a lifecycle hook is an install script
		if installName.MatchString(path.Base(n)) {
			return RoleInstall
		}
		return RoleEntry
	}
	return RoleOther
}

// roleInit computes install- and entry-reachability over relative imports.
func (t *Target) roleInit() {
	t.rolesOnce.Do(func() {
		t.roles = map[string]Role{}
		t.loadedAsCode = map[string]bool{}
		t.installFiles = map[string]string{}
		t.inline = map[string]string{}
		m, _ := t.Manifest()
		if m == nil {
			return
		}
		files := t.fileIndex()
		var install, entry []string
		scripts := t.InstallScripts()
		if t.buildsGyp(scripts) {
			// node-gyp runs binding.gyp's command expansions, <!(cmd) and
			// <!@(cmd), when it configures the build: install-time code
			for i, c := range GypCommands(t.gypText()) {
				if i >= 16 {
					break
				}
				scripts = append(scripts, Script{Hook: "install", Command: c.Command, gyp: i + 1})
			}
		}
		for _, s := range scripts {
			for _, f := range scriptFiles(s.Command, m, files) {
				t.runsAsJS(f, nodeRun(s.Command, f))
				install = append(install, f)
				if _, ok := t.installFiles[f]; !ok {
					t.installFiles[f] = s.Hook
				}
			}
			for i, mm := range inlineRe.FindAllStringSubmatch(s.Command, -1) {
				code := mm[1]
				code = code[1 : len(code)-1]
				if mm[1][0] == '"' {
					code = strings.NewReplacer(`\"`, `"`, `\\`, `\`).Replace(code)
				}
				v := fmt.Sprintf("package.json#scripts.%s", s.Hook)
				if s.gyp > 0 {
					v = fmt.Sprintf("binding.gyp#%d", s.gyp)
				}
				if i > 0 {
					v += fmt.Sprintf(".%d", i)
				}
				t.inline[v] = code
				t.installFiles[v] = s.Hook
				install = append(install, v)
			}
		}
		for _, f := range entryFiles(m, files) {
			t.runsAsJS(f, false)
			t.disguisedEntry(f)
			entry = append(entry, f)
		}
		t.reach(install, RoleInstall, files)
		t.reach(entry, RoleEntry, files)
	})
}

// runsAsJS marks a script root with no code extension as code when Node
// runs it: named after node in the script (byNode), or by its "#!" line.
// A shell script it names stays what it is.
func (t *Target) runsAsJS(f string, byNode bool) {
	head := t.scriptHead(f)
	if head == nil || len(t.loadedAsCode) >= 100 {
		return
	}
	if jsShebang.Match(head) || byNode && !bytes.HasPrefix(head, []byte("#!")) {
		t.loadedAsCode[f] = true
	}
}

// disguisedEntry marks an entry point the manifest names whose
// extension says asset ("node": "./dist/tokens.css") but whose text is
// JavaScript that acts: node's CommonJS loader runs a file of any
// extension it does not know as .js.
func (t *Target) disguisedEntry(f string) {
	if IsCode(f) || t.loadedAsCode[f] || len(t.loadedAsCode) >= 100 {
		return
	}
	switch strings.ToLower(path.Ext(f)) {
	case ".json", ".node", ".wasm":
		return // loaded as what they are
	case ".ts", ".mts", ".cts":
		return // type declarations (index.d.ts): the "types" condition is the compiler's
	}
	head, err := t.Head(f, 64<<10)
	if err != nil || bytes.IndexByte(head, 0) >= 0 || !jsast.LooksLikeCode(string(head)) {
		return
	}
	t.loadedAsCode[f] = true
}

// nodeRun reports whether a script runs file f with node (node f, not
// sh f or ./f).
func nodeRun(cmd, f string) bool {
	for _, mm := range nodeRe.FindAllStringSubmatch(cmd, -1) {
		if path.Clean(strings.TrimPrefix(strings.Trim(mm[2], `"'`), "./")) == f {
			return true
		}
	}
	return false
}

// maxInstallReach is the number of files install scripts may reach
// before only the scripts and what they load directly count as install
// time (see reach).
const maxInstallReach = 64

// reach marks files reachable from roots through relative imports.
//
// Install scripts that reach more than maxInstallReach files are the
// post-install steps of a large tool (nx's loads 272 files of its CLI):
// most of what they load only defines functions the step never calls.
// There only the scripts and the files they load directly (the package
// files an inline `node -e "require(…)"` loads count as the scripts)
// keep the install role; the rest are left to the entry points. The
// install closures of the real-world set and of the 2,985 most
// downloaded packages hold at most 21 files apart from nx's, and a payload sits in the script or next to it.
func (t *Target) reach(roots []string, role Role, files map[string]bool) {
	type item struct {
		f     string
		depth int
	}
	queue := make([]item, 0, len(roots))
	for _, r := range roots {
		d := 0
		if inlineName(r) {
			d = -1
		}
		queue = append(queue, item{r, d})
	}
	var deep []string // install files beyond the scripts' direct loads
	reached := 0
	defer func() {
		if role == RoleInstall && reached > maxInstallReach {
			for _, f := range deep {
				delete(t.roles, f)
			}
		}
	}()
	for len(queue) > 0 && len(t.roles) < 50000 {
		f, depth := queue[0].f, queue[0].depth
		queue = queue[1:]
		if _, done := t.roles[f]; done {
			continue
		}
		if c := classify(f, false); c == RoleTest || c == RoleDocs || c == RoleTypes {
			// a test fixture the package's own code loads runs with it
			// (locales kept under test/fixtures); one named as an entry
			// point is still a test
			if role != RoleInstall && (depth <= 0 || c != RoleTest) {
				continue
			}
		}
		t.roles[f] = role
		if !IsCode(f) && !inlineName(f) && !t.loadedAsCode[f] {
			continue
		}
		reached++
		if depth > 1 {
			deep = append(deep, f)
		}
		facts, err := t.factsNoRole(f)
		if err != nil || facts == nil {
			continue
		}
		for _, imp := range facts.Imports {
			r := t.resolveSpec(f, imp.Module, files)
			if r == "" && strings.HasPrefix(imp.Module, jsast.Hole+"/") {
				// require(path.join(__dirname, "man", "macros.1"))
				r = resolveRead(f, imp.Module, files)
				if r == "" {
					// require(path.join(__dirname, "locales", lang)):
					// each code file of that directory
					for _, g := range dirModules(f, imp.Module, files) {
						queue = append(queue, item{g, depth + 1})
					}
				}
			}
			if r != "" {
				if !IsCode(r) && runsAsCode(r) {
					t.loadedAsCode[r] = true // require("./payload.txt")
				}
				queue = append(queue, item{r, depth + 1})
			}
		}
		if !facts.Bundle() && runsNodeScript(facts) {
			// spawn(process.execPath, [path.join(__dirname, "probe.mjs")]),
			// fork("./worker.js"): the script runs when this file does
			// (the script names of a small file; a bundle names hundreds)
			named := 0
			for _, s := range facts.Strings {
				if !IsCode(s.Value) || len(s.Value) > 256 {
					continue
				}
				if named++; named > 32 {
					break
				}
				r := resolveRel(f, "./"+strings.TrimPrefix(s.Value, "./"), files)
				if r == "" {
					r = resolveRead(f, s.Value, files)
				}
				if r == "" {
					// path.join(__dirname, "lib", "worker.js"): the one
					// file of that name under the script's directory
					r = underDir(path.Dir(f), s.Value, files)
				}
				if r != "" && r != f {
					queue = append(queue, item{r, depth + 1})
				}
			}
		}
		for _, c := range facts.Calls {
			// eval(fs.readFileSync(path.join(__dirname, "data.txt")))
			if c.FileArg == "" {
				continue
			}
			if r := resolveRead(f, c.FileArg, files); r != "" && !IsCode(r) && runsAsCode(r) && len(t.loadedAsCode) < 100 {
				t.loadedAsCode[r] = true
				queue = append(queue, item{r, depth + 1})
			}
		}
	}
}

// underDir returns the only file of files under dir (the package root
// for ".") whose path ends in /name; "" if none or several.
func underDir(dir, name string, files map[string]bool) string {
	found := ""
	for f := range files {
		if !strings.HasSuffix(f, "/"+name) || dir != "." && !strings.HasPrefix(f, dir+"/") {
			continue
		}
		if found != "" {
			return ""
		}
		found = f
	}
	return found
}

// runsNodeScript reports a file that starts Node on a script: fork(), or
// spawn/execFile of process.execPath or "node".
func runsNodeScript(f *jsast.Facts) bool {
	for _, c := range f.Calls {
		mod, fn, ok := strings.Cut(c.Callee, ".")
		if !ok || mod != "child_process" || len(c.Args) == 0 {
			continue
		}
		switch fn {
		case "fork":
			return true
		case "spawn", "spawnSync", "execFile", "execFileSync":
			a := c.Args[0]
			if a.Known && (a.Value == "node" || a.Value == "nodejs") || slices.Contains(a.Names, "execPath") || slices.Contains(a.Names, "argv0") {
				return true
			}
		}
	}
	return false
}

// runsAsCode reports a file node runs as JavaScript when it is required or
// evaluated: not JSON, a native addon or WebAssembly, nor an asset that
// bundlers import (styles, images, markup).
func runsAsCode(name string) bool {
	switch strings.ToLower(path.Ext(name)) {
	case ".json", ".node", ".wasm", ".css", ".scss", ".sass", ".less", ".styl", ".svg", ".png", ".jpg", ".jpeg", ".gif", ".webp",
		".ico", ".html", ".htm", ".vue", ".svelte", ".astro", ".md", ".mdx", ".graphql", ".gql", ".yaml", ".yml", ".wgsl", ".glsl",
		".flow": // Flow declarations beside the code
		return false
	}
	return true
}

// resolveRead resolves the path a file read names: under the reading
// file's directory when it starts with a run-time part (__dirname,
// path.join(__dirname, ...)), else under the package root (the working
// directory of install scripts). "" if it is not a package file.
// dirModules returns the code files directly in the directory a require
// whose path ends in a run-time name loads from (${…}/locales/${…}), in
// order; none when there are more than 64 or the directory is not
// constant.
func dirModules(from, p string, files map[string]bool) []string {
	dir, ok := strings.CutSuffix(p, "/"+jsast.Hole)
	if !ok || strings.Contains(strings.TrimPrefix(dir, jsast.Hole+"/"), jsast.Hole) {
		return nil
	}
	dir = jsast.PackagePath(from, dir)
	if dir == "" {
		return nil
	}
	var out []string
	for f := range files {
		if path.Dir(f) == dir && IsCode(f) {
			out = append(out, f)
		}
	}
	if len(out) > 64 {
		return nil
	}
	slices.Sort(out)
	return out
}

func resolveRead(from, p string, files map[string]bool) string {
	if p = jsast.PackagePath(from, p); files[p] {
		return p
	}
	return ""
}

// Resolve returns the package file a relative require or import in file
// from loads, as node resolves it ("./config" is config.js, or
// config/index.js); "" when spec is not relative or names no file of the
// package.
func (t *Target) Resolve(from, spec string) string {
	return t.resolveSpec(from, spec, t.fileIndex())
}

// Importers returns the code files that load name (a require or import
// of theirs resolves to it), in Code order. The index is built once for
// the whole package: rules ask it of every file.
func (t *Target) Importers(name string) []CodeFile {
	code := t.Code()
	t.importersOnce.Do(func() {
		t.importers = map[string][]int{}
		for i, g := range code {
			for _, im := range g.Facts.Imports {
				r := t.Resolve(g.Name, im.Module)
				if r == "" {
					continue
				}
				if l := t.importers[r]; len(l) == 0 || l[len(l)-1] != i {
					t.importers[r] = append(l, i)
				}
			}
		}
	})
	idx := t.importers[name]
	out := make([]CodeFile, len(idx))
	for i, j := range idx {
		out[i] = code[j]
	}
	return out
}

// resolveSpec is resolveRel, with the package's root directory
// (require("./") in an install script's node -e, require("..") in
// scripts/setup.js) resolving to the manifest's main file, as Node does.
func (t *Target) resolveSpec(from, spec string, files map[string]bool) string {
	r := resolveRel(from, spec, files)
	if r != "" || !strings.HasPrefix(spec, ".") {
		return r
	}
	dir := path.Dir(from)
	if inlineName(from) {
		dir = "."
	}
	if path.Join(dir, spec) != "." {
		return ""
	}
	if m, _ := t.Manifest(); m != nil {
		return resolveFile(orDefault(m.Main, "index.js"), files)
	}
	return ""
}

// CommandFiles returns the package's files a shell command runs, as an
// install script's are found: node x.js, sh x, ./configure, python3
// setup.py, make [-C dir], cmake -P x (for binding.gyp's actions).
func (t *Target) CommandFiles(cmd string) []string {
	m, _ := t.Manifest()
	if m == nil {
		m = &npm.Manifest{}
	}
	return scriptFiles(cmd, m, t.fileIndex())
}

// fileIndex is Files as a set, built once.
func (t *Target) fileIndex() map[string]bool {
	t.fileSetOnce.Do(func() {
		t.fileSet = map[string]bool{}
		for _, f := range t.Files() {
			t.fileSet[f] = true
		}
	})
	return t.fileSet
}

// factsNoRole is Facts without re-entering roleInit (inline code is known).
func (t *Target) factsNoRole(name string) (*jsast.Facts, error) {
	if inlineName(name) {
		code := t.inline[name]
		t.mu.Lock()
		defer t.mu.Unlock()
		if f, ok := t.facts[name]; ok {
			return f, nil
		}
		f := jsast.Analyze("inline.js", []byte(code), t.codeLimits())
		t.facts[name] = f
		return f, nil
	}
	return t.Facts(name)
}

// resolveRel resolves a relative specifier like node does (file, .js,
// .json, /index.js).
func resolveRel(from, spec string, files map[string]bool) string {
	if !strings.HasPrefix(spec, "./") && !strings.HasPrefix(spec, "../") && spec != "." && spec != ".." {
		return ""
	}
	dir := path.Dir(from)
	if inlineName(from) {
		dir = "."
	}
	return resolveFile(path.Join(dir, spec), files)
}

func resolveFile(p string, files map[string]bool) string {
	p = path.Clean(strings.TrimPrefix(p, "./"))
	if strings.HasPrefix(p, "../") || p == ".." {
		return ""
	}
	if files[p] {
		return p
	}
	// the candidates are built in one buffer: lookups with string(b) do
	// not allocate, and this runs for every require of every file
	var arr [128]byte
	b := append(arr[:0], p...)
	for _, ext := range resolveExts {
		b = append(b[:len(p)], ext...)
		if files[string(b)] {
			return string(b)
		}
	}
	return ""
}

// resolveExts are what Node tries after a specifier that names no file.
var resolveExts = []string{".js", ".cjs", ".mjs", ".ts", ".json", "/index.js", "/index.cjs", "/index.mjs", "/index.ts"}

// scriptFiles finds package files a lifecycle command runs.
func scriptFiles(cmd string, m *npm.Manifest, files map[string]bool) []string {
	var out []string
	for _, mm := range nodeRe.FindAllStringSubmatch(cmd, -1) {
		arg := strings.Trim(mm[2], `"'`)
		if arg == "." || arg == "./" {
			if f := resolveFile(orDefault(m.Main, "index.js"), files); f != "" {
				out = append(out, f)
			}
			continue
		}
		if f := resolveFile(arg, files); f != "" {
			out = append(out, f)
		}
	}
	for _, mm := range shellRe.FindAllStringSubmatch(cmd, -1) {
		for _, g := range mm[1:] {
			if g == "" {
				continue
			}
			if f := resolveFile(g, files); f != "" {
				out = append(out, f)
			}
		}
	}
	for _, mm := range makeRe.FindAllStringSubmatch(cmd, -1) {
		for _, name := range []string{"Makefile", "makefile", "GNUmakefile"} {
			if f := path.Join(mm[1], name); files[f] {
				out = append(out, f)
				break
			}
		}
	}
	return out
}

func orDefault(s, d string) string {
	if strings.TrimSpace(s) == "" {
		return d
	}
	return s
}

// entryFiles lists main, module, browser, exports and bin targets.
func entryFiles(m *npm.Manifest, files map[string]bool) []string {
	var out []string
	add := func(p string) {
		if f := resolveFile(p, files); f != "" {
			out = append(out, f)
		}
	}
	add(orDefault(m.Main, "index.js"))
	if m.Module != "" {
		add(m.Module)
	}
	for _, raw := range [][]byte{m.Exports, m.Browser} {
		for _, s := range jsonStrings(raw, 0) {
			if strings.HasPrefix(s, "./") || strings.HasSuffix(s, ".js") || strings.HasSuffix(s, ".cjs") || strings.HasSuffix(s, ".mjs") {
				add(s)
			}
		}
	}
	// every bin value is a file, with or without "./" or an extension
	for _, s := range jsonStrings(m.Bin, 0) {
		add(s)
	}
	return out
}

// jsonStrings collects string leaves of a small JSON value.
func jsonStrings(raw []byte, depth int) []string {
	if len(raw) == 0 || depth > 0 {
		// simple scanner: every quoted string in the value
	}
	var out []string
	in := false
	var cur bytes.Buffer
	esc := false
	for _, c := range raw {
		if !in {
			if c == '"' {
				in = true
				cur.Reset()
			}
			continue
		}
		if esc {
			cur.WriteByte(c)
			esc = false
			continue
		}
		switch c {
		case '\\':
			esc = true
		case '"':
			in = false
			if len(out) < 1000 {
				out = append(out, cur.String())
			}
		default:
			cur.WriteByte(c)
		}
	}
	return out
}

// codeLimits are the analysis limits with the package's own package.json
// values and data files, which code may read as constants
// (jsast.Limits.Package, ReadFile).
func (t *Target) codeLimits() jsast.Limits {
	lim := t.lim.Code
	lim.Package = t.packageValue
	lim.ReadFile = t.dataFile
	lim.Module = t.moduleExport
	lim.ModuleArray = t.moduleArray
	lim.ModuleTable = t.moduleTable
	lim.ModuleHelper = t.moduleHelper
	return lim
}

// packageValue looks up a package.json value for jsast; package.json is
// flattened on the first look-up, which most packages' code never makes.
func (t *Target) packageValue(key string) (string, bool) {
	t.pkgOnce.Do(func() { t.pkgValues = packageValues(t) })
	v, ok := t.pkgValues[key]
	return v, ok
}

// maxDataFile caps the data file content code may read as a constant.
const maxDataFile = 64 << 10

// dataFile is a small data file of the package (not code, which is
// analysed in its own right) that code reads with fs.readFileSync.
// moduleExport returns what a small module of the package exports as a
// whole (module.exports = "child_" + "process") for require(spec) in file
// from, or with prop set one constant property of its exports
// (module.exports = { m: "child_" + "process" }).
func (t *Target) moduleExport(from, spec, prop string) (string, bool) {
	e := t.exportsOf(from, spec)
	v := e.whole
	if prop != "" {
		v = e.props[prop]
	}
	return v, v != ""
}

// moduleArray returns a constant array of strings a small module of the
// package exports as property prop (module.exports = { PARTS }), for
// require(spec) in file from.
func (t *Target) moduleArray(from, spec, prop string) ([]string, bool) {
	v, ok := t.exportsOf(from, spec).arrays[prop]
	return v, ok
}

// moduleHelper returns the source of a helper function a small module of
// the package exports as property prop (module.exports = { decode }), for
// require(spec) in file from.
func (t *Target) moduleHelper(from, spec, prop string) (string, bool) {
	v, ok := t.exportsOf(from, spec).helpers[prop]
	return v, ok
}

// moduleTable returns the string table of the decoder a small module of
// the package exports whole, for require(spec) in file from.
func (t *Target) moduleTable(from, spec string) (*jsast.StringTable, bool) {
	e := t.exportsOf(from, spec)
	return e.table, e.table != nil
}

// exportsOf returns the constant exports of the small module require(spec)
// names in file from: from its facts when the module was analysed
// already, else from an analysis of its own that does not follow its
// requires (a module being analysed may be the one asking), kept for the
// next ask. The zero value if there is no such module.
func (t *Target) exportsOf(from, spec string) moduleExports {
	name := t.resolveSpec(from, spec, t.fileIndex())
	if name == "" || !IsCode(name) {
		return moduleExports{}
	}
	t.mu.Lock()
	if f, ok := t.facts[name]; ok && f != nil {
		t.mu.Unlock()
		if f.Size > maxExportModule {
			return moduleExports{}
		}
		return moduleExports{f.Export, f.ExportProps, f.ExportArrays, f.ExportTable, f.ExportHelpers}
	}
	if e, ok := t.exports[name]; ok {
		t.mu.Unlock()
		return e
	}
	t.mu.Unlock()
	var e moduleExports
	if b, err := t.Read(name); err == nil && len(b) <= maxExportModule {
		lim := jsast.DefaultLimits()
		lim.ReadFile = t.dataFile
		f := jsast.Analyze(name, b, lim)
		e = moduleExports{f.Export, f.ExportProps, f.ExportArrays, f.ExportTable, f.ExportHelpers}
	}
	t.mu.Lock()
	if t.exports == nil {
		t.exports = map[string]moduleExports{}
	}
	t.exports[name] = e
	t.mu.Unlock()
	return e
}

// moduleExports are a module's constant exports (jsast.Facts.Export,
// ExportProps, ExportArrays, ExportTable, ExportHelpers).
type moduleExports struct {
	whole   string
	props   map[string]string
	arrays  map[string][]string
	table   *jsast.StringTable
	helpers map[string]string
}

// maxExportModule bounds the modules moduleExport analyses: a constant
// kept in a module of its own is small.
const maxExportModule = 4 << 10

func (t *Target) dataFile(name string) (string, bool) {
	if IsCode(name) {
		return "", false
	}
	b, err := t.Read(name)
	if err != nil || len(b) > maxDataFile {
		return "", false
	}
	return string(b), true
}

// packageValues flattens package.json's string, number and boolean
// fields, and config's, the way code reads them: "field:description",
// "field:config.setup", and as npm exports them to lifecycle scripts,
// "env:npm_package_description", "env:npm_package_config_setup".
func packageValues(t *Target) map[string]string {
	b, err := t.Read("package.json")
	if err != nil {
		return nil
	}
	var top map[string]any
	if json.Unmarshal(b, &top) != nil {
		return nil
	}
	out := map[string]string{}
	put := func(field, env string, v any) {
		var s string
		switch x := v.(type) {
		case string:
			s = x
		case float64, bool:
			s = fmt.Sprint(x)
		default:
			return
		}
		if len(out) < 400 && len(s) <= 64<<10 {
			out["field:"+field] = s
			out["env:npm_package_"+env] = s
		}
	}
	for k, v := range top {
		put(k, envName(k), v)
	}
	if cfg, ok := top["config"].(map[string]any); ok {
		for k, v := range cfg {
			put("config."+k, "config_"+envName(k), v)
		}
	}
	return out
}

// envName is a package.json key as npm names its environment variable.
func envName(k string) string {
	return strings.Map(func(r rune) rune {
		if r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || r == '_' {
			return r
		}
		return '_'
	}, k)
}
