package npmrc

import (
	"errors"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// FuzzParseNpmrc loads arbitrary .npmrc text: no panic; an error is a
// *ParseError naming the file; neither errors nor String reveal the
// canary token the input may carry.
func FuzzParseNpmrc(f *testing.F) {
	seeds, _ := filepath.Glob(filepath.Join("testdata", "*.npmrc"))
	for _, s := range seeds {
		data, err := os.ReadFile(s)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(string(data))
	}
	f.Add("//reg.example/:_authToken=" + canary + "\nregistry=https://u:" + canary + "@[::1/\n")
	f.Add("a[]=1\na[]=2\na=3\nb\n\"q\"='v'\n${X}=${Y?}\\${Z}")
	f.Fuzz(func(t *testing.T, rc string) {
		cfg, err := Load(Options{
			ProjectDir:      "/p",
			DefaultRegistry: "https://registry.npm.local/",
			Env:             []string{"NPM_TOKEN=" + canary, "X=//x.example/:_authToken", "Y=" + canary},
			ReadFile: func(name string) ([]byte, error) {
				if name == "/p/.npmrc" {
					return []byte(rc), nil
				}
				return nil, os.ErrNotExist
			},
		})
		if err != nil {
			var pe *ParseError
			if !errors.As(err, &pe) || !strings.Contains(err.Error(), "/p/.npmrc") && pe.File != "environment" {
				t.Fatalf("error %q is not a ParseError naming the file", err)
			}
			if strings.Contains(err.Error(), canary) && !strings.Contains(pe.Key, canary) {
				t.Fatalf("error reveals the token: %q", err)
			}
			return
		}
		if s := cfg.String(); cfg.Redact(canary) != canary && strings.Contains(s, canary) {
			t.Fatalf("String reveals a credential: %q", s)
		}
		u, _ := url.Parse("https://x.example/a/b")
		if a, ok := cfg.AuthFor(u); ok && !a.Token.IsZero() && len(a.Token.Reveal()) >= 3 {
			if r := cfg.Redact("x " + a.Token.Reveal() + " y"); strings.Contains(r, a.Token.Reveal()) {
				t.Fatalf("Redact kept the token")
			}
		}
		_, _ = cfg.ResolveTarballURL("@s/a", "https://registry.npm.local/@s/a/-/a-1.tgz")
	})
}
