package release

import (
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

// ProvenanceDropped flags a version without the provenance attestation
// earlier versions carried.
type ProvenanceDropped struct{ l *loader }

// Meta implements analyze.GraphRule.
func (ProvenanceDropped) Meta() analyze.Meta {
	return analyze.Meta{
		ID: "release/provenance-dropped", Version: 1, Title: "Provenance missing where earlier versions had it",
		Help: "Earlier versions of the package were published from CI with a provenance attestation (dist.attestations), but " +
			"the locked version has none. A project that publishes with provenance does so from its pipeline; a release " +
			"without it was most likely published by hand, typically with a stolen token (the 2025 compromises of popular " +
			"packages published from attackers' machines). High when the version published just before it had provenance. " +
			"An old release line that never had provenance is not flagged. Mirrors that strip dist.attestations make this " +
			"undecidable: the package is then listed as not checked.",
		Remediation: "Treat the version as unverified: pin the last version with provenance and confirm the release with the " +
			"maintainers before upgrading.",
		Example:         "pkg@4.1.2 has no attestation; 4.1.1 and every release since 3.0.0 had SLSA provenance",
		DefaultSeverity: finding.SeverityHigh, Signal: analyze.SigMisc, Needs: analyze.NeedGraph | analyze.NeedPackument,
	}
}

// CheckGraph implements analyze.GraphRule.
func (r ProvenanceDropped) CheckGraph(ctx context.Context, t *analyze.GraphTarget, rep analyze.GraphReporter) error {
	return run(ctx, r.l, t, rep, true, func(t *analyze.GraphTarget, it *item, h *history, e *ver) verdict {
		if hasProvenance(e.pv) {
			return verdict{}
		}
		if !h.hasTime && !h.hasUser {
			return skip("registry document is abbreviated or mirror-stripped (no time, _npmUser or attestations)")
		}
		before := h.earlier(e)
		var withProv []*ver
		lineHad := false
		for _, o := range before {
			if hasProvenance(o.pv) {
				withProv = append(withProv, o)
				if line(o.v) == line(e.v) {
					lineHad = true
				}
			}
		}
		if len(withProv) == 0 {
			return verdict{}
		}
		last := before[len(before)-1]
		newest := withProv[len(withProv)-1]
		if !lineHad && cmpVer(e, newest) < 0 {
			return verdict{} // an old line that predates provenance
		}
		sev, conf := finding.SeverityMedium, finding.ConfidenceMedium
		if hasProvenance(last.pv) {
			sev, conf = finding.SeverityHigh, finding.ConfidenceHigh
		}
		return verdict{found: []analyze.Instance{{
			Message: fmt.Sprintf("%s@%s has no provenance attestation, but %d earlier versions had one (latest: %s)",
				it.name, it.version, len(withProv), newest.raw),
			Evidence: []finding.Evidence{
				graphkit.Ev(fmt.Sprintf("%s (%s): no dist.attestations; published by %s", e.raw, day(e.t), who(e.pv.NpmUser))),
				graphkit.Ev(fmt.Sprintf("%s (%s): %s", newest.raw, day(newest.t), orText(newest.pv.Dist.ProvenancePredicateType, "attested"))),
			},
			Severity: sev, Confidence: conf,
		}}}
	})
}

func orText(s, d string) string {
	if s == "" {
		return d
	}
	return s
}

// installHooks are the scripts npm runs when installing a registry
// package (prepare runs only for git and local sources).
var installHooks = []string{"preinstall", "install", "postinstall"}

// installScripts returns the install-time scripts of a registry manifest.
func installScripts(pv *npm.PackumentVersion) map[string]string {
	out := map[string]string{}
	for _, k := range installHooks {
		if c := strings.TrimSpace(pv.Scripts[k]); c != "" {
			out[k] = c
		}
	}
	return out
}

// addsInstallScript reports whether cur runs something at install that
// prev did not.
func addsInstallScript(prev, cur *npm.PackumentVersion) bool {
	return len(newScripts(prev, cur)) > 0
}

// newScripts returns cur's install hooks that prev lacks or runs
// differently; an abbreviated document has only hasInstallScript.
func newScripts(prev, cur *npm.PackumentVersion) []string {
	ps, cs := installScripts(prev), installScripts(cur)
	var out []string
	for _, k := range installHooks {
		if c, ok := cs[k]; ok && ps[k] == "" {
			out = append(out, k+": "+c)
		}
	}
	if len(out) == 0 && len(cs) == 0 && cur.HasInstallScript && !prev.HasInstallScript {
		out = append(out, "hasInstallScript: true")
	}
	return out
}

// NewInstallScript flags a version that runs an install script its
// previous version did not.
type NewInstallScript struct{ l *loader }

// Meta implements analyze.GraphRule.
func (NewInstallScript) Meta() analyze.Meta {
	return analyze.Meta{
		ID: "release/new-install-script", Version: 1, Title: "Install script added in this version",
		Help: "The locked version runs a preinstall, install or postinstall script that the previous version (in semver " +
			"order) did not. Install scripts run with the installing user's rights before any code review; a compromised " +
			"release almost always adds one (ua-parser-js, coa, rc, the Shai-Hulud worm). A newly added native build " +
			"(install: node-gyp rebuild for a binding.gyp) is reported at medium severity. Reads the version manifests of the " +
			"packument (scripts, or hasInstallScript in the abbreviated form).",
		Remediation: "Read the new script (depfence diff-version NAME OLD NEW) before installing; install with scripts " +
			"disabled or pin the previous version.",
		Example:         `pkg@1.0.5 adds "postinstall": "node setup.js" (1.0.4 had no install script)`,
		DefaultSeverity: finding.SeverityHigh, Signal: analyze.SigInstall, Needs: analyze.NeedGraph | analyze.NeedPackument,
	}
}

// CheckGraph implements analyze.GraphRule.
func (r NewInstallScript) CheckGraph(ctx context.Context, t *analyze.GraphTarget, rep analyze.GraphReporter) error {
	return run(ctx, r.l, t, rep, true, func(t *analyze.GraphTarget, it *item, h *history, e *ver) verdict {
		prev := h.previous(e)
		if prev == nil {
			return verdict{}
		}
		added := newScripts(prev.pv, e.pv)
		if len(added) == 0 {
			return verdict{}
		}
		sev, conf := finding.SeverityHigh, finding.ConfidenceMedium
		if len(added) == 1 && added[0] == "install: node-gyp rebuild" {
			sev = finding.SeverityMedium
		}
		if k := bumpKind(prev.v, e.v); k == "patch" || k == "prerelease" {
			conf = finding.ConfidenceHigh
		}
		var ev []finding.Evidence
		for _, a := range added {
			ev = append(ev, graphkit.Snip(a, "new in "+e.raw))
		}
		ev = append(ev, graphkit.Ev(fmt.Sprintf("previous version %s had none", prev.raw)))
		return verdict{found: []analyze.Instance{{
			Message:  fmt.Sprintf("%s@%s adds an install script that %s did not have", it.name, it.version, prev.raw),
			Evidence: ev, Severity: sev, Confidence: conf,
		}}}
	})
}

// binNames returns the command names a manifest's "bin" installs.
func binNames(name string, raw json.RawMessage) []string {
	if len(raw) == 0 {
		return nil
	}
	switch raw[0] {
	case '"':
		var s string
		if json.Unmarshal(raw, &s) == nil && strings.TrimSpace(s) != "" {
			return []string{graphkit.Bare(name)}
		}
	case '{':
		var m map[string]json.RawMessage
		if json.Unmarshal(raw, &m) == nil {
			out := make([]string, 0, len(m))
			for k := range m {
				out = append(out, k)
			}
			slices.Sort(out)
			return out
		}
	}
	return nil
}

// systemCommands are commands a package bin would shadow on PATH.
var systemCommands = map[string]bool{
	"node": true, "npm": true, "npx": true, "yarn": true, "pnpm": true, "bun": true, "git": true, "sh": true, "bash": true,
	"zsh": true, "curl": true, "wget": true, "ssh": true, "sudo": true, "python": true, "python3": true, "ls": true,
	"cp": true, "mv": true, "rm": true, "cat": true, "env": true, "tsc": true, "gh": true, "docker": true, "corepack": true,
}

// NewBin flags a version that installs commands its previous version did
// not.
type NewBin struct{ l *loader }

// Meta implements analyze.GraphRule.
func (NewBin) Meta() analyze.Meta {
	return analyze.Meta{
		ID: "release/new-bin", Version: 1, Title: "Command (bin) added in this version",
		Help: "The locked version declares a \"bin\" command its previous version (in semver order) did not. Package bins are " +
			"linked into node_modules/.bin, which npm scripts put first on PATH, so a new bin named like a common tool (node, " +
			"git, npm, curl, ...) shadows that tool whenever a script runs it; any new bin is code that runs when invoked by " +
			"name. High when the name shadows a system command.",
		Remediation:     "Check why the command was added (changelog, repository); pin the previous version if it is unexplained.",
		Example:         `pkg@2.3.1 adds "bin": {"git": "lib/git.js"}`,
		DefaultSeverity: finding.SeverityMedium, Signal: analyze.SigMisc, Needs: analyze.NeedGraph | analyze.NeedPackument,
	}
}

// CheckGraph implements analyze.GraphRule.
func (r NewBin) CheckGraph(ctx context.Context, t *analyze.GraphTarget, rep analyze.GraphReporter) error {
	return run(ctx, r.l, t, rep, true, func(t *analyze.GraphTarget, it *item, h *history, e *ver) verdict {
		prev := h.previous(e)
		if prev == nil {
			return verdict{}
		}
		old := binNames(it.name, prev.pv.Bin)
		var added []string
		sev := finding.SeverityMedium
		for _, b := range binNames(it.name, e.pv.Bin) {
			if !slices.Contains(old, b) {
				added = append(added, b)
				if systemCommands[strings.ToLower(b)] {
					sev = finding.SeverityHigh
				}
			}
		}
		if len(added) == 0 {
			return verdict{}
		}
		return verdict{found: []analyze.Instance{{
			Message:  fmt.Sprintf("%s@%s adds the command(s) %s that %s did not install", it.name, it.version, strings.Join(added, ", "), prev.raw),
			Evidence: []finding.Evidence{graphkit.Snip(graphkit.Clip(string(e.pv.Bin), 200), "bin of "+e.raw)},
			Severity: sev, Confidence: finding.ConfidenceMedium,
		}}}
	})
}

// NewDependency flags dependencies that appear in the locked version but
// not in the previous one.
type NewDependency struct{ l *loader }

// Meta implements analyze.GraphRule.
func (NewDependency) Meta() analyze.Meta {
	return analyze.Meta{
		ID: "release/new-dependency", Version: 1, Title: "Dependency added in this version",
		Help: "The locked version depends on packages (dependencies or optionalDependencies) that the previous version in " +
			"semver order did not. Adding a fresh dependency is how event-stream@3.3.6 pulled in the malicious flatmap-stream: " +
			"the top package's code stays clean and the payload hides one level down. New dependencies in a minor or major " +
			"release are routine (low); in a patch release they are unusual (medium).",
		Remediation:     "Look at each new dependency (who publishes it, how old it is, what it does) before accepting the version.",
		Example:         "event-stream@3.3.6 adds flatmap-stream@^0.1.0 (patch release)",
		DefaultSeverity: finding.SeverityLow, Signal: analyze.SigMisc, Needs: analyze.NeedGraph | analyze.NeedPackument,
	}
}

// CheckGraph implements analyze.GraphRule.
func (r NewDependency) CheckGraph(ctx context.Context, t *analyze.GraphTarget, rep analyze.GraphReporter) error {
	return run(ctx, r.l, t, rep, true, func(t *analyze.GraphTarget, it *item, h *history, e *ver) verdict {
		prev := h.previous(e)
		if prev == nil {
			return verdict{}
		}
		old := deps(prev.pv)
		var added []string
		for _, d := range sortedKeys(deps(e.pv)) {
			if _, ok := old[d]; !ok {
				added = append(added, d)
			}
		}
		if len(added) == 0 {
			return verdict{}
		}
		kind := bumpKind(prev.v, e.v)
		sev, conf := finding.SeverityLow, finding.ConfidenceLow
		if kind == "patch" {
			sev, conf = finding.SeverityMedium, finding.ConfidenceMedium
		}
		cur := deps(e.pv)
		var ev []finding.Evidence
		for i, d := range added {
			if i == 10 {
				ev = append(ev, graphkit.Ev(fmt.Sprintf("and %d more", len(added)-10)))
				break
			}
			ev = append(ev, graphkit.Snip(d+"@"+cur[d], "new in "+e.raw))
		}
		return verdict{found: []analyze.Instance{{
			Message: fmt.Sprintf("%s@%s (a %s release after %s) adds %d dependenc%s: %s", it.name, it.version, kind, prev.raw,
				len(added), plural(len(added), "y", "ies"), graphkit.Clip(strings.Join(added, ", "), 200)),
			Evidence: ev, Severity: sev, Confidence: conf,
		}}}
	})
}

// deps returns the dependencies npm installs for a registry package.
func deps(pv *npm.PackumentVersion) map[string]string {
	out := map[string]string{}
	for k, v := range pv.Dependencies {
		out[k] = v
	}
	for k, v := range pv.OptionalDependencies {
		out[k] = v
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

func plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}
