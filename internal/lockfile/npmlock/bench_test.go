package npmlock

import (
	"context"
	"os"
	"path/filepath"
	"testing"

	"github.com/depfence/depfence/internal/fixture"
	"github.com/depfence/depfence/internal/lockfile"
)

// BenchmarkParseLargest parses the largest npm lockfile in the shared
// fixtures (insomnia, 862 KB, 1,819 packages).
func BenchmarkParseLargest(b *testing.B) {
	p := filepath.Join(fixture.Shared(b, "fixtures", "real-world", "insomnia"), "package-lock.json")
	data, err := os.ReadFile(p)
	if err != nil {
		b.Fatal(err)
	}
	ctx := context.Background()
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := (Parser{}).Parse(ctx, lockfile.Input{Path: p, Data: data}); err != nil {
			b.Fatal(err)
		}
	}
}
