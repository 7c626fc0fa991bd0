package yarnlock

import (
	"context"
	"os"
	"path/filepath"
	"testing"

	"github.com/depfence/depfence/internal/fixture"
	"github.com/depfence/depfence/internal/lockfile"
)

func benchParse(b *testing.B, project string) {
	path := fixture.Shared(b, "fixtures", "real-world", project, "yarn.lock")
	data, err := os.ReadFile(path)
	if err != nil {
		b.Fatal(err)
	}
	in := lockfile.Input{Path: path, Data: data, Project: os.DirFS(filepath.Dir(path))}
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := (Parser{}).Parse(context.Background(), in); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkParseMedusa: berry, 1.15 MB, 2912 packages, 69 workspaces.
func BenchmarkParseMedusa(b *testing.B) { benchParse(b, "medusa") }

// BenchmarkParseJest: berry, 878 KB, 2156 packages, 71 workspaces.
func BenchmarkParseJest(b *testing.B) { benchParse(b, "jest") }

// BenchmarkParseWebpack: classic v1, 490 KB, 1397 packages.
func BenchmarkParseWebpack(b *testing.B) { benchParse(b, "webpack") }
