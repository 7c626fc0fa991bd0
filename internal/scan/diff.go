package scan

import (
	"context"
	"slices"
	"strings"

	"github.com/depfence/depfence/internal/depgraph"
	"github.com/depfence/depfence/internal/finding"
	"github.com/depfence/depfence/internal/report"
)

// DiffSchemaVersion is the schemaVersion of `depfence diff --format json`.
const DiffSchemaVersion = 1

// DiffResult is a pull-request review: what changed between two lockfiles
// and what the change brings in.
type DiffResult struct {
	SchemaVersion int           `json:"schemaVersion"`
	Base          string        `json:"base"`
	Head          string        `json:"head"`
	Added         []DiffPackage `json:"added"`
	Removed       []DiffPackage `json:"removed"`
	Changed       []DiffChange  `json:"changed"`
	// Result is the scan of the added and changed packages of HEAD with
	// only the findings that are new in HEAD.
	Result *report.Result `json:"result"`
}

// DiffPackage is one name@version.
type DiffPackage struct {
	Name    string `json:"name"`
	Version string `json:"version"`
	Source  string `json:"source"`
	Dev     bool   `json:"dev,omitempty"`
}

// DiffChange is a package whose version changed, with the behaviours the
// new version has that the old one did not.
type DiffChange struct {
	Name          string   `json:"name"`
	From          []string `json:"from"`
	To            []string `json:"to"`
	NewBehaviours []string `json:"newBehaviours,omitempty"`
	// Verdict is the new version's verdict when it is not ok.
	Verdict string `json:"verdict,omitempty"`
}

func versionsByName(g *depgraph.Graph, keep func(*depgraph.Node) bool) map[string]map[string]*depgraph.Node {
	out := map[string]map[string]*depgraph.Node{}
	for _, n := range g.Nodes {
		if g.IsRoot(n.ID) || n.Source.Kind == depgraph.SourceWorkspace || !keep(n) {
			continue
		}
		if out[n.Name] == nil {
			out[n.Name] = map[string]*depgraph.Node{}
		}
		out[n.Name][n.Version] = n
	}
	return out
}

func sortedKeys(m map[string]*depgraph.Node) []string {
	var out []string
	for k := range m {
		out = append(out, k)
	}
	slices.Sort(out)
	return out
}

// Diff compares base and head: added, removed and changed packages, a scan
// of what head adds, and for each changed package the behaviours (rules)
// its new version shows that the old one did not. Packages present in both
// are not analysed.
func Diff(ctx context.Context, o Options, base, head *depgraph.Graph, baseDir, headDir string) (*DiffResult, error) {
	if err := o.validate(); err != nil {
		return nil, err
	}
	keep := o.Keep()
	bv, hv := versionsByName(base, keep), versionsByName(head, keep)
	res := &DiffResult{SchemaVersion: DiffSchemaVersion, Base: base.Path, Head: head.Path,
		Added: []DiffPackage{}, Removed: []DiffPackage{}, Changed: []DiffChange{}}
	isNew := map[string]bool{} // name@version new in head
	for name, vs := range hv {
		old := bv[name]
		for _, v := range sortedKeys(vs) {
			if old[v] == nil {
				isNew[name+"@"+v] = true
			}
		}
		if old == nil {
			for _, v := range sortedKeys(vs) {
				n := vs[v]
				res.Added = append(res.Added, DiffPackage{Name: name, Version: v, Source: n.Source.Kind.String(), Dev: n.Flags.Has(depgraph.Dev)})
			}
			continue
		}
		from, to := sortedKeys(old), sortedKeys(vs)
		if !slices.Equal(from, to) {
			res.Changed = append(res.Changed, DiffChange{Name: name, From: from, To: to})
		}
	}
	for name, vs := range bv {
		if hv[name] != nil {
			continue
		}
		for _, v := range sortedKeys(vs) {
			res.Removed = append(res.Removed, DiffPackage{Name: name, Version: v, Source: vs[v].Source.Kind.String()})
		}
	}
	sortPkgs := func(p []DiffPackage) {
		slices.SortFunc(p, func(a, b DiffPackage) int {
			return strings.Compare(a.Name+"@"+a.Version, b.Name+"@"+b.Version)
		})
	}
	sortPkgs(res.Added)
	sortPkgs(res.Removed)
	slices.SortFunc(res.Changed, func(a, b DiffChange) int { return strings.Compare(a.Name, b.Name) })

	// Scan only what head brings in.
	o.NoTreeAudit = true
	ho := o
	ho.Filter = func(n *depgraph.Node) bool { return isNew[n.Name+"@"+n.Version] }
	headRes, err := ho.runGraph(ctx, head, headDir)
	if err != nil {
		return nil, err
	}
	// Old versions of changed packages, to tell which behaviours are new.
	oldRules := map[string]map[finding.RuleID]bool{}
	if len(res.Changed) > 0 {
		changed := map[string]bool{}
		for _, c := range res.Changed {
			changed[c.Name] = true
		}
		bo := o
		bo.GraphRules = nil
		bo.Filter = func(n *depgraph.Node) bool { return changed[n.Name] }
		baseRes, err := bo.runGraph(ctx, base, baseDir)
		if err != nil {
			return nil, err
		}
		for _, f := range baseRes.Findings {
			if oldRules[f.Package.Name] == nil {
				oldRules[f.Package.Name] = map[finding.RuleID]bool{}
			}
			oldRules[f.Package.Name][f.Rule] = true
		}
	}
	verdicts := map[string]string{}
	for _, p := range headRes.Packages {
		if p.Verdict != "" && p.Verdict != "ok" {
			verdicts[p.Name] = p.Verdict
		}
	}
	for i := range res.Changed {
		c := &res.Changed[i]
		seen := map[finding.RuleID]bool{}
		for _, f := range headRes.Findings {
			if f.Package.Name != c.Name || oldRules[c.Name][f.Rule] || seen[f.Rule] {
				continue
			}
			seen[f.Rule] = true
			c.NewBehaviours = append(c.NewBehaviours, string(f.Rule)+": "+f.Message)
		}
		c.Verdict = verdicts[c.Name]
	}
	// Keep only findings that are new in head: for a changed package, a
	// rule its old version already triggered is not news.
	kept := headRes.Findings[:0]
	for _, f := range headRes.Findings {
		if oldRules[f.Package.Name][f.Rule] {
			continue
		}
		kept = append(kept, f)
	}
	headRes.Findings = kept
	o.summarize(headRes)
	res.Result = headRes
	return res, nil
}
