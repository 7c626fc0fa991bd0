package registry_test

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"crypto/elliptic"
	crand "crypto/rand"
	"crypto/x509"
	"crypto/x509/pkix"
	"encoding/pem"
	"errors"
	"fmt"
	"io/fs"
	"log/slog"
	"math/big"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"golang.org/x/sync/errgroup"

	"github.com/depfence/depfence/internal/npm"
	"github.com/depfence/depfence/internal/npmrc"
	"github.com/depfence/depfence/internal/registry"
	"github.com/depfence/depfence/internal/registry/registrytest"
)

const canary = "npm_CANARYTOKEN123"

// env is one test's client and what it recorded.
type env struct {
	c      *registry.Client
	cfg    *npmrc.Config
	logs   *bytes.Buffer
	sleeps *sleeps
}

type sleeps struct {
	mu sync.Mutex
	d  []time.Duration
}

func (s *sleeps) sleep(ctx context.Context, d time.Duration) error {
	s.mu.Lock()
	s.d = append(s.d, d)
	s.mu.Unlock()
	return ctx.Err()
}

func (s *sleeps) all() []time.Duration {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]time.Duration(nil), s.d...)
}

// syncBuffer is a goroutine-safe log sink.
type syncBuffer struct {
	mu sync.Mutex
	bytes.Buffer
}

func (b *syncBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.Buffer.Write(p)
}

// newEnv builds a client whose registry is s, with the extra .npmrc lines,
// fast timeouts and an instant sleeper. It checks at cleanup that the
// canary token never reached the logs.
func newEnv(t *testing.T, s *registrytest.Server, rc string, opts ...registry.Option) *env {
	t.Helper()
	cfg := loadCfg(t, "registry="+s.URL+"\n"+rc)
	logs := &syncBuffer{}
	sl := &sleeps{}
	base := []registry.Option{
		registry.WithLogger(slog.New(slog.NewTextHandler(logs, &slog.HandlerOptions{Level: slog.LevelDebug}))),
		registry.WithSleep(sl.sleep),
		registry.WithBackoff(time.Millisecond, 4*time.Millisecond),
		registry.WithTimeouts(registry.Timeouts{Dial: time.Second, ResponseHeader: 2 * time.Second, Idle: 300 * time.Millisecond, Request: 5 * time.Second}),
	}
	c, err := registry.New(cfg, append(base, opts...)...)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		c.Close()
		logs.mu.Lock()
		defer logs.mu.Unlock()
		if strings.Contains(logs.String(), canary) {
			t.Errorf("canary token in logs:\n%s", logs.String())
		}
	})
	return &env{c: c, cfg: cfg, logs: &logs.Buffer, sleeps: sl}
}

// loadCfg loads rc as the project .npmrc, with the fixtures' placeholder
// public registry hosts.
func loadCfg(tb testing.TB, rc string) *npmrc.Config {
	tb.Helper()
	cfg, err := npmrc.Load(npmrc.Options{
		ProjectDir:          "/p",
		PublicRegistryHosts: []string{"registry.npm.local", "registry.yarn.local"},
		ReadFile: func(name string) ([]byte, error) {
			if name == "/p/.npmrc" {
				return []byte(rc), nil
			}
			if strings.HasPrefix(name, os.TempDir()) {
				return os.ReadFile(name) // a cafile the test wrote
			}
			return nil, fs.ErrNotExist
		},
	})
	if err != nil {
		tb.Fatal(err)
	}
	return cfg
}

func mustIntegrity(t *testing.T, s string) npm.Integrity {
	t.Helper()
	i, err := npm.ParseIntegrity(s)
	if err != nil {
		t.Fatal(err)
	}
	return i
}

func TestPackumentManifestTarball(t *testing.T) {
	s := registrytest.New(t)
	a := s.AddPackage("a", "1.0.0", map[string]any{"scripts": map[string]any{"postinstall": "node x.js"}, "dependencies": map[string]any{"b": "^2"}}, map[string]string{"index.js": "module.exports = 1\n"})
	s.AddPackage("a", "1.1.0", nil, nil)
	b := s.AddPackage("@scope/b", "2.0.0", nil, nil)
	e := newEnv(t, s, "")
	ctx := context.Background()

	p, err := e.c.Packument(ctx, "a")
	if err != nil {
		t.Fatal(err)
	}
	if got := p.DistTags["latest"]; got != "1.1.0" {
		t.Errorf("latest = %q", got)
	}
	v := p.Versions["1.0.0"]
	if v == nil || v.Dist.Integrity != a.Integrity || !v.HasInstallScript || v.Scripts != nil || v.Dependencies["b"] != "^2" {
		t.Errorf("abbreviated version = %+v", v)
	}
	reqs := s.Requests()
	if got := reqs[0].Header.Get("Accept"); got != registry.AcceptAbbreviated {
		t.Errorf("Accept = %q", got)
	}

	m, err := e.c.Manifest(ctx, "a", "1.0.0")
	if err != nil {
		t.Fatal(err)
	}
	if m.Scripts["postinstall"] != "node x.js" {
		t.Errorf("full manifest scripts = %v", m.Scripts)
	}
	if _, err := e.c.Manifest(ctx, "a", "latest"); err != nil {
		t.Errorf("dist-tag: %v", err)
	}
	if _, err := e.c.Manifest(ctx, "a", "9.9.9"); !errors.Is(err, registry.ErrNotFound) || !strings.Contains(err.Error(), "a@9.9.9") {
		t.Errorf("missing version: %v", err)
	}

	data, err := e.c.Tarball(ctx, "a", "1.0.0", a.TarballURL, mustIntegrity(t, a.Integrity))
	if err != nil || !bytes.Equal(data, a.Tarball) {
		t.Fatalf("tarball: %v", err)
	}
	// Scoped: packument path is /@scope%2fb, dist taken from the packument.
	data, err = e.c.Tarball(ctx, "@scope/b", "2.0.0", "", npm.Integrity{})
	if err != nil || !bytes.Equal(data, b.Tarball) {
		t.Fatalf("scoped tarball from packument: %v", err)
	}
	var sawEscaped bool
	for _, r := range s.Requests() {
		if r.Path == "/@scope/b" {
			sawEscaped = true
		}
	}
	if !sawEscaped {
		t.Errorf("no scoped packument request")
	}
	// A sha1-only integrity (old lockfiles) still verifies.
	sha1, _ := npm.IntegrityFromHex(npm.SHA1, a.Shasum)
	if _, err := e.c.Tarball(ctx, "a", "1.0.0", a.TarballURL, sha1); err != nil {
		t.Errorf("sha1 integrity: %v", err)
	}
}

func TestPackumentURL(t *testing.T) {
	s := registrytest.New(t)
	e := newEnv(t, s, "@corp:registry=http://corp.example/api/npm/\n")
	tests := map[string]string{
		"lodash":     s.URL + "lodash",
		"@s/x":       s.URL + "@s%2fx",
		"@corp/tool": "http://corp.example/api/npm/@corp%2ftool",
	}
	for name, want := range tests {
		u, err := e.c.PackumentURL(name)
		if err != nil || u.String() != want {
			t.Errorf("PackumentURL(%q) = %v, %v; want %s", name, u, err, want)
		}
	}
	for _, bad := range []string{"../etc/passwd", "a/b", "", "@s/x/y", "%2e%2e"} {
		if _, err := e.c.Packument(context.Background(), bad); !errors.Is(err, registry.ErrInvalidRequest) {
			t.Errorf("Packument(%q) err = %v, want ErrInvalidRequest", bad, err)
		}
	}
	if n := len(s.Requests()); n != 0 {
		t.Errorf("%d requests for invalid names", n)
	}
}

func TestFaults(t *testing.T) {
	tests := []struct {
		name         string
		fault        registrytest.Fault
		onPackument  bool
		opts         []registry.Option
		wantErr      error // nil: success expected
		wantAttempts int   // server hits for the faulted path
		wantSleeps   []time.Duration
	}{
		{name: "500_always", fault: registrytest.Status(500), wantErr: registry.ErrStatus, wantAttempts: 3},
		{name: "502_then_ok", fault: registrytest.Status(502).Times(2), wantAttempts: 3},
		{name: "503_retry_after_then_ok", fault: registrytest.StatusRetryAfter(503, "2").Times(1), wantAttempts: 2, wantSleeps: []time.Duration{2 * time.Second}},
		{name: "429_retry_after_capped", fault: registrytest.StatusRetryAfter(429, "86400").Times(1), opts: []registry.Option{registry.WithMaxRetryAfter(3 * time.Second)},
			wantAttempts: 2, wantSleeps: []time.Duration{3 * time.Second}},
		{name: "429_retry_after_date", fault: registrytest.StatusRetryAfter(429, "Thu, 01 Jan 2099 00:00:00 GMT").Times(1), wantAttempts: 2, wantSleeps: []time.Duration{registry.DefaultMaxRetryAfter}},
		{name: "429_always", fault: registrytest.StatusRetryAfter(429, "1"), wantErr: registry.ErrStatus, wantAttempts: 3},
		{name: "404", fault: registrytest.Status(404), wantErr: registry.ErrNotFound, wantAttempts: 1},
		{name: "401", fault: registrytest.Status(401), wantErr: registry.ErrAuth, wantAttempts: 1},
		{name: "418", fault: registrytest.Status(418), wantErr: registry.ErrStatus, wantAttempts: 1},
		{name: "hang", fault: registrytest.Hang(), wantErr: registry.ErrTimeout, wantAttempts: 3,
			opts: []registry.Option{registry.WithTimeouts(registry.Timeouts{ResponseHeader: 200 * time.Millisecond, Idle: time.Second, Request: 5 * time.Second})}},
		{name: "hang_whole_request_timeout", fault: registrytest.Hang(), wantErr: registry.ErrTimeout, wantAttempts: 2,
			opts: []registry.Option{registry.WithRetries(1), registry.WithTimeouts(registry.Timeouts{ResponseHeader: time.Minute, Idle: time.Minute, Request: 200 * time.Millisecond})}},
		{name: "delay_then_ok", fault: registrytest.Delay(50 * time.Millisecond), wantAttempts: 1},
		{name: "trickle_idle", fault: registrytest.Trickle(1, time.Second), wantErr: registry.ErrTimeout, wantAttempts: 3,
			opts: []registry.Option{registry.WithTimeouts(registry.Timeouts{Idle: 100 * time.Millisecond, Request: 10 * time.Second})}},
		{name: "trickle_whole_request", fault: registrytest.Trickle(1, 10*time.Millisecond), wantErr: registry.ErrTimeout, wantAttempts: 1,
			opts: []registry.Option{registry.WithRetries(0), registry.WithTimeouts(registry.Timeouts{Idle: time.Second, Request: 300 * time.Millisecond})}},
		{name: "redirect_loop", fault: registrytest.RedirectLoop(), wantErr: registry.ErrRedirect, wantAttempts: 11},
		{name: "wrong_integrity", fault: registrytest.WrongIntegrity(), wantErr: registry.ErrIntegrity, wantAttempts: 1},
		{name: "garbage_tarball", fault: registrytest.Garbage(0), wantErr: registry.ErrIntegrity, wantAttempts: 1},
		{name: "garbage_packument", fault: registrytest.Garbage(0), onPackument: true, wantErr: registry.ErrBadResponse, wantAttempts: 1},
		{name: "truncated", fault: registrytest.Truncate(), wantErr: errAny, wantAttempts: 3},
		{name: "truncated_once", fault: registrytest.Truncate().Times(1), wantAttempts: 2},
		{name: "gzip_bomb_tarball", fault: registrytest.GzipBomb(1 << 30), wantErr: registry.ErrTooLarge, wantAttempts: 1,
			opts: []registry.Option{registry.WithLimits(registry.Limits{Tarball: 4 << 20})}},
		{name: "gzip_bomb_packument", fault: registrytest.GzipBomb(1 << 30), onPackument: true, wantErr: registry.ErrTooLarge, wantAttempts: 1,
			opts: []registry.Option{registry.WithLimits(registry.Limits{Packument: 4 << 20})}},
		{name: "body_over_limit", fault: registrytest.Garbage(64 << 10), wantErr: registry.ErrTooLarge, wantAttempts: 1,
			opts: []registry.Option{registry.WithLimits(registry.Limits{Tarball: 32 << 10})}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			s := registrytest.New(t)
			bad := s.AddPackage("bad", "1.0.0", nil, map[string]string{"index.js": strings.Repeat("x", 2000)})
			var good []*registrytest.Published
			for i := range 4 {
				good = append(good, s.AddPackage(fmt.Sprintf("good%d", i), "1.0.0", nil, nil))
			}
			e := newEnv(t, s, "//"+s.Host()+"/:_authToken="+canary+"\n", tc.opts...)
			path := registrytest.TarballPath("bad", "1.0.0")
			if tc.onPackument {
				path = registrytest.PackumentPath("bad")
			}
			s.Fault(path, tc.fault)

			ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
			defer cancel()
			var g errgroup.Group
			var badErr error
			g.Go(func() error {
				if tc.onPackument {
					_, badErr = e.c.Packument(ctx, "bad")
					return nil
				}
				var data []byte
				data, badErr = e.c.Tarball(ctx, "bad", "1.0.0", bad.TarballURL, mustIntegrity(t, bad.Integrity))
				if badErr == nil && !bytes.Equal(data, bad.Tarball) {
					badErr = errors.New("wrong bytes returned")
				}
				return nil
			})
			for _, p := range good {
				g.Go(func() error {
					_, err := e.c.Tarball(ctx, p.Name, p.Version, p.TarballURL, mustIntegrity(t, p.Integrity))
					return err
				})
			}
			if err := g.Wait(); err != nil {
				t.Errorf("other packages failed: %v", err)
			}
			switch {
			case tc.wantErr == nil && badErr != nil:
				t.Errorf("err = %v, want success", badErr)
			case tc.wantErr == errAny && badErr == nil:
				t.Errorf("no error")
			case tc.wantErr != nil && tc.wantErr != errAny && !errors.Is(badErr, tc.wantErr):
				t.Errorf("err = %v, want %v", badErr, tc.wantErr)
			}
			if badErr != nil {
				var re *registry.Error
				if !errors.As(badErr, &re) || !strings.Contains(badErr.Error(), "bad") {
					t.Errorf("error %q is not a *registry.Error naming the package", badErr)
				}
				if strings.Contains(fmt.Sprintf("%v %+v %#v", badErr, badErr, badErr), canary) {
					t.Errorf("canary in error: %v", badErr)
				}
			}
			if got := s.Hits(path); got != tc.wantAttempts {
				t.Errorf("server hits = %d, want %d", got, tc.wantAttempts)
			}
			if tc.wantSleeps != nil {
				if diff := cmp.Diff(tc.wantSleeps, e.sleeps.all()); diff != "" {
					t.Errorf("sleeps (-want +got):\n%s", diff)
				}
			}
		})
	}
}

var errAny = errors.New("any error")

func TestGzipBombMemory(t *testing.T) {
	s := registrytest.New(t)
	s.Fault("/bomb", registrytest.GzipBomb(10<<30)) // 10 GiB inflated
	e := newEnv(t, s, "", registry.WithLimits(registry.Limits{Packument: 16 << 20}))
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	runtime.GC()
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	_, err := e.c.Packument(ctx, "bomb")
	runtime.ReadMemStats(&after)
	if !errors.Is(err, registry.ErrTooLarge) {
		t.Fatalf("err = %v, want ErrTooLarge", err)
	}
	// 16 MiB cap: the buffer doubles up to 32 MiB; allow decoder and
	// transport overhead on top.
	const bound = 96 << 20
	grew := after.TotalAlloc - before.TotalAlloc
	if grew > bound {
		t.Errorf("allocated %d MiB for a 10 GiB bomb, bound %d MiB", grew>>20, bound>>20)
	}
	t.Logf("10 GiB gzip bomb stopped at the 16 MiB cap: %d MiB allocated in total", grew>>20)
}

func TestAuthScoping(t *testing.T) {
	a := registrytest.New(t) // the configured registry, holds the token
	b := registrytest.New(t) // a foreign host
	pkgA := a.AddPackage("x", "1.0.0", nil, nil)
	// y's dist.tarball points at host b (foreign tarball host).
	pkgY := a.AddPackage("y", "1.0.0", nil, nil)
	foreignPath := "/files/y-1.0.0.tgz"
	b.ServeBytes(foreignPath, "application/octet-stream", pkgY.Tarball)
	a.SetTarballURL("y", "1.0.0", b.URLFor(foreignPath))
	// z's tarball redirects from a to b (cross-host redirect).
	pkgZ := a.AddPackage("z", "1.0.0", nil, nil)
	a.Fault(registrytest.TarballPath("z", "1.0.0"), registrytest.RedirectTo(b.URLFor("/z.tgz")))
	b.ServeBytes("/z.tgz", "application/octet-stream", pkgZ.Tarball)
	// w redirects within host a: credentials stay.
	pkgW := a.AddPackage("w", "1.0.0", nil, nil)
	a.Fault("/moved/w.tgz", registrytest.RedirectTo(registrytest.TarballPath("w", "1.0.0")))

	e := newEnv(t, a, "//"+a.Host()+"/:_authToken="+canary+"\n")
	ctx := context.Background()
	if _, err := e.c.Tarball(ctx, "x", "1.0.0", pkgA.TarballURL, mustIntegrity(t, pkgA.Integrity)); err != nil {
		t.Fatal(err)
	}
	if _, err := e.c.Tarball(ctx, "y", "1.0.0", "", npm.Integrity{}); err != nil {
		t.Fatal(err)
	}
	if _, err := e.c.Tarball(ctx, "z", "1.0.0", pkgZ.TarballURL, mustIntegrity(t, pkgZ.Integrity)); err != nil {
		t.Fatal(err)
	}
	if _, err := e.c.Tarball(ctx, "w", "1.0.0", a.URLFor("/moved/w.tgz"), mustIntegrity(t, pkgW.Integrity)); err != nil {
		t.Fatal(err)
	}
	for _, r := range a.Requests() {
		if got := r.Header.Get("Authorization"); got != "Bearer "+canary {
			t.Errorf("request to the token's host %s had no token", r.Path)
		}
	}
	for _, r := range b.Requests() {
		if got := r.Header.Get("Authorization"); got != "" {
			t.Errorf("foreign host got Authorization on %s", r.Path)
		}
	}
	if b.Hits(foreignPath) != 1 || b.Hits("/z.tgz") != 1 {
		t.Errorf("foreign host hits: %v", b.Requests())
	}
}

func TestAuthNotAfterRedirectBack(t *testing.T) {
	// a -> b -> a: once the host changed, no credentials for the rest.
	a := registrytest.New(t)
	b := registrytest.New(t)
	p := a.AddPackage("x", "1.0.0", nil, nil)
	a.Fault("/start.tgz", registrytest.RedirectTo(b.URLFor("/hop")))
	b.Fault("/hop", registrytest.RedirectTo(a.URLFor(registrytest.TarballPath("x", "1.0.0"))))
	e := newEnv(t, a, "//"+a.Host()+"/:_authToken="+canary+"\n")
	if _, err := e.c.Tarball(context.Background(), "x", "1.0.0", a.URLFor("/start.tgz"), mustIntegrity(t, p.Integrity)); err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, r := range a.Requests() {
		got = append(got, r.Path+" "+strings.ReplaceAll(r.Header.Get("Authorization"), canary, "TOKEN"))
	}
	want := []string{"/start.tgz Bearer TOKEN", registrytest.TarballPath("x", "1.0.0") + " "}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("requests to a (-want +got):\n%s", diff)
	}
}

func TestAuthErrorsDoNotLeak(t *testing.T) {
	s := registrytest.New(t)
	s.Fault("/secret", registrytest.Status(403))
	e := newEnv(t, s, "//"+s.Host()+"/:_authToken="+canary+"\n")
	_, err := e.c.Packument(context.Background(), "secret")
	if !errors.Is(err, registry.ErrAuth) {
		t.Fatalf("err = %v", err)
	}
	// The token in a tarball URL's query and user info never shows.
	_, err = e.c.Tarball(context.Background(), "secret", "1.0.0", "http://u:"+canary+"@"+s.Host()+"/secret?token="+canary, mustIntegrity(t, registrytest.Integrity(nil)))
	if err == nil {
		t.Fatal("no error")
	}
	// A redirect to a signed URL: its query is redacted in logs and errors.
	s.Fault("/signed", registrytest.RedirectTo(s.URLFor("/blob")+"?X-Amz-Signature="+canary))
	s.Fault("/blob", registrytest.Status(500))
	_, err2 := e.c.Tarball(context.Background(), "secret", "1.0.0", s.URLFor("/signed"), mustIntegrity(t, registrytest.Integrity(nil)))
	if !errors.Is(err2, registry.ErrStatus) {
		t.Errorf("signed redirect: %v", err2)
	}
	for _, out := range []string{err.Error(), fmt.Sprintf("%+v", err), err2.Error(), e.logs.String()} {
		if strings.Contains(out, canary) {
			t.Errorf("canary leaked: %s", out)
		}
	}
	if !strings.Contains(e.logs.String(), "X-Amz-Signature=REDACTED") {
		t.Errorf("redirect not logged with a redacted query:\n%s", e.logs.String())
	}
}

func TestScopedRegistryAuth(t *testing.T) {
	pub := registrytest.New(t)
	corp := registrytest.New(t)
	p := corp.AddPackage("@corp/lib", "1.0.0", nil, nil)
	q := pub.AddPackage("left-pad", "1.0.0", nil, nil)
	e := newEnv(t, pub, "@corp:registry="+corp.URL+"\n"+corp.NerfDart()+":_authToken="+canary+"\n")
	ctx := context.Background()
	if _, err := e.c.Tarball(ctx, "@corp/lib", "1.0.0", "", npm.Integrity{}); err != nil {
		t.Fatal(err)
	}
	if _, err := e.c.Tarball(ctx, "left-pad", "1.0.0", "", npm.Integrity{}); err != nil {
		t.Fatal(err)
	}
	for _, r := range corp.Requests() {
		if r.Header.Get("Authorization") == "" {
			t.Errorf("corp request %s without token", r.Path)
		}
	}
	for _, r := range pub.Requests() {
		if r.Header.Get("Authorization") != "" {
			t.Errorf("public registry got a token on %s", r.Path)
		}
	}
	_ = p
	_ = q
}

func TestReplaceRegistryHost(t *testing.T) {
	s := registrytest.New(t)
	p := s.AddPackage("@s/a", "1.0.0", nil, nil)
	e := newEnv(t, s, "")
	resolved := "https://registry.npm.local" + registrytest.TarballPath("@s/a", "1.0.0")
	data, err := e.c.Tarball(context.Background(), "@s/a", "1.0.0", resolved, mustIntegrity(t, p.Integrity))
	if err != nil || !bytes.Equal(data, p.Tarball) {
		t.Fatalf("replace-registry-host: %v", err)
	}
	// "never" fetches as written: the placeholder host does not resolve in
	// tests, so route it through a transport that records the host.
	var hosts []string
	var mu sync.Mutex
	rt := roundTripFunc(func(r *http.Request) (*http.Response, error) {
		mu.Lock()
		hosts = append(hosts, r.URL.Host)
		mu.Unlock()
		return nil, errors.New("offline test transport")
	})
	e2 := newEnv(t, s, "replace-registry-host=never\n", registry.WithTransport(rt), registry.WithRetries(0))
	if _, err := e2.c.Tarball(context.Background(), "@s/a", "1.0.0", resolved, mustIntegrity(t, p.Integrity)); err == nil {
		t.Fatal("no error")
	}
	if diff := cmp.Diff([]string{"registry.npm.local"}, hosts); diff != "" {
		t.Errorf("hosts (-want +got):\n%s", diff)
	}
}

type roundTripFunc func(*http.Request) (*http.Response, error)

func (f roundTripFunc) RoundTrip(r *http.Request) (*http.Response, error) { return f(r) }

func TestConditionalRevalidation(t *testing.T) {
	s := registrytest.New(t)
	s.AddPackage("a", "1.0.0", nil, nil)
	cache := registry.NewMemoryPackumentCache()
	now := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	clock := func() time.Time { return now }
	e := newEnv(t, s, "", registry.WithPackumentCache(cache, 0), registry.WithClock(clock))
	ctx := context.Background()
	p1, err := e.c.Packument(ctx, "a")
	if err != nil {
		t.Fatal(err)
	}
	p2, err := e.c.Packument(ctx, "a")
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(p1, p2); diff != "" {
		t.Errorf("revalidated packument differs (-first +second):\n%s", diff)
	}
	reqs := s.Requests()
	if len(reqs) != 2 {
		t.Fatalf("requests = %d, want 2", len(reqs))
	}
	if reqs[0].Header.Get("If-None-Match") != "" || reqs[1].Header.Get("If-None-Match") == "" || reqs[1].Header.Get("If-Modified-Since") == "" {
		t.Errorf("conditional headers: first %v, second %v", reqs[0].Header, reqs[1].Header)
	}
	if !strings.Contains(e.logs.String(), "status=304") {
		t.Errorf("no 304 in logs:\n%s", e.logs.String())
	}
	// Full and abbreviated are cached separately.
	if _, err := e.c.FullPackument(ctx, "a"); err != nil {
		t.Fatal(err)
	}
	if got := s.Requests()[2].Header.Get("If-None-Match"); got != "" {
		t.Errorf("full packument sent the abbreviated ETag")
	}

	// maxAge: a fresh entry is served without a request.
	e2 := newEnv(t, s, "", registry.WithPackumentCache(cache, time.Minute), registry.WithClock(clock))
	s.ResetRequests()
	if _, err := e2.c.Packument(ctx, "a"); err != nil {
		t.Fatal(err)
	}
	if n := len(s.Requests()); n != 0 {
		t.Errorf("fresh cache entry made %d requests", n)
	}

	// Offline: hits come from the cache, misses are named.
	e3 := newEnv(t, s, "", registry.WithPackumentCache(cache, 0), registry.WithOffline(true))
	if _, err := e3.c.Packument(ctx, "a"); err != nil {
		t.Errorf("offline hit: %v", err)
	}
	if _, err := e3.c.Packument(ctx, "missing"); !errors.Is(err, registry.ErrOffline) || !strings.Contains(err.Error(), "missing") {
		t.Errorf("offline miss: %v", err)
	}
	if n := len(s.Requests()); n != 0 {
		t.Errorf("offline made %d requests", n)
	}
}

func TestSingleflight(t *testing.T) {
	s := registrytest.New(t)
	p := s.AddPackage("a", "1.0.0", nil, nil)
	s.Fault(registrytest.TarballPath("a", "1.0.0"), registrytest.Delay(200*time.Millisecond))
	s.Fault(registrytest.PackumentPath("a"), registrytest.Delay(200*time.Millisecond))
	e := newEnv(t, s, "")
	ctx := context.Background()
	var g errgroup.Group
	for range 20 {
		g.Go(func() error {
			_, err := e.c.Tarball(ctx, "a", "1.0.0", p.TarballURL, mustIntegrity(t, p.Integrity))
			return err
		})
		g.Go(func() error {
			_, err := e.c.Packument(ctx, "a")
			return err
		})
	}
	if err := g.Wait(); err != nil {
		t.Fatal(err)
	}
	if got := s.Hits(registrytest.TarballPath("a", "1.0.0")); got != 1 {
		t.Errorf("tarball hits = %d, want 1", got)
	}
	if got := s.Hits(registrytest.PackumentPath("a")); got != 1 {
		t.Errorf("packument hits = %d, want 1", got)
	}
}

func TestSingleflightCancel(t *testing.T) {
	s := registrytest.New(t)
	p := s.AddPackage("a", "1.0.0", nil, nil)
	s.Fault(registrytest.TarballPath("a", "1.0.0"), registrytest.Hang())
	e := newEnv(t, s, "", registry.WithTimeouts(registry.Timeouts{ResponseHeader: time.Minute, Request: time.Minute}))
	// One caller gives up; the other's wait is unaffected until it also
	// gives up, and then the shared request is cancelled.
	ctx1, cancel1 := context.WithCancel(context.Background())
	ctx2, cancel2 := context.WithTimeout(context.Background(), 300*time.Millisecond)
	defer cancel2()
	errs := make(chan error, 2)
	go func() {
		_, err := e.c.Tarball(ctx1, "a", "1.0.0", p.TarballURL, mustIntegrity(t, p.Integrity))
		errs <- err
	}()
	go func() {
		_, err := e.c.Tarball(ctx2, "a", "1.0.0", p.TarballURL, mustIntegrity(t, p.Integrity))
		errs <- err
	}()
	time.Sleep(50 * time.Millisecond)
	cancel1()
	if err := <-errs; !errors.Is(err, context.Canceled) {
		t.Errorf("first caller: %v", err)
	}
	if err := <-errs; !errors.Is(err, context.DeadlineExceeded) {
		t.Errorf("second caller: %v", err)
	}
}

func TestHTTPSDowngradeRefused(t *testing.T) {
	plain := registrytest.New(t, registrytest.AllowUnexpected())
	tlsSrv := httptest.NewTLSServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, plain.URLFor("/x.tgz"), http.StatusFound)
	}))
	t.Cleanup(tlsSrv.Close)
	e := newEnv(t, plain, "", registry.WithTransport(tlsSrv.Client().Transport))
	_, err := e.c.Tarball(context.Background(), "x", "1.0.0", tlsSrv.URL+"/x.tgz", mustIntegrity(t, registrytest.Integrity(nil)))
	if !errors.Is(err, registry.ErrRedirect) || !strings.Contains(err.Error(), "https to http") {
		t.Errorf("err = %v, want refused downgrade", err)
	}
	if n := len(plain.Requests()); n != 0 {
		t.Errorf("followed the downgrade")
	}
}

func TestVerify(t *testing.T) {
	data := []byte("hello")
	good := registrytest.Integrity(data)
	sha1, _ := npm.IntegrityFromHex(npm.SHA1, registrytest.Shasum(data))
	wrong1, _ := npm.IntegrityFromHex(npm.SHA1, registrytest.Shasum([]byte("other")))
	tests := []struct {
		name string
		sri  string
		ok   bool
	}{
		{"sha512", good, true},
		{"sha1", sha1.String(), true},
		{"sha512_and_wrong_sha1", good + " " + wrong1.String(), true}, // strongest shared algorithm decides
		{"wrong_sha512_and_good_sha1", registrytest.Integrity([]byte("x")) + " " + sha1.String(), false},
		{"two_sha512_one_matches", registrytest.Integrity([]byte("x")) + " " + good, true},
		{"wrong", registrytest.Integrity([]byte("x")), false},
	}
	for _, tc := range tests {
		_, err := registry.Verify(data, mustIntegrity(t, tc.sri))
		if (err == nil) != tc.ok {
			t.Errorf("%s: err = %v, want ok=%t", tc.name, err, tc.ok)
		}
		if err != nil && !errors.Is(err, registry.ErrIntegrity) {
			t.Errorf("%s: %v is not ErrIntegrity", tc.name, err)
		}
	}
	if _, err := registry.Verify(data, npm.Integrity{}); !errors.Is(err, registry.ErrNoIntegrity) {
		t.Errorf("zero integrity: %v", err)
	}
}

func TestHeaderTimeoutWithForeignTransport(t *testing.T) {
	s := registrytest.New(t)
	p := s.AddPackage("a", "1.0.0", nil, nil)
	s.Fault(registrytest.TarballPath("a", "1.0.0"), registrytest.Hang())
	// A transport without any timeouts of its own: the client's header
	// timer still ends each attempt.
	e := newEnv(t, s, "", registry.WithTransport(&http.Transport{}), registry.WithRetries(1),
		registry.WithTimeouts(registry.Timeouts{ResponseHeader: 100 * time.Millisecond, Request: time.Minute}))
	_, err := e.c.Tarball(context.Background(), "a", "1.0.0", p.TarballURL, mustIntegrity(t, p.Integrity))
	if !errors.Is(err, registry.ErrTimeout) || !strings.Contains(err.Error(), "no response headers") {
		t.Errorf("err = %v, want header timeout", err)
	}
	if got := s.Hits(registrytest.TarballPath("a", "1.0.0")); got != 2 {
		t.Errorf("hits = %d, want 2", got)
	}
}

func TestTLS(t *testing.T) {
	s := registrytest.New(t, registrytest.TLS())
	p := s.AddPackage("a", "1.0.0", nil, nil)
	dir := t.TempDir()
	caFile := filepath.Join(dir, "ca.pem")
	if err := os.WriteFile(caFile, []byte(s.CertPEM()), 0o600); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name string
		rc   string
		ok   bool
	}{
		{"untrusted", "", false},
		{"cafile", "cafile=" + caFile + "\n", true},
		{"strict_ssl_false", "strict-ssl=false\n", true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			rc := filepath.Join(dir, tc.name+".npmrc")
			if err := os.WriteFile(rc, []byte("registry="+s.URL+"\n"+tc.rc), 0o600); err != nil {
				t.Fatal(err)
			}
			cfg, err := npmrc.Load(npmrc.Options{Env: []string{"npm_config_userconfig=" + rc}})
			if err != nil {
				t.Fatal(err)
			}
			c, err := registry.New(cfg, registry.WithSleep(func(context.Context, time.Duration) error { return nil }))
			if err != nil {
				t.Fatal(err)
			}
			defer c.Close()
			s.ResetRequests()
			_, err = c.Tarball(context.Background(), "a", "1.0.0", p.TarballURL, mustIntegrity(t, p.Integrity))
			if tc.ok != (err == nil) {
				t.Fatalf("err = %v, want ok=%t", err, tc.ok)
			}
			if err != nil {
				var re *registry.Error
				if !errors.As(err, &re) || re.Attempts != 1 || !strings.Contains(err.Error(), "certificate") {
					t.Errorf("certificate error %v: want one attempt and a clear message", err)
				}
			}
		})
	}
}

func TestBackoffSequence(t *testing.T) {
	s := registrytest.New(t)
	s.Fault("/flaky", registrytest.Status(500))
	for _, tc := range []struct {
		rnd  float64
		want []time.Duration
	}{
		{0, []time.Duration{50 * time.Millisecond, 100 * time.Millisecond, 200 * time.Millisecond, 200 * time.Millisecond}},
		{0.999999, []time.Duration{99999950 * time.Nanosecond, 199999900 * time.Nanosecond, 399999800 * time.Nanosecond, 399999800 * time.Nanosecond}},
	} {
		e := newEnv(t, s, "", registry.WithRetries(4), registry.WithBackoff(100*time.Millisecond, 400*time.Millisecond),
			registry.WithRand(func() float64 { return tc.rnd }))
		if _, err := e.c.Packument(context.Background(), "flaky"); !errors.Is(err, registry.ErrStatus) {
			t.Fatalf("err = %v", err)
		}
		if diff := cmp.Diff(tc.want, e.sleeps.all()); diff != "" {
			t.Errorf("rand %v: sleeps (-want +got):\n%s", tc.rnd, diff)
		}
	}
}

func TestClientCertificate(t *testing.T) {
	s := registrytest.New(t, registrytest.RequireClientCert())
	p := s.AddPackage("a", "1.0.0", nil, nil)
	dir := t.TempDir()
	certFile, keyFile := writeClientCert(t, dir, "depfence-test-client")
	caFile := filepath.Join(dir, "ca.pem")
	if err := os.WriteFile(caFile, []byte(s.CertPEM()), 0o600); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name string
		rc   string
		ok   bool
	}{
		{"with_cert", s.NerfDart() + ":certfile=" + certFile + "\n" + s.NerfDart() + ":keyfile=" + keyFile + "\n", true},
		{"cert_for_other_host", "//other.example/:certfile=" + certFile + "\n//other.example/:keyfile=" + keyFile + "\n", false},
		{"no_cert", "", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			s.ResetRequests()
			e := newEnv(t, s, "cafile="+caFile+"\n"+tc.rc, registry.WithRetries(0))
			_, err := e.c.Tarball(context.Background(), "a", "1.0.0", p.TarballURL, mustIntegrity(t, p.Integrity))
			if tc.ok != (err == nil) {
				t.Fatalf("err = %v, want ok=%t", err, tc.ok)
			}
			if tc.ok && s.Requests()[0].ClientCert != "depfence-test-client" {
				t.Errorf("client cert = %q", s.Requests()[0].ClientCert)
			}
		})
	}
	// A missing key file is a clear construction error naming the key.
	cfg := loadCfg(t, "registry="+s.URL+"\n"+s.NerfDart()+":certfile="+certFile+"\n"+s.NerfDart()+":keyfile="+dir+"/missing.pem\n")
	if _, err := registry.New(cfg); err == nil || !strings.Contains(err.Error(), s.NerfDart()) {
		t.Errorf("missing key file: %v", err)
	}
}

func writeClientCert(t *testing.T, dir, cn string) (certFile, keyFile string) {
	t.Helper()
	key, err := ecdsa.GenerateKey(elliptic.P256(), crand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	tmpl := &x509.Certificate{
		SerialNumber: big.NewInt(1),
		Subject:      pkix.Name{CommonName: cn},
		NotBefore:    time.Now().Add(-time.Hour),
		NotAfter:     time.Now().Add(time.Hour),
		ExtKeyUsage:  []x509.ExtKeyUsage{x509.ExtKeyUsageClientAuth},
	}
	der, err := x509.CreateCertificate(crand.Reader, tmpl, tmpl, &key.PublicKey, key)
	if err != nil {
		t.Fatal(err)
	}
	kder, err := x509.MarshalECPrivateKey(key)
	if err != nil {
		t.Fatal(err)
	}
	certFile, keyFile = filepath.Join(dir, "client.pem"), filepath.Join(dir, "client-key.pem")
	if err := os.WriteFile(certFile, pem.EncodeToMemory(&pem.Block{Type: "CERTIFICATE", Bytes: der}), 0o600); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(keyFile, pem.EncodeToMemory(&pem.Block{Type: "EC PRIVATE KEY", Bytes: kder}), 0o600); err != nil {
		t.Fatal(err)
	}
	return certFile, keyFile
}

// A reading budget smaller than every body still lets each through (one at
// a time), and parallel downloads all complete under it.
func TestReadingBudget(t *testing.T) {
	s := registrytest.New(t)
	var pkgs []*registrytest.Published
	for i := range 8 {
		pkgs = append(pkgs, s.AddPackage(fmt.Sprintf("p%d", i), "1.0.0", nil, map[string]string{"index.js": strings.Repeat("x", 20000)}))
	}
	e := newEnv(t, s, "", registry.WithLimits(registry.Limits{Reading: 10}))
	var wg sync.WaitGroup
	errs := make([]error, len(pkgs))
	for i, p := range pkgs {
		wg.Go(func() {
			_, errs[i] = e.c.Tarball(context.Background(), fmt.Sprintf("p%d", i), "1.0.0", p.TarballURL, mustIntegrity(t, p.Integrity))
		})
	}
	wg.Wait()
	for i, err := range errs {
		if err != nil {
			t.Errorf("p%d: %v", i, err)
		}
	}
}
