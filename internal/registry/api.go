package registry

import (
	"context"
	"errors"
	"fmt"
	"net/url"
	"strings"
	"sync"
	"time"

	"github.com/depfence/depfence/internal/npm"
	"github.com/depfence/depfence/internal/npmrc"
)

// PackumentKey names one cached packument.
type PackumentKey struct {
	Registry string // registry base URL, e.g. "https://registry.example/npm/" (no credentials)
	Name     string // package name
	Full     bool   // full (application/json) rather than abbreviated
}

// CachedPackument is a packument body with its validators.
type CachedPackument struct {
	Body         []byte
	ETag         string
	LastModified string
	Fetched      time.Time // when the registry last confirmed it
}

// PackumentCache stores packuments for conditional requests. The cache
// package's store implements it; MemoryPackumentCache is for tests.
// Implementations must be safe for concurrent use and must not keep or
// modify the Body slices they are given or return.
type PackumentCache interface {
	Get(ctx context.Context, key PackumentKey) (CachedPackument, bool)
	Put(ctx context.Context, key PackumentKey, p CachedPackument) error
}

// MemoryPackumentCache is an in-memory PackumentCache.
type MemoryPackumentCache struct {
	mu sync.Mutex
	m  map[PackumentKey]CachedPackument
}

// NewMemoryPackumentCache returns an empty cache.
func NewMemoryPackumentCache() *MemoryPackumentCache {
	return &MemoryPackumentCache{m: map[PackumentKey]CachedPackument{}}
}

// Get implements PackumentCache.
func (m *MemoryPackumentCache) Get(_ context.Context, k PackumentKey) (CachedPackument, bool) {
	m.mu.Lock()
	defer m.mu.Unlock()
	p, ok := m.m[k]
	return p, ok
}

// Put implements PackumentCache.
func (m *MemoryPackumentCache) Put(_ context.Context, k PackumentKey, p CachedPackument) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	m.m[k] = p
	return nil
}

// Packument fetches the abbreviated packument of name (what installers
// use: versions with dependencies and dist, no readme or scripts). The
// result is shared between concurrent callers: treat it as read-only.
func (c *Client) Packument(ctx context.Context, name string) (*npm.Packument, error) {
	return c.packument(ctx, name, false)
}

// FullPackument fetches the full packument of name (all metadata,
// including scripts and publish times). Treat the result as read-only.
func (c *Client) FullPackument(ctx context.Context, name string) (*npm.Packument, error) {
	return c.packument(ctx, name, true)
}

// PackumentURL returns the URL of name's packument on its registry.
func (c *Client) PackumentURL(name string) (*url.URL, error) {
	pn, err := npm.ParseName(name)
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrInvalidRequest, err)
	}
	u := c.cfg.RegistryFor(string(pn))
	esc := strings.Replace(string(pn), "/", "%2f", 1)
	base := u.EscapedPath()
	u.Path = u.Path + string(pn)
	u.RawPath = base + esc
	return u, nil
}

func (c *Client) packument(ctx context.Context, name string, full bool) (*npm.Packument, error) {
	ix, err := c.packumentIndex(ctx, name, full)
	if err != nil {
		return nil, err
	}
	return ix.Packument(), nil
}

// packumentIndex fetches name's packument with its versions left
// undecoded (see npm.PackumentIndex). Concurrent callers share one
// request and one index.
func (c *Client) packumentIndex(ctx context.Context, name string, full bool) (*npm.PackumentIndex, error) {
	op := "packument"
	if full {
		op = "full packument"
	}
	u, err := c.PackumentURL(name)
	if err != nil {
		return nil, &Error{Op: op, Package: clip(name), Err: err, redact: c.cfg.Redact}
	}
	reg := c.cfg.RegistryFor(name)
	key := PackumentKey{Registry: reg.String(), Name: name, Full: full}
	v, err := c.flights.do(ctx, op+" "+u.String(), func(ctx context.Context) (any, error) {
		return c.fetchPackument(ctx, op, name, u, key)
	})
	if err != nil {
		var e *Error
		if !errors.As(err, &e) {
			err = &Error{Op: op, Package: name, URL: npmrc.RedactURL(u), Err: err, redact: c.cfg.Redact}
		}
		return nil, err
	}
	return v.(*npm.PackumentIndex), nil
}

func (c *Client) fetchPackument(ctx context.Context, op, name string, u *url.URL, key PackumentKey) (*npm.PackumentIndex, error) {
	r := request{op: op, pkg: name, url: u, accept: AcceptAbbreviated, maxBytes: c.limits.Packument}
	if key.Full {
		r.accept = AcceptFull
	}
	var cached CachedPackument
	var haveCached bool
	if c.cache != nil {
		cached, haveCached = c.cache.Get(ctx, key)
	}
	if haveCached && (c.offline || c.maxAge > 0 && c.now().Sub(cached.Fetched) < c.maxAge) {
		if p, err := c.parsePackument(r, cached.Body); err == nil {
			return p, nil
		}
		haveCached = false // a corrupt cache entry is refetched
	}
	if c.offline {
		return nil, c.fail(r, 0, 0, ErrOffline)
	}
	if haveCached {
		r.etag, r.lastMod = cached.ETag, cached.LastModified
	}
	resp, err := c.get(ctx, r)
	if err != nil {
		return nil, err
	}
	body := resp.body
	if resp.status == 304 {
		body = cached.Body
		resp.etag = firstNonEmpty(resp.etag, cached.ETag)
		resp.lastMod = firstNonEmpty(resp.lastMod, cached.LastModified)
	}
	p, err := c.parsePackument(r, body)
	if err != nil {
		return nil, err
	}
	if c.cache != nil {
		err := c.cache.Put(ctx, key, CachedPackument{Body: body, ETag: resp.etag, LastModified: resp.lastMod, Fetched: c.now()})
		if err != nil {
			c.log.Warn("registry: packument cache write failed", "package", name, "error", c.cfg.Redact(err.Error()))
		}
	}
	return p, nil
}

func (c *Client) parsePackument(r request, body []byte) (*npm.PackumentIndex, error) {
	ix, err := npm.ParsePackumentIndex(body)
	if err != nil {
		return nil, c.fail(r, 0, 0, fmt.Errorf("%w: %w", ErrBadResponse, err))
	}
	if ix.Name() != "" && ix.Name() != r.pkg {
		return nil, c.fail(r, 0, 0, fmt.Errorf("%w: packument is for %q", ErrBadResponse, clip(ix.Name())))
	}
	return ix, nil
}

// Manifest returns one version's entry of name's full packument; version
// may be an exact version or a dist-tag. ErrNotFound when the package or
// version does not exist.
func (c *Client) Manifest(ctx context.Context, name, version string) (*npm.PackumentVersion, error) {
	ix, err := c.packumentIndex(ctx, name, true)
	if err != nil {
		return nil, err
	}
	return pickVersion(c, "manifest", name, version, ix)
}

// pickVersion decodes one version of a packument, named by its version
// or a dist-tag: only that entry is decoded.
func pickVersion(c *Client, op, name, version string, ix *npm.PackumentIndex) (*npm.PackumentVersion, error) {
	if v, ok := ix.Version(version); ok {
		return v, nil
	}
	return nil, &Error{Op: op, Package: name + "@" + clip(version), Err: fmt.Errorf("%w: no such version", ErrNotFound), redact: c.cfg.Redact}
}

// Tarball downloads name@version's tarball and returns its bytes after
// verifying them against integrity. An empty tarballURL or zero integrity
// is taken from the abbreviated packument (dist.tarball, dist.integrity or
// dist.shasum). The URL passes through npmrc's replace-registry-host
// rewrite. Credentials are sent only to the host their .npmrc key names.
// The bytes may be shared with concurrent callers: treat them as read-only.
func (c *Client) Tarball(ctx context.Context, name, version, tarballURL string, integrity npm.Integrity) ([]byte, error) {
	pkg := name + "@" + clip(version)
	if _, err := npm.ParseName(name); err != nil {
		return nil, &Error{Op: "tarball", Package: clip(name), Err: fmt.Errorf("%w: %w", ErrInvalidRequest, err), redact: c.cfg.Redact}
	}
	if tarballURL == "" || integrity.IsZero() {
		ix, err := c.packumentIndex(ctx, name, false)
		if err != nil {
			return nil, err
		}
		v, err := pickVersion(c, "tarball", name, version, ix)
		if err != nil {
			return nil, err
		}
		if tarballURL == "" {
			tarballURL = v.Dist.Tarball
		}
		if integrity.IsZero() {
			integrity, err = v.Dist.ParsedIntegrity()
			if err != nil {
				return nil, &Error{Op: "tarball", Package: pkg, Err: fmt.Errorf("%w: %w", ErrNoIntegrity, err), redact: c.cfg.Redact}
			}
		}
	}
	if tarballURL == "" {
		return nil, &Error{Op: "tarball", Package: pkg, Err: fmt.Errorf("%w: no tarball URL", ErrInvalidRequest), redact: c.cfg.Redact}
	}
	u, err := c.cfg.ResolveTarballURL(name, tarballURL)
	if err != nil {
		return nil, &Error{Op: "tarball", Package: pkg, Err: fmt.Errorf("%w: %w", ErrInvalidRequest, err), redact: c.cfg.Redact}
	}
	r := request{op: "tarball", pkg: pkg, url: u, accept: "*/*", maxBytes: c.limits.Tarball}
	if c.offline {
		return nil, c.fail(r, 0, 0, ErrOffline)
	}
	v, err := c.flights.do(ctx, "tarball "+u.String(), func(ctx context.Context) (any, error) {
		resp, err := c.get(ctx, r)
		if err != nil {
			return nil, err
		}
		return resp.body, nil
	})
	if err != nil {
		var e *Error
		if !errors.As(err, &e) {
			err = c.fail(r, 0, 0, err)
		}
		return nil, err
	}
	data := v.([]byte)
	if _, err := Verify(data, integrity); err != nil {
		return nil, c.fail(r, 0, 0, err)
	}
	return data, nil
}

// Verify checks data against want the way ssri does: the digest of the
// strongest algorithm in want must equal one of want's digests of that
// algorithm. It returns the computed integrity.
func Verify(data []byte, want npm.Integrity) (npm.Integrity, error) {
	h, ok := want.Strongest()
	if !ok || h.Algorithm.New() == nil {
		return npm.Integrity{}, ErrNoIntegrity
	}
	hasher := h.Algorithm.New()
	hasher.Write(data)
	got := npm.Integrity{Hashes: []npm.Hash{{Algorithm: h.Algorithm, Digest: hasher.Sum(nil)}}}
	if !want.Match(got) {
		return got, fmt.Errorf("%w: want %s, got %s (%d bytes)", ErrIntegrity, h, got, len(data))
	}
	return got, nil
}

func firstNonEmpty(a, b string) string {
	if a != "" {
		return a
	}
	return b
}

func clip(s string) string {
	if len(s) > 100 {
		return s[:100] + "…"
	}
	return s
}
