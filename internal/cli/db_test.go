package cli

import (
	"context"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/depfence/depfence/internal/advisory"
	"github.com/depfence/depfence/internal/cache"
	"github.com/depfence/depfence/internal/registry"
)

func TestDBImportAndInfo(t *testing.T) {
	cacheDir := filepath.Join(t.TempDir(), "cache")
	src := filepath.Join("..", "advisory", "testdata", "osv")

	stdout, stderr, code := run(t, nil, "db", "info", "--cache-dir", cacheDir)
	if code != ExitOperation || !strings.Contains(stderr, "depfence db import") {
		t.Errorf("info before import: exit %d, stderr %q", code, stderr)
	}

	stdout, stderr, code = run(t, nil, "db", "import", src, "--cache-dir", cacheDir, "-q")
	if code != ExitOK {
		t.Fatalf("import: exit %d, stderr %q", code, stderr)
	}
	if !strings.Contains(stdout, "imported 4 advisories (1 malware) from 3 OSV entries in 5 files") {
		t.Errorf("import stdout %q", stdout)
	}

	stdout, stderr, code = run(t, nil, "db", "info", "--cache-dir", cacheDir, "--format", "json")
	if code != ExitOK {
		t.Fatalf("info: exit %d, stderr %q", code, stderr)
	}
	var info struct {
		Path                          string
		Advisories, Packages, Malware int
		ImportedFrom                  string
	}
	if err := json.Unmarshal([]byte(stdout), &info); err != nil {
		t.Fatalf("info json %q: %v", stdout, err)
	}
	abs, _ := filepath.Abs(src)
	if info.Advisories != 4 || info.Malware != 1 || info.Packages != 4 || info.ImportedFrom != abs ||
		info.Path != filepath.Join(cacheDir, "advisories.db") {
		t.Errorf("info = %+v", info)
	}

	// A failed import leaves the database as it was.
	bad := filepath.Join(t.TempDir(), "bad.json")
	if err := os.WriteFile(bad, []byte("{"), 0o644); err != nil {
		t.Fatal(err)
	}
	_, stderr, code = run(t, nil, "db", "import", bad, "--cache-dir", cacheDir, "-q")
	if code != ExitOperation || !strings.Contains(stderr, "unchanged") {
		t.Errorf("bad import: exit %d, stderr %q", code, stderr)
	}
	stdout, _, _ = run(t, nil, "db", "info", "--cache-dir", cacheDir)
	if !strings.Contains(stdout, "advisories: 4 (1 malware) for 4 packages") {
		t.Errorf("info after failed import: %q", stdout)
	}

	_, _, code = run(t, nil, "db", "import", "--cache-dir", cacheDir)
	if code != ExitUsage {
		t.Errorf("import without a path: exit %d, want %d", code, ExitUsage)
	}
}

func TestAdvisorySources(t *testing.T) {
	cacheDir := t.TempDir()
	names := func(srcs []advisory.Source) []string {
		var out []string
		for _, s := range srcs {
			out = append(out, s.Name())
		}
		return out
	}
	fake := fakeAudit{}
	srcs, done := advisorySources(fake, nil, "https://r.example/", cacheDir, false)
	if got := names(srcs); len(got) != 1 || got[0] != "npm registry" {
		t.Errorf("online without a database: %v", got)
	}
	done()
	srcs, done = advisorySources(nil, nil, "", cacheDir, true)
	if _, err := srcs[0].Query(context.Background(), nil); !errors.Is(err, advisory.ErrUnavailable) || !strings.Contains(err.Error(), "db import") {
		t.Errorf("offline without a database: %v", err)
	}
	done()
	if _, _, code := run(t, nil, "db", "import", filepath.Join("..", "advisory", "testdata", "osv"), "--cache-dir", cacheDir, "-q"); code != ExitOK {
		t.Fatal("import failed")
	}
	srcs, done = advisorySources(fake, nil, "https://r.example/", cacheDir, false)
	if got := names(srcs); len(got) != 2 || got[1] != "osv database" {
		t.Errorf("online with a database: %v", got)
	}
	done()
	srcs, done = advisorySources(fake, nil, "https://r.example/", cacheDir, true)
	if got := names(srcs); len(got) != 1 || got[0] != "osv database" {
		t.Errorf("offline with a database: %v", got)
	}
	done()
}

type fakeAudit struct{}

func (fakeAudit) BulkAdvisories(context.Context, []byte) ([]byte, error) { return []byte(`{}`), nil }
func (fakeAudit) QuickAudit(context.Context, []byte) ([]byte, error) {
	return []byte(`{"advisories":{}}`), nil
}

// The scan's real dependencies satisfy the advisory seams.
var (
	_ advisory.AuditClient = (*registry.Client)(nil)
	_ advisory.ResultCache = (*cache.Store)(nil)
)
