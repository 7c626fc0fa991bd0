package install

import (
	"testing"

	"github.com/depfence/depfence/internal/finding"
	rt "github.com/depfence/depfence/internal/rules/rulestest"
)

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
		{"npm_install_prefix", pkg(`"postinstall":"npm install --prefix ./native --omit dev"`, ""), finding.SeverityNone},
		{"local_tarball", pkg(`"postinstall":"npm i ./vendor/helper.tgz file:../x"`, ""), finding.SeverityNone},
		{"node_script", pkg(`"postinstall":"node install.js && echo npx"`, ""), finding.SeverityNone},
		{"not_shell", pkg(`"postinstall":"npx \"unterminated"`, ""), finding.SeverityNone},
	})
}
