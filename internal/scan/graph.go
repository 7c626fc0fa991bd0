package scan

import (
	"context"
	"fmt"
	"runtime/debug"
	"sync"

	"github.com/depfence/depfence/internal/advisory"
	"github.com/depfence/depfence/internal/analyze"
	"github.com/depfence/depfence/internal/depgraph"
	"github.com/depfence/depfence/internal/finding"
	"github.com/depfence/depfence/internal/npm"
	"github.com/depfence/depfence/internal/report"
	"github.com/depfence/depfence/internal/typosquat"
)

// GraphInput is what project-level rules need beyond the graph; the CLI
// fills it from npmrc, the policy and the registry client.
type GraphInput struct {
	Registry        string
	Scopes          map[string]string
	PublicHosts     []string
	AllowedHosts    []string
	Packument       func(ctx context.Context, name string) (*npm.Packument, error)
	PublicPackument func(ctx context.Context, name string) (*npm.Packument, error)
}

// graphFinding is a finding of a project-level rule, tied to a node (or
// to the project when Node < 0).
type graphFinding struct {
	node     depgraph.NodeID
	f        finding.Finding
	advisory *report.Advisory
}

type graphReporter struct {
	mu   sync.Mutex
	g    *depgraph.Graph
	meta analyze.Meta
	out  []graphFinding
}

// ReportAdvisory takes a finding with the published advisory behind it
// (advisoryrules.AdvisoryReporter).
func (r *graphReporter) ReportAdvisory(id depgraph.NodeID, in analyze.Instance, a *advisory.Advisory) {
	r.report(id, in, a.Report())
}

func (r *graphReporter) ReportNode(id depgraph.NodeID, in analyze.Instance) {
	r.report(id, in, nil)
}

func (r *graphReporter) report(id depgraph.NodeID, in analyze.Instance, adv *report.Advisory) {
	f := finding.Finding{
		Rule: r.meta.ID, RuleVersion: r.meta.Version,
		Severity: in.Severity, Confidence: in.Confidence, Message: in.Message,
		Location: finding.Location{File: in.File, Line: in.Line, Column: in.Col},
		Evidence: in.Evidence,
	}
	if f.Severity == finding.SeverityNone {
		f.Severity = r.meta.DefaultSeverity
	}
	if f.Confidence == 0 {
		f.Confidence = finding.ConfidenceMedium
	}
	if int(id) >= 0 && int(id) < len(r.g.Nodes) {
		n := r.g.Node(id)
		f.Package = finding.Package{Name: n.Name, Version: n.Version}
		if f.Location.File == "" {
			// Project-level rules locate their finding at the lockfile entry.
			f.Location = finding.Location{File: r.g.Path, Line: n.Line, Project: true}
		}
	} else {
		id = -1
		f.Package = finding.Package{Name: "(project)", Version: ""}
		if f.Location.File == "" {
			f.Location = finding.Location{File: r.g.Path, Project: true}
		}
	}
	f.Fingerprint = f.ComputeFingerprint()
	r.mu.Lock()
	r.out = append(r.out, graphFinding{node: id, f: f, advisory: adv})
	r.mu.Unlock()
}

// RuleError is a project-level rule that failed or could not run.
type RuleError struct {
	Rule finding.RuleID
	Err  error
}

func (e *RuleError) Error() string { return fmt.Sprintf("rule %s: %v", e.Rule, e.Err) }
func (e *RuleError) Unwrap() error { return e.Err }

// runGraphRules runs every project-level rule; a rule that fails or panics
// is recorded as an error and the others go on.
func (o *Options) runGraphRules(ctx context.Context, g *depgraph.Graph, dir string) ([]graphFinding, []analyze.Meta, []error) {
	if len(o.GraphRules) == 0 {
		return nil, nil, nil
	}
	t := &analyze.GraphTarget{
		Graph: g, ProjectDir: dir, Now: o.Now(),
		Registry: o.GraphInput.Registry, Scopes: o.GraphInput.Scopes,
		PublicHosts: o.GraphInput.PublicHosts, AllowedHosts: o.GraphInput.AllowedHosts,
		Packument: o.GraphInput.Packument, PublicPackument: o.GraphInput.PublicPackument,
		MinReleaseAge: o.Policy.MinReleaseAge,
		// built on first use, shared by the rules, dropped with t
		Popular: sync.OnceValues(typosquat.Default),
	}
	var (
		out   []graphFinding
		metas []analyze.Meta
		errs  []error
	)
	for _, rule := range o.GraphRules {
		m := rule.Meta()
		if !o.Policy.RuleEnabled(m.ID) {
			continue
		}
		metas = append(metas, m)
		rep := &graphReporter{g: g, meta: m}
		err := func() (err error) {
			defer func() {
				if p := recover(); p != nil {
					err = fmt.Errorf("rule %s panicked: %v\n%s", m.ID, p, debug.Stack())
				}
			}()
			return rule.CheckGraph(ctx, t, rep)
		}()
		if err != nil {
			errs = append(errs, &RuleError{Rule: m.ID, Err: err})
		}
		out = append(out, rep.out...)
	}
	return out, metas, errs
}
