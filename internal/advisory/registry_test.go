package advisory

import (
	"compress/gzip"
	"context"
	"encoding/json"
	"errors"
	"io"
	"net/http"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/depfence/depfence/internal/npmrc"
	"github.com/depfence/depfence/internal/registry"
	"github.com/depfence/depfence/internal/registry/registrytest"
)

const (
	bulkPath  = "/-/npm/v1/security/advisories/bulk"
	quickPath = "/-/npm/v1/security/audits/quick"
)

func newClient(t *testing.T, s *registrytest.Server) *registry.Client {
	t.Helper()
	cfg, err := npmrc.Load(npmrc.Options{DefaultRegistry: s.URL})
	if err != nil {
		t.Fatal(err)
	}
	c, err := registry.New(cfg, registry.WithRetries(0), registry.WithTimeouts(registry.Timeouts{Request: 10 * time.Second}))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(c.Close)
	return c
}

// recorder decodes and keeps every request body a handler receives.
type recorder struct {
	mu     sync.Mutex
	bodies [][]byte
	errs   []string
}

func (rec *recorder) read(r *http.Request) []byte {
	rec.mu.Lock()
	defer rec.mu.Unlock()
	check := func(cond bool, msg string) {
		if !cond {
			rec.errs = append(rec.errs, msg)
		}
	}
	check(r.Method == http.MethodPost, "method "+r.Method)
	check(r.Header.Get("Content-Encoding") == "gzip", "content-encoding "+r.Header.Get("Content-Encoding"))
	check(r.Header.Get("Content-Type") == "application/json", "content-type "+r.Header.Get("Content-Type"))
	zr, err := gzip.NewReader(r.Body)
	if err != nil {
		rec.errs = append(rec.errs, "body is not gzip: "+err.Error())
		return nil
	}
	b, err := io.ReadAll(zr)
	if err != nil {
		rec.errs = append(rec.errs, err.Error())
	}
	rec.bodies = append(rec.bodies, b)
	return b
}

func (rec *recorder) check(t *testing.T) {
	t.Helper()
	for _, e := range rec.errs {
		t.Errorf("request: %s", e)
	}
}

func TestRegistrySourceBulk(t *testing.T) {
	s := registrytest.New(t)
	rec := &recorder{}
	fixture := readFixture(t, "registry/bulk-response.json")
	s.Handle(bulkPath, func(w http.ResponseWriter, r *http.Request) {
		rec.read(r)
		w.Header().Set("Content-Type", "application/json")
		_, _ = w.Write(fixture)
	})
	src := NewRegistrySource(newClient(t, s))
	got, err := src.Query(context.Background(), map[string][]string{
		"lodash": {"4.17.20", "3.10.1", "4.17.20"}, "depfence-fixture-stealer": {"1.0.0"}, "left-pad": {"1.3.0"},
	})
	if err != nil {
		t.Fatal(err)
	}
	rec.check(t)
	if len(rec.bodies) != 1 {
		t.Fatalf("%d requests, want 1", len(rec.bodies))
	}
	var sent map[string][]string
	if err := json.Unmarshal(rec.bodies[0], &sent); err != nil {
		t.Fatalf("request body %q: %v", rec.bodies[0], err)
	}
	wantSent := map[string][]string{"lodash": {"3.10.1", "4.17.20"}, "depfence-fixture-stealer": {"1.0.0"}, "left-pad": {"1.3.0"}}
	if diff := cmp.Diff(wantSent, sent); diff != "" {
		t.Errorf("request body (-want +got):\n%s", diff)
	}
	ids := map[string][]string{}
	for n, as := range got {
		for _, a := range as {
			ids[n] = append(ids[n], a.ID)
		}
	}
	wantIDs := map[string][]string{"lodash": {"GHSA-35jh-r3h4-6jhm", "GHSA-29mw-wpgm-hmr9"}, "depfence-fixture-stealer": {"GHSA-9999-9999-9999"}}
	if diff := cmp.Diff(wantIDs, ids); diff != "" {
		t.Errorf("advisories (-want +got):\n%s", diff)
	}
}

func TestRegistrySourceChunks(t *testing.T) {
	s := registrytest.New(t)
	rec := &recorder{}
	s.Handle(bulkPath, func(w http.ResponseWriter, r *http.Request) {
		var req map[string][]string
		_ = json.Unmarshal(rec.read(r), &req)
		ans := map[string][]map[string]any{}
		for n := range req {
			ans[n] = []map[string]any{{"id": len(n), "url": "https://example.invalid/" + n, "title": "t " + n, "severity": "low", "vulnerable_versions": "*"}}
		}
		_ = json.NewEncoder(w).Encode(ans)
	})
	src := NewRegistrySource(newClient(t, s), WithChunk(2))
	got, err := src.Query(context.Background(), map[string][]string{"a": {"1.0.0", "2.0.0", "3.0.0"}, "b": {"1.0.0"}, "c": {"1.0.0"}})
	if err != nil {
		t.Fatal(err)
	}
	rec.check(t)
	var sent []map[string][]string
	for _, b := range rec.bodies {
		var m map[string][]string
		if err := json.Unmarshal(b, &m); err != nil {
			t.Fatal(err)
		}
		sent = append(sent, m)
	}
	want := []map[string][]string{{"a": {"1.0.0", "2.0.0"}}, {"a": {"3.0.0"}, "b": {"1.0.0"}}, {"c": {"1.0.0"}}}
	if diff := cmp.Diff(want, sent); diff != "" {
		t.Errorf("chunks (-want +got):\n%s", diff)
	}
	if len(got["a"]) != 2 || len(got["b"]) != 1 || len(got["c"]) != 1 {
		t.Errorf("answers merged wrongly: %v", got)
	}
}

func TestRegistrySourceQuickFallback(t *testing.T) {
	s := registrytest.New(t)
	s.Fault(bulkPath, registrytest.Status(404))
	s.Handle(bulkPath, func(w http.ResponseWriter, r *http.Request) {}) // answered by the fault
	rec := &recorder{}
	fixture := readFixture(t, "registry/quick-response.json")
	s.Handle(quickPath, func(w http.ResponseWriter, r *http.Request) {
		rec.read(r)
		_, _ = w.Write(fixture)
	})
	src := NewRegistrySource(newClient(t, s))
	got, err := src.Query(context.Background(), map[string][]string{"lodash": {"4.17.20", "4.17.21"}, "ms": {"2.1.3"}})
	if err != nil {
		t.Fatal(err)
	}
	rec.check(t)
	// One version per name per legacy request: two layers.
	if len(rec.bodies) != 2 {
		t.Fatalf("%d quick audit requests, want 2", len(rec.bodies))
	}
	var doc struct {
		Name         string                       `json:"name"`
		Version      string                       `json:"version"`
		Requires     map[string]string            `json:"requires"`
		Dependencies map[string]map[string]string `json:"dependencies"`
		Metadata     map[string]string            `json:"metadata"`
	}
	var layers []map[string]string
	for _, b := range rec.bodies {
		if err := json.Unmarshal(b, &doc); err != nil {
			t.Fatalf("quick audit body %q: %v", b, err)
		}
		for n, d := range doc.Dependencies {
			if doc.Requires[n] != d["version"] {
				t.Errorf("requires[%q] = %q, dependencies version %q", n, doc.Requires[n], d["version"])
			}
		}
		if doc.Name == "" || doc.Version == "" || doc.Metadata == nil {
			t.Errorf("legacy payload lacks name/version/metadata: %s", b)
		}
		layers = append(layers, doc.Requires)
		doc.Requires, doc.Dependencies = nil, nil
	}
	want := []map[string]string{{"lodash": "4.17.20", "ms": "2.1.3"}, {"lodash": "4.17.21"}}
	if diff := cmp.Diff(want, layers); diff != "" {
		t.Errorf("legacy requests (-want +got):\n%s", diff)
	}
	if len(got["lodash"]) != 1 || got["lodash"][0].ID != "GHSA-35jh-r3h4-6jhm" || got["lodash"][0].Patched != "4.17.21" {
		t.Errorf("quick audit advisories: %+v", got)
	}
}

func TestRegistrySourceUnavailable(t *testing.T) {
	tests := []struct {
		name       string
		bulk       int
		quick      int
		wantReason string
	}{
		{"both_404", 404, 404, "the registry has no advisory endpoints"},
		{"405_and_404", 405, 404, "the registry has no advisory endpoints"},
		{"bulk_500_quick_400", 500, 400, "the bulk advisory and quick audit requests failed"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := registrytest.New(t)
			s.Handle(bulkPath, func(w http.ResponseWriter, r *http.Request) { http.Error(w, "{}", tt.bulk) })
			s.Handle(quickPath, func(w http.ResponseWriter, r *http.Request) { http.Error(w, "{}", tt.quick) })
			_, err := NewRegistrySource(newClient(t, s)).Query(context.Background(), map[string][]string{"lodash": {"4.17.20"}})
			var ue *UnavailableError
			if !errors.Is(err, ErrUnavailable) || !errors.As(err, &ue) {
				t.Fatalf("err = %v, want ErrUnavailable", err)
			}
			if !strings.Contains(ue.Reason, tt.wantReason) || ue.Source != "npm registry" {
				t.Errorf("reason %q, want %q", ue.Reason, tt.wantReason)
			}
		})
	}
}

func TestRegistrySourceMalformed(t *testing.T) {
	s := registrytest.New(t)
	s.Handle(bulkPath, func(w http.ResponseWriter, r *http.Request) { _, _ = w.Write([]byte("<html>")) })
	s.Handle(quickPath, func(w http.ResponseWriter, r *http.Request) { _, _ = w.Write([]byte(`{"error": "nope"}`)) })
	_, err := NewRegistrySource(newClient(t, s)).Query(context.Background(), map[string][]string{"a": {"1.0.0"}})
	if !errors.Is(err, ErrUnavailable) {
		t.Fatalf("err = %v, want ErrUnavailable (never a clean answer)", err)
	}
}

func TestRegistrySourceEmpty(t *testing.T) {
	s := registrytest.New(t) // any request would fail the test
	got, err := NewRegistrySource(newClient(t, s)).Query(context.Background(), nil)
	if err != nil || len(got) != 0 {
		t.Errorf("empty query: %v, %v", got, err)
	}
}

type memCache struct {
	mu sync.Mutex
	m  map[string][]byte
}

func (c *memCache) Result(key string) ([]byte, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if b, ok := c.m[key]; ok {
		return b, nil
	}
	return nil, errors.New("miss")
}

func (c *memCache) PutResult(key string, data []byte) error {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.m[key] = data
	return nil
}

func TestRegistrySourceOfflineCache(t *testing.T) {
	s := registrytest.New(t)
	fixture := readFixture(t, "registry/bulk-response.json")
	s.Handle(bulkPath, func(w http.ResponseWriter, r *http.Request) { _, _ = w.Write(fixture) })
	mc := &memCache{m: map[string][]byte{}}
	pkgs := map[string][]string{"lodash": {"4.17.20"}, "left-pad": {"1.3.0"}}
	online, err := NewRegistrySource(newClient(t, s), WithCache(mc, s.URL)).Query(context.Background(), pkgs)
	if err != nil {
		t.Fatal(err)
	}
	cfg, err := npmrc.Load(npmrc.Options{DefaultRegistry: s.URL})
	if err != nil {
		t.Fatal(err)
	}
	off, err := registry.New(cfg, registry.WithOffline(true))
	if err != nil {
		t.Fatal(err)
	}
	defer off.Close()
	s.ResetRequests()
	got, err := NewRegistrySource(off, WithCache(mc, s.URL)).Query(context.Background(), pkgs)
	if err != nil {
		t.Fatal(err)
	}
	if len(s.Requests()) != 0 {
		t.Errorf("offline query made %d requests", len(s.Requests()))
	}
	if diff := cmp.Diff(online, got); diff != "" {
		t.Errorf("offline answer differs from the stored online one (-online +offline):\n%s", diff)
	}
	// Other versions, another registry, or no cache: unavailable, with why.
	for name, src := range map[string]*RegistrySource{
		"other_versions": NewRegistrySource(off, WithCache(mc, s.URL)),
		"other_registry": NewRegistrySource(off, WithCache(mc, "https://other.example/")),
		"no_cache":       NewRegistrySource(off),
	} {
		q := pkgs
		if name == "other_versions" {
			q = map[string][]string{"lodash": {"4.17.21"}}
		}
		_, err := src.Query(context.Background(), q)
		var ue *UnavailableError
		if !errors.As(err, &ue) || !strings.Contains(ue.Reason, "offline") {
			t.Errorf("%s: %v, want unavailable (offline)", name, err)
		}
	}
}
