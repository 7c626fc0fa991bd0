package install

import (
	"context"
	"fmt"
	"path"
	"strings"

	"github.com/depfence/depfence/internal/analyze"
	"github.com/depfence/depfence/internal/finding"
	"github.com/depfence/depfence/internal/npm"
	"github.com/depfence/depfence/internal/rules/graphkit"
	"github.com/depfence/depfence/internal/rules/rulekit"
)

// FetchesPackage flags install scripts that run or install a package
// fetched at install time (npx, npm exec, pnpm/yarn dlx, bunx, npm install
// x): code outside the lockfile and its integrity checks.
type FetchesPackage struct{}

// Meta implements analyze.Rule.
func (FetchesPackage) Meta() analyze.Meta {
	return analyze.Meta{
		ID: "install/fetches-package", Version: 4, Title: "Install script fetches and runs a package",
		Help: "An install-time script runs a package that is not installed yet (npx, npm exec, pnpm dlx, yarn dlx, bunx) or installs " +
			"more packages (npm install x, yarn add x), from npm or another ecosystem (pip install x, go install x@latest, cargo or gem " +
			"install x). The package manager fetches that code when the script runs: it is in no lockfile, " +
			"no integrity check covers it, no review of this package sees it, and an unpinned spec runs whatever is published that day. " +
			"From git or a GitHub shorthand it is download-and-execute: high; from a URL on a host not known for releases, critical. " +
			"A tool the package depends on is installed already " +
			"and runs locally, so it is not reported; one in devDependencies is low (installed in the package's own development, fetched " +
			"when it is installed as a dependency), and so is anything in prepare, which npm runs only for git dependencies and local installs.",
		Remediation:     "Depend on the tool and run its binary, or drop the step from the install scripts. Install with --ignore-scripts.",
		Example:         `"postinstall": "npx some-helper@latest setup"`,
		DefaultSeverity: finding.SeverityMedium, Signal: analyze.SigRemoteExec, Needs: analyze.NeedManifest,
	}
}

// Check implements analyze.Rule.
func (FetchesPackage) Check(ctx context.Context, t *analyze.Target, r analyze.Reporter) error {
	m, _ := t.Manifest()
	if m == nil {
		return nil
	}
	own := npm.Bins(m.Name, m.Bin)
	for _, s := range t.InstallScripts() {
		for _, argv := range rulekit.ShellCommands(s.Command) {
			how, specs := fetchedSpecs(argv)
			for _, spec := range specs {
				if localSpec(spec) {
					continue // a path in the package or on disk: nothing fetched
				}
				name, remote := specName(spec)
				sev, where := finding.SeverityMedium, "from the registry"
				switch {
				case remote:
					sev, where = finding.SeverityHigh, "from outside the registry"
					if u := rulekit.URLs(spec); len(u) > 0 && !rulekit.TrustedFor(t, rulekit.Host(u[0])) {
						sev, where = finding.SeverityCritical, "from "+rulekit.Host(u[0])
					}
				case name == m.Name || own[name] != "" || provides(name, m.Dependencies, m.OptionalDependencies):
					continue // installed with the package: runs locally
				case provides(name, m.DevDependencies, m.PeerDependencies):
					sev = finding.SeverityLow
				}
				if s.Hook == "prepare" {
					sev = min(sev, finding.SeverityLow)
				}
				r.Report(analyze.Instance{File: "package.json", Severity: sev, Confidence: finding.ConfidenceHigh,
					Message:  fmt.Sprintf("%s script %s %s, fetched %s at install time, outside the lockfile", s.Hook, how, spec, where),
					Evidence: rulekit.Ev(fmt.Sprintf("%q: %q", s.Hook, jsastClean(s.Command)), "", "")})
			}
		}
	}
	return nil
}

// fetchedSpecs returns how a command fetches packages ("runs npx",
// "installs with npm") and the package specs it fetches.
func fetchedSpecs(argv []string) (string, []string) {
	// wrappers: env and cross-env with their assignments
	for len(argv) > 0 && (path.Base(argv[0]) == "env" || path.Base(argv[0]) == "cross-env" ||
		strings.Contains(argv[0], "=") && !strings.HasPrefix(argv[0], "-")) {
		argv = argv[1:]
	}
	if len(argv) < 2 {
		return "", nil
	}
	tool := path.Base(argv[0])
	args := argv[1:]
	sub := ""
	if !strings.HasPrefix(args[0], "-") {
		sub = args[0]
	}
	switch {
	case tool == "npx" || tool == "bunx" || tool == "pnpx":
		return "runs " + tool, execSpec(args)
	case tool == "npm" && (sub == "exec" || sub == "x"),
		tool == "pnpm" && sub == "dlx", tool == "yarn" && sub == "dlx", tool == "bun" && sub == "x":
		return "runs " + tool + " " + sub, execSpec(args[1:])
	case tool == "npm" && (sub == "install" || sub == "i" || sub == "add" || sub == "isntall"),
		tool == "yarn" && sub == "add", tool == "pnpm" && (sub == "add" || sub == "install" || sub == "i"), tool == "bun" && (sub == "add" || sub == "install" || sub == "i"):
		var specs []string
		rest := args[1:]
		for i := 0; i < len(rest); i++ {
			a := rest[i]
			switch {
			case valueFlags[a]:
				i++ // --prefix dir: not a package
			case a == "--" || a == "" || strings.HasPrefix(a, "-"):
			default:
				specs = append(specs, a)
			}
		}
		return "installs with " + tool, specs
	case (tool == "pip" || tool == "pip3") && sub == "install",
		(tool == "python" || tool == "python3") && len(args) >= 3 && args[0] == "-m" && args[1] == "pip" && args[2] == "install":
		if tool != "pip" && tool != "pip3" {
			args = args[2:]
		}
		return "installs with pip", plainArgs(args[1:])
	case tool == "go" && sub == "install", tool == "cargo" && sub == "install", tool == "gem" && sub == "install":
		return "installs with " + tool, plainArgs(args[1:])
	}
	return "", nil
}

// plainArgs are the arguments that are not options nor their values (-r
// requirements.txt names a file, not a package).
func plainArgs(args []string) []string {
	var out []string
	for i := 0; i < len(args); i++ {
		a := args[i]
		switch {
		case a == "-r" || a == "--requirement" || a == "-c" || a == "--constraint" || a == "-t" || a == "--target" ||
			a == "-i" || a == "--index-url" || a == "--root" || a == "--path" || a == "-e" || a == "--editable":
			i++
		case a == "--" || a == "" || strings.HasPrefix(a, "-"):
		default:
			out = append(out, a)
		}
	}
	return out
}

// valueFlags are package manager options followed by a value that is not
// a package.
var valueFlags = map[string]bool{"--prefix": true, "-C": true, "--cwd": true, "--dir": true, "--registry": true, "--cache": true,
	"--tag": true, "--userconfig": true, "--globalconfig": true, "-w": true, "--workspace": true, "--omit": true, "--include": true,
	"--install-strategy": true, "--before": true, "--filter": true, "-F": true, "--modules-folder": true}

// execSpec is the package an npx-like command runs: --package's value, or
// the first argument that is not an option.
func execSpec(args []string) []string {
	for i := 0; i < len(args); i++ {
		a := args[i]
		switch {
		case a == "--no-install" || a == "--no" || a == "--offline":
			return nil // never fetches
		case a == "-p" || a == "--package":
			if i+1 < len(args) {
				return []string{args[i+1]}
			}
			return nil
		case strings.HasPrefix(a, "--package="):
			return []string{strings.TrimPrefix(a, "--package=")}
		case a == "-c" || a == "--call":
			return nil // runs a command line with local binaries
		case a == "--":
			continue
		case strings.HasPrefix(a, "-"):
			continue
		}
		return []string{a}
	}
	return nil
}

// localSpec reports a spec naming a path on disk.
func localSpec(spec string) bool {
	for _, p := range []string{"./", "../", "/", "~/", "file:", "link:", "workspace:"} {
		if strings.HasPrefix(spec, p) {
			return true
		}
	}
	return spec == "." || spec == ".."
}

// specName returns the package name of a spec (name@version) and whether
// the spec names code outside the registry: a URL, git, a tarball or a
// GitHub user/repo shorthand.
func specName(spec string) (string, bool) {
	l := strings.ToLower(spec)
	if strings.HasPrefix(l, "http://") || strings.HasPrefix(l, "https://") || gitSpec(spec) ||
		strings.HasSuffix(l, ".tgz") || strings.HasSuffix(l, ".tar.gz") {
		return spec, true
	}
	name, _ := npm.SplitNameSpec(spec)
	return name, false
}

// gitSpec reports a spec naming a git repository: a git URL, a hosted
// shorthand (github:, gitlab:, bitbucket:, gist:) or GitHub's user/repo
// (a user name holds no ":", so npm:@s/x and patch: specs are not one).
func gitSpec(spec string) bool {
	l := strings.ToLower(spec)
	for _, p := range []string{"git+", "git:", "git@", "github:", "gitlab:", "bitbucket:", "gist:"} {
		if strings.HasPrefix(l, p) {
			return true
		}
	}
	user, repo, ok := strings.Cut(spec, "/")
	return ok && user != "" && repo != "" && !strings.HasPrefix(spec, "@") && !strings.HasPrefix(spec, ".") && !strings.ContainsAny(user, " :<>=^~|")
}

// knownBins maps common binaries to the package that provides them, where
// the names differ.
var knownBins = map[string]string{"tsc": "typescript", "tsserver": "typescript", "node-pre-gyp": "@mapbox/node-pre-gyp", "vue-cli-service": "@vue/cli-service"}

// provides reports whether one of deps is the package name or, for a bare
// binary name, a package whose unscoped name is it.
func provides(name string, deps ...map[string]string) bool {
	if p, ok := knownBins[name]; ok {
		name = p
	}
	for _, d := range deps {
		if d[name] != "" {
			return true
		}
		for dep := range d {
			if graphkit.Scope(dep) != "" && graphkit.Bare(dep) == name {
				return true
			}
		}
	}
	return false
}
