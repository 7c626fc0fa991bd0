package npmlock

import (
	"io/fs"
	"path/filepath"
	"strings"
	"testing"

	"github.com/depfence/depfence/internal/fixture"
	"github.com/depfence/depfence/internal/lockfile/lockfiletest"
)

func FuzzParse(f *testing.F) {
	var seeds []string
	err := filepath.WalkDir("testdata", func(p string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() && strings.HasSuffix(p, ".json") {
			seeds = append(seeds, p)
		}
		return err
	})
	if err != nil {
		f.Fatal(err)
	}
	// The small generated fixtures (the real-world files are too large to
	// be useful seeds).
	shared := fixture.Shared(f, "fixtures", "lockfiles")
	for _, c := range []string{"monorepo/npm-11.19.1", "monorepo/npm-7.24.2", "tarball-deps/npm-6.14.18", "tarball-deps/npm-9.9.4-no-resolved"} {
		seeds = append(seeds, filepath.Join(shared, c, "package-lock.json"))
	}
	lockfiletest.Fuzz(f, Parser{}, "fuzz/package-lock.json", seeds, nil)
}
