package rules

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/depfence/depfence/internal/analyze"
	"github.com/depfence/depfence/internal/finding"
	"github.com/depfence/depfence/internal/fixture"
	"github.com/depfence/depfence/internal/lockfile"
	"github.com/depfence/depfence/internal/lockfile/formats"
	"github.com/depfence/depfence/internal/npm"
	"github.com/depfence/depfence/internal/rules/rulestest"
)

func TestGraphBuiltinMeta(t *testing.T) {
	seen := map[string]bool{}
	for _, r := range Builtin() {
		seen[string(r.Meta().ID)] = true
	}
	for _, r := range GraphBuiltin() {
		m := r.Meta()
		if !idRe.MatchString(string(m.ID)) || seen[string(m.ID)] {
			t.Errorf("bad or duplicate rule ID %q", m.ID)
		}
		seen[string(m.ID)] = true
		if m.Version < 1 || m.Title == "" || len(m.Help) < 80 || m.Remediation == "" || m.Example == "" || m.Signal == "" ||
			m.Needs&analyze.NeedGraph == 0 || m.DefaultSeverity == finding.SeverityNone {
			t.Errorf("%s: incomplete metadata", m.ID)
		}
	}
}

// graphDoc renders a graph rule's page: what, why, example, how to
// suppress.
func graphDoc(m analyze.Meta) []byte {
	var b bytes.Buffer
	fmt.Fprintf(&b, "# `%s`: %s\n\n", m.ID, m.Title)
	fmt.Fprintf(&b, "Default severity: **%s** · project-level (lockfile graph) rule · rule version %d\n\n", m.DefaultSeverity, m.Version)
	fmt.Fprintf(&b, "## What it detects and why it matters\n\n%s\n\n", m.Help)
	fmt.Fprintf(&b, "## Example\n\n```text\n%s\n```\n\n", m.Example)
	fmt.Fprintf(&b, "## What to do\n\n%s\n\n", m.Remediation)
	fmt.Fprintf(&b, "## How to suppress\n\n"+
		"If you have reviewed the package and accept the risk, record it in the policy file as an accepted risk with a reason "+
		"(and, ideally, an expiry):\n\n```sh\ndepfence accept PKG@RANGE %s --reason \"why this is acceptable\"\n```\n\n"+
		"To turn the rule off for the whole project, disable it in `depfence.yaml`:\n\n```yaml\nrules:\n  %s: { enabled: false }\n```\n", m.ID, m.ID)
	return b.Bytes()
}

func TestGraphRuleDocs(t *testing.T) {
	dir := filepath.Join("..", "..", "docs", "rules")
	for _, r := range GraphBuiltin() {
		m := r.Meta()
		name := filepath.Join(dir, strings.ReplaceAll(string(m.ID), "/", "-")+".md")
		want := graphDoc(m)
		if *update {
			if err := os.MkdirAll(dir, 0o755); err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(name, want, 0o644); err != nil {
				t.Fatal(err)
			}
			continue
		}
		got, err := os.ReadFile(name)
		if err != nil {
			t.Errorf("%s: missing doc page (run go test ./internal/rules -run TestGraphRuleDocs -update): %v", m.ID, err)
			continue
		}
		if !bytes.Equal(got, want) {
			t.Errorf("%s: %s is stale (run go test ./internal/rules -run TestGraphRuleDocs -update)", m.ID, name)
		}
	}
}

// sharedLockfiles returns every lockfile directory of the shared fixtures:
// lockfiles/<case>/<tool>/ and real-world/<project>/.
func sharedLockfiles(t *testing.T) []string {
	var dirs []string
	lf := fixture.Shared(t, "fixtures", "lockfiles")
	cases, err := os.ReadDir(lf)
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range cases {
		if !c.IsDir() || strings.HasPrefix(c.Name(), "_") {
			continue
		}
		tools, err := os.ReadDir(filepath.Join(lf, c.Name()))
		if err != nil {
			t.Fatal(err)
		}
		for _, tool := range tools {
			if tool.IsDir() {
				dirs = append(dirs, filepath.Join(lf, c.Name(), tool.Name()))
			}
		}
	}
	rw := fixture.Shared(t, "fixtures", "real-world")
	projects, err := os.ReadDir(rw)
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range projects {
		if p.IsDir() {
			dirs = append(dirs, filepath.Join(rw, p.Name()))
		}
	}
	if len(dirs) < 70 {
		t.Fatalf("found only %d lockfile directories", len(dirs))
	}
	return dirs
}

// TestGraphRulesOnSharedFixtures runs every graph rule over every shared
// lockfile twice: as the fixtures were made (public registry), and as if
// the project resolved from a private registry with @acme mapped to it and
// every name existing publicly at a higher version. No rule may fail, the
// generated fixtures must raise no identity finding at all, and the
// monorepo's own @acme/* packages must never be matched against public
// names.
func TestGraphRulesOnSharedFixtures(t *testing.T) {
	const priv = "https://npm.acme.example/"
	var mu sync.Mutex
	looked := map[string]bool{}
	everywhere := func(_ context.Context, name string) (*npm.Packument, error) {
		mu.Lock()
		looked[name] = true
		mu.Unlock()
		return &npm.Packument{Name: name, Versions: map[string]*npm.PackumentVersion{"999.0.0": {}}}, nil
	}
	for _, dir := range sharedLockfiles(t) {
		rel := filepath.Base(filepath.Dir(dir)) + "/" + filepath.Base(dir)
		t.Run(rel, func(t *testing.T) {
			path, err := formats.Detect(dir)
			if err != nil {
				t.Fatal(err)
			}
			g, err := formats.Load(context.Background(), path)
			if errors.Is(err, lockfile.ErrUnsupported) {
				t.Skip(err)
			}
			if err != nil {
				t.Fatal(err)
			}
			public := &analyze.GraphTarget{Graph: g, ProjectDir: dir, PublicHosts: []string{"registry.npm.local", "registry.yarn.local"}}
			private := &analyze.GraphTarget{Graph: g, ProjectDir: dir, PublicHosts: public.PublicHosts,
				Registry: priv, Scopes: map[string]string{"@acme": priv}, PublicPackument: everywhere}
			for _, target := range []*analyze.GraphTarget{public, private} {
				for _, f := range rulestest.RunGraph(t, target, GraphBuiltin()...) {
					identity := strings.HasPrefix(f.Rule, "identity/")
					if identity && strings.HasPrefix(f.Node, "@acme/") {
						t.Errorf("a local @acme package was matched against public names: %s %s: %s", f.Rule, f.Node, f.In.Message)
					}
					if target == public && identity && strings.Contains(dir, string(filepath.Separator)+"lockfiles"+string(filepath.Separator)) {
						t.Errorf("identity finding on a generated fixture: %s %s: %s", f.Rule, f.Node, f.In.Message)
					}
				}
			}
			mu.Lock()
			defer mu.Unlock()
			for name := range looked {
				if strings.HasPrefix(name, "@acme/") {
					t.Errorf("public lookup for the local package %s", name)
				}
			}
		})
	}
}
