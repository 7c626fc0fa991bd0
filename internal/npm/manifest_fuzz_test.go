package npm

import (
	"bytes"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"testing"
)

// FuzzParseManifest checks that ParseManifest never panics, fails closed
// exactly when JSON.parse would fail (or a cap is hit), and otherwise
// returns a manifest.
func FuzzParseManifest(f *testing.F) {
	seeds, err := filepath.Glob(filepath.Join("testdata", "manifest", "*.json"))
	if err != nil || len(seeds) == 0 {
		f.Fatalf("no seeds in testdata/manifest: %v", err)
	}
	for _, p := range seeds {
		b, err := os.ReadFile(p)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b)
	}
	f.Add([]byte(`[[[[{"a":"\"[{"}]]]]`))
	f.Add([]byte("null"))
	f.Fuzz(func(t *testing.T, data []byte) {
		m, err := ParseManifest(data)
		if (m == nil) == (err == nil) {
			t.Fatalf("ParseManifest = %v, %v: want exactly one of manifest and error", m, err)
		}
		body := bytes.TrimPrefix(data, bom)
		trimmed := bytes.TrimLeft(body, " \t\r\n")
		acceptable := json.Valid(body) && len(trimmed) > 0 && trimmed[0] == '{' && !deeper(body, MaxManifestDepth)
		switch {
		case err != nil && !errors.Is(err, ErrInvalidManifest):
			t.Fatalf("error %v does not wrap ErrInvalidManifest", err)
		case err != nil && acceptable:
			t.Fatalf("rejected a valid JSON object: %v", err)
		case err == nil && !acceptable:
			t.Fatalf("accepted input JSON.parse rejects or that breaks a cap: %q", data)
		}
	})
}
