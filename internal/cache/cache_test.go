package cache

import (
	"crypto/sha1"
	"crypto/sha256"
	"crypto/sha512"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/depfence/depfence/internal/npm"
	"github.com/google/go-cmp/cmp"
)

func open(t *testing.T) *Store {
	t.Helper()
	s, err := Open(filepath.Join(t.TempDir(), "cache"))
	if err != nil {
		t.Fatalf("Open: %v", err)
	}
	return s
}

func sri(t testing.TB, data []byte, algos ...npm.Algorithm) npm.Integrity {
	t.Helper()
	var i npm.Integrity
	for _, a := range algos {
		var d []byte
		switch a {
		case npm.SHA1:
			s := sha1.Sum(data)
			d = s[:]
		case npm.SHA256:
			s := sha256.Sum256(data)
			d = s[:]
		case npm.SHA512:
			s := sha512.Sum512(data)
			d = s[:]
		}
		i.Hashes = append(i.Hashes, npm.Hash{Algorithm: a, Digest: d})
	}
	return i
}

func TestTarballRoundTrip(t *testing.T) {
	s := open(t)
	data := []byte("tarball bytes")
	both := sri(t, data, npm.SHA512, npm.SHA1)
	if _, err := s.Tarball(both); !errors.Is(err, ErrMiss) {
		t.Fatalf("Tarball before Put error = %v, want ErrMiss", err)
	}
	if err := s.PutTarball(both, data); err != nil {
		t.Fatalf("PutTarball: %v", err)
	}
	for name, i := range map[string]npm.Integrity{"sha512+sha1": both, "sha512": sri(t, data, npm.SHA512), "sha1_alias": sri(t, data, npm.SHA1)} {
		got, err := s.Tarball(i)
		if err != nil || string(got) != string(data) {
			t.Errorf("Tarball(%s) = %q, %v; want %q", name, got, err, data)
		}
	}
	if _, err := s.Tarball(sri(t, data, npm.SHA256)); !errors.Is(err, ErrMiss) {
		t.Errorf("Tarball(sha256 never stored) error = %v, want ErrMiss", err)
	}
	// Storing twice is fine and idempotent.
	if err := s.PutTarball(both, data); err != nil {
		t.Fatalf("second PutTarball: %v", err)
	}
	st, err := s.Info()
	if err != nil {
		t.Fatal(err)
	}
	if st.Tarballs.Entries != 1 || st.Tarballs.Bytes != int64(len(data))+128 {
		t.Errorf("Info().Tarballs = %+v, want 1 entry of %d bytes + a 128-byte alias", st.Tarballs, len(data))
	}
}

func TestPutTarballVerifies(t *testing.T) {
	s := open(t)
	data := []byte("real")
	if err := s.PutTarball(sri(t, []byte("other"), npm.SHA512), data); !errors.Is(err, ErrIntegrity) {
		t.Fatalf("PutTarball with wrong integrity error = %v, want ErrIntegrity", err)
	}
	if err := s.PutTarball(npm.Integrity{}, data); !errors.Is(err, ErrIntegrity) {
		t.Fatalf("PutTarball with empty integrity error = %v, want ErrIntegrity", err)
	}
	// A wrong weak hash next to a right strong one gets no alias.
	mixed := sri(t, data, npm.SHA512)
	mixed.Hashes = append(mixed.Hashes, sri(t, []byte("other"), npm.SHA1).Hashes...)
	if err := s.PutTarball(mixed, data); err != nil {
		t.Fatalf("PutTarball: %v", err)
	}
	if _, err := s.Tarball(sri(t, []byte("other"), npm.SHA1)); !errors.Is(err, ErrMiss) {
		t.Errorf("Tarball(wrong sha1) error = %v, want ErrMiss", err)
	}
	st, _ := s.Info()
	if diff := cmp.Diff(Usage{}, st.Temp); diff != "" {
		t.Errorf("temp files left (-want +got):\n%s", diff)
	}
}

func TestTarballCorruptionDetected(t *testing.T) {
	s := open(t)
	data := []byte("good content")
	i := sri(t, data, npm.SHA512, npm.SHA1)
	if err := s.PutTarball(i, data); err != nil {
		t.Fatal(err)
	}
	sum := sha512.Sum512(data)
	content := s.tarballPath(npm.SHA512, sum[:])
	if err := os.WriteFile(content, []byte("evil content"), 0o600); err != nil {
		t.Fatal(err)
	}
	if _, err := s.Tarball(sri(t, data, npm.SHA1)); !errors.Is(err, ErrMiss) || !strings.Contains(err.Error(), "damaged") {
		t.Fatalf("Tarball of corrupted entry error = %v, want a damaged-entry ErrMiss", err)
	}
	if _, err := os.Stat(content); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("corrupted entry still present: %v", err)
	}
	// Re-storing repairs it.
	if err := s.PutTarball(i, data); err != nil {
		t.Fatal(err)
	}
	if got, err := s.Tarball(i); err != nil || string(got) != string(data) {
		t.Errorf("Tarball after repair = %q, %v", got, err)
	}
	// A damaged alias is removed too.
	alias := s.tarballPath(npm.SHA1, i.Hashes[1].Digest)
	os.WriteFile(alias, []byte("zz"), 0o600)
	if _, err := s.Tarball(sri(t, data, npm.SHA1)); !errors.Is(err, ErrMiss) {
		t.Fatalf("Tarball via damaged alias error = %v, want ErrMiss", err)
	}
	if _, err := os.Stat(alias); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("damaged alias still present: %v", err)
	}
}

func TestPackumentRoundTrip(t *testing.T) {
	clock := time.Date(2026, 12, 4, 10, 0, 0, 0, time.UTC)
	s, err := Open(filepath.Join(t.TempDir(), "c"), WithClock(func() time.Time { return clock }))
	if err != nil {
		t.Fatal(err)
	}
	const reg = "https://user:s3cr3t-canary@registry.example/"
	if _, err := s.Packument(reg, "left-pad"); !errors.Is(err, ErrMiss) {
		t.Fatalf("Packument before Put error = %v, want ErrMiss", err)
	}
	if _, _, _, ok := s.Get(reg, "left-pad"); ok {
		t.Fatal("Get before Put: ok = true")
	}
	if err := s.Put(reg, "left-pad", []byte(`{"name":"left-pad"}`), `W/"abc"`, "Tue, 01 Dec 2026 00:00:00 GMT"); err != nil {
		t.Fatal(err)
	}
	want := Entry{Body: []byte(`{"name":"left-pad"}`), ETag: `W/"abc"`, LastModified: "Tue, 01 Dec 2026 00:00:00 GMT", FetchedAt: clock}
	got, err := s.Packument("https://user:s3cr3t-canary@registry.example", "left-pad")
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Packument (-want +got):\n%s", diff)
	}
	body, etag, lm, ok := s.Get(reg, "left-pad")
	if !ok || string(body) != string(want.Body) || etag != want.ETag || lm != want.LastModified {
		t.Errorf("Get = %q, %q, %q, %v", body, etag, lm, ok)
	}
	// Other registries and names are other keys.
	if _, err := s.Packument("https://other.example/", "left-pad"); !errors.Is(err, ErrMiss) {
		t.Errorf("Packument(other registry) error = %v, want ErrMiss", err)
	}
	// Last writer wins.
	if err := s.PutPackument(reg, "left-pad", Entry{Body: []byte("{}"), ETag: "2"}); err != nil {
		t.Fatal(err)
	}
	if got, _ := s.Packument(reg, "left-pad"); got.ETag != "2" || string(got.Body) != "{}" {
		t.Errorf("after overwrite Packument = %+v", got)
	}
	// The credential never reaches the disk.
	filepath.WalkDir(s.Dir(), func(p string, d os.DirEntry, err error) error {
		if err == nil && d.Type().IsRegular() {
			if b, _ := os.ReadFile(p); strings.Contains(string(b), "s3cr3t-canary") {
				t.Errorf("%s contains the registry credential", p)
			}
		}
		return nil
	})
}

func TestFramedCorruption(t *testing.T) {
	tests := []struct {
		name   string
		damage func([]byte) []byte
	}{
		{"flipped_body_byte", func(b []byte) []byte { b[len(b)-1] ^= 1; return b }},
		{"truncated", func(b []byte) []byte { return b[:len(b)-3] }},
		{"no_header", func(b []byte) []byte { return []byte("garbage") }},
		{"empty", func([]byte) []byte { return nil }},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			s := open(t)
			if err := s.PutResult("k1", []byte("result data")); err != nil {
				t.Fatal(err)
			}
			p := keyPath(s.dir, nsResults, "k1")
			b, _ := os.ReadFile(p)
			os.WriteFile(p, tc.damage(b), 0o600)
			if _, err := s.Result("k1"); !errors.Is(err, ErrMiss) {
				t.Fatalf("Result of damaged entry error = %v, want ErrMiss", err)
			}
			if _, err := os.Stat(p); !errors.Is(err, os.ErrNotExist) {
				t.Errorf("damaged entry still present: %v", err)
			}
		})
	}
}

func TestResultRoundTrip(t *testing.T) {
	s := open(t)
	if _, err := s.Result("sha512-x|analyzer@1"); !errors.Is(err, ErrMiss) {
		t.Fatalf("Result before Put error = %v, want ErrMiss", err)
	}
	for _, data := range [][]byte{[]byte(`{"findings":[]}`), {}, []byte("line1\nline2\n")} {
		if err := s.PutResult("sha512-x|analyzer@1", data); err != nil {
			t.Fatal(err)
		}
		got, err := s.Result("sha512-x|analyzer@1")
		if err != nil || string(got) != string(data) {
			t.Errorf("Result = %q, %v; want %q", got, err, data)
		}
	}
}

func TestOpenRefusesForeignDir(t *testing.T) {
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "thesis.tex"), []byte("precious"), 0o600)
	if _, err := Open(dir); !errors.Is(err, ErrNotCache) {
		t.Fatalf("Open(non-empty foreign dir) error = %v, want ErrNotCache", err)
	}
	// Another tool's cache (a CACHEDIR.TAG not written by depfence) too.
	other := t.TempDir()
	os.WriteFile(filepath.Join(other, TagName), []byte(tagSignature+"\n# created by othertool\n"), 0o600)
	os.WriteFile(filepath.Join(other, "blob"), []byte("x"), 0o600)
	if _, err := Open(other); !errors.Is(err, ErrNotCache) {
		t.Fatalf("Open(other tool's cache) error = %v, want ErrNotCache", err)
	}
	// An existing empty directory is initialised.
	empty := t.TempDir()
	if _, err := Open(empty); err != nil {
		t.Fatalf("Open(empty dir): %v", err)
	}
	if b, err := os.ReadFile(filepath.Join(empty, TagName)); err != nil || !strings.HasPrefix(string(b), tagSignature) {
		t.Errorf("tag = %q, %v", b, err)
	}
	// Reopening works.
	if _, err := Open(empty); err != nil {
		t.Fatalf("reopen: %v", err)
	}
}

func TestClean(t *testing.T) {
	s := open(t)
	data := []byte("x")
	s.PutTarball(sri(t, data, npm.SHA512), data)
	s.PutPackument("https://r/", "a", Entry{Body: []byte("{}")})
	s.PutResult("k", []byte("r"))
	keep := filepath.Join(s.Dir(), "not-ours.txt")
	os.WriteFile(keep, []byte("keep me"), 0o600)
	if err := s.Clean(); err != nil {
		t.Fatalf("Clean: %v", err)
	}
	st, err := s.Info()
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(Stats{Dir: s.Dir()}, st); diff != "" {
		t.Errorf("Info after Clean (-want +got):\n%s", diff)
	}
	if _, err := os.Stat(keep); err != nil {
		t.Errorf("Clean removed a file it does not own: %v", err)
	}
	// Still usable.
	if err := s.PutResult("k", []byte("r")); err != nil {
		t.Fatalf("PutResult after Clean: %v", err)
	}
	// Clean refuses once the tag is gone (the directory is no longer
	// recognisably ours).
	os.Remove(filepath.Join(s.Dir(), TagName))
	if err := s.Clean(); !errors.Is(err, ErrNotCache) {
		t.Fatalf("Clean without tag error = %v, want ErrNotCache", err)
	}
	if _, err := s.Result("k"); err != nil {
		t.Errorf("refused Clean removed entries: %v", err)
	}
}

func TestStaleTempFiles(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "c")
	s, err := Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	// A write killed half-way leaves only a temp file: not an entry.
	tmp := filepath.Join(dir, nsTmp)
	os.MkdirAll(tmp, 0o700)
	fresh := filepath.Join(tmp, "w-fresh")
	stale := filepath.Join(tmp, "w-stale")
	os.WriteFile(fresh, []byte("partial"), 0o600)
	os.WriteFile(stale, []byte("partial"), 0o600)
	old := time.Now().Add(-2 * time.Hour)
	os.Chtimes(stale, old, old)
	st, _ := s.Info()
	if st.Tarballs.Entries+st.Packuments.Entries+st.Results.Entries != 0 || st.Temp.Entries != 2 {
		t.Errorf("Info = %+v, want no entries and 2 temp files", st)
	}
	if _, err := Open(dir); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(stale); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("stale temp file survived Open: %v", err)
	}
	if _, err := os.Stat(fresh); err != nil {
		t.Errorf("fresh temp file (maybe a live writer's) removed: %v", err)
	}
}

func TestConcurrentGoroutines(t *testing.T) {
	s := open(t)
	var wg sync.WaitGroup
	for g := range 8 {
		wg.Go(func() {
			for i := range 50 {
				data := []byte(fmt.Sprintf("tarball %d", i%10))
				in := sri(t, data, npm.SHA512)
				if err := s.PutTarball(in, data); err != nil {
					t.Errorf("PutTarball: %v", err)
				}
				if got, err := s.Tarball(in); err != nil || string(got) != string(data) {
					t.Errorf("Tarball = %q, %v", got, err)
				}
				body := []byte(fmt.Sprintf(`{"writer":%d,"i":%d}`, g, i))
				if err := s.Put("https://r/", fmt.Sprint("p", i%5), body, "", ""); err != nil {
					t.Errorf("Put: %v", err)
				}
				if _, _, _, ok := s.Get("https://r/", fmt.Sprint("p", i%5)); !ok {
					t.Errorf("Get after Put: miss")
				}
			}
		})
	}
	wg.Wait()
	st, err := s.Info()
	if err != nil {
		t.Fatal(err)
	}
	if st.Tarballs.Entries != 10 || st.Packuments.Entries != 5 || st.Temp.Entries != 0 {
		t.Errorf("Info = %+v, want 10 tarballs, 5 packuments, no temp files", st)
	}
}

const helperEnv = "DEPFENCE_CACHE_TEST_HELPER"

// TestHelperProcess is not a real test: other tests run the test binary
// again with helperEnv set to make it a cache-writing process.
func TestHelperProcess(t *testing.T) {
	spec := os.Getenv(helperEnv)
	if spec == "" {
		t.Skip("helper process only")
	}
	dir, rounds, _ := strings.Cut(spec, "|")
	n, _ := strconv.Atoi(rounds)
	s, err := Open(dir)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(2)
	}
	for i := 0; n <= 0 || i < n; i++ {
		data := helperTarball(i % 20)
		in := sri(t, data, npm.SHA512)
		if err := s.PutTarball(in, data); err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(3)
		}
		if got, err := s.Tarball(in); err != nil || len(got) != len(data) {
			fmt.Fprintln(os.Stderr, "read back:", err)
			os.Exit(4)
		}
		if err := s.Put("https://r/", fmt.Sprint("p", i%7), helperTarball(i), "e", ""); err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(5)
		}
		if err := s.PutResult(fmt.Sprint("k", i%7), helperTarball(i)); err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(6)
		}
	}
	os.Exit(0)
}

// helperTarball is deterministic content of a few hundred KiB.
func helperTarball(i int) []byte {
	return []byte(strings.Repeat(fmt.Sprintf("content %d ", i), 20000+i*100))
}

func helper(t *testing.T, dir string, rounds int) *exec.Cmd {
	t.Helper()
	cmd := exec.Command(os.Args[0], "-test.run=^TestHelperProcess$")
	cmd.Env = append(os.Environ(), helperEnv+"="+dir+"|"+strconv.Itoa(rounds))
	cmd.Stderr = os.Stderr
	if err := cmd.Start(); err != nil {
		t.Fatalf("start helper: %v", err)
	}
	return cmd
}

// checkAll reads every entry the helpers may have written and fails on
// anything damaged.
func checkAll(t *testing.T, s *Store) {
	t.Helper()
	for i := range 20 {
		data := helperTarball(i)
		got, err := s.Tarball(sri(t, data, npm.SHA512))
		if err != nil && !errors.Is(err, ErrMiss) {
			t.Errorf("Tarball %d: %v", i, err)
		}
		if err == nil && string(got) != string(data) {
			t.Errorf("Tarball %d has wrong content", i)
		}
		if err != nil && strings.Contains(err.Error(), "damaged") {
			t.Errorf("Tarball %d damaged: %v", i, err)
		}
	}
	for i := range 7 {
		for _, get := range []func() error{
			func() error { _, err := s.Packument("https://r/", fmt.Sprint("p", i)); return err },
			func() error { _, err := s.Result(fmt.Sprint("k", i)); return err },
		} {
			if err := get(); err != nil && (!errors.Is(err, ErrMiss) || strings.Contains(err.Error(), "damaged")) {
				t.Errorf("entry %d: %v", i, err)
			}
		}
	}
}

func TestTwoProcesses(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "c")
	s, err := Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	a, b := helper(t, dir, 60), helper(t, dir, 60)
	if err := a.Wait(); err != nil {
		t.Errorf("helper a: %v", err)
	}
	if err := b.Wait(); err != nil {
		t.Errorf("helper b: %v", err)
	}
	checkAll(t, s)
	st, err := s.Info()
	if err != nil {
		t.Fatal(err)
	}
	if st.Tarballs.Entries != 20 || st.Packuments.Entries != 7 || st.Results.Entries != 7 || st.Temp.Entries != 0 {
		t.Errorf("Info = %+v, want 20 tarballs, 7 packuments, 7 results, no temp files", st)
	}
}

func TestKilledWriter(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "c")
	s, err := Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	for _, delay := range []time.Duration{30 * time.Millisecond, 150 * time.Millisecond, 400 * time.Millisecond} {
		cmd := helper(t, dir, 0) // writes until killed
		time.Sleep(delay)
		cmd.Process.Kill()
		cmd.Wait()
		checkAll(t, s)
	}
	// Whatever temp files the kills left are not entries, and go once stale.
	later := func() time.Time { return time.Now().Add(2 * time.Hour) }
	if _, err := Open(dir, WithClock(later)); err != nil {
		t.Fatal(err)
	}
	st, _ := s.Info()
	if st.Temp.Entries != 0 {
		t.Errorf("temp files left after a later Open: %+v", st.Temp)
	}
}

// PutTarballUnverified trusts its caller's digest; a wrong one is a miss
// on read, never wrong bytes.
func TestPutTarballUnverified(t *testing.T) {
	s, err := Open(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	data := []byte("tarball bytes")
	sum := sha512.Sum512(data)
	if err := s.PutTarballUnverified(sum[:], data); err != nil {
		t.Fatal(err)
	}
	integ := npm.Integrity{Hashes: []npm.Hash{{Algorithm: npm.SHA512, Digest: sum[:]}}}
	if got, err := s.Tarball(integ); err != nil || string(got) != string(data) {
		t.Fatalf("Tarball = %q, %v", got, err)
	}
	wrong := sha512.Sum512([]byte("other"))
	if err := s.PutTarballUnverified(wrong[:], data); err != nil {
		t.Fatal(err)
	}
	if _, err := s.Tarball(npm.Integrity{Hashes: []npm.Hash{{Algorithm: npm.SHA512, Digest: wrong[:]}}}); !errors.Is(err, ErrMiss) {
		t.Fatalf("mislabelled entry read back: err = %v, want ErrMiss", err)
	}
	if err := s.PutTarballUnverified([]byte("short"), data); !errors.Is(err, ErrIntegrity) {
		t.Errorf("short digest: err = %v, want ErrIntegrity", err)
	}
}

// A Store remembers the directories it made; another process removing them
// (a cache clean) must not break its next write.
func TestWriteAfterDirsRemoved(t *testing.T) {
	s := open(t)
	if err := s.PutResult("k1", []byte("one")); err != nil {
		t.Fatal(err)
	}
	for _, ns := range []string{nsResults, nsTmp} {
		if err := os.RemoveAll(filepath.Join(s.Dir(), ns)); err != nil {
			t.Fatal(err)
		}
	}
	if err := s.PutResult("k1", []byte("two")); err != nil {
		t.Fatalf("PutResult after its directories were removed: %v", err)
	}
	if got, err := s.Result("k1"); err != nil || string(got) != "two" {
		t.Errorf("Result = %q, %v", got, err)
	}
}
