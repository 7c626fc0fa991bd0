package manifest

import (
	"os"
	"testing"

	"github.com/depfence/depfence/internal/npm"
)

// FuzzCompare feeds arbitrary registry documents and package.json texts:
// no panic, and a document either yields a version or a reason.
func FuzzCompare(f *testing.F) {
	reg, _ := os.ReadFile("testdata/hidden-postinstall/registry-version.json")
	pj, _ := os.ReadFile("testdata/hidden-postinstall/package/package.json")
	f.Add(reg, pj, "1.0.0")
	f.Add(registryDoc("pkg", map[string]string{"1.0.0": `"bin":"x.js","scripts":{"install":"a"},`}), []byte(`{"name":"pkg","bin":{"a":1}}`), "1.0.0")
	f.Add([]byte(`{"versions":[]}`), []byte(`{}`), "v1")
	f.Add([]byte(`{"name":"a","version":"1.0.0","bin":{"x":"./y"},"optionalDependencies":{"q":"github:a/b"}}`), []byte(`{"name":"a","version":"1.0.0","bin":"y"}`), "1.0.0")
	f.Fuzz(func(t *testing.T, doc, tarball []byte, version string) {
		pv, why := RegistryManifest(doc, version)
		if pv == nil {
			if why == "" {
				t.Fatal("no version and no reason")
			}
			return
		}
		m, err := npm.ParseManifest(tarball)
		if err != nil {
			return
		}
		for _, d := range Compare(pv, m, []string{"binding.gyp"}) {
			if d.Message == "" || d.Field == "" {
				t.Fatalf("empty difference %+v", d)
			}
		}
		_ = VersionDocument(pv)
	})
}
