package policy

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestScriptEntryMatches(t *testing.T) {
	tests := []struct {
		name    string
		entry   ScriptEntry
		pkg     string
		version string
		vias    []string
		want    bool
	}{
		{"name_only", ScriptEntry{Package: "esbuild"}, "esbuild", "0.25.0", nil, true},
		{"other_name", ScriptEntry{Package: "esbuild"}, "esbuild-wasm", "0.25.0", nil, false},
		{"range_in", ScriptEntry{Package: "esbuild@^0.25.0"}, "esbuild", "0.25.3", nil, true},
		{"range_out", ScriptEntry{Package: "esbuild@^0.25.0"}, "esbuild", "0.26.0", nil, false},
		{"scoped", ScriptEntry{Package: "@swc/core@1.x"}, "@swc/core", "1.4.0", nil, true},
		{"git_version_with_range", ScriptEntry{Package: "gitdep@1"}, "gitdep", "git+file:///x#abc", nil, false},
		{"git_version_any", ScriptEntry{Package: "gitdep"}, "gitdep", "git+file:///x#abc", nil, true},
		{"via_prefix", ScriptEntry{Package: "fsevents", Via: "chokidar"}, "fsevents", "2.3.3", []string{"webpack>chokidar", "chokidar>glob"}, true},
		{"via_exact", ScriptEntry{Package: "fsevents", Via: "webpack>chokidar"}, "fsevents", "2.3.3", []string{"webpack>chokidar"}, true},
		{"via_miss", ScriptEntry{Package: "fsevents", Via: "chokidar"}, "fsevents", "2.3.3", []string{"webpack>chokidar"}, false},
		{"via_no_paths", ScriptEntry{Package: "fsevents", Via: "chokidar"}, "fsevents", "2.3.3", nil, false},
		{"via_not_name_prefix", ScriptEntry{Package: "x", Via: "chok"}, "x", "1.0.0", []string{"chokidar"}, false},
		{"malformed", ScriptEntry{Package: "@@bad"}, "@@bad", "1.0.0", nil, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := tt.entry.Matches(tt.pkg, tt.version, tt.vias); got != tt.want {
				t.Errorf("Matches(%q, %q, %q) = %v, want %v", tt.pkg, tt.version, tt.vias, got, tt.want)
			}
		})
	}
}

func TestAddScriptEntry(t *testing.T) {
	p := filepath.Join(t.TempDir(), FileName)
	orig := "# team policy\nfailOn: high # keep\naccept: []\n"
	if err := os.WriteFile(p, []byte(orig), 0o644); err != nil {
		t.Fatal(err)
	}
	steps := []struct {
		kind ScriptKind
		e    ScriptEntry
	}{
		{ScriptAllow, ScriptEntry{Package: "esbuild@^0.25.0", Hash: "sha256:aa", Reason: "binary download"}},
		{ScriptDeny, ScriptEntry{Package: "core-js", Reason: "ad"}},
		{ScriptAllow, ScriptEntry{Package: "esbuild@^0.25.0", Hash: "sha256:bb", Reason: "re-approved"}},
		{ScriptAllow, ScriptEntry{Package: "core-js", Reason: "changed our mind"}},
	}
	for _, s := range steps {
		if err := AddScriptEntry(p, s.kind, s.e); err != nil {
			t.Fatal(err)
		}
	}
	data, err := os.ReadFile(p)
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"# team policy", "# keep"} {
		if !strings.Contains(string(data), want) {
			t.Errorf("comment %q lost:\n%s", want, data)
		}
	}
	pol, err := Parse(p, data)
	if err != nil {
		t.Fatal(err)
	}
	want := Scripts{Allow: []ScriptEntry{
		{Package: "esbuild@^0.25.0", Hash: "sha256:bb", Reason: "re-approved"},
		{Package: "core-js", Reason: "changed our mind"},
	}}
	if diff := cmp.Diff(want, pol.Scripts, cmp.Comparer(func(a, b []ScriptEntry) bool { return cmp.Equal(len(a), len(b)) && (len(a) == 0 || cmp.Equal(a, b)) })); diff != "" {
		t.Errorf("scripts (-want +got):\n%s", diff)
	}
	if err := AddScriptEntry(p, ScriptAllow, ScriptEntry{Package: "Bad Name"}); err == nil {
		t.Error("bad package name accepted")
	}
}
