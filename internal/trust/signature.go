package trust

import (
	"crypto/ecdsa"
	"crypto/sha256"
	"encoding/base64"
	"fmt"
	"time"

	"github.com/depfence/depfence/internal/npm"
)

// MaxSignatures caps the dist.signatures entries examined per version.
const MaxSignatures = 16

// Signature is one dist.signatures entry of a packument version.
type Signature = npm.DistSignature

// SignedVersion is what the registry signed for one package version.
type SignedVersion struct {
	Name    string
	Version string
	// Integrity is dist.integrity exactly as the packument has it: the
	// signature covers this string, not the decoded digest.
	Integrity  string
	Signatures []Signature
	// Published is the packument's time[version].
	Published time.Time
	// PublishedBefore, used when Published is zero, is an upper bound on
	// the publish time: the abbreviated packument's "modified". It proves
	// a release older than a key's expiry, never younger than its start.
	// With neither, a key with a validity period gives Skipped
	// (ReasonPublishTimeUnknown): the expiry cannot be checked.
	PublishedBefore time.Time
}

// SignatureMessage returns the bytes the registry signs:
// "name@version:integrity".
func SignatureMessage(name, version, integrity string) []byte {
	return []byte(name + "@" + version + ":" + integrity)
}

// VerifySignatures checks every dist.signatures entry of v against the
// registry's keys, like `npm audit signatures`: each entry must name a known
// key that was valid when the version was published and verify as an ECDSA
// P-256 (SHA-256, ASN.1 DER) signature over SignatureMessage.
//
// A registry without keys (keys == nil or empty) gives Skipped; a version
// without signatures gives Missing; any failing entry gives Invalid.
func VerifySignatures(keys *Keyring, v SignedVersion) Result {
	res := Result{Check: CheckSignature, Name: v.Name, Version: v.Version}
	fail := func(reason Reason, keyID, format string, args ...any) Result {
		res.Outcome, res.Reason, res.KeyID = Invalid, reason, keyID
		res.Detail = fmt.Sprintf(format, args...)
		return res
	}
	if keys.Len() == 0 {
		res.Outcome, res.Reason = Skipped, ReasonRegistryWithoutKeys
		res.Detail = "the registry publishes no signing keys"
		return res
	}
	if len(v.Signatures) == 0 {
		res.Outcome, res.Reason = Missing, ReasonNoSignatures
		res.Detail = "the version has no registry signature"
		return res
	}
	if v.Integrity == "" {
		return fail(ReasonNoIntegrity, "", "the version is signed but has no dist.integrity to check")
	}
	if len(v.Signatures) > MaxSignatures {
		return fail(ReasonMalformed, "", "%d signatures exceed the limit of %d", len(v.Signatures), MaxSignatures)
	}
	digest := sha256.Sum256(SignatureMessage(v.Name, v.Version, v.Integrity))
	for _, s := range v.Signatures {
		key, ok := keys.Lookup(s.KeyID, UsageSignatures)
		if !ok {
			return fail(ReasonUnknownKey, s.KeyID, "signed with key %q, which the registry does not publish", clip(s.KeyID))
		}
		if key.Usage != "" && key.Usage != UsageSignatures {
			return fail(ReasonUnknownKey, s.KeyID, "key %q is not a signing key (usage %q)", clip(s.KeyID), key.Usage)
		}
		if r, ok := checkKeyTime(key, v); !ok {
			if r.Outcome == Skipped {
				res.Outcome, res.Reason, res.KeyID, res.Detail = Skipped, r.Reason, s.KeyID, r.Detail
				return res
			}
			return fail(r.Reason, s.KeyID, "%s", r.Detail)
		}
		sig, err := base64.StdEncoding.DecodeString(s.Sig)
		if err != nil {
			return fail(ReasonBadSignature, s.KeyID, "signature by key %q is not base64", clip(s.KeyID))
		}
		if !ecdsa.VerifyASN1(key.Key, digest[:], sig) {
			return fail(ReasonBadSignature, s.KeyID, "signature by key %q does not match %s@%s:%s",
				clip(s.KeyID), clip(v.Name), clip(v.Version), clip(v.Integrity))
		}
		res.KeyID = s.KeyID
	}
	res.Outcome = Verified
	return res
}

// SignedVersionOf reads what the registry signed for version from a full
// packument: name, dist.integrity, dist.signatures and time[version]. It
// reports false when the packument has no such version.
func SignedVersionOf(p *npm.Packument, version string) (SignedVersion, bool) {
	if p == nil {
		return SignedVersion{}, false
	}
	pv, ok := p.Versions[version]
	if !ok || pv == nil {
		return SignedVersion{}, false
	}
	sv := SignedVersion{
		Name:       p.Name,
		Version:    version,
		Integrity:  pv.Dist.Integrity,
		Signatures: pv.Dist.Signatures,
	}
	if pv.Name != "" {
		sv.Name = pv.Name // npm signs the version manifest's name@version
	}
	if ts, ok := p.Time[version]; ok {
		if t, err := time.Parse(time.RFC3339, ts); err == nil {
			sv.Published = t
		}
	}
	if sv.Published.IsZero() {
		for _, ts := range []string{p.Modified, p.Time["modified"]} {
			if t, err := time.Parse(time.RFC3339, ts); err == nil {
				sv.PublishedBefore = t
				break
			}
		}
	}
	return sv, true
}

// checkKeyTime checks key's validity period against v's publish time.
func checkKeyTime(key RegistryKey, v SignedVersion) (Result, bool) {
	if key.NotBefore.IsZero() && key.Expires.IsZero() {
		return Result{}, true
	}
	id := clip(key.KeyID)
	if !v.Published.IsZero() {
		if !key.NotBefore.IsZero() && v.Published.Before(key.NotBefore) {
			return Result{Outcome: Invalid, Reason: ReasonKeyNotYetValid, Detail: fmt.Sprintf("key %q is valid from %s but the version was published %s",
				id, key.NotBefore.Format(time.RFC3339), v.Published.Format(time.RFC3339))}, false
		}
		if !key.Expires.IsZero() && !v.Published.Before(key.Expires) {
			return Result{Outcome: Invalid, Reason: ReasonExpiredKey, Detail: fmt.Sprintf("key %q expired %s, before the version was published %s",
				id, key.Expires.Format(time.RFC3339), v.Published.Format(time.RFC3339))}, false
		}
		return Result{}, true
	}
	if key.NotBefore.IsZero() && !v.PublishedBefore.IsZero() && v.PublishedBefore.Before(key.Expires) {
		return Result{}, true // published before the packument's last change, itself before the expiry
	}
	return Result{Outcome: Skipped, Reason: ReasonPublishTimeUnknown,
		Detail: fmt.Sprintf("key %q has a validity period but the publish time is unknown (abbreviated packument?)", id)}, false
}
