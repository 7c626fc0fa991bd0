package trust

import (
	"context"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/sigstore/sigstore-go/pkg/bundle"
	"github.com/sigstore/sigstore-go/pkg/fulcio/certificate"
	"github.com/sigstore/sigstore-go/pkg/root"
	"github.com/sigstore/sigstore-go/pkg/verify"
	sigsig "github.com/sigstore/sigstore/pkg/signature"
	"google.golang.org/protobuf/encoding/protojson"

	"github.com/depfence/depfence/internal/npm"
)

// OIDC issuers whose Fulcio certificates npm accepts for provenance.
const (
	IssuerGitHubActions = "https://token.actions.githubusercontent.com"
	IssuerGitLab        = "https://gitlab.com"
)

// DefaultIssuers are the certificate issuers a provenance may come from
// unless ProvenanceOptions.Issuers says otherwise.
var DefaultIssuers = []string{IssuerGitHubActions, IssuerGitLab}

// ProvenanceOptions configure a ProvenanceVerifier.
type ProvenanceOptions struct {
	// Issuers are the accepted OIDC issuers of signing certificates; nil
	// means DefaultIssuers.
	Issuers []string
}

// ProvenanceVerifier verifies npm attestation bundles offline against
// trust Material. It is safe for concurrent use.
type ProvenanceVerifier struct {
	material   *Material
	certified  *verify.Verifier // Fulcio-certificate bundles (SLSA provenance)
	keyed      *verify.Verifier // registry-key bundles (publish attestations); nil without keys
	identities []verify.CertificateIdentity
}

// NewProvenanceVerifier prepares verifiers for m. Bundles must carry a
// Rekor entry (inclusion promise or proof) and a time from an observer (the
// Rekor v1 integrated time, or an RFC 3161 timestamp from a trusted TSA as
// Rekor v2 bundles have); certificates must chain to a Fulcio CA of the
// trusted root at that time and carry an SCT from a trusted CT log;
// registry-key bundles must fall inside the key's validity period.
func NewProvenanceVerifier(m *Material, opts ProvenanceOptions) (*ProvenanceVerifier, error) {
	if m == nil || m.TrustedRoot == nil {
		return nil, errors.New("provenance verifier: no trusted root")
	}
	issuers := opts.Issuers
	if issuers == nil {
		issuers = DefaultIssuers
	}
	v := &ProvenanceVerifier{material: m}
	for _, iss := range issuers {
		id, err := verify.NewShortCertificateIdentity(iss, "", "", "^https://")
		if err != nil {
			return nil, fmt.Errorf("provenance verifier: issuer %q: %w", iss, err)
		}
		v.identities = append(v.identities, id)
	}
	if len(v.identities) == 0 {
		return nil, errors.New("provenance verifier: no accepted issuer")
	}
	var err error
	v.certified, err = verify.NewVerifier(m.TrustedRoot,
		verify.WithSignedCertificateTimestamps(1),
		verify.WithTransparencyLog(1),
		verify.WithObserverTimestamps(1))
	if err != nil {
		return nil, fmt.Errorf("provenance verifier: %w", err)
	}
	if keys := attestationKeys(m.Keys); keys != nil {
		v.keyed, err = verify.NewVerifier(root.TrustedMaterialCollection{m.TrustedRoot, keys},
			verify.WithTransparencyLog(1),
			verify.WithObserverTimestamps(1))
		if err != nil {
			return nil, fmt.Errorf("provenance verifier: %w", err)
		}
	}
	return v, nil
}

// Material returns the trust material the verifier uses.
func (v *ProvenanceVerifier) Material() *Material { return v.material }

func attestationKeys(ring *Keyring) root.TrustedMaterial {
	if ring.Len() == 0 {
		return nil
	}
	m := map[string]*root.ExpiringKey{}
	for _, k := range ring.Keys() {
		if k.Usage != "" && k.Usage != UsageAttestations {
			continue
		}
		if _, dup := m[k.KeyID]; dup && k.Usage == "" {
			continue // an explicit npm:attestations entry wins
		}
		ver, err := sigsig.LoadECDSAVerifier(k.Key, cryptoSHA256)
		if err != nil {
			continue
		}
		m[k.KeyID] = root.NewExpiringKey(ver, k.NotBefore, k.Expires)
	}
	if len(m) == 0 {
		return nil
	}
	return root.NewTrustedPublicKeyMaterialFromMapping(m)
}

// ProvenanceInput is one package version to check.
type ProvenanceInput struct {
	Name    string
	Version string
	// Integrity is the tarball's integrity (dist.integrity, checked against
	// the tarball bytes by the fetch layer); it must hold a sha512 digest.
	Integrity npm.Integrity
	// Attestations is the decoded dist.attestations.url response; nil means
	// the version has no attestations.
	Attestations []Attestation
	// Repository is package.json's "repository" field (raw), compared with
	// the provenance's source repository.
	Repository json.RawMessage
	// ExpectedRepository, when set, is the repository the provenance must
	// name (any spelling NormalizeRepository reads).
	ExpectedRepository string
	// AnnouncedPredicateType is the packument's
	// dist.attestations.provenance.predicateType; when set, a verified
	// attestation of that type must be in the response.
	AnnouncedPredicateType string
}

// BuildInfo is what a verified SLSA provenance says about the build. Values
// come from the Fulcio certificate extensions (set by Fulcio from the CI's
// OIDC token) where present, else from the signed predicate.
type BuildInfo struct {
	PredicateType string `json:"predicateType"`
	// Repository is the normalised source repository URL.
	Repository string `json:"repository"`
	Ref        string `json:"ref,omitempty"`
	Commit     string `json:"commit,omitempty"`
	// Workflow is the build configuration path, e.g. ".github/workflows/release.yml".
	Workflow  string `json:"workflow,omitempty"`
	BuilderID string `json:"builderId,omitempty"`
	// Issuer is the OIDC issuer of the signing certificate; Identity its
	// subject alternative name (the workflow identity).
	Issuer            string    `json:"issuer,omitempty"`
	Identity          string    `json:"identity,omitempty"`
	RunnerEnvironment string    `json:"runnerEnvironment,omitempty"`
	RunInvocation     string    `json:"runInvocation,omitempty"`
	LogIndex          int64     `json:"logIndex"`
	SignedAt          time.Time `json:"signedAt,omitzero"`
}

// AttestationResult is the verdict on one attestation bundle.
type AttestationResult struct {
	PredicateType string  `json:"predicateType"`
	Outcome       Outcome `json:"outcome"`
	Reason        Reason  `json:"reason,omitempty"`
	Detail        string  `json:"detail,omitempty"`
	// KeyID is the registry key of a publish attestation.
	KeyID string `json:"keyId,omitempty"`
	// Build is set for a verified SLSA provenance.
	Build *BuildInfo `json:"build,omitempty"`
}

// RepositoryMatch compares package.json's repository with the provenance.
type RepositoryMatch string

// RepositoryMatch values.
const (
	RepoNotChecked  RepositoryMatch = ""             // no verified provenance
	RepoMatch       RepositoryMatch = "match"        // same repository
	RepoMismatch    RepositoryMatch = "mismatch"     // flagged: Result is Invalid
	RepoNotDeclared RepositoryMatch = "not-declared" // package.json names no (readable) repository
)

// ProvenanceResult is the verdict on all attestations of one version.
type ProvenanceResult struct {
	Result
	Attestations []AttestationResult `json:"attestations,omitempty"`
	// Build is the verified SLSA provenance's build information.
	Build *BuildInfo `json:"build,omitempty"`
	// Publish reports a verified registry publish attestation.
	Publish bool `json:"publish"`
	// DeclaredRepository is package.json's repository, normalised.
	DeclaredRepository string          `json:"declaredRepository,omitempty"`
	RepositoryMatch    RepositoryMatch `json:"repositoryMatch,omitempty"`
	// TrustSource is Material.Source.
	TrustSource string `json:"trustSource,omitempty"`
}

// Verify checks every attestation of in: each bundle must verify (Rekor
// entry, certificate chain or registry key, DSSE signature), its statement's
// predicate type must be the one the response announced, and its subject
// must be the package purl with the tarball's sha512. The result is
// Verified only when all bundles verify and one of them is SLSA provenance;
// a provenance repository that differs from package.json's repository (or
// from ExpectedRepository) makes it Invalid with ReasonRepositoryMismatch.
func (v *ProvenanceVerifier) Verify(ctx context.Context, in ProvenanceInput) ProvenanceResult {
	res := ProvenanceResult{
		Result:             Result{Check: CheckProvenance, Name: in.Name, Version: in.Version},
		DeclaredRepository: RepositoryURL(in.Repository),
		TrustSource:        v.material.Source,
	}
	set := func(o Outcome, r Reason, format string, args ...any) ProvenanceResult {
		res.Outcome, res.Reason, res.Detail = o, r, fmt.Sprintf(format, args...)
		return res
	}
	if len(in.Attestations) == 0 {
		return set(Missing, ReasonNoAttestations, "the version has no attestations")
	}
	var sha512 []byte
	for _, h := range in.Integrity.Hashes {
		if h.Algorithm == npm.SHA512 {
			sha512 = h.Digest
		}
	}
	if sha512 == nil {
		return set(Invalid, ReasonNoIntegrity, "attestations need a sha512 tarball integrity to check against")
	}
	if len(in.Attestations) > maxAttestations {
		return set(Invalid, ReasonMalformed, "%d attestations exceed the limit of %d", len(in.Attestations), maxAttestations)
	}
	purl := PackagePURL(in.Name, in.Version)
	firstBad := -1
	for _, a := range in.Attestations {
		if err := ctx.Err(); err != nil {
			return set(Skipped, ReasonCancelled, "verification cancelled: %v", err)
		}
		ar := v.verifyOne(a, purl, in, sha512)
		res.Attestations = append(res.Attestations, ar)
		if ar.Outcome != Verified {
			if firstBad < 0 {
				firstBad = len(res.Attestations) - 1
			}
			continue
		}
		if a.PredicateType == PredicatePublish {
			res.Publish = true
		}
		if ar.Build == nil {
			continue
		}
		if res.Build == nil {
			res.Build = ar.Build
		} else if !sameRepository(res.Build.Repository, ar.Build.Repository) {
			return set(Invalid, ReasonIdentityInconsistent, "two provenance attestations name different repositories: %s and %s", res.Build.Repository, ar.Build.Repository)
		}
	}
	if firstBad >= 0 {
		bad := res.Attestations[firstBad]
		return set(Invalid, bad.Reason, "%s attestation: %s", shortPredicate(bad.PredicateType), bad.Detail)
	}
	if t := in.AnnouncedPredicateType; t != "" {
		found := false
		for _, a := range res.Attestations {
			found = found || (a.PredicateType == t && a.Outcome == Verified)
		}
		if !found {
			return set(Invalid, ReasonPredicateMismatch, "the packument announces a %s attestation that the response lacks", shortPredicate(t))
		}
	}
	if res.Build == nil {
		return set(Missing, ReasonNoProvenance, "no SLSA provenance among %d verified attestation(s)", len(res.Attestations))
	}
	expected := NormalizeRepository(in.ExpectedRepository)
	if in.ExpectedRepository != "" && !sameRepository(expected, res.Build.Repository) {
		res.RepositoryMatch = RepoMismatch
		return set(Invalid, ReasonRepositoryMismatch, "provenance names %s, expected %s", res.Build.Repository, clip(in.ExpectedRepository))
	}
	switch {
	case res.DeclaredRepository == "":
		res.RepositoryMatch = RepoNotDeclared
	case sameRepository(res.DeclaredRepository, res.Build.Repository):
		res.RepositoryMatch = RepoMatch
	default:
		res.RepositoryMatch = RepoMismatch
		return set(Invalid, ReasonRepositoryMismatch, "built from %s but package.json names %s", res.Build.Repository, res.DeclaredRepository)
	}
	res.Outcome = Verified
	return res
}

func sameRepository(a, b string) bool {
	return a != "" && b != "" && strings.EqualFold(a, b)
}

func shortPredicate(t string) string {
	switch t {
	case PredicateSLSAv1:
		return "SLSA v1 provenance"
	case PredicateSLSAv02:
		return "SLSA v0.2 provenance"
	case PredicatePublish:
		return "publish"
	}
	return clip(t)
}

func (v *ProvenanceVerifier) verifyOne(a Attestation, purl string, in ProvenanceInput, sha512 []byte) (ar AttestationResult) {
	ar = AttestationResult{PredicateType: a.PredicateType}
	bad := func(r Reason, format string, args ...any) AttestationResult {
		ar.Outcome, ar.Reason, ar.Detail = Invalid, r, fmt.Sprintf(format, args...)
		ar.Build = nil
		return ar
	}
	defer func() {
		if r := recover(); r != nil {
			ar = bad(ReasonBundleInvalid, "verifier failed on the bundle: %v", r)
		}
	}()
	if len(a.Bundle) > maxAttestationDoc {
		return bad(ReasonMalformed, "bundle exceeds %d bytes", maxAttestationDoc)
	}
	var b bundle.Bundle
	if err := b.UnmarshalJSON(a.Bundle); err != nil {
		return bad(ReasonMalformed, "bundle: %v", err)
	}
	content, err := b.VerificationContent()
	if err != nil {
		return bad(ReasonMalformed, "bundle: %v", err)
	}
	artifact := verify.WithArtifactDigest("sha512", sha512)
	var result *verify.VerificationResult
	if pk := content.PublicKey(); pk != nil {
		ar.KeyID = pk.Hint()
		if v.keyed == nil {
			return bad(ReasonUnknownKey, "signed with registry key %q but no registry keys are configured", clip(pk.Hint()))
		}
		if _, ok := v.material.Keys.Lookup(pk.Hint(), UsageAttestations); !ok {
			return bad(ReasonUnknownKey, "signed with key %q, which the registry does not publish", clip(pk.Hint()))
		}
		result, err = v.keyed.Verify(&b, verify.NewPolicy(artifact, verify.WithKey()))
	} else {
		opts := make([]verify.PolicyOption, 0, len(v.identities))
		for _, id := range v.identities {
			opts = append(opts, verify.WithCertificateIdentity(id))
		}
		result, err = v.certified.Verify(&b, verify.NewPolicy(artifact, opts...))
	}
	if err != nil {
		var idErr *verify.ErrNoMatchingCertificateIdentity
		if errors.As(err, &idErr) {
			return bad(ReasonUntrustedIssuer, "%v", err)
		}
		return bad(ReasonBundleInvalid, "%v", err)
	}
	st := result.Statement
	if st == nil {
		return bad(ReasonMalformed, "bundle holds no in-toto statement")
	}
	if st.GetPredicateType() != a.PredicateType {
		return bad(ReasonPredicateMismatch, "response says %q but the signed statement is %q", clip(a.PredicateType), clip(st.GetPredicateType()))
	}
	wantHex := hex.EncodeToString(sha512)
	var names []string
	matched := false
	for _, s := range st.GetSubject() {
		names = append(names, s.GetName())
		if s.GetName() == purl && strings.EqualFold(s.GetDigest()["sha512"], wantHex) {
			matched = true
		}
	}
	if !matched {
		for _, s := range st.GetSubject() {
			if s.GetName() == purl {
				return bad(ReasonDigestMismatch, "subject %s has sha512 %s, the tarball has %s", purl, clip(s.GetDigest()["sha512"]), clip(wantHex))
			}
		}
		return bad(ReasonSubjectMismatch, "signed subject %q is not %s", clip(strings.Join(names, ", ")), purl)
	}
	predicate := []byte("{}")
	if st.GetPredicate() != nil {
		if predicate, err = protojson.Marshal(st.GetPredicate()); err != nil {
			return bad(ReasonMalformed, "predicate: %v", err)
		}
	}
	switch a.PredicateType {
	case PredicatePublish:
		var p struct{ Name, Version string }
		if err := json.Unmarshal(predicate, &p); err != nil || p.Name != in.Name || p.Version != in.Version {
			return bad(ReasonSubjectMismatch, "publish predicate names %q@%q", clip(p.Name), clip(p.Version))
		}
		if result.Signature == nil || result.Signature.PublicKeyID == nil {
			return bad(ReasonBundleInvalid, "publish attestation is not signed by a registry key")
		}
	case PredicateSLSAv1, PredicateSLSAv02:
		if result.Signature == nil || result.Signature.Certificate == nil {
			return bad(ReasonBundleInvalid, "provenance is not signed by a Fulcio certificate")
		}
		build, err := buildInfo(a.PredicateType, predicate, result.Signature.Certificate)
		if err != nil {
			return bad(ReasonIdentityInconsistent, "%v", err)
		}
		if entries, err := b.TlogEntries(); err == nil && len(entries) > 0 {
			build.LogIndex = entries[0].LogIndex()
		}
		for _, ts := range result.VerifiedTimestamps {
			if build.SignedAt.IsZero() || ts.Timestamp.Before(build.SignedAt) {
				build.SignedAt = ts.Timestamp.UTC()
			}
		}
		ar.Build = build
	}
	ar.Outcome = Verified
	return ar
}

// buildInfo merges the certificate's Fulcio extensions with the predicate
// and fails when both name a repository or commit and they differ.
func buildInfo(predicateType string, predicate []byte, cert *certificate.Summary) (*BuildInfo, error) {
	p, err := parsePredicate(predicateType, predicate)
	if err != nil {
		return nil, err
	}
	ext := cert.Extensions
	b := &BuildInfo{
		PredicateType:     predicateType,
		BuilderID:         p.BuilderID,
		Issuer:            ext.Issuer,
		Identity:          cert.SubjectAlternativeName,
		RunnerEnvironment: ext.RunnerEnvironment,
		RunInvocation:     ext.RunInvocationURI,
	}
	certRepo := ext.SourceRepositoryURI
	if certRepo == "" && ext.GithubWorkflowRepository != "" {
		certRepo = "https://github.com/" + ext.GithubWorkflowRepository
	}
	certRepo = NormalizeRepository(certRepo)
	predRepo := NormalizeRepository(p.Repository)
	switch {
	case certRepo != "" && predRepo != "" && !sameRepository(certRepo, predRepo):
		return nil, fmt.Errorf("certificate says repository %s but the predicate says %s", certRepo, predRepo)
	case certRepo != "":
		b.Repository = certRepo
	default:
		b.Repository = predRepo
	}
	if b.Repository == "" {
		return nil, errors.New("provenance names no source repository")
	}
	certCommit := first(ext.SourceRepositoryDigest, ext.GithubWorkflowSHA)
	if certCommit != "" && p.Commit != "" && !strings.EqualFold(certCommit, p.Commit) {
		return nil, fmt.Errorf("certificate says commit %s but the predicate says %s", clip(certCommit), clip(p.Commit))
	}
	b.Commit = first(certCommit, p.Commit)
	b.Ref = first(ext.SourceRepositoryRef, ext.GithubWorkflowRef, p.Ref)
	b.Workflow = first(workflowPath(ext.BuildConfigURI, b.Repository), p.Workflow)
	return b, nil
}

func first(vals ...string) string {
	for _, v := range vals {
		if v != "" {
			return v
		}
	}
	return ""
}

// workflowPath turns "https://github.com/o/r/.github/workflows/x.yml@ref"
// into ".github/workflows/x.yml".
func workflowPath(uri, repo string) string {
	if uri == "" {
		return ""
	}
	p, _, _ := strings.Cut(uri, "@")
	if repo != "" && len(p) > len(repo) && strings.EqualFold(p[:len(repo)], repo) {
		p = p[len(repo):]
	}
	return strings.TrimLeft(p, "/")
}

type predicateInfo struct {
	Repository, Ref, Commit, Workflow, BuilderID string
}

func parsePredicate(predicateType string, data []byte) (predicateInfo, error) {
	var out predicateInfo
	switch predicateType {
	case PredicateSLSAv1:
		var p struct {
			BuildDefinition struct {
				ExternalParameters struct {
					Workflow struct {
						Ref        string `json:"ref"`
						Repository string `json:"repository"`
						Path       string `json:"path"`
					} `json:"workflow"`
				} `json:"externalParameters"`
				ResolvedDependencies []struct {
					URI    string            `json:"uri"`
					Digest map[string]string `json:"digest"`
				} `json:"resolvedDependencies"`
			} `json:"buildDefinition"`
			RunDetails struct {
				Builder struct {
					ID string `json:"id"`
				} `json:"builder"`
			} `json:"runDetails"`
		}
		if err := json.Unmarshal(data, &p); err != nil {
			return out, fmt.Errorf("SLSA v1 predicate: %v", err)
		}
		w := p.BuildDefinition.ExternalParameters.Workflow
		out = predicateInfo{Repository: w.Repository, Ref: w.Ref, Workflow: w.Path, BuilderID: p.RunDetails.Builder.ID}
		for _, d := range p.BuildDefinition.ResolvedDependencies {
			if c := d.Digest["gitCommit"]; c != "" {
				out.Commit = c
				if out.Repository == "" {
					out.Repository, _, _ = strings.Cut(d.URI, "@")
				}
				break
			}
		}
	case PredicateSLSAv02:
		var p struct {
			Builder struct {
				ID string `json:"id"`
			} `json:"builder"`
			Invocation struct {
				ConfigSource struct {
					URI        string            `json:"uri"`
					Digest     map[string]string `json:"digest"`
					EntryPoint string            `json:"entryPoint"`
				} `json:"configSource"`
			} `json:"invocation"`
		}
		if err := json.Unmarshal(data, &p); err != nil {
			return out, fmt.Errorf("SLSA v0.2 predicate: %v", err)
		}
		cs := p.Invocation.ConfigSource
		repo, ref, _ := strings.Cut(cs.URI, "@")
		out = predicateInfo{Repository: repo, Ref: ref, Commit: cs.Digest["sha1"], BuilderID: p.Builder.ID}
		// npm 9.4 wrote "owner/repo/.github/workflows/x.yml@ref"; later
		// versions the bare path.
		wf, _, _ := strings.Cut(cs.EntryPoint, "@")
		if i := strings.Index(wf, ".github/workflows/"); i > 0 {
			wf = wf[i:]
		}
		out.Workflow = wf
	}
	return out, nil
}

// IntegrityOf returns the sha512 integrity of data (a tarball's bytes).
func IntegrityOf(data []byte) npm.Integrity {
	h := npm.SHA512.New()
	h.Write(data)
	return npm.Integrity{Hashes: []npm.Hash{{Algorithm: npm.SHA512, Digest: h.Sum(nil)}}}
}

// SkipProvenance returns a Skipped provenance result for a version the
// caller could not check (ReasonNonRegistrySource, ReasonOffline,
// ReasonNoTrustMaterial).
func SkipProvenance(name, version string, reason Reason, detail string) ProvenanceResult {
	return ProvenanceResult{Result: Skip(CheckProvenance, name, version, reason, detail)}
}

// ProvenanceInputFor fills a ProvenanceInput from a packument version: its
// name and version, dist.integrity, the announced provenance predicate
// type and the manifest's repository. Callers that read the tarball should
// set Repository from the tarball's package.json instead (the two can
// differ: manifest confusion).
func ProvenanceInputFor(pv *npm.PackumentVersion, attestations []Attestation) (ProvenanceInput, error) {
	if pv == nil {
		return ProvenanceInput{}, invalidf("no packument version")
	}
	integrity, err := pv.Dist.ParsedIntegrity()
	if err != nil {
		return ProvenanceInput{}, fmt.Errorf("%s@%s: %w", clip(pv.Name), clip(pv.Version), err)
	}
	return ProvenanceInput{
		Name: pv.Name, Version: pv.Version, Integrity: integrity,
		Attestations:           attestations,
		Repository:             pv.Repository,
		AnnouncedPredicateType: pv.Dist.ProvenancePredicateType,
	}, nil
}
