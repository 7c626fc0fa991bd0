package lockfile

import (
	"context"
	"fmt"
	"slices"
	"strings"

	"github.com/depfence/depfence/internal/analyze"
	"github.com/depfence/depfence/internal/depgraph"
	"github.com/depfence/depfence/internal/finding"
	"github.com/depfence/depfence/internal/npm"
	"github.com/depfence/depfence/internal/rules/graphkit"
)

// OutOfSync compares the root and workspace package.json files with the
// dependencies the lockfile records for them.
type OutOfSync struct{}

// Meta implements analyze.GraphRule.
func (OutOfSync) Meta() analyze.Meta {
	return analyze.Meta{
		ID: "lockfile/out-of-sync", Version: 1, Title: "Lockfile is out of sync with package.json",
		Help: "package.json declares a dependency the lockfile does not lock, or a range the locked version does not satisfy, or " +
			"the lockfile still locks a dependency package.json no longer declares. What you review in package.json is then not what " +
			"gets installed: a frozen install (npm ci, --frozen-lockfile) fails, and a plain install resolves the difference at " +
			"install time, outside review, which is how a lockfile silently picks up a new release.",
		Remediation:     "Run the package manager's install to update the lockfile, review the diff, and commit both files together.",
		Example:         `package.json "express": "^5.0.0" while the lockfile has express@4.21.2`,
		DefaultSeverity: finding.SeverityMedium, Signal: analyze.SigMisc, Needs: analyze.NeedGraph,
	}
}

var depSections = []struct {
	name string
	get  func(*npm.Manifest) map[string]string
}{
	{"dependencies", func(m *npm.Manifest) map[string]string { return m.Dependencies }},
	{"devDependencies", func(m *npm.Manifest) map[string]string { return m.DevDependencies }},
	{"optionalDependencies", func(m *npm.Manifest) map[string]string { return m.OptionalDependencies }},
}

// CheckGraph implements analyze.GraphRule.
func (OutOfSync) CheckGraph(ctx context.Context, t *analyze.GraphTarget, r analyze.GraphReporter) error {
	g := t.Graph
	// npm lockfile v1 records the whole hoisted tree under the root, not
	// the root's declarations: extra entries say nothing there.
	checkExtra := !strings.HasPrefix(g.Format, "npm lockfileVersion 1")
	for _, m := range graphkit.Manifests(t) {
		if ctx.Err() != nil {
			return ctx.Err()
		}
		if m.M == nil {
			continue // unreadable: nothing to compare (real-world copies lack workspace manifests)
		}
		edges := map[string][]depgraph.Edge{}
		for _, e := range g.Out(m.Node.ID) {
			edges[e.Name] = append(edges[e.Name], e)
		}
		declared := map[string]bool{}
		for name := range m.M.PeerDependencies {
			declared[name] = true
		}
		for _, sec := range depSections {
			deps := sec.get(m.M)
			names := make([]string, 0, len(deps))
			for name := range deps {
				names = append(names, name)
			}
			slices.Sort(names)
			for _, name := range names {
				declared[name] = true
				spec := deps[name]
				es := edges[name]
				line := graphkit.KeyLineIn(m.Raw, sec.name, name)
				if len(es) == 0 {
					r.ReportNode(-1, analyze.Instance{
						File: m.Rel, Line: line,
						Message:    fmt.Sprintf("%s declares %s@%s in %s, but the lockfile does not lock it", m.Rel, name, graphkit.Clip(spec, 80), sec.name),
						Evidence:   []finding.Evidence{graphkit.Snip(fmt.Sprintf("%q: %q", name, spec), "missing from "+graphkit.RelPath(t, g.Path))},
						Confidence: finding.ConfidenceHigh,
					})
					continue
				}
				if why := unsatisfied(g, spec, es); why != "" {
					r.ReportNode(-1, analyze.Instance{
						File: m.Rel, Line: line,
						Message:    fmt.Sprintf("%s declares %s@%s, but %s", m.Rel, name, graphkit.Clip(spec, 80), why),
						Evidence:   []finding.Evidence{graphkit.Snip(fmt.Sprintf("%q: %q", name, spec), "lockfile: "+graphkit.Clip(es[0].Spec, 80))},
						Confidence: finding.ConfidenceHigh,
					})
				}
			}
		}
		if !checkExtra {
			continue
		}
		var extra []string
		for name, es := range edges {
			if declared[name] {
				continue
			}
			peerOnly := true
			for _, e := range es {
				if e.Kind != depgraph.DepPeer && e.Kind != depgraph.DepPeerOptional {
					peerOnly = false
				}
			}
			if !peerOnly {
				extra = append(extra, name)
			}
		}
		slices.Sort(extra)
		for _, name := range extra {
			e := edges[name][0]
			r.ReportNode(-1, analyze.Instance{
				File:       graphkit.RelPath(t, g.Path),
				Line:       g.Nodes[e.To].Line,
				Message:    fmt.Sprintf("the lockfile locks %s@%s for %s, which its package.json no longer declares", name, graphkit.Clip(e.Spec, 80), m.Rel),
				Evidence:   []finding.Evidence{graphkit.Snip(fmt.Sprintf("%q: %q", name, e.Spec), "not in "+m.Rel)},
				Severity:   finding.SeverityLow,
				Confidence: finding.ConfidenceHigh,
			})
		}
	}
	return nil
}

// unsatisfied says why none of the locked edges for a declared spec
// satisfies it, or "" when one does (or the spec cannot be judged).
func unsatisfied(g *depgraph.Graph, spec string, es []depgraph.Edge) string {
	want := normSpec(spec)
	for _, e := range es {
		if normSpec(e.Spec) == want {
			return "" // locked from this very spec (overrides may change the version)
		}
	}
	name, rng := "", want
	if rest, ok := strings.CutPrefix(want, "npm:"); ok {
		name, rng = npm.SplitNameSpec(rest)
		if name == "" {
			return ""
		}
	}
	if _, err := npm.ParseRange(rng); err != nil {
		return "" // a tag, URL, git, file or workspace spec: not judged here
	}
	var locked []string
	for _, e := range es {
		n := g.Nodes[e.To]
		if graphkit.IsLocalNode(g, n) {
			return "" // a workspace satisfies its own name
		}
		if _, err := npm.ParseVersion(n.Version); err != nil {
			return ""
		}
		if (name == "" || n.Name == name) && npm.Satisfies(n.Version, rng) {
			return ""
		}
		locked = append(locked, n.String())
	}
	return fmt.Sprintf("the lockfile has %s, which does not satisfy it", strings.Join(locked, ", "))
}

// normSpec removes differences in how formats record the same spec: yarn
// berry's "npm:" prefix on plain ranges and surrounding space.
func normSpec(s string) string {
	s = strings.TrimSpace(s)
	if rest, ok := strings.CutPrefix(s, "npm:"); ok && !strings.Contains(rest, "@") {
		s = rest
	}
	return strings.Join(strings.Fields(s), " ")
}
