package npm

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"strings"
)

// ErrInvalidManifest is returned (wrapped) for a package.json that cannot be
// read the way npm reads it.
var ErrInvalidManifest = errors.New("invalid package.json")

// MaxManifestSize caps the package.json bytes read.
const MaxManifestSize = 16 << 20

// MaxManifestDepth caps the nesting of objects and arrays in a
// package.json. Deeper documents are rejected by a cheap scan before any
// decoding.
const MaxManifestDepth = 1000

// Manifest is the part of a package.json (or a packument version entry)
// depfence uses. Decoding follows npm (JSON.parse plus npm's normalisation):
// a leading BOM is stripped, keys are case-sensitive and the last of
// duplicate keys wins, numbers are never converted (1e400 anywhere does not
// fail the manifest), and fields of an unexpected type are read as empty
// rather than failing the whole manifest.
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
	// BundleDependencies follows npm: "bundleDependencies" wins over
	// "bundledDependencies" when present; true means every dependency
	// (sorted), an object means its keys.
	BundleDependencies []string        `json:"-"`
	Gypfile            bool            `json:"gypfile,omitempty"`
	Repository         json.RawMessage `json:"repository,omitempty"`
	License            json.RawMessage `json:"license,omitempty"`
	Deprecated         json.RawMessage `json:"deprecated,omitempty"`
	OS                 []string        `json:"-"`
	CPU                []string        `json:"-"`
	Libc               []string        `json:"-"`
	Workspaces         json.RawMessage `json:"workspaces,omitempty"`
}

var bom = []byte("\xef\xbb\xbf")

// ParseManifest decodes a package.json with npm's semantics. It fails
// closed: input npm could not parse either (invalid JSON, a top level that
// is not an object, over MaxManifestSize or MaxManifestDepth) is an error
// wrapping ErrInvalidManifest, and callers must then report the package as
// not analysed.
func ParseManifest(data []byte) (*Manifest, error) {
	if len(data) > MaxManifestSize {
		return nil, fmt.Errorf("%w: %d bytes exceeds the %d-byte limit", ErrInvalidManifest, len(data), MaxManifestSize)
	}
	data = bytes.TrimPrefix(data, bom)
	if deeper(data, MaxManifestDepth) {
		return nil, fmt.Errorf("%w: nested deeper than %d levels", ErrInvalidManifest, MaxManifestDepth)
	}
	// A map keeps keys exactly as written (encoding/json matches struct
	// fields case-insensitively; JSON.parse does not), keeps the last of
	// duplicate keys, and leaves values, numbers included, undecoded.
	var top map[string]json.RawMessage
	if err := json.Unmarshal(data, &top); err != nil {
		var te *json.UnmarshalTypeError
		if errors.As(err, &te) {
			return nil, fmt.Errorf("%w: top level is %s, not an object", ErrInvalidManifest, te.Value)
		}
		return nil, fmt.Errorf("%w: %v", ErrInvalidManifest, err)
	}
	if top == nil {
		return nil, fmt.Errorf("%w: top level is null, not an object", ErrInvalidManifest)
	}
	m := &Manifest{
		Name:                 jsonString(top["name"]),
		Version:              jsonString(top["version"]),
		Description:          jsonString(top["description"]),
		Main:                 jsonString(top["main"]),
		Module:               jsonString(top["module"]),
		Browser:              top["browser"],
		Exports:              top["exports"],
		Bin:                  top["bin"],
		Scripts:              stringMap(top["scripts"]),
		Dependencies:         stringMap(top["dependencies"]),
		DevDependencies:      stringMap(top["devDependencies"]),
		OptionalDependencies: stringMap(top["optionalDependencies"]),
		PeerDependencies:     stringMap(top["peerDependencies"]),
		Repository:           top["repository"],
		License:              top["license"],
		Deprecated:           top["deprecated"],
		OS:                   stringList(top["os"]),
		CPU:                  stringList(top["cpu"]),
		Libc:                 stringList(top["libc"]),
		Workspaces:           top["workspaces"],
	}
	_ = json.Unmarshal(top["gypfile"], &m.Gypfile)
	bundle, ok := top["bundleDependencies"]
	if !ok {
		bundle = top["bundledDependencies"]
	}
	m.BundleDependencies = bundleList(bundle, m.Dependencies)
	return m, nil
}

// deeper reports whether the JSON text nests objects and arrays more than
// limit levels, scanning bytes without decoding.
func deeper(data []byte, limit int) bool {
	depth := 0
	for i := 0; i < len(data); i++ {
		switch data[i] {
		case '"':
			// Skip the string, honouring escapes.
			for i++; i < len(data); i++ {
				if data[i] == '\\' {
					i++
				} else if data[i] == '"' {
					break
				}
			}
		case '{', '[':
			depth++
			if depth > limit {
				return true
			}
		case '}', ']':
			depth--
		}
	}
	return false
}

func jsonString(r json.RawMessage) string {
	var s string
	if len(r) > 0 && r[0] == '"' && json.Unmarshal(r, &s) == nil {
		return s
	}
	return ""
}

// stringMap reads an object of strings, keeping the string-valued entries
// of an object with mixed values (npm drops the others).
func stringMap(r json.RawMessage) map[string]string {
	if len(r) == 0 || r[0] != '{' {
		return nil
	}
	var m map[string]json.RawMessage
	if json.Unmarshal(r, &m) != nil {
		return nil
	}
	out := make(map[string]string, len(m))
	for k, v := range m {
		if len(v) > 0 && v[0] == '"' {
			var s string
			if json.Unmarshal(v, &s) == nil {
				out[k] = s
			}
		}
	}
	return out
}

// stringList reads an array of strings, skipping other elements; other
// shapes give nil.
func stringList(r json.RawMessage) []string {
	if len(r) == 0 || r[0] != '[' {
		return nil
	}
	var l []json.RawMessage
	if json.Unmarshal(r, &l) != nil {
		return nil
	}
	var out []string
	for _, v := range l {
		if len(v) > 0 && v[0] == '"' {
			var s string
			if json.Unmarshal(v, &s) == nil {
				out = append(out, s)
			}
		}
	}
	return out
}

// bundleList applies npm's normalisation of bundleDependencies: true
// bundles every dependency, an array lists names, an object's keys are
// the names, anything else bundles nothing.
func bundleList(r json.RawMessage, deps map[string]string) []string {
	switch {
	case bytes.Equal(r, []byte("true")):
		if len(deps) == 0 {
			return nil
		}
		out := make([]string, 0, len(deps))
		for k := range deps {
			out = append(out, k)
		}
		slices.Sort(out)
		return out
	case len(r) > 0 && r[0] == '{':
		var m map[string]json.RawMessage
		if json.Unmarshal(r, &m) != nil || len(m) == 0 {
			return nil
		}
		out := make([]string, 0, len(m))
		for k := range m {
			out = append(out, k)
		}
		slices.Sort(out)
		return out
	}
	return stringList(r)
}

// Bins returns a bin field's map with npm's normalisation: the string form
// is named after the package (without its scope), paths lose "./".
func Bins(name string, raw json.RawMessage) map[string]string {
	out := map[string]string{}
	if len(raw) == 0 {
		return out
	}
	clean := func(p string) string {
		p = strings.TrimSpace(p)
		for strings.HasPrefix(p, "./") {
			p = p[2:]
		}
		return p
	}
	switch raw[0] {
	case '"':
		var s string
		if json.Unmarshal(raw, &s) == nil && strings.TrimSpace(s) != "" {
			out[PackageName(name).Bare()] = clean(s)
		}
	case '{':
		var m map[string]json.RawMessage
		if json.Unmarshal(raw, &m) == nil {
			for k, v := range m {
				var s string
				if json.Unmarshal(v, &s) == nil && strings.TrimSpace(s) != "" {
					out[k] = clean(s)
				}
			}
		}
	}
	return out
}
