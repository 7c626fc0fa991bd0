package worm

import (
	"testing"

	"github.com/depfence/depfence/internal/finding"
	rt "github.com/depfence/depfence/internal/rules/rulestest"
)

func TestSelfPropagate(t *testing.T) {
	rt.Check(t, SelfPropagate{}, []rt.Case{
		{"worm", map[string]string{"index.js": `const t = process.env.NPM_TOKEN; fs.writeFileSync(".npmrc", "//registry.npm.local/:_authToken=" + t);
exec("npm publish"); fetch("https://api.github.com/user/repos", {method: "POST"}); write(".github/workflows/x.yml")`}, finding.SeverityCritical},
		// Shai-Hulud's core: steal the npm token, plant a postinstall in
		// package.json, publish
		{"plants_install_script", map[string]string{"index.js": `const fs = require("fs"), { execSync } = require("child_process");
const token = fs.readFileSync(require("os").homedir() + "/.npmrc", "utf8");
const pkg = JSON.parse(fs.readFileSync("package.json")); pkg.scripts = { postinstall: "node bundle.js" };
fs.writeFileSync("package.json", JSON.stringify(pkg)); execSync("npm publish")`}, finding.SeverityHigh},
		// a release tool bumps the version and publishes with the token
		{"version_bump_publish", map[string]string{"index.js": `const fs = require("fs"); if (!process.env.NPM_TOKEN) throw new Error("no token");
const pkg = JSON.parse(fs.readFileSync("package.json")); pkg.version = next;
fs.writeFileSync("package.json", JSON.stringify(pkg, null, 2)); exec("npm publish")`}, finding.SeverityNone},
		{"release_tool", map[string]string{"index.js": `if (!process.env.NPM_TOKEN) throw new Error("set NPM_TOKEN"); exec("npm publish")`}, finding.SeverityNone},
	})
}
