package npm

import "testing"

func TestParseName(t *testing.T) {
	valid := []string{"lodash", "@babel/core", "left-pad", "JSONStream", "a.b_c~d", "@types/node"}
	invalid := []string{"", "@", "@/x", "@scope/", "@scope/a/b", ".hidden", "_private", "node_modules",
		"a b", "a/b", "naïve", "@sc ope/x", string(make([]byte, 215))}
	for _, s := range valid {
		if _, err := ParseName(s); err != nil {
			t.Errorf("ParseName(%q) = %v, want ok", s, err)
		}
	}
	for _, s := range invalid {
		if _, err := ParseName(s); err == nil {
			t.Errorf("ParseName(%q) accepted", s)
		}
	}
	n, _ := ParseName("@babel/core")
	if n.Scope() != "babel" || n.Bare() != "core" {
		t.Errorf("scope/bare = %q/%q", n.Scope(), n.Bare())
	}
}

func TestSplitNameSpec(t *testing.T) {
	tests := [][3]string{
		{"lodash", "lodash", ""},
		{"lodash@4.17.21", "lodash", "4.17.21"},
		{"@babel/core@^7", "@babel/core", "^7"},
		{"@babel/core", "@babel/core", ""},
		{"alias@npm:real@1", "alias", "npm:real@1"},
	}
	for _, tt := range tests {
		n, s := SplitNameSpec(tt[0])
		if n != tt[1] || s != tt[2] {
			t.Errorf("SplitNameSpec(%q) = %q, %q; want %q, %q", tt[0], n, s, tt[1], tt[2])
		}
	}
}
