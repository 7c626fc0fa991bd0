// Package scan is the only package that sees the whole pipeline: lockfile
// graph -> fetch -> analysis -> findings -> policy -> report. The CLI, and
// later the proxy and the worker, are thin shells over it.
package scan

import (
	"bytes"
	"context"
	"crypto/sha512"
	"errors"
	"fmt"

	"log/slog"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"

	"golang.org/x/sync/errgroup"

	"github.com/depfence/depfence/internal/analyze"
	"github.com/depfence/depfence/internal/archive"
	"github.com/depfence/depfence/internal/cache"
	"github.com/depfence/depfence/internal/depgraph"
	"github.com/depfence/depfence/internal/npm"
	"github.com/depfence/depfence/internal/npmrc"
	"github.com/depfence/depfence/internal/registry"
)

// ErrOffline marks a package that is not in the cache while offline.
var ErrOffline = errors.New("not in the cache (offline)")

// Fetcher gets package tarballs through the cache and the registry.
type Fetcher struct {
	Registry *registry.Client // nil when offline with no client
	Cache    *cache.Store     // nil disables caching
	Offline  bool
	Logger   *slog.Logger
	// RegistryID names the configured registry in cache keys, so that two
	// registries serving different bytes for one name@version never share
	// an entry.
	RegistryID string
	// Config is the npm configuration the client was built from (nil when
	// offline without one).
	Config *npmrc.Config
}

// Unit is one distinct package to fetch and analyse: every graph node with
// the same name, version and source shares one unit.
type Unit struct {
	Name, Version string
	Kind          depgraph.SourceKind
	URL           string
	Integrity     npm.Integrity
	// LocalPath is the absolute path of a file: tarball or directory.
	LocalPath string
	Nodes     []depgraph.NodeID
	// Skip says why the unit is not fetched (local project code, git, bundled).
	Skip string
}

// Key identifies the unit in logs and errors.
func (u *Unit) Key() string { return u.Name + "@" + u.Version }

// Units groups the graph's nodes into distinct packages, keeping those keep
// accepts. Units are sorted by name and version.
func Units(g *depgraph.Graph, projectDir string, keep func(*depgraph.Node) bool) []*Unit {
	idx := map[string]*Unit{}
	var out []*Unit
	for _, n := range g.Nodes {
		if g.IsRoot(n.ID) || (keep != nil && !keep(n)) {
			continue
		}
		k := fmt.Sprintf("%s@%s\x00%d\x00%s\x00%s", n.Name, n.Version, n.Source.Kind, n.Source.URL, n.Source.Path)
		if n.Source.Kind == depgraph.SourceRegistry {
			// Registry instances of one name@version are one package,
			// however the lockfile spelled their URL.
			k = fmt.Sprintf("%s@%s\x00registry", n.Name, n.Version)
		}
		u, ok := idx[k]
		if !ok {
			u = &Unit{Name: n.Name, Version: n.Version, Kind: n.Source.Kind, URL: n.Source.URL, Integrity: n.Integrity}
			switch {
			case n.Flags.Has(depgraph.Bundled) && n.Source.Kind != depgraph.SourceRegistry:
				u.Skip = "bundled inside its parent's tarball; analysed with the parent"
			case n.Source.Kind == depgraph.SourceWorkspace || n.Source.Kind == depgraph.SourceLink:
				u.Skip = "local project code (" + n.Source.Kind.String() + ")"
			case n.Source.Kind == depgraph.SourceGit:
				u.Skip = "git dependency: not fetched (it can run prepare scripts even with scripts disabled)"
			case n.Source.Kind == depgraph.SourceFile:
				p := n.Source.Path
				if p == "" {
					p = strings.TrimPrefix(n.Source.URL, "file:")
				}
				if p == "" {
					u.Skip = "local file dependency without a path"
				} else {
					u.LocalPath = filepath.Join(projectDir, filepath.FromSlash(p))
				}
			case n.Source.Kind == depgraph.SourceUnknown:
				u.Skip = "unknown source"
			}
			idx[k] = u
			out = append(out, u)
		}
		if u.Integrity.IsZero() && !n.Integrity.IsZero() {
			u.Integrity = n.Integrity
		}
		if u.URL == "" {
			u.URL = n.Source.URL
		}
		u.Nodes = append(u.Nodes, n.ID)
	}
	slices.SortFunc(out, func(a, b *Unit) int {
		if c := strings.Compare(a.Name, b.Name); c != 0 {
			return c
		}
		return strings.Compare(a.Version, b.Version)
	})
	return out
}

// Fetched is the outcome of fetching one unit.
type Fetched struct {
	Data      []byte // the verified tarball; nil for directories
	Dir       string // a local directory to read instead
	Integrity npm.Integrity
	CacheHit  bool
}

// Fetch returns the unit's verified tarball, from the cache when possible.
func (f *Fetcher) Fetch(ctx context.Context, u *Unit) (*Fetched, error) {
	if u.Skip != "" {
		return nil, fmt.Errorf("skipped: %s", u.Skip)
	}
	if u.LocalPath != "" {
		return f.fetchLocal(u)
	}
	f.KnownIntegrity(u)
	if f.Cache != nil && !u.Integrity.IsZero() {
		data, err := f.Cache.Tarball(u.Integrity)
		if err == nil {
			return &Fetched{Data: data, Integrity: u.Integrity, CacheHit: true}, nil
		}
		if !errors.Is(err, cache.ErrMiss) {
			f.log().Warn("cache read failed", "package", u.Key(), "err", err)
		}
	}
	if f.Offline || f.Registry == nil {
		return nil, fmt.Errorf("%s: %w", u.Key(), ErrOffline)
	}
	url := u.URL
	if u.Kind == depgraph.SourceRegistry && !strings.HasPrefix(url, "http") {
		url = ""
	}
	data, err := f.Registry.Tarball(ctx, u.Name, u.Version, url, u.Integrity)
	if err != nil {
		return nil, err
	}
	// The client verified data against the lockfile's integrity or, when
	// the lockfile has none, the packument's dist.integrity.
	got := u.Integrity
	if got.IsZero() {
		got = sha512Of(data)
	}
	if f.Cache != nil {
		// data matches got (the client verified it, or got was computed
		// here): a lone SHA-512 names the file as it is; other
		// algorithms need the store's hashing and aliases.
		var err error
		if h, ok := got.Strongest(); ok && h.Algorithm == npm.SHA512 && len(got.Hashes) == 1 {
			err = f.Cache.PutTarballUnverified(h.Digest, data)
		} else {
			err = f.Cache.PutTarball(got, data)
		}
		if err != nil {
			f.log().Warn("cache write failed", "package", u.Key(), "err", err)
		}
		if u.Integrity.IsZero() && u.Kind == depgraph.SourceRegistry {
			_ = f.Cache.PutResult(f.indexKey(u), []byte(got.String()))
		}
	}
	return &Fetched{Data: data, Integrity: got}, nil
}

func (f *Fetcher) fetchLocal(u *Unit) (*Fetched, error) {
	st, err := os.Stat(u.LocalPath)
	if err != nil {
		return nil, fmt.Errorf("local dependency %s: %w", u.Key(), err)
	}
	if st.IsDir() {
		return &Fetched{Dir: u.LocalPath}, nil
	}
	if st.Size() > archive.DefaultLimits().MaxBytes {
		return nil, fmt.Errorf("local tarball %s: %w", u.LocalPath, archive.ErrTooLarge)
	}
	data, err := os.ReadFile(u.LocalPath)
	if err != nil {
		return nil, fmt.Errorf("local tarball %s: %w", u.LocalPath, err)
	}
	if !u.Integrity.IsZero() {
		if _, err := registry.Verify(data, u.Integrity); err != nil {
			return nil, fmt.Errorf("local tarball %s: %w", u.LocalPath, err)
		}
	}
	return &Fetched{Data: data, Integrity: sha512Of(data)}, nil
}

// KnownIntegrity fills in the integrity of a registry unit whose lockfile
// records none (yarn berry) from the digest a previous fetch verified and
// recorded for this registry's name@version.
func (f *Fetcher) KnownIntegrity(u *Unit) {
	if f.Cache == nil || !u.Integrity.IsZero() || u.Kind != depgraph.SourceRegistry {
		return
	}
	if b, err := f.Cache.Result(f.indexKey(u)); err == nil {
		if in, err := npm.ParseIntegrity(string(b)); err == nil {
			u.Integrity = in
		}
	}
}

// indexKey names the cache record of a registry name@version's digest,
// used for lockfiles that do not record integrity.
func (f *Fetcher) indexKey(u *Unit) string {
	return "tarball-index/" + f.RegistryID + "/" + u.Name + "@" + u.Version
}

// Open reads a fetched unit into a read-only file tree.
func Open(ctx context.Context, fe *Fetched) (*archive.FS, error) {
	return open(ctx, fe, archive.DefaultLimits())
}

// openForAnalysis is Open keeping only the bytes analysis reads (the
// other files are listed and sniffed): a package's peak memory is its
// code, not its images, maps and type definitions.
func openForAnalysis(ctx context.Context, fe *Fetched) (*archive.FS, error) {
	return open(ctx, fe, analyze.ArchiveLimits())
}

func open(ctx context.Context, fe *Fetched, lim archive.Limits) (*archive.FS, error) {
	if fe.Dir != "" {
		return archive.FromDir(os.DirFS(fe.Dir), lim)
	}
	return archive.Read(ctx, bytes.NewReader(fe.Data), lim)
}

func (f *Fetcher) log() *slog.Logger {
	if f.Logger == nil {
		return slog.New(slog.DiscardHandler)
	}
	return f.Logger
}

// FetchSummary reports what `depfence fetch` did.
type FetchSummary struct {
	Packages  int            `json:"packages"`
	Fetched   int            `json:"fetched"`
	CacheHits int            `json:"cacheHits"`
	Bytes     int64          `json:"bytes"`
	Skipped   []UnitMessage  `json:"skipped"`
	Failures  []UnitMessage  `json:"failures"`
	BySource  map[string]int `json:"bySource"`
}

// UnitMessage names a unit and says what happened to it.
type UnitMessage struct {
	Package string `json:"package"`
	Source  string `json:"source"`
	Message string `json:"message"`
}

// FetchAll downloads and verifies every unit into the cache with at most
// workers requests in flight. One unit's failure never stops the others.
func (f *Fetcher) FetchAll(ctx context.Context, units []*Unit, workers int, progress func()) *FetchSummary {
	sum := &FetchSummary{Packages: len(units), BySource: map[string]int{}, Skipped: []UnitMessage{}, Failures: []UnitMessage{}}
	var mu sync.Mutex
	g, gctx := errgroup.WithContext(ctx)
	g.SetLimit(max(1, workers))
	for _, u := range units {
		sum.BySource[u.Kind.String()]++
		if u.Skip != "" {
			sum.Skipped = append(sum.Skipped, UnitMessage{Package: u.Key(), Source: u.Kind.String(), Message: u.Skip})
			if progress != nil {
				progress()
			}
			continue
		}
		g.Go(func() error {
			fe, err := f.Fetch(gctx, u)
			mu.Lock()
			defer mu.Unlock()
			if progress != nil {
				progress()
			}
			if err != nil {
				sum.Failures = append(sum.Failures, UnitMessage{Package: u.Key(), Source: u.Kind.String(), Message: err.Error()})
				return nil
			}
			sum.Fetched++
			if fe.CacheHit {
				sum.CacheHits++
			}
			sum.Bytes += int64(len(fe.Data))
			return nil
		})
	}
	_ = g.Wait()
	slices.SortFunc(sum.Failures, func(a, b UnitMessage) int { return strings.Compare(a.Package, b.Package) })
	return sum
}

func sha512Of(data []byte) npm.Integrity {
	d := sha512.Sum512(data)
	return npm.Integrity{Hashes: []npm.Hash{{Algorithm: npm.SHA512, Digest: d[:]}}}
}
