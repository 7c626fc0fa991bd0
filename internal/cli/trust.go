package cli

import (
	"context"
	"fmt"
	"time"

	"github.com/spf13/cobra"

	"github.com/depfence/depfence/internal/cache"
	"github.com/depfence/depfence/internal/npm"
	"github.com/depfence/depfence/internal/registry"
	"github.com/depfence/depfence/internal/trust"
)

// Cache keys of the refreshed trust material.
const (
	trustSeedsKey        = "trust/seeds.json"
	trustSeedsVersionKey = "trust/seeds.version"
)

// seedsFetcher reads the seeds package through the registry client.
type seedsFetcher struct{ c *registry.Client }

func (s seedsFetcher) Packument(ctx context.Context, name string) (*npm.Packument, error) {
	return s.c.FullPackument(ctx, name)
}

func (s seedsFetcher) Tarball(ctx context.Context, name, version string) ([]byte, error) {
	// Empty URL and integrity: the client takes dist.tarball and verifies
	// dist.integrity; Refresh checks the integrity again itself.
	return s.c.Tarball(ctx, name, version, "", npm.Integrity{})
}

func (s seedsFetcher) Attestations(ctx context.Context, name, version string) ([]byte, error) {
	p, err := s.c.FullPackument(ctx, name)
	if err != nil {
		return nil, err
	}
	pv := p.Versions[version]
	if pv == nil || pv.Dist.AttestationsURL == "" {
		return nil, fmt.Errorf("%s@%s has no attestations", name, version)
	}
	return s.c.Attestations(ctx, name, pv.Dist.AttestationsURL)
}

// loadTrustMaterial is the embedded snapshot, a newer one refreshed into
// the cache, or --trusted-root FILE.
func loadTrustMaterial(store *cache.Store, trustedRoot string) (*trust.Material, error) {
	src := trust.MaterialSource{TrustedRootFile: trustedRoot}
	if store != nil {
		if b, err := store.Result(trustSeedsKey); err == nil {
			if v, err := store.Result(trustSeedsVersionKey); err == nil {
				src.CachedSeeds, src.CachedSeedsVersion = b, string(v)
			}
		}
	}
	return trust.LoadMaterial(src)
}

func newTrustCmd(g *globals) *cobra.Command {
	var (
		nf         netFlags
		unattested bool
	)
	cmd := &cobra.Command{
		Use:   "trust refresh",
		Short: "Refresh the Sigstore trust material from the registry's newest @sigstore/tuf",
	}
	refresh := &cobra.Command{
		Use:   "refresh",
		Short: "Fetch the newest @sigstore/tuf, verify it and cache its trust material",
		Long: `Fetch the newest version of the @sigstore/tuf package from the configured
registry, check its tarball integrity and its SLSA provenance (it must come
from the sigstore-js repository) against the current trust material, verify
its TUF root through the chain of signed roots from the one depfence trusts,
and cache its trusted root and registry keys for depfence verify. Never rolls
back to an older version. Registries that strip attestations need
--allow-unattested (the root chain is still verified; the trusted root and
keys then rest on the registry's word).`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			f, closeFn, err := g.fetcher(".", &nf)
			if err != nil {
				return exitError{code: ExitOperation, err: err}
			}
			defer closeFn()
			if f.Registry == nil {
				return exitError{code: ExitOperation, err: fmt.Errorf("trust refresh needs the registry (not --offline)")}
			}
			current, err := loadTrustMaterial(f.Cache, "")
			if err != nil {
				return exitError{code: ExitOperation, err: err}
			}
			m, rep, err := trust.Refresh(cmd.Context(), seedsFetcher{f.Registry}, current,
				trust.RefreshOptions{Now: time.Now(), AllowUnattestedSeedsUnsafe: unattested})
			if err != nil {
				return exitError{code: ExitPolicy, err: fmt.Errorf("trust material not refreshed: %w", err)}
			}
			if err := f.Cache.PutResult(trustSeedsKey, rep.Seeds); err != nil {
				return exitError{code: ExitOperation, err: err}
			}
			if err := f.Cache.PutResult(trustSeedsVersionKey, []byte(rep.Version)); err != nil {
				return exitError{code: ExitOperation, err: err}
			}
			if g.format == "json" {
				return writeJSON(g.stdout, rep)
			}
			fmt.Fprintf(g.stdout, "trust material: %s@%s (TUF root v%d -> v%d), source %s\n", rep.Package, rep.Version, rep.FromRoot, rep.ToRoot, m.Source)
			if rep.Provenance == nil {
				fmt.Fprintln(g.stdout, "  WARNING: accepted without provenance (--allow-unattested)")
			}
			return nil
		},
	}
	refresh.Flags().BoolVar(&unattested, "allow-unattested", false, "accept a seeds package without attestations (registries that strip them)")
	nf.register(refresh)
	cmd.AddCommand(refresh)
	return cmd
}
