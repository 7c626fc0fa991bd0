package cli

import (
	"fmt"
	"strings"

	"github.com/spf13/cobra"

	"github.com/depfence/depfence/internal/depgraph"
	"github.com/depfence/depfence/internal/npm"
)

type whyOptions struct {
	projectFlags
	dir   string
	limit int
}

func newWhyCmd(g *globals) *cobra.Command {
	o := &whyOptions{}
	cmd := &cobra.Command{
		Use:   "why NAME[@VERSION] [DIR|LOCKFILE]",
		Short: "Explain why a package is installed: every path from a root to it",
		Args:  cobra.RangeArgs(1, 2),
		RunE: func(cmd *cobra.Command, args []string) error {
			var pa []string
			switch {
			case len(args) == 2 && o.dir != "":
				return usagef("give the project either as an argument or with --dir, not both")
			case len(args) == 2:
				pa = args[1:]
			case o.dir != "":
				pa = []string{o.dir}
			}
			graph, err := o.load(cmd.Context(), g, pa)
			if err != nil {
				return err
			}
			name, version := npm.SplitNameSpec(args[0])
			nodes := graph.Find(name, version)
			if len(nodes) == 0 {
				return exitError{code: ExitPolicy, err: fmt.Errorf("%s is not in %s", args[0], graph.Path)}
			}
			type whyPath struct {
				Path []string `json:"path"`
				Kind []string `json:"kinds"`
			}
			type whyNode struct {
				LsPackage
				Paths     []whyPath `json:"paths"`
				Truncated bool      `json:"truncated,omitempty"`
			}
			var res []whyNode
			for _, n := range nodes {
				wn := whyNode{LsPackage: lsPackage(graph, n), Paths: []whyPath{}}
				paths := graph.Paths(n.ID, o.limit+1)
				if len(paths) > o.limit {
					paths, wn.Truncated = paths[:o.limit], true
				}
				for _, p := range paths {
					wp := whyPath{}
					if len(p) > 0 {
						wp.Path = append(wp.Path, rootLabel(graph, p[0].From))
					}
					for _, e := range p {
						wp.Path = append(wp.Path, edgeLabel(graph, e))
						wp.Kind = append(wp.Kind, e.Kind.String())
					}
					wn.Paths = append(wn.Paths, wp)
				}
				res = append(res, wn)
			}
			if g.format == "json" {
				return writeJSON(g.stdout, map[string]any{"schemaVersion": LsSchemaVersion, "lockfile": LsLockfile{graph.Path, graph.Format}, "packages": res})
			}
			for i, wn := range res {
				if i > 0 {
					fmt.Fprintln(g.stdout)
				}
				n := nodes[i]
				fmt.Fprintf(g.stdout, "%s (%s)\n", n.String(), describe(n))
				if n.Key != "" && n.Key != n.Name {
					fmt.Fprintf(g.stdout, "%s\n", n.Key)
				}
				for _, p := range wn.Paths {
					// Print like npm explain: the package, then who depends on it, up to the root.
					for k := len(p.Path) - 1; k >= 1; k-- {
						indent := strings.Repeat("  ", len(p.Path)-1-k)
						kind := ""
						if p.Kind[k-1] != "prod" {
							kind = p.Kind[k-1] + " "
						}
						from := p.Path[k-1]
						fmt.Fprintf(g.stdout, "%s  %sdependency of %s: %s\n", indent, kind, from, p.Path[k])
					}
					fmt.Fprintln(g.stdout)
				}
				if wn.Truncated {
					fmt.Fprintf(g.stdout, "  (more than %d paths; raise --limit)\n", o.limit)
				}
			}
			return nil
		},
	}
	f := cmd.Flags()
	f.StringVar(&o.dir, "dir", "", "project directory (default: current directory)")
	f.StringVar(&o.lockfile, "lockfile", "", "read this lockfile instead of detecting one")
	f.IntVar(&o.limit, "limit", 50, "print at most N paths per package")
	return cmd
}

func edgeLabel(g *depgraph.Graph, e depgraph.Edge) string {
	n := g.Node(e.To)
	if e.Name != n.Name {
		return e.Name + "@npm:" + n.String()
	}
	return n.String()
}

func describe(n *depgraph.Node) string {
	parts := []string{n.Source.Kind.String()}
	if n.Flags.Has(depgraph.Dev) {
		parts = append(parts, "dev")
	}
	if n.Flags.Has(depgraph.Optional) {
		parts = append(parts, "optional")
	}
	if n.Flags.Has(depgraph.DevOptional) {
		parts = append(parts, "dev-optional")
	}
	if n.Flags.Has(depgraph.Bundled) {
		parts = append(parts, "bundled")
	}
	return strings.Join(parts, ", ")
}
