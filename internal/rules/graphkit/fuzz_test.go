package graphkit

import (
	"strings"
	"testing"

	"github.com/depfence/depfence/internal/analyze"
)

// FuzzURL feeds hostile lockfile URLs to the URL helpers: no panic, and
// Redact never shows a password.
func FuzzURL(f *testing.F) {
	for _, s := range []string{
		"https://registry.npm.local/lodash/-/lodash-4.17.21.tgz",
		"https://r.example/@s%2fn/-/n-1.0.0.tgz#abc",
		"https://u:pw@r.example/a/-/a-1.tgz?x=1",
		"git@github.example:x/y.git",
		"git+ssh://git@github.example/x.git#9f344194d3b301098a0d80ae68616f11eff191eb",
		"http://[::1]:80/-/x.tgz",
		"file:../outside",
		"/-/-/-/.tgz",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		u, ok := ParseURL(s)
		if ok {
			if ref, ok := ParseTarball(u); ok {
				_ = MatchesTarball(ref, ref.Name, "1.0.0")
			}
			if u.User != nil {
				if pw, has := u.User.Password(); has && len(pw) > 3 && strings.Contains(Redact(s), ":"+pw+"@") {
					t.Errorf("Redact(%q) shows the password", s)
				}
			}
		}
		_ = Clip(s, 7)
		h := NewHosts(&analyze.GraphTarget{Registry: s, Scopes: map[string]string{"@s": s}, PublicHosts: []string{s}})
		_, _ = h.Trusted(s)
	})
}
