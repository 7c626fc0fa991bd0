package jsast

import (
	"encoding/base64"
	"math"
	"net/url"
	"regexp"
	"slices"
	"strings"
	"unicode"
)

// trackedModules are modules whose calls are recorded.
var trackedModules = setOf(
	"child_process", "fs", "fs/promises", "os", "dns", "dns/promises", "net", "http", "https", "http2", "dgram", "tls",
	"vm", "crypto", "module", "worker_threads", "process", "path", "zlib", "readline", "cluster", "v8",
	"axios", "node-fetch", "got", "request", "undici", "ws", "socket.io-client", "needle", "superagent", "phin", "cross-fetch",
	"node-serialize", "cross-spawn", "execa", "shelljs", "sudo-prompt", "node-machine-id", "systeminformation", "public-ip",
	"fs-extra", "rimraf", "del", "archiver", "adm-zip", "form-data", "telegraf", "node-telegram-bot-api", "discord.js", "nodemailer",
	"electron", "keytar", "sqlite3", "better-sqlite3", "clipboardy", "node-windows", "auto-launch", "Buffer", "JSON", "Object", "String",
	"document", "navigator", "localStorage", "sessionStorage", "XMLHttpRequest", "WebSocket", "Image", "Intl",
)

// shellCallees are the $ shells of modules whose bare names are too common
// in minified code to track whole (zx, bun): these members, bound by
// require or import, are recorded ($ alone is jQuery's).
var shellCallees = setOf("zx.$", "bun.$", "execa.$")

// netModules are modules that talk to the network.
var netModules = setOf("http", "https", "http2", "net", "tls", "dgram", "dns", "dns/promises", "axios", "node-fetch", "got", "request",
	"undici", "ws", "socket.io-client", "needle", "superagent", "phin", "cross-fetch", "telegraf", "node-telegram-bot-api", "nodemailer")

// commonWordModules are tracked npm modules named with a word code uses
// for other things: an unbound parameter so named is not the module.
var commonWordModules = setOf("request", "ws", "got", "del", "needle", "phin")

// globalObjects name the global object.
var globalObjects = setOf("globalThis", "global", "window", "self")

// globalFuncs are globals whose calls are recorded.
var globalFuncs = setOf("eval", "Function", "fetch", "require", "import", "atob", "btoa", "setTimeout", "setInterval",
	"XMLHttpRequest", "WebSocket", "Image", "EventSource", "decodeURIComponent", "unescape", "escape", "execScript",
	"process", "Buffer", "JSON", "Object", "String", "Reflect", "Proxy", "document", "navigator", "localStorage", "sessionStorage",
	"Intl", "module", "exports", "__webpack_require__", "Bun", "Deno")

// methodNames make a call interesting whatever it is called on.
var methodNames = setOf(
	"eval", "exec", "execSync", "execFile", "execFileSync", "spawn", "spawnSync", "fork", "execa", "execaSync", "execaCommand",
	"get", "request", "post", "put", "send", "sendBeacon", "open", "connect", "createConnection", "write", "end",
	"lookup", "resolve", "resolve4", "resolve6", "resolveTxt", "resolveAny", "resolveCname", "reverse",
	"hostname", "userInfo", "homedir", "networkInterfaces", "getServers", "cpus", "tmpdir", "release", "totalmem", "uptime", "type", "arch", "platform",
	"readFile", "readFileSync", "readdir", "readdirSync", "writeFile", "writeFileSync", "appendFile", "appendFileSync",
	"createWriteStream", "createReadStream", "copyFile", "copyFileSync", "rename", "renameSync", "rm", "rmSync", "rmdir", "rmdirSync",
	"unlink", "unlinkSync", "chmod", "chmodSync", "mkdir", "mkdirSync", "existsSync", "access", "accessSync", "stat", "statSync",
	"stringify", "keys", "entries", "values", "assign", "from", "fromCharCode", "fromCodePoint", "atob", "btoa",
	"createDecipher", "createDecipheriv", "createCipher", "createCipheriv", "_compile", "runInThisContext", "runInNewContext", "runInContext",
	"compileFunction", "Script", "SourceTextModule", "unserialize", "deserialize", "setInterval", "setTimeout", "querySelectorAll", "querySelector",
	"getElementById", "getElementsByTagName", "getElementsByName", "addEventListener", "publish", "cwd", "exit", "kill",
	"Function", "WebSocket", "XMLHttpRequest", "Image", "fetch", "require", "resolvedOptions", "DateTimeFormat", "getTimezoneOffset",
	"defineProperty", "emit", "sendMessage", "sendDocument", "machineId", "machineIdSync", "cwd", "chdir", "getItem", "setItem", "key",
	"ConcatSource", "RawSource", "PrefixSource", "OriginalSource", "updateAsset", "emitAsset", "ast",
	"setData", // clipboardData.setData: a copy event's text replaced
	"fromBase64", "decode", "toString", "WebhookClient", "Telegraf", "TelegramBot", "pipe", "upload", "insertAdjacentHTML", "appendChild", "createElement",
)

// splitNames are the names whose pieces joined at run time (see
// walker.splitName) hide what the code uses from a search.
var splitNames = setOf("document", "cookie", "createElement", "script", "iframe", "localStorage", "sessionStorage", "eval", "Function",
	"XMLHttpRequest", "fetch", "sendBeacon", "ethereum", "child_process", "exec", "execSync", "spawn", "require", "process", "env",
	"constructor", "atob", "fromCharCode", "appendChild", "innerHTML", "outerHTML", "write", "src", "navigator", "clipboard")

// pmSettings are the package managers' settings that decide where
// packages and tokens go and whether TLS is checked, as object keys
// (npm and yarn 1 ini keys, yarn berry's .yarnrc.yml keys): the walker
// keeps them as strings.
var pmSettings = setOf("strict-ssl", "always-auth", "npmRegistryServer", "enableStrictSsl", "npmAlwaysAuth")

// PMSetting reports one of pmSettings.
func PMSetting(key string) bool { return pmSettings[key] }

// buildSinks are the calls of bundler and compiler plugin APIs that put
// text into the files a build emits (webpack-sources, a compilation's
// assets, Babel's templates).
var buildSinks = setOf("ConcatSource", "RawSource", "PrefixSource", "OriginalSource", "updateAsset", "emitAsset",
	// Babel's template.ast and template.statements.ast: code a plugin
	// puts into the program it transforms
	"ast")

// BuildSink reports a callee that puts text into the bundles a build
// emits: code handed to it runs in the pages of whoever builds with the
// package.
func BuildSink(callee string) bool {
	return buildSinks[callee[strings.LastIndexByte(callee, '.')+1:]]
}

func setOf(names ...string) map[string]bool {
	m := make(map[string]bool, len(names))
	for _, n := range names {
		m[n] = true
	}
	return m
}

func interesting(callee string) bool {
	if callee == "" {
		return false
	}
	if callee == InspectorEval {
		return true
	}
	root, _, _ := strings.Cut(callee, ".")
	if trackedModules[root] || globalFuncs[root] {
		return true
	}
	last := callee
	if i := strings.LastIndexByte(callee, '.'); i >= 0 {
		last = callee[i+1:]
	}
	if last == "$" {
		return shellCallees[callee] // zx.$, bun.$
	}
	if last == "use" {
		// an HTTP client's request interceptor (axios) sees every
		// request's headers
		return strings.HasSuffix(callee, "interceptors.request.use")
	}
	if root == "Date" {
		// the clock and constant dates a time bomb compares
		return callee == "Date.now" || callee == "Date.parse" || callee == "Date.UTC"
	}
	return methodNames[last] || globalFuncs[last]
}

// blob records long encoded or random-looking literals.
func blob(f *Facts, s *source, v string, off int) {
	if len(f.Blobs) >= 200 {
		return
	}
	n := len(v)
	// the first MiB decides (a 10 MB base64 literal is a blob at its
	// start); the scan stops as soon as neither kind is possible
	allHex, allB64 := true, true
	for i := 0; i < min(n, 1<<20) && (allHex || allB64); i++ {
		c := blobClass[v[i]]
		allHex = allHex && c == classHex
		allB64 = allB64 && c != classOther
	}
	kind := ""
	switch {
	case allHex && n >= 256:
		kind = "hex"
	case allB64 && n >= 512:
		kind = "base64"
	}
	ent := entropy(v)
	if kind == "" && n >= 1000 && ent > 5.3 {
		kind = "entropy"
	}
	if kind == "" {
		return
	}
	f.Blobs = append(f.Blobs, Blob{Kind: kind, Len: n, Entropy: math.Round(ent*100) / 100, Pos: s.pos(off)})
}

// embeddedRe matches what a configuration hidden in an embedded binary
// gives away: a mining pool or a miner's options, a URL of a raw IP
// address.
var embeddedRe = regexp.MustCompile(`(?i)stratum\+(tcp|ssl|tls)://|--donate-level|\bhttps?://\d{1,3}(\.\d{1,3}){3}\b`)

// embeddedText returns the printable runs of a base64 literal's bytes
// (its first 4 MiB) that embeddedRe matches: a configuration kept inside
// an embedded binary, a WebAssembly module's custom section or an image,
// which the code reads at run time. At most 8; nil for a literal that is
// not base64.
func embeddedText(v string) []string {
	if len(v) < 64 {
		return nil
	}
	v = v[:min(len(v), 4<<20)]
	breaks := false
	for i := 0; i < len(v); i++ {
		switch blobClass[v[i]] {
		case classOther:
			return nil
		case classBreak:
			breaks = true
		}
	}
	if breaks {
		v = strings.NewReplacer("\n", "", "\r", "").Replace(v)
	}
	v = strings.TrimRight(v, "=")
	enc := base64.RawStdEncoding
	if strings.ContainsAny(v, "-_") {
		enc = base64.RawURLEncoding
	}
	b, err := enc.DecodeString(v[:len(v)/4*4])
	if err != nil {
		return nil
	}
	var out []string
	start := -1
	for i := 0; i <= len(b) && len(out) < 8; i++ {
		if i < len(b) && b[i] >= 0x20 && b[i] < 0x7f {
			if start < 0 {
				start = i
			}
			continue
		}
		if start >= 0 && i-start >= 12 && embeddedRe.Match(b[start:i]) {
			out = append(out, string(b[start:min(i, start+4096)]))
		}
		start = -1
	}
	return out
}

// Byte classes of blob: hex digits (also base64), other base64 (and
// base64url) characters, line breaks (allowed in base64), the rest.
const (
	classOther = iota
	classHex
	classB64
	classBreak
)

var blobClass = func() (t [256]uint8) {
	for c := range 256 {
		switch {
		case c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F':
			t[c] = classHex
		case c >= 'g' && c <= 'z' || c >= 'G' && c <= 'Z' || c == '+' || c == '/' || c == '=' || c == '-' || c == '_':
			t[c] = classB64
		case c == '\n' || c == '\r':
			t[c] = classBreak
		}
	}
	return t
}()

// entropy is the Shannon entropy in bits per byte.
func entropy(s string) float64 {
	if s == "" {
		return 0
	}
	var counts [256]int
	limit := min(len(s), 1<<16)
	for i := 0; i < limit; i++ {
		counts[s[i]]++
	}
	var h float64
	for _, c := range counts {
		if c == 0 {
			continue
		}
		p := float64(c) / float64(limit)
		h -= p * math.Log2(p)
	}
	return h
}

// mixedScript reports an identifier mixing Latin letters with Cyrillic or
// Greek ones (a homoglyph trick).
func mixedScript(name string) bool {
	latin, other := false, false
	for _, r := range name {
		switch {
		case r < 0x80 && unicode.IsLetter(r):
			latin = true
		case unicode.Is(unicode.Cyrillic, r), unicode.Is(unicode.Greek, r) && latinLookalike(r):
			other = true
		}
	}
	return latin && other
}

// greekLookalikes are the Greek letters that read as Latin ones (ο, α,
// ρ, Α, Β…); θ, Δ, σ, λ, π name quantities in math code (cosθ, ΔE).
const greekLookalikes = "αεικνορτυχΑΒΕΖΗΙΚΜΝΟΡΤΥΧ"

// latinLookalike reports a Greek letter that reads as a Latin one.
func latinLookalike(r rune) bool { return strings.ContainsRune(greekLookalikes, r) }

// DataImport is the callee recorded for import() of a data: URL holding
// JavaScript: a way to run a string as code, like eval.
const DataImport = "import:data"

// dataURLCode returns the JavaScript a data: URL holds, decoded, and
// whether it was encoded (base64 or percent-escapes); ok is false for
// other URLs and other media types (JSON, WebAssembly).
func dataURLCode(u string) (code string, encoded, ok bool) {
	if len(u) < 5 || !strings.EqualFold(u[:5], "data:") {
		return "", false, false
	}
	meta, body, found := strings.Cut(u[5:], ",")
	if !found {
		return "", false, false
	}
	params := strings.Split(strings.ToLower(meta), ";")
	switch strings.TrimSpace(params[0]) {
	case "text/javascript", "application/javascript", "text/ecmascript", "application/ecmascript", "application/x-javascript", "text/jsx":
	default:
		return "", false, false
	}
	if slices.Contains(params[1:], "base64") {
		b, err := base64.RawStdEncoding.DecodeString(strings.TrimRight(strings.Map(dropSpace, body), "="))
		if err != nil {
			return "", false, false
		}
		return string(b), true, true
	}
	if dec, err := url.PathUnescape(body); err == nil && dec != body {
		return dec, true, true
	}
	return body, false, true
}

func dropSpace(r rune) rune {
	if r == ' ' || r == '\n' || r == '\r' || r == '\t' {
		return -1
	}
	return r
}

// secretNameParts are pieces of a secret-named environment variable.
var secretNameParts = []string{"TOKEN", "SECRET", "PASSW", "API_KEY", "APIKEY", "ACCESS_KEY", "ACCESSKEY", "PRIVATE_KEY", "PRIVATEKEY", "CREDENTIAL", "AUTH"}

// SecretName reports an environment variable named like a secret
// (NPM_TOKEN, AWS_SECRET_ACCESS_KEY, DB_PASSWORD), in any case: the
// variables whose value is worth following from one module to another,
// and the names credential rules count.
func SecretName(name string) bool {
	u := strings.ToUpper(name)
	return slices.ContainsFunc(secretNameParts, func(p string) bool { return strings.Contains(u, p) })
}

// secretDataParts are pieces of the path of a file that holds secrets, or
// of a command that prints them.
var secretDataParts = []string{
	".ssh", "id_rsa", "id_ed25519", "id_ecdsa", ".npmrc", ".yarnrc", ".netrc", ".git-credentials", ".aws", "gcloud", ".azure",
	".docker", ".kube", "kubeconfig", "Login Data", "Local State", "Cookies", "Local Storage", "leveldb", "wallet", "keystore",
	"Exodus", "Electrum", "credentials", ".pgpass", ".env", "/etc/passwd", "/etc/shadow", "_history", ".config/gh", "hosts.yml",
	// commands
	"credential", "auth token", "print-access-token", "_authToken", "export-credentials", "configure get", "find-generic-password",
	"find-internet-password", "dump-keychain", "user.email", "printenv", "config --get", "config get",
}

// SecretData reports a file path or command output (Carried.File) that
// holds secrets: an SSH key, a cloud CLI's credentials, .npmrc, a browser
// profile's stores, a wallet, git's stored credentials; what gh auth
// token or git credential fill print.
func SecretData(p string) bool {
	if p == "" || p == Hole || len(p) > 4096 {
		return false
	}
	if strings.Contains(p, ".ssh") && (strings.HasSuffix(p, "known_hosts") || strings.HasSuffix(p, "authorized_keys") || strings.HasSuffix(p, ".pub") || strings.HasSuffix(p, "/config")) {
		return false // public keys and settings
	}
	return slices.ContainsFunc(secretDataParts, func(s string) bool { return strings.Contains(p, s) })
}

// strongSecretParts are pieces of SecretData that name a credential
// itself (a private key, a stored token) rather than a setting that may
// hold one (.npmrc, git's user.email).
var strongSecretParts = []string{
	"id_rsa", "id_ed25519", "id_ecdsa", ".git-credentials", ".aws", "gcloud", ".docker", ".kube", "kubeconfig", "Login Data", "Cookies",
	"wallet", "keystore", "/etc/shadow", "credential", "auth token", "print-access-token", "_authToken", "export-credentials",
	"find-generic-password", "find-internet-password", "dump-keychain",
}

// secretRank orders SecretData values: 2 a credential itself, 1 another
// secret, 0 none.
func secretRank(p string) int {
	switch {
	case !SecretData(p):
		return 0
	case slices.ContainsFunc(strongSecretParts, func(s string) bool { return strings.Contains(p, s) }):
		return 2
	}
	return 1
}
