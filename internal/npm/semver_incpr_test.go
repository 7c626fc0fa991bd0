package npm

import "testing"

// TestParseRangeIncludingPrerelease: node semver 7.8.6's satisfies(v, r,
// { includePrerelease: true }) and with default options, side by side.
func TestParseRangeIncludingPrerelease(t *testing.T) {
	tests := []struct {
		rng, ver     string
		incPr, plain bool
	}{
		{"1.x", "1.0.0-rc.1", true, false},
		{"^0.2.3", "0.2.3-beta", false, false},
		{"^1.2.3", "1.2.3-beta", false, false},
		{"^1.2.3", "2.0.0-0", false, false},
		{"~1.2.3", "1.2.3-beta", false, false},
		{"1.2.3 - 2.3.4", "2.3.5-0", false, false},
		{"1.2.3 - 2.3.4", "2.3.4-beta", true, false},
		{"1.2.3 - 2.3.4", "1.2.3-0", true, false},
		{">=1.2", "1.2.0-0", true, false},
		{"<2.0.0", "2.0.0-rc.1", true, false},
		{"*", "1.0.0-0", true, false},
		{">=0.0.0", "0.0.0-0", false, false},
		{"^0.0.3", "0.0.3-x", false, false},
		{"1.2.3-alpha - 2", "1.2.3-0", false, false},
		{"~0.2", "0.2.0-0", true, false},
		{"~1", "1.0.0-rc.1", true, false},
		{"~0.2.3", "0.2.3-beta", false, false},
	}
	for _, tt := range tests {
		v, err := ParseVersion(tt.ver)
		if err != nil {
			t.Fatal(err)
		}
		r, err := ParseRangeIncludingPrerelease(tt.rng)
		if err != nil {
			t.Fatalf("%q: %v", tt.rng, err)
		}
		if got := r.Satisfies(v); got != tt.incPr {
			t.Errorf("includePrerelease: %q satisfies %q = %v, node says %v", tt.ver, tt.rng, got, tt.incPr)
		}
		if got := Satisfies(tt.ver, tt.rng); got != tt.plain {
			t.Errorf("default: %q satisfies %q = %v, node says %v", tt.ver, tt.rng, got, tt.plain)
		}
	}
}
