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
	// Maintainers is the package's current "maintainers" list (full
	// packuments only; the abbreviated form and some mirrors drop it).
	Maintainers []Person
	// Unpublished is "time.unpublished": set when the whole package was
	// unpublished (the registry then serves no versions).
	Unpublished *Unpublished
}

// Person is a "maintainers" entry or a version's "_npmUser".
type Person struct {
	Name  string
	Email string
}

// Unpublished is a packument's "time.unpublished" object.
type Unpublished struct {
	Time     string   // RFC 3339
	Versions []string // the versions that were unpublished
}

// PackumentVersion is one entry of a packument's "versions".
type PackumentVersion struct {
	Manifest
	Dist             Dist
	HasInstallScript bool
	// NpmUser is "_npmUser", the account that published this version, and
	// Maintainers the version's "maintainers" at publish time (full
	// packuments only).
	NpmUser     Person
	Maintainers []Person
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
	ix, err := ParsePackumentIndex(data)
	if err != nil {
		return nil, err
	}
	return ix.Packument(), nil
}

// PackumentIndex is a packument with its version entries left undecoded:
// decoding every version of a package with hundreds of them costs more
// than the rest of the document, and fetching one tarball needs one.
// Packument decodes them all, Version one.
type PackumentIndex struct {
	top      Packument // every field but Versions
	versions map[string]json.RawMessage
}

// ParsePackumentIndex reads a packument's top level and splits its
// versions without decoding them. It fails exactly where ParsePackument
// does.
func ParsePackumentIndex(data []byte) (*PackumentIndex, error) {
	data = bytes.TrimPrefix(data, []byte("\xef\xbb\xbf"))
	var raw struct {
		Name     json.RawMessage `json:"name"`
		DistTags json.RawMessage `json:"dist-tags"`
		Time     json.RawMessage `json:"time"`
		Modified json.RawMessage `json:"modified"`
		V        json.RawMessage `json:"versions"`
		Maint    json.RawMessage `json:"maintainers"`
	}
	if err := json.Unmarshal(data, &raw); err != nil {
		return nil, fmt.Errorf("%w: %v", ErrInvalidPackument, err)
	}
	ix := &PackumentIndex{top: Packument{
		Name:        jsonString(raw.Name),
		DistTags:    stringMap(raw.DistTags),
		Time:        stringMap(raw.Time),
		Modified:    jsonString(raw.Modified),
		Maintainers: people(raw.Maint),
		Unpublished: unpublished(raw.Time),
	}}
	if len(raw.V) > 0 && json.Unmarshal(raw.V, &ix.versions) != nil {
		ix.versions = nil
	}
	return ix, nil
}

// Name is the packument's "name".
func (ix *PackumentIndex) Name() string { return ix.top.Name }

// Packument decodes every version (the entries that are not objects are
// skipped) into a new Packument.
func (ix *PackumentIndex) Packument() *Packument {
	p := ix.top
	p.Versions = make(map[string]*PackumentVersion, len(ix.versions))
	for v, body := range ix.versions {
		if pv, err := ParsePackumentVersion(body); err == nil {
			p.Versions[v] = pv
		}
	}
	return &p
}

// Version decodes one version entry, named by its exact version or by a
// dist-tag. ok is false when there is no such version, or its entry is
// not an object (ParsePackument skips those).
func (ix *PackumentIndex) Version(version string) (pv *PackumentVersion, ok bool) {
	body, found := ix.versions[version]
	if !found {
		tag, isTag := ix.top.DistTags[version]
		if !isTag {
			return nil, false
		}
		if body, found = ix.versions[tag]; !found {
			return nil, false
		}
	}
	pv, err := ParsePackumentVersion(body)
	return pv, err == nil
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
		NpmUser          json.RawMessage `json:"_npmUser"`
		Maintainers      json.RawMessage `json:"maintainers"`
	}
	_ = json.Unmarshal(data, &raw)
	pv := &PackumentVersion{Manifest: *m, Dist: parseDist(raw.Dist), NpmUser: person(raw.NpmUser), Maintainers: people(raw.Maintainers)}
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

// person reads {"name","email"} or npm's "Name <email> (url)" string form.
func person(r json.RawMessage) Person {
	if len(r) == 0 {
		return Person{}
	}
	if r[0] == '"' {
		s := jsonString(r)
		name, rest, _ := strings.Cut(s, "<")
		email, _, _ := strings.Cut(rest, ">")
		return Person{Name: strings.TrimSpace(name), Email: strings.TrimSpace(email)}
	}
	var raw struct {
		Name  json.RawMessage `json:"name"`
		Email json.RawMessage `json:"email"`
	}
	if r[0] != '{' || json.Unmarshal(r, &raw) != nil {
		return Person{}
	}
	return Person{Name: jsonString(raw.Name), Email: jsonString(raw.Email)}
}

// people reads a list of persons, skipping entries without a name or email.
func people(r json.RawMessage) []Person {
	if len(r) == 0 || r[0] != '[' {
		return nil
	}
	var l []json.RawMessage
	if json.Unmarshal(r, &l) != nil {
		return nil
	}
	var out []Person
	for _, v := range l {
		if p := person(v); p.Name != "" || p.Email != "" {
			out = append(out, p)
		}
	}
	return out
}

// unpublished reads "time.unpublished" ({"time", "versions"}).
func unpublished(timeField json.RawMessage) *Unpublished {
	if len(timeField) == 0 || timeField[0] != '{' {
		return nil
	}
	var t struct {
		U json.RawMessage `json:"unpublished"`
	}
	if json.Unmarshal(timeField, &t) != nil || len(t.U) == 0 || t.U[0] != '{' {
		return nil
	}
	var raw struct {
		Time     json.RawMessage `json:"time"`
		Versions json.RawMessage `json:"versions"`
	}
	if json.Unmarshal(t.U, &raw) != nil {
		return nil
	}
	return &Unpublished{Time: jsonString(raw.Time), Versions: stringList(raw.Versions)}
}
