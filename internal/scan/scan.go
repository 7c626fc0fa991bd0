package scan

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"slices"
	"strings"

	"time"

	"golang.org/x/sync/errgroup"
	"golang.org/x/sync/semaphore"

	"github.com/depfence/depfence/internal/analyze"
	"github.com/depfence/depfence/internal/depgraph"
	"github.com/depfence/depfence/internal/finding"
	"github.com/depfence/depfence/internal/lockfile/formats"
	"github.com/depfence/depfence/internal/policy"
	"github.com/depfence/depfence/internal/report"
	"github.com/depfence/depfence/internal/treeaudit"
)

// Progress receives pipeline progress (for a progress bar on stderr).
type Progress interface {
	Start(total int)
	Add(n int)
	Finish()
}

// Options configure one scan. Flags map onto it one to one.
type Options struct {
	// Dir is the project directory; Lockfile overrides detection.
	Dir, Lockfile string
	Prod, Dev     bool
	// Platform restricts the scan to packages that install there; its
	// empty fields mean every value (a teammate on another OS installs the
	// others).
	Platform depgraph.Platform
	// Filter, when set, further restricts which packages are fetched and
	// analysed (diff scans only what a change adds).
	Filter  func(*depgraph.Node) bool
	Fetcher *Fetcher
	Engine  *analyze.Engine
	// GraphRules are project-level rules (lockfile integrity, identity,
	// advisories, release history) fed by GraphInput.
	GraphRules []analyze.GraphRule
	GraphInput GraphInput
	// NoTreeAudit leaves the tree-audit section out (diff, check).
	NoTreeAudit bool
	// VersionDocument, when set, returns the registry's version manifest of
	// a registry package for rules that compare it with the tarball
	// (manifest confusion); nil skips them.
	VersionDocument func(ctx context.Context, name, version string) ([]byte, error)
	Policy          *policy.Policy
	// FetchWorkers bounds downloads in flight; AnalyzeWorkers bounds
	// CPU-bound analyses.
	FetchWorkers, AnalyzeWorkers int
	// AnalyzeMemory bounds the package bytes kept for analysis at once
	// (code, JSON, scripts; default 128 MiB), which bounds the scan's
	// peak memory: a package keeping more than that is analysed alone.
	AnalyzeMemory int64
	Now           func() time.Time
	Logger        *slog.Logger
	Progress      Progress
	ToolVersion   string
}

func (o *Options) validate() error {
	if o.Prod && o.Dev {
		return errors.New("--prod and --dev cannot be used together")
	}
	if o.Fetcher == nil || o.Engine == nil {
		return errors.New("scan: Fetcher and Engine are required")
	}
	if o.Policy == nil {
		o.Policy = policy.Default()
	}
	if o.FetchWorkers <= 0 {
		o.FetchWorkers = 32
	}
	if o.AnalyzeWorkers <= 0 {
		o.AnalyzeWorkers = 2
	}
	if o.AnalyzeMemory <= 0 {
		o.AnalyzeMemory = 128 << 20
	}
	if o.Now == nil {
		o.Now = time.Now
	}
	if o.Logger == nil {
		o.Logger = slog.New(slog.DiscardHandler)
	}
	return nil
}

// Graph loads the project's graph per the options.
func (o *Options) Graph(ctx context.Context) (*depgraph.Graph, error) {
	path := o.Lockfile
	if path == "" {
		var err error
		if path, err = formats.Detect(o.Dir); err != nil {
			return nil, err
		}
	}
	return formats.Load(ctx, path)
}

// Keep returns the node filter for --prod / --dev.
func (o *Options) Keep() func(*depgraph.Node) bool {
	return func(n *depgraph.Node) bool {
		if !n.MatchesPlatform(o.Platform) || (o.Filter != nil && !o.Filter(n)) {
			return false
		}
		switch {
		case o.Prod:
			return !n.Flags.Has(depgraph.Dev)
		case o.Dev:
			return n.Flags.Has(depgraph.Dev) || n.Flags.Has(depgraph.DevOptional)
		}
		return true
	}
}

// outcome is what happened to one unit.
type outcome struct {
	result *analyze.Result
	cached bool
	err    error
	stage  string
}

// Run scans the project: it reads the lockfile, fetches and analyses every
// package (through the cache), applies the policy and returns the result.
// A failure for one package is recorded in the result; Run returns an error
// only when nothing could be scanned (no lockfile, unreadable lockfile).
func Run(ctx context.Context, o Options) (*report.Result, error) {
	if err := o.validate(); err != nil {
		return nil, err
	}
	started := o.Now()
	g, err := o.Graph(ctx)
	if err != nil {
		return nil, err
	}
	res, err := o.runGraph(ctx, g, projectDir(o, g))
	if err != nil {
		return nil, err
	}
	res.StartedAt, res.FinishedAt = started, o.Now()
	return res, nil
}

// runGraph fetches, analyses and judges every package of g.
func (o *Options) runGraph(ctx context.Context, g *depgraph.Graph, dir string) (*report.Result, error) {
	units := Units(g, dir, o.Keep())
	outs := make([]outcome, len(units))
	if o.Progress != nil {
		o.Progress.Start(len(units))
	}
	// Project-level rules need only the graph: run them alongside.
	type graphOut struct {
		fs    []graphFinding
		metas []analyze.Meta
		errs  []error
	}
	graphDone := make(chan graphOut, 1)
	go func() {
		fs, metas, errs := o.runGraphRules(ctx, g, dir)
		graphDone <- graphOut{fs, metas, errs}
	}()
	gate := &analysisGate{cpu: semaphore.NewWeighted(int64(o.AnalyzeWorkers)), mem: semaphore.NewWeighted(o.AnalyzeMemory), memCap: o.AnalyzeMemory,
		wait: semaphore.NewWeighted(waitingBytes)}
	eg, ectx := errgroup.WithContext(ctx)
	eg.SetLimit(o.FetchWorkers)
	for i, u := range units {
		if u.Skip != "" {
			if o.Progress != nil {
				o.Progress.Add(1)
			}
			continue
		}
		eg.Go(func() error {
			outs[i] = o.scanUnit(ectx, u, gate)
			if o.Progress != nil {
				o.Progress.Add(1)
			}
			return nil
		})
	}
	_ = eg.Wait()
	gr := <-graphDone
	if o.Progress != nil {
		o.Progress.Finish()
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	gfs, gmetas, gerrs := gr.fs, gr.metas, gr.errs
	res := o.assemble(g, units, outs, gfs, gmetas, gerrs)
	res.TreeAudit = o.treeAudit(ctx, g)
	return res, nil
}

func projectDir(o Options, g *depgraph.Graph) string {
	if o.Lockfile != "" || o.Dir == "" {
		return dirOf(g.Path)
	}
	return o.Dir
}

// resultKey is the analysis cache key: tarball digest + engine fingerprint
// (+ a digest of the registry manifest when rules compare with it).
func resultKey(u *Unit, e *analyze.Engine, doc []byte) (string, bool) {
	h, ok := u.Integrity.Strongest()
	if !ok {
		return "", false
	}
	k := "analysis/" + h.Algorithm.String() + "-" + hex.EncodeToString(h.Digest) + "/" + e.Fingerprint()
	if doc != nil {
		d := sha256.Sum256(doc)
		k += "/manifest-" + hex.EncodeToString(d[:8])
	}
	return k, true
}

func (o *Options) scanUnit(ctx context.Context, u *Unit, gate *analysisGate) outcome {
	log := o.Logger.With("package", u.Key())
	var doc []byte
	if o.VersionDocument != nil && u.Kind == depgraph.SourceRegistry {
		d, err := o.VersionDocument(ctx, u.Name, u.Version)
		if err != nil {
			log.Debug("no registry manifest", "err", err)
		} else {
			doc = d
		}
	}
	cacheStore := o.Fetcher.Cache
	// Lockfiles without integrity: the digest recorded at the last fetch
	// keys the cached analysis, so a warm re-scan does no work.
	o.Fetcher.KnownIntegrity(u)
	if cacheStore != nil {
		if key, ok := resultKey(u, o.Engine, doc); ok {
			if b, err := cacheStore.Result(key); err == nil {
				var r analyze.Result
				if json.Unmarshal(b, &r) == nil {
					return outcome{result: &r, cached: true}
				}
			}
		}
	}
	fe, err := o.Fetcher.Fetch(ctx, u)
	if err != nil {
		return outcome{err: err, stage: "fetch"}
	}
	if !fe.Integrity.IsZero() && u.Integrity.IsZero() {
		u.Integrity = fe.Integrity
	}
	// Downloads run ahead of analysis. What waits for its turn is held in
	// memory up to the gate's waiting budget; past it a tarball is dropped
	// and read back from the cache when admitted, so a scan that downloads
	// faster than it analyses does not pile tarballs up in memory.
	held, reload := int64(len(fe.Data)), false
	if held > 0 && !gate.wait.TryAcquire(held) {
		if o.Fetcher.Cache != nil && !u.Integrity.IsZero() {
			fe.Data, reload = nil, true
		}
		held = 0
	}
	err = gate.cpu.Acquire(ctx, 1)
	if held > 0 {
		gate.wait.Release(held)
	}
	if err != nil {
		return outcome{err: err, stage: "analyze"}
	}
	defer gate.cpu.Release(1)
	if reload {
		if fe, err = o.Fetcher.Fetch(ctx, u); err != nil {
			return outcome{err: err, stage: "fetch"}
		}
	}
	fsys, err := openForAnalysis(ctx, fe)
	if err != nil {
		return outcome{err: fmt.Errorf("read tarball: %w", err), stage: "archive"}
	}
	// Memory is admitted by what the archive keeps (code, JSON, scripts),
	// known once it is read: a platform binary package is large on disk
	// and small here, and must not hold up everything else.
	release, err := gate.admit(ctx, fsys.KeptBytes())
	if err != nil {
		return outcome{err: err, stage: "analyze"}
	}
	defer release()
	log.Debug("analysing", "files", len(fsys.Files()), "bytes", fsys.TotalBytes())
	t := analyze.NewTarget(fsys, analyze.DefaultLimits())
	t.Package = finding.Package{Name: u.Name, Version: u.Version}
	t.Packument = doc
	r, err := o.Engine.Run(ctx, t)
	if err != nil {
		return outcome{err: err, stage: "analyze"}
	}
	if cacheStore != nil && !r.Incomplete {
		if key, ok := resultKey(u, o.Engine, doc); ok {
			if b, err := json.Marshal(r); err == nil {
				if err := cacheStore.PutResult(key, b); err != nil {
					log.Warn("cache write failed", "err", err)
				}
			}
		}
	}
	return outcome{result: r}
}

func dirOf(p string) string {
	if i := strings.LastIndexAny(p, `/\`); i >= 0 {
		return p[:i]
	}
	return "."
}

// assemble turns the outcomes into the canonical result and applies policy.
func (o *Options) assemble(g *depgraph.Graph, units []*Unit, outs []outcome, gfs []graphFinding, gmetas []analyze.Meta, gerrs []error) *report.Result {
	res := &report.Result{
		SchemaVersion: report.SchemaVersion,
		Tool:          report.Tool{Name: "depfence", Version: o.ToolVersion},
		Project: report.Project{Dir: o.Dir, Lockfile: g.Path, LockfileFormat: g.Format,
			Registry: o.GraphInput.Registry, PublicRegistryHosts: o.GraphInput.PublicHosts},
		Packages: []report.Package{},
		Findings: []report.Finding{},
		Rules:    []report.Rule{},
		Errors:   []report.Error{},
		Summary:  report.Summary{Findings: map[string]int{}, Verdicts: map[string]int{}},
		Policy:   report.Policy{File: o.Policy.Path, FailOn: o.Policy.FailOn},
	}
	for _, r := range g.Roots[min(1, len(g.Roots)):] {
		res.Project.Workspaces = append(res.Project.Workspaces, g.Node(r).Source.Path)
	}
	metas := map[finding.RuleID]analyze.Meta{}
	for _, r := range o.Engine.Rules() {
		metas[r.Meta().ID] = r.Meta()
	}
	for _, m := range gmetas {
		metas[m.ID] = m
	}
	usedRules := map[finding.RuleID]bool{}
	eval := policy.NewEvaluator(o.Policy, o.Now())
	// add records one finding with its policy decision.
	add := func(f finding.Finding, pkg *report.Package, adv *report.Advisory) policy.DecisionKind {
		if f.Fingerprint == "" {
			f.Fingerprint = f.ComputeFingerprint()
		}
		d := eval.Decide(&f)
		f.Severity = d.Severity
		rf := report.Finding{Finding: f, Advisory: adv}
		if pkg != nil {
			rf.Path, rf.Workspaces, rf.LockfileLine = pkg.Path, pkg.Workspaces, pkg.LockfileLine
		}
		if m, ok := metas[f.Rule]; ok {
			rf.Title, rf.Remediation = m.Title, m.Remediation
			usedRules[f.Rule] = true
		}
		switch d.Kind {
		case policy.Fail:
			rf.Decision = report.DecisionFail
		case policy.Warn:
			rf.Decision = report.DecisionWarn
		case policy.Accepted:
			rf.Decision = report.DecisionAccepted
		case policy.Expired:
			rf.Decision = report.DecisionExpired
		}
		if d.Acceptance != nil {
			rf.Acceptance = &report.Acceptance{Package: d.Acceptance.Package, Rule: d.Acceptance.Rule,
				Reason: d.Acceptance.Reason, Expires: d.Acceptance.Until, AcceptedBy: d.Acceptance.AcceptedBy}
		}
		res.Findings = append(res.Findings, rf)
		return d.Kind
	}
	// Project-level findings attach to the unit of their node.
	unitOf := map[depgraph.NodeID]int{}
	for i, u := range units {
		for _, id := range u.Nodes {
			unitOf[id] = i
		}
	}
	byUnit := map[int][]graphFinding{}
	for _, gf := range gfs {
		if gf.node < 0 {
			add(gf.f, nil, gf.advisory)
			continue
		}
		if i, ok := unitOf[gf.node]; ok {
			byUnit[i] = append(byUnit[i], gf)
		}
	}
	for i, u := range units {
		pkg := o.packageEntry(g, u)
		out := outs[i]
		switch {
		case u.Skip != "":
			pkg.Status, pkg.StatusReason = report.StatusSkipped, u.Skip
			res.Summary.Skipped++
		case out.err != nil:
			pkg.Status, pkg.StatusReason = report.StatusNotAnalysed, out.err.Error()
			res.Summary.NotAnalysed++
			res.Errors = append(res.Errors, report.Error{Package: u.Key(), Stage: out.stage, Message: out.err.Error()})
		default:
			r := out.result
			pkg.Status = report.StatusAnalysed
			if out.cached {
				pkg.Status = report.StatusCached
			}
			if r.Incomplete {
				pkg.StatusReason = "analysis incomplete: " + incompleteReason(r)
				res.Errors = append(res.Errors, report.Error{Package: u.Key(), Stage: "analyze", Message: pkg.StatusReason})
			}
			res.Summary.Analysed++
			pkg.Verdict, pkg.Score = string(r.Verdict), r.Score
			for _, st := range r.Chain {
				step := st.Message
				if st.Where != "" {
					step += " (" + st.Where + ")"
				}
				pkg.Chain = append(pkg.Chain, step)
			}
			res.Summary.Verdicts[string(r.Verdict)]++
			for _, af := range r.Findings {
				if !o.Policy.RuleEnabled(af.Rule) {
					continue
				}
				f := af.Finding
				f.Package = finding.Package{Name: u.Name, Version: u.Version}
				add(f, &pkg, nil)
			}
		}
		seen := map[string]bool{}
		for _, gf := range byUnit[i] {
			// One finding per rule and message for all instances of a unit.
			f := gf.f
			k := string(f.Rule) + "\x00" + f.Message
			if seen[k] {
				continue
			}
			seen[k] = true
			if f.Rule == "malware/known" && o.Policy.RuleEnabled(f.Rule) {
				// A published malware advisory settles the verdict whatever
				// the code analysis saw (or could not see).
				if pkg.Verdict != string(analyze.VerdictMalicious) {
					if pkg.Verdict != "" {
						res.Summary.Verdicts[pkg.Verdict]--
					}
					pkg.Verdict = string(analyze.VerdictMalicious)
					res.Summary.Verdicts[pkg.Verdict]++
				}
				pkg.Chain = append(pkg.Chain, "known malware: "+f.Message)
			}
			add(f, &pkg, gf.advisory)
		}
		res.Packages = append(res.Packages, pkg)
	}
	seenErr := map[string]bool{}
	for _, err := range gerrs {
		stage := "lockfile"
		var re *RuleError
		if errors.As(err, &re) {
			switch re.Rule.Category() {
			case "vuln", "malware":
				stage = "advisories"
			case "release", "identity":
				stage = "registry metadata"
			}
		}
		msg := err.Error()
		if errors.As(err, &re) && stage == "advisories" {
			// Both advisory rules share one query: report its failure once.
			msg = "advisories: " + re.Err.Error()
		}
		if seenErr[msg] {
			continue
		}
		seenErr[msg] = true
		res.Errors = append(res.Errors, report.Error{Stage: stage, Message: msg})
	}
	res.Summary.Packages = len(units)
	report.SortFindings(res.Findings)
	for id := range usedRules {
		m := metas[id]
		res.Rules = append(res.Rules, report.Rule{ID: m.ID, Version: m.Version, Title: m.Title, Help: m.Help,
			Remediation: m.Remediation, DefaultSeverity: m.DefaultSeverity, DocURL: "docs/rules/" + strings.ReplaceAll(string(m.ID), "/", "-") + ".md"})
	}
	slices.SortFunc(res.Rules, func(a, b report.Rule) int { return strings.Compare(string(a.ID), string(b.ID)) })
	for _, a := range eval.Stale() {
		res.Policy.Stale = append(res.Policy.Stale, report.Acceptance{Package: a.Package, Rule: a.Rule, Reason: a.Reason, Expires: a.Until, AcceptedBy: a.AcceptedBy})
	}
	o.summarize(res)
	return res
}

// treeAudit runs the tree audit with the metadata the scan has (registry
// metadata only with --full-metadata).
func (o *Options) treeAudit(ctx context.Context, g *depgraph.Graph) *report.TreeAudit {
	if o.NoTreeAudit {
		return nil
	}
	rep, err := treeaudit.Audit(ctx, g, treeaudit.Options{Packument: o.GraphInput.Packument, Keep: o.Keep(), Now: o.Now()})
	if err != nil {
		o.Logger.Warn("tree audit failed", "err", err)
		return nil
	}
	ta := &report.TreeAudit{MaxDepth: rep.MaxDepth, Counts: map[string]int{}, WeakPoints: []report.WeakPoint{}, Replace: []report.Replacement{}}
	for k, n := range rep.Counts {
		ta.Counts[string(k)] = n
	}
	for i, w := range rep.WeakPoints {
		if i == 20 {
			break
		}
		wp := report.WeakPoint{Package: w.Name + "@" + w.Version, Score: w.Score, Chain: w.Chain}
		for _, r := range w.Reasons {
			wp.Reasons = append(wp.Reasons, r.Detail)
		}
		ta.WeakPoints = append(ta.WeakPoints, wp)
	}
	for i, r := range rep.Replace {
		if i == 10 {
			break
		}
		ta.Replace = append(ta.Replace, report.Replacement{Package: r.Name + "@" + r.Version, WeakPoints: r.WeakPoints, Packages: r.Packages, Examples: r.Examples})
	}
	for _, n := range rep.NotChecked {
		ta.NotChecked = append(ta.NotChecked, fmt.Sprintf("%s: %s (%d packages)", n.Check, n.Reason, n.Count))
	}
	return ta
}

// summarize counts findings and verdicts and decides whether the run
// fails: a malicious package not wholly accepted, a finding at or above the
// threshold, an expired acceptance, or (failOnIncomplete) a package not
// analysed.
func (o *Options) summarize(res *report.Result) {
	s := &res.Summary
	s.Findings, s.Accepted = map[string]int{}, 0
	fail, expired := 0, 0
	has, unaccepted := map[string]bool{}, map[string]bool{}
	for _, f := range res.Findings {
		key := f.Package.String()
		has[key] = true
		switch f.Decision {
		case report.DecisionAccepted:
			s.Accepted++
			continue
		case report.DecisionFail:
			fail++
		case report.DecisionExpired:
			expired++
		}
		s.Findings[f.Severity.String()]++
		unaccepted[key] = true
	}
	malicious := 0
	for _, p := range res.Packages {
		key := p.Name + "@" + p.Version
		if p.Verdict == string(analyze.VerdictMalicious) && (unaccepted[key] || !has[key]) {
			malicious++
		}
	}
	var reasons []string
	if malicious > 0 {
		reasons = append(reasons, plural(malicious, "malicious package", "malicious packages"))
	}
	if fail > 0 {
		reasons = append(reasons, fmt.Sprintf("%s at or above %s", plural(fail, "finding", "findings"), o.Policy.FailOn))
	}
	if expired > 0 {
		reasons = append(reasons, plural(expired, "finding whose acceptance expired", "findings whose acceptance expired"))
	}
	if o.Policy.FailOnIncomplete && s.NotAnalysed > 0 {
		reasons = append(reasons, plural(s.NotAnalysed, "package not analysed", "packages not analysed")+" (failOnIncomplete)")
	}
	s.FailReasons = reasons
	s.Failed = len(reasons) > 0
}

func plural(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return fmt.Sprintf("%d %s", n, many)
}

func incompleteReason(r *analyze.Result) string {
	var parts []string
	for _, st := range r.Rules {
		if st.Status != analyze.StatusOK {
			parts = append(parts, fmt.Sprintf("rule %s %s", st.Rule, st.Status))
		}
	}
	if r.Files.Skipped > 0 {
		parts = append(parts, fmt.Sprintf("%d files too large or unreadable", r.Files.Skipped))
	}
	if len(parts) == 0 {
		return "some files were not analysed"
	}
	return strings.Join(parts, ", ")
}

// packageEntry describes a unit with the facts of its graph nodes.
func (o *Options) packageEntry(g *depgraph.Graph, u *Unit) report.Package {
	p := report.Package{Name: u.Name, Version: u.Version, Source: u.Kind.String(), URL: u.URL}
	if !u.Integrity.IsZero() {
		p.Integrity = u.Integrity.String()
	}
	dev, optional := true, true
	ws := map[string]bool{}
	deps := map[string]bool{}
	var best depgraph.Path
	found := false
	for _, id := range u.Nodes {
		n := g.Node(id)
		if p.LockfileLine == 0 || (n.Line > 0 && n.Line < p.LockfileLine) {
			p.LockfileLine = n.Line
		}
		dev = dev && (n.Flags.Has(depgraph.Dev) || n.Flags.Has(depgraph.DevOptional))
		optional = optional && n.Flags.Has(depgraph.Optional)
		for _, e := range g.Out(id) {
			deps[g.Node(e.To).String()] = true
		}
		for _, r := range n.Importers {
			label := g.Node(r).Source.Path
			if label == "" {
				label = "."
			}
			ws[label] = true
		}
		if path, ok := g.ShortestPath(id); ok && (!found || len(path) < len(best)) {
			best, found = path, true
		}
	}
	p.Dev, p.Optional = dev, optional
	for d := range deps {
		p.DependsOn = append(p.DependsOn, d)
	}
	slices.Sort(p.DependsOn)
	for w := range ws {
		p.Workspaces = append(p.Workspaces, w)
	}
	slices.Sort(p.Workspaces)
	if found && len(best) > 0 {
		root := g.Node(best[0].From).Source.Path
		if root == "" {
			root = "."
		}
		p.Path = append(p.Path, root)
		for _, e := range best {
			p.Path = append(p.Path, g.Node(e.To).String())
		}
		p.Direct = len(best) == 1
	}
	return p
}

// analysisGate admits analyses: at most AnalyzeWorkers at once (cpu,
// held from reading the archive on), and no more kept package bytes than
// AnalyzeMemory (mem), so two large packages (their code, its facts and the
// syntax trees being walked) are not analysed together; and it bounds the
// tarballs held while waiting (wait).
type analysisGate struct {
	cpu, mem *semaphore.Weighted
	memCap   int64
	// wait bounds the downloaded tarball bytes held while waiting for cpu.
	wait *semaphore.Weighted
}

// waitingBytes is the gate's budget for downloaded tarballs waiting to be
// analysed.
const waitingBytes = 32 << 20

// admit takes kept bytes of the memory budget (at most all of it) and
// returns the func that gives them back.
func (g *analysisGate) admit(ctx context.Context, kept int64) (release func(), err error) {
	w := min(max(kept, 1<<20), g.memCap)
	if err := g.mem.Acquire(ctx, w); err != nil {
		return nil, err
	}
	return func() { g.mem.Release(w) }, nil
}
