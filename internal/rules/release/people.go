package release

import (
	"context"
	"fmt"
	"strings"
	"time"

	"github.com/depfence/depfence/internal/analyze"
	"github.com/depfence/depfence/internal/finding"
	"github.com/depfence/depfence/internal/npm"
	"github.com/depfence/depfence/internal/rules/graphkit"
)

// recent is how far back a maintainer change counts as recent.
const recent = 90 * 24 * time.Hour

// PublisherChanged flags a version published by an account that published
// none of the package's earlier versions.
type PublisherChanged struct{ l *loader }

// Meta implements analyze.GraphRule.
func (PublisherChanged) Meta() analyze.Meta {
	return analyze.Meta{
		ID: "release/publisher-changed", Version: 1, Title: "Version published by a new account",
		Help: "The locked version's _npmUser (the account that ran npm publish) published none of the package's earlier " +
			"versions. A new publisher is how a hand-over to a stranger (event-stream, 2018) or a newly added malicious " +
			"co-maintainer shows in the registry. It is weaker evidence for packages with many publishers, and a move from " +
			"personal accounts to the registry's trusted-publishing CI identity with provenance is a trust upgrade, not flagged. " +
			"A stolen token publishes under the victim's own name, so this rule does not catch account takeover on its own: " +
			"see release/provenance-dropped and release/new-install-script. Needs _npmUser from the full packument.",
		Remediation: "Check who the new publisher is (the package's repository, release notes, maintainer announcements) " +
			"before accepting the version; pin the previous version meanwhile.",
		Example:         `flatmap-stream's parent event-stream@3.3.6 published by "right9ctrl", who published no earlier version`,
		DefaultSeverity: finding.SeverityMedium, Signal: analyze.SigMisc, Needs: analyze.NeedGraph | analyze.NeedPackument,
	}
}

// CheckGraph implements analyze.GraphRule.
func (r PublisherChanged) CheckGraph(ctx context.Context, t *analyze.GraphTarget, rep analyze.GraphReporter) error {
	return run(ctx, r.l, t, rep, true, func(t *analyze.GraphTarget, it *item, h *history, e *ver) verdict {
		if !h.hasUser {
			return skip(reasonNoNpmUser)
		}
		pub := e.pv.NpmUser
		if pub.Name == "" && pub.Email == "" {
			return skip("locked version has no _npmUser")
		}
		before := h.earlier(e)
		var prior []npm.Person
		for _, o := range before {
			if u := o.pv.NpmUser; (u.Name != "" || u.Email != "") && !hasPerson(prior, u) {
				prior = append(prior, u)
			}
		}
		if len(prior) == 0 {
			if len(before) == 0 {
				return verdict{} // the first release: nobody to compare with
			}
			return skip("earlier versions have no _npmUser")
		}
		if hasPerson(prior, pub) {
			return verdict{}
		}
		if trustedPublisher(pub) && hasProvenance(e.pv) {
			return verdict{} // moved to CI trusted publishing: an upgrade
		}
		sev, conf := finding.SeverityMedium, finding.ConfidenceMedium
		if len(prior) >= 5 {
			conf = finding.ConfidenceLow // a team rotates publishers
		}
		if !hasPerson(h.doc.Maintainers, pub) && len(h.doc.Maintainers) > 0 {
			conf = finding.ConfidenceHigh // not even a listed maintainer
		}
		if prev := h.previous(e); prev != nil && addsInstallScript(prev.pv, e.pv) {
			sev, conf = finding.SeverityHigh, finding.ConfidenceHigh
		}
		names := make([]string, 0, len(prior))
		for _, p := range prior {
			names = append(names, who(p))
		}
		if len(names) > 8 {
			names = append(names[:8], fmt.Sprintf("%d more", len(names)-8))
		}
		return verdict{found: []analyze.Instance{{
			Message: fmt.Sprintf("%s@%s was published by %s, who published none of its %d earlier versions",
				it.name, it.version, who(pub), len(before)),
			Evidence: []finding.Evidence{
				graphkit.Ev("_npmUser: " + who(pub)),
				graphkit.Ev("earlier publishers: " + strings.Join(names, ", ")),
			},
			Severity: sev, Confidence: conf,
		}}}
	})
}

// MaintainersChanged flags maintainer-list changes around the locked
// version: accounts added or removed between it and the previous version,
// and a current list that no longer includes anyone who published before.
type MaintainersChanged struct{ l *loader }

// Meta implements analyze.GraphRule.
func (MaintainersChanged) Meta() analyze.Meta {
	return analyze.Meta{
		ID: "release/maintainers-changed", Version: 1, Title: "Maintainers changed recently",
		Help: "Maintainers were added or removed shortly before the locked version (within 90 days of the scan), or the " +
			"package's current maintainers include none of the accounts that published its earlier versions (a complete " +
			"hand-over). The registry keeps no maintainer history: the full packument has the current \"maintainers\" list and, " +
			"for each version, the list as it was when that version was published. The rule compares the locked version's list " +
			"with the previous version's, and the current list with the history of _npmUser publishers; a change made without " +
			"any publish since is visible only in the current list. Needs the full packument.",
		Remediation: "Find out why the maintainers changed (repository announcements, the new maintainer's other packages); " +
			"pin a version published before the change until you trust the new maintainers.",
		Example:         "maintainers of pkg@2.4.1: added mallory, removed alice (2.4.0 was published by alice)",
		DefaultSeverity: finding.SeverityMedium, Signal: analyze.SigMisc, Needs: analyze.NeedGraph | analyze.NeedPackument,
	}
}

// CheckGraph implements analyze.GraphRule.
func (r MaintainersChanged) CheckGraph(ctx context.Context, t *analyze.GraphTarget, rep analyze.GraphReporter) error {
	return run(ctx, r.l, t, rep, true, func(t *analyze.GraphTarget, it *item, h *history, e *ver) verdict {
		if len(h.doc.Maintainers) == 0 && len(e.pv.Maintainers) == 0 {
			return skip("registry document has no maintainers (abbreviated or mirror-stripped)")
		}
		var found []analyze.Instance
		// 1. the locked version's list against the previous version's
		if prev := h.previous(e); prev != nil && len(prev.pv.Maintainers) > 0 && len(e.pv.Maintainers) > 0 {
			added, removed := diffPeople(prev.pv.Maintainers, e.pv.Maintainers)
			fresh := !t.Now.IsZero() && !e.t.IsZero() && t.Now.Sub(e.t) <= recent
			if (len(added) > 0 || len(removed) > 0) && fresh {
				sev := finding.SeverityLow
				if len(added) > 0 && len(removed) > 0 {
					sev = finding.SeverityMedium // a swap: someone in, someone out
				}
				found = append(found, analyze.Instance{
					Message: fmt.Sprintf("maintainers changed between %s@%s and %s%s", it.name, prev.raw, it.version, changeText(added, removed)),
					Evidence: []finding.Evidence{
						graphkit.Ev(fmt.Sprintf("%s (%s): %s", prev.raw, day(prev.t), peopleText(prev.pv.Maintainers))),
						graphkit.Ev(fmt.Sprintf("%s (%s): %s", e.raw, day(e.t), peopleText(e.pv.Maintainers))),
					},
					Severity: sev, Confidence: finding.ConfidenceMedium,
				})
			}
		}
		// 2. the current list against everyone who ever published
		if cur := h.doc.Maintainers; len(cur) > 0 && h.hasUser {
			var pubs []npm.Person
			for _, o := range h.bySemver {
				if u := o.pv.NpmUser; (u.Name != "" || u.Email != "") && !trustedPublisher(u) && !hasPerson(pubs, u) {
					pubs = append(pubs, u)
				}
			}
			kept := false
			for _, p := range pubs {
				if hasPerson(cur, p) {
					kept = true
					break
				}
			}
			if len(pubs) > 0 && !kept {
				found = append(found, analyze.Instance{
					Message: fmt.Sprintf("none of the accounts that published %s are among its current maintainers", it.name),
					Evidence: []finding.Evidence{
						graphkit.Ev("current maintainers: " + peopleText(cur)),
						graphkit.Ev("publishers: " + peopleText(pubs)),
					},
					Severity: finding.SeverityMedium, Confidence: finding.ConfidenceMedium,
				})
			}
		}
		return verdict{found: found}
	})
}

// diffPeople returns who is in b but not a, and in a but not b.
func diffPeople(a, b []npm.Person) (added, removed []npm.Person) {
	for _, p := range b {
		if !hasPerson(a, p) {
			added = append(added, p)
		}
	}
	for _, p := range a {
		if !hasPerson(b, p) {
			removed = append(removed, p)
		}
	}
	return added, removed
}

func changeText(added, removed []npm.Person) string {
	var parts []string
	if len(added) > 0 {
		parts = append(parts, "added "+peopleText(added))
	}
	if len(removed) > 0 {
		parts = append(parts, "removed "+peopleText(removed))
	}
	return ": " + strings.Join(parts, "; ")
}

func peopleText(l []npm.Person) string {
	var s []string
	for i, p := range l {
		if i == 10 {
			s = append(s, fmt.Sprintf("%d more", len(l)-10))
			break
		}
		if p.Name != "" {
			s = append(s, p.Name)
		} else {
			s = append(s, who(p))
		}
	}
	return strings.Join(s, ", ")
}
