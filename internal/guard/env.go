package guard

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
)

// secretName reports whether an environment variable name looks like it
// carries a credential. Scripts depfence runs never see such variables.
func secretName(name string) bool {
	u := strings.ToUpper(name)
	if strings.HasPrefix(u, "NPM_CONFIG_//") || strings.HasPrefix(u, "NPM_CONFIG__") {
		// Registry-scoped settings (//host/:_authToken) and _auth, _password.
		return true
	}
	for _, w := range []string{"TOKEN", "SECRET", "PASSWORD", "PASSWD", "AUTH", "CREDENTIAL", "PRIVATE_KEY", "API_KEY", "ACCESS_KEY", "SESSION_KEY", "CERTFILE", "KEYFILE"} {
		if strings.Contains(u, w) {
			return true
		}
	}
	return strings.HasSuffix(u, "_KEY") || u == "NPM_CONFIG_KEY" || u == "NPM_CONFIG_CERT"
}

// ScriptEnv builds the environment npm gives a lifecycle script: base
// (the caller's environment) minus credentials and stale npm_package_* /
// npm_lifecycle_* values, plus npm_package_name, npm_package_version,
// npm_package_json, npm_lifecycle_event, npm_lifecycle_script, INIT_CWD, and
// PATH with every node_modules/.bin from the package directory up to the
// file-system root prepended (as @npmcli/run-script does). npm_config_*
// settings pass through unless they look like credentials.
func ScriptEnv(base []string, p *Package, event, script, initCwd string) []string {
	out := make([]string, 0, len(base)+8)
	path := ""
	// A later duplicate wins, as with exec.Cmd.Env.
	last := map[string]int{}
	for i, kv := range base {
		k, _, _ := strings.Cut(kv, "=")
		last[k] = i
	}
	for i, kv := range base {
		if k, _, _ := strings.Cut(kv, "="); last[k] != i {
			continue
		}
		k, v, ok := strings.Cut(kv, "=")
		if !ok || k == "" {
			continue
		}
		lk := strings.ToLower(k)
		switch {
		case k == "PATH":
			path = v
			continue
		case strings.HasPrefix(lk, "npm_package_"), strings.HasPrefix(lk, "npm_lifecycle_"), k == "INIT_CWD":
			continue
		case secretName(k):
			continue
		}
		out = append(out, kv)
	}
	var bins []string
	for d := p.Dir; ; {
		if filepath.Base(d) != "node_modules" {
			bins = append(bins, filepath.Join(d, "node_modules", ".bin"))
		}
		parent := filepath.Dir(d)
		if parent == d {
			break
		}
		d = parent
	}
	if path != "" {
		bins = append(bins, path)
	}
	out = append(out,
		"PATH="+strings.Join(bins, string(os.PathListSeparator)),
		"INIT_CWD="+initCwd,
		"npm_package_name="+p.Name,
		"npm_package_version="+p.Version,
		"npm_package_json="+filepath.Join(p.Dir, "package.json"),
		"npm_lifecycle_event="+event,
		"npm_lifecycle_script="+script,
		"npm_command=install",
	)
	slices.Sort(out)
	return out
}
