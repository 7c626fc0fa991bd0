package archive

import (
	"context"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/depfence/depfence/internal/fixture"
	"github.com/depfence/depfence/internal/npm"
)

// TestSharedTarballs reads every real .tgz among the shared fixtures: each
// must read cleanly, with a parseable package.json and no anomaly.
func TestSharedTarballs(t *testing.T) {
	root := fixture.Shared(t, "fixtures")
	var paths []string
	filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() && strings.HasSuffix(p, ".tgz") {
			paths = append(paths, p)
		}
		return nil
	})
	if len(paths) == 0 {
		t.Skip("no .tgz fixtures")
	}
	for _, p := range paths {
		rel, _ := filepath.Rel(root, p)
		t.Run(rel, func(t *testing.T) {
			f, err := os.Open(p)
			if err != nil {
				t.Fatal(err)
			}
			defer f.Close()
			afs, err := Read(context.Background(), f, DefaultLimits())
			if err != nil {
				t.Fatalf("Read: %v", err)
			}
			if a := afs.Anomalies(); len(a) != 0 {
				t.Errorf("anomalies: %v", a)
			}
			b, err := afs.ReadFile("package.json")
			if err != nil {
				t.Fatalf("package.json: %v", err)
			}
			if _, err := npm.ParseManifest(b); err != nil {
				t.Errorf("package.json: %v", err)
			}
		})
	}
}
