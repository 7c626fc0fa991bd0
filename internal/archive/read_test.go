package archive

import (
	"archive/tar"
	"bytes"
	"context"
	"errors"
	"io"
	"io/fs"
	"strings"
	"testing"
	"testing/fstest"
	"testing/iotest"
	"time"

	"github.com/google/go-cmp/cmp"
)

func mustRead(t *testing.T, data []byte, lim Limits) *FS {
	t.Helper()
	f, err := Read(context.Background(), bytes.NewReader(data), lim)
	if err != nil {
		t.Fatalf("Read: %v", err)
	}
	return f
}

// kinds lists the anomaly kinds in order, for compact comparisons.
func kinds(f *FS) []string {
	var out []string
	for _, a := range f.Anomalies() {
		out = append(out, a.Kind.String())
	}
	return out
}

func contents(t *testing.T, f *FS) map[string]string {
	t.Helper()
	out := map[string]string{}
	for _, p := range f.Files() {
		b, err := f.ReadFile(p)
		if err != nil {
			t.Fatalf("ReadFile(%q): %v", p, err)
		}
		out[p] = string(b)
	}
	return out
}

func TestReadBasic(t *testing.T) {
	data := tgz(t,
		dir("package/"),
		reg("package/package.json", `{"name":"a","version":"1.0.0"}`),
		dir("package/lib/"),
		reg("package/lib/index.js", "module.exports = 1\n"),
		reg("package/lib/empty.js", ""),
		reg("package/README.md", "# a\n"),
	)
	f := mustRead(t, data, DefaultLimits())
	want := map[string]string{
		"README.md":    "# a\n",
		"lib/empty.js": "",
		"lib/index.js": "module.exports = 1\n",
		"package.json": `{"name":"a","version":"1.0.0"}`,
	}
	if diff := cmp.Diff(want, contents(t, f)); diff != "" {
		t.Errorf("contents (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff([]string{"README.md", "lib/empty.js", "lib/index.js", "package.json"}, f.Files()); diff != "" {
		t.Errorf("Files (-want +got):\n%s", diff)
	}
	if got := f.Anomalies(); len(got) != 0 {
		t.Errorf("Anomalies = %v, want none", got)
	}
	if got, want := f.TotalBytes(), int64(len(want["README.md"])+len(want["lib/index.js"])+len(want["package.json"])); got != want {
		t.Errorf("TotalBytes = %d, want %d", got, want)
	}
	if err := fstest.TestFS(f, "package.json", "lib/index.js", "lib/empty.js", "README.md"); err != nil {
		t.Errorf("fstest.TestFS: %v", err)
	}
	st, err := f.Stat("lib/index.js")
	if err != nil || st.Mode() != 0o644 || !st.ModTime().Equal(epoch) {
		t.Errorf("Stat(lib/index.js) = %v, %v; want mode 0644 at %v", st, err, epoch)
	}
	if _, err := f.ReadFile("../package.json"); !errors.Is(err, fs.ErrInvalid) {
		t.Errorf("ReadFile(../package.json) error = %v, want fs.ErrInvalid", err)
	}
	if _, err := f.ReadFile("missing"); !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("ReadFile(missing) error = %v, want fs.ErrNotExist", err)
	}
}

func TestReadPaths(t *testing.T) {
	tests := []struct {
		name      string
		entries   []ent
		files     map[string]string
		anomalies []string
	}{
		{
			name:      "dot_dot_escape",
			entries:   []ent{reg("package/../../etc/passwd", "x"), reg("package/ok.js", "ok")},
			files:     map[string]string{"ok.js": "ok"},
			anomalies: []string{"traversal"},
		},
		{
			name:      "dot_dot_inside",
			entries:   []ent{reg("package/a/../b.js", "x")},
			files:     map[string]string{},
			anomalies: []string{"traversal"},
		},
		{
			name:      "leading_dot_dot",
			entries:   []ent{reg("../x.js", "x")},
			files:     map[string]string{},
			anomalies: []string{"traversal"},
		},
		{
			name:      "backslash_dot_dot",
			entries:   []ent{reg(`package/..\..\x.js`, "x")},
			files:     map[string]string{},
			anomalies: []string{"bad-name", "traversal"},
		},
		{
			name:      "absolute_kept_like_npm",
			entries:   []ent{reg("/package/abs.js", "a")},
			files:     map[string]string{"abs.js": "a"},
			anomalies: []string{"absolute-path"},
		},
		{
			name:      "many_slashes",
			entries:   []ent{reg("////package//x.js", "a")},
			files:     map[string]string{"x.js": "a"},
			anomalies: []string{"absolute-path"},
		},
		{
			name:      "drive_relative",
			entries:   []ent{reg("C:../x.js", "a")},
			files:     map[string]string{},
			anomalies: []string{"drive-path", "traversal"},
		},
		{
			name:      "drive_absolute",
			entries:   []ent{reg("C:/package/x.js", "a")},
			files:     map[string]string{"x.js": "a"},
			anomalies: []string{"absolute-path", "drive-path"},
		},
		{
			name:      "unc_device",
			entries:   []ent{reg(`\\?\C:\package\x.js`, "a")},
			files:     map[string]string{},
			anomalies: []string{"bad-name", "absolute-path", "drive-path", "no-package-dir", "no-package-dir"},
		},
		{
			name:      "dot_segments",
			entries:   []ent{reg("./package/./lib/./a.js", "a")},
			files:     map[string]string{"lib/a.js": "a"},
			anomalies: nil,
		},
		{
			name:      "other_first_component",
			entries:   []ent{reg("node/index.js", "a"), reg("node/b.js", "b")},
			files:     map[string]string{"index.js": "a", "b.js": "b"},
			anomalies: []string{"no-package-dir"},
		},
		{
			name:      "top_level_file_dropped",
			entries:   []ent{reg("evil.js", "a"), reg("package/x.js", "x")},
			files:     map[string]string{"x.js": "x"},
			anomalies: []string{"no-package-dir", "no-package-dir"},
		},
		{
			name:      "bad_names",
			entries:   []ent{reg("package/a\xffb.js", "1"), reg("package/new\nline.js", "2"), reg(`package/win\name.js`, "3")},
			files:     map[string]string{"a\uFFFDb.js": "1", "new\nline.js": "2", `win\name.js`: "3"},
			anomalies: []string{"bad-name", "bad-name", "bad-name"},
		},
		{
			name:      "name_over_path_max",
			entries:   []ent{reg("package/"+strings.Repeat("n", 5000), "x"), reg("package/ok.js", "ok")},
			files:     map[string]string{"ok.js": "ok"},
			anomalies: []string{"bad-name"},
		},
		{
			name:      "duplicate_package_json_last_wins",
			entries:   []ent{reg("package/package.json", `{"name":"good"}`), reg("package/package.json", `{"name":"evil"}`)},
			files:     map[string]string{"package.json": `{"name":"evil"}`},
			anomalies: []string{"duplicate-entry"},
		},
		{
			name:      "duplicate_dirs_are_fine",
			entries:   []ent{dir("package/lib/"), dir("package/lib"), reg("package/lib/a.js", "a")},
			files:     map[string]string{"lib/a.js": "a"},
			anomalies: nil,
		},
		{
			name:      "file_then_dir",
			entries:   []ent{reg("package/a", "file"), reg("package/a/b.js", "b")},
			files:     map[string]string{"a/b.js": "b"},
			anomalies: []string{"duplicate-entry"},
		},
		{
			name:      "dir_then_file",
			entries:   []ent{reg("package/a/b.js", "b"), reg("package/a", "file")},
			files:     map[string]string{"a": "file"},
			anomalies: []string{"duplicate-entry"},
		},
		{
			name:      "case_collision",
			entries:   []ent{reg("package/README.md", "1"), reg("package/readme.md", "2")},
			files:     map[string]string{"README.md": "1", "readme.md": "2"},
			anomalies: []string{"case-collision"},
		},
		{
			name:      "case_collision_in_dir",
			entries:   []ent{reg("package/Lib/a.js", "1"), reg("package/lib/b.js", "2")},
			files:     map[string]string{"Lib/a.js": "1", "lib/b.js": "2"},
			anomalies: []string{"case-collision"},
		},
		{
			name:      "nfc_nfd_collision",
			entries:   []ent{reg("package/caf\u00e9.js", "nfc"), reg("package/cafe\u0301.js", "nfd")},
			files:     map[string]string{"caf\u00e9.js": "nfc", "cafe\u0301.js": "nfd"},
			anomalies: []string{"unicode-collision"},
		},
		{
			name:      "unicode_case_collision",
			entries:   []ent{reg("package/\u00c9.js", "1"), reg("package/e\u0301.js", "2")},
			files:     map[string]string{"\u00c9.js": "1", "e\u0301.js": "2"},
			anomalies: []string{"case-collision"},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			f := mustRead(t, tgz(t, tc.entries...), DefaultLimits())
			if diff := cmp.Diff(tc.files, contents(t, f)); diff != "" {
				t.Errorf("contents (-want +got):\n%s", diff)
			}
			if diff := cmp.Diff(tc.anomalies, kinds(f)); diff != "" {
				t.Errorf("anomalies (-want +got):\n%s\nall: %v", diff, f.Anomalies())
			}
		})
	}
}

func TestReadLinks(t *testing.T) {
	canary := t.TempDir() + "/canary"
	data := tgz(t,
		reg("package/package.json", "{}"),
		symlink("package/abs", canary),
		symlink("package/rel", "../../../etc/passwd"),
		symlink("package/inside", "lib/a.js"),
		hardlink("package/hard", "package/../../etc/shadow"),
		hardlink("package/hard2", "package/package.json"),
		symlink("package/lib", "/tmp"),
		reg("package/lib/a.js", "through the link"),
		reg("package/evil", "x"),
		symlink("package/evil", "/etc/passwd"),
	)
	f := mustRead(t, data, DefaultLimits())
	want := []Anomaly{
		{Symlink, "package/abs", `target "` + canary + `", outside the package`},
		{Symlink, "package/rel", `target "../../../etc/passwd", outside the package`},
		{Symlink, "package/inside", `target "lib/a.js"`},
		{Hardlink, "package/hard", `target "package/../../etc/shadow", outside the package`},
		{Hardlink, "package/hard2", `target "package/package.json"`},
		{Symlink, "package/lib", `target "/tmp", outside the package`},
		{Symlink, "package/lib/a.js", `path passes through link "lib" -> "/tmp"`},
		{DuplicateEntry, "package/lib/a.js", "directory \"lib\" replaces an earlier file"},
		{Symlink, "package/evil", `target "/etc/passwd", outside the package`},
		{DuplicateEntry, "package/evil", "link replaces earlier file"},
	}
	// The "lib" link is not in the tree, so creating lib/ replaces nothing.
	want = append(want[:7], want[8:]...)
	if diff := cmp.Diff(want, f.Anomalies()); diff != "" {
		t.Errorf("anomalies (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff(map[string]string{"package.json": "{}", "lib/a.js": "through the link"}, contents(t, f)); diff != "" {
		t.Errorf("contents (-want +got):\n%s", diff)
	}
	for _, p := range []string{"abs", "rel", "inside", "hard", "hard2", "evil"} {
		if _, err := f.Stat(p); !errors.Is(err, fs.ErrNotExist) {
			t.Errorf("Stat(%q) error = %v, want fs.ErrNotExist (links are never created)", p, err)
		}
	}
}

func TestReadSpecialFilesAndModes(t *testing.T) {
	data := tgz(t,
		special("package/fifo", tar.TypeFifo),
		special("package/tty", tar.TypeChar),
		special("package/disk", tar.TypeBlock),
		ent{name: "package/none.js", body: "0", mode: -1},
		ent{name: "package/all.js", body: "7", mode: 0o7777},
		ent{name: "package/dir0/", typ: tar.TypeDir, mode: -1},
		reg("package/dir0/in.js", "in"),
	)
	f := mustRead(t, data, DefaultLimits())
	if diff := cmp.Diff([]string{"special-file", "special-file", "special-file"}, kinds(f)); diff != "" {
		t.Errorf("anomalies (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff(map[string]string{"none.js": "0", "all.js": "7", "dir0/in.js": "in"}, contents(t, f)); diff != "" {
		t.Errorf("contents (-want +got):\n%s", diff)
	}
	for name, want := range map[string]fs.FileMode{"none.js": 0, "all.js": 0o777, "dir0": fs.ModeDir} {
		st, err := f.Stat(name)
		if err != nil || st.Mode() != want {
			t.Errorf("Stat(%q) = %v, %v; want mode %v", name, st, err, want)
		}
	}
}

func TestReadErrors(t *testing.T) {
	valid := tgz(t, reg("package/package.json", "{}"), reg("package/index.js", strings.Repeat("x", 5000)))
	plain := tarball(t, reg("package/package.json", strings.Repeat(" ", 2000)))
	tests := []struct {
		name string
		data []byte
		lim  Limits
		want error
	}{
		{"zero_bytes", nil, Limits{}, ErrNotArchive},
		{"gzip_of_nothing", gz(t, nil), Limits{}, ErrNotArchive},
		{"random_bytes", []byte("\x93\x11\x00random bytes that are not an archive at all"), Limits{}, ErrNotArchive},
		{"html", []byte("<!doctype html><html><body>502 Bad Gateway</body></html>"), Limits{}, ErrNotArchive},
		{"zip", []byte("PK\x03\x04\x14\x00\x00\x00\x08\x00" + strings.Repeat("\x00", 600)), Limits{}, ErrNotArchive},
		{"gzip_of_html", gz(t, []byte("<html>"+strings.Repeat("x", 2000)+"</html>")), Limits{}, ErrNotArchive},
		{"truncated_gzip_header", valid[:5], Limits{}, ErrTruncated},
		{"truncated_gzip_data", valid[:len(valid)/2], Limits{}, ErrTruncated},
		{"truncated_gzip_trailer", valid[:len(valid)-4], Limits{}, ErrTruncated},
		{"bad_crc", corruptCRC(valid), Limits{}, ErrMalformed},
		{"truncated_plain_tar", plain[:1000], Limits{}, ErrTruncated},
		{"damaged_member_after_end", append(bytes.Clone(valid), corruptCRC(gz(t, []byte("more")))...), Limits{}, ErrMalformed},
		{"declared_size_beyond_data", gz(t, append(rawHeader("package/a.js", tar.TypeReg, octal(1<<30)), make([]byte, 512)...)), Limits{}, ErrTruncated},
		{"negative_base256_size", gz(t, append(rawHeader("package/a.js", tar.TypeReg, append([]byte{0xff}, bytes.Repeat([]byte{0xff}, 11)...)), endOfArchive...)), Limits{}, ErrMalformed},
		{"gnu_sparse", gz(t, append(rawHeader("package/s", tar.TypeGNUSparse, octal(0)), endOfArchive...)), Limits{}, ErrMalformed},
		{"huge_pax_header", gz(t, append(append(rawHeader("PaxHeaders/x", tar.TypeXHeader, octal(2<<20)), make([]byte, 2<<20)...), endOfArchive...)), Limits{}, ErrMalformed},
		{"too_deep", tgz(t, reg("package/"+strings.Repeat("d/", 64)+"x.js", "x")), Limits{}, ErrTooDeep},
		{"too_many_entries", tgz(t, reg("package/a", ""), reg("package/b", ""), reg("package/c", "")), Limits{MaxEntries: 2}, ErrTooManyEntries},
		{"too_large", tgz(t, reg("package/a", strings.Repeat("a", 3000)), reg("package/b", strings.Repeat("b", 3000))), Limits{MaxBytes: 4096}, ErrTooLarge},
		{"timeout", valid, Limits{Timeout: time.Nanosecond}, ErrTimeout},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			f, err := Read(context.Background(), bytes.NewReader(tc.data), tc.lim)
			if !errors.Is(err, tc.want) {
				t.Fatalf("Read error = %v, want %v", err, tc.want)
			}
			if f != nil {
				t.Errorf("Read returned an FS with error %v", err)
			}
		})
	}
}

func corruptCRC(data []byte) []byte {
	out := bytes.Clone(data)
	out[len(out)-8] ^= 0xff
	return out
}

func TestReadCanceled(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	_, err := Read(ctx, bytes.NewReader(tgz(t, reg("package/a", "a"))), Limits{})
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("Read error = %v, want context.Canceled", err)
	}
}

func TestReadPlainTar(t *testing.T) {
	f := mustRead(t, tarball(t, reg("package/package.json", "{}")), Limits{})
	if diff := cmp.Diff([]string{"not-gzip"}, kinds(f)); diff != "" {
		t.Errorf("anomalies (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff(map[string]string{"package.json": "{}"}, contents(t, f)); diff != "" {
		t.Errorf("contents (-want +got):\n%s", diff)
	}
}

func TestReadTrailingData(t *testing.T) {
	tar1 := tarball(t, reg("package/package.json", "{}"))
	half := len(tar1) / 2
	tests := []struct {
		name      string
		data      []byte
		anomalies []string
	}{
		{"garbage_after_gzip", append(gz(t, tar1), "garbage"...), []string{"trailing-data"}},
		{"zero_after_gzip", append(gz(t, tar1), 0, 0, 0), []string{"trailing-data"}},
		{"nonzero_after_tar_end", gz(t, append(bytes.Clone(tar1), "hidden payload"...)), []string{"trailing-data"}},
		{"zero_padding_after_tar_end", gz(t, append(bytes.Clone(tar1), make([]byte, 4096)...)), nil},
		{"concatenated_members", append(gz(t, tar1[:half]), gz(t, tar1[half:])...), nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			f := mustRead(t, tc.data, Limits{})
			if diff := cmp.Diff(tc.anomalies, kinds(f)); diff != "" {
				t.Errorf("anomalies (-want +got):\n%s", diff)
			}
			if diff := cmp.Diff(map[string]string{"package.json": "{}"}, contents(t, f)); diff != "" {
				t.Errorf("contents (-want +got):\n%s", diff)
			}
		})
	}
}

func TestReadLongGzipName(t *testing.T) {
	// npm (zlib) accepts gzip file names longer than Go's 512-byte limit.
	data := tgz(t, reg("package/package.json", "{}"))
	hdr := []byte{0x1f, 0x8b, 8, 0x08 | 0x10, 0, 0, 0, 0, 0, 3}
	long := append(append(bytes.Clone(hdr), strings.Repeat("n", 4000)+"\x00"+strings.Repeat("c", 3000)+"\x00"...), data[10:]...)
	f := mustRead(t, long, Limits{})
	if diff := cmp.Diff(map[string]string{"package.json": "{}"}, contents(t, f)); diff != "" {
		t.Errorf("contents (-want +got):\n%s", diff)
	}
}

func TestReadDeepPathBeyondNpm(t *testing.T) {
	deep := "package/" + strings.Repeat("d/", npmMaxDepth) + "x.js"
	f := mustRead(t, tgz(t, reg(deep, "x"), reg("package/ok.js", "ok")), Limits{MaxDepth: 2000})
	if diff := cmp.Diff([]string{"deep-path"}, kinds(f)); diff != "" {
		t.Errorf("anomalies (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff([]string{"ok.js"}, f.Files()); diff != "" {
		t.Errorf("Files (-want +got):\n%s", diff)
	}
}

func TestReadLargeFile(t *testing.T) {
	data := tgz(t, reg("package/big.bin", strings.Repeat("b", 5000)), reg("package/small.js", "s"), reg("package/edge.js", strings.Repeat("e", 4096)))
	f := mustRead(t, data, Limits{MaxFileBytes: 4096})
	if diff := cmp.Diff([]Anomaly{{LargeFile, "package/big.bin", "5000 bytes, limit 4096"}}, f.Anomalies()); diff != "" {
		t.Errorf("anomalies (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff([]string{"big.bin", "edge.js", "small.js"}, f.Files()); diff != "" {
		t.Errorf("Files (-want +got):\n%s", diff)
	}
	if _, err := f.ReadFile("big.bin"); !errors.Is(err, ErrTooLarge) {
		t.Errorf("ReadFile(big.bin) error = %v, want ErrTooLarge", err)
	}
	st, err := f.Stat("big.bin")
	if err != nil || st.Size() != 5000 {
		t.Errorf("Stat(big.bin) = %v, %v; want size 5000", st, err)
	}
	if got := f.TotalBytes(); got != 5000+1+4096 {
		t.Errorf("TotalBytes = %d, want %d", got, 5000+1+4096)
	}
}

func TestAnomaliesCapped(t *testing.T) {
	var entries []ent
	for range maxAnomaliesPerKind + 10 {
		entries = append(entries, special("package/fifo", tar.TypeFifo))
	}
	f := mustRead(t, tgz(t, entries...), Limits{})
	if got := len(f.Anomalies()); got != maxAnomaliesPerKind {
		t.Errorf("len(Anomalies) = %d, want %d", got, maxAnomaliesPerKind)
	}
	if got := f.AnomalyCounts()[SpecialFile]; got != maxAnomaliesPerKind+10 {
		t.Errorf("AnomalyCounts[SpecialFile] = %d, want %d", got, maxAnomaliesPerKind+10)
	}
}

func TestReadData(t *testing.T) {
	tests := []struct {
		name        string
		size        int
		hint, limit int64
		omitted     bool
	}{
		{"empty", 0, 0, 100, false},
		{"exact_hint", 50, 50, 100, false},
		{"hint_too_small", 300000, 10, 1 << 20, false},
		{"hint_zero", 200000, 0, 1 << 20, false},
		{"hint_too_large", 5, 90, 100, false},
		{"at_limit", 100, 0, 100, false},
		{"over_limit", 101, 0, 100, true},
		{"over_limit_big", 1 << 20, 64, 1000, true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			in := bytes.Repeat([]byte("z"), tc.size)
			data, size, omitted, err := readData(iotest.OneByteReader(bytes.NewReader(in)), tc.hint, tc.limit)
			if err != nil {
				t.Fatal(err)
			}
			if size != int64(tc.size) || omitted != tc.omitted {
				t.Errorf("readData = size %d omitted %v; want %d %v", size, omitted, tc.size, tc.omitted)
			}
			if !omitted && !bytes.Equal(data, in) {
				t.Errorf("readData returned %d bytes, want %d", len(data), len(in))
			}
			if !omitted && tc.size > 0 && cap(data) <= len(data) {
				t.Errorf("readData: cap %d = len %d, want a spare byte for the parser's NUL", cap(data), len(data))
			}
		})
	}
}

func TestReadInputError(t *testing.T) {
	boom := errors.New("connection reset")
	data := tgz(t, reg("package/a", strings.Repeat("a", 100000)))
	for _, n := range []int{0, 100, len(data) / 2} {
		r := io.MultiReader(bytes.NewReader(data[:n]), iotest.ErrReader(boom))
		if _, err := Read(context.Background(), r, Limits{}); !errors.Is(err, boom) {
			t.Errorf("after %d bytes: Read error = %v, want the input's error", n, err)
		}
	}
}

// Files Limits.Retain rejects stay listed with their real size and first
// bytes; their content cannot be read, and kept files are untouched. Read
// and FromDir agree.
func TestRetain(t *testing.T) {
	const code = "require('x')"
	big := "\x7fELF" + strings.Repeat("x", 4000)
	lim := DefaultLimits()
	lim.Retain = func(name string) bool { return strings.HasSuffix(name, ".js") }
	read := func() (*FS, error) {
		return Read(context.Background(), bytes.NewReader(tgz(t, reg("package/index.js", code), reg("package/bin/tool", big))), lim)
	}
	fromDir := func() (*FS, error) {
		return FromDir(fstest.MapFS{"index.js": {Data: []byte(code)}, "bin/tool": {Data: []byte(big)}}, lim)
	}
	for name, open := range map[string]func() (*FS, error){"Read": read, "FromDir": fromDir} {
		t.Run(name, func(t *testing.T) {
			fsys, err := open()
			if err != nil {
				t.Fatal(err)
			}
			if b, err := fsys.ReadFile("index.js"); err != nil || string(b) != code {
				t.Errorf("ReadFile(index.js) = %q, %v", b, err)
			}
			if _, err := fsys.ReadFile("bin/tool"); !errors.Is(err, ErrNotRetained) {
				t.Errorf("ReadFile(bin/tool) error = %v, want ErrNotRetained", err)
			}
			if _, err := fs.ReadFile(fsys, "bin/tool"); !errors.Is(err, ErrNotRetained) {
				t.Errorf("fs.ReadFile(bin/tool) error = %v, want ErrNotRetained", err)
			}
			if info, err := fs.Stat(fsys, "bin/tool"); err != nil || info.Size() != int64(len(big)) {
				t.Errorf("Stat(bin/tool) = %v, %v; want size %d", info, err, len(big))
			}
			if h, err := fsys.Head("bin/tool", 4); err != nil || string(h) != "\x7fELF" {
				t.Errorf("Head(bin/tool, 4) = %q, %v", h, err)
			}
			if h, err := fsys.Head("bin/tool", 10000); err != nil || string(h) != big[:HeadBytes] {
				t.Errorf("Head(bin/tool, 10000) = %d bytes, %v; want the first %d", len(h), err, HeadBytes)
			}
			if fsys.TotalBytes() != int64(len(big)+len(code)) || fsys.KeptBytes() != int64(HeadBytes+len(code)) {
				t.Errorf("TotalBytes %d, KeptBytes %d; want %d and %d", fsys.TotalBytes(), fsys.KeptBytes(), len(big)+len(code), HeadBytes+len(code))
			}
		})
	}
}

// Limits.RetainHead keeps, by its first bytes, a file Retain rejects: the
// whole file then reads back, however long; files it rejects stay heads.
// Read and FromDir agree.
func TestRetainHead(t *testing.T) {
	script := "#!/usr/bin/env node\n" + strings.Repeat("// padding past the head\n", 100) + "require('child_process')"
	big := "\x7fELF" + strings.Repeat("x", 4000)
	lim := DefaultLimits()
	lim.Retain = func(name string) bool { return strings.HasSuffix(name, ".js") }
	lim.RetainHead = func(name string, head []byte) bool { return bytes.HasPrefix(head, []byte("#!")) }
	read := func() (*FS, error) {
		return Read(context.Background(), bytes.NewReader(tgz(t, reg("package/bin/cli", script), reg("package/bin/tool", big))), lim)
	}
	fromDir := func() (*FS, error) {
		return FromDir(fstest.MapFS{"bin/cli": {Data: []byte(script)}, "bin/tool": {Data: []byte(big)}}, lim)
	}
	for name, open := range map[string]func() (*FS, error){"Read": read, "FromDir": fromDir} {
		t.Run(name, func(t *testing.T) {
			fsys, err := open()
			if err != nil {
				t.Fatal(err)
			}
			if b, err := fsys.ReadFile("bin/cli"); err != nil || string(b) != script {
				t.Errorf("ReadFile(bin/cli) = %d bytes, %v; want all %d", len(b), err, len(script))
			}
			if _, err := fsys.ReadFile("bin/tool"); !errors.Is(err, ErrNotRetained) {
				t.Errorf("ReadFile(bin/tool) error = %v, want ErrNotRetained", err)
			}
			if fsys.TotalBytes() != int64(len(big)+len(script)) || fsys.KeptBytes() != int64(HeadBytes+len(script)) {
				t.Errorf("TotalBytes %d, KeptBytes %d; want %d and %d", fsys.TotalBytes(), fsys.KeptBytes(), len(big)+len(script), HeadBytes+len(script))
			}
		})
	}
}
