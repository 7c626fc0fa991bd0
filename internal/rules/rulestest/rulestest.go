// Package rulestest runs rules over small synthetic packages in tests.
package rulestest

import (
	"context"
	"testing"
	"testing/fstest"

	"github.com/depfence/depfence/internal/analyze"
	"github.com/depfence/depfence/internal/depgraph"
	"github.com/depfence/depfence/internal/finding"
)

// FS builds a package from file contents.
func FS(files map[string]string) fstest.MapFS {
	m := fstest.MapFS{}
	for k, v := range files {
		m[k] = &fstest.MapFile{Data: []byte(v), Mode: 0o644}
	}
	return m
}

// RegistryHost is the package registry the test engine trusts, standing in
// for the project's configured registry.
const RegistryHost = "registry.npm.local"

// Run runs rules over files and returns the result.
func Run(t testing.TB, files map[string]string, rules ...analyze.Rule) *analyze.Result {
	t.Helper()
	eng, err := analyze.New(rules, analyze.WithRegistryHosts(RegistryHost))
	if err != nil {
		t.Fatal(err)
	}
	res, err := eng.Analyze(context.Background(), FS(files), finding.Package{})
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range res.Rules {
		if s.Status != analyze.StatusOK {
			t.Fatalf("rule %s: %s %s", s.Rule, s.Status, s.Error)
		}
	}
	return res
}

// Max returns the highest severity reported (SeverityNone if nothing).
func Max(res *analyze.Result) finding.Severity {
	s := finding.SeverityNone
	for _, f := range res.Findings {
		if f.Severity > s {
			s = f.Severity
		}
	}
	return s
}

// Case is one table row: name, files and the highest severity wanted.
// (An alias of an unnamed struct, so tables can stay positional.)
type Case = struct {
	Name  string
	Files map[string]string
	Want  finding.Severity
}

// Check runs each case against rule and compares the highest severity.
func Check(t *testing.T, rule analyze.Rule, cases []Case) {
	t.Helper()
	for _, c := range cases {
		t.Run(c.Name, func(t *testing.T) {
			res := Run(t, c.Files, rule)
			if got := Max(res); got != c.Want {
				t.Errorf("max severity = %s, want %s; findings:", got, c.Want)
				for _, f := range res.Findings {
					t.Logf("  %s %s:%d %s", f.Severity, f.Location.File, f.Location.Line, f.Message)
				}
			}
		})
	}
}

// Pkg returns a package.json with the given extra JSON members.
func Pkg(extra string) string {
	if extra != "" {
		extra = "," + extra
	}
	return `{"name":"synthetic","version":"1.0.0"` + extra + `}`
}

// Reported is one instance a graph rule reported, reduced to what tests
// compare: the rule, the node (name@version, or "-" for the project) and
// the severity it carries (the rule's default unless the instance set one).
type Reported struct {
	Rule string
	Node string
	Sev  finding.Severity
	In   analyze.Instance
}

type graphRecorder struct {
	g    *depgraph.Graph
	meta analyze.Meta
	out  *[]Reported
}

func (r graphRecorder) ReportNode(id depgraph.NodeID, in analyze.Instance) {
	name := "-"
	if id >= 0 {
		name = r.g.Nodes[id].String()
	}
	sev := in.Severity
	if sev == finding.SeverityNone {
		sev = r.meta.DefaultSeverity
	}
	*r.out = append(*r.out, Reported{Rule: string(r.meta.ID), Node: name, Sev: sev, In: in})
}

// RunGraph runs graph rules over t and returns what they reported; a rule
// error fails the test.
func RunGraph(tb testing.TB, t *analyze.GraphTarget, rules ...analyze.GraphRule) []Reported {
	tb.Helper()
	var out []Reported
	for _, r := range rules {
		if err := r.CheckGraph(context.Background(), t, graphRecorder{t.Graph, r.Meta(), &out}); err != nil {
			tb.Fatalf("%s: %v", r.Meta().ID, err)
		}
	}
	return out
}
