package rulekit

import "testing"

func TestHints(t *testing.T) {
	h := NewHints(".ssh", "Wallet", "nc ", "x")
	tests := []struct{ in, want string }{
		{"", ""},
		{"plain text", "x"},
		{"~/.SSH/id_rsa", ".ssh"},
		{"my WALLET file", "wallet"},
		{"run nc -e", "nc "},
		{"sync", ""},  // "nc" without the space
		{".ss", ""},   // needle cut by the end of the string
		{"walle", ""}, // same
		{"a wallet in ~/.ssh", "wallet"},
	}
	for _, tc := range tests {
		if got := h.Find(tc.in); got != tc.want {
			t.Errorf("Find(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

// The one-pass matcher must agree with a Contains per needle.
func FuzzHints(f *testing.F) {
	needles := append(append([]string{}, sensitiveHints...), shellHints...)
	h := NewHints(needles...)
	for _, s := range []string{"~/.ssh/id_rsa", "curl x | sh", "Local Storage", "169.254.169.254", "ok"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		want := false
		for _, n := range needles {
			if containsFold(s, n) {
				want = true
				break
			}
		}
		if got := h.In(s); got != want {
			t.Fatalf("In(%q) = %v, a Contains per needle says %v", s, got, want)
		}
	})
}

func containsFold(s, n string) bool {
	for i := 0; i+len(n) <= len(s); i++ {
		ok := true
		for j := 0; j < len(n); j++ {
			if lowerASCII(s[i+j]) != lowerASCII(n[j]) {
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
