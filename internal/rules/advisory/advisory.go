// Package advisoryrules holds the project-level rules that match the
// installed registry packages against published advisories:
// vuln/advisory (known vulnerabilities) and malware/known (packages an
// advisory database lists as malicious). The advisory sources (the
// registry's bulk endpoint, an imported OSV database) are given by the
// integrator; the rules never open a network connection or file
// themselves.
package advisoryrules

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"
	"sync"

	"github.com/depfence/depfence/internal/advisory"
	"github.com/depfence/depfence/internal/analyze"
	"github.com/depfence/depfence/internal/depgraph"
	"github.com/depfence/depfence/internal/finding"
	"github.com/depfence/depfence/internal/npm"
	"github.com/depfence/depfence/internal/rules/graphkit"
)

// Rule IDs.
const (
	VulnID    finding.RuleID = "vuln/advisory"
	MalwareID finding.RuleID = "malware/known"
)

// AdvisoryReporter is implemented by a GraphReporter that wants the
// advisory behind each instance (for report.Finding.Advisory: call
// a.Report()). When the reporter implements it, the rules call
// ReportAdvisory instead of ReportNode; the instance is the same.
type AdvisoryReporter interface {
	ReportAdvisory(node depgraph.NodeID, in analyze.Instance, a *advisory.Advisory)
}

// New returns the vuln/advisory and malware/known rules over sources, in
// order of preference (an advisory another source already reported for
// the same node, by id or alias, is not repeated). Both rules share one
// lookup per graph. With no sources, or when every source is
// unavailable, the rules report nothing and return an error wrapping
// advisory.ErrUnavailable: a skipped check, never a clean pass.
func New(sources ...advisory.Source) []analyze.GraphRule {
	l := &lookup{sources: sources}
	return []analyze.GraphRule{&rule{l: l}, &rule{l: l, malware: true}}
}

type rule struct {
	l       *lookup
	malware bool
}

// Meta implements analyze.GraphRule.
func (r *rule) Meta() analyze.Meta {
	if r.malware {
		return analyze.Meta{
			ID: MalwareID, Version: 1, Title: "Known malicious package",
			Help: "An advisory database lists this exact package version as malicious: an OpenSSF malicious-packages " +
				"(MAL-) entry from an imported OSV database, or a registry advisory titled \"Malware in …\". Such packages " +
				"steal credentials, open backdoors or sabotage the machine that installs them; the registry usually removes " +
				"them, but lockfiles and caches keep them installable. Only packages resolved from a registry are matched: a " +
				"workspace, link:, file: or git dependency that merely shares a public name is never reported. Offline, import the " +
				"OSV database first (depfence db import all.zip); an unavailable source is reported as a skipped check.",
			Remediation: "Remove the package and everything that depends on it, then treat every machine and CI runner that " +
				"installed it as compromised: rotate the credentials it could read (npm, cloud, SSH, CI tokens) and rebuild.",
			Example:         `"depfence-fixture-stealer@1.0.0" listed by MAL-2099-0001`,
			DefaultSeverity: finding.SeverityCritical, Signal: analyze.SigMisc, Needs: analyze.NeedGraph,
		}
	}
	return analyze.Meta{
		ID: VulnID, Version: 1, Title: "Known vulnerability",
		Help: "A published advisory (GitHub Security Advisory, CVE) covers this package version. Advisories come from the " +
			"registry's bulk advisory endpoint, the same request npm audit makes (with npm's quick-audit fallback), and from an " +
			"OSV database imported with `depfence db import`, and are matched with npm's semver semantics. The finding names " +
			"the advisory, its severity (the advisory's own), the vulnerable range, the first patched version and the " +
			"dependency path that brings the package in. Only registry packages are matched; one installed from a registry other " +
			"than the public one (a mirror, or a private package that shares the name) is reported with medium confidence. When no source can answer (a registry " +
			"without advisory endpoints, or --offline without an imported database) the check is reported as skipped with the " +
			"reason, never as a clean pass.",
		Remediation: "Upgrade to the patched version (or a later one), directly or by updating the dependency that pulls it " +
			"in (npm overrides / yarn resolutions / pnpm overrides when the parent has no fixed release). If the vulnerable " +
			"code is unreachable in your use, record an acceptance with a reason and an expiry in the policy file.",
		Example:         `lodash@4.17.20: GHSA-35jh-r3h4-6jhm Command Injection in lodash (vulnerable <4.17.21, fixed in 4.17.21)`,
		DefaultSeverity: finding.SeverityHigh, Signal: analyze.SigMisc, Needs: analyze.NeedGraph,
	}
}

// CheckGraph implements analyze.GraphRule.
func (r *rule) CheckGraph(ctx context.Context, t *analyze.GraphTarget, rep analyze.GraphReporter) error {
	res := r.l.get(ctx, t)
	patched := map[string]*npm.Packument{}
	for _, h := range res.hits {
		if h.adv.Malware != r.malware {
			continue
		}
		n := t.Graph.Node(h.node)
		a := h.adv
		a.Patched = a.PatchedFor(h.version)
		if a.Patched == "" && !a.Malware {
			a.Patched = firstUnaffected(ctx, t, patched, n.Name, h.version, &a)
		}
		in := instance(n, h.version, &a)
		if h.privateHost != "" {
			in.Confidence = min(in.Confidence, finding.ConfidenceMedium)
			in.Evidence = append(in.Evidence, graphkit.Ev("installed from "+h.privateHost+", not the public registry: "+
				"the advisory applies if that registry mirrors the public one; a private package that only shares the name is not affected"))
		}
		if in.File == "" {
			in.File, in.Line = graphkit.Location(t, n)
		}
		if ar, ok := rep.(AdvisoryReporter); ok {
			ar.ReportAdvisory(n.ID, in, &a)
		} else {
			rep.ReportNode(n.ID, in)
		}
	}
	if res.err != nil {
		return res.err
	}
	return ctx.Err()
}

func instance(n *depgraph.Node, version string, a *advisory.Advisory) analyze.Instance {
	title := a.Title
	if title == "" {
		title = "advisory without a title"
	}
	var msg string
	if a.Malware {
		msg = fmt.Sprintf("%s@%s is known malware: %s (%s)", n.Name, version, title, a.ID)
	} else {
		fix := "no patched version"
		if a.Patched != "" {
			fix = "fixed in " + a.Patched
		}
		msg = fmt.Sprintf("%s: %s (vulnerable %s; %s)", a.ID, title, a.Vulnerable, fix)
	}
	src := "registry advisories"
	if a.Source == advisory.SourceOSV {
		src = "OSV database"
	}
	detail := "advisory " + a.ID + " from the " + src
	if len(a.Aliases) > 0 {
		detail += "; aliases " + strings.Join(a.Aliases, ", ")
	}
	ev := []finding.Evidence{graphkit.Snip(a.ID, detail)}
	if a.Vulnerable != "" {
		ev = append(ev, graphkit.Ev("vulnerable versions: "+a.Vulnerable))
	}
	if a.Patched != "" {
		ev = append(ev, graphkit.Ev("first patched version: "+a.Patched))
	}
	if a.CVSSVector != "" || a.CVSSScore > 0 {
		ev = append(ev, graphkit.Ev(fmt.Sprintf("CVSS %.1f %s", a.CVSSScore, a.CVSSVector)))
	}
	if len(a.CWEs) > 0 {
		ev = append(ev, graphkit.Ev("weaknesses: "+strings.Join(a.CWEs, ", ")))
	}
	if a.URL != "" {
		ev = append(ev, graphkit.Ev("details: "+a.URL))
	}
	conf := finding.ConfidenceHigh
	if a.Inexact {
		conf = finding.ConfidenceMedium
		ev = append(ev, graphkit.Ev("part of the advisory's range could not be parsed; matched conservatively"))
	}
	return analyze.Instance{Message: msg, Evidence: ev, Severity: a.Severity, Confidence: conf}
}

// firstUnaffected finds the lowest release above version that the
// advisory does not cover, from the package's registry document (when the
// target has one); "" when unknown.
func firstUnaffected(ctx context.Context, t *analyze.GraphTarget, cache map[string]*npm.Packument, name, version string, a *advisory.Advisory) string {
	if t.Packument == nil {
		return ""
	}
	p, ok := cache[name]
	if !ok {
		p, _ = t.Packument(ctx, name) // an error only costs the hint
		cache[name] = p
	}
	if p == nil {
		return ""
	}
	cur, err := npm.ParseVersion(version)
	if err != nil {
		return ""
	}
	var best npm.Version
	for s := range p.Versions {
		v, err := npm.ParseVersion(s)
		if err != nil || v.IsPrerelease() || npm.CompareVersions(v, cur) <= 0 || a.Affects(s) {
			continue
		}
		if !best.IsValid() || npm.CompareVersions(v, best) < 0 {
			best = v
		}
	}
	return best.String()
}

// lookup queries the sources once per graph for both rules.
type lookup struct {
	sources []advisory.Source
	mu      sync.Mutex
	g       *depgraph.Graph
	res     result
}

type result struct {
	hits []hit
	err  error
}

type hit struct {
	node    depgraph.NodeID
	version string
	adv     advisory.Advisory
	// privateHost is set when the node came from a registry that is not
	// the public one (a mirror, or a private package with a public name).
	privateHost string
}

func (l *lookup) get(ctx context.Context, t *analyze.GraphTarget) result {
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.g == t.Graph && l.g != nil && !errors.Is(l.res.err, context.Canceled) {
		return l.res
	}
	l.g, l.res = t.Graph, l.query(ctx, t)
	return l.res
}

func (l *lookup) query(ctx context.Context, t *analyze.GraphTarget) result {
	g := t.Graph
	if len(l.sources) == 0 {
		return result{err: &advisory.UnavailableError{Source: "advisories",
			Reason: "no advisory source (the registry's advisories online, or an OSV database imported with depfence db import)"}}
	}
	// Only registry packages: local code and git/file/link sources that
	// merely share a public name are never matched.
	h := graphkit.NewHosts(t)
	type target struct {
		id          depgraph.NodeID
		name        string
		version     string
		privateHost string
	}
	var targets []target
	pkgs := map[string][]string{}
	for _, n := range g.Nodes {
		if graphkit.IsLocalNode(g, n) || !graphkit.RegistryLike(h, n) {
			continue
		}
		v, ok := graphkit.RegistryVersion(h, n)
		if !ok {
			continue
		}
		tg := target{id: n.ID, name: n.Name, version: v}
		if o := h.OriginOf(n); o.Host != "" && !h.PublicOrigin(o) {
			tg.privateHost = o.Host
		}
		targets = append(targets, tg)
		if !slices.Contains(pkgs[n.Name], v) {
			pkgs[n.Name] = append(pkgs[n.Name], v)
		}
	}
	if len(targets) == 0 {
		return result{}
	}
	var errs []error
	answers := make([]map[string][]advisory.Advisory, 0, len(l.sources))
	for _, src := range l.sources {
		got, err := src.Query(ctx, pkgs)
		if err != nil {
			errs = append(errs, err)
		}
		answers = append(answers, got)
	}
	var res result
	for _, tg := range targets {
		seen := map[string]bool{}
		for _, ans := range answers {
			for _, a := range ans[tg.name] {
				if !a.Affects(tg.version) || slices.ContainsFunc(a.IDs(), func(id string) bool { return seen[id] }) {
					continue
				}
				for _, id := range a.IDs() {
					seen[id] = true
				}
				res.hits = append(res.hits, hit{node: tg.id, version: tg.version, adv: a, privateHost: tg.privateHost})
			}
		}
	}
	slices.SortStableFunc(res.hits, func(a, b hit) int {
		return cmp.Or(cmp.Compare(a.node, b.node), strings.Compare(a.adv.ID, b.adv.ID))
	})
	res.err = errors.Join(errs...)
	return res
}
