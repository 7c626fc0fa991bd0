package release

import (
	"context"
	"fmt"
	"time"

	"github.com/depfence/depfence/internal/analyze"
	"github.com/depfence/depfence/internal/finding"
	"github.com/depfence/depfence/internal/npm"
	"github.com/depfence/depfence/internal/rules/graphkit"
)

// DefaultMinReleaseAge is the release-age cooldown when the policy sets
// none (npm's min-release-age, pnpm's minimumReleaseAge).
const DefaultMinReleaseAge = 48 * time.Hour

// TooNew flags locked versions younger than the release-age cooldown:
// most hijacked releases are found and unpublished within days, so a
// cooldown keeps them out of installs.
type TooNew struct{ l *loader }

// Meta implements analyze.GraphRule.
func (TooNew) Meta() analyze.Meta {
	return analyze.Meta{
		ID: "release/too-new", Version: 1, Title: "Release is younger than the release-age cooldown",
		Help: "The locked version was published less than the minimum release age ago (default 48 hours; --min-release-age, " +
			"like npm's min-release-age and pnpm's minimumReleaseAge). Compromised releases (hijacked maintainer accounts, " +
			"worms that republish every package a token can reach) are usually detected and removed within hours to days, so " +
			"waiting out a cooldown before installing a new version avoids most of them. The age comes from the registry's " +
			"\"time\" field of the full packument; when the registry document has no publish times, or only a mirror's " +
			"rewritten copy dates (a \"time\" without created/modified), the package is listed as not checked.",
		Remediation: "Pin the previous version until the cooldown has passed, or review the new version's changes " +
			"(depfence diff-version NAME OLD NEW) before accepting it.",
		Example:         "left-pad@1.3.1 published 3 hours ago (cooldown 48 hours)",
		DefaultSeverity: finding.SeverityMedium, Signal: analyze.SigMisc, Needs: analyze.NeedGraph | analyze.NeedPackument,
	}
}

// CheckGraph implements analyze.GraphRule.
func (r TooNew) CheckGraph(ctx context.Context, t *analyze.GraphTarget, rep analyze.GraphReporter) error {
	minAge := t.MinReleaseAge
	if minAge <= 0 {
		minAge = DefaultMinReleaseAge
	}
	return run(ctx, r.l, t, rep, true, func(t *analyze.GraphTarget, it *item, h *history, e *ver) verdict {
		if t.Now.IsZero() {
			return skip("no scan clock")
		}
		if e.t.IsZero() {
			return skip(reasonNoTime)
		}
		age := t.Now.Sub(e.t)
		if age >= minAge {
			return verdict{}
		}
		sev, conf := finding.SeverityMedium, finding.ConfidenceMedium
		if age < minAge/4 {
			conf = finding.ConfidenceHigh
		}
		msg := fmt.Sprintf("%s@%s was published %s ago, within the %s release-age cooldown", it.name, it.version, ago(age), ago(minAge))
		if age < 0 {
			msg = fmt.Sprintf("%s@%s has a publish time after the scan's clock (%s): treated as brand new", it.name, it.version, e.t.Format(time.RFC3339))
		}
		return verdict{found: []analyze.Instance{{
			Message:    msg,
			Evidence:   []finding.Evidence{graphkit.Ev("published " + e.t.Format(time.RFC3339))},
			Severity:   sev,
			Confidence: conf,
		}}}
	})
}

// silence is how long a release line must have been quiet before a new
// release on it counts as a revival.
const silence = 365 * 24 * time.Hour

// dormant is how long a whole package must have been quiet before a new
// release counts as a dormant-package revival.
const dormant = 2 * 365 * 24 * time.Hour

// OutOfOrder flags versions published out of the usual order: an old
// release line patched after long silence while a higher line had moved
// on, or a package revived after years without any release.
type OutOfOrder struct{ l *loader }

// Meta implements analyze.GraphRule.
func (OutOfOrder) Meta() analyze.Meta {
	return analyze.Meta{
		ID: "release/out-of-order", Version: 1, Title: "Release published out of order after long silence",
		Help: "The locked version was published on a release line that had been silent for over a year while a higher line " +
			"already existed (an old major suddenly patched), or after the whole package had been silent for over two years. " +
			"Attackers who take over a dormant account publish exactly such versions, because ranges like ^1.2.0 pick them up " +
			"in every project still on the old line (the 2021 hijacks of coa and rc revived packages dormant for years). " +
			"Maintained backports are common and are not flagged: a line that had a release within the past year, or whose new " +
			"release follows the higher line's fix closely, is treated as maintained. Needs publish times from the full packument " +
			"(a mirror's rewritten \"time\" without created/modified is not trusted).",
		Remediation: "Check the release against the project's repository and changelog; pin the previous version of the line " +
			"until the release is confirmed legitimate.",
		Example:         "qs@1.2.3 published 2024-03-01 after 3 years without a 1.x release, while 6.x is current",
		DefaultSeverity: finding.SeverityMedium, Signal: analyze.SigMisc, Needs: analyze.NeedGraph | analyze.NeedPackument,
	}
}

// CheckGraph implements analyze.GraphRule.
func (r OutOfOrder) CheckGraph(ctx context.Context, t *analyze.GraphTarget, rep analyze.GraphReporter) error {
	return run(ctx, r.l, t, rep, true, func(t *analyze.GraphTarget, it *item, h *history, e *ver) verdict {
		if e.t.IsZero() {
			return skip(reasonNoTime)
		}
		before := h.earlier(e)
		if len(before) == 0 {
			return verdict{}
		}
		// The last release of any line before e, and of e's own line.
		lastAny := before[len(before)-1]
		var lastLine *ver
		var higher *ver // the highest version already out when e appeared
		for _, o := range before {
			if line(o.v) == line(e.v) {
				lastLine = o
			}
			if higher == nil || cmpVer(o, higher) > 0 {
				higher = o
			}
		}
		var found []analyze.Instance
		if gap := e.t.Sub(lastAny.t); !lastAny.t.IsZero() && gap >= dormant {
			found = append(found, analyze.Instance{
				Message: fmt.Sprintf("%s@%s was published %s after the package's previous release (%s@%s on %s)",
					it.name, it.version, ago(gap), it.name, lastAny.raw, day(lastAny.t)),
				Evidence:   []finding.Evidence{graphkit.Ev("published " + day(e.t) + "; previous release " + day(lastAny.t))},
				Confidence: finding.ConfidenceLow,
			})
		}
		if higher != nil && cmpVer(higher, e) > 0 && line(higher.v) != line(e.v) && lastLine != nil && !lastLine.t.IsZero() {
			gap := e.t.Sub(lastLine.t)
			if gap >= silence && !followsFix(h, e, higher) {
				sev := finding.SeverityMedium
				if gap >= dormant {
					sev = finding.SeverityHigh
				}
				found = append(found, analyze.Instance{
					Message: fmt.Sprintf("%s@%s patched the %s line %s after its previous release (%s), while %s was already out",
						it.name, it.version, lineName(e), ago(gap), lastLine.raw, higher.raw),
					Evidence: []finding.Evidence{
						graphkit.Ev(fmt.Sprintf("%s published %s; %s published %s", e.raw, day(e.t), lastLine.raw, day(lastLine.t))),
						graphkit.Ev(fmt.Sprintf("highest version at the time: %s (%s)", higher.raw, day(higher.t))),
					},
					Severity:   sev,
					Confidence: finding.ConfidenceMedium,
				})
			}
		}
		return verdict{found: found}
	})
}

func cmpVer(a, b *ver) int { return npm.CompareVersions(a.v, b.v) }

// followsFix reports a coordinated backport: some version on another line
// was published within 30 days before e (maintainers patch every
// supported line together).
func followsFix(h *history, e *ver, higher *ver) bool {
	for _, o := range h.bySemver {
		if o == e || line(o.v) == line(e.v) || o.t.IsZero() {
			continue
		}
		d := e.t.Sub(o.t)
		if d >= 0 && d <= 30*24*time.Hour {
			return true
		}
	}
	return false
}

func lineName(e *ver) string { return line(e.v) + ".x" }
