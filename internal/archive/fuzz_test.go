package archive

import (
	"archive/tar"
	"bytes"
	"context"
	"errors"
	"io/fs"
	"strings"
	"testing"
	"time"
)

// fuzzSeeds are small archives covering each code path; they run as
// ordinary tests too.
func fuzzSeeds(tb testing.TB) [][]byte {
	plain := tarball(tb, reg("package/package.json", `{"name":"a"}`))
	return [][]byte{
		tgz(tb, reg("package/package.json", `{"name":"a","version":"1.0.0"}`), reg("package/index.js", "module.exports=1")),
		tgz(tb, dir("package/lib/"), reg("package/lib/a.js", "a"), reg("package/lib/a.js", "b"), reg("package/LIB/c.js", "c")),
		tgz(tb, symlink("package/l", "../../x"), hardlink("package/h", "package/l"), reg("package/l/x", "x"), special("package/p", tar.TypeFifo)),
		tgz(tb, reg("../x", "x"), reg("/abs", "a"), reg("C:../d", "d"), reg(`package\..\w`, "w"), reg("package/caf\u00e9", "1"), reg("package/cafe\u0301", "2")),
		tgz(tb, ent{name: "package/pax.js", body: "p", pax: map[string]string{"comment": strings.Repeat("c", 300)}}),
		plain,
		append(tgz(tb, reg("package/a", "a")), "trailing"...),
		tgz(tb, reg("package/bin/cli", "#!/usr/bin/env node\n"+strings.Repeat("x", 600)), reg("package/bin/short", "#!"), reg("package/bin/native", "\x7fELF")),
		gz(tb, nil),
		{},
	}
}

func fuzzLimits() Limits {
	return Limits{MaxBytes: 1 << 20, MaxFileBytes: 256 << 10, MaxEntries: 1000, MaxDepth: 32, MaxRatio: 1000, Timeout: 5 * time.Second}
}

var sentinels = []error{ErrTooLarge, ErrTooManyEntries, ErrRatio, ErrTooDeep, ErrNotArchive, ErrTruncated, ErrTimeout, ErrMalformed}

func FuzzRead(f *testing.F) {
	for _, s := range fuzzSeeds(f) {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		lim := fuzzLimits()
		start := time.Now()
		afs, err := Read(context.Background(), bytes.NewReader(data), lim)
		if d := time.Since(start); d > 10*time.Second {
			t.Errorf("Read took %v", d)
		}
		if err != nil {
			if afs != nil {
				t.Fatalf("Read returned both an FS and error %v", err)
			}
			named := false
			for _, s := range sentinels {
				named = named || errors.Is(err, s)
			}
			if !named {
				t.Fatalf("Read error %v wraps no archive sentinel", err)
			}
			return
		}
		if afs.TotalBytes() < 0 {
			t.Fatalf("TotalBytes = %d", afs.TotalBytes())
		}
		var kept int64
		for _, p := range afs.Files() {
			if !fs.ValidPath(p) {
				t.Fatalf("Files() has invalid path %q", p)
			}
			st, err := afs.Stat(p)
			if err != nil || !st.Mode().IsRegular() {
				t.Fatalf("Stat(%q) = %v, %v; want a regular file", p, st, err)
			}
			b, err := afs.ReadFile(p)
			switch {
			case errors.Is(err, ErrTooLarge):
				if st.Size() <= lim.MaxFileBytes {
					t.Fatalf("%q is %d bytes but unreadable: %v", p, st.Size(), err)
				}
			case err != nil:
				t.Fatalf("ReadFile(%q): %v", p, err)
			case int64(len(b)) != st.Size():
				t.Fatalf("ReadFile(%q) has %d bytes, Stat says %d", p, len(b), st.Size())
			default:
				kept += int64(len(b))
			}
		}
		if kept > lim.MaxBytes {
			t.Fatalf("kept %d bytes, over the %d-byte limit", kept, lim.MaxBytes)
		}
		if afs.KeptBytes() != kept {
			t.Fatalf("KeptBytes = %d, readable files hold %d", afs.KeptBytes(), kept)
		}
		// The same archive keeping only .js files: the others keep their
		// head, the same bytes the full read has, and refuse to be read.
		rlim := lim
		rlim.Retain = func(name string) bool { return strings.HasSuffix(name, ".js") }
		rfs, err := Read(context.Background(), bytes.NewReader(data), rlim)
		if err != nil {
			t.Fatalf("Read with Retain failed where Read succeeded: %v", err)
		}
		for _, p := range rfs.Files() {
			full, ferr := afs.ReadFile(p)
			head, herr := rfs.Head(p, HeadBytes)
			if ferr == nil && (herr != nil || !bytes.HasPrefix(full, head) || len(head) != min(len(full), HeadBytes)) {
				t.Fatalf("Head(%q) = %d bytes, %v; full read has %d", p, len(head), herr, len(full))
			}
			if _, err := rfs.ReadFile(p); !strings.HasSuffix(p, ".js") && ferr == nil && !errors.Is(err, ErrNotRetained) {
				t.Fatalf("ReadFile(%q) of a file not retained: %v", p, err)
			}
		}
		if rfs.KeptBytes() > afs.KeptBytes() {
			t.Fatalf("retaining less kept more: %d > %d", rfs.KeptBytes(), afs.KeptBytes())
		}
		// Kept again by their first bytes ("#!"): those read back whole,
		// exactly as the full read has them.
		rlim.RetainHead = func(_ string, head []byte) bool { return bytes.HasPrefix(head, []byte("#!")) }
		hfs, err := Read(context.Background(), bytes.NewReader(data), rlim)
		if err != nil {
			t.Fatalf("Read with RetainHead failed where Read succeeded: %v", err)
		}
		for _, p := range hfs.Files() {
			full, ferr := afs.ReadFile(p)
			if ferr != nil || !bytes.HasPrefix(full, []byte("#!")) {
				continue
			}
			if got, err := hfs.ReadFile(p); err != nil || !bytes.Equal(got, full) {
				t.Fatalf("ReadFile(%q) of a file kept by its head = %d bytes, %v; full read has %d", p, len(got), err, len(full))
			}
		}
		if err := fs.WalkDir(afs, ".", func(string, fs.DirEntry, error) error { return nil }); err != nil {
			t.Fatalf("WalkDir: %v", err)
		}
		for k, n := range afs.AnomalyCounts() {
			if n <= 0 || k.String() == "" {
				t.Fatalf("AnomalyCounts has %v=%d", k, n)
			}
		}
	})
}
