package advisory

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"regexp"
	"slices"
	"strings"

	"github.com/depfence/depfence/internal/registry"
)

// AuditClient posts npm's audit requests; *registry.Client implements it.
// Each method returns the raw JSON answer; a missing endpoint is an error
// wrapping registry.ErrNotFound.
type AuditClient interface {
	BulkAdvisories(ctx context.Context, payload []byte) ([]byte, error)
	QuickAudit(ctx context.Context, payload []byte) ([]byte, error)
}

// DefaultChunk is how many name@version pairs one bulk request carries.
const DefaultChunk = 1000

// maxQuickLayers bounds the quick-audit fallback's requests per chunk (it
// needs one request per installed version of the same name).
const maxQuickLayers = 32

// RegistrySource asks the registry for advisories the way npm audit does:
// the bulk advisory endpoint, and npm's quick-audit endpoint when bulk
// fails. Large queries are split into chunks.
type RegistrySource struct {
	client AuditClient
	chunk  int
	cache  ResultCache
	scope  string
}

// ResultCache keeps raw answers under opaque keys; *cache.Store (its
// results namespace) implements it.
type ResultCache interface {
	Result(key string) ([]byte, error)
	PutResult(key string, data []byte) error
}

// WithCache stores every answer per package name and set of versions in c,
// keyed by scope (the registry URL) too, and serves them when the client is
// offline (registry.ErrOffline). Online, the registry is always asked.
func WithCache(c ResultCache, scope string) RegistryOption {
	return func(s *RegistrySource) { s.cache, s.scope = c, scope }
}

// RegistryOption configures a RegistrySource.
type RegistryOption func(*RegistrySource)

// WithChunk sets how many name@version pairs one request carries (the
// quick-audit fallback sends at most one version per name per request).
func WithChunk(n int) RegistryOption {
	return func(s *RegistrySource) {
		if n > 0 {
			s.chunk = n
		}
	}
}

// NewRegistrySource returns a source that queries c.
func NewRegistrySource(c AuditClient, opts ...RegistryOption) *RegistrySource {
	s := &RegistrySource{client: c, chunk: DefaultChunk}
	for _, o := range opts {
		o(s)
	}
	return s
}

// Name implements Source.
func (s *RegistrySource) Name() string { return "npm registry" }

// bulkAdvisory is one entry of the bulk endpoint's answer.
type bulkAdvisory struct {
	ID                 json.RawMessage `json:"id"`
	URL                string          `json:"url"`
	Title              string          `json:"title"`
	Severity           string          `json:"severity"`
	VulnerableVersions string          `json:"vulnerable_versions"`
	CWE                json.RawMessage `json:"cwe"`
	CVSS               *struct {
		Score        float64 `json:"score"`
		VectorString *string `json:"vectorString"`
	} `json:"cvss"`
}

// quickAdvisory is one entry of the quick-audit answer's "advisories".
type quickAdvisory struct {
	bulkAdvisory
	ModuleName       string   `json:"module_name"`
	PatchedVersions  string   `json:"patched_versions"`
	CVEs             []string `json:"cves"`
	GitHubAdvisoryID string   `json:"github_advisory_id"`
}

// Query implements Source.
func (s *RegistrySource) Query(ctx context.Context, pkgs map[string][]string) (map[string][]Advisory, error) {
	names := make([]string, 0, len(pkgs))
	for n, vs := range pkgs {
		if len(vs) > 0 {
			names = append(names, n)
		}
	}
	slices.Sort(names)
	out := map[string][]Advisory{}
	if len(names) == 0 {
		return out, nil
	}
	var errs []error
	answered := false
	for _, chunk := range s.bulkChunks(names, pkgs) {
		if err := ctx.Err(); err != nil {
			return out, err
		}
		got, err := s.queryChunk(ctx, chunk)
		if err != nil && errors.Is(err, registry.ErrOffline) && s.cache != nil {
			got, err = s.fromCache(chunk, err)
		} else if err == nil {
			s.toCache(chunk, got)
		}
		if err != nil {
			errs = append(errs, err)
			continue
		}
		answered = true
		for n, as := range got {
			out[n] = append(out[n], as...)
		}
	}
	if !answered {
		// every request failed, in practice all the same way (a registry
		// without the endpoints): the first says why, once
		reason := unavailableReason(errs)
		if len(errs) > 1 {
			reason += fmt.Sprintf(" (all %d requests)", len(errs))
		}
		var first error
		if len(errs) > 0 {
			first = errs[0]
		}
		return out, &UnavailableError{Source: s.Name(), Reason: reason, Err: first}
	}
	return out, errors.Join(errs...)
}

func (s *RegistrySource) cacheKey(name string, versions []string) string {
	h := sha256.New()
	fmt.Fprintf(h, "%s\x00%s\x00%s", s.scope, name, strings.Join(versions, "\x00"))
	return "advisories/npm/" + hex.EncodeToString(h.Sum(nil))
}

func (s *RegistrySource) toCache(chunk map[string][]string, got map[string][]Advisory) {
	if s.cache == nil {
		return
	}
	for name, vs := range chunk {
		b, err := json.Marshal(got[name])
		if err == nil {
			_ = s.cache.PutResult(s.cacheKey(name, vs), b) // a failed write only costs offline coverage
		}
	}
}

// fromCache answers a chunk from stored answers; any name without one
// leaves the chunk unanswered (offErr).
func (s *RegistrySource) fromCache(chunk map[string][]string, offErr error) (map[string][]Advisory, error) {
	out := map[string][]Advisory{}
	for name, vs := range chunk {
		b, err := s.cache.Result(s.cacheKey(name, vs))
		if err != nil {
			return nil, fmt.Errorf("offline and no stored registry answer for %q: %w", name, offErr)
		}
		var as []Advisory
		if err := json.Unmarshal(b, &as); err != nil {
			return nil, fmt.Errorf("offline and the stored registry answer for %q is unreadable: %w", name, offErr)
		}
		if len(as) > 0 {
			out[name] = as
		}
	}
	return out, nil
}

// unavailableReason summarises why no chunk was answered.
func unavailableReason(errs []error) string {
	for _, e := range errs {
		if errors.Is(e, registry.ErrOffline) {
			return "offline, and the registry's answers for these packages are not in the cache (for offline scans import an OSV database: depfence db import FILE|DIR)"
		}
		var ce *chunkError
		if errors.As(e, &ce) && ce.bothMissing {
			return fmt.Sprintf("the registry has no advisory endpoints (bulk advisories: HTTP %d, quick audit: HTTP %d)",
				statusOf(ce.bulk), statusOf(ce.quick))
		}
	}
	return "the bulk advisory and quick audit requests failed"
}

type chunkError struct {
	bulk, quick error
	bothMissing bool
}

func (e *chunkError) Error() string {
	return fmt.Sprintf("bulk advisories: %v; quick audit fallback: %v", e.bulk, e.quick)
}

func (e *chunkError) Unwrap() []error { return []error{e.bulk, e.quick} }

// bulkChunks splits the request into chunks of at most s.chunk
// name@version pairs; one name's versions may span chunks.
func (s *RegistrySource) bulkChunks(names []string, pkgs map[string][]string) []map[string][]string {
	var out []map[string][]string
	cur, n := map[string][]string{}, 0
	for _, name := range names {
		vs := slices.Compact(slices.Sorted(slices.Values(pkgs[name])))
		for len(vs) > 0 {
			take := min(len(vs), s.chunk-n)
			cur[name] = append(cur[name], vs[:take]...)
			vs, n = vs[take:], n+take
			if n == s.chunk {
				out = append(out, cur)
				cur, n = map[string][]string{}, 0
			}
		}
	}
	if n > 0 {
		out = append(out, cur)
	}
	return out
}

// queryChunk asks bulk, then quick audit as npm does when bulk fails.
func (s *RegistrySource) queryChunk(ctx context.Context, chunk map[string][]string) (map[string][]Advisory, error) {
	payload, err := json.Marshal(chunk)
	if err != nil {
		return nil, err
	}
	body, bulkErr := s.client.BulkAdvisories(ctx, payload)
	if bulkErr == nil {
		got, err := ParseBulk(body)
		if err == nil {
			return filterNames(got, chunk), nil
		}
		bulkErr = err
	}
	if ctx.Err() != nil {
		return nil, bulkErr
	}
	res := map[string][]Advisory{}
	var quickErr error
	layers := quickLayers(chunk)
	if len(layers) > maxQuickLayers {
		// One request per version of the most duplicated name: bounded.
		return nil, &chunkError{bulk: bulkErr, quick: fmt.Errorf("a package has %d versions installed; the legacy endpoint takes one per request (at most %d requests)", len(layers), maxQuickLayers)}
	}
	for _, layer := range layers {
		body, err := s.client.QuickAudit(ctx, quickPayload(layer))
		if err == nil {
			var got map[string][]Advisory
			if got, err = ParseQuickAudit(body); err == nil {
				for n, as := range filterNames(got, layer) {
					res[n] = mergeByID(res[n], as)
				}
				continue
			}
		}
		quickErr = err
		break
	}
	if quickErr != nil {
		return nil, &chunkError{bulk: bulkErr, quick: quickErr, bothMissing: isNotFound(bulkErr) && isNotFound(quickErr)}
	}
	return res, nil
}

// isNotFound recognises an endpoint the registry does not have: 404/410
// (registry.ErrNotFound), 405 or 501.
func isNotFound(err error) bool {
	if errors.Is(err, registry.ErrNotFound) {
		return true
	}
	var re *registry.Error
	return errors.As(err, &re) && (re.Status == 405 || re.Status == 501)
}

func statusOf(err error) int {
	var re *registry.Error
	if errors.As(err, &re) {
		return re.Status
	}
	return 0
}

// filterNames drops answers about packages that were not asked about.
func filterNames(got map[string][]Advisory, asked map[string][]string) map[string][]Advisory {
	for n := range got {
		if _, ok := asked[n]; !ok {
			delete(got, n)
		}
	}
	return got
}

func mergeByID(have, add []Advisory) []Advisory {
	for _, a := range add {
		if !slices.ContainsFunc(have, func(h Advisory) bool { return h.ID == a.ID }) {
			have = append(have, a)
		}
	}
	return have
}

// quickLayers splits a chunk for the legacy endpoint, whose dependency
// tree holds one version per top-level name: layer i has each name's
// i-th version.
func quickLayers(chunk map[string][]string) []map[string][]string {
	var out []map[string][]string
	for name, vs := range chunk {
		for i, v := range vs {
			for len(out) <= i {
				out = append(out, map[string][]string{})
			}
			out[i][name] = []string{v}
		}
	}
	return out
}

// quickPayload builds npm's legacy audit document (npm's prepareData: the
// project's name, version and requires, a lockfile-v1 dependency tree
// and metadata) for one version per name.
func quickPayload(layer map[string][]string) []byte {
	type dep struct {
		Version string `json:"version"`
	}
	doc := struct {
		Name         string            `json:"name"`
		Version      string            `json:"version"`
		Requires     map[string]string `json:"requires"`
		Dependencies map[string]dep    `json:"dependencies"`
		Metadata     map[string]string `json:"metadata"`
	}{
		Name: "depfence-audit", Version: "0.0.0",
		Requires: map[string]string{}, Dependencies: map[string]dep{},
		Metadata: map[string]string{"npm_version": "depfence"},
	}
	for n, vs := range layer {
		doc.Requires[n] = vs[0]
		doc.Dependencies[n] = dep{Version: vs[0]}
	}
	b, _ := json.Marshal(doc) // maps of strings always marshal
	return b
}

// ParseBulk decodes the bulk endpoint's answer: {"name": [{id, url,
// title, severity, vulnerable_versions, cwe, cvss}, ...]}.
func ParseBulk(body []byte) (map[string][]Advisory, error) {
	var raw map[string][]bulkAdvisory
	if err := json.Unmarshal(bytes.TrimPrefix(body, []byte("\xef\xbb\xbf")), &raw); err != nil {
		return nil, fmt.Errorf("bulk advisories: malformed answer: %w", err)
	}
	if raw == nil {
		return nil, errors.New("bulk advisories: malformed answer: not an object")
	}
	out := make(map[string][]Advisory, len(raw))
	for name, list := range raw {
		for _, b := range list {
			out[name] = append(out[name], b.advisory(name))
		}
	}
	return out, nil
}

// ParseQuickAudit decodes the quick-audit answer's "advisories" object
// into the bulk shape, as npm's AuditReport.auditToBulk does (a missing
// severity is "high", a missing range "*").
func ParseQuickAudit(body []byte) (map[string][]Advisory, error) {
	var raw struct {
		Advisories map[string]quickAdvisory `json:"advisories"`
	}
	if err := json.Unmarshal(bytes.TrimPrefix(body, []byte("\xef\xbb\xbf")), &raw); err != nil {
		return nil, fmt.Errorf("quick audit: malformed answer: %w", err)
	}
	if raw.Advisories == nil {
		return nil, errors.New("quick audit: malformed answer: no advisories object")
	}
	keys := slices.Sorted(func(yield func(string) bool) {
		for k := range raw.Advisories {
			if !yield(k) {
				return
			}
		}
	})
	out := map[string][]Advisory{}
	for _, k := range keys {
		q := raw.Advisories[k]
		if q.ModuleName == "" {
			continue
		}
		if q.Severity == "" {
			q.Severity = "high"
		}
		if q.VulnerableVersions == "" {
			q.VulnerableVersions = "*"
		}
		a := q.bulkAdvisory.advisory(q.ModuleName)
		if q.GitHubAdvisoryID != "" && a.ID != q.GitHubAdvisoryID {
			a.Aliases = appendNew(a.Aliases, a.ID)
			a.ID = q.GitHubAdvisoryID
		}
		a.Aliases = appendNew(a.Aliases, q.CVEs...)
		if v := strings.TrimSpace(q.PatchedVersions); strings.HasPrefix(v, ">=") && !strings.ContainsAny(v, " |<") {
			a.Patched = strings.TrimPrefix(v, ">=")
		}
		out[q.ModuleName] = append(out[q.ModuleName], a)
	}
	return out, nil
}

var ghsaURL = regexp.MustCompile(`/advisories/(GHSA(?:-[23456789cfghjmpqrvwx]{4}){3})$`)

func (b bulkAdvisory) advisory(name string) Advisory {
	a := Advisory{Source: SourceNPM, Package: name, Title: clip(b.Title, 500), URL: clip(b.URL, 1000),
		Severity: ParseSeverity(b.Severity), Range: strings.TrimSpace(b.VulnerableVersions)}
	if a.Range == "" {
		a.Range = "*"
	}
	npmID := rawID(b.ID)
	if m := ghsaURL.FindStringSubmatch(b.URL); m != nil {
		a.ID = m[1]
		if npmID != "" {
			a.Aliases = []string{npmID}
		}
	} else {
		a.ID = npmID
	}
	if a.ID == "" {
		a.ID = "npm-advisory-" + name
	}
	a.CWEs = cwes(b.CWE)
	if b.CVSS != nil {
		if b.CVSS.Score > 0 && b.CVSS.Score <= 10 {
			a.CVSSScore = b.CVSS.Score
		}
		if b.CVSS.VectorString != nil {
			a.CVSSVector = clip(*b.CVSS.VectorString, 200)
		}
	}
	a.finish()
	return a
}

// rawID renders a JSON number or string id.
func rawID(r json.RawMessage) string {
	var n json.Number
	if json.Unmarshal(r, &n) == nil {
		return clip(n.String(), 100)
	}
	var s string
	if json.Unmarshal(r, &s) == nil {
		return clip(s, 100)
	}
	return ""
}

// cwes reads "cwe" as a list or, in legacy answers, a single string.
func cwes(r json.RawMessage) []string {
	var list []string
	if json.Unmarshal(r, &list) == nil {
		return clipAll(list)
	}
	var one string
	if json.Unmarshal(r, &one) == nil && one != "" {
		return []string{clip(one, 100)}
	}
	return nil
}

func clipAll(l []string) []string {
	if len(l) > 50 {
		l = l[:50]
	}
	out := make([]string, 0, len(l))
	for _, s := range l {
		out = append(out, clip(s, 100))
	}
	return out
}

func appendNew(l []string, add ...string) []string {
	for _, s := range add {
		if s != "" && !slices.Contains(l, s) {
			l = append(l, clip(s, 100))
		}
	}
	return l
}

func clip(s string, n int) string {
	if len(s) <= n {
		return s
	}
	return s[:n] + "…"
}
