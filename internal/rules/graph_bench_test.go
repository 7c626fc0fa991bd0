package rules

import (
	"context"
	"path/filepath"
	"testing"

	"github.com/depfence/depfence/internal/analyze"
	"github.com/depfence/depfence/internal/depgraph"
	"github.com/depfence/depfence/internal/fixture"
	"github.com/depfence/depfence/internal/lockfile/formats"
	"github.com/depfence/depfence/internal/npm"
)

type discard struct{}

func (discard) ReportNode(depgraph.NodeID, analyze.Instance) {}

// BenchmarkGraphBuiltin runs every graph rule over real-world lockfiles
// (already loaded), with instant registry lookups, so it measures the
// rules themselves. The typosquat index is built before the timer.
func BenchmarkGraphBuiltin(b *testing.B) {
	lookup := func(_ context.Context, name string) (*npm.Packument, error) {
		return &npm.Packument{Name: name, Versions: map[string]*npm.PackumentVersion{}}, nil
	}
	for _, c := range []struct{ name, file string }{
		{"medusa", "medusa/yarn.lock"},
		{"astro", "astro/pnpm-lock.yaml"},
		{"insomnia", "insomnia/package-lock.json"},
	} {
		dir := filepath.Join(fixture.Shared(b, "fixtures", "real-world"), filepath.Dir(c.file))
		g, err := formats.Load(context.Background(), filepath.Join(dir, filepath.Base(c.file)))
		if err != nil {
			b.Fatal(err)
		}
		target := &analyze.GraphTarget{Graph: g, ProjectDir: dir, PublicHosts: []string{"registry.npm.local", "registry.yarn.local"},
			Packument: lookup, PublicPackument: lookup}
		rules := GraphBuiltin()
		for _, r := range rules { // warm the typosquat index
			_ = r.CheckGraph(context.Background(), target, discard{})
		}
		b.Run(c.name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				for _, r := range rules {
					if err := r.CheckGraph(context.Background(), target, discard{}); err != nil {
						b.Fatal(err)
					}
				}
			}
		})
	}
}
