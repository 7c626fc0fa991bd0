package bunlock

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/depfence/depfence/internal/depgraph"
	"github.com/depfence/depfence/internal/lockfile"
	"github.com/depfence/depfence/internal/lockfile/lockfiletest"
)

// view renders a graph as lines, so failures read as a go-cmp diff.
type view struct {
	Format   string
	Nodes    []string
	Edges    []string
	Problems []string
}

func keyLabel(k string) string {
	if k == "" {
		return "(root)"
	}
	return k
}

func nodeString(g *depgraph.Graph, n *depgraph.Node) string {
	parts := []string{fmt.Sprintf("L%d", n.Line), keyLabel(n.Key), "=", n.Name + "@" + n.Version, n.Source.Kind.String()}
	if g.IsRoot(n.ID) {
		parts = append(parts, "root")
	}
	for _, f := range []struct{ k, v string }{{"url", n.Source.URL}, {"path", n.Source.Path}, {"commit", n.Source.Commit}, {"patch", n.Source.Patch}} {
		if f.v != "" {
			parts = append(parts, f.k+"="+f.v)
		}
	}
	for _, f := range []struct {
		bit  depgraph.Flags
		name string
	}{{depgraph.Dev, "dev"}, {depgraph.Optional, "optional"}, {depgraph.DevOptional, "devOptional"}, {depgraph.Peer, "peer"}, {depgraph.Bundled, "bundled"}} {
		if n.Flags.Has(f.bit) {
			parts = append(parts, f.name)
		}
	}
	if n.HasInstallScript {
		parts = append(parts, "script")
	}
	parts = append(parts, lockfiletest.Platform(n)...)
	switch {
	case !n.Integrity.IsZero():
		h, _ := n.Integrity.Strongest()
		parts = append(parts, "sri="+h.Algorithm.String())
	case n.IntegrityRaw != "":
		parts = append(parts, "sri=invalid")
	}
	return strings.Join(parts, " ")
}

func viewOf(g *depgraph.Graph) view {
	v := view{Format: g.Format}
	for _, n := range g.Nodes {
		v.Nodes = append(v.Nodes, nodeString(g, n))
	}
	for _, e := range g.Edges {
		v.Edges = append(v.Edges, fmt.Sprintf("%s -> %s %s@%s %s", keyLabel(g.Node(e.From).Key), keyLabel(g.Node(e.To).Key), e.Name, e.Spec, e.Kind))
	}
	for _, p := range g.Problems {
		v.Problems = append(v.Problems, fmt.Sprintf("L%d %s: %s", p.Line, keyLabel(p.Key), p.Message))
	}
	return v
}

func parseTestdata(t *testing.T, name string) (*depgraph.Graph, error) {
	t.Helper()
	path := filepath.Join("testdata", name)
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return Parser{}.Parse(context.Background(), lockfile.Input{Path: path, Data: data})
}

func TestParse(t *testing.T) {
	const sri = "sri=sha512"
	tests := []struct {
		file string
		want view
	}{
		{"empty.lock", view{
			Format: "bun lockfileVersion 1",
			Nodes:  []string{"L4 (root) = empty@ root root path=."},
		}},
		{"platform.lock", view{
			Format: "bun lockfileVersion 1",
			Nodes: []string{
				"L4 (root) = platform@ root root path=.",
				// "none": no platform bun knows (riscv64, netbsd).
				"L21 @esbuild/linux-riscv64 = @esbuild/linux-riscv64@0.27.1 registry optional os=linux cpu=none " + sri,
				"L23 @esbuild/netbsd-x64 = @esbuild/netbsd-x64@0.27.1 registry optional os=none cpu=x64 " + sri,
				// bun.lock records no libc: both variants look alike.
				"L25 @rollup/rollup-linux-x64-gnu = @rollup/rollup-linux-x64-gnu@4.22.4 registry optional os=linux cpu=x64 " + sri,
				"L27 @rollup/rollup-linux-x64-musl = @rollup/rollup-linux-x64-musl@4.22.4 registry optional os=linux cpu=x64 " + sri,
				"L29 bad-items = bad-items@1.0.0 registry optional os=linux,darwin " + sri,
				// bun ignores "libc" in bun.lock.
				"L31 libc-only = libc-only@1.0.0 registry optional " + sri,
				"L33 lists = lists@1.0.0 registry optional os=!win32,!aix cpu=arm64,x64 " + sri,
				"L35 number = number@1.0.0 registry optional " + sri,
				"L37 object = object@1.0.0 registry optional cpu=arm64 " + sri,
				"L39 slow-path = slow-path@1.0.0 registry optional os=darwin " + sri,
			},
			Edges: []string{
				"(root) -> @esbuild/linux-riscv64 @esbuild/linux-riscv64@0.27.1 optional",
				"(root) -> @esbuild/netbsd-x64 @esbuild/netbsd-x64@0.27.1 optional",
				"(root) -> @rollup/rollup-linux-x64-gnu @rollup/rollup-linux-x64-gnu@4.22.4 optional",
				"(root) -> @rollup/rollup-linux-x64-musl @rollup/rollup-linux-x64-musl@4.22.4 optional",
				"(root) -> bad-items bad-items@1.0.0 optional",
				"(root) -> libc-only libc-only@1.0.0 optional",
				"(root) -> lists lists@1.0.0 optional",
				"(root) -> number number@1.0.0 optional",
				"(root) -> object object@1.0.0 optional",
				"(root) -> slow-path slow-path@1.0.0 optional",
			},
			Problems: []string{
				"L29 bad-items: os has 3 items that are not strings; ignored",
				"L35 number: os is not a string or an array of strings; ignored\ncpu is not a string or an array of strings; ignored",
				"L37 object: os is not a string or an array of strings; ignored",
				`L39 slow-path: dependencies: non-string spec for "ms"` + "\ncpu is not a string or an array of strings; ignored",
			},
		}},
		{"scoped-alias-nested.lock", view{
			Format: "bun lockfileVersion 1",
			Nodes: []string{
				"L4 (root) = app@ root root path=.",
				"L20 @babel/code-frame = @babel/code-frame@7.24.7 registry " + sri,
				"L22 @babel/highlight = @babel/highlight@7.24.7 registry url=https://npm.example.com/@babel/highlight/-/highlight-7.24.7.tgz " + sri,
				"L24 debug = debug@4.4.3 registry " + sri,
				"L26 fsevents = fsevents@2.3.3 registry optional os=darwin " + sri,
				"L28 ms = ms@2.0.0 registry " + sri,
				"L30 nodemon = nodemon@3.1.10 registry dev " + sri,
				"L32 string-width-cjs = string-width@4.2.3 registry " + sri,
				"L34 supports-color = supports-color@7.2.0 registry optional peer " + sri,
				"L36 debug/ms = ms@2.1.3 registry " + sri,
				"L38 nodemon/@scope/inner = @scope/inner@1.0.0 registry dev " + sri,
				"L40 nodemon/@scope/inner/ms = ms@2.1.3 registry dev " + sri,
			},
			Edges: []string{
				"(root) -> @babel/code-frame @babel/code-frame@^7.24.0 prod",
				"(root) -> debug debug@^4.3.4 prod",
				"(root) -> string-width-cjs string-width-cjs@npm:string-width@^4.2.0 prod",
				"(root) -> nodemon nodemon@^3.0.0 dev",
				"(root) -> fsevents fsevents@^2.3.3 optional",
				"@babel/code-frame -> @babel/highlight @babel/highlight@^7.24.7 prod",
				"@babel/highlight -> ms ms@^2.0.0 prod",
				"debug -> debug/ms ms@^2.1.3 prod",
				"debug -> supports-color supports-color@* peerOptional",
				"nodemon -> nodemon/@scope/inner @scope/inner@1.0.0 prod",
				"nodemon -> debug debug@^4 prod",
				"nodemon/@scope/inner -> nodemon/@scope/inner/ms ms@2.1.3 prod",
			},
		}},
		{"git-file-link.lock", view{
			Format: "bun lockfileVersion 2",
			Nodes: []string{
				"L5 (root) = sources@ root root path=.",
				"L18 is-number = is-number@git+ssh://git@github.com/jonschlinkert/is-number.git#98e8ff1da1a89f93d1397a24d7413ed15421c139 git url=git+ssh://git@github.com/jonschlinkert/is-number.git commit=98e8ff1da1a89f93d1397a24d7413ed15421c139",
				"L20 is-odd = is-odd@github:jonschlinkert/is-odd#c5d3e1b git url=github:jonschlinkert/is-odd commit=c5d3e1b",
				"L22 linked = linked@link:linked link path=linked",
				"L24 local-bundler = local-bundler@vendor/local-bundler-1.0.0.tgz file path=vendor/local-bundler-1.0.0.tgz " + sri,
				"L26 local-dir = local-dir@local-dir file path=local-dir",
				"L28 kleur = kleur@4.1.5 registry script " + sri,
				"L30 ms = ms@https://registry.npm.local/ms/-/ms-2.1.3.tgz tarball url=https://registry.npm.local/ms/-/ms-2.1.3.tgz " + sri,
				"L32 local-bundler/left-pad = left-pad@1.3.0 registry bundled " + sri,
			},
			Edges: []string{
				"(root) -> is-number is-number@git+ssh://git@github.com/jonschlinkert/is-number.git#7.0.0 prod",
				"(root) -> is-odd is-odd@github:jonschlinkert/is-odd#3.0.1 prod",
				"(root) -> linked linked@link:linked prod",
				"(root) -> local-bundler local-bundler@file:vendor/local-bundler-1.0.0.tgz prod",
				"(root) -> local-dir local-dir@file:local-dir prod",
				"(root) -> ms ms@https://registry.npm.local/ms/-/ms-2.1.3.tgz prod",
				"local-bundler -> local-bundler/left-pad left-pad@1.3.0 prod",
				"local-dir -> kleur kleur@^4.1.5 prod",
			},
		}},
		{"workspaces.lock", view{
			Format: "bun lockfileVersion 1",
			Nodes: []string{
				"L4 (root) = acme@ root root path=.",
				"L10 packages/app = @acme/app@1.0.0 workspace root path=packages/app",
				"L18 packages/ui = @acme/ui@1.0.0 workspace root path=packages/ui",
				"L38 react = react@18.3.1 registry " + sri,
				"L40 typescript = typescript@5.9.3 registry dev " + sri,
				"L42 @acme/app/react = react@17.0.2 registry " + sri,
			},
			Edges: []string{
				"(root) -> typescript typescript@^5.4.0 dev",
				"packages/app -> packages/ui @acme/ui@workspace:^ prod",
				"packages/app -> @acme/app/react react@^17.0.0 prod",
				"packages/ui -> react react@^18.3.1 prod",
				"packages/ui -> react react@>=17 peer",
			},
		}},
		{"patched.lock", view{
			Format: "bun lockfileVersion 1",
			Nodes: []string{
				"L4 (root) = patched@ root root path=.",
				"L15 ms = ms@2.1.3 registry patch=patches/ms@2.1.3.patch " + sri,
			},
			Edges: []string{"(root) -> ms ms@^2.1.3 prod"},
		}},
		{"jsonc.lock", view{
			Format: "bun lockfileVersion 1",
			Nodes: []string{
				"L6 (root) = jsonc // not a comment@ root root path=.",
				"L14 weird = weird@1.0.0 registry " + sri,
			},
			Edges: []string{"(root) -> weird weird@^1.0.0 prod"},
		}},
		{"bad-entries.lock", view{
			Format: "bun lockfileVersion 3",
			Nodes: []string{
				"L4 (root) = bad@ root root path=.",
				"L19 typed = typed@1.0.0 registry sri=invalid",
				"L21 ms = ms@2.1.3 registry " + sri,
				"L25 orphan = orphan@1.0.0 registry " + sri,
			},
			Edges: []string{
				"(root) -> ms ms@^2.1.3 prod",
				"(root) -> typed typed@^1.0.0 prod",
			},
			Problems: []string{
				"L2 (root): lockfileVersion 3 is newer than the 2 this parser knows; read as 2",
				"L17 numeric: entry's first element is not a string; skipped",
				`L19 typed: dependencies: non-string spec for "ms"`,
				`L23 noversion: cannot split "noversion" into name@resolution; skipped`,
				"L15 ms: duplicate packages key; the later entry is used",
				`L4 (root): dependency "missing" is not in packages`,
				`L4 (root): dependency "numeric" is not in packages`,
				`L19 typed: dependency "ghost" is not in packages`,
				`L0 orphan: 1 entries are not reachable from the project or its workspaces (first: "orphan")`,
			},
		}},
	}
	for _, tt := range tests {
		t.Run(strings.TrimSuffix(tt.file, ".lock"), func(t *testing.T) {
			g, err := parseTestdata(t, tt.file)
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(tt.want, viewOf(g)); diff != "" {
				t.Errorf("graph (-want +got):\n%s", diff)
			}
			lockfiletest.CheckGraph(t, g)
		})
	}
}

func TestParseErrors(t *testing.T) {
	tests := []struct {
		name     string
		file     string // under testdata, or
		data     string // inline input
		wantLine int
		want     string
	}{
		{name: "malformed", file: "malformed.lock", wantLine: 8, want: "invalid character '\"' after object key:value pair"},
		{name: "truncated", file: "truncated.lock", wantLine: 25, want: `workspaces "packages/ui": unexpected EOF`},
		{name: "wrong types", file: "wrong-types.lock", wantLine: 4, want: `packages: want "{", got [`},
		{name: "zero bytes", data: "", want: "empty file"},
		{name: "BOM only", data: "\xef\xbb\xbf\n", want: "empty file"},
		{name: "not an object", data: "[1, 2]", wantLine: 1, want: `top level: want "{", got [`},
		{name: "no version", data: `{"workspaces": {}}`, want: "no lockfileVersion"},
		{name: "bad version", data: `{"lockfileVersion": 1.5}`, wantLine: 1, want: `lockfileVersion "1.5" is not a non-negative integer`},
		{name: "duplicate top-level key", data: "{\"lockfileVersion\": 1,\n\"lockfileVersion\": 2}", wantLine: 2, want: `duplicate top-level key "lockfileVersion"`},
		{name: "trailing data", data: `{"lockfileVersion": 1} {}`, wantLine: 1, want: "data after the top-level object"},
		{name: "unterminated comment", data: `{"lockfileVersion": 1} /* x`, want: "unterminated comment"},
		{name: "deep nesting", data: `{"lockfileVersion": 1, "x": ` + strings.Repeat("[", 20000) + strings.Repeat("]", 20000) + `}`, wantLine: 1, want: "exceeded max depth"},
	}
	for _, tt := range tests {
		t.Run(strings.ReplaceAll(tt.name, " ", "_"), func(t *testing.T) {
			path := "x/bun.lock"
			data := []byte(tt.data)
			if tt.file != "" {
				path = filepath.Join("testdata", tt.file)
				var err error
				if data, err = os.ReadFile(path); err != nil {
					t.Fatal(err)
				}
			}
			g, err := Parser{}.Parse(context.Background(), lockfile.Input{Path: path, Data: data})
			var pe *lockfile.ParseError
			if g != nil || !errors.As(err, &pe) || !errors.Is(err, lockfile.ErrMalformed) {
				t.Fatalf("got %v, %v; want a *ParseError wrapping ErrMalformed", g, err)
			}
			if pe.Path != path || pe.Line != tt.wantLine || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("error %q (line %d), want line %d and %q", err, pe.Line, tt.wantLine, tt.want)
			}
		})
	}
}

// TestBinary checks that bun.lockb, by name or by content, is refused
// with ErrUnsupported and says how to produce bun.lock.
func TestBinary(t *testing.T) {
	data, err := os.ReadFile("testdata/lockb/bun.lockb")
	if err != nil {
		t.Fatal(err)
	}
	for _, in := range []lockfile.Input{
		{Path: "testdata/lockb/bun.lockb", Data: data},
		{Path: "project/bun.lock", Data: data},    // binary content under the text name
		{Path: "project/bun.lockb", Data: nil},    // by name, whatever the content
		{Path: `C:\project\bun.lockb`, Data: nil}, // Windows path
	} {
		g, err := Parser{}.Parse(context.Background(), in)
		var pe *lockfile.ParseError
		if g != nil || !errors.As(err, &pe) || !errors.Is(err, lockfile.ErrUnsupported) || !errors.Is(err, ErrBinary) {
			t.Fatalf("%s: got %v, %v; want a *ParseError wrapping ErrUnsupported", in.Path, g, err)
		}
		for _, want := range []string{in.Path, "bun install --save-text-lockfile", "bun >= 1.1.39", "bun >= 1.2", "bun.lock"} {
			if !strings.Contains(err.Error(), want) {
				t.Errorf("%s: error %q does not say %q", in.Path, err, want)
			}
		}
	}
}

func TestStripJSONC(t *testing.T) {
	tests := []struct{ in, want string }{
		{`{"a": 1,}`, `{"a": 1 }`},
		{`[1, 2, ]`, `[1, 2  ]`},
		{"[1, // c\n]", "[1" + strings.Repeat(" ", 6) + "\n]"},
		{"[1 /* , */ ,\n /* x */ ]", "[1" + strings.Repeat(" ", 10) + "\n" + strings.Repeat(" ", 9) + "]"},
		{`{"s": ",}", "t": "\",]"}`, `{"s": ",}", "t": "\",]"}`},
		{`{"s": "// not a comment /* nor this */"}`, `{"s": "// not a comment /* nor this */"}`},
		{`"\\", ]`, `"\\"  ]`},
		{`1 / 2`, `1 / 2`},
	}
	for _, tt := range tests {
		got, err := stripJSONC([]byte(tt.in))
		if err != nil || string(got) != tt.want {
			t.Errorf("stripJSONC(%q) = %q, %v; want %q", tt.in, got, err, tt.want)
		}
	}
}

func TestSplitPath(t *testing.T) {
	tests := map[string][]string{
		"ms":                      {"ms"},
		"debug/ms":                {"debug", "ms"},
		"@babel/core":             {"@babel/core"},
		"@babel/core/@babel/x/ms": {"@babel/core", "@babel/x", "ms"},
		"a/@scope":                {"a", "@scope"},
	}
	for in, want := range tests {
		if diff := cmp.Diff(want, splitPath(in)); diff != "" {
			t.Errorf("splitPath(%q) (-want +got):\n%s", in, diff)
		}
	}
}

// TestNestingLimit checks that an absurdly deep packages key is skipped
// with a problem instead of costing time per lookup.
func TestNestingLimit(t *testing.T) {
	key := strings.Repeat("a/", MaxNesting) + "a"
	data := fmt.Sprintf(`{"lockfileVersion": 1, "workspaces": {"": {"name": "x"}}, "packages": {%q: ["a@1.0.0", "", {}, ""]}}`, key)
	g, err := Parser{}.Parse(context.Background(), lockfile.Input{Path: "bun.lock", Data: []byte(data)})
	if err != nil {
		t.Fatal(err)
	}
	if len(g.Nodes) != 1 || len(g.Problems) != 1 || !strings.Contains(g.Problems[0].Message, "limit 128") {
		t.Errorf("got %d nodes, problems %v", len(g.Nodes), g.Problems)
	}
}

func TestCanceled(t *testing.T) {
	var b strings.Builder
	b.WriteString(`{"lockfileVersion": 1, "packages": {`)
	for i := range 600 {
		fmt.Fprintf(&b, `"p%d": ["p%d@1.0.0", "", {}, ""],`, i, i)
	}
	b.WriteString("}}")
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := (Parser{}).Parse(ctx, lockfile.Input{Path: "bun.lock", Data: []byte(b.String())}); !errors.Is(err, context.Canceled) {
		t.Errorf("got %v, want context.Canceled", err)
	}
}

func TestMatch(t *testing.T) {
	for base, want := range map[string]bool{"bun.lock": true, "bun.lockb": true, "bun.lock.json": false, "yarn.lock": false} {
		if got := (Parser{}).Match(base); got != want {
			t.Errorf("Match(%q) = %v, want %v", base, got, want)
		}
	}
}
