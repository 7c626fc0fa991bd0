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
		"packages/a/package.json":          {Data: []byte(`{"name":"a"}`)},
		"packages/b/package.json":          {Data: []byte(`{"name":"b"}`)},
		"packages/nopkg/README":            {Data: []byte(`x`)},
		"packages/bad/package.json":        {Data: []byte(`{`)},
		"packages/file":                    {Data: []byte(`x`)},
		"apps/c/package.json":              {Data: []byte(`{"name":"c"}`)},
		"deep/x/y/package.json":            {Data: []byte(`{"name":"y"}`)},
		"deep/x/package.json":              {Data: []byte(`{"name":"x"}`)},
		"deep/node_modules/z/package.json": {Data: []byte(`{"name":"z"}`)},
		"deep/.hidden/h/package.json":      {Data: []byte(`{"name":"h"}`)},
		"deep/skip/package.json":           {Data: []byte(`{"name":"skip"}`)},
	}
	g := depgraph.New("test")
	ws := findWorkspaces(fsys, []string{"./packages/*", "!packages/b", "apps/c/", "../outside/*", "/abs/*", "deep/**", "!deep/s*", "packages/a", "nowhere/**", "bad/a**b"}, g)
	var got []string
	for _, w := range ws {
		got = append(got, w.path+"="+w.m.Name)
	}
	if diff := cmp.Diff([]string{"packages/a=a", "apps/c=c", "deep/x=x", "deep/x/y=y"}, got); diff != "" {
		t.Errorf("workspaces (-want +got):\n%s", diff)
	}
	var problems []string
	for _, p := range g.Problems {
		problems = append(problems, p.Message)
	}
	want := []string{
		`workspace pattern "../outside/*" is outside the project; its workspaces are not read`,
		`workspace pattern "/abs/*" is outside the project; its workspaces are not read`,
		`workspace "packages/bad": "packages/bad/package.json": invalid package.json: unexpected end of JSON input`,
		`workspace pattern "bad/a**b": "**" must be a whole path segment`,
	}
	if diff := cmp.Diff(want, problems); diff != "" {
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

func TestMatchSegments(t *testing.T) {
	for _, tc := range []struct {
		pat, name string
		want      bool
	}{
		{"a/**", "a", true},
		{"a/**", "a/b/c", true},
		{"a/**/c", "a/c", true},
		{"a/**/c", "a/b/x/c", true},
		{"a/**/c", "a/b/x/d", false},
		{"**/pkg-*", "x/y/pkg-1", true},
		{"a/*/c", "a/b/x/c", false},
		{"**/**/**", "a/b", true},
	} {
		if got := matchSegments(strings.Split(tc.pat, "/"), strings.Split(tc.name, "/")); got != tc.want {
			t.Errorf("matchSegments(%q, %q) = %v, want %v", tc.pat, tc.name, got, tc.want)
		}
	}
}
