// Package cyclonedx renders a report.Result as a CycloneDX 1.6 JSON SBOM:
// one component per package (purl, hashes from the lockfile integrity,
// distribution URL, dev scope, depfence's verdict), the dependency graph as
// far as the result records it, and one vulnerability per known-advisory
// finding (vuln/* and malware/*).
package cyclonedx

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io"
	"net/url"
	"path/filepath"
	"slices"
	"sort"
	"strconv"
	"strings"
	"time"

	cdx "github.com/CycloneDX/cyclonedx-go"
	"github.com/google/uuid"
	"github.com/package-url/packageurl-go"

	"github.com/depfence/depfence/internal/finding"
	"github.com/depfence/depfence/internal/npm"
	"github.com/depfence/depfence/internal/report"
)

// Format is the name the CLI registers this renderer under.
const Format report.Format = "cyclonedx"

// InformationURI is the tool's home page written into metadata.tools.
const InformationURI = "https://github.com/depfence/depfence"

// RootRef is the bom-ref of the scanned project (metadata.component).
const RootRef = "depfence:project"

// serialNamespace seeds the name-based serial number (UUIDv5) of a BOM.
var serialNamespace = uuid.MustParse("6f1c2a0e-4b7d-5f0e-9a43-2d5c1e7b8a90")

// Render writes r as a CycloneDX 1.6 JSON document.
func Render(w io.Writer, r *report.Result, _ report.Options) error {
	enc := cdx.NewBOMEncoder(w, cdx.BOMFileFormatJSON)
	enc.SetPretty(true)
	if err := enc.EncodeVersion(Build(r), cdx.SpecVersion1_6); err != nil {
		return fmt.Errorf("write cyclonedx: %w", err)
	}
	return nil
}

// component is a BOM component and what the graph needs to know of it.
type component struct {
	c         cdx.Component
	dev, opt  bool
	dependsOn map[string]bool
}

// Build converts r into a CycloneDX BOM (spec 1.6).
func Build(r *report.Result) *cdx.BOM {
	bom := cdx.NewBOM()
	bom.SpecVersion = cdx.SpecVersion1_6
	bom.JSONSchema = "http://cyclonedx.org/schema/bom-1.6.schema.json"
	bom.SerialNumber = serialNumber(r)
	bom.Metadata = metadata(r)

	comps := map[string]*component{} // by bom-ref
	byNameVersion := map[string]string{}
	var order []string
	for k := range r.Packages {
		p := &r.Packages[k]
		c := newComponent(p, r.Project.PublicRegistryHosts)
		ref := c.c.BOMRef
		if old, ok := comps[ref]; ok {
			// Another instance of the same package: required wins.
			old.dev = old.dev && p.Dev
			old.opt = old.opt && p.Optional
			for _, d := range p.DependsOn {
				old.dependsOn[d] = true
			}
			continue
		}
		comps[ref] = c
		order = append(order, ref)
		if _, ok := byNameVersion[p.Name+"@"+p.Version]; !ok {
			byNameVersion[p.Name+"@"+p.Version] = ref
		}
	}

	// The dependency graph: edges along each package's path from its root,
	// plus the edges the scan recorded (Package.DependsOn).
	graphKnown := false
	for _, p := range r.Packages {
		if len(p.DependsOn) > 0 {
			graphKnown = true
		}
	}
	edges := map[string]map[string]bool{}
	addEdge := func(from, to string) {
		if from == "" || to == "" || from == to {
			return
		}
		if edges[from] == nil {
			edges[from] = map[string]bool{}
		}
		edges[from][to] = true
	}
	workspaces := map[string]bool{}
	refOf := func(label string, first bool) string {
		if first {
			if label == "." || label == "" {
				return RootRef
			}
			workspaces[label] = true
			return workspaceRef(label)
		}
		return byNameVersion[label]
	}
	for _, p := range r.Packages {
		for i := 0; i+1 < len(p.Path); i++ {
			addEdge(refOf(p.Path[i], i == 0), refOf(p.Path[i+1], false))
		}
		if p.Direct && len(p.Path) == 0 {
			addEdge(RootRef, byNameVersion[p.Name+"@"+p.Version])
		}
	}
	for _, ref := range order {
		for d := range comps[ref].dependsOn {
			addEdge(ref, byNameVersion[d])
		}
	}

	var components []cdx.Component
	for _, ref := range order {
		c := comps[ref]
		if c.dev || c.opt {
			c.c.Scope = cdx.ScopeOptional
		} else {
			c.c.Scope = cdx.ScopeRequired
		}
		components = append(components, c.c)
	}
	for _, ws := range sortedKeys(workspaces) {
		components = append(components, cdx.Component{BOMRef: workspaceRef(ws), Type: cdx.ComponentTypeApplication, Name: ws,
			Properties: &[]cdx.Property{{Name: "depfence:source", Value: "workspace"}}})
		addEdge(RootRef, workspaceRef(ws))
	}
	if len(components) > 0 {
		bom.Components = &components
	}

	var deps []cdx.Dependency
	refs := []string{RootRef}
	if graphKnown {
		// The scan recorded every instance's edges: a component without
		// any has no dependencies, which CycloneDX says by listing it empty.
		refs = append(refs, order...)
		refs = append(refs, workspaceRefs(workspaces)...)
	} else {
		for ref := range edges {
			if ref != RootRef {
				refs = append(refs, ref)
			}
		}
	}
	slices.Sort(refs[1:])
	for _, ref := range refs {
		d := cdx.Dependency{Ref: ref}
		if to := sortedKeys(edges[ref]); len(to) > 0 {
			d.Dependencies = &to
		}
		deps = append(deps, d)
	}
	bom.Dependencies = &deps
	if !graphKnown {
		// Only the paths to each package are known: say the graph is partial.
		bom.Compositions = &[]cdx.Composition{{Aggregate: cdx.CompositionAggregateIncomplete, Dependencies: &[]cdx.BOMReference{RootRef}}}
	}

	if vulns := vulnerabilities(r, byNameVersion); len(vulns) > 0 {
		bom.Vulnerabilities = &vulns
	}
	return bom
}

func workspaceRef(label string) string { return "depfence:workspace:" + label }

func workspaceRefs(ws map[string]bool) []string {
	var out []string
	for _, w := range sortedKeys(ws) {
		out = append(out, workspaceRef(w))
	}
	return out
}

func sortedKeys(m map[string]bool) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

// serialNumber is a name-based UUID over the run's identity (tool, project,
// start time, packages): stable for the same result, different per run.
func serialNumber(r *report.Result) string {
	h := sha256.New()
	fmt.Fprintf(h, "%s\x00%s\x00%s\x00%s\x00%s", r.Tool.Name, r.Tool.Version, r.Project.Dir, r.Project.Lockfile, r.StartedAt.UTC().Format(time.RFC3339Nano))
	for _, p := range r.Packages {
		fmt.Fprintf(h, "\x00%s@%s\x00%s", p.Name, p.Version, p.Integrity)
	}
	return "urn:uuid:" + uuid.NewSHA1(serialNamespace, h.Sum(nil)).String()
}

func metadata(r *report.Result) *cdx.Metadata {
	m := &cdx.Metadata{}
	at := r.FinishedAt
	if at.IsZero() {
		at = r.StartedAt
	}
	if !at.IsZero() {
		m.Timestamp = at.UTC().Format(time.RFC3339)
	}
	name := r.Tool.Name
	if name == "" {
		name = "depfence"
	}
	m.Tools = &cdx.ToolsChoice{Components: &[]cdx.Component{{
		Type: cdx.ComponentTypeApplication, Name: name, Version: r.Tool.Version,
		ExternalReferences: &[]cdx.ExternalReference{{Type: cdx.ERTypeWebsite, URL: InformationURI}},
	}}}
	rootName := filepath.Base(filepath.Clean(r.Project.Dir))
	if rootName == "." || rootName == "/" || rootName == "" {
		rootName = "project"
	}
	props := []cdx.Property{}
	if r.Project.Lockfile != "" {
		props = append(props, cdx.Property{Name: "depfence:lockfile", Value: r.Project.Lockfile})
	}
	if r.Project.LockfileFormat != "" {
		props = append(props, cdx.Property{Name: "depfence:lockfileFormat", Value: r.Project.LockfileFormat})
	}
	root := cdx.Component{BOMRef: RootRef, Type: cdx.ComponentTypeApplication, Name: rootName}
	if len(props) > 0 {
		root.Properties = &props
	}
	m.Component = &root
	mp := []cdx.Property{
		{Name: "depfence:packages", Value: strconv.Itoa(r.Summary.Packages)},
		{Name: "depfence:analysed", Value: strconv.Itoa(r.Summary.Analysed)},
		{Name: "depfence:notAnalysed", Value: strconv.Itoa(r.Summary.NotAnalysed)},
		{Name: "depfence:failed", Value: strconv.FormatBool(r.Summary.Failed)},
	}
	m.Properties = &mp
	return m
}

// splitName splits "@scope/name" into group "@scope" and name, as
// CycloneDX's npm tooling does.
func splitName(full string) (group, name string) {
	if strings.HasPrefix(full, "@") {
		if g, n, ok := strings.Cut(full, "/"); ok {
			return g, n
		}
	}
	return "", full
}

// PURL returns the package URL of a package, or "" for local code
// (workspace, link, file), which has no identity outside this project.
// publicHosts are the hosts of the public registry (the purl default, so
// they get no repository_url qualifier).
func PURL(p *report.Package, publicHosts []string) string {
	var q packageurl.Qualifiers
	switch p.Source {
	case "registry", "":
		if reg := registryBase(p.URL, publicHosts); reg != "" {
			q = append(q, packageurl.Qualifier{Key: "repository_url", Value: reg})
		}
	case "git":
		if u := report.RedactURL(p.URL); u != "" {
			q = append(q, packageurl.Qualifier{Key: "vcs_url", Value: u})
		}
	case "tarball":
		if u := report.RedactURL(p.URL); u != "" {
			q = append(q, packageurl.Qualifier{Key: "download_url", Value: u})
		}
	default:
		return ""
	}
	if p.Name == "" {
		return ""
	}
	group, name := splitName(p.Name)
	return packageurl.NewPackageURL(packageurl.TypeNPM, group, name, p.Version, q, "").ToString()
}

// registryBase returns scheme://host of a registry tarball URL that is not
// the public registry (purl's repository_url qualifier), or "".
func registryBase(raw string, publicHosts []string) string {
	u, err := url.Parse(report.RedactURL(raw))
	if err != nil || u.Host == "" {
		return ""
	}
	for _, h := range publicHosts {
		if strings.EqualFold(u.Hostname(), h) || strings.EqualFold(u.Host, h) {
			return ""
		}
	}
	return u.Scheme + "://" + u.Host
}

var hashAlgos = map[npm.Algorithm]cdx.HashAlgorithm{
	npm.SHA1: cdx.HashAlgoSHA1, npm.SHA256: cdx.HashAlgoSHA256, npm.SHA384: cdx.HashAlgoSHA384, npm.SHA512: cdx.HashAlgoSHA512,
}

func newComponent(p *report.Package, publicHosts []string) *component {
	group, name := splitName(p.Name)
	c := cdx.Component{Type: cdx.ComponentTypeLibrary, Group: group, Name: name, Version: p.Version}
	if name == "" {
		c.Name = "(unnamed)"
	}
	c.PackageURL = PURL(p, publicHosts)
	c.BOMRef = c.PackageURL
	if c.BOMRef == "" {
		c.BOMRef = "depfence:" + p.Source + ":" + p.Name + "@" + p.Version
	}
	if p.Integrity != "" {
		if in, err := npm.ParseIntegrity(p.Integrity); err == nil {
			var hs []cdx.Hash
			seen := map[cdx.HashAlgorithm]bool{}
			for _, h := range in.Hashes {
				alg, ok := hashAlgos[h.Algorithm]
				if !ok || seen[alg] {
					continue // the schema allows one value per algorithm
				}
				seen[alg] = true
				hs = append(hs, cdx.Hash{Algorithm: alg, Value: hex.EncodeToString(h.Digest)})
			}
			slices.SortFunc(hs, func(a, b cdx.Hash) int { return strings.Compare(string(a.Algorithm), string(b.Algorithm)) })
			if len(hs) > 0 {
				c.Hashes = &hs
			}
		}
	}
	if u := report.RedactURL(p.URL); u != "" {
		t := cdx.ERTypeDistribution
		if p.Source == "git" {
			t = cdx.ERTypeVCS
		}
		c.ExternalReferences = &[]cdx.ExternalReference{{Type: t, URL: u}}
	}
	props := []cdx.Property{}
	add := func(k, v string) {
		if v != "" {
			props = append(props, cdx.Property{Name: k, Value: v})
		}
	}
	if p.Dev {
		add("cdx:npm:package:development", "true")
	}
	add("depfence:source", p.Source)
	add("depfence:status", string(p.Status))
	add("depfence:statusReason", p.StatusReason)
	add("depfence:verdict", p.Verdict)
	if p.Score > 0 {
		add("depfence:score", strconv.Itoa(p.Score))
	}
	if len(props) > 0 {
		c.Properties = &props
	}
	deps := map[string]bool{}
	for _, d := range p.DependsOn {
		deps[d] = true
	}
	return &component{c: c, dev: p.Dev, opt: p.Optional, dependsOn: deps}
}

// IsAdvisoryRule reports whether findings of the rule are known advisories
// that belong in the SBOM's vulnerabilities.
func IsAdvisoryRule(id finding.RuleID) bool {
	c := id.Category()
	return c == "vuln" || c == "malware"
}

var cdxSeverity = map[finding.Severity]cdx.Severity{
	finding.SeverityNone: cdx.SeverityNone, finding.SeverityInfo: cdx.SeverityInfo, finding.SeverityLow: cdx.SeverityLow,
	finding.SeverityMedium: cdx.SeverityMedium, finding.SeverityHigh: cdx.SeverityHigh, finding.SeverityCritical: cdx.SeverityCritical,
}

func vulnerabilities(r *report.Result, byNameVersion map[string]string) []cdx.Vulnerability {
	var out []cdx.Vulnerability
	for k := range r.Findings {
		f := &r.Findings[k]
		if !IsAdvisoryRule(f.Rule) {
			continue
		}
		fp := f.Fingerprint
		if fp == "" {
			fp = f.ComputeFingerprint()
		}
		v := cdx.Vulnerability{BOMRef: "depfence:finding:" + fp, ID: "DEPFENCE-" + fp, Description: oneLine(f.Message), Recommendation: f.Remediation}
		src := &cdx.Source{Name: "depfence"}
		rating := cdx.VulnerabilityRating{Severity: cdxSeverity[f.Severity]}
		if rating.Severity == "" {
			rating.Severity = cdx.SeverityUnknown
		}
		if a := f.Advisory; a != nil {
			if a.ID != "" {
				v.ID = a.ID
			}
			name := a.Source
			if name == "" {
				name = "npm"
			}
			src = &cdx.Source{Name: name, URL: report.RedactURL(a.URL)}
			var refs []cdx.VulnerabilityReference
			for _, alias := range a.Aliases {
				ref := cdx.VulnerabilityReference{ID: alias, Source: &cdx.Source{Name: "alias"}}
				if strings.HasPrefix(alias, "CVE-") {
					ref.Source = &cdx.Source{Name: "NVD", URL: "https://nvd.nist.gov/vuln/detail/" + url.PathEscape(alias)}
				}
				refs = append(refs, ref)
			}
			if len(refs) > 0 {
				v.References = &refs
			}
			if a.CVSSScore > 0 {
				score := a.CVSSScore
				rating.Score = &score
			}
			if a.CVSSVector != "" {
				rating.Vector = a.CVSSVector
				switch {
				case strings.HasPrefix(a.CVSSVector, "CVSS:3.1/"):
					rating.Method = cdx.ScoringMethodCVSSv31
				case strings.HasPrefix(a.CVSSVector, "CVSS:3.0/"):
					rating.Method = cdx.ScoringMethodCVSSv3
				case strings.HasPrefix(a.CVSSVector, "CVSS:4.0/"):
					rating.Method = cdx.ScoringMethodCVSSv4
				default:
					rating.Method = cdx.ScoringMethodOther
				}
			}
			var cwes []int
			for _, c := range a.CWEs {
				if n, err := strconv.Atoi(strings.TrimPrefix(strings.ToUpper(c), "CWE-")); err == nil && n > 0 {
					cwes = append(cwes, n)
				}
			}
			if len(cwes) > 0 {
				v.CWEs = &cwes
			}
			if v.Recommendation == "" && a.Patched != "" {
				v.Recommendation = "Upgrade to " + a.Patched + " or later."
			}
			if u := report.RedactURL(a.URL); u != "" {
				v.Advisories = &[]cdx.Advisory{{URL: u}}
			}
		}
		v.Source = src
		rating.Source = src
		v.Ratings = &[]cdx.VulnerabilityRating{rating}
		if ref := byNameVersion[f.Package.String()]; ref != "" {
			v.Affects = &[]cdx.Affects{{Ref: ref, Range: &[]cdx.AffectedVersions{{Version: f.Package.Version, Status: cdx.VulnerabilityStatusAffected}}}}
		}
		if f.Decision == report.DecisionAccepted && f.Acceptance != nil {
			detail := "accepted risk: " + f.Acceptance.Reason
			if f.Acceptance.Expires != "" {
				detail += " (until " + f.Acceptance.Expires + ")"
			}
			if f.Acceptance.AcceptedBy != "" {
				detail += " by " + f.Acceptance.AcceptedBy
			}
			v.Analysis = &cdx.VulnerabilityAnalysis{Response: &[]cdx.ImpactAnalysisResponse{cdx.IARWillNotFix}, Detail: detail}
		}
		props := []cdx.Property{
			{Name: "depfence:rule", Value: string(f.Rule)},
			{Name: "depfence:decision", Value: string(f.Decision)},
			{Name: "depfence:fingerprint", Value: fp},
		}
		if f.Advisory != nil && f.Advisory.Vulnerable != "" {
			props = append(props, cdx.Property{Name: "depfence:vulnerableRange", Value: f.Advisory.Vulnerable})
		}
		if f.Advisory != nil && f.Advisory.Patched != "" {
			props = append(props, cdx.Property{Name: "depfence:patched", Value: f.Advisory.Patched})
		}
		v.Properties = &props
		out = append(out, v)
	}
	return out
}

func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }
