package guard

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/depfence/depfence/internal/policy"
)

// TestE2EChangedScriptNotRun publishes lib-base 1.0.1 with a different
// postinstall: the approval pinned to 1.0.0's scripts must not carry over.
func TestE2EChangedScriptNotRun(t *testing.T) {
	p := newProject(t, e2eClients[0], map[string]string{"lib-base": "1.0.1"})
	marker, err := os.ReadFile(filepath.Join("testdata", "registry", "lib-base", "marker.js"))
	if err != nil {
		t.Fatal(err)
	}
	p.reg.AddFiles(map[string]string{
		"package.json": `{"name":"lib-base","version":"1.0.1","scripts":{"postinstall":"node marker.js postinstall && node marker.js v2"}}`,
		"marker.js":    string(marker),
	})
	p.lock(t)
	v1, err := readPackage(filepath.Join("testdata", "registry", "lib-base"))
	if err != nil {
		t.Fatal(err)
	}
	pol := policy.Default()
	pol.Scripts.Allow = []policy.ScriptEntry{{Package: "lib-base@^1.0.0", Hash: v1.Hash, Reason: "reviewed 1.0.0"}}
	var out bytes.Buffer
	res, err := Install(context.Background(), Options{Dir: p.dir, Frozen: true, Command: p.argv, Policy: pol, Env: p.env, Stdout: &out, Stderr: &out})
	if err != nil || res.PMExitCode != 0 {
		t.Fatalf("Install: %v exit %d\n%s", err, res.PMExitCode, out.String())
	}
	if len(res.Runs) != 0 || p.marker(t, "lib-base", "postinstall") != "" {
		t.Errorf("changed script ran: runs %+v", res.Runs)
	}
	pend := res.Pending()
	if len(pend) != 1 || pend[0].Status != Changed || pend[0].Version != "1.0.1" || pend[0].Entry == nil || pend[0].Entry.Hash != v1.Hash {
		t.Errorf("pending = %+v, want lib-base@1.0.1 changed", pend)
	}
	if !strings.Contains(pend[0].Scripts["postinstall"], "v2") {
		t.Errorf("reported script %q is not the new one", pend[0].Scripts["postinstall"])
	}
}
