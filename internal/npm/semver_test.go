package npm

import (
	"bufio"
	"encoding/json"
	"errors"
	"os"
	"strconv"
	"strings"
	"testing"
)

type semverRow struct {
	line                      int
	op                        string
	a, b                      string
	satisfies, aValid, bValid bool
	cmp                       int
}

func readSemverGolden(t testing.TB) []semverRow {
	t.Helper()
	f, err := os.Open("testdata/semver-golden.tsv")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var rows []semverRow
	sc := bufio.NewScanner(f)
	n := 0
	for sc.Scan() {
		n++
		line := sc.Text()
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		fs := strings.Split(line, "\t")
		r := semverRow{line: n, op: fs[0]}
		if err := json.Unmarshal([]byte(fs[1]), &r.a); err != nil {
			t.Fatalf("line %d: %v", n, err)
		}
		if err := json.Unmarshal([]byte(fs[2]), &r.b); err != nil {
			t.Fatalf("line %d: %v", n, err)
		}
		switch r.op {
		case "satisfies":
			if len(fs) != 6 {
				t.Fatalf("line %d: %d fields", n, len(fs))
			}
			r.satisfies, r.aValid, r.bValid = fs[3] == "true", fs[4] == "true", fs[5] == "true"
		case "compare":
			r.cmp, err = strconv.Atoi(fs[3])
			if err != nil {
				t.Fatalf("line %d: %v", n, err)
			}
		default:
			t.Fatalf("line %d: unknown op %q", n, r.op)
		}
		rows = append(rows, r)
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return rows
}

func TestSemverGolden(t *testing.T) {
	rows := readSemverGolden(t)
	bad := 0
	for _, r := range rows {
		switch r.op {
		case "satisfies":
			rng, rerr := ParseRange(r.a)
			v, verr := ParseVersion(r.b)
			got := rerr == nil && verr == nil && rng.Satisfies(v)
			if (rerr == nil) != r.aValid {
				bad++
				t.Errorf("line %d: ParseRange(%q) valid=%v, node says %v", r.line, r.a, rerr == nil, r.aValid)
			}
			if (verr == nil) != r.bValid {
				bad++
				t.Errorf("line %d: ParseVersion(%q) valid=%v, node says %v", r.line, r.b, verr == nil, r.bValid)
			}
			if got != r.satisfies {
				bad++
				t.Errorf("line %d: %q satisfies %q = %v, node says %v", r.line, r.b, r.a, got, r.satisfies)
			}
		case "compare":
			a, aerr := ParseVersion(r.a)
			b, berr := ParseVersion(r.b)
			if aerr != nil || berr != nil {
				t.Errorf("line %d: parse %q/%q: %v %v", r.line, r.a, r.b, aerr, berr)
				continue
			}
			if got := CompareVersions(a, b); got != r.cmp {
				bad++
				t.Errorf("line %d: CompareVersions(%q, %q) = %d, node says %d", r.line, r.a, r.b, got, r.cmp)
			}
		}
	}
	t.Logf("%d golden rows, %d disagreements", len(rows), bad)
}

func TestParseVersionString(t *testing.T) {
	tests := []struct {
		in, want string
		wantErr  bool
	}{
		{in: "1.2.3", want: "1.2.3"},
		{in: " v1.2.3-rc.1+build.5 ", want: "1.2.3-rc.1"},
		{in: "9007199254740991.0.0", want: "9007199254740991.0.0"},
		{in: "9007199254740992.0.0", wantErr: true},
		{in: "=1.2.3", wantErr: true},
		{in: "1.2", wantErr: true},
		{in: "01.2.3", wantErr: true},
		{in: "latest", wantErr: true},
		{in: "1.2.3-" + strings.Repeat("a", 300), wantErr: true},
	}
	for _, tt := range tests {
		v, err := ParseVersion(tt.in)
		if (err != nil) != tt.wantErr {
			t.Errorf("ParseVersion(%q) error = %v, wantErr %v", tt.in, err, tt.wantErr)
			continue
		}
		if err != nil {
			if !errors.Is(err, ErrInvalidVersion) {
				t.Errorf("ParseVersion(%q) error %v is not ErrInvalidVersion", tt.in, err)
			}
			continue
		}
		if got := v.String(); got != tt.want {
			t.Errorf("ParseVersion(%q).String() = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestRangeSatisfies(t *testing.T) {
	tests := []struct {
		rng, version string
		want         bool
	}{
		{"^1.2.3", "1.9.0", true},
		{"^1.2.3", "2.0.0-rc.1", false},
		{"^1.2.3-beta.1", "1.2.3-beta.2", true},
		{"^1.2.0", "1.2.3-beta.2", false},
		{"^0.0.3", "0.0.4", false},
		{"~0.2.3", "0.2.9", true},
		{"1.2 - 2.3", "2.3.9", true},
		{"1.2.3 ||", "7.0.0", true},
		{"<1.0.0 || >=2.0.0", "1.5.0", false},
		{"latest", "1.0.0", false},
		{"", "0.0.1", true},
	}
	for _, tt := range tests {
		if got := Satisfies(tt.version, tt.rng); got != tt.want {
			t.Errorf("Satisfies(%q, %q) = %v, want %v", tt.version, tt.rng, got, tt.want)
		}
	}
	var zero Range
	if v, _ := ParseVersion("1.0.0"); zero.Satisfies(v) {
		t.Error("zero Range satisfied")
	}
	if r, _ := ParseRange("*"); r.Satisfies(Version{}) {
		t.Error("zero Version satisfied *")
	}
}

func TestParseRangeErrors(t *testing.T) {
	for _, in := range []string{"latest", "01.2.3", "1.x.3", strings.Repeat("1 ", maxRangeLen)} {
		_, err := ParseRange(in)
		if !errors.Is(err, ErrInvalidRange) {
			t.Errorf("ParseRange(%.20q) error = %v, want ErrInvalidRange", in, err)
		}
	}
}

func FuzzParseRange(f *testing.F) {
	for _, r := range readSemverGolden(f) {
		f.Add(r.a, r.b)
	}
	f.Fuzz(func(t *testing.T, rng, version string) {
		r, rerr := ParseRange(rng)
		v, verr := ParseVersion(version)
		if rerr == nil && !r.IsValid() || rerr != nil && r.IsValid() {
			t.Fatalf("ParseRange(%q): error %v xor valid range broken", rng, rerr)
		}
		if verr == nil {
			// A version's canonical form parses to an equal version.
			w, err := ParseVersion(v.String())
			if err != nil || CompareVersions(v, w) != 0 {
				t.Fatalf("round trip %q -> %q: %v", version, v.String(), err)
			}
		}
		got := r.Satisfies(v)
		if (rerr != nil || verr != nil) && got {
			t.Fatalf("invalid input satisfied: %q %q", rng, version)
		}
		if got != Satisfies(version, rng) {
			t.Fatalf("Satisfies(%q, %q) disagrees with Range.Satisfies", version, rng)
		}
	})
}

func BenchmarkSatisfies(b *testing.B) {
	r, err := ParseRange(">=1.2.3-alpha.1 <1.2.4 || ^2.0.0 || ~3.1")
	if err != nil {
		b.Fatal(err)
	}
	v, _ := ParseVersion("2.5.1")
	for b.Loop() {
		r.Satisfies(v)
	}
}
