// Package identity holds graph rules about who a dependency really is:
// names that imitate popular packages (typosquats) and names that a public
// package could take over from a private one (dependency confusion).
// Local code (the root, workspaces, link:, file: and yarn's
// 0.0.0-use.local packages) is never matched against public names.
package identity

import (
	"context"
	"fmt"
	"slices"

	"github.com/depfence/depfence/internal/analyze"
	"github.com/depfence/depfence/internal/depgraph"
	"github.com/depfence/depfence/internal/finding"
	"github.com/depfence/depfence/internal/rules/graphkit"
	"github.com/depfence/depfence/internal/typosquat"
)

// Rules returns the identity rules in a stable order.
func Rules() []analyze.GraphRule {
	return []analyze.GraphRule{Typosquat{}, DependencyConfusion{}}
}

// Typosquat flags registry dependencies whose name imitates a far more
// popular package.
type Typosquat struct {
	// Index overrides the embedded popularity index (tests).
	Index *typosquat.Index
}

// Meta implements analyze.GraphRule.
func (Typosquat) Meta() analyze.Meta {
	return analyze.Meta{
		ID: "identity/typosquat", Version: 1, Title: "Dependency name imitates a popular package",
		Help: "The dependency's name is a near-copy of a far more popular package's: a typo (edit distance, swapped, doubled or " +
			"dropped letters), a separator game (crossenv for cross-env), confusable or homoglyph characters (1 for l, Cyrillic а), " +
			"an affix (node-, -js, .js), or a scope game (@axios-http/core, an unscoped copy of a scoped name). Typosquats are " +
			"published to catch mistyped installs and copy-pasted commands; they usually run code at install. The finding names " +
			"the imitated package and the download gap; packages that are themselves popular are not reported.",
		Remediation:     "Check that you meant this package and not the one it imitates; replace it if not, and look for install-time activity if it already ran.",
		Example:         `"crossenv": "^1.0.0"   (imitates cross-env)`,
		DefaultSeverity: finding.SeverityHigh, Signal: analyze.SigMisc, Needs: analyze.NeedGraph,
	}
}

// strong techniques leave little doubt that the name copies its target.
var strong = []typosquat.Technique{typosquat.Case, typosquat.Homoglyph, typosquat.Separator, typosquat.Confusable,
	typosquat.ScopeFlatten, typosquat.ScopeCopy, typosquat.ScopeImitate, typosquat.ScopeTypo}

// CheckGraph implements analyze.GraphRule.
func (r Typosquat) CheckGraph(ctx context.Context, t *analyze.GraphTarget, rep analyze.GraphReporter) error {
	ix, err := graphkit.Popularity(t, r.Index)
	if err != nil {
		return fmt.Errorf("typosquat index: %w", err)
	}
	g := t.Graph
	h := graphkit.NewHosts(t)
	local := graphkit.LocalNames(g)
	type result struct {
		m  typosquat.Match
		ok bool
	}
	cache := map[string]result{}
	for _, n := range g.Nodes {
		if ctx.Err() != nil {
			return ctx.Err()
		}
		if graphkit.IsLocalNode(g, n) || local[n.Name] || !graphkit.RegistryLike(h, n) || n.Name == "" {
			continue
		}
		res, seen := cache[n.Name]
		if !seen {
			res.m, res.ok = ix.Check(n.Name)
			cache[n.Name] = res
		}
		if !res.ok {
			continue
		}
		m := res.m
		if slices.Contains(g.Aliases(n.ID), m.Target) {
			continue // deliberately installed under the name it resembles (lockfile/alias-confusion judges aliases)
		}
		gap := fmt.Sprintf("%s a month against %s", downloads(m.CandidateDownloads), downloads(m.TargetDownloads))
		if !m.Listed {
			gap = fmt.Sprintf("too few downloads to be listed, against %s a month", downloads(m.TargetDownloads))
		}
		in := analyze.Instance{
			Message:  fmt.Sprintf("%s imitates %s (%s): %s", n.Name, m.Target, m.Technique, gap),
			Evidence: []finding.Evidence{graphkit.Ev(fmt.Sprintf("imitates %s by %s; download gap at least %.0fx", m.Target, m.Technique, m.Ratio))},
		}
		in.Severity, in.Confidence = rate(m)
		graphkit.Report(t, rep, n, in)
	}
	return nil
}

// rate sets severity by technique strength and download gap.
func rate(m typosquat.Match) (finding.Severity, finding.Confidence) {
	isStrong := slices.Contains(strong, m.Technique)
	sev, conf := finding.SeverityMedium, finding.ConfidenceMedium
	if isStrong {
		sev = finding.SeverityHigh
	}
	switch {
	case !m.Listed && m.TargetDownloads >= 10_000_000:
		// an obscure name next to a household one
		sev = finding.SeverityHigh
		conf = finding.ConfidenceHigh
		if !isStrong {
			conf = finding.ConfidenceMedium
		}
	case m.Listed && m.Ratio < 1000:
		// itself somewhat popular: more likely a coincidence
		sev--
		conf = finding.ConfidenceLow
	}
	return sev, conf
}

func downloads(n int64) string {
	switch {
	case n >= 1_000_000:
		return fmt.Sprintf("%.1fM downloads", float64(n)/1e6)
	case n >= 1_000:
		return fmt.Sprintf("%.0fk downloads", float64(n)/1e3)
	}
	return fmt.Sprintf("%d downloads", n)
}

// registryNodes returns the registry-like nodes that are not local code
// nor named like it.
func registryNodes(g *depgraph.Graph, h *graphkit.Hosts) []*depgraph.Node {
	local := graphkit.LocalNames(g)
	var out []*depgraph.Node
	for _, n := range g.Nodes {
		if graphkit.IsLocalNode(g, n) || n.Name == "" || n.Flags.Has(depgraph.Bundled) {
			continue
		}
		if local[n.Name] {
			continue
		}
		if graphkit.RegistryLike(h, n) {
			out = append(out, n)
		}
	}
	return out
}
