package yarnlock

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/google/go-cmp/cmp"

	"github.com/depfence/depfence/internal/depgraph"
	"github.com/depfence/depfence/internal/npm"
)

func TestWorkspacePatterns(t *testing.T) {
	for _, tc := range []struct {
		json string
		want []string
	}{
		{`{"workspaces": ["packages/*", "apps/x"]}`, []string{"packages/*", "apps/x"}},
		{`{"workspaces": {"packages": ["packages/*"], "nohoist": ["**/x"]}}`, []string{"packages/*"}},
		{`{"workspaces": 7}`, nil},
		{`{}`, nil},
	} {
		m, err := npm.ParseManifest([]byte(tc.json))
		if err != nil {
			t.Fatal(err)
		}
		if diff := cmp.Diff(tc.want, workspacePatterns(m)); diff != "" {
			t.Errorf("%s (-want +got):\n%s", tc.json, diff)
		}
	}
}

func TestFindWorkspaces(t *testing.T) {
	fsys := fstest.MapFS{
		"packages/a/package.json":   {Data: []byte(`{"name":"a"}`)},
		"packages/b/package.json":   {Data: []byte(`{"name":"b"}`)},
		"packages/nopkg/README":     {Data: []byte(`x`)},
		"packages/bad/package.json": {Data: []byte(`{`)},
		"packages/file":             {Data: []byte(`x`)},
		"apps/c/package.json":       {Data: []byte(`{"name":"c"}`)},
	}
	g := depgraph.New("test")
	ws := findWorkspaces(fsys, []string{"./packages/*", "!packages/b", "apps/c/", "../outside/*", "/abs/*", "deep/**", "packages/a"}, g)
	var got []string
	for _, w := range ws {
		got = append(got, w.path+"="+w.m.Name)
	}
	if diff := cmp.Diff([]string{"packages/a=a", "apps/c=c"}, got); diff != "" {
		t.Errorf("workspaces (-want +got):\n%s", diff)
	}
	var problems []string
	for _, p := range g.Problems {
		problems = append(problems, p.Message)
	}
	want := []string{
		`workspace pattern "../outside/*" is outside the project; its workspaces are not read`,
		`workspace pattern "/abs/*" is outside the project; its workspaces are not read`,
		`workspace pattern "deep/**" is not supported; its workspaces are not read`,
	}
	if len(problems) != 4 || !strings.Contains(problems[3], `workspace "packages/bad"`) {
		t.Errorf("problems %q", problems)
	} else if diff := cmp.Diff(want, problems[:3]); diff != "" {
		t.Errorf("problems (-want +got):\n%s", diff)
	}
}

// TestManifestSymlink: a package.json that is a symbolic link is refused.
func TestManifestSymlink(t *testing.T) {
	dir := t.TempDir()
	outside := filepath.Join(t.TempDir(), "secret.json")
	if err := os.WriteFile(outside, []byte(`{"name":"x"}`), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.MkdirAll(filepath.Join(dir, "packages", "evil"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink(outside, filepath.Join(dir, "packages", "evil", "package.json")); err != nil {
		t.Skip("symlinks unsupported:", err)
	}
	if err := os.Symlink(filepath.Dir(outside), filepath.Join(dir, "packages", "linkdir")); err != nil {
		t.Fatal(err)
	}
	fsys := os.DirFS(dir)
	for _, d := range []string{"packages/evil", "packages/linkdir"} {
		if _, err := readManifest(fsys, d); err == nil || !strings.Contains(err.Error(), "symbolic link") {
			t.Errorf("%s: want a symbolic link error, got %v", d, err)
		}
	}
}
