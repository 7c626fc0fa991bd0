// Package manifest holds the manifest-confusion rule: the registry's
// version manifest (what npm shows, resolves dependencies from and what
// most tools audit) disagreeing with the package.json inside the tarball
// (what is installed, and whose scripts and bins actually run).
package manifest

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"slices"
	"strings"

	"github.com/depfence/depfence/internal/analyze"
	"github.com/depfence/depfence/internal/finding"
	"github.com/depfence/depfence/internal/npm"
	"github.com/depfence/depfence/internal/rules/graphkit"
)

// Rules returns the manifest rules.
func Rules() []analyze.Rule { return []analyze.Rule{Confusion{}} }

// Confusion compares the registry's manifest of a version with the
// tarball's package.json.
type Confusion struct{}

// Meta implements analyze.Rule.
func (Confusion) Meta() analyze.Meta {
	return analyze.Meta{
		ID: "manifest/confusion", Version: 1, Title: "Registry manifest disagrees with the tarball's package.json",
		Help: "npm's registry stores a version's manifest separately from its tarball and never checks that they agree " +
			"(manifest confusion, Darcy Clarke 2023). npm resolves dependencies from the registry manifest, but runs the " +
			"install scripts and links the bins of the package.json inside the tarball, so a package can show no install " +
			"script on the registry and run one on install, or install dependencies its package.json does not list. The " +
			"rule compares name, version, install scripts (preinstall, install, postinstall), dependencies and " +
			"optionalDependencies, bin and gypfile. A script present in the tarball but hidden from the registry is " +
			"critical. Normalisation npm applies on publish is not flagged: fields starting with _, gitHead, readme, " +
			"install: node-gyp rebuild added for a binding.gyp, ./ prefixes of bin paths, directories.bin expanded into " +
			"bin, dependencies that are also optional, and github shorthand specs. Without the registry document the " +
			"package is reported as not compared (informational).",
		Remediation: "Treat the tarball's package.json as the truth: review the scripts and dependencies it declares, and do " +
			"not install the version until the publisher explains the difference (a legitimate publish through npm always " +
			"sends matching manifests).",
		Example:         `registry manifest: "scripts": {"test": "jest"}; tarball package.json: "scripts": {"postinstall": "node x.js"}`,
		DefaultSeverity: finding.SeverityHigh, Signal: analyze.SigEvasion, Needs: analyze.NeedManifest | analyze.NeedFiles | analyze.NeedPackument,
	}
}

// Check implements analyze.Rule.
func (Confusion) Check(ctx context.Context, t *analyze.Target, r analyze.Reporter) error {
	m, err := t.Manifest()
	if err != nil || m == nil {
		return nil // no package.json: other rules report partial or invalid packages
	}
	raw, _ := t.Read("package.json")
	info := func(msg string) {
		r.Report(analyze.Instance{File: "package.json", Message: msg, Severity: finding.SeverityInfo, Confidence: finding.ConfidenceHigh})
	}
	if len(t.Packument) == 0 {
		info("manifest confusion not checked: the registry's manifest of this version is not available")
		return nil
	}
	version := t.Package.Version
	if version == "" {
		version = m.Version
	}
	reg, why := RegistryManifest(t.Packument, version)
	if reg == nil {
		info("manifest confusion not checked: " + why)
		return nil
	}
	for _, d := range Compare(reg, m, t.Files()) {
		in := analyze.Instance{
			File: "package.json", Line: graphkit.KeyLine(raw, d.Field), Message: d.Message,
			Severity: d.Severity, Confidence: finding.ConfidenceHigh, Signal: d.Signal,
			Evidence: []finding.Evidence{
				{Snippet: graphkit.Clip(d.Tarball, 300), Detail: "tarball package.json"},
				{Snippet: graphkit.Clip(d.Registry, 300), Detail: "registry manifest"},
			},
		}
		if in.Line == 0 {
			in.Line = 1
		}
		r.Report(in)
	}
	return nil
}

// RegistryManifest finds version in a registry document: a packument
// ("versions") or a single version manifest (the /name/version body).
// When it cannot, it says why.
func RegistryManifest(doc []byte, version string) (*npm.PackumentVersion, string) {
	var probe struct {
		Versions json.RawMessage `json:"versions"`
		Version  json.RawMessage `json:"version"`
	}
	if json.Unmarshal(bytes.TrimPrefix(doc, []byte("\xef\xbb\xbf")), &probe) != nil {
		return nil, "the registry document is not a JSON object"
	}
	if len(probe.Versions) > 0 {
		p, err := npm.ParsePackument(doc)
		if err != nil {
			return nil, "the registry document is unreadable: " + err.Error()
		}
		if pv := p.Versions[version]; pv != nil {
			return pv, ""
		}
		if v, err := npm.ParseVersion(version); err == nil {
			if pv := p.Versions[v.String()]; pv != nil {
				return pv, ""
			}
		}
		return nil, fmt.Sprintf("version %q is not in the registry document", version)
	}
	pv, err := npm.ParsePackumentVersion(doc)
	if err != nil {
		return nil, "the registry document is unreadable: " + err.Error()
	}
	if !sameVersion(pv.Version, version) {
		return nil, fmt.Sprintf("the registry document describes version %q, not %q", pv.Version, version)
	}
	return pv, ""
}

// Difference is one disagreement between the registry manifest and the
// tarball's package.json.
type Difference struct {
	// Field is the package.json key ("scripts", "dependencies", ...).
	Field    string
	Message  string
	Tarball  string // the tarball's value, rendered
	Registry string // the registry's value, rendered
	Severity finding.Severity
	Signal   analyze.Signal
}

// installHooks run when npm installs a registry package.
var installHooks = []string{"preinstall", "install", "postinstall"}

// gypDefault is the script npm adds for a package with binding.gyp.
const gypDefault = "node-gyp rebuild"

// Compare lists the differences between the registry manifest reg and the
// tarball manifest tar (files lists the tarball's files, for binding.gyp).
func Compare(reg *npm.PackumentVersion, tar *npm.Manifest, files []string) []Difference {
	var out []Difference
	if reg.Name != tar.Name {
		out = append(out, Difference{Field: "name", Severity: finding.SeverityHigh, Signal: analyze.SigEvasion,
			Message: fmt.Sprintf("the tarball's package.json names %q but the registry manifest names %q", tar.Name, reg.Name),
			Tarball: tar.Name, Registry: reg.Name})
	}
	if !sameVersion(reg.Version, tar.Version) {
		out = append(out, Difference{Field: "version", Severity: finding.SeverityHigh, Signal: analyze.SigEvasion,
			Message: fmt.Sprintf("the tarball's package.json says version %q but the registry manifest says %q", tar.Version, reg.Version),
			Tarball: tar.Version, Registry: reg.Version})
	}
	out = append(out, compareScripts(reg, tar, files)...)
	out = append(out, compareDeps(reg, tar)...)
	out = append(out, compareBin(reg, tar)...)
	return out
}

func sameVersion(a, b string) bool {
	if a == b {
		return true
	}
	va, ea := npm.ParseVersion(a)
	vb, eb := npm.ParseVersion(b)
	return ea == nil && eb == nil && va.String() == vb.String()
}

// effectiveScripts returns the install hooks npm runs for a manifest,
// including the node-gyp build npm adds for binding.gyp.
func effectiveScripts(scripts map[string]string, files []string, tarball bool) map[string]string {
	out := map[string]string{}
	for _, h := range installHooks {
		if c := strings.TrimSpace(scripts[h]); c != "" {
			out[h] = c
		}
	}
	if tarball && out["install"] == "" && out["preinstall"] == "" && slices.Contains(files, "binding.gyp") {
		out["install"] = gypDefault
	}
	return out
}

func compareScripts(reg *npm.PackumentVersion, tar *npm.Manifest, files []string) []Difference {
	var out []Difference
	ts := effectiveScripts(tar.Scripts, files, true)
	rs := effectiveScripts(reg.Scripts, nil, false)
	for _, h := range installHooks {
		tc, rc := ts[h], rs[h]
		switch {
		case tc == rc:
		case tc != "" && rc == "":
			sev := finding.SeverityCritical
			msg := fmt.Sprintf("the tarball runs a %s script that the registry manifest hides", h)
			if reg.Scripts == nil {
				if reg.HasInstallScript {
					continue // an abbreviated document: it admits to install scripts without listing them
				}
				// no "scripts" at all: an abbreviated document of an old
				// version may lack hasInstallScript, so be less sure
				sev = finding.SeverityHigh
				msg = fmt.Sprintf("the tarball runs a %s script; the registry manifest lists no scripts and no install script", h)
			}
			if tc == gypDefault && strings.TrimSpace(tar.Scripts[h]) == "" {
				// npm runs node-gyp for binding.gyp anyway; the registry
				// just failed to record it
				sev, msg = finding.SeverityMedium, "the tarball's binding.gyp makes npm run node-gyp rebuild at install, which the registry manifest does not show"
			} else if reg.HasInstallScript {
				sev = finding.SeverityHigh // the registry at least admits to an install script
			}
			out = append(out, Difference{Field: "scripts", Severity: sev, Signal: analyze.SigInstall, Message: msg,
				Tarball: h + ": " + tc, Registry: "(no " + h + " script" + hasScriptNote(reg) + ")"})
		case tc != "" && rc != "":
			out = append(out, Difference{Field: "scripts", Severity: finding.SeverityHigh, Signal: analyze.SigInstall,
				Message: fmt.Sprintf("the tarball's %s script is not the one the registry manifest shows", h),
				Tarball: h + ": " + tc, Registry: h + ": " + rc})
		case tc == "" && rc != "":
			if rc == gypDefault && tar.Gypfile {
				continue
			}
			out = append(out, Difference{Field: "scripts", Severity: finding.SeverityLow, Signal: analyze.SigEvasion,
				Message: fmt.Sprintf("the registry manifest shows a %s script that the tarball does not have", h),
				Tarball: "(no " + h + " script)", Registry: h + ": " + rc})
		}
	}
	return out
}

func hasScriptNote(reg *npm.PackumentVersion) string {
	if reg.HasInstallScript {
		return "; hasInstallScript: true"
	}
	return "; hasInstallScript: false"
}

// installDeps returns the dependencies npm installs, normalised the way
// npm publishes them: an optional dependency wins over a regular one.
func installDeps(m *npm.Manifest) map[string]string {
	out := map[string]string{}
	for k, v := range m.Dependencies {
		out[k] = normSpec(v)
	}
	for k, v := range m.OptionalDependencies {
		out[k] = normSpec(v)
	}
	return out
}

// normSpec applies the spec normalisation npm does on publish.
func normSpec(s string) string {
	s = strings.TrimSpace(s)
	if s == "" || s == "latest" {
		return "*"
	}
	if strings.HasPrefix(s, "github:") {
		return strings.TrimPrefix(s, "github:")
	}
	return s
}

func compareDeps(reg *npm.PackumentVersion, tar *npm.Manifest) []Difference {
	var out []Difference
	td, rd := installDeps(tar), installDeps(&reg.Manifest)
	var hidden, unlisted, changed []string
	for _, k := range sortedKeys(rd) {
		tv, ok := td[k]
		switch {
		case !ok:
			hidden = append(hidden, k+"@"+rd[k])
		case tv != rd[k]:
			changed = append(changed, fmt.Sprintf("%s: tarball %s, registry %s", k, tv, rd[k]))
		}
	}
	for _, k := range sortedKeys(td) {
		if _, ok := rd[k]; !ok {
			unlisted = append(unlisted, k+"@"+td[k])
		}
	}
	if len(hidden) > 0 {
		out = append(out, Difference{Field: "dependencies", Severity: finding.SeverityHigh, Signal: analyze.SigEvasion,
			Message:  fmt.Sprintf("npm installs %d dependenc%s from the registry manifest that the tarball's package.json does not list: %s", len(hidden), plural(len(hidden)), clipList(hidden)),
			Tarball:  "(not listed)",
			Registry: clipList(hidden)})
	}
	if len(unlisted) > 0 {
		out = append(out, Difference{Field: "dependencies", Severity: finding.SeverityMedium, Signal: analyze.SigEvasion,
			Message:  fmt.Sprintf("the tarball's package.json lists %d dependenc%s the registry manifest does not: %s", len(unlisted), plural(len(unlisted)), clipList(unlisted)),
			Tarball:  clipList(unlisted),
			Registry: "(not listed)"})
	}
	if len(changed) > 0 {
		out = append(out, Difference{Field: "dependencies", Severity: finding.SeverityMedium, Signal: analyze.SigEvasion,
			Message:  fmt.Sprintf("%d dependency range%s differ between the tarball and the registry manifest", len(changed), pluralS(len(changed))),
			Tarball:  clipList(changed),
			Registry: clipList(changed)})
	}
	return out
}

func compareBin(reg *npm.PackumentVersion, tar *npm.Manifest) []Difference {
	tb, rb := npm.Bins(tar.Name, tar.Bin), npm.Bins(reg.Name, reg.Bin)
	if len(tb) == 0 && len(rb) > 0 {
		return nil // directories.bin expanded on publish, or the registry lists more than is linked
	}
	var hidden, changed []string
	for _, k := range sortedKeys(tb) {
		rv, ok := rb[k]
		switch {
		case !ok:
			hidden = append(hidden, k+" -> "+tb[k])
		case rv != tb[k]:
			changed = append(changed, fmt.Sprintf("%s: tarball %s, registry %s", k, tb[k], rv))
		}
	}
	var out []Difference
	if len(hidden) > 0 {
		out = append(out, Difference{Field: "bin", Severity: finding.SeverityMedium, Signal: analyze.SigEvasion,
			Message:  "the tarball links commands the registry manifest does not show: " + clipList(hidden),
			Tarball:  clipList(hidden),
			Registry: "(not listed)"})
	}
	if len(changed) > 0 {
		out = append(out, Difference{Field: "bin", Severity: finding.SeverityMedium, Signal: analyze.SigEvasion,
			Message:  "commands point at other files in the tarball than in the registry manifest: " + clipList(changed),
			Tarball:  clipList(changed),
			Registry: clipList(changed)})
	}
	return out
}

func sortedKeys(m map[string]string) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	slices.Sort(out)
	return out
}

func clipList(l []string) string {
	if len(l) > 10 {
		l = append(slices.Clone(l[:10]), fmt.Sprintf("%d more", len(l)-10))
	}
	return graphkit.Clip(strings.Join(l, ", "), 300)
}

func plural(n int) string {
	if n == 1 {
		return "y"
	}
	return "ies"
}

func pluralS(n int) string {
	if n == 1 {
		return ""
	}
	return "s"
}

// VersionDocument renders the fields Compare reads from a registry version
// manifest as a /name/version-shaped JSON document, for callers that hold a
// parsed packument rather than its bytes (Target.Packument). Feed it the
// FULL packument's version: the abbreviated form has no "scripts".
func VersionDocument(pv *npm.PackumentVersion) []byte {
	doc := map[string]any{"name": pv.Name, "version": pv.Version}
	if pv.Scripts != nil {
		doc["scripts"] = pv.Scripts
	}
	if pv.Dependencies != nil {
		doc["dependencies"] = pv.Dependencies
	}
	if pv.OptionalDependencies != nil {
		doc["optionalDependencies"] = pv.OptionalDependencies
	}
	if len(pv.Bin) > 0 && json.Valid(pv.Bin) {
		doc["bin"] = pv.Bin
	}
	if pv.Gypfile {
		doc["gypfile"] = true
	}
	if pv.HasInstallScript {
		doc["hasInstallScript"] = true
	}
	b, err := json.Marshal(doc)
	if err != nil {
		return nil
	}
	return b
}
