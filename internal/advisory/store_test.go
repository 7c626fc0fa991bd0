package advisory

import (
	"archive/zip"
	"context"
	"errors"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

func openStore(t *testing.T) *Store {
	t.Helper()
	s, err := OpenStore(filepath.Join(t.TempDir(), "cache", StoreFile))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

var importTime = time.Date(2026, 12, 1, 12, 0, 0, 0, time.UTC)

func queryIDs(t *testing.T, s *Store, pkgs map[string][]string) map[string][]string {
	t.Helper()
	got, err := s.Query(context.Background(), pkgs)
	if err != nil {
		t.Fatal(err)
	}
	ids := map[string][]string{}
	for n, as := range got {
		for _, a := range as {
			ids[n] = append(ids[n], a.ID)
		}
	}
	return ids
}

func TestStoreImportDir(t *testing.T) {
	s := openStore(t)
	dir := t.TempDir()
	for _, f := range []string{"GHSA-35jh-r3h4-6jhm.json", "MAL-2099-0001.json", "GHSA-last-affected.json", "PYSEC-2099-1.json", "GHSA-withdrawn.json"} {
		sub := filepath.Join(dir, "nested")
		if err := os.MkdirAll(sub, 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(sub, f), readFixture(t, "osv/"+f), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	if err := os.WriteFile(filepath.Join(dir, "broken.json"), []byte("{"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "README.txt"), []byte("not json"), 0o644); err != nil {
		t.Fatal(err)
	}
	st, err := s.Import(context.Background(), dir, ImportOptions{Now: importTime})
	if err != nil {
		t.Fatal(err)
	}
	if st.Files != 6 || st.Entries != 3 || st.Advisories != 4 || st.Malware != 1 || st.Skipped != 3 || len(st.Errors) != 1 {
		t.Errorf("stats = %+v", st)
	}
	got := queryIDs(t, s, map[string][]string{
		"lodash": {"4.17.20"}, "lodash-es": {"4.17.21"}, "depfence-fixture-stealer": {"1.0.0"},
		"fixture-lastaffected": {"1.4.3", "2.0.0-beta.3"}, "left-pad": {"1.0.0"},
	})
	want := map[string][]string{"lodash": {"GHSA-35jh-r3h4-6jhm"}, "depfence-fixture-stealer": {"MAL-2099-0001"}, "fixture-lastaffected": {"GHSA-aaaa-bbbb-cccc"}}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("query (-want +got):\n%s", diff)
	}
	info, err := s.Info(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	abs, _ := filepath.Abs(dir)
	wantInfo := Info{Path: s.Path(), Advisories: 4, Packages: 4, Malware: 1, ImportedAt: "2026-12-01T12:00:00Z", ImportedFrom: abs}
	if diff := cmp.Diff(wantInfo, info); diff != "" {
		t.Errorf("info (-want +got):\n%s", diff)
	}
}

func writeZip(t *testing.T, files map[string][]byte) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), "all.zip")
	f, err := os.Create(p)
	if err != nil {
		t.Fatal(err)
	}
	zw := zip.NewWriter(f)
	names := make([]string, 0, len(files))
	for n := range files {
		names = append(names, n)
	}
	slices.Sort(names)
	for _, n := range names {
		w, err := zw.Create(n)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := w.Write(files[n]); err != nil {
			t.Fatal(err)
		}
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	if err := f.Close(); err != nil {
		t.Fatal(err)
	}
	return p
}

func TestStoreImportZipReplaceAndMerge(t *testing.T) {
	s := openStore(t)
	ctx := context.Background()
	first := writeZip(t, map[string][]byte{
		"GHSA-35jh-r3h4-6jhm.json":   readFixture(t, "osv/GHSA-35jh-r3h4-6jhm.json"),
		"../evil/MAL-2099-0001.json": readFixture(t, "osv/MAL-2099-0001.json"), // a label only: nothing is extracted
		"big.json":                   make([]byte, MaxOSVSize+10),
	})
	st, err := s.Import(ctx, first, ImportOptions{Now: importTime})
	if err != nil {
		t.Fatal(err)
	}
	if st.Entries != 2 || st.Malware != 1 || st.Skipped != 1 {
		t.Errorf("stats = %+v", st)
	}
	second := writeZip(t, map[string][]byte{"x.json": readFixture(t, "osv/GHSA-last-affected.json")})
	if _, err := s.Import(ctx, second, ImportOptions{Now: importTime, Merge: true}); err != nil {
		t.Fatal(err)
	}
	pkgs := map[string][]string{"lodash": {"1.0.0"}, "depfence-fixture-stealer": {"0.0.1"}, "fixture-lastaffected": {"1.0.0"}}
	if got := queryIDs(t, s, pkgs); len(got) != 3 {
		t.Errorf("after merge: %v", got)
	}
	if _, err := s.Import(ctx, second, ImportOptions{Now: importTime}); err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(map[string][]string{"fixture-lastaffected": {"GHSA-aaaa-bbbb-cccc"}}, queryIDs(t, s, pkgs)); diff != "" {
		t.Errorf("after replace (-want +got):\n%s", diff)
	}
}

func TestStoreImportFailures(t *testing.T) {
	s := openStore(t)
	ctx := context.Background()
	if _, err := s.Import(ctx, filepath.Join(t.TempDir(), "missing.zip"), ImportOptions{}); err == nil {
		t.Error("missing path: no error")
	}
	junk := writeZip(t, map[string][]byte{"a.json": []byte("[1,2]"), "b.json": []byte("nope")})
	if _, err := s.Import(ctx, junk, ImportOptions{}); err == nil {
		t.Error("zip without one OSV entry: no error")
	}
	notZip := filepath.Join(t.TempDir(), "x.zip")
	if err := os.WriteFile(notZip, []byte("PK not really"), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := s.Import(ctx, notZip, ImportOptions{}); err == nil {
		t.Error("corrupt zip: no error")
	}
	many := writeZip(t, map[string][]byte{"a.json": readFixture(t, "osv/MAL-2099-0001.json"), "b.json": readFixture(t, "osv/MAL-2099-0001.json")})
	if _, err := s.Import(ctx, many, ImportOptions{MaxEntries: 1}); err == nil {
		t.Error("entry cap: no error")
	}
	// Nothing was committed by the failed imports.
	_, err := s.Query(ctx, map[string][]string{"depfence-fixture-stealer": {"1.0.0"}})
	if !errors.Is(err, ErrUnavailable) {
		t.Errorf("query of a never-imported store: %v, want ErrUnavailable", err)
	}
}

func TestOpenExistingStoreMissing(t *testing.T) {
	_, err := OpenExistingStore(filepath.Join(t.TempDir(), StoreFile))
	if !errors.Is(err, ErrUnavailable) {
		t.Errorf("err = %v, want ErrUnavailable", err)
	}
}

func BenchmarkStoreQuery(b *testing.B) {
	s, err := OpenStore(filepath.Join(b.TempDir(), StoreFile))
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	dir := b.TempDir()
	for i := range 2000 {
		doc := []byte(`{"id":"MAL-2099-` + itoa(i) + `","affected":[{"package":{"ecosystem":"npm","name":"pkg-` + itoa(i) + `"},"ranges":[{"type":"SEMVER","events":[{"introduced":"0"}]}]}]}`)
		if err := os.WriteFile(filepath.Join(dir, itoa(i)+".json"), doc, 0o644); err != nil {
			b.Fatal(err)
		}
	}
	if _, err := s.Import(context.Background(), dir, ImportOptions{}); err != nil {
		b.Fatal(err)
	}
	q := map[string][]string{}
	for i := range 1000 {
		q["pkg-"+itoa(i*3)] = []string{"1.0.0"}
	}
	b.ResetTimer()
	for b.Loop() {
		if _, err := s.Query(context.Background(), q); err != nil {
			b.Fatal(err)
		}
	}
}

func itoa(i int) string { return strconv.Itoa(i) }

func TestFailedSource(t *testing.T) {
	_, err := OpenExistingStore(filepath.Join(t.TempDir(), StoreFile))
	src := Failed("osv database", err)
	if _, qerr := src.Query(context.Background(), nil); !errors.Is(qerr, ErrUnavailable) || qerr != err {
		t.Errorf("Failed(unavailable) = %v", qerr)
	}
	_, qerr := Failed("x", errors.New("disk on fire")).Query(context.Background(), nil)
	if !errors.Is(qerr, ErrUnavailable) || !strings.Contains(qerr.Error(), "disk on fire") {
		t.Errorf("Failed(other) = %v", qerr)
	}
}

func TestStoreImportNothingKeepsDatabase(t *testing.T) {
	s := openStore(t)
	ctx := context.Background()
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "m.json"), readFixture(t, "osv/MAL-2099-0001.json"), 0o644); err != nil {
		t.Fatal(err)
	}
	link := filepath.Join(t.TempDir(), "db-link")
	if err := os.Symlink(dir, link); err != nil {
		t.Skip("no symlinks:", err)
	}
	if st, err := s.Import(ctx, link, ImportOptions{}); err != nil || st.Advisories != 1 {
		t.Fatalf("import through a symlinked directory: %+v, %v", st, err)
	}
	empty := t.TempDir()
	if err := os.WriteFile(filepath.Join(empty, "p.json"), readFixture(t, "osv/PYSEC-2099-1.json"), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := s.Import(ctx, empty, ImportOptions{}); err == nil || !strings.Contains(err.Error(), "no OSV entries for npm") {
		t.Errorf("import without npm entries: %v", err)
	}
	if got := queryIDs(t, s, map[string][]string{"depfence-fixture-stealer": {"1.0.0"}}); len(got) != 1 {
		t.Errorf("database emptied by a failed import: %v", got)
	}
}
