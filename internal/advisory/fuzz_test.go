package advisory

import (
	"encoding/json"
	"os"
	"path/filepath"
	"testing"
)

// FuzzParseOSV: no panic, bounded output, every advisory usable, and the
// stored (JSON) form matches the same versions as the parsed one.
func FuzzParseOSV(f *testing.F) {
	files, _ := filepath.Glob(filepath.Join("testdata", "osv", "*.json"))
	for _, p := range files {
		b, err := os.ReadFile(p)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b)
	}
	f.Add([]byte(`{"id":"X","affected":[{"package":{"ecosystem":"npm","name":"a"},"ranges":[{"type":"SEMVER","events":[{"fixed":"1.0.0"},{"introduced":"2.0.0"},{"last_affected":"x"}]}],"versions":["1.0.0"]}]}`))
	probes := []string{"0.0.0", "1.0.0", "1.0.1-rc.1", "2.0.0", "4.17.20", "99.99.99", "junk"}
	f.Fuzz(func(t *testing.T, data []byte) {
		advs, err := ParseOSV(data)
		if err != nil {
			if advs != nil {
				t.Fatalf("error %v with a result", err)
			}
			return
		}
		for _, a := range advs {
			if a.ID == "" || a.Package == "" || a.Source != SourceOSV || a.Severity == 0 {
				t.Fatalf("incomplete advisory %+v", a)
			}
			b, err := json.Marshal(a)
			if err != nil {
				t.Fatal(err)
			}
			var back Advisory
			if err := json.Unmarshal(b, &back); err != nil {
				t.Fatal(err)
			}
			for _, v := range probes {
				if a.Affects(v) != back.Affects(v) {
					t.Fatalf("stored form disagrees on %q", v)
				}
				_ = a.PatchedFor(v)
			}
		}
	})
}

// FuzzParseBulk: the registry's answer never panics the decoder.
func FuzzParseBulk(f *testing.F) {
	for _, p := range []string{"registry/bulk-response.json", "registry/quick-response.json"} {
		b, err := os.ReadFile(filepath.Join("testdata", p))
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		if got, err := ParseBulk(data); err == nil {
			for _, as := range got {
				for _, a := range as {
					_ = a.Affects("1.0.0")
				}
			}
		}
		_, _ = ParseQuickAudit(data)
	})
}
