package cli

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/depfence/depfence/internal/registry/registrytest"
)

// With --full-metadata the scan compares each tarball's package.json with
// the registry's manifest of that version: a tarball that runs an install
// script the registry's manifest does not show is manifest confusion.
func TestScanFullMetadataManifestConfusion(t *testing.T) {
	isolate(t)
	reg := registrytest.New(t, registrytest.AllowUnexpected())
	tgz, err := registrytest.PackFiles(map[string]string{
		"package.json": `{"name":"two-faced","version":"1.0.0","scripts":{"preinstall":"node x.js"}}`,
		"x.js":         "module.exports = 1\n",
	})
	if err != nil {
		t.Fatal(err)
	}
	// the registry shows no scripts for this version; an older one is
	// honest, so only the locked version's entry may be read
	tf := reg.AddTarball("two-faced", "1.0.0", tgz, map[string]any{"name": "two-faced", "version": "1.0.0"})
	reg.AddPackage("two-faced", "0.9.0", map[string]any{"scripts": map[string]any{"preinstall": "node x.js"}},
		map[string]string{"x.js": "module.exports = 1\n"})
	p := reg.AddPackage("plain", "1.0.0", nil, map[string]string{"index.js": "module.exports = 2\n"})

	dir := t.TempDir()
	lock := map[string]any{"name": "demo", "version": "1.0.0", "lockfileVersion": 3, "packages": map[string]any{
		"":                       map[string]any{"name": "demo", "version": "1.0.0", "dependencies": map[string]any{"two-faced": "1.0.0", "plain": "1.0.0"}},
		"node_modules/two-faced": map[string]any{"version": "1.0.0", "resolved": tf.TarballURL, "integrity": tf.Integrity},
		"node_modules/plain":     map[string]any{"version": "1.0.0", "resolved": p.TarballURL, "integrity": p.Integrity},
	}}
	lb, _ := json.Marshal(lock)
	pj, _ := json.Marshal(map[string]any{"name": "demo", "version": "1.0.0", "dependencies": map[string]any{"two-faced": "1.0.0", "plain": "1.0.0"}})
	for name, b := range map[string][]byte{"package-lock.json": lb, "package.json": pj} {
		if err := os.WriteFile(filepath.Join(dir, name), b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	args := []string{"scan", dir, "--registry", reg.URL, "--cache-dir", filepath.Join(t.TempDir(), "cache"), "--format", "json", "--fail-on", "none"}

	for _, full := range []bool{false, true} {
		a := args
		if full {
			a = append(a, "--full-metadata")
		}
		out, errOut, code := run(t, nil, a...)
		if code != ExitOK {
			t.Fatalf("full=%v: exit %d\nstderr:\n%s", full, code, errOut)
		}
		var res struct {
			Findings []struct {
				Rule    string `json:"rule"`
				Message string `json:"message"`
				Package struct {
					Name string `json:"name"`
				} `json:"package"`
			} `json:"findings"`
		}
		if err := json.Unmarshal([]byte(out), &res); err != nil {
			t.Fatalf("json: %v\n%.500s", err, out)
		}
		var confusion []string
		for _, f := range res.Findings {
			if f.Rule == "manifest/confusion" {
				confusion = append(confusion, f.Package.Name+": "+f.Message)
			}
		}
		switch {
		case full && (len(confusion) != 1 || !strings.HasPrefix(confusion[0], "two-faced: ")):
			t.Errorf("--full-metadata: manifest confusion findings %q, want one on two-faced", confusion)
		case !full && len(confusion) != 0:
			t.Errorf("without --full-metadata the registry manifest is not read, yet: %q", confusion)
		}
	}
}
