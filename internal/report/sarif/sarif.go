// Package sarif renders a report.Result as SARIF 2.1.0 for code-scanning
// services (GitHub code scanning, Azure DevOps, IDE viewers).
//
// Packages are not files of the repository, so every result is located at
// the package's entry in the lockfile: a pull request that adds a bad
// package gets its annotation on the lockfile line that adds it. The file
// and line inside the package go in a related, logical location.
package sarif

import (
	"encoding/json"
	"fmt"
	"io"
	"net/url"
	"path"
	"slices"
	"strings"
	"time"

	gosarif "github.com/owenrumney/go-sarif/v3/pkg/report/v210/sarif"

	"github.com/depfence/depfence/internal/finding"
	"github.com/depfence/depfence/internal/report"
)

// Format is the name the CLI registers this renderer under.
const Format report.Format = "sarif"

// InformationURI is the tool's home page written into tool.driver.
const InformationURI = "https://github.com/depfence/depfence"

// FingerprintKey names depfence's entry in partialFingerprints. The suffix
// versions the fingerprint algorithm (finding.Finding.ComputeFingerprint).
const FingerprintKey = "depfence/v1"

// SecuritySeverity is the CVSS-like number GitHub code scanning reads from
// a rule's (and result's) "security-severity" property to rank alerts:
// above 9.0 critical, 7.0–8.9 high, 4.0–6.9 medium, 0.1–3.9 low.
func SecuritySeverity(s finding.Severity) string {
	switch s {
	case finding.SeverityCritical:
		return "9.5"
	case finding.SeverityHigh:
		return "8.0"
	case finding.SeverityMedium:
		return "5.5"
	case finding.SeverityLow:
		return "3.0"
	}
	return "0.0"
}

// Level maps a severity onto SARIF's result levels.
func Level(s finding.Severity) string {
	switch {
	case s >= finding.SeverityHigh:
		return gosarif.LevelError
	case s == finding.SeverityMedium:
		return gosarif.LevelWarning
	case s == finding.SeverityNone:
		return gosarif.LevelNone
	}
	return gosarif.LevelNote
}

// Render writes r as one SARIF 2.1.0 log with one run.
func Render(w io.Writer, r *report.Result, _ report.Options) error {
	log, err := Build(r)
	if err != nil {
		return err
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	if err := enc.Encode(log); err != nil {
		return fmt.Errorf("write sarif: %w", err)
	}
	return nil
}

// Build converts r into a SARIF log.
func Build(r *report.Result) (*gosarif.Report, error) {
	log := gosarif.NewReport()
	log.Schema = "https://json.schemastore.org/sarif-2.1.0.json"
	name := r.Tool.Name
	if name == "" {
		name = "depfence"
	}
	run := gosarif.NewRunWithInformationURI(name, InformationURI)
	if r.Tool.Version != "" {
		run.Tool.Driver.WithVersion(r.Tool.Version)
		if isSemver(r.Tool.Version) {
			run.Tool.Driver.WithSemanticVersion(r.Tool.Version)
		}
	}
	columnKind := "unicodeCodePoints"
	run.ColumnKind = &columnKind

	for _, rule := range rules(r) {
		addRule(run, rule)
	}
	lockURI := fileURI(r.Project.Lockfile)
	pkgs := map[finding.Package]*report.Package{}
	for k := range r.Packages {
		key := finding.Package{Name: r.Packages[k].Name, Version: r.Packages[k].Version}
		if _, ok := pkgs[key]; !ok {
			pkgs[key] = &r.Packages[k]
		}
	}
	for k := range r.Findings {
		addResult(run, r, &r.Findings[k], pkgs[r.Findings[k].Package], lockURI)
	}
	run.Invocations = append(run.Invocations, invocation(r))
	log.AddRun(run)
	return log, nil
}

// rules returns the rule descriptions sorted by ID, adding a minimal one for
// any finding whose rule the result does not describe (so every result has
// a valid ruleIndex).
func rules(r *report.Result) []report.Rule {
	seen := map[finding.RuleID]bool{}
	var out []report.Rule
	for _, rl := range r.Rules {
		if !seen[rl.ID] {
			seen[rl.ID] = true
			out = append(out, rl)
		}
	}
	for _, f := range r.Findings {
		id := ruleID(f.Rule)
		if !seen[id] {
			seen[id] = true
			title := f.Title
			if title == "" {
				title = string(id)
			}
			out = append(out, report.Rule{ID: id, Version: f.RuleVersion, Title: title, Remediation: f.Remediation, DefaultSeverity: f.Severity})
		}
	}
	slices.SortFunc(out, func(a, b report.Rule) int { return strings.Compare(string(a.ID), string(b.ID)) })
	return out
}

// unnamedRule stands for an empty rule ID: SARIF results need one that
// names a rule of the run.
const unnamedRule = finding.RuleID("depfence/unnamed-rule")

func ruleID(id finding.RuleID) finding.RuleID {
	if id == "" {
		return unnamedRule
	}
	return id
}

func addRule(run *gosarif.Run, rl report.Rule) {
	rl.ID = ruleID(rl.ID)
	d := run.AddRule(string(rl.ID))
	d.WithName(ruleName(rl.ID))
	title := oneLine(rl.Title)
	if title == "" {
		title = string(rl.ID)
	}
	d.WithShortDescription(gosarif.NewMultiformatMessageString().WithText(title))
	full := rl.Help
	if full == "" {
		full = title
	}
	d.WithFullDescription(gosarif.NewMultiformatMessageString().WithText(full))
	text, md := full, "**"+mdEscape(title)+"**\n\n"+mdEscape(full)
	if rl.Remediation != "" {
		text += "\n\nRemediation: " + rl.Remediation
		md += "\n\n**Remediation:** " + mdEscape(rl.Remediation)
	}
	md += fmt.Sprintf("\n\nRule `%s` (version %d) of depfence.", strings.ReplaceAll(string(rl.ID), "`", ""), rl.Version)
	d.WithHelp(gosarif.NewMultiformatMessageString().WithText(text).WithMarkdown(md))
	if u := report.RedactURL(rl.DocURL); u != "" {
		d.WithHelpURI(u)
	}
	d.WithDefaultConfiguration(gosarif.NewReportingConfiguration().WithLevel(Level(rl.DefaultSeverity)))
	props := gosarif.NewPropertyBag().
		WithTags([]string{"security", "supply-chain", rl.ID.Category()}).
		Add("security-severity", SecuritySeverity(rl.DefaultSeverity)).
		Add("precision", "high")
	d.WithProperties(props)
}

// ruleName turns "net/exfil-service" into "NetExfilService", the
// identifier-like name SARIF viewers show next to the ID.
func ruleName(id finding.RuleID) string {
	var b strings.Builder
	for _, part := range strings.FieldsFunc(string(id), func(r rune) bool { return r == '/' || r == '-' || r == '_' || r == '.' }) {
		r := []rune(part)
		b.WriteString(strings.ToUpper(string(r[:1])) + string(r[1:]))
	}
	return b.String()
}

func addResult(run *gosarif.Run, r *report.Result, f *report.Finding, p *report.Package, lockURI string) {
	res := run.CreateResultForRule(string(ruleID(f.Rule)))
	res.WithLevel(Level(f.Severity))
	pkg := f.Package.String()
	msg := oneLine(f.Message)
	if msg == "" {
		msg = string(ruleID(f.Rule))
	}
	text := pkg + ": " + msg
	if loc := f.Location.String(); loc != "" && !f.Location.Project {
		text += " (" + loc + ")"
	}
	res.WithMessage(gosarif.NewTextMessage(text))

	if f.Location.File != "" && f.Location.Project {
		// A finding about a project file (the lockfile itself, .npmrc) is
		// located there.
		line := max(f.Location.Line, 1)
		phys := gosarif.NewPhysicalLocation().
			WithArtifactLocation(gosarif.NewSimpleArtifactLocation(fileURI(f.Location.File))).
			WithRegion(gosarif.NewRegion().WithStartLine(line))
		res.AddLocation(gosarif.NewLocationWithPhysicalLocation(phys))
	} else {
		line := f.LockfileLine
		if line <= 0 {
			if p != nil && p.LockfileLine > 0 {
				line = p.LockfileLine
			} else {
				line = 1
			}
		}
		phys := gosarif.NewPhysicalLocation().
			WithArtifactLocation(gosarif.NewSimpleArtifactLocation(lockURI)).
			WithRegion(gosarif.NewRegion().WithStartLine(line))
		res.AddLocation(gosarif.NewLocationWithPhysicalLocation(phys).
			WithMessage(gosarif.NewTextMessage("lockfile entry of " + pkg)))
	}

	if f.Location.File != "" && !f.Location.Project {
		fq := pkg + "/" + f.Location.File
		logical := gosarif.NewLogicalLocation().
			WithName(f.Location.File).
			WithFullyQualifiedName(fq).
			WithKind("module")
		rel := gosarif.NewLocation().WithID(1).
			WithLogicalLocations([]*gosarif.LogicalLocation{logical}).
			WithMessage(gosarif.NewTextMessage(f.Location.String() + " in " + pkg))
		relProps := gosarif.NewPropertyBag().Add("file", f.Location.File)
		if f.Location.Line > 0 {
			relProps.Add("line", f.Location.Line)
		}
		if f.Location.Column > 0 {
			relProps.Add("column", f.Location.Column)
		}
		rel.WithProperties(relProps)
		res.WithRelatedLocations([]*gosarif.Location{rel})
	}

	fp := f.Fingerprint
	if fp == "" {
		fp = f.ComputeFingerprint()
	}
	res.WithPartialFingerprints(map[string]string{FingerprintKey: fp})

	switch f.Decision {
	case report.DecisionAccepted:
		if f.Acceptance != nil {
			s := gosarif.NewSuppression().WithKind("external").WithStatus("accepted").
				WithJustification(f.Acceptance.Reason)
			sp := gosarif.NewPropertyBag().Add("package", f.Acceptance.Package).Add("rule", f.Acceptance.Rule)
			if f.Acceptance.Expires != "" {
				sp.Add("expires", f.Acceptance.Expires)
			}
			if f.Acceptance.AcceptedBy != "" {
				sp.Add("acceptedBy", f.Acceptance.AcceptedBy)
			}
			if r.Policy.File != "" {
				sp.Add("policyFile", r.Policy.File)
			}
			s.WithProperties(sp)
			res.WithSuppressions([]*gosarif.Suppression{s})
		}
	}

	props := gosarif.NewPropertyBag().
		Add("package", pkg).
		Add("packageName", f.Package.Name).
		Add("packageVersion", f.Package.Version).
		Add("severity", f.Severity.String()).
		Add("security-severity", SecuritySeverity(f.Severity)).
		Add("confidence", f.Confidence.String()).
		Add("decision", string(f.Decision)).
		Add("ruleVersion", f.RuleVersion)
	if p != nil && p.Verdict != "" {
		props.Add("verdict", p.Verdict)
	}
	if len(f.Path) > 0 {
		props.Add("path", f.Path)
	}
	if len(f.Workspaces) > 0 {
		props.Add("workspaces", f.Workspaces)
	}
	if len(f.Evidence) > 0 {
		props.Add("evidence", f.Evidence)
	}
	if f.Advisory != nil {
		props.Add("advisory", f.Advisory)
	}
	if f.Decision == report.DecisionExpired && f.Acceptance != nil {
		props.Add("expiredAcceptance", f.Acceptance)
	}
	res.WithProperties(props)
}

// invocation records the run's times and, as notifications, what could
// not be analysed and which acceptances are stale: incomplete analysis is
// visible in SARIF too.
func invocation(r *report.Result) *gosarif.Invocation {
	inv := gosarif.NewInvocation().WithExecutionSuccessful(true)
	if !r.StartedAt.IsZero() {
		inv.WithStartTimeUtc(r.StartedAt.UTC().Format(time.RFC3339Nano))
	}
	if !r.FinishedAt.IsZero() {
		inv.WithEndTimeUtc(r.FinishedAt.UTC().Format(time.RFC3339Nano))
	}
	for _, e := range r.Errors {
		who := e.Package
		if who == "" {
			who = "project"
		}
		n := gosarif.NewNotification().WithLevel(gosarif.LevelError).
			WithMessage(gosarif.NewTextMessage(fmt.Sprintf("not analysed: %s [%s] %s", who, e.Stage, oneLine(e.Message)))).
			WithDescriptor(gosarif.NewReportingDescriptorReference().WithID("depfence/" + e.Stage))
		inv.ToolExecutionNotifications = append(inv.ToolExecutionNotifications, n)
	}
	for _, a := range r.Policy.Stale {
		where := r.Policy.File
		if where == "" {
			where = "the policy file"
		}
		n := gosarif.NewNotification().WithLevel(gosarif.LevelWarning).
			WithMessage(gosarif.NewTextMessage(fmt.Sprintf("stale acceptance %s %s matches nothing any more; remove it from %s", a.Package, a.Rule, where))).
			WithDescriptor(gosarif.NewReportingDescriptorReference().WithID("depfence/stale-acceptance"))
		if r.Policy.File != "" {
			n.Locations = append(n.Locations, gosarif.NewLocationWithPhysicalLocation(
				gosarif.NewPhysicalLocation().WithArtifactLocation(gosarif.NewSimpleArtifactLocation(fileURI(r.Policy.File)))))
		}
		inv.ToolConfigurationNotifications = append(inv.ToolConfigurationNotifications, n)
	}
	return inv
}

// fileURI turns a slash- or OS-separated relative path into a relative URI
// reference (percent-encoded, "./" before a first segment with a colon);
// an absolute path becomes a file:// URI.
func fileURI(p string) string {
	p = strings.ReplaceAll(p, "\\", "/")
	if p == "" {
		return "package-lock.json"
	}
	if len(p) >= 3 && p[1] == ':' && p[2] == '/' { // C:/...
		p = "/" + p
	}
	if strings.HasPrefix(p, "/") {
		return (&url.URL{Scheme: "file", Path: path.Clean(p)}).String()
	}
	p = strings.TrimPrefix(path.Clean(p), "./")
	return (&url.URL{Path: p}).String()
}

func isSemver(v string) bool {
	core, _, _ := strings.Cut(v, "-")
	core, _, _ = strings.Cut(core, "+")
	parts := strings.Split(core, ".")
	if len(parts) != 3 {
		return false
	}
	for _, p := range parts {
		if p == "" || strings.Trim(p, "0123456789") != "" {
			return false
		}
	}
	return true
}

func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }

// mdEscape keeps text written into rule help Markdown from forming links,
// images or HTML.
func mdEscape(s string) string {
	return strings.NewReplacer("\\", "\\\\", "<", "&lt;", ">", "&gt;", "[", "\\[", "]", "\\]", "`", "\\`", "*", "\\*", "_", "\\_").Replace(s)
}
