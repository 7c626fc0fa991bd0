package npmlock

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"

	"github.com/depfence/depfence/internal/depgraph"
	"github.com/depfence/depfence/internal/lockfile"
)

// view is a graph rendered as sorted-by-construction strings, so test
// failures read as a go-cmp diff of lines.
type view struct {
	Format   string
	Roots    []string
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

func nodeString(n *depgraph.Node) string {
	parts := []string{fmt.Sprintf("L%d", n.Line), keyLabel(n.Key), "=", n.Name + "@" + n.Version, n.Source.Kind.String()}
	if n.Source.URL != "" {
		parts = append(parts, "url="+n.Source.URL)
	}
	if n.Source.Path != "" {
		parts = append(parts, "path="+n.Source.Path)
	}
	if n.Source.Commit != "" {
		parts = append(parts, "commit="+n.Source.Commit)
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
	for _, r := range g.Roots {
		v.Roots = append(v.Roots, keyLabel(g.Node(r).Key))
	}
	for _, n := range g.Nodes {
		v.Nodes = append(v.Nodes, nodeString(n))
	}
	for _, e := range g.Edges {
		v.Edges = append(v.Edges, fmt.Sprintf("%s -> %s %s@%s %s", keyLabel(g.Node(e.From).Key), keyLabel(g.Node(e.To).Key), e.Name, e.Spec, e.Kind))
	}
	for _, p := range g.Problems {
		v.Problems = append(v.Problems, fmt.Sprintf("L%d %s", p.Line, p.Message))
	}
	return v
}

// parseFile parses testdata/<name>; a directory name means
// <dir>/package-lock.json with the directory as the project.
func parseFile(t *testing.T, name string, withProject bool) (*depgraph.Graph, error) {
	t.Helper()
	p := filepath.Join("testdata", name)
	in := lockfile.Input{Path: p}
	if st, err := os.Stat(p); err == nil && st.IsDir() {
		if withProject {
			in.Project = os.DirFS(p)
		}
		p = filepath.Join(p, "package-lock.json")
		in.Path = p
	}
	data, err := os.ReadFile(p)
	if err != nil {
		t.Fatal(err)
	}
	in.Data = data
	return Parser{}.Parse(context.Background(), in)
}

func TestMatch(t *testing.T) {
	for base, want := range map[string]bool{
		"package-lock.json":   true,
		"npm-shrinkwrap.json": true,
		"yarn.lock":           false,
		".package-lock.json":  false,
		"package.json":        false,
	} {
		if got := (Parser{}).Match(base); got != want {
			t.Errorf("Match(%q) = %v, want %v", base, got, want)
		}
	}
}

func TestParse(t *testing.T) {
	tests := []struct {
		file    string
		project bool
		want    view
	}{
		{
			file: "v3-basic.json", project: true,
			want: view{
				Format: "npm lockfileVersion 3",
				Roots:  []string{"(root)"},
				Nodes: []string{
					"L7 (root) = basic@1.0.0 root",
					"L21 node_modules/@scope/pkg = @scope/pkg@1.2.0 registry url=https://registry.npm.local/@scope/pkg/-/pkg-1.2.0.tgz script sri=sha512",
					"L32 node_modules/@scope/pkg/node_modules/a = a@2.0.0 registry url=https://registry.npm.local/a/-/a-2.0.0.tgz sri=sha1",
					"L37 node_modules/a = a@1.0.0 registry sri=sha512",
					"L41 node_modules/d = d@1.0.0 registry url=https://registry.npm.local/d/-/d-1.0.0.tgz dev sri=invalid",
					"L59 node_modules/o = o@1.0.0 registry url=https://registry.npm.local/o/-/o-1.0.0.tgz optional sri=sha512",
					"L71 node_modules/p = p@3.0.0 registry url=https://registry.npm.local/p/-/p-3.0.0.tgz devOptional peer sri=sha512",
				},
				Edges: []string{
					"(root) -> node_modules/@scope/pkg @scope/pkg@^1.0.0 prod",
					"(root) -> node_modules/a a@^1.0.0 prod",
					"(root) -> node_modules/d d@^1.0.0 dev",
					"(root) -> node_modules/o o@^1.0.0 optional",
					"node_modules/@scope/pkg -> node_modules/@scope/pkg/node_modules/a a@^2.0.0 prod",
					"node_modules/d -> node_modules/a a@^1.0.0 prod",
					"node_modules/d -> node_modules/p p@* peerOptional",
				},
				Problems: []string{"L41 node_modules/d: invalid integrity: sha512 digest is not base64", "L59 node_modules/o: prod dependency \"gone\" (^1.0.0) is not in the lockfile"},
			},
		},
		{
			file: "v3-basic.json", project: false,
			want: view{
				Format: "npm lockfileVersion 3",
				Roots:  []string{"(root)"},
				Nodes: []string{
					"L7 (root) = basic@1.0.0 root",
					"L21 node_modules/@scope/pkg = @scope/pkg@1.2.0 registry url=https://registry.npm.local/@scope/pkg/-/pkg-1.2.0.tgz script sri=sha512",
					"L32 node_modules/@scope/pkg/node_modules/a = a@2.0.0 registry url=https://registry.npm.local/a/-/a-2.0.0.tgz sri=sha1",
					"L37 node_modules/a = a@1.0.0 registry sri=sha512",
					"L41 node_modules/d = d@1.0.0 registry url=https://registry.npm.local/d/-/d-1.0.0.tgz dev sri=invalid",
					"L59 node_modules/o = o@1.0.0 registry url=https://registry.npm.local/o/-/o-1.0.0.tgz optional sri=sha512",
					"L71 node_modules/p = p@3.0.0 registry url=https://registry.npm.local/p/-/p-3.0.0.tgz devOptional peer sri=sha512",
				},
				Edges: []string{
					"(root) -> node_modules/@scope/pkg @scope/pkg@^1.0.0 prod",
					"(root) -> node_modules/a a@^1.0.0 prod",
					"(root) -> node_modules/d d@^1.0.0 dev",
					"(root) -> node_modules/o o@^1.0.0 optional",
					"node_modules/@scope/pkg -> node_modules/@scope/pkg/node_modules/a a@^2.0.0 prod",
					"node_modules/d -> node_modules/a a@^1.0.0 prod",
					"node_modules/d -> node_modules/p p@* peerOptional",
				},
				Problems: []string{"L41 node_modules/d: invalid integrity: sha512 digest is not base64", "L59 node_modules/o: prod dependency \"gone\" (^1.0.0) is not in the lockfile"},
			},
		},
		{
			file: "v3-alias.json", project: true,
			want: view{
				Format: "npm lockfileVersion 3",
				Roots:  []string{"(root)"},
				Nodes: []string{
					"L5 (root) = alias@ root",
					"L12 node_modules/string-width = string-width@5.1.2 registry url=https://registry.npm.local/string-width/-/string-width-5.1.2.tgz sri=sha512",
					"L17 node_modules/string-width-cjs = string-width@4.2.3 registry url=https://registry.npm.local/string-width/-/string-width-4.2.3.tgz sri=sha512",
				},
				Edges: []string{
					"(root) -> node_modules/string-width string-width@^5.0.0 prod",
					"(root) -> node_modules/string-width-cjs string-width-cjs@npm:string-width@^4.2.0 prod",
				},
				Problems: []string(nil),
			},
		},
		{
			file: "v3-alias.json", project: false,
			want: view{
				Format: "npm lockfileVersion 3",
				Roots:  []string{"(root)"},
				Nodes: []string{
					"L5 (root) = alias@ root",
					"L12 node_modules/string-width = string-width@5.1.2 registry url=https://registry.npm.local/string-width/-/string-width-5.1.2.tgz sri=sha512",
					"L17 node_modules/string-width-cjs = string-width@4.2.3 registry url=https://registry.npm.local/string-width/-/string-width-4.2.3.tgz sri=sha512",
				},
				Edges: []string{
					"(root) -> node_modules/string-width string-width@^5.0.0 prod",
					"(root) -> node_modules/string-width-cjs string-width-cjs@npm:string-width@^4.2.0 prod",
				},
				Problems: []string(nil),
			},
		},
		{
			file: "v3-sources.json", project: true,
			want: view{
				Format: "npm lockfileVersion 3",
				Roots:  []string{"(root)"},
				Nodes: []string{
					"L7 (root) = sources@1.0.0 root",
					"L19 local-dir = local-dir@0.1.0 link path=local-dir",
					"L28 node_modules/bundler = bundler@1.0.0 file path=vendor/bundler-1.0.0.tgz sri=invalid",
					"L39 node_modules/bundler/node_modules/left-pad = left-pad@1.3.0 unknown bundled",
					"L43 node_modules/creds = creds@1.0.0 registry url=https://REDACTED@registry.example.com/creds/-/creds-1.0.0.tgz",
					"L47 node_modules/evil = evil@1.0.0 tarball url=https://registry.npm.local/evil-twin/-/evil-twin-1.0.0.tgz",
					"L51 node_modules/is-number = is-number@7.0.0 git url=git+ssh://git@github.com/jonschlinkert/is-number.git#98e8ff1da1a89f93d1397a24d7413ed15421c139 commit=98e8ff1da1a89f93d1397a24d7413ed15421c139",
					"L59 node_modules/ms = ms@2.1.3 tarball url=https://example.com/downloads/ms.tgz",
				},
				Edges: []string{
					"(root) -> node_modules/bundler bundler@file:vendor/bundler-1.0.0.tgz prod",
					"(root) -> node_modules/creds creds@^1.0.0 prod",
					"(root) -> node_modules/evil evil@^1.0.0 prod",
					"(root) -> node_modules/is-number is-number@github:jonschlinkert/is-number#7.0.0 prod",
					"(root) -> local-dir local-dir@file:local-dir prod",
					"(root) -> node_modules/ms ms@https://example.com/downloads/ms.tgz prod",
					"local-dir -> node_modules/ms ms@^2.0.0 prod",
					"node_modules/bundler -> node_modules/bundler/node_modules/left-pad left-pad@1.3.0 prod",
				},
				Problems: []string{"L28 node_modules/bundler: invalid integrity: sha512 digest is not base64", "L43 node_modules/creds: resolved URL carries credentials (redacted)"},
			},
		},
		{
			file: "v3-sources.json", project: false,
			want: view{
				Format: "npm lockfileVersion 3",
				Roots:  []string{"(root)"},
				Nodes: []string{
					"L7 (root) = sources@1.0.0 root",
					"L19 local-dir = local-dir@0.1.0 link path=local-dir",
					"L28 node_modules/bundler = bundler@1.0.0 file path=vendor/bundler-1.0.0.tgz sri=invalid",
					"L39 node_modules/bundler/node_modules/left-pad = left-pad@1.3.0 unknown bundled",
					"L43 node_modules/creds = creds@1.0.0 registry url=https://REDACTED@registry.example.com/creds/-/creds-1.0.0.tgz",
					"L47 node_modules/evil = evil@1.0.0 tarball url=https://registry.npm.local/evil-twin/-/evil-twin-1.0.0.tgz",
					"L51 node_modules/is-number = is-number@7.0.0 git url=git+ssh://git@github.com/jonschlinkert/is-number.git#98e8ff1da1a89f93d1397a24d7413ed15421c139 commit=98e8ff1da1a89f93d1397a24d7413ed15421c139",
					"L59 node_modules/ms = ms@2.1.3 tarball url=https://example.com/downloads/ms.tgz",
				},
				Edges: []string{
					"(root) -> node_modules/bundler bundler@file:vendor/bundler-1.0.0.tgz prod",
					"(root) -> node_modules/creds creds@^1.0.0 prod",
					"(root) -> node_modules/evil evil@^1.0.0 prod",
					"(root) -> node_modules/is-number is-number@github:jonschlinkert/is-number#7.0.0 prod",
					"(root) -> local-dir local-dir@file:local-dir prod",
					"(root) -> node_modules/ms ms@https://example.com/downloads/ms.tgz prod",
					"local-dir -> node_modules/ms ms@^2.0.0 prod",
					"node_modules/bundler -> node_modules/bundler/node_modules/left-pad left-pad@1.3.0 prod",
				},
				Problems: []string{"L28 node_modules/bundler: invalid integrity: sha512 digest is not base64", "L43 node_modules/creds: resolved URL carries credentials (redacted)"},
			},
		},
		{
			file: "workspaces", project: true,
			want: view{
				Format: "npm lockfileVersion 3",
				Roots:  []string{"(root)", "packages/app", "packages/ui", "packages/ghost"},
				Nodes: []string{
					"L7 (root) = mono@0.0.0 root",
					"L30 node_modules/react = react@18.3.1 registry url=https://registry.npm.local/react/-/react-18.3.1.tgz sri=sha512",
					"L39 node_modules/typescript = typescript@5.9.3 registry url=https://registry.npm.local/typescript/-/typescript-5.9.3.tgz dev sri=sha512",
					"L45 packages/app = @acme/app@1.0.0 workspace path=packages/app",
					"L54 packages/app/node_modules/react = react@17.0.2 registry url=https://registry.npm.local/react/-/react-17.0.2.tgz sri=sha512",
					"L59 packages/skip = skip@0.0.1 link path=packages/skip dev",
					"L64 packages/ui = @acme/ui@1.0.0 workspace path=packages/ui",
					"L26 packages/ghost = ghost@ workspace path=packages/ghost",
				},
				Edges: []string{
					"(root) -> node_modules/typescript typescript@^5.0.0 dev",
					"packages/app -> packages/ui @acme/ui@^1.0.0 prod",
					"packages/app -> packages/app/node_modules/react react@^17.0.0 prod",
					"packages/app -> packages/skip skip@file:../skip prod",
					"packages/ui -> node_modules/react react@^18.3.1 dev",
				},
				Problems: []string{"L26 node_modules/ghost: link target \"packages/ghost\" has no entry"},
			},
		},
		{
			file: "workspaces", project: false,
			want: view{
				Format: "npm lockfileVersion 3",
				Roots:  []string{"(root)", "packages/app", "packages/ui", "packages/ghost"},
				Nodes: []string{
					"L7 (root) = mono@0.0.0 root",
					"L30 node_modules/react = react@18.3.1 registry url=https://registry.npm.local/react/-/react-18.3.1.tgz sri=sha512",
					"L39 node_modules/typescript = typescript@5.9.3 registry url=https://registry.npm.local/typescript/-/typescript-5.9.3.tgz dev sri=sha512",
					"L45 packages/app = @acme/app@1.0.0 workspace path=packages/app",
					"L54 packages/app/node_modules/react = react@17.0.2 registry url=https://registry.npm.local/react/-/react-17.0.2.tgz sri=sha512",
					"L59 packages/skip = skip@0.0.1 link path=packages/skip dev",
					"L64 packages/ui = @acme/ui@1.0.0 workspace path=packages/ui",
					"L26 packages/ghost = ghost@ workspace path=packages/ghost",
				},
				Edges: []string{
					"(root) -> node_modules/typescript typescript@^5.0.0 dev",
					"packages/app -> packages/ui @acme/ui@^1.0.0 prod",
					"packages/app -> packages/app/node_modules/react react@^17.0.0 prod",
					"packages/app -> packages/skip skip@file:../skip prod",
					"packages/ui -> node_modules/react react@^18.3.1 dev",
				},
				Problems: []string{"L26 node_modules/ghost: link target \"packages/ghost\" has no entry"},
			},
		},
		{
			file: "v2-both.json", project: true,
			want: view{
				Format: "npm lockfileVersion 2",
				Roots:  []string{"(root)"},
				Nodes: []string{
					"L6 (root) = both@ root",
					"L11 node_modules/a = a@1.0.0 registry url=https://registry.npm.local/a/-/a-1.0.0.tgz sri=sha512",
				},
				Edges: []string{
					"(root) -> node_modules/a a@^1.0.0 prod",
				},
				Problems: []string(nil),
			},
		},
		{
			file: "v2-both.json", project: false,
			want: view{
				Format: "npm lockfileVersion 2",
				Roots:  []string{"(root)"},
				Nodes: []string{
					"L6 (root) = both@ root",
					"L11 node_modules/a = a@1.0.0 registry url=https://registry.npm.local/a/-/a-1.0.0.tgz sri=sha512",
				},
				Edges: []string{
					"(root) -> node_modules/a a@^1.0.0 prod",
				},
				Problems: []string(nil),
			},
		},
		{
			file: "v3-duplicate-keys.json", project: true,
			want: view{
				Format: "npm lockfileVersion 3",
				Roots:  []string{"(root)"},
				Nodes: []string{
					"L4 (root) = @ root",
					"L12 node_modules/a = a@1.0.1 registry url=https://registry.npm.local/a/-/a-1.0.1.tgz",
				},
				Edges: []string{
					"(root) -> node_modules/a a@^1.0.0 prod",
				},
				Problems: []string(nil),
			},
		},
		{
			file: "v3-duplicate-keys.json", project: false,
			want: view{
				Format: "npm lockfileVersion 3",
				Roots:  []string{"(root)"},
				Nodes: []string{
					"L4 (root) = @ root",
					"L12 node_modules/a = a@1.0.1 registry url=https://registry.npm.local/a/-/a-1.0.1.tgz",
				},
				Edges: []string{
					"(root) -> node_modules/a a@^1.0.0 prod",
				},
				Problems: []string(nil),
			},
		},
		{
			file: "v1", project: true,
			want: view{
				Format: "npm lockfileVersion 1",
				Roots:  []string{"(root)"},
				Nodes: []string{
					"L0 (root) = old-project@2.0.0 root",
					"L7 node_modules/a = a@1.0.0 registry url=https://registry.npm.local/a/-/a-1.0.0.tgz sri=sha512",
					"L15 node_modules/a/node_modules/b = b@2.0.0 registry url=https://registry.npm.local/b/-/b-2.0.0.tgz sri=sha512",
					"L25 node_modules/b = b@1.0.0 registry url=https://registry.npm.local/b/-/b-1.0.0.tgz dev sri=sha512",
					"L31 node_modules/bundler = bundler@file:vendor/bundler-1.0.0.tgz file path=vendor/bundler-1.0.0.tgz sri=sha512",
					"L38 node_modules/bundler/node_modules/left-pad = left-pad@1.3.0 unknown bundled",
					"L44 node_modules/c = c@1.0.0 registry url=https://registry.npm.local/c/-/c-1.0.0.tgz sri=sha512",
					"L49 node_modules/fsevents = fsevents@2.3.3 registry url=https://registry.npm.local/fsevents/-/fsevents-2.3.3.tgz optional sri=sha512",
					"L55 node_modules/is-number = is-number@git+ssh://git@github.com/jonschlinkert/is-number.git#98e8ff1da1a89f93d1397a24d7413ed15421c139 git url=git+ssh://git@github.com/jonschlinkert/is-number.git#98e8ff1da1a89f93d1397a24d7413ed15421c139 commit=98e8ff1da1a89f93d1397a24d7413ed15421c139",
					"L59 node_modules/local-dir = local-dir@file:local-dir link path=local-dir",
					"L65 node_modules/string-width-cjs = string-width@4.2.3 registry url=https://registry.npm.local/string-width/-/string-width-4.2.3.tgz sri=sha512",
					"L70 node_modules/t = t@1.0.0 registry url=https://registry.npm.local/t/-/t-1.0.0.tgz dev sri=sha512",
				},
				Edges: []string{
					"node_modules/a -> node_modules/a/node_modules/b b@^2.0.0 prod",
					"node_modules/a/node_modules/b -> node_modules/c c@^1.0.0 prod",
					"node_modules/bundler -> node_modules/bundler/node_modules/left-pad left-pad@1.3.0 prod",
					"node_modules/local-dir -> node_modules/c c@^1.0.0 prod",
					"node_modules/t -> node_modules/b b@^1.0.0 prod",
					"(root) -> node_modules/a a@^1.0.0 prod",
					"(root) -> node_modules/bundler bundler@file:vendor/bundler-1.0.0.tgz prod",
					"(root) -> node_modules/fsevents fsevents@^2.0.0 optional",
					"(root) -> node_modules/is-number is-number@github:jonschlinkert/is-number#7.0.0 prod",
					"(root) -> node_modules/local-dir local-dir@file:local-dir prod",
					"(root) -> node_modules/string-width-cjs string-width-cjs@npm:string-width@^4.2.0 prod",
					"(root) -> node_modules/t t@^1.0.0 dev",
				},
				Problems: []string(nil),
			},
		},
		{
			file: "v1", project: false,
			want: view{
				Format: "npm lockfileVersion 1",
				Roots:  []string{"(root)"},
				Nodes: []string{
					"L0 (root) = old-project@2.0.0 root",
					"L7 node_modules/a = a@1.0.0 registry url=https://registry.npm.local/a/-/a-1.0.0.tgz sri=sha512",
					"L15 node_modules/a/node_modules/b = b@2.0.0 registry url=https://registry.npm.local/b/-/b-2.0.0.tgz sri=sha512",
					"L25 node_modules/b = b@1.0.0 registry url=https://registry.npm.local/b/-/b-1.0.0.tgz dev sri=sha512",
					"L31 node_modules/bundler = bundler@file:vendor/bundler-1.0.0.tgz file path=vendor/bundler-1.0.0.tgz sri=sha512",
					"L38 node_modules/bundler/node_modules/left-pad = left-pad@1.3.0 unknown bundled",
					"L44 node_modules/c = c@1.0.0 registry url=https://registry.npm.local/c/-/c-1.0.0.tgz sri=sha512",
					"L49 node_modules/fsevents = fsevents@2.3.3 registry url=https://registry.npm.local/fsevents/-/fsevents-2.3.3.tgz optional sri=sha512",
					"L55 node_modules/is-number = is-number@git+ssh://git@github.com/jonschlinkert/is-number.git#98e8ff1da1a89f93d1397a24d7413ed15421c139 git url=git+ssh://git@github.com/jonschlinkert/is-number.git#98e8ff1da1a89f93d1397a24d7413ed15421c139 commit=98e8ff1da1a89f93d1397a24d7413ed15421c139",
					"L59 node_modules/local-dir = local-dir@file:local-dir link path=local-dir",
					"L65 node_modules/string-width-cjs = string-width@4.2.3 registry url=https://registry.npm.local/string-width/-/string-width-4.2.3.tgz sri=sha512",
					"L70 node_modules/t = t@1.0.0 registry url=https://registry.npm.local/t/-/t-1.0.0.tgz dev sri=sha512",
				},
				Edges: []string{
					"node_modules/a -> node_modules/a/node_modules/b b@^2.0.0 prod",
					"node_modules/a/node_modules/b -> node_modules/c c@^1.0.0 prod",
					"node_modules/bundler -> node_modules/bundler/node_modules/left-pad left-pad@1.3.0 prod",
					"node_modules/local-dir -> node_modules/c c@^1.0.0 prod",
					"node_modules/t -> node_modules/b b@^1.0.0 prod",
					"(root) -> node_modules/a a@1.0.0 prod",
					"(root) -> node_modules/bundler bundler@file:vendor/bundler-1.0.0.tgz prod",
					"(root) -> node_modules/fsevents fsevents@2.3.3 optional",
					"(root) -> node_modules/is-number is-number@git+ssh://git@github.com/jonschlinkert/is-number.git#98e8ff1da1a89f93d1397a24d7413ed15421c139 prod",
					"(root) -> node_modules/local-dir local-dir@file:local-dir prod",
					"(root) -> node_modules/string-width-cjs string-width-cjs@npm:string-width@4.2.3 prod",
					"(root) -> node_modules/t t@1.0.0 dev",
				},
				Problems: []string(nil),
			},
		},
	}
	for _, tt := range tests {
		name := strings.TrimSuffix(tt.file, ".json")
		if !tt.project {
			name += "_no_project"
		}
		t.Run(name, func(t *testing.T) {
			g, err := parseFile(t, tt.file, tt.project)
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(tt.want, viewOf(g), cmpopts.EquateEmpty()); diff != "" {
				t.Errorf("graph differs (-want +got):\n%s", diff)
			}
		})
	}
}

func TestParseErrors(t *testing.T) {
	tests := []struct {
		file string
		line int
		want string // substring of the error text
	}{
		{"empty.json", 0, "empty file"},
		{"blank.json", 0, "empty file"},
		{"truncated.json", 16, "unexpected end of file"},
		{"syntax.json", 5, "invalid JSON: invalid character '}'"},
		{"trailing.json", 2, "after the top-level object"},
		{"array.json", 1, "not an npm lockfile: top level is an array"},
		{"not-lockfile.json", 0, "not an npm lockfile: no lockfileVersion, packages or dependencies"},
		{"lockfileversion-string.json", 1, `lockfileVersion: want an integer, got "3"`},
		{"lockfileversion-zero.json", 1, "unsupported lockfileVersion 0"},
		{"wrong-type-packages.json", 3, "packages: want an object, got an array"},
		{"wrong-type-entry.json", 5, `packages["node_modules/a"]: want an object, got JSON string`},
		{"null-entry.json", 5, `packages["node_modules/a"]: want an object, got null`},
		{"wrong-type-version.json", 5, `packages["node_modules/a"]: field "version": want a string, got JSON number`},
		{"wrong-type-deps.json", 5, `packages["node_modules/a"]: field "dependencies": want an object, got JSON array`},
		{"v1-wrong-type.json", 7, `dependencies["node_modules/a/node_modules/b"].dev: want a boolean, got JSON string`},
	}
	for _, tt := range tests {
		t.Run(strings.TrimSuffix(tt.file, ".json"), func(t *testing.T) {
			g, err := parseFile(t, filepath.Join("bad", tt.file), false)
			if err == nil {
				t.Fatalf("got a graph with %d nodes, want an error", len(g.Nodes))
			}
			if g != nil {
				t.Errorf("got a graph and an error")
			}
			var pe *lockfile.ParseError
			if !errors.As(err, &pe) {
				t.Fatalf("error %v is %T, want *lockfile.ParseError", err, err)
			}
			if !errors.Is(err, lockfile.ErrMalformed) {
				t.Errorf("error %v does not wrap ErrMalformed", err)
			}
			if want := filepath.Join("testdata", "bad", tt.file); pe.Path != want {
				t.Errorf("Path = %q, want %q", pe.Path, want)
			}
			if pe.Line != tt.line {
				t.Errorf("Line = %d, want %d (%v)", pe.Line, tt.line, err)
			}
			if !strings.Contains(err.Error(), tt.want) {
				t.Errorf("error %q does not contain %q", err, tt.want)
			}
		})
	}
}

func parseBytes(t *testing.T, data string, project fs.FS) (*depgraph.Graph, error) {
	t.Helper()
	return Parser{}.Parse(context.Background(), lockfile.Input{Path: "x/package-lock.json", Data: []byte(data), Project: project})
}

func TestParseEdgeCases(t *testing.T) {
	t.Run("bom", func(t *testing.T) {
		g, err := parseBytes(t, "\xef\xbb\xbf"+`{"lockfileVersion": 3, "packages": {"": {"name": "p"}}}`, nil)
		if err != nil {
			t.Fatal(err)
		}
		if len(g.Nodes) != 1 || g.Nodes[0].Name != "p" || g.Nodes[0].Source.Kind != depgraph.SourceRoot {
			t.Errorf("got %v", viewOf(g).Nodes)
		}
	})
	t.Run("v1_without_dependencies", func(t *testing.T) {
		g, err := parseBytes(t, `{"name": "lonely", "version": "1.0.0", "lockfileVersion": 1, "requires": true}`, nil)
		if err != nil {
			t.Fatal(err)
		}
		want := []string{"L0 (root) = lonely@1.0.0 root"}
		if diff := cmp.Diff(want, viewOf(g).Nodes); diff != "" {
			t.Errorf("(-want +got):\n%s", diff)
		}
	})
	t.Run("newer_lockfile_version", func(t *testing.T) {
		g, err := parseBytes(t, `{"lockfileVersion": 4, "packages": {"": {}, "node_modules/a": {"version": "1.0.0"}}}`, nil)
		if err != nil {
			t.Fatal(err)
		}
		if len(g.Nodes) != 2 || len(g.Problems) == 0 || !strings.Contains(g.Problems[0].Message, "lockfileVersion 4 is newer") {
			t.Errorf("got nodes %v problems %v", viewOf(g).Nodes, g.Problems)
		}
	})
	t.Run("version_after_dependencies", func(t *testing.T) {
		// Key order does not matter: packages wins for version 2 even when
		// the v1 tree comes first.
		g, err := parseBytes(t, `{"dependencies": {"old": {"version": "1.0.0"}}, "packages": {"": {}, "node_modules/new": {"version": "2.0.0"}}, "lockfileVersion": 2}`, nil)
		if err != nil {
			t.Fatal(err)
		}
		if got := viewOf(g).Nodes; len(got) != 2 || !strings.Contains(got[1], "new@2.0.0") {
			t.Errorf("got %v", got)
		}
	})
	t.Run("invalid_names", func(t *testing.T) {
		g, err := parseBytes(t, `{"lockfileVersion": 3, "packages": {"": {}, "node_modules/../../etc": {"version": "1.0.0"}, "node_modules/ok": {"name": "Bad Name!", "version": "1.0.0"}}}`, nil)
		if err != nil {
			t.Fatal(err)
		}
		if len(g.Nodes) != 3 || len(g.Problems) != 2 {
			t.Errorf("got nodes %v problems %v", viewOf(g).Nodes, g.Problems)
		}
	})
	t.Run("link_cycle", func(t *testing.T) {
		g, err := parseBytes(t, `{"lockfileVersion": 3, "packages": {"": {"dependencies": {"a": "*"}}, "node_modules/a": {"link": true, "resolved": "node_modules/b"}, "node_modules/b": {"link": true, "resolved": "node_modules/a"}}}`, nil)
		if err != nil {
			t.Fatal(err)
		}
		want := view{
			Format: "npm lockfileVersion 3",
			Roots:  []string{"(root)"},
			Nodes:  []string{"L1 (root) = @ root"},
			Problems: []string{
				"L1 node_modules/a: link chain longer than 16",
				"L1 node_modules/b: link chain longer than 16",
				`L1 root package: prod dependency "a" (*) is not in the lockfile`,
			},
		}
		if diff := cmp.Diff(want, viewOf(g), cmpopts.EquateEmpty()); diff != "" {
			t.Errorf("(-want +got):\n%s", diff)
		}
	})
	t.Run("deep_v1_nesting", func(t *testing.T) {
		var b strings.Builder
		b.WriteString(`{"lockfileVersion": 1, "dependencies": `)
		const depth = 3000
		for range depth {
			b.WriteString(`{"a": {"version": "1.0.0", "dependencies": `)
		}
		b.WriteString(`{}`)
		for range depth {
			b.WriteString(`}}`)
		}
		b.WriteString(`}`)
		_, err := parseBytes(t, b.String(), nil)
		if err == nil || !strings.Contains(err.Error(), "nested more than") {
			t.Errorf("got %v, want a nesting error", err)
		}
	})
	t.Run("deep_unused_field", func(t *testing.T) {
		deep := strings.Repeat("[", 20000) + strings.Repeat("]", 20000)
		_, err := parseBytes(t, `{"lockfileVersion": 3, "packages": {"": {}, "node_modules/a": {"version": "1.0.0", "engines": `+deep+`}}}`, nil)
		var pe *lockfile.ParseError
		if !errors.As(err, &pe) {
			t.Errorf("got %v, want a ParseError", err)
		}
	})
	t.Run("huge_number_in_unused_field", func(t *testing.T) {
		g, err := parseBytes(t, `{"lockfileVersion": 3, "packages": {"": {}, "node_modules/a": {"version": "1.0.0", "size": 1e400}}}`, nil)
		if err != nil || len(g.Nodes) != 2 {
			t.Errorf("got %v, want a graph of 2 nodes", err)
		}
	})
	t.Run("canceled", func(t *testing.T) {
		ctx, cancel := context.WithCancel(context.Background())
		cancel()
		_, err := Parser{}.Parse(ctx, lockfile.Input{Path: "x/package-lock.json", Data: []byte(`{"lockfileVersion": 3, "packages": {"": {}}}`)})
		if !errors.Is(err, context.Canceled) || !strings.Contains(err.Error(), "x/package-lock.json") {
			t.Errorf("got %v, want context.Canceled naming the path", err)
		}
	})
}

// TestV1Project checks how version 1 root edges come from package.json and
// what happens when it is unreadable.
func TestV1Project(t *testing.T) {
	lock := `{"lockfileVersion": 1, "dependencies": {
  "a": {"version": "1.0.0", "requires": {"b": "^1.0.0"}},
  "b": {"version": "1.0.0"},
  "c": {"version": "1.0.0", "dev": true, "requires": {"d": "^1.0.0"}},
  "d": {"version": "1.0.0", "dev": true, "requires": {"c": "^1.0.0"}}
}}`
	tests := []struct {
		name     string
		project  fs.FS
		edges    []string
		problems []string
	}{
		{
			name:    "manifest",
			project: fstest.MapFS{"package.json": {Data: []byte(`{"dependencies": {"a": "^1.0.0", "missing": "^2.0.0"}, "devDependencies": {"c": "^1.0.0"}}`)}},
			edges: []string{
				"node_modules/a -> node_modules/b b@^1.0.0 prod",
				"node_modules/c -> node_modules/d d@^1.0.0 prod",
				"node_modules/d -> node_modules/c c@^1.0.0 prod",
				"(root) -> node_modules/a a@^1.0.0 prod",
				"(root) -> node_modules/c c@^1.0.0 dev",
			},
			problems: []string{`L0 root package: prod dependency "missing" (^2.0.0) is not in the lockfile`},
		},
		{
			name:    "broken_manifest",
			project: fstest.MapFS{"package.json": {Data: []byte(`{"dependencies": `)}},
			edges: []string{
				"node_modules/a -> node_modules/b b@^1.0.0 prod",
				"node_modules/c -> node_modules/d d@^1.0.0 prod",
				"node_modules/d -> node_modules/c c@^1.0.0 prod",
				"(root) -> node_modules/a a@1.0.0 prod",
				"(root) -> node_modules/c c@1.0.0 dev", // a cycle nothing else reaches
			},
			problems: []string{"L0 project package.json: invalid package.json: unexpected end of JSON input"},
		},
		{
			name:    "no_manifest",
			project: fstest.MapFS{},
			edges: []string{
				"node_modules/a -> node_modules/b b@^1.0.0 prod",
				"node_modules/c -> node_modules/d d@^1.0.0 prod",
				"node_modules/d -> node_modules/c c@^1.0.0 prod",
				"(root) -> node_modules/a a@1.0.0 prod",
				"(root) -> node_modules/c c@1.0.0 dev",
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g, err := parseBytes(t, lock, tt.project)
			if err != nil {
				t.Fatal(err)
			}
			v := viewOf(g)
			if diff := cmp.Diff(tt.edges, v.Edges); diff != "" {
				t.Errorf("edges (-want +got):\n%s", diff)
			}
			if diff := cmp.Diff(tt.problems, v.Problems, cmpopts.EquateEmpty()); diff != "" {
				t.Errorf("problems (-want +got):\n%s", diff)
			}
		})
	}
}

func TestHelpers(t *testing.T) {
	t.Run("parentLoc", func(t *testing.T) {
		for loc, want := range map[string]string{
			"node_modules/a":                      "",
			"node_modules/@s/a":                   "",
			"node_modules/a/node_modules/b":       "node_modules/a",
			"node_modules/a/node_modules/@s/b":    "node_modules/a",
			"packages/app":                        "packages",
			"packages/app/node_modules/x":         "packages/app",
			"local-dir":                           "",
			"node_modules/a/not_node_modules/b/c": "",
			"packages/my_node_modules/x":          "packages/my_node_modules",
		} {
			if got, ok := parentLoc(loc); !ok || got != want {
				t.Errorf("parentLoc(%q) = %q, %v; want %q", loc, got, ok, want)
			}
		}
		if _, ok := parentLoc(""); ok {
			t.Error(`parentLoc("") should stop`)
		}
	})
	t.Run("isRegistryTarball", func(t *testing.T) {
		tests := []struct {
			url, name, version string
			want               bool
		}{
			{"https://registry.npm.local/a/-/a-1.0.0.tgz", "a", "1.0.0", true},
			{"https://registry.npm.local/@s/a/-/a-1.0.0.tgz", "@s/a", "1.0.0", true},
			{"https://registry.npm.local/@s%2fa/-/a-1.0.0.tgz", "@s/a", "1.0.0", true},
			{"https://corp.example/api/npm/npm/a/-/a-1.0.0.tgz?x=1", "a", "1.0.0", true},
			{"https://registry.npm.local/a/-/a-1.0.1.tgz", "a", "1.0.0", false},
			{"https://registry.npm.local/b/-/b-1.0.0.tgz", "a", "1.0.0", false},
			{"https://registry.npm.local/xa/-/xa-1.0.0.tgz", "a", "1.0.0", false},
			{"https://codeload.github.com/u/a/tar.gz/abc", "a", "1.0.0", false},
			{"ftp://registry.npm.local/a/-/a-1.0.0.tgz", "a", "1.0.0", false},
		}
		for _, tt := range tests {
			if got := isRegistryTarball(tt.url, tt.name, tt.version); got != tt.want {
				t.Errorf("isRegistryTarball(%q, %q, %q) = %v", tt.url, tt.name, tt.version, got)
			}
		}
	})
	t.Run("isSemver", func(t *testing.T) {
		for v, want := range map[string]bool{
			"1.2.3": true, "0.0.0-rc.1": true, "1.2.3+build.5": true, "1.2.3-beta+b": true,
			"1.2": false, "v1.2.3": false, "01.2.3": false, "1.2.3-": false, "": false, "file:x": false, "latest": false,
		} {
			if got := isSemver(v); got != want {
				t.Errorf("isSemver(%q) = %v", v, got)
			}
		}
	})
	t.Run("matchWorkspace", func(t *testing.T) {
		globs := []string{"packages/*", "./apps/**", "tools/cli/", "!packages/skip"}
		for p, want := range map[string]bool{
			"packages/a": true, "packages/skip": false, "packages/a/b": false,
			"apps/web": true, "apps/x/y/z": true, "tools/cli": true, "tools": false, "local-dir": false,
		} {
			if got := matchWorkspace(globs, p); got != want {
				t.Errorf("matchWorkspace(%q) = %v", p, got)
			}
		}
		hostile := strings.Repeat("**/", 60) + "x"
		if matchWorkspace([]string{hostile}, strings.Repeat("a/", 200)+"y") {
			t.Error("hostile glob matched")
		}
	})
	t.Run("redact", func(t *testing.T) {
		for in, want := range map[string]string{
			"https://u:pw@r.example/a/-/a-1.tgz":      "https://REDACTED@r.example/a/-/a-1.tgz",
			"https://tok@r.example/a/-/a-1.tgz":       "https://REDACTED@r.example/a/-/a-1.tgz",
			"git+ssh://git@github.com/u/r.git#abc":    "git+ssh://git@github.com/u/r.git#abc",
			"git+https://u:pw@github.com/u/r.git#abc": "git+https://REDACTED@github.com/u/r.git#abc",
			"https://r.example/@s/a/-/a-1.0.0.tgz":    "https://r.example/@s/a/-/a-1.0.0.tgz",
		} {
			if got, _ := redact(in); got != want {
				t.Errorf("redact(%q) = %q, want %q", in, got, want)
			}
		}
	})
}
