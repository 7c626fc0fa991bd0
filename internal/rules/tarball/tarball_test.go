package tarball

import (
	"archive/tar"
	"bytes"
	"compress/gzip"
	"context"
	"strings"
	"testing"

	"github.com/depfence/depfence/internal/analyze"
	"github.com/depfence/depfence/internal/archive"
	"github.com/depfence/depfence/internal/finding"
	rt "github.com/depfence/depfence/internal/rules/rulestest"
)

type entry struct {
	name, body, link string
	typ              byte
}

func pack(t *testing.T, entries ...entry) []byte {
	t.Helper()
	var buf bytes.Buffer
	zw := gzip.NewWriter(&buf)
	tw := tar.NewWriter(zw)
	for _, e := range entries {
		typ := e.typ
		if typ == 0 {
			typ = tar.TypeReg
		}
		h := &tar.Header{Name: e.name, Typeflag: typ, Mode: 0o644, Size: int64(len(e.body)), Linkname: e.link}
		if typ != tar.TypeReg {
			h.Size = 0
		}
		if err := tw.WriteHeader(h); err != nil {
			t.Fatal(err)
		}
		if typ == tar.TypeReg {
			tw.Write([]byte(e.body))
		}
	}
	tw.Close()
	zw.Close()
	return buf.Bytes()
}

func analyse(t *testing.T, tgz []byte) *analyze.Result {
	t.Helper()
	fsys, err := archive.Read(context.Background(), bytes.NewReader(tgz), archive.DefaultLimits())
	if err != nil {
		t.Fatal(err)
	}
	eng, err := analyze.New([]analyze.Rule{Anomaly{}})
	if err != nil {
		t.Fatal(err)
	}
	res, err := eng.Analyze(context.Background(), fsys, finding.Package{})
	if err != nil {
		t.Fatal(err)
	}
	return res
}

const manifest = `{"name":"pkg","version":"1.0.0"}`

func TestAnomaly(t *testing.T) {
	tests := []struct {
		name    string
		entries []entry
		want    finding.Severity
		message string
	}{
		{"clean", []entry{{name: "package/package.json", body: manifest}, {name: "package/index.js", body: "module.exports = 1"}}, finding.SeverityNone, ""},
		{"traversal", []entry{{name: "package/package.json", body: manifest}, {name: "package/../../.bashrc", body: "curl x | sh"}}, finding.SeverityHigh, "escapes the package directory"},
		{"second_manifest", []entry{{name: "package/package.json", body: manifest}, {name: "package/package.json", body: `{"name":"pkg","version":"1.0.0","scripts":{"postinstall":"node x"}}`}}, finding.SeverityHigh, "appears twice"},
		{"symlink_out", []entry{{name: "package/package.json", body: manifest}, {name: "package/creds", typ: tar.TypeSymlink, link: "../../../.npmrc"}}, finding.SeverityHigh, "symbolic link"},
		{"device", []entry{{name: "package/package.json", body: manifest}, {name: "package/dev", typ: tar.TypeChar}}, finding.SeverityHigh, "device file"},
		// an old publisher's root directory name is a quirk, not an attack
		{"other_root_dir", []entry{{name: "node-pkg/package.json", body: manifest}}, finding.SeverityNone, ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			res := analyse(t, pack(t, tc.entries...))
			got := finding.SeverityNone
			var msgs []string
			for _, f := range res.Findings {
				got = max(got, f.Severity)
				msgs = append(msgs, f.Message)
			}
			if got != tc.want {
				t.Errorf("severity = %v, want %v (%q)", got, tc.want, msgs)
			}
			if tc.message != "" && !strings.Contains(strings.Join(msgs, "\n"), tc.message) {
				t.Errorf("messages %q lack %q", msgs, tc.message)
			}
		})
	}
}

func TestInvalidManifest(t *testing.T) {
	rt.Check(t, Anomaly{}, []rt.Case{
		{"trailing_comma", map[string]string{"package.json": `{"name": "x", "version": "1.0.0", "scripts": {"preinstall": "node i.js",},}`}, finding.SeverityMedium},
		{"valid", map[string]string{"package.json": `{"name": "x", "version": "1.0.0"}`}, finding.SeverityNone},
	})
}
