package guard

import (
	"bytes"
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/depfence/depfence/internal/policy"
)

// gitRepo makes a local bare git repository holding a package whose prepare
// script writes the file named by GITDEP_MARKER (and nothing when unset).
func gitRepo(t *testing.T) string {
	t.Helper()
	if _, err := exec.LookPath("git"); err != nil {
		if os.Getenv("CI") != "" {
			t.Fatal("git not found — required under CI")
		}
		t.Skip("SKIPPING END-TO-END TEST: git not found")
	}
	base := t.TempDir()
	work := filepath.Join(base, "work")
	bare := filepath.Join(base, "gitdep.git")
	if err := os.MkdirAll(work, 0o755); err != nil {
		t.Fatal(err)
	}
	writeFile(t, filepath.Join(work, "package.json"), `{
  "name": "gitdep",
  "version": "1.0.0",
  "scripts": { "prepare": "node prepare.js" }
}
`)
	writeFile(t, filepath.Join(work, "prepare.js"), `// Harmless test script: proves that the prepare script of a git
// dependency ran, by writing the file GITDEP_MARKER names.
if (process.env.GITDEP_MARKER) require("fs").appendFileSync(process.env.GITDEP_MARKER, "prepare\n");
`)
	git := func(dir string, args ...string) {
		t.Helper()
		cmd := exec.Command("git", args...)
		cmd.Dir = dir
		cmd.Env = append(os.Environ(), "GIT_AUTHOR_NAME=t", "GIT_AUTHOR_EMAIL=t@example.invalid", "GIT_COMMITTER_NAME=t", "GIT_COMMITTER_EMAIL=t@example.invalid", "GIT_CONFIG_GLOBAL=/dev/null")
		if out, err := cmd.CombinedOutput(); err != nil {
			t.Fatalf("git %v: %v\n%s", args, err, out)
		}
	}
	git(work, "init", "-q", "-b", "main")
	git(work, "add", ".")
	git(work, "commit", "-q", "-m", "gitdep")
	git(base, "clone", "-q", "--bare", work, bare)
	return bare
}

func TestE2EGitDependencyPrepare(t *testing.T) {
	c := e2eClients[0] // npm
	repo := gitRepo(t)
	p := newProject(t, c, map[string]string{"gitdep": "git+file://" + repo, "lib-base": "^1.0.0"})
	lockMarker := filepath.Join(t.TempDir(), "prepare-ran-at-lock")
	p.env = append(p.env, "GITDEP_MARKER="+lockMarker)
	p.lock(t)
	p.env = p.env[:len(p.env)-1]
	if _, err := os.Stat(lockMarker); err == nil {
		t.Logf("npm ran the git dependency's prepare script while only writing the lockfile (--package-lock-only --ignore-scripts)")
	}
	os.RemoveAll(p.env[slices.IndexFunc(p.env, func(s string) bool { return strings.HasPrefix(s, "npm_config_cache=") })][len("npm_config_cache="):])
	marker := filepath.Join(t.TempDir(), "prepare-ran")
	env := append(slices.Clone(p.env), "GITDEP_MARKER="+marker)

	install := func(pol *policy.Policy) (*Result, string) {
		var out bytes.Buffer
		res, err := Install(context.Background(), Options{Dir: p.dir, Frozen: true, Command: p.argv, Policy: pol, Env: env, Stdout: &out, Stderr: &out})
		if err != nil {
			t.Fatalf("Install: %v\n%s", err, out.String())
		}
		return res, out.String()
	}

	// Not allowed: stopped before the package manager ran.
	res, out := install(policy.Default())
	if res.PMRan || res.Stopped != "lockfile gate" || len(res.Blocked) != 1 || res.Blocked[0].Name != "gitdep" {
		t.Fatalf("not allowed: ran=%v stopped=%q blocked=%+v\n%s", res.PMRan, res.Stopped, res.Blocked, out)
	}
	if !strings.Contains(res.Blocked[0].Reason, "prepare") {
		t.Errorf("reason %q does not explain the prepare bypass", res.Blocked[0].Reason)
	}
	if _, err := os.Stat(marker); err == nil {
		t.Fatal("prepare script ran though the git dependency was blocked")
	}
	if _, err := os.Stat(filepath.Join(p.dir, "node_modules")); err == nil {
		t.Error("node_modules exists: the package manager ran")
	}

	// depfence install (not ci) also reads package.json: still one entry.
	if res, err := Install(context.Background(), Options{Dir: p.dir, Command: p.argv, Env: env}); err != nil || res.PMRan || len(res.Blocked) != 1 {
		t.Errorf("install mode: ran=%v blocked=%+v err=%v", res.PMRan, res.Blocked, err)
	}

	// Denied explicitly: still blocked.
	denied := policy.Default()
	denied.Scripts.Deny = []policy.ScriptEntry{{Package: "gitdep", Reason: "test"}}
	if res, _ := install(denied); res.PMRan || len(res.Blocked) != 1 {
		t.Errorf("denied: ran=%v blocked=%+v", res.PMRan, res.Blocked)
	}

	// Allowed: the install goes ahead, and npm itself runs prepare despite
	// --ignore-scripts (the bypass the gate exists for).
	allowed := policy.Default()
	allowed.Scripts.Allow = []policy.ScriptEntry{{Package: "gitdep", Reason: "test"}}
	res, out = install(allowed)
	if !res.PMRan || res.PMExitCode != 0 || len(res.Blocked) != 0 {
		t.Fatalf("allowed: ran=%v exit=%d blocked=%+v\n%s", res.PMRan, res.PMExitCode, res.Blocked, out)
	}
	if data, err := os.ReadFile(marker); err != nil {
		t.Logf("note: npm did not run the git dependency's prepare script this time (%v)", err)
	} else {
		t.Logf("npm ran the allowed git dependency's prepare script despite --ignore-scripts: %q", data)
	}
	if m := p.marker(t, "lib-base", "postinstall"); m != "" {
		t.Errorf("lib-base script ran (%q) though it is not allowed", m)
	}
}
