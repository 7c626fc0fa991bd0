package guard

import (
	"context"
	"fmt"
	"slices"
	"strings"

	"github.com/depfence/depfence/internal/depgraph"
	"github.com/depfence/depfence/internal/policy"
)

// maxVias bounds how many dependency chains are computed per package.
const maxVias = 20

// Item is one package with install scripts and its allow-list status.
type Item struct {
	Name    string            `json:"name"`
	Version string            `json:"version"`
	Path    string            `json:"path,omitempty"`
	Scripts map[string]string `json:"scripts,omitempty"`
	Hash    string            `json:"hash,omitempty"`
	Status  Status            `json:"status"`
	// Installed is false for packages only known from the lockfile's
	// hasInstallScript/requiresBuild flag: their script content is unknown.
	Installed bool `json:"installed"`
	// Git is set for git dependencies (their prepare script runs even with
	// --ignore-scripts).
	Git bool `json:"git,omitempty"`
	// Unpinned is set for an allowed package whose entry has no hash.
	Unpinned bool `json:"unpinned,omitempty"`
	// Entry is the matching policy entry, if any.
	Entry *policy.ScriptEntry `json:"entry,omitempty"`
	// Vias are the dependency chains that bring the package in.
	Vias []string `json:"vias,omitempty"`

	pkg *Package
}

// Vias returns the dependency chains that bring node id in: for each path
// from a root, the names of the packages between the root's direct
// dependency and the node, joined with ">" ("" for a direct dependency).
func Vias(g *depgraph.Graph, id depgraph.NodeID) []string {
	if g == nil {
		return nil
	}
	var out []string
	for _, p := range g.Paths(id, maxVias) {
		names := make([]string, 0, len(p))
		for i := 0; i+1 < len(p); i++ {
			names = append(names, g.Node(p[i].To).Name)
		}
		chain := strings.Join(names, ">")
		if !slices.Contains(out, chain) {
			out = append(out, chain)
		}
	}
	return out
}

// viasByPackage maps name@version to the dependency chains of every graph
// node with that name and version.
func viasByPackage(g *depgraph.Graph) func(name, version string) []string {
	return func(name, version string) []string {
		if g == nil {
			return nil
		}
		var out []string
		for _, n := range g.Find(name, version) {
			for _, v := range Vias(g, n.ID) {
				if !slices.Contains(out, v) {
					out = append(out, v)
				}
			}
		}
		return out
	}
}

// List returns every package with install scripts: installed packages (from
// pkgs, the result of Installed) with their script content, plus lockfile
// nodes flagged as having install scripts that are not installed, and git
// dependencies. Each gets its allow-list status. g may be nil.
func List(g *depgraph.Graph, pkgs []*Package, s policy.Scripts) []Item {
	vias := viasByPackage(g)
	var out []Item
	seen := map[string]bool{}
	for _, p := range pkgs {
		seen[p.Name+"@"+p.Version] = true
		if !p.HasScripts() {
			continue
		}
		v := vias(p.Name, p.Version)
		d := Decide(s, p.Name, p.Version, p.Hash, v)
		out = append(out, Item{Name: p.Name, Version: p.Version, Path: p.Path, Scripts: p.Scripts, Hash: p.Hash,
			Status: d.Status, Installed: true, Unpinned: d.Unpinned, Entry: d.Entry, Vias: v, pkg: p})
	}
	if g != nil {
		for _, n := range g.Nodes {
			key := n.Name + "@" + n.Version
			git := n.Source.Kind == depgraph.SourceGit
			if g.IsRoot(n.ID) || n.IsLocal() || seen[key] || !(n.HasInstallScript || git) {
				continue
			}
			seen[key] = true
			v := Vias(g, n.ID)
			d := Decide(s, n.Name, n.Version, "", v)
			if d.Status == Changed {
				// Content unknown: we cannot tell, so it is not approved.
				d = Decision{Status: New}
			}
			out = append(out, Item{Name: n.Name, Version: n.Version, Status: d.Status, Git: git,
				Unpinned: d.Unpinned, Entry: d.Entry, Vias: v})
		}
	}
	slices.SortFunc(out, func(a, b Item) int {
		if c := strings.Compare(a.Name, b.Name); c != 0 {
			return c
		}
		if c := strings.Compare(a.Version, b.Version); c != 0 {
			return c
		}
		return strings.Compare(a.Path, b.Path)
	})
	return out
}

// Propose returns the allow-list entries `depfence scripts auto` suggests
// for every new or changed package: like LavaMoat's allow-scripts auto, a
// deny entry by default, or (allow true) an allow entry pinned to the
// current script hash and exact version, for a person to review.
func Propose(items []Item, allow bool) []Proposal {
	var out []Proposal
	done := map[string]bool{}
	for _, it := range items {
		if it.Status != New && it.Status != Changed {
			continue
		}
		key := it.Name + "@" + it.Version
		if done[key] {
			continue
		}
		done[key] = true
		p := Proposal{Kind: policy.ScriptDeny, Entry: policy.ScriptEntry{Package: it.Name,
			Reason: "proposed by depfence scripts auto: review " + scriptSummary(it)}}
		if allow && it.Installed {
			p.Kind = policy.ScriptAllow
			p.Entry.Package = key
			p.Entry.Hash = it.Hash
		}
		if it.Status == Changed && it.Entry != nil {
			p.Kind = policy.ScriptAllow
			p.Entry = *it.Entry
			p.Entry.Hash = it.Hash
			p.Entry.Reason = strings.TrimSpace(it.Entry.Reason + " (script changed; re-approve after review)")
			if !allow {
				p.Kind = policy.ScriptDeny
				p.Entry = policy.ScriptEntry{Package: it.Name, Reason: "proposed by depfence scripts auto: script changed since approval"}
			}
		}
		out = append(out, p)
	}
	return out
}

// Proposal is one suggested allow-list edit.
type Proposal struct {
	Kind  policy.ScriptKind
	Entry policy.ScriptEntry
}

func scriptSummary(it Item) string {
	if !it.Installed {
		if it.Git {
			return "git dependency (prepare script)"
		}
		return "install scripts (not installed; content unknown)"
	}
	var evs []string
	for _, ev := range Events {
		if s, ok := it.Scripts[ev]; ok {
			evs = append(evs, fmt.Sprintf("%s: %s", ev, s))
		}
	}
	return strings.Join(evs, "; ")
}

// Inventory loads the lockfile graph (when there is a lockfile) and the
// installed packages of the project in dir, and lists their install scripts.
func Inventory(ctx context.Context, dir, lockfile string, s policy.Scripts) ([]Item, *depgraph.Graph, error) {
	g, err := loadGraph(ctx, dir, lockfile)
	if err != nil {
		return nil, nil, err
	}
	pkgs, err := Installed(ctx, dir)
	if err != nil {
		return nil, nil, err
	}
	return List(g, pkgs, s), g, nil
}
