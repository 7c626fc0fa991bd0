package cred

import (
	"context"
	"fmt"
	"regexp"
	"slices"

	"github.com/depfence/depfence/internal/analyze"
	"github.com/depfence/depfence/internal/finding"
	"github.com/depfence/depfence/internal/jsast"
	"github.com/depfence/depfence/internal/rules/rulekit"
)

// Keylogger flags code that hooks the system keyboard through a script it
// hands to another interpreter or through an OS keyboard hook.
type Keylogger struct{}

// Meta implements analyze.Rule.
func (Keylogger) Meta() analyze.Meta {
	return analyze.Meta{
		ID: "cred/keylogger", Version: 1, Title: "Records keystrokes system-wide",
		Help: "A file that starts processes carries a script that hooks the whole system's keyboard: Python's pynput or keyboard " +
			"listeners, Windows' GetAsyncKeyState or a low-level keyboard hook (SetWindowsHookEx with WH_KEYBOARD_LL), macOS event " +
			"taps, reading /dev/input/event* or `xinput test`. Every password typed afterwards is captured. High; critical from " +
			"install-time code or in a file that also talks to the network. Electron apps that need global shortcuts use " +
			"registered accelerators, not a keyboard hook.",
		Remediation:     "Remove the package, end any python, powershell or other process it left running, and change the passwords typed since.",
		Example:         `spawn("python3", ["-c", "from pynput import keyboard\nkeyboard.Listener(on_press=log).start()"], { detached: true })`,
		DefaultSeverity: finding.SeverityHigh, Signal: analyze.SigCred, Needs: analyze.NeedCode,
	}
}

// keyHook matches a system keyboard hook in script text.
var keyHook = regexp.MustCompile(`(?i)pynput\b[\s\S]{0,200}keyboard|keyboard\.(Listener|on_press|hook|record)\b|GetAsyncKeyState|WH_KEYBOARD_LL|SetWindowsHookEx[AW]?\b[\s\S]{0,80}\b(13|WH_KEYBOARD)|CGEventTapCreate|/dev/input/event|\bxinput\s+(test|--test)\b`)

// keyHints holds a literal piece of every keyHook alternative.
var keyHints = rulekit.NewHints("pynput", "keyboard.", "getasynckeystate", "wh_keyboard_ll", "setwindowshookex", "cgeventtapcreate", "/dev/input/event", "xinput")

// Check implements analyze.Rule.
func (Keylogger) Check(ctx context.Context, t *analyze.Target, r analyze.Reporter) error {
	for _, f := range rulekit.Code(ctx, t) {
		if !slices.ContainsFunc(f.Facts.Calls, rulekit.IsSpawn) {
			continue
		}
		var hook *jsast.Str
		for i := range f.Facts.Strings {
			s := &f.Facts.Strings[i]
			if len(s.Value) <= 64<<10 && !s.Printed && keyHints.In(s.Value) && keyHook.MatchString(s.Value) {
				hook = s
				break
			}
		}
		if hook == nil {
			continue
		}
		sev := finding.SeverityHigh
		if f.Role == analyze.RoleInstall || slices.ContainsFunc(f.Facts.Calls, rulekit.IsNetCall) {
			sev = finding.SeverityCritical
		}
		r.Report(analyze.Instance{File: f.Name, Line: hook.Pos.Line, Severity: sev, Confidence: finding.ConfidenceHigh,
			Message:  fmt.Sprintf("starts processes and carries a system keyboard hook (%s)", keyHints.Find(hook.Value)),
			Evidence: rulekit.Ev(hook.Snippet.String(), hook.Value, "")})
	}
	return nil
}
