// Package recon holds rules about host fingerprinting.
package recon

import (
	"context"
	"fmt"
	"maps"
	"slices"
	"strings"
	"sync"

	"github.com/depfence/depfence/internal/analyze"
	"github.com/depfence/depfence/internal/finding"
	"github.com/depfence/depfence/internal/jsast"
	"github.com/depfence/depfence/internal/rules/rulekit"
)

// Fingerprint flags collection of host identity.
type Fingerprint struct{}

// Meta implements analyze.Rule.
func (Fingerprint) Meta() analyze.Meta {
	return analyze.Meta{
		ID: "recon/fingerprint", Version: 5, Title: "Collects host identity",
		Help: "The code gathers several facts identifying the machine and user: host name, user name, network interfaces, " +
			"DNS servers, machine id, public IP (via an IP-lookup service). Together and sent off-host, this is dependency-confusion reconnaissance; " +
			"each alone is common (loggers record the host name). Medium from two of those (or a public-IP lookup), high from three, or two " +
			"with two platform facts (home directory, CPUs, memory, OS release), in a file under 512 KiB. Platform facts alone size worker " +
			"pools, find config files and fill anonymous telemetry; next to one identity fact they are low. A file that starts a server " +
			"(http.createServer) and makes no request of its own is at most medium: a monitoring endpoint answers with the host's figures. " +
			"So is a file of a package that requests no constant host anywhere (a metrics exporter pushing to the URL its user sets).",
		Remediation:     "Check where the collected values go.",
		Example:         `JSON.stringify({ h: os.hostname(), u: os.userInfo().username, d: dns.getServers() })`,
		DefaultSeverity: finding.SeverityLow, Signal: analyze.SigRecon, Needs: analyze.NeedCode,
	}
}

// platformFacts say what the machine is and where its user keeps files,
// not who or where it is.
var platformFacts = map[string]bool{"home directory": true, "CPUs": true, "memory": true, "OS release": true, "system information": true}

var hostFacts = map[string]string{
	"os.hostname": "host name", "os.userInfo": "user", "os.homedir": "home directory", "os.networkInterfaces": "network interfaces",
	"dns.getServers": "DNS servers", "os.cpus": "CPUs", "os.totalmem": "memory", "node-machine-id.machineIdSync": "machine id",
	"node-machine-id.machineId": "machine id", "machineIdSync": "machine id", "os.release": "OS release", "systeminformation": "system information",
}

// Check implements analyze.Rule.
func (Fingerprint) Check(ctx context.Context, t *analyze.Target, r analyze.Reporter) error {
	sends := sync.OnceValue(func() bool { return sendsAnywhere(ctx, t) }) // asked once per package
	for _, f := range rulekit.Code(ctx, t) {
		got := map[string]bool{}
		line, snippet := 0, ""
		for _, c := range f.Facts.Calls {
			kind, ok := hostFacts[c.Callee]
			if !ok {
				continue
			}
			if !got[kind] && line == 0 {
				line, snippet = c.Pos.Line, c.Snippet.String()
			}
			got[kind] = true
		}
		for _, e := range f.Facts.Env {
			switch e.Name {
			case "USER", "USERNAME", "LOGNAME", "USERDOMAIN":
				got["user"] = true
			case "HOSTNAME", "COMPUTERNAME":
				got["host name"] = true
			}
		}
		for _, s := range f.Facts.Strings {
			if len(s.Value) > 512 {
				continue
			}
			if svc := rulekit.IPLookup(s.Value); svc != "" {
				got["public IP ("+svc+")"] = true
				if line == 0 {
					line, snippet = s.Pos.Line, s.Snippet.String()
				}
			}
			if strings.Contains(s.Value, "whoami") {
				got["user"] = true
			}
		}
		if len(got) == 0 {
			continue
		}
		var kinds []string
		identity, platform, publicIP := 0, 0, false
		for k := range got {
			kinds = append(kinds, k)
			switch {
			case platformFacts[k]:
				platform++
			default:
				identity++
				publicIP = publicIP || strings.HasPrefix(k, "public IP")
			}
		}
		slices.Sort(kinds)
		sev := finding.SeverityInfo
		switch {
		case (identity >= 3 || identity >= 2 && platform >= 2) && f.Facts.Size < jsast.BundleSize:
			sev = finding.SeverityHigh
		case identity >= 2 || publicIP:
			sev = finding.SeverityMedium // in large bundles too (CLIs with telemetry)
		case identity == 1 && platform > 0:
			sev = finding.SeverityLow
		}
		msg := fmt.Sprintf("collects host identity: %s", strings.Join(kinds, ", "))
		if sev == finding.SeverityHigh && !sends() {
			// a metrics exporter pushing to the URL its user configures:
			// recon reports to a host of its own
			sev, msg = finding.SeverityMedium, msg+" (the package sends to no host it names)"
		}
		if sev == finding.SeverityHigh && servesOnly(f.Facts) {
			// a monitoring endpoint answers with the host's figures;
			// reconnaissance has to send them out
			sev, msg = finding.SeverityMedium, msg+" (in a file that serves requests and sends none)"
		}
		r.Report(analyze.Instance{File: f.Name, Line: line, Severity: sev, Message: msg, Evidence: rulekit.Ev(snippet, "", "")})
	}
	return nil
}

// sendsAnywhere reports a package with a code file that makes a request to
// a constant host that is neither this machine nor trusted (the URL, a
// hostname option, a DNS query or a socket's host: rulekit.SentHost).
func sendsAnywhere(ctx context.Context, t *analyze.Target) bool {
	for _, f := range rulekit.Code(ctx, t) {
		if rulekit.SentHost(t, f.Facts) != "" {
			return true
		}
	}
	return false
}

// servesOnly reports a file that starts a server (http.createServer) and
// makes no request of its own.
func servesOnly(f *jsast.Facts) bool {
	serves := false
	for _, c := range f.Calls {
		if rulekit.IsNetCall(c) {
			return false
		}
		switch c.Callee {
		case "http.createServer", "https.createServer", "http2.createServer", "http2.createSecureServer", "net.createServer":
			serves = true
		}
	}
	return serves
}

// SandboxCheck flags code that looks for the signs of a malware-analysis
// sandbox before it acts.
type SandboxCheck struct{}

// Meta implements analyze.Rule.
func (SandboxCheck) Meta() analyze.Meta {
	return analyze.Meta{
		ID: "recon/sandbox-check", Version: 2, Title: "Checks whether it runs in an analysis sandbox",
		Help: "The code compares the host with the names analysis sandboxes give their users and machines (WDAGUtilityAccount, " +
			"cuckoo, any.run, maltest, hapubws and the like), often with the hardware of virtual machines too (VirtualBox, VMware, QEMU " +
			"and Parallels network card prefixes, the DMI product name), so that it stays quiet where it would be watched. Real packages " +
			"have no use for a list of sandbox user names. Medium from three names, two of them a sandbox's own, or four with one (the " +
			"words malware, sandbox, virus, vagrant, CurrentUser and John Doe count only next to those); high with a virtual machine check too, " +
			"or with code in the package that starts processes, runs code it builds or makes requests; critical with both. " +
			"Virtual machine checks alone are what system information libraries do and are not reported.",
		Remediation:     "Do not install this version; treat the package as malicious and check what its gated code does.",
		Example:         `if (/^(wdagutilityaccount|maltest|hapubws)$/i.test(os.userInfo().username)) return`,
		DefaultSeverity: finding.SeverityHigh, Signal: analyze.SigEvasion, Needs: analyze.NeedCode,
	}
}

// sandboxNames are user and host names of malware-analysis sandboxes,
// true for those no other code has reason to name (the others are
// words: a page's iframe sandbox, a scanner's "malware").
var sandboxNames = map[string]bool{"wdagutilityaccount": true, "cuckoo": true, "any.run": true, "anyrun": true, "maltest": true,
	"hapubws": true, "milozs": true, "peter wilson": true, "hong lee": true, "sand box": true, "joesandbox": true,
	"malware": false, "sandbox": false, "virus": false, "currentuser": false, "john doe": false, "vagrant": false}

// vmMACs are the network card prefixes of virtual machines (VirtualBox,
// VMware, Parallels, QEMU/KVM, Xen).
var vmMACs = []string{"08:00:27", "0a:00:27", "00:05:69", "00:0c:29", "00:1c:14", "00:50:56", "00:1c:42", "52:54:00", "00:16:3e", "00:03:ff"}

// vmMACsPlain are vmMACs written without colons (080027), by index.
var vmMACsPlain = func() []string {
	out := make([]string, len(vmMACs))
	for i, m := range vmMACs {
		out[i] = strings.ReplaceAll(m, ":", "")
	}
	return out
}()

// sandboxHints holds every name, prefix and path SandboxCheck looks for,
// to skip most strings without lowercasing them.
var sandboxHints = func() *rulekit.Hints {
	needles := []string{"/sys/class/dmi/id/"}
	for n := range sandboxNames {
		needles = append(needles, n)
	}
	needles = append(needles, vmMACs...)
	needles = append(needles, vmMACsPlain...)
	return rulekit.NewHints(needles...)
}()

// Check implements analyze.Rule.
func (SandboxCheck) Check(ctx context.Context, t *analyze.Target, r analyze.Reporter) error {
	acts := sync.OnceValue(func() bool { return actsAnywhere(ctx, t) })
	for _, f := range rulekit.Code(ctx, t) {
		if !rulekit.SmallModule(f.Facts) {
			continue // a bundle's strings say nothing of one check
		}
		var names, macs map[string]bool // (made at the first string that names one: most files have none)
		dmi := false
		line, snippet := 0, ""
		for _, s := range f.Facts.Strings {
			if len(s.Value) > 2048 || sandboxHints.Find(s.Value) == "" {
				continue
			}
			if names == nil {
				names, macs = map[string]bool{}, map[string]bool{}
			}
			v := strings.ToLower(s.Value)
			before := len(names)
			for n := range sandboxNames {
				if strings.Contains(v, n) {
					names[n] = true
				}
			}
			if len(names) > before && line == 0 {
				line, snippet = s.Pos.Line, s.Snippet.String()
			}
			for i, m := range vmMACs {
				if strings.Contains(v, m) || strings.Contains(v, vmMACsPlain[i]) {
					macs[m] = true
				}
			}
			dmi = dmi || strings.Contains(v, "/sys/class/dmi/id/")
		}
		distinct := 0
		for n := range names {
			if sandboxNames[n] {
				distinct++
			}
		}
		if len(names) < 3 || distinct < 2 && (distinct < 1 || len(names) < 4) {
			continue // two sandbox names, or one with three of the words
		}
		vm := len(macs) >= 2 || dmi
		sev := finding.SeverityMedium
		switch {
		case vm && acts():
			sev = finding.SeverityCritical
		case vm || acts():
			sev = finding.SeverityHigh
		}
		found := slices.Sorted(maps.Keys(names))
		msg := fmt.Sprintf("compares the host with the names of analysis sandboxes (%s)", strings.Join(found, ", "))
		if vm {
			msg += " and checks for virtual machine hardware"
		}
		r.Report(analyze.Instance{File: f.Name, Line: line, Severity: sev, Confidence: finding.ConfidenceMedium, Message: msg, Evidence: rulekit.Ev(snippet, "", "")})
	}
	return nil
}

// actsAnywhere reports a package with a code file that starts a process,
// runs code it builds or makes a request.
func actsAnywhere(ctx context.Context, t *analyze.Target) bool {
	for _, f := range rulekit.Code(ctx, t) {
		for _, c := range f.Facts.Calls {
			if rulekit.IsSpawn(c) || rulekit.IsNetCall(c) || jsast.CodeSink(c.Callee) && len(c.Args) > 0 && !rulekit.CodeArg(c).Known {
				return true
			}
		}
	}
	return false
}
