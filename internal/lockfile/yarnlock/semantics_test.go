package yarnlock

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/depfence/depfence/internal/depgraph"
	"github.com/depfence/depfence/internal/fixture"
	"github.com/depfence/depfence/internal/lockfile"
)

// find returns the only node with name and patch state, failing otherwise.
func find(t *testing.T, g *depgraph.Graph, name string, patched bool) *depgraph.Node {
	t.Helper()
	var out []*depgraph.Node
	for _, n := range g.Nodes {
		if n.Name == name && (n.Source.Patch != "") == patched {
			out = append(out, n)
		}
	}
	if len(out) != 1 {
		t.Fatalf("want one node %q (patched=%v), got %d", name, patched, len(out))
	}
	return out[0]
}

func TestSemantics(t *testing.T) {
	tests := []struct {
		dir     string
		project bool
		check   func(t *testing.T, g *depgraph.Graph)
	}{
		{"classic-alias", true, func(t *testing.T, g *depgraph.Graph) {
			// The alias is the edge name; the node is the real package.
			n := find(t, g, "string-width", false)
			if diff := cmp.Diff([]string{"string-width-cjs"}, g.Aliases(n.ID)); diff != "" {
				t.Errorf("aliases (-want +got):\n%s", diff)
			}
			if p := find(t, g, "prettier", false); !p.Flags.Has(depgraph.Dev) {
				t.Errorf("aliased dev dependency prettier should be dev, flags %b", p.Flags)
			}
		}},
		{"berry-alias", false, func(t *testing.T, g *depgraph.Graph) {
			n := find(t, g, "string-width", false)
			if diff := cmp.Diff([]string{"string-width-cjs"}, g.Aliases(n.ID)); diff != "" {
				t.Errorf("aliases (-want +got):\n%s", diff)
			}
		}},
		{"classic-scoped", true, func(t *testing.T, g *depgraph.Graph) {
			n := find(t, g, "@babel/core", false)
			if n.Line != 5 || n.Key != "@babel/core@^7.0.0, @babel/core@^7.1.0" {
				t.Errorf("line %d key %q", n.Line, n.Key)
			}
			// Declared in both dependencies and devDependencies: prod wins.
			if n.Flags != 0 {
				t.Errorf("@babel/core flags %b, want prod", n.Flags)
			}
			if got := n.Integrity.String(); !strings.HasPrefix(got, "sha512-IFeSSnjX") || n.IntegrityRaw != got {
				t.Errorf("integrity %q raw %q", got, n.IntegrityRaw)
			}
		}},
		{"classic-sources", true, func(t *testing.T, g *depgraph.Graph) {
			// No integrity field: the #sha1 fragment of resolved is used.
			if got := find(t, g, "left-pad", false).Integrity.String(); got != "sha1-W4o6d2Xf4AEmHd6RVYnngvjJTR4=" {
				t.Errorf("left-pad integrity %q", got)
			}
			// A git commit fragment is not an integrity.
			if n := find(t, g, "is-number", false); !n.Integrity.IsZero() || n.Source.Commit != "98e8ff1da1a89f93d1397a24d7413ed15421c139" {
				t.Errorf("is-number: integrity %q commit %q", n.Integrity, n.Source.Commit)
			}
			// A malformed integrity is kept raw and reported.
			if n := find(t, g, "kleur", false); n.IntegrityRaw != "not-an-sri" || !n.Integrity.IsZero() {
				t.Errorf("kleur: integrity %q raw %q", n.Integrity, n.IntegrityRaw)
			}
		}},
		{"berry-sources", true, func(t *testing.T, g *depgraph.Graph) {
			// berry's checksum is a hash of yarn's zip, not of the tarball.
			for _, n := range g.Nodes {
				if !n.Integrity.IsZero() || n.IntegrityRaw != "" {
					t.Errorf("%s: integrity %q raw %q, want none", n, n.Integrity, n.IntegrityRaw)
				}
			}
			patched := find(t, g, "fsevents", true)
			plain := find(t, g, "fsevents", false)
			if patched.Source.Patch != "optional!builtin<compat/fsevents>" || patched.Source.Kind != depgraph.SourceRegistry {
				t.Errorf("patched fsevents source %+v", patched.Source)
			}
			root := g.Roots[0]
			var toPatched, patchToPlain bool
			for _, e := range g.Edges {
				toPatched = toPatched || e.From == root && e.To == patched.ID && e.Kind == depgraph.DepOptional
				patchToPlain = patchToPlain || e.From == patched.ID && e.To == plain.ID
			}
			if !toPatched || !patchToPlain {
				t.Errorf("want root -optional-> patched fsevents -> fsevents, edges %v", edgeLines(g))
			}
			for _, n := range []*depgraph.Node{patched, plain} {
				if !n.Flags.Has(depgraph.Optional) {
					t.Errorf("%s flags %b, want optional", n, n.Flags)
				}
			}
			if p := find(t, g, "lodash", true); p.Source.Patch != "~/.yarn/patches/lodash-npm-4.17.21-6382451519.patch" || p.Version != "4.17.21" {
				t.Errorf("lodash patch %+v version %s", p.Source, p.Version)
			}
		}},
		{"berry-workspaces", true, func(t *testing.T, g *depgraph.Graph) {
			if g.Nodes[g.Roots[0]].Source.Kind != depgraph.SourceRoot || len(g.Roots) != 3 {
				t.Errorf("roots %v: want the root workspace first, then 2 workspaces", g.Roots)
			}
			for _, n := range g.Find("react", "18.3.1") {
				if !n.Flags.Has(depgraph.Dev) {
					t.Errorf("react 18.3.1 comes from a workspace's devDependencies: flags %b", n.Flags)
				}
			}
		}},
		{"berry-workspaces", false, func(t *testing.T, g *depgraph.Graph) {
			// Without package.json files dev cannot be told from prod.
			for _, n := range g.Find("react", "18.3.1") {
				if n.Flags.Has(depgraph.Dev) {
					t.Errorf("without a project react should count as prod: flags %b", n.Flags)
				}
			}
			// Without the root's resolutions lru-cache@^10.2.0 has no entry.
			if len(g.Problems) != 1 || !strings.Contains(g.Problems[0].Message, "lru-cache@npm:^10.2.0 has no entry") {
				t.Errorf("problems %v", problemLines(g))
			}
		}},
		{"classic-workspaces", false, func(t *testing.T, g *depgraph.Graph) {
			if len(g.Roots) != 1 || g.Nodes[g.Roots[0]].Name != "(root)" {
				t.Fatalf("roots %v", g.Roots)
			}
			// nodemon is the only entry nothing depends on.
			if diff := cmp.Diff([]string{"nodemon"}, outNames(g, g.Roots[0])); diff != "" {
				t.Errorf("guessed root deps (-want +got):\n%s", diff)
			}
		}},
	}
	for _, tc := range tests {
		name := tc.dir
		if !tc.project {
			name += "_no_project"
		}
		t.Run(name, func(t *testing.T) {
			g, err := parseDir(t, tc.dir, tc.project)
			if err != nil {
				t.Fatal(err)
			}
			tc.check(t, g)
		})
	}
}

func outNames(g *depgraph.Graph, id depgraph.NodeID) []string {
	var out []string
	for _, e := range g.Out(id) {
		out = append(out, e.Name)
	}
	return out
}

// TestCRLF: the CRLF file parses like its LF twin.
func TestCRLF(t *testing.T) {
	data, err := os.ReadFile("testdata/classic-crlf/yarn.lock")
	if err != nil {
		t.Fatal(err)
	}
	parse := func(d []byte) []string {
		g, err := Parser{}.Parse(context.Background(), lockfile.Input{Path: "yarn.lock", Data: d})
		if err != nil {
			t.Fatal(err)
		}
		return append(nodeLines(g), edgeLines(g)...)
	}
	crlf := parse(data)
	lf := parse([]byte(strings.ReplaceAll(string(data), "\r\n", "\n")))
	cr := parse([]byte(strings.ReplaceAll(string(data), "\r\n", "\r")))
	bom := parse(append([]byte("\xef\xbb\xbf"), data...))
	if diff := cmp.Diff(lf, bom); diff != "" {
		t.Errorf("BOM variant differs from LF (-lf +bom):\n%s", diff)
	}
	if diff := cmp.Diff(lf, crlf); diff != "" {
		t.Errorf("CRLF differs from LF (-lf +crlf):\n%s", diff)
	}
	if diff := cmp.Diff(lf, cr); diff != "" {
		t.Errorf("CR differs from LF (-lf +cr):\n%s", diff)
	}
	if len(lf) < 4 {
		t.Errorf("too few lines: %v", lf)
	}
}

func TestMalformed(t *testing.T) {
	deep := "__metadata:\n  version: 8\nx: " + strings.Repeat("[", 20000) + "\n"
	tests := []struct {
		name string
		data string
		line int
		msg  string
	}{
		{"odd_indent", "foo@^1:\n   version \"1\"\n", 2, "indentation"},
		{"unterminated_string", "foo@^1:\n  version \"1\n", 2, "unterminated"},
		{"header_without_colon", "foo@^1\n", 1, "value"},
		{"indented_first_line", "  version \"1\"\n", 1, "indentation"},
		{"tab_indent", "foo@^1:\n\tversion \"1\"\n", 2, "tab"},
		{"merge_conflict", "foo@^1:\n  version \"1\"\n<<<<<<< HEAD\n", 3, "merge conflict"},
		{"bad_escape", "foo@^1:\n  version \"\\x41\"\n", 2, "escape"},
		{"nested_dependency_block", "foo@^1:\n  dependencies:\n    bar:\n", 3, "dependency list"},
		{"unquoted_scope", "@foo/bar@^1:\n", 1, "unexpected character"},
		{"key_without_range", "foo:\n  version \"1\"\n", 1, "name@range"},
		{"trailing_tokens", "foo@^1:\n  version \"1\" \"2\"\n", 2, "after the value"},
		{"top_level_value", "foo@^1 \"1\"\n", 1, "entry header"},
		{"berry_entry_not_mapping", "__metadata:\n  version: 8\n\"a@npm:1\": [1, 2]\n", 3, "not a mapping"},
		{"berry_two_documents", "__metadata:\n  version: 8\n---\nfoo: bar\n", 0, "more than one YAML document"},
		{"berry_yaml_syntax", "__metadata:\n  version: 8\n\"a@npm:1\":\n  version: [\n", 4, "yaml"},
		{"berry_dependencies_list", "__metadata:\n  version: 8\n\"a@npm:1\":\n  version: 1\n  dependencies: [x]\n", 5, "mapping of dependencies"},
		{"berry_key_without_range", "__metadata:\n  version: 8\nnoat:\n  version: 1\n", 3, "name@range"},
		{"berry_alias", "__metadata:\n  version: 8\n\"a@npm:1\":\n  version: &v 1\n  resolution: *v\n", 5, "aliases"},
		{"berry_metadata_only_is_valid", "__metadata:\n  version: 8\n", 0, ""},
		{"berry_deep_nesting", deep, 0, "depth"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			start := time.Now()
			g, err := Parser{}.Parse(context.Background(), lockfile.Input{Path: "dir/yarn.lock", Data: []byte(tc.data)})
			if tc.msg == "" {
				if err != nil {
					t.Fatalf("unexpected error %v", err)
				}
				return
			}
			if err == nil {
				t.Fatalf("want an error, got a graph of %d nodes", len(g.Nodes))
			}
			if g != nil {
				t.Errorf("graph returned with the error")
			}
			var pe *lockfile.ParseError
			if !errors.As(err, &pe) || pe.Path != "dir/yarn.lock" || !errors.Is(err, lockfile.ErrMalformed) {
				t.Fatalf("want a *lockfile.ParseError for dir/yarn.lock wrapping ErrMalformed, got %T %v", err, err)
			}
			if tc.line != 0 && pe.Line != tc.line {
				t.Errorf("line %d, want %d (%v)", pe.Line, tc.line, err)
			}
			if !strings.Contains(err.Error(), tc.msg) {
				t.Errorf("error %q does not mention %q", err, tc.msg)
			}
			if d := time.Since(start); d > 10*time.Second {
				t.Errorf("took %v", d)
			}
		})
	}
}

// TestLongLines: lines past bufio's 64 KiB default are read whole; lines
// past MaxLineSize are an error naming the line, never truncated.
func TestLongLines(t *testing.T) {
	long := strings.Repeat("a", 100<<10)
	ok := "foo@^1:\n  version \"1.0.0\"\n  resolved \"https://example.com/" + long + "\"\n"
	g, err := Parser{}.Parse(context.Background(), lockfile.Input{Path: "yarn.lock", Data: []byte(ok)})
	if err != nil {
		t.Fatal(err)
	}
	if got := g.Find("foo", "1.0.0"); len(got) != 1 || len(got[0].Source.URL) != len("https://example.com/")+len(long) {
		t.Fatalf("100 KiB resolved URL not read whole")
	}
	tooLong := "foo@^1:\n  version \"1.0.0\"\n  resolved \"" + strings.Repeat("b", MaxLineSize+1) + "\"\nbar@^1:\n  version \"1\"\n"
	_, err = Parser{}.Parse(context.Background(), lockfile.Input{Path: "yarn.lock", Data: []byte(tooLong)})
	var pe *lockfile.ParseError
	if !errors.As(err, &pe) || pe.Line != 3 || !errors.Is(err, lockfile.ErrMalformed) || !strings.Contains(err.Error(), "yarn.lock:3:") {
		t.Fatalf("want a malformed error at yarn.lock:3, got %v", err)
	}
}

func TestClassicTooLarge(t *testing.T) {
	data := make([]byte, MaxClassicSize+1)
	for i := range data {
		data[i] = '\n'
	}
	_, err := Parser{}.Parse(context.Background(), lockfile.Input{Path: "big/yarn.lock", Data: data})
	if !errors.Is(err, lockfile.ErrTooLarge) || !strings.HasPrefix(err.Error(), "big/yarn.lock: ") {
		t.Fatalf("want ErrTooLarge naming the file, got %v", err)
	}
}

func TestBerryTooLarge(t *testing.T) {
	data := make([]byte, MaxBerrySize+1)
	copy(data, "__metadata:\n  version: 8\n")
	for i := 30; i < len(data); i++ {
		data[i] = '\n'
	}
	_, err := Parser{}.Parse(context.Background(), lockfile.Input{Path: "big/yarn.lock", Data: data})
	if !errors.Is(err, lockfile.ErrTooLarge) || !strings.HasPrefix(err.Error(), "big/yarn.lock: ") {
		t.Fatalf("want ErrTooLarge naming the file, got %v", err)
	}
}

// TestBerryNodeBudget: inputs whose YAML would take too many nodes are
// refused before decoding, whatever their shape.
func TestBerryNodeBudget(t *testing.T) {
	head := "__metadata:\n  version: 8\n"
	for name, body := range map[string]string{
		"many_keys":      "a@npm:1:\n" + strings.Repeat("  k: v\n", MaxBerryNodes/3+1),
		"flow_sequence":  "a@npm:1:\n  bin: [" + strings.Repeat("x,", MaxBerryNodes/2+1) + "]\n",
		"block_sequence": "a@npm:1:\n  bin: " + strings.Repeat("- ", MaxBerryNodes+1) + "x\n",
	} {
		t.Run(name, func(t *testing.T) {
			start := time.Now()
			_, err := Parser{}.Parse(context.Background(), lockfile.Input{Path: "yarn.lock", Data: []byte(head + body)})
			if !errors.Is(err, lockfile.ErrTooLarge) {
				t.Fatalf("want ErrTooLarge, got %v", err)
			}
			if d := time.Since(start); d > 5*time.Second {
				t.Errorf("took %v", d)
			}
		})
	}
	// The real lockfiles stay far below the budget.
	for _, project := range []string{"medusa", "jest"} {
		data, err := os.ReadFile(fixture.Shared(t, "fixtures", "real-world", project, "yarn.lock"))
		if err != nil {
			t.Fatal(err)
		}
		if n := estimateNodes(data); n > MaxBerryNodes/8 {
			t.Errorf("%s: estimated %d nodes, more than 1/8 of the budget", project, n)
		}
	}
}

func TestIsBerry(t *testing.T) {
	for _, tc := range []struct {
		data string
		want bool
	}{
		{"", false},
		{"# yarn lockfile v1\n\nfoo@^1:\n  version \"1\"\n", false},
		{"# comment\n\n__metadata:\n  version: 6\n", true},
		{"\"__metadata\":\n  version: 6\n", true},
		{"foo@^1:\n  __metadata: x\n", false},
	} {
		if got := IsBerry([]byte(tc.data)); got != tc.want {
			t.Errorf("IsBerry(%q) = %v, want %v", tc.data, got, tc.want)
		}
	}
}

func TestCanceled(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	for _, dir := range []string{"classic-scoped", "berry-sources"} {
		data, err := os.ReadFile(filepath.Join("testdata", dir, "yarn.lock"))
		if err != nil {
			t.Fatal(err)
		}
		if _, err := (Parser{}).Parse(ctx, lockfile.Input{Path: "yarn.lock", Data: data}); !errors.Is(err, context.Canceled) {
			t.Errorf("%s: want context.Canceled, got %v", dir, err)
		}
	}
}

func TestMatch(t *testing.T) {
	p := Parser{}
	if !p.Match("yarn.lock") || p.Match("package-lock.json") || p.Match("yarn.lock.bak") || p.Name() != "yarn" {
		t.Error("Match/Name")
	}
}

func TestRedact(t *testing.T) {
	for in, want := range map[string]string{
		"https://user:s3cret@registry.example.com/x.tgz":           "https://***@registry.example.com/x.tgz",
		"foo@https://TOKEN@host/a.tgz, foo@https://h/b":            "foo@https://***@host/a.tgz, foo@https://h/b",
		"git+ssh://git@github.com/a/b.git#abc":                     "git+ssh://git@github.com/a/b.git#abc",
		"^1.0.0":                                                   "^1.0.0",
		"https://registry.yarn.local/@babel/core/-/core-7.1.2.tgz": "https://registry.yarn.local/@babel/core/-/core-7.1.2.tgz",
	} {
		if got := redact(in); got != want {
			t.Errorf("redact(%q) = %q, want %q", in, got, want)
		}
	}
	// Problems never carry the credentials of an unresolved URL range.
	data := "\"a@^1\":\n  version \"1\"\n  dependencies:\n    b \"https://u:s3cret@host/b.tgz\"\n"
	g, err := Parser{}.Parse(context.Background(), lockfile.Input{Path: "yarn.lock", Data: []byte(data)})
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range g.Problems {
		if strings.Contains(p.Message+p.Key, "s3cret") {
			t.Errorf("problem leaks a secret: %+v", p)
		}
	}
	if len(g.Problems) == 0 {
		t.Error("want a problem for the unresolved dependency")
	}
}

// TestNestedPatches: descriptors nesting patch: in patch: are handled
// without deep recursion.
func TestNestedPatches(t *testing.T) {
	rng := strings.Repeat("patch:a@", 50000) + "npm:1.0.0"
	// Keys over 1024 characters use YAML's explicit "? key" form, as berry
	// writes them.
	data := "__metadata:\n  version: 8\n? \"a@" + rng + "#p\"\n:\n  version: 1.0.0\n  resolution: \"a@" + rng + "#p\"\n"
	g, err := Parser{}.Parse(context.Background(), lockfile.Input{Path: "yarn.lock", Data: []byte(data)})
	if err != nil {
		t.Fatal(err)
	}
	if len(g.Find("a", "1.0.0")) != 1 {
		t.Errorf("nodes %v", nodeLines(g))
	}
}

// TestMissingCapped: unresolved dependencies are listed up to a limit and
// then counted.
func TestMissingCapped(t *testing.T) {
	var b strings.Builder
	b.WriteString("a@^1:\n  version \"1.0.0\"\n  dependencies:\n")
	for i := 0; i < maxMissingProblems+50; i++ {
		fmt.Fprintf(&b, "    dep%d \"^1\"\n", i)
	}
	g, err := Parser{}.Parse(context.Background(), lockfile.Input{Path: "yarn.lock", Data: []byte(b.String())})
	if err != nil {
		t.Fatal(err)
	}
	var missing int
	for _, p := range g.Problems {
		if strings.Contains(p.Message, "has no entry") {
			missing++
		}
	}
	last := g.Problems[len(g.Problems)-2].Message // before the guessed-root problem
	if missing != maxMissingProblems || last != "50 more dependencies have no entry in the lockfile" {
		t.Errorf("got %d missing problems, last %q", missing, last)
	}
}
