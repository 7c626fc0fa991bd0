package trust

import (
	"bytes"
	"compress/gzip"
	_ "embed"
	"encoding/base64"
	"encoding/json"
	"fmt"
	"io"
	"net/url"
	"os"
	"sort"
	"strings"
	"sync"

	"github.com/sigstore/sigstore-go/pkg/root"

	"github.com/depfence/depfence/internal/npm"
)

// The embedded trust material: seeds.json of the @sigstore/tuf npm package
// (see README.md in this directory for its version and how to refresh it).
//
// It is stored gzip-compressed, byte for byte as published once inflated.
//
//go:embed embedded/seeds.json.gz
var embeddedSeedsGz []byte

// embeddedSeeds inflates the snapshot once.
var embeddedSeeds = sync.OnceValues(func() ([]byte, error) {
	zr, err := gzip.NewReader(bytes.NewReader(embeddedSeedsGz))
	if err != nil {
		return nil, fmt.Errorf("embedded seeds.json.gz: %w", err)
	}
	b, err := io.ReadAll(io.LimitReader(zr, maxSeedsSize))
	if err != nil {
		return nil, fmt.Errorf("embedded seeds.json.gz: %w", err)
	}
	return b, nil
})

// EmbeddedSeedsSource names the embedded snapshot in results and reports.
const EmbeddedSeedsSource = "@sigstore/tuf@" + EmbeddedSeedsVersion + " seeds.json (embedded)"

// SigstoreTUFRepository is the TUF repository whose root and targets the
// seeds hold.
const SigstoreTUFRepository = "https://tuf-repo-cdn.sigstore.dev"

// Names of the seeds targets depfence uses.
const (
	TargetTrustedRoot = "trusted_root.json"
	// TargetKeysSuffix ends the name of the target holding the registry's
	// keys ("<registry host>/keys.json").
	TargetKeysSuffix = "/keys.json"
	maxSeedsSize     = 4 << 20
)

// Material is the trust depfence verifies provenance against: the Sigstore
// trusted root (Fulcio CAs, Rekor and CT log keys, TSAs) and the npm
// registry's keys for publish attestations.
type Material struct {
	TrustedRoot *root.TrustedRoot
	// Keys are the registry's keys; publish attestations use the
	// UsageAttestations ones. Nil when only a trusted root was given.
	Keys *Keyring
	// Source says where the material came from, for reports.
	Source string
	// TUFRoot is the TUF root.json the seeds carried (nil for material read
	// from a plain trusted_root.json); Refresh chains new roots from it.
	TUFRoot []byte
	// SeedsVersion is the version of the seeds package the material came
	// from ("" when unknown); Refresh refuses older packages.
	SeedsVersion string
}

// Seeds is a decoded @sigstore/tuf seeds.json for one TUF repository.
type Seeds struct {
	Repository string
	Root       []byte            // TUF root.json
	Targets    map[string][]byte // unescaped target name -> bytes
}

// ParseSeeds decodes a seeds.json:
//
//	{"<tuf repo url>":{"root.json":"<base64>","targets":{"<escaped name>":"<base64>"}}}
//
// and returns the entry for SigstoreTUFRepository.
func ParseSeeds(data []byte) (*Seeds, error) {
	if len(data) > maxSeedsSize {
		return nil, invalidf("seeds.json: %d bytes exceeds the %d-byte limit", len(data), maxSeedsSize)
	}
	var doc map[string]struct {
		Root    string            `json:"root.json"`
		Targets map[string]string `json:"targets"`
	}
	if err := json.Unmarshal(bytes.TrimPrefix(data, bom), &doc); err != nil {
		return nil, invalidf("seeds.json: %v", err)
	}
	entry, ok := doc[SigstoreTUFRepository]
	if !ok {
		return nil, invalidf("seeds.json: no entry for %s", SigstoreTUFRepository)
	}
	rootJSON, err := base64.StdEncoding.DecodeString(entry.Root)
	if err != nil || len(rootJSON) == 0 {
		return nil, invalidf("seeds.json: root.json is missing or not base64")
	}
	s := &Seeds{Repository: SigstoreTUFRepository, Root: rootJSON, Targets: map[string][]byte{}}
	for name, b64 := range entry.Targets {
		plain, err := url.PathUnescape(name)
		if err != nil {
			return nil, invalidf("seeds.json: target name %q: %v", clip(name), err)
		}
		b, err := base64.StdEncoding.DecodeString(b64)
		if err != nil {
			return nil, invalidf("seeds.json: target %q is not base64", clip(plain))
		}
		s.Targets[plain] = b
	}
	return s, nil
}

// MaterialFromSeeds builds Material from a seeds.json. The seeds' own
// integrity is the caller's business (the embedded copy is compiled in;
// Refresh verifies a downloaded one).
func MaterialFromSeeds(data []byte, source string) (*Material, error) {
	s, err := ParseSeeds(data)
	if err != nil {
		return nil, err
	}
	return s.Material(source)
}

// KeysTarget returns the target holding the registry's keys: the one whose
// name ends in "/keys.json" (the first, in name order, if several do).
func (s *Seeds) KeysTarget() (string, []byte, bool) {
	var names []string
	for n := range s.Targets {
		if strings.HasSuffix(n, TargetKeysSuffix) {
			names = append(names, n)
		}
	}
	if len(names) == 0 {
		return "", nil, false
	}
	sort.Strings(names)
	return names[0], s.Targets[names[0]], true
}

// Material turns decoded seeds into trust material.
func (s *Seeds) Material(source string) (*Material, error) {
	tr, ok := s.Targets[TargetTrustedRoot]
	if !ok {
		return nil, invalidf("seeds: no %s target", TargetTrustedRoot)
	}
	trustedRoot, err := ParseTrustedRoot(tr)
	if err != nil {
		return nil, fmt.Errorf("seeds %s: %w", TargetTrustedRoot, err)
	}
	m := &Material{TrustedRoot: trustedRoot, Source: source, TUFRoot: s.Root}
	if name, k, ok := s.KeysTarget(); ok {
		ring, err := ParseTUFKeys(k)
		if err != nil {
			return nil, fmt.Errorf("seeds %s: %w", name, err)
		}
		m.Keys = ring
	}
	return m, nil
}

// EmbeddedMaterial returns the trust material compiled into depfence.
func EmbeddedMaterial() (*Material, error) {
	seeds, err := embeddedSeeds()
	if err != nil {
		return nil, err
	}
	m, err := MaterialFromSeeds(seeds, EmbeddedSeedsSource)
	if err != nil {
		return nil, fmt.Errorf("embedded trust material: %w", err)
	}
	m.SeedsVersion = EmbeddedSeedsVersion
	return m, nil
}

// EmbeddedSeeds returns a copy of the embedded seeds.json bytes.
func EmbeddedSeeds() []byte {
	b, _ := embeddedSeeds()
	return append([]byte(nil), b...)
}

// ParseTrustedRoot decodes a Sigstore trusted_root.json
// (application/vnd.dev.sigstore.trustedroot+json).
func ParseTrustedRoot(data []byte) (tr *root.TrustedRoot, err error) {
	if len(data) > maxSeedsSize {
		return nil, invalidf("trusted root: %d bytes exceeds the %d-byte limit", len(data), maxSeedsSize)
	}
	defer func() {
		if r := recover(); r != nil {
			tr, err = nil, invalidf("trusted root: decoder failed: %v", r)
		}
	}()
	tr, err = root.NewTrustedRootFromJSON(bytes.TrimPrefix(data, bom))
	if err != nil {
		return nil, invalidf("trusted root: %v", err)
	}
	if len(tr.FulcioCertificateAuthorities()) == 0 || len(tr.RekorLogs()) == 0 {
		return nil, invalidf("trusted root: no Fulcio certificate authority or Rekor log")
	}
	return tr, nil
}

// WithTrustedRoot returns a copy of m whose Sigstore trusted root is read
// from data (the --trusted-root FILE option); the registry keys are kept.
func (m *Material) WithTrustedRoot(data []byte, source string) (*Material, error) {
	tr, err := ParseTrustedRoot(data)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", source, err)
	}
	out := &Material{TrustedRoot: tr, Source: source}
	if m != nil {
		out.Keys = m.Keys
	}
	return out, nil
}

// WithKeys returns a copy of m that uses keys for publish attestations
// (for example the registry's /-/npm/v1/keys answer).
func (m *Material) WithKeys(keys *Keyring) *Material {
	out := *m
	out.Keys = keys
	return &out
}

// MaterialSource says where LoadMaterial takes trust material from.
type MaterialSource struct {
	// TrustedRootFile is a Sigstore trusted_root.json path (the
	// --trusted-root FILE option); it replaces the Sigstore part of the
	// material and keeps the registry keys of the seeds.
	TrustedRootFile string
	// CachedSeeds is a seeds.json that Refresh verified earlier (its
	// RefreshReport.Seeds), with the package version it came from.
	CachedSeeds        []byte
	CachedSeedsVersion string
}

// LoadMaterial returns the trust material to verify with: the newer of the
// embedded snapshot and CachedSeeds (by TUF root version, then package
// version; a cache never rolls the embedded material back), with its
// trusted root replaced by TrustedRootFile when that is set.
func LoadMaterial(src MaterialSource) (*Material, error) {
	m, err := EmbeddedMaterial()
	if err != nil {
		return nil, err
	}
	if len(src.CachedSeeds) > 0 {
		cached, err := MaterialFromSeeds(src.CachedSeeds, fmt.Sprintf("@sigstore/tuf@%s seeds.json (cached)", src.CachedSeedsVersion))
		if err != nil {
			return nil, fmt.Errorf("cached trust material: %w", err)
		}
		cached.SeedsVersion = src.CachedSeedsVersion
		if newerSeeds(cached, m) {
			m = cached
		}
	}
	if src.TrustedRootFile != "" {
		data, err := readCapped(src.TrustedRootFile, maxSeedsSize)
		if err != nil {
			return nil, fmt.Errorf("trusted root %q: %w", src.TrustedRootFile, err)
		}
		return m.WithTrustedRoot(data, src.TrustedRootFile)
	}
	return m, nil
}

func newerSeeds(a, b *Material) bool {
	av, errA := RootVersion(a.TUFRoot)
	bv, errB := RootVersion(b.TUFRoot)
	if errA != nil || errB != nil || av != bv {
		return errA == nil && (errB != nil || av > bv)
	}
	x, errX := npm.ParseVersion(a.SeedsVersion)
	y, errY := npm.ParseVersion(b.SeedsVersion)
	return errX == nil && errY == nil && npm.CompareVersions(x, y) > 0
}

func readCapped(path string, limit int64) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	b, err := io.ReadAll(io.LimitReader(f, limit+1))
	if err != nil {
		return nil, err
	}
	if int64(len(b)) > limit {
		return nil, fmt.Errorf("larger than %d bytes", limit)
	}
	return b, nil
}
