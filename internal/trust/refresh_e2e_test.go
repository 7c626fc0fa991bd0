//go:build e2e

// Live refresh of the trust material from a real registry. Never run in CI:
//
//	go test -tags e2e -run Live -v ./internal/trust/
//
// The registry is DEPFENCE_E2E_REGISTRY, else `npm config get registry`.
package trust

import (
	"context"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"os"
	"os/exec"
	"strings"
	"testing"
	"time"

	"github.com/depfence/depfence/internal/npm"
)

// httpFetcher is a minimal SeedsFetcher for the live test (the product
// uses internal/registry).
type httpFetcher struct {
	base string
	c    *http.Client
	p    map[string]*npm.Packument
}

func (h *httpFetcher) get(ctx context.Context, u string, limit int64) ([]byte, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u, nil)
	if err != nil {
		return nil, err
	}
	resp, err := h.c.Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return nil, fmt.Errorf("GET %s: %s", u, resp.Status)
	}
	return io.ReadAll(io.LimitReader(resp.Body, limit))
}

func (h *httpFetcher) Packument(ctx context.Context, name string) (*npm.Packument, error) {
	b, err := h.get(ctx, h.base+"/"+strings.Replace(url.PathEscape(name), "%40", "@", 1), 32<<20)
	if err != nil {
		return nil, err
	}
	p, err := npm.ParsePackument(b)
	if err == nil {
		h.p[name] = p
	}
	return p, err
}

func (h *httpFetcher) Tarball(ctx context.Context, name, version string) ([]byte, error) {
	return h.get(ctx, h.p[name].Versions[version].Dist.Tarball, 16<<20)
}

func (h *httpFetcher) Attestations(ctx context.Context, name, version string) ([]byte, error) {
	u, err := url.Parse(h.p[name].Versions[version].Dist.AttestationsURL)
	if err != nil {
		return nil, err
	}
	return h.get(ctx, h.base+u.Path, MaxAttestationsSize) // like npm: always the configured registry
}

func TestLiveRefresh(t *testing.T) {
	reg := os.Getenv("DEPFENCE_E2E_REGISTRY")
	if reg == "" {
		out, err := exec.Command("npm", "config", "get", "registry").Output()
		if err != nil {
			t.Skipf("no DEPFENCE_E2E_REGISTRY and npm config failed: %v", err)
		}
		reg = strings.TrimSpace(string(out))
	}
	f := &httpFetcher{base: strings.TrimRight(reg, "/"), c: &http.Client{Timeout: time.Minute}, p: map[string]*npm.Packument{}}
	ctx := context.Background()
	current := mustEmbedded(t)
	m, rep, err := Refresh(ctx, f, current, RefreshOptions{Now: time.Now()})
	if err != nil {
		t.Logf("attested refresh: %v", err)
		m, rep, err = Refresh(ctx, f, current, RefreshOptions{Now: time.Now(), AllowUnattestedSeedsUnsafe: true})
		if err != nil {
			t.Fatal(err)
		}
	}
	t.Logf("refreshed to %s (TUF root v%d -> v%d, fetched %v): %s", rep.Version, rep.FromRoot, rep.ToRoot, rep.Fetched, m.Source)
}

// From the material of @sigstore/tuf@3.1.1 (TUF root v12), the live refresh
// collects roots v13..v15 from older published versions.
func TestLiveRefreshChain(t *testing.T) {
	reg := os.Getenv("DEPFENCE_E2E_REGISTRY")
	if reg == "" {
		out, err := exec.Command("npm", "config", "get", "registry").Output()
		if err != nil {
			t.Skipf("no DEPFENCE_E2E_REGISTRY and npm config failed: %v", err)
		}
		reg = strings.TrimSpace(string(out))
	}
	f := &httpFetcher{base: strings.TrimRight(reg, "/"), c: &http.Client{Timeout: time.Minute}, p: map[string]*npm.Packument{}}
	_, rep, err := Refresh(context.Background(), f, materialOf(t, "3.1.1"), RefreshOptions{Now: time.Now(), AllowUnattestedSeedsUnsafe: true})
	if err != nil {
		t.Fatal(err)
	}
	if rep.FromRoot != 12 || rep.ToRoot < 16 {
		t.Fatalf("report %+v", rep)
	}
	t.Logf("v%d -> v%d via %v", rep.FromRoot, rep.ToRoot, rep.Fetched)
}
