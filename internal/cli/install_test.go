package cli

import (
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/depfence/depfence/internal/guard"
	"github.com/depfence/depfence/internal/policy"
	"github.com/depfence/depfence/internal/registry/registrytest"
)

// TestInstallScriptsE2E drives depfence ci / scripts / native-config through
// Main with the real npm client against a fake registry serving the guard's
// harmless test packages (../guard/testdata/registry).
func TestInstallScriptsE2E(t *testing.T) {
	npmBin := os.Getenv("DEPFENCE_E2E_NPM")
	if npmBin == "" {
		npmBin, _ = exec.LookPath("npm")
	}
	if npmBin == "" {
		if os.Getenv("CI") != "" {
			t.Fatal("npm not found — required under CI (source .ci/pm-clients.sh)")
		}
		t.Skip("SKIPPING END-TO-END TEST !!! npm not found: set DEPFENCE_E2E_NPM")
	}
	reg := registrytest.New(t, registrytest.AllowUnexpected())
	reg.AddTestdata(filepath.Join("..", "guard", "testdata", "registry"))
	base := t.TempDir()
	dir := filepath.Join(base, "project")
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	write := func(name, content string) {
		t.Helper()
		if err := os.WriteFile(filepath.Join(dir, name), []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("package.json", `{"name":"p","version":"1.0.0","private":true,"dependencies":{"app-mid":"1.0.0","unlisted":"1.0.0"}}`)
	write(".npmrc", fmt.Sprintf("registry=%s\naudit=false\nfund=false\nupdate-notifier=false\n", reg.URL))
	// depfence ci passes os.Environ() to npm and the scripts.
	t.Setenv("npm_config_cache", filepath.Join(base, "npm-cache"))
	t.Setenv("HOME", filepath.Join(base, "home"))
	lock := exec.Command(npmBin, "install", "--package-lock-only", "--ignore-scripts")
	lock.Dir = dir
	if out, err := lock.CombinedOutput(); err != nil {
		t.Fatalf("npm lock: %v\n%s", err, out)
	}
	env := map[string]string{"NO_COLOR": "1"}
	marker := func(pkg, event string) string {
		data, _ := os.ReadFile(filepath.Join(dir, "node_modules", pkg, "ran-"+event))
		return string(data)
	}

	// Nothing reviewed yet: npm installs, no script runs, exit 1.
	_, stderr, code := run(t, env, "ci", dir, "--pm-bin", npmBin, "--no-scan")
	if code != ExitPolicy || !strings.Contains(stderr, "not run: lib-base@1.0.0") || !strings.Contains(stderr, "depfence scripts allow") {
		t.Fatalf("unreviewed ci: exit %d\n%s", code, stderr)
	}
	if marker("lib-base", "postinstall") != "" || marker("unlisted", "install") != "" {
		t.Fatal("a script ran before anyone allowed it")
	}

	stdout, _, code := run(t, env, "scripts", dir)
	for _, want := range []string{"new      app-mid@1.0.0  (node_modules/app-mid)", "    postinstall: node order.js", "new      lib-base@1.0.0", "new      unlisted@1.0.0", "hash: sha256:"} {
		if code != 0 || !strings.Contains(stdout, want) {
			t.Errorf("scripts: exit %d, missing %q in\n%s", code, want, stdout)
		}
	}

	for _, name := range []string{"lib-base", "app-mid"} {
		if _, stderr, code := run(t, env, "scripts", "allow", name, "-C", dir, "--reason", "test fixture"); code != 0 || !strings.Contains(stderr, "pinned sha256:") {
			t.Fatalf("scripts allow %s: exit %d\n%s", name, code, stderr)
		}
	}
	stdout, _, code = run(t, env, "scripts", "auto", "-C", dir)
	if code != 0 || !strings.Contains(stdout, "package: unlisted") || !strings.Contains(stdout, "deny:") {
		t.Errorf("scripts auto: exit %d\n%s", code, stdout)
	}
	if _, _, code := run(t, env, "scripts", "auto", "-C", dir, "--write"); code != 0 {
		t.Fatalf("scripts auto --write: exit %d", code)
	}
	pol, err := policy.Load(filepath.Join(dir, policy.FileName))
	if err != nil {
		t.Fatal(err)
	}
	if len(pol.Scripts.Allow) != 2 || pol.Scripts.Allow[0].Hash == "" || len(pol.Scripts.Deny) != 1 || pol.Scripts.Deny[0].Package != "unlisted" {
		t.Fatalf("depfence.yaml scripts = %+v", pol.Scripts)
	}

	// Reviewed: allowed scripts run once, dependencies first; exit 0.
	stdout, stderr, code = run(t, env, "ci", dir, "--pm-bin", npmBin, "--no-scan", "--format", "json")
	if code != 0 {
		t.Fatalf("reviewed ci: exit %d\n%s", code, stderr)
	}
	var res struct {
		Runs []struct{ Name, Event string }
	}
	if err := json.Unmarshal([]byte(stdout), &res); err != nil || len(res.Runs) != 3 {
		t.Errorf("ci --format json: %v, runs %+v\n%s", err, res.Runs, stdout)
	}
	if got := marker("lib-base", "postinstall"); got != "postinstall lib-base\n" {
		t.Errorf("lib-base marker %q", got)
	}
	if got := marker("app-mid", "postinstall"); got != "base-before=true\n" {
		t.Errorf("app-mid marker %q", got)
	}
	if marker("unlisted", "install") != "" {
		t.Error("denied script ran")
	}

	// A script that changed since approval is reported as changed.
	pj := filepath.Join(dir, "node_modules", "lib-base", "package.json")
	data, _ := os.ReadFile(pj)
	if err := os.WriteFile(pj, []byte(strings.Replace(string(data), "node marker.js postinstall", "node marker.js postinstall && curl example.invalid", 1)), 0o644); err != nil {
		t.Fatal(err)
	}
	stdout, _, _ = run(t, env, "scripts", dir)
	if !strings.Contains(stdout, "changed  lib-base@1.0.0") || !strings.Contains(stdout, "approved hash: sha256:") {
		t.Errorf("changed script not reported:\n%s", stdout)
	}

	stdout, _, code = run(t, env, "native-config", dir, "--pm", "npm")
	if code != 0 || !strings.Contains(stdout, "ignore-scripts=true") || !strings.Contains(stdout, "min-release-age=3") {
		t.Errorf("native-config: exit %d\n%s", code, stdout)
	}
	if _, _, code := run(t, env, "native-config", dir, "--write"); code != 0 {
		t.Errorf("native-config --write: exit %d", code)
	}
	npmrc, _ := os.ReadFile(filepath.Join(dir, ".npmrc"))
	if !strings.Contains(string(npmrc), "registry="+reg.URL) || !strings.Contains(string(npmrc), "ignore-scripts=true") {
		t.Errorf(".npmrc after --write:\n%s", npmrc)
	}

	if _, _, code := run(t, env, "ci", dir, "--sandbox", "bogus"); code != ExitUsage {
		t.Errorf("--sandbox bogus: exit %d, want %d", code, ExitUsage)
	}
	if _, _, code := run(t, env, "ci", dir, "--pm", "cargo"); code != ExitUsage {
		t.Errorf("--pm cargo: exit %d, want %d", code, ExitUsage)
	}
}

func TestInstallExit(t *testing.T) {
	code := func(err error) int {
		if err == nil {
			return ExitOK
		}
		return err.(exitError).code
	}
	tests := []struct {
		name string
		res  guard.Result
		want int
	}{
		{"ok", guard.Result{PMRan: true}, ExitOK},
		{"blocked_git_dependency", guard.Result{Stopped: "lockfile gate", Blocked: []guard.Blocked{{Name: "g"}}}, ExitPolicy},
		{"policy_gate", guard.Result{Stopped: "policy gate"}, ExitPolicy},
		{"package_manager_failed", guard.Result{PMRan: true, PMExitCode: 254}, 254},
		{"script_failed", guard.Result{PMRan: true, Runs: []guard.ScriptRun{{Name: "x", Error: "x@1: refused"}}}, ExitPolicy},
		{"unreviewed", guard.Result{PMRan: true, Items: []guard.Item{{Name: "x", Status: guard.New}}}, ExitPolicy},
		{"changed", guard.Result{PMRan: true, Items: []guard.Item{{Name: "x", Status: guard.Changed}}}, ExitPolicy},
		{"denied_is_fine", guard.Result{PMRan: true, Items: []guard.Item{{Name: "x", Status: guard.Denied}}}, ExitOK},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := code(installExit(&tt.res)); got != tt.want {
				t.Errorf("exit = %d, want %d", got, tt.want)
			}
		})
	}
}
