package npm

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
)

// ErrInvalidPackument is returned (wrapped) for registry metadata that is
// not a packument.
var ErrInvalidPackument = errors.New("invalid packument")

// Packument is a registry's document for one package: the full form
// (application/json) or the abbreviated install form
// (application/vnd.npm.install-v1+json, which has Modified but no Time).
// Like Manifest, fields of an unexpected type are read as empty.
type Packument struct {
	Name     string
	DistTags map[string]string
	Versions map[string]*PackumentVersion
	// Time maps "created", "modified" and each version to an RFC 3339
	// timestamp (full packuments only).
	Time map[string]string
	// Modified is the abbreviated packument's last-modified timestamp.
	Modified string
}

// PackumentVersion is one entry of a packument's "versions".
type PackumentVersion struct {
	Manifest
	Dist             Dist
	HasInstallScript bool
}

// Dist is a version's "dist" object.
type Dist struct {
	Tarball      string
	Integrity    string // verbatim: registry signatures cover this string
	Shasum       string // hex sha1, for versions published before SRI
	FileCount    int64
	UnpackedSize int64
	Signatures   []DistSignature
	// AttestationsURL and ProvenancePredicateType come from
	// "attestations": {"url", "provenance": {"predicateType"}}.
	AttestationsURL         string
	ProvenancePredicateType string
}

// DistSignature is one "dist.signatures" entry.
type DistSignature struct {
	KeyID string `json:"keyid"`
	Sig   string `json:"sig"`
}

// ParsedIntegrity returns the version's integrity: dist.integrity, else
// the sha1 dist.shasum.
func (d Dist) ParsedIntegrity() (Integrity, error) {
	if d.Integrity != "" {
		return ParseIntegrity(d.Integrity)
	}
	if d.Shasum != "" {
		return IntegrityFromHex(SHA1, strings.ToLower(d.Shasum))
	}
	return Integrity{}, fmt.Errorf("%w: no dist.integrity or dist.shasum", ErrInvalidIntegrity)
}

// ParsePackument decodes a full or abbreviated packument. A version entry
// that is not an object is skipped; a document that is not a JSON object
// is an error.
func ParsePackument(data []byte) (*Packument, error) {
	data = bytes.TrimPrefix(data, []byte("\xef\xbb\xbf"))
	var raw struct {
		Name     json.RawMessage `json:"name"`
		DistTags json.RawMessage `json:"dist-tags"`
		Time     json.RawMessage `json:"time"`
		Modified json.RawMessage `json:"modified"`
		V        json.RawMessage `json:"versions"`
	}
	if err := json.Unmarshal(data, &raw); err != nil {
		return nil, fmt.Errorf("%w: %v", ErrInvalidPackument, err)
	}
	p := &Packument{
		Name:     jsonString(raw.Name),
		DistTags: stringMap(raw.DistTags),
		Time:     stringMap(raw.Time),
		Modified: jsonString(raw.Modified),
		Versions: map[string]*PackumentVersion{},
	}
	var versions map[string]json.RawMessage
	if len(raw.V) > 0 && json.Unmarshal(raw.V, &versions) != nil {
		versions = nil
	}
	for v, body := range versions {
		pv, err := ParsePackumentVersion(body)
		if err != nil {
			continue
		}
		p.Versions[v] = pv
	}
	return p, nil
}

// ParsePackumentVersion decodes one version entry (also the body of the
// registry's /name/version endpoint).
func ParsePackumentVersion(data []byte) (*PackumentVersion, error) {
	m, err := ParseManifest(data)
	if err != nil {
		return nil, err
	}
	var raw struct {
		Dist             json.RawMessage `json:"dist"`
		HasInstallScript json.RawMessage `json:"hasInstallScript"`
	}
	_ = json.Unmarshal(data, &raw)
	pv := &PackumentVersion{Manifest: *m, Dist: parseDist(raw.Dist)}
	_ = json.Unmarshal(raw.HasInstallScript, &pv.HasInstallScript)
	return pv, nil
}

func parseDist(r json.RawMessage) Dist {
	var raw struct {
		Tarball      json.RawMessage `json:"tarball"`
		Integrity    json.RawMessage `json:"integrity"`
		Shasum       json.RawMessage `json:"shasum"`
		FileCount    json.RawMessage `json:"fileCount"`
		UnpackedSize json.RawMessage `json:"unpackedSize"`
		Signatures   json.RawMessage `json:"signatures"`
		Attestations struct {
			URL        json.RawMessage `json:"url"`
			Provenance struct {
				PredicateType json.RawMessage `json:"predicateType"`
			} `json:"provenance"`
		} `json:"attestations"`
	}
	var d Dist
	if json.Unmarshal(r, &raw) != nil {
		// a wrongly typed attestations object must not lose the rest
		var loose map[string]json.RawMessage
		if json.Unmarshal(r, &loose) != nil {
			return d
		}
		raw.Tarball, raw.Integrity, raw.Shasum = loose["tarball"], loose["integrity"], loose["shasum"]
		raw.FileCount, raw.UnpackedSize, raw.Signatures = loose["fileCount"], loose["unpackedSize"], loose["signatures"]
	}
	d.Tarball = jsonString(raw.Tarball)
	d.Integrity = jsonString(raw.Integrity)
	d.Shasum = jsonString(raw.Shasum)
	_ = json.Unmarshal(raw.FileCount, &d.FileCount)
	_ = json.Unmarshal(raw.UnpackedSize, &d.UnpackedSize)
	var sigs []json.RawMessage
	if json.Unmarshal(raw.Signatures, &sigs) == nil {
		for _, s := range sigs {
			var sig DistSignature
			if json.Unmarshal(s, &sig) == nil && sig.Sig != "" {
				d.Signatures = append(d.Signatures, sig)
			}
		}
	}
	d.AttestationsURL = jsonString(raw.Attestations.URL)
	d.ProvenancePredicateType = jsonString(raw.Attestations.Provenance.PredicateType)
	return d
}
