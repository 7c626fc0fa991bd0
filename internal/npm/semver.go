package npm

import (
	"errors"
	"fmt"
	"regexp"
	"strconv"
	"strings"

	"deps.dev/util/semver"
)

// This file gives npm's version and range semantics: what node-semver (the
// library npm itself uses) answers for semver.valid, semver.validRange,
// semver.satisfies and semver.compare, with node's default options
// (loose=false, includePrerelease=false).
//
// Versions are parsed and ordered by deps.dev/util/semver (semver.NPM) after
// a strict syntax check, because semver.NPM alone accepts inputs node rejects
// ("1.2", "01.2.3", "vv1.2.3", components above 2^53-1). Ranges are desugared
// into comparator sets the way node-semver's Range class does (hyphen, tilde,
// caret and x-ranges, "||" with empty alternatives, build stripping), because
// semver.NPM.ParseConstraint accepts ranges node rejects ("01.2.3", "1.x.3",
// "*-0") and rejects ones node accepts ("1.2.3 ||", "~=1.2.3"). The golden
// table in testdata/semver-golden.tsv, produced by node's own semver package,
// pins the behaviour.

// ErrInvalidVersion is returned (wrapped) for a string that is not a valid
// npm version.
var ErrInvalidVersion = errors.New("invalid version")

// ErrInvalidRange is returned (wrapped) for a string that is not a valid npm
// semver range.
var ErrInvalidRange = errors.New("invalid version range")

const (
	maxVersionLen = 256       // node-semver's MAX_LENGTH
	maxRangeLen   = 64 << 10  // ours: node has none, hostile input needs one
	maxSafeInt    = 1<<53 - 1 // JavaScript's Number.MAX_SAFE_INTEGER
)

// Regular expressions from node-semver's internal/re.js (strict forms).
// Inputs have their whitespace collapsed to single spaces first, as node
// does, so `\s` becomes a literal space.
const (
	reNum      = `0|[1-9]\d*`
	reXID      = reNum + `|x|X|\*`
	rePreID    = `(?:\d*[a-zA-Z-][a-zA-Z0-9-]*|` + reNum + `)`
	rePreIDL   = `(?:\d*[a-zA-Z-][a-zA-Z0-9-]*|\d+)`
	rePre      = `(?:-(` + rePreID + `(?:\.` + rePreID + `)*))`
	rePreLoose = `(?:-?(` + rePreIDL + `(?:\.` + rePreIDL + `)*))`
	reBuild    = `(?:\+([a-zA-Z0-9-]+(?:\.[a-zA-Z0-9-]+)*))`
	reFull     = `v?(` + reNum + `)\.(` + reNum + `)\.(` + reNum + `)` + rePre + `?` + reBuild + `?`
	reLoose    = `[v= ]*(\d+)\.(\d+)\.(\d+)` + rePreLoose + `?` + reBuild + `?`
	reXPlain   = `[v= ]*(` + reXID + `)(?:\.(` + reXID + `)(?:\.(` + reXID + `)(?:` + rePre + `)?` + reBuild + `?)?)?`
	reGTLT     = `((?:<|>)?=?)`
)

var (
	fullVersion   = regexp.MustCompile(`^` + reFull + `$`)
	buildStrip    = regexp.MustCompile(reBuild)
	hyphenRange   = regexp.MustCompile(`^ ?(` + reXPlain + `) - (` + reXPlain + `) ?$`)
	comparatorTrm = regexp.MustCompile(`( ?)` + reGTLT + ` ?(` + reLoose + `|` + reXPlain + `)`)
	tildeTrim     = regexp.MustCompile(`( ?)~>? `)
	caretTrim     = regexp.MustCompile(`( ?)\^ `)
	caretRange    = regexp.MustCompile(`^\^` + reXPlain + `$`)
	tildeRange    = regexp.MustCompile(`^~>?` + reXPlain + `$`)
	xRange        = regexp.MustCompile(`^` + reGTLT + ` ?` + reXPlain + `$`)
	starRange     = regexp.MustCompile(`(<|>)?=? ?\*`)
	gte0          = regexp.MustCompile(`^ ?>= ?0\.0\.0 ?$`)
	gte0pre       = regexp.MustCompile(`^ ?>= ?0\.0\.0-0 ?$`)
	comparatorRe  = regexp.MustCompile(`^` + reGTLT + ` ?(` + reFull + `)$|^$`)
)

// Version is a valid npm version (semver 2.0.0 with an optional leading "v").
// The zero Version is invalid: it satisfies no range.
type Version struct {
	v                   *semver.Version
	major, minor, patch uint64
	pre                 string // prerelease without "-"
}

// ParseVersion parses s as node-semver's strict parser does: surrounding
// whitespace and one leading "v" are allowed, "=1.2.3", "1.2", leading zeros
// and components above 2^53-1 are not.
func ParseVersion(s string) (Version, error) {
	if len(s) > maxVersionLen {
		return Version{}, fmt.Errorf("%w: %q is longer than %d characters", ErrInvalidVersion, clip(s), maxVersionLen)
	}
	m := fullVersion.FindStringSubmatch(trimJSSpace(s))
	if m == nil {
		return Version{}, fmt.Errorf("%w: %q", ErrInvalidVersion, clip(s))
	}
	var nums [3]uint64
	for i := range nums {
		n, err := strconv.ParseUint(m[i+1], 10, 64)
		if err != nil || n > maxSafeInt {
			return Version{}, fmt.Errorf("%w: %q: component %q is too large", ErrInvalidVersion, clip(s), clip(m[i+1]))
		}
		nums[i] = n
	}
	v, err := semver.NPM.Parse(strings.TrimPrefix(m[0], "v"))
	if err != nil {
		return Version{}, fmt.Errorf("%w: %q: %v", ErrInvalidVersion, clip(s), err)
	}
	return Version{v: v, major: nums[0], minor: nums[1], patch: nums[2], pre: m[4]}, nil
}

// IsValid reports whether v came from a successful ParseVersion.
func (v Version) IsValid() bool { return v.v != nil }

// IsPrerelease reports whether v has a prerelease tag ("1.2.3-beta.1").
func (v Version) IsPrerelease() bool { return v.pre != "" }

// String returns the canonical form node-semver prints: no "v", no build
// metadata ("v1.2.3-rc.1+abc" becomes "1.2.3-rc.1"). It is "" for the zero
// Version.
func (v Version) String() string {
	if v.v == nil {
		return ""
	}
	s := strconv.FormatUint(v.major, 10) + "." + strconv.FormatUint(v.minor, 10) + "." + strconv.FormatUint(v.patch, 10)
	if v.pre != "" {
		s += "-" + v.pre
	}
	return s
}

// CompareVersions returns -1, 0 or +1 as a sorts before, equal to or after b
// in semver precedence (build metadata ignored), like node-semver's compare.
// An invalid (zero) Version sorts before every valid one.
func CompareVersions(a, b Version) int {
	switch {
	case a.v == nil && b.v == nil:
		return 0
	case a.v == nil:
		return -1
	case b.v == nil:
		return 1
	}
	return a.v.Compare(b.v)
}

// Range is a valid npm semver range ("^1.2.3 || >=2.0.0-rc.1 <3"). The zero
// Range is invalid and matches nothing.
type Range struct {
	raw  string
	sets [][]comparator // OR of ANDs; nil only for the zero Range
	// incPr: parsed with includePrerelease (ParseRangeIncludingPrerelease).
	incPr bool
}

// comparator is one primitive comparison; any matches every version.
type comparator struct {
	op  string // "", "<", "<=", ">", ">="
	v   Version
	any bool
}

// ParseRange parses s as node-semver's Range does with default options. The
// empty string and "*" match every release version; "latest", URLs, git and
// file specs are not ranges (see SplitNameSpec for spec kinds).
func ParseRange(s string) (Range, error) { return parseRange(s, false) }

// ParseRangeIncludingPrerelease parses s as node-semver's Range does with
// { includePrerelease: true }, the option npm audit matches advisories
// with: x-ranges, carets and hyphen ranges get "-0" lower bounds, and the
// Range's Satisfies orders prereleases like any other version
// ("2.0.0-rc.1" is in "<2.0.0" and in "1.x || 2.x").
func ParseRangeIncludingPrerelease(s string) (Range, error) { return parseRange(s, true) }

func parseRange(s string, incPr bool) (Range, error) {
	if len(s) > maxRangeLen {
		return Range{}, fmt.Errorf("%w: %q is longer than %d bytes", ErrInvalidRange, clip(s), maxRangeLen)
	}
	raw := collapseJSSpace(trimJSSpace(s))
	var sets [][]comparator
	for _, part := range strings.Split(raw, "||") {
		set, err := parseComparatorSet(strings.TrimSpace(part), incPr)
		if err != nil {
			return Range{}, fmt.Errorf("%w: %q: %v", ErrInvalidRange, clip(s), err)
		}
		sets = append(sets, set)
	}
	if len(sets) > 1 {
		// node: drop null sets (keeping the first if all are), and a lone "*"
		// alternative makes the whole range "*".
		first := sets[0]
		kept := sets[:0:0]
		for _, set := range sets {
			if !isNullSet(set[0]) {
				kept = append(kept, set)
			}
		}
		switch {
		case len(kept) == 0:
			kept = [][]comparator{first}
		case len(kept) > 1:
			for _, set := range kept {
				if len(set) == 1 && set[0].any {
					kept = [][]comparator{set}
					break
				}
			}
		}
		sets = kept
	}
	return Range{raw: raw, sets: sets, incPr: incPr}, nil
}

// String returns the range as given, trimmed and with whitespace collapsed.
func (r Range) String() string { return r.raw }

// IsValid reports whether r came from a successful ParseRange.
func (r Range) IsValid() bool { return r.sets != nil }

// Satisfies reports whether v is in r, with node-semver's prerelease rule: a
// prerelease version matches only if some comparator of the matching set
// names a prerelease of the same major.minor.patch ("1.2.3-beta.2" satisfies
// "^1.2.3-beta.1" but not "^1.2.0").
func (r Range) Satisfies(v Version) bool {
	if r.incPr {
		return r.SatisfiesIncludingPrerelease(v)
	}
	if v.v == nil {
		return false
	}
	for _, set := range r.sets {
		if testSet(set, v) {
			return true
		}
	}
	return false
}

// SatisfiesIncludingPrerelease reports whether v is in r with node-semver's
// includePrerelease test: a prerelease version is ordered like any other
// ("2.0.0-rc.1" is in "<2.0.0"). For node's full includePrerelease
// semantics parse the range with ParseRangeIncludingPrerelease, which also
// desugars x-ranges, carets and hyphen ranges with "-0" lower bounds.
func (r Range) SatisfiesIncludingPrerelease(v Version) bool {
	if v.v == nil {
		return false
	}
	for _, set := range r.sets {
		ok := true
		for _, c := range set {
			if !c.test(v) {
				ok = false
				break
			}
		}
		if ok {
			return true
		}
	}
	return false
}

// Satisfies reports whether version is valid and in the valid range rng,
// like node-semver's semver.satisfies(version, rng).
func Satisfies(version, rng string) bool {
	v, err := ParseVersion(version)
	if err != nil {
		return false
	}
	r, err := ParseRange(rng)
	if err != nil {
		return false
	}
	return r.Satisfies(v)
}

func testSet(set []comparator, v Version) bool {
	for _, c := range set {
		if !c.test(v) {
			return false
		}
	}
	if v.pre == "" {
		return true
	}
	for _, c := range set {
		if !c.any && c.v.pre != "" && c.v.major == v.major && c.v.minor == v.minor && c.v.patch == v.patch {
			return true
		}
	}
	return false
}

func (c comparator) test(v Version) bool {
	if c.any {
		return true
	}
	n := CompareVersions(v, c.v)
	switch c.op {
	case "":
		return n == 0
	case ">":
		return n > 0
	case ">=":
		return n >= 0
	case "<":
		return n < 0
	case "<=":
		return n <= 0
	}
	return false
}

func (c comparator) value() string {
	if c.any {
		return ""
	}
	return c.op + c.v.String()
}

func isNullSet(c comparator) bool { return c.value() == "<0.0.0-0" }

// parseComparatorSet follows node-semver's Range.parseRange for one
// "||"-separated part (already trimmed, whitespace collapsed).
func parseComparatorSet(part string, incPr bool) ([]comparator, error) {
	part = buildStrip.ReplaceAllString(part, "")
	if m := hyphenRange.FindStringSubmatch(part); m != nil {
		part = hyphenReplace(m, incPr)
	}
	part = comparatorTrm.ReplaceAllString(part, "${1}${2}${3}")
	part = tildeTrim.ReplaceAllString(part, "${1}~")
	part = caretTrim.ReplaceAllString(part, "${1}^")

	var comps []string
	for _, tok := range strings.Split(part, " ") {
		tok = replaceStar(replaceXRanges(replaceTilde(replaceCaret(tok, incPr), incPr), incPr))
		comps = append(comps, strings.Fields(tok)...)
	}
	var set []comparator
	seen := map[string]int{}
	for _, tok := range comps {
		if incPr {
			tok = gte0pre.ReplaceAllString(tok, "")
		} else {
			tok = gte0.ReplaceAllString(tok, "")
		}
		c, err := parseComparator(tok)
		if err != nil {
			return nil, err
		}
		if isNullSet(c) {
			return []comparator{c}, nil
		}
		if i, ok := seen[c.value()]; ok {
			set[i] = c
			continue
		}
		seen[c.value()] = len(set)
		set = append(set, c)
	}
	if len(set) == 0 {
		return []comparator{{any: true}}, nil
	}
	if len(set) > 1 {
		if i, ok := seen[""]; ok {
			set = append(set[:i], set[i+1:]...)
		}
	}
	return set, nil
}

func parseComparator(tok string) (comparator, error) {
	m := comparatorRe.FindStringSubmatch(tok)
	if m == nil {
		return comparator{}, fmt.Errorf("invalid comparator %q", clip(tok))
	}
	if m[2] == "" {
		return comparator{any: true}, nil
	}
	v, err := ParseVersion(m[2])
	if err != nil {
		return comparator{}, fmt.Errorf("comparator %q: %w", clip(tok), err)
	}
	op := m[1]
	if op == "=" {
		op = ""
	}
	return comparator{op: op, v: v}, nil
}

func isX(id string) bool { return id == "" || id == "x" || id == "X" || id == "*" }

// inc returns the decimal string of n+1 where n is decimal digits; like
// JavaScript's +n+1 it gives a number node rejects when n+1 > 2^53-1.
func inc(n string) string {
	u, err := strconv.ParseUint(n, 10, 64)
	if err != nil || u >= maxSafeInt {
		return "9007199254740992"
	}
	return strconv.FormatUint(u+1, 10)
}

// hyphenReplace turns "1.2 - 3.4" into ">=1.2.0 <3.5.0-0" (with incPr,
// ">=1.2.0-0 <3.5.0-0").
func hyphenReplace(m []string, incPr bool) string {
	from, fM, fm, fp, fpr := m[1], m[2], m[3], m[4], m[5]
	to, tM, tm, tp, tpr := m[7], m[8], m[9], m[10], m[11]
	z := ""
	if incPr {
		z = "-0"
	}
	switch {
	case isX(fM):
		from = ""
	case isX(fm):
		from = ">=" + fM + ".0.0" + z
	case isX(fp):
		from = ">=" + fM + "." + fm + ".0" + z
	case fpr != "":
		from = ">=" + from
	default:
		from = ">=" + from + z
	}
	switch {
	case isX(tM):
		to = ""
	case isX(tm):
		to = "<" + inc(tM) + ".0.0-0"
	case isX(tp):
		to = "<" + tM + "." + inc(tm) + ".0-0"
	case tpr != "":
		to = "<=" + tM + "." + tm + "." + tp + "-" + tpr
	case incPr:
		to = "<" + tM + "." + tm + "." + inc(tp) + "-0"
	default:
		to = "<=" + to
	}
	return strings.TrimSpace(from + " " + to)
}

func replaceCaret(tok string, incPr bool) string {
	m := caretRange.FindStringSubmatch(tok)
	if m == nil {
		return tok
	}
	M, mi, p, pr := m[1], m[2], m[3], m[4]
	z := ""
	if incPr {
		z = "-0"
	}
	switch {
	case isX(M):
		return ""
	case isX(mi):
		return ">=" + M + ".0.0" + z + " <" + inc(M) + ".0.0-0"
	case isX(p):
		if M == "0" {
			return ">=" + M + "." + mi + ".0" + z + " <" + M + "." + inc(mi) + ".0-0"
		}
		return ">=" + M + "." + mi + ".0" + z + " <" + inc(M) + ".0.0-0"
	}
	lo := ">=" + M + "." + mi + "." + p
	if pr != "" {
		lo += "-" + pr
	}
	switch {
	case M == "0" && mi == "0":
		return lo + " <" + M + "." + mi + "." + inc(p) + "-0"
	case M == "0":
		return lo + " <" + M + "." + inc(mi) + ".0-0"
	}
	return lo + " <" + inc(M) + ".0.0-0"
}

func replaceTilde(tok string, incPr bool) string {
	m := tildeRange.FindStringSubmatch(tok)
	if m == nil {
		return tok
	}
	M, mi, p, pr := m[1], m[2], m[3], m[4]
	switch {
	case isX(M):
		return ""
	case isX(mi):
		return ">=" + M + ".0.0" + z(incPr) + " <" + inc(M) + ".0.0-0"
	case isX(p):
		return ">=" + M + "." + mi + ".0" + z(incPr) + " <" + M + "." + inc(mi) + ".0-0"
	case pr != "":
		return ">=" + M + "." + mi + "." + p + "-" + pr + " <" + M + "." + inc(mi) + ".0-0"
	}
	return ">=" + M + "." + mi + "." + p + " <" + M + "." + inc(mi) + ".0-0"
}

func replaceXRanges(s string, incPr bool) string {
	fs := strings.Fields(s)
	for i, f := range fs {
		fs[i] = replaceXRange(f, incPr)
	}
	return strings.Join(fs, " ")
}

func replaceXRange(tok string, incPr bool) string {
	m := xRange.FindStringSubmatch(tok)
	if m == nil {
		return tok
	}
	gtlt, M, mi, p := m[1], m[2], m[3], m[4]
	if isX(M) && !isX(mi) || isX(mi) && p != "" && !isX(p) {
		return tok // invalid x-range order, left for the comparator check
	}
	xM := isX(M)
	xm := xM || isX(mi)
	xp := xm || isX(p)
	if gtlt == "=" && xp {
		gtlt = ""
	}
	switch {
	case xM:
		if gtlt == ">" || gtlt == "<" {
			return "<0.0.0-0"
		}
		return "*"
	case gtlt != "" && xp:
		if xm {
			mi = "0"
		}
		p = "0"
		switch gtlt {
		case ">":
			gtlt = ">="
			if xm {
				M, mi = inc(M), "0"
			} else {
				mi = inc(mi)
			}
		case "<=":
			gtlt = "<"
			if xm {
				M = inc(M)
			} else {
				mi = inc(mi)
			}
		}
		pr := ""
		if gtlt == "<" || incPr {
			pr = "-0"
		}
		return gtlt + M + "." + mi + "." + p + pr
	case xm:
		return ">=" + M + ".0.0" + z(incPr) + " <" + inc(M) + ".0.0-0"
	case xp:
		return ">=" + M + "." + mi + ".0" + z(incPr) + " <" + M + "." + inc(mi) + ".0-0"
	}
	return m[0]
}

// z is node-semver's "-0" suffix for lower bounds under includePrerelease.
func z(incPr bool) string {
	if incPr {
		return "-0"
	}
	return ""
}

func replaceStar(s string) string {
	s = strings.TrimSpace(s)
	loc := starRange.FindStringIndex(s)
	if loc == nil {
		return s
	}
	return s[:loc[0]] + s[loc[1]:]
}

// trimJSSpace trims what JavaScript's String.prototype.trim trims.
func trimJSSpace(s string) string { return strings.TrimFunc(s, isJSSpace) }

// collapseJSSpace replaces each run of JavaScript whitespace with one space.
func collapseJSSpace(s string) string {
	var b strings.Builder
	space := false
	for _, r := range s {
		if isJSSpace(r) {
			space = true
			continue
		}
		if space {
			b.WriteByte(' ')
			space = false
		}
		b.WriteRune(r)
	}
	if space {
		b.WriteByte(' ')
	}
	return b.String()
}

func isJSSpace(r rune) bool {
	switch r {
	case '\t', '\n', '\v', '\f', '\r', ' ', 0xa0, 0x1680, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000, 0xfeff:
		return true
	}
	return r >= 0x2000 && r <= 0x200a
}
