package typosquat

import (
	"bytes"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func mustDefault(tb testing.TB) *Index {
	tb.Helper()
	ix, err := Default()
	if err != nil {
		tb.Fatal(err)
	}
	return ix
}

// testIndex is a small popularity list with the shapes the rules need.
func testIndex() *Index {
	return New([]Package{
		{"lodash", 450_000_000},
		{"cross-env", 60_000_000},
		{"mongoose", 17_000_000},
		{"webpack", 168_000_000},
		{"mocha", 40_000_000},
		{"electron", 10_000_000},
		{"fabric", 2_000_000},
		{"axios", 370_000_000},
		{"react-dom", 320_000_000},
		{"react-dnd", 2_000_000},
		{"JSONStream", 44_000_000},
		{"cli-progress", 25_000_000},
		{"@babel/core", 550_000_000},
		{"@babel/cli", 30_000_000},
		{"@types/node", 1_000_000_000},
		{"@nomiclabs/hardhat-waffle", 25_000_000},
		{"@solana/web3.js", 5_000_000},
		{"small-lib", 60_000},
		{"smal-lib", 50_000},
	}, DefaultOptions())
}

func TestCheck(t *testing.T) {
	ix := testIndex()
	tests := []struct {
		name   string
		target string
		tech   Technique
	}{
		{"crossenv", "cross-env", Separator},
		{"cross_env", "cross-env", Separator},
		{"cross.env", "cross-env", Separator},
		{"1odash", "lodash", Confusable},
		{"l0dash", "lodash", Confusable},
		{"rnocha", "mocha", Confusable},
		{"vvebpack", "webpack", Confusable},
		{"Iodash", "lodash", Confusable},
		{"ｌｏｄａｓｈ", "lodash", Homoglyph},       // fullwidth
		{"l\u043edash", "lodash", Homoglyph},  // Cyrillic o
		{"lod\u200bash", "lodash", Homoglyph}, // zero-width space
		{"jsonstream", "JSONStream", Case},
		{"Lodash", "lodash", Case},
		{"electorn", "electron", Transposition},
		{"expresss-not-listed", "", ""},
		{"webpackk", "webpack", Repeated},
		{"lodashhh", "lodash", Repeated},
		{"mongose", "mongoose", Dropped},
		{"electon", "electron", Dropped},
		{"webpacl", "webpack", EditDistance}, // neighbouring key
		{"fabriq", "", ""},                   // far key: not a typo
		{"webpacz", "webpack", EditDistance}, // but any edit of a very popular name is
		{"cross-env.js", "cross-env", Affix},
		{"node-fabric", "fabric", Affix},
		{"nodefabric", "fabric", Affix},
		{"fabric-js", "fabric", Affix},
		{"lodash-cli", "lodash", Affix},
		{"axios-npm", "axios", Affix},
		{"electron-v13", "electron", Affix},
		{"mongose-cli", "mongoose", Affix},
		{"progress-cli", "cli-progress", WordOrder},
		{"progerss-cli", "cli-progress", WordOrder},
		{"babel-core", "@babel/core", ScopeFlatten},
		{"babelcore", "@babel/core", ScopeFlatten},
		{"@solana-web3/js", "@solana/web3.js", ScopeFlatten},
		{"hardhat-waffle", "@nomiclabs/hardhat-waffle", ScopeCopy},
		{"@axios-http/core", "axios", ScopeImitate},
		{"@types-node/x", "@types/node", ScopeImitate},
		{"@bable/core", "@babel/core", ScopeTypo},
		{"@babel_/core", "@babel/core", ScopeFlatten},
		{"@nomicslabs/hardhat-config", "@nomiclabs/hardhat-waffle", ScopeTypo},
		// Not flagged.
		{"lodash", "", ""},                  // itself
		{"react-dnd", "", ""},               // popular itself, ratio too small
		{"@babel/cor", "", ""},              // a known scope: only babel publishes there
		{"smal-lib", "", ""},                // listed, and the target is not 1000x more popular
		{"smoll-lib", "", ""},               // the target is below the floor for fuzzy matches
		{"ms", "", ""},                      // short names are not fuzzy-matched
		{"totally-different", "", ""},       // nothing alike
		{"", "", ""},                        // hostile input
		{"@", "", ""},                       // hostile input
		{"@/", "", ""},                      // hostile input
		{"\xff\xfe", "", ""},                // invalid UTF-8
		{strings.Repeat("a", 5000), "", ""}, // too long
	}
	for _, tt := range tests {
		m, ok := ix.Check(tt.name)
		if tt.target == "" {
			if ok {
				t.Errorf("Check(%.40q) = %+v, want no match", tt.name, m)
			}
			continue
		}
		if !ok {
			t.Errorf("Check(%q) found nothing, want %s of %q", tt.name, tt.tech, tt.target)
			continue
		}
		if m.Target != tt.target || m.Technique != tt.tech {
			t.Errorf("Check(%q) = %s of %q, want %s of %q", tt.name, m.Technique, m.Target, tt.tech, tt.target)
		}
	}
}

func TestMatchFields(t *testing.T) {
	ix := testIndex()
	m, ok := ix.Check("crossenv")
	if !ok {
		t.Fatal("crossenv not flagged")
	}
	want := Match{Name: "crossenv", Target: "cross-env", Technique: Separator, TargetDownloads: 60_000_000, Ratio: 60_000_000.0 / 50_000}
	if diff := cmp.Diff(want, m); diff != "" {
		t.Errorf("Check(crossenv) (-want +got):\n%s", diff)
	}
	// A listed candidate reports its own downloads and the real ratio.
	ix2 := New([]Package{{"webpack", 100_000_000}, {"webpackk", 60_000}}, DefaultOptions())
	m, ok = ix2.Check("webpackk")
	if !ok {
		t.Fatal("webpackk not flagged")
	}
	if !m.Listed || m.CandidateDownloads != 60_000 || m.Ratio < 1666 || m.Ratio > 1667 {
		t.Errorf("Check(webpackk) = %+v, want listed with ratio ~1666.7", m)
	}
}

// TestTopNamesNotFlagged: none of the most downloaded names may be flagged
// as imitating another name.
func TestTopNamesNotFlagged(t *testing.T) {
	ix := mustDefault(t)
	const top = 2000
	flagged := 0
	for i, e := range ix.entries {
		m, ok := ix.Check(e.name)
		if !ok {
			continue
		}
		flagged++
		if i < top {
			t.Errorf("top-%d name %q (rank %d) flagged: %+v", top, e.name, i+1, m)
		}
	}
	t.Logf("top %d names flagged: 0 required; all listed names flagged: %d of %d", top, flagged, ix.Len())
}

// TestEmbeddedListInSync checks the committed popular.tsv.gz against the
// generator's output for the source list, when ../shared is present.
func TestEmbeddedListInSync(t *testing.T) {
	src := sharedList(t)
	f, err := os.Open(src)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	want, err := BuildList(f, EmbeddedLimit)
	if err != nil {
		t.Fatal(err)
	}
	got, err := EmbeddedList()
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("popular.tsv.gz is out of date with %s: run go generate ./internal/typosquat", src)
	}
	if len(popularGz) > 4<<20 {
		t.Errorf("popular.tsv.gz is %d bytes; keep it under 4 MiB", len(popularGz))
	}
	t.Logf("embedded list: %d names, %d bytes gzipped", mustDefault(t).Len(), len(popularGz))
}

// sharedList returns ../shared/data/npm-popular.tsv beside the repository
// (or under DEPFENCE_SHARED), skipping the test when it is absent.
func sharedList(t *testing.T) string {
	t.Helper()
	dir := os.Getenv("DEPFENCE_SHARED")
	if dir == "" {
		wd, err := os.Getwd()
		if err != nil {
			t.Fatal(err)
		}
		for d := wd; ; d = filepath.Dir(d) {
			if _, err := os.Stat(filepath.Join(d, "go.mod")); err == nil {
				dir = filepath.Join(d, "..", "shared")
				break
			}
			if filepath.Dir(d) == d {
				t.Skip("repository root not found")
			}
		}
	}
	p := filepath.Join(dir, "data", "npm-popular.tsv")
	if _, err := os.Stat(p); err != nil {
		t.Skipf("source list absent: %v", err)
	}
	return p
}

func TestParseListErrors(t *testing.T) {
	for _, in := range []string{"name-only\n", "x\tnot-a-number\n", "x\t-5\n", "\t5\n"} {
		if _, err := ParseList(strings.NewReader(in)); err == nil {
			t.Errorf("ParseList(%q) succeeded, want error", in)
		}
	}
	got, err := ParseList(strings.NewReader("name\tdownloads_a_month\n# comment\n\na\t5\n"))
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff([]Package{{"a", 5}}, got); diff != "" {
		t.Errorf("ParseList (-want +got):\n%s", diff)
	}
}

func FuzzCheck(f *testing.F) {
	for _, s := range []string{"crossenv", "@axios-http/core", "ｌｏｄａｓｈ", "@bable/core", "progerss-cli", "a-b-c-d-e-f-g-h-i", "@", "\xff"} {
		f.Add(s)
	}
	for _, s := range readRealSquats(f) {
		f.Add(s.name)
	}
	ix := testIndex()
	f.Fuzz(func(t *testing.T, name string) {
		m, ok := ix.Check(name)
		if !ok {
			return
		}
		if m.Name != name || m.Target == "" || m.Technique == "" || m.TargetDownloads <= 0 || m.Ratio <= 0 {
			t.Fatalf("Check(%q) = %+v: incomplete match", name, m)
		}
		if m.Target == name {
			t.Fatalf("Check(%q) matched itself", name)
		}
	})
}

func BenchmarkCheck3000(b *testing.B) {
	ix := mustDefault(b)
	names := benchNames(ix, 3000)
	b.ResetTimer()
	for b.Loop() {
		for _, n := range names {
			ix.Check(n)
		}
	}
}

func BenchmarkDefaultIndex(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		text, err := EmbeddedList()
		if err != nil {
			b.Fatal(err)
		}
		pkgs, err := ParseList(bytes.NewReader(text))
		if err != nil {
			b.Fatal(err)
		}
		New(pkgs, DefaultOptions())
	}
}

// benchNames returns n names like a lockfile's: listed names mixed with
// unlisted variants of them.
func benchNames(ix *Index, n int) []string {
	var out []string
	for i := 0; len(out) < n; i++ {
		e := ix.entries[(i*7919)%len(ix.entries)]
		switch i % 3 {
		case 0:
			out = append(out, e.name)
		case 1:
			out = append(out, e.name+"x")
		default:
			out = append(out, "my-"+e.name)
		}
	}
	return out
}

func TestTrimVersion(t *testing.T) {
	for in, want := range map[string]string{
		"discord.js-11": "discord.js", "discord-js-v13": "discord-js", "discord.jsv13.0": "discord.js",
		"base-x-64": "base-x", "argon2": "argon2", "ahooks-v2": "ahooks", "v8": "v8", "1.2.3": "1.2.3", "x.": "x.", "a-": "a-",
	} {
		if got := trimVersion(in); got != want {
			t.Errorf("trimVersion(%q) = %q, want %q", in, got, want)
		}
	}
}

// The default index is shared while held and released once nobody holds
// it (a scan must not carry 50 MB of maps through every collection).
func TestDefaultIsHeldWeakly(t *testing.T) {
	a, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	b, _ := Default()
	if a != b {
		t.Fatal("two calls while the index is held built it twice")
	}
	if _, ok := a.Check("axois"); !ok {
		t.Fatal("the default index does not know axios")
	}
	a, b = nil, nil
	runtime.GC()
	if defaultWeak.Value() != nil {
		t.Fatal("the default index survived a collection with no holder")
	}
	c, err := Default()
	if err != nil || c == nil {
		t.Fatalf("rebuild after release: %v", err)
	}
	if _, ok := c.Check("axois"); !ok {
		t.Fatal("the rebuilt index does not know axios")
	}
}
