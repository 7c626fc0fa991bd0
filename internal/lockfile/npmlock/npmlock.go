// Package npmlock reads npm's package-lock.json and npm-shrinkwrap.json
// (lockfileVersion 1, 2 and 3) into a depgraph.Graph, resolving every
// dependency the way node's module resolution finds it on disk.
//
// Version 2 and 3 files are read from their "packages" map (one entry per
// installed folder); version 1 files from the nested "dependencies" tree,
// whose "requires" maps give the edges. The project's package.json
// (Input.Project) tells which top-level version 1 entries the root depends
// on directly.
package npmlock

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"net/url"
	"path"
	"slices"
	"strconv"
	"strings"

	"github.com/depfence/depfence/internal/depgraph"
	"github.com/depfence/depfence/internal/lockfile"
	"github.com/depfence/depfence/internal/npm"
)

// Name is the format name.
const Name = "npm"

// maxNesting caps how deep version 1 "dependencies" objects may nest. Real
// trees rarely pass 20 levels; the cap keeps hostile input from recursing
// without bound.
const maxNesting = 1000

// Parser reads npm lockfiles. The zero value is ready to use.
type Parser struct{}

var _ lockfile.Parser = Parser{}

// Name returns "npm".
func (Parser) Name() string { return Name }

// Match reports whether base is package-lock.json or npm-shrinkwrap.json.
func (Parser) Match(base string) bool {
	return base == "package-lock.json" || base == "npm-shrinkwrap.json"
}

// Parse builds the dependency graph of an npm lockfile.
func (Parser) Parse(ctx context.Context, in lockfile.Input) (*depgraph.Graph, error) {
	data := bytes.TrimPrefix(in.Data, []byte("\xef\xbb\xbf")) // npm strips a BOM
	if len(bytes.TrimSpace(data)) == 0 {
		return nil, lockfile.Errorf(in.Path, 0, "empty file: want a JSON object with lockfileVersion and packages or dependencies")
	}
	r := newReader(ctx, in.Path, data)
	doc, err := r.readDocument()
	if err != nil {
		return nil, err
	}
	var g *depgraph.Graph
	switch {
	case doc.packages != nil && (doc.lockVersion >= 2 || doc.deps == nil):
		g = buildPackages(ctx, in, doc)
	case doc.deps != nil:
		g = buildV1(ctx, in, doc)
	case doc.hasLockVersion:
		// A project without dependencies: npm 6 writes no "dependencies".
		g = buildPackages(ctx, in, doc)
	default:
		return nil, lockfile.Errorf(in.Path, 0, "not an npm lockfile: no lockfileVersion, packages or dependencies")
	}
	if err := ctx.Err(); err != nil {
		return nil, fmt.Errorf("parse %q: %w", in.Path, err)
	}
	g.Path = in.Path
	g.Finalize()
	return g, nil
}

// document is the part of a lockfile the builders use.
type document struct {
	name, version  string
	lockVersion    int
	hasLockVersion bool
	lockVersionLn  int
	packages       *ordered[pkgEntry] // nil when absent
	deps           *v1Node            // the root of the v1 tree; nil when absent
}

// ordered is a JSON object's entries in file order; a repeated key keeps
// its first position and its last value, like JSON.parse.
type ordered[T any] struct {
	recs  []rec[T]
	index map[string]int
}

type rec[T any] struct {
	key  string
	line int
	val  *T
}

func (o *ordered[T]) put(key string, line int, v *T) {
	if o.index == nil {
		o.index = make(map[string]int)
	}
	if i, ok := o.index[key]; ok {
		o.recs[i] = rec[T]{key, line, v}
		return
	}
	o.index[key] = len(o.recs)
	o.recs = append(o.recs, rec[T]{key, line, v})
}

// pkgEntry is one value of the "packages" map (lockfileVersion 2 and 3).
type pkgEntry struct {
	Name                 string            `json:"name"`
	Version              string            `json:"version"`
	Resolved             string            `json:"resolved"`
	Integrity            string            `json:"integrity"`
	Link                 bool              `json:"link"`
	Dev                  bool              `json:"dev"`
	Optional             bool              `json:"optional"`
	DevOptional          bool              `json:"devOptional"`
	Peer                 bool              `json:"peer"`
	InBundle             bool              `json:"inBundle"`
	HasInstallScript     bool              `json:"hasInstallScript"`
	Dependencies         map[string]string `json:"dependencies"`
	OptionalDependencies map[string]string `json:"optionalDependencies"`
	PeerDependencies     map[string]string `json:"peerDependencies"`
	DevDependencies      map[string]string `json:"devDependencies"`
	// Read leniently: these come from package.json files verbatim.
	PeerDependenciesMeta json.RawMessage `json:"peerDependenciesMeta"`
	Workspaces           json.RawMessage `json:"workspaces"`
	OS                   json.RawMessage `json:"os"`
	CPU                  json.RawMessage `json:"cpu"`
	Libc                 json.RawMessage `json:"libc"`
}

// stringList reads a JSON array of strings leniently: other shapes give nil.
func stringList(raw json.RawMessage) []string {
	var out []string
	if len(raw) == 0 || json.Unmarshal(raw, &out) != nil {
		return nil
	}
	return out
}

// v1Entry is one value of a version 1 "dependencies" map.
type v1Entry struct {
	Version   string
	Resolved  string
	Integrity string
	Requires  map[string]string
	Dev       bool
	Optional  bool
	Bundled   bool
}

// v1Node is a version 1 entry with its nested dependencies.
type v1Node struct {
	key      string // "node_modules/a/node_modules/b"
	line     int
	e        v1Entry
	children ordered[v1Node]
}

// skip consumes any JSON value without keeping it.
type skip struct{}

func (*skip) UnmarshalJSON([]byte) error { return nil }

// reader walks the lockfile with a json.Decoder, so that entries keep their
// file order and each key's line is known.
type reader struct {
	ctx      context.Context
	path     string
	data     []byte
	dec      *json.Decoder
	lastOff  int64
	lastLine int
	count    int
}

func newReader(ctx context.Context, path string, data []byte) *reader {
	return &reader{ctx: ctx, path: path, data: data, dec: json.NewDecoder(bytes.NewReader(data)), lastLine: 1}
}

// line returns the 1-based line of byte offset off. Offsets mostly grow, so
// newlines are counted incrementally.
func (r *reader) line(off int64) int {
	if off < 0 {
		off = 0
	}
	if off > int64(len(r.data)) {
		off = int64(len(r.data))
	}
	if off < r.lastOff {
		return 1 + bytes.Count(r.data[:off], []byte{'\n'})
	}
	r.lastLine += bytes.Count(r.data[r.lastOff:off], []byte{'\n'})
	r.lastOff = off
	return r.lastLine
}

// here is the line of the end of the last token read.
func (r *reader) here() int { return r.line(r.dec.InputOffset()) }

// jsonErr turns a decoder error into a *lockfile.ParseError. what names the
// place in the document ("packages[\"node_modules/a\"]"); line is used when
// the error carries no offset.
func (r *reader) jsonErr(err error, what string, line int) error {
	var pe *lockfile.ParseError
	if errors.As(err, &pe) {
		return err
	}
	var syn *json.SyntaxError
	var typ *json.UnmarshalTypeError
	switch {
	case errors.As(err, &syn):
		return lockfile.Errorf(r.path, r.line(syn.Offset), "invalid JSON: %v", syn)
	case errors.Is(err, io.ErrUnexpectedEOF) || errors.Is(err, io.EOF):
		return lockfile.Errorf(r.path, r.line(int64(len(r.data))), "invalid JSON: unexpected end of file (truncated?)")
	case errors.As(err, &typ):
		field := typ.Field
		if field == "" {
			return lockfile.Errorf(r.path, line, "%s: want %s, got JSON %s", what, jsonKind(typ.Type.String()), typ.Value)
		}
		return lockfile.Errorf(r.path, line, "%s: field %q: want %s, got JSON %s", what, field, jsonKind(typ.Type.String()), typ.Value)
	}
	return lockfile.Errorf(r.path, line, "%s: %v", what, err)
}

// jsonKind names a Go target type the way a lockfile author thinks of it.
func jsonKind(goType string) string {
	switch {
	case goType == "string":
		return "a string"
	case goType == "bool":
		return "a boolean"
	case strings.HasPrefix(goType, "map["), strings.HasSuffix(goType, "pkgEntry"), strings.HasSuffix(goType, "Entry"):
		return "an object"
	}
	return goType
}

// token reads the next token, converting errors.
func (r *reader) token(what string) (json.Token, error) {
	tok, err := r.dec.Token()
	if err != nil {
		return nil, r.jsonErr(err, what, r.here())
	}
	return tok, nil
}

// openObject reads a '{', or fails naming what when the value is something
// else.
func (r *reader) openObject(what string, line int) error {
	tok, err := r.token(what)
	if err != nil {
		return err
	}
	if d, ok := tok.(json.Delim); ok && d == '{' {
		return nil
	}
	return lockfile.Errorf(r.path, line, "%s: want an object, got %s", what, describe(tok))
}

// key reads the next object key; ok is false at the closing '}'.
func (r *reader) key(what string) (key string, ok bool, err error) {
	if !r.dec.More() {
		if _, err := r.token(what); err != nil { // the '}'
			return "", false, err
		}
		return "", false, nil
	}
	tok, err := r.token(what)
	if err != nil {
		return "", false, err
	}
	s, isStr := tok.(string)
	if !isStr {
		return "", false, lockfile.Errorf(r.path, r.here(), "%s: invalid object key %s", what, describe(tok))
	}
	r.count++
	if r.count%1024 == 0 {
		if err := r.ctx.Err(); err != nil {
			return "", false, fmt.Errorf("parse %q: %w", r.path, err)
		}
	}
	return s, true, nil
}

func describe(tok json.Token) string {
	switch t := tok.(type) {
	case nil:
		return "null"
	case json.Delim:
		if t == '[' {
			return "an array"
		}
		return "an object"
	case string:
		return "a string"
	case bool:
		return "a boolean"
	case float64, json.Number:
		return "a number"
	}
	return fmt.Sprintf("%T", tok)
}

// decode reads one value into v.
func (r *reader) decode(v any, what string, line int) error {
	if err := r.dec.Decode(v); err != nil {
		return r.jsonErr(err, what, line)
	}
	return nil
}

func (r *reader) readDocument() (*document, error) {
	doc := &document{}
	tok, err := r.token("lockfile")
	if err != nil {
		return nil, err
	}
	if d, ok := tok.(json.Delim); !ok || d != '{' {
		return nil, lockfile.Errorf(r.path, r.here(), "not an npm lockfile: top level is %s, want an object", describe(tok))
	}
	for {
		k, ok, err := r.key("lockfile")
		if err != nil {
			return nil, err
		}
		if !ok {
			break
		}
		line := r.here()
		switch k {
		case "lockfileVersion":
			var raw json.RawMessage
			if err := r.decode(&raw, "lockfileVersion", line); err != nil {
				return nil, err
			}
			v, err := strconv.Atoi(string(raw))
			if err != nil {
				return nil, lockfile.Errorf(r.path, line, "lockfileVersion: want an integer, got %s", clip(string(raw)))
			}
			if v < 1 {
				return nil, lockfile.Errorf(r.path, line, "unsupported lockfileVersion %d", v)
			}
			doc.lockVersion, doc.hasLockVersion, doc.lockVersionLn = v, true, line
		case "name", "version":
			var raw json.RawMessage
			if err := r.decode(&raw, k, line); err != nil {
				return nil, err
			}
			var s string
			if json.Unmarshal(raw, &s) == nil {
				if k == "name" {
					doc.name = s
				} else {
					doc.version = s
				}
			}
		case "packages":
			pk, err := r.readPackages(line)
			if err != nil {
				return nil, err
			}
			doc.packages = pk
		case "dependencies":
			if doc.hasLockVersion && doc.lockVersion >= 2 {
				if err := r.decode(&skip{}, k, line); err != nil {
					return nil, err
				}
				continue
			}
			root := &v1Node{line: line}
			if err := r.readV1Deps(root, 0); err != nil {
				return nil, err
			}
			doc.deps = root
		default:
			if err := r.decode(&skip{}, k, line); err != nil {
				return nil, err
			}
		}
	}
	if tok, err := r.dec.Token(); err != io.EOF {
		if err != nil {
			return nil, r.jsonErr(err, "lockfile", r.here())
		}
		return nil, lockfile.Errorf(r.path, r.here(), "invalid JSON: %s after the top-level object", describe(tok))
	}
	return doc, nil
}

func (r *reader) readPackages(line int) (*ordered[pkgEntry], error) {
	if err := r.openObject("packages", line); err != nil {
		return nil, err
	}
	pk := &ordered[pkgEntry]{}
	for {
		k, ok, err := r.key("packages")
		if err != nil {
			return nil, err
		}
		if !ok {
			return pk, nil
		}
		line := r.here()
		what := fmt.Sprintf("packages[%q]", clip(k))
		var e *pkgEntry
		if err := r.decode(&e, what, line); err != nil {
			return nil, err
		}
		if e == nil {
			return nil, lockfile.Errorf(r.path, line, "%s: want an object, got null", what)
		}
		pk.put(k, line, e)
	}
}

// readV1Deps reads a version 1 "dependencies" object into parent.children.
func (r *reader) readV1Deps(parent *v1Node, depth int) error {
	what := "dependencies"
	if parent.key != "" {
		what = fmt.Sprintf("dependencies[%q].dependencies", clip(parent.key))
	}
	if depth >= maxNesting {
		return lockfile.Errorf(r.path, parent.line, "%s: nested more than %d levels deep", what, maxNesting)
	}
	if err := r.openObject(what, parent.line); err != nil {
		return err
	}
	for {
		name, ok, err := r.key(what)
		if err != nil {
			return err
		}
		if !ok {
			return nil
		}
		n := &v1Node{key: childKey(parent.key, name), line: r.here()}
		if err := r.readV1Entry(n, depth); err != nil {
			return err
		}
		parent.children.put(name, n.line, n)
	}
}

func (r *reader) readV1Entry(n *v1Node, depth int) error {
	what := fmt.Sprintf("dependencies[%q]", clip(n.key))
	if err := r.openObject(what, n.line); err != nil {
		return err
	}
	for {
		field, ok, err := r.key(what)
		if err != nil {
			return err
		}
		if !ok {
			return nil
		}
		fw := what + "." + field
		var v any
		switch field {
		case "version":
			v = &n.e.Version
		case "resolved":
			v = &n.e.Resolved
		case "integrity":
			v = &n.e.Integrity
		case "requires":
			n.e.Requires = nil
			v = &n.e.Requires
		case "dev":
			v = &n.e.Dev
		case "optional":
			v = &n.e.Optional
		case "bundled":
			v = &n.e.Bundled
		case "dependencies":
			n.children = ordered[v1Node]{}
			if err := r.readV1Deps(n, depth+1); err != nil {
				return err
			}
			continue
		default:
			v = &skip{}
		}
		if err := r.decode(v, fw, n.line); err != nil {
			return err
		}
	}
}

// childKey is the lockfile key of name installed under parent.
func childKey(parent, name string) string {
	if parent == "" {
		return "node_modules/" + name
	}
	return parent + "/node_modules/" + name
}

// parentLoc returns the folder node's module resolution looks in after loc:
// the package folder that holds loc's node_modules, or loc's parent
// directory for project folders. ok is false at the project root.
func parentLoc(loc string) (string, bool) {
	if loc == "" {
		return "", false
	}
	if i := lastNodeModules(loc); i >= 0 {
		return strings.TrimSuffix(loc[:i], "/"), true
	}
	if i := strings.LastIndexByte(loc, '/'); i >= 0 {
		return loc[:i], true
	}
	return "", true
}

// keyName returns the folder name of a node_modules key ("@s/n" for
// "node_modules/a/node_modules/@s/n"), and false for keys outside any
// node_modules folder.
func keyName(key string) (string, bool) {
	i := lastNodeModules(key)
	if i < 0 {
		return "", false
	}
	return key[i+len("node_modules/"):], true
}

// lastNodeModules returns the index of the last "node_modules/" path
// segment in key, or -1.
func lastNodeModules(key string) int {
	const nm = "node_modules/"
	end := len(key)
	for {
		i := strings.LastIndex(key[:end], nm)
		if i < 0 {
			return -1
		}
		if i == 0 || key[i-1] == '/' {
			return i
		}
		end = i + len(nm) - 1
	}
}

// resolve finds the key node's module resolution reaches for a require of
// name from the folder loc, or false.
func resolve(index map[string]int, loc, name string) (int, bool) {
	for {
		if i, ok := index[childKey(loc, name)]; ok {
			return i, true
		}
		var ok bool
		if loc, ok = parentLoc(loc); !ok {
			return 0, false
		}
	}
}

// dep is one declared dependency of an entry.
type dep struct {
	name, spec string
	kind       depgraph.DepKind
}

// declared merges an entry's dependency maps with npm's precedence: one
// edge per name; optionalDependencies override dependencies, which
// override peerDependencies; devDependencies apply only where no other
// declaration exists except a peer one. The result is sorted by name.
func declared(prod, opt, peer, dev map[string]string, peerMeta json.RawMessage) []dep {
	n := len(prod) + len(opt) + len(peer) + len(dev)
	if n == 0 {
		return nil
	}
	m := make(map[string]dep, n)
	if len(peer) > 0 {
		optPeer := peerOptional(peerMeta)
		for name, spec := range peer {
			k := depgraph.DepPeer
			if optPeer[name] {
				k = depgraph.DepPeerOptional
			}
			m[name] = dep{name, spec, k}
		}
	}
	for name, spec := range prod {
		m[name] = dep{name, spec, depgraph.DepProd}
	}
	for name, spec := range opt {
		m[name] = dep{name, spec, depgraph.DepOptional}
	}
	for name, spec := range dev {
		if d, ok := m[name]; ok && d.kind != depgraph.DepPeer && d.kind != depgraph.DepPeerOptional {
			continue
		}
		m[name] = dep{name, spec, depgraph.DepDev}
	}
	out := make([]dep, 0, len(m))
	for _, d := range m {
		out = append(out, d)
	}
	slices.SortFunc(out, func(a, b dep) int { return strings.Compare(a.name, b.name) })
	return out
}

// peerOptional reads peerDependenciesMeta leniently.
func peerOptional(raw json.RawMessage) map[string]bool {
	if len(raw) == 0 {
		return nil
	}
	var meta map[string]json.RawMessage
	if json.Unmarshal(raw, &meta) != nil {
		return nil
	}
	out := make(map[string]bool, len(meta))
	for name, v := range meta {
		var m struct {
			Optional bool `json:"optional"`
		}
		if json.Unmarshal(v, &m) == nil && m.Optional {
			out[name] = true
		}
	}
	return out
}

// classify works out where an installed package's code comes from.
// resolved and integrity are as written; name and version are the real
// ones. A non-empty problem describes something odd about resolved.
func classify(name, version, resolved, integrity string) (src depgraph.Source, problem string) {
	switch {
	case resolved == "":
		if integrity != "" && isSemver(version) {
			src.Kind = depgraph.SourceRegistry
		}
	case strings.HasPrefix(resolved, "file:"):
		src.Kind = depgraph.SourceFile
		src.Path = strings.TrimPrefix(resolved, "file:")
	case isGit(resolved):
		src.Kind = depgraph.SourceGit
		src.URL, problem = redact(resolved)
		if _, frag, ok := strings.Cut(resolved, "#"); ok && isHex(frag) {
			src.Commit = frag
		}
	case strings.HasPrefix(resolved, "https://") || strings.HasPrefix(resolved, "http://"):
		src.URL, problem = redact(resolved)
		if isRegistryTarball(resolved, name, version) {
			src.Kind = depgraph.SourceRegistry
		} else {
			src.Kind = depgraph.SourceTarball
		}
	default:
		src.URL, problem = redact(resolved)
		if problem == "" {
			problem = fmt.Sprintf("unrecognised resolved value %q", clip(src.URL))
		}
	}
	return src, problem
}

// redact removes credentials from a URL. git's conventional "git@" user is
// kept.
func redact(s string) (string, string) {
	if !strings.Contains(s, "@") {
		return s, ""
	}
	u, err := url.Parse(s)
	if err != nil || u.User == nil {
		return s, ""
	}
	if _, hasPass := u.User.Password(); !hasPass && u.User.Username() == "git" {
		return s, ""
	}
	u.User = url.User("REDACTED")
	return u.String(), "resolved URL carries credentials (redacted)"
}

func isGit(s string) bool {
	for _, p := range []string{"git+", "git://", "github:", "gitlab:", "bitbucket:", "gist:", "git@"} {
		if strings.HasPrefix(s, p) {
			return true
		}
	}
	return false
}

// isRegistryTarball reports whether resolved is an http(s) URL whose path
// ends the way registry tarball paths do: /<name>/-/<bare name>-<version>.tgz.
func isRegistryTarball(resolved, name, version string) bool {
	if name == "" || version == "" {
		return false
	}
	u, err := url.Parse(resolved)
	if err != nil || u.Host == "" || (u.Scheme != "https" && u.Scheme != "http") {
		return false
	}
	bare := name
	if strings.HasPrefix(name, "@") {
		if i := strings.IndexByte(name, '/'); i >= 0 {
			bare = name[i+1:]
		}
	}
	return strings.HasSuffix(u.Path, "/"+name+"/-/"+bare+"-"+version+".tgz")
}

func isHex(s string) bool {
	if len(s) < 7 || len(s) > 64 {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !(c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F') {
			return false
		}
	}
	return true
}

// isSemver reports whether v is a full semantic version
// (MAJOR.MINOR.PATCH with optional -prerelease and +build).
func isSemver(v string) bool {
	core, _, _ := strings.Cut(v, "+")
	core, pre, hasPre := strings.Cut(core, "-")
	if hasPre && pre == "" {
		return false
	}
	parts := strings.Split(core, ".")
	if len(parts) != 3 {
		return false
	}
	for _, p := range parts {
		if p == "" || len(p) > 1 && p[0] == '0' {
			return false
		}
		for i := 0; i < len(p); i++ {
			if p[i] < '0' || p[i] > '9' {
				return false
			}
		}
	}
	return true
}

func isTarballPath(p string) bool {
	return strings.HasSuffix(p, ".tgz") || strings.HasSuffix(p, ".tar.gz") || strings.HasSuffix(p, ".tar")
}

// setIntegrity records raw and its parsed form, or a problem.
func setIntegrity(g *depgraph.Graph, n *depgraph.Node, raw string) {
	if raw == "" {
		return
	}
	n.IntegrityRaw = raw
	in, err := npm.ParseIntegrity(raw)
	if err != nil {
		g.AddProblem(n.Line, n.Key, "%s: %v", n.Key, err)
		return
	}
	n.Integrity = in
}

// checkName records a problem when name is not a valid npm package name.
func checkName(g *depgraph.Graph, n *depgraph.Node) {
	if _, err := npm.ParseName(n.Name); err != nil {
		g.AddProblem(n.Line, n.Key, "%s: %v", n.Key, err)
	}
}

// readProject reads the project's package.json, or nil.
func readProject(g *depgraph.Graph, fsys fs.FS) *npm.Manifest {
	if fsys == nil {
		return nil
	}
	f, err := fsys.Open("package.json")
	if err != nil {
		return nil
	}
	defer f.Close()
	data, err := io.ReadAll(io.LimitReader(f, npm.MaxManifestSize+1))
	if err != nil {
		g.AddProblem(0, "", "read project package.json: %v", err)
		return nil
	}
	m, err := npm.ParseManifest(data)
	if err != nil {
		g.AddProblem(0, "", "project package.json: %v", err)
		return nil
	}
	return m
}

// workspaceGlobs reads a "workspaces" value: an array of globs or yarn's
// {"packages": [...]} form.
func workspaceGlobs(raw json.RawMessage) []string {
	if len(raw) == 0 {
		return nil
	}
	var list []string
	if json.Unmarshal(raw, &list) == nil {
		return list
	}
	var obj struct {
		Packages []string `json:"packages"`
	}
	if json.Unmarshal(raw, &obj) == nil {
		return obj.Packages
	}
	return nil
}

// matchWorkspace reports whether the project-relative dir p is selected by
// the workspace globs (with "**" and "!" negation).
func matchWorkspace(globs []string, p string) bool {
	matched := false
	for _, g := range globs {
		neg := strings.HasPrefix(g, "!")
		g = strings.TrimPrefix(g, "!")
		g = strings.TrimSuffix(strings.TrimPrefix(path.Clean(g), "./"), "/")
		if globMatch(g, p) {
			matched = !neg
		}
	}
	return matched
}

// globMatch matches a slash-separated glob with "**" segments against p
// using dynamic programming, so hostile patterns stay linear-ish.
func globMatch(pattern, p string) bool {
	ps := strings.Split(pattern, "/")
	ss := strings.Split(p, "/")
	if len(ps) > 64 || len(ss) > 256 {
		return false
	}
	// dp[j] reports whether ps[:i] matches ss[:j].
	dp := make([]bool, len(ss)+1)
	dp[0] = true
	for _, seg := range ps {
		next := make([]bool, len(ss)+1)
		if seg == "**" {
			run := false
			for j := 0; j <= len(ss); j++ {
				run = run || dp[j]
				next[j] = run
			}
		} else {
			for j := 1; j <= len(ss); j++ {
				if dp[j-1] {
					if ok, err := path.Match(seg, ss[j-1]); err == nil && ok {
						next[j] = true
					}
				}
			}
		}
		dp = next
	}
	return dp[len(ss)]
}

func clip(s string) string {
	if len(s) > 200 {
		return s[:200] + "…"
	}
	return s
}
