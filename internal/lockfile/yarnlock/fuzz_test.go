package yarnlock

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/depfence/depfence/internal/depgraph"
	"github.com/depfence/depfence/internal/lockfile"
)

const fuzzPath = "fuzz/yarn.lock"

// maxFuzzInput keeps each fuzz iteration fast; the parsers' own bounds
// (line size, YAML depth) are tested in unit tests.
const maxFuzzInput = 256 << 10

func seedTestdata(f *testing.F) {
	f.Helper()
	files, err := filepath.Glob(filepath.Join("testdata", "*", "yarn.lock"))
	if err != nil || len(files) == 0 {
		f.Fatalf("no seeds: %v", err)
	}
	for _, p := range files {
		data, err := os.ReadFile(p)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data)
	}
}

// checkResult asserts the invariants of any parse: error xor graph, errors
// name the input, graphs are internally consistent.
func checkResult(t *testing.T, g *depgraph.Graph, err error) {
	t.Helper()
	if (g == nil) == (err == nil) {
		t.Fatalf("want exactly one of graph and error, got %v and %v", g, err)
	}
	if err != nil {
		var pe *lockfile.ParseError
		if !errors.As(err, &pe) || pe.Path != fuzzPath || !strings.HasPrefix(err.Error(), fuzzPath) {
			t.Fatalf("error does not name the input: %T %v", err, err)
		}
		return
	}
	if len(g.Roots) == 0 {
		t.Fatal("graph without roots")
	}
	for i, n := range g.Nodes {
		if int(n.ID) != i {
			t.Fatalf("node %d has ID %d", i, n.ID)
		}
	}
	for _, e := range g.Edges {
		if e.From < 0 || int(e.From) >= len(g.Nodes) || e.To < 0 || int(e.To) >= len(g.Nodes) {
			t.Fatalf("edge out of range: %+v", e)
		}
	}
}

func FuzzParseClassic(f *testing.F) {
	seedTestdata(f)
	f.Fuzz(func(t *testing.T, data []byte) {
		if len(data) > maxFuzzInput {
			return
		}
		g, err := parseClassic(context.Background(), lockfile.Input{Path: fuzzPath, Data: data}, data)
		checkResult(t, g, err)
	})
}

func FuzzParseBerry(f *testing.F) {
	seedTestdata(f)
	f.Fuzz(func(t *testing.T, data []byte) {
		if len(data) > maxFuzzInput {
			return
		}
		g, err := parseBerry(context.Background(), lockfile.Input{Path: fuzzPath, Data: data}, data)
		checkResult(t, g, err)
	})
}
