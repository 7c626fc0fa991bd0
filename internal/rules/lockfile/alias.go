package lockfile

import (
	"context"
	"fmt"
	"slices"
	"strings"

	"github.com/depfence/depfence/internal/analyze"
	"github.com/depfence/depfence/internal/finding"
	"github.com/depfence/depfence/internal/rules/graphkit"
	"github.com/depfence/depfence/internal/typosquat"
)

// AliasConfusion flags npm: aliases whose installed package is unrelated
// to the name it is installed under.
type AliasConfusion struct {
	// Index overrides the embedded popularity index (tests).
	Index *typosquat.Index
}

// Meta implements analyze.GraphRule.
func (AliasConfusion) Meta() analyze.Meta {
	return analyze.Meta{
		ID: "lockfile/alias-confusion", Version: 1, Title: "Dependency alias installs an unrelated package",
		Help: "An npm: alias installs one package under another package's name (\"lodash\": \"npm:evil-lodash@1.0.0\"). The code " +
			"require('lodash') then runs evil-lodash, and anyone reading package.json, the lockfile or node_modules sees the trusted " +
			"name. Aliases that keep the real name recognisable (string-width-cjs for string-width, lodash for lodash-es, react for " +
			"@preact/compat) are not reported; an alias that borrows a popular name for an unrelated package is reported high.",
		Remediation:     "Depend on the real package name, or confirm the aliased package is the one you intend and accept the finding.",
		Example:         `"lodash": "npm:evil-lodash@^1.0.0"`,
		DefaultSeverity: finding.SeverityMedium, Signal: analyze.SigMisc, Needs: analyze.NeedGraph,
	}
}

// CheckGraph implements analyze.GraphRule.
func (a AliasConfusion) CheckGraph(ctx context.Context, t *analyze.GraphTarget, r analyze.GraphReporter) error {
	ix, _ := graphkit.Popularity(t, a.Index) // popularity only adjusts severity
	g := t.Graph
	aliases := map[int][]string{} // node -> unrelated alias names, in edge order
	specs := map[int][]string{}
	var order []int
	for _, e := range g.Edges {
		if ctx.Err() != nil {
			return ctx.Err()
		}
		if int(e.To) < 0 || int(e.To) >= len(g.Nodes) {
			continue
		}
		n := g.Nodes[e.To]
		if e.Name == "" || n.Name == "" || e.Name == n.Name || !remote(g, n) || slices.Contains(aliases[int(e.To)], e.Name) || Related(e.Name, n.Name) {
			continue
		}
		if len(aliases[int(e.To)]) == 0 {
			order = append(order, int(e.To))
		}
		aliases[int(e.To)] = append(aliases[int(e.To)], e.Name)
		specs[int(e.To)] = append(specs[int(e.To)], e.Spec)
	}
	slices.Sort(order)
	for _, id := range order {
		n := g.Nodes[id]
		names := aliases[id]
		in := analyze.Instance{
			Message:    fmt.Sprintf("%q is an alias that installs %s, an unrelated package", names[0], n),
			Confidence: finding.ConfidenceMedium,
		}
		for k, a := range names {
			in.Evidence = append(in.Evidence, graphkit.Snip(fmt.Sprintf("%q: %q", a, specs[id][k]), "installed: "+n.String()))
		}
		if ix != nil {
			targetDl, _ := ix.Downloads(n.Name)
			var best string
			var bestDl int64
			for _, a := range names {
				if dl, ok := ix.Downloads(a); ok && dl > bestDl {
					best, bestDl = a, dl
				}
			}
			switch {
			case targetDl >= 1_000_000:
				in.Severity = finding.SeverityLow // a popular package in its own right
				in.Confidence = finding.ConfidenceLow
			case bestDl >= 100_000:
				in.Severity = finding.SeverityHigh
				in.Confidence = finding.ConfidenceHigh
				in.Message = fmt.Sprintf("%q (a popular package, %d downloads a month) is an alias that installs %s, an unrelated package", best, bestDl, n)
			}
		}
		graphkit.Report(t, r, n, in)
	}
	return nil
}

// Related reports whether an alias name plausibly names its target:
// the alias extends the target's name ("string-width-cjs" for
// "string-width", "@babel/core7" for "@babel/core"), the target extends the
// alias with a suffix ("lodash-es" for "lodash"), or the target's scope is
// the alias ("@preact/compat" for "react", "@rollup/wasm-node" for
// "rollup"). A target that only adds a prefix ("evil-lodash" for
// "lodash") is not related.
func Related(alias, target string) bool {
	a, tg := strings.ToLower(alias), strings.ToLower(target)
	if a == tg {
		return true
	}
	ab, tb := graphkit.Bare(a), graphkit.Bare(tg)
	as, ts := strings.TrimPrefix(graphkit.Scope(a), "@"), strings.TrimPrefix(graphkit.Scope(tg), "@")
	// The alias is a nickname built from the target's name: a suffix
	// ("string-width-cjs"), a scope of one's own for an unscoped target
	// ("@jest/react-is-18" for "react-is"), or a versioned scope
	// ("@babel-8/core" for "@babel/core").
	if strings.HasPrefix(a, tg) || strings.HasPrefix(ab, tb) && (as == ts || ts == "" && as != "") {
		return true
	}
	if ab == tb && as != "" && ts != "" && strings.HasPrefix(as, ts) {
		return true
	}
	// The target is the scoped name flattened ("types-react" for
	// "@types/react").
	if as != "" && (tb == as+"-"+ab || tb == as+"__"+ab) && ts == "" {
		return true
	}
	// The target is a variant that keeps the alias's name first.
	if strings.HasPrefix(tb, ab) && as == ts && (len(tb) == len(ab) || isSep(tb[len(ab)])) {
		return true
	}
	// The target's scope is the alias's project ("react" -> "@preact/compat").
	if ts != "" && (ts == ab || strings.HasSuffix(ts, ab) && len(ab) >= 4) {
		return true
	}
	return false
}

func isSep(c byte) bool { return c == '-' || c == '.' || c == '_' || c == '/' }
