// Package registrytest is a fake npm registry on httptest (127.0.0.1) for
// tests of any package that talks to a registry.
//
// It serves full and abbreviated packuments and tarballs packed from
// directories or in-memory files (npm's layout, sha512 integrity, dist
// fields filled in), or raw bodies a test adds. Any request for a path it
// does not serve fails the test. It records every request with its
// headers, and can inject faults per path: slow or trickling bodies,
// hangs, 5xx, 429 with Retry-After, redirect loops, cross-host redirects,
// wrong integrity, garbage bodies and gzip bombs (generated as a stream,
// never held in memory).
package registrytest

import (
	"bytes"
	"crypto/sha256"
	"crypto/tls"
	"encoding/hex"
	"encoding/json"
	"encoding/pem"
	"fmt"
	"io"
	"log"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"path"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"
)

// Request is one request the server received.
type Request struct {
	Method string
	Path   string // decoded path, e.g. "/@scope/name"
	Query  string
	Header http.Header
	// ClientCert is the subject common name of the TLS client
	// certificate, "" when none was presented.
	ClientCert string
}

// Published is one package version the server serves.
type Published struct {
	Name       string
	Version    string
	Tarball    []byte
	Integrity  string // sha512 SRI of Tarball
	Shasum     string // hex sha1 of Tarball
	TarballURL string // dist.tarball
	Manifest   map[string]any
}

// Server is a fake registry.
type Server struct {
	// URL is the server's base URL with a trailing slash, suitable as an
	// npmrc registry: "http://127.0.0.1:PORT/".
	URL string

	t       testing.TB
	srv     *httptest.Server
	closing chan struct{}

	mu         sync.Mutex
	packages   map[string]map[string]*Published // name -> version -> published
	order      map[string][]string              // name -> versions in order added
	packuments map[string][]byte                // name -> raw packument body
	handlers   map[string]http.HandlerFunc      // path -> handler
	faults     map[string]*faultState           // path -> fault
	requests   []Request
	allowMiss  bool
	tls        bool
	clientCert bool
}

// Option configures a Server.
type Option func(*Server)

// AllowUnexpected makes unknown paths answer 404 without failing the test.
func AllowUnexpected() Option { return func(s *Server) { s.allowMiss = true } }

// TLS serves HTTPS with a self-signed certificate (see CertPEM).
func TLS() Option { return func(s *Server) { s.tls = true } }

// RequireClientCert serves HTTPS and refuses clients that present no
// certificate (any certificate is accepted; see Request.ClientCert).
func RequireClientCert() Option { return func(s *Server) { s.tls, s.clientCert = true, true } }

// New starts a fake registry; it stops when the test ends.
func New(t testing.TB, opts ...Option) *Server {
	t.Helper()
	s := &Server{
		t:          t,
		closing:    make(chan struct{}),
		packages:   map[string]map[string]*Published{},
		order:      map[string][]string{},
		packuments: map[string][]byte{},
		handlers:   map[string]http.HandlerFunc{},
		faults:     map[string]*faultState{},
	}
	for _, o := range opts {
		o(s)
	}
	if s.tls {
		s.srv = httptest.NewUnstartedServer(http.HandlerFunc(s.serve))
		s.srv.Config.ErrorLog = log.New(io.Discard, "", 0) // refused handshakes are expected
		if s.clientCert {
			s.srv.TLS = &tls.Config{ClientAuth: tls.RequireAnyClientCert}
		}
		s.srv.StartTLS()
	} else {
		s.srv = httptest.NewServer(http.HandlerFunc(s.serve))
	}
	s.URL = s.srv.URL + "/"
	t.Cleanup(func() {
		close(s.closing)
		s.srv.CloseClientConnections()
		s.srv.Close()
	})
	return s
}

// Host returns "127.0.0.1:PORT".
func (s *Server) Host() string { u, _ := url.Parse(s.srv.URL); return u.Host }

// NerfDart returns the .npmrc credential prefix for this server,
// "//127.0.0.1:PORT/".
func (s *Server) NerfDart() string { return "//" + s.Host() + "/" }

// Client returns an *http.Client for the server (trusting its certificate
// when TLS).
func (s *Server) Client() *http.Client { return s.srv.Client() }

// CertPEM returns the TLS server's certificate in PEM form (for an npmrc
// "ca" or "cafile"); "" for a plain HTTP server.
func (s *Server) CertPEM() string {
	if s.srv.Certificate() == nil {
		return ""
	}
	return string(pem.EncodeToMemory(&pem.Block{Type: "CERTIFICATE", Bytes: s.srv.Certificate().Raw}))
}

// PackumentPath returns the decoded path of name's packument ("/@s/n").
func PackumentPath(name string) string { return "/" + name }

// TarballPath returns npm's tarball path for name@version:
// "/name/-/name-1.0.0.tgz" or "/@scope/name/-/name-1.0.0.tgz".
func TarballPath(name, version string) string {
	bare := name
	if i := strings.LastIndexByte(name, '/'); i >= 0 {
		bare = name[i+1:]
	}
	return "/" + name + "/-/" + bare + "-" + version + ".tgz"
}

// AddDir packs dir (which must hold a package.json with name and version)
// and serves it.
func (s *Server) AddDir(dir string) *Published {
	s.t.Helper()
	data, err := os.ReadFile(filepath.Join(dir, "package.json"))
	if err != nil {
		s.t.Fatalf("registrytest: %v", err)
	}
	tgz, err := PackDir(dir)
	if err != nil {
		s.t.Fatalf("registrytest: pack %s: %v", dir, err)
	}
	return s.addManifest(data, tgz, dir)
}

// AddTestdata serves every subdirectory of root that holds a package.json.
func (s *Server) AddTestdata(root string) []*Published {
	s.t.Helper()
	ents, err := os.ReadDir(root)
	if err != nil {
		s.t.Fatalf("registrytest: %v", err)
	}
	var out []*Published
	for _, e := range ents {
		if !e.IsDir() {
			continue
		}
		dir := filepath.Join(root, e.Name())
		if _, err := os.Stat(filepath.Join(dir, "package.json")); err == nil {
			out = append(out, s.AddDir(dir))
		}
	}
	return out
}

// AddFiles packs in-memory files (path -> content; "package.json" with
// name and version is required) and serves them.
func (s *Server) AddFiles(files map[string]string) *Published {
	s.t.Helper()
	pj, ok := files["package.json"]
	if !ok {
		s.t.Fatalf("registrytest: AddFiles needs a package.json")
	}
	tgz, err := PackFiles(files)
	if err != nil {
		s.t.Fatalf("registrytest: pack: %v", err)
	}
	return s.addManifest([]byte(pj), tgz, "files")
}

// AddPackage serves name@version with the given extra package.json fields
// (nil for none) and a packed tarball holding just that package.json plus
// files.
func (s *Server) AddPackage(name, version string, fields map[string]any, files map[string]string) *Published {
	s.t.Helper()
	m := map[string]any{}
	for k, v := range fields {
		m[k] = v
	}
	m["name"], m["version"] = name, version
	pj, _ := json.MarshalIndent(m, "", "  ")
	all := map[string]string{"package.json": string(pj)}
	for k, v := range files {
		all[k] = v
	}
	return s.AddFiles(all)
}

// AddTarball serves raw tarball bytes for name@version, with manifest
// (a package.json object, may be nil) as its packument entry.
func (s *Server) AddTarball(name, version string, tgz []byte, manifest map[string]any) *Published {
	s.t.Helper()
	m := map[string]any{}
	for k, v := range manifest {
		m[k] = v
	}
	m["name"], m["version"] = name, version
	return s.add(m, tgz)
}

func (s *Server) addManifest(pj, tgz []byte, where string) *Published {
	s.t.Helper()
	var m map[string]any
	if err := json.Unmarshal(bytes.TrimPrefix(pj, []byte("\xef\xbb\xbf")), &m); err != nil {
		s.t.Fatalf("registrytest: %s/package.json: %v", where, err)
	}
	name, _ := m["name"].(string)
	version, _ := m["version"].(string)
	if name == "" || version == "" {
		s.t.Fatalf("registrytest: %s/package.json needs name and version", where)
	}
	return s.add(m, tgz)
}

func (s *Server) add(m map[string]any, tgz []byte) *Published {
	name, version := m["name"].(string), m["version"].(string)
	p := &Published{
		Name: name, Version: version, Tarball: tgz,
		Integrity: Integrity(tgz), Shasum: Shasum(tgz),
		TarballURL: strings.TrimSuffix(s.URL, "/") + TarballPath(name, version),
		Manifest:   m,
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.packages[name] == nil {
		s.packages[name] = map[string]*Published{}
	}
	if _, dup := s.packages[name][version]; !dup {
		s.order[name] = append(s.order[name], version)
	}
	s.packages[name][version] = p
	return p
}

// SetTarballURL changes name@version's dist.tarball (e.g. to a second
// server, to test a foreign tarball host). The tarball stays served at
// its own path here too.
func (s *Server) SetTarballURL(name, version, u string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if p := s.packages[name][version]; p != nil {
		p.TarballURL = u
		return
	}
	s.t.Errorf("registrytest: SetTarballURL: %s@%s not added", name, version)
}

// SetPackument serves body verbatim as name's packument (both forms),
// replacing the generated one.
func (s *Server) SetPackument(name string, body []byte) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.packuments[name] = body
}

// Handle serves path (decoded, e.g. "/x/-/x-1.tgz") with h, for any
// method (e.g. the audit endpoints' POST).
func (s *Server) Handle(path string, h http.HandlerFunc) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.handlers[path] = h
}

// ServeBytes serves body at path with a 200.
func (s *Server) ServeBytes(path, contentType string, body []byte) {
	s.Handle(path, func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", contentType)
		_, _ = w.Write(body)
	})
}

// Fault injects f for requests to path (decoded).
func (s *Server) Fault(path string, f Fault) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.faults[path] = &faultState{Fault: f}
}

// Requests returns a copy of the requests received so far.
func (s *Server) Requests() []Request {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]Request(nil), s.requests...)
}

// Hits counts the requests received for path (decoded).
func (s *Server) Hits(path string) int {
	s.mu.Lock()
	defer s.mu.Unlock()
	n := 0
	for _, r := range s.requests {
		if r.Path == path {
			n++
		}
	}
	return n
}

// ResetRequests forgets the recorded requests.
func (s *Server) ResetRequests() {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.requests = nil
}

func (s *Server) serve(w http.ResponseWriter, r *http.Request) {
	p := r.URL.Path
	s.mu.Lock()
	req := Request{Method: r.Method, Path: p, Query: r.URL.RawQuery, Header: r.Header.Clone()}
	if r.TLS != nil && len(r.TLS.PeerCertificates) > 0 {
		req.ClientCert = r.TLS.PeerCertificates[0].Subject.CommonName
	}
	s.requests = append(s.requests, req)
	fs := s.faults[p]
	var active *Fault
	if fs != nil && (fs.times == 0 || fs.used < fs.times) {
		fs.used++
		f := fs.Fault
		active = &f
	}
	h := s.handlers[p]
	s.mu.Unlock()

	if r.Method != http.MethodGet && r.Method != http.MethodHead && h == nil {
		// Other methods (the audit endpoints' POST) reach only handlers.
		s.unexpected(w, r)
		return
	}
	if active != nil && active.before(s, w, r) {
		return
	}
	var body []byte
	var ctype string
	switch {
	case h != nil:
		if active != nil && active.kind.rewritesBody() {
			rec := httptest.NewRecorder()
			h(rec, r)
			body, ctype = rec.Body.Bytes(), rec.Header().Get("Content-Type")
			break
		}
		h(w, r)
		return
	default:
		var ok bool
		body, ctype, ok = s.lookup(r)
		if !ok {
			s.unexpected(w, r)
			return
		}
	}
	if active != nil {
		active.writeBody(s, w, r, ctype, body)
		return
	}
	writeBody(w, r, ctype, body)
}

func writeBody(w http.ResponseWriter, r *http.Request, ctype string, body []byte) {
	etag := `"` + shortHash(body) + `"`
	w.Header().Set("ETag", etag)
	w.Header().Set("Last-Modified", lastModified.Format(http.TimeFormat))
	w.Header().Set("Content-Type", ctype)
	if inm := r.Header.Get("If-None-Match"); inm != "" && inm == etag {
		w.WriteHeader(http.StatusNotModified)
		return
	}
	w.Header().Set("Content-Length", fmt.Sprint(len(body)))
	_, _ = w.Write(body)
}

var lastModified = time.Date(2024, 1, 2, 3, 4, 5, 0, time.UTC)

func (s *Server) unexpected(w http.ResponseWriter, r *http.Request) {
	if !s.allowMiss {
		s.t.Errorf("registrytest: unexpected request %s %s", r.Method, r.URL.Path)
	}
	http.Error(w, `{"error":"Not found"}`, http.StatusNotFound)
}

// lookup finds a generated packument or tarball for the request.
func (s *Server) lookup(r *http.Request) (body []byte, ctype string, ok bool) {
	p := r.URL.Path
	s.mu.Lock()
	defer s.mu.Unlock()
	if strings.Contains(p, "/-/") {
		for _, vs := range s.packages {
			for _, pub := range vs {
				if TarballPath(pub.Name, pub.Version) == p {
					return pub.Tarball, "application/octet-stream", true
				}
			}
		}
		return nil, "", false
	}
	name := strings.TrimPrefix(p, "/")
	abbreviated := strings.Contains(r.Header.Get("Accept"), "application/vnd.npm.install-v1+json")
	if raw, ok := s.packuments[name]; ok {
		return raw, "application/json", true
	}
	if _, ok := s.packages[name]; !ok {
		return nil, "", false
	}
	doc := s.packumentLocked(name, abbreviated)
	body, _ = json.Marshal(doc)
	if abbreviated {
		return body, "application/vnd.npm.install-v1+json", true
	}
	return body, "application/json", true
}

// abbreviatedFields are the version fields of an install-v1 packument.
var abbreviatedFields = []string{"name", "version", "dependencies", "optionalDependencies", "devDependencies",
	"bundleDependencies", "bundledDependencies", "peerDependencies", "peerDependenciesMeta", "bin", "directories",
	"engines", "_hasShrinkwrap", "cpu", "os", "deprecated", "funding", "license"}

func (s *Server) packumentLocked(name string, abbreviated bool) map[string]any {
	versions := map[string]any{}
	times := map[string]any{"created": lastModified.Format(time.RFC3339), "modified": lastModified.Format(time.RFC3339)}
	order := s.order[name]
	for i, v := range order {
		pub := s.packages[name][v]
		entry := map[string]any{}
		if abbreviated {
			for _, k := range abbreviatedFields {
				if val, ok := pub.Manifest[k]; ok {
					entry[k] = val
				}
			}
			if sc, ok := pub.Manifest["scripts"].(map[string]any); ok {
				for _, k := range []string{"preinstall", "install", "postinstall"} {
					if _, ok := sc[k]; ok {
						entry["hasInstallScript"] = true
					}
				}
			}
		} else {
			for k, val := range pub.Manifest {
				entry[k] = val
			}
			entry["_id"] = name + "@" + v
		}
		entry["dist"] = map[string]any{
			"tarball":   pub.TarballURL,
			"integrity": pub.Integrity,
			"shasum":    pub.Shasum,
		}
		versions[v] = entry
		times[v] = lastModified.Add(time.Duration(i) * time.Hour).Format(time.RFC3339)
	}
	doc := map[string]any{"name": name, "versions": versions}
	if len(order) > 0 {
		doc["dist-tags"] = map[string]any{"latest": order[len(order)-1]}
	}
	if abbreviated {
		doc["modified"] = lastModified.Format(time.RFC3339)
	} else {
		doc["time"] = times
	}
	return doc
}

func shortHash(b []byte) string {
	sum := sha256.Sum256(b)
	return hex.EncodeToString(sum[:8])
}

// URLFor returns the absolute URL of a decoded path on this server.
func (s *Server) URLFor(p string) string {
	return strings.TrimSuffix(s.URL, "/") + path.Clean("/"+p)
}
