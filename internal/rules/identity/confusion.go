package identity

import (
	"cmp"
	"context"
	"fmt"
	"slices"
	"strings"

	"github.com/depfence/depfence/internal/analyze"
	"github.com/depfence/depfence/internal/depgraph"
	"github.com/depfence/depfence/internal/finding"
	"github.com/depfence/depfence/internal/npm"
	"github.com/depfence/depfence/internal/rules/graphkit"
	"github.com/depfence/depfence/internal/typosquat"
)

// DependencyConfusion flags packages a public registry could take over
// from a private one, and public packages posing as internal ones.
type DependencyConfusion struct {
	// Index overrides the embedded popularity index (tests).
	Index *typosquat.Index
}

// Meta implements analyze.GraphRule.
func (DependencyConfusion) Meta() analyze.Meta {
	return analyze.Meta{
		ID: "identity/dependency-confusion", Version: 1, Title: "Private package name is exposed to the public registry",
		Help: "Dependency confusion: a package you get from a private registry also exists (or can be registered) on the public " +
			"registry, and a resolver that consults both, or a developer machine without your .npmrc, installs the public one, " +
			"usually the higher version. The rule compares privately resolved packages with their public namesakes (critical when " +
			"the public one has a higher version or different content for the same version), flags unscoped private names anyone " +
			"could claim publicly, entries of a privately configured scope that the lockfile resolves from the public registry, " +
			"registry packages named like your private workspaces, versions typical of confusion probes (99.0.0, 999.9.9, a first " +
			"release at a huge major) and internal-looking names (your private scope as a prefix, -internal, -private) resolved " +
			"publicly. Workspace, link:, file: and 0.0.0-use.local packages are local code and never matched.",
		Remediation: "Publish private packages under a scope you own and map that scope to your registry in .npmrc; claim the name " +
			"publicly (a placeholder) for unscoped ones; regenerate lockfile entries that resolve from the wrong registry.",
		Example:         `"@acme/auth" configured to npm.acme.example but resolved from the public registry; "acme-billing@99.0.0"`,
		DefaultSeverity: finding.SeverityHigh, Signal: analyze.SigMisc, Needs: analyze.NeedGraph | analyze.NeedPackument,
	}
}

// reason is one confusion signal about a node.
type reason struct {
	sev  finding.Severity
	conf finding.Confidence
	msg  string
	ev   string
}

// CheckGraph implements analyze.GraphRule.
func (r DependencyConfusion) CheckGraph(ctx context.Context, t *analyze.GraphTarget, rep analyze.GraphReporter) error {
	g := t.Graph
	h := graphkit.NewHosts(t)
	ix, _ := graphkit.Popularity(t, r.Index) // popularity only exempts well-known names
	popular := func(name string) bool {
		if ix == nil {
			return false
		}
		_, ok := ix.Downloads(name)
		return ok
	}
	manifests := graphkit.Manifests(t)
	companies := companyPrefixes(h, manifests)
	reasons := map[depgraph.NodeID][]reason{}
	add := func(n *depgraph.Node, rs reason) { reasons[n.ID] = append(reasons[n.ID], rs) }

	// Registry packages named like a private workspace.
	privateLocal := map[string]string{}
	for _, m := range manifests {
		if m.M != nil && m.Private && m.M.Name != "" {
			privateLocal[m.M.Name] = m.Rel
		}
	}
	for _, n := range g.Nodes {
		if rel, ok := privateLocal[n.Name]; ok && !graphkit.IsLocalNode(g, n) && graphkit.RegistryLike(h, n) {
			o := h.OriginOf(n)
			add(n, reason{finding.SeverityHigh, finding.ConfidenceHigh,
				fmt.Sprintf("%s is installed from a registry (%s) although %s is a private workspace of this project", n, originText(o), n.Name),
				"private workspace: " + rel})
		}
	}

	nodes := registryNodes(g, h)
	var privNames []string
	privSeen := map[string]bool{}
	var probes []*depgraph.Node
	for _, n := range nodes {
		if ctx.Err() != nil {
			return ctx.Err()
		}
		o := h.OriginOf(n)
		public := h.PublicOrigin(o)
		// A scope mapped to a private registry, resolved elsewhere.
		if sh, scope, ok := h.ScopeHost(n.Name); ok && !h.IsPublic(sh) && o.From == "lockfile" && !graphkit.SameHost(o.Host, sh) {
			if public {
				add(n, reason{finding.SeverityHigh, finding.ConfidenceHigh,
					fmt.Sprintf("%s belongs to %s, which .npmrc maps to %s, but the lockfile resolves it from the public registry (%s)", n, scope, sh, o.Host),
					"resolved: " + graphkit.Redact(n.Source.URL)})
			} else {
				add(n, reason{finding.SeverityMedium, finding.ConfidenceMedium,
					fmt.Sprintf("%s belongs to %s, which .npmrc maps to %s, but the lockfile resolves it from %s", n, scope, sh, o.Host),
					"resolved: " + graphkit.Redact(n.Source.URL)})
			}
		}
		if public {
			if why := internalLooking(n.Name, companies); why != "" && !popular(n.Name) {
				add(n, reason{finding.SeverityMedium, finding.ConfidenceLow,
					fmt.Sprintf("%s looks like an internal package (%s) but comes from the public registry", n, why),
					"origin: " + originText(o)})
			}
		} else if !privSeen[n.Name] {
			privSeen[n.Name] = true
			privNames = append(privNames, n.Name)
		}
		if probeVersion(n.Version) {
			probes = append(probes, n)
		}
	}

	// Privately resolved names against the public registry.
	skipped := 0
	if t.PublicPackument != nil {
		docs := graphkit.FetchAll(ctx, privNames, 8, t.PublicPackument)
		if err := ctx.Err(); err != nil {
			return err
		}
		for _, n := range nodes {
			o := h.OriginOf(n)
			if h.PublicOrigin(o) {
				continue
			}
			l, ok := docs[n.Name]
			if !ok {
				continue
			}
			if l.Err != nil {
				skipped++
				continue
			}
			if rs, ok := comparePublic(h, n, o, l.Doc); ok {
				add(n, rs)
			}
		}
	} else {
		for _, n := range nodes {
			o := h.OriginOf(n)
			if h.PublicOrigin(o) || graphkit.Scope(n.Name) != "" || popular(n.Name) {
				continue
			}
			if why := internalLooking(n.Name, companies); why != "" {
				add(n, reason{finding.SeverityMedium, finding.ConfidenceLow,
					fmt.Sprintf("%s is an unscoped, internal-looking name (%s) resolved from a private registry (%s); anyone can publish it publicly", n, why, o.Host),
					"public registry not consulted"})
			}
		}
	}

	// Versions typical of confusion probes.
	if len(probes) > 0 {
		var names []string
		for _, n := range probes {
			if !slices.Contains(names, n.Name) {
				names = append(names, n.Name)
			}
		}
		docs := graphkit.FetchAll(ctx, names, 8, t.Packument)
		if err := ctx.Err(); err != nil {
			return err
		}
		for _, n := range probes {
			l := docs[n.Name]
			if l.Doc != nil && l.Err == nil {
				if first, ok := firstMajor(l.Doc); ok && first < probeMajor {
					continue // a long-lived line that grew a big major (chromedriver, googleapis)
				} else if ok {
					add(n, reason{finding.SeverityHigh, finding.ConfidenceMedium,
						fmt.Sprintf("%s: the package's first release is already at major %d, typical of dependency-confusion probes", n, first),
						fmt.Sprintf("%d versions published", len(l.Doc.Versions))})
					continue
				}
			}
			add(n, reason{finding.SeverityMedium, finding.ConfidenceLow,
				fmt.Sprintf("%s has a version typical of dependency-confusion probes", n),
				"registry history not available"})
		}
	}

	ids := make([]depgraph.NodeID, 0, len(reasons))
	for id := range reasons {
		ids = append(ids, id)
	}
	slices.Sort(ids)
	for _, id := range ids {
		rs := reasons[id]
		slices.SortStableFunc(rs, func(a, b reason) int { return cmp.Compare(b.sev, a.sev) })
		in := analyze.Instance{Message: rs[0].msg, Severity: rs[0].sev, Confidence: rs[0].conf}
		for _, x := range rs {
			in.Evidence = append(in.Evidence, graphkit.Snip(x.ev, graphkit.Clip(x.msg, 300)))
		}
		graphkit.Report(t, rep, g.Nodes[id], in)
	}
	if skipped > 0 {
		rep.ReportNode(-1, analyze.Instance{
			File:       graphkit.RelPath(t, g.Path),
			Message:    fmt.Sprintf("public-registry comparison skipped for %d privately resolved packages: lookup failed", skipped),
			Severity:   finding.SeverityInfo,
			Confidence: finding.ConfidenceHigh,
		})
	}
	return nil
}

// comparePublic rates a privately resolved node against the public
// registry's document for its name (nil: no such public package).
func comparePublic(h *graphkit.Hosts, n *depgraph.Node, o graphkit.Origin, doc *npm.Packument) (reason, bool) {
	if doc == nil {
		if graphkit.Scope(n.Name) == "" {
			return reason{finding.SeverityHigh, finding.ConfidenceHigh,
				fmt.Sprintf("%s comes from a private registry (%s) and its unscoped name is unclaimed on the public registry: anyone can publish it there", n, o.Host),
				"public registry: no such package"}, true
		}
		if _, _, ok := h.ScopeHost(n.Name); !ok {
			return reason{finding.SeverityMedium, finding.ConfidenceMedium,
				fmt.Sprintf("%s comes from a private registry (%s), but its scope is not mapped to it in .npmrc and is unclaimed publicly", n, o.Host),
				"public registry: no such package"}, true
		}
		return reason{}, false
	}
	version, _ := graphkit.RegistryVersion(h, n)
	if version == "" {
		version = n.Version
	}
	if pv := doc.Versions[version]; pv != nil {
		pub, err := pv.Dist.ParsedIntegrity()
		if err != nil || n.Integrity.IsZero() || !shares(n.Integrity, pub) || n.Integrity.Match(pub) {
			return reason{}, false // the public package, proxied
		}
		return reason{finding.SeverityCritical, finding.ConfidenceHigh,
			fmt.Sprintf("%s from the private registry (%s) is not the public %s@%s: same name and version, different content", n, o.Host, doc.Name, version),
			"private " + n.Integrity.String() + " vs public " + pv.Dist.Integrity}, true
	}
	high, ok := maxVersion(doc)
	v, err := npm.ParseVersion(version)
	if ok && err == nil && npm.CompareVersions(high, v) > 0 {
		return reason{finding.SeverityCritical, finding.ConfidenceHigh,
			fmt.Sprintf("%s comes from a private registry (%s), and the public registry has a higher version %s of the same name", n, o.Host, high),
			"public latest: " + high.String()}, true
	}
	return reason{finding.SeverityHigh, finding.ConfidenceMedium,
		fmt.Sprintf("%s comes from a private registry (%s), and a different package of the same name exists on the public registry", n, o.Host),
		fmt.Sprintf("public versions: %d, locked version %s not among them", len(doc.Versions), version)}, true
}

func shares(a, b npm.Integrity) bool {
	for _, x := range a.Hashes {
		for _, y := range b.Hashes {
			if x.Algorithm == y.Algorithm {
				return true
			}
		}
	}
	return false
}

func maxVersion(doc *npm.Packument) (npm.Version, bool) {
	var best npm.Version
	found := false
	for s := range doc.Versions {
		v, err := npm.ParseVersion(s)
		if err != nil {
			continue
		}
		if !found || npm.CompareVersions(v, best) > 0 {
			best, found = v, true
		}
	}
	return best, found
}

// probeMajor is the least major version a probe uses.
const probeMajor = 90

// probeVersion reports versions confusion probes publish to win
// highest-version resolution: a major of 90 or more made of 9s or a round
// number (99.0.0, 100.0.0, 999.9.9, 9999.99.99) with minor and patch
// made of 9s or 0.
func probeVersion(s string) bool {
	v, err := npm.ParseVersion(s)
	if err != nil {
		return false
	}
	parts := strings.SplitN(strings.SplitN(v.String(), "-", 2)[0], ".", 3)
	if len(parts) != 3 {
		return false
	}
	major := parts[0]
	if len(major) < 2 || !(allOf(major, '9') || major[0] == '1' && allOf(major[1:], '0')) {
		return false
	}
	if major[0] == '1' && len(major) < 3 {
		return false // 10
	}
	for _, p := range parts[1:] {
		if p != "0" && !allOf(p, '9') {
			return false
		}
	}
	return true
}

func allOf(s string, c byte) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] != c {
			return false
		}
	}
	return true
}

// firstMajor returns the lowest major version among a package's releases.
func firstMajor(doc *npm.Packument) (int, bool) {
	low := -1
	for s := range doc.Versions {
		v, err := npm.ParseVersion(s)
		if err != nil {
			continue
		}
		majorStr, _, _ := strings.Cut(v.String(), ".")
		m := 0
		for i := 0; i < len(majorStr) && m < 1e9; i++ {
			m = m*10 + int(majorStr[i]-'0')
		}
		if low < 0 || m < low {
			low = m
		}
	}
	return low, low >= 0
}

// companyPrefixes returns names that mark the organisation's own packages:
// private scopes from .npmrc and the scopes of private workspaces.
func companyPrefixes(h *graphkit.Hosts, ms []*graphkit.Manifest) []string {
	var out []string
	for _, s := range h.PrivateScopes() {
		out = appendPrefix(out, s)
	}
	for _, m := range ms {
		if m.M != nil && m.Private {
			out = appendPrefix(out, strings.TrimPrefix(graphkit.Scope(m.M.Name), "@"))
		}
	}
	slices.Sort(out)
	return out
}

// genericScopes are scopes too common to mark one organisation.
var genericScopes = map[string]bool{"types": true, "internal": true, "private": true, "app": true, "test": true, "local": true, "my": true}

func appendPrefix(out []string, s string) []string {
	s = strings.ToLower(s)
	if len(s) < 3 || genericScopes[s] || slices.Contains(out, s) {
		return out
	}
	return append(out, s)
}

var internalMarkers = []string{"internal", "private", "intranet"}

// internalLooking says why a name looks like an organisation's internal
// package, or "".
func internalLooking(name string, companies []string) string {
	scope := strings.TrimPrefix(graphkit.Scope(name), "@")
	bare := graphkit.Bare(name)
	tokens := strings.FieldsFunc(strings.ToLower(scope+"-"+bare), func(r rune) bool { return r == '-' || r == '_' || r == '.' })
	for _, tok := range tokens {
		if slices.Contains(internalMarkers, tok) {
			return "contains \"" + tok + "\""
		}
	}
	for _, c := range companies {
		if scope == c {
			continue // the organisation's own scope: its public packages are its business
		}
		first := ""
		if len(tokens) > 0 {
			first = tokens[0]
		}
		if first == c && len(tokens) > 1 {
			return "starts with the private scope name " + c
		}
	}
	return ""
}

func originText(o graphkit.Origin) string {
	if o.Host == "" {
		return "the default public registry"
	}
	return o.Host + " (" + o.From + ")"
}
