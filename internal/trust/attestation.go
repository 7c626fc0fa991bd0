package trust

import (
	"bytes"
	"encoding/json"
)

// Predicate types npm attaches to a version.
const (
	PredicateSLSAv1   = "https://slsa.dev/provenance/v1"
	PredicateSLSAv02  = "https://slsa.dev/provenance/v0.2"
	PredicatePublish  = "https://github.com/npm/attestation/tree/main/specs/publish/v0.1"
	maxAttestations   = 16
	maxAttestationDoc = 8 << 20
)

// MaxAttestationsSize caps the bytes of an attestations response.
const MaxAttestationsSize = maxAttestationDoc

// Attestation is one entry of a dist.attestations.url response. Bundle is
// the Sigstore bundle JSON, kept raw for the verifier.
type Attestation struct {
	PredicateType string          `json:"predicateType"`
	Bundle        json.RawMessage `json:"bundle"`
}

// ParseAttestations decodes an attestations response:
//
//	{"attestations":[{"predicateType":"…","bundle":{…}}]}
func ParseAttestations(data []byte) ([]Attestation, error) {
	if len(data) > MaxAttestationsSize {
		return nil, invalidf("attestations: %d bytes exceeds the %d-byte limit", len(data), MaxAttestationsSize)
	}
	var doc struct {
		Attestations []Attestation `json:"attestations"`
	}
	if err := json.Unmarshal(bytes.TrimPrefix(data, bom), &doc); err != nil {
		return nil, invalidf("attestations: %v", err)
	}
	if doc.Attestations == nil {
		return nil, invalidf("attestations: no \"attestations\" array")
	}
	if len(doc.Attestations) > maxAttestations {
		return nil, invalidf("attestations: %d entries exceed the limit of %d", len(doc.Attestations), maxAttestations)
	}
	for i, a := range doc.Attestations {
		if a.PredicateType == "" {
			return nil, invalidf("attestations: entry %d has no predicateType", i)
		}
		if len(bytes.TrimSpace(a.Bundle)) == 0 || bytes.Equal(bytes.TrimSpace(a.Bundle), []byte("null")) {
			return nil, invalidf("attestations: entry %d (%s) has no bundle", i, clip(a.PredicateType))
		}
	}
	return doc.Attestations, nil
}

// PackagePURL returns the package URL npm puts in attestation subjects,
// as npm-package-arg's toPurl does: only the leading "@" of a scope is
// percent-encoded ("pkg:npm/%40scope/name@1.0.0").
func PackagePURL(name, version string) string {
	if len(name) > 0 && name[0] == '@' {
		name = "%40" + name[1:]
	}
	return "pkg:npm/" + name + "@" + version
}
