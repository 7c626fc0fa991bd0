package registry_test

import (
	"context"
	"fmt"
	"math/rand/v2"
	"testing"

	"golang.org/x/sync/errgroup"

	"github.com/depfence/depfence/internal/npm"
	"github.com/depfence/depfence/internal/registry"
	"github.com/depfence/depfence/internal/registry/registrytest"
)

// BenchmarkTarballs fetches and verifies 200 tarballs of ~64 KiB from the
// fake registry with 16 parallel fetches per iteration.
func BenchmarkTarballs(b *testing.B) {
	s := registrytest.New(b)
	rng := rand.New(rand.NewPCG(1, 2))
	type pkg struct {
		p   *registrytest.Published
		sri npm.Integrity
	}
	var pkgs []pkg
	var total int64
	for i := range 200 {
		blob := make([]byte, 64<<10)
		for j := range blob {
			blob[j] = byte(rng.Uint32())
		}
		p := s.AddPackage(fmt.Sprintf("p%d", i), "1.0.0", nil, map[string]string{"blob.bin": string(blob)})
		sri, _ := npm.ParseIntegrity(p.Integrity)
		pkgs = append(pkgs, pkg{p, sri})
		total += int64(len(p.Tarball))
	}
	cfg := loadCfg(b, "registry="+s.URL+"\n")
	c, err := registry.New(cfg)
	if err != nil {
		b.Fatal(err)
	}
	defer c.Close()
	b.SetBytes(total)
	b.ResetTimer()
	for range b.N {
		var g errgroup.Group
		g.SetLimit(16)
		for _, p := range pkgs {
			g.Go(func() error {
				_, err := c.Tarball(context.Background(), p.p.Name, p.p.Version, p.p.TarballURL, p.sri)
				return err
			})
		}
		if err := g.Wait(); err != nil {
			b.Fatal(err)
		}
	}
}
