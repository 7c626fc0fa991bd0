package guard

import (
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/depfence/depfence/internal/policy"
)

// TestE2ENativeConfig writes each client's generated settings into a
// project and runs the client directly, scripts on by its own default: it
// must accept the settings, never run the denied package's script, and run
// the allowed one where the client can express an allow-list.
func TestE2ENativeConfig(t *testing.T) {
	pol := policy.Default()
	pol.MinReleaseAge = 48 * time.Hour
	pol.Scripts = policy.Scripts{
		Allow: []policy.ScriptEntry{{Package: "lib-base", Reason: "test"}},
		Deny:  []policy.ScriptEntry{{Package: "denied", Reason: "test"}},
	}
	for _, c := range e2eClients {
		t.Run(string(c.pm), func(t *testing.T) {
			t.Parallel()
			p := newProject(t, c, map[string]string{"lib-base": "1.0.0", "denied": "1.0.0", "unlisted": "1.0.0"})
			files, err := NativeConfig(c.pm, pol)
			if err != nil {
				t.Fatal(err)
			}
			for _, f := range files {
				path := filepath.Join(p.dir, f.Name)
				old, _ := os.ReadFile(path)
				merged, err := f.Merge(old)
				if err != nil {
					t.Fatal(err)
				}
				writeFile(t, path, string(merged))
			}
			p.lock(t)
			var args []string
			switch c.pm {
			case NPM:
				args = []string{"ci"}
			case PNPM:
				args = []string{"install", "--frozen-lockfile"}
			case YarnClassic:
				args = []string{"install", "--frozen-lockfile", "--non-interactive"}
			case YarnBerry:
				args = []string{"install", "--immutable"}
			case Bun:
				args = []string{"install", "--frozen-lockfile"}
			}
			ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
			defer cancel()
			argv := append(slices.Clone(p.argv), args...)
			cmd := exec.CommandContext(ctx, argv[0], argv[1:]...)
			cmd.Dir = p.dir
			cmd.Env = p.env
			out, err := cmd.CombinedOutput()
			if err != nil {
				t.Fatalf("%s with the generated config: %v\n%s", c.pm, err, out)
			}
			for _, name := range []string{"denied", "unlisted"} {
				if m := p.marker(t, name, "install"); m != "" {
					t.Errorf("%s's script ran under the generated %s config\n%s", name, c.pm, out)
				}
			}
			wantAllowed := c.pm == PNPM || c.pm == YarnBerry || c.pm == Bun
			if got := p.marker(t, "lib-base", "postinstall") != ""; got != wantAllowed {
				t.Errorf("allowed package's script ran = %v, want %v\n%s", got, wantAllowed, out)
			}
			// A setting the client does not know shows up as a warning
			// naming it.
			for _, line := range strings.Split(strings.ToLower(string(out)), "\n") {
				for _, key := range []string{"ignore-scripts", "min-release-age", "onlybuiltdependencies", "ignoredbuiltdependencies", "allowbuilds", "minimumreleaseage", "trustpolicy", "blockexoticsubdeps", "enablescripts", "npmminimalagegate", "dependenciesmeta", "trusteddependencies"} {
					if strings.Contains(line, key) && (strings.Contains(line, "unknown") || strings.Contains(line, "unrecognized") || strings.Contains(line, "invalid") || strings.Contains(line, "deprecated")) {
						t.Errorf("%s complained about the generated setting %s: %s", c.pm, key, line)
					}
				}
			}
		})
	}
}
