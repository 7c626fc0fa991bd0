package release

import (
	"context"
	"encoding/json"
	"fmt"
	"regexp"
	"strings"

	"github.com/depfence/depfence/internal/analyze"
	"github.com/depfence/depfence/internal/finding"
	"github.com/depfence/depfence/internal/rules/graphkit"
)

// Deprecated flags locked versions their maintainers deprecated.
type Deprecated struct{ l *loader }

// Meta implements analyze.GraphRule.
func (Deprecated) Meta() analyze.Meta {
	return analyze.Meta{
		ID: "release/deprecated", Version: 1, Title: "Locked version is deprecated",
		Help: "The registry marks the locked version deprecated. Deprecation usually means unmaintained or superseded, " +
			"sometimes that the version is broken or vulnerable, and after an incident maintainers deprecate the compromised " +
			"versions. Severity follows the message: medium when it mentions security or vulnerabilities, high when it says " +
			"the version is malicious or compromised. Reads the version manifest's \"deprecated\" field (present in abbreviated " +
			"packuments too).",
		Remediation:     "Follow the deprecation message: upgrade to the version it names or replace the package.",
		Example:         `request@2.88.2: "request has been deprecated, see https://github.com/request/request/issues/3142"`,
		DefaultSeverity: finding.SeverityLow, Signal: analyze.SigMisc, Needs: analyze.NeedGraph | analyze.NeedPackument,
	}
}

var (
	compromisedRe = regexp.MustCompile(`(?i)\b(malicious|malware|compromised|hijack(ed)?|backdoor(ed)?|do not (use|install))\b`)
	securityRe    = regexp.MustCompile(`(?i)\b(security|vulnerab\w*|cve-\d{4}-\d+|ghsa-[\w-]+)\b`)
)

// CheckGraph implements analyze.GraphRule.
func (r Deprecated) CheckGraph(ctx context.Context, t *analyze.GraphTarget, rep analyze.GraphReporter) error {
	return run(ctx, r.l, t, rep, true, func(t *analyze.GraphTarget, it *item, h *history, e *ver) verdict {
		msg, ok := deprecation(e.pv.Deprecated)
		if !ok {
			return verdict{}
		}
		sev, conf := finding.SeverityLow, finding.ConfidenceHigh
		switch {
		case compromisedRe.MatchString(msg):
			sev = finding.SeverityHigh
		case securityRe.MatchString(msg):
			sev = finding.SeverityMedium
		}
		return verdict{found: []analyze.Instance{{
			Message:  fmt.Sprintf("%s@%s is deprecated: %s", it.name, it.version, graphkit.Clip(msg, 200)),
			Evidence: []finding.Evidence{graphkit.Snip(msg, "deprecated")},
			Severity: sev, Confidence: conf,
		}}}
	})
}

// deprecation reads "deprecated": a non-empty string (npm un-deprecates
// with ""; true is read as deprecated without a message).
func deprecation(raw json.RawMessage) (string, bool) {
	if len(raw) == 0 {
		return "", false
	}
	if string(raw) == "true" {
		return "(no message)", true
	}
	var s string
	if json.Unmarshal(raw, &s) != nil || strings.TrimSpace(s) == "" {
		return "", false
	}
	return s, true
}

// Unpublished flags locked versions the registry no longer serves.
type Unpublished struct{ l *loader }

// Meta implements analyze.GraphRule.
func (Unpublished) Meta() analyze.Meta {
	return analyze.Meta{
		ID: "release/unpublished", Version: 1, Title: "Locked version was unpublished",
		Help: "The lockfile pins a version the registry no longer serves: it was unpublished (its publish time remains in the " +
			"packument's \"time\" but it is gone from \"versions\"), the whole package was unpublished (\"time.unpublished\"), " +
			"or the registry replaced the package with a security placeholder (a lone 0.0.1-security version), which is what " +
			"the registry does to malware. Versions are usually pulled because they were broken or malicious; a lockfile " +
			"that still pins one either fails to install or installs from a cache or mirror that kept the bad bytes.",
		Remediation: "Find out why the version was removed; move to a version the registry serves and regenerate the " +
			"lockfile. For a security placeholder, treat every machine that installed the package as compromised.",
		Example:         "pkg@1.0.1 pinned in the lockfile; the registry lists 1.0.1 in time but not in versions",
		DefaultSeverity: finding.SeverityHigh, Signal: analyze.SigMisc, Needs: analyze.NeedGraph | analyze.NeedPackument,
	}
}

// CheckGraph implements analyze.GraphRule.
func (r Unpublished) CheckGraph(ctx context.Context, t *analyze.GraphTarget, rep analyze.GraphReporter) error {
	return run(ctx, r.l, t, rep, false, func(t *analyze.GraphTarget, it *item, h *history, e *ver) verdict {
		for _, o := range h.bySemver {
			if strings.HasSuffix(o.raw, "-security") && len(h.bySemver) <= 2 && e != o {
				return verdict{found: []analyze.Instance{{
					Message: fmt.Sprintf("the registry replaced %s with a security placeholder (%s): the package was removed as malicious", it.name, o.raw),
					Evidence: []finding.Evidence{graphkit.Ev(fmt.Sprintf("registry versions: %s; locked: %s", o.raw, it.version)),
						graphkit.Ev(graphkit.Clip(o.pv.Description, 200))},
					Severity: finding.SeverityCritical, Confidence: finding.ConfidenceHigh,
				}}}
			}
		}
		if e != nil {
			return verdict{}
		}
		doc := h.doc
		switch {
		case doc.Unpublished != nil:
			when := parseTime(doc.Unpublished.Time)
			return verdict{found: []analyze.Instance{{
				Message:  fmt.Sprintf("%s was unpublished from the registry (%s); the lockfile still pins %s", it.name, day(when), it.version),
				Evidence: []finding.Evidence{graphkit.Ev("time.unpublished versions: " + graphkit.Clip(strings.Join(doc.Unpublished.Versions, ", "), 200))},
				Severity: finding.SeverityHigh, Confidence: finding.ConfidenceHigh,
			}}}
		case h.hasTime && doc.Time[it.version] != "":
			return verdict{found: []analyze.Instance{{
				Message:  fmt.Sprintf("%s@%s was unpublished: the registry recorded its publication (%s) but no longer serves it", it.name, it.version, day(parseTime(doc.Time[it.version]))),
				Evidence: []finding.Evidence{graphkit.Ev("time[" + it.version + "] = " + doc.Time[it.version] + "; not in versions")},
				Severity: finding.SeverityHigh, Confidence: finding.ConfidenceHigh,
			}}}
		case !h.hasTime:
			return skip("version missing from a registry document without trustworthy publish times (abbreviated, mirror-rewritten or stale)")
		}
		return verdict{found: []analyze.Instance{{
			Message:  fmt.Sprintf("%s@%s does not exist on the registry (never published there)", it.name, it.version),
			Evidence: []finding.Evidence{graphkit.Ev(fmt.Sprintf("%d published versions, none is %s", len(h.bySemver), it.version))},
			Severity: finding.SeverityMedium, Confidence: finding.ConfidenceMedium,
		}}}
	})
}
