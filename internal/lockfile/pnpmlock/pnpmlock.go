// Package pnpmlock reads pnpm-lock.yaml (lockfileVersion 5.x, 6.0 and 9.0)
// into a depgraph.Graph.
//
// Every package instance pnpm locks is one node: the keys of `packages:` in
// lockfileVersion 5 and 6, the keys of `snapshots:` in 9.0 (whose metadata
// sits in `packages:` under the key without its peer suffix). Importers (the
// project and its workspace members) are the roots; `link:` dependencies
// between importers are edges between roots, and `link:` dependencies to
// other directories are SourceLink nodes.
//
// pnpm 11 writes a first YAML document that locks pnpm itself
// (`packageManagerDependencies`); that document is not the project and is
// left out of the graph. Graph.Format names the package manager it locks.
package pnpmlock

import (
	"bytes"
	"cmp"
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"path"
	"strconv"
	"strings"

	"go.yaml.in/yaml/v3"

	"github.com/depfence/depfence/internal/depgraph"
	"github.com/depfence/depfence/internal/lockfile"
	"github.com/depfence/depfence/internal/npm"
)

// Name is the format name.
const Name = "pnpm"

// FileName is the lockfile's base name.
const FileName = "pnpm-lock.yaml"

// Limits on hostile input. yaml.v3 itself caps nesting depth.
const (
	// MaxDocuments caps the number of YAML documents in one file.
	MaxDocuments = 16
	// MaxFileSize caps the lockfile size. yaml.v3 builds the whole node
	// tree first (about 20 bytes of memory per input byte); the largest
	// real lockfiles are a few MB.
	MaxFileSize = 64 << 20
	// maxManifestSize caps a workspace package.json read for root names.
	maxManifestSize = 1 << 20
)

// Parser reads pnpm-lock.yaml.
type Parser struct{}

// Name returns "pnpm".
func (Parser) Name() string { return Name }

// Match reports whether base is "pnpm-lock.yaml".
func (Parser) Match(base string) bool { return base == FileName }

// Parse builds the finalized graph of a pnpm lockfile.
func (Parser) Parse(ctx context.Context, in lockfile.Input) (*depgraph.Graph, error) {
	docs, err := decodeDocuments(in)
	if err != nil {
		return nil, err
	}
	var project *yaml.Node
	var managers, configDeps []string
	extra := 0
	for _, d := range docs {
		if isEnvDocument(d) {
			managers = append(managers, packageManagers(d)...)
			eachPair(get(get(get(d, "importers"), "."), "configDependencies"), func(k, _ *yaml.Node) {
				configDeps = append(configDeps, clip(k.Value))
			})
			continue
		}
		if project == nil {
			project = d
		} else {
			extra++
		}
	}
	p := &parser{ctx: ctx, in: in}
	g, err := p.build(project)
	if err != nil {
		return nil, err
	}
	if len(managers) > 0 {
		g.Format += "; package manager " + strings.Join(managers, ", ") + " locked in a separate document (not in the graph)"
	}
	if extra > 0 {
		g.AddProblem(0, "", "%d further YAML documents ignored; only the first project document is read", extra)
	}
	if len(configDeps) > 0 {
		g.AddProblem(0, "configDependencies", "config dependencies %s are installed (and may run code) before the project, but are locked in the package manager document and not analysed", strings.Join(configDeps, ", "))
	}
	g.Finalize()
	reportUnreachable(g)
	return g, nil
}

// reportUnreachable records one problem for instances no importer reaches:
// pnpm never writes such entries, so they point at a damaged lockfile.
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

// decodeDocuments decodes every YAML document, rejecting aliases (pnpm
// never writes them, and following them invites alias bombs).
func decodeDocuments(in lockfile.Input) ([]*yaml.Node, error) {
	if len(in.Data) > MaxFileSize {
		return nil, &lockfile.ParseError{Path: in.Path, Err: fmt.Errorf("%w: %d bytes; pnpm lockfiles are read up to %d", lockfile.ErrTooLarge, len(in.Data), MaxFileSize)}
	}
	if len(bytes.TrimSpace(in.Data)) == 0 {
		return nil, lockfile.Errorf(in.Path, 0, "empty file")
	}
	dec := yaml.NewDecoder(bytes.NewReader(in.Data))
	var docs []*yaml.Node
	for {
		var doc yaml.Node
		err := dec.Decode(&doc)
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return nil, &lockfile.ParseError{Path: in.Path, Line: yamlErrorLine(err), Err: fmt.Errorf("%w: %v", lockfile.ErrMalformed, err)}
		}
		if len(docs) == MaxDocuments {
			return nil, lockfile.Errorf(in.Path, doc.Line, "more than %d YAML documents", MaxDocuments)
		}
		if len(doc.Content) == 0 {
			continue
		}
		root := doc.Content[0]
		if line, ok := findAlias(root); ok {
			return nil, lockfile.Errorf(in.Path, line, "YAML alias found; pnpm never writes anchors or aliases")
		}
		if isNull(root) {
			continue
		}
		if root.Kind != yaml.MappingNode {
			return nil, lockfile.Errorf(in.Path, root.Line, "document is a %s, want a mapping", kindName(root))
		}
		docs = append(docs, root)
	}
	if len(docs) == 0 {
		return nil, lockfile.Errorf(in.Path, 0, "no YAML document with content")
	}
	return docs, nil
}

// yamlErrorLine extracts "line N" from a yaml.v3 error message; 0 if absent.
func yamlErrorLine(err error) int {
	s := err.Error()
	i := strings.Index(s, "line ")
	if i < 0 {
		return 0
	}
	j := i + len("line ")
	k := j
	for k < len(s) && s[k] >= '0' && s[k] <= '9' {
		k++
	}
	n, _ := strconv.Atoi(s[j:k])
	return n
}

// findAlias walks the tree iteratively and reports the line of the first
// alias node.
func findAlias(root *yaml.Node) (int, bool) {
	stack := []*yaml.Node{root}
	for len(stack) > 0 {
		n := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		if n.Kind == yaml.AliasNode || n.Alias != nil {
			return n.Line, true
		}
		stack = append(stack, n.Content...)
	}
	return 0, false
}

// isEnvDocument reports whether a document only locks the package manager
// and config dependencies (pnpm 11's first document).
func isEnvDocument(doc *yaml.Node) bool {
	imps := get(doc, "importers")
	if imps == nil || imps.Kind != yaml.MappingNode || len(imps.Content) != 2 || imps.Content[0].Value != "." {
		return false
	}
	dot := imps.Content[1]
	if dot.Kind != yaml.MappingNode || len(dot.Content) == 0 {
		return false
	}
	for i := 0; i+1 < len(dot.Content); i += 2 {
		switch dot.Content[i].Value {
		case "configDependencies", "packageManagerDependencies":
		default:
			return false
		}
	}
	return true
}

// packageManagers names what an env document's packageManagerDependencies
// lock: pnpm itself when present (its platform binaries come with it),
// else every entry.
func packageManagers(doc *yaml.Node) []string {
	var out []string
	eachPair(get(get(get(doc, "importers"), "."), "packageManagerDependencies"), func(k, v *yaml.Node) {
		ver := scalar(v)
		if v.Kind == yaml.MappingNode {
			ver = scalar(get(v, "version"))
		}
		out = append(out, clip(k.Value)+"@"+clip(ver))
	})
	for _, s := range out {
		if strings.HasPrefix(s, "pnpm@") {
			return []string{s}
		}
	}
	return out
}

// Lockfile schema generations.
type schema int

const (
	schemaV5 schema = iota // lockfileVersion 5.x and older: /name/1.0.0_peer
	schemaV6               // 6.x: /name@1.0.0(peer@1.0.0)
	schemaV9               // 9.x: packages + snapshots, keys without "/"
)

type parser struct {
	ctx    context.Context
	in     lockfile.Input
	g      *depgraph.Graph
	schema schema

	byKey     map[string]depgraph.NodeID // canonical instance key -> node
	importers map[string]depgraph.NodeID // importer path -> root
	links     map[string]depgraph.NodeID // link target path -> link node
	patches   map[string]string          // name@version or name -> patch
	indexes   map[*yaml.Node]map[string]*yaml.Node
	steps     int
}

// tick checks the context every so often.
func (p *parser) tick() error {
	p.steps++
	if p.steps&255 == 0 {
		return p.ctx.Err()
	}
	return nil
}

// instance is one package instance read from the lockfile.
type instance struct {
	key  *yaml.Node // key as written
	val  *yaml.Node // the instance's own entry (snapshot or v5/v6 package)
	meta *yaml.Node // metadata (v9 package entry; v5/v6: val)
	id   depgraph.NodeID
}

func (p *parser) build(doc *yaml.Node) (*depgraph.Graph, error) {
	if doc == nil {
		// Only an env document: the project itself locks nothing.
		doc = &yaml.Node{Kind: yaml.MappingNode}
	}
	verNode := get(doc, "lockfileVersion")
	version := scalar(verNode)
	if version == "" && len(doc.Content) > 0 {
		return nil, lockfile.Errorf(p.in.Path, doc.Line, "no lockfileVersion; not a pnpm lockfile")
	}
	if verNode != nil && verNode.Kind != yaml.ScalarNode {
		return nil, lockfile.Errorf(p.in.Path, verNode.Line, "lockfileVersion is a %s, want a scalar", kindName(verNode))
	}
	major, err := majorVersion(version)
	if version != "" && err != nil {
		return nil, lockfile.Errorf(p.in.Path, verNode.Line, "lockfileVersion %q is not a number", clip(version))
	}
	switch {
	case major < 6:
		p.schema = schemaV5
	case major < 9:
		p.schema = schemaV6
	default:
		p.schema = schemaV9
	}
	format := "pnpm lockfileVersion " + clip(version)
	if version == "" {
		format = "pnpm (empty project)"
	}
	p.g = depgraph.New(format)
	if major > 9 {
		p.g.AddProblem(line(verNode), "", "lockfileVersion %s is newer than the 9.x this parser knows; read as 9.0", clip(version))
	}
	p.byKey = map[string]depgraph.NodeID{}
	p.importers = map[string]depgraph.NodeID{}
	p.links = map[string]depgraph.NodeID{}
	p.indexes = map[*yaml.Node]map[string]*yaml.Node{}

	seenTop := map[string]bool{}
	eachPair(doc, func(k, _ *yaml.Node) {
		if seenTop[k.Value] {
			p.g.AddProblem(k.Line, k.Value, "duplicate top-level key; the later one is used")
		}
		seenTop[k.Value] = true
	})
	for _, sec := range []string{"importers", "packages", "snapshots", "catalogs", "patchedDependencies"} {
		if n := get(doc, sec); n != nil && !isNull(n) && n.Kind != yaml.MappingNode {
			return nil, lockfile.Errorf(p.in.Path, n.Line, "%s is a %s, want a mapping", sec, kindName(n))
		}
	}
	p.readPatches(get(doc, "patchedDependencies"))

	// Roots first, so that link: edges can find every importer.
	type imp struct {
		path string
		key  *yaml.Node
		val  *yaml.Node
		dup  bool
	}
	var imps []imp
	if importers := get(doc, "importers"); importers != nil && !isNull(importers) {
		eachPair(importers, func(k, v *yaml.Node) {
			imps = append(imps, imp{path: cleanImporter(k.Value), key: k, val: v})
		})
	} else {
		// Single-project lockfile: the top-level mapping is the importer.
		imps = []imp{{path: ".", val: doc}}
	}
	hasDot := false
	for _, im := range imps {
		hasDot = hasDot || im.path == "."
	}
	if !hasDot {
		imps = append([]imp{{path: ".", val: &yaml.Node{Kind: yaml.MappingNode}}}, imps...)
	} else if imps[0].path != "." {
		for i, im := range imps {
			if im.path == "." {
				copy(imps[1:i+1], imps[:i])
				imps[0] = im
				break
			}
		}
	}
	for i, im := range imps {
		if _, dup := p.importers[im.path]; dup {
			p.g.AddProblem(line(im.key), im.path, "duplicate importer ignored")
			imps[i].dup = true
			continue
		}
		n := &depgraph.Node{Key: im.path, Line: line(im.key)}
		if im.path == "." {
			n.Source = depgraph.Source{Kind: depgraph.SourceRoot, Path: "."}
		} else {
			n.Source = depgraph.Source{Kind: depgraph.SourceWorkspace, Path: im.path}
		}
		n.Name, n.Version = readManifest(p.in.Project, im.path)
		if n.Name == "" {
			n.Name = im.path
		}
		id := p.g.AddNode(n)
		p.g.AddRoot(id)
		p.importers[im.path] = id
	}

	insts, err := p.readInstances(doc)
	if err != nil {
		return nil, err
	}
	catalogs := map[string]map[string]*yaml.Node{}
	eachPair(get(doc, "catalogs"), func(k, v *yaml.Node) { catalogs[k.Value] = index(v) })
	for _, im := range imps {
		if err := p.ctx.Err(); err != nil {
			return nil, err
		}
		if im.dup {
			continue
		}
		id := p.importers[im.path]
		if im.val.Kind != yaml.MappingNode {
			if !isNull(im.val) {
				p.g.AddProblem(line(im.key), im.path, "importer is a %s, want a mapping; skipped", kindName(im.val))
			}
			continue
		}
		p.importerEdges(id, im.path, im.val, catalogs)
	}
	for _, it := range insts {
		if err := p.tick(); err != nil {
			return nil, err
		}
		p.instanceEdges(it)
	}
	return p.g, nil
}

// readInstances creates one node per package instance.
func (p *parser) readInstances(doc *yaml.Node) ([]*instance, error) {
	packages := get(doc, "packages")
	snapshots := get(doc, "snapshots")
	var insts []*instance
	// Collect first so that of duplicate keys only the last becomes a node.
	type pending struct {
		k, v, meta *yaml.Node
		canon      string
	}
	var all []pending
	last := map[string]int{}
	add := func(k, v, meta *yaml.Node) error {
		canon := p.canonical(k.Value)
		last[canon] = len(all)
		all = append(all, pending{k, v, meta, canon})
		return nil
	}
	create := func() error {
		for i, e := range all {
			if err := p.tick(); err != nil {
				return err
			}
			if j := last[e.canon]; j != i {
				p.g.AddProblem(e.k.Line, e.k.Value, "duplicate entry ignored; the one at line %d is used", all[j].k.Line)
				continue
			}
			v, meta := e.v, e.meta
			if v.Kind != yaml.MappingNode && !isNull(v) {
				p.g.AddProblem(e.k.Line, e.k.Value, "entry is a %s, want a mapping; read as empty", kindName(v))
				v = &yaml.Node{Kind: yaml.MappingNode}
			}
			if meta != nil && meta.Kind != yaml.MappingNode {
				meta = nil
			}
			it := &instance{key: e.k, val: v, meta: meta}
			it.id = p.g.AddNode(p.node(e.k, e.canon, meta))
			p.byKey[e.canon] = it.id
			insts = append(insts, it)
		}
		return nil
	}
	if p.schema == schemaV9 && snapshots != nil && !isNull(snapshots) {
		meta := map[string]*yaml.Node{}
		metaLine := map[string]int{}
		eachPair(packages, func(k, v *yaml.Node) {
			c := p.canonical(k.Value)
			meta[c] = v
			metaLine[c] = k.Line
		})
		used := map[string]bool{}
		var err error
		eachPair(snapshots, func(k, v *yaml.Node) {
			if err != nil {
				return
			}
			base := stripPeers(p.canonical(k.Value), p.schema)
			m, ok := meta[base]
			if !ok {
				p.g.AddProblem(k.Line, k.Value, "snapshot has no packages entry %q; source and integrity unknown", clip(base))
			}
			used[base] = true
			err = add(k, v, m)
		})
		if err == nil {
			err = create()
		}
		if err != nil {
			return nil, err
		}
		eachPair(packages, func(k, _ *yaml.Node) {
			if c := p.canonical(k.Value); !used[c] {
				used[c] = true
				p.g.AddProblem(metaLine[c], k.Value, "packages entry has no snapshot; pnpm does not install it")
			}
		})
		return insts, nil
	}
	if p.schema == schemaV9 && packages != nil && len(packages.Content) > 0 {
		p.g.AddProblem(packages.Line, "packages", "lockfileVersion 9 lockfile has packages but no snapshots (truncated?); dependencies between packages are unknown")
	}
	eachPair(packages, func(k, v *yaml.Node) { _ = add(k, v, v) })
	err := create()
	return insts, err
}

// node builds the node of one instance.
func (p *parser) node(k *yaml.Node, canon string, meta *yaml.Node) *depgraph.Node {
	n := &depgraph.Node{Key: k.Value, Line: k.Line}
	keyName, keyVersion := p.splitKey(k.Value, canon)
	if keyName == "" && p.field(meta, "name") == nil {
		if name, version, ok := p.hostKey(k.Value); ok {
			keyName, keyVersion = name, version
		}
	}
	n.Name = keyName
	if s := scalar(p.field(meta, "name")); s != "" {
		n.Name = s
	}
	n.Version = keyVersion
	if s := scalar(p.field(meta, "version")); s != "" {
		n.Version = s
	}
	if n.Name == "" {
		p.g.AddProblem(k.Line, k.Value, "cannot tell the package name from the key and the entry has no name")
		n.Name = cmp.Or(canon, k.Value, "(no name)")
	}
	res := p.field(meta, "resolution")
	registryKey := p.registryKey(k.Value, keyVersion)
	switch {
	case res == nil || res.Kind != yaml.MappingNode:
		switch {
		case strings.HasPrefix(keyVersion, "file:"):
			n.Source = depgraph.Source{Kind: depgraph.SourceFile, Path: strings.TrimPrefix(keyVersion, "file:")}
		case strings.HasPrefix(keyVersion, "link:"):
			n.Source = depgraph.Source{Kind: depgraph.SourceLink, Path: strings.TrimPrefix(keyVersion, "link:")}
		}
		if meta != nil {
			p.g.AddProblem(k.Line, k.Value, "entry has no resolution")
		}
	case scalar(p.field(res, "type")) == "git":
		n.Source = depgraph.Source{Kind: depgraph.SourceGit, URL: scalar(p.field(res, "repo")), Commit: scalar(p.field(res, "commit"))}
	case scalar(p.field(res, "type")) == "directory" || p.field(res, "directory") != nil:
		n.Source = depgraph.Source{Kind: depgraph.SourceFile, Path: scalar(p.field(res, "directory"))}
	case p.field(res, "tarball") != nil:
		t := scalar(p.field(res, "tarball"))
		switch {
		case strings.HasPrefix(t, "file:"):
			n.Source = depgraph.Source{Kind: depgraph.SourceFile, Path: strings.TrimPrefix(t, "file:")}
		case registryKey:
			n.Source = depgraph.Source{Kind: depgraph.SourceRegistry, URL: t}
		default:
			n.Source = depgraph.Source{Kind: depgraph.SourceTarball, URL: t}
		}
	case p.field(res, "integrity") != nil:
		n.Source = depgraph.Source{Kind: depgraph.SourceRegistry}
	default:
		p.g.AddProblem(k.Line, k.Value, "resolution of unknown type %q", clip(scalar(p.field(res, "type"))))
	}
	if raw := scalar(p.field(res, "integrity")); raw != "" {
		n.IntegrityRaw = raw
		if i, err := npm.ParseIntegrity(raw); err == nil {
			n.Integrity = i
		}
	}
	n.HasInstallScript = scalar(p.field(meta, "requiresBuild")) == "true"
	n.OS = scalarList(p.field(meta, "os"))
	n.CPU = scalarList(p.field(meta, "cpu"))
	n.Libc = scalarList(p.field(meta, "libc"))
	if patch := p.patchFor(k.Value, n.Name, n.Version); patch != "" {
		n.Source.Patch = patch
	}
	return n
}

// canonical maps an instance key (or a reference that is a key) to the form
// used for lookups: no leading "/", and "name@version" for v5's
// "/name/version".
func (p *parser) canonical(key string) string {
	if !strings.HasPrefix(key, "/") {
		return key
	}
	key = key[1:]
	if p.schema != schemaV5 {
		return key
	}
	name, rest, ok := splitPathKey(key)
	if !ok {
		return key
	}
	return name + "@" + rest
}

// splitPathKey splits v5's "name/version" or "@scope/name/version".
func splitPathKey(key string) (name, version string, ok bool) {
	i := strings.IndexByte(key, '/')
	if i < 0 {
		return "", "", false
	}
	if strings.HasPrefix(key, "@") {
		j := strings.IndexByte(key[i+1:], '/')
		if j < 0 {
			return "", "", false
		}
		i += 1 + j
	}
	if i == 0 || i == len(key)-1 {
		return "", "", false
	}
	return key[:i], key[i+1:], true
}

// splitKey returns the name and the peer-less version a key spells; both
// are "" for keys that spell neither (v5/v6 git and file keys).
func (p *parser) splitKey(key, canon string) (name, version string) {
	if p.schema != schemaV9 && !strings.HasPrefix(key, "/") {
		// Opaque key: "file:local-dir", "github.com/o/r/sha".
		return "", stripPeers(canon, schemaV6)
	}
	name, spec := npm.SplitNameSpec(canon)
	if spec == "" || name == "" || name == "@" {
		return "", stripPeers(canon, p.schema)
	}
	return name, stripPeers(spec, p.schema)
}

// hostKey reads v5/v6 keys of packages from a non-default registry,
// "registry.example.com/name/1.0.0" or "registry.example.com/name@1.0.0",
// when the version looks like one.
func (p *parser) hostKey(key string) (name, version string, ok bool) {
	if p.schema == schemaV9 || strings.HasPrefix(key, "/") || strings.Contains(key, ":") {
		return "", "", false
	}
	_, rest, found := strings.Cut(key, "/")
	if !found {
		return "", "", false
	}
	name, version = p.splitKey("/"+rest, p.canonical("/"+rest))
	if _, err := npm.ParseName(name); err != nil || version == "" || version[0] < '0' || version[0] > '9' || strings.Contains(version, "/") {
		return "", "", false
	}
	return name, version, true
}

// registryKey reports whether the key names a registry version (rather than
// a URL, path or git spec).
func (p *parser) registryKey(key, version string) bool {
	if p.schema != schemaV9 && !strings.HasPrefix(key, "/") {
		_, _, ok := p.hostKey(key)
		return ok
	}
	return version != "" && version[0] >= '0' && version[0] <= '9'
}

// stripPeers removes the peer/patch suffix of a version: "(...)", and in
// v5 "_...".
func stripPeers(s string, sch schema) string {
	if i := strings.IndexByte(s, '('); i > 0 {
		s = s[:i]
	}
	if sch == schemaV5 {
		if i := strings.IndexByte(s, '_'); i > 0 {
			s = s[:i]
		}
	}
	return s
}

func (p *parser) readPatches(n *yaml.Node) {
	p.patches = map[string]string{}
	eachPair(n, func(k, v *yaml.Node) {
		patch := ""
		switch v.Kind {
		case yaml.ScalarNode:
			patch = "patch_hash=" + v.Value
		case yaml.MappingNode:
			if s := scalar(get(v, "path")); s != "" {
				patch = s
			} else if s := scalar(get(v, "hash")); s != "" {
				patch = "patch_hash=" + s
			}
		}
		if patch != "" {
			p.patches[k.Value] = patch
		}
	})
}

// patchFor finds the patch applied to an instance: from the key's
// "(patch_hash=...)" suffix or from patchedDependencies.
func (p *parser) patchFor(key, name, version string) string {
	if s, ok := p.patches[name+"@"+version]; ok {
		return s
	}
	if s, ok := p.patches[name]; ok && strings.Contains(key, "patch_hash=") {
		return s
	}
	if i := strings.Index(key, "(patch_hash="); i >= 0 {
		rest := key[i+1:]
		if j := strings.IndexByte(rest, ')'); j >= 0 {
			return rest[:j]
		}
	}
	if i := strings.Index(key, "_patch_hash="); i >= 0 {
		return key[i+1:]
	}
	return ""
}

var importerSections = []struct {
	name string
	kind depgraph.DepKind
}{
	{"dependencies", depgraph.DepProd},
	{"devDependencies", depgraph.DepDev},
	{"optionalDependencies", depgraph.DepOptional},
}

// importerEdges adds the edges of one importer (or of a single-project
// lockfile's top level).
func (p *parser) importerEdges(from depgraph.NodeID, dir string, imp *yaml.Node, catalogs map[string]map[string]*yaml.Node) {
	specifiers := index(get(imp, "specifiers"))
	for _, sec := range importerSections {
		deps := get(imp, sec.name)
		if deps == nil || isNull(deps) {
			continue
		}
		if deps.Kind != yaml.MappingNode {
			p.g.AddProblem(deps.Line, dir, "%s is a %s, want a mapping; skipped", sec.name, kindName(deps))
			continue
		}
		eachPair(deps, func(k, v *yaml.Node) {
			var spec, ref string
			switch v.Kind {
			case yaml.MappingNode: // v6, v9: {specifier, version}
				spec, ref = scalar(get(v, "specifier")), scalar(get(v, "version"))
			case yaml.ScalarNode: // v5: version, specifier in "specifiers"
				ref, spec = v.Value, scalar(specifiers[k.Value])
			}
			if ref == "" && strings.HasPrefix(spec, "catalog:") {
				cat := strings.TrimPrefix(spec, "catalog:")
				if cat == "" {
					cat = "default"
				}
				ref = scalar(get(catalogs[cat][k.Value], "version"))
			}
			if ref == "" {
				p.g.AddProblem(k.Line, dir, "%s %q has no resolved version", sec.name, clip(k.Value))
				return
			}
			to, ok := p.resolve(k.Value, ref, dir, k.Line)
			if !ok {
				p.g.AddProblem(k.Line, dir, "%s %q resolves to %q, which is not in the lockfile", sec.name, clip(k.Value), clip(ref))
				return
			}
			p.g.AddEdge(depgraph.Edge{From: from, To: to, Name: k.Value, Spec: spec, Kind: sec.kind})
		})
	}
}

// instanceEdges adds the dependency edges of one package instance.
func (p *parser) instanceEdges(it *instance) {
	peers := p.field(it.meta, "peerDependencies")
	peersMeta := p.field(it.meta, "peerDependenciesMeta")
	peerKind := func(name string) depgraph.DepKind {
		if scalar(p.field(p.field(peersMeta, name), "optional")) == "true" {
			return depgraph.DepPeerOptional
		}
		return depgraph.DepPeer
	}
	listed := map[string]bool{}
	for _, sec := range []struct {
		name string
		kind depgraph.DepKind
	}{{"dependencies", depgraph.DepProd}, {"optionalDependencies", depgraph.DepOptional}} {
		deps := get(it.val, sec.name)
		if deps == nil || isNull(deps) {
			continue
		}
		if deps.Kind != yaml.MappingNode {
			p.g.AddProblem(deps.Line, it.key.Value, "%s is a %s, want a mapping; skipped", sec.name, kindName(deps))
			continue
		}
		eachPair(deps, func(k, v *yaml.Node) {
			ref := scalar(v)
			kind := sec.kind
			listed[k.Value] = true
			if kind == depgraph.DepProd && p.field(peers, k.Value) != nil {
				kind = peerKind(k.Value)
			}
			to, ok := p.resolve(k.Value, ref, ".", k.Line)
			if !ok {
				p.g.AddProblem(k.Line, it.key.Value, "dependency %q resolves to %q, which is not in the lockfile", clip(k.Value), clip(ref))
				return
			}
			p.g.AddEdge(depgraph.Edge{From: it.id, To: to, Name: k.Value, Spec: ref, Kind: kind})
		})
	}
	// Own peers named only in the key's suffix, "name@1.0.0(react@18.3.1)".
	// pnpm lists resolved peers among the dependencies too, so this only
	// fills gaps. The suffix also names the peers of dependencies
	// (transitive peers): those are edges of the dependencies, not of this
	// instance.
	if p.schema == schemaV5 || peers == nil {
		return
	}
	for _, peer := range peerSuffix(it.key.Value) {
		name, ref := npm.SplitNameSpec(peer)
		if name == "" || ref == "" || listed[name] || p.field(peers, name) == nil {
			continue
		}
		listed[name] = true
		to, ok := p.resolve(name, ref, ".", it.key.Line)
		if !ok {
			// "(astro@packages+astro)": a workspace package, by path.
			to, ok = p.importers[strings.ReplaceAll(ref, "+", "/")]
		}
		if ok && to != it.id {
			p.g.AddEdge(depgraph.Edge{From: it.id, To: to, Name: name, Spec: ref, Kind: peerKind(name)})
		}
	}
}

// peerSuffix returns the top-level parenthesised groups after a key's
// version: "a@1.0.0(b@2.0.0(c@3.0.0))(d@4.0.0)" gives
// ["b@2.0.0(c@3.0.0)", "d@4.0.0"]. Unbalanced input gives what it can.
func peerSuffix(key string) []string {
	i := strings.IndexByte(key, '(')
	if i < 0 {
		return nil
	}
	var out []string
	depth, start := 0, 0
	for j := i; j < len(key); j++ {
		switch key[j] {
		case '(':
			if depth == 0 {
				start = j + 1
			}
			depth++
		case ')':
			if depth == 0 {
				return out
			}
			depth--
			if depth == 0 {
				out = append(out, key[start:j])
			}
		}
	}
	return out
}

// resolve finds the node a dependency reference points to. dir is the
// directory link: references are relative to.
func (p *parser) resolve(name, ref, dir string, ln int) (depgraph.NodeID, bool) {
	if ref == "" {
		return 0, false
	}
	if target, ok := strings.CutPrefix(ref, "link:"); ok {
		return p.link(name, path.Join(dir, target), ln), true
	}
	if id, ok := p.byKey[name+"@"+ref]; ok {
		return id, true
	}
	if id, ok := p.byKey[p.canonical(ref)]; ok {
		return id, true
	}
	return 0, false
}

// link returns the importer at target, or a SourceLink node for it.
func (p *parser) link(name, target string, ln int) depgraph.NodeID {
	target = path.Clean(target)
	if id, ok := p.importers[target]; ok {
		return id
	}
	if id, ok := p.links[target]; ok {
		return id
	}
	id := p.g.AddNode(&depgraph.Node{
		Name:    name,
		Version: "link:" + target,
		Source:  depgraph.Source{Kind: depgraph.SourceLink, Path: target},
		Key:     "link:" + target,
		Line:    ln,
	})
	p.links[target] = id
	return id
}

// cleanImporter normalises an importer path ("" and "./" are ".").
func cleanImporter(s string) string {
	if s == "" {
		return "."
	}
	return path.Clean(s)
}

// readManifest reads name and version from dir/package.json in fsys, if
// present and small; errors give empty strings.
func readManifest(fsys fs.FS, dir string) (name, version string) {
	if fsys == nil {
		return "", ""
	}
	p := path.Join(dir, "package.json")
	if !fs.ValidPath(p) {
		return "", ""
	}
	f, err := fsys.Open(p)
	if err != nil {
		return "", ""
	}
	defer f.Close()
	if st, err := f.Stat(); err != nil || !st.Mode().IsRegular() {
		return "", ""
	}
	data, err := io.ReadAll(io.LimitReader(f, maxManifestSize+1))
	if err != nil || len(data) > maxManifestSize {
		return "", ""
	}
	m, err := npm.ParseManifest(data)
	if err != nil {
		return "", ""
	}
	return m.Name, m.Version
}

// majorVersion parses the integer part of a lockfileVersion.
func majorVersion(v string) (int, error) {
	v = strings.TrimSpace(v)
	if i := strings.IndexByte(v, '.'); i >= 0 {
		if _, err := strconv.Atoi(v[i+1:]); err != nil && v[i+1:] != "" {
			return 0, err
		}
		v = v[:i]
	}
	n, err := strconv.Atoi(v)
	if err != nil || n < 0 {
		return 0, fmt.Errorf("bad version %q", v)
	}
	return n, nil
}

// get returns the value of key in mapping m, or nil. With duplicate keys the
// last one wins, as in pnpm's YAML reader.
func get(m *yaml.Node, key string) *yaml.Node {
	if m == nil || m.Kind != yaml.MappingNode {
		return nil
	}
	var out *yaml.Node
	for i := 0; i+1 < len(m.Content); i += 2 {
		if m.Content[i].Value == key {
			out = m.Content[i+1]
		}
	}
	return out
}

// index maps the keys of mapping m to their values (the last of
// duplicates), so that lookups in large hostile mappings stay linear.
func index(m *yaml.Node) map[string]*yaml.Node {
	if m == nil || m.Kind != yaml.MappingNode {
		return nil
	}
	out := make(map[string]*yaml.Node, len(m.Content)/2)
	for i := 0; i+1 < len(m.Content); i += 2 {
		out[m.Content[i].Value] = m.Content[i+1]
	}
	return out
}

// indexOf is index, cached per node: v9 snapshots share their package's
// metadata, so a large mapping is indexed once.
func (p *parser) indexOf(m *yaml.Node) map[string]*yaml.Node {
	if m == nil {
		return nil
	}
	if idx, ok := p.indexes[m]; ok {
		return idx
	}
	idx := index(m)
	p.indexes[m] = idx
	return idx
}

// field is get through the cached index of m.
func (p *parser) field(m *yaml.Node, key string) *yaml.Node {
	if m == nil || len(m.Content) <= 32 {
		return get(m, key)
	}
	return p.indexOf(m)[key]
}

// eachPair calls fn for every key/value of mapping m (nothing for others).
func eachPair(m *yaml.Node, fn func(k, v *yaml.Node)) {
	if m == nil || m.Kind != yaml.MappingNode {
		return
	}
	for i := 0; i+1 < len(m.Content); i += 2 {
		fn(m.Content[i], m.Content[i+1])
	}
}

// scalar returns a scalar node's value, "" for anything else.
func scalar(n *yaml.Node) string {
	if n == nil || n.Kind != yaml.ScalarNode || n.Tag == "!!null" {
		return ""
	}
	return n.Value
}

// scalarList reads a sequence of scalars, as pnpm writes os, cpu and libc
// ("[linux]", "['!win32']"). A lone scalar is a one-element list, as npm
// reads a string "os"; items that are not scalars, nulls and empty strings
// are dropped.
func scalarList(n *yaml.Node) []string {
	if n == nil {
		return nil
	}
	items := []*yaml.Node{n}
	if n.Kind == yaml.SequenceNode {
		items = n.Content
	}
	var out []string
	for _, it := range items {
		if s := scalar(it); s != "" {
			out = append(out, s)
		}
	}
	return out
}

func isNull(n *yaml.Node) bool {
	return n == nil || n.Kind == yaml.ScalarNode && n.Tag == "!!null"
}

func line(n *yaml.Node) int {
	if n == nil {
		return 0
	}
	return n.Line
}

func kindName(n *yaml.Node) string {
	switch n.Kind {
	case yaml.MappingNode:
		return "mapping"
	case yaml.SequenceNode:
		return "sequence"
	case yaml.ScalarNode:
		return "scalar"
	case yaml.AliasNode:
		return "alias"
	case yaml.DocumentNode:
		return "document"
	}
	return "node"
}

// clip shortens hostile strings quoted in messages.
func clip(s string) string {
	if len(s) > 200 {
		return s[:200] + "..."
	}
	return s
}
