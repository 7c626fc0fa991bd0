// Package bin holds rules about shipped executables.
package bin

import (
	"bytes"
	"context"
	"fmt"
	"path"
	"strings"

	"github.com/depfence/depfence/internal/analyze"
	"github.com/depfence/depfence/internal/finding"
	"github.com/depfence/depfence/internal/jsast"
	"github.com/depfence/depfence/internal/rules/rulekit"
)

// NativeExecutable flags shipped executables, and their use at install.
type NativeExecutable struct{}

// Meta implements analyze.Rule.
func (NativeExecutable) Meta() analyze.Meta {
	return analyze.Meta{
		ID: "bin/native-executable", Version: 5, Title: "Ships a native executable",
		Help: "The package contains ELF, PE or Mach-O binaries or Windows scripts (.exe, .dll, .bat, .ps1, .vbs). Platform packages (esbuild, swc, " +
			"sharp's @img/*) and prebuilt .node addons do this legitimately; a Windows executable started at install time (by an install script " +
			"or code it runs), with nothing to review, is how droppers deliver stealers (critical). One the library starts later, when asked " +
			"(a console-size helper, a browser installer), is medium. A Windows script is text and is read: high when it downloads and runs " +
			"code (PowerShell iex or -enc, certutil, bitsadmin, mshta; a PowerShell variable set to a constant is read where it is used: " +
			"-EncodedCommand $policy), low otherwise (a bin's .cmd shim, gradlew.bat), unless it runs at install. A platform package names " +
			"one or two systems or its processors; a package listing all three systems is none, and a platform package's own install " +
			"script that downloads and runs code is no platform binary.",
		Remediation:     "Verify the binary's origin; prefer packages that build from source or publish provenance.",
		Example:         `spawn(resolve("Installer.exe"), { detached: true }) // from "postinstall": "node ."`,
		DefaultSeverity: finding.SeverityLow, Signal: analyze.SigBinary, Needs: analyze.NeedFiles,
	}
}

func kind(head []byte, name string) string {
	switch {
	case bytes.HasPrefix(head, []byte("\x7fELF")):
		return "ELF"
	case bytes.HasPrefix(head, []byte("MZ")):
		return "PE"
	case bytes.HasPrefix(head, []byte{0xcf, 0xfa, 0xed, 0xfe}), bytes.HasPrefix(head, []byte{0xce, 0xfa, 0xed, 0xfe}), bytes.HasPrefix(head, []byte{0xca, 0xfe, 0xba, 0xbe}):
		return "Mach-O"
	}
	switch strings.ToLower(path.Ext(name)) {
	case ".exe", ".dll", ".scr", ".msi":
		return "PE"
	case ".bat", ".cmd", ".ps1", ".vbs", ".vbe", ".hta":
		return "script"
	}
	return ""
}

// Check implements analyze.Rule.
func (NativeExecutable) Check(ctx context.Context, t *analyze.Target, r analyze.Reporter) error {
	m, _ := t.Manifest()
	// a platform package (esbuild's @esbuild/linux-x64) names the one
	// system or processor its binary is for; a list of all three
	// systems restricts nothing
	platform := m != nil && (len(m.OS) > 0 && len(m.OS) < 3 || len(m.CPU) > 0)
	code := rulekit.Code(ctx, t)
	n := 0
	for _, name := range t.Files() {
		if textExt[strings.ToLower(path.Ext(name))] {
			continue // never a native binary; saves opening every file
		}
		head, err := t.Head(name, 4)
		if err != nil {
			continue
		}
		k := kind(head, name)
		if k == "" {
			continue
		}
		base := path.Base(name)
		// who runs it?
		runBy, atInstall := "", false
		for _, s := range t.InstallScripts() {
			if strings.Contains(s.Command, base) {
				runBy, atInstall = s.Hook+" script", true
			}
		}
		for _, f := range code {
			if runBy != "" || !f.Role.Live() {
				break
			}
			spawns := false
			for _, c := range f.Facts.Calls {
				if rulekit.IsSpawn(c) {
					spawns = true
				}
			}
			if !spawns {
				continue
			}
			for _, s := range f.Facts.Strings {
				if strings.Contains(s.Value, base) && len(base) > 4 {
					runBy, atInstall = f.Name, t.InstallHook(f.Name) != ""
					break
				}
			}
		}
		addon := strings.HasSuffix(strings.ToLower(name), ".node") // loaded by require, not run
		if addon {
			runBy = ""
		}
		// a script can be read: what it runs decides, not that it exists
		danger, readable := "", false
		if k == "script" {
			if b, err := t.Read(name); err == nil && len(b) <= 1<<20 {
				readable, danger = true, rulekit.ShellDanger(string(b))
				if strings.EqualFold(path.Ext(name), ".ps1") {
					danger = rulekit.PowerShellDanger(rulekit.ExpandPSVars(string(b)))
				}
			}
		}
		sev := finding.SeverityInfo
		switch {
		case addon:
		case atInstall && (k == "PE" || k == "script") && (!platform || danger != ""):
			// (a platform package's own install script downloading and
			// running code is no platform binary)
			sev = finding.SeverityCritical
		case danger != "":
			sev = finding.SeverityHigh
		case readable:
			// a bin's Windows shim (node-gyp.cmd, run.cmd), a build's
			// gradlew.bat: text anyone can review
			sev = finding.SeverityLow
		case runBy != "" && (k == "PE" || k == "script") && !platform:
			// a helper the library runs when asked (term-size's Windows
			// console query, playwright's browser installers)
			sev = finding.SeverityMedium
		case runBy != "":
			sev = finding.SeverityLow
		case (k == "PE" || k == "script") && !platform:
			sev = finding.SeverityMedium
		}
		if sev == finding.SeverityInfo && n >= 3 {
			continue
		}
		n++
		msg := fmt.Sprintf("ships %s executable %s", k, name)
		if runBy != "" {
			msg += ", started by " + runBy
		}
		if danger != "" {
			msg += ", which downloads and runs code: " + jsast.Clean(danger, 120)
		}
		r.Report(analyze.Instance{File: name, Severity: sev, Message: msg, Confidence: finding.ConfidenceHigh, Evidence: rulekit.Ev("", "", fmt.Sprintf("magic %q", head))})
	}
	return nil
}

var textExt = map[string]bool{".js": true, ".mjs": true, ".cjs": true, ".ts": true, ".mts": true, ".cts": true, ".tsx": true, ".jsx": true,
	".json": true, ".md": true, ".markdown": true, ".map": true, ".txt": true, ".css": true, ".scss": true, ".less": true, ".html": true,
	".htm": true, ".yml": true, ".yaml": true, ".flow": true, ".coffee": true, ".svg": true, ".xml": true, ".vue": true, ".svelte": true}
