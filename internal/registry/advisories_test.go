package registry_test

import (
	"compress/gzip"
	"context"
	"errors"
	"io"
	"net/http"
	"testing"

	"github.com/depfence/depfence/internal/registry"
	"github.com/depfence/depfence/internal/registry/registrytest"
)

const bulkPath = "/-/npm/v1/security/advisories/bulk"

func TestBulkAdvisoriesAuthAndRedirect(t *testing.T) {
	a := registrytest.New(t)
	b := registrytest.New(t)
	var gotBody []byte
	handler := func(w http.ResponseWriter, r *http.Request) {
		zr, err := gzip.NewReader(r.Body)
		if err != nil {
			t.Errorf("body is not gzip: %v", err)
			return
		}
		gotBody, _ = io.ReadAll(zr)
		_, _ = w.Write([]byte(`{}`))
	}
	a.Handle(bulkPath, handler)
	cfg := loadCfg(t, "registry="+a.URL+"\n"+a.NerfDart()+":_authToken=canary-token-1\n")
	c, err := registry.New(cfg, registry.WithRetries(0))
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	body, err := c.BulkAdvisories(context.Background(), []byte(`{"a":["1.0.0"]}`))
	if err != nil || string(body) != "{}" || string(gotBody) != `{"a":["1.0.0"]}` {
		t.Fatalf("bulk: %q, %v (sent %q)", body, err, gotBody)
	}
	req := a.Requests()[0]
	if req.Method != "POST" || req.Header.Get("Authorization") != "Bearer canary-token-1" {
		t.Errorf("request to the registry: %s, auth %q", req.Method, req.Header.Get("Authorization"))
	}

	// A redirect to another host re-sends the POST without credentials.
	a.ResetRequests()
	gotBody = nil
	a.Fault(bulkPath, registrytest.RedirectTo(b.URLFor(bulkPath)))
	b.Handle(bulkPath, handler)
	if _, err := c.BulkAdvisories(context.Background(), []byte(`{"b":["2.0.0"]}`)); err != nil {
		t.Fatal(err)
	}
	breq := b.Requests()[0]
	if breq.Method != "POST" || breq.Header.Get("Authorization") != "" || string(gotBody) != `{"b":["2.0.0"]}` {
		t.Errorf("after cross-host redirect: %s auth %q body %q", breq.Method, breq.Header.Get("Authorization"), gotBody)
	}

	// A registry without the endpoint is ErrNotFound; offline asks nothing.
	a.Fault(bulkPath, registrytest.Status(404))
	if _, err := c.BulkAdvisories(context.Background(), []byte(`{}`)); !errors.Is(err, registry.ErrNotFound) {
		t.Errorf("404: %v", err)
	}
	off, err := registry.New(cfg, registry.WithOffline(true))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := off.QuickAudit(context.Background(), []byte(`{}`)); !errors.Is(err, registry.ErrOffline) {
		t.Errorf("offline: %v", err)
	}
}
