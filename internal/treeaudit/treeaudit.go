// Package treeaudit ranks the weak points of a project's dependency tree,
// the packages a person should look at first: pulled in 4+ levels deep,
// maintained by a single account (worse with an install script or many
// dependents in the tree), unmaintained (no release in two years),
// trivial (a few lines the project could own) and deprecated. For every
// direct dependency it works out how many weak points would go away if it
// were replaced, so a deep chain points at the one dependency to act on.
//
// It reads the lockfile graph and, through optional functions, registry
// documents and tarball statistics; without them the checks that need them
// are skipped and the report says so.
package treeaudit

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"sort"
	"strings"
	"sync"
	"time"

	"golang.org/x/sync/errgroup"

	"github.com/depfence/depfence/internal/depgraph"
	"github.com/depfence/depfence/internal/npm"
)

// Kind is a kind of weak point.
type Kind string

// Kinds of weak points.
const (
	Deep             Kind = "deep"
	SingleMaintainer Kind = "single-maintainer"
	Unmaintained     Kind = "unmaintained"
	Trivial          Kind = "trivial"
	Deprecated       Kind = "deprecated"
)

// Kinds lists every kind in report order.
var Kinds = []Kind{Deprecated, SingleMaintainer, Unmaintained, Trivial, Deep}

// FileStats is what the trivial-package check needs from a tarball.
type FileStats struct {
	Files     int   // regular files
	CodeFiles int   // JavaScript/TypeScript files outside tests and docs
	CodeLines int   // non-blank lines in those files
	CodeBytes int64 // bytes in those files
}

// Options configure an audit. Every function is optional.
type Options struct {
	// Packument returns a package's registry document; the full packument
	// (with "time" and "maintainers") enables the maintainer and
	// maintenance checks, an abbreviated one only the deprecation check.
	Packument func(ctx context.Context, name string) (*npm.Packument, error)
	// Stats returns the file statistics of a node's tarball (trivial check).
	Stats func(ctx context.Context, n *depgraph.Node) (*FileStats, error)
	// Keep filters nodes (--prod, --dev, platform); nil keeps all.
	Keep func(*depgraph.Node) bool
	// Now is the clock reading for the maintenance check.
	Now time.Time
	// DeepLevel is the depth from which a package counts as deep
	// (default 4: a dependency of a dependency of a dependency's
	// dependency).
	DeepLevel int
	// UnmaintainedAfter is how long without a release makes a package
	// unmaintained (default two years).
	UnmaintainedAfter time.Duration
	// TrivialLines is the most non-blank code lines of a trivial package
	// (default 25).
	TrivialLines int
	// ManyDependents is the number of dependents in the tree that makes a
	// single-maintainer package weigh more (default 5).
	ManyDependents int
	// Workers bounds concurrent lookups (default 8).
	Workers int
}

func (o *Options) defaults() {
	if o.DeepLevel <= 0 {
		o.DeepLevel = 4
	}
	if o.UnmaintainedAfter <= 0 {
		o.UnmaintainedAfter = 2 * 365 * 24 * time.Hour
	}
	if o.TrivialLines <= 0 {
		o.TrivialLines = 25
	}
	if o.ManyDependents <= 0 {
		o.ManyDependents = 5
	}
	if o.Workers <= 0 {
		o.Workers = 8
	}
}

// Reason is one weak-point kind found in a package, with its weight.
type Reason struct {
	Kind   Kind   `json:"kind"`
	Weight int    `json:"weight"`
	Detail string `json:"detail"`
}

// WeakPoint is one package to look at.
type WeakPoint struct {
	Name    string `json:"name"`
	Version string `json:"version"`
	// Score is the sum of the reasons' weights; the list is sorted by it.
	Score   int      `json:"score"`
	Reasons []Reason `json:"reasons"`
	// Depth is the length of the shortest chain from the project (1 =
	// direct dependency).
	Depth int `json:"depth"`
	// Dependents counts the packages in the tree that depend on it.
	Dependents int `json:"dependents"`
	// Chain is the shortest chain from the project, direct dependency
	// first.
	Chain []string `json:"chain"`
	// Via names the direct dependencies whose replacement removes this
	// package from the tree (empty when several direct dependencies pull
	// it in independently, or it is one itself).
	Via []string `json:"via,omitempty"`
	// InstallScript: the package runs a script at install.
	InstallScript bool `json:"installScript,omitempty"`

	id depgraph.NodeID
}

// Replacement is what replacing one direct dependency would remove.
type Replacement struct {
	Name    string `json:"name"`
	Version string `json:"version"`
	// WeakPoints and Score count the weak points that would leave the
	// tree (the dependency itself included); Packages counts every
	// package that would leave it.
	WeakPoints int `json:"weakPoints"`
	Score      int `json:"score"`
	Packages   int `json:"packages"`
	// Examples names the heaviest weak points it would remove.
	Examples []string `json:"examples,omitempty"`
}

// Note says what the audit could not check.
type Note struct {
	Check    string   `json:"check"`
	Reason   string   `json:"reason"`
	Count    int      `json:"count"`
	Packages []string `json:"packages,omitempty"` // up to 10 examples
}

// Report is the audit's outcome.
type Report struct {
	Packages   int             `json:"packages"`
	Direct     int             `json:"direct"`
	MaxDepth   int             `json:"maxDepth"`
	Counts     map[Kind]int    `json:"counts"`
	WeakPoints []WeakPoint     `json:"weakPoints"`
	Replace    []Replacement   `json:"replace"`
	NotChecked []Note          `json:"notChecked,omitempty"`
	Thresholds ReportThreshold `json:"thresholds"`
}

// ReportThreshold records the thresholds the audit used.
type ReportThreshold struct {
	DeepLevel         int    `json:"deepLevel"`
	UnmaintainedAfter string `json:"unmaintainedAfter"`
	TrivialLines      int    `json:"trivialLines"`
}

// Weights of the kinds.
const (
	wDeprecated   = 4
	wSingle       = 2
	wSingleScript = 3 // extra when it runs an install script
	wSingleMany   = 2 // extra when many packages depend on it
	wUnmaintained = 2
	wTrivial      = 2
	wDeep         = 1
)

// Audit ranks the weak points of g.
func Audit(ctx context.Context, g *depgraph.Graph, o Options) (*Report, error) {
	if g == nil {
		return nil, errors.New("treeaudit: no dependency graph")
	}
	o.defaults()
	keep := o.Keep
	if keep == nil {
		keep = func(*depgraph.Node) bool { return true }
	}
	rep := &Report{Counts: map[Kind]int{}, WeakPoints: []WeakPoint{}, Replace: []Replacement{},
		Thresholds: ReportThreshold{DeepLevel: o.DeepLevel, UnmaintainedAfter: o.UnmaintainedAfter.String(), TrivialLines: o.TrivialLines}}

	// The packages audited: installed, kept, not the project's own code.
	var nodes []*depgraph.Node
	depth := map[depgraph.NodeID]int{}
	for _, n := range g.Nodes {
		if g.IsRoot(n.ID) || n.IsLocal() || !keep(n) {
			continue
		}
		p, ok := g.ShortestPath(n.ID)
		if !ok {
			continue
		}
		nodes = append(nodes, n)
		depth[n.ID] = len(p)
		rep.MaxDepth = max(rep.MaxDepth, len(p))
	}
	rep.Packages = len(nodes)
	direct := directDeps(g, keep)
	rep.Direct = len(direct)

	docs, notes := lookups(ctx, nodes, o)
	rep.NotChecked = notes
	if err := ctx.Err(); err != nil {
		return nil, err
	}

	var wps []WeakPoint
	for _, n := range nodes {
		wp := WeakPoint{Name: n.Name, Version: n.Version, Depth: depth[n.ID], Dependents: dependents(g, n.ID),
			InstallScript: n.HasInstallScript, id: n.ID}
		d := docs.doc[n.Name]
		var pv *npm.PackumentVersion
		if d != nil {
			pv = d.Versions[n.Version]
			if pv != nil && len(installScripts(pv)) > 0 {
				wp.InstallScript = true
			}
		}
		if pv != nil {
			if msg, ok := deprecation(pv.Deprecated); ok {
				wp.Reasons = append(wp.Reasons, Reason{Deprecated, wDeprecated, "deprecated: " + clip(msg, 160)})
			}
		}
		if d != nil && len(d.Maintainers) == 1 {
			w, why := wSingle, "one maintainer: "+d.Maintainers[0].Name
			if wp.InstallScript {
				w += wSingleScript
				why += "; runs an install script"
			}
			if wp.Dependents >= o.ManyDependents {
				w += wSingleMany
				why += fmt.Sprintf("; %d packages in the tree depend on it", wp.Dependents)
			}
			wp.Reasons = append(wp.Reasons, Reason{SingleMaintainer, w, why})
		}
		if d != nil && !o.Now.IsZero() {
			if last, ok := lastRelease(d); ok && o.Now.Sub(last) >= o.UnmaintainedAfter {
				wp.Reasons = append(wp.Reasons, Reason{Unmaintained, wUnmaintained,
					fmt.Sprintf("no release since %s (%.1f years)", last.Format("2006-01-02"), o.Now.Sub(last).Hours()/24/365)})
			}
		}
		if st := docs.stats[n.ID]; st != nil && st.CodeFiles > 0 && st.CodeLines <= o.TrivialLines {
			wp.Reasons = append(wp.Reasons, Reason{Trivial, wTrivial,
				fmt.Sprintf("%d line%s of code in %d file%s: small enough to own", st.CodeLines, plural(st.CodeLines), st.CodeFiles, plural(st.CodeFiles))})
		}
		if wp.Depth >= o.DeepLevel {
			wp.Reasons = append(wp.Reasons, Reason{Deep, wDeep, fmt.Sprintf("pulled in %d levels deep", wp.Depth)})
		}
		if len(wp.Reasons) == 0 {
			continue
		}
		for _, r := range wp.Reasons {
			wp.Score += r.Weight
			rep.Counts[r.Kind]++
		}
		wp.Chain = chain(g, n.ID)
		wps = append(wps, wp)
	}

	// What replacing each direct dependency removes.
	weak := map[depgraph.NodeID]*WeakPoint{}
	for i := range wps {
		weak[wps[i].id] = &wps[i]
	}
	adj := newAdjacency(g, keep)
	full := slices.Clone(adj.reach(-1))
	for _, d := range direct {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		without := adj.reach(d)
		r := Replacement{Name: g.Node(d).Name, Version: g.Node(d).Version}
		var dropped []*WeakPoint
		for _, n := range nodes {
			if full[n.ID] && !without[n.ID] {
				r.Packages++
				if wp := weak[n.ID]; wp != nil {
					r.WeakPoints++
					r.Score += wp.Score
					dropped = append(dropped, wp)
					if n.ID != d {
						wp.Via = append(wp.Via, r.Name)
					}
				}
			}
		}
		if r.WeakPoints == 0 {
			continue
		}
		sort.SliceStable(dropped, func(i, j int) bool { return dropped[i].Score > dropped[j].Score })
		for i, wp := range dropped {
			if i == 3 {
				break
			}
			r.Examples = append(r.Examples, wp.Name+"@"+wp.Version)
		}
		rep.Replace = append(rep.Replace, r)
	}
	sort.SliceStable(rep.Replace, func(i, j int) bool {
		a, b := rep.Replace[i], rep.Replace[j]
		if a.Score != b.Score {
			return a.Score > b.Score
		}
		if a.WeakPoints != b.WeakPoints {
			return a.WeakPoints > b.WeakPoints
		}
		return a.Name < b.Name
	})
	sort.SliceStable(wps, func(i, j int) bool {
		a, b := wps[i], wps[j]
		if a.Score != b.Score {
			return a.Score > b.Score
		}
		if a.Dependents != b.Dependents {
			return a.Dependents > b.Dependents
		}
		if a.Name != b.Name {
			return a.Name < b.Name
		}
		return a.Version < b.Version
	})
	for i := range wps {
		slices.Sort(wps[i].Via)
	}
	if wps != nil {
		rep.WeakPoints = wps
	}
	return rep, nil
}

// directDeps returns the nodes roots depend on directly (not roots and
// not local code themselves), in node order.
func directDeps(g *depgraph.Graph, keep func(*depgraph.Node) bool) []depgraph.NodeID {
	seen := map[depgraph.NodeID]bool{}
	var out []depgraph.NodeID
	for _, r := range g.Roots {
		for _, e := range g.Out(r) {
			n := g.Node(e.To)
			if seen[e.To] || g.IsRoot(e.To) || n.IsLocal() || !keep(n) {
				continue
			}
			seen[e.To] = true
			out = append(out, e.To)
		}
	}
	slices.Sort(out)
	return out
}

// adjacency is the graph's kept edges, built once for repeated walks.
type adjacency struct {
	g     *depgraph.Graph
	out   [][]depgraph.NodeID
	seen  []bool
	queue []depgraph.NodeID
}

func newAdjacency(g *depgraph.Graph, keep func(*depgraph.Node) bool) *adjacency {
	a := &adjacency{g: g, out: make([][]depgraph.NodeID, len(g.Nodes)), seen: make([]bool, len(g.Nodes))}
	for _, e := range g.Edges {
		if int(e.From) < len(g.Nodes) && int(e.To) < len(g.Nodes) && keep(g.Node(e.To)) {
			a.out[e.From] = append(a.out[e.From], e.To)
		}
	}
	return a
}

// reach returns the nodes reachable from the roots without the edges from
// roots and local code into cut (-1 cuts nothing). The slice is reused by
// the next call.
func (a *adjacency) reach(cut depgraph.NodeID) []bool {
	clear(a.seen)
	a.queue = a.queue[:0]
	for _, r := range a.g.Roots {
		a.seen[r] = true
		a.queue = append(a.queue, r)
	}
	for i := 0; i < len(a.queue); i++ {
		id := a.queue[i]
		from := a.g.Node(id)
		for _, to := range a.out[id] {
			if a.seen[to] {
				continue
			}
			if to == cut && (a.g.IsRoot(id) || from.IsLocal()) {
				continue
			}
			a.seen[to] = true
			a.queue = append(a.queue, to)
		}
	}
	return a.seen
}

func dependents(g *depgraph.Graph, id depgraph.NodeID) int {
	seen := map[depgraph.NodeID]bool{}
	for _, e := range g.In(id) {
		if !g.IsRoot(e.From) {
			seen[e.From] = true
		}
	}
	return len(seen)
}

// chain renders the shortest chain from the project to id.
func chain(g *depgraph.Graph, id depgraph.NodeID) []string {
	p, ok := g.ShortestPath(id)
	if !ok {
		return nil
	}
	out := make([]string, 0, len(p))
	for _, e := range p {
		out = append(out, g.Node(e.To).String())
	}
	return out
}

// found is what the lookups produced.
type found struct {
	doc   map[string]*npm.Packument
	stats map[depgraph.NodeID]*FileStats
}

// lookups fetches registry documents and tarball statistics, and notes
// what it could not get.
func lookups(ctx context.Context, nodes []*depgraph.Node, o Options) (found, []Note) {
	f := found{doc: map[string]*npm.Packument{}, stats: map[depgraph.NodeID]*FileStats{}}
	var notes []Note
	var registryNodes []*depgraph.Node
	for _, n := range nodes {
		if n.Source.Kind == depgraph.SourceRegistry {
			registryNodes = append(registryNodes, n)
		}
	}
	keyOf := func(n *depgraph.Node) string { return n.Name + "@" + n.Version }
	if o.Packument == nil {
		if len(registryNodes) > 0 {
			notes = append(notes, note("maintainers, maintenance, deprecation", "no registry available", keys(registryNodes, keyOf)))
		}
	} else {
		var names []string
		seen := map[string]bool{}
		for _, n := range registryNodes {
			if !seen[n.Name] {
				seen[n.Name] = true
				names = append(names, n.Name)
			}
		}
		var mu sync.Mutex
		failed := map[string]string{}
		firstErr := ""
		g, gctx := errgroup.WithContext(ctx)
		g.SetLimit(o.Workers)
		for _, name := range names {
			g.Go(func() error {
				if gctx.Err() != nil {
					return nil
				}
				d, err := o.Packument(gctx, name)
				mu.Lock()
				defer mu.Unlock()
				switch {
				case err != nil:
					failed[name] = "registry lookup failed"
					if firstErr == "" || name < firstErr[:strings.IndexByte(firstErr, 0)] {
						firstErr = name + "\x00" + err.Error()
					}
				case d == nil:
					failed[name] = "no registry document"
				default:
					f.doc[name] = d
				}
				return nil
			})
		}
		_ = g.Wait()
		byReason := map[string][]string{}
		var noMaint, noTime []string
		for _, n := range registryNodes {
			if why, bad := failed[n.Name]; bad {
				byReason[why] = append(byReason[why], keyOf(n))
				continue
			}
			d := f.doc[n.Name]
			if d == nil {
				continue
			}
			if len(d.Maintainers) == 0 {
				noMaint = append(noMaint, keyOf(n))
			}
			if _, ok := lastRelease(d); !ok {
				noTime = append(noTime, keyOf(n))
			}
		}
		for _, why := range sortedKeys(byReason) {
			reason := why
			if why == "registry lookup failed" && firstErr != "" {
				_, e, _ := strings.Cut(firstErr, "\x00")
				reason += " (e.g. " + clip(e, 160) + ")"
			}
			notes = append(notes, note("maintainers, maintenance, deprecation", reason, byReason[why]))
		}
		if len(noMaint) > 0 {
			notes = append(notes, note("single maintainer", "registry document has no maintainers (abbreviated or mirror-stripped)", noMaint))
		}
		if len(noTime) > 0 {
			notes = append(notes, note("unmaintained", "registry document has no trustworthy release times (abbreviated, or a mirror's time without created/modified)", noTime))
		} else if o.Now.IsZero() && len(f.doc) > 0 {
			notes = append(notes, note("unmaintained", "no clock given", keys(registryNodes, keyOf)))
		}
	}
	if o.Stats == nil {
		if len(nodes) > 0 {
			notes = append(notes, note("trivial", "tarball contents not available", keys(nodes, keyOf)))
		}
		return f, notes
	}
	var mu sync.Mutex
	var missing []string
	firstStatErr, firstStatKey := "", ""
	g, gctx := errgroup.WithContext(ctx)
	g.SetLimit(o.Workers)
	for _, n := range nodes {
		g.Go(func() error {
			if gctx.Err() != nil {
				return nil
			}
			st, err := o.Stats(gctx, n)
			mu.Lock()
			defer mu.Unlock()
			if err != nil || st == nil {
				missing = append(missing, keyOf(n))
				if err != nil && (firstStatKey == "" || keyOf(n) < firstStatKey) {
					firstStatKey, firstStatErr = keyOf(n), err.Error()
				}
				return nil
			}
			f.stats[n.ID] = st
			return nil
		})
	}
	_ = g.Wait()
	if len(missing) > 0 {
		reason := "tarball not available"
		if firstStatErr != "" {
			reason += " (e.g. " + clip(firstStatErr, 160) + ")"
		}
		notes = append(notes, note("trivial", reason, missing))
	}
	return f, notes
}

func keys(nodes []*depgraph.Node, keyOf func(*depgraph.Node) string) []string {
	out := make([]string, 0, len(nodes))
	for _, n := range nodes {
		out = append(out, keyOf(n))
	}
	return out
}

func note(check, reason string, pkgs []string) Note {
	pkgs = slices.Clone(pkgs)
	slices.Sort(pkgs)
	pkgs = slices.Compact(pkgs)
	n := Note{Check: check, Reason: reason, Count: len(pkgs)}
	if len(pkgs) > 10 {
		pkgs = pkgs[:10]
	}
	n.Packages = pkgs
	return n
}

// lastRelease returns the newest publish time of any version. Only the
// registry's own "time" counts: it always has created and modified, while a
// mirror that rewrites it with copy dates drops them.
func lastRelease(d *npm.Packument) (time.Time, bool) {
	var last time.Time
	if d.Time["created"] == "" && d.Time["modified"] == "" {
		return last, false
	}
	for k, v := range d.Time {
		if k == "created" || k == "modified" {
			continue
		}
		t, err := time.Parse(time.RFC3339Nano, v)
		if err == nil && t.After(last) {
			last = t
		}
	}
	return last, !last.IsZero()
}

var installHooks = []string{"preinstall", "install", "postinstall"}

func installScripts(pv *npm.PackumentVersion) []string {
	var out []string
	for _, h := range installHooks {
		if strings.TrimSpace(pv.Scripts[h]) != "" {
			out = append(out, h)
		}
	}
	if len(out) == 0 && pv.HasInstallScript {
		out = append(out, "install")
	}
	return out
}

func deprecation(raw json.RawMessage) (string, bool) {
	if len(raw) == 0 {
		return "", false
	}
	if string(raw) == "true" {
		return "(no message)", true
	}
	var s string
	if json.Unmarshal(raw, &s) != nil || strings.TrimSpace(s) == "" {
		return "", false
	}
	return s, true
}

func sortedKeys[V any](m map[string]V) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	slices.Sort(out)
	return out
}

func clip(s string, n int) string {
	if len(s) <= n {
		return s
	}
	i := n
	for i > 0 && s[i]&0xC0 == 0x80 {
		i--
	}
	return s[:i] + "…"
}

func plural(n int) string {
	if n == 1 {
		return ""
	}
	return "s"
}
