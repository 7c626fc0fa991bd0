package install

import (
	"context"
	"fmt"
	"regexp"
	"slices"
	"strings"

	"github.com/depfence/depfence/internal/analyze"
	"github.com/depfence/depfence/internal/depgraph"
	"github.com/depfence/depfence/internal/finding"
	"github.com/depfence/depfence/internal/lockfile"
	"github.com/depfence/depfence/internal/lockfile/npmlock"
	"github.com/depfence/depfence/internal/rules/rulekit"
)

// RemoteDependency flags a published package that declares a dependency
// fetched from outside the registry: a tarball URL or a git repository.
// npm downloads it, and runs its install scripts, whenever the package is
// installed; no registry scan ever sees that code, and the server can hand
// each installer something different ("remote dynamic dependencies").
type RemoteDependency struct{}

// Meta implements analyze.Rule.
func (RemoteDependency) Meta() analyze.Meta {
	return analyze.Meta{
		ID: "install/remote-dependency", Version: 4, Title: "Depends on code from outside the registry",
		Help: "The package's dependencies (or optional or peer dependencies, which npm also installs) name a tarball URL or a git " +
			"repository instead of a registry version. npm downloads that code, and runs its install scripts, every time the package is " +
			"installed: it is not in the registry, so no registry scan or review of this package sees it, and its server can send each " +
			"installer something different, or something new tomorrow. Published packages almost never do this (none of the 7,813 " +
			"packages in depfence's real-world test set does, outside devDependencies, which are never installed with a package). " +
			"A URL on a host that is not a known release host is critical, over plain HTTP too; a git repository or GitHub shorthand " +
			"is high, medium when pinned to a full commit; a URL on a known release host is medium. A published npm-shrinkwrap.json " +
			"is the same thing one level down: npm installs the tree it locks, so an entry resolved to a plain-HTTP URL or to a public IP " +
			"address is critical and one resolved to a git repository high (an HTTPS URL on a host name is not reported: registry URLs look like that).",
		Remediation: "Do not install this version until you have read what the URL or repository serves. Prefer packages whose " +
			"dependencies all come from the registry; in your own project, pin such a dependency in the lockfile with its integrity.",
		Example:         `"dependencies": { "ui-styles-pkg": "http://packages.example.invalid/npm/ui-styles" }`,
		DefaultSeverity: finding.SeverityHigh, Signal: analyze.SigRemoteExec, Needs: analyze.NeedManifest,
	}
}

// Check implements analyze.Rule.
func (RemoteDependency) Check(ctx context.Context, t *analyze.Target, r analyze.Reporter) error {
	m, _ := t.Manifest()
	if m == nil {
		return nil
	}
	for _, kind := range []struct {
		field string
		deps  map[string]string
	}{{"dependencies", m.Dependencies}, {"optionalDependencies", m.OptionalDependencies}, {"peerDependencies", m.PeerDependencies}} {
		names := make([]string, 0, len(kind.deps))
		for n := range kind.deps {
			names = append(names, n)
		}
		slices.Sort(names)
		for _, name := range names {
			spec := strings.TrimSpace(kind.deps[name])
			sev, what := remoteSpec(t, spec)
			if sev == finding.SeverityNone {
				continue
			}
			r.Report(analyze.Instance{File: "package.json", Severity: sev, Confidence: finding.ConfidenceHigh,
				Message:  fmt.Sprintf("%s %q comes from %s, fetched and installed outside the registry", kind.field, name, what),
				Evidence: rulekit.Ev(fmt.Sprintf("%q: %q", name, jsastClean(spec)), "", "")})
		}
	}
	shrinkwrapSources(ctx, t, r)
	return nil
}

// shrinkwrapFile is the lockfile a package may publish: npm installs the
// package's dependency tree as it says.
const shrinkwrapFile = "npm-shrinkwrap.json"

// shrinkwrapSources reports the entries of a published npm-shrinkwrap.json
// (read by the npm lockfile parser, any lockfileVersion) that npm would
// download from outside the registry: a plain-HTTP URL or one on a public
// IP address (critical), a git repository (high). An HTTPS URL on a host
// name is left alone: the registry's own URLs look like that, whatever
// registry the author used.
func shrinkwrapSources(ctx context.Context, t *analyze.Target, r analyze.Reporter) {
	data, err := t.Read(shrinkwrapFile)
	if err != nil || len(data) > 16<<20 {
		return
	}
	g, err := npmlock.Parser{}.Parse(ctx, lockfile.Input{Path: shrinkwrapFile, Data: data})
	if err != nil {
		return // not a lockfile npm would use either
	}
	nodes := slices.Clone(g.Nodes)
	slices.SortFunc(nodes, func(a, b *depgraph.Node) int { return strings.Compare(a.Key, b.Key) })
	reported := 0
	for _, n := range nodes {
		u := strings.TrimSpace(n.Source.URL)
		l := strings.ToLower(u)
		host := rulekit.Host(u)
		var sev finding.Severity
		var what string
		switch {
		case u == "", (strings.HasPrefix(l, "http://") || strings.HasPrefix(l, "https://")) && rulekit.LocalHost(host):
			continue
		case strings.HasPrefix(l, "http://"):
			sev, what = finding.SeverityCritical, "a plain-HTTP URL on "+host
		case strings.HasPrefix(l, "https://") && rulekit.PublicIP(host):
			sev, what = finding.SeverityCritical, "a URL on the address "+host
		case gitSpec(u):
			sev, what = finding.SeverityHigh, "a git repository"
		default:
			continue
		}
		if reported++; reported > 20 {
			return
		}
		r.Report(analyze.Instance{File: shrinkwrapFile, Line: n.Line, Severity: sev, Confidence: finding.ConfidenceHigh,
			Message:  fmt.Sprintf("%s makes npm install %s from %s, outside the registry", shrinkwrapFile, strings.TrimPrefix(n.Key, "node_modules/"), what),
			Evidence: rulekit.Ev(fmt.Sprintf("%q: %q", n.Key, jsastClean(u)), "", "")})
	}
}

// fullCommit matches a git spec pinned to a whole commit hash.
var fullCommit = regexp.MustCompile(`#[0-9a-fA-F]{40}$`)

// remoteSpec grades a dependency spec: SeverityNone for a registry range,
// tag or alias (and for local paths, which fail outside the author's
// machine but fetch nothing), else the severity and where it comes from.
func remoteSpec(t *analyze.Target, spec string) (finding.Severity, string) {
	l := strings.ToLower(spec)
	switch {
	case strings.HasPrefix(l, "npm:"), localSpec(spec), l == "":
		return finding.SeverityNone, ""
	case strings.HasPrefix(l, "http://"), strings.HasPrefix(l, "https://"):
		host := rulekit.Host(spec)
		switch {
		case rulekit.LocalHost(host):
			return finding.SeverityNone, "" // the author's machine: fails elsewhere, fetches nothing
		case strings.HasPrefix(l, "http://"):
			return finding.SeverityCritical, "a plain-HTTP URL on " + host
		case rulekit.TrustedFor(t, host):
			return finding.SeverityMedium, "a URL on " + host
		}
		return finding.SeverityCritical, "a URL on " + host
	case gitSpec(spec):
		if fullCommit.MatchString(spec) {
			return finding.SeverityMedium, "a git repository (pinned to a commit)"
		}
		return finding.SeverityHigh, "a git repository"
	}
	return finding.SeverityNone, ""
}
