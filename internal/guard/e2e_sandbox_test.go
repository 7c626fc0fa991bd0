package guard

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/depfence/depfence/internal/policy"
)

// TestE2ESandboxes runs allowed scripts that try to write outside their
// package directory and to reach a loopback listener, under each sandbox.
func TestE2ESandboxes(t *testing.T) {
	for _, sb := range []Sandbox{SandboxBwrap, SandboxNode} {
		t.Run(string(sb), func(t *testing.T) {
			conf, err := ChooseSandbox(context.Background(), sb)
			if errors.Is(err, ErrSandbox) {
				// bwrap needs unprivileged user namespaces (or root); the
				// auto mode falls back to node, tested next.
				t.Skipf("!!! SKIPPING: sandbox %s unusable on this machine: %v", sb, err)
			}
			if err != nil {
				t.Fatal(err)
			}
			t.Logf("sandbox: %s", conf.Note)
			p := newProject(t, e2eClients[0], map[string]string{"escaper": "1.0.0", "lib-base": "1.0.0", "netprobe": "1.0.0", "snoop": "1.0.0"})
			p.lock(t)
			// The project lives inside HOME, and both .npmrc files hold a
			// canary credential.
			home := filepath.Dir(p.dir)
			writeFile(t, filepath.Join(home, ".npmrc"), "//canary.invalid/:_authToken=CANARY\n")
			f, err := os.OpenFile(filepath.Join(p.dir, ".npmrc"), os.O_APPEND|os.O_WRONLY, 0)
			if err != nil {
				t.Fatal(err)
			}
			f.WriteString("//canary.invalid/:_authToken=CANARY\n")
			f.Close()
			p.env = slices.DeleteFunc(p.env, func(kv string) bool { return strings.HasPrefix(kv, "HOME=") })
			p.env = append(p.env, "HOME="+home)
			port, accepted := loopback(t)
			pol := policy.Default()
			for _, name := range []string{"escaper", "lib-base", "netprobe", "snoop"} {
				pol.Scripts.Allow = append(pol.Scripts.Allow, policy.ScriptEntry{Package: name, Reason: "test"})
			}
			var out bytes.Buffer
			res, err := Install(context.Background(), Options{Dir: p.dir, Frozen: true, Command: p.argv, Policy: pol, Sandbox: sb,
				Env: append(slices.Clone(p.env), fmt.Sprintf("DEPFENCE_TEST_PORT=%d", port)), Stdout: &out, Stderr: &out})
			if err != nil {
				t.Fatalf("Install: %v\n%s", err, out.String())
			}
			if res.Confinement.Kind != sb {
				t.Errorf("sandbox used = %q, want %q", res.Confinement.Kind, sb)
			}
			runs := map[string]ScriptRun{}
			for _, r := range res.Runs {
				runs[r.Name] = r
			}
			if e := runs["escaper"].Error; !strings.Contains(e, "escaper@1.0.0") || !strings.Contains(e, "sandbox refused") {
				t.Errorf("escaper error = %q, want a refusal naming the package\n%s", e, out.String())
			}
			if _, err := os.Stat(filepath.Join(p.dir, "escaped")); err == nil {
				t.Error("escaper wrote outside its package directory")
			}
			if r := runs["lib-base"]; r.Error != "" || p.marker(t, "lib-base", "postinstall") == "" {
				t.Errorf("lib-base: %+v (a failure in another package must not stop it)", r)
			}
			snoop := p.marker(t, "snoop", "postinstall")
			if sb == SandboxBwrap && snoop != "home=false project=false\n" {
				t.Errorf("snoop under bwrap: %q, want neither .npmrc readable", snoop)
			}
			if sb == SandboxNode {
				t.Logf("!!! node sandbox cannot hide files from reads: snoop saw %q", strings.TrimSpace(snoop))
			}
			if res.Confinement.NetBlocked {
				if e := runs["netprobe"].Error; !strings.Contains(e, "netprobe@1.0.0") || accepted.Load() != 0 {
					t.Errorf("netprobe: error %q, %d connections accepted; want refused", e, accepted.Load())
				}
			} else {
				t.Logf("!!! %s sandbox does not block the network on this Node version: netprobe connected %d time(s)", sb, accepted.Load())
			}
		})
	}
}
