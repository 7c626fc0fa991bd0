// Package yarnlock reads yarn.lock files: yarn classic's own "lockfile v1"
// format and yarn berry's (2+) YAML format, told apart by berry's
// __metadata block.
//
// Both formats key each entry by the list of descriptors (name@range) that
// resolved to it; every entry becomes one depgraph node and each dependency
// an edge found through the descriptor map. Roots come from the project's
// manifests (classic) or the workspace entries (berry); dev and optional
// kinds of root dependencies need the package.json files, read through
// lockfile.Input.Project when it is set.
package yarnlock

import (
	"bytes"
	"context"
	"strings"

	"github.com/depfence/depfence/internal/depgraph"
	"github.com/depfence/depfence/internal/lockfile"
	"github.com/depfence/depfence/internal/npm"
)

// Name is the format name of both yarn lockfile generations.
const Name = "yarn"

// Parser reads yarn.lock (classic v1 and berry).
type Parser struct{}

var _ lockfile.Parser = Parser{}

// Name implements lockfile.Parser.
func (Parser) Name() string { return Name }

// Match implements lockfile.Parser: the base name is "yarn.lock".
func (Parser) Match(base string) bool { return base == "yarn.lock" }

// Parse implements lockfile.Parser. It detects berry by a top-level
// "__metadata:" line and reads everything else as classic v1.
func (Parser) Parse(ctx context.Context, in lockfile.Input) (*depgraph.Graph, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	data := bytes.TrimPrefix(in.Data, []byte("\xef\xbb\xbf"))
	if IsBerry(data) {
		return parseBerry(ctx, in, data)
	}
	return parseClassic(ctx, in, data)
}

// IsBerry reports whether data is a yarn berry lockfile: it has a
// "__metadata:" key at the start of a line.
func IsBerry(data []byte) bool {
	for len(data) > 0 {
		line := data
		if i := bytes.IndexByte(data, '\n'); i >= 0 {
			line, data = data[:i], data[i+1:]
		} else {
			data = nil
		}
		if bytes.HasPrefix(line, []byte("__metadata:")) || bytes.HasPrefix(line, []byte(`"__metadata":`)) {
			return true
		}
	}
	return false
}

// splitDescriptor splits "name@range" or "@scope/name@range". ok is false
// when there is no "@" after the name.
func splitDescriptor(s string) (name, rng string, ok bool) {
	start := 0
	if strings.HasPrefix(s, "@") {
		start = 1
	}
	i := strings.IndexByte(s[start:], '@')
	if i < 0 {
		return s, "", false
	}
	return s[:start+i], s[start+i+1:], true
}

// aliasTarget returns the real name and range of an "npm:name@range" alias
// range, and ok false for anything else (including plain "npm:^1.0.0").
func aliasTarget(rng string) (name, target string, ok bool) {
	rest, found := strings.CutPrefix(rng, "npm:")
	if !found {
		return "", "", false
	}
	n, r, ok := splitDescriptor(rest)
	if !ok || n == "" {
		return "", "", false
	}
	return n, r, true
}

// checkName records a problem when name is not a valid npm package name.
func checkName(g *depgraph.Graph, line int, key, name string) {
	if _, err := npm.ParseName(name); err != nil {
		g.AddProblem(line, redact(key), "%v", err)
	}
}

// isHex reports whether s is non-empty lowercase or uppercase hex.
func isHex(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !('0' <= c && c <= '9' || 'a' <= c && c <= 'f' || 'A' <= c && c <= 'F') {
			return false
		}
	}
	return true
}

// gitRange reports whether a dependency range names a git repository
// (the forms npm and yarn accept: git+..., git://, github:, user/repo).
func gitRange(r string) bool {
	for _, p := range []string{"git+", "git:", "git@", "github:", "gitlab:", "bitbucket:", "gist:"} {
		if strings.HasPrefix(r, p) {
			return true
		}
	}
	if strings.HasPrefix(r, "http://") || strings.HasPrefix(r, "https://") {
		u, _, _ := strings.Cut(r, "#")
		return strings.HasSuffix(u, ".git")
	}
	// GitHub shorthand "user/repo" or "user/repo#ref".
	if r == "" || strings.ContainsAny(r[:1], "@./~^<>=*") || strings.Contains(r, ":") {
		return false
	}
	head, _, _ := strings.Cut(r, "#")
	user, repo, ok := strings.Cut(head, "/")
	return ok && user != "" && repo != "" && !strings.ContainsAny(head, " |")
}

// gitURL reports whether a resolved URL is a git location, and extracts the
// commit from a "#sha" fragment, a "#commit=sha" fragment parameter or a
// codeload.github.com tarball path.
func gitURL(u string) (commit string, ok bool) {
	base, frag, _ := strings.Cut(u, "#")
	isGit := false
	for _, p := range []string{"git+", "git:", "git@", "ssh://", "github:", "gitlab:", "bitbucket:"} {
		if strings.HasPrefix(u, p) {
			isGit = true
		}
	}
	if strings.HasSuffix(base, ".git") {
		isGit = true
	}
	if rest, ok := strings.CutPrefix(base, "https://codeload.github.com/"); ok {
		isGit = true
		if i := strings.LastIndexByte(rest, '/'); i >= 0 && isHex(rest[i+1:]) {
			commit = rest[i+1:]
		}
	}
	if !isGit {
		return "", false
	}
	for _, part := range strings.Split(frag, "&") {
		if c, ok := strings.CutPrefix(part, "commit="); ok && isHex(c) {
			commit = c
		} else if len(part) == 40 && isHex(part) {
			commit = part
		}
	}
	return commit, true
}

// guessRoot adds a stand-in root for a lockfile whose real roots are
// unknown. It depends (prod) on every entry nothing else depends on, then
// on one member of each cycle still unreached, so every entry hangs from a
// root. The guess is recorded as a problem.
func guessRoot(g *depgraph.Graph, entries int, first func(k int) string, msg string) {
	id := g.AddNode(&depgraph.Node{Name: "(root)", Source: depgraph.Source{Kind: depgraph.SourceRoot, Path: "."}, Key: "."})
	g.AddRoot(id)
	if entries == 0 {
		return
	}
	g.AddProblem(0, "", "%s", msg)
	out := make([][]depgraph.NodeID, entries)
	hasIn := make([]bool, entries)
	for _, e := range g.Edges {
		if int(e.From) < entries && int(e.To) < entries && e.From >= 0 && e.To >= 0 && e.From != e.To {
			out[e.From] = append(out[e.From], e.To)
			hasIn[e.To] = true
		}
	}
	seen := make([]bool, entries)
	var queue []depgraph.NodeID
	visit := func(k int) {
		name, rng, _ := splitDescriptor(first(k))
		g.AddEdge(depgraph.Edge{From: id, To: depgraph.NodeID(k), Name: name, Spec: rng, Kind: depgraph.DepProd})
		seen[k] = true
		queue = append(queue[:0], depgraph.NodeID(k))
		for len(queue) > 0 {
			cur := queue[0]
			queue = queue[1:]
			for _, to := range out[cur] {
				if !seen[to] {
					seen[to] = true
					queue = append(queue, to)
				}
			}
		}
	}
	for k := 0; k < entries; k++ {
		if !hasIn[k] {
			visit(k)
		}
	}
	for k := 0; k < entries; k++ {
		if !seen[k] {
			visit(k)
		}
	}
}

// redact replaces the credentials of URLs inside s ("https://user:pass@host"
// or "https://token@host") with "***"; the conventional "git@" user is kept.
func redact(s string) string {
	if !strings.Contains(s, "://") {
		return s
	}
	var b strings.Builder
	for {
		i := strings.Index(s, "://")
		if i < 0 {
			b.WriteString(s)
			return b.String()
		}
		b.WriteString(s[:i+3])
		s = s[i+3:]
		end := strings.IndexAny(s, "/?#, \"")
		if end < 0 {
			end = len(s)
		}
		if at := strings.LastIndexByte(s[:end], '@'); at >= 0 && s[:at] != "git" {
			b.WriteString("***")
			s = s[at:]
		}
	}
}

// maxMissingProblems bounds the problems listed one by one for
// dependencies without an entry; the rest are counted in one problem.
const maxMissingProblems = 100

// missingDeps records dependencies that resolve to no entry.
type missingDeps struct{ n int }

func (m *missingDeps) add(g *depgraph.Graph, line int, key string, d rawDep) {
	m.n++
	if m.n <= maxMissingProblems {
		g.AddProblem(line, redact(key), "dependency %s@%s has no entry in the lockfile", clip(d.name), clip(d.rng))
	}
}

func (m *missingDeps) flush(g *depgraph.Graph) {
	if m.n > maxMissingProblems {
		g.AddProblem(0, "", "%d more dependencies have no entry in the lockfile", m.n-maxMissingProblems)
	}
}
