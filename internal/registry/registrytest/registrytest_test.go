package registrytest

import (
	"archive/tar"
	"bytes"
	"compress/gzip"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"strings"
	"sync"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestPackLayout(t *testing.T) {
	files := map[string]string{"package.json": `{"name":"a","version":"1.0.0"}`, "lib/index.js": "x", "README.md": "r"}
	a, err := PackFiles(files)
	if err != nil {
		t.Fatal(err)
	}
	b, _ := PackFiles(files)
	if !bytes.Equal(a, b) {
		t.Errorf("Pack is not deterministic")
	}
	zr, err := gzip.NewReader(bytes.NewReader(a))
	if err != nil {
		t.Fatal(err)
	}
	tr := tar.NewReader(zr)
	var names []string
	for {
		h, err := tr.Next()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatal(err)
		}
		names = append(names, h.Name)
	}
	if diff := cmp.Diff([]string{"package/README.md", "package/lib/index.js", "package/package.json"}, names); diff != "" {
		t.Errorf("entries (-want +got):\n%s", diff)
	}
}

// recordingTB captures Errorf calls instead of failing.
type recordingTB struct {
	testing.TB
	mu   sync.Mutex
	errs []string
}

func (r *recordingTB) Errorf(format string, args ...any) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.errs = append(r.errs, fmt.Sprintf(format, args...))
}

func TestUnexpectedRequestFailsTest(t *testing.T) {
	rec := &recordingTB{TB: t}
	s := New(rec)
	resp, err := http.Get(s.URLFor("/nope"))
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != 404 || len(rec.errs) != 1 || !strings.Contains(rec.errs[0], "/nope") {
		t.Errorf("status %d, errors %q", resp.StatusCode, rec.errs)
	}
}

func TestServePackuments(t *testing.T) {
	s := New(t)
	p := s.AddPackage("@s/a", "1.0.0", map[string]any{"scripts": map[string]any{"install": "x"}, "description": "d"}, nil)
	get := func(accept, etag string) (*http.Response, map[string]any) {
		req, _ := http.NewRequest("GET", s.URL+"@s%2fa", nil)
		req.Header.Set("Accept", accept)
		if etag != "" {
			req.Header.Set("If-None-Match", etag)
		}
		resp, err := s.Client().Do(req)
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		var doc map[string]any
		_ = json.NewDecoder(resp.Body).Decode(&doc)
		return resp, doc
	}
	resp, abbr := get("application/vnd.npm.install-v1+json", "")
	v := abbr["versions"].(map[string]any)["1.0.0"].(map[string]any)
	if v["hasInstallScript"] != true || v["description"] != nil || v["dist"].(map[string]any)["integrity"] != p.Integrity || abbr["modified"] == nil {
		t.Errorf("abbreviated = %v", abbr)
	}
	if _, doc := get("application/json", ""); doc["time"] == nil || doc["versions"].(map[string]any)["1.0.0"].(map[string]any)["description"] != "d" {
		t.Errorf("full = %v", doc)
	}
	if resp2, _ := get("application/vnd.npm.install-v1+json", resp.Header.Get("ETag")); resp2.StatusCode != http.StatusNotModified {
		t.Errorf("conditional GET status %d", resp2.StatusCode)
	}
	s.Fault(PackumentPath("@s/a"), Status(503).Times(1))
	if r, _ := get("application/json", ""); r.StatusCode != 503 {
		t.Errorf("fault not applied: %d", r.StatusCode)
	}
	if r, _ := get("application/json", ""); r.StatusCode != 200 {
		t.Errorf("fault applied past Times: %d", r.StatusCode)
	}
	if got := s.Hits(PackumentPath("@s/a")); got != 5 {
		t.Errorf("hits = %d", got)
	}
}

func TestAddTestdata(t *testing.T) {
	s := New(t)
	pubs := s.AddTestdata("testdata")
	if len(pubs) != 2 {
		t.Fatalf("published %d packages", len(pubs))
	}
	for _, p := range pubs {
		resp, err := http.Get(p.TarballURL)
		if err != nil {
			t.Fatal(err)
		}
		body, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		if Integrity(body) != p.Integrity {
			t.Errorf("%s: served bytes do not match the integrity", p.Name)
		}
	}
}
