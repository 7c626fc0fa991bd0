package npm

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
)

// ErrInvalidManifest is returned (wrapped) for a package.json that cannot be
// read the way npm reads it.
var ErrInvalidManifest = errors.New("invalid package.json")

// MaxManifestSize caps the package.json bytes read.
const MaxManifestSize = 16 << 20

// Manifest is the part of a package.json (or a packument version entry)
// depfence uses. Decoding follows npm: a leading BOM is stripped, the last
// of duplicate keys wins, and fields of an unexpected type are tolerated
// (read as empty) rather than failing the whole manifest.
type Manifest struct {
	Name                 string            `json:"name"`
	Version              string            `json:"version"`
	Description          string            `json:"description,omitempty"`
	Main                 string            `json:"main,omitempty"`
	Module               string            `json:"module,omitempty"`
	Browser              json.RawMessage   `json:"browser,omitempty"`
	Exports              json.RawMessage   `json:"exports,omitempty"`
	Bin                  json.RawMessage   `json:"bin,omitempty"`
	Scripts              map[string]string `json:"-"`
	Dependencies         map[string]string `json:"-"`
	DevDependencies      map[string]string `json:"-"`
	OptionalDependencies map[string]string `json:"-"`
	PeerDependencies     map[string]string `json:"-"`
	BundleDependencies   []string          `json:"-"`
	Gypfile              bool              `json:"gypfile,omitempty"`
	Repository           json.RawMessage   `json:"repository,omitempty"`
	License              json.RawMessage   `json:"license,omitempty"`
	Deprecated           json.RawMessage   `json:"deprecated,omitempty"`
	OS                   []string          `json:"-"`
	CPU                  []string          `json:"-"`
	Workspaces           json.RawMessage   `json:"workspaces,omitempty"`
}

// ParseManifest decodes a package.json with npm's semantics.
func ParseManifest(data []byte) (*Manifest, error) {
	if len(data) > MaxManifestSize {
		return nil, fmt.Errorf("%w: %d bytes exceeds the %d-byte limit", ErrInvalidManifest, len(data), MaxManifestSize)
	}
	data = bytes.TrimPrefix(data, []byte("\xef\xbb\xbf"))
	var raw struct {
		Manifest
		Scripts              json.RawMessage `json:"scripts"`
		Dependencies         json.RawMessage `json:"dependencies"`
		DevDependencies      json.RawMessage `json:"devDependencies"`
		OptionalDependencies json.RawMessage `json:"optionalDependencies"`
		PeerDependencies     json.RawMessage `json:"peerDependencies"`
		BundleDependencies   json.RawMessage `json:"bundleDependencies"`
		BundledDependencies  json.RawMessage `json:"bundledDependencies"`
		OS                   json.RawMessage `json:"os"`
		CPU                  json.RawMessage `json:"cpu"`
		Name                 json.RawMessage `json:"name"`
		Version              json.RawMessage `json:"version"`
		Gypfile              json.RawMessage `json:"gypfile"`
	}
	if err := json.Unmarshal(data, &raw); err != nil {
		return nil, fmt.Errorf("%w: %v", ErrInvalidManifest, err)
	}
	m := raw.Manifest
	m.Name = jsonString(raw.Name)
	m.Version = jsonString(raw.Version)
	m.Scripts = stringMap(raw.Scripts)
	m.Dependencies = stringMap(raw.Dependencies)
	m.DevDependencies = stringMap(raw.DevDependencies)
	m.OptionalDependencies = stringMap(raw.OptionalDependencies)
	m.PeerDependencies = stringMap(raw.PeerDependencies)
	m.BundleDependencies = stringList(raw.BundleDependencies)
	if len(m.BundleDependencies) == 0 {
		m.BundleDependencies = stringList(raw.BundledDependencies)
	}
	m.OS = stringList(raw.OS)
	m.CPU = stringList(raw.CPU)
	_ = json.Unmarshal(raw.Gypfile, &m.Gypfile)
	return &m, nil
}

func jsonString(r json.RawMessage) string {
	var s string
	if json.Unmarshal(r, &s) == nil {
		return s
	}
	return ""
}

// stringMap reads an object of strings, keeping the string-valued entries
// of an object with mixed values.
func stringMap(r json.RawMessage) map[string]string {
	if len(r) == 0 {
		return nil
	}
	var m map[string]json.RawMessage
	if json.Unmarshal(r, &m) != nil {
		return nil
	}
	out := make(map[string]string, len(m))
	for k, v := range m {
		var s string
		if json.Unmarshal(v, &s) == nil {
			out[k] = s
		}
	}
	return out
}

// stringList reads an array of strings; a boolean true (npm's
// "bundleDependencies": true) or other shapes give nil.
func stringList(r json.RawMessage) []string {
	var l []json.RawMessage
	if json.Unmarshal(r, &l) != nil {
		return nil
	}
	var out []string
	for _, v := range l {
		var s string
		if json.Unmarshal(v, &s) == nil {
			out = append(out, s)
		}
	}
	return out
}
