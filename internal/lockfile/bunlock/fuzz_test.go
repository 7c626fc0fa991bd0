package bunlock

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/depfence/depfence/internal/depgraph"
	"github.com/depfence/depfence/internal/fixture"
	"github.com/depfence/depfence/internal/lockfile"
)

// FuzzParse checks that no input panics or hangs, that Parse returns an
// error xor a graph, that errors name the lockfile and that graphs are well
// formed.
func FuzzParse(f *testing.F) {
	seeds, err := filepath.Glob("testdata/*.lock")
	if err != nil {
		f.Fatal(err)
	}
	shared := fixture.Shared(f, "fixtures", "lockfiles")
	for _, c := range []string{"monorepo/bun-1.1.45-text", "monorepo/bun-1.4.5", "tarball-deps/bun-1.2.23"} {
		seeds = append(seeds, filepath.Join(shared, c, FileName))
	}
	seeds = append(seeds, "testdata/lockb/bun.lockb")
	for _, p := range seeds {
		data, err := os.ReadFile(p)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data)
	}
	const path = "fuzz/bun.lock"
	f.Fuzz(func(t *testing.T, data []byte) {
		type res struct {
			g   *depgraph.Graph
			err error
		}
		ch := make(chan res, 1)
		go func() {
			g, err := Parser{}.Parse(context.Background(), lockfile.Input{Path: path, Data: data})
			ch <- res{g, err}
		}()
		var r res
		select {
		case r = <-ch:
		case <-time.After(5 * time.Second):
			t.Fatalf("hang on %q", data)
		}
		if (r.err == nil) == (r.g == nil) {
			t.Fatalf("got graph %v and error %v: want exactly one", r.g != nil, r.err)
		}
		if r.err != nil {
			if !strings.HasPrefix(r.err.Error(), path) {
				t.Fatalf("error %q does not name %s", r.err, path)
			}
			return
		}
		checkGraph(t, r.g)
	})
}
