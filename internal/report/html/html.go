// Package html renders a report.Result as one self-contained HTML page:
// inline CSS and JavaScript, a Content-Security-Policy that forbids every
// request, a summary, a sortable and filterable findings table, a detail
// section per package with findings, and every package's dependency path.
//
// Package names, messages and snippets come from hostile packages: all of
// them go through html/template's contextual escaping, and the script only
// reads the DOM and writes text and attributes.
package html

import (
	_ "embed"
	"fmt"
	"html/template"
	"io"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/depfence/depfence/internal/finding"
	"github.com/depfence/depfence/internal/report"
)

// Format is the name the CLI registers this renderer under.
const Format report.Format = "html"

var (
	//go:embed report.html.tmpl
	pageTemplate string
	//go:embed style.css
	style string
	//go:embed script.js
	script string
)

var page = template.Must(template.New("report").Funcs(template.FuncMap{
	"join": strings.Join,
}).Parse(pageTemplate))

// Limits that keep one hostile package from bloating the page.
const (
	maxText     = 4000 // runes of one message, snippet or decoded value
	maxEvidence = 10   // pieces of evidence shown per finding
)

type count struct {
	Name string
	N    int
}

type row struct {
	Index                       int
	Severity                    string
	SevRank                     int
	Package, Rule, Message, Loc string
	Location                    string
	Decision                    string
	Anchor                      string
	Accepted                    bool
}

type findingView struct {
	Rule, Title, Severity, Message, Location string
	Decision                                 string
	Accepted                                 bool
	Evidence                                 []finding.Evidence
	MoreEvidence                             int
	Advisory                                 *report.Advisory
	AdvisoryURL                              string
	Acceptance                               *report.Acceptance
	Remediation                              string
}

type detail struct {
	Anchor                       string
	Name, Version, Verdict       string
	Score                        int
	Source, Status, StatusReason string
	URL, Integrity               string
	Dev                          bool
	Workspaces, Path, Chain      []string
	LockfileLine                 int
	Findings                     []findingView
}

type listed struct {
	Anchor                                 string
	Name, Version, Source, Status, Verdict string
	Dev                                    bool
	Path                                   []string
}

type view struct {
	Project, Lockfile, LockfileFormat, Tool, Generated string
	Failed                                             bool
	FailReasons                                        []string
	Summary                                            report.Summary
	Counts, Verdicts                                   []count
	Rows                                               []row
	Details                                            []detail
	All                                                []listed
	Errors                                             []report.Error
	Stale                                              []report.Acceptance
	PolicyFile                                         string
	Style                                              template.CSS
	Script                                             template.JS
}

// Render writes r as one self-contained HTML page.
func Render(w io.Writer, r *report.Result, _ report.Options) error {
	if err := page.Execute(w, build(r)); err != nil {
		return fmt.Errorf("write html: %w", err)
	}
	return nil
}

func clip(s string) string {
	if utf8.RuneCountInString(s) <= maxText {
		return strings.ToValidUTF8(s, "\uFFFD")
	}
	r := []rune(s)
	return string(r[:maxText-1]) + "…"
}

func oneLine(s string) string { return clip(strings.Join(strings.Fields(s), " ")) }

func build(r *report.Result) view {
	v := view{
		Project:        r.Project.Dir,
		Lockfile:       r.Project.Lockfile,
		LockfileFormat: r.Project.LockfileFormat,
		Tool:           strings.TrimSpace(r.Tool.Name + " " + r.Tool.Version),
		Failed:         r.Summary.Failed,
		FailReasons:    r.Summary.FailReasons,
		Summary:        r.Summary,
		Errors:         r.Errors,
		Stale:          r.Policy.Stale,
		PolicyFile:     r.Policy.File,
		Style:          template.CSS(style),
		Script:         template.JS(script),
	}
	if v.Project == "" {
		v.Project = r.Project.Lockfile
	}
	if v.PolicyFile == "" {
		v.PolicyFile = "the policy file"
	}
	if !r.FinishedAt.IsZero() {
		v.Generated = r.FinishedAt.UTC().Format(time.RFC3339)
	}
	for s := finding.SeverityCritical; s >= finding.SeverityInfo; s-- {
		if n := r.Summary.Findings[s.String()]; n > 0 {
			v.Counts = append(v.Counts, count{s.String(), n})
		}
	}
	for _, name := range []string{"malicious", "suspicious"} {
		if n := r.Summary.Verdicts[name]; n > 0 {
			v.Verdicts = append(v.Verdicts, count{name, n})
		}
	}

	// One detail section per package with findings (in the findings'
	// order, which is worst first) or with a bad verdict or no analysis.
	anchors := map[string]string{}
	detailIdx := map[string]int{}
	pkgInfo := map[string]*report.Package{}
	for k := range r.Packages {
		key := r.Packages[k].Name + "@" + r.Packages[k].Version
		if _, ok := pkgInfo[key]; !ok {
			pkgInfo[key] = &r.Packages[k]
		}
	}
	addDetail := func(name, version string) int {
		key := name + "@" + version
		if k, ok := detailIdx[key]; ok {
			return k
		}
		d := detail{Anchor: "pkg-" + strconv.Itoa(len(v.Details)+1), Name: name, Version: version}
		if p := pkgInfo[key]; p != nil {
			d.Verdict, d.Score, d.Source, d.Status, d.StatusReason = p.Verdict, p.Score, p.Source, string(p.Status), p.StatusReason
			d.URL, d.Integrity, d.Dev = report.RedactURL(p.URL), p.Integrity, p.Dev
			d.Workspaces, d.Path, d.LockfileLine = p.Workspaces, p.Path, p.LockfileLine
			for _, c := range p.Chain {
				d.Chain = append(d.Chain, oneLine(c))
			}
			if d.Verdict == "ok" {
				d.Verdict = ""
			}
		}
		detailIdx[key] = len(v.Details)
		anchors[key] = d.Anchor
		v.Details = append(v.Details, d)
		return detailIdx[key]
	}
	for k := range r.Findings {
		f := &r.Findings[k]
		d := &v.Details[addDetail(f.Package.Name, f.Package.Version)]
		loc := ""
		if f.Location.File != "" {
			loc = oneLine(f.Location.String())
		}
		v.Rows = append(v.Rows, row{
			Index: k, Severity: f.Severity.String(), SevRank: int(f.Severity),
			Package: oneLine(f.Package.String()), Rule: string(f.Rule), Message: oneLine(f.Message), Location: loc,
			Decision: string(f.Decision), Anchor: d.Anchor, Accepted: f.Decision == report.DecisionAccepted,
		})
		fv := findingView{Rule: string(f.Rule), Title: oneLine(f.Title), Severity: f.Severity.String(), Message: oneLine(f.Message),
			Location: loc, Decision: string(f.Decision), Accepted: f.Decision == report.DecisionAccepted,
			Advisory: f.Advisory, Acceptance: f.Acceptance, Remediation: oneLine(f.Remediation)}
		for i, e := range f.Evidence {
			if i == maxEvidence {
				fv.MoreEvidence = len(f.Evidence) - maxEvidence
				break
			}
			e.Snippet, e.Decoded, e.Detail = clip(e.Snippet), clip(e.Decoded), oneLine(e.Detail)
			if e.Decoded == e.Snippet {
				e.Decoded = ""
			}
			fv.Evidence = append(fv.Evidence, e)
		}
		if f.Advisory != nil {
			if u := report.RedactURL(f.Advisory.URL); strings.HasPrefix(u, "https://") || strings.HasPrefix(u, "http://") {
				fv.AdvisoryURL = u
			}
		}
		d.Findings = append(d.Findings, fv)
	}
	for k := range r.Packages {
		p := &r.Packages[k]
		if p.Verdict == "malicious" || p.Verdict == "suspicious" || p.Status == report.StatusNotAnalysed {
			addDetail(p.Name, p.Version)
		}
	}
	for _, p := range r.Packages {
		v.All = append(v.All, listed{Anchor: anchors[p.Name+"@"+p.Version], Name: p.Name, Version: p.Version, Source: p.Source,
			Status: string(p.Status), Verdict: p.Verdict, Dev: p.Dev, Path: p.Path})
	}
	return v
}
