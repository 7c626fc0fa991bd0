package cli

import (
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"

	"github.com/depfence/depfence/internal/depgraph"
)

func TestPlatformFlag(t *testing.T) {
	for _, tt := range []struct {
		flag    string
		want    depgraph.Platform
		wantErr string
	}{
		{"all", depgraph.Platform{}, ""},
		{"", depgraph.Platform{}, ""},
		{"darwin/arm64", depgraph.Platform{OS: "darwin", CPU: "arm64"}, ""},
		{"linux/x64/musl", depgraph.Platform{OS: "linux", CPU: "x64", Libc: "musl"}, ""},
		{"win32/x64/glibc", depgraph.Platform{}, "only for linux"},
		{"linux", depgraph.Platform{}, "OS/ARCH"},
		{"linux//glibc", depgraph.Platform{}, "OS/ARCH"},
		{"linux/x64/glibc/extra", depgraph.Platform{}, "OS/ARCH"},
	} {
		n := &netFlags{platform: tt.flag}
		got, err := n.npmPlatform()
		if tt.wantErr != "" {
			if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
				t.Errorf("%q: err %v, want one about %q", tt.flag, err, tt.wantErr)
			}
			continue
		}
		if err != nil || got != tt.want {
			t.Errorf("%q = %+v, %v; want %+v", tt.flag, got, err, tt.want)
		}
	}
	n := &netFlags{platform: "current"}
	got, err := n.npmPlatform()
	if err != nil || got.OS != npmOS(runtime.GOOS) || got.CPU != npmArch(runtime.GOARCH) {
		t.Errorf("current = %+v, %v", got, err)
	}
}

func TestHostLibc(t *testing.T) {
	write := func(t *testing.T, path, body string) {
		t.Helper()
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	for _, tt := range []struct {
		name  string
		files map[string]string
		os    string
		want  string
	}{
		{"glibc ldd", map[string]string{"usr/bin/ldd": "#! /bin/bash\n# This file is part of the GNU C Library.\n"}, "linux", "glibc"},
		{"musl ldd", map[string]string{"usr/bin/ldd": "#!/bin/sh\nexec /lib/ld-musl-x86_64.so.1 --list \"$@\"\n"}, "linux", "musl"},
		{"musl loader only", map[string]string{"lib/ld-musl-aarch64.so.1": ""}, "linux", "musl"},
		{"glibc loader only", map[string]string{"lib/x86_64-linux-gnu/ld-linux-x86-64.so.2": ""}, "linux", "glibc"},
		{"glibc lib64 loader", map[string]string{"lib64/ld-linux-x86-64.so.2": ""}, "linux", "glibc"},
		{"unknown", map[string]string{"usr/bin/ldd": "#!/bin/sh\n"}, "linux", ""},
		{"not linux", map[string]string{"usr/bin/ldd": "GNU C Library"}, "darwin", ""},
	} {
		t.Run(tt.name, func(t *testing.T) {
			root := t.TempDir()
			for p, body := range tt.files {
				write(t, filepath.Join(root, p), body)
			}
			if got := hostLibc(tt.os, filepath.Join(root, "usr/bin/ldd"), filepath.Join(root, "lib")); got != tt.want {
				t.Errorf("hostLibc = %q, want %q", got, tt.want)
			}
		})
	}
}
