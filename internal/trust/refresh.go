package trust

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"sort"
	"time"

	"github.com/depfence/depfence/internal/archive"
	"github.com/depfence/depfence/internal/npm"
)

// Defaults for Refresh.
const (
	SeedsPackage            = "@sigstore/tuf"
	SeedsRepository         = "https://github.com/sigstore/sigstore-js"
	EmbeddedSeedsVersion    = "5.0.1"
	defaultMaxSeedsTarballs = 16
)

// Errors of Refresh.
var (
	// ErrSeedsUnattested: the newest seeds package has no attestations, so
	// its targets (trusted_root.json, keys.json) cannot be tied to the
	// Sigstore project's release workflow.
	ErrSeedsUnattested = errors.New("seeds package has no provenance")
	// ErrSeedsProvenance: the seeds package's provenance did not verify
	// against the current trust material and expected repository.
	ErrSeedsProvenance = errors.New("seeds package provenance does not verify")
	// ErrSeedsRollback: the registry's newest seeds package is older than
	// the one the current material came from.
	ErrSeedsRollback = errors.New("seeds package rollback")
	// ErrSeedsPackage: the package, its tarball or its seeds.json is
	// unusable.
	ErrSeedsPackage = errors.New("seeds package unusable")
)

// SeedsFetcher is what Refresh needs from the configured registry. The
// integrator implements it over internal/registry; tests use a fake.
type SeedsFetcher interface {
	// Packument returns the full packument of name.
	Packument(ctx context.Context, name string) (*npm.Packument, error)
	// Tarball returns the bytes of name@version's tarball. Refresh checks
	// them against dist.integrity itself.
	Tarball(ctx context.Context, name, version string) ([]byte, error)
	// Attestations returns the body of name@version's dist.attestations.url.
	Attestations(ctx context.Context, name, version string) ([]byte, error)
}

// RefreshOptions configure Refresh.
type RefreshOptions struct {
	// Package is the seeds package; "" means SeedsPackage.
	Package string
	// Repository is the source repository the package's provenance must
	// name; "" means SeedsRepository.
	Repository string
	// Now is the time TUF root expiry is checked at (required).
	Now time.Time
	// MaxTarballs caps the tarballs fetched to find intermediate roots;
	// 0 means 16.
	MaxTarballs int
	// AllowUnattestedSeedsUnsafe accepts a seeds package without
	// attestations (registries that strip them, like some mirrors). Its
	// TUF root is still chain-verified, but its trusted_root.json and
	// keys.json are then trusted on the registry's word alone.
	AllowUnattestedSeedsUnsafe bool
}

// RefreshReport says what Refresh did.
type RefreshReport struct {
	Package string `json:"package"`
	Version string `json:"version"`
	// FromRoot and ToRoot are the TUF root versions before and after.
	FromRoot int64 `json:"fromRoot"`
	ToRoot   int64 `json:"toRoot"`
	// Provenance is the seeds package's verified provenance; nil when it
	// was accepted unattested (AllowUnattestedSeedsUnsafe).
	Provenance *ProvenanceResult `json:"provenance,omitempty"`
	// Fetched lists the versions whose tarballs were read.
	Fetched []string `json:"fetched"`
	// Seeds is the verified seeds.json, for the caller to cache and load
	// later with MaterialFromSeeds.
	Seeds []byte `json:"-"`
}

// Refresh replaces current with the trust material of the registry's newest
// seeds package (@sigstore/tuf), accepting it only when:
//
//  1. the tarball matches its packument dist.integrity;
//  2. its SLSA provenance verifies against current and names
//     opts.Repository (unless AllowUnattestedSeedsUnsafe and it has none);
//  3. its version is not older than current.SeedsVersion;
//  4. its seeds.json TUF root chains from current.TUFRoot (VerifyRootChain),
//     with intermediate roots taken from older package versions, and has
//     not expired at opts.Now.
//
// The seeds carry no TUF targets/snapshot/timestamp metadata, so the
// targets (trusted_root.json, keys.json) are bound by step 2, not by TUF.
func Refresh(ctx context.Context, f SeedsFetcher, current *Material, opts RefreshOptions) (*Material, *RefreshReport, error) {
	if opts.Package == "" {
		opts.Package = SeedsPackage
	}
	if opts.Repository == "" {
		opts.Repository = SeedsRepository
	}
	if opts.MaxTarballs <= 0 {
		opts.MaxTarballs = defaultMaxSeedsTarballs
	}
	if opts.Now.IsZero() {
		return nil, nil, errors.New("refresh trust material: no current time given")
	}
	if current == nil || len(current.TUFRoot) == 0 {
		return nil, nil, errors.New("refresh trust material: the current material has no TUF root to chain from (use the embedded or a cached seeds.json)")
	}
	fromRoot, err := RootVersion(current.TUFRoot)
	if err != nil {
		return nil, nil, fmt.Errorf("refresh trust material: current root: %w", err)
	}
	rep := &RefreshReport{Package: opts.Package, FromRoot: fromRoot}
	fail := func(format string, args ...any) (*Material, *RefreshReport, error) {
		return nil, rep, fmt.Errorf("refresh trust material from %s: "+format, append([]any{opts.Package}, args...)...)
	}

	p, err := f.Packument(ctx, opts.Package)
	if err != nil {
		return fail("%w", err)
	}
	latest := p.DistTags["latest"]
	latestV, err := npm.ParseVersion(latest)
	if err != nil || p.Versions[latest] == nil {
		return fail("%w: dist-tags.latest %q is not a published version", ErrSeedsPackage, clip(latest))
	}
	rep.Version = latest
	if current.SeedsVersion != "" {
		if cur, err := npm.ParseVersion(current.SeedsVersion); err == nil && npm.CompareVersions(latestV, cur) < 0 {
			return fail("%w: latest is %s, current material came from %s", ErrSeedsRollback, latest, current.SeedsVersion)
		}
	}
	pv := p.Versions[latest]
	tgz, err := fetchChecked(ctx, f, opts.Package, latest, pv)
	if err != nil {
		return fail("%w", err)
	}
	rep.Fetched = append(rep.Fetched, latest)

	if pv.Dist.AttestationsURL == "" {
		if !opts.AllowUnattestedSeedsUnsafe {
			return fail("%w: %s@%s has no dist.attestations", ErrSeedsUnattested, opts.Package, latest)
		}
	} else {
		body, err := f.Attestations(ctx, opts.Package, latest)
		if err != nil {
			return fail("%w: %v", ErrSeedsProvenance, err)
		}
		atts, err := ParseAttestations(body)
		if err != nil {
			return fail("%w: %v", ErrSeedsProvenance, err)
		}
		v, err := NewProvenanceVerifier(current, ProvenanceOptions{})
		if err != nil {
			return fail("%w: %v", ErrSeedsProvenance, err)
		}
		res := v.Verify(ctx, ProvenanceInput{
			Name: opts.Package, Version: latest, Integrity: IntegrityOf(tgz),
			Attestations: atts, ExpectedRepository: opts.Repository,
		})
		rep.Provenance = &res
		if res.Outcome != Verified {
			return fail("%w: %s (%s)", ErrSeedsProvenance, res.Reason, res.Detail)
		}
	}

	seeds, seedsJSON, err := seedsFromTarball(ctx, tgz)
	if err != nil {
		return fail("%s@%s: %w", opts.Package, latest, err)
	}
	target, err := RootVersion(seeds.Root)
	if err != nil {
		return fail("%s@%s: %w", opts.Package, latest, err)
	}
	candidates := [][]byte{seeds.Root}
	if target > fromRoot+1 {
		more, fetched, err := intermediateRoots(ctx, f, opts, p, latest, fromRoot, target)
		rep.Fetched = append(rep.Fetched, fetched...)
		if err != nil {
			return fail("%w", err)
		}
		candidates = append(candidates, more...)
	}
	_, got, err := VerifyRootChain(current.TUFRoot, candidates, opts.Now)
	if err != nil {
		return fail("%s@%s: %w", opts.Package, latest, err)
	}
	if got != target {
		return fail("%w: %s@%s root v%d did not verify (reached v%d)", ErrRootChain, opts.Package, latest, target, got)
	}
	if got == fromRoot && !bytes.Equal(seeds.Root, current.TUFRoot) {
		return fail("%w: %s@%s carries a different root v%d than the current one", ErrRootChain, opts.Package, latest, got)
	}
	rep.ToRoot = got
	src := fmt.Sprintf("%s@%s seeds.json (refreshed, TUF root v%d)", opts.Package, latest, got)
	if rep.Provenance == nil {
		src += " (unattested: AllowUnattestedSeedsUnsafe)"
	}
	m, err := seeds.Material(src)
	if err != nil {
		return fail("%s@%s: %w", opts.Package, latest, err)
	}
	m.SeedsVersion = latest
	rep.Seeds = seedsJSON
	return m, rep, nil
}

// fetchChecked fetches a tarball and checks it against dist.integrity.
func fetchChecked(ctx context.Context, f SeedsFetcher, name, version string, pv *npm.PackumentVersion) ([]byte, error) {
	want, err := pv.Dist.ParsedIntegrity()
	if err != nil {
		return nil, fmt.Errorf("%w: %s@%s: %v", ErrSeedsPackage, name, version, err)
	}
	if want.Weak() {
		return nil, fmt.Errorf("%w: %s@%s has only a sha1 integrity", ErrSeedsPackage, name, version)
	}
	tgz, err := f.Tarball(ctx, name, version)
	if err != nil {
		return nil, fmt.Errorf("%s@%s tarball: %w", name, version, err)
	}
	got := IntegrityOf(tgz)
	for _, h := range want.Hashes {
		if h.Algorithm != npm.SHA512 && h.Algorithm != npm.SHA1 {
			alg := h.Algorithm.New()
			alg.Write(tgz)
			got.Hashes = append(got.Hashes, npm.Hash{Algorithm: h.Algorithm, Digest: alg.Sum(nil)})
		}
	}
	if !want.Match(got) {
		return nil, fmt.Errorf("%w: %s@%s tarball does not match dist.integrity", ErrSeedsPackage, name, version)
	}
	return tgz, nil
}

// intermediateRoots reads older versions of the seeds package, newest
// first, for the roots between from and target (exclusive). The roots
// authenticate themselves through the chain, so these tarballs need no
// provenance.
func intermediateRoots(ctx context.Context, f SeedsFetcher, opts RefreshOptions, p *npm.Packument, latest string, from, target int64) ([][]byte, []string, error) {
	type ver struct {
		s string
		v npm.Version
	}
	var vers []ver
	for s := range p.Versions {
		v, err := npm.ParseVersion(s)
		if err != nil || s == latest || v.IsPrerelease() {
			continue
		}
		vers = append(vers, ver{s, v})
	}
	sort.Slice(vers, func(i, j int) bool { return npm.CompareVersions(vers[i].v, vers[j].v) > 0 })
	need := map[int64]bool{}
	for v := from + 1; v < target; v++ {
		need[v] = true
	}
	var roots [][]byte
	var fetched []string
	for _, v := range vers {
		if len(need) == 0 {
			break
		}
		if len(fetched)+1 >= opts.MaxTarballs {
			return roots, fetched, fmt.Errorf("%w: gave up after %d tarballs looking for TUF roots %v", ErrRootChain, len(fetched)+1, keys(need))
		}
		if err := ctx.Err(); err != nil {
			return roots, fetched, err
		}
		tgz, err := fetchChecked(ctx, f, opts.Package, v.s, p.Versions[v.s])
		if err != nil {
			return roots, fetched, err
		}
		fetched = append(fetched, v.s)
		s, _, err := seedsFromTarball(ctx, tgz)
		if err != nil {
			continue // versions before seeds.json existed
		}
		rv, err := RootVersion(s.Root)
		if err != nil {
			continue
		}
		if need[rv] {
			roots = append(roots, s.Root)
			delete(need, rv)
		}
		if rv <= from {
			break // older versions only hold older roots
		}
	}
	return roots, fetched, nil // VerifyRootChain reports what is still missing
}

func keys(m map[int64]bool) []int64 {
	out := make([]int64, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Slice(out, func(i, j int) bool { return out[i] < out[j] })
	return out
}

func seedsBytes(ctx context.Context, tgz []byte) ([]byte, error) {
	fsys, err := archive.Read(ctx, bytes.NewReader(tgz), archive.DefaultLimits())
	if err != nil {
		return nil, fmt.Errorf("%w: %v", ErrSeedsPackage, err)
	}
	b, err := fsys.ReadFile("seeds.json")
	if err != nil {
		return nil, fmt.Errorf("%w: no seeds.json: %v", ErrSeedsPackage, err)
	}
	return b, nil
}

func seedsFromTarball(ctx context.Context, tgz []byte) (*Seeds, []byte, error) {
	b, err := seedsBytes(ctx, tgz)
	if err != nil {
		return nil, nil, err
	}
	s, err := ParseSeeds(b)
	if err != nil {
		return nil, nil, fmt.Errorf("%w: %v", ErrSeedsPackage, err)
	}
	return s, b, nil
}
