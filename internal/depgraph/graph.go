// Package depgraph is the resolved dependency graph of a project as its
// package manager locked it: every installed package instance, the edges
// that say which dependency spec resolved to which instance, and the roots
// (the project and its workspaces) that everything hangs from.
package depgraph

import (
	"fmt"
	"slices"
	"strings"

	"github.com/depfence/depfence/internal/npm"
)

// SourceKind says where a package instance's code comes from.
type SourceKind int

// Source kinds. Workspace, Link, File and Root are local code: they are never
// to be confused with a registry package of the same name.
const (
	SourceUnknown   SourceKind = iota
	SourceRegistry             // a registry tarball (name@version)
	SourceGit                  // a git repository at a commit
	SourceTarball              // a remote tarball URL that is not a registry tarball
	SourceFile                 // a local tarball or directory ("file:")
	SourceLink                 // a symlink to a local directory ("link:", "portal:")
	SourceWorkspace            // a workspace member of this project
	SourceRoot                 // the project root itself
)

var sourceNames = [...]string{"unknown", "registry", "git", "tarball", "file", "link", "workspace", "root"}

func (k SourceKind) String() string {
	if int(k) < len(sourceNames) {
		return sourceNames[k]
	}
	return "unknown"
}

// MarshalText implements encoding.TextMarshaler.
func (k SourceKind) MarshalText() ([]byte, error) { return []byte(k.String()), nil }

// Local reports whether the code lives in the project (not downloaded).
func (k SourceKind) Local() bool {
	return k == SourceFile || k == SourceLink || k == SourceWorkspace || k == SourceRoot
}

// Source describes the origin of a package instance.
type Source struct {
	Kind SourceKind
	// URL is the resolved download location as written in the lockfile
	// (registry or tarball URL, git URL); empty when the lockfile omits it.
	URL string
	// Path is the project-relative path of local code (file/link/workspace).
	Path string
	// Commit is the resolved git commit for git sources.
	Commit string
	// Patch is set when the package manager applies a patch on top of the
	// source (yarn berry "patch:", pnpm patchedDependencies).
	Patch string
}

// Flags are npm's dependency-type flags of an installed instance.
type Flags uint8

// Flag bits. Dev: only reachable through devDependencies; Optional: only
// through optional dependencies; DevOptional: only through paths that each
// contain a dev or an optional edge; Peer: only through peer edges; Bundled:
// shipped inside another package's tarball.
const (
	Dev Flags = 1 << iota
	Optional
	DevOptional
	Peer
	Bundled
)

// Has reports whether every bit of f2 is set.
func (f Flags) Has(f2 Flags) bool { return f&f2 == f2 }

// DepKind is the kind of dependency declaration an edge comes from.
type DepKind int

// Dependency kinds.
const (
	DepProd DepKind = iota
	DepDev
	DepOptional
	DepPeer
	DepPeerOptional
)

var depKindNames = [...]string{"prod", "dev", "optional", "peer", "peerOptional"}

func (k DepKind) String() string {
	if int(k) < len(depKindNames) {
		return depKindNames[k]
	}
	return "prod"
}

// MarshalText implements encoding.TextMarshaler.
func (k DepKind) MarshalText() ([]byte, error) { return []byte(k.String()), nil }

// NodeID indexes Graph.Nodes.
type NodeID int

// Node is one resolved package instance. Two instances of the same
// name@version (npm nests them in different node_modules) are two nodes.
type Node struct {
	ID      NodeID
	Name    string // real package name (an alias's target name)
	Version string // resolved version; for sources without one, the lockfile's spec
	Source  Source
	// Integrity is the parsed SRI; IntegrityRaw is the value as written, kept
	// so malformed values can be reported.
	Integrity    npm.Integrity
	IntegrityRaw string
	Flags        Flags
	// Key identifies the instance inside the lockfile (npm's
	// "node_modules/a/node_modules/b", pnpm's "/a@1.0.0", yarn's descriptor list).
	Key string
	// Line is the 1-based line of the entry in the lockfile (0 if unknown).
	Line int
	// HasInstallScript is set when the lockfile records that the package has
	// install scripts (npm's hasInstallScript, pnpm's requiresBuild).
	HasInstallScript bool
	// OS, CPU and Libc are the platform restrictions the lockfile records
	// (npm's "os"/"cpu"/"libc" lists, pnpm's fields of the same names,
	// yarn's "conditions"; "!x" excludes x). Empty means any platform.
	OS, CPU, Libc []string
	// Importers are the roots (project and workspaces) whose dependency
	// trees include this node; filled by Finalize.
	Importers []NodeID
}

// Platform is an install target in npm's names: process.platform,
// process.arch and, on Linux, the C library family ("glibc" or "musl").
// An empty field stands for every value.
type Platform struct {
	OS, CPU, Libc string
}

// MatchesPlatform reports whether the node installs on p, with npm's
// semantics: an allow list must contain the value, a "!value" entry
// excludes it, and a package that names a C library installs only on
// Linux.
func (n *Node) MatchesPlatform(p Platform) bool {
	if !platformOK(n.OS, p.OS) || !platformOK(n.CPU, p.CPU) {
		return false
	}
	if len(n.Libc) > 0 && p.OS != "" && p.OS != "linux" {
		return false
	}
	return platformOK(n.Libc, p.Libc)
}

func platformOK(list []string, v string) bool {
	if len(list) == 0 || v == "" {
		return true
	}
	allowed, hasAllow := false, false
	for _, e := range list {
		if neg, ok := strings.CutPrefix(e, "!"); ok {
			if neg == v {
				return false
			}
			continue
		}
		hasAllow = true
		if e == v || e == "any" {
			allowed = true
		}
	}
	return allowed || !hasAllow
}

// IsLocal reports whether the node is the project's own code.
func (n *Node) IsLocal() bool { return n.Source.Kind.Local() }

// String renders name@version.
func (n *Node) String() string { return n.Name + "@" + n.Version }

// Edge says that From declares a dependency Name@Spec that resolved to To.
// Name differs from To's Name for aliases ("string-width-cjs" ->
// "string-width").
type Edge struct {
	From, To NodeID
	Name     string
	Spec     string
	Kind     DepKind
}

// Problem is a non-fatal oddity found while reading the lockfile: an entry
// that was skipped or read with a guess. Problems are reported, never hidden.
type Problem struct {
	Line    int
	Key     string
	Message string
}

// Graph is the whole resolved dependency graph of one lockfile.
type Graph struct {
	// Format names the lockfile format and version, e.g. "npm lockfileVersion 3".
	Format string
	// Path is the lockfile path the graph was read from.
	Path string
	// Nodes in lockfile order; Nodes[i].ID == i.
	Nodes []*Node
	Edges []Edge
	// Roots are the project root first, then workspace members.
	Roots    []NodeID
	Problems []Problem
	// FlagsFromLockfile is set by parsers whose format records dev/optional
	// flags; Finalize then keeps them instead of computing them.
	FlagsFromLockfile bool

	out, in  [][]int // edge indices
	parent   []int   // edge index on one shortest path from a root, -1 for none
	rootSet  map[NodeID]bool
	finished bool
}

// New returns an empty graph.
func New(format string) *Graph { return &Graph{Format: format} }

// AddNode appends n, sets its ID and returns it.
func (g *Graph) AddNode(n *Node) NodeID {
	n.ID = NodeID(len(g.Nodes))
	g.Nodes = append(g.Nodes, n)
	return n.ID
}

// AddRoot marks id as a root (the project or a workspace member).
func (g *Graph) AddRoot(id NodeID) {
	if g.rootSet == nil {
		g.rootSet = map[NodeID]bool{}
	}
	if !g.rootSet[id] {
		g.rootSet[id] = true
		g.Roots = append(g.Roots, id)
	}
}

// AddEdge records a resolved dependency. Duplicate edges (same from, to,
// name and kind) are ignored.
func (g *Graph) AddEdge(e Edge) {
	g.Edges = append(g.Edges, e)
}

// AddProblem records a non-fatal problem.
func (g *Graph) AddProblem(line int, key, format string, args ...any) {
	g.Problems = append(g.Problems, Problem{Line: line, Key: key, Message: fmt.Sprintf(format, args...)})
}

// Node returns the node with the given id.
func (g *Graph) Node(id NodeID) *Node { return g.Nodes[id] }

// IsRoot reports whether id is a root.
func (g *Graph) IsRoot(id NodeID) bool {
	if len(g.rootSet) != len(g.Roots) {
		// Roots was assigned directly: rebuild the set.
		g.rootSet = make(map[NodeID]bool, len(g.Roots))
		for _, r := range g.Roots {
			g.rootSet[r] = true
		}
	}
	return g.rootSet[id]
}

// Out returns the edges leaving id.
func (g *Graph) Out(id NodeID) []Edge { return g.edges(g.out, id) }

// In returns the edges entering id.
func (g *Graph) In(id NodeID) []Edge { return g.edges(g.in, id) }

func (g *Graph) edges(idx [][]int, id NodeID) []Edge {
	if int(id) >= len(idx) {
		return nil
	}
	es := make([]Edge, len(idx[id]))
	for k, e := range idx[id] {
		es[k] = g.Edges[e]
	}
	return es
}

// Finalize deduplicates edges, builds the adjacency indexes, computes
// dependency flags (unless the lockfile supplied them) and importers. Call it
// once after the last Add.
func (g *Graph) Finalize() {
	g.dedupEdges()
	n := len(g.Nodes)
	g.out = make([][]int, n)
	g.in = make([][]int, n)
	for k, e := range g.Edges {
		g.out[e.From] = append(g.out[e.From], k)
		g.in[e.To] = append(g.in[e.To], k)
	}
	if !g.FlagsFromLockfile {
		g.computeFlags()
	}
	g.computeImporters()
	g.computeParents()
	g.finished = true
}

func (g *Graph) dedupEdges() {
	type key struct {
		from, to NodeID
		name     string
		kind     DepKind
	}
	seen := make(map[key]bool, len(g.Edges))
	out := g.Edges[:0]
	for _, e := range g.Edges {
		if int(e.From) >= len(g.Nodes) || int(e.To) >= len(g.Nodes) || e.From < 0 || e.To < 0 {
			continue
		}
		k := key{e.From, e.To, e.Name, e.Kind}
		if seen[k] {
			continue
		}
		seen[k] = true
		out = append(out, e)
	}
	g.Edges = out
}

// reach marks the nodes reachable from the roots through edges that follow
// allows.
func (g *Graph) reach(follow func(DepKind) bool) []bool {
	seen := make([]bool, len(g.Nodes))
	queue := make([]NodeID, 0, len(g.Nodes))
	for _, r := range g.Roots {
		seen[r] = true
		queue = append(queue, r)
	}
	for len(queue) > 0 {
		id := queue[0]
		queue = queue[1:]
		for _, ei := range g.out[id] {
			e := g.Edges[ei]
			if seen[e.To] || !follow(e.Kind) {
				continue
			}
			seen[e.To] = true
			queue = append(queue, e.To)
		}
	}
	return seen
}

func (g *Graph) computeFlags() {
	isOpt := func(k DepKind) bool { return k == DepOptional || k == DepPeerOptional }
	any := g.reach(func(DepKind) bool { return true })
	prod := g.reach(func(k DepKind) bool { return k != DepDev && !isOpt(k) })
	nonDev := g.reach(func(k DepKind) bool { return k != DepDev })
	nonOpt := g.reach(func(k DepKind) bool { return !isOpt(k) })
	nonPeer := g.reach(func(k DepKind) bool { return k != DepPeer && k != DepPeerOptional })
	for _, n := range g.Nodes {
		if !any[n.ID] || g.IsRoot(n.ID) {
			continue
		}
		f := n.Flags & Bundled
		switch {
		case !nonDev[n.ID] && !nonOpt[n.ID]:
			f |= Dev | Optional
		case !nonDev[n.ID]:
			f |= Dev
		case !nonOpt[n.ID]:
			f |= Optional
		case !prod[n.ID]:
			f |= DevOptional
		}
		if !nonPeer[n.ID] {
			f |= Peer
		}
		n.Flags = f
	}
}

func (g *Graph) computeImporters() {
	for _, n := range g.Nodes {
		n.Importers = nil
	}
	seen := make([]int, len(g.Nodes)) // stamp: root index + 1
	queue := make([]NodeID, 0, 64)
	for ri, r := range g.Roots {
		stamp := ri + 1
		queue = append(queue[:0], r)
		seen[r] = stamp
		for len(queue) > 0 {
			id := queue[0]
			queue = queue[1:]
			for _, ei := range g.out[id] {
				to := g.Edges[ei].To
				if seen[to] == stamp || g.IsRoot(to) {
					continue
				}
				seen[to] = stamp
				g.Nodes[to].Importers = append(g.Nodes[to].Importers, r)
				queue = append(queue, to)
			}
		}
	}
}

func (g *Graph) computeParents() {
	g.parent = make([]int, len(g.Nodes))
	for k := range g.parent {
		g.parent[k] = -1
	}
	seen := make([]bool, len(g.Nodes))
	queue := make([]NodeID, 0, len(g.Nodes))
	for _, r := range g.Roots {
		seen[r] = true
		queue = append(queue, r)
	}
	for len(queue) > 0 {
		id := queue[0]
		queue = queue[1:]
		for _, ei := range g.out[id] {
			to := g.Edges[ei].To
			if seen[to] {
				continue
			}
			seen[to] = true
			g.parent[to] = ei
			queue = append(queue, to)
		}
	}
}

// Path is a chain of edges from a root to a node: Path[0].From is a root and
// Path[len-1].To is the node. A root's own path is empty.
type Path []Edge

// ShortestPath returns one shortest path from a root to id, and false when
// id is not reachable from any root.
func (g *Graph) ShortestPath(id NodeID) (Path, bool) {
	if g.IsRoot(id) {
		return Path{}, true
	}
	if int(id) >= len(g.parent) || g.parent[id] < 0 {
		return nil, false
	}
	var p Path
	for cur := id; !g.IsRoot(cur); {
		ei := g.parent[cur]
		if ei < 0 || len(p) > len(g.Nodes) {
			return nil, false
		}
		p = append(p, g.Edges[ei])
		cur = g.Edges[ei].From
	}
	slices.Reverse(p)
	return p, true
}

// Paths returns up to limit distinct acyclic paths from any root to id,
// shortest first. limit <= 0 means 1000.
func (g *Graph) Paths(id NodeID, limit int) []Path {
	if limit <= 0 {
		limit = 1000
	}
	if g.IsRoot(id) {
		return []Path{{}}
	}
	reachable := g.reach(func(DepKind) bool { return true })
	if !reachable[id] {
		return nil
	}
	var out []Path
	onPath := make([]bool, len(g.Nodes))
	var rev []Edge
	// Walk backwards from id over in-edges; budget bounds the work on
	// graphs with very many paths.
	budget := 200000
	var walk func(cur NodeID)
	walk = func(cur NodeID) {
		if len(out) >= limit || budget <= 0 {
			return
		}
		budget--
		if g.IsRoot(cur) {
			p := make(Path, len(rev))
			for k := range rev {
				p[k] = rev[len(rev)-1-k]
			}
			out = append(out, p)
			return
		}
		onPath[cur] = true
		for _, ei := range g.in[cur] {
			e := g.Edges[ei]
			if onPath[e.From] || !reachable[e.From] {
				continue
			}
			rev = append(rev, e)
			walk(e.From)
			rev = rev[:len(rev)-1]
		}
		onPath[cur] = false
	}
	walk(id)
	slices.SortStableFunc(out, func(a, b Path) int { return len(a) - len(b) })
	return out
}

// Find returns the nodes named name, and with the given version if version
// is not empty, in node order.
func (g *Graph) Find(name, version string) []*Node {
	var out []*Node
	for _, n := range g.Nodes {
		if n.Name == name && (version == "" || n.Version == version) && !g.IsRoot(n.ID) {
			out = append(out, n)
		}
	}
	return out
}

// Aliases returns the names other than its own under which n is depended on.
func (g *Graph) Aliases(id NodeID) []string {
	var out []string
	for _, ei := range g.in[id] {
		e := g.Edges[ei]
		if e.Name != "" && e.Name != g.Nodes[id].Name && !slices.Contains(out, e.Name) {
			out = append(out, e.Name)
		}
	}
	slices.Sort(out)
	return out
}
