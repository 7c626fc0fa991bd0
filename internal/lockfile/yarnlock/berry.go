package yarnlock

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
	"regexp"
	"slices"
	"strconv"
	"strings"

	"go.yaml.in/yaml/v3"

	"github.com/depfence/depfence/internal/depgraph"
	"github.com/depfence/depfence/internal/lockfile"
)

// MaxBerrySize caps the size of a berry lockfile. The largest real berry
// lockfiles are a few MB.
const MaxBerrySize = 32 << 20

// MaxBerryNodes caps the YAML nodes a berry lockfile may hold, estimated
// before decoding: yaml.v3 keeps about 180 bytes per node, so this bounds
// its memory near 400 MB whatever the shape of the input. Real lockfiles
// have about 3 nodes per entry line (medusa's 1.15 MB: ~110,000).
const MaxBerryNodes = 2 << 20

// estimateNodes returns an upper bound of the YAML nodes in data: block
// style gives at most 3 per line (key, value, one nested mapping); flow
// collections, sequences and explicit keys are counted by their
// punctuation.
func estimateNodes(data []byte) int {
	n := 3 * (bytes.Count(data, []byte("\n")) + 1)
	n += 2*bytes.Count(data, []byte(",")) + bytes.Count(data, []byte("[")) + bytes.Count(data, []byte("{"))
	n += bytes.Count(data, []byte("- ")) + bytes.Count(data, []byte("-\n")) + bytes.Count(data, []byte("? "))
	return n
}

// berryEntry is one top-level block of a berry lockfile.
type berryEntry struct {
	line       int
	key        string
	descs      []string
	version    string
	hasVer     bool
	resolution string
	linkType   string
	deps       []rawDep
	peers      []rawDep
	// os, cpu and libc are the platform restrictions of "conditions".
	os, cpu, libc []string
}

// readBerry decodes the YAML and collects the entries. It reads only the
// fields it needs, never follows YAML aliases (berry never writes them, and
// expanding them is how alias bombs work) and refuses a second document.
func readBerry(ctx context.Context, path string, data []byte) (metaVersion string, entries []*berryEntry, problems []depgraph.Problem, err error) {
	dec := yaml.NewDecoder(bytes.NewReader(data))
	var doc yaml.Node
	if err := dec.Decode(&doc); err != nil {
		if errors.Is(err, io.EOF) {
			return "", nil, nil, nil
		}
		return "", nil, nil, yamlError(path, err)
	}
	var extra yaml.Node
	if err := dec.Decode(&extra); !errors.Is(err, io.EOF) {
		return "", nil, nil, lockfile.Errorf(path, extra.Line, "more than one YAML document")
	}
	if doc.Kind != yaml.DocumentNode || len(doc.Content) != 1 {
		return "", nil, nil, lockfile.Errorf(path, doc.Line, "not a YAML mapping")
	}
	root := doc.Content[0]
	if root.Kind != yaml.MappingNode {
		return "", nil, nil, lockfile.Errorf(path, root.Line, "top level is not a mapping")
	}
	seen := make(map[string]int, len(root.Content)/2)
	for i := 0; i+1 < len(root.Content); i += 2 {
		if i&2047 == 0 {
			if err := ctx.Err(); err != nil {
				return "", nil, nil, err
			}
		}
		k, v := root.Content[i], root.Content[i+1]
		key, err := scalar(path, k)
		if err != nil {
			return "", nil, nil, err
		}
		if prev, dup := seen[key]; dup {
			problems = append(problems, depgraph.Problem{Line: k.Line, Key: redact(key), Message: fmt.Sprintf("entry key repeats the one at line %d; the last one is used", prev)})
		}
		seen[key] = k.Line
		if v.Kind == yaml.AliasNode {
			return "", nil, nil, lockfile.Errorf(path, v.Line, "YAML aliases are not allowed in yarn.lock")
		}
		if v.Kind != yaml.MappingNode {
			return "", nil, nil, lockfile.Errorf(path, v.Line, "entry %q is not a mapping", clip(key))
		}
		if key == "__metadata" {
			for j := 0; j+1 < len(v.Content); j += 2 {
				if v.Content[j].Value == "version" {
					if metaVersion, err = scalar(path, v.Content[j+1]); err != nil {
						return "", nil, nil, err
					}
				}
			}
			continue
		}
		e, eprobs, err := readBerryEntry(path, key, k.Line, v)
		if err != nil {
			return "", nil, nil, err
		}
		problems = append(problems, eprobs...)
		entries = append(entries, e)
	}
	return metaVersion, entries, problems, nil
}

// berryFields are the fields whose repeats are reported.
var berryFields = []string{"version", "resolution", "linkType", "dependencies", "optionalDependencies", "peerDependencies", "dependenciesMeta", "peerDependenciesMeta", "checksum", "conditions"}

func readBerryEntry(path, key string, line int, v *yaml.Node) (*berryEntry, []depgraph.Problem, error) {
	e := &berryEntry{line: line, key: key}
	for _, d := range strings.Split(key, ",") {
		d = strings.TrimSpace(d)
		if n, _, ok := splitDescriptor(d); !ok || n == "" {
			return nil, nil, lockfile.Errorf(path, line, "entry key %q is not name@range", clip(d))
		}
		e.descs = append(e.descs, d)
	}
	var (
		problems          []depgraph.Problem
		seen              uint16 // a bit per berryFields entry
		optional, peerOpt map[string]bool
		deps, opt         []rawDep
	)
	for j := 0; j+1 < len(v.Content); j += 2 {
		fk, fv := v.Content[j], v.Content[j+1]
		field, err := scalar(path, fk)
		if err != nil {
			return nil, nil, err
		}
		if bit := slices.Index(berryFields, field); bit >= 0 {
			if seen&(1<<bit) != 0 {
				problems = append(problems, depgraph.Problem{Line: fk.Line, Key: redact(key), Message: fmt.Sprintf("field %q appears twice; the last one is used", field)})
			}
			seen |= 1 << bit
		}
		switch field {
		case "version":
			if e.version, err = scalar(path, fv); err != nil {
				return nil, nil, err
			}
			e.hasVer = true
		case "resolution":
			if e.resolution, err = scalar(path, fv); err != nil {
				return nil, nil, err
			}
		case "linkType":
			if e.linkType, err = scalar(path, fv); err != nil {
				return nil, nil, err
			}
		case "dependencies":
			if deps, err = stringMap(path, fv, depgraph.DepProd); err != nil {
				return nil, nil, err
			}
		case "optionalDependencies":
			if opt, err = stringMap(path, fv, depgraph.DepOptional); err != nil {
				return nil, nil, err
			}
		case "peerDependencies":
			if e.peers, err = stringMap(path, fv, depgraph.DepPeer); err != nil {
				return nil, nil, err
			}
		case "dependenciesMeta":
			if optional, err = readMeta(path, fv); err != nil {
				return nil, nil, err
			}
		case "peerDependenciesMeta":
			if peerOpt, err = readMeta(path, fv); err != nil {
				return nil, nil, err
			}
		case "conditions":
			// Anything but a string is not yarn's and says nothing about
			// the platform: the entry counts as unrestricted.
			e.os, e.cpu, e.libc = nil, nil, nil
			if fv.Kind == yaml.ScalarNode {
				e.os, e.cpu, e.libc = parseConditions(fv.Value)
			} else {
				problems = append(problems, depgraph.Problem{Line: fk.Line, Key: redact(key), Message: "conditions is not a string; ignored"})
			}
		}
	}
	for k := range deps {
		if optional[deps[k].name] {
			deps[k].kind = depgraph.DepOptional
		}
	}
	for k := range e.peers {
		if peerOpt[e.peers[k].name] {
			e.peers[k].kind = depgraph.DepPeerOptional
		}
	}
	e.deps = append(deps, opt...)
	return e, problems, nil
}

// parseConditions reads berry's "conditions", the os, cpu and libc fields
// of the package's manifest as yarn writes them: one term per field joined
// by "&", each "key=value", "!key=value" for a negated value, or a
// parenthesised "|" list for several values:
//
//	os=linux & cpu=x64 & libc=glibc
//	!os=win32
//	(os=darwin | os=linux) & cpu=arm64
//
// The values come back as npm lists ("!win32" for a negated one). Unknown
// keys and malformed tokens are ignored.
func parseConditions(s string) (os, cpu, libc []string) {
	for _, term := range strings.Split(s, "&") {
		for _, tok := range strings.Split(term, "|") {
			tok = strings.TrimSpace(strings.Trim(strings.TrimSpace(tok), "()"))
			neg := strings.HasPrefix(tok, "!")
			key, val, ok := strings.Cut(strings.TrimPrefix(tok, "!"), "=")
			key, val = strings.TrimSpace(key), strings.TrimSpace(val)
			if !ok || val == "" || strings.ContainsAny(val, "!()= ") {
				continue
			}
			if neg {
				val = "!" + val
			}
			switch key {
			case "os":
				os = append(os, val)
			case "cpu":
				cpu = append(cpu, val)
			case "libc":
				libc = append(libc, val)
			}
		}
	}
	return os, cpu, libc
}

// yamlErrorRE matches yaml.v3's "yaml: line N: message" syntax errors.
var yamlErrorRE = regexp.MustCompile(`^yaml: line (\d+): (.*)$`)

// yamlError turns a YAML decoding error into a *lockfile.ParseError with
// the line when yaml.v3 names one.
func yamlError(path string, err error) error {
	if m := yamlErrorRE.FindStringSubmatch(err.Error()); m != nil {
		if line, convErr := strconv.Atoi(m[1]); convErr == nil {
			return lockfile.Errorf(path, line, "yaml: %s", m[2])
		}
	}
	return &lockfile.ParseError{Path: path, Err: fmt.Errorf("%w: %v", lockfile.ErrMalformed, err)}
}

// scalar returns the text of a scalar node. Aliases are refused.
func scalar(path string, n *yaml.Node) (string, error) {
	switch n.Kind {
	case yaml.ScalarNode:
		return n.Value, nil
	case yaml.AliasNode:
		return "", lockfile.Errorf(path, n.Line, "YAML aliases are not allowed in yarn.lock")
	}
	return "", lockfile.Errorf(path, n.Line, "expected a string")
}

// stringMap reads a mapping of dependency name to range.
func stringMap(path string, n *yaml.Node, kind depgraph.DepKind) ([]rawDep, error) {
	if n.Kind == yaml.AliasNode {
		return nil, lockfile.Errorf(path, n.Line, "YAML aliases are not allowed in yarn.lock")
	}
	if n.Kind != yaml.MappingNode {
		return nil, lockfile.Errorf(path, n.Line, "expected a mapping of dependencies")
	}
	out := make([]rawDep, 0, len(n.Content)/2)
	for j := 0; j+1 < len(n.Content); j += 2 {
		name, err := scalar(path, n.Content[j])
		if err != nil {
			return nil, err
		}
		rng, err := scalar(path, n.Content[j+1])
		if err != nil {
			return nil, err
		}
		out = append(out, rawDep{name: name, rng: rng, kind: kind})
	}
	return out, nil
}

// readMeta reads dependenciesMeta/peerDependenciesMeta and returns the
// names marked optional. Keys may carry a version ("fsevents@1.2.3").
func readMeta(path string, n *yaml.Node) (map[string]bool, error) {
	if n.Kind == yaml.AliasNode {
		return nil, lockfile.Errorf(path, n.Line, "YAML aliases are not allowed in yarn.lock")
	}
	if n.Kind != yaml.MappingNode {
		return nil, lockfile.Errorf(path, n.Line, "expected a mapping")
	}
	optional := map[string]bool{}
	for j := 0; j+1 < len(n.Content); j += 2 {
		name, err := scalar(path, n.Content[j])
		if err != nil {
			return nil, err
		}
		if nm, _, ok := splitDescriptor(name); ok && nm != "" {
			name = nm
		}
		meta := n.Content[j+1]
		if meta.Kind != yaml.MappingNode {
			continue
		}
		for m := 0; m+1 < len(meta.Content); m += 2 {
			if meta.Content[m].Value == "optional" && meta.Content[m+1].Kind == yaml.ScalarNode && meta.Content[m+1].Value == "true" {
				optional[name] = true
			}
		}
	}
	return optional, nil
}

// canonical normalises a berry descriptor for lookups: the "::" parameters
// are split off (the "locator=" binding is returned decoded), a plain
// "npm:" protocol is dropped (berry 2 writes "lodash@^4" in dependencies
// and "lodash@npm:^4" in keys), and a patch's inner descriptor is decoded
// and normalised the same way.
func canonical(name, rng string) (desc, binding string) {
	return canonicalDepth(name, rng, 0)
}

// maxPatchNesting bounds the recursion through patches of patches.
const maxPatchNesting = 4

func canonicalDepth(name, rng string, depth int) (desc, binding string) {
	base, params, hasParams := strings.Cut(rng, "::")
	if hasParams {
		for _, p := range strings.Split(params, "&") {
			if v, ok := strings.CutPrefix(p, "locator="); ok {
				binding = unescape(v)
			}
		}
	}
	base = canonicalRange(base, depth)
	return name + "@" + base, binding
}

func canonicalRange(base string, depth int) string {
	if rest, ok := strings.CutPrefix(base, "npm:"); ok && !strings.Contains(rest, "@") {
		return rest
	}
	if rest, ok := strings.CutPrefix(base, "patch:"); ok && depth < maxPatchNesting {
		inner, patch, _ := strings.Cut(rest, "#")
		if n, r, ok := splitDescriptor(unescape(inner)); ok {
			c, _ := canonicalDepth(n, r, depth+1)
			return "patch:" + c + "#" + patch
		}
	}
	return base
}

func unescape(s string) string {
	if !strings.Contains(s, "%") {
		return s
	}
	if u, err := url.PathUnescape(s); err == nil {
		return u
	}
	return s
}

// patchInner returns the canonical inner descriptor of a "patch:" range.
func patchInner(rng string) (string, bool) {
	rest, ok := strings.CutPrefix(rng, "patch:")
	if !ok {
		return "", false
	}
	inner, _, _ := strings.Cut(rest, "#")
	n, r, ok := splitDescriptor(unescape(inner))
	if !ok || n == "" {
		return "", false
	}
	c, _ := canonical(n, r)
	return c, true
}

// berrySource tells where the code of a resolution's reference comes
// from. Paths of file:, link: and portal: are relative to the workspace
// named by the reference's "::locator=" parameter and are returned relative
// to the project.
func berrySource(ref string) depgraph.Source {
	base, params, _ := strings.Cut(ref, "::")
	var binding string
	for _, p := range strings.Split(params, "&") {
		if v, ok := strings.CutPrefix(p, "locator="); ok {
			binding = unescape(v)
		}
	}
	local := func(kind depgraph.SourceKind, p string) depgraph.Source {
		p, _, _ = strings.Cut(p, "#")
		if _, r, ok := splitDescriptor(binding); ok {
			if ws, ok := strings.CutPrefix(r, "workspace:"); ok && ws != "." {
				p = path.Join(ws, p)
			}
		}
		return depgraph.Source{Kind: kind, Path: p}
	}
	switch {
	case strings.HasPrefix(base, "npm:"):
		return depgraph.Source{Kind: depgraph.SourceRegistry}
	case strings.HasPrefix(base, "workspace:"):
		p := strings.TrimPrefix(base, "workspace:")
		if p == "." {
			return depgraph.Source{Kind: depgraph.SourceRoot, Path: "."}
		}
		return depgraph.Source{Kind: depgraph.SourceWorkspace, Path: p}
	case strings.HasPrefix(base, "patch:"):
		rest := strings.TrimPrefix(base, "patch:")
		inner, patch, _ := strings.Cut(rest, "#")
		var src depgraph.Source
		if _, r, ok := splitDescriptor(unescape(inner)); ok && !strings.HasPrefix(r, "patch:") {
			src = berrySource(r)
		}
		src.Patch = unescape(patch)
		if src.Patch == "" {
			src.Patch = "(unnamed)"
		}
		return src
	case strings.HasPrefix(base, "portal:"):
		return local(depgraph.SourceLink, strings.TrimPrefix(base, "portal:"))
	case strings.HasPrefix(base, "link:"):
		return local(depgraph.SourceLink, strings.TrimPrefix(base, "link:"))
	case strings.HasPrefix(base, "file:"):
		return local(depgraph.SourceFile, strings.TrimPrefix(base, "file:"))
	}
	if commit, ok := gitURL(base); ok || gitRange(base) {
		return depgraph.Source{Kind: depgraph.SourceGit, URL: base, Commit: commit}
	}
	if strings.HasPrefix(base, "http://") || strings.HasPrefix(base, "https://") {
		return depgraph.Source{Kind: depgraph.SourceTarball, URL: base}
	}
	return depgraph.Source{Kind: depgraph.SourceUnknown, URL: base}
}

type berryBuilder struct {
	g        *depgraph.Graph
	entries  []*berryEntry
	refs     []string                   // resolution locator of each entry node
	byDesc   map[string]depgraph.NodeID // canonical descriptor -> its (last) entry
	shared   map[string]bool            // canonical descriptors of several entries
	bound    map[string]depgraph.NodeID // canonical descriptor + "\x00" + binding locator -> entry
	patchOf  map[string]depgraph.NodeID
	wsByName map[string]depgraph.NodeID
	wsByPath map[string]depgraph.NodeID
	res      map[resKey]string // root "resolutions"
	missing  missingDeps
}

// resKey selects a root "resolutions" entry: parent/name@range, where
// parent and range may be empty (range in canonical form).
type resKey struct {
	parent, name, rng string
}

func parseBerry(ctx context.Context, in lockfile.Input, data []byte) (*depgraph.Graph, error) {
	if len(data) > MaxBerrySize {
		return nil, &lockfile.ParseError{Path: in.Path, Err: fmt.Errorf("%w: a berry lockfile of %d bytes exceeds the %d-byte limit", lockfile.ErrTooLarge, len(data), MaxBerrySize)}
	}
	if n := estimateNodes(data); n > MaxBerryNodes {
		return nil, &lockfile.ParseError{Path: in.Path, Err: fmt.Errorf("%w: about %d YAML nodes exceed the limit of %d", lockfile.ErrTooLarge, n, MaxBerryNodes)}
	}
	meta, entries, problems, err := readBerry(ctx, in.Path, data)
	if err != nil {
		return nil, err
	}
	format := "yarn berry lockfile"
	if meta != "" {
		format += ", __metadata.version " + meta
	}
	g := depgraph.New(format)
	if v, err := strconv.Atoi(meta); err != nil || v < 1 {
		g.AddProblem(0, "__metadata", "__metadata.version %q is missing or not a number", clip(meta))
	}
	g.Problems = append(g.Problems, problems...)
	b := &berryBuilder{
		g:        g,
		entries:  entries,
		byDesc:   make(map[string]depgraph.NodeID, len(entries)*2),
		shared:   map[string]bool{},
		bound:    map[string]depgraph.NodeID{},
		patchOf:  map[string]depgraph.NodeID{},
		wsByName: map[string]depgraph.NodeID{},
		wsByPath: map[string]depgraph.NodeID{},
	}
	rootManifest, rootData, rootErr := readManifestData(in.Project, ".")
	if rootErr == nil {
		b.res = readResolutions(rootData, g)
	}
	edges := 0
	for _, e := range entries {
		b.addEntry(e)
		edges += len(e.deps) + len(e.peers)
	}
	g.Edges = make([]depgraph.Edge, 0, edges)
	var unread []string
	reads := 0
	noProject := in.Project == nil
	for k, e := range entries {
		if k&1023 == 0 {
			if err := ctx.Err(); err != nil {
				return nil, err
			}
		}
		from := depgraph.NodeID(k)
		n := g.Nodes[k]
		var kinds map[string]depgraph.DepKind
		if n.Source.Kind == depgraph.SourceWorkspace || n.Source.Kind == depgraph.SourceRoot {
			var m = rootManifest
			err := rootErr
			if n.Source.Path != "." {
				if reads++; reads <= maxWorkspaces {
					m, err = readManifest(in.Project, n.Source.Path)
				} else {
					err = errors.New("too many workspaces")
				}
			}
			if err == nil {
				kinds = manifestKinds(m)
				if m.Version != "" {
					n.Version = m.Version
				}
			} else if !noProject {
				unread = append(unread, n.Source.Path)
			}
		}
		for _, d := range e.deps {
			kind := d.kind
			if kinds != nil && kind == depgraph.DepProd {
				if mk, ok := kinds[d.name]; ok {
					kind = mk
				}
			}
			to, ok := b.resolve(from, d.name, d.rng, true)
			if !ok {
				b.missing.add(g, e.line, e.key, d)
				continue
			}
			b.edge(from, to, d.name, d.rng, kind)
		}
		for _, d := range e.peers {
			// A peer is provided by the parent; it has an entry only when
			// the range names one exactly. Resolutions do not apply.
			if to, ok := b.lookup(from, d.name, d.rng, true); ok {
				b.edge(from, to, d.name, d.rng, d.kind)
			}
		}
		if n.Source.Patch != "" {
			// The patched instance is built from its source package.
			for _, desc := range e.descs {
				name, rng, _ := splitDescriptor(desc)
				inner, ok := patchInner(rng)
				if !ok {
					continue
				}
				iname, irng, _ := splitDescriptor(inner)
				if to, ok := b.resolve(from, iname, irng, false); ok {
					b.edge(from, to, name, irng, depgraph.DepProd)
				}
			}
		}
	}
	if len(unread) > 0 {
		slices.Sort(unread)
		g.AddProblem(0, "", "%d workspace package.json file(s) could not be read, so their dev dependencies count as production: %s", len(unread), clip(strings.Join(unread, ", ")))
	}
	b.missing.flush(g)
	b.addRoots()
	g.Finalize()
	return g, nil
}

func (b *berryBuilder) addEntry(e *berryEntry) {
	g := b.g
	res := e.resolution
	if res == "" {
		res = e.descs[0]
		g.AddProblem(e.line, redact(e.key), "entry has no resolution; reading it from its key")
	}
	name, ref, ok := splitDescriptor(res)
	if !ok || name == "" {
		g.AddProblem(e.line, redact(e.key), "resolution %q is not name@reference", clip(res))
		name, ref, _ = splitDescriptor(e.descs[0])
	}
	if e.resolution == "" || !ok {
		// A key may be an alias: "string-width-cjs@npm:string-width@^4".
		if an, target, ok := aliasTarget(ref); ok {
			name, ref = an, "npm:"+target
		}
	}
	n := &depgraph.Node{Name: name, Version: e.version, Key: e.key, Line: e.line, Source: berrySource(ref)}
	if k := n.Source.Kind; k != depgraph.SourceWorkspace && k != depgraph.SourceRoot {
		// Workspaces are the project: yarn installs them on any platform.
		n.OS, n.CPU, n.Libc = e.os, e.cpu, e.libc
	}
	if !e.hasVer {
		n.Version = ref
		g.AddProblem(e.line, redact(e.key), "entry has no version; using the reference %q", clip(ref))
	}
	checkName(g, e.line, e.key, name)
	id := g.AddNode(n)
	b.refs = append(b.refs, res)
	if v, ok := strings.CutPrefix(ref, "npm:"); ok && e.resolution != "" && e.hasVer && v != e.version {
		g.AddProblem(e.line, redact(e.key), "version %q differs from the resolution %q", clip(e.version), clip(res))
	}
	// Workspaces, link: and portal: are symlinked ("soft"); everything else
	// is unpacked ("hard"). A mismatch means the entry was edited.
	soft := n.Source.Kind == depgraph.SourceLink || n.Source.Kind == depgraph.SourceWorkspace || n.Source.Kind == depgraph.SourceRoot
	if e.linkType != "" && (e.linkType == "soft") != soft {
		g.AddProblem(e.line, redact(e.key), "linkType %q does not match the resolution %q", clip(e.linkType), clip(res))
	}
	switch n.Source.Kind {
	case depgraph.SourceWorkspace, depgraph.SourceRoot:
		if !fs.ValidPath(n.Source.Path) {
			g.AddProblem(e.line, redact(e.key), "workspace path %q is outside the project", clip(n.Source.Path))
		}
		if prev, dup := b.wsByPath[n.Source.Path]; dup {
			g.AddProblem(e.line, redact(e.key), "workspace %q repeats the one at line %d", n.Source.Path, g.Nodes[prev].Line)
		}
		b.wsByName[name] = id
		b.wsByPath[n.Source.Path] = id
	}
	for _, d := range e.descs {
		dn, dr, _ := splitDescriptor(d)
		c, binding := canonical(dn, dr)
		if _, dup := b.byDesc[c]; dup {
			b.shared[c] = true
		}
		b.byDesc[c] = id
		if binding != "" {
			b.bound[c+"\x00"+binding] = id
		}
		if inner, ok := patchInner(dr); ok {
			b.patchOf[inner] = id
		}
	}
}

// resolve finds the entry a dependency of from resolved to. redirect
// applies berry's patch wrapping: a descriptor that some patch entry wraps
// (built-in compat patches, patches from "resolutions") resolves to the
// patched instance.
func (b *berryBuilder) resolve(from depgraph.NodeID, name, rng string, redirect bool) (depgraph.NodeID, bool) {
	if redirect {
		if to := b.override(from, name, rng); to != "" {
			if id, ok := b.lookup(from, name, to, true); ok {
				return id, true
			}
		}
	}
	return b.lookup(from, name, rng, redirect)
}

func (b *berryBuilder) lookup(from depgraph.NodeID, name, rng string, redirect bool) (depgraph.NodeID, bool) {
	c, _ := canonical(name, rng)
	if redirect {
		if id, ok := b.patchOf[c]; ok && id != from {
			return id, true
		}
	}
	if b.shared[c] && int(from) < len(b.refs) {
		// Relative ranges are bound to the locator that declared them.
		if id, ok := b.bound[c+"\x00"+b.refs[from]]; ok {
			return id, true
		}
	}
	if id, ok := b.byDesc[c]; ok {
		return id, true
	}
	if ws, ok := strings.CutPrefix(rng, "workspace:"); ok {
		if id, ok := b.wsByPath[strings.TrimPrefix(path.Clean(ws), "./")]; ok {
			return id, true
		}
		if id, ok := b.wsByName[name]; ok {
			return id, true
		}
	}
	return 0, false
}

func (b *berryBuilder) edge(from, to depgraph.NodeID, name, rng string, kind depgraph.DepKind) {
	b.g.AddEdge(depgraph.Edge{From: from, To: to, Name: name, Spec: rng, Kind: kind})
}

// override returns the range a root "resolutions" entry forces on the
// dependency name@rng of from, or "". The most specific entry wins.
func (b *berryBuilder) override(from depgraph.NodeID, name, rng string) string {
	if len(b.res) == 0 {
		return ""
	}
	parent := b.g.Nodes[from].Name
	r := canonicalRange(rng, 0)
	for _, k := range [...]resKey{{parent, name, r}, {parent, name, ""}, {"", name, r}, {"", name, ""}} {
		if to, ok := b.res[k]; ok {
			return to
		}
	}
	return ""
}

// readResolutions reads the root manifest's "resolutions" in berry's
// syntax: "name", "name@range", "parent/name", "parent@range/name@range"
// (a leading "**/" is accepted; the parent's range is ignored).
func readResolutions(data []byte, g *depgraph.Graph) map[resKey]string {
	var raw struct {
		Resolutions map[string]json.RawMessage `json:"resolutions"`
	}
	if json.Unmarshal(bytes.TrimPrefix(data, []byte("\xef\xbb\xbf")), &raw) != nil || len(raw.Resolutions) == 0 {
		return nil
	}
	keys := make([]string, 0, len(raw.Resolutions))
	for k := range raw.Resolutions {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	out := make(map[resKey]string, len(keys))
	var unsupported []string
	for _, key := range keys {
		var to string
		if json.Unmarshal(raw.Resolutions[key], &to) != nil {
			continue
		}
		segs := strings.Split(strings.TrimPrefix(key, "**/"), "/")
		var parts []string
		for k := 0; k < len(segs); k++ {
			if strings.HasPrefix(segs[k], "@") && k+1 < len(segs) {
				parts = append(parts, segs[k]+"/"+segs[k+1])
				k++
				continue
			}
			parts = append(parts, segs[k])
		}
		var rk resKey
		switch len(parts) {
		case 1:
			rk.name, rk.rng, _ = splitDescriptor(parts[0])
		case 2:
			rk.parent, _, _ = splitDescriptor(parts[0])
			rk.name, rk.rng, _ = splitDescriptor(parts[1])
		default:
			unsupported = append(unsupported, key)
			continue
		}
		if rk.rng != "" {
			rk.rng = canonicalRange(rk.rng, 0)
		}
		out[rk] = to
	}
	if len(unsupported) > 0 {
		g.AddProblem(0, "", "%d package.json resolution(s) not supported (nested paths), ignored: %s", len(unsupported), clip(strings.Join(unsupported, ", ")))
	}
	return out
}

// addRoots makes the root workspace the first root and the other
// workspaces the next ones; a lockfile without workspace entries gets a
// stand-in root.
func (b *berryBuilder) addRoots() {
	g := b.g
	var ws []depgraph.NodeID
	for _, n := range g.Nodes {
		switch n.Source.Kind {
		case depgraph.SourceRoot:
			g.AddRoot(n.ID)
		case depgraph.SourceWorkspace:
			ws = append(ws, n.ID)
		}
	}
	for _, id := range ws {
		g.AddRoot(id)
	}
	if len(g.Roots) == 0 {
		guessRoot(g, len(b.entries), func(k int) string { return b.entries[k].descs[0] },
			"no workspace entries: the root's dependencies are guessed (entries nothing depends on)")
	}
}
