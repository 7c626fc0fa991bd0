package jsast

import (
	"math"
	"strings"
	"unicode"
)

// trackedModules are modules whose calls are recorded.
var trackedModules = setOf(
	"child_process", "fs", "fs/promises", "os", "dns", "dns/promises", "net", "http", "https", "http2", "dgram", "tls",
	"vm", "crypto", "module", "worker_threads", "process", "path", "zlib", "readline", "cluster", "v8",
	"axios", "node-fetch", "got", "request", "undici", "ws", "socket.io-client", "needle", "superagent", "phin", "cross-fetch",
	"node-serialize", "cross-spawn", "execa", "shelljs", "sudo-prompt", "node-machine-id", "systeminformation", "public-ip",
	"fs-extra", "rimraf", "del", "archiver", "adm-zip", "form-data", "telegraf", "node-telegram-bot-api", "discord.js",
	"electron", "keytar", "sqlite3", "better-sqlite3", "clipboardy", "node-windows", "auto-launch", "Buffer", "JSON", "Object", "String",
	"document", "navigator", "localStorage", "sessionStorage", "XMLHttpRequest", "WebSocket", "Image", "Intl",
)

// netModules are modules that talk to the network.
var netModules = setOf("http", "https", "http2", "net", "tls", "dgram", "dns", "dns/promises", "axios", "node-fetch", "got", "request",
	"undici", "ws", "socket.io-client", "needle", "superagent", "phin", "cross-fetch", "telegraf", "node-telegram-bot-api")

// commonWordModules are tracked npm modules named with a word code uses
// for other things: an unbound parameter so named is not the module.
var commonWordModules = setOf("request", "ws", "got", "del", "needle", "phin")

// globalObjects name the global object.
var globalObjects = setOf("globalThis", "global", "window", "self")

// globalFuncs are globals whose calls are recorded.
var globalFuncs = setOf("eval", "Function", "fetch", "require", "import", "atob", "btoa", "setTimeout", "setInterval",
	"XMLHttpRequest", "WebSocket", "Image", "EventSource", "decodeURIComponent", "unescape", "escape", "execScript",
	"process", "Buffer", "JSON", "Object", "String", "Reflect", "Proxy", "document", "navigator", "localStorage", "sessionStorage",
	"Intl", "module", "exports", "__webpack_require__")

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
	"compileFunction", "Script", "unserialize", "deserialize", "setInterval", "setTimeout", "querySelectorAll", "querySelector",
	"getElementById", "getElementsByTagName", "getElementsByName", "addEventListener", "publish", "cwd", "exit", "kill",
	"Function", "WebSocket", "XMLHttpRequest", "Image", "fetch", "require", "resolvedOptions", "DateTimeFormat", "getTimezoneOffset",
	"defineProperty", "emit", "sendMessage", "sendDocument", "machineId", "machineIdSync", "cwd", "chdir", "getItem", "setItem",
	"fromBase64", "decode", "toString", "WebhookClient", "Telegraf", "TelegramBot", "pipe", "upload", "insertAdjacentHTML", "appendChild", "createElement",
)

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
	root, _, _ := strings.Cut(callee, ".")
	if trackedModules[root] || globalFuncs[root] {
		return true
	}
	last := callee
	if i := strings.LastIndexByte(callee, '.'); i >= 0 {
		last = callee[i+1:]
	}
	return methodNames[last] || globalFuncs[last]
}

// blob records long encoded or random-looking literals.
func blob(f *Facts, s *source, v string, off int) {
	if len(f.Blobs) >= 200 {
		return
	}
	n := len(v)
	b64, hexc, other := 0, 0, 0
	for i := 0; i < n; i++ {
		c := v[i]
		switch {
		case c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F':
			hexc++
			b64++
		case c >= 'g' && c <= 'z' || c >= 'G' && c <= 'Z' || c == '+' || c == '/' || c == '=' || c == '-' || c == '_':
			b64++
		case c == '\n' || c == '\r':
		default:
			other++
		}
	}
	kind := ""
	switch {
	case hexc == n && n >= 256:
		kind = "hex"
	case other == 0 && n >= 512:
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
		case unicode.Is(unicode.Cyrillic, r), unicode.Is(unicode.Greek, r):
			other = true
		}
	}
	return latin && other
}
