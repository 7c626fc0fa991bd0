package typosquat

import (
	"bufio"
	"os"
	"strings"
	"testing"
)

type realSquat struct{ name, target, source string }

func readRealSquats(tb testing.TB) []realSquat {
	tb.Helper()
	f, err := os.Open("testdata/real-typosquats.tsv")
	if err != nil {
		tb.Fatal(err)
	}
	defer f.Close()
	var out []realSquat
	sc := bufio.NewScanner(f)
	for n := 1; sc.Scan(); n++ {
		line := sc.Text()
		if line == "" || strings.HasPrefix(line, "#") || strings.HasPrefix(line, "name\t") {
			continue
		}
		fs := strings.Split(line, "\t")
		if len(fs) != 3 || fs[0] == "" || fs[1] == "" || !strings.Contains(fs[2], "http") {
			tb.Fatalf("real-typosquats.tsv:%d: want name, target, source with a URL", n)
		}
		out = append(out, realSquat{fs[0], fs[1], fs[2]})
	}
	if err := sc.Err(); err != nil {
		tb.Fatal(err)
	}
	return out
}

// rightTarget reports whether got names want: the same package, or a
// package under want when want is a scope ("@nomicfoundation").
func rightTarget(got, want string) bool {
	if got == want {
		return true
	}
	return strings.HasPrefix(want, "@") && !strings.Contains(want, "/") && strings.HasPrefix(got, want+"/")
}

// TestRealTyposquats checks the detector against typosquats reported in
// public sources (testdata/real-typosquats.tsv cites each one).
func TestRealTyposquats(t *testing.T) {
	ix := mustDefault(t)
	squats := readRealSquats(t)
	if len(squats) < 60 {
		t.Fatalf("only %d real typosquats in testdata; want at least 60", len(squats))
	}
	hit := 0
	for _, s := range squats {
		m, ok := ix.Check(s.name)
		switch {
		case ok && rightTarget(m.Target, s.target):
			hit++
		case ok:
			t.Logf("MISS %-34s flagged as %s of %q, want %q", s.name, m.Technique, m.Target, s.target)
		default:
			t.Logf("MISS %-34s not flagged, want %q", s.name, s.target)
		}
	}
	rate := float64(hit) / float64(len(squats))
	t.Logf("real typosquats flagged with the right target: %d of %d (%.1f%%)", hit, len(squats), 100*rate)
	if rate < 0.90 {
		t.Errorf("recall %.1f%% is below 90%%", 100*rate)
	}
}
