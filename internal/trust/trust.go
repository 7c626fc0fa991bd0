// Package trust verifies who published an npm package version and from
// where: the registry's ECDSA signatures over "name@version:integrity"
// (dist.signatures, rule trust/signature) and Sigstore attestation bundles
// (dist.attestations, rule trust/provenance), like `npm audit signatures`.
//
// Every check ends in one typed Result: Verified, Invalid, Missing or
// Skipped (with a Reason). Nothing passes silently. The package performs no
// network I/O: callers hand it registry keys, packument fields, attestation
// responses and trust material as bytes or structs.
package trust

import (
	"crypto"
	"errors"
	"fmt"
	"sort"
)

// Outcome is the verdict of one check.
type Outcome int

// Outcomes, in the order reports count them.
const (
	OutcomeUnknown Outcome = iota
	Verified               // every signature or bundle verified
	Invalid                // something present failed to verify: treat as tampering
	Missing                // nothing to verify (no signatures, no attestations)
	Skipped                // not checked, see Reason (registry without keys, non-registry source, offline)
)

var outcomeNames = [...]string{"unknown", "verified", "invalid", "missing", "skipped"}

func (o Outcome) String() string {
	if o < 0 || int(o) >= len(outcomeNames) {
		return "unknown"
	}
	return outcomeNames[o]
}

// MarshalText implements encoding.TextMarshaler.
func (o Outcome) MarshalText() ([]byte, error) { return []byte(o.String()), nil }

// Reason says why a Result is not Verified (or, for a verified provenance,
// what was noteworthy). Values are stable strings for reports.
type Reason string

// Reasons shared by both checks.
const (
	ReasonNone              Reason = ""
	ReasonNonRegistrySource Reason = "non-registry-source" // git/file/link/workspace package: nothing signed it
	ReasonOffline           Reason = "offline"             // the needed data was not available without network
	ReasonCancelled         Reason = "cancelled"           // the caller's context ended first
	ReasonMalformed         Reason = "malformed"           // the input could not be decoded
	ReasonNoIntegrity       Reason = "no-integrity"        // no usable dist.integrity to check against
)

// Reasons for registry signatures (trust/signature).
const (
	ReasonRegistryWithoutKeys Reason = "registry-without-keys"
	ReasonNoSignatures        Reason = "no-signatures"
	ReasonUnknownKey          Reason = "unknown-key"
	ReasonExpiredKey          Reason = "expired-key"
	ReasonKeyNotYetValid      Reason = "key-not-yet-valid"
	ReasonBadSignature        Reason = "bad-signature"
	ReasonPublishTimeUnknown  Reason = "publish-time-unknown"
)

// Reasons for provenance (trust/provenance).
const (
	ReasonNoAttestations       Reason = "no-attestations"
	ReasonNoProvenance         Reason = "no-provenance-attestation" // only a publish attestation
	ReasonNoTrustMaterial      Reason = "no-trust-material"
	ReasonBundleInvalid        Reason = "bundle-invalid"
	ReasonSubjectMismatch      Reason = "subject-mismatch" // name/version (purl) differs
	ReasonDigestMismatch       Reason = "digest-mismatch"  // sha512 differs from the tarball integrity
	ReasonPredicateMismatch    Reason = "predicate-type-mismatch"
	ReasonUntrustedIssuer      Reason = "untrusted-issuer"
	ReasonIdentityInconsistent Reason = "identity-inconsistent" // certificate and predicate disagree
	ReasonRepositoryMismatch   Reason = "repository-mismatch"   // package.json repository differs from provenance
)

// Check names the rule a Result belongs to.
type Check string

// The two checks of this package, named like their rule IDs.
const (
	CheckSignature  Check = "trust/signature"
	CheckProvenance Check = "trust/provenance"
)

// Result is the verdict of one check on one package version.
type Result struct {
	Check   Check   `json:"check"`
	Name    string  `json:"name"`
	Version string  `json:"version"`
	Outcome Outcome `json:"outcome"`
	Reason  Reason  `json:"reason,omitempty"`
	// Detail is a human sentence naming what failed (key id, field).
	Detail string `json:"detail,omitempty"`
	// KeyID is the registry key that verified (or failed) a signature.
	KeyID string `json:"keyId,omitempty"`
}

// Skip returns a Skipped result for a check the caller could not run, for
// example ReasonNonRegistrySource or ReasonOffline.
func Skip(check Check, name, version string, reason Reason, detail string) Result {
	return Result{Check: check, Name: name, Version: version, Outcome: Skipped, Reason: reason, Detail: detail}
}

// Counts tallies results the way `npm audit signatures` does, plus a fourth
// count of what was skipped and why.
type Counts struct {
	Verified  int            `json:"verified"`
	Invalid   int            `json:"invalid"`
	Missing   int            `json:"missing"`
	Skipped   int            `json:"skipped"`
	SkippedBy map[Reason]int `json:"skippedBy,omitempty"`
}

// Add counts one result. An OutcomeUnknown result counts as invalid, so a
// bug can never turn into a pass.
func (c *Counts) Add(r Result) {
	switch r.Outcome {
	case Verified:
		c.Verified++
	case Missing:
		c.Missing++
	case Skipped:
		c.Skipped++
		if c.SkippedBy == nil {
			c.SkippedBy = map[Reason]int{}
		}
		c.SkippedBy[r.Reason]++
	default:
		c.Invalid++
	}
}

// SkipReasons returns the skip reasons in a stable order.
func (c Counts) SkipReasons() []Reason {
	out := make([]Reason, 0, len(c.SkippedBy))
	for r := range c.SkippedBy {
		out = append(out, r)
	}
	sort.Slice(out, func(i, j int) bool { return out[i] < out[j] })
	return out
}

// ErrInvalidInput is returned (wrapped) by the decoders of this package for
// JSON that is not in the expected registry format.
var ErrInvalidInput = errors.New("invalid trust input")

func invalidf(format string, args ...any) error {
	return fmt.Errorf("%w: "+format, append([]any{ErrInvalidInput}, args...)...)
}

func clip(s string) string {
	if len(s) > 80 {
		return s[:80] + "…"
	}
	return s
}

const cryptoSHA256 = crypto.SHA256
