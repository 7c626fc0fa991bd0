package lockfile

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/depfence/depfence/internal/analyze"
	"github.com/depfence/depfence/internal/depgraph"
	"github.com/depfence/depfence/internal/finding"
	"github.com/depfence/depfence/internal/lockfile/formats"
	"github.com/depfence/depfence/internal/npm"
	"github.com/depfence/depfence/internal/rules/rulestest"
)

// publicHosts are the shared fixtures' stand-ins for the public registry.
var publicHosts = []string{"registry.npm.local", "registry.yarn.local"}

// rec is one reported instance, reduced to what tests compare.
type rec = rulestest.Reported

// run runs rules over t and returns what they reported.
var run = rulestest.RunGraph

// keys renders findings as "rule node" (project-level ones as "rule -
// dep" from their first evidence snippet), sorted, leaving out info.
func keys(rs []rec) []string {
	var out []string
	for _, r := range rs {
		if r.Sev == finding.SeverityInfo {
			continue
		}
		k := r.Rule + " " + r.Node
		if r.Node == "-" && len(r.In.Evidence) > 0 {
			name, _, _ := strings.Cut(strings.TrimPrefix(r.In.Evidence[0].Snippet, `"`), `"`)
			k += " " + name
		}
		out = append(out, k)
	}
	slices.Sort(out)
	return out
}

// stubPackuments serves the real-format packuments in testdata/packuments;
// other names are not found.
func stubPackuments(tb testing.TB) func(context.Context, string) (*npm.Packument, error) {
	tb.Helper()
	return func(_ context.Context, name string) (*npm.Packument, error) {
		data, err := os.ReadFile(filepath.Join("testdata", "packuments", name+".json"))
		if errors.Is(err, os.ErrNotExist) {
			return nil, fmt.Errorf("packument %q: not found", name)
		}
		if err != nil {
			return nil, err
		}
		return npm.ParsePackument(data)
	}
}

// TestFormats runs every lockfile rule over one small lockfile per format
// holding each flaggable pattern (testdata/formats/<format>): one finding
// per flagged entry, nothing on the clean ones.
func TestFormats(t *testing.T) {
	common := []string{
		"lockfile/alias-confusion evil-react@1.0.0",
		"lockfile/exotic-source git-dep@1.0.0",
		"lockfile/exotic-source url-tarball@1.0.0",
		"lockfile/insecure-url plain-http@1.0.0",
		"lockfile/out-of-sync - missing-dep",
		"lockfile/out-of-sync - stale-spec",
		"lockfile/outside-project outside@1.0.0",
		"lockfile/untrusted-host evil-host@1.0.0",
		"lockfile/untrusted-host no-host@1.0.0", // lockfile-lint's empty-hostname
		"lockfile/untrusted-host url-tarball@1.0.0",
		"lockfile/url-mismatch lodash@4.17.21",
	}
	integrity := []string{
		"lockfile/integrity-mismatch tampered@1.0.0",
		"lockfile/malformed-integrity bad-integrity@1.0.0",
		"lockfile/missing-integrity no-integrity@1.0.0",
		"lockfile/weak-integrity sha1-only@1.0.0",
	}
	// bun names path and URL packages by their spec.
	bunNames := strings.NewReplacer(
		"git-dep@1.0.0", "git-dep@git+https://github.example/someone/git-dep.git#9f344194d3b301098a0d80ae68616f11eff191eb",
		"url-tarball@1.0.0", "url-tarball@https://files.example/url-tarball-1.0.0.tgz",
		"outside@1.0.0", "outside@../outside")
	tests := []struct {
		dir  string
		want []string
	}{
		{"npm", concat(common, integrity)},
		{"yarn-classic", concat(common, integrity)},
		// berry records no npm integrity: its checksum hashes yarn's zip.
		{"yarn-berry", common},
		{"pnpm", concat(common, integrity)},
		// bun records no integrity for URL tarballs.
		{"bun", replaceAll(bunNames, concat(common, integrity, []string{"lockfile/missing-integrity url-tarball@1.0.0"}))},
	}
	for _, tc := range tests {
		t.Run(tc.dir, func(t *testing.T) {
			dir, err := filepath.Abs(filepath.Join("testdata", "formats", tc.dir))
			if err != nil {
				t.Fatal(err)
			}
			path, err := formats.Detect(dir)
			if err != nil {
				t.Fatal(err)
			}
			g, err := formats.Load(context.Background(), path)
			if err != nil {
				t.Fatal(err)
			}
			target := &analyze.GraphTarget{Graph: g, ProjectDir: dir, PublicHosts: publicHosts, Packument: stubPackuments(t)}
			got := run(t, target, Rules()...)
			want := slices.Clone(tc.want)
			slices.Sort(want)
			if diff := cmp.Diff(want, keys(got)); diff != "" {
				t.Errorf("findings (-want +got):\n%s", diff)
			}
			for _, r := range got {
				if r.Node != "-" && (r.In.File == "" || r.In.Line == 0) {
					t.Errorf("%s %s: no lockfile location (%q:%d)", r.Rule, r.Node, r.In.File, r.In.Line)
				}
				if r.Node == "-" && r.Rule == "lockfile/out-of-sync" && (r.In.File != "package.json" || r.In.Line == 0) {
					t.Errorf("%s: want a package.json location, got %q:%d", r.In.Message, r.In.File, r.In.Line)
				}
			}
		})
	}
}

func concat(ls ...[]string) []string {
	var out []string
	for _, l := range ls {
		out = append(out, l...)
	}
	return out
}

func replaceAll(r *strings.Replacer, ss []string) []string {
	out := make([]string, len(ss))
	for i, s := range ss {
		out[i] = r.Replace(s)
	}
	return out
}

// tiny builds a finalized graph: a root project, then nodes each depended
// on by the root under its own name (or the name given in alias).
type tinyNode struct {
	node  *depgraph.Node
	alias string
	spec  string
}

func tiny(nodes ...tinyNode) *depgraph.Graph {
	g := depgraph.New("npm lockfileVersion 3")
	g.Path = "/p/package-lock.json"
	root := g.AddNode(&depgraph.Node{Name: "proj", Version: "1.0.0", Source: depgraph.Source{Kind: depgraph.SourceRoot}})
	g.AddRoot(root)
	for k, tn := range nodes {
		if tn.node.Line == 0 {
			tn.node.Line = 10 + k
		}
		id := g.AddNode(tn.node)
		if tn.node.Source.Kind == depgraph.SourceWorkspace {
			g.AddRoot(id)
			continue
		}
		name := tn.node.Name
		if tn.alias != "" {
			name = tn.alias
		}
		spec := tn.spec
		if spec == "" {
			spec = "^" + tn.node.Version
		}
		g.AddEdge(depgraph.Edge{From: root, To: id, Name: name, Spec: spec})
	}
	g.Finalize()
	return g
}

func mustSRI(tb testing.TB, s string) npm.Integrity {
	tb.Helper()
	i, err := npm.ParseIntegrity(s)
	if err != nil {
		tb.Fatal(err)
	}
	return i
}

const (
	sri512  = "sha512-F41DEhP9Fe7ubkEe6MkQLUlDbJhLH0LXVR1XeY6Dmkh51zF/Sn5EGYl3rsF6oRgCbXdwQwXqVoBc03tz/VGTpQ=="
	sriSHA1 = "sha1-C+qr9DtWiJZw1rmiwcDbTqvOLOs="
)

func reg(name, version, url, integrity string) *depgraph.Node {
	n := &depgraph.Node{Name: name, Version: version, Source: depgraph.Source{Kind: depgraph.SourceRegistry, URL: url}, IntegrityRaw: integrity}
	if i, err := npm.ParseIntegrity(integrity); err == nil {
		n.Integrity = i
	}
	return n
}

func TestSourceRules(t *testing.T) {
	const pub = "https://registry.npm.local/"
	tests := []struct {
		name   string
		rule   analyze.GraphRule
		target func(g *depgraph.Graph) *analyze.GraphTarget
		nodes  []tinyNode
		want   []string
	}{
		{
			name:  "untrusted_host_flagged",
			rule:  UntrustedHost{},
			nodes: []tinyNode{{node: reg("a", "1.0.0", "https://evil.example/a/-/a-1.0.0.tgz", sri512)}},
			want:  []string{"lockfile/untrusted-host a@1.0.0"},
		},
		{
			name: "configured_scope_public_and_allowed_hosts_trusted",
			rule: UntrustedHost{},
			target: func(g *depgraph.Graph) *analyze.GraphTarget {
				return &analyze.GraphTarget{Graph: g, Registry: "https://npm.corp.example:8443/repo/", Scopes: map[string]string{"@acme": "https://npm.acme.example/"},
					PublicHosts: publicHosts, AllowedHosts: []string{"mirror.example"}}
			},
			nodes: []tinyNode{
				{node: reg("a", "1.0.0", "https://npm.corp.example:8443/repo/a/-/a-1.0.0.tgz", sri512)},
				{node: reg("@acme/b", "1.0.0", "https://npm.acme.example/@acme/b/-/b-1.0.0.tgz", sri512)},
				{node: reg("c", "1.0.0", "https://registry.yarn.local/c/-/c-1.0.0.tgz", sri512)},
				{node: reg("d", "1.0.0", "https://MIRROR.example/d/-/d-1.0.0.tgz", sri512)},
				{node: reg("e", "1.0.0", "https://npm.corp.example:9999/e/-/e-1.0.0.tgz", sri512)},
			},
			want: []string{"lockfile/untrusted-host e@1.0.0"},
		},
		{
			name: "nothing_configured_no_host_check",
			rule: UntrustedHost{},
			target: func(g *depgraph.Graph) *analyze.GraphTarget {
				return &analyze.GraphTarget{Graph: g}
			},
			nodes: []tinyNode{{node: reg("a", "1.0.0", "https://evil.example/a/-/a-1.0.0.tgz", sri512)}},
		},
		{
			name: "insecure_http_and_git",
			rule: InsecureURL{},
			nodes: []tinyNode{
				{node: reg("a", "1.0.0", "http://registry.npm.local/a/-/a-1.0.0.tgz", sri512)},
				{node: reg("b", "1.0.0", "http://registry.npm.local/b/-/b-1.0.0.tgz", "")},
				{node: &depgraph.Node{Name: "c", Version: "1.0.0", Source: depgraph.Source{Kind: depgraph.SourceGit, URL: "git://git.example/c.git", Commit: "9f344194d3b301098a0d80ae68616f11eff191eb"}}},
				{node: reg("d", "1.0.0", pub+"d/-/d-1.0.0.tgz", sri512)},
			},
			want: []string{"lockfile/insecure-url a@1.0.0 medium", "lockfile/insecure-url b@1.0.0 high", "lockfile/insecure-url c@1.0.0 medium"},
		},
		{
			name: "exotic_sources",
			rule: ExoticSource{},
			nodes: []tinyNode{
				{node: &depgraph.Node{Name: "pinned", Version: "1.0.0", Source: depgraph.Source{Kind: depgraph.SourceGit, URL: "git+ssh://git@git.example/x.git", Commit: "9f344194d3b301098a0d80ae68616f11eff191eb"}}},
				{node: &depgraph.Node{Name: "branch", Version: "1.0.0", Source: depgraph.Source{Kind: depgraph.SourceGit, URL: "git+ssh://git@git.example/y.git"}}},
				{node: &depgraph.Node{Name: "tar", Version: "1.0.0", Source: depgraph.Source{Kind: depgraph.SourceTarball, URL: "https://files.example/tar.tgz"}}},
				{node: &depgraph.Node{Name: "ms", Version: "2.1.3", Source: depgraph.Source{Kind: depgraph.SourceTarball, URL: pub + "ms/-/ms-2.1.3.tgz"}}},
				{node: &depgraph.Node{Name: "vendored", Version: "1.0.0", Source: depgraph.Source{Kind: depgraph.SourceFile, Path: "vendor/vendored-1.0.0.tgz"}}},
				{node: &depgraph.Node{Name: "dir", Version: "1.0.0", Source: depgraph.Source{Kind: depgraph.SourceFile, Path: "packages/dir"}}},
				{node: &depgraph.Node{Name: "bundled", Version: "1.0.0", Flags: depgraph.Bundled}},
			},
			want: []string{"lockfile/exotic-source branch@1.0.0 high", "lockfile/exotic-source pinned@1.0.0 medium",
				"lockfile/exotic-source tar@1.0.0 medium", "lockfile/exotic-source vendored@1.0.0 low"},
		},
		{
			name: "url_mismatch",
			rule: URLMismatch{},
			nodes: []tinyNode{
				{node: reg("lodash", "4.17.21", pub+"evil-lodash/-/evil-lodash-4.17.21.tgz", sri512)},
				{node: reg("ok", "1.0.0", pub+"ok/-/ok-1.0.0.tgz", sri512)},
				{node: reg("@s/ok", "1.0.0", pub+"@s%2fok/-/ok-1.0.0.tgz", sri512)},
				{node: reg("@s/art", "1.0.0", "https://registry.npm.local/api/npm/virtual/@s/art/-/@s/art-1.0.0.tgz", sri512)},
				{node: reg("older", "2.0.0", pub+"older/-/older-1.0.0.tgz", sri512)},
				{node: reg("gh", "1.0.0", "https://registry.npm.local/download/gh/1.0.0/abcdef", sri512)},
				{node: reg("elsewhere", "1.0.0", "https://registry.npm.local/download/other/1.0.0/abcdef", sri512)},
			},
			want: []string{"lockfile/url-mismatch elsewhere@1.0.0", "lockfile/url-mismatch lodash@4.17.21", "lockfile/url-mismatch older@2.0.0"},
		},
		{
			name: "local_code_never_judged",
			rule: URLMismatch{},
			nodes: []tinyNode{
				{node: &depgraph.Node{Name: "ws", Version: "1.0.0", Source: depgraph.Source{Kind: depgraph.SourceWorkspace, Path: "packages/ws"}}},
				{node: &depgraph.Node{Name: "lnk", Version: "1.0.0", Source: depgraph.Source{Kind: depgraph.SourceLink, Path: "../lnk", URL: pub + "other/-/other-1.0.0.tgz"}}},
			},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			g := tiny(tc.nodes...)
			target := &analyze.GraphTarget{Graph: g, PublicHosts: publicHosts}
			if tc.target != nil {
				target = tc.target(g)
			}
			got := run(t, target, tc.rule)
			ks := keys(got)
			if withSev(tc.want) {
				ks = keysSev(got)
			}
			if diff := cmp.Diff(tc.want, ks); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
}

// withSev reports whether wanted keys carry a severity suffix.
func withSev(want []string) bool {
	for _, w := range want {
		switch w[strings.LastIndexByte(w, ' ')+1:] {
		case "info", "low", "medium", "high", "critical":
			return true
		}
	}
	return false
}

func keysSev(rs []rec) []string {
	var out []string
	for _, r := range rs {
		out = append(out, r.Rule+" "+r.Node+" "+r.Sev.String())
	}
	slices.Sort(out)
	return out
}

func TestIntegrityRules(t *testing.T) {
	const pub = "https://registry.npm.local/"
	tests := []struct {
		name   string
		format string
		nodes  []tinyNode
		want   []string
	}{
		{
			name: "missing_weak_malformed",
			nodes: []tinyNode{
				{node: reg("none", "1.0.0", pub+"none/-/none-1.0.0.tgz", "")},
				{node: reg("weak", "1.0.0", pub+"weak/-/weak-1.0.0.tgz", sriSHA1)},
				{node: reg("both", "1.0.0", pub+"both/-/both-1.0.0.tgz", sriSHA1+" "+sri512)},
				{node: reg("bad", "1.0.0", pub+"bad/-/bad-1.0.0.tgz", "sha512-short")},
				{node: reg("unknown-algo", "1.0.0", pub+"u/-/u-1.0.0.tgz", "md5-1B2M2Y8AsgTpgAmY7PhCfg==")},
				{node: &depgraph.Node{Name: "tar", Version: "1.0.0", Source: depgraph.Source{Kind: depgraph.SourceTarball, URL: "https://files.example/tar.tgz"}}},
				{node: &depgraph.Node{Name: "git", Version: "1.0.0", Source: depgraph.Source{Kind: depgraph.SourceGit, URL: "git+https://git.example/g.git", Commit: "9f344194d3b301098a0d80ae68616f11eff191eb"}}},
				{node: &depgraph.Node{Name: "ws", Version: "1.0.0", Source: depgraph.Source{Kind: depgraph.SourceWorkspace, Path: "packages/ws"}}},
			},
			want: []string{
				"lockfile/malformed-integrity bad@1.0.0 high",
				"lockfile/malformed-integrity unknown-algo@1.0.0 high",
				"lockfile/missing-integrity none@1.0.0 medium",
				"lockfile/missing-integrity tar@1.0.0 high",
				"lockfile/weak-integrity weak@1.0.0 medium",
			},
		},
		{
			name:   "berry_records_no_npm_integrity",
			format: "yarn berry lockfile, __metadata.version 8",
			nodes:  []tinyNode{{node: reg("none", "1.0.0", "", "")}},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			g := tiny(tc.nodes...)
			if tc.format != "" {
				g.Format = tc.format
			}
			got := run(t, &analyze.GraphTarget{Graph: g, PublicHosts: publicHosts}, MissingIntegrity{}, WeakIntegrity{}, MalformedIntegrity{})
			if diff := cmp.Diff(tc.want, keysSev(got)); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
}

func TestAliasConfusion(t *testing.T) {
	tests := []struct {
		alias, target string
		want          []string
	}{
		{"string-width-cjs", "string-width", nil},
		{"lodash", "lodash-es", nil},
		{"react", "@preact/compat", nil},
		{"rollup", "@rollup/wasm-node", nil},
		{"@babel-8/core", "@babel/core", nil},
		{"@jest/react-is-18", "react-is", nil},
		{"@types/react", "types-react", nil},
		{"eslint-v8", "eslint", nil},
		{"lodash", "evil-lodash", []string{"lodash/alias-confusion evil-lodash@1.0.0 high"}},
		{"lodash", "@evil/lodash", []string{"lodash/alias-confusion @evil/lodash@1.0.0 high"}},
		{"my-local-name", "totally-different", []string{"lodash/alias-confusion totally-different@1.0.0 medium"}},
	}
	for _, tc := range tests {
		t.Run(strings.NewReplacer("/", "_", "@", "").Replace(tc.alias+"_to_"+tc.target), func(t *testing.T) {
			g := tiny(tinyNode{node: reg(tc.target, "1.0.0", "", sri512), alias: tc.alias, spec: "npm:" + tc.target + "@^1.0.0"})
			got := keysSev(run(t, &analyze.GraphTarget{Graph: g, PublicHosts: publicHosts}, AliasConfusion{}))
			want := replaceAll(strings.NewReplacer("lodash/", "lockfile/"), tc.want)
			if len(want) == 0 {
				want = nil
			}
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
}

func TestOutsideProject(t *testing.T) {
	nodes := []tinyNode{
		{node: &depgraph.Node{Name: "up", Version: "1.0.0", Source: depgraph.Source{Kind: depgraph.SourceFile, Path: "../up"}}},
		{node: &depgraph.Node{Name: "sneaky", Version: "1.0.0", Source: depgraph.Source{Kind: depgraph.SourceLink, Path: "packages/../../sneaky"}}},
		{node: &depgraph.Node{Name: "abs", Version: "1.0.0", Source: depgraph.Source{Kind: depgraph.SourceFile, Path: "/opt/abs.tgz"}}},
		{node: &depgraph.Node{Name: "win", Version: "1.0.0", Source: depgraph.Source{Kind: depgraph.SourceLink, Path: `C:\dev\win`}}},
		{node: &depgraph.Node{Name: "home", Version: "1.0.0", Source: depgraph.Source{Kind: depgraph.SourceLink, Path: "~/home"}}},
		{node: &depgraph.Node{Name: "inside", Version: "1.0.0", Source: depgraph.Source{Kind: depgraph.SourceFile, Path: "packages/a/../b"}}},
		{node: &depgraph.Node{Name: "ws", Version: "1.0.0", Source: depgraph.Source{Kind: depgraph.SourceWorkspace, Path: "packages/ws"}}},
	}
	got := keys(run(t, &analyze.GraphTarget{Graph: tiny(nodes...)}, OutsideProject{}))
	want := []string{"lockfile/outside-project abs@1.0.0", "lockfile/outside-project home@1.0.0", "lockfile/outside-project sneaky@1.0.0",
		"lockfile/outside-project up@1.0.0", "lockfile/outside-project win@1.0.0"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}

	// bun's link: names a package in bun's global link store.
	g := tiny(tinyNode{node: &depgraph.Node{Name: "linked", Version: "link:linked", Source: depgraph.Source{Kind: depgraph.SourceLink, Path: "linked"}}})
	g.Format = "bun lockfileVersion 1"
	if got := keys(run(t, &analyze.GraphTarget{Graph: g}, OutsideProject{})); !slices.Equal(got, []string{"lockfile/outside-project linked@link:linked"}) {
		t.Errorf("bun link: got %v", got)
	}
}

func TestOutOfSync(t *testing.T) {
	dir := t.TempDir()
	write := func(rel, s string) {
		p := filepath.Join(dir, filepath.FromSlash(rel))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(s), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("package.json", `{
  "name": "proj",
  "version": "1.0.0",
  "dependencies": {
    "same": "^1.0.0",
    "respec": "^1.2.0",
    "broken": "^2.0.0",
    "alias": "npm:real@^1.0.0",
    "missing": "^1.0.0",
    "tagged": "latest",
    "overridden": "^1.0.0"
  },
  "devDependencies": {
    "dev": "~3.1.0"
  }
}
`)
	write("packages/ws/package.json", `{"name": "ws", "version": "1.0.0", "dependencies": {"inws": "^1.0.0"}}`)
	nodes := []tinyNode{
		{node: reg("same", "1.0.0", "", sri512), spec: "^1.0.0"},
		{node: reg("respec", "1.5.0", "", sri512), spec: "^1.0.0"}, // spec changed, still satisfied
		{node: reg("broken", "1.5.0", "", sri512), spec: "^1.0.0"}, // spec changed, not satisfied
		{node: reg("real", "1.1.0", "", sri512), alias: "alias", spec: "npm:real@^1.0.0"},
		{node: reg("tagged", "9.0.0", "", sri512), spec: "^8"},         // a tag: not judged
		{node: reg("overridden", "2.0.0", "", sri512), spec: "^1.0.0"}, // same spec: the lockfile's override
		{node: reg("dev", "3.1.4", "", sri512), spec: "npm:~3.1.0"},    // berry's npm: prefix
		{node: reg("gone", "1.0.0", "", sri512), spec: "^1.0.0"},       // no longer declared
		{node: &depgraph.Node{Name: "ws", Version: "1.0.0", Source: depgraph.Source{Kind: depgraph.SourceWorkspace, Path: "packages/ws"}}},
	}
	g := tiny(nodes...)
	got := run(t, &analyze.GraphTarget{Graph: g, ProjectDir: dir}, OutOfSync{})
	want := []string{
		"lockfile/out-of-sync - broken medium package.json:7",
		"lockfile/out-of-sync - gone low package-lock.json:17",
		"lockfile/out-of-sync - inws medium packages/ws/package.json:1",
		"lockfile/out-of-sync - missing medium package.json:9",
	}
	var ks []string
	for _, r := range got {
		name, _, _ := strings.Cut(strings.TrimPrefix(r.In.Evidence[0].Snippet, `"`), `"`)
		ks = append(ks, fmt.Sprintf("%s %s %s %s %s:%d", r.Rule, r.Node, name, r.Sev, r.In.File, r.In.Line))
	}
	slices.Sort(ks)
	if diff := cmp.Diff(want, ks); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}

	// A missing package.json (real-world copies lack workspace
	// manifests) is not a finding.
	if got := run(t, &analyze.GraphTarget{Graph: g, ProjectDir: t.TempDir()}, OutOfSync{}); len(got) != 0 {
		t.Errorf("no package.json: got %v", got)
	}
}
