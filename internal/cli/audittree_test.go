package cli

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/depfence/depfence/internal/registry/registrytest"
	"github.com/depfence/depfence/internal/treeaudit"
)

// TestAuditTreeCLI audits a project whose chain top > mid > low > leaf
// resolves from a fake registry serving full packuments (time,
// maintainers) in the registry's format.
func TestAuditTreeCLI(t *testing.T) {
	isolate(t)
	srv := registrytest.New(t)
	chain := []string{"top", "mid", "low", "leaf"}
	pubs := map[string]*registrytest.Published{}
	for i, name := range chain {
		fields := map[string]any{"main": "index.js"}
		if i+1 < len(chain) {
			fields["dependencies"] = map[string]any{chain[i+1]: "^1.0.0"}
		}
		code := strings.Repeat("exports.f = function (a, b) {\n  return a + b\n}\n", 20)
		if name == "leaf" {
			code = "module.exports = s => s.trim()\n"
		}
		pubs[name] = srv.AddPackage(name, "1.0.0", fields, map[string]string{"index.js": code})
	}
	for _, name := range chain {
		p := pubs[name]
		maint := `[{"name":"alice","email":"alice@example.com"},{"name":"bob","email":"bob@example.com"}]`
		released := "2026-01-01T00:00:00.000Z"
		extra := ""
		switch name {
		case "leaf":
			maint = `[{"name":"solo","email":"solo@example.com"}]`
			released = "2019-02-01T00:00:00.000Z"
		case "top":
			extra = `,"deprecated":"top is no longer maintained"`
		}
		deps := ""
		if d, ok := p.Manifest["dependencies"]; ok {
			b, _ := json.Marshal(d)
			deps = `,"dependencies":` + string(b)
		}
		body := fmt.Sprintf(`{"_id":%q,"_rev":"2-abc","name":%q,"dist-tags":{"latest":"1.0.0"},
		"versions":{"1.0.0":{"name":%q,"version":"1.0.0","main":"index.js"%s%s,"_id":"%s@1.0.0",
		  "_npmUser":{"name":"alice","email":"alice@example.com"},"maintainers":%s,
		  "dist":{"integrity":%q,"shasum":%q,"tarball":%q}}},
		"time":{"created":%q,"modified":%q,"1.0.0":%q},"maintainers":%s,"readme":"# x","readmeFilename":"README.md"}`,
			name, name, name, deps, extra, name, maint, p.Integrity, p.Shasum, p.TarballURL, released, released, released, maint)
		srv.SetPackument(name, []byte(body))
	}
	dir := t.TempDir()
	pkgs := map[string]any{"": map[string]any{"name": "app", "version": "1.0.0", "dependencies": map[string]any{"top": "^1.0.0"}}}
	for i, name := range chain {
		e := map[string]any{"version": "1.0.0", "resolved": pubs[name].TarballURL, "integrity": pubs[name].Integrity}
		if i+1 < len(chain) {
			e["dependencies"] = map[string]any{chain[i+1]: "^1.0.0"}
		}
		pkgs["node_modules/"+name] = e
	}
	lock, _ := json.MarshalIndent(map[string]any{"name": "app", "version": "1.0.0", "lockfileVersion": 3, "requires": true, "packages": pkgs}, "", "  ")
	if err := os.WriteFile(filepath.Join(dir, "package-lock.json"), lock, 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "package.json"), []byte(`{"name":"app","version":"1.0.0","dependencies":{"top":"^1.0.0"}}`), 0o644); err != nil {
		t.Fatal(err)
	}
	cache := t.TempDir()
	args := []string{"audit-tree", dir, "--registry", srv.URL, "--cache-dir", cache}
	out, errOut, code := run(t, nil, args...)
	if code != ExitOK {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	for _, s := range []string{
		"4 packages, 1 direct, deepest chain 4 levels",
		"1. top@1.0.0: 2 weak points",
		"leaf@1.0.0  score 7  [single-maintainer, unmaintained, trivial, deep]",
		"chain: top@1.0.0 > mid@1.0.0 > low@1.0.0 > leaf@1.0.0",
		"drops out if you replace: top",
		"deprecated: top is no longer maintained",
	} {
		if !strings.Contains(out, s) {
			t.Errorf("stdout lacks %q:\n%s", s, out)
		}
	}
	if strings.Contains(out, "not checked") {
		t.Errorf("everything should have been checked:\n%s", out)
	}

	out, errOut, code = run(t, nil, append(args, "--format", "json", "--no-tarballs")...)
	if code != ExitOK {
		t.Fatalf("json: exit %d: %s", code, errOut)
	}
	var rep treeaudit.Report
	if err := json.Unmarshal([]byte(out), &rep); err != nil {
		t.Fatalf("json: %v\n%s", err, out)
	}
	if len(rep.WeakPoints) != 2 || rep.Counts[treeaudit.Trivial] != 0 || len(rep.NotChecked) != 1 || rep.NotChecked[0].Check != "trivial" {
		t.Errorf("json report: %+v", rep)
	}
	// --prod and --dev together: usage
	if _, _, code := run(t, nil, "audit-tree", dir, "--prod", "--dev"); code != ExitUsage {
		t.Errorf("--prod --dev: exit %d", code)
	}
}
