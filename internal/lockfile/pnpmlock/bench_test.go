package pnpmlock

import (
	"context"
	"os"
	"path/filepath"
	"testing"

	"github.com/depfence/depfence/internal/fixture"
	"github.com/depfence/depfence/internal/lockfile"
)

// BenchmarkParseAstro parses the 846 KB astro lockfile (544 importers,
// 2144 instances).
func BenchmarkParseAstro(b *testing.B) {
	path := filepath.Join(fixture.Shared(b, "fixtures", "real-world", "astro"), FileName)
	data, err := os.ReadFile(path)
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := (Parser{}).Parse(context.Background(), lockfile.Input{Path: path, Data: data}); err != nil {
			b.Fatal(err)
		}
	}
}
