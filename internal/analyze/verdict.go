package analyze

import (
	"fmt"
	"slices"

	"github.com/depfence/depfence/internal/finding"
)

// Verdict is the per-package conclusion.
type Verdict string

// Verdicts.
const (
	VerdictOK         Verdict = "ok"
	VerdictSuspicious Verdict = "suspicious"
	VerdictMalicious  Verdict = "malicious"
)

// Step is one link in the evidence chain.
type Step struct {
	Signal  Signal         `json:"signal"`
	Rule    finding.RuleID `json:"rule"`
	Message string         `json:"message"`
	Where   string         `json:"where,omitempty"`
}

// stage orders signals along an attack: trigger, collect, hide, send,
// execute, impact.
var stage = map[Signal]int{
	SigInstall: 0,
	SigRecon:   1, SigEnv: 1, SigCred: 1, SigWallet: 1,
	SigObfuscation: 2, SigEvasion: 2, SigUnicode: 2,
	SigNetwork: 3, SigExfil: 3,
	SigSpawn: 4, SigEval: 4, SigRemoteExec: 4, SigBinary: 4,
	SigPersist: 5, SigPropagate: 5, SigSabotage: 5, SigMisc: 6,
}

var sevWeight = map[finding.Severity]float64{finding.SeverityInfo: 0, finding.SeverityLow: 1, finding.SeverityMedium: 3, finding.SeverityHigh: 6, finding.SeverityCritical: 12}

func roleWeight(r Role) float64 {
	switch r {
	case RoleInstall:
		return 1.5
	case RoleEntry, RolePackage:
		return 1
	case RoleOther:
		return 0.7
	}
	return 0.1
}

func isSource(s Signal) bool { return s == SigEnv || s == SigCred || s == SigRecon || s == SigWallet }
func isSink(s Signal) bool   { return s == SigNetwork || s == SigExfil }

// combine sets the verdict, score and chain from the findings.
func combine(res *Result, t *Target) {
	var live []*Finding
	score := 0.0
	best := map[finding.RuleID]float64{}
	for i := range res.Findings {
		f := &res.Findings[i]
		w := sevWeight[f.Severity] * roleWeight(f.Role)
		if w > best[f.Rule] {
			best[f.Rule] = w
		}
		if f.Role.Live() {
			live = append(live, f)
		}
	}
	for _, w := range best {
		score += w
	}
	res.Score = int(score + 0.5)

	verdict := VerdictOK
	var why []*Finding
	at := func(s finding.Severity) []*Finding {
		var out []*Finding
		for _, f := range live {
			if f.Severity >= s {
				out = append(out, f)
			}
		}
		return out
	}
	// 1. Self-contained proof.
	for _, f := range at(finding.SeverityCritical) {
		if f.Confidence >= finding.ConfidenceMedium {
			verdict = VerdictMalicious
			why = append(why, f)
		}
	}
	// 2. Source -> sink in one file, or across install-time code.
	byFile := map[string][]*Finding{}
	for _, f := range live {
		if f.Severity >= finding.SeverityLow {
			byFile[f.Location.File] = append(byFile[f.Location.File], f)
		}
	}
	chainIn := func(fs []*Finding) []*Finding {
		var src, sink, obf, act []*Finding
		for _, f := range fs {
			switch {
			case isSource(f.Signal) && f.Severity >= finding.SeverityMedium:
				src = append(src, f)
			case isSink(f.Signal):
				sink = append(sink, f)
			case f.Signal == SigObfuscation && f.Severity >= finding.SeverityHigh:
				obf = append(obf, f)
			case f.Signal == SigSpawn || f.Signal == SigEval || f.Signal == SigRemoteExec || f.Signal == SigRecon || f.Signal == SigEnv || f.Signal == SigNetwork || f.Signal == SigCred:
				// (a credential store named at all counts next to
				// obfuscation: the read itself is what the obfuscation hides)
				act = append(act, f)
			}
		}
		var out []*Finding
		if len(src) > 0 && len(sink) > 0 {
			// a sink of exfil kind, or strong sources, make it a chain
			strong := false
			for _, s := range sink {
				// (an exfiltration service's client or a mention in
				// text, reported with low confidence, is no endpoint)
				if s.Signal == SigExfil && s.Confidence > finding.ConfidenceLow || s.Severity >= finding.SeverityMedium {
					strong = true
				}
			}
			for _, s := range src {
				if s.Severity >= finding.SeverityHigh {
					strong = true
				}
			}
			if strong {
				out = append(out, src[0], sink[0])
			}
		}
		if len(obf) > 0 && len(act) > 0 {
			out = append(out, obf[0], act[0])
		}
		if len(obf) > 0 && len(sink) > 0 && len(out) == 0 {
			// code hidden from reading that talks to the network
			out = append(out, obf[0], sink[0])
		}
		return out
	}
	files := make([]string, 0, len(byFile))
	for file := range byFile {
		files = append(files, file)
	}
	slices.Sort(files)
	for _, file := range files {
		fs := byFile[file]
		if file == "" {
			continue
		}
		if big(t, file) {
			// in a multi-megabyte bundle, co-occurrence says little:
			// only chains ending at an exfiltration endpoint count
			var keep []*Finding
			hasExfil := false
			for _, f := range fs {
				if f.Signal == SigExfil {
					hasExfil = true
				}
			}
			if !hasExfil {
				continue
			}
			keep = fs
			fs = keep
		}
		if c := chainIn(fs); len(c) > 0 {
			verdict = VerdictMalicious
			why = append(why, c...)
		}
	}
	// install-time code as a whole
	var inst []*Finding
	for _, f := range live {
		if f.Role == RoleInstall {
			inst = append(inst, f)
		}
	}
	if c := chainIn(inst); len(c) > 0 {
		verdict = VerdictMalicious
		why = append(why, c...)
	}
	// install-time code that makes one of installChains, over however
	// many of its files
	for _, c := range installChains {
		if a, b := firstOf(inst, c[0]), firstOf(inst, c[1]); a != nil && b != nil {
			verdict = VerdictMalicious
			why = append(why, a, b)
		}
	}
	for _, f := range inst {
		// obfuscated code or an exfil endpoint at install time
		if (f.Signal == SigObfuscation || f.Signal == SigExfil || f.Signal == SigPropagate || f.Signal == SigRemoteExec) && f.Severity >= finding.SeverityHigh {
			verdict = VerdictMalicious
			why = append(why, f)
		}
	}
	// 3. Suspicious: any strong single signal, or enough weak ones.
	if verdict == VerdictOK {
		for _, f := range at(finding.SeverityHigh) {
			verdict = VerdictSuspicious
			why = append(why, f)
		}
		if score >= 18 {
			verdict = VerdictSuspicious
		}
	}
	res.Verdict = verdict
	res.Chain = chainOf(res, why, t)
}

// installChains are pairs of findings that make install-time code
// malicious together: it collects secrets or identity and talks to the
// network at all; or it talks to a raw address or an exfiltration endpoint
// and starts a detached or hidden process (a dropper).
var installChains = [][2]func(*Finding) bool{
	{
		func(f *Finding) bool { return isSource(f.Signal) && f.Severity >= finding.SeverityMedium },
		func(f *Finding) bool { return isSink(f.Signal) },
	},
	{
		func(f *Finding) bool {
			return f.Signal == SigExfil && f.Severity >= finding.SeverityMedium && f.Confidence >= finding.ConfidenceMedium
		},
		func(f *Finding) bool { return f.Signal == SigSpawn && f.Severity >= finding.SeverityHigh },
	},
}

// firstOf returns the first of fs that match reports, nil if none.
func firstOf(fs []*Finding, match func(*Finding) bool) *Finding {
	if i := slices.IndexFunc(fs, match); i >= 0 {
		return fs[i]
	}
	return nil
}

// chainOf orders the justifying findings by stage, with the install
// trigger first when code runs at install.
func chainOf(res *Result, why []*Finding, t *Target) []Step {
	if len(why) == 0 {
		return nil
	}
	seen := map[string]bool{}
	var steps []*Finding
	installed := false
	for _, f := range why {
		if f.Role == RoleInstall {
			installed = true
		}
	}
	if installed {
		for i := range res.Findings {
			f := &res.Findings[i]
			if f.Signal == SigInstall {
				steps = append(steps, f)
				break
			}
		}
	}
	steps = append(steps, why...)
	slices.SortStableFunc(steps, func(a, b *Finding) int { return stage[a.Signal] - stage[b.Signal] })
	var out []Step
	for _, f := range steps {
		// one step per rule: the first (most relevant) instance
		key := string(f.Rule)
		if seen[key] {
			continue
		}
		seen[key] = true
		where := f.Location.String()
		if f.Role == RoleInstall && f.Location.File != "" && t.InstallHook(f.Location.File) != "" {
			where = fmt.Sprintf("%s (runs at %s)", where, t.InstallHook(f.Location.File))
		}
		out = append(out, Step{Signal: f.Signal, Rule: f.Rule, Message: f.Message, Where: where})
		if len(out) >= 8 {
			break
		}
	}
	return out
}

// big reports a file large enough to be a bundle.
func big(t *Target, file string) bool {
	f, err := t.Facts(file)
	return err == nil && f != nil && f.Bundle()
}
