package pnpmlock

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"testing/fstest"
	"time"

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

func nodeString(g *depgraph.Graph, n *depgraph.Node) string {
	parts := []string{fmt.Sprintf("L%d", n.Line), n.Key, "=", n.Name + "@" + n.Version, n.Source.Kind.String()}
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
		v.Edges = append(v.Edges, fmt.Sprintf("%s -> %s %s@%s %s", g.Node(e.From).Key, g.Node(e.To).Key, e.Name, e.Spec, e.Kind))
	}
	for _, p := range g.Problems {
		v.Problems = append(v.Problems, fmt.Sprintf("L%d %s: %s", p.Line, p.Key, p.Message))
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
		{"empty.yaml", view{
			Format: "pnpm lockfileVersion 9.0",
			Nodes:  []string{"L9 . = .@ root root path=."},
		}},
		{"v9-scoped-alias.yaml", view{
			Format: "pnpm lockfileVersion 9.0",
			Nodes: []string{
				"L5 . = .@ root root path=.",
				"L31 @babel/code-frame@7.24.7 = @babel/code-frame@7.24.7 registry " + sri,
				"L33 @types/node@22.19.19 = @types/node@22.19.19 registry dev sri=invalid",
				"L35 string-width@4.2.3 = string-width@4.2.3 registry " + sri,
			},
			Edges: []string{
				". -> @babel/code-frame@7.24.7 @babel/code-frame@^7.24.0 prod",
				". -> string-width@4.2.3 string-width-cjs@npm:string-width@^4.2.0 prod",
				". -> @types/node@22.19.19 @types/node@^22.0.0 dev",
			},
		}},
		{"v9-git-file-link.yaml", view{
			Format: "pnpm lockfileVersion 9.0",
			Nodes: []string{
				"L5 . = .@ root root path=.",
				"L42 is-number@git+https://git@github.com:jonschlinkert/is-number.git#98e8ff1da1a89f93d1397a24d7413ed15421c139 = is-number@7.0.0 git url=git@github.com:jonschlinkert/is-number.git commit=98e8ff1da1a89f93d1397a24d7413ed15421c139",
				"L44 local-bundler@file:vendor/local-bundler-1.0.0.tgz = local-bundler@1.0.0 file path=vendor/local-bundler-1.0.0.tgz " + sri,
				"L46 local-dir@file:local-dir = local-dir@file:local-dir file path=local-dir",
				"L48 remote@https://example.com/remote-1.0.0.tgz = remote@1.0.0 tarball url=https://example.com/remote-1.0.0.tgz",
				"L16 link:../outside = linked@link:../outside link path=../outside",
			},
			Edges: []string{
				". -> is-number@git+https://git@github.com:jonschlinkert/is-number.git#98e8ff1da1a89f93d1397a24d7413ed15421c139 is-number@github:jonschlinkert/is-number#7.0.0 prod",
				". -> local-bundler@file:vendor/local-bundler-1.0.0.tgz local-bundler@file:vendor/local-bundler-1.0.0.tgz prod",
				". -> local-dir@file:local-dir local-dir@file:local-dir prod",
				". -> link:../outside linked@link:../outside prod",
				". -> remote@https://example.com/remote-1.0.0.tgz remote@https://example.com/remote-1.0.0.tgz prod",
			},
		}},
		{"v9-workspaces.yaml", view{
			Format: "pnpm lockfileVersion 9.0",
			Nodes: []string{
				"L5 . = .@ root root path=.",
				"L11 packages/app = packages/app@ workspace root path=packages/app",
				"L20 packages/ui = packages/ui@ workspace root path=packages/ui",
				"L40 clsx@2.1.1 = clsx@2.1.1 registry " + sri,
				"L42 typescript@5.9.3 = typescript@5.9.3 registry dev " + sri,
				"L16 link:tools/tool = tool@link:tools/tool link path=tools/tool",
			},
			Edges: []string{
				". -> typescript@5.9.3 typescript@^5.4.0 dev",
				"packages/app -> packages/ui @acme/ui@workspace:^ prod",
				"packages/app -> link:tools/tool tool@link:../../tools/tool prod",
				"packages/ui -> clsx@2.1.1 clsx@^2.1.0 prod",
				"packages/ui -> link:tools/tool tool@link:../../tools/tool prod",
			},
		}},
		{"v9-peers.yaml", view{
			Format: "pnpm lockfileVersion 9.0",
			Nodes: []string{
				"L5 . = .@ root root path=.",
				"L54 plugin@1.0.0(react-dom@18.3.1(react@18.3.1))(react@18.3.1)(widget@1.0.0(react@18.3.1)) = plugin@1.0.0 registry " + sri,
				"L56 react-dom@18.3.1(react@18.3.1) = react-dom@18.3.1 registry " + sri,
				"L60 react@17.0.2 = react@17.0.2 registry dev peer " + sri,
				"L62 react@18.3.1 = react@18.3.1 registry " + sri,
				"L64 widget@1.0.0(react@17.0.2) = widget@1.0.0 registry dev " + sri,
				"L68 widget@1.0.0(react@18.3.1) = widget@1.0.0 registry " + sri,
			},
			Edges: []string{
				". -> react-dom@18.3.1(react@18.3.1) react-dom@^18.3.1 prod",
				". -> react@18.3.1 react@^18.3.1 prod",
				". -> widget@1.0.0(react@18.3.1) widget@^1.0.0 prod",
				". -> plugin@1.0.0(react-dom@18.3.1(react@18.3.1))(react@18.3.1)(widget@1.0.0(react@18.3.1)) plugin@^1.0.0 prod",
				". -> widget@1.0.0(react@17.0.2) widget-old@npm:widget@^1.0.0 dev",
				// Own peers named only in the key's suffix (widget is a
				// transitive peer: no edge).
				"plugin@1.0.0(react-dom@18.3.1(react@18.3.1))(react@18.3.1)(widget@1.0.0(react@18.3.1)) -> react-dom@18.3.1(react@18.3.1) react-dom@18.3.1(react@18.3.1) peer",
				"plugin@1.0.0(react-dom@18.3.1(react@18.3.1))(react@18.3.1)(widget@1.0.0(react@18.3.1)) -> react@18.3.1 react@18.3.1 peer",
				"react-dom@18.3.1(react@18.3.1) -> react@18.3.1 react@18.3.1 peer",
				"widget@1.0.0(react@17.0.2) -> react@17.0.2 react@17.0.2 peer",
				"widget@1.0.0(react@18.3.1) -> react@18.3.1 react@18.3.1 peer",
				"widget@1.0.0(react@18.3.1) -> react-dom@18.3.1(react@18.3.1) react-dom@18.3.1(react@18.3.1) peerOptional",
			},
		}},
		{"v9-platform.yaml", view{
			Format: "pnpm lockfileVersion 9.0",
			Nodes: []string{
				"L5 . = .@ root root path=.",
				"L62 @img/sharp-libvips-linux-x64@1.2.4 = @img/sharp-libvips-linux-x64@1.2.4 registry optional os=linux cpu=x64 libc=glibc " + sri,
				"L65 @img/sharp-libvips-linuxmusl-x64@1.2.4 = @img/sharp-libvips-linuxmusl-x64@1.2.4 registry optional os=linux cpu=x64 libc=musl " + sri,
				"L68 fsevents@2.3.3 = fsevents@2.3.3 registry optional os=darwin " + sri,
				"L71 hostile@1.0.0 = hostile@1.0.0 registry optional cpu=x64 " + sri,
				"L74 plain@1.0.0 = plain@1.0.0 registry " + sri,
				"L76 sass-embedded-all-unknown@1.97.3 = sass-embedded-all-unknown@1.97.3 registry optional cpu=!arm,!arm64,!riscv64,!x64 " + sri,
			},
			Edges: []string{
				". -> plain@1.0.0 plain@^1.0.0 prod",
				". -> @img/sharp-libvips-linux-x64@1.2.4 @img/sharp-libvips-linux-x64@1.2.4 optional",
				". -> @img/sharp-libvips-linuxmusl-x64@1.2.4 @img/sharp-libvips-linuxmusl-x64@1.2.4 optional",
				". -> fsevents@2.3.3 fsevents@^2.3.3 optional",
				". -> hostile@1.0.0 hostile@^1.0.0 optional",
				". -> sass-embedded-all-unknown@1.97.3 sass-embedded-all-unknown@1.97.3 optional",
			},
		}},
		{"v9-catalogs-patches.yaml", view{
			Format: "pnpm lockfileVersion 9.0",
			Nodes: []string{
				"L27 . = .@ root root path=.",
				"L46 debug@2.6.9(patch_hash=4ce5e9e5f1a1d1b4) = debug@2.6.9 registry patch=patches/debug@2.6.9.patch " + sri,
				"L50 ms@2.1.3 = ms@2.1.3 registry " + sri,
			},
			Edges: []string{
				". -> debug@2.6.9(patch_hash=4ce5e9e5f1a1d1b4) debug@catalog:legacy prod",
				". -> ms@2.1.3 ms@catalog: prod",
				"debug@2.6.9(patch_hash=4ce5e9e5f1a1d1b4) -> ms@2.1.3 ms@2.1.3 prod",
			},
		}},
		{"v6-basic.yaml", view{
			Format: "pnpm lockfileVersion 6.0",
			Nodes: []string{
				"L0 . = .@ root root path=.",
				"L23 /debug@4.4.3(supports-color@5.5.0) = debug@4.4.3 registry dev " + sri,
				"L34 /debug@4.4.3 = debug@4.4.3 registry " + sri,
				"L38 /fsevents@2.3.3 = fsevents@2.3.3 registry optional script os=darwin " + sri,
				"L45 /nodemon@3.1.10 = nodemon@3.1.10 registry dev " + sri,
				"L52 /string-width@4.2.3 = string-width@4.2.3 registry " + sri,
				"L56 /supports-color@5.5.0 = supports-color@5.5.0 registry dev optional peer " + sri,
			},
			Edges: []string{
				". -> /debug@4.4.3 debug@^4.3.4 prod",
				". -> /string-width@4.2.3 string-width-cjs@npm:string-width@^4.2.0 prod",
				". -> /nodemon@3.1.10 nodemon@^3.0.0 dev",
				". -> /fsevents@2.3.3 fsevents@^2.3.3 optional",
				"/debug@4.4.3(supports-color@5.5.0) -> /supports-color@5.5.0 supports-color@5.5.0 peerOptional",
				"/nodemon@3.1.10 -> /debug@4.4.3(supports-color@5.5.0) debug@4.4.3(supports-color@5.5.0) prod",
			},
		}},
		{"v5-basic.yaml", view{
			Format: "pnpm lockfileVersion 5.4",
			Nodes: []string{
				"L0 . = .@ root root path=.",
				"L17 /@scope/pkg/1.0.0 = @scope/pkg@1.0.0 registry script " + sri,
				"L22 /react-dom/18.3.1_react@18.3.1 = react-dom@18.3.1 registry " + sri,
				"L30 /react/18.3.1 = react@18.3.1 registry " + sri,
				"L34 git.example.com/jonschlinkert/is-number/98e8ff1da1a89f93d1397a24d7413ed15421c139 = is-number@7.0.0 git url=https://git.example.com/jonschlinkert/is-number.git commit=98e8ff1da1a89f93d1397a24d7413ed15421c139",
			},
			Edges: []string{
				". -> /@scope/pkg/1.0.0 @scope/pkg@^1.0.0 prod",
				". -> /react/18.3.1 react@^18.3.1 prod",
				". -> /react-dom/18.3.1_react@18.3.1 react-dom@^18.3.1 prod",
				". -> git.example.com/jonschlinkert/is-number/98e8ff1da1a89f93d1397a24d7413ed15421c139 is-number@git+https://git.example.com/jonschlinkert/is-number.git#7.0.0 prod",
				"/react-dom/18.3.1_react@18.3.1 -> /react/18.3.1 react@18.3.1 peer",
			},
		}},
		{"v5-registry-host.yaml", view{
			Format: "pnpm lockfileVersion 5.3",
			Nodes: []string{
				"L5 . = .@ root root path=.",
				"L15 registry.example.com/@s/bar/2.0.0_foo@1.0.0 = @s/bar@2.0.0 registry " + sri,
				"L23 registry.example.com/foo/1.0.0 = foo@1.0.0 registry url=https://registry.example.com/foo/-/foo-1.0.0.tgz " + sri,
			},
			Edges: []string{
				". -> registry.example.com/@s/bar/2.0.0_foo@1.0.0 @s/bar@^2.0.0 prod",
				". -> registry.example.com/foo/1.0.0 foo@^1.0.0 prod",
				"registry.example.com/@s/bar/2.0.0_foo@1.0.0 -> registry.example.com/foo/1.0.0 foo@registry.example.com/foo/1.0.0 peer",
			},
		}},
		{"multi-document.yaml", view{
			Format: "pnpm lockfileVersion 9.0; package manager pnpm@11.10.0 locked in a separate document (not in the graph)",
			Nodes: []string{
				"L28 . = .@ root root path=.",
				"L41 ms@2.1.3 = ms@2.1.3 registry " + sri,
			},
			Edges: []string{". -> ms@2.1.3 ms@^2.1.3 prod"},
		}},
		{"env-only.yaml", view{
			Format: "pnpm (empty project); package manager pnpm@11.10.0 locked in a separate document (not in the graph)",
			Nodes:  []string{"L0 . = .@ root root path=."},
		}},
		{"env-config-deps.yaml", view{
			Format:   "pnpm lockfileVersion 9.0; package manager pnpm@11.10.0 locked in a separate document (not in the graph)",
			Nodes:    []string{"L35 . = .@ root root path=."},
			Problems: []string{"L0 configDependencies: config dependencies @acme/pnpm-hooks are installed (and may run code) before the project, but are locked in the package manager document and not analysed"},
		}},
		{"bad-entries.yaml", view{
			Format: "pnpm lockfileVersion 9.0",
			Nodes: []string{
				"L5 . = .@ root root path=.",
				"L33 scalar@1.0.0 = scalar@1.0.0 registry " + sri,
				"L35 ms@2.1.3 = ms@2.1.3 registry " + sri,
			},
			Edges: []string{
				". -> ms@2.1.3 ms@^2.1.3 prod",
				". -> scalar@1.0.0 scalar@^1.0.0 prod",
			},
			Problems: []string{
				"L31 ms@2.1.3: duplicate entry ignored; the one at line 35 is used",
				"L33 scalar@1.0.0: entry is a scalar, want a mapping; read as empty",
				"L26 orphan@1.0.0: packages entry has no snapshot; pnpm does not install it",
				`L10 .: dependencies "missing" resolves to "1.0.0", which is not in the lockfile`,
				"L16 .: devDependencies is a sequence, want a mapping; skipped",
				`L37 ms@2.1.3: dependency "ghost" resolves to "9.9.9", which is not in the lockfile`,
			},
		}},
	}
	for _, tt := range tests {
		t.Run(strings.TrimSuffix(tt.file, ".yaml"), func(t *testing.T) {
			g, err := parseTestdata(t, tt.file)
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(tt.want, viewOf(g)); diff != "" {
				t.Errorf("graph (-want +got):\n%s", diff)
			}
			lockfiletest.CheckGraph(t, g)
			checkNames(t, g)
		})
	}
}

// TestParseDamaged checks that damaged input fails with a located
// ParseError, or parses with problems that say what is missing: never a
// silently partial graph.
func TestParseDamaged(t *testing.T) {
	tests := []struct {
		file     string
		wantLine int    // for errors
		wantErr  string // substring; "" means the parse succeeds with problems
		problems []string
	}{
		{file: "malformed-syntax.yaml", wantLine: 5, wantErr: "did not find expected node content"},
		{file: "malformed-types.yaml", wantLine: 3, wantErr: "importers is a sequence, want a mapping"},
		{file: "alias-bomb.yaml", wantLine: 13, wantErr: "YAML alias found"},
		{file: "truncated.yaml", wantLine: 67, wantErr: "did not find expected ',' or '}'"},
		{file: "truncated-at-entry.yaml", problems: []string{
			"L143 string-width@4.2.3: packages entry has no snapshot; pnpm does not install it",
			"L147 strip-ansi@6.0.1: packages entry has no snapshot; pnpm does not install it",
			"L151 supports-color@7.2.0: packages entry has no snapshot; pnpm does not install it",
			"L155 typescript@5.9.3: packages entry has no snapshot; pnpm does not install it",
			`L11 .: devDependencies "typescript" resolves to "5.9.3", which is not in the lockfile`,
			`L29 packages/app: dependencies "string-width-cjs" resolves to "string-width@4.2.3", which is not in the lockfile`,
			`L176 chalk@4.1.2: dependency "supports-color" resolves to "7.2.0", which is not in the lockfile`,
			`L0 ansi-regex@5.0.1: 4 entries are not reachable from the project or its workspaces (first: "ansi-regex@5.0.1")`,
		}},
	}
	for _, tt := range tests {
		t.Run(strings.TrimSuffix(tt.file, ".yaml"), func(t *testing.T) {
			start := time.Now()
			g, err := parseTestdata(t, tt.file)
			if tt.wantErr == "" {
				if err != nil {
					t.Fatal(err)
				}
				if diff := cmp.Diff(tt.problems, viewOf(g).Problems); diff != "" {
					t.Errorf("problems (-want +got):\n%s", diff)
				}
				return
			}
			var pe *lockfile.ParseError
			if !errors.As(err, &pe) || !errors.Is(err, lockfile.ErrMalformed) {
				t.Fatalf("want a *ParseError wrapping ErrMalformed, got %v", err)
			}
			if pe.Path != filepath.Join("testdata", tt.file) || pe.Line != tt.wantLine || !strings.Contains(err.Error(), tt.wantErr) {
				t.Errorf("error %q (line %d), want line %d and %q", err, pe.Line, tt.wantLine, tt.wantErr)
			}
			if d := time.Since(start); d > 5*time.Second {
				t.Errorf("took %v", d)
			}
		})
	}
}

func TestParseErrors(t *testing.T) {
	tests := []struct {
		name, data, want string
	}{
		{"zero bytes", "", "empty file"},
		{"only comments", "# nothing\n", "no YAML document with content"},
		{"no lockfileVersion", "importers: {}\n", "no lockfileVersion"},
		{"bad lockfileVersion", "lockfileVersion: banana\n", `lockfileVersion "banana" is not a number`},
		{"sequence document", "- a\n- b\n", "document is a sequence"},
		{"packages scalar", "lockfileVersion: '9.0'\npackages: 5\n", "packages is a scalar"},
		{"too many documents", strings.Repeat("---\nlockfileVersion: '9.0'\n", MaxDocuments+1), "more than 16 YAML documents"},
	}
	for _, tt := range tests {
		t.Run(strings.ReplaceAll(tt.name, " ", "_"), func(t *testing.T) {
			g, err := Parser{}.Parse(context.Background(), lockfile.Input{Path: "x/pnpm-lock.yaml", Data: []byte(tt.data)})
			if g != nil || !errors.Is(err, lockfile.ErrMalformed) || !strings.Contains(err.Error(), tt.want) || !strings.HasPrefix(err.Error(), "x/pnpm-lock.yaml") {
				t.Errorf("got %v, %v; want ErrMalformed naming the file and %q", g, err, tt.want)
			}
		})
	}
}

func TestTooLarge(t *testing.T) {
	data := make([]byte, MaxFileSize+1)
	_, err := Parser{}.Parse(context.Background(), lockfile.Input{Path: "big/pnpm-lock.yaml", Data: data})
	if !errors.Is(err, lockfile.ErrTooLarge) || !strings.HasPrefix(err.Error(), "big/pnpm-lock.yaml") {
		t.Errorf("got %v, want ErrTooLarge naming the file", err)
	}
}

// TestRootNames checks that importer names come from the project's
// package.json files when the project directory is given.
func TestRootNames(t *testing.T) {
	data, err := os.ReadFile("testdata/v9-workspaces.yaml")
	if err != nil {
		t.Fatal(err)
	}
	fsys := fstest.MapFS{
		"package.json":              {Data: []byte(`{"name": "acme-monorepo", "version": "0.0.0"}`)},
		"packages/app/package.json": {Data: []byte(`{"name": "@acme/app", "version": "1.0.0"}`)},
		"packages/ui/package.json":  {Data: []byte(`not json`)},
	}
	g, err := Parser{}.Parse(context.Background(), lockfile.Input{Path: "pnpm-lock.yaml", Data: data, Project: fsys})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, r := range g.Roots {
		got = append(got, g.Node(r).String())
	}
	want := []string{"acme-monorepo@0.0.0", "@acme/app@1.0.0", "packages/ui@"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("roots (-want +got):\n%s", diff)
	}
}

func TestCanceled(t *testing.T) {
	data, err := os.ReadFile("testdata/v9-peers.yaml")
	if err != nil {
		t.Fatal(err)
	}
	// Make the lockfile big enough to reach a context check.
	var b strings.Builder
	b.Write(data)
	b.WriteString("\n")
	for i := range 600 {
		fmt.Fprintf(&b, "  extra%d@1.0.0: {}\n", i)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := (Parser{}).Parse(ctx, lockfile.Input{Path: "p", Data: []byte(b.String())}); !errors.Is(err, context.Canceled) {
		t.Errorf("got %v, want context.Canceled", err)
	}
}

func TestMatch(t *testing.T) {
	for base, want := range map[string]bool{"pnpm-lock.yaml": true, "pnpm-lock.yml": false, "package-lock.json": false, "": false} {
		if got := (Parser{}).Match(base); got != want {
			t.Errorf("Match(%q) = %v, want %v", base, got, want)
		}
	}
}

func TestStripPeers(t *testing.T) {
	tests := []struct {
		in   string
		sch  schema
		want string
	}{
		{"18.3.1(react@18.3.1)", schemaV9, "18.3.1"},
		{"18.3.1(react@18.3.1)(react-dom@18.3.1)", schemaV6, "18.3.1"},
		{"18.3.1_react@18.3.1", schemaV5, "18.3.1"},
		{"18.3.1_react@18.3.1", schemaV9, "18.3.1_react@18.3.1"},
		{"1.0.0", schemaV5, "1.0.0"},
		{"file:local-dir", schemaV9, "file:local-dir"},
	}
	for _, tt := range tests {
		if got := stripPeers(tt.in, tt.sch); got != tt.want {
			t.Errorf("stripPeers(%q, %d) = %q, want %q", tt.in, tt.sch, got, tt.want)
		}
	}
}

func TestPeerSuffix(t *testing.T) {
	tests := map[string][]string{
		"a@1.0.0":                            nil,
		"a@1.0.0(b@2.0.0)":                   {"b@2.0.0"},
		"a@1.0.0(b@2.0.0(c@3.0.0))(d@4.0.0)": {"b@2.0.0(c@3.0.0)", "d@4.0.0"},
		"a@1.0.0(patch_hash=abc)(b@2.0.0)":   {"patch_hash=abc", "b@2.0.0"},
		"a@1.0.0(b@2.0.0":                    nil,
		"a@1.0.0)(b@2.0.0)":                  {"b@2.0.0"},
	}
	for in, want := range tests {
		if diff := cmp.Diff(want, peerSuffix(in)); diff != "" {
			t.Errorf("peerSuffix(%q) (-want +got):\n%s", in, diff)
		}
	}
}

// checkNames asserts what pnpm graphs add to lockfiletest.CheckGraph:
// every node has a name.
func checkNames(t *testing.T, g *depgraph.Graph) {
	t.Helper()
	for i, n := range g.Nodes {
		if n.Name == "" {
			t.Fatalf("node %d (%s) has no name", i, n.Key)
		}
	}
}
