package graphkit

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path"
	"path/filepath"
	"strings"

	"github.com/depfence/depfence/internal/analyze"
	"github.com/depfence/depfence/internal/depgraph"
	"github.com/depfence/depfence/internal/npm"
)

// Manifest is one of the project's own package.json files (the root or a
// workspace member), as the lockfile's roots name them.
type Manifest struct {
	Node *depgraph.Node
	// Rel is the package.json path relative to the project directory.
	Rel     string
	M       *npm.Manifest
	Raw     []byte
	Private bool
	// Err is set when the file could not be read or parsed; M is nil then.
	Err error
}

// Manifests reads the package.json of every root of t's graph. Roots whose
// directory escapes the project are refused (Err set); a missing file is
// reported through Err with os.ErrNotExist.
func Manifests(t *analyze.GraphTarget) []*Manifest {
	if t.Graph == nil {
		return nil
	}
	var out []*Manifest
	seen := map[string]bool{}
	for _, id := range t.Graph.Roots {
		if int(id) < 0 || int(id) >= len(t.Graph.Nodes) {
			continue
		}
		n := t.Graph.Nodes[id]
		dir := CleanRel(n.Source.Path)
		if n.Source.Path == "" {
			dir = "."
		}
		rel := path.Join(dir, "package.json")
		if seen[rel] {
			continue
		}
		seen[rel] = true
		m := &Manifest{Node: n, Rel: rel}
		out = append(out, m)
		if path.IsAbs(dir) || dir == ".." || strings.HasPrefix(dir, "../") || filepath.VolumeName(dir) != "" {
			m.Err = fmt.Errorf("workspace %q is outside the project", dir)
			continue
		}
		if t.ProjectDir == "" {
			m.Err = fmt.Errorf("read %q: %w", rel, os.ErrNotExist)
			continue
		}
		m.Raw, m.Err = readLimited(filepath.Join(t.ProjectDir, filepath.FromSlash(rel)), npm.MaxManifestSize)
		if m.Err != nil {
			continue
		}
		m.M, m.Err = npm.ParseManifest(m.Raw)
		if m.Err != nil {
			m.Err = fmt.Errorf("%s: %w", rel, m.Err)
			continue
		}
		var p struct {
			Private json.RawMessage `json:"private"`
		}
		if json.Unmarshal(m.Raw, &p) == nil {
			m.Private = bytes.Equal(bytes.TrimSpace(p.Private), []byte("true"))
		}
	}
	return out
}

func readLimited(name string, limit int64) ([]byte, error) {
	// Stat first: opening a FIFO or device would block or never end.
	if st, err := os.Stat(name); err != nil {
		return nil, err
	} else if !st.Mode().IsRegular() {
		return nil, fmt.Errorf("read %q: not a regular file", name)
	}
	f, err := os.Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	st, err := f.Stat()
	if err != nil {
		return nil, err
	}
	if !st.Mode().IsRegular() {
		return nil, fmt.Errorf("read %q: not a regular file", name)
	}
	data, err := io.ReadAll(io.LimitReader(f, limit+1))
	if err != nil {
		return nil, fmt.Errorf("read %q: %w", name, err)
	}
	if int64(len(data)) > limit {
		return nil, fmt.Errorf("read %q: larger than %d bytes", name, limit)
	}
	return data, nil
}

// KeyLine returns the 1-based line of the first `"key":` in a JSON text,
// or 0. It is a location hint for messages, not a parser.
func KeyLine(raw []byte, key string) int {
	needle := []byte(`"` + key + `"`)
	off := 0
	for {
		i := bytes.Index(raw[off:], needle)
		if i < 0 {
			return 0
		}
		i += off
		rest := bytes.TrimLeft(raw[i+len(needle):], " \t\r\n")
		if len(rest) > 0 && rest[0] == ':' {
			return bytes.Count(raw[:i], []byte("\n")) + 1
		}
		off = i + len(needle)
	}
}

// KeyLineIn is KeyLine for key after the first `"section":` (e.g. a
// dependency inside "devDependencies"); it falls back to KeyLine.
func KeyLineIn(raw []byte, section, key string) int {
	if s := KeyLine(raw, section); s > 0 {
		off := 0
		for range s - 1 {
			j := bytes.IndexByte(raw[off:], '\n')
			if j < 0 {
				break
			}
			off += j + 1
		}
		if l := KeyLine(raw[off:], key); l > 0 {
			return s - 1 + l
		}
	}
	return KeyLine(raw, key)
}
