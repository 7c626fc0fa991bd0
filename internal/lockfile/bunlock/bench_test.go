package bunlock

import (
	"context"
	"os"
	"path/filepath"
	"testing"

	"github.com/depfence/depfence/internal/fixture"
	"github.com/depfence/depfence/internal/lockfile"
)

// BenchmarkParseHono parses the 264 KB hono bun.lock (1152 packages).
func BenchmarkParseHono(b *testing.B) {
	path := filepath.Join(fixture.Shared(b, "fixtures", "real-world", "hono"), FileName)
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
