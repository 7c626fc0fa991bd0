package registry_test

import (
	"bytes"
	"context"
	"errors"
	"io"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/depfence/depfence/internal/npm"
	"github.com/depfence/depfence/internal/registry"
)

// FuzzResponse feeds arbitrary statuses, headers and bodies to the client
// through a fake transport: no panic, a result xor a *registry.Error that
// names the package, no credential in the error, bounded attempts.
func FuzzResponse(f *testing.F) {
	f.Add(200, "", "", "", []byte(`{"name":"a","versions":{"1.0.0":{"name":"a","version":"1.0.0","dist":{"tarball":"http://r.test/a/-/a-1.0.0.tgz","integrity":"sha1-2jmj7l5rSw0yVb/vlWAYkK/YBwk="}}}}`))
	f.Add(302, "http://r.test/a?token="+canary, "", "", []byte(nil))
	f.Add(302, "https://u:"+canary+"@[::1/", "", "", []byte(nil))
	f.Add(429, "", "Thu, 01 Jan 1970 00:00:00 GMT", "", []byte("slow down"))
	f.Add(503, "", "99999999999999999999", "", []byte(nil))
	f.Add(200, "", "", "gzip", []byte("\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\xff"))
	f.Add(200, "", "", "br", []byte("{}"))
	f.Add(304, "", "", "", []byte(nil))
	f.Fuzz(func(t *testing.T, status int, location, retryAfter, encoding string, body []byte) {
		if status < 100 || status > 999 {
			status = 200
		}
		calls := 0
		rt := roundTripFunc(func(r *http.Request) (*http.Response, error) {
			calls++
			h := http.Header{}
			if location != "" {
				h.Set("Location", location)
			}
			if retryAfter != "" {
				h.Set("Retry-After", retryAfter)
			}
			if encoding != "" {
				h.Set("Content-Encoding", encoding)
			}
			return &http.Response{StatusCode: status, Header: h, Body: io.NopCloser(bytes.NewReader(body)), Request: r}, nil
		})
		cfg := loadCfg(t, "registry=http://r.test/\n//r.test/:_authToken="+canary+"\n")
		c, err := registry.New(cfg, registry.WithTransport(rt), registry.WithSleep(func(context.Context, time.Duration) error { return nil }),
			registry.WithLimits(registry.Limits{Packument: 1 << 20, Tarball: 1 << 20}))
		if err != nil {
			t.Fatal(err)
		}
		ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
		defer cancel()
		p, err := c.Packument(ctx, "a")
		check := func(ok bool, err error) {
			if ok == (err != nil) {
				t.Fatalf("result and error: %v", err)
			}
			if err == nil {
				return
			}
			var re *registry.Error
			if !errors.As(err, &re) || !strings.Contains(err.Error(), " a") {
				t.Fatalf("error %q is not a *registry.Error naming the package", err)
			}
			if strings.Contains(err.Error(), canary) {
				t.Fatalf("credential in error: %q", err)
			}
		}
		check(p != nil, err)
		data, err := c.Tarball(ctx, "a", "1.0.0", "http://r.test/a/-/a-1.0.0.tgz", mustIntegrityF(t, "sha1-2jmj7l5rSw0yVb/vlWAYkK/YBwk="))
		check(data != nil, err)
		if calls > 2*(registry.DefaultMaxRedirects+1)*3 {
			t.Fatalf("%d requests", calls)
		}
	})
}

func mustIntegrityF(t *testing.T, s string) npm.Integrity {
	i, err := npm.ParseIntegrity(s)
	if err != nil {
		t.Fatal(err)
	}
	return i
}
