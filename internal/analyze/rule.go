// Package analyze is depfence's behavioural analysis engine: rules with
// static metadata check a lazily loaded Target (one package's files,
// manifest and parsed code), and their findings combine into a per-package
// verdict (malicious | suspicious | ok) with a score and the chain of
// evidence that justifies it. Results are pure functions of the Target, so
// they can be cached by tarball digest + Fingerprint().
package analyze

import (
	"context"

	"github.com/depfence/depfence/internal/finding"
)

// EngineVersion changes whenever the engine's own behaviour (roles,
// verdict combination, jsast) changes; it is part of the cache key.
const EngineVersion = 136

// Need is an input a rule uses.
type Need uint8

// Needs a rule may declare.
const (
	NeedManifest Need = 1 << iota
	NeedFiles
	NeedCode
	NeedPackument
	NeedGraph
)

// Signal is the kind of behaviour a finding evidences; the verdict
// combines signals into chains.
type Signal string

// Signals, grouped by chain stage.
const (
	SigInstall     Signal = "install"     // runs at install time
	SigEnv         Signal = "env"         // reads environment secrets
	SigCred        Signal = "cred"        // reads credential files
	SigRecon       Signal = "recon"       // fingerprints the host
	SigWallet      Signal = "wallet"      // targets crypto wallets / keys
	SigObfuscation Signal = "obfuscation" // hides what it does
	SigEvasion     Signal = "evasion"     // defeats analysis (parser limits, hidden code)
	SigUnicode     Signal = "unicode"     // invisible / bidi / homoglyph text
	SigNetwork     Signal = "network"     // talks to the network
	SigExfil       Signal = "exfil"       // talks to an exfiltration endpoint
	SigSpawn       Signal = "spawn"       // starts processes
	SigEval        Signal = "eval"        // runs dynamic code
	SigRemoteExec  Signal = "remote-exec" // runs code or binaries fetched at run time
	SigBinary      Signal = "binary"      // ships native executables
	SigPersist     Signal = "persist"     // survives reboot / edits startup files
	SigPropagate   Signal = "propagate"   // spreads to other packages/repos
	SigSabotage    Signal = "sabotage"    // destroys data or hangs the host
	SigMisc        Signal = "misc"
)

// Meta is a rule's static description.
type Meta struct {
	ID      finding.RuleID
	Version int
	Title   string
	// Help explains what the rule detects and why it matters (SARIF help).
	Help string
	// Remediation says what to do about a finding.
	Remediation string
	// Example is a short snippet the rule flags.
	Example         string
	DefaultSeverity finding.Severity
	Signal          Signal
	Needs           Need
}

// Rule is one behaviour check.
type Rule interface {
	Meta() Meta
	Check(ctx context.Context, t *Target, r Reporter) error
}

// Instance is one match a rule reports.
type Instance struct {
	File     string
	Line     int
	Col      int
	Message  string
	Evidence []finding.Evidence
	// Severity overrides the rule's default when set.
	Severity   finding.Severity
	Confidence finding.Confidence
	// Signal overrides the rule's signal when set.
	Signal Signal
}

// Reporter receives instances from a rule.
type Reporter interface {
	Report(Instance)
}
