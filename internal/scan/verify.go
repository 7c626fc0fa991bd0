package scan

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"
	"sync"

	"golang.org/x/sync/errgroup"

	"github.com/depfence/depfence/internal/depgraph"
	"github.com/depfence/depfence/internal/npm"
	"github.com/depfence/depfence/internal/registry"
	"github.com/depfence/depfence/internal/trust"
)

// VerifyOptions configure `depfence verify`.
type VerifyOptions struct {
	Options
	// Material is the Sigstore trust material (embedded, cached, or
	// --trusted-root).
	Material *trust.Material
	// Provenance also verifies attestation bundles (needs each tarball).
	Provenance bool
}

// VerifyEntry is the outcome for one package.
type VerifyEntry struct {
	Package    string                  `json:"package"`
	Signature  trust.Result            `json:"signature"`
	Provenance *trust.ProvenanceResult `json:"provenance,omitempty"`
}

// VerifyReport counts like `npm audit signatures`, plus what was skipped
// and why, for registry signatures and for provenance.
type VerifyReport struct {
	SchemaVersion int           `json:"schemaVersion"`
	Lockfile      string        `json:"lockfile"`
	Signatures    trust.Counts  `json:"signatures"`
	Provenance    trust.Counts  `json:"provenance"`
	TrustSource   string        `json:"trustSource,omitempty"`
	KeysSource    string        `json:"keysSource"`
	Packages      []VerifyEntry `json:"packages"`
}

// Verify checks the registry signatures (and provenance) of every package
// of the project's graph. Nothing passes silently: a package that could not
// be checked is counted as skipped with its reason.
func Verify(ctx context.Context, o VerifyOptions) (*VerifyReport, error) {
	if err := o.validate(); err != nil {
		return nil, err
	}
	g, err := o.Graph(ctx)
	if err != nil {
		return nil, err
	}
	units := Units(g, projectDir(o.Options, g), o.Keep())
	rep := &VerifyReport{SchemaVersion: 1, Lockfile: g.Path, Packages: make([]VerifyEntry, len(units))}
	keys, keysSource := o.keyring(ctx)
	rep.KeysSource = keysSource
	var verifier *trust.ProvenanceVerifier
	if o.Provenance && o.Material != nil {
		verifier, err = trust.NewProvenanceVerifier(o.Material, trust.ProvenanceOptions{})
		if err != nil {
			return nil, fmt.Errorf("provenance verifier: %w", err)
		}
		rep.TrustSource = o.Material.Source
	}
	eg, ectx := errgroup.WithContext(ctx)
	eg.SetLimit(o.FetchWorkers)
	var mu sync.Mutex
	for i, u := range units {
		eg.Go(func() error {
			e := o.verifyUnit(ectx, u, keys, verifier)
			mu.Lock()
			rep.Packages[i] = e
			mu.Unlock()
			return nil
		})
	}
	_ = eg.Wait()
	for _, e := range rep.Packages {
		rep.Signatures.Add(e.Signature)
		if e.Provenance != nil {
			rep.Provenance.Add(e.Provenance.Result)
		}
	}
	slices.SortFunc(rep.Packages, func(a, b VerifyEntry) int { return strings.Compare(a.Package, b.Package) })
	return rep, ctx.Err()
}

// keyring fetches the registry's keys; a registry without the endpoint
// yields no keyring, and every signature is then skipped with that reason.
func (o *VerifyOptions) keyring(ctx context.Context) (*trust.Keyring, string) {
	f := o.Fetcher
	if f.Registry == nil || f.Offline {
		return nil, "none (offline)"
	}
	body, err := f.Registry.Keys(ctx)
	if err != nil {
		if errors.Is(err, registry.ErrNotFound) {
			return nil, "none (the registry has no keys endpoint)"
		}
		return nil, "none (" + err.Error() + ")"
	}
	k, err := trust.ParseRegistryKeys(body)
	if err != nil {
		return nil, "none (" + err.Error() + ")"
	}
	return k, "registry"
}

func (o *VerifyOptions) verifyUnit(ctx context.Context, u *Unit, keys *trust.Keyring, v *trust.ProvenanceVerifier) VerifyEntry {
	e := VerifyEntry{Package: u.Key()}
	skip := func(reason trust.Reason, detail string) VerifyEntry {
		e.Signature = trust.Skip(trust.CheckSignature, u.Name, u.Version, reason, detail)
		if v != nil {
			p := trust.SkipProvenance(u.Name, u.Version, reason, detail)
			e.Provenance = &p
		}
		return e
	}
	if u.Kind != depgraph.SourceRegistry {
		return skip(trust.ReasonNonRegistrySource, u.Kind.String()+" source")
	}
	f := o.Fetcher
	if f.Registry == nil {
		return skip(trust.ReasonOffline, "no registry client")
	}
	p, err := f.Registry.FullPackument(ctx, u.Name)
	if err != nil {
		reason := trust.ReasonOffline
		if !errors.Is(err, registry.ErrOffline) {
			reason = trust.ReasonMalformed
		}
		return skip(reason, err.Error())
	}
	sv, ok := trust.SignedVersionOf(p, u.Version)
	if !ok {
		return skip(trust.ReasonMalformed, "the registry has no version "+u.Version)
	}
	if keys == nil {
		e.Signature = trust.Skip(trust.CheckSignature, u.Name, u.Version, trust.ReasonRegistryWithoutKeys, "no registry keys to verify against")
		if len(sv.Signatures) == 0 {
			e.Signature = trust.VerifySignatures(nil, sv)
		}
	} else {
		e.Signature = trust.VerifySignatures(keys, sv)
	}
	if v == nil {
		return e
	}
	pv := p.Versions[u.Version]
	var atts []trust.Attestation
	if pv != nil && pv.Dist.AttestationsURL != "" {
		body, err := f.Registry.Attestations(ctx, u.Name, pv.Dist.AttestationsURL)
		if err != nil {
			r := trust.SkipProvenance(u.Name, u.Version, trust.ReasonOffline, err.Error())
			e.Provenance = &r
			return e
		}
		if atts, err = trust.ParseAttestations(body); err != nil {
			r := trust.SkipProvenance(u.Name, u.Version, trust.ReasonMalformed, err.Error())
			e.Provenance = &r
			return e
		}
	}
	in, err := trust.ProvenanceInputFor(pv, atts)
	if err != nil {
		r := trust.SkipProvenance(u.Name, u.Version, trust.ReasonMalformed, err.Error())
		e.Provenance = &r
		return e
	}
	if len(atts) > 0 {
		// The provenance must cover the bytes we would install: take the
		// integrity and repository from the verified tarball itself.
		fe, err := f.Fetch(ctx, u)
		if err != nil {
			r := trust.SkipProvenance(u.Name, u.Version, trust.ReasonOffline, err.Error())
			e.Provenance = &r
			return e
		}
		in.Integrity = trust.IntegrityOf(fe.Data)
		if fsys, err := Open(ctx, fe); err == nil {
			if b, err := fsys.ReadFile("package.json"); err == nil {
				if m, err := npm.ParseManifest(b); err == nil && len(m.Repository) > 0 {
					in.Repository = m.Repository
				}
			}
		}
	}
	r := v.Verify(ctx, in)
	e.Provenance = &r
	return e
}
