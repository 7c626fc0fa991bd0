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
		// other ecosystems' packages, fetched at install
		{"pip_name", pkg(`"postinstall":"pip3 install --quiet requestz"`, ""), finding.SeverityMedium},
		{"python_m_pip_git", pkg(`"postinstall":"python3 -m pip install git+https://git.example.invalid/o/helper.git"`, ""), finding.SeverityCritical},
		{"go_install", pkg(`"postinstall":"go install git.example.invalid/o/tool@latest && tool"`, ""), finding.SeverityHigh},
		{"pip_requirements_file", pkg(`"postinstall":"pip install -r requirements.txt"`, ""), finding.SeverityNone},
		{"scoped_alias", pkg(`"postinstall":"npm i helper@npm:@someone/helper@1"`, ""), finding.SeverityMedium},
		{"not_shell", pkg(`"postinstall":"npx \"unterminated"`, ""), finding.SeverityNone},
	})
}

func TestRemoteDependency(t *testing.T) {
	deps := func(field, spec string) map[string]string {
		return map[string]string{"package.json": rt.Pkg(`"` + field + `":{"helper":"` + spec + `"}`)}
	}
	rt.Check(t, RemoteDependency{}, []rt.Case{
		// remote dynamic dependencies: code no registry scan sees
		{"http_url", deps("dependencies", "http://packages.example.invalid/npm/helper"), finding.SeverityCritical},
		// a published shrinkwrap locking a dependency to a server of the
		// author's choosing (v3 "packages", v1 nested "dependencies");
		// HTTPS on a host name is what registry URLs look like
		{"shrinkwrap_http", map[string]string{"package.json": rt.Pkg(`"dependencies":{"ms":"^2.1.3"}`),
			"npm-shrinkwrap.json": `{"lockfileVersion":3,"packages":{"":{"name":"x"},"node_modules/ms":{"version":"2.1.3","resolved":"http://cdn.example.invalid/ms-2.1.3.tgz","hasInstallScript":true}}}`}, finding.SeverityCritical},
		{"shrinkwrap_ip", map[string]string{"package.json": rt.Pkg(`"dependencies":{"ms":"^2.1.3"}`),
			"npm-shrinkwrap.json": `{"lockfileVersion":3,"packages":{"node_modules/ms":{"resolved":"https://203.0.113.9/ms-2.1.3.tgz"}}}`}, finding.SeverityCritical},
		{"shrinkwrap_v1_git", map[string]string{"package.json": rt.Pkg(`"dependencies":{"a":"^1.0.0"}`),
			"npm-shrinkwrap.json": `{"lockfileVersion":1,"dependencies":{"a":{"version":"1.0.0","resolved":"https://registry.example.invalid/a/-/a-1.0.0.tgz","dependencies":{"b":{"version":"git+https://git.example.invalid/o/b.git#main","resolved":"git+https://git.example.invalid/o/b.git#main"}}}}}`}, finding.SeverityHigh},
		{"shrinkwrap_registry", map[string]string{"package.json": rt.Pkg(`"dependencies":{"ms":"^2.1.3"}`),
			"npm-shrinkwrap.json": `{"lockfileVersion":3,"packages":{"node_modules/ms":{"resolved":"https://registry.example.invalid/ms/-/ms-2.1.3.tgz"},"node_modules/x":{"resolved":"http://localhost:4873/x/-/x-1.0.0.tgz"}}}`}, finding.SeverityNone},
		{"shrinkwrap_broken", map[string]string{"package.json": rt.Pkg(`"dependencies":{"ms":"^2.1.3"}`), "npm-shrinkwrap.json": `{"packages": [`}, finding.SeverityNone},
		{"https_url", deps("dependencies", "https://cdn.example.invalid/helper-1.0.0.tgz"), finding.SeverityCritical},
		{"optional_url", deps("optionalDependencies", "https://cdn.example.invalid/helper.tgz"), finding.SeverityCritical},
		{"peer_url", deps("peerDependencies", "http://cdn.example.invalid/helper.tgz"), finding.SeverityCritical},
		{"release_host", deps("dependencies", "https://github.com/o/r/releases/download/v1/helper.tgz"), finding.SeverityMedium},
		{"git_https", deps("dependencies", "git+https://git.example.invalid/o/helper.git"), finding.SeverityHigh},
		{"github_shorthand", deps("dependencies", "someone/helper"), finding.SeverityHigh},
		{"github_prefix_branch", deps("dependencies", "github:someone/helper#main"), finding.SeverityHigh},
		{"github_pinned", deps("dependencies", "github:someone/helper#0123456789abcdef0123456789abcdef01234567"), finding.SeverityMedium},
		// registry specs, local paths and the package's own development
		{"range", deps("dependencies", "^1.2.3 || >=2 <3"), finding.SeverityNone},
		{"tag", deps("dependencies", "latest"), finding.SeverityNone},
		{"tag_named_git", deps("dependencies", "github-next"), finding.SeverityNone},
		{"alias", deps("dependencies", "npm:other@^2"), finding.SeverityNone},
		{"scoped_alias", deps("dependencies", "npm:@scope/other@1"), finding.SeverityNone},
		{"file", deps("dependencies", "file:../helper"), finding.SeverityNone},
		{"workspace", deps("dependencies", "workspace:*"), finding.SeverityNone},
		{"dev_only", deps("devDependencies", "http://packages.example.invalid/npm/helper"), finding.SeverityNone},
		{"localhost", deps("dependencies", "http://localhost:4873/helper.tgz"), finding.SeverityNone},
	})
}

func TestBinShadow(t *testing.T) {
	pkg := func(name, bin string) map[string]string {
		return map[string]string{"package.json": `{"name":"` + name + `","version":"1.0.0","bin":` + bin + `}`}
	}
	rt.Check(t, BinShadow{}, []rt.Case{
		{"git", pkg("git-helper-x", `{"git":"lib/git.js"}`), finding.SeverityHigh},
		{"node_among_others", pkg("tool-x", `{"tool-x":"cli.js","node":"cli.js"}`), finding.SeverityHigh},
		{"scoped_named_after_tool", pkg("@someone/git", `{"git":"git.js"}`), finding.SeverityHigh},
		{"string_bin_named_sh", pkg("sh", `"index.js"`), finding.SeverityNone},
		{"ls", pkg("list-x", `{"ls":"ls.js"}`), finding.SeverityMedium},
		// the tool itself, or its known distributions
		{"npm_itself", pkg("npm", `{"npm":"bin/npm-cli.js","npx":"bin/npx-cli.js"}`), finding.SeverityNone},
		{"typescript", pkg("typescript", `{"tsc":"bin/tsc","tsserver":"bin/tsserver"}`), finding.SeverityNone},
		{"corepack", pkg("corepack", `{"corepack":"dist/corepack.js","pnpm":"dist/pnpm.js","yarn":"dist/yarn.js"}`), finding.SeverityNone},
		{"ordinary", pkg("eslint", `{"eslint":"bin/eslint.js"}`), finding.SeverityNone},
	})
}
