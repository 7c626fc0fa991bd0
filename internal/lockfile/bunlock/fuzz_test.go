package bunlock

import (
	"path/filepath"
	"testing"

	"github.com/depfence/depfence/internal/fixture"
	"github.com/depfence/depfence/internal/lockfile/lockfiletest"
)

func FuzzParse(f *testing.F) {
	seeds, err := filepath.Glob("testdata/*.lock")
	if err != nil {
		f.Fatal(err)
	}
	shared := fixture.Shared(f, "fixtures", "lockfiles")
	for _, c := range []string{"monorepo/bun-1.1.45-text", "monorepo/bun-1.4.5", "tarball-deps/bun-1.2.23"} {
		seeds = append(seeds, filepath.Join(shared, c, FileName))
	}
	seeds = append(seeds, "testdata/lockb/bun.lockb")
	lockfiletest.Fuzz(f, Parser{}, "fuzz/bun.lock", seeds, nil)
}
