package cache

import (
	"context"
	"testing"
	"time"

	"github.com/depfence/depfence/internal/registry"
	"github.com/google/go-cmp/cmp"
)

func TestForRegistry(t *testing.T) {
	s := open(t)
	c := s.ForRegistry()
	ctx := context.Background()
	abbrev := registry.PackumentKey{Registry: "https://r.example/", Name: "a"}
	full := abbrev
	full.Full = true
	if _, ok := c.Get(ctx, abbrev); ok {
		t.Fatal("Get before Put: ok")
	}
	at := time.Date(2026, 12, 4, 0, 0, 0, 0, time.UTC)
	p := registry.CachedPackument{Body: []byte(`{"name":"a"}`), ETag: `"e1"`, LastModified: "Fri, 04 Dec 2026 00:00:00 GMT", Fetched: at}
	if err := c.Put(ctx, abbrev, p); err != nil {
		t.Fatal(err)
	}
	got, ok := c.Get(ctx, abbrev)
	if !ok {
		t.Fatal("Get after Put: miss")
	}
	if diff := cmp.Diff(p, got); diff != "" {
		t.Errorf("Get (-want +got):\n%s", diff)
	}
	if _, ok := c.Get(ctx, full); ok {
		t.Error("full packument served from the abbreviated entry")
	}
	// The plain API sees the abbreviated entry.
	if body, etag, _, ok := s.Get("https://r.example", "a"); !ok || string(body) != `{"name":"a"}` || etag != `"e1"` {
		t.Errorf("Store.Get = %q, %q, %v", body, etag, ok)
	}
}
