package yarnlock

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"slices"
	"strings"

	"github.com/depfence/depfence/internal/depgraph"
	"github.com/depfence/depfence/internal/lockfile"
	"github.com/depfence/depfence/internal/npm"
)

// MaxLineSize is the longest line of a classic yarn.lock that is read.
// Real lockfiles stay far below (the longest lines list every range of a
// popular package, a few KB); a longer line is an error, never truncated.
const MaxLineSize = 1 << 20

// MaxClassicSize caps the size of a classic lockfile: a file made only of
// dependency lines takes about 30 times its size while parsed (measured:
// 1 GB for 32 MB). Real ones stay below a few MB (webpack's 1,397 entries:
// 490 KB).
const MaxClassicSize = 16 << 20

// classicEntry is one top-level block of a classic lockfile.
type classicEntry struct {
	line      int
	key       string   // the header as written, without the colon
	descs     []string // descriptors of the header
	version   string
	resolved  string
	integrity string
	hasVer    bool
	deps      []rawDep
	seen      uint8    // bits of trackedFields read so far
	repeats   []string // repeated fields, with their lines
}

// trackedFields are the fields whose repeats are reported: yarn keeps the
// last of repeated fields (repeated dependency lists are both kept here).
var trackedFields = []string{"version", "resolved", "integrity", "dependencies", "optionalDependencies"}

// token kinds of one classic lockfile line.
const (
	tokString = iota
	tokColon
	tokComma
)

type token struct {
	kind int
	val  string
}

// scanLines is bufio.ScanLines that also ends a line at a lone "\r", as
// yarn's tokenizer does, and keeps "\r\n" one line break.
func scanLines(data []byte, atEOF bool) (advance int, tok []byte, err error) {
	if atEOF && len(data) == 0 {
		return 0, nil, nil
	}
	if i := bytes.IndexAny(data, "\r\n"); i >= 0 {
		if data[i] == '\n' {
			return i + 1, data[:i], nil
		}
		if i+1 < len(data) {
			if data[i+1] == '\n' {
				return i + 2, data[:i], nil
			}
			return i + 1, data[:i], nil
		}
		if atEOF {
			return i + 1, data[:i], nil
		}
		return 0, nil, nil // need one more byte to see "\r\n"
	}
	if atEOF {
		return len(data), data, nil
	}
	return 0, nil, nil
}

// tokenizeLine splits one line (without its indentation) into tokens,
// following yarn's tokenizer: "#" starts a comment, strings are either
// JSON-quoted or bare words that stop at space, ":" or ",".
func tokenizeLine(s string, toks []token) ([]token, error) {
	toks = toks[:0]
	for i := 0; i < len(s); {
		c := s[i]
		switch {
		case c == ' ' || c == '\t':
			i++
		case c == '#':
			return toks, nil
		case c == ':':
			toks = append(toks, token{kind: tokColon})
			i++
		case c == ',':
			toks = append(toks, token{kind: tokComma})
			i++
		case c == '"':
			j := i + 1
			escaped := false
			for ; j < len(s); j++ {
				if s[j] == '\\' {
					escaped = true
					j++
					continue
				}
				if s[j] == '"' {
					break
				}
			}
			if j >= len(s) {
				return nil, errors.New("unterminated string")
			}
			v := s[i+1 : j]
			if escaped {
				if err := json.Unmarshal([]byte(s[i:j+1]), &v); err != nil {
					return nil, fmt.Errorf("bad string escape in %s", clip(s[i:j+1]))
				}
			}
			toks = append(toks, token{kind: tokString, val: v})
			i = j + 1
		case 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' || c == '/' || c == '.' || c == '-':
			j := i
			for j < len(s) && s[j] != ' ' && s[j] != '\t' && s[j] != ':' && s[j] != ',' {
				j++
			}
			toks = append(toks, token{kind: tokString, val: s[i:j]})
			i = j
		default:
			return nil, fmt.Errorf("unexpected character %q", c)
		}
	}
	return toks, nil
}

// clip redacts URL credentials and shortens s for messages.
func clip(s string) string {
	s = redact(s)
	if len(s) > 80 {
		return s[:80] + "…"
	}
	return s
}

// sub-block kinds inside an entry.
const (
	subNone = iota
	subDeps
	subOptDeps
	subSkip
)

// readClassic parses the classic format into its entries.
func readClassic(ctx context.Context, path string, data []byte) ([]*classicEntry, error) {
	sc := bufio.NewScanner(bytes.NewReader(data))
	sc.Buffer(make([]byte, 0, 64<<10), MaxLineSize)
	sc.Split(scanLines)
	var (
		entries []*classicEntry
		cur     *classicEntry
		sub     = subNone
		depth   = 0 // deepest level the next line may have
		lineNo  = 0
		toks    []token
		err     error
	)
	for sc.Scan() {
		lineNo++
		if lineNo&1023 == 0 {
			if err := ctx.Err(); err != nil {
				return nil, err
			}
		}
		line := sc.Text()
		indent := 0
		for indent < len(line) && line[indent] == ' ' {
			indent++
		}
		rest := line[indent:]
		if rest == "" || rest[0] == '#' {
			continue
		}
		if strings.HasPrefix(rest, "<<<<<<<") || strings.HasPrefix(rest, "=======") || strings.HasPrefix(rest, ">>>>>>>") {
			return nil, lockfile.Errorf(path, lineNo, "unresolved merge conflict marker")
		}
		if rest[0] == '\t' {
			return nil, lockfile.Errorf(path, lineNo, "tab in indentation")
		}
		if indent%2 != 0 {
			return nil, lockfile.Errorf(path, lineNo, "invalid indentation of %d spaces", indent)
		}
		level := indent / 2
		if level > depth {
			return nil, lockfile.Errorf(path, lineNo, "unexpected indentation")
		}
		toks, err = tokenizeLine(rest, toks)
		if err != nil {
			return nil, lockfile.Errorf(path, lineNo, "%v", err)
		}
		if len(toks) == 0 {
			continue
		}
		keys, value, opens, err := lineShape(toks)
		if err != nil {
			return nil, lockfile.Errorf(path, lineNo, "%v", err)
		}
		depth = level
		if opens {
			depth = level + 1
		}
		switch {
		case level == 0:
			if !opens {
				return nil, lockfile.Errorf(path, lineNo, "expected an entry header ending in \":\"")
			}
			cur = &classicEntry{line: lineNo, key: strings.Join(keys, ", "), descs: keys}
			entries = append(entries, cur)
			sub = subNone
		case level == 1:
			if len(keys) != 1 {
				return nil, lockfile.Errorf(path, lineNo, "a field has one name")
			}
			sub = subNone
			if bit := slices.Index(trackedFields, keys[0]); bit >= 0 {
				if cur.seen&(1<<bit) != 0 {
					cur.repeats = append(cur.repeats, fmt.Sprintf("%q at line %d", keys[0], lineNo))
				}
				cur.seen |= 1 << bit
			}
			if opens {
				switch keys[0] {
				case "dependencies":
					sub = subDeps
				case "optionalDependencies":
					sub = subOptDeps
				default:
					sub = subSkip
				}
				continue
			}
			switch keys[0] {
			case "version":
				cur.version, cur.hasVer = value, true
			case "resolved":
				cur.resolved = value
			case "integrity":
				cur.integrity = value
			}
		case level == 2 && (sub == subDeps || sub == subOptDeps):
			if opens || len(keys) != 1 {
				return nil, lockfile.Errorf(path, lineNo, "expected \"name range\" in a dependency list")
			}
			kind := depgraph.DepProd
			if sub == subOptDeps {
				kind = depgraph.DepOptional
			}
			cur.deps = append(cur.deps, rawDep{name: keys[0], rng: value, kind: kind})
		default:
			// Deeper levels of fields this parser does not use.
		}
	}
	if err := sc.Err(); err != nil {
		if errors.Is(err, bufio.ErrTooLong) {
			return nil, &lockfile.ParseError{Path: path, Line: lineNo + 1, Err: fmt.Errorf("%w: line longer than %d bytes", lockfile.ErrMalformed, MaxLineSize)}
		}
		return nil, &lockfile.ParseError{Path: path, Line: lineNo + 1, Err: err}
	}
	return entries, nil
}

// lineShape reads "k1, k2:" (opens a block), "key value" or "key: value".
func lineShape(toks []token) (keys []string, value string, opens bool, err error) {
	i := 0
	for {
		if i >= len(toks) || toks[i].kind != tokString {
			return nil, "", false, errors.New("expected a name")
		}
		keys = append(keys, toks[i].val)
		i++
		if i < len(toks) && toks[i].kind == tokComma {
			i++
			continue
		}
		break
	}
	colon := i < len(toks) && toks[i].kind == tokColon
	if colon {
		i++
	}
	switch {
	case i == len(toks) && colon:
		return keys, "", true, nil
	case i == len(toks)-1 && toks[i].kind == tokString:
		return keys, toks[i].val, false, nil
	case i == len(toks):
		return nil, "", false, errors.New("expected a value or \":\"")
	}
	return nil, "", false, errors.New("unexpected tokens after the value")
}

// parseClassic reads a classic lockfile and builds its graph.
func parseClassic(ctx context.Context, in lockfile.Input, data []byte) (*depgraph.Graph, error) {
	if len(data) > MaxClassicSize {
		return nil, &lockfile.ParseError{Path: in.Path, Err: fmt.Errorf("%w: a classic yarn lockfile of %d bytes exceeds the %d-byte limit", lockfile.ErrTooLarge, len(data), MaxClassicSize)}
	}
	entries, err := readClassic(ctx, in.Path, data)
	if err != nil {
		return nil, err
	}
	g := depgraph.New("yarn classic lockfile v1")
	b := &classicBuilder{g: g, byDesc: make(map[string]depgraph.NodeID, len(entries)*2), wsByName: map[string]depgraph.NodeID{}}
	edges := 0
	for _, e := range entries {
		if err := b.addEntry(in.Path, e); err != nil {
			return nil, err
		}
		edges += len(e.deps)
	}
	g.Edges = make([]depgraph.Edge, 0, edges)
	members := b.members(in)
	for k, e := range entries {
		if k&1023 == 0 {
			if err := ctx.Err(); err != nil {
				return nil, err
			}
		}
		for _, d := range e.deps {
			b.link(depgraph.NodeID(k), d, e.line, e.key)
		}
	}
	for _, mb := range members {
		for _, d := range manifestDeps(mb.m) {
			b.link(mb.id, d, 0, g.Nodes[mb.id].Source.Path)
		}
	}
	b.missing.flush(b.g)
	if len(members) == 0 {
		b.guessRoot()
	}
	g.Finalize()
	return g, nil
}

type classicBuilder struct {
	g        *depgraph.Graph
	byDesc   map[string]depgraph.NodeID
	wsByName map[string]depgraph.NodeID
	first    []string // first descriptor of each entry node
	missing  missingDeps
}

func (b *classicBuilder) addEntry(path string, e *classicEntry) error {
	n := &depgraph.Node{Key: e.key, Line: e.line}
	name, rng, ok := splitDescriptor(e.descs[0])
	if !ok || name == "" {
		return lockfile.Errorf(path, e.line, "entry key %q is not name@range", clip(e.descs[0]))
	}
	if an, _, ok := aliasTarget(rng); ok {
		name = an
	}
	n.Name = name
	n.Version = e.version
	if !e.hasVer {
		n.Version = rng
		b.g.AddProblem(e.line, redact(e.key), "entry has no version; using the range %q", clip(rng))
	}
	n.Source = classicSource(rng, e.resolved)
	switch {
	case e.integrity != "":
		n.IntegrityRaw = e.integrity
		if in, err := npm.ParseIntegrity(e.integrity); err == nil {
			n.Integrity = in
		} else {
			b.g.AddProblem(e.line, redact(e.key), "integrity: %v", err)
		}
	case n.Source.Kind != depgraph.SourceGit:
		// Old lockfiles carry only the "#sha1" fragment of resolved.
		if _, frag, ok := strings.Cut(e.resolved, "#"); ok && len(frag) == 40 && isHex(frag) {
			if in, err := npm.IntegrityFromHex(npm.SHA1, frag); err == nil {
				n.Integrity = in
				n.IntegrityRaw = in.String()
			}
		}
	}
	checkName(b.g, e.line, e.key, name)
	for _, r := range e.repeats {
		b.g.AddProblem(e.line, redact(e.key), "field %s repeats an earlier one; the last one is used", r)
	}
	id := b.g.AddNode(n)
	b.first = append(b.first, e.descs[0])
	for _, d := range e.descs {
		dn, dr, ok := splitDescriptor(d)
		if !ok || dn == "" {
			return lockfile.Errorf(path, e.line, "entry key %q is not name@range", clip(d))
		}
		realName := dn
		if an, _, ok := aliasTarget(dr); ok {
			realName = an
		}
		if realName != name {
			b.g.AddProblem(e.line, redact(e.key), "descriptor %q names another package than %q", clip(d), name)
		}
		if prev, dup := b.byDesc[d]; dup {
			b.g.AddProblem(e.line, redact(e.key), "descriptor %q is also the key of the entry at line %d; the last one is used", clip(d), b.g.Nodes[prev].Line)
		}
		b.byDesc[d] = id
	}
	return nil
}

// classicSource tells where an entry's code comes from, from its range
// and resolved URL.
func classicSource(rng, resolved string) depgraph.Source {
	if _, target, ok := aliasTarget(rng); ok {
		rng = target
	}
	switch {
	case strings.HasPrefix(rng, "file:"):
		p, _, _ := strings.Cut(strings.TrimPrefix(rng, "file:"), "#")
		return depgraph.Source{Kind: depgraph.SourceFile, Path: p, URL: resolved}
	case strings.HasPrefix(rng, "link:"):
		return depgraph.Source{Kind: depgraph.SourceLink, Path: strings.TrimPrefix(rng, "link:")}
	case strings.HasPrefix(rng, "portal:"):
		return depgraph.Source{Kind: depgraph.SourceLink, Path: strings.TrimPrefix(rng, "portal:")}
	}
	if commit, ok := gitURL(resolved); ok || gitRange(rng) {
		if commit == "" {
			commit, _ = gitURL(rng)
		}
		return depgraph.Source{Kind: depgraph.SourceGit, URL: resolved, Commit: commit}
	}
	if strings.HasPrefix(rng, "http://") || strings.HasPrefix(rng, "https://") {
		return depgraph.Source{Kind: depgraph.SourceTarball, URL: resolved}
	}
	if strings.HasPrefix(resolved, "file:") {
		p, _, _ := strings.Cut(strings.TrimPrefix(resolved, "file:"), "#")
		return depgraph.Source{Kind: depgraph.SourceFile, Path: p, URL: resolved}
	}
	return depgraph.Source{Kind: depgraph.SourceRegistry, URL: resolved}
}

// resolve finds the node a dependency name@range resolved to: an entry,
// else a workspace member of that name (yarn links workspaces without an
// entry).
func (b *classicBuilder) resolve(name, rng string) (depgraph.NodeID, bool) {
	if id, ok := b.byDesc[name+"@"+rng]; ok {
		return id, true
	}
	id, ok := b.wsByName[name]
	return id, ok
}

func (b *classicBuilder) link(from depgraph.NodeID, d rawDep, line int, key string) {
	to, ok := b.resolve(d.name, d.rng)
	if !ok {
		b.missing.add(b.g, line, key, d)
		return
	}
	b.g.AddEdge(depgraph.Edge{From: from, To: to, Name: d.name, Spec: d.rng, Kind: d.kind})
}

// member is the project root or a workspace, with its manifest.
type member struct {
	id depgraph.NodeID
	m  *npm.Manifest
}

// members adds the project root and its workspaces from the manifests.
// It returns none when the root package.json cannot be read.
func (b *classicBuilder) members(in lockfile.Input) []member {
	g := b.g
	root, err := readManifest(in.Project, ".")
	if err != nil {
		if !errors.Is(err, errNoProject) && !errors.Is(err, fs.ErrNotExist) {
			g.AddProblem(0, "", "root package.json: %v", err)
		}
		return nil
	}
	rootID := g.AddNode(&depgraph.Node{Name: root.Name, Version: root.Version, Source: depgraph.Source{Kind: depgraph.SourceRoot, Path: "."}, Key: "."})
	g.AddRoot(rootID)
	members := []member{{rootID, root}}
	for _, ws := range findWorkspaces(in.Project, workspacePatterns(root), g) {
		id := g.AddNode(&depgraph.Node{Name: ws.m.Name, Version: ws.m.Version, Source: depgraph.Source{Kind: depgraph.SourceWorkspace, Path: ws.path}, Key: ws.path})
		g.AddRoot(id)
		if ws.m.Name != "" {
			b.wsByName[ws.m.Name] = id
		}
		members = append(members, member{id, ws.m})
	}
	return members
}

// guessRoot adds a stand-in root for a lockfile read without its
// package.json.
func (b *classicBuilder) guessRoot() {
	guessRoot(b.g, len(b.first), func(k int) string { return b.first[k] },
		"no package.json next to the lockfile: the root's dependencies are guessed (entries nothing depends on) and dev/optional flags are unknown")
}
