// Package worm holds rules about self-propagation.
package worm

import (
	"context"
	"maps"
	"slices"
	"strings"

	"github.com/depfence/depfence/internal/analyze"
	"github.com/depfence/depfence/internal/finding"
	"github.com/depfence/depfence/internal/jsast"
	"github.com/depfence/depfence/internal/rules/rulekit"
)

// SelfPropagate flags code that republishes packages with stolen tokens.
type SelfPropagate struct{}

// Meta implements analyze.Rule.
func (SelfPropagate) Meta() analyze.Meta {
	return analyze.Meta{
		ID: "worm/self-propagate", Version: 7, Title: "Spreads to other packages",
		Help: "One file combines several worm steps: reading npm or GitHub tokens, writing an install script into a package.json, running npm publish, and " +
			"calling the GitHub API to create repositories or workflows (Shai-Hulud). Release tools do one or two of these (a version bump rewrites " +
			"package.json, but does not add a preinstall or postinstall script); three or more together is a worm. Install-time code that runs npm publish (also as npm with a \"publish\" argument) is high, " +
			"critical when it reads publish tokens: npm install has no business publishing, and with a stolen token it can push a package " +
			"of stolen data, or itself, under someone else's name. Two more steps count: writing code that requires the package by its own name " +
			"into other files, and putting a range of its own version into a package.json (the package adding itself to other projects), " +
			"as does committing and pushing with git. Install-time modules that plant the package this way and take one more step between them " +
			"are critical: npm install that spreads the package into the user's other projects. Planting counts only at install time: a " +
			"release script's smoke test writes a fixture that requires the package it packed.",
		Remediation:     "Revoke npm and GitHub tokens on any machine or CI that installed it; check your packages for unexpected versions.",
		Example:         `exec("npm publish", {env: {NPM_TOKEN: stolen}}); fetch("https://api.github.com/user/repos", {method: "POST"})`,
		DefaultSeverity: finding.SeverityHigh, Signal: analyze.SigPropagate, Needs: analyze.NeedCode,
	}
}

// Check implements analyze.Rule.
func (SelfPropagate) Check(ctx context.Context, t *analyze.Target, r analyze.Reporter) error {
	own, version := "", ""
	if m, err := t.Manifest(); err == nil && m != nil {
		own, version = m.Name, m.Version
	}
	// the steps of the install-time modules together: a worm split over
	// small modules takes one step in each
	installSteps := map[string]bool{}
	installFile, reported := "", false
	for _, f := range rulekit.Code(ctx, t) {
		steps := map[string]bool{}
		// planting the package into other code counts only at install
		// (below): a release script's smoke test writes a fixture that
		// requires the package it packed
		var planted map[string]bool
		if own != "" {
			planted = plants(f.Facts, own, version)
		}
		if rulekit.RunsProgram(f.Facts, "git") && hasStrings(f.Facts, "commit", "push") {
			steps["commits and pushes with git"] = true
		}
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
			reported = true
			continue
		}
		if f.Role == analyze.RoleInstall && rulekit.SmallModule(f.Facts) {
			for k := range steps {
				installSteps[k] = true
			}
			for k := range planted {
				installSteps[k] = true
			}
			if installFile == "" && len(planted) > 0 {
				installFile = f.Name
			}
		}
		if len(steps) < 3 {
			continue
		}
		reported = true
		list := slices.Sorted(maps.Keys(steps))
		sev := finding.SeverityHigh
		if len(steps) >= 4 {
			sev = finding.SeverityCritical
		}
		if f.Facts.Bundle() {
			// package managers and release tools bundle all of these;
			// a worm bundle still counts when it runs at install
			sev--
		}
		r.Report(analyze.Instance{File: f.Name, Severity: sev, Message: "worm behaviour: " + strings.Join(list, ", ")})
	}
	if !reported && installFile != "" && len(installSteps) >= 2 {
		// planting itself into other projects from npm install: what
		// else it does (pushing the change, reading tokens) spreads it
		list := slices.Sorted(maps.Keys(installSteps))
		r.Report(analyze.Instance{File: installFile, Severity: finding.SeverityCritical,
			Message: "worm behaviour at install time, across the package's modules: " + strings.Join(list, ", ")})
	}
	return nil
}

// The steps plants finds.
const (
	plantsRequire    = "writes a require of the package itself into other code"
	plantsDependency = "adds the package itself to a package.json's dependencies"
)

// plants returns the steps of a file that writes files and holds code
// requiring the package by its own name (own), as text to put into
// other projects' files (;try{require('x/register')}catch(e){}), or a
// range of the package's own version next to package.json (the package
// adding itself to another project's dependencies).
func plants(f *jsast.Facts, own, version string) map[string]bool {
	writes := false
	for _, c := range f.Calls {
		switch rulekit.Last(c.Callee) {
		case "writeFile", "writeFileSync", "appendFile", "appendFileSync":
			writes = true
		}
	}
	if !writes {
		return nil
	}
	var steps map[string]bool
	add := func(k string) {
		if steps == nil {
			steps = map[string]bool{}
		}
		steps[k] = true
	}
	manifest, ranges := false, false
	for _, s := range f.Strings {
		v := s.Value
		if len(v) > 4096 {
			continue
		}
		for _, q := range []string{`require('`, `require("`, "import '", `import "`} {
			if strings.Contains(v, q+own+"'") || strings.Contains(v, q+own+`"`) || strings.Contains(v, q+own+"/") {
				add(plantsRequire)
			}
		}
		manifest = manifest || v == "package.json" || strings.HasSuffix(v, "/package.json")
		ranges = ranges || version != "" && (v == "^"+version || v == "~"+version)
	}
	if manifest && ranges {
		add(plantsDependency)
	}
	return steps
}

// hasStrings reports a file holding every one of the strings.
func hasStrings(f *jsast.Facts, want ...string) bool {
	for _, w := range want {
		if !slices.ContainsFunc(f.Strings, func(s jsast.Str) bool { return s.Value == w }) {
			return false
		}
	}
	return true
}
