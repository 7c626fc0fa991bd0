// Package graphkit holds what the project-level (graph) rules share: which
// registry hosts a project trusts, how registry tarball URLs are shaped,
// the project's own package.json files, bounded concurrent registry
// lookups and the location of a node's lockfile entry. It performs no
// network I/O itself; registry documents come through the GraphTarget.
package graphkit

import (
	"context"
	"net/url"
	"path"
	"path/filepath"
	"slices"
	"strings"
	"sync"

	"golang.org/x/sync/errgroup"

	"github.com/depfence/depfence/internal/analyze"
	"github.com/depfence/depfence/internal/depgraph"
	"github.com/depfence/depfence/internal/finding"
	"github.com/depfence/depfence/internal/npm"
	"github.com/depfence/depfence/internal/typosquat"
)

// Popularity returns the popularity index a rule uses: its own (set by
// tests), else the target's, else the embedded default.
func Popularity(t *analyze.GraphTarget, own *typosquat.Index) (*typosquat.Index, error) {
	switch {
	case own != nil:
		return own, nil
	case t.Popular != nil:
		return t.Popular()
	}
	return typosquat.Default()
}

// Hosts classifies the hosts a lockfile URL may point at.
type Hosts struct {
	registry string            // host of the configured default registry
	scopes   map[string]string // "@scope" -> host
	public   []string
	allowed  []string
}

// NewHosts reads the registry configuration of t.
func NewHosts(t *analyze.GraphTarget) *Hosts {
	h := &Hosts{registry: hostOf(t.Registry), scopes: map[string]string{}}
	for s, u := range t.Scopes {
		if hs := hostOf(u); hs != "" && s != "" {
			s = strings.ToLower(s)
			if !strings.HasPrefix(s, "@") {
				s = "@" + s
			}
			h.scopes[s] = hs
		}
	}
	for _, p := range t.PublicHosts {
		if p = normHost(p); p != "" {
			h.public = append(h.public, p)
		}
	}
	for _, a := range t.AllowedHosts {
		if a = normHost(a); a != "" {
			h.allowed = append(h.allowed, a)
		}
	}
	return h
}

// Configured reports whether any trusted host is known at all; without one
// a host check has nothing to compare with.
func (h *Hosts) Configured() bool {
	return h.registry != "" || len(h.scopes) > 0 || len(h.public) > 0 || len(h.allowed) > 0
}

// Trusted reports whether host (host or host:port) may serve packages and
// says why: "configured registry", "registry of @scope", "public registry"
// or "allowed by policy".
func (h *Hosts) Trusted(host string) (string, bool) {
	host = normHost(host)
	if host == "" {
		return "", false
	}
	if same(host, h.registry) {
		return "configured registry", true
	}
	for s, sh := range h.scopes {
		if same(host, sh) {
			return "registry of " + s, true
		}
	}
	if h.IsPublic(host) {
		return "public registry", true
	}
	for _, a := range h.allowed {
		if same(host, a) || wildcard(host, a) {
			return "allowed by policy", true
		}
	}
	return "", false
}

// IsPublic reports whether host stands for the public registry.
func (h *Hosts) IsPublic(host string) bool {
	host = normHost(host)
	for _, p := range h.public {
		if same(host, p) {
			return true
		}
	}
	return false
}

// ScopeHost returns the registry host configured for name's scope.
func (h *Hosts) ScopeHost(name string) (string, string, bool) {
	scope, _, ok := strings.Cut(name, "/")
	if !ok || !strings.HasPrefix(scope, "@") {
		return "", "", false
	}
	scope = strings.ToLower(scope)
	sh, ok := h.scopes[scope]
	return sh, scope, ok
}

// PrivateScopes returns the configured scopes whose registry is not public,
// without "@".
func (h *Hosts) PrivateScopes() []string {
	var out []string
	for s, sh := range h.scopes {
		if !h.IsPublic(sh) {
			out = append(out, strings.TrimPrefix(s, "@"))
		}
	}
	slices.Sort(out)
	return out
}

// Origin is where a registry node was downloaded from.
type Origin struct {
	Host string // "" when unknown (then the public default is assumed)
	// From says how Host was found: "lockfile", "scope config",
	// "configured registry" or "default".
	From string
}

// OriginOf works out the registry host of n: the lockfile URL's host, else
// the registry configured for its scope, else the default registry.
func (h *Hosts) OriginOf(n *depgraph.Node) Origin {
	if u, ok := ParseURL(n.Source.URL); ok && u.Host != "" && (u.Scheme == "https" || u.Scheme == "http") {
		return Origin{Host: normHost(u.Host), From: "lockfile"}
	}
	if sh, _, ok := h.ScopeHost(n.Name); ok {
		return Origin{Host: sh, From: "scope config"}
	}
	if h.registry != "" {
		return Origin{Host: h.registry, From: "configured registry"}
	}
	return Origin{From: "default"}
}

// PublicOrigin reports whether o is the public registry (an unknown host
// is npm's default, the public registry). Without any public host
// configured, public and private cannot be told apart and every origin
// counts as public, so no private-registry check fires on a guess.
func (h *Hosts) PublicOrigin(o Origin) bool {
	return o.Host == "" || len(h.public) == 0 || h.IsPublic(o.Host)
}

func hostOf(raw string) string {
	raw = strings.TrimSpace(raw)
	if raw == "" {
		return ""
	}
	if !strings.Contains(raw, "://") {
		raw = "https://" + raw
	}
	u, err := url.Parse(raw)
	if err != nil {
		return ""
	}
	return normHost(u.Host)
}

func normHost(h string) string {
	h = strings.ToLower(strings.TrimSpace(h))
	if strings.Contains(h, "://") {
		return hostOf(h)
	}
	h = strings.TrimSuffix(h, "/")
	h = strings.TrimSuffix(h, ".")
	return h
}

// SameHost reports whether two host[:port] values name the same host (a
// side without a port matches any port; default ports are ignored).
func SameHost(a, b string) bool { return same(normHost(a), normHost(b)) }

// same compares two host[:port] values; a side without a port matches any
// port of the same host name, and default ports are ignored.
func same(a, b string) bool {
	if a == "" || b == "" {
		return false
	}
	if a == b {
		return true
	}
	an, ap := splitPort(a)
	bn, bp := splitPort(b)
	if an != bn {
		return false
	}
	return ap == "" || bp == "" || ap == bp
}

func splitPort(h string) (string, string) {
	if strings.HasPrefix(h, "[") {
		if i := strings.Index(h, "]"); i >= 0 {
			rest := h[i+1:]
			return h[:i+1], strings.TrimPrefix(rest, ":")
		}
		return h, ""
	}
	if i := strings.LastIndexByte(h, ':'); i >= 0 && strings.Count(h, ":") == 1 {
		p := h[i+1:]
		if p == "443" || p == "80" {
			p = ""
		}
		return h[:i], p
	}
	return h, ""
}

// wildcard matches host against a policy pattern "*.example.com" (any
// subdomain, not the domain itself).
func wildcard(host, pattern string) bool {
	suffix, ok := strings.CutPrefix(pattern, "*")
	if !ok || !strings.HasPrefix(suffix, ".") || strings.Count(suffix, ".") < 2 {
		return false
	}
	name, _ := splitPort(host)
	return strings.HasSuffix(name, suffix) && len(name) > len(suffix)
}

// ParseURL parses a lockfile URL; git's scp-like "git@host:path" is
// returned as an ssh URL.
func ParseURL(raw string) (*url.URL, bool) {
	raw = strings.TrimSpace(raw)
	if raw == "" || len(raw) > 4096 {
		return nil, false
	}
	if strings.HasPrefix(raw, "git@") && !strings.Contains(raw, "://") {
		if host, p, ok := strings.Cut(strings.TrimPrefix(raw, "git@"), ":"); ok {
			raw = "ssh://git@" + host + "/" + p
		}
	}
	u, err := url.Parse(raw)
	if err != nil || u.Scheme == "" {
		return nil, false
	}
	u.Scheme = strings.ToLower(u.Scheme)
	return u, true
}

// Redact renders a URL for evidence without credentials, query or
// fragment, clipped.
func Redact(raw string) string {
	u, ok := ParseURL(raw)
	if !ok {
		return Clip(raw, 200)
	}
	if u.User != nil {
		if _, has := u.User.Password(); has || u.User.Username() != "git" {
			u.User = url.User("REDACTED")
		}
	}
	u.RawQuery = ""
	u.Fragment = ""
	u.RawFragment = ""
	return Clip(u.String(), 200)
}

// Clip shortens s to at most n bytes (on a rune boundary) for messages.
func Clip(s string, n int) string {
	if len(s) <= n {
		return s
	}
	i := n
	for i > 0 && s[i]&0xC0 == 0x80 {
		i--
	}
	return s[:i] + "…"
}

// TarballRef is what a registry-shaped tarball URL says it serves.
type TarballRef struct {
	Name string // "@scope/name" or "name" from the path before "/-/"
	File string // the last path segment after "/-/"
}

// ParseTarball reads a registry-shaped tarball URL path
// ".../<name>/-/<bare>-<version>.tgz" (scoped names as "@scope/name" or
// "@scope%2fname"); ok is false for any other shape.
func ParseTarball(u *url.URL) (TarballRef, bool) {
	p := u.Path
	i := strings.LastIndex(p, "/-/")
	if i < 0 {
		return TarballRef{}, false
	}
	before, after := p[:i], p[i+3:]
	file := after
	if j := strings.LastIndexByte(after, '/'); j >= 0 {
		file = after[j+1:]
	}
	if !strings.HasSuffix(file, ".tgz") || before == "" {
		return TarballRef{}, false
	}
	segs := strings.Split(strings.Trim(before, "/"), "/")
	name := segs[len(segs)-1]
	if len(segs) >= 2 && strings.HasPrefix(segs[len(segs)-2], "@") {
		name = segs[len(segs)-2] + "/" + name
	}
	if name == "" {
		return TarballRef{}, false
	}
	return TarballRef{Name: name, File: file}, true
}

// Bare returns a package name without its scope.
func Bare(name string) string {
	if strings.HasPrefix(name, "@") {
		if _, b, ok := strings.Cut(name, "/"); ok {
			return b
		}
	}
	return name
}

// Scope returns "@scope" of a scoped name, else "".
func Scope(name string) string {
	if s, _, ok := strings.Cut(name, "/"); ok && strings.HasPrefix(s, "@") {
		return s
	}
	return ""
}

// MatchesTarball reports whether ref is name@version's registry tarball.
func MatchesTarball(ref TarballRef, name, version string) bool {
	if ref.Name != name {
		return false
	}
	want := Bare(name) + "-" + version + ".tgz"
	if ref.File == want {
		return true
	}
	if v, err := npm.ParseVersion(version); err == nil && ref.File == Bare(name)+"-"+v.String()+".tgz" {
		return true
	}
	return false
}

// RegistryLike reports whether n is a registry package: a registry source,
// or a remote tarball URL on a trusted host that is exactly the registry
// tarball of n's name and version (a registry tarball pinned by URL).
func RegistryLike(h *Hosts, n *depgraph.Node) bool {
	switch n.Source.Kind {
	case depgraph.SourceRegistry:
		return true
	case depgraph.SourceTarball:
		u, ok := ParseURL(n.Source.URL)
		if !ok {
			return false
		}
		if _, trusted := h.Trusted(u.Host); !trusted {
			return false
		}
		_, ok = tarballVersion(u, n)
		return ok
	}
	return false
}

// RegistryVersion returns the registry version of a registry-like node:
// its version, or for a registry tarball pinned by URL whose lockfile
// records no version (bun), the version in the tarball's file name.
func RegistryVersion(h *Hosts, n *depgraph.Node) (string, bool) {
	if !RegistryLike(h, n) {
		return "", false
	}
	if _, err := npm.ParseVersion(n.Version); err == nil {
		return n.Version, true
	}
	u, ok := ParseURL(n.Source.URL)
	if !ok {
		return "", false
	}
	return tarballVersion(u, n)
}

// tarballVersion returns the version of n that u is the registry tarball
// of.
func tarballVersion(u *url.URL, n *depgraph.Node) (string, bool) {
	ref, ok := ParseTarball(u)
	if !ok || ref.Name != n.Name {
		return "", false
	}
	if MatchesTarball(ref, n.Name, n.Version) {
		return n.Version, true
	}
	if _, err := npm.ParseVersion(n.Version); err == nil {
		return "", false // a real version that the file name contradicts
	}
	v, ok := strings.CutPrefix(strings.TrimSuffix(ref.File, ".tgz"), Bare(n.Name)+"-")
	if _, err := npm.ParseVersion(v); !ok || err != nil {
		return "", false
	}
	return v, true
}

// Location is where a node's lockfile entry is, relative to the project.
func Location(t *analyze.GraphTarget, n *depgraph.Node) (string, int) {
	return RelPath(t, t.Graph.Path), n.Line
}

// RelPath renders p relative to the project directory when it is inside.
func RelPath(t *analyze.GraphTarget, p string) string {
	if p == "" {
		return ""
	}
	if t.ProjectDir != "" {
		if r, err := filepath.Rel(t.ProjectDir, p); err == nil && !strings.HasPrefix(r, "..") {
			return filepath.ToSlash(r)
		}
	}
	return filepath.ToSlash(filepath.Base(p))
}

// Report sends one instance about node n, filling in its lockfile location.
func Report(t *analyze.GraphTarget, r analyze.GraphReporter, n *depgraph.Node, in analyze.Instance) {
	if in.File == "" {
		in.File, in.Line = Location(t, n)
	}
	r.ReportNode(n.ID, in)
}

// Ev builds one evidence item.
func Ev(detail string) finding.Evidence { return finding.Evidence{Detail: Clip(detail, 300)} }

// Snip builds one evidence item with a snippet.
func Snip(snippet, detail string) finding.Evidence {
	return finding.Evidence{Snippet: Clip(snippet, 300), Detail: Clip(detail, 300)}
}

// LocalNames returns the names of the project's own packages: the root,
// workspaces, and link/file dependencies.
func LocalNames(g *depgraph.Graph) map[string]bool {
	out := map[string]bool{}
	for _, n := range g.Nodes {
		if (n.IsLocal() || g.IsRoot(n.ID)) && n.Name != "" {
			out[n.Name] = true
		}
	}
	return out
}

// IsLocalNode reports whether n is the project's own code (never matched
// against registry expectations).
func IsLocalNode(g *depgraph.Graph, n *depgraph.Node) bool {
	return n.IsLocal() || g.IsRoot(n.ID) || n.Version == "0.0.0-use.local"
}

// Lookup is the outcome of one registry document request.
type Lookup struct {
	Doc *npm.Packument
	Err error
}

// FetchAll looks up every name with fn, at most limit at a time, and
// returns the outcomes by name. A nil fn yields nil. It stops early when
// ctx ends (the missing names then have ctx's error).
func FetchAll(ctx context.Context, names []string, limit int, fn func(context.Context, string) (*npm.Packument, error)) map[string]Lookup {
	if fn == nil || len(names) == 0 {
		return nil
	}
	if limit <= 0 {
		limit = 8
	}
	out := make(map[string]Lookup, len(names))
	var mu sync.Mutex
	g, gctx := errgroup.WithContext(ctx)
	g.SetLimit(limit)
	for _, name := range names {
		g.Go(func() error {
			var l Lookup
			if err := gctx.Err(); err != nil {
				l.Err = err
			} else {
				l.Doc, l.Err = fn(gctx, name)
			}
			mu.Lock()
			out[name] = l
			mu.Unlock()
			return nil
		})
	}
	_ = g.Wait()
	return out
}

// CleanRel cleans a project-relative slash path.
func CleanRel(p string) string { return path.Clean(strings.ReplaceAll(p, "\\", "/")) }
