// Package release holds the compromised-release graph rules: signals read
// from a package's registry history (the full packument: "time",
// "_npmUser", "maintainers", "dist.attestations", "deprecated") about the
// version the lockfile pins. A hijacked release typically is very new, is
// published by an account that never published the package before, drops
// the provenance earlier versions had, and adds an install script, a bin
// or a dependency in a patch release, sometimes on an old release line
// after years of silence.
//
// The rules are analyze.GraphRules and read registry documents through
// GraphTarget.Packument, which must return the FULL packument: the
// abbreviated install form, and some mirrors, strip "time", "_npmUser",
// "maintainers" and "dist.attestations". When a document lacks what a rule
// needs, the rule does not pass silently: it reports one informational
// project finding listing the packages it could not check and why.
package release

import (
	"context"
	"errors"
	"fmt"
	"runtime"
	"slices"
	"sort"
	"strings"
	"sync"
	"time"
	"weak"

	"github.com/depfence/depfence/internal/analyze"
	"github.com/depfence/depfence/internal/depgraph"
	"github.com/depfence/depfence/internal/finding"
	"github.com/depfence/depfence/internal/npm"
	"github.com/depfence/depfence/internal/rules/graphkit"
)

// Rules returns the release rules in a stable order. They share one
// document loader, so a scan fetches each package's packument once for
// all of them (a rule built as a zero value fetches on its own).
func Rules() []analyze.GraphRule {
	l := &loader{}
	return []analyze.GraphRule{
		TooNew{l: l},
		PublisherChanged{l: l},
		MaintainersChanged{l: l},
		ProvenanceDropped{l: l},
		NewInstallScript{l: l},
		NewBin{l: l},
		NewDependency{l: l},
		OutOfOrder{l: l},
		Deprecated{l: l},
		Unpublished{l: l},
	}
}

// loader remembers the registry documents fetched for the target being
// checked, so the rules of one scan share them. It holds the target only
// weakly and drops the documents when the target is collected.
type loader struct {
	mu   sync.Mutex
	key  weak.Pointer[analyze.GraphTarget]
	docs map[string]graphkit.Lookup
	hist map[*npm.Packument]*history
}

// history returns the indexed history of doc, built once per target.
func (l *loader) history(doc *npm.Packument) *history {
	if l == nil {
		return newHistory(doc)
	}
	l.mu.Lock()
	defer l.mu.Unlock()
	if h := l.hist[doc]; h != nil {
		return h
	}
	h := newHistory(doc)
	if l.hist != nil {
		l.hist[doc] = h
	}
	return h
}

// fetch returns the documents of names for t, fetching the missing ones.
func (l *loader) fetch(ctx context.Context, t *analyze.GraphTarget, names []string) map[string]graphkit.Lookup {
	if l == nil {
		return graphkit.FetchAll(ctx, names, fetchLimit, t.Packument)
	}
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.key.Value() != t {
		l.key = weak.Make(t)
		l.docs = map[string]graphkit.Lookup{}
		l.hist = map[*npm.Packument]*history{}
		runtime.AddCleanup(t, func(l *loader) {
			l.mu.Lock()
			if l.key.Value() == nil {
				l.docs, l.hist = nil, nil
			}
			l.mu.Unlock()
		}, l)
	}
	var missing []string
	for _, n := range names {
		if _, ok := l.docs[n]; !ok {
			missing = append(missing, n)
		}
	}
	for n, lk := range graphkit.FetchAll(ctx, missing, fetchLimit, t.Packument) {
		if lk.Err != nil && (errors.Is(lk.Err, context.Canceled) || errors.Is(lk.Err, context.DeadlineExceeded)) {
			continue // not an answer: a later rule may ask again
		}
		l.docs[n] = lk
	}
	out := make(map[string]graphkit.Lookup, len(names))
	for _, n := range names {
		out[n] = l.docs[n]
	}
	return out
}

// fetchLimit bounds concurrent registry lookups per rule.
const fetchLimit = 8

// Skip reasons shared by the rules.
const (
	reasonNoDoc      = "no registry document"
	reasonNoVersion  = "version not in the registry document"
	reasonNoTime     = "registry document has no trustworthy publish times (abbreviated, or a mirror's time without created/modified)"
	reasonNoNpmUser  = "registry document has no _npmUser (abbreviated or mirror-stripped)"
	reasonNoPrevious = "no earlier version to compare with"
)

// ver is one version of a package's history.
type ver struct {
	raw string
	v   npm.Version
	pv  *npm.PackumentVersion
	t   time.Time // zero when the document has no time for it
}

// history is a package's registry document, indexed.
type history struct {
	doc *npm.Packument
	// bySemver holds the published versions in semver order, lowest first.
	bySemver []*ver
	idx      map[string]*ver
	// hasTime: the document carries trustworthy per-version publish
	// times.
	hasTime bool
	// hasUser: some version carries _npmUser.
	hasUser bool
}

func newHistory(doc *npm.Packument) *history {
	h := &history{doc: doc, idx: map[string]*ver{}}
	// The registry's full packument always has time.created and
	// time.modified; a mirror that rewrites "time" with its own copy dates
	// (and drops those two) gives no usable publish history.
	trusted := doc.Time["created"] != "" || doc.Time["modified"] != ""
	for raw, pv := range doc.Versions {
		v, err := npm.ParseVersion(raw)
		if err != nil || pv == nil {
			continue
		}
		e := &ver{raw: raw, v: v, pv: pv}
		if trusted {
			e.t = parseTime(doc.Time[raw])
		}
		if !e.t.IsZero() {
			h.hasTime = true
		}
		if pv.NpmUser.Name != "" || pv.NpmUser.Email != "" {
			h.hasUser = true
		}
		h.bySemver = append(h.bySemver, e)
		h.idx[raw] = e
	}
	sort.Slice(h.bySemver, func(i, j int) bool {
		if c := npm.CompareVersions(h.bySemver[i].v, h.bySemver[j].v); c != 0 {
			return c < 0
		}
		return h.bySemver[i].raw < h.bySemver[j].raw
	})
	return h
}

func parseTime(s string) time.Time {
	if s == "" {
		return time.Time{}
	}
	t, err := time.Parse(time.RFC3339Nano, s)
	if err != nil {
		return time.Time{}
	}
	return t.UTC()
}

// previous returns the version just below e in semver order; a release is
// compared with releases (prereleases are skipped unless e is one).
func (h *history) previous(e *ver) *ver {
	i := slices.Index(h.bySemver, e)
	for j := i - 1; j >= 0; j-- {
		p := h.bySemver[j]
		if p.v.IsPrerelease() && !e.v.IsPrerelease() {
			continue
		}
		return p
	}
	return nil
}

// earlier returns the versions published before e: by publish time when
// the document has times, else the versions lower in semver order.
func (h *history) earlier(e *ver) []*ver {
	var out []*ver
	for _, o := range h.bySemver {
		if o == e {
			continue
		}
		if h.hasTime && !e.t.IsZero() {
			if !o.t.IsZero() && o.t.Before(e.t) {
				out = append(out, o)
			}
			continue
		}
		if npm.CompareVersions(o.v, e.v) < 0 {
			out = append(out, o)
		}
	}
	sort.SliceStable(out, func(i, j int) bool {
		if !out[i].t.Equal(out[j].t) {
			return out[i].t.Before(out[j].t)
		}
		return npm.CompareVersions(out[i].v, out[j].v) < 0
	})
	return out
}

// item is one locked name@version and the nodes that install it.
type item struct {
	name, version string
	nodes         []*depgraph.Node
}

// items lists the registry packages of the graph, one per name@version,
// in a stable order. Local code is never looked up.
func items(t *analyze.GraphTarget) []*item {
	if t.Graph == nil {
		return nil
	}
	h := graphkit.NewHosts(t)
	byKey := map[string]*item{}
	var out []*item
	for _, n := range t.Graph.Nodes {
		if graphkit.IsLocalNode(t.Graph, n) || n.Flags.Has(depgraph.Bundled) {
			continue
		}
		v, ok := graphkit.RegistryVersion(h, n)
		if !ok {
			continue
		}
		k := n.Name + "@" + v
		it := byKey[k]
		if it == nil {
			it = &item{name: n.Name, version: v}
			byKey[k] = it
			out = append(out, it)
		}
		it.nodes = append(it.nodes, n)
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].name != out[j].name {
			return out[i].name < out[j].name
		}
		return out[i].version < out[j].version
	})
	return out
}

// verdict is what a check says about one locked version: instances to
// report, or a reason it could not check.
type verdict struct {
	found []analyze.Instance
	skip  string
}

func skip(reason string) verdict { return verdict{skip: reason} }

// checkFn inspects one locked version e of a package with history h. e is
// nil when the version is not in the document.
type checkFn func(t *analyze.GraphTarget, it *item, h *history, e *ver) verdict

// run drives a release rule: it fetches the documents, runs fn per locked
// version and records what it could not check.
func run(ctx context.Context, l *loader, t *analyze.GraphTarget, rep analyze.GraphReporter, needVersion bool, fn checkFn) error {
	its := items(t)
	if len(its) == 0 {
		return nil
	}
	file := ""
	if t.Graph != nil {
		file = graphkit.RelPath(t, t.Graph.Path)
	}
	if t.Packument == nil {
		rep.ReportNode(-1, analyze.Instance{
			File:       file,
			Message:    fmt.Sprintf("release history not checked for %d packages: no registry available", len(its)),
			Severity:   finding.SeverityInfo,
			Confidence: finding.ConfidenceHigh,
		})
		return nil
	}
	var names []string
	seen := map[string]bool{}
	for _, it := range its {
		if !seen[it.name] {
			seen[it.name] = true
			names = append(names, it.name)
		}
	}
	docs := l.fetch(ctx, t, names)
	if err := ctx.Err(); err != nil {
		return err
	}
	hist := map[string]*history{}
	skipped := map[string][]string{}
	for _, it := range its {
		lk := docs[it.name]
		key := it.name + "@" + it.version
		if lk.Err != nil || lk.Doc == nil {
			reason := reasonNoDoc
			if lk.Err != nil {
				reason = "registry lookup failed: " + graphkit.Clip(lk.Err.Error(), 120)
			}
			skipped[reason] = append(skipped[reason], key)
			continue
		}
		h := hist[it.name]
		if h == nil {
			h = l.history(lk.Doc)
			hist[it.name] = h
		}
		e := h.idx[it.version]
		if e == nil {
			if v, err := npm.ParseVersion(it.version); err == nil {
				// a lockfile may spell the version differently ("v1.0.0")
				e = h.idx[v.String()]
			}
		}
		if e == nil && needVersion {
			skipped[reasonNoVersion] = append(skipped[reasonNoVersion], key)
			continue
		}
		res := fn(t, it, h, e)
		if res.skip != "" {
			skipped[res.skip] = append(skipped[res.skip], key)
			continue
		}
		for _, in := range res.found {
			for _, n := range it.nodes {
				graphkit.Report(t, rep, n, in)
			}
		}
	}
	if len(skipped) > 0 {
		reportSkipped(rep, file, skipped, len(its))
	}
	return nil
}

// reportSkipped records one informational project finding: which packages
// the rule could not check, grouped by reason.
func reportSkipped(rep analyze.GraphReporter, file string, skipped map[string][]string, total int) {
	reasons := make([]string, 0, len(skipped))
	n := 0
	for k, v := range skipped {
		reasons = append(reasons, k)
		n += len(v)
	}
	sort.Strings(reasons)
	var ev []finding.Evidence
	for _, k := range reasons {
		v := skipped[k]
		slices.Sort(v)
		more := ""
		if len(v) > 10 {
			more = fmt.Sprintf(" and %d more", len(v)-10)
			v = v[:10]
		}
		ev = append(ev, graphkit.Snip(strings.Join(v, ", ")+more, k))
	}
	rep.ReportNode(-1, analyze.Instance{
		File:       file,
		Message:    fmt.Sprintf("release history not checked for %d of %d packages", n, total),
		Evidence:   ev,
		Severity:   finding.SeverityInfo,
		Confidence: finding.ConfidenceHigh,
	})
}

// who renders a person for evidence.
func who(p npm.Person) string {
	switch {
	case p.Name != "" && p.Email != "":
		return p.Name + " <" + p.Email + ">"
	case p.Name != "":
		return p.Name
	}
	return "<" + p.Email + ">"
}

// same reports whether two persons are one account (names are unique on
// the registry; fall back to the email).
func same(a, b npm.Person) bool {
	if a.Name != "" && b.Name != "" {
		return strings.EqualFold(a.Name, b.Name)
	}
	return a.Email != "" && strings.EqualFold(a.Email, b.Email)
}

func hasPerson(l []npm.Person, p npm.Person) bool {
	for _, q := range l {
		if same(q, p) {
			return true
		}
	}
	return false
}

func day(t time.Time) string {
	if t.IsZero() {
		return "unknown date"
	}
	return t.Format("2006-01-02")
}

// ago renders a duration in the largest sensible unit.
func ago(d time.Duration) string {
	switch {
	case d < 0:
		return "in the future"
	case d < 2*time.Hour:
		return fmt.Sprintf("%d minutes", int(d.Minutes()))
	case d < 72*time.Hour:
		return fmt.Sprintf("%d hours", int(d.Hours()))
	case d < 60*24*time.Hour:
		return fmt.Sprintf("%d days", int(d.Hours()/24))
	case d < 730*24*time.Hour:
		return fmt.Sprintf("%d months", int(d.Hours()/24/30))
	}
	return fmt.Sprintf("%.1f years", d.Hours()/24/365)
}

// bumpKind says which part of the version changed from p to e: "major",
// "minor", "patch" or "prerelease".
func bumpKind(p, e npm.Version) string {
	ps, es := strings.SplitN(p.String(), ".", 3), strings.SplitN(e.String(), ".", 3)
	if len(ps) < 3 || len(es) < 3 {
		return "major"
	}
	switch {
	case ps[0] != es[0]:
		return "major"
	case ps[1] != es[1]:
		return "minor"
	}
	pp, _, _ := strings.Cut(ps[2], "-")
	ep, _, _ := strings.Cut(es[2], "-")
	if pp != ep {
		return "patch"
	}
	return "prerelease"
}

// line is a version's release line: its major, or "0.minor" for 0.x.
func line(v npm.Version) string {
	parts := strings.SplitN(v.String(), ".", 3)
	if len(parts) < 2 {
		return v.String()
	}
	if parts[0] == "0" {
		return "0." + parts[1]
	}
	return parts[0]
}

// trustedPublisher reports whether p is the registry's OIDC trusted
// publishing identity, which replaces personal accounts when a project
// moves publishing to CI.
func trustedPublisher(p npm.Person) bool {
	n := strings.ToLower(p.Name)
	return strings.Contains(n, "github actions") || strings.Contains(n, "gitlab ci") || strings.HasPrefix(strings.ToLower(p.Email), "npm-oidc-no-reply@")
}

// hasProvenance reports whether a version carries a provenance attestation.
func hasProvenance(pv *npm.PackumentVersion) bool {
	return pv.Dist.AttestationsURL != "" || pv.Dist.ProvenancePredicateType != ""
}
