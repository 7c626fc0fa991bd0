package recon

import (
	"testing"

	"github.com/depfence/depfence/internal/finding"
	rt "github.com/depfence/depfence/internal/rules/rulestest"
)

func TestFingerprint(t *testing.T) {
	rt.Check(t, Fingerprint{}, []rt.Case{
		{"beacon_payload", map[string]string{"index.js": `const os=require("os"),dns=require("dns");JSON.stringify({h:os.hostname(),u:os.userInfo().username,d:os.homedir(),s:dns.getServers()})`}, finding.SeverityHigh},
		{"two_facts", map[string]string{"index.js": `const os=require("os");log(os.hostname(), os.userInfo())`}, finding.SeverityMedium},
		{"logger_hostname", map[string]string{"index.js": `const os=require("os");module.exports={host: os.hostname()}`}, finding.SeverityInfo},
		{"platform_only", map[string]string{"index.js": `const os=require("os");if (os.platform()==="win32") {}`}, finding.SeverityNone},
	})
}
