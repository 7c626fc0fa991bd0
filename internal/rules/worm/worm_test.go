package worm

import (
	"testing"

	"github.com/depfence/depfence/internal/finding"
	rt "github.com/depfence/depfence/internal/rules/rulestest"
)

func TestSelfPropagate(t *testing.T) {
	rt.Check(t, SelfPropagate{}, []rt.Case{
		{"worm", map[string]string{"index.js": `const t = process.env.NPM_TOKEN; fs.writeFileSync(".npmrc", "//registry.npm.local/:_authToken=" + t);
exec("npm publish"); fetch("https://api.github.com/user/repos", {method: "POST"}); write(".github/workflows/x.yml")`}, finding.SeverityCritical},
		{"release_tool", map[string]string{"index.js": `if (!process.env.NPM_TOKEN) throw new Error("set NPM_TOKEN"); exec("npm publish")`}, finding.SeverityNone},
	})
}
