package treeaudit

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"testing/fstest"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/depfence/depfence/internal/depgraph"
	"github.com/depfence/depfence/internal/fixture"
	"github.com/depfence/depfence/internal/lockfile"
	"github.com/depfence/depfence/internal/lockfile/formats"
	"github.com/depfence/depfence/internal/npm"
)

var now = time.Date(2026, 6, 1, 0, 0, 0, 0, time.UTC)

// tree builds: app -> a, b, ws (workspace); a -> a1 -> a2 -> a3 -> a4;
// a -> shared; b -> shared.
func tree() *depgraph.Graph {
	g := depgraph.New("test")
	id := map[string]depgraph.NodeID{}
	add := func(name string, kind depgraph.SourceKind) {
		id[name] = g.AddNode(&depgraph.Node{Name: name, Version: "1.0.0", Source: depgraph.Source{Kind: kind}})
	}
	add("app", depgraph.SourceRoot)
	g.AddRoot(id["app"])
	for _, n := range []string{"a", "b", "a1", "a2", "a3", "a4", "shared"} {
		add(n, depgraph.SourceRegistry)
	}
	add("ws", depgraph.SourceWorkspace)
	g.Node(id["a3"]).HasInstallScript = true
	edge := func(from, to string) { g.AddEdge(depgraph.Edge{From: id[from], To: id[to], Name: to, Spec: "^1.0.0"}) }
	edge("app", "a")
	edge("app", "b")
	edge("app", "ws")
	edge("a", "a1")
	edge("a1", "a2")
	edge("a2", "a3")
	edge("a3", "a4")
	edge("a", "shared")
	edge("b", "shared")
	g.Finalize()
	return g
}

// doc writes a full packument in the registry's shape.
func doc(name string, maintainers []string, lastRelease string, versionFields string) *npm.Packument {
	var ms []string
	for _, m := range maintainers {
		ms = append(ms, fmt.Sprintf(`{"name":%q,"email":"%s@example.com"}`, m, m))
	}
	raw := fmt.Sprintf(`{"_id":%q,"name":%q,"dist-tags":{"latest":"1.0.0"},
	"versions":{"1.0.0":{"name":%q,"version":"1.0.0"%s,"_npmUser":{"name":"x","email":"x@example.com"},
	  "dist":{"tarball":"https://registry.npm.local/%s/-/%s-1.0.0.tgz","integrity":"sha512-AAAA"}}},
	"time":{"created":"2015-01-01T00:00:00.000Z","modified":"2026-05-01T00:00:00.000Z","1.0.0":%q},
	"maintainers":[%s]}`, name, name, name, versionFields, name, name, lastRelease, strings.Join(ms, ","))
	p, err := npm.ParsePackument([]byte(raw))
	if err != nil {
		panic(err)
	}
	return p
}

func registry() func(context.Context, string) (*npm.Packument, error) {
	docs := map[string]*npm.Packument{
		"a":      doc("a", []string{"x", "y"}, "2026-01-01T00:00:00.000Z", ""),
		"b":      doc("b", []string{"x", "y"}, "2026-01-01T00:00:00.000Z", `,"deprecated":"use c instead"`),
		"a1":     doc("a1", []string{"x", "y"}, "2026-01-01T00:00:00.000Z", ""),
		"a2":     doc("a2", []string{"x", "y"}, "2026-01-01T00:00:00.000Z", ""),
		"a3":     doc("a3", []string{"solo"}, "2026-01-01T00:00:00.000Z", `,"scripts":{"postinstall":"node build.js"}`),
		"a4":     doc("a4", []string{"x", "y"}, "2019-03-01T00:00:00.000Z", ""),
		"shared": doc("shared", []string{"lone"}, "2026-01-01T00:00:00.000Z", ""),
	}
	return func(_ context.Context, name string) (*npm.Packument, error) {
		if d, ok := docs[name]; ok {
			return d, nil
		}
		return nil, errors.New("not found")
	}
}

func stats(_ context.Context, n *depgraph.Node) (*FileStats, error) {
	if n.Name == "a2" {
		return StatsFS(fstest.MapFS{"package.json": {Data: []byte("{}")}, "index.js": {Data: []byte("module.exports = x =>\n\n  x + 1\n")},
			"test/index.test.js": {Data: []byte(strings.Repeat("assert(1)\n", 100))}})
	}
	return &FileStats{Files: 10, CodeFiles: 5, CodeLines: 400}, nil
}

func TestAudit(t *testing.T) {
	rep, err := Audit(context.Background(), tree(), Options{Packument: registry(), Stats: stats, Now: now, ManyDependents: 2})
	if err != nil {
		t.Fatal(err)
	}
	type row struct {
		Pkg   string
		Score int
		Kinds string
		Via   string
		Chain string
	}
	var got []row
	for _, w := range rep.WeakPoints {
		var kinds []string
		for _, r := range w.Reasons {
			kinds = append(kinds, string(r.Kind))
		}
		got = append(got, row{w.Name, w.Score, strings.Join(kinds, ","), strings.Join(w.Via, ","), strings.Join(w.Chain, ">")})
	}
	want := []row{
		{"a3", wSingle + wSingleScript + wDeep, "single-maintainer,deep", "a", "a@1.0.0>a1@1.0.0>a2@1.0.0>a3@1.0.0"},
		{"shared", wSingle + wSingleMany, "single-maintainer", "", "a@1.0.0>shared@1.0.0"},
		{"b", wDeprecated, "deprecated", "", "b@1.0.0"},
		{"a4", wUnmaintained + wDeep, "unmaintained,deep", "a", "a@1.0.0>a1@1.0.0>a2@1.0.0>a3@1.0.0>a4@1.0.0"},
		{"a2", wTrivial, "trivial", "a", "a@1.0.0>a1@1.0.0>a2@1.0.0"},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("weak points (-want +got):\n%s", diff)
	}
	var repl []string
	for _, r := range rep.Replace {
		repl = append(repl, fmt.Sprintf("%s %d/%d score %d %v", r.Name, r.WeakPoints, r.Packages, r.Score, r.Examples))
	}
	wantRepl := []string{"a 3/5 score 11 [a3@1.0.0 a4@1.0.0 a2@1.0.0]", "b 1/1 score 4 [b@1.0.0]"}
	if diff := cmp.Diff(wantRepl, repl); diff != "" {
		t.Errorf("replace (-want +got):\n%s", diff)
	}
	if rep.Packages != 7 || rep.Direct != 2 || rep.MaxDepth != 5 || len(rep.NotChecked) != 0 {
		t.Errorf("packages %d direct %d depth %d notes %+v", rep.Packages, rep.Direct, rep.MaxDepth, rep.NotChecked)
	}
	wantCounts := map[Kind]int{Deep: 2, SingleMaintainer: 2, Unmaintained: 1, Trivial: 1, Deprecated: 1}
	if diff := cmp.Diff(wantCounts, rep.Counts); diff != "" {
		t.Errorf("counts (-want +got):\n%s", diff)
	}

	var text bytes.Buffer
	if err := WriteText(&text, rep, 10); err != nil {
		t.Fatal(err)
	}
	for _, s := range []string{"7 packages, 2 direct, deepest chain 5 levels", "1. a@1.0.0: 3 weak points", "drops out if you replace: a", "one maintainer: solo; runs an install script"} {
		if !strings.Contains(text.String(), s) {
			t.Errorf("text lacks %q:\n%s", s, text.String())
		}
	}
	if _, err := json.Marshal(rep); err != nil {
		t.Fatal(err)
	}
}

// TestAuditDegrades: without a registry or tarballs only depth is
// checked, and the report names what was not.
func TestAuditDegrades(t *testing.T) {
	rep, err := Audit(context.Background(), tree(), Options{Now: now})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, w := range rep.WeakPoints {
		got = append(got, w.Name)
	}
	if diff := cmp.Diff([]string{"a3", "a4"}, got); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
	var notes []string
	for _, n := range rep.NotChecked {
		notes = append(notes, fmt.Sprintf("%s: %s (%d)", n.Check, n.Reason, n.Count))
	}
	want := []string{"maintainers, maintenance, deprecation: no registry available (7)", "trivial: tarball contents not available (7)"}
	if diff := cmp.Diff(want, notes); diff != "" {
		t.Errorf("notes (-want +got):\n%s", diff)
	}

	// a mirror-stripped document: deprecation still works, the rest is noted
	stripped := func(_ context.Context, name string) (*npm.Packument, error) {
		return npm.ParsePackument([]byte(`{"name":"` + name + `","versions":{"1.0.0":{"name":"` + name + `","version":"1.0.0","deprecated":"old"}}}`))
	}
	rep, err = Audit(context.Background(), tree(), Options{Now: now, Packument: stripped, Stats: stats})
	if err != nil {
		t.Fatal(err)
	}
	notes = nil
	for _, n := range rep.NotChecked {
		notes = append(notes, fmt.Sprintf("%s (%d)", n.Check, n.Count))
	}
	if diff := cmp.Diff([]string{"single maintainer (7)", "unmaintained (7)"}, notes); diff != "" {
		t.Errorf("notes (-want +got):\n%s", diff)
	}
	if rep.Counts[Deprecated] != 7 {
		t.Errorf("counts %v", rep.Counts)
	}
}

func TestStatsFS(t *testing.T) {
	st, err := StatsFS(fstest.MapFS{
		"package.json":      {Data: []byte("{}")},
		"index.js":          {Data: []byte("a\n\n  \nb\n")},
		"dist/min.js":       {Data: []byte(strings.Repeat("x", 1000))},
		"types/index.d.ts":  {Data: []byte("export {}\n")},
		"docs/example.js":   {Data: []byte("1\n2\n")},
		"lib/util.spec.mjs": {Data: []byte("1\n")},
	})
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(&FileStats{Files: 6, CodeFiles: 2, CodeLines: 2 + 6, CodeBytes: 8 + 1000}, st); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
}

// TestAuditSharedFixtures audits every shared lockfile with a synthetic
// registry: every audit completes, chains start at a direct dependency and
// weak points are ranked.
func TestAuditSharedFixtures(t *testing.T) {
	var dirs []string
	for _, sub := range []string{"lockfiles", "real-world"} {
		root := fixture.Shared(t, "fixtures", sub)
		_ = filepath.WalkDir(root, func(p string, d os.DirEntry, err error) error {
			if err != nil || !d.IsDir() || strings.Contains(p, string(filepath.Separator)+"_") || strings.Contains(p, "node_modules") {
				if d != nil && d.IsDir() && strings.Contains(d.Name(), "node_modules") {
					return filepath.SkipDir
				}
				return nil
			}
			if _, err := formats.Detect(p); err == nil {
				dirs = append(dirs, p)
				return filepath.SkipDir
			}
			return nil
		})
	}
	if len(dirs) < 20 {
		t.Fatalf("only %d fixture projects", len(dirs))
	}
	synthetic := func(_ context.Context, name string) (*npm.Packument, error) {
		if len(name)%3 == 0 {
			return nil, errors.New("lookup failed")
		}
		maint := []string{"x", "y"}
		if len(name)%2 == 0 {
			maint = []string{"solo"}
		}
		last := "2025-01-01T00:00:00.000Z"
		if len(name)%5 == 0 {
			last = "2018-01-01T00:00:00.000Z"
		}
		return doc(name, maint, last, ""), nil
	}
	total := 0
	for _, dir := range dirs {
		rel, _ := filepath.Rel(fixture.Shared(t, "fixtures"), dir)
		t.Run(rel, func(t *testing.T) {
			path, err := formats.Detect(dir)
			if err != nil {
				t.Fatal(err)
			}
			g, err := formats.Load(context.Background(), path)
			if errors.Is(err, lockfile.ErrUnsupported) {
				t.Skip(err)
			}
			if err != nil {
				t.Fatal(err)
			}
			rep, err := Audit(context.Background(), g, Options{Packument: synthetic, Now: now})
			if err != nil {
				t.Fatal(err)
			}
			for i, w := range rep.WeakPoints {
				if len(w.Chain) != w.Depth || w.Score <= 0 || (i > 0 && rep.WeakPoints[i-1].Score < w.Score) {
					t.Errorf("bad weak point %d: %+v", i, w)
				}
			}
			total += len(rep.WeakPoints)
			if err := WriteText(&bytes.Buffer{}, rep, 20); err != nil {
				t.Fatal(err)
			}
		})
	}
	if total == 0 {
		t.Error("no weak point in any fixture")
	}
}

// BenchmarkAuditMedusa audits the largest real-world fixture (graph only,
// no registry).
func BenchmarkAuditMedusa(b *testing.B) {
	dir := fixture.Shared(b, "fixtures", "real-world", "medusa")
	path, err := formats.Detect(dir)
	if err != nil {
		b.Fatal(err)
	}
	g, err := formats.Load(context.Background(), path)
	if err != nil {
		b.Fatal(err)
	}
	b.ReportMetric(float64(len(g.Nodes)), "nodes")
	for b.Loop() {
		if _, err := Audit(context.Background(), g, Options{Now: now}); err != nil {
			b.Fatal(err)
		}
	}
}
