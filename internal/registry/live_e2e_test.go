//go:build e2e

// Live tests against a real registry. Never run in CI:
//
//	go test -tags e2e -run Live ./internal/registry/
//	DEPFENCE_E2E_BULK=1 go test -tags e2e -run LiveBulk -v ./internal/registry/
//
// The registry is DEPFENCE_E2E_REGISTRY, else `npm config get registry`.
// The user's own .npmrc files and environment are read as the CLI would.
package registry_test

import (
	"context"
	"encoding/json"
	"log/slog"
	"os"
	"os/exec"
	"runtime"
	"strconv"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"golang.org/x/sync/errgroup"

	"github.com/depfence/depfence/internal/fixture"
	"github.com/depfence/depfence/internal/npm"
	"github.com/depfence/depfence/internal/npmrc"
	"github.com/depfence/depfence/internal/registry"
)

func liveClient(t *testing.T, opts ...registry.Option) *registry.Client {
	t.Helper()
	reg := os.Getenv("DEPFENCE_E2E_REGISTRY")
	if reg == "" {
		out, err := exec.Command("npm", "config", "get", "registry").Output()
		if err != nil {
			t.Skipf("no DEPFENCE_E2E_REGISTRY and npm config failed: %v", err)
		}
		reg = strings.TrimSpace(string(out))
	}
	home, _ := os.UserHomeDir()
	cfg, err := npmrc.Load(npmrc.Options{
		HomeDir:             home,
		Env:                 append(os.Environ(), "npm_config_registry="+reg),
		PublicRegistryHosts: []string{"registry.npm.local", "registry.yarn.local"},
	})
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("registry %s", cfg.Registry.Redacted())
	c, err := registry.New(cfg, opts...)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(c.Close)
	return c
}

func TestLivePackumentAndTarball(t *testing.T) {
	c := liveClient(t)
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	for _, name := range []string{"react", "@types/node"} {
		p, err := c.Packument(ctx, name)
		if err != nil {
			t.Fatal(err)
		}
		latest := p.DistTags["latest"]
		v := p.Versions[latest]
		if v == nil || v.Dist.Integrity == "" {
			t.Fatalf("%s@%s: no dist", name, latest)
		}
		data, err := c.Tarball(ctx, name, latest, "", npm.Integrity{})
		if err != nil {
			t.Fatal(err)
		}
		t.Logf("%s@%s: %d versions, tarball %d bytes", name, latest, len(p.Versions), len(data))
		m, err := c.Manifest(ctx, name, latest)
		if err != nil || m.Version != latest {
			t.Fatalf("manifest: %v", err)
		}
	}
	if _, err := c.Packument(ctx, "depfence-surely-not-a-package-"+strconv.FormatInt(time.Now().UnixNano(), 36)); err == nil {
		t.Errorf("missing package found")
	}
}

// TestLiveBulk fetches and verifies every linux-x64 tarball of the perf
// fixture's lockfile (1,125 tarballs, 164 MB) with 32 parallel fetches over
// the shared transport, keeping none of them.
func TestLiveBulk(t *testing.T) {
	if os.Getenv("DEPFENCE_E2E_BULK") == "" {
		t.Skip("set DEPFENCE_E2E_BULK=1")
	}
	data, err := os.ReadFile(fixture.Shared(t, "fixtures", "perf", "nextjs-app", "package-lock.json"))
	if err != nil {
		t.Fatal(err)
	}
	var lock struct {
		Packages map[string]struct {
			Name      string   `json:"name"`
			Version   string   `json:"version"`
			Resolved  string   `json:"resolved"`
			Integrity string   `json:"integrity"`
			Link      bool     `json:"link"`
			OS        []string `json:"os"`
			CPU       []string `json:"cpu"`
			Libc      []string `json:"libc"`
		} `json:"packages"`
	}
	if err := json.Unmarshal(data, &lock); err != nil {
		t.Fatal(err)
	}
	type job struct{ name, version, url, sri string }
	seen := map[string]bool{}
	var jobs []job
	has := func(l []string, v string) bool {
		for _, x := range l {
			if x == v {
				return true
			}
		}
		return len(l) == 0
	}
	for path, p := range lock.Packages {
		if path == "" || p.Link || p.Resolved == "" || !has(p.OS, "linux") || !has(p.CPU, "x64") || !has(p.Libc, "glibc") || seen[p.Resolved] {
			continue
		}
		seen[p.Resolved] = true
		name := p.Name
		if name == "" {
			i := strings.LastIndex(path, "node_modules/")
			name = path[i+len("node_modules/"):]
		}
		jobs = append(jobs, job{name, p.Version, p.Resolved, p.Integrity})
	}
	var logs syncBuffer
	c := liveClient(t, registry.WithLogger(slog.New(slog.NewTextHandler(&logs, &slog.HandlerOptions{Level: slog.LevelDebug}))))
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	defer cancel()
	var total atomic.Int64
	var peak atomic.Uint64
	stop := make(chan struct{})
	go func() {
		var ms runtime.MemStats
		for {
			select {
			case <-stop:
				return
			case <-time.After(50 * time.Millisecond):
				runtime.ReadMemStats(&ms)
				if ms.HeapInuse > peak.Load() {
					peak.Store(ms.HeapInuse)
				}
			}
		}
	}()
	start := time.Now()
	g, gctx := errgroup.WithContext(ctx)
	parallel := 32
	if n, err := strconv.Atoi(os.Getenv("DEPFENCE_E2E_PARALLEL")); err == nil && n > 0 {
		parallel = n
	}
	g.SetLimit(parallel)
	for _, j := range jobs {
		g.Go(func() error {
			sri, err := npm.ParseIntegrity(j.sri)
			if err != nil {
				return err
			}
			b, err := c.Tarball(gctx, j.name, j.version, j.url, sri)
			total.Add(int64(len(b)))
			return err
		})
	}
	err = g.Wait()
	close(stop)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("%d tarballs, %d bytes, verified, %d in parallel, in %s; peak heap in use %d MiB", len(jobs), total.Load(), parallel, time.Since(start).Round(time.Millisecond), peak.Load()>>20)
	logs.mu.Lock()
	defer logs.mu.Unlock()
	t.Logf("responses over HTTP/2: %d", strings.Count(logs.String(), "proto=HTTP/2.0"))
}
