package scan

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/depfence/depfence/internal/analyze"
	"github.com/depfence/depfence/internal/cache"
	"github.com/depfence/depfence/internal/fixture"
	"github.com/depfence/depfence/internal/lockfile"
	"github.com/depfence/depfence/internal/lockfile/formats"
	"github.com/depfence/depfence/internal/rules"
)

// TestScanEveryFixture runs the whole scan pipeline (offline, empty cache:
// every package is "not analysed", never clean) with every project-level
// rule over every lockfile in ../shared/fixtures, and checks that it
// completes and that local workspace packages (@acme/*) never match a
// public name.
func TestScanEveryFixture(t *testing.T) {
	var dirs []string
	for _, root := range []string{fixture.Shared(t, "fixtures", "lockfiles"), fixture.Shared(t, "fixtures", "real-world")} {
		_ = filepath.WalkDir(root, func(p string, d os.DirEntry, err error) error {
			if err != nil || !d.IsDir() || strings.Contains(p, "_cases") || strings.Contains(p, "_generator") {
				return nil
			}
			if _, err := formats.Detect(p); err == nil {
				dirs = append(dirs, p)
			}
			return nil
		})
	}
	if len(dirs) < 70 {
		t.Fatalf("found only %d fixture projects", len(dirs))
	}
	eng, err := analyze.New(rules.Builtin())
	if err != nil {
		t.Fatal(err)
	}
	store, err := cache.Open(t.TempDir(), cache.WithoutSync())
	if err != nil {
		t.Fatal(err)
	}
	now := time.Date(2026, 12, 4, 0, 0, 0, 0, time.UTC)
	for _, dir := range dirs {
		name, _ := filepath.Rel(filepath.Dir(filepath.Dir(dir)), dir)
		t.Run(strings.ReplaceAll(name, "/", "_"), func(t *testing.T) {
			o := Options{Dir: dir, Fetcher: &Fetcher{Cache: store, Offline: true}, Engine: eng,
				GraphRules: rules.GraphBuiltin(),
				GraphInput: GraphInput{PublicHosts: []string{"registry.npm.local", "registry.yarn.local"}, Registry: "https://registry.npm.local/"},
				Now:        func() time.Time { return now }, FetchWorkers: 4}
			res, err := Run(context.Background(), o)
			if errors.Is(err, lockfile.ErrUnsupported) {
				return // bun.lockb: a clear error, tested elsewhere
			}
			if err != nil {
				t.Fatal(err)
			}
			if sum := res.Summary; sum.Analysed+sum.NotAnalysed+sum.Skipped != sum.Packages {
				t.Errorf("packages unaccounted for: %+v", sum)
			}
			for _, p := range res.Packages {
				// Offline with an empty cache only local code can be read.
				if p.Status == "analysed" && p.Source != "file" && p.Source != "link" {
					t.Errorf("%s@%s (%s) analysed offline with an empty cache", p.Name, p.Version, p.Source)
				}
				if p.Status == "not-analysed" && p.Verdict != "" {
					t.Errorf("%s@%s not analysed but has verdict %q", p.Name, p.Version, p.Verdict)
				}
			}
			for _, e := range res.Errors {
				if e.Stage == "lockfile" {
					t.Errorf("graph rule error: %s", e.Message)
				}
			}
			for _, f := range res.Findings {
				if strings.HasPrefix(f.Package.Name, "@acme/") && f.Rule.Category() == "identity" {
					t.Errorf("workspace package %s matched a public name: %s %s", f.Package, f.Rule, f.Message)
				}
			}
		})
	}
}
