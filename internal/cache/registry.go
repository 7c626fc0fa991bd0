package cache

import (
	"context"

	"github.com/depfence/depfence/internal/registry"
)

// ForRegistry returns the store as the registry client's packument cache
// (for registry.WithPackumentCache). Full and abbreviated packuments of a
// name are separate entries.
func (s *Store) ForRegistry() registry.PackumentCache { return registryCache{s} }

type registryCache struct{ s *Store }

// Get implements registry.PackumentCache; a missing or damaged entry is
// a miss.
func (c registryCache) Get(_ context.Context, k registry.PackumentKey) (registry.CachedPackument, bool) {
	e, err := c.s.packument(k.Registry, k.Name, k.Full)
	if err != nil {
		return registry.CachedPackument{}, false
	}
	return registry.CachedPackument{Body: e.Body, ETag: e.ETag, LastModified: e.LastModified, Fetched: e.FetchedAt}, true
}

// Put implements registry.PackumentCache.
func (c registryCache) Put(_ context.Context, k registry.PackumentKey, p registry.CachedPackument) error {
	return c.s.putPackument(k.Registry, k.Name, k.Full, Entry{Body: p.Body, ETag: p.ETag, LastModified: p.LastModified, FetchedAt: p.Fetched})
}
