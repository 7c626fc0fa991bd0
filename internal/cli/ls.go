package cli

import (
	"fmt"
	"io"
	"slices"
	"strings"

	"github.com/spf13/cobra"

	"github.com/depfence/depfence/internal/depgraph"
)

// LsSchemaVersion is the schemaVersion of `depfence ls --json` output,
// documented in docs/json-ls.md.
const LsSchemaVersion = 1

type lsOptions struct {
	projectFlags
	json  bool
	depth int
	prod  bool
	dev   bool
}

func newLsCmd(g *globals) *cobra.Command {
	o := &lsOptions{}
	cmd := &cobra.Command{
		Use:   "ls [DIR|LOCKFILE]",
		Short: "List the resolved dependency tree from the lockfile",
		Long: `List every package the lockfile resolved, as a tree (text) or as a flat list
with source, integrity, flags and the shortest path from a root (JSON).
The lockfile is detected in DIR (default: the current directory).`,
		Args: cobra.MaximumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			if o.prod && o.dev {
				return usagef("--prod and --dev cannot be used together")
			}
			graph, err := o.load(cmd.Context(), g, args)
			if err != nil {
				return err
			}
			keep := func(n *depgraph.Node) bool {
				switch {
				case o.prod:
					return !n.Flags.Has(depgraph.Dev)
				case o.dev:
					return n.Flags.Has(depgraph.Dev) || n.Flags.Has(depgraph.DevOptional)
				}
				return true
			}
			if o.json || g.format == "json" {
				return writeJSON(g.stdout, lsJSON(graph, keep))
			}
			printTree(g.stdout, graph, keep, o.depth, g.color(g.stdout))
			return nil
		},
	}
	f := cmd.Flags()
	f.StringVar(&o.lockfile, "lockfile", "", "read this lockfile instead of detecting one in DIR")
	f.BoolVar(&o.json, "json", false, "print the flat JSON list (same as --format json)")
	f.IntVar(&o.depth, "depth", -1, "limit the text tree to N levels below the roots (-1: all)")
	f.BoolVar(&o.prod, "prod", false, "only production packages (omit dev-only)")
	f.BoolVar(&o.dev, "dev", false, "only dev packages")
	return cmd
}

// LsResult is the JSON document of `depfence ls --json`.
type LsResult struct {
	SchemaVersion int         `json:"schemaVersion"`
	Lockfile      LsLockfile  `json:"lockfile"`
	Roots         []LsPackage `json:"roots"`
	Packages      []LsPackage `json:"packages"`
	Problems      []LsProblem `json:"problems"`
}

// LsLockfile names the lockfile read.
type LsLockfile struct {
	Path   string `json:"path"`
	Format string `json:"format"`
}

// LsPackage is one package instance.
type LsPackage struct {
	Name             string         `json:"name"`
	Version          string         `json:"version"`
	Source           LsSource       `json:"source"`
	Integrity        string         `json:"integrity,omitempty"`
	Dev              bool           `json:"dev,omitempty"`
	Optional         bool           `json:"optional,omitempty"`
	DevOptional      bool           `json:"devOptional,omitempty"`
	Peer             bool           `json:"peer,omitempty"`
	Bundled          bool           `json:"bundled,omitempty"`
	HasInstallScript bool           `json:"hasInstallScript,omitempty"`
	Aliases          []string       `json:"aliases,omitempty"`
	Key              string         `json:"key,omitempty"`
	Line             int            `json:"line,omitempty"`
	Workspaces       []string       `json:"workspaces,omitempty"`
	Dependencies     []LsDependency `json:"dependencies,omitempty"`
	Path             []string       `json:"path,omitempty"`
}

// LsSource is where a package comes from.
type LsSource struct {
	Type   string `json:"type"`
	URL    string `json:"url,omitempty"`
	Path   string `json:"path,omitempty"`
	Commit string `json:"commit,omitempty"`
	Patch  string `json:"patch,omitempty"`
}

// LsDependency is one resolved edge.
type LsDependency struct {
	Name    string `json:"name"`
	Spec    string `json:"spec,omitempty"`
	Kind    string `json:"kind"`
	Package string `json:"package"`
}

// LsProblem is a non-fatal lockfile problem.
type LsProblem struct {
	Line    int    `json:"line,omitempty"`
	Key     string `json:"key,omitempty"`
	Message string `json:"message"`
}

func rootLabel(g *depgraph.Graph, id depgraph.NodeID) string {
	n := g.Node(id)
	if n.Source.Path != "" {
		return n.Source.Path
	}
	return "."
}

func lsPackage(g *depgraph.Graph, n *depgraph.Node) LsPackage {
	p := LsPackage{
		Name: n.Name, Version: n.Version,
		Source: LsSource{Type: n.Source.Kind.String(), URL: n.Source.URL, Path: n.Source.Path,
			Commit: n.Source.Commit, Patch: n.Source.Patch},
		Integrity:        n.IntegrityRaw,
		Dev:              n.Flags.Has(depgraph.Dev),
		Optional:         n.Flags.Has(depgraph.Optional),
		DevOptional:      n.Flags.Has(depgraph.DevOptional),
		Peer:             n.Flags.Has(depgraph.Peer),
		Bundled:          n.Flags.Has(depgraph.Bundled),
		HasInstallScript: n.HasInstallScript,
		Aliases:          g.Aliases(n.ID),
		Key:              n.Key,
		Line:             n.Line,
	}
	if !n.Integrity.IsZero() {
		p.Integrity = n.Integrity.String()
	}
	for _, r := range n.Importers {
		p.Workspaces = append(p.Workspaces, rootLabel(g, r))
	}
	for _, e := range g.Out(n.ID) {
		p.Dependencies = append(p.Dependencies, LsDependency{Name: e.Name, Spec: e.Spec, Kind: e.Kind.String(), Package: g.Node(e.To).String()})
	}
	if path, ok := g.ShortestPath(n.ID); ok && len(path) > 0 {
		p.Path = append(p.Path, rootLabel(g, path[0].From))
		for _, e := range path {
			p.Path = append(p.Path, g.Node(e.To).String())
		}
	}
	return p
}

func lsJSON(g *depgraph.Graph, keep func(*depgraph.Node) bool) LsResult {
	res := LsResult{SchemaVersion: LsSchemaVersion, Lockfile: LsLockfile{Path: g.Path, Format: g.Format},
		Roots: []LsPackage{}, Packages: []LsPackage{}, Problems: []LsProblem{}}
	for _, r := range g.Roots {
		res.Roots = append(res.Roots, lsPackage(g, g.Node(r)))
	}
	for _, n := range g.Nodes {
		if g.IsRoot(n.ID) || !keep(n) {
			continue
		}
		res.Packages = append(res.Packages, lsPackage(g, n))
	}
	slices.SortStableFunc(res.Packages, func(a, b LsPackage) int {
		if c := strings.Compare(a.Name, b.Name); c != 0 {
			return c
		}
		if c := strings.Compare(a.Version, b.Version); c != 0 {
			return c
		}
		return strings.Compare(a.Key, b.Key)
	})
	for _, p := range g.Problems {
		res.Problems = append(res.Problems, LsProblem(p))
	}
	return res
}

// printTree prints an npm-ls-like tree. A node already printed is shown
// again as "deduped" without its children.
func printTree(w io.Writer, g *depgraph.Graph, keep func(*depgraph.Node) bool, maxDepth int, color bool) {
	dim := func(s string) string {
		if color {
			return "\x1b[2m" + s + "\x1b[0m"
		}
		return s
	}
	printed := make([]bool, len(g.Nodes))
	var walk func(id depgraph.NodeID, prefix string, depth int)
	walk = func(id depgraph.NodeID, prefix string, depth int) {
		out := g.Out(id)
		out = slices.DeleteFunc(out, func(e depgraph.Edge) bool { return !keep(g.Node(e.To)) })
		slices.SortFunc(out, func(a, b depgraph.Edge) int { return strings.Compare(a.Name, b.Name) })
		for k, e := range out {
			last := k == len(out)-1
			branch, next := "├── ", "│   "
			if last {
				branch, next = "└── ", "    "
			}
			n := g.Node(e.To)
			label := n.String()
			if e.Name != n.Name {
				label = e.Name + "@npm:" + label
			}
			var tags []string
			switch {
			case n.Flags.Has(depgraph.Dev):
				tags = append(tags, "dev")
			case n.Flags.Has(depgraph.DevOptional):
				tags = append(tags, "dev-optional")
			}
			if n.Flags.Has(depgraph.Optional) {
				tags = append(tags, "optional")
			}
			if e.Kind == depgraph.DepPeer || e.Kind == depgraph.DepPeerOptional {
				tags = append(tags, "peer")
			}
			if n.Flags.Has(depgraph.Bundled) {
				tags = append(tags, "bundled")
			}
			if n.Source.Kind != depgraph.SourceRegistry {
				tags = append(tags, n.Source.Kind.String())
			}
			deduped := printed[n.ID] && len(g.Out(n.ID)) > 0
			if deduped {
				tags = append(tags, "deduped")
			}
			suffix := ""
			if len(tags) > 0 {
				suffix = " " + dim(strings.Join(tags, " "))
			}
			fmt.Fprintf(w, "%s%s%s%s\n", prefix, branch, label, suffix)
			if deduped || g.IsRoot(n.ID) {
				continue
			}
			printed[n.ID] = true
			if maxDepth < 0 || depth < maxDepth {
				walk(n.ID, prefix+next, depth+1)
			}
		}
	}
	for _, r := range g.Roots {
		n := g.Node(r)
		fmt.Fprintf(w, "%s %s\n", n.String(), dim(rootLabel(g, r)))
		walk(r, "", 0)
	}
}
