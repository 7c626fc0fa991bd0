// Package worm holds rules about self-propagation.
package worm

import (
	"context"
	"strings"

	"github.com/depfence/depfence/internal/analyze"
	"github.com/depfence/depfence/internal/finding"
	"github.com/depfence/depfence/internal/rules/rulekit"
)

// SelfPropagate flags code that republishes packages with stolen tokens.
type SelfPropagate struct{}

// Meta implements analyze.Rule.
func (SelfPropagate) Meta() analyze.Meta {
	return analyze.Meta{
		ID: "worm/self-propagate", Version: 4, Title: "Spreads to other packages",
		Help: "One file combines several worm steps: reading npm or GitHub tokens, writing an install script into a package.json, running npm publish, and " +
			"calling the GitHub API to create repositories or workflows (Shai-Hulud). Release tools do one or two of these (a version bump rewrites " +
			"package.json, but does not add a preinstall or postinstall script); three or more together is a worm. Install-time code that runs npm publish (also as npm with a \"publish\" argument) is high, " +
			"critical when it reads publish tokens: npm install has no business publishing, and with a stolen token it can push a package " +
			"of stolen data, or itself, under someone else's name.",
		Remediation:     "Revoke npm and GitHub tokens on any machine or CI that installed it; check your packages for unexpected versions.",
		Example:         `exec("npm publish", {env: {NPM_TOKEN: stolen}}); fetch("https://api.github.com/user/repos", {method: "POST"})`,
		DefaultSeverity: finding.SeverityHigh, Signal: analyze.SigPropagate, Needs: analyze.NeedCode,
	}
}

// Check implements analyze.Rule.
func (SelfPropagate) Check(ctx context.Context, t *analyze.Target, r analyze.Reporter) error {
	for _, f := range rulekit.Code(ctx, t) {
		steps := map[string]bool{}
		for _, e := range f.Facts.Env {
			if e.Name == "NPM_TOKEN" || e.Name == "NODE_AUTH_TOKEN" || e.Name == "GITHUB_TOKEN" || e.Name == "GH_TOKEN" {
				steps["reads publish tokens"] = true
			}
		}
		writesManifest, hook, spawns := false, false, false
		npmRun := false // a process started as `npm …`
		for _, c := range f.Facts.Calls {
			spawns = spawns || rulekit.IsSpawn(c)
			npmRun = npmRun || rulekit.IsSpawn(c) && strings.HasPrefix(rulekit.SpawnCommand(c), "npm ")
			switch rulekit.Last(c.Callee) {
			case "writeFile", "writeFileSync", "writeJson", "writeJsonSync", "writeJSON", "writeJSONSync", "outputFile", "outputFileSync", "outputJson", "outputJsonSync":
				if len(c.Args) > 0 && strings.HasSuffix(strings.TrimSpace(rulekit.Text(c.Args[0])), "package.json") {
					writesManifest = true
				}
			}
		}
		npm, publish := npmRun, false
		for _, s := range f.Facts.Strings {
			v := s.Value
			if len(v) > 2048 {
				continue
			}
			switch v {
			case "preinstall", "postinstall", "install":
				hook = true
			case "npm", "npm.cmd":
				npm = true
			case "publish":
				publish = true
			}
			// npm("publish --access public") through a helper that runs
			// `npm ${args}`
			publish = publish || strings.HasPrefix(v, "publish ")
			switch {
			case strings.Contains(v, "npm publish"):
				steps["runs npm publish"] = true
			case strings.Contains(v, "_authToken") || strings.Contains(v, ".npmrc"):
				steps["reads publish tokens"] = true
			case strings.Contains(v, "api.github.com") && (strings.Contains(v, "/repos") || strings.Contains(v, "/user")):
				steps["uses the GitHub API"] = true
			case strings.Contains(v, ".github/workflows"):
				steps["writes CI workflows"] = true
			}
		}
		if writesManifest && hook {
			steps["adds an install script to package.json"] = true
		}
		if spawns && npm && publish {
			// run("npm", ["publish", "--access", "public"]) through a helper
			steps["runs npm publish"] = true
		}
		if f.Role == analyze.RoleInstall && steps["runs npm publish"] && !f.Facts.Bundle() {
			// npm install has no business publishing anything: with the
			// tokens it reads, the package pushes what it pleases (a
			// package of stolen data, or itself) under someone else's name
			sev, msg := finding.SeverityHigh, "runs npm publish at install time"
			if steps["reads publish tokens"] {
				sev, msg = finding.SeverityCritical, "runs npm publish at install time with the publish tokens it reads"
			}
			r.Report(analyze.Instance{File: f.Name, Severity: sev, Message: msg})
			continue
		}
		if len(steps) < 3 {
			continue
		}
		var list []string
		for k := range steps {
			list = append(list, k)
		}
		sev := finding.SeverityHigh
		if len(steps) >= 4 {
			sev = finding.SeverityCritical
		}
		if f.Facts.Bundle() {
			// package managers and release tools bundle all of these;
			// a worm bundle still counts when it runs at install
			sev--
		}
		r.Report(analyze.Instance{File: f.Name, Severity: sev, Message: "worm behaviour: " + strings.Join(sortStrings(list), ", ")})
	}
	return nil
}

func sortStrings(s []string) []string {
	for i := range s {
		for j := i + 1; j < len(s); j++ {
			if s[j] < s[i] {
				s[i], s[j] = s[j], s[i]
			}
		}
	}
	return s
}
