// Package bunlock reads bun's text lockfile, bun.lock (lockfileVersion 0, 1
// and 2), into a depgraph.Graph. bun's binary lockfile, bun.lockb, is
// recognised and refused with an error that says how to produce bun.lock.
//
// bun.lock is JSON with trailing commas. `workspaces` holds the project
// ("") and its members with their declared dependencies; `packages` maps a
// hoisting path ("debug", or "debug/ms" for a copy nested under debug) to a
// tuple [name@resolution, registry URL, info, integrity] whose shape depends
// on the source kind. A dependency of the package at path P resolves, as bun
// resolves it, to the longest P'/name key with P' a prefix of P.
package bunlock

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"path"
	"slices"
	"strings"

	"github.com/depfence/depfence/internal/depgraph"
	"github.com/depfence/depfence/internal/lockfile"
	"github.com/depfence/depfence/internal/npm"
)

// Name is the format name.
const Name = "bun"

// File names.
const (
	FileName       = "bun.lock"
	BinaryFileName = "bun.lockb"
)

// maxKnownVersion is the newest lockfileVersion this parser was written for.
const maxKnownVersion = 2

// MaxNesting caps the number of package names in a packages key
// ("a/b/c" is 3). Real lockfiles stay far below it.
const MaxNesting = 128

// binaryMagic starts every bun.lockb.
var binaryMagic = []byte("#!/usr/bin/env bun\nbun-lockfile-format-v")

// ErrBinary is wrapped (with lockfile.ErrUnsupported) by the error for
// bun.lockb.
var ErrBinary = errors.New("bun.lockb is bun's binary lockfile, which depfence does not read; " +
	"write the text lockfile bun.lock with `bun install --save-text-lockfile` (bun >= 1.1.39), " +
	"or upgrade to bun >= 1.2, which writes bun.lock by default, then scan bun.lock")

// Parser reads bun.lock and refuses bun.lockb.
type Parser struct{}

// Name returns "bun".
func (Parser) Name() string { return Name }

// Match reports whether base is "bun.lock" or "bun.lockb".
func (Parser) Match(base string) bool { return base == FileName || base == BinaryFileName }

// Parse builds the finalized graph of a bun.lock.
func (Parser) Parse(ctx context.Context, in lockfile.Input) (*depgraph.Graph, error) {
	if path.Base(strings.ReplaceAll(in.Path, "\\", "/")) == BinaryFileName || bytes.HasPrefix(in.Data, binaryMagic) {
		return nil, &lockfile.ParseError{Path: in.Path, Err: fmt.Errorf("%w: %w", lockfile.ErrUnsupported, ErrBinary)}
	}
	p := &parser{ctx: ctx, in: in}
	if err := p.decode(); err != nil {
		return nil, err
	}
	if err := p.build(); err != nil {
		return nil, err
	}
	p.g.Finalize()
	reportUnreachable(p.g)
	return p.g, nil
}

// reportUnreachable records one problem for entries no workspace reaches:
// bun prunes such entries, so they point at a damaged lockfile.
func reportUnreachable(g *depgraph.Graph) {
	n, first := 0, ""
	for _, node := range g.Nodes {
		if len(node.Importers) == 0 && !g.IsRoot(node.ID) {
			if n == 0 {
				first = node.Key
			}
			n++
		}
	}
	if n > 0 {
		g.AddProblem(0, first, "%d entries are not reachable from the project or its workspaces (first: %q)", n, clip(first))
	}
}

type parser struct {
	ctx   context.Context
	in    lockfile.Input
	lines lineIndex
	g     *depgraph.Graph

	version     int64
	hasVersion  bool
	versionLine int
	workspaces  []*workspace
	packages    []*pkg
	byKey       map[string]*pkg
	patches     map[string]string // name@version -> patch file
	patchErr    error
	roots       map[string]depgraph.NodeID // workspace path -> root
	steps       int

	// The hoisting tree: trie[{parent, name}] is the id of a path; id 0
	// is the top. atPath holds the package entry at a path.
	trie   map[trieKey]int
	atPath map[int]*pkg
}

type trieKey struct {
	parent int
	name   string
}

type workspace struct {
	path string
	line int
	raw  json.RawMessage
}

// pkg is one entry of `packages`.
type pkg struct {
	key   string
	chain []int // ids of the hoisting path's prefixes, chain[0] = 0 (top)
	line  int
	raw   json.RawMessage
	name  string
	spec  string
	info  depInfo
	id    depgraph.NodeID
	valid bool
	// superseded: a later entry has the same key (the later one is used).
	superseded bool
}

// depInfo is what is read of a workspace or package info object: the
// dependencies, flags and platform restrictions.
type depInfo struct {
	deps, dev, optional, peer map[string]string
	optionalPeers             map[string]bool
	bundled, hasInstallScript bool
	// os and cpu as bun writes them: a name, "!name", a list of either,
	// or "none" when the package's list names no platform bun knows
	// (bun then installs it nowhere). bun neither writes nor reads
	// "libc" in bun.lock, and installs every libc variant, so a "libc"
	// key is not read: honouring it would hide packages bun installs.
	os, cpu []string
}

func (p *parser) errorf(off int64, format string, args ...any) error {
	return lockfile.Errorf(p.in.Path, p.lines.line(off), format, args...)
}

func (p *parser) tick() error {
	p.steps++
	if p.steps&255 == 0 {
		return p.ctx.Err()
	}
	return nil
}

// decode reads the top level, keeping workspace and package values raw.
func (p *parser) decode() error {
	data := bytes.TrimPrefix(p.in.Data, []byte("\xef\xbb\xbf"))
	if len(bytes.TrimSpace(data)) == 0 {
		return lockfile.Errorf(p.in.Path, 0, "empty file")
	}
	clean, err := stripJSONC(data)
	if err != nil {
		return lockfile.Errorf(p.in.Path, 0, "%v", err)
	}
	p.lines = newLineIndex(clean)
	dec := json.NewDecoder(bytes.NewReader(clean))
	dec.UseNumber()
	if err := expectDelim(dec, '{'); err != nil {
		return p.errorf(dec.InputOffset(), "top level: %v", err)
	}
	seen := map[string]bool{}
	for dec.More() {
		key, off, err := p.key(dec)
		if err != nil {
			return err
		}
		if seen[key] {
			return p.errorf(off, "duplicate top-level key %q", clip(key))
		}
		seen[key] = true
		switch key {
		case "lockfileVersion":
			var n json.Number
			if err := dec.Decode(&n); err != nil {
				return p.errorf(dec.InputOffset(), "lockfileVersion: %v", err)
			}
			v, err := n.Int64()
			if err != nil || v < 0 {
				return p.errorf(off, "lockfileVersion %q is not a non-negative integer", clip(n.String()))
			}
			p.version, p.hasVersion, p.versionLine = v, true, p.lines.line(off)
		case "workspaces":
			err = p.object(dec, "workspaces", func(k string, off int64, raw json.RawMessage) error {
				p.workspaces = append(p.workspaces, &workspace{path: k, line: p.lines.line(off), raw: raw})
				return nil
			})
		case "patchedDependencies":
			var raw json.RawMessage
			if err = dec.Decode(&raw); err != nil {
				err = p.errorf(dec.InputOffset(), "patchedDependencies: %v", err)
				break
			}
			if p.patches, err = stringMap(raw); err != nil {
				p.patchErr = err
				err = nil
			}
		case "packages":
			p.byKey = map[string]*pkg{}
			err = p.object(dec, "packages", func(k string, off int64, raw json.RawMessage) error {
				e := &pkg{key: k, line: p.lines.line(off), raw: raw}
				if old, dup := p.byKey[k]; dup {
					old.superseded = true
				}
				p.byKey[k] = e
				p.packages = append(p.packages, e)
				return nil
			})
		default:
			var skip json.RawMessage
			err = dec.Decode(&skip)
			if err != nil {
				err = p.errorf(dec.InputOffset(), "%s: %v", clip(key), err)
			}
		}
		if err != nil {
			return err
		}
	}
	if err := expectDelim(dec, '}'); err != nil {
		return p.errorf(dec.InputOffset(), "top level: %v", err)
	}
	if _, err := dec.Token(); !errors.Is(err, io.EOF) {
		return p.errorf(dec.InputOffset(), "data after the top-level object")
	}
	if !p.hasVersion {
		return lockfile.Errorf(p.in.Path, 0, "no lockfileVersion; not a bun.lock")
	}
	return nil
}

// key reads an object key and its offset.
func (p *parser) key(dec *json.Decoder) (string, int64, error) {
	tok, err := dec.Token()
	if err != nil {
		return "", 0, p.errorf(dec.InputOffset(), "%v", err)
	}
	k, ok := tok.(string)
	if !ok {
		return "", 0, p.errorf(dec.InputOffset(), "want an object key, got %v", tok)
	}
	return k, dec.InputOffset(), nil
}

// object iterates the members of an object value, raw.
func (p *parser) object(dec *json.Decoder, what string, fn func(k string, off int64, raw json.RawMessage) error) error {
	if err := expectDelim(dec, '{'); err != nil {
		return p.errorf(dec.InputOffset(), "%s: %v", what, err)
	}
	for dec.More() {
		if err := p.tick(); err != nil {
			return err
		}
		k, off, err := p.key(dec)
		if err != nil {
			return err
		}
		var raw json.RawMessage
		if err := dec.Decode(&raw); err != nil {
			return p.errorf(dec.InputOffset(), "%s %q: %v", what, clip(k), err)
		}
		if err := fn(k, off, raw); err != nil {
			return err
		}
	}
	if err := expectDelim(dec, '}'); err != nil {
		return p.errorf(dec.InputOffset(), "%s: %v", what, err)
	}
	return nil
}

func expectDelim(dec *json.Decoder, want json.Delim) error {
	tok, err := dec.Token()
	if err != nil {
		return err
	}
	if d, ok := tok.(json.Delim); !ok || d != want {
		return fmt.Errorf("want %q, got %v", want, tok)
	}
	return nil
}

// splitPath splits a packages key into package names, keeping scopes:
// "a/@s/b/c" -> [a @s/b c].
func splitPath(key string) []string {
	parts := strings.Split(key, "/")
	out := make([]string, 0, len(parts))
	for i := 0; i < len(parts); i++ {
		if strings.HasPrefix(parts[i], "@") && i+1 < len(parts) {
			out = append(out, parts[i]+"/"+parts[i+1])
			i++
			continue
		}
		out = append(out, parts[i])
	}
	return out
}

func (p *parser) build() error {
	p.g = depgraph.New(fmt.Sprintf("bun lockfileVersion %d", p.version))
	if p.version > maxKnownVersion {
		p.g.AddProblem(p.versionLine, "", "lockfileVersion %d is newer than the %d this parser knows; read as %d", p.version, maxKnownVersion, maxKnownVersion)
	}
	if p.patchErr != nil {
		p.g.AddProblem(0, "patchedDependencies", "%v", p.patchErr)
	}
	p.roots = map[string]depgraph.NodeID{}
	wsInfo := map[depgraph.NodeID]depInfo{}
	wsName := map[depgraph.NodeID]string{}

	// Roots: the project first, then the workspace members.
	slices.SortStableFunc(p.workspaces, func(a, b *workspace) int {
		switch {
		case a.path == "" && b.path != "":
			return -1
		case b.path == "" && a.path != "":
			return 1
		}
		return 0
	})
	if len(p.workspaces) == 0 || p.workspaces[0].path != "" {
		p.workspaces = append([]*workspace{{path: "", raw: json.RawMessage("{}")}}, p.workspaces...)
	}
	for _, w := range p.workspaces {
		wp := cleanPath(w.path)
		if _, dup := p.roots[wp]; dup {
			p.g.AddProblem(w.line, w.path, "duplicate workspace ignored")
			continue
		}
		var meta struct {
			Name    json.RawMessage `json:"name"`
			Version json.RawMessage `json:"version"`
		}
		if err := json.Unmarshal(w.raw, &meta); err != nil {
			p.g.AddProblem(w.line, w.path, "workspace is not an object; its dependencies are unknown")
		}
		info, err := readInfo(w.raw)
		if err != nil {
			p.g.AddProblem(w.line, w.path, "workspace: %v", err)
		}
		n := &depgraph.Node{Name: jsonString(meta.Name), Version: jsonString(meta.Version), Key: w.path, Line: w.line}
		if wp == "." {
			n.Source = depgraph.Source{Kind: depgraph.SourceRoot, Path: "."}
		} else {
			n.Source = depgraph.Source{Kind: depgraph.SourceWorkspace, Path: wp}
		}
		if n.Name == "" {
			n.Name = wp
		}
		id := p.g.AddNode(n)
		p.g.AddRoot(id)
		p.roots[wp] = id
		wsInfo[id] = info
		wsName[id] = jsonString(meta.Name)
	}

	// Package instances.
	p.trie = map[trieKey]int{}
	p.atPath = map[int]*pkg{}
	for _, e := range p.packages {
		if err := p.tick(); err != nil {
			return err
		}
		if e.superseded {
			continue
		}
		names := splitPath(e.key)
		if len(names) > MaxNesting {
			p.g.AddProblem(e.line, clip(e.key), "key nests %d packages (limit %d); skipped", len(names), MaxNesting)
			continue
		}
		e.chain = p.insert(names)
		p.readPackage(e)
		if e.valid {
			p.atPath[e.chain[len(e.chain)-1]] = e
		}
	}
	for _, e := range p.packages {
		if e.superseded {
			p.g.AddProblem(e.line, e.key, "duplicate packages key; the later entry is used")
		}
	}

	// Edges.
	for _, r := range p.g.Roots {
		chain := []int{0}
		if name := wsName[r]; name != "" && p.g.Node(r).Source.Kind == depgraph.SourceWorkspace {
			// A member's own non-hoisted deps sit under its name.
			if id, ok := p.trie[trieKey{0, name}]; ok {
				chain = append(chain, id)
			}
		}
		p.edges(r, p.g.Node(r).Key, chain, wsInfo[r], true)
	}
	for _, e := range p.packages {
		if err := p.tick(); err != nil {
			return err
		}
		if e.valid {
			p.edges(e.id, e.key, e.chain, e.info, false)
		}
	}
	return nil
}

// readPackage turns one packages entry into a node (or maps a workspace
// entry onto its root).
func (p *parser) readPackage(e *pkg) {
	var tuple []json.RawMessage
	if err := json.Unmarshal(e.raw, &tuple); err != nil || len(tuple) == 0 {
		p.g.AddProblem(e.line, e.key, "entry is not a non-empty array; skipped")
		return
	}
	var ident string
	if err := json.Unmarshal(tuple[0], &ident); err != nil {
		p.g.AddProblem(e.line, e.key, "entry's first element is not a string; skipped")
		return
	}
	name, spec := npm.SplitNameSpec(ident)
	if name == "" || name == "@" || spec == "" {
		p.g.AddProblem(e.line, e.key, "cannot split %q into name@resolution; skipped", clip(ident))
		return
	}
	e.name, e.spec = name, spec

	// Remaining elements: [registry URL], info object, [integrity or git tag].
	var url, tail string
	var infoRaw json.RawMessage
	for _, el := range tuple[1:] {
		el = bytes.TrimSpace(el)
		switch {
		case len(el) > 0 && el[0] == '{':
			if infoRaw == nil {
				infoRaw = el
			}
		case len(el) > 0 && el[0] == '"':
			if infoRaw == nil {
				url = jsonString(el)
			} else {
				tail = jsonString(el)
			}
		}
	}
	info, err := readInfo(infoRaw)
	if err != nil {
		p.g.AddProblem(e.line, e.key, "%v", err)
	}
	e.info = info

	if wsPath, ok := strings.CutPrefix(spec, "workspace:"); ok {
		if id, ok := p.roots[cleanPath(wsPath)]; ok {
			e.id, e.valid = id, true
			return
		}
		p.g.AddProblem(e.line, e.key, "workspace %q is not in workspaces; added as a workspace root", clip(wsPath))
		id := p.g.AddNode(&depgraph.Node{Name: name, Key: e.key, Line: e.line,
			Source: depgraph.Source{Kind: depgraph.SourceWorkspace, Path: cleanPath(wsPath)}})
		p.g.AddRoot(id)
		p.roots[cleanPath(wsPath)] = id
		e.id, e.valid = id, true
		return
	}
	if rest, ok := strings.CutPrefix(spec, "root:"); ok && (rest == "" || cleanPath(rest) == ".") {
		e.id, e.valid = p.roots["."], true
		return
	}

	n := &depgraph.Node{Name: name, Version: spec, Key: e.key, Line: e.line}
	integrity := ""
	switch {
	case strings.HasPrefix(spec, "link:"):
		n.Source = depgraph.Source{Kind: depgraph.SourceLink, Path: strings.TrimPrefix(spec, "link:")}
	case strings.HasPrefix(spec, "file:"):
		n.Version = strings.TrimPrefix(spec, "file:")
		n.Source = depgraph.Source{Kind: depgraph.SourceFile, Path: n.Version}
		integrity = tail
	case isGit(spec):
		u, commit, _ := strings.Cut(spec, "#")
		if commit == "" {
			commit = tail
		}
		n.Source = depgraph.Source{Kind: depgraph.SourceGit, URL: u, Commit: commit}
	case strings.HasPrefix(spec, "http://") || strings.HasPrefix(spec, "https://"):
		n.Source = depgraph.Source{Kind: depgraph.SourceTarball, URL: spec}
		integrity = tail
	case spec[0] >= '0' && spec[0] <= '9':
		n.Source = depgraph.Source{Kind: depgraph.SourceRegistry, URL: url}
		integrity = tail
	default: // a local tarball or directory path
		n.Source = depgraph.Source{Kind: depgraph.SourceFile, Path: spec}
		integrity = tail
	}
	if patch, ok := p.patches[name+"@"+spec]; ok {
		n.Source.Patch = patch
	}
	if integrity != "" {
		n.IntegrityRaw = integrity
		if i, err := npm.ParseIntegrity(integrity); err == nil {
			n.Integrity = i
		}
	}
	if info.bundled {
		n.Flags |= depgraph.Bundled
	}
	n.HasInstallScript = info.hasInstallScript
	n.OS, n.CPU = info.os, info.cpu
	e.id, e.valid = p.g.AddNode(n), true
}

func isGit(spec string) bool {
	for _, pre := range []string{"git+", "git://", "github:", "gitlab:", "bitbucket:"} {
		if strings.HasPrefix(spec, pre) {
			return true
		}
	}
	return false
}

// insert adds a hoisting path to the trie and returns its prefix chain.
func (p *parser) insert(names []string) []int {
	chain := make([]int, 1, len(names)+1)
	cur := 0
	for _, n := range names {
		k := trieKey{cur, n}
		id, ok := p.trie[k]
		if !ok {
			id = len(p.trie) + 1
			p.trie[k] = id
		}
		chain = append(chain, id)
		cur = id
	}
	return chain
}

// edges adds the dependency edges of a root or package. chain is the
// prefix chain of its hoisting path (a workspace member's is its name).
func (p *parser) edges(from depgraph.NodeID, key string, chain []int, info depInfo, isRoot bool) {
	add := func(deps map[string]string, kind depgraph.DepKind) {
		for _, name := range sortedKeys(deps) {
			k := kind
			if kind == depgraph.DepPeer && info.optionalPeers[name] {
				k = depgraph.DepPeerOptional
			}
			to, ok := p.lookup(chain, name)
			if !ok {
				if kind == depgraph.DepProd || kind == depgraph.DepDev {
					p.g.AddProblem(p.g.Node(from).Line, key, "dependency %q is not in packages", clip(name))
				}
				continue
			}
			if to == from {
				continue
			}
			p.g.AddEdge(depgraph.Edge{From: from, To: to, Name: name, Spec: deps[name], Kind: k})
		}
	}
	add(info.deps, depgraph.DepProd)
	if isRoot {
		add(info.dev, depgraph.DepDev)
	}
	add(info.optional, depgraph.DepOptional)
	add(info.peer, depgraph.DepPeer)
}

// lookup resolves name as bun does from the package at the end of chain:
// path/name, then each shorter prefix, then name at the top.
func (p *parser) lookup(chain []int, name string) (depgraph.NodeID, bool) {
	for i := len(chain) - 1; i >= 0; i-- {
		if id, ok := p.trie[trieKey{chain[i], name}]; ok {
			if e, ok := p.atPath[id]; ok {
				return e.id, true
			}
		}
	}
	return 0, false
}

// readInfo decodes the dependency maps of an info object. Entries with
// non-string values are dropped and reported.
func readInfo(raw json.RawMessage) (depInfo, error) {
	var info depInfo
	if len(raw) == 0 {
		return info, nil
	}
	// Fast path: well-typed objects decode in one pass.
	var fast struct {
		Dependencies         map[string]string `json:"dependencies"`
		DevDependencies      map[string]string `json:"devDependencies"`
		OptionalDependencies map[string]string `json:"optionalDependencies"`
		PeerDependencies     map[string]string `json:"peerDependencies"`
		OptionalPeers        []string          `json:"optionalPeers"`
		Bundled              bool              `json:"bundled"`
		HasInstallScript     bool              `json:"hasInstallScript"`
		OS                   json.RawMessage   `json:"os"`
		CPU                  json.RawMessage   `json:"cpu"`
	}
	if json.Unmarshal(raw, &fast) == nil {
		info = depInfo{deps: fast.Dependencies, dev: fast.DevDependencies, optional: fast.OptionalDependencies,
			peer: fast.PeerDependencies, bundled: fast.Bundled, hasInstallScript: fast.HasInstallScript}
		if len(fast.OptionalPeers) > 0 {
			info.optionalPeers = make(map[string]bool, len(fast.OptionalPeers))
			for _, n := range fast.OptionalPeers {
				info.optionalPeers[n] = true
			}
		}
		var errOS, errCPU error
		info.os, errOS = platformList("os", fast.OS)
		info.cpu, errCPU = platformList("cpu", fast.CPU)
		return info, errors.Join(errOS, errCPU)
	}
	var flags struct {
		Bundled          json.RawMessage `json:"bundled"`
		HasInstallScript json.RawMessage `json:"hasInstallScript"`
	}
	var obj struct {
		Dependencies         json.RawMessage `json:"dependencies"`
		DevDependencies      json.RawMessage `json:"devDependencies"`
		OptionalDependencies json.RawMessage `json:"optionalDependencies"`
		PeerDependencies     json.RawMessage `json:"peerDependencies"`
		OptionalPeers        json.RawMessage `json:"optionalPeers"`
		OS                   json.RawMessage `json:"os"`
		CPU                  json.RawMessage `json:"cpu"`
	}
	if err := json.Unmarshal(raw, &obj); err != nil {
		return info, fmt.Errorf("info is not an object")
	}
	var errs []error
	_ = json.Unmarshal(raw, &flags)
	if len(flags.Bundled) > 0 && json.Unmarshal(flags.Bundled, &info.bundled) != nil {
		errs = append(errs, errors.New("bundled is not a boolean"))
	}
	if len(flags.HasInstallScript) > 0 && json.Unmarshal(flags.HasInstallScript, &info.hasInstallScript) != nil {
		errs = append(errs, errors.New("hasInstallScript is not a boolean"))
	}
	var err error
	if info.deps, err = stringMap(obj.Dependencies); err != nil {
		errs = append(errs, fmt.Errorf("dependencies: %w", err))
	}
	if info.dev, err = stringMap(obj.DevDependencies); err != nil {
		errs = append(errs, fmt.Errorf("devDependencies: %w", err))
	}
	if info.optional, err = stringMap(obj.OptionalDependencies); err != nil {
		errs = append(errs, fmt.Errorf("optionalDependencies: %w", err))
	}
	if info.peer, err = stringMap(obj.PeerDependencies); err != nil {
		errs = append(errs, fmt.Errorf("peerDependencies: %w", err))
	}
	if len(obj.OptionalPeers) > 0 {
		var names []string
		if json.Unmarshal(obj.OptionalPeers, &names) != nil {
			errs = append(errs, errors.New("optionalPeers is not an array of strings"))
		}
		info.optionalPeers = make(map[string]bool, len(names))
		for _, n := range names {
			info.optionalPeers[n] = true
		}
	}
	if info.os, err = platformList("os", obj.OS); err != nil {
		errs = append(errs, err)
	}
	if info.cpu, err = platformList("cpu", obj.CPU); err != nil {
		errs = append(errs, err)
	}
	return info, errors.Join(errs...)
}

// platformList reads an info object's "os" or "cpu": a string or an array
// of strings. Like bun, it ignores empty strings, array items that are not
// strings, and values of any other type (which leave the package
// unrestricted); those are reported. Values are kept as written: "none"
// then matches no platform, as in bun.
func platformList(field string, raw json.RawMessage) ([]string, error) {
	raw = bytes.TrimSpace(raw)
	if len(raw) == 0 || string(raw) == "null" {
		return nil, nil
	}
	var s string
	if json.Unmarshal(raw, &s) == nil {
		if s == "" {
			return nil, nil
		}
		return []string{s}, nil
	}
	var items []json.RawMessage
	if json.Unmarshal(raw, &items) != nil {
		return nil, fmt.Errorf("%s is not a string or an array of strings; ignored", field)
	}
	var out []string
	bad := 0
	for _, it := range items {
		// Only a JSON string decodes into v (null would leave it as is).
		var v string
		if len(it) == 0 || it[0] != '"' || json.Unmarshal(it, &v) != nil {
			bad++
			continue
		}
		if v != "" {
			out = append(out, v)
		}
	}
	if bad > 0 {
		return out, fmt.Errorf("%s has %d items that are not strings; ignored", field, bad)
	}
	return out, nil
}

// stringMap decodes an object of strings; non-string members are dropped
// and reported.
func stringMap(raw json.RawMessage) (map[string]string, error) {
	if len(raw) == 0 || string(raw) == "null" {
		return nil, nil
	}
	var m map[string]json.RawMessage
	if err := json.Unmarshal(raw, &m); err != nil {
		return nil, errors.New("not an object")
	}
	out := make(map[string]string, len(m))
	var bad []string
	for k, v := range m {
		var s string
		if json.Unmarshal(v, &s) != nil {
			bad = append(bad, k)
			continue
		}
		out[k] = s
	}
	if len(bad) > 0 {
		slices.Sort(bad)
		return out, fmt.Errorf("non-string spec for %q", clip(strings.Join(bad, ", ")))
	}
	return out, nil
}

func sortedKeys(m map[string]string) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}

func jsonString(r json.RawMessage) string {
	var s string
	if json.Unmarshal(r, &s) == nil {
		return s
	}
	return ""
}

// cleanPath normalises a workspace path ("" is ".").
func cleanPath(s string) string {
	if s == "" {
		return "."
	}
	return path.Clean(s)
}

// clip shortens hostile strings quoted in messages.
func clip(s string) string {
	if len(s) > 200 {
		return s[:200] + "..."
	}
	return s
}
