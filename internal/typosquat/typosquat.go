// Package typosquat finds npm package names that imitate popular ones:
// typos (edit distance, swapped, repeated or dropped characters), separator
// games ("crossenv" for "cross-env"), confusable characters ("1" for "l",
// Unicode homoglyphs), affixes ("node-fabric", "cross-env.js") and scope
// games ("@axios-http/core", "hardhat-waffle" for "@nomiclabs/hardhat-waffle",
// "@bable/core").
//
// It compares names against a popularity list (monthly downloads) and only
// reports a name that is far less popular than the name it resembles, so
// that two popular packages with similar names ("react-dom", "react-dnd")
// are never reported. The package is pure: no I/O beyond the embedded list.
package typosquat

import (
	"cmp"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/agnivade/levenshtein"
)

// Technique names how a candidate name imitates its target. Values are
// stable: they appear in findings.
type Technique string

// Techniques, strongest signal first.
const (
	Case          Technique = "case"              // "jsonstream" for "JSONStream"
	Homoglyph     Technique = "homoglyph"         // Unicode look-alikes, fullwidth forms
	Separator     Technique = "separator"         // "crossenv", "cross_env", "cross.env"
	Confusable    Technique = "confusable"        // "1"/"l", "0"/"o", "rn"/"m", "vv"/"w"
	ScopeFlatten  Technique = "scope-flatten"     // "babel-core" for "@babel/core", "@solana-web3/js"
	ScopeCopy     Technique = "unscoped-copy"     // "hardhat-waffle" for "@nomiclabs/hardhat-waffle"
	ScopeImitate  Technique = "scope-impersonate" // "@axios-http/core", "@types-node/x"
	ScopeTypo     Technique = "scope-typo"        // "@bable/core" for "@babel/core"
	Affix         Technique = "affix"             // "node-fabric", "cross-env.js", "twilio-npm"
	WordOrder     Technique = "word-order"        // "progerss-cli" for "cli-progress"
	Transposition Technique = "transposition"     // "electorn"
	Repeated      Technique = "repeated-character"
	Dropped       Technique = "dropped-character"
	EditDistance  Technique = "edit-distance"
)

// rank orders techniques: lower is a stronger, more specific signal.
var rank = map[Technique]int{
	Case: 0, Homoglyph: 1, Separator: 2, Confusable: 3, ScopeFlatten: 4, ScopeCopy: 5,
	ScopeImitate: 6, ScopeTypo: 7, WordOrder: 8, Affix: 9, Transposition: 10, Repeated: 11, Dropped: 12, EditDistance: 13,
}

// Fuzzy reports whether t is one of the fuzzy techniques (affixes, word
// order, edits): weaker evidence than an exact match modulo separators,
// case, confusable characters or scopes. Rules can lower their confidence.
func (t Technique) Fuzzy() bool { return rank[t] >= rank[WordOrder] }

// Package is one popularity-list entry.
type Package struct {
	Name      string
	Downloads int64 // a month
}

// Match describes a name that imitates a popular one.
type Match struct {
	Name      string    `json:"name"`
	Target    string    `json:"target"` // "@scope" when only the scope is imitated
	Technique Technique `json:"technique"`
	// Distance is the edit distance for the edit techniques, else 0.
	Distance int `json:"distance,omitempty"`
	// CandidateDownloads is the candidate's monthly downloads when it is in
	// the popularity list (Listed), else 0: below the list's floor.
	CandidateDownloads int64 `json:"candidateDownloads"`
	Listed             bool  `json:"listed"`
	TargetDownloads    int64 `json:"targetDownloads"`
	// Ratio is the download gap: TargetDownloads / CandidateDownloads, with
	// the list's floor standing in for an unlisted candidate (so it is a
	// lower bound then).
	Ratio float64 `json:"ratio"`
}

// Options are the reporting thresholds.
type Options struct {
	// MinTarget is, per technique, the least monthly downloads a target
	// needs before an unlisted name is reported for resembling it. A
	// technique missing from the map is never reported for unlisted names.
	MinTarget map[Technique]int64
	// MinTargetStrict is the least for shapes that legitimate packages use
	// all the time: plural or singular forms, version suffixes ("ahooks-v2"),
	// reordered words, unscoped names of scoped packages.
	MinTargetStrict int64
	// MinRatio is the least download gap for a name that is itself in the
	// popularity list: popular packages that merely look alike stay quiet.
	MinRatio float64
}

// DefaultOptions returns thresholds chosen by measurement: with them none
// of the 2,000 most downloaded names is flagged, at least 90% of the real
// typosquats in testdata/real-typosquats.tsv are flagged with the right
// target, and the fewest legitimate unpopular names are (see
// TestMeasureCorpus). A technique's floor is the least popular target
// that a real typosquat of that kind imitated, unless lowering it cost
// many false positives.
func DefaultOptions() Options {
	return Options{
		MinTarget: map[Technique]int64{
			Case:          0, // any listed name: the case twin of a listed name is rare
			Homoglyph:     100_000,
			Separator:     1_500_000,
			Confusable:    100_000,
			ScopeFlatten:  2_000_000,
			ScopeCopy:     20_000_000,
			ScopeImitate:  1_000_000,
			ScopeTypo:     1_000_000,
			WordOrder:     20_000_000,
			Affix:         300_000,
			Transposition: 100_000,
			Repeated:      100_000,
			Dropped:       100_000,
			EditDistance:  1_500_000,
		},
		MinTargetStrict: 1_000_000,
		MinRatio:        1000,
	}
}

// minFuzzyTarget is the least downloads of a name worth indexing for
// fuzzy matches under opts.
func (o Options) minFuzzyTarget() int64 {
	min := int64(-1)
	for _, t := range []Technique{Transposition, Repeated, Dropped, EditDistance, Affix, WordOrder} {
		if v, ok := o.MinTarget[t]; ok && (min < 0 || v < min) {
			min = v
		}
	}
	if min < 0 {
		return 1 << 62
	}
	return min
}

const (
	maxNameLen = 214 // npm's limit; longer input is not a package name
	maxInput   = 4 * maxNameLen
)

type entry struct {
	name      string
	lower     string
	downloads int64
	scope     string // lowercase, without "@"; "" when unscoped
	bare      string // lowercase name without scope
}

type scopeInfo struct {
	top   int32 // most downloaded package of the scope
	total int64
}

type delKey struct {
	h  uint64
	id int32
}

// Index answers Check quickly for many names. It is safe for concurrent use
// once built.
type Index struct {
	opts      Options
	entries   []entry // most downloaded first
	floor     int64   // the least downloads in the list
	exact     map[string]int32
	lower     multimap
	sep       multimap         // separators removed (scope flattened)
	conf      multimap         // separators removed, ASCII confusables folded
	runs      multimap         // separators removed, repeated characters collapsed
	words     multimap         // words of multi-word names, sorted
	bare      map[string]int32 // bare name of scoped packages -> most downloaded
	scopes    map[string]scopeInfo
	scopeL    []string           // known scopes, for scope typos
	scopeSkel map[string][]int32 // scope without separators, confusables folded -> scopeL index
	scopeDels []delKey           // deletion neighbourhood of known scopes -> scopeL index
	dels      []delKey           // deletion neighbourhood of edit-distance targets, by hash
	bucket    []uint32           // bucket[b] = first dels index whose hash's top bits are >= b
}

const bucketBits = 18

// New builds an Index over pkgs (any order; duplicates keep the larger
// count).
func New(pkgs []Package, opts Options) *Index {
	mins := make(map[Technique]int64, len(opts.MinTarget))
	for k, v := range opts.MinTarget {
		mins[k] = v
	}
	opts.MinTarget = mins // the caller may change its map later
	ix := &Index{
		opts:   opts,
		exact:  make(map[string]int32, len(pkgs)),
		lower:  newMultimap(len(pkgs)),
		sep:    newMultimap(len(pkgs)),
		conf:   newMultimap(len(pkgs)),
		runs:   newMultimap(len(pkgs)),
		words:  newMultimap(len(pkgs) / 2),
		bare:   make(map[string]int32),
		scopes: make(map[string]scopeInfo),
	}
	sorted := slices.Clone(pkgs)
	slices.SortStableFunc(sorted, func(a, b Package) int {
		if c := cmp.Compare(b.Downloads, a.Downloads); c != 0 {
			return c
		}
		return strings.Compare(a.Name, b.Name)
	})
	for _, p := range sorted {
		if p.Name == "" || len(p.Name) > maxNameLen {
			continue
		}
		if _, dup := ix.exact[p.Name]; dup {
			continue
		}
		id := int32(len(ix.entries))
		e := entry{name: p.Name, lower: strings.ToLower(p.Name), downloads: p.Downloads}
		e.scope, e.bare = split(e.lower)
		ix.entries = append(ix.entries, e)
		ix.exact[p.Name] = id
		ix.lower.add(e.lower, id)
		k := sepless(e.scope + e.bare)
		ix.sep.add(k, id)
		ck := foldConfusables(k)
		ix.conf.add(ck, id)
		if e.scope == "" {
			rk := collapseRuns(k)
			ix.runs.add(rk, id)
			if wk, ok := sortedWords(e.lower); ok {
				ix.words.add(wk, id)
			}
		}
		if e.scope != "" {
			if _, ok := ix.bare[e.bare]; !ok {
				ix.bare[e.bare] = id
			}
			si, ok := ix.scopes[e.scope]
			if !ok {
				si.top = id
				ix.scopeL = append(ix.scopeL, e.scope)
			}
			si.total += e.downloads
			ix.scopes[e.scope] = si
		}
	}
	if n := len(ix.entries); n > 0 {
		ix.floor = ix.entries[n-1].downloads
	}
	if ix.floor < 1 {
		ix.floor = 1
	}
	// The deletion neighbourhood (symmetric delete) of unscoped names that
	// are popular enough to be reported for a fuzzy match.
	minFuzzy := opts.minFuzzyTarget()
	fuzzy := func(e entry) bool {
		return e.scope == "" && e.downloads >= minFuzzy &&
			(len(e.lower) >= minEditLen || len(e.lower) == minEditLen-1 && e.downloads >= veryPopular)
	}
	n := 0
	for _, e := range ix.entries {
		if fuzzy(e) {
			n += 3 * (len(e.lower) + 1) // at most three spellings, each with its deletions
		}
	}
	ix.dels = make([]delKey, 0, n)
	for id, e := range ix.entries {
		if !fuzzy(e) {
			continue
		}
		add := func(h uint64) { ix.dels = append(ix.dels, delKey{h, int32(id)}) }
		deleteHashes(e.lower, 1, add)
		if s := sepless(e.lower); s != e.lower {
			deleteHashes(s, 1, add)
		}
		if wk, ok := sortedWords(e.lower); ok && wk != e.lower {
			deleteHashes(wk, 1, add)
		}
	}
	ix.dels, ix.bucket = bucketSort(ix.dels)
	ix.scopeSkel = make(map[string][]int32, len(ix.scopeL))
	for si, sc := range ix.scopeL {
		if min, ok := opts.MinTarget[ScopeTypo]; !ok || len(sc) < minScopeTypoLen || ix.entries[ix.scopes[sc].top].downloads < min {
			continue
		}
		k := foldConfusables(sepless(sc))
		ix.scopeSkel[k] = append(ix.scopeSkel[k], int32(si))
		depth := 1
		if len(sc) >= longScopeTypo {
			depth = 2
		}
		deleteHashes(sc, depth, func(h uint64) { ix.scopeDels = append(ix.scopeDels, delKey{h, int32(si)}) })
	}
	slices.SortFunc(ix.scopeDels, func(a, b delKey) int {
		if c := cmp.Compare(a.h, b.h); c != 0 {
			return c
		}
		return cmp.Compare(a.id, b.id)
	})
	ix.scopeDels = slices.Compact(ix.scopeDels)
	return ix
}

// bucketSort groups keys by the top bucketBits of their hash (a counting
// sort: linear, where a comparison sort of a million keys dominated
// building the index). Within a bucket the order is unspecified; lookups
// scan the bucket. bucket[b] is where bucket b starts.
func bucketSort(keys []delKey) ([]delKey, []uint32) {
	bucket := make([]uint32, 1<<bucketBits+1)
	for _, k := range keys {
		bucket[k.h>>(64-bucketBits)+1]++
	}
	for b := 1; b < len(bucket); b++ {
		bucket[b] += bucket[b-1]
	}
	out := make([]delKey, len(keys))
	next := slices.Clone(bucket[:len(bucket)-1])
	for _, k := range keys {
		b := k.h >> (64 - bucketBits)
		out[next[b]] = k
		next[b]++
	}
	return out, bucket
}

// Len returns the number of names in the popularity list.
func (ix *Index) Len() int { return len(ix.entries) }

// Downloads returns the monthly downloads of name when it is in the list.
func (ix *Index) Downloads(name string) (int64, bool) {
	if id, ok := ix.exact[name]; ok {
		return ix.entries[id].downloads, true
	}
	return 0, false
}

// Check reports whether name imitates a more popular name, and how. Any
// string is accepted (hostile input is fine); names that are not package
// names simply do not match.
func (ix *Index) Check(name string) (Match, bool) {
	if name == "" || len(name) > maxInput || !utf8.ValidString(name) {
		return Match{}, false
	}
	c := checker{ix: ix, name: name, self: -1}
	if id, ok := ix.exact[name]; ok {
		c.self = id
	}
	c.run()
	best, ok := ix.pick(c.self, c.cands)
	if !ok {
		return Match{}, false
	}
	return ix.match(name, c.self, best), true
}

// cand is one target a rule found. strict candidates (plural forms, weak
// scope games) need a much more popular target.
type cand struct {
	id     int32
	tech   Technique
	dist   int
	strict bool
}

// pick drops candidates that fail the thresholds and returns the strongest.
func (ix *Index) pick(self int32, cands []cand) (cand, bool) {
	var best cand
	found := false
	for _, c := range cands {
		if c.id == self || c.id < 0 {
			continue
		}
		t := ix.entries[c.id]
		if self >= 0 {
			if float64(t.downloads) < ix.opts.MinRatio*float64(ix.entries[self].downloads) {
				continue
			}
		} else {
			min, ok := ix.opts.MinTarget[c.tech]
			if !ok {
				continue
			}
			if c.strict {
				min = max(min, ix.opts.MinTargetStrict)
			}
			if t.downloads < min {
				continue
			}
		}
		if !found || rank[c.tech] < rank[best.tech] ||
			rank[c.tech] == rank[best.tech] && t.downloads > ix.entries[best.id].downloads {
			best, found = c, true
		}
	}
	return best, found
}

func (ix *Index) match(name string, self int32, c cand) Match {
	t := ix.entries[c.id]
	m := Match{Name: name, Target: t.name, Technique: c.tech, Distance: c.dist, TargetDownloads: t.downloads}
	den := ix.floor
	if self >= 0 {
		m.Listed = true
		m.CandidateDownloads = ix.entries[self].downloads
		den = max(m.CandidateDownloads, 1)
	}
	m.Ratio = float64(t.downloads) / float64(den)
	return m
}

// checker runs the rules for one candidate name.
type checker struct {
	ix        *Index
	name      string
	self      int32
	homoglyph bool // the name was mapped from non-ASCII look-alikes
	cands     []cand
}

func (c *checker) emit(id int32, t Technique, dist int, strict bool) {
	if c.homoglyph {
		t = Homoglyph
	}
	c.cands = append(c.cands, cand{id, t, dist, strict})
}

func (c *checker) run() {
	ix := c.ix
	low := strings.ToLower(c.name)
	// Case games: a listed name that differs only in case.
	for _, id := range ix.lower.get(low) {
		if ix.entries[id].name != c.name {
			c.emit(id, Case, 0, false)
		}
	}
	if strings.Contains(c.name, "I") {
		// Capital I reads as a lowercase l: "Iodash".
		alt := strings.ToLower(strings.ReplaceAll(c.name, "I", "l"))
		for _, id := range ix.lower.get(alt) {
			c.emit(id, Confusable, 0, false)
		}
	}
	work := low
	if !isASCII(low) {
		skel, ok := asciiSkeleton(low)
		if !ok {
			return
		}
		work = skel
		for _, id := range ix.lower.get(work) {
			c.emit(id, Homoglyph, 0, false)
		}
		// Everything found from the skeleton is a homoglyph trick.
		c.homoglyph = true
	}
	scope, bare := split(work)
	switch {
	case scope != "":
		if _, known := ix.scopes[scope]; known {
			// Only the scope's owner publishes under a known scope.
			return
		}
		if validBare(scope) && validBare(bare) {
			c.scoped(scope, bare)
		}
	case strings.HasPrefix(work, "@"):
	case validBare(bare):
		c.unscoped(bare)
	}
}

// unscoped runs the rules for a name without a scope (lowercase).
func (c *checker) unscoped(w string) {
	ix := c.ix
	k := sepless(w)
	for _, id := range ix.sep.get(k) {
		e := ix.entries[id]
		switch {
		case e.lower == w:
		case e.scope != "":
			// Many scoped packages started life unscoped ("babel-core"):
			// only very popular targets count.
			c.emit(id, ScopeFlatten, 0, false)
		default:
			c.emit(id, Separator, 0, false)
		}
	}
	for _, id := range ix.conf.get(foldConfusables(k)) {
		e := ix.entries[id]
		if sepless(e.scope+e.bare) != k {
			c.emit(id, Confusable, 0, false)
		}
	}
	// Repeated characters: "colorsss", "expresss".
	if rk := collapseRuns(k); len(rk) >= minEditLen-1 {
		for _, id := range ix.runs.get(rk) {
			tk := sepless(ix.entries[id].lower)
			switch {
			case tk == k:
			case len(k) < len(tk):
				c.emit(id, Dropped, 0, false)
			default:
				c.emit(id, Repeated, 0, false)
			}
		}
	}
	// Words reordered: "loader-css" for "css-loader".
	if wk, ok := sortedWords(w); ok {
		for _, id := range ix.words.get(wk) {
			if ix.entries[id].lower != w {
				c.emit(id, WordOrder, 0, false)
			}
		}
	}
	// An unscoped copy of a scoped name: distinctive bare names only.
	if id, ok := ix.bare[w]; ok && len(w) >= minCopyLen && strings.ContainsAny(w, "-_.") {
		c.emit(id, ScopeCopy, 0, false)
	}
	// Affixes: "node-x", "x-js", "x.js", "xjs", "x-cli", "x-v13"... also
	// with a typo in x ("mongose-cli").
	vstem := trimVersion(w)
	for _, r := range stripAffixes(w) {
		// Version markers ("ahooks-v2") are common in legitimate forks.
		strict := r == vstem
		c.edits(r, Affix)
		for _, id := range ix.lower.get(r) {
			if ix.entries[id].scope == "" {
				c.emit(id, Affix, 0, strict)
			}
		}
		for _, id := range ix.sep.get(sepless(r)) {
			if ix.entries[id].scope == "" {
				c.emit(id, Affix, 0, strict)
			}
		}
	}
	c.edits(w, "")
}

// edits finds popular unscoped names one typing mistake away (plus a
// separator change for long names) through the deletion index.
func (c *checker) edits(w string, as Technique) {
	ix := c.ix
	if len(w) < minEditLen-2 || len(w) > maxNameLen {
		return
	}
	var seen []int32
	look := func(h uint64) {
		b := h >> (64 - bucketBits)
		for _, d := range ix.dels[ix.bucket[b]:ix.bucket[b+1]] {
			if d.h == h && !slices.Contains(seen, d.id) {
				seen = append(seen, d.id)
			}
		}
	}
	deleteHashes(w, 1, look)
	if ws := sepless(w); ws != w {
		deleteHashes(ws, 1, look)
	}
	wk, multi := sortedWords(w)
	if multi {
		deleteHashes(wk, 1, look)
	}
	for _, id := range seen {
		t := ix.entries[id].lower
		if t == w {
			continue
		}
		if tech, d, plural, ok := classifyEditFor(w, t, as == "" && ix.entries[id].downloads >= veryPopular); ok {
			if as != "" {
				tech, d = as, d+1
			}
			c.emit(id, tech, d, plural)
			continue
		}
		if as != "" {
			continue
		}
		// A typo in reordered words: "progerss-cli" for "cli-progress".
		if tk, ok := sortedWords(t); ok && multi && (tk != t || wk != w) {
			if _, _, _, ok := classifyEdit(wk, tk); ok {
				c.emit(id, WordOrder, 2, false)
			}
		}
	}
}

// scoped runs the rules for "@scope/bare" whose scope no listed package
// uses.
func (c *checker) scoped(scope, bare string) {
	ix := c.ix
	// "@solana-web3/js" for "@solana/web3.js", "@base_ui/react" for
	// "@base-ui/react": a scoped target with the separators moved.
	for _, id := range ix.sep.get(sepless(scope + bare)) {
		if ix.entries[id].scope != "" {
			c.emit(id, ScopeFlatten, 0, false)
		}
	}
	target := func(realScope string) int32 {
		if id, ok := ix.exact["@"+realScope+"/"+bare]; ok {
			return id
		}
		for _, id := range ix.lower.get("@" + realScope + "/" + bare) {
			return id
		}
		return ix.scopes[realScope].top
	}
	// "@axios-http/core": a popular unscoped name plus a word as the
	// scope. "@types-node/x": a known scope plus a word that together name
	// a listed package ("@types/node").
	words := strings.FieldsFunc(scope, isSep)
	for n := len(words) - 1; n >= 1; n-- {
		head := strings.Join(words[:n], "-")
		rest := strings.Join(words[n:], "-")
		if _, ok := ix.scopes[head]; ok {
			if id, ok := ix.exact["@"+head+"/"+rest]; ok {
				c.emit(id, ScopeImitate, 0, false)
			}
		}
		if len(head) >= minCopyLen && orgWords[rest] {
			for _, id := range ix.lower.get(head) {
				if ix.entries[id].scope == "" {
					c.emit(id, ScopeImitate, 0, false)
				}
			}
		}
	}
	// "@bable/core", "@nomicsfoundation/x", "@type5/node": a typo of a
	// known scope, found through the scopes' deletion index.
	if len(scope) < minScopeTypoLen || len(scope) > maxScopeTypoLen {
		return
	}
	ks := sepless(scope)
	kc := foldConfusables(ks)
	for _, si := range ix.scopeSkel[kc] {
		c.emit(target(ix.scopeL[si]), ScopeTypo, 0, false)
	}
	depth := 1
	if len(scope) >= longScopeTypo-1 {
		depth = 2
	}
	var seen []int32
	deleteHashes(scope, depth, func(h uint64) {
		i, _ := slices.BinarySearchFunc(ix.scopeDels, h, func(d delKey, h uint64) int { return cmp.Compare(d.h, h) })
		for ; i < len(ix.scopeDels) && ix.scopeDels[i].h == h; i++ {
			if id := ix.scopeDels[i].id; !slices.Contains(seen, id) {
				seen = append(seen, id)
			}
		}
	})
	for _, si := range seen {
		s := ix.scopeL[si]
		if s == scope {
			continue
		}
		if tech, d, plural, ok := classifyEdit(scope, s); ok && (tech == Transposition || len(s) >= longScopeLen) {
			c.emit(target(s), ScopeTypo, d, plural && len(s) < longScopeLen)
			continue
		}
		// Long scopes rarely collide by chance: any one or two edits.
		if len(s) >= longScopeLen {
			maxd := 1
			if len(s) >= longScopeTypo {
				maxd = 2
			}
			if d := levenshtein.ComputeDistance(scope, s); d <= maxd {
				c.emit(target(s), ScopeTypo, d, false)
			}
		}
	}
}

const (
	minEditLen      = 5 // shorter names collide too often for fuzzy matching
	longNameLen     = 9 // from here a typo plus a separator change is allowed
	minCopyLen      = 4 // bare names like "cli" or "core" are not distinctive
	minScopeTypoLen = 5
	longScopeLen    = 8  // from here any single edit of a scope counts
	longScopeTypo   = 12 // from here any two edits of a scope count
	maxScopeTypoLen = 64 // longer scopes are no typo of a known one (and cost quadratic work)
	// veryPopular targets (monthly downloads) get any single edit checked,
	// not only keyboard-like typos, from 4 characters.
	veryPopular = 50_000_000
)

// classifyEdit names the typo that turns target t into candidate w. Only
// edits people actually make count: swapping neighbours, doubling a letter,
// hitting a neighbouring key, dropping a letter from the middle. Distance 2
// is one such typo plus a separator change, for names of at least
// longNameLen characters. Plural or singular forms and version digits
// ("colors"/"color", "argon2"/"argon") are legitimate naming so often that
// they only count against very popular targets (plural is true).
func classifyEdit(w, t string) (tech Technique, dist int, plural, ok bool) {
	return classifyEditFor(w, t, false)
}

// classifyEditFor is classifyEdit; anyEdit also accepts any single edit (a
// far-away key, a dropped first letter), for the most popular targets,
// whose every near-miss is worth a warning ("chalc", "chalq" for "chalk").
func classifyEditFor(w, t string, anyEdit bool) (tech Technique, dist int, plural, ok bool) {
	minLen := minEditLen
	if anyEdit {
		minLen = minEditLen - 1
	}
	if len(t) < minLen {
		return "", 0, false, false
	}
	if tech, plural, ok := typo(w, t); ok {
		return tech, 1, plural, true
	}
	// Not at the first character: a letter added in front often makes a
	// new word ("amocha", "aglob").
	if anyEdit && len(w) >= minLen && w[0] == t[0] {
		if d := len(w) - len(t); d >= -1 && d <= 1 && levenshtein.ComputeDistance(w, t) == 1 {
			if d == -1 {
				return Dropped, 1, false, true
			}
			return EditDistance, 1, false, true
		}
	}
	ws, ts := sepless(w), sepless(t)
	if len(ts) < minEditLen {
		return "", 0, false, false
	}
	if ws == w && ts == t || ws == ts {
		return "", 0, false, false
	}
	if tech, plural, ok := typo(ws, ts); ok {
		return tech, 2, plural, true
	}
	return "", 0, false, false
}

// typo recognises a single typing mistake that turns t into w. Separator
// changes are not typos: the Separator technique covers them.
func typo(w, t string) (tech Technique, plural, ok bool) {
	if i := diffAt(w, t); i < len(w) && isSepByte(w[i]) || i < len(t) && isSepByte(t[i]) {
		return "", false, false
	}
	switch {
	case isSwap(w, t):
		return Transposition, false, true
	case len(w) == len(t)+1: // a character added
		i := diffAt(w, t)
		if w[i+1:] != t[i:] {
			return "", false, false
		}
		c := w[i]
		if i == len(t) && (c == 's' || isDigit(c)) {
			return EditDistance, true, c == 's'
		}
		if i > 0 && c == w[i-1] || i+1 < len(w) && c == w[i+1] {
			return Repeated, false, true
		}
		if i > 0 && keyNear(c, w[i-1]) || i+1 < len(w) && keyNear(c, w[i+1]) {
			return EditDistance, false, true
		}
	case len(w)+1 == len(t): // a character dropped
		i := diffAt(t, w)
		if t[i+1:] != w[i:] || i == 0 {
			return "", false, false
		}
		if i == len(w) {
			c := t[i]
			if isDigit(c) {
				return "", false, false
			}
			return Dropped, c == 's', true
		}
		return Dropped, false, true
	case len(w) == len(t): // a character replaced
		i := diffAt(w, t)
		if i < len(w) && w[i+1:] == t[i+1:] && (keyNear(w[i], t[i]) || lookAlike(w[i], t[i])) {
			return EditDistance, false, true
		}
	}
	return "", false, false
}

// diffAt returns the first index where a and b differ (or the shorter
// length).
func diffAt(a, b string) int {
	i := 0
	for i < len(a) && i < len(b) && a[i] == b[i] {
		i++
	}
	return i
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

var keyRows = [...]string{"1234567890-", "qwertyuiop", "asdfghjkl", "zxcvbnm"}

// keyNear reports whether a and b are neighbours on a QWERTY keyboard.
func keyNear(a, b byte) bool {
	ra, ca, ok1 := keyPos(a)
	rb, cb, ok2 := keyPos(b)
	if !ok1 || !ok2 || a == b {
		return false
	}
	dr, dc := ra-rb, ca-cb
	return dr >= -1 && dr <= 1 && dc >= -2 && dc <= 2 && (dr != 0 || dc == -2 || dc == 2)
}

// keyPos returns a key's row and its column in half-key units (rows are
// staggered by half a key).
func keyPos(c byte) (row, col int, ok bool) {
	for r, s := range keyRows {
		if i := strings.IndexByte(s, c); i >= 0 {
			return r, 2*i + r, true
		}
	}
	return 0, 0, false
}

// lookAlike reports characters that read alike in most fonts.
func lookAlike(a, b byte) bool {
	pair := string([]byte{min(a, b), max(a, b)})
	switch pair {
	case "1l", "1i", "il", "0o", "5s", "uv", "mn", "ce", "ao", "gq", "bd", "pq", "rn":
		return true
	}
	return false
}

// isSwap reports whether a is b with two adjacent characters swapped.
func isSwap(a, b string) bool {
	if len(a) != len(b) || len(a) < 2 {
		return false
	}
	i := 0
	for i < len(a) && a[i] == b[i] {
		i++
	}
	return i+1 < len(a) && a[i] == b[i+1] && a[i+1] == b[i] && a[i] != a[i+1] && a[i+2:] == b[i+2:]
}

// deleteHashes calls f with the hash of s and of every string made by
// deleting one byte (depth >= 1) or two bytes (depth 2) from s: the
// symmetric-delete neighbourhood, without building the strings.
func deleteHashes(s string, depth int, f func(uint64)) {
	f(hashSkip(s, -1, -1))
	if depth < 1 {
		return
	}
	for i := 0; i < len(s); i++ {
		if i > 0 && s[i] == s[i-1] {
			continue // same string as deleting s[i-1]
		}
		f(hashSkip(s, i, -1))
		if depth < 2 {
			continue
		}
		for j := i + 1; j < len(s); j++ {
			if j > i+1 && s[j] == s[j-1] {
				continue
			}
			f(hashSkip(s, i, j))
		}
	}
}

// hashSkip is 64-bit FNV-1a of s without the bytes at i and j.
func hashSkip(s string, i, j int) uint64 {
	const (
		offset = 14695981039346656037
		prime  = 1099511628211
	)
	h := uint64(offset)
	for k := 0; k < len(s); k++ {
		if k == i || k == j {
			continue
		}
		h ^= uint64(s[k])
		h *= prime
	}
	return h
}

// multimap maps a key to the ids added under it, with one allocation per
// distinct key rather than one slice per key.
type multimap struct {
	head map[string]int32 // key -> first id
	next map[int32]int32  // id -> next id with the same key
}

func newMultimap(n int) multimap {
	return multimap{head: make(map[string]int32, n), next: make(map[int32]int32)}
}

func (m multimap) add(k string, id int32) {
	if h, ok := m.head[k]; ok {
		// Keep insertion order (most downloaded first): append at the end.
		for {
			n, ok := m.next[h]
			if !ok {
				break
			}
			h = n
		}
		m.next[h] = id
		return
	}
	m.head[k] = id
}

// get returns the ids under k, first added first.
func (m multimap) get(k string) []int32 {
	h, ok := m.head[k]
	if !ok {
		return nil
	}
	out := []int32{h}
	for {
		n, ok := m.next[h]
		if !ok {
			return out
		}
		out = append(out, n)
		h = n
	}
}

// split splits a lowercase name into scope (without "@") and bare name.
func split(name string) (scope, bare string) {
	if strings.HasPrefix(name, "@") {
		if s, b, ok := strings.Cut(name[1:], "/"); ok {
			return s, b
		}
		return "", ""
	}
	return "", name
}

func isSep(r rune) bool { return r == '-' || r == '_' || r == '.' }

func isSepByte(c byte) bool { return c == '-' || c == '_' || c == '.' }

// collapseRuns replaces each run of a repeated byte with one byte.
func collapseRuns(s string) string {
	b := make([]byte, 0, len(s))
	for i := 0; i < len(s); i++ {
		if i == 0 || s[i] != s[i-1] {
			b = append(b, s[i])
		}
	}
	return string(b)
}

// sortedWords returns the separator-delimited words of s, sorted and
// joined by "-", when s has at least two words.
func sortedWords(s string) (string, bool) {
	if !strings.ContainsAny(s, "-_.") {
		return "", false
	}
	ws := strings.FieldsFunc(s, isSep)
	if len(ws) < 2 || len(ws) > 8 {
		return "", false
	}
	slices.Sort(ws)
	return strings.Join(ws, "-"), true
}

// sepless removes the separators npm's own similarity rule ignores.
func sepless(s string) string {
	if !strings.ContainsAny(s, "-_.") {
		return s
	}
	return strings.Map(func(r rune) rune {
		if isSep(r) {
			return -1
		}
		return r
	}, s)
}

// validBare reports whether s uses only characters npm allows in a name.
func validBare(s string) bool {
	if s == "" || len(s) > maxNameLen {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || strings.IndexByte("-._~!*'()", c) >= 0) {
			return false
		}
	}
	return true
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// Affixes that typosquatters add to popular names. Measured against
// unpopular real names: each one here flags few of them.
var (
	prefixes = []string{"node-", "nodejs-", "js-", "npm-", "node"}
	suffixes = []string{"-js", ".js", "_js", "js", "-node", "-nodejs", "-cli", "-npm", "-lib", "-pkg", "-package", "-official"}
)

// orgWords are what impersonators append to a project's name to make an
// official-looking scope: "@axios-http", "@lodash-js", "@react-team".
var orgWords = map[string]bool{
	"http": true, "https": true, "js": true, "io": true, "org": true, "official": true, "team": true,
	"labs": true, "hq": true, "inc": true, "dev": true, "npm": true, "pkg": true, "sdk": true, "lib": true,
}

// trimVersion removes a version marker appended to a name:
// "discord.js-11", "discord-js-v13", "discord.jsv13.0". It returns s when
// there is none.
func trimVersion(s string) string {
	i := len(s)
	for i > 0 && (isDigit(s[i-1]) || s[i-1] == '.') {
		i--
	}
	for i < len(s) && s[i] == '.' { // "x.1" -> the dot is a separator
		i++
	}
	if i == len(s) || i == 0 {
		return s
	}
	digits := s[i:]
	head := s[:i]
	switch {
	case strings.Contains(digits, "."):
		// "v13.0": only with a "v" before it.
		if strings.HasSuffix(head, "v") {
			return strings.TrimRight(strings.TrimSuffix(head, "v"), "-_.")
		}
	case strings.HasSuffix(head, "v") && len(head) > 1 && isSepByte(head[len(head)-2]):
		return head[:len(head)-2] // "-v13"
	case isSepByte(head[len(head)-1]):
		return head[:len(head)-1] // "-11"
	}
	return s
}

// stripAffixes returns what is left of w after removing one known prefix,
// one known suffix, or both.
func stripAffixes(w string) []string {
	var out []string
	add := func(s string) {
		if len(s) >= 2 && s != w && !slices.Contains(out, s) {
			out = append(out, s)
		}
	}
	var afterPrefix []string
	for _, p := range prefixes {
		if r, ok := strings.CutPrefix(w, p); ok {
			if p == "node" && len(r) < 4 {
				continue
			}
			add(r)
			afterPrefix = append(afterPrefix, r)
		}
	}
	for _, base := range append([]string{w}, afterPrefix...) {
		for _, s := range suffixes {
			if r, ok := strings.CutSuffix(base, s); ok {
				add(r)
			}
		}
		if r := trimVersion(base); r != base {
			add(r)
		}
	}
	return out
}
