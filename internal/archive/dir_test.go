package archive

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"testing/fstest"

	"github.com/google/go-cmp/cmp"
)

func writeFiles(t *testing.T, root string, files map[string]string) {
	t.Helper()
	for name, body := range files {
		p := filepath.Join(root, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

func TestFromDir(t *testing.T) {
	root := t.TempDir()
	outside := t.TempDir()
	writeFiles(t, outside, map[string]string{"secret.txt": "canary"})
	writeFiles(t, root, map[string]string{
		"package.json": `{"name":"a"}`,
		"lib/index.js": "x",
		"big.bin":      strings.Repeat("b", 100),
	})
	if err := os.Symlink(filepath.Join(outside, "secret.txt"), filepath.Join(root, "leak")); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink(outside, filepath.Join(root, "linkdir")); err != nil {
		t.Fatal(err)
	}
	fifo := true
	if err := syscall.Mkfifo(filepath.Join(root, "pipe"), 0o644); err != nil {
		t.Logf("no FIFO support: %v", err)
		fifo = false
	}
	f, err := FromDir(os.DirFS(root), Limits{MaxFileBytes: 50})
	if err != nil {
		t.Fatalf("FromDir: %v", err)
	}
	if diff := cmp.Diff(map[string]string{"package.json": `{"name":"a"}`, "lib/index.js": "x"}, readable(t, f)); diff != "" {
		t.Errorf("contents (-want +got):\n%s", diff)
	}
	want := []Anomaly{
		{LargeFile, "big.bin", "100 bytes, limit 50"},
		{Symlink, "leak", `target "` + filepath.Join(outside, "secret.txt") + `", outside the package`},
		{Symlink, "linkdir", `target "` + outside + `", outside the package`},
	}
	if fifo {
		want = append(want, Anomaly{SpecialFile, "pipe", "p---------"})
	}
	if diff := cmp.Diff(want, f.Anomalies()); diff != "" {
		t.Errorf("anomalies (-want +got):\n%s", diff)
	}
	full, err := FromDir(os.DirFS(root), Limits{})
	if err != nil {
		t.Fatalf("FromDir: %v", err)
	}
	if err := fstest.TestFS(full, "package.json", "lib/index.js", "big.bin"); err != nil {
		t.Errorf("fstest.TestFS: %v", err)
	}
}

// readable returns the contents of the files that can be read.
func readable(t *testing.T, f *FS) map[string]string {
	t.Helper()
	out := map[string]string{}
	for _, p := range f.Files() {
		if b, err := f.ReadFile(p); err == nil {
			out[p] = string(b)
		} else if !errors.Is(err, ErrTooLarge) {
			t.Errorf("ReadFile(%q): %v", p, err)
		}
	}
	return out
}

func TestFromDirLimits(t *testing.T) {
	tests := []struct {
		name  string
		files map[string]string
		lim   Limits
		want  error
	}{
		{"entries", map[string]string{"a": "", "b": "", "c": ""}, Limits{MaxEntries: 2}, ErrTooManyEntries},
		{"bytes", map[string]string{"a": strings.Repeat("a", 60), "b": strings.Repeat("b", 60)}, Limits{MaxBytes: 100}, ErrTooLarge},
		{"depth", map[string]string{"a/b/c/d.js": ""}, Limits{MaxDepth: 3}, ErrTooDeep},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			root := t.TempDir()
			writeFiles(t, root, tc.files)
			if _, err := FromDir(os.DirFS(root), tc.lim); !errors.Is(err, tc.want) {
				t.Fatalf("FromDir error = %v, want %v", err, tc.want)
			}
		})
	}
}
