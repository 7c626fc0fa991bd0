package lockfile

import (
	"context"
	"testing"

	"github.com/depfence/depfence/internal/analyze"
	"github.com/depfence/depfence/internal/depgraph"
	"github.com/depfence/depfence/internal/npm"
	"github.com/depfence/depfence/internal/rules/identity"
	"github.com/depfence/depfence/internal/typosquat"
)

// FuzzRules runs every graph rule over a graph whose nodes carry hostile
// field values (names, versions, URLs, integrity, paths, alias names and
// specs, source kinds and lockfile formats): no rule may panic or fail.
// The parsers have their own fuzz targets; this one feeds the rules
// directly so every execution reaches them.
func FuzzRules(f *testing.F) {
	f.Add("lodash", "4.17.21", "https://registry.npm.local/evil-lodash/-/evil-lodash-4.17.21.tgz", sri512, "", "lodash", "^4.17.21", uint8(1), uint8(0))
	f.Add("evil-react", "1.0.0", "", "sha512-notbase64!!", "", "react", "npm:evil-react@^1.0.0", uint8(1), uint8(1))
	f.Add("git-dep", "1.0.0", "git+ssh://git@github.example/x.git#9f344194d3b301098a0d80ae68616f11eff191eb", "", "", "git-dep", "github:x/git-dep", uint8(2), uint8(2))
	f.Add("ms", "https://registry.npm.local/ms/-/ms-2.1.3.tgz", "https://registry.npm.local/ms/-/ms-2.1.3.tgz", "", "", "ms", "", uint8(3), uint8(4))
	f.Add("outside", "1.0.0", "", sriSHA1, "../outside", "outside", "file:../outside", uint8(4), uint8(3))
	f.Add("acme-probe", "999.9.9", "https://npm.corp.example/acme-probe/-/acme-probe-999.9.9.tgz", sri512, "", "acme-probe", "*", uint8(1), uint8(0))
	f.Add("@acme/ui", "1.0.0", "https://registry.npm.local/@acme%2fui/-/ui-1.0.0.tgz", sri512, "packages/ui", "@acme/ui", "workspace:^", uint8(6), uint8(2))
	ix := typosquat.New([]typosquat.Package{{Name: "lodash", Downloads: 200_000_000}, {Name: "react", Downloads: 100_000_000},
		{Name: "cross-env", Downloads: 50_000_000}}, typosquat.DefaultOptions())
	var rules []analyze.GraphRule
	for _, r := range Rules() {
		if _, ok := r.(AliasConfusion); ok {
			r = AliasConfusion{Index: ix}
		}
		rules = append(rules, r)
	}
	rules = append(rules, identity.Typosquat{Index: ix}, identity.DependencyConfusion{Index: ix})
	lookup := func(_ context.Context, name string) (*npm.Packument, error) {
		if name == "" || name[0]%3 == 0 {
			return nil, nil
		}
		return &npm.Packument{Name: name, Versions: map[string]*npm.PackumentVersion{
			"1.0.0":  {Dist: npm.Dist{Integrity: sri512, Shasum: "0beaabf43b56889670d6b9a2c1c0db4eabce2ceb"}},
			"99.0.0": {},
		}}, nil
	}
	fmts := []string{"npm lockfileVersion 3", "npm lockfileVersion 1", "yarn classic lockfile v1", "yarn berry lockfile, __metadata.version 8", "pnpm lockfileVersion 9.0", "bun lockfileVersion 1"}
	f.Fuzz(func(t *testing.T, name, version, url, integrity, path, alias, spec string, kind, format uint8) {
		n := &depgraph.Node{Name: name, Version: version, IntegrityRaw: integrity, Line: 3,
			Source: depgraph.Source{Kind: depgraph.SourceKind(kind % 8), URL: url, Path: path, Commit: integrity}}
		if i, err := npm.ParseIntegrity(integrity); err == nil {
			n.Integrity = i
		}
		g := depgraph.New(fmts[int(format)%len(fmts)])
		g.Path = "/p/lockfile"
		root := g.AddNode(&depgraph.Node{Name: "proj", Source: depgraph.Source{Kind: depgraph.SourceRoot}})
		g.AddRoot(root)
		id := g.AddNode(n)
		if n.Source.Kind == depgraph.SourceWorkspace || n.Source.Kind == depgraph.SourceRoot {
			g.AddRoot(id)
		}
		g.AddEdge(depgraph.Edge{From: root, To: id, Name: alias, Spec: spec})
		twin := g.AddNode(&depgraph.Node{Name: name, Version: "1.0.0", Source: depgraph.Source{Kind: depgraph.SourceRegistry, URL: url}, Integrity: n.Integrity})
		g.AddEdge(depgraph.Edge{From: id, To: twin, Name: alias, Spec: spec})
		g.Finalize()
		target := &analyze.GraphTarget{Graph: g, Registry: url, Scopes: map[string]string{"@acme": "https://npm.corp.example/", alias: path},
			PublicHosts: []string{"registry.npm.local", version}, AllowedHosts: []string{path}, Packument: lookup, PublicPackument: lookup}
		run(t, target, rules...) // a rule error fails
	})
}
