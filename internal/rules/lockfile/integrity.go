package lockfile

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"sort"
	"strings"

	"github.com/depfence/depfence/internal/analyze"
	"github.com/depfence/depfence/internal/depgraph"
	"github.com/depfence/depfence/internal/finding"
	"github.com/depfence/depfence/internal/npm"
	"github.com/depfence/depfence/internal/rules/graphkit"
)

// pinnable reports whether n is downloaded code whose lockfile entry
// should carry an integrity hash: a registry package or a remote tarball.
func pinnable(t *analyze.GraphTarget, n *depgraph.Node) bool {
	return remote(t.Graph, n) && (n.Source.Kind == depgraph.SourceRegistry || n.Source.Kind == depgraph.SourceTarball)
}

// MissingIntegrity flags registry and tarball entries without an
// integrity hash (lockfile-lint's validate-integrity, first half).
type MissingIntegrity struct{}

// Meta implements analyze.GraphRule.
func (MissingIntegrity) Meta() analyze.Meta {
	return analyze.Meta{
		ID: "lockfile/missing-integrity", Version: 1, Title: "Lockfile entry has no integrity hash",
		Help: "A registry package or remote tarball is locked without an integrity hash, so nothing checks that the bytes installed " +
			"tomorrow are the bytes that were reviewed today. A tarball URL without a hash can be replaced by whoever controls the " +
			"server; a registry entry without one trusts whatever the registry (or a mirror in between) serves. Yarn berry lockfiles " +
			"are not checked: their checksum hashes yarn's own archive, not the npm tarball.",
		Remediation:     "Regenerate the lockfile with a current package manager (it records sha512 integrity); for URL dependencies prefer a registry version.",
		Example:         `"node_modules/left-pad": { "version": "1.3.0", "resolved": "https://registry.example.com/left-pad/-/left-pad-1.3.0.tgz" }`,
		DefaultSeverity: finding.SeverityMedium, Signal: analyze.SigMisc, Needs: analyze.NeedGraph,
	}
}

// CheckGraph implements analyze.GraphRule.
func (MissingIntegrity) CheckGraph(ctx context.Context, t *analyze.GraphTarget, r analyze.GraphReporter) error {
	if !recordsIntegrity(t.Graph) {
		return nil
	}
	h := graphkit.NewHosts(t)
	for _, n := range t.Graph.Nodes {
		if ctx.Err() != nil {
			return ctx.Err()
		}
		if !pinnable(t, n) || n.IntegrityRaw != "" || !n.Integrity.IsZero() {
			continue
		}
		in := analyze.Instance{Confidence: finding.ConfidenceHigh}
		if n.Source.Kind == depgraph.SourceTarball && !graphkit.RegistryLike(h, n) {
			in.Severity = finding.SeverityHigh
			in.Message = fmt.Sprintf("%s is a tarball URL locked without an integrity hash: its content can change under the same URL", n.Name)
		} else {
			in.Message = fmt.Sprintf("%s is locked without an integrity hash", n)
		}
		detail := "no integrity"
		if n.Source.URL != "" {
			in.Evidence = []finding.Evidence{graphkit.Snip(graphkit.Redact(n.Source.URL), detail)}
		} else {
			in.Evidence = []finding.Evidence{graphkit.Ev(detail)}
		}
		graphkit.Report(t, r, n, in)
	}
	return nil
}

// WeakIntegrity flags entries pinned only by sha1 (lockfile-lint's
// validate-integrity, second half).
type WeakIntegrity struct{}

// Meta implements analyze.GraphRule.
func (WeakIntegrity) Meta() analyze.Meta {
	return analyze.Meta{
		ID: "lockfile/weak-integrity", Version: 1, Title: "Lockfile entry is pinned only by sha1",
		Help: "The strongest integrity hash of the entry is sha1. SHA-1 collisions are practical (SHAttered, 2017; chosen-prefix " +
			"collisions since 2020), so sha1 no longer proves that the tarball is the one that was locked. Registries have published " +
			"sha512 integrity for every package since 2017; a sha1-only entry comes from an old lockfile or a hand edit.",
		Remediation:     "Regenerate the entry (delete it and reinstall) so it records the registry's sha512 integrity.",
		Example:         `integrity sha1-5b8a3a7765dfe001261dde915589e782f8c94d1e`,
		DefaultSeverity: finding.SeverityMedium, Signal: analyze.SigMisc, Needs: analyze.NeedGraph,
	}
}

// CheckGraph implements analyze.GraphRule.
func (WeakIntegrity) CheckGraph(ctx context.Context, t *analyze.GraphTarget, r analyze.GraphReporter) error {
	for _, n := range t.Graph.Nodes {
		if ctx.Err() != nil {
			return ctx.Err()
		}
		if !pinnable(t, n) || n.Integrity.IsZero() || !n.Integrity.Weak() {
			continue
		}
		raw := n.IntegrityRaw
		if raw == "" {
			raw = n.Integrity.String()
		}
		graphkit.Report(t, r, n, analyze.Instance{
			Message:    fmt.Sprintf("%s is pinned only by a sha1 hash", n),
			Evidence:   []finding.Evidence{graphkit.Snip(raw, "strongest algorithm: sha1")},
			Confidence: finding.ConfidenceHigh,
		})
	}
	return nil
}

// MalformedIntegrity flags integrity values no package manager writes.
type MalformedIntegrity struct{}

// Meta implements analyze.GraphRule.
func (MalformedIntegrity) Meta() analyze.Meta {
	return analyze.Meta{
		ID: "lockfile/malformed-integrity", Version: 1, Title: "Lockfile entry has a malformed integrity value",
		Help: "The entry's integrity is not a valid Subresource Integrity string (unknown algorithm only, bad base64, wrong digest " +
			"length). Package managers write these values themselves, so a malformed one means the lockfile was edited by hand or by a " +
			"tool; depending on the package manager, an unusable hash may be ignored and the tarball installed unchecked.",
		Remediation:     "Find out who edited the lockfile, then regenerate the entry.",
		Example:         `"integrity": "sha512-not-a-digest"`,
		DefaultSeverity: finding.SeverityHigh, Signal: analyze.SigMisc, Needs: analyze.NeedGraph,
	}
}

// CheckGraph implements analyze.GraphRule.
func (MalformedIntegrity) CheckGraph(ctx context.Context, t *analyze.GraphTarget, r analyze.GraphReporter) error {
	for _, n := range t.Graph.Nodes {
		if ctx.Err() != nil {
			return ctx.Err()
		}
		if n.IntegrityRaw == "" || t.Graph.IsRoot(n.ID) {
			continue
		}
		_, err := npm.ParseIntegrity(n.IntegrityRaw)
		if err == nil {
			continue
		}
		graphkit.Report(t, r, n, analyze.Instance{
			Message:    fmt.Sprintf("%s has a malformed integrity value", n),
			Evidence:   []finding.Evidence{graphkit.Snip(n.IntegrityRaw, errText(err))},
			Confidence: finding.ConfidenceHigh,
		})
	}
	return nil
}

func errText(err error) string {
	return graphkit.Clip(err.Error(), 200)
}

// IntegrityMismatch compares each locked integrity with the registry's
// dist.integrity (and dist.shasum) for that version.
type IntegrityMismatch struct{}

// Meta implements analyze.GraphRule.
func (IntegrityMismatch) Meta() analyze.Meta {
	return analyze.Meta{
		ID: "lockfile/integrity-mismatch", Version: 1, Title: "Locked integrity differs from the registry's",
		Help: "The integrity hash in the lockfile is not the one the registry publishes for that name and version. Registry " +
			"versions are immutable, so either the lockfile was edited to accept different bytes (a tarball from elsewhere, a " +
			"tampered mirror) or the registry you resolve from serves a different package under the same name. lockfile-lint does " +
			"not check this. When no registry document is available (offline without cache, private package, unpublished version) " +
			"the comparison is skipped and one informational finding lists what was not checked.",
		Remediation:     "Do not install. Compare the tarball with the registry's, find who changed the lockfile or the mirror, then regenerate the entry.",
		Example:         `lockfile sha512-AAAA… vs registry dist.integrity sha512-BBBB… for left-pad@1.3.0`,
		DefaultSeverity: finding.SeverityCritical, Signal: analyze.SigMisc, Needs: analyze.NeedGraph | analyze.NeedPackument,
	}
}

// fetchLimit bounds concurrent registry lookups per rule.
const fetchLimit = 8

// CheckGraph implements analyze.GraphRule.
func (IntegrityMismatch) CheckGraph(ctx context.Context, t *analyze.GraphTarget, r analyze.GraphReporter) error {
	h := graphkit.NewHosts(t)
	type item struct {
		n       *depgraph.Node
		version string
	}
	var items []item
	var names []string
	seen := map[string]bool{}
	for _, n := range t.Graph.Nodes {
		if !remote(t.Graph, n) || n.Integrity.IsZero() {
			continue
		}
		v, ok := graphkit.RegistryVersion(h, n)
		if !ok || n.Name == "" {
			continue
		}
		items = append(items, item{n, v})
		if !seen[n.Name] {
			seen[n.Name] = true
			names = append(names, n.Name)
		}
	}
	if len(items) == 0 {
		return nil
	}
	if t.Packument == nil {
		r.ReportNode(-1, analyze.Instance{
			File:       graphkit.RelPath(t, t.Graph.Path),
			Message:    fmt.Sprintf("registry integrity cross-check not run for %d packages: no registry available", len(items)),
			Severity:   finding.SeverityInfo,
			Confidence: finding.ConfidenceHigh,
		})
		return nil
	}
	docs := graphkit.FetchAll(ctx, names, fetchLimit, t.Packument)
	if err := ctx.Err(); err != nil {
		return err
	}
	skipped := map[string][]string{} // reason -> name@version
	for _, it := range items {
		n := it.n
		l := docs[n.Name]
		if l.Err != nil || l.Doc == nil {
			reason := "no registry document"
			if l.Err != nil && errors.Is(l.Err, context.DeadlineExceeded) {
				reason = "registry lookup timed out"
			}
			skipped[reason] = append(skipped[reason], n.Name+"@"+it.version)
			continue
		}
		pv := l.Doc.Versions[it.version]
		if pv == nil {
			skipped["version not in the registry document"] = append(skipped["version not in the registry document"], n.Name+"@"+it.version)
			continue
		}
		want, ok := registryIntegrity(pv.Dist)
		if !ok {
			skipped["registry publishes no integrity"] = append(skipped["registry publishes no integrity"], n.Name+"@"+it.version)
			continue
		}
		if !sharesAlgorithm(n.Integrity, want) {
			skipped["no hash algorithm in common"] = append(skipped["no hash algorithm in common"], n.Name+"@"+it.version)
			continue
		}
		if n.Integrity.Match(want) {
			continue
		}
		regShown := pv.Dist.Integrity
		if regShown == "" {
			regShown = "sha1 " + pv.Dist.Shasum
		}
		graphkit.Report(t, r, n, analyze.Instance{
			Message: fmt.Sprintf("the lockfile's integrity for %s@%s is not the registry's", n.Name, it.version),
			Evidence: []finding.Evidence{
				graphkit.Snip(n.Integrity.String(), "lockfile"),
				graphkit.Snip(regShown, "registry dist.integrity"),
			},
			Confidence: finding.ConfidenceHigh,
		})
	}
	if len(skipped) > 0 {
		reasons := make([]string, 0, len(skipped))
		total := 0
		for k, v := range skipped {
			reasons = append(reasons, k)
			total += len(v)
		}
		sort.Strings(reasons)
		var ev []finding.Evidence
		for _, k := range reasons {
			v := skipped[k]
			slices.Sort(v)
			more := ""
			if len(v) > 10 {
				more = fmt.Sprintf(" and %d more", len(v)-10)
				v = v[:10]
			}
			ev = append(ev, graphkit.Snip(strings.Join(v, ", ")+more, k))
		}
		r.ReportNode(-1, analyze.Instance{
			File:       graphkit.RelPath(t, t.Graph.Path),
			Message:    fmt.Sprintf("registry integrity cross-check skipped for %d of %d packages", total, len(items)),
			Evidence:   ev,
			Severity:   finding.SeverityInfo,
			Confidence: finding.ConfidenceHigh,
		})
	}
	return nil
}

// registryIntegrity returns the registry's hashes for a version:
// dist.integrity plus the sha1 dist.shasum.
func registryIntegrity(d npm.Dist) (npm.Integrity, bool) {
	var out npm.Integrity
	if d.Integrity != "" {
		if i, err := npm.ParseIntegrity(d.Integrity); err == nil {
			out.Hashes = append(out.Hashes, i.Hashes...)
		}
	}
	if d.Shasum != "" {
		if i, err := npm.IntegrityFromHex(npm.SHA1, strings.ToLower(d.Shasum)); err == nil {
			out.Hashes = append(out.Hashes, i.Hashes...)
		}
	}
	return out, !out.IsZero()
}

func sharesAlgorithm(a, b npm.Integrity) bool {
	for _, x := range a.Hashes {
		for _, y := range b.Hashes {
			if x.Algorithm == y.Algorithm && x.Algorithm != npm.AlgoUnknown {
				return true
			}
		}
	}
	return false
}
