// Package versiondiff compares two versions of one package: which files
// were added, removed or modified (by content hash), what changed in the
// manifest that matters at install (scripts, dependencies, bins), and which
// behaviours the analysis engine finds in the new version that the old one
// did not have. A patch release that suddenly gains install-time network
// access is the classic shape of a hijacked release.
//
// It takes package trees as fs.FS values and never fetches anything: the
// caller opens the tarballs.
package versiondiff

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"slices"
	"sort"
	"strings"

	"github.com/depfence/depfence/internal/analyze"
	"github.com/depfence/depfence/internal/finding"
	"github.com/depfence/depfence/internal/npm"
)

// MaxFiles caps the files compared per version.
const MaxFiles = 20000

// Change is how a file differs between the versions.
type Change string

// Changes.
const (
	Added    Change = "added"
	Removed  Change = "removed"
	Modified Change = "modified"
)

// FileChange is one file that differs.
type FileChange struct {
	Path   string `json:"path"`
	Change Change `json:"change"`
	// SizeFrom/SizeTo are the file sizes (0 when absent).
	SizeFrom int64 `json:"sizeFrom,omitempty"`
	SizeTo   int64 `json:"sizeTo,omitempty"`
	// HashFrom/HashTo are hex sha256 digests of the contents.
	HashFrom string `json:"hashFrom,omitempty"`
	HashTo   string `json:"hashTo,omitempty"`
}

// FileSummary counts the file changes.
type FileSummary struct {
	Added     int `json:"added"`
	Removed   int `json:"removed"`
	Modified  int `json:"modified"`
	Unchanged int `json:"unchanged"`
}

// Behaviour is one kind of behaviour the engine reports: a rule and a
// signal, at install time or not.
type Behaviour struct {
	Rule   finding.RuleID `json:"rule"`
	Signal analyze.Signal `json:"signal"`
	// Install is true when some instance is in install-time code.
	Install bool `json:"installTime,omitempty"`
	// Severity is the highest severity among the instances; Count how
	// many there are; Example the most severe one.
	Severity finding.Severity `json:"severity"`
	Count    int              `json:"count"`
	Example  string           `json:"example"`
	File     string           `json:"file,omitempty"`
	Line     int              `json:"line,omitempty"`
	// SeverityFrom is set on escalated behaviours: the old highest
	// severity.
	SeverityFrom finding.Severity `json:"severityFrom,omitempty"`
}

// Key identifies a behaviour across versions.
func (b Behaviour) Key() string {
	k := string(b.Rule) + "|" + string(b.Signal)
	if b.Install {
		k += "|install"
	}
	return k
}

// ManifestChange is one install-relevant manifest difference.
type ManifestChange struct {
	Field string `json:"field"` // "scripts", "dependencies", "bin"
	Name  string `json:"name"`  // hook, dependency or command name
	From  string `json:"from,omitempty"`
	To    string `json:"to,omitempty"`
}

// Side is one version's analysis outcome.
type Side struct {
	Version    string          `json:"version"`
	Verdict    analyze.Verdict `json:"verdict"`
	Score      int             `json:"score"`
	Files      int             `json:"files"`
	Incomplete bool            `json:"incomplete,omitempty"`
	// Release is the registry's publish record, when the caller had it.
	Release *Release `json:"release,omitempty"`
}

// Release is what the registry recorded about publishing a version.
type Release struct {
	// Published is the publish time (RFC 3339) from the packument's
	// "time"; Publisher the "_npmUser" name.
	Published string `json:"published,omitempty"`
	Publisher string `json:"publisher,omitempty"`
	// Provenance: dist.attestations carries a provenance statement.
	Provenance bool `json:"provenance"`
}

// Result is the comparison of two versions.
type Result struct {
	Name string `json:"name"`
	From Side   `json:"from"`
	To   Side   `json:"to"`
	// Bump is "major", "minor", "patch", "prerelease", "downgrade" or
	// "same" ("" when a version is not semver).
	Bump      string           `json:"bump,omitempty"`
	Files     []FileChange     `json:"files"`
	Summary   FileSummary      `json:"summary"`
	Manifest  []ManifestChange `json:"manifest,omitempty"`
	New       []Behaviour      `json:"newBehaviours"`
	Escalated []Behaviour      `json:"escalatedBehaviours,omitempty"`
	Gone      []Behaviour      `json:"goneBehaviours,omitempty"`
	// Alert says in one line why the change looks like a hijack, or "".
	Alert string `json:"alert,omitempty"`
	// Truncated is set when a version had more than MaxFiles files.
	Truncated bool `json:"truncated,omitempty"`
}

// Input is one version to compare.
type Input struct {
	Version string
	FS      fs.FS
	// Packument is the registry document, when the caller has it (rules
	// that need it run only then).
	Packument []byte
	// Release is the registry's publish record, when known.
	Release *Release
}

// ReleaseOf reads a version's publish record from a packument; nil when
// the document has nothing about it.
func ReleaseOf(p *npm.Packument, version string) *Release {
	if p == nil {
		return nil
	}
	pv := p.Versions[version]
	if pv == nil {
		return nil
	}
	r := &Release{Publisher: pv.NpmUser.Name, Provenance: pv.Dist.AttestationsURL != "" || pv.Dist.ProvenancePredicateType != ""}
	if p.Time["created"] != "" || p.Time["modified"] != "" {
		r.Published = p.Time[version] // a mirror's rewritten time is not a publish time
	}
	return r
}

// Diff compares two versions of name with the engine's rules.
func Diff(ctx context.Context, eng *analyze.Engine, name string, from, to Input) (*Result, error) {
	if eng == nil {
		return nil, errors.New("versiondiff: no analysis engine")
	}
	if from.FS == nil || to.FS == nil {
		return nil, errors.New("versiondiff: missing package files")
	}
	res := &Result{Name: name, Bump: bump(from.Version, to.Version), New: []Behaviour{}, Files: []FileChange{}}
	ha, ta, err := hashes(ctx, from.FS)
	if err != nil {
		return nil, fmt.Errorf("%s@%s: %w", name, from.Version, err)
	}
	hb, tb, err := hashes(ctx, to.FS)
	if err != nil {
		return nil, fmt.Errorf("%s@%s: %w", name, to.Version, err)
	}
	res.Truncated = ta || tb
	res.Files, res.Summary = diffFiles(ha, hb)

	ra, err := analyse(ctx, eng, name, from)
	if err != nil {
		return nil, err
	}
	rb, err := analyse(ctx, eng, name, to)
	if err != nil {
		return nil, err
	}
	res.From = side(from.Version, ra, len(ha))
	res.To = side(to.Version, rb, len(hb))
	res.From.Release, res.To.Release = from.Release, to.Release
	res.New, res.Escalated, res.Gone = diffBehaviours(Behaviours(ra), Behaviours(rb))
	res.Manifest = diffManifest(from.FS, to.FS)
	res.Alert = alert(res)
	return res, nil
}

func analyse(ctx context.Context, eng *analyze.Engine, name string, in Input) (*analyze.Result, error) {
	t := analyze.NewTarget(in.FS, analyze.DefaultLimits())
	t.Package = finding.Package{Name: name, Version: in.Version}
	t.Packument = in.Packument
	r, err := eng.Run(ctx, t)
	if err != nil {
		return nil, fmt.Errorf("analyse %s@%s: %w", name, in.Version, err)
	}
	return r, nil
}

func side(v string, r *analyze.Result, files int) Side {
	return Side{Version: v, Verdict: r.Verdict, Score: r.Score, Files: files, Incomplete: r.Incomplete}
}

type fileHash struct {
	size int64
	hash string
}

// hashes walks fsys and hashes every regular file, streaming.
func hashes(ctx context.Context, fsys fs.FS) (map[string]fileHash, bool, error) {
	out := map[string]fileHash{}
	truncated := false
	err := fs.WalkDir(fsys, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return nil // unreadable entries are left out, not fatal
		}
		if err := ctx.Err(); err != nil {
			return err
		}
		if !d.Type().IsRegular() {
			return nil
		}
		if len(out) >= MaxFiles {
			truncated = true
			return fs.SkipAll
		}
		f, err := fsys.Open(p)
		if err != nil {
			out[p] = fileHash{size: -1, hash: "unreadable"}
			return nil
		}
		defer f.Close()
		h := sha256.New()
		n, err := io.Copy(h, f)
		if err != nil {
			out[p] = fileHash{size: -1, hash: "unreadable"}
			return nil
		}
		out[p] = fileHash{size: n, hash: hex.EncodeToString(h.Sum(nil))}
		return nil
	})
	return out, truncated, err
}

func diffFiles(a, b map[string]fileHash) ([]FileChange, FileSummary) {
	var out []FileChange
	var s FileSummary
	for p, fa := range a {
		fb, ok := b[p]
		switch {
		case !ok:
			out = append(out, FileChange{Path: p, Change: Removed, SizeFrom: fa.size, HashFrom: fa.hash})
			s.Removed++
		case fa.hash != fb.hash:
			out = append(out, FileChange{Path: p, Change: Modified, SizeFrom: fa.size, SizeTo: fb.size, HashFrom: fa.hash, HashTo: fb.hash})
			s.Modified++
		default:
			s.Unchanged++
		}
	}
	for p, fb := range b {
		if _, ok := a[p]; !ok {
			out = append(out, FileChange{Path: p, Change: Added, SizeTo: fb.size, HashTo: fb.hash})
			s.Added++
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Path < out[j].Path })
	if out == nil {
		out = []FileChange{}
	}
	return out, s
}

// Behaviours groups a result's live findings by rule, signal and phase.
// Informational findings and findings in tests, docs and type files are
// left out.
func Behaviours(r *analyze.Result) []Behaviour {
	by := map[string]*Behaviour{}
	var keys []string
	for _, f := range r.Findings {
		if f.Severity <= finding.SeverityInfo || !f.Role.Live() {
			continue
		}
		b := Behaviour{Rule: f.Rule, Signal: f.Signal, Install: f.Role == analyze.RoleInstall}
		k := b.Key()
		cur := by[k]
		if cur == nil {
			cur = &b
			by[k] = cur
			keys = append(keys, k)
		}
		cur.Count++
		if f.Severity > cur.Severity {
			cur.Severity, cur.Example, cur.File, cur.Line = f.Severity, f.Message, f.Location.File, f.Location.Line
		}
	}
	slices.Sort(keys)
	out := make([]Behaviour, 0, len(keys))
	for _, k := range keys {
		out = append(out, *by[k])
	}
	return out
}

// diffBehaviours returns the behaviours only in b, those in both whose
// severity rose, and those only in a.
func diffBehaviours(a, b []Behaviour) (added, escalated, gone []Behaviour) {
	ia := map[string]Behaviour{}
	for _, x := range a {
		ia[x.Key()] = x
	}
	ib := map[string]bool{}
	for _, x := range b {
		ib[x.Key()] = true
		old, ok := ia[x.Key()]
		switch {
		case !ok:
			added = append(added, x)
		case x.Severity > old.Severity:
			x.SeverityFrom = old.Severity
			escalated = append(escalated, x)
		}
	}
	for _, x := range a {
		if !ib[x.Key()] {
			gone = append(gone, x)
		}
	}
	order := func(l []Behaviour) {
		sort.SliceStable(l, func(i, j int) bool {
			if l[i].Severity != l[j].Severity {
				return l[i].Severity > l[j].Severity
			}
			return l[i].Key() < l[j].Key()
		})
	}
	order(added)
	order(escalated)
	order(gone)
	if added == nil {
		added = []Behaviour{}
	}
	return added, escalated, gone
}

var installHooks = []string{"preinstall", "install", "postinstall"}

func readManifest(fsys fs.FS) *npm.Manifest {
	f, err := fsys.Open("package.json")
	if err != nil {
		return nil
	}
	defer f.Close()
	b, err := io.ReadAll(io.LimitReader(f, npm.MaxManifestSize+1))
	if err != nil {
		return nil
	}
	m, err := npm.ParseManifest(b)
	if err != nil {
		return nil
	}
	return m
}

// diffManifest lists the install-relevant manifest changes.
func diffManifest(a, b fs.FS) []ManifestChange {
	ma, mb := readManifest(a), readManifest(b)
	if ma == nil {
		ma = &npm.Manifest{}
	}
	if mb == nil {
		mb = &npm.Manifest{}
	}
	var out []ManifestChange
	for _, h := range installHooks {
		if fa, fb := strings.TrimSpace(ma.Scripts[h]), strings.TrimSpace(mb.Scripts[h]); fa != fb {
			out = append(out, ManifestChange{Field: "scripts", Name: h, From: fa, To: fb})
		}
	}
	out = append(out, mapChanges("dependencies", merge(ma.Dependencies, ma.OptionalDependencies), merge(mb.Dependencies, mb.OptionalDependencies))...)
	out = append(out, mapChanges("bin", npm.Bins(ma.Name, ma.Bin), npm.Bins(mb.Name, mb.Bin))...)
	return out
}

func merge(a, b map[string]string) map[string]string {
	out := map[string]string{}
	for k, v := range a {
		out[k] = v
	}
	for k, v := range b {
		out[k] = v
	}
	return out
}

func mapChanges(field string, a, b map[string]string) []ManifestChange {
	keys := map[string]bool{}
	for k := range a {
		keys[k] = true
	}
	for k := range b {
		keys[k] = true
	}
	var names []string
	for k := range keys {
		if a[k] != b[k] {
			names = append(names, k)
		}
	}
	slices.Sort(names)
	out := make([]ManifestChange, 0, len(names))
	for _, k := range names {
		out = append(out, ManifestChange{Field: field, Name: k, From: a[k], To: b[k]})
	}
	return out
}

// bump classifies the version change.
func bump(a, b string) string {
	va, ea := npm.ParseVersion(a)
	vb, eb := npm.ParseVersion(b)
	if ea != nil || eb != nil {
		return ""
	}
	switch c := npm.CompareVersions(va, vb); {
	case c == 0:
		return "same"
	case c > 0:
		return "downgrade"
	}
	pa, pb := strings.SplitN(va.String(), ".", 3), strings.SplitN(vb.String(), ".", 3)
	switch {
	case pa[0] != pb[0]:
		return "major"
	case pa[1] != pb[1]:
		return "minor"
	}
	xa, _, _ := strings.Cut(pa[2], "-")
	xb, _, _ := strings.Cut(pb[2], "-")
	if xa != xb {
		return "patch"
	}
	return "prerelease"
}

// alert names the hijack shape: new install-time behaviour, new network,
// exfiltration, remote code or secret access, or a new install script, in
// a release that should not change behaviour.
func alert(r *Result) string {
	var why []string
	for _, m := range r.Manifest {
		if m.Field == "scripts" && m.From == "" && m.To != "" {
			why = append(why, "adds a "+m.Name+" script")
		}
	}
	if a, b := r.From.Release, r.To.Release; a != nil && b != nil && r.Bump != "downgrade" {
		if a.Provenance && !b.Provenance {
			why = append(why, "drops the provenance attestation "+r.From.Version+" had")
		}
		if a.Publisher != "" && b.Publisher != "" && !strings.EqualFold(a.Publisher, b.Publisher) {
			why = append(why, "is published by "+b.Publisher+" instead of "+a.Publisher)
		}
	}
	for _, b := range r.New {
		if b.Severity < finding.SeverityMedium {
			continue
		}
		switch {
		case b.Install:
			why = append(why, fmt.Sprintf("gains install-time %s (%s)", b.Signal, b.Rule))
		case b.Signal == analyze.SigNetwork || b.Signal == analyze.SigExfil || b.Signal == analyze.SigRemoteExec ||
			b.Signal == analyze.SigEnv || b.Signal == analyze.SigCred || b.Signal == analyze.SigWallet:
			why = append(why, fmt.Sprintf("gains %s (%s)", b.Signal, b.Rule))
		}
	}
	if len(why) == 0 {
		return ""
	}
	why = slices.Compact(why)
	kind := r.Bump
	if kind == "" {
		kind = "new"
	}
	prefix := "the " + kind + " release "
	if kind == "patch" || kind == "prerelease" || kind == "minor" {
		prefix = "a " + kind + " release that "
		return prefix + strings.Join(why, ", ") + ": the classic shape of a hijacked release"
	}
	return prefix + strings.Join(why, ", ")
}
