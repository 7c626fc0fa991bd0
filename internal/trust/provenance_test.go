package trust

import (
	"archive/tar"
	"bytes"
	"compress/gzip"
	"context"
	"crypto/ecdsa"
	"crypto/x509"
	"encoding/base64"
	"encoding/json"
	"encoding/pem"
	"io"
	"strings"
	"testing"

	"github.com/depfence/depfence/internal/npm"
)

// provCase is one real package version with its attestations and tarball.
type provCase struct {
	name, version string
	tarball       string
	attestations  func(t *testing.T) []Attestation
	predicate     string
	want          BuildInfo
	publish       bool
	// repoMismatch: package.json names another repository (tuf-js@1.0.0
	// still said github/tuf-js after the move to theupdateframework).
	repoMismatch bool
}

func responseFile(file string) func(t *testing.T) []Attestation {
	return func(t *testing.T) []Attestation {
		t.Helper()
		a, err := ParseAttestations(readShared(t, file))
		if err != nil {
			t.Fatal(err)
		}
		return a
	}
}

// bundleFiles wraps loose bundle files as an attestations response.
func bundleFiles(files map[string]string) func(t *testing.T) []Attestation {
	return func(t *testing.T) []Attestation {
		t.Helper()
		var out []Attestation
		for _, pt := range []string{PredicateSLSAv1, PredicateSLSAv02, PredicatePublish} {
			if f, ok := files[pt]; ok {
				out = append(out, Attestation{PredicateType: pt, Bundle: readShared(t, f)})
			}
		}
		return out
	}
}

var provCases = []provCase{
	{
		name: "sigstore", version: "2.0.0", tarball: "sigstore-2.0.0.tgz",
		attestations: bundleFiles(map[string]string{PredicateSLSAv1: "sigstore.js@2.0.0-provenance.sigstore.json"}),
		predicate:    PredicateSLSAv1,
		want: BuildInfo{
			PredicateType: PredicateSLSAv1,
			Repository:    "https://github.com/sigstore/sigstore-js",
			Ref:           "refs/heads/main",
			Commit:        "f0b49a04e5a62250e0f60fb128004a73110fe311",
			Workflow:      ".github/workflows/release.yml",
			BuilderID:     "https://github.com/actions/runner/github-hosted",
			Issuer:        IssuerGitHubActions,
		},
	},
	{
		name: "sigstore", version: "1.3.0", tarball: "sigstore-1.3.0.tgz",
		attestations: bundleFiles(map[string]string{PredicateSLSAv02: "bundle-provenance.json", PredicatePublish: "bundle-publish.json"}),
		predicate:    PredicateSLSAv02,
		want: BuildInfo{
			PredicateType: PredicateSLSAv02,
			Repository:    "https://github.com/sigstore/sigstore-js",
			Ref:           "refs/heads/main",
			Commit:        "dae8bd8eb433a4147b4655c00fe73e0f22bc0fb1",
			Workflow:      ".github/workflows/release.yml",
			BuilderID:     "https://github.com/actions/runner",
			Issuer:        IssuerGitHubActions,
		},
		publish: true,
	},
	{
		name: "sigstore", version: "1.0.0", tarball: "sigstore-1.0.0.tgz",
		attestations: responseFile("npmcli-valid-sigstore-attestations.json"),
		predicate:    PredicateSLSAv02,
		want: BuildInfo{
			PredicateType: PredicateSLSAv02,
			Repository:    "https://github.com/sigstore/sigstore-js",
			Ref:           "refs/tags/v1.0.0",
			Commit:        "06528997c3c8ab9f864fad9a3658446aca7fd86d",
			Workflow:      ".github/workflows/publish.yml",
			BuilderID:     "https://github.com/npm/cli@9.4.2",
			Issuer:        IssuerGitHubActions,
		},
		publish: true,
	},
	{
		name: "tuf-js", version: "1.0.0", tarball: "tuf-js-1.0.0.tgz",
		attestations: responseFile("npmcli-valid-tuf-js-attestations.json"),
		predicate:    PredicateSLSAv02,
		want: BuildInfo{
			PredicateType: PredicateSLSAv02,
			Repository:    "https://github.com/theupdateframework/tuf-js",
			Ref:           "refs/tags/v1.0.0",
			Commit:        "99624cc7ce39872e6bd08a0df59229a48562dbca",
			Workflow:      ".github/workflows/publish.yml",
			BuilderID:     "https://github.com/npm/cli@9.4.2",
			Issuer:        IssuerGitHubActions,
		},
		publish:      true,
		repoMismatch: true,
	},
}

func embeddedVerifier(t testing.TB) *ProvenanceVerifier {
	t.Helper()
	m, err := EmbeddedMaterial()
	if err != nil {
		t.Fatal(err)
	}
	v, err := NewProvenanceVerifier(m, ProvenanceOptions{})
	if err != nil {
		t.Fatal(err)
	}
	return v
}

// tarballManifest reads package/package.json from a .tgz (test helper: the
// product reads tarballs through internal/archive).
func tarballManifest(t *testing.T, tgz []byte) *npm.Manifest {
	t.Helper()
	zr, err := gzip.NewReader(bytes.NewReader(tgz))
	if err != nil {
		t.Fatal(err)
	}
	tr := tar.NewReader(zr)
	for {
		h, err := tr.Next()
		if err != nil {
			t.Fatalf("no package.json: %v", err)
		}
		if h.Name == "package/package.json" {
			b, err := io.ReadAll(io.LimitReader(tr, 1<<20))
			if err != nil {
				t.Fatal(err)
			}
			m, err := npm.ParseManifest(b)
			if err != nil {
				t.Fatal(err)
			}
			return m
		}
	}
}

func (c provCase) input(t *testing.T) ProvenanceInput {
	t.Helper()
	tgz := readShared(t, c.tarball)
	return ProvenanceInput{
		Name: c.name, Version: c.version,
		Integrity:    IntegrityOf(tgz),
		Attestations: c.attestations(t),
		Repository:   tarballManifest(t, tgz).Repository,
	}
}

func TestVerifyProvenanceRealBundles(t *testing.T) {
	v := embeddedVerifier(t)
	for _, c := range provCases {
		t.Run(c.name+"@"+c.version, func(t *testing.T) {
			got := v.Verify(context.Background(), c.input(t))
			wantOutcome, wantReason, wantMatch := Verified, ReasonNone, RepoMatch
			if c.repoMismatch {
				wantOutcome, wantReason, wantMatch = Invalid, ReasonRepositoryMismatch, RepoMismatch
			}
			if got.Outcome != wantOutcome || got.Reason != wantReason || got.RepositoryMatch != wantMatch {
				t.Fatalf("got %v/%s/%q (%s), want %v/%s/%q", got.Outcome, got.Reason, got.RepositoryMatch, got.Detail, wantOutcome, wantReason, wantMatch)
			}
			for _, a := range got.Attestations {
				if a.Outcome != Verified {
					t.Errorf("%s: %v/%s: %s", a.PredicateType, a.Outcome, a.Reason, a.Detail)
				}
			}
			if got.Build == nil {
				t.Fatal("no build info")
			}
			b := *got.Build
			if b.LogIndex <= 0 || b.SignedAt.IsZero() || !strings.HasPrefix(b.Identity, c.want.Repository+"/") {
				t.Errorf("log index %d, signed %v, identity %q", b.LogIndex, b.SignedAt, b.Identity)
			}
			b.LogIndex, b.Identity, b.RunInvocation, b.RunnerEnvironment = 0, "", "", ""
			c.want.SignedAt = b.SignedAt
			if d := cmpDiff(c.want, b); d != "" {
				t.Errorf("build info (-want +got):\n%s", d)
			}
			if got.Publish != c.publish {
				t.Errorf("publish attestation verified = %v, want %v", got.Publish, c.publish)
			}
			if got.TrustSource != EmbeddedSeedsSource {
				t.Errorf("trust source %q", got.TrustSource)
			}
		})
	}
}

// The public-good trusted root from sigstore-go (an older snapshot, read as
// with --trusted-root FILE) verifies the same bundles.
func TestVerifyProvenanceTrustedRootFile(t *testing.T) {
	m, err := EmbeddedMaterial()
	if err != nil {
		t.Fatal(err)
	}
	for _, file := range []string{"trusted-root-public-good.json", "sigstore-js-seeds-trusted_root.json"} {
		m2, err := m.WithTrustedRoot(readShared(t, file), file)
		if err != nil {
			t.Fatal(err)
		}
		v, err := NewProvenanceVerifier(m2, ProvenanceOptions{})
		if err != nil {
			t.Fatal(err)
		}
		for _, c := range provCases {
			in := c.input(t)
			in.Repository = nil
			if got := v.Verify(context.Background(), in); got.Outcome != Verified || got.TrustSource != file {
				t.Errorf("%s: %s@%s: %v/%s: %s", file, c.name, c.version, got.Outcome, got.Reason, got.Detail)
			}
		}
	}
}

func TestVerifyProvenanceFailures(t *testing.T) {
	v := embeddedVerifier(t)
	sig1 := provCases[2] // sigstore@1.0.0: SLSA v0.2 + publish
	tests := []struct {
		name   string
		edit   func(t *testing.T, in *ProvenanceInput)
		reason Reason
	}{
		{"other_tarball", func(t *testing.T, in *ProvenanceInput) {
			in.Integrity = IntegrityOf(readShared(t, "sigstore-1.3.0.tgz"))
		}, ReasonBundleInvalid},
		{"tarball_byte_flipped", func(t *testing.T, in *ProvenanceInput) {
			tgz := readShared(t, "sigstore-1.0.0.tgz")
			tgz[len(tgz)/2] ^= 1
			in.Integrity = IntegrityOf(tgz)
		}, ReasonBundleInvalid},
		{"other_version", func(t *testing.T, in *ProvenanceInput) { in.Version = "1.0.1" }, ReasonSubjectMismatch},
		{"other_name", func(t *testing.T, in *ProvenanceInput) { in.Name = "sigstorf" }, ReasonSubjectMismatch},
		{"scoped_name", func(t *testing.T, in *ProvenanceInput) { in.Name = "@sigstore/sigstore" }, ReasonSubjectMismatch},
		{"repository_mismatch", func(t *testing.T, in *ProvenanceInput) {
			in.Repository = json.RawMessage(`{"type":"git","url":"git+https://github.com/evil/sigstore-js.git"}`)
		}, ReasonRepositoryMismatch},
		{"expected_repository", func(t *testing.T, in *ProvenanceInput) {
			in.ExpectedRepository = "github:theupdateframework/tuf-js"
		}, ReasonRepositoryMismatch},
		{"predicate_type_swapped", func(t *testing.T, in *ProvenanceInput) {
			in.Attestations[0].PredicateType, in.Attestations[1].PredicateType = in.Attestations[1].PredicateType, in.Attestations[0].PredicateType
		}, ReasonPredicateMismatch},
		{"announced_provenance_stripped", func(t *testing.T, in *ProvenanceInput) {
			in.AnnouncedPredicateType = PredicateSLSAv02
			in.Attestations = in.Attestations[1:]
		}, ReasonPredicateMismatch},
		{"announced_other_type", func(t *testing.T, in *ProvenanceInput) { in.AnnouncedPredicateType = PredicateSLSAv1 }, ReasonPredicateMismatch},
		{"no_sha512", func(t *testing.T, in *ProvenanceInput) {
			in.Integrity = npm.Integrity{Hashes: []npm.Hash{{Algorithm: npm.SHA1, Digest: make([]byte, 20)}}}
		}, ReasonNoIntegrity},
		{"bundle_not_json", func(t *testing.T, in *ProvenanceInput) { in.Attestations[0].Bundle = json.RawMessage(`[1]`) }, ReasonMalformed},
		{"other_package_bundle", func(t *testing.T, in *ProvenanceInput) {
			in.Attestations[0].Bundle = responseFile("npmcli-valid-tuf-js-attestations.json")(t)[0].Bundle
		}, ReasonBundleInvalid},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			in := sig1.input(t)
			tc.edit(t, &in)
			got := v.Verify(context.Background(), in)
			if got.Outcome != Invalid || got.Reason != tc.reason {
				t.Fatalf("got %v/%s (%s), want invalid/%s", got.Outcome, got.Reason, got.Detail, tc.reason)
			}
		})
	}
}

func TestVerifyProvenanceMissingAndSkipped(t *testing.T) {
	v := embeddedVerifier(t)
	in := provCases[2].input(t)
	publishOnly := in
	publishOnly.Attestations = in.Attestations[1:]
	none := in
	none.Attestations = nil
	noRepo := in
	noRepo.Repository = nil
	noRepo.AnnouncedPredicateType = PredicateSLSAv02
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	tests := []struct {
		name   string
		got    ProvenanceResult
		want   Outcome
		reason Reason
		repo   RepositoryMatch
	}{
		{"no_attestations", v.Verify(context.Background(), none), Missing, ReasonNoAttestations, RepoNotChecked},
		{"publish_only", v.Verify(context.Background(), publishOnly), Missing, ReasonNoProvenance, RepoNotChecked},
		{"no_declared_repository", v.Verify(context.Background(), noRepo), Verified, ReasonNone, RepoNotDeclared},
		{"cancelled", v.Verify(ctx, in), Skipped, ReasonCancelled, RepoNotChecked},
	}
	twoRepos := in
	twoRepos.Attestations = append(append([]Attestation(nil), in.Attestations...), responseFile("npmcli-valid-tuf-js-attestations.json")(t)[0])
	twoRepos.Name, twoRepos.Version = "sigstore", "1.0.0"
	tests = append(tests, struct {
		name   string
		got    ProvenanceResult
		want   Outcome
		reason Reason
		repo   RepositoryMatch
	}{"other_package_provenance_appended", v.Verify(context.Background(), twoRepos), Invalid, ReasonBundleInvalid, RepoNotChecked})
	for _, tc := range tests {
		if tc.got.Outcome != tc.want || tc.got.Reason != tc.reason || tc.got.RepositoryMatch != tc.repo {
			t.Errorf("%s: got %v/%s/%q (%s), want %v/%s/%q", tc.name, tc.got.Outcome, tc.got.Reason, tc.got.RepositoryMatch, tc.got.Detail, tc.want, tc.reason, tc.repo)
		}
	}
}

// Publish attestations need the registry's attestation key; without keys, or
// with the key expired before the Rekor time, they fail.
func TestVerifyPublishAttestationKeys(t *testing.T) {
	m, err := EmbeddedMaterial()
	if err != nil {
		t.Fatal(err)
	}
	in := provCases[3].input(t) // tuf-js@1.0.0
	in.Repository = nil         // its package.json names the old repository
	keys := m.Keys.Keys()
	var expired []RegistryKey
	for _, k := range keys {
		k.Expires = k.NotBefore.AddDate(0, 0, 1) // ends 2022-12-02, before the 2023 publish
		expired = append(expired, k)
	}
	for name, ring := range map[string]*Keyring{"no_keys": nil, "expired": NewKeyring(expired...)} {
		t.Run(name, func(t *testing.T) {
			v, err := NewProvenanceVerifier(m.WithKeys(ring), ProvenanceOptions{})
			if err != nil {
				t.Fatal(err)
			}
			got := v.Verify(context.Background(), in)
			if got.Outcome != Invalid || got.Attestations[1].Outcome != Invalid || got.Attestations[0].Outcome != Verified {
				t.Fatalf("got %v/%s: %s", got.Outcome, got.Reason, got.Detail)
			}
		})
	}
	// The /-/npm/v1/keys form (no usage) serves attestations too.
	v1 := keyrings(t)["v1_keys"]
	v, err := NewProvenanceVerifier(m.WithKeys(v1), ProvenanceOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if got := v.Verify(context.Background(), in); got.Outcome != Verified || !got.Publish {
		t.Fatalf("v1 keys: %v/%s: %s", got.Outcome, got.Reason, got.Detail)
	}
}

func TestVerifyProvenanceUntrustedIssuer(t *testing.T) {
	m, err := EmbeddedMaterial()
	if err != nil {
		t.Fatal(err)
	}
	v, err := NewProvenanceVerifier(m, ProvenanceOptions{Issuers: []string{IssuerGitLab}})
	if err != nil {
		t.Fatal(err)
	}
	got := v.Verify(context.Background(), provCases[0].input(t))
	if got.Outcome != Invalid || got.Reason != ReasonUntrustedIssuer {
		t.Fatalf("got %v/%s: %s", got.Outcome, got.Reason, got.Detail)
	}
}

// Flipping bytes in any signed part of any real bundle must never verify.
func TestVerifyProvenanceTamperedBundle(t *testing.T) {
	v := embeddedVerifier(t)
	for _, c := range provCases {
		in := c.input(t)
		in.Repository = nil
		for ai, att := range in.Attestations {
			t.Run(c.name+"@"+c.version+"/"+shortPredicate(att.PredicateType), func(t *testing.T) {
				tamperBundle(t, v, in, ai)
			})
		}
	}
}

func tamperBundle(t *testing.T, v *ProvenanceVerifier, in ProvenanceInput, ai int) {
	var b map[string]any
	if err := json.Unmarshal(in.Attestations[ai].Bundle, &b); err != nil {
		t.Fatal(err)
	}
	env := b["dsseEnvelope"].(map[string]any)
	vm := b["verificationMaterial"].(map[string]any)
	tlog := vm["tlogEntries"].([]any)[0].(map[string]any)
	sigs := env["signatures"].([]any)[0].(map[string]any)
	// base64 fields of the bundle: the object holding each and its key.
	fields := map[string]struct {
		obj map[string]any
		key string
	}{
		"payload":           {env, "payload"},
		"signature":         {sigs, "sig"},
		"canonicalizedBody": {tlog, "canonicalizedBody"},
	}
	if chain, ok := vm["x509CertificateChain"].(map[string]any); ok {
		fields["certificate"] = struct {
			obj map[string]any
			key string
		}{chain["certificates"].([]any)[0].(map[string]any), "rawBytes"}
	}
	if ip, ok := tlog["inclusionPromise"].(map[string]any); ok {
		fields["inclusionPromise"] = struct {
			obj map[string]any
			key string
		}{ip, "signedEntryTimestamp"}
	}
	if ip, ok := tlog["inclusionProof"].(map[string]any); ok {
		fields["inclusionProof.rootHash"] = struct {
			obj map[string]any
			key string
		}{ip, "rootHash"}
	}
	if len(fields) < 4 {
		t.Fatalf("only %d fields to tamper with", len(fields))
	}
	verifyWith := func() ProvenanceResult {
		data, err := json.Marshal(b)
		if err != nil {
			t.Fatal(err)
		}
		in2 := in
		in2.Attestations = append([]Attestation(nil), in.Attestations...)
		in2.Attestations[ai].Bundle = data
		return v.Verify(context.Background(), in2)
	}
	for name, f := range fields {
		orig := f.obj[f.key].(string)
		raw, err := base64.StdEncoding.DecodeString(orig)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		for _, pos := range []int{0, len(raw) / 3, len(raw) / 2, len(raw) - 2} {
			mut := append([]byte(nil), raw...)
			mut[pos] ^= 0x01
			f.obj[f.key] = base64.StdEncoding.EncodeToString(mut)
			if got := verifyWith(); got.Outcome != Invalid || got.Attestations[ai].Outcome != Invalid {
				t.Errorf("%s byte %d flipped: %v/%s", name, pos, got.Outcome, got.Reason)
			}
		}
		f.obj[f.key] = orig
	}
	// Restored, it verifies again (the test mutated the right document).
	if got := verifyWith(); got.Outcome != Verified && got.Reason != ReasonNoProvenance {
		t.Fatalf("restored bundle: %v/%s: %s", got.Outcome, got.Reason, got.Detail)
	}
}

func TestProvenanceInputFor(t *testing.T) {
	tgz := readShared(t, "sigstore-1.0.0.tgz")
	doc := `{"name":"sigstore","version":"1.0.0","repository":{"type":"git","url":"git+https://github.com/sigstore/sigstore-js.git"},
	  "dist":{"integrity":"` + IntegrityOf(tgz).String() + `","attestations":{"url":"https://registry.npm.local/-/npm/v1/attestations/sigstore@1.0.0",
	  "provenance":{"predicateType":"https://slsa.dev/provenance/v0.2"}}}}`
	pv, err := npm.ParsePackumentVersion([]byte(doc))
	if err != nil {
		t.Fatal(err)
	}
	in, err := ProvenanceInputFor(pv, responseFile("npmcli-valid-sigstore-attestations.json")(t))
	if err != nil {
		t.Fatal(err)
	}
	got := embeddedVerifier(t).Verify(context.Background(), in)
	if got.Outcome != Verified || got.RepositoryMatch != RepoMatch || !got.Publish {
		t.Fatalf("%v/%s/%q: %s", got.Outcome, got.Reason, got.RepositoryMatch, got.Detail)
	}
	if _, err := ProvenanceInputFor(nil, nil); err == nil {
		t.Error("nil version accepted")
	}
}

// bundle-publish.json verifies with the key in publish_key.pub (PEM), as
// sigstore-go's example does, given under the bundle's key hint.
func TestVerifyPublishAttestationPEMKey(t *testing.T) {
	block, _ := pem.Decode(readShared(t, "publish_key.pub"))
	if block == nil {
		t.Fatal("publish_key.pub is not PEM")
	}
	pub, err := x509.ParsePKIXPublicKey(block.Bytes)
	if err != nil {
		t.Fatal(err)
	}
	key := RegistryKey{KeyID: "SHA256:jl3bwswu80PjjokCgh0o2w5c2U4LhQAE57gj9cz1kzA", Usage: UsageAttestations, DER: block.Bytes, Key: pub.(*ecdsa.PublicKey)}
	m := mustEmbedded(t).WithKeys(NewKeyring(key))
	v, err := NewProvenanceVerifier(m, ProvenanceOptions{})
	if err != nil {
		t.Fatal(err)
	}
	in := provCases[1].input(t) // sigstore@1.3.0: bundle-provenance.json + bundle-publish.json
	got := v.Verify(context.Background(), in)
	if got.Outcome != Verified || !got.Publish || got.Attestations[1].KeyID != key.KeyID {
		t.Fatalf("%v/%s: %s", got.Outcome, got.Reason, got.Detail)
	}
	// Under another key id the hint finds nothing.
	key.KeyID = "SHA256:other"
	v, _ = NewProvenanceVerifier(m.WithKeys(NewKeyring(key)), ProvenanceOptions{})
	if got := v.Verify(context.Background(), in); got.Outcome != Invalid || got.Reason != ReasonUnknownKey {
		t.Fatalf("other key id: %v/%s", got.Outcome, got.Reason)
	}
}
