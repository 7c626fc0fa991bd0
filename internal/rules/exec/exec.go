// Package exec holds rules about downloading and running binaries.
package exec

import (
	"context"
	"fmt"
	"path"
	"regexp"
	"slices"
	"strings"

	"github.com/depfence/depfence/internal/analyze"
	"github.com/depfence/depfence/internal/finding"
	"github.com/depfence/depfence/internal/jsast"
	"github.com/depfence/depfence/internal/rules/rulekit"
)

// DownloadExecute flags code that downloads a file and runs it.
type DownloadExecute struct{}

// Meta implements analyze.Rule.
func (DownloadExecute) Meta() analyze.Meta {
	return analyze.Meta{
		ID: "exec/download-execute", Version: 14, Title: "Downloads a program and runs it",
		Help: "One file both downloads (HTTP request written to disk) and executes (spawn/exec/execFile, chmod +x, or process.dlopen of a native module). Binary installers such as " +
			"esbuild or sharp do this from the npm registry or GitHub releases and are reported at low severity; an executable fetched from a raw IP, " +
			"an unknown host or into a temp directory is a dropper: high severity when it comes from an unknown host, lands in a temp directory " +
			"and is started detached with its output discarded; critical when install scripts do that, from an unknown host or a URL built at run time, " +
			"and also when install-time code starts what it fetched from an unknown host detached and silent wherever it put it (a cache " +
			"directory named like a real installer's). Requests to this machine (localhost, private addresses) are not downloads. " +
			"In a bundle (over 512 KiB) the download, the write and the spawn need not be related: it is medium at most, and only URLs a " +
			"request is given, or that name a program or an archive, count (not the documentation links of its error messages); anywhere, " +
			"a link in a sentence (\"See: https://…/docs\") that no request is given does not count, nor, in a file over 64 KiB, a " +
			"program's URL that no request is given (a vendored tool's constants). " +
			"A download from an unknown host whose macOS quarantine flag is stripped (xattr -d com.apple.quarantine, xattr -c), " +
			"so that Gatekeeper never checks it, is high; critical at install time. So is a program from an unknown host run over the " +
			"home directory (a secret scanner: Shai-Hulud fetched TruffleHog and pointed it at $HOME). A request's URL with run-time parts " +
			"counts by its constant parts: …/v2/${target}.node names a native module. Requiring a computed path in install-time code that " +
			"downloads and writes counts as running what it fetched, and a registry-shaped tarball (…/-/name-1.0.0.tgz) required that way from a " +
			"host that is not one of your registries is critical: a second stage no lockfile pins. A download from an unknown host run by a " +
			"file that builds the name of child_process at run time is high (critical at install time or started detached and silent): " +
			"installers name the module they run programs with. When the file's own URL is not constant, the URLs decoded in the small " +
			"modules it loads count (a configuration kept inside an embedded WebAssembly module or image).",
		Remediation:     "Check the download URL. Prefer packages that ship platform binaries as optional dependencies.",
		Example:         `download("http://203.0.113.9/app.exe", tmp); execFileSync(tmp)`,
		DefaultSeverity: finding.SeverityMedium, Signal: analyze.SigRemoteExec, Needs: analyze.NeedCode,
	}
}

var execExt = map[string]bool{".exe": true, ".node": true, ".so": true, ".dylib": true, ".msi": true, ".scr": true, ".bat": true, ".cmd": true, ".ps1": true, ".vbs": true, ".dll": true, ".sh": true, ".bin": true, ".jar": true, ".apk": true, ".com": true, ".pif": true, ".hta": true}

// Check implements analyze.Rule.
func (DownloadExecute) Check(ctx context.Context, t *analyze.Target, r analyze.Reporter) error {
	for _, f := range rulekit.Code(ctx, t) {
		download, write, run, hidden, home := false, false, false, false, false
		runLine, runSnip, quarantine := 0, "", ""
		for _, c := range f.Facts.Calls {
			if rulekit.IsNetCall(c) {
				download = true
			}
			if rulekit.IsSpawn(c) && quarantine == "" {
				quarantine = quarantineRe.FindString(rulekit.SpawnCommand(c))
			}
			switch rulekit.Last(c.Callee) {
			case "createWriteStream", "writeFile", "writeFileSync", "pipe":
				write = true
			case "chmod", "chmodSync":
				run = true
			}
			if rulekit.IsSpawn(c) || c.Callee == "process.dlopen" {
				// a program, or a native module loaded into this process
				run = true
				if runLine == 0 {
					runLine, runSnip = c.Pos.Line, c.Snippet.String()
				}
				hidden = hidden || rulekit.Hidden(c)
				home = home || givenHome(c)
			}
		}
		loads := false
		if !run && download && write && f.Role == analyze.RoleInstall {
			// require(path.join(dir, "index.js")) of what it unpacked at
			// install time (at run time, tools that fetch the compiler
			// version asked for load it so)
			for _, im := range f.Facts.Imports {
				if im.Computed && (im.Module == "" || strings.Contains(im.Module, jsast.Hole)) {
					run, loads = true, true
					if runLine == 0 {
						runLine, runSnip = im.Pos.Line, im.Snippet.String()
					}
					break
				}
			}
		}
		if !(download && write && run) {
			continue
		}
		sev, why := finding.SeverityLow, "downloads from a trusted host"
		urls := 0
		temp := false
		for _, e := range f.Facts.Env {
			if e.Name == "TEMP" || e.Name == "TMP" || e.Name == "APPDATA" || e.Name == "LOCALAPPDATA" {
				temp = true
			}
		}
		for _, c := range f.Facts.Calls {
			if c.Callee == "os.tmpdir" {
				temp = true
			}
		}
		// In a bundle, documentation links in error messages are not what
		// it downloads: only URLs a request is given, or that name a
		// program or an archive, count there.
		// Anywhere, a URL in a sentence ("See: https://…/docs") is a link
		// for the reader.
		bundle := f.Facts.Bundle()
		requested := map[string]bool{}
		for _, c := range f.Facts.Calls {
			if rulekit.IsNetCall(c) {
				for _, a := range c.Args {
					for _, u := range rulekit.URLs(rulekit.Text(a)) {
						requested[u] = true
					}
				}
			}
		}
		// the constant strings, and the URLs requests are given with
		// run-time parts (…/v2/${target}.node)
		texts := make([]string, 0, len(f.Facts.Strings))
		for _, s := range f.Facts.Strings {
			if len(s.Value) <= 2048 && !prose(s.Value, requested) {
				texts = append(texts, s.Value)
			}
		}
		for _, c := range f.Facts.Calls {
			if rulekit.IsNetCall(c) && len(c.Args) > 0 && !c.Args[0].Known && c.Args[0].Shape != "" {
				texts = append(texts, c.Args[0].Shape)
			}
		}
		if !bundle && !slices.ContainsFunc(texts, func(s string) bool { return len(rulekit.URLs(s)) > 0 }) {
			// the URL read at run time from a small module the file
			// loads, where it was kept encoded (a configuration inside
			// an embedded WebAssembly module)
			for _, g := range rulekit.SmallModules(t, f) {
				for _, s := range g.Facts.Strings {
					if s.Decoded && len(s.Value) <= 4096 {
						texts = append(texts, s.Value)
					}
				}
			}
		}
		for _, text := range texts {
			for _, u := range rulekit.URLs(text) {
				h := rulekit.Host(u)
				if rulekit.LocalHost(h) {
					continue // a request to this machine downloads nothing
				}
				ext := strings.ToLower(path.Ext(rulekit.URLPath(u)))
				if bundle && !requested[u] && !execExt[ext] && !archiveExt(u) {
					continue
				}
				if f.Facts.Size > rulekit.ModuleSize && !requested[u] && execExt[ext] {
					// a program's URL as one constant among many in a
					// concatenation of modules (a vendored yarn's
					// YARN_INSTALLER_SH): only a request makes it a download
					continue
				}
				urls++
				switch {
				case rulekit.PublicIP(h):
					sev, why = finding.SeverityCritical, "fetches from raw IP "+h
				case execExt[ext] && !rulekit.TrustedFor(t, h):
					if sev < finding.SeverityCritical {
						sev, why = finding.SeverityCritical, "fetches executable "+u
					}
				case npmTarball(u) && loads && !rulekit.TrustedFor(t, h):
					// a package from a "registry" that is none of yours,
					// unpacked and required at install: no lockfile or
					// integrity check covers it
					sev, why = finding.SeverityCritical, "fetches package tarball "+u+" from a host that is not a registry of yours and requires it"
				case !rulekit.TrustedFor(t, h) && sev < finding.SeverityMedium:
					sev, why = finding.SeverityMedium, "fetches from "+h
				}
			}
		}
		if urls == 0 {
			sev, why = finding.SeverityLow, "download URL not constant"
		}
		if temp {
			why += ", runs it from a temp directory"
			if hidden && (sev == finding.SeverityMedium || urls == 0 && f.Role == analyze.RoleInstall) {
				// an unknown or hidden host, a throwaway location and a
				// process started out of sight: a dropper. Installers
				// run what they fetch in sight, if at all (--version).
				why += " detached and silent"
				sev = finding.SeverityHigh
				if f.Role == analyze.RoleInstall {
					sev = finding.SeverityCritical
				}
			}
		}
		if !temp && hidden && f.Role == analyze.RoleInstall && sev == finding.SeverityMedium {
			// the same at install time wherever it lands (a cache
			// directory named like a real installer's)
			why += ", started detached and silent at install"
			sev = finding.SeverityCritical
		}
		if home && sev == finding.SeverityMedium {
			// a secret scanner fetched and pointed at the home directory
			// (Shai-Hulud's TruffleHog); installers run what they fetch
			// with --version at most
			why += ", runs it over the home directory"
			sev = finding.SeverityHigh
			if f.Role == analyze.RoleInstall {
				sev = finding.SeverityCritical
			}
		}
		if quarantine != "" && sev == finding.SeverityMedium {
			// Gatekeeper would have asked the user about an unsigned download
			why += ", strips its macOS quarantine (" + quarantine + ")"
			sev = finding.SeverityHigh
			if f.Role == analyze.RoleInstall {
				sev = finding.SeverityCritical
			}
		}
		if sev == finding.SeverityMedium && hidesSpawnModule(f.Facts) {
			// installers name child_process; a dropper builds its name
			why += ", and hides the name of the module it starts it with"
			sev = finding.SeverityHigh
			if f.Role == analyze.RoleInstall || hidden {
				sev = finding.SeverityCritical
			}
		}
		if f.Facts.Bundle() {
			// a bundle: the download, the write and the spawn need not be related
			sev = min(sev, finding.SeverityMedium)
			if urls == 0 || sev < finding.SeverityMedium {
				sev = finding.SeverityLow
			}
		}
		r.Report(analyze.Instance{File: f.Name, Line: runLine, Severity: sev, Message: fmt.Sprintf("downloads a file and executes it (%s)", why), Evidence: rulekit.Ev(runSnip, "", "")})
	}
	return nil
}

// hidesSpawnModule reports a file that imports a module that starts
// processes under a name it builds at run time (import(["node", "child",
// "process"].join(…))).
func hidesSpawnModule(f *jsast.Facts) bool {
	for _, im := range f.Imports {
		if im.Computed && rulekit.SpawnModule(strings.TrimPrefix(im.Module, "node:")) {
			return true
		}
	}
	return false
}

// npmTarball reports a URL shaped like a registry's tarball:
// …/name/-/name-1.2.3.tgz.
func npmTarball(u string) bool {
	p := rulekit.URLPath(u)
	return strings.Contains(p, "/-/") && strings.HasSuffix(p, ".tgz")
}

// givenHome reports a process started with the home directory among its
// arguments (os.homedir(), $HOME, ~).
func givenHome(c jsast.Call) bool {
	for _, a := range c.Args[min(1, len(c.Args)):] {
		if slices.Contains(a.Names, "homedir") || slices.Contains(a.List, "~") || slices.Contains(a.List, "$HOME") {
			return true
		}
	}
	cmd := rulekit.SpawnCommand(c)
	return strings.Contains(cmd, " ~ ") || strings.HasSuffix(cmd, " ~") || strings.Contains(cmd, "$HOME ") || strings.HasSuffix(cmd, "$HOME")
}

// quarantineRe matches a command that removes macOS's quarantine flag
// from a file, which makes Gatekeeper skip its signature check.
var quarantineRe = regexp.MustCompile(`\bxattr\b[^|;&\n]*(-d\s+com\.apple\.quarantine|\s-[a-z]*c[a-z]*\b)`)

// archiveExt reports a URL naming an archive, which installers unpack
// and run.
func archiveExt(u string) bool {
	p := strings.ToLower(rulekit.URLPath(u))
	for _, ext := range []string{".zip", ".tar.gz", ".tgz", ".tar.xz", ".tar.bz2", ".tar", ".7z", ".gz", ".xz"} {
		if strings.HasSuffix(p, ext) {
			return true
		}
	}
	return false
}

// Cryptominer flags code that runs or configures a cryptocurrency miner.
type Cryptominer struct{}

// Meta implements analyze.Rule.
func (Cryptominer) Meta() analyze.Meta {
	return analyze.Meta{
		ID: "exec/cryptominer", Version: 3, Title: "Runs a cryptocurrency miner",
		Help: "The code names a mining pool (stratum+tcp://), a miner binary (xmrig and friends) or miner options (--donate-level, a wallet " +
			"as pool user), or carries a Monero wallet address together with a mining algorithm (cryptonight, randomx, cn/r, a " +
			"browser-mining service) or with a socket and one worker per CPU (navigator.hardwareConcurrency, os.cpus) — a browser " +
			"or WebAssembly miner's payout address (critical with both the algorithm and the pool's socket). A regular expression literal that names a miner (/xmrig|coinhive/i in a scanner's signatures) is what " +
			"the code looks for, not what it runs, and does not count. Hijacking your CPU for someone else's coins is among the most common npm payloads.",
		Remediation:     "Remove the package and look for leftover miner processes.",
		Example:         `spawn("./xmrig", ["-o", "stratum+tcp://pool.example:3333", "-u", wallet, "--donate-level=1"])`,
		DefaultSeverity: finding.SeverityHigh, Signal: analyze.SigRemoteExec, Needs: analyze.NeedCode,
	}
}

var minerHints = rulekit.NewHints("stratum", "xmrig", "donate-level", "minerd", "cpuminer", "nanopool", "moneroocean", "minexmr", "supportxmr", "nicehash")

var minerRe = regexp.MustCompile(`(?i)stratum\+(tcp|ssl|tls)://|\bxmrig\b|--donate-level|\bminerd\b|\bcpuminer\b|\bnanopool\.org|moneroocean|minexmr|supportxmr|\bnicehash\b`)

// moneroAddr is a literal Monero address: 95 base58 characters starting
// with 4 (standard) or 8 (subaddress).
var moneroAddr = regexp.MustCompile(`^[48][0-9AB][1-9A-HJ-NP-Za-km-z]{93}$`)

// minerAlgo names the proof-of-work algorithms CPU and browser miners run.
var minerAlgo = regexp.MustCompile(`(?i)\bcryptonight|\brandomx\b|["'](cn|rx|cn-lite|cn-heavy|cn-pico|argon2)/[0-9a-z]+["']|^(cn|rx|cn-lite|cn-heavy|cn-pico)/[0-9a-z]+$|\bcoinhive\b|\bcoin-hive\b|\bcryptoloot\b|\bwebminepool\b`)

// moneroMiner returns a Monero address in f when the file also names a
// mining algorithm or connects a WebSocket while sizing its work to the
// CPU count: a miner's payout address. A wallet library keeps addresses
// in tests and talks HTTP to its node. payout: the algorithm and the
// pool's socket are both there, the whole miner.
func moneroMiner(f *jsast.Facts) (addr *jsast.Str, why string, payout bool) {
	for i := range f.Strings {
		if s := &f.Strings[i]; len(s.Value) == 95 && moneroAddr.MatchString(s.Value) {
			addr = s
			break
		}
	}
	if addr == nil {
		return nil, "", false
	}
	algo := ""
	for _, s := range f.Strings {
		if len(s.Value) <= 64<<10 && minerAlgo.MatchString(s.Value) {
			algo = minerAlgo.FindString(s.Value)
			break
		}
	}
	cpus, ws := false, false
	for _, m := range f.Members {
		if m.Name == "navigator.hardwareConcurrency" {
			cpus = true
		}
	}
	for _, c := range f.Calls {
		switch {
		case c.Callee == "os.cpus" || c.Callee == "os.availableParallelism":
			cpus = true
		case c.Callee == "WebSocket" || rulekit.Root(c.Callee) == "ws" || c.Callee == "net.connect" || c.Callee == "net.createConnection" || c.Callee == "tls.connect":
			ws = true
		}
	}
	for _, s := range f.Strings {
		if strings.HasPrefix(s.Value, "wss://") || strings.HasPrefix(s.Value, "ws://") || strings.HasPrefix(s.Value, "stratum+") {
			ws = true
		}
	}
	switch {
	case algo != "" && ws:
		return addr, "a mining algorithm (" + algo + ") and a socket to its pool", true
	case algo != "":
		return addr, "a mining algorithm (" + algo + ")", false
	case cpus && ws:
		return addr, "a socket and one worker per CPU", false
	}
	return nil, "", false
}

// Check implements analyze.Rule.
func (Cryptominer) Check(ctx context.Context, t *analyze.Target, r analyze.Reporter) error {
	for _, s := range t.InstallScripts() {
		if m := minerRe.FindString(s.Command); m != "" {
			r.Report(analyze.Instance{File: "package.json", Severity: finding.SeverityCritical, Confidence: finding.ConfidenceHigh, Message: fmt.Sprintf("%s script runs a miner (%s)", s.Hook, m)})
		}
	}
	for _, f := range rulekit.Code(ctx, t) {
		spawns := false
		for _, c := range f.Facts.Calls {
			if rulekit.IsSpawn(c) {
				spawns = true
			}
		}
		if s, why, payout := moneroMiner(f.Facts); s != nil {
			sev := finding.SeverityHigh
			if spawns || payout {
				sev = finding.SeverityCritical
			}
			r.Report(analyze.Instance{File: f.Name, Line: s.Pos.Line, Severity: sev, Confidence: finding.ConfidenceHigh,
				Message: "cryptocurrency miner: a Monero wallet address with " + why, Evidence: rulekit.Ev(s.Snippet.String(), s.Value, "")})
			continue
		}
		for _, s := range f.Facts.Strings {
			if len(s.Value) > 4096 || s.Pattern || !minerHints.In(s.Value) {
				continue
			}
			m := minerRe.FindString(s.Value)
			if m == "" {
				continue
			}
			sev := finding.SeverityHigh
			if spawns {
				sev = finding.SeverityCritical
			}
			r.Report(analyze.Instance{File: f.Name, Line: s.Pos.Line, Severity: sev, Confidence: finding.ConfidenceHigh, Message: "cryptocurrency miner: " + m, Evidence: rulekit.Ev(s.Snippet.String(), s.Value, "")})
			break
		}
	}
	return nil
}

// prose reports a string that is a sentence with a link in it ("See:
// https://…/docs/test-parallel"): words and a space before its first URL,
// and no URL of it is requested.
func prose(s string, requested map[string]bool) bool {
	i := strings.Index(s, "://")
	if i < 0 || !strings.Contains(s[:i], " ") {
		return false
	}
	for _, u := range rulekit.URLs(s) {
		if requested[u] {
			return false
		}
	}
	return true
}
