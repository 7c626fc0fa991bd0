package npmlock

import (
	"context"
	"fmt"
	"path"
	"slices"
	"strings"

	"github.com/depfence/depfence/internal/depgraph"
	"github.com/depfence/depfence/internal/lockfile"
	"github.com/depfence/depfence/internal/npm"
)

// maxLinkHops bounds link-to-link chains.
const maxLinkHops = 16

func format(doc *document) string {
	if doc.hasLockVersion {
		return fmt.Sprintf("npm lockfileVersion %d", doc.lockVersion)
	}
	return "npm lockfile (no lockfileVersion)"
}

// buildPackages builds the graph from a version 2 or 3 "packages" map.
func buildPackages(ctx context.Context, in lockfile.Input, doc *document) *depgraph.Graph {
	g := depgraph.New(format(doc))
	g.FlagsFromLockfile = true
	if doc.lockVersion > 3 {
		g.AddProblem(doc.lockVersionLn, "", "lockfileVersion %d is newer than this parser knows (3); read as version 3", doc.lockVersion)
	}
	pk := doc.packages
	if pk == nil {
		pk = &ordered[pkgEntry]{}
	}
	recs := pk.recs

	// Links: key -> target key, and target key -> the name it is linked as.
	linkName := make(map[string]string)
	for _, r := range recs {
		if !r.val.Link || r.key == "" {
			continue
		}
		t := linkTarget(r.val.Resolved)
		if name, ok := keyName(r.key); ok {
			if _, seen := linkName[t]; !seen {
				linkName[t] = name
			}
		}
	}

	var globs []string
	if i, ok := pk.index[""]; ok {
		globs = workspaceGlobs(recs[i].val.Workspaces)
	}
	if globs == nil && len(linkName) > 0 {
		if m := readProject(g, in.Project); m != nil {
			globs = workspaceGlobs(m.Workspaces)
		}
	}

	nodeOf := make([]depgraph.NodeID, len(recs)) // -1 for links
	root := depgraph.NodeID(-1)
	var workspaces []depgraph.NodeID
	for i, r := range recs {
		if i%1024 == 0 && ctx.Err() != nil {
			return g
		}
		e := r.val
		nodeOf[i] = -1
		if r.key == "" {
			n := &depgraph.Node{Name: firstNonEmpty(e.Name, doc.name), Version: firstNonEmpty(e.Version, doc.version),
				Source: depgraph.Source{Kind: depgraph.SourceRoot}, Key: "", Line: r.line}
			root = g.AddNode(n)
			nodeOf[i] = root
			continue
		}
		if e.Link {
			if e.Resolved == "" {
				g.AddProblem(r.line, r.key, "%s: link without resolved target", r.key)
			}
			continue
		}
		n := &depgraph.Node{Version: e.Version, Key: r.key, Line: r.line, HasInstallScript: e.HasInstallScript,
			OS: stringList(e.OS), CPU: stringList(e.CPU), Libc: stringList(e.Libc)}
		if name, inNM := keyName(r.key); inNM {
			n.Name = firstNonEmpty(e.Name, name)
			src, problem := classify(n.Name, n.Version, e.Resolved, e.Integrity)
			n.Source = src
			if problem != "" {
				g.AddProblem(r.line, r.key, "%s: %s", r.key, problem)
			}
			n.Flags = entryFlags(e)
			setIntegrity(g, n, e.Integrity)
			checkName(g, n)
			if n.Version == "" {
				g.AddProblem(r.line, r.key, "%s: entry has no version", r.key)
			}
		} else {
			// Project code: a workspace member or a linked local directory.
			n.Name = firstNonEmpty(e.Name, linkName[r.key], path.Base(r.key))
			n.Source = depgraph.Source{Kind: depgraph.SourceLink, Path: r.key}
			if matchWorkspace(globs, r.key) {
				n.Source.Kind = depgraph.SourceWorkspace
			} else {
				n.Flags = entryFlags(e)
			}
			setIntegrity(g, n, e.Integrity)
		}
		id := g.AddNode(n)
		nodeOf[i] = id
		if n.Source.Kind == depgraph.SourceWorkspace {
			workspaces = append(workspaces, id)
		}
	}
	if root < 0 {
		g.AddProblem(0, "", `no root entry ("") in packages`)
		root = g.AddNode(&depgraph.Node{Name: doc.name, Version: doc.version, Source: depgraph.Source{Kind: depgraph.SourceRoot}})
	}
	g.AddRoot(root)

	index := pk.index
	targets := make(map[string]depgraph.NodeID) // nodes made for missing targets
	memo := make(map[int]depgraph.NodeID)       // link index -> node
	var follow func(linkIdx int) depgraph.NodeID
	target := func(i int) depgraph.NodeID {
		if !recs[i].val.Link {
			return nodeOf[i]
		}
		if id, ok := memo[i]; ok {
			return id
		}
		id := follow(i)
		memo[i] = id
		return id
	}
	follow = func(linkIdx int) depgraph.NodeID {
		cur := linkIdx
		for hop := 0; hop < maxLinkHops; hop++ {
			r := recs[cur]
			if !r.val.Link {
				return nodeOf[cur]
			}
			t := linkTarget(r.val.Resolved)
			if t == "" {
				return -1
			}
			j, ok := index[t]
			if !ok {
				if id, ok := targets[t]; ok {
					return id
				}
				name, _ := keyName(r.key)
				kind := depgraph.SourceLink
				if matchWorkspace(globs, t) {
					kind = depgraph.SourceWorkspace
				}
				n := &depgraph.Node{Name: name, Key: t, Line: r.line, Flags: entryFlags(r.val),
					Source: depgraph.Source{Kind: kind, Path: t}}
				if kind == depgraph.SourceWorkspace {
					n.Flags = 0
				}
				id := g.AddNode(n)
				if kind == depgraph.SourceWorkspace {
					workspaces = append(workspaces, id)
				}
				g.AddProblem(r.line, r.key, "%s: link target %q has no entry", r.key, t)
				targets[t] = id
				return id
			}
			cur = j
		}
		g.AddProblem(recs[linkIdx].line, recs[linkIdx].key, "%s: link chain longer than %d", recs[linkIdx].key, maxLinkHops)
		return -1
	}
	// Resolve link targets up front so nodes for missing ones get created
	// before edges, in lockfile order.
	for i, r := range recs {
		if r.val.Link && r.key != "" {
			target(i)
		}
	}
	for _, id := range workspaces {
		g.AddRoot(id)
	}

	for i, r := range recs {
		if i%1024 == 0 && ctx.Err() != nil {
			return g
		}
		from := nodeOf[i]
		if from < 0 {
			continue
		}
		e := r.val
		fromNode := g.Nodes[from]
		// devDependencies count for project folders only: the root,
		// workspaces and linked directories, never installed packages.
		var dev map[string]string
		if _, inNM := keyName(r.key); !inNM {
			dev = e.DevDependencies
		}
		for _, d := range declared(e.Dependencies, e.OptionalDependencies, e.PeerDependencies, dev, e.PeerDependenciesMeta) {
			j, ok := resolve(index, r.key, d.name)
			to := depgraph.NodeID(-1)
			if ok {
				to = target(j)
			}
			if to < 0 {
				reportMissing(g, fromNode, d, fromNode.Source.Kind == depgraph.SourceLink)
				continue
			}
			g.AddEdge(depgraph.Edge{From: from, To: to, Name: d.name, Spec: d.spec, Kind: d.kind})
		}
	}
	return g
}

// reportMissing records a dependency the lockfile does not install, unless
// npm would not install it either (optional and peer dependencies, and the
// dev dependencies of a linked directory).
func reportMissing(g *depgraph.Graph, from *depgraph.Node, d dep, linked bool) {
	switch d.kind {
	case depgraph.DepOptional, depgraph.DepPeer, depgraph.DepPeerOptional:
		return
	case depgraph.DepDev:
		if linked {
			return
		}
	}
	where := from.Key
	if where == "" {
		where = "root package"
	}
	g.AddProblem(from.Line, from.Key, "%s: %s dependency %q (%s) is not in the lockfile", where, d.kind, d.name, clip(d.spec))
}

// linkTarget normalises a link's resolved path to a packages key.
func linkTarget(resolved string) string {
	t := strings.TrimPrefix(resolved, "file:")
	if t == "" {
		return ""
	}
	t = path.Clean(t)
	if t == "." {
		return ""
	}
	return t
}

func entryFlags(e *pkgEntry) depgraph.Flags {
	var f depgraph.Flags
	if e.Dev {
		f |= depgraph.Dev
	}
	if e.Optional {
		f |= depgraph.Optional
	}
	if e.DevOptional {
		f |= depgraph.DevOptional
	}
	if e.Peer {
		f |= depgraph.Peer
	}
	if e.InBundle {
		f |= depgraph.Bundled
	}
	return f
}

func firstNonEmpty(ss ...string) string {
	for _, s := range ss {
		if s != "" {
			return s
		}
	}
	return ""
}

// buildV1 builds the graph from a version 1 "dependencies" tree.
func buildV1(ctx context.Context, in lockfile.Input, doc *document) *depgraph.Graph {
	g := depgraph.New(format(doc))
	g.FlagsFromLockfile = true
	proj := readProject(g, in.Project)
	rootNode := &depgraph.Node{Name: doc.name, Version: doc.version, Source: depgraph.Source{Kind: depgraph.SourceRoot}}
	if proj != nil {
		rootNode.Name = firstNonEmpty(doc.name, proj.Name)
		rootNode.Version = firstNonEmpty(doc.version, proj.Version)
	}
	root := g.AddNode(rootNode)
	g.AddRoot(root)

	// Flatten the tree depth-first, in file order.
	var flat []*v1Node
	var walk func(n *v1Node)
	walk = func(n *v1Node) {
		for _, c := range n.children.recs {
			flat = append(flat, c.val)
			walk(c.val)
		}
	}
	walk(doc.deps)
	index := make(map[string]int, len(flat))
	ids := make([]depgraph.NodeID, len(flat))
	for i, v := range flat {
		if i%1024 == 0 && ctx.Err() != nil {
			return g
		}
		index[v.key] = i
		ids[i] = g.AddNode(v1Node2Node(g, v))
	}

	// Edges from requires.
	required := make([]bool, len(flat))
	for i, v := range flat {
		from := g.Nodes[ids[i]]
		names := sortedKeys(v.e.Requires)
		for _, name := range names {
			spec := v.e.Requires[name]
			j, ok := resolve(index, v.key, name)
			if !ok {
				g.AddProblem(v.line, v.key, "%s: required dependency %q (%s) is not in the lockfile", v.key, name, clip(spec))
				continue
			}
			kind := depgraph.DepProd
			if flat[j].e.Optional && !v.e.Optional {
				kind = depgraph.DepOptional
			}
			g.AddEdge(depgraph.Edge{From: from.ID, To: ids[j], Name: name, Spec: spec, Kind: kind})
			required[j] = true
		}
	}

	// Root edges: from package.json when there is one, else every
	// top-level entry nothing else requires, then any top-level entry still
	// unreachable (cycles), with kinds from their flags.
	if proj != nil {
		for _, d := range declared(proj.Dependencies, proj.OptionalDependencies, proj.PeerDependencies, proj.DevDependencies, nil) {
			j, ok := resolve(index, "", d.name)
			if !ok {
				reportMissing(g, rootNode, d, false)
				continue
			}
			g.AddEdge(depgraph.Edge{From: root, To: ids[j], Name: d.name, Spec: d.spec, Kind: d.kind})
		}
		return g
	}
	addRootEdge := func(j int) {
		v := flat[j]
		kind := depgraph.DepProd
		switch {
		case v.e.Dev:
			kind = depgraph.DepDev
		case v.e.Optional:
			kind = depgraph.DepOptional
		}
		name := strings.TrimPrefix(v.key, "node_modules/")
		g.AddEdge(depgraph.Edge{From: root, To: ids[j], Name: name, Spec: v.e.Version, Kind: kind})
	}
	top := make([]int, 0, len(doc.deps.children.recs))
	for _, c := range doc.deps.children.recs {
		top = append(top, index[c.val.key])
	}
	for _, j := range top {
		if !required[j] {
			addRootEdge(j)
		}
	}
	// Top-level entries still unreachable (they only require each other)
	// get a root edge too.
	reached := make([]bool, len(g.Nodes))
	adj := make([][]depgraph.NodeID, len(g.Nodes))
	for _, e := range g.Edges {
		adj[e.From] = append(adj[e.From], e.To)
	}
	bfs := func(start depgraph.NodeID) {
		reached[start] = true
		queue := []depgraph.NodeID{start}
		for len(queue) > 0 {
			id := queue[0]
			queue = queue[1:]
			for _, to := range adj[id] {
				if !reached[to] {
					reached[to] = true
					queue = append(queue, to)
				}
			}
		}
	}
	bfs(root)
	for _, j := range top {
		if !reached[ids[j]] {
			addRootEdge(j)
			bfs(ids[j])
		}
	}
	return g
}

// v1Node2Node turns a version 1 entry into a node. Its "version" may be a
// semver, an "npm:" alias, a "file:" path, a git URL or a tarball URL.
func v1Node2Node(g *depgraph.Graph, v *v1Node) *depgraph.Node {
	name, _ := keyName(v.key)
	e := v.e
	n := &depgraph.Node{Name: name, Version: e.Version, Key: v.key, Line: v.line}
	ver := e.Version
	var problem string
	switch {
	case strings.HasPrefix(ver, "npm:"):
		real, rv := npm.SplitNameSpec(strings.TrimPrefix(ver, "npm:"))
		n.Name, n.Version = real, rv
		n.Source, problem = classify(real, rv, e.Resolved, e.Integrity)
	case strings.HasPrefix(ver, "file:"):
		p := strings.TrimPrefix(ver, "file:")
		n.Source = depgraph.Source{Kind: depgraph.SourceLink, Path: p}
		if isTarballPath(p) {
			n.Source.Kind = depgraph.SourceFile
		}
	case isGit(ver):
		n.Source, problem = classify(name, ver, firstNonEmpty(e.Resolved, ver), e.Integrity)
		if n.Source.Kind != depgraph.SourceGit {
			n.Source, problem = classify(name, ver, ver, "")
		}
	case strings.HasPrefix(ver, "https://") || strings.HasPrefix(ver, "http://"):
		n.Source, problem = classify(name, ver, ver, e.Integrity)
		n.Source.Kind = depgraph.SourceTarball
		n.Version, _ = redact(ver)
	default:
		n.Source, problem = classify(name, ver, e.Resolved, e.Integrity)
	}
	if problem != "" {
		g.AddProblem(v.line, v.key, "%s: %s", v.key, problem)
	}
	if e.Dev {
		n.Flags |= depgraph.Dev
	}
	if e.Optional {
		n.Flags |= depgraph.Optional
	}
	if e.Bundled {
		n.Flags |= depgraph.Bundled
	}
	setIntegrity(g, n, e.Integrity)
	checkName(g, n)
	if n.Version == "" {
		g.AddProblem(v.line, v.key, "%s: entry has no version", v.key)
	}
	return n
}

func sortedKeys(m map[string]string) []string {
	if len(m) == 0 {
		return nil
	}
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	slices.Sort(out)
	return out
}
