package lockfile

import (
	"context"
	"fmt"
	"path"
	"strings"

	"github.com/depfence/depfence/internal/analyze"
	"github.com/depfence/depfence/internal/depgraph"
	"github.com/depfence/depfence/internal/finding"
	"github.com/depfence/depfence/internal/npm"
	"github.com/depfence/depfence/internal/rules/graphkit"
)

// UntrustedHost flags packages resolved from a host that is neither the
// configured registry, a scope's registry, the public registry nor a host
// the policy allows (lockfile-lint's validate-host / allowed-hosts).
type UntrustedHost struct{}

// Meta implements analyze.GraphRule.
func (UntrustedHost) Meta() analyze.Meta {
	return analyze.Meta{
		ID: "lockfile/untrusted-host", Version: 1, Title: "Lockfile entry downloads from an untrusted host",
		Help: "A package's resolved URL points at a host that is not the configured registry, the registry configured for its scope, " +
			"the public registry or a host the policy allows, or has no host at all. Package managers download from the lockfile URL as written, so an edited " +
			"lockfile (for example in a pull request) can swap a dependency for a tarball on an attacker's server while package.json " +
			"looks unchanged.",
		Remediation:     "Regenerate the entry from your registry (delete it and reinstall), or add the host (or a *.domain pattern) to allowedHosts in depfence.yaml if it is yours.",
		Example:         `"resolved": "https://evil.example/lodash/-/lodash-4.17.21.tgz"`,
		DefaultSeverity: finding.SeverityHigh, Signal: analyze.SigMisc, Needs: analyze.NeedGraph,
	}
}

// CheckGraph implements analyze.GraphRule.
func (UntrustedHost) CheckGraph(ctx context.Context, t *analyze.GraphTarget, r analyze.GraphReporter) error {
	h := graphkit.NewHosts(t)
	if !h.Configured() {
		return nil // nothing to compare with
	}
	for _, n := range t.Graph.Nodes {
		if ctx.Err() != nil {
			return ctx.Err()
		}
		if !remote(t.Graph, n) || (n.Source.Kind != depgraph.SourceRegistry && n.Source.Kind != depgraph.SourceTarball) {
			continue
		}
		u, ok := graphkit.ParseURL(n.Source.URL)
		if !ok || (u.Scheme != "https" && u.Scheme != "http") {
			continue
		}
		if u.Host == "" {
			// lockfile-lint's empty-hostname check: a resolved URL without a
			// host is resolved against whatever the client decides.
			graphkit.Report(t, r, n, analyze.Instance{
				Message:    fmt.Sprintf("%s has a resolved URL without a host", n),
				Evidence:   []finding.Evidence{graphkit.Snip(graphkit.Redact(n.Source.URL), "empty host")},
				Confidence: finding.ConfidenceHigh,
			})
			continue
		}
		if _, trusted := h.Trusted(u.Host); trusted {
			continue
		}
		graphkit.Report(t, r, n, analyze.Instance{
			Message:    fmt.Sprintf("%s is downloaded from %s, which is not a configured, public or allowed registry host", n, u.Hostname()),
			Evidence:   []finding.Evidence{graphkit.Snip(graphkit.Redact(n.Source.URL), "host: "+u.Host)},
			Confidence: finding.ConfidenceHigh,
		})
	}
	return nil
}

// InsecureURL flags resolved URLs fetched without TLS (lockfile-lint's
// validate-https): http:// tarballs and git:// or git+http:// repositories.
type InsecureURL struct{}

// Meta implements analyze.GraphRule.
func (InsecureURL) Meta() analyze.Meta {
	return analyze.Meta{
		ID: "lockfile/insecure-url", Version: 1, Title: "Lockfile entry downloads over plain HTTP",
		Help: "A package is fetched over http://, git:// or git+http://. Anyone on the network path (a café Wi-Fi, a compromised proxy, " +
			"a CI provider's network) can replace the code in transit. Integrity hashes limit the damage for tarballs, but entries " +
			"without a strong hash, and git sources, have no such protection.",
		Remediation:     "Use https:// (or git+https://, git+ssh://) URLs and regenerate the entry; point the registry setting at an https URL.",
		Example:         `"resolved": "http://registry.example.com/left-pad/-/left-pad-1.3.0.tgz"`,
		DefaultSeverity: finding.SeverityMedium, Signal: analyze.SigMisc, Needs: analyze.NeedGraph,
	}
}

// CheckGraph implements analyze.GraphRule.
func (InsecureURL) CheckGraph(ctx context.Context, t *analyze.GraphTarget, r analyze.GraphReporter) error {
	for _, n := range t.Graph.Nodes {
		if ctx.Err() != nil {
			return ctx.Err()
		}
		if !remote(t.Graph, n) {
			continue
		}
		u, ok := graphkit.ParseURL(n.Source.URL)
		if !ok {
			continue
		}
		switch u.Scheme {
		case "http", "git", "git+http":
		default:
			continue
		}
		sev := finding.SeverityMedium
		pinned := !n.Integrity.IsZero() && !n.Integrity.Weak()
		if n.Source.Kind == depgraph.SourceGit {
			pinned = isCommit(n.Source.Commit)
		}
		if !pinned {
			sev = finding.SeverityHigh
		}
		graphkit.Report(t, r, n, analyze.Instance{
			Message:  fmt.Sprintf("%s is downloaded over unencrypted %s://", n, u.Scheme),
			Evidence: []finding.Evidence{graphkit.Snip(graphkit.Redact(n.Source.URL), pinnedDetail(n, pinned))},
			Severity: sev, Confidence: finding.ConfidenceHigh,
		})
	}
	return nil
}

func pinnedDetail(n *depgraph.Node, pinned bool) string {
	switch {
	case n.Source.Kind == depgraph.SourceGit && pinned:
		return "pinned to commit " + n.Source.Commit
	case n.Source.Kind == depgraph.SourceGit:
		return "not pinned to a commit"
	case pinned:
		return "integrity " + algo(n.Integrity) + " still protects the content"
	default:
		return "no strong integrity hash protects the content"
	}
}

func algo(i npm.Integrity) string {
	if h, ok := i.Strongest(); ok {
		return h.Algorithm.String()
	}
	return "none"
}

// isCommit reports whether s is a full hex git object id.
func isCommit(s string) bool {
	if len(s) != 40 && len(s) != 64 {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !('0' <= c && c <= '9' || 'a' <= c && c <= 'f' || 'A' <= c && c <= 'F') {
			return false
		}
	}
	return true
}

// ExoticSource flags packages that do not come from a registry: git
// repositories, remote tarball URLs and vendored tarballs
// (lockfile-lint's allowed-schemes).
type ExoticSource struct{}

// Meta implements analyze.GraphRule.
func (ExoticSource) Meta() analyze.Meta {
	return analyze.Meta{
		ID: "lockfile/exotic-source", Version: 1, Title: "Dependency comes from git, a URL or a vendored tarball",
		Help: "The package is not installed from a registry but from a git repository, an arbitrary tarball URL or a tarball in the " +
			"repository. Such sources skip the registry's guarantees: no immutable versions, no registry signatures or provenance, no " +
			"malware takedown. Git dependencies (and remote tarballs holding unbuilt source) are prepared on your machine: npm, yarn " +
			"and pnpm run their prepare script to build them even when install scripts are disabled. A git dependency not pinned to a " +
			"commit changes whenever its branch moves.",
		Remediation:     "Prefer a published registry version. If you must keep the source, pin git dependencies to a full commit and review the repository or tarball.",
		Example:         `"is-number": "github:jonschlinkert/is-number#7.0.0"`,
		DefaultSeverity: finding.SeverityMedium, Signal: analyze.SigMisc, Needs: analyze.NeedGraph,
	}
}

// CheckGraph implements analyze.GraphRule.
func (ExoticSource) CheckGraph(ctx context.Context, t *analyze.GraphTarget, r analyze.GraphReporter) error {
	for _, n := range t.Graph.Nodes {
		if ctx.Err() != nil {
			return ctx.Err()
		}
		if n.Flags.Has(depgraph.Bundled) || t.Graph.IsRoot(n.ID) {
			continue
		}
		var in analyze.Instance
		switch n.Source.Kind {
		case depgraph.SourceGit:
			in.Message = fmt.Sprintf("%s is installed from a git repository; its prepare script runs at install even with scripts disabled", n.Name)
			detail := "pinned to commit " + n.Source.Commit
			if !isCommit(n.Source.Commit) {
				in.Severity = finding.SeverityHigh
				detail = "not pinned to a commit: the branch or tag can move"
			}
			in.Evidence = []finding.Evidence{graphkit.Snip(graphkit.Redact(n.Source.URL), detail)}
		case depgraph.SourceTarball:
			if u, ok := graphkit.ParseURL(n.Source.URL); ok {
				if _, shaped := graphkit.ParseTarball(u); shaped {
					continue // a registry tarball pinned by URL (url-mismatch and untrusted-host judge it)
				}
			}
			in.Message = fmt.Sprintf("%s is installed from a tarball URL, outside any registry", n.Name)
			in.Evidence = []finding.Evidence{graphkit.Snip(graphkit.Redact(n.Source.URL), "remote tarball")}
		case depgraph.SourceFile:
			if !isArchive(n.Source.Path) {
				continue // a directory of the project's own code
			}
			in.Message = fmt.Sprintf("%s is installed from a tarball vendored in the repository (%s)", n.Name, graphkit.Clip(n.Source.Path, 120))
			in.Evidence = []finding.Evidence{graphkit.Snip("file:"+graphkit.Clip(n.Source.Path, 200), "vendored tarball: review its contents, no registry vouches for it")}
			in.Severity = finding.SeverityLow
		case depgraph.SourceUnknown:
			if n.Source.URL == "" {
				continue
			}
			in.Message = fmt.Sprintf("%s has an unrecognised source", n.Name)
			in.Evidence = []finding.Evidence{graphkit.Snip(graphkit.Redact(n.Source.URL), "source kind unknown")}
		default:
			continue
		}
		in.Confidence = finding.ConfidenceHigh
		graphkit.Report(t, r, n, in)
	}
	return nil
}

func isArchive(p string) bool {
	p = strings.ToLower(path.Base(strings.ReplaceAll(p, "\\", "/")))
	for _, ext := range []string{".tgz", ".tar.gz", ".tar", ".tar.bz2", ".tar.xz", ".zip"} {
		if strings.HasSuffix(p, ext) {
			return true
		}
	}
	return false
}

// URLMismatch flags resolved URLs that are not the tarball of the package
// and version the entry claims (lockfile-lint's validate-package-names).
type URLMismatch struct{}

// Meta implements analyze.GraphRule.
func (URLMismatch) Meta() analyze.Meta {
	return analyze.Meta{
		ID: "lockfile/url-mismatch", Version: 1, Title: "Resolved URL is another package's tarball",
		Help: "A lockfile entry claims to be name@version, but its resolved URL is the registry tarball of a different name or " +
			"version (registry tarballs live at /<name>/-/<name>-<version>.tgz). Package managers install what the URL serves, " +
			"under the entry's name: a classic lockfile-injection trick that makes a review of package-lock.json or yarn.lock show a " +
			"trusted name while installing something else.",
		Remediation:     "Delete the entry and reinstall so the package manager resolves it again; find out who changed the lockfile.",
		Example:         `"node_modules/lodash": { "version": "4.17.21", "resolved": "https://registry.example.com/evil-lodash/-/evil-lodash-4.17.21.tgz" }`,
		DefaultSeverity: finding.SeverityHigh, Signal: analyze.SigMisc, Needs: analyze.NeedGraph,
	}
}

// CheckGraph implements analyze.GraphRule.
func (URLMismatch) CheckGraph(ctx context.Context, t *analyze.GraphTarget, r analyze.GraphReporter) error {
	h := graphkit.NewHosts(t)
	for _, n := range t.Graph.Nodes {
		if ctx.Err() != nil {
			return ctx.Err()
		}
		if !remote(t.Graph, n) || (n.Source.Kind != depgraph.SourceRegistry && n.Source.Kind != depgraph.SourceTarball) || n.Name == "" {
			continue
		}
		u, ok := graphkit.ParseURL(n.Source.URL)
		if !ok || (u.Scheme != "https" && u.Scheme != "http") {
			continue
		}
		var msg string
		if ref, shaped := graphkit.ParseTarball(u); shaped {
			if graphkit.MatchesTarball(ref, n.Name, n.Version) || (!isSemver(n.Version) && ref.Name == n.Name) {
				continue
			}
			msg = fmt.Sprintf("the entry for %s resolves to the tarball %s of %s", n, ref.File, ref.Name)
		} else {
			// Not registry-shaped: only an entry the lockfile treats as a
			// registry package, on a registry host, must still name itself.
			if n.Source.Kind != depgraph.SourceRegistry {
				continue
			}
			if _, trusted := h.Trusted(u.Host); trusted && strings.Contains(u.Path, "/"+n.Name+"/") {
				continue
			}
			if _, trusted := h.Trusted(u.Host); !trusted && !h.Configured() {
				continue
			}
			msg = fmt.Sprintf("the entry for %s resolves to %s, which is not a registry tarball of %s", n, graphkit.Clip(u.Path, 120), n.Name)
		}
		graphkit.Report(t, r, n, analyze.Instance{
			Message:    msg,
			Evidence:   []finding.Evidence{graphkit.Snip(graphkit.Redact(n.Source.URL), "expected .../"+n.Name+"/-/"+graphkit.Bare(n.Name)+"-"+n.Version+".tgz")},
			Confidence: finding.ConfidenceHigh,
		})
	}
	return nil
}

func isSemver(v string) bool {
	_, err := npm.ParseVersion(v)
	return err == nil
}
