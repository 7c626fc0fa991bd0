package formats

import (
	"context"
	"path/filepath"
	"testing"

	"github.com/depfence/depfence/internal/fixture"
)

// BenchmarkLoad measures Load (read, parse, build and finalize the graph)
// on each real-world lockfile. The largest is medusa's yarn.lock (1.15 MB).
func BenchmarkLoad(b *testing.B) {
	for _, c := range []struct{ name, file string }{
		{"medusa", "medusa/yarn.lock"},
		{"jest", "jest/yarn.lock"},
		{"insomnia", "insomnia/package-lock.json"},
		{"astro", "astro/pnpm-lock.yaml"},
		{"npm-cli", "npm-cli/package-lock.json"},
		{"webpack", "webpack/yarn.lock"},
		{"hono", "hono/bun.lock"},
	} {
		path := filepath.Join(fixture.Shared(b, "fixtures", "real-world"), c.file)
		b.Run(c.name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if _, err := Load(context.Background(), path); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
