package pnpmlock

import (
	"path/filepath"
	"testing"

	"github.com/depfence/depfence/internal/fixture"
	"github.com/depfence/depfence/internal/lockfile/lockfiletest"
)

func FuzzParse(f *testing.F) {
	seeds, err := filepath.Glob("testdata/*.yaml")
	if err != nil {
		f.Fatal(err)
	}
	shared := fixture.Shared(f, "fixtures", "lockfiles")
	for _, c := range []string{"monorepo/pnpm-7.33.7", "monorepo/pnpm-8.15.9", "monorepo/pnpm-9.15.9", "tarball-deps/pnpm-7.33.7"} {
		seeds = append(seeds, filepath.Join(shared, c, FileName))
	}
	lockfiletest.Fuzz(f, Parser{}, "fuzz/pnpm-lock.yaml", seeds, checkNames)
}
