package graphkit

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync/atomic"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/depfence/depfence/internal/analyze"
	"github.com/depfence/depfence/internal/depgraph"
	"github.com/depfence/depfence/internal/npm"
	"github.com/depfence/depfence/internal/typosquat"
)

func TestHostsTrusted(t *testing.T) {
	h := NewHosts(&analyze.GraphTarget{
		Registry:     "https://npm.corp.example:8443/api/npm/virtual/",
		Scopes:       map[string]string{"@Acme": "https://npm.acme.example/", "@bad": "::not a url", "noat": "https://npm.noat.example"},
		PublicHosts:  []string{"registry.npm.local", "https://registry.yarn.local/"},
		AllowedHosts: []string{"Mirror.Example.", "*.cdn.example", "*.com"},
	})
	tests := []struct {
		host string
		want string
	}{
		{"npm.corp.example:8443", "configured registry"},
		{"npm.corp.example", "configured registry"}, // no port on one side
		{"npm.corp.example:9999", ""},
		{"NPM.ACME.EXAMPLE", "registry of @acme"},
		{"npm.acme.example:443", "registry of @acme"},
		{"registry.npm.local", "public registry"},
		{"registry.yarn.local", "public registry"},
		{"mirror.example", "allowed by policy"},
		{"npm.noat.example", "registry of @noat"},
		{"eu.cdn.example", "allowed by policy"},
		{"cdn.example", ""},
		{"evilcdn.example", ""},
		{"anything.com", ""}, // a pattern must name a domain below the public suffix
		{"evil.example", ""},
		{"registry.npm.local.evil.example", ""},
		{"", ""},
	}
	for _, tc := range tests {
		got, _ := h.Trusted(tc.host)
		if got != tc.want {
			t.Errorf("Trusted(%q) = %q, want %q", tc.host, got, tc.want)
		}
	}
	got := h.PrivateScopes()
	slices.Sort(got)
	if !cmp.Equal(got, []string{"acme", "noat"}) {
		t.Errorf("PrivateScopes = %v", got)
	}
	if NewHosts(&analyze.GraphTarget{}).Configured() {
		t.Error("an empty target should configure no host")
	}
}

func TestOrigin(t *testing.T) {
	h := NewHosts(&analyze.GraphTarget{Registry: "https://npm.corp.example/", Scopes: map[string]string{"@acme": "https://npm.acme.example/"},
		PublicHosts: []string{"registry.npm.local"}})
	tests := []struct {
		name, url string
		want      Origin
		public    bool
	}{
		{"a", "https://registry.npm.local/a/-/a-1.0.0.tgz", Origin{"registry.npm.local", "lockfile"}, true},
		{"@acme/b", "", Origin{"npm.acme.example", "scope config"}, false},
		{"c", "", Origin{"npm.corp.example", "configured registry"}, false},
		{"d", "git+ssh://git@git.example/d.git", Origin{"npm.corp.example", "configured registry"}, false},
	}
	for _, tc := range tests {
		n := &depgraph.Node{Name: tc.name, Source: depgraph.Source{URL: tc.url}}
		got := h.OriginOf(n)
		if got != tc.want || h.PublicOrigin(got) != tc.public {
			t.Errorf("%s: OriginOf = %+v (public %v), want %+v (public %v)", tc.name, got, h.PublicOrigin(got), tc.want, tc.public)
		}
	}
	// With no public host known, nothing is judged private.
	none := NewHosts(&analyze.GraphTarget{Registry: "https://npm.corp.example/"})
	if !none.PublicOrigin(none.OriginOf(&depgraph.Node{Name: "c"})) {
		t.Error("without public hosts every origin should count as public")
	}
}

func TestParseTarball(t *testing.T) {
	tests := []struct {
		url  string
		want TarballRef
		ok   bool
	}{
		{"https://r.example/lodash/-/lodash-4.17.21.tgz", TarballRef{"lodash", "lodash-4.17.21.tgz"}, true},
		{"https://r.example/@s/n/-/n-1.0.0.tgz", TarballRef{"@s/n", "n-1.0.0.tgz"}, true},
		{"https://r.example/@s%2fn/-/n-1.0.0.tgz", TarballRef{"@s/n", "n-1.0.0.tgz"}, true},
		{"https://r.example/api/npm/v/@s/n/-/@s/n-1.0.0.tgz", TarballRef{"@s/n", "n-1.0.0.tgz"}, true},
		{"https://r.example/lodash/-/lodash-4.17.21.tgz#sha1hex", TarballRef{"lodash", "lodash-4.17.21.tgz"}, true},
		{"https://files.example/x.tgz", TarballRef{}, false},
		{"https://r.example/-/x.tgz", TarballRef{}, false},
		{"https://r.example/x/-/x-1.0.0.zip", TarballRef{}, false},
	}
	for _, tc := range tests {
		u, ok := ParseURL(tc.url)
		if !ok {
			t.Fatalf("ParseURL(%q) failed", tc.url)
		}
		got, ok := ParseTarball(u)
		if got != tc.want || ok != tc.ok {
			t.Errorf("ParseTarball(%q) = %+v, %v; want %+v, %v", tc.url, got, ok, tc.want, tc.ok)
		}
	}
	if !MatchesTarball(TarballRef{"@s/n", "n-1.0.0.tgz"}, "@s/n", "1.0.0") || MatchesTarball(TarballRef{"n", "n-1.0.0.tgz"}, "n", "1.0.1") {
		t.Error("MatchesTarball")
	}
}

func TestRegistryVersion(t *testing.T) {
	h := NewHosts(&analyze.GraphTarget{PublicHosts: []string{"registry.npm.local"}})
	tests := []struct {
		node *depgraph.Node
		want string
		ok   bool
	}{
		{&depgraph.Node{Name: "a", Version: "1.0.0", Source: depgraph.Source{Kind: depgraph.SourceRegistry}}, "1.0.0", true},
		// bun records a URL dependency's version as its URL
		{&depgraph.Node{Name: "ms", Version: "https://registry.npm.local/ms/-/ms-2.1.3.tgz", Source: depgraph.Source{Kind: depgraph.SourceTarball, URL: "https://registry.npm.local/ms/-/ms-2.1.3.tgz"}}, "2.1.3", true},
		{&depgraph.Node{Name: "ms", Version: "2.1.3", Source: depgraph.Source{Kind: depgraph.SourceTarball, URL: "https://evil.example/ms/-/ms-2.1.3.tgz"}}, "", false},
		{&depgraph.Node{Name: "ms", Version: "2.1.4", Source: depgraph.Source{Kind: depgraph.SourceTarball, URL: "https://registry.npm.local/ms/-/ms-2.1.3.tgz"}}, "", false},
		{&depgraph.Node{Name: "g", Version: "1.0.0", Source: depgraph.Source{Kind: depgraph.SourceGit}}, "", false},
	}
	for _, tc := range tests {
		got, ok := RegistryVersion(h, tc.node)
		if got != tc.want || ok != tc.ok {
			t.Errorf("RegistryVersion(%s %s) = %q, %v; want %q, %v", tc.node.Name, tc.node.Source.URL, got, ok, tc.want, tc.ok)
		}
	}
}

func TestRedact(t *testing.T) {
	for in, want := range map[string]string{
		"https://user:s3cret@r.example/a/-/a-1.tgz?token=abc#frag": "https://REDACTED@r.example/a/-/a-1.tgz",
		"https://tok3n@r.example/a.tgz":                            "https://REDACTED@r.example/a.tgz",
		"git+ssh://git@github.example/x.git#abc":                   "git+ssh://git@github.example/x.git",
		"git@github.example:x/y.git":                               "ssh://git@github.example/x/y.git",
		"not a url":                                                "not a url",
	} {
		if got := Redact(in); got != want {
			t.Errorf("Redact(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestKeyLineIn(t *testing.T) {
	raw := []byte("{\n  \"dependencies\": {\n    \"react\": \"^18\"\n  },\n  \"devDependencies\": {\n    \"react\": \"^18\",\n    \"x\" : \"1\"\n  }\n}\n")
	for _, tc := range []struct {
		section, key string
		want         int
	}{{"dependencies", "react", 3}, {"devDependencies", "react", 6}, {"devDependencies", "x", 7}, {"nope", "react", 3}, {"dependencies", "nope", 0}} {
		if got := KeyLineIn(raw, tc.section, tc.key); got != tc.want {
			t.Errorf("KeyLineIn(%s, %s) = %d, want %d", tc.section, tc.key, got, tc.want)
		}
	}
}

func TestManifests(t *testing.T) {
	dir := t.TempDir()
	if err := os.MkdirAll(filepath.Join(dir, "packages", "a"), 0o755); err != nil {
		t.Fatal(err)
	}
	os.WriteFile(filepath.Join(dir, "package.json"), []byte(`{"name":"root","private":true}`), 0o644)
	os.WriteFile(filepath.Join(dir, "packages", "a", "package.json"), []byte(`{"name":"a","private":"yes"}`), 0o644)
	g := depgraph.New("test")
	for _, n := range []*depgraph.Node{
		{Name: "root", Source: depgraph.Source{Kind: depgraph.SourceRoot}},
		{Name: "a", Source: depgraph.Source{Kind: depgraph.SourceWorkspace, Path: "packages/a"}},
		{Name: "escape", Source: depgraph.Source{Kind: depgraph.SourceWorkspace, Path: "../../etc"}},
		{Name: "gone", Source: depgraph.Source{Kind: depgraph.SourceWorkspace, Path: "packages/gone"}},
	} {
		g.AddRoot(g.AddNode(n))
	}
	g.Finalize()
	var got []string
	for _, m := range Manifests(&analyze.GraphTarget{Graph: g, ProjectDir: dir}) {
		s := m.Rel
		switch {
		case m.Err != nil && errors.Is(m.Err, os.ErrNotExist):
			s += " missing"
		case m.Err != nil:
			s += " error"
		case m.Private:
			s += " private " + m.M.Name
		default:
			s += " public " + m.M.Name
		}
		got = append(got, s)
	}
	want := []string{"package.json private root", "packages/a/package.json public a", "../../etc/package.json error", "packages/gone/package.json missing"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
}

func TestFetchAll(t *testing.T) {
	var inflight, peak atomic.Int32
	fn := func(ctx context.Context, name string) (*npm.Packument, error) {
		n := inflight.Add(1)
		defer inflight.Add(-1)
		for {
			p := peak.Load()
			if n <= p || peak.CompareAndSwap(p, n) {
				break
			}
		}
		if strings.HasPrefix(name, "bad") {
			return nil, errors.New("boom")
		}
		return &npm.Packument{Name: name}, nil
	}
	names := []string{"a", "b", "bad1", "c", "d", "e", "f", "g", "h", "i"}
	got := FetchAll(context.Background(), names, 3, fn)
	if len(got) != len(names) || got["bad1"].Err == nil || got["a"].Doc.Name != "a" {
		t.Errorf("FetchAll = %v", got)
	}
	if peak.Load() > 3 {
		t.Errorf("peak concurrency %d > 3", peak.Load())
	}
	if FetchAll(context.Background(), names, 3, nil) != nil {
		t.Error("nil lookup should yield nil")
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	for name, l := range FetchAll(ctx, names, 3, fn) {
		if l.Err == nil {
			t.Errorf("%s: want ctx error after cancel", name)
		}
	}
}

// A rule's own index wins, then the target's (built once however many
// rules ask), then the embedded default.
func TestPopularity(t *testing.T) {
	own := typosquat.New([]typosquat.Package{{Name: "own-pkg", Downloads: 1e9}}, typosquat.DefaultOptions())
	shared := typosquat.New([]typosquat.Package{{Name: "shared-pkg", Downloads: 1e9}}, typosquat.DefaultOptions())
	var builds atomic.Int32
	tg := &analyze.GraphTarget{Popular: func() (*typosquat.Index, error) { builds.Add(1); return shared, nil }}
	if ix, err := Popularity(tg, own); err != nil || ix != own {
		t.Errorf("with its own index: %p, %v; want the rule's %p", ix, err, own)
	}
	if builds.Load() != 0 {
		t.Error("the target's index was built though the rule had its own")
	}
	if ix, err := Popularity(tg, nil); err != nil || ix != shared {
		t.Errorf("without: %p, %v; want the target's %p", ix, err, shared)
	}
	ix, err := Popularity(&analyze.GraphTarget{}, nil)
	if err != nil || ix == nil || ix == shared || ix == own {
		t.Fatalf("no index anywhere: %p, %v; want the embedded default", ix, err)
	}
	if _, ok := ix.Check("axois"); !ok {
		t.Error("the embedded default does not know axios")
	}
}
