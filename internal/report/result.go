// Package report holds the canonical, versioned result of a depfence run.
// Every output format renders from Result; the JSON form is the public
// contract (documented in docs/json-result.md).
package report

import (
	"time"

	"github.com/depfence/depfence/internal/finding"
)

// SchemaVersion is the version of the Result JSON. Additive changes keep it;
// a change of meaning bumps it.
const SchemaVersion = 1

// Result is everything one scan found.
type Result struct {
	SchemaVersion int       `json:"schemaVersion"`
	Tool          Tool      `json:"tool"`
	StartedAt     time.Time `json:"startedAt"`
	FinishedAt    time.Time `json:"finishedAt"`
	Project       Project   `json:"project"`
	Summary       Summary   `json:"summary"`
	// Packages lists every package instance of the graph that was checked,
	// sorted by name, version, key.
	Packages []Package `json:"packages"`
	// Findings, worst first, then by package, rule and location.
	Findings []Finding `json:"findings"`
	// Rules describes every rule that produced a finding (for SARIF rule
	// metadata and help text).
	Rules []Rule `json:"rules"`
	// Policy says which policy file was applied and what of it no longer
	// matches anything.
	Policy Policy `json:"policy"`
	// TreeAudit ranks the tree's weak points (deep chains, single
	// maintainers, unmaintained, deprecated packages) and which direct
	// dependency to replace to drop the most of them.
	TreeAudit *TreeAudit `json:"treeAudit,omitempty"`
	// Errors are operational problems (a registry unreachable, a tarball
	// unreadable): each names the package and stage.
	Errors []Error `json:"errors"`
}

// TreeAudit is the tree-audit section of a scan.
type TreeAudit struct {
	MaxDepth   int            `json:"maxDepth"`
	Counts     map[string]int `json:"counts"`
	WeakPoints []WeakPoint    `json:"weakPoints"`
	Replace    []Replacement  `json:"replace"`
	NotChecked []string       `json:"notChecked,omitempty"`
}

// WeakPoint is one package a person should look at.
type WeakPoint struct {
	Package string   `json:"package"`
	Score   int      `json:"score"`
	Reasons []string `json:"reasons"`
	Chain   []string `json:"chain,omitempty"`
}

// Replacement is a direct dependency whose replacement drops weak points.
type Replacement struct {
	Package    string   `json:"package"`
	WeakPoints int      `json:"weakPoints"`
	Packages   int      `json:"packages"`
	Examples   []string `json:"examples,omitempty"`
}

// Tool names the producer.
type Tool struct {
	Name    string `json:"name"`
	Version string `json:"version"`
}

// Project names what was scanned.
type Project struct {
	Dir            string   `json:"dir"`
	Lockfile       string   `json:"lockfile"`
	LockfileFormat string   `json:"lockfileFormat"`
	Workspaces     []string `json:"workspaces,omitempty"`
	// Registry is the configured default registry; PublicRegistryHosts
	// are the hosts that stand for the public registry (purls of packages
	// from elsewhere name their repository).
	Registry            string   `json:"registry,omitempty"`
	PublicRegistryHosts []string `json:"publicRegistryHosts,omitempty"`
}

// Summary counts.
type Summary struct {
	Packages    int            `json:"packages"`
	Analysed    int            `json:"analysed"`
	NotAnalysed int            `json:"notAnalysed"`
	Skipped     int            `json:"skipped"`
	Findings    map[string]int `json:"findings"` // by severity name
	Accepted    int            `json:"accepted"`
	Verdicts    map[string]int `json:"verdicts"` // malicious / suspicious / ok
	// Failed is the policy outcome: true when the run must exit 1.
	Failed bool `json:"failed"`
	// FailReasons says why, in one line each.
	FailReasons []string `json:"failReasons,omitempty"`
}

// Status of a package's analysis.
type Status string

// Statuses. NotAnalysed is never "clean": policy may fail on it.
const (
	StatusAnalysed    Status = "analysed"
	StatusCached      Status = "cached"
	StatusNotAnalysed Status = "not-analysed"
	StatusSkipped     Status = "skipped"
)

// Package is one package instance and its outcome.
type Package struct {
	Name       string   `json:"name"`
	Version    string   `json:"version"`
	Source     string   `json:"source"`
	URL        string   `json:"url,omitempty"`
	Integrity  string   `json:"integrity,omitempty"`
	Dev        bool     `json:"dev,omitempty"`
	Optional   bool     `json:"optional,omitempty"`
	Direct     bool     `json:"direct,omitempty"`
	Workspaces []string `json:"workspaces,omitempty"`
	// Path is one shortest dependency path from a root: root label first,
	// then name@version entries.
	Path []string `json:"path,omitempty"`
	// LockfileLine is the line of the package's lockfile entry (for SARIF
	// locations and PR annotations).
	LockfileLine int    `json:"lockfileLine,omitempty"`
	Status       Status `json:"status"`
	StatusReason string `json:"statusReason,omitempty"`
	Verdict      string `json:"verdict,omitempty"` // malicious | suspicious | ok
	Score        int    `json:"score,omitempty"`
	// Chain is the ordered evidence chain behind the verdict
	// ("runs at install", "reads env", "sends to webhook.site").
	Chain []string `json:"chain,omitempty"`
	// DependsOn lists the name@version of the instances this one's
	// dependency edges resolved to, sorted (the SBOM dependency graph).
	DependsOn []string `json:"dependsOn,omitempty"`
}

// Decision is policy's verdict on one finding.
type Decision string

// Decisions.
const (
	DecisionFail     Decision = "fail"     // at or above the fail threshold
	DecisionWarn     Decision = "warn"     // reported, below the threshold
	DecisionAccepted Decision = "accepted" // an accepted risk in the policy file covers it
	DecisionExpired  Decision = "expired"  // an acceptance covered it but expired: fails again
)

// Finding is a finding plus what policy decided about it.
type Finding struct {
	finding.Finding
	Title       string      `json:"title,omitempty"`
	Remediation string      `json:"remediation,omitempty"`
	Decision    Decision    `json:"decision"`
	Acceptance  *Acceptance `json:"acceptance,omitempty"`
	// Path is the dependency path of the package (root first).
	Path         []string `json:"path,omitempty"`
	Workspaces   []string `json:"workspaces,omitempty"`
	LockfileLine int      `json:"lockfileLine,omitempty"`
	// Advisory is the known advisory behind a vuln/* or malware/known
	// finding (for SBOM vulnerabilities); nil for behavioural findings.
	Advisory *Advisory `json:"advisory,omitempty"`
}

// Advisory identifies a published advisory.
type Advisory struct {
	ID      string   `json:"id"`                // GHSA-…, CVE-…, MAL-…
	Aliases []string `json:"aliases,omitempty"` // other IDs of the same advisory
	// Source names the database: "npm" (the registry's advisories) or "osv".
	Source string `json:"source,omitempty"`
	URL    string `json:"url,omitempty"`
	// Vulnerable is the affected version range; Patched the first fixed
	// version, if any.
	Vulnerable string `json:"vulnerable,omitempty"`
	Patched    string `json:"patched,omitempty"`
	// CVSSScore is the base score (0–10) when the advisory has one, and
	// CVSSVector its vector string.
	CVSSScore  float64  `json:"cvssScore,omitempty"`
	CVSSVector string   `json:"cvssVector,omitempty"`
	CWEs       []string `json:"cwes,omitempty"` // "CWE-79"
}

// Acceptance is the policy entry that covered a finding.
type Acceptance struct {
	Package    string `json:"package"` // name@range
	Rule       string `json:"rule"`
	Reason     string `json:"reason"`
	Expires    string `json:"expires,omitempty"` // YYYY-MM-DD
	AcceptedBy string `json:"acceptedBy,omitempty"`
}

// Rule is the static description of a rule.
type Rule struct {
	ID              finding.RuleID   `json:"id"`
	Version         int              `json:"version"`
	Title           string           `json:"title"`
	Help            string           `json:"help"`
	Remediation     string           `json:"remediation,omitempty"`
	DefaultSeverity finding.Severity `json:"defaultSeverity"`
	DocURL          string           `json:"docUrl,omitempty"`
}

// Policy records the policy applied.
type Policy struct {
	File   string           `json:"file,omitempty"`
	FailOn finding.Severity `json:"failOn"`
	// Stale lists acceptances that matched no finding in this run.
	Stale []Acceptance `json:"stale,omitempty"`
}

// Error is an operational problem tied to a package and a stage.
type Error struct {
	Package string `json:"package,omitempty"`
	Stage   string `json:"stage"` // lockfile | fetch | analyze | advisories | trust
	Message string `json:"message"`
}
