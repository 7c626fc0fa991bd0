package sabotage

import (
	"testing"

	"github.com/depfence/depfence/internal/finding"
	rt "github.com/depfence/depfence/internal/rules/rulestest"
)

func TestInfiniteLoop(t *testing.T) {
	rt.Check(t, InfiniteLoop{}, []rt.Case{
		{"module_level", map[string]string{"package.json": rt.Pkg(`"main":"index.js"`), "index.js": "for (let i = 0; i < Infinity; i++) { console.log('x') }"}, finding.SeverityCritical},
		{"while_true_with_break", map[string]string{"package.json": rt.Pkg(`"main":"index.js"`), "index.js": "while (true) { if (done()) break }"}, finding.SeverityNone},
		{"event_loop_in_function", map[string]string{"package.json": rt.Pkg(`"main":"index.js"`), "index.js": "async function run() { for (;;) { step() } }"}, finding.SeverityNone},
	})
}

func TestDestructiveFS(t *testing.T) {
	rt.Check(t, DestructiveFS{}, []rt.Case{
		{"geo_gated", map[string]string{"index.js": `const fs=require("fs"),os=require("os"); if (Intl.DateTimeFormat().resolvedOptions().timeZone === "X/Y") fs.rmSync(os.homedir(), {recursive: true})`}, finding.SeverityCritical},
		{"rm_rf_home", map[string]string{"index.js": `require("child_process").execSync("rm -rf ~ ")`}, finding.SeverityHigh},
		{"clean_build_dir", map[string]string{"index.js": `require("fs").rmSync("./dist", {recursive: true})`}, finding.SeverityNone},
	})
}
