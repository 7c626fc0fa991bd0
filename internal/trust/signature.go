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
	// Published is the packument's time[version]. When zero, a key with an
	// expiry is refused because the expiry cannot be checked.
	Published time.Time
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
		if v.Published.IsZero() && (!key.Expires.IsZero() || !key.NotBefore.IsZero()) {
			return fail(ReasonExpiredKey, s.KeyID, "key %q has a validity period but the publish time is unknown", clip(s.KeyID))
		}
		if !key.NotBefore.IsZero() && v.Published.Before(key.NotBefore) {
			return fail(ReasonKeyNotYetValid, s.KeyID, "key %q is valid from %s but the version was published %s",
				clip(s.KeyID), key.NotBefore.Format(time.RFC3339), v.Published.Format(time.RFC3339))
		}
		if !key.Expires.IsZero() && !v.Published.Before(key.Expires) {
			return fail(ReasonExpiredKey, s.KeyID, "key %q expired %s, before the version was published %s",
				clip(s.KeyID), key.Expires.Format(time.RFC3339), v.Published.Format(time.RFC3339))
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
	return sv, true
}
