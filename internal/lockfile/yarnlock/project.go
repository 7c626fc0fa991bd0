package yarnlock

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"path"
	"slices"
	"strings"

	"github.com/depfence/depfence/internal/depgraph"
	"github.com/depfence/depfence/internal/npm"
)

// maxWorkspaces bounds how many workspace manifests are read.
const maxWorkspaces = 10000

// errNoProject: the parser was given no project directory.
var errNoProject = errors.New("no project directory")

// readManifest reads dir/package.json from fsys with npm's decoding rules.
// Symbolic links are refused so a hostile checkout cannot point the
// manifest elsewhere.
func readManifest(fsys fs.FS, dir string) (*npm.Manifest, error) {
	m, _, err := readManifestData(fsys, dir)
	return m, err
}

// readManifestData is readManifest that also returns the file's bytes.
func readManifestData(fsys fs.FS, dir string) (*npm.Manifest, []byte, error) {
	if fsys == nil {
		return nil, nil, errNoProject
	}
	name := path.Join(dir, "package.json")
	if !fs.ValidPath(name) {
		return nil, nil, fmt.Errorf("%q is not a path inside the project", name)
	}
	for _, p := range []string{dir, name} {
		if p == "." {
			continue
		}
		if st, err := fs.Lstat(fsys, p); err == nil && st.Mode()&fs.ModeSymlink != 0 {
			return nil, nil, fmt.Errorf("%q is a symbolic link", p)
		}
	}
	f, err := fsys.Open(name)
	if err != nil {
		return nil, nil, err
	}
	defer f.Close()
	if st, err := f.Stat(); err != nil {
		return nil, nil, err
	} else if !st.Mode().IsRegular() {
		return nil, nil, fmt.Errorf("%q is not a regular file", name)
	}
	data, err := io.ReadAll(io.LimitReader(f, npm.MaxManifestSize+1))
	if err != nil {
		return nil, nil, fmt.Errorf("read %q: %w", name, err)
	}
	m, err := npm.ParseManifest(data)
	if err != nil {
		return nil, nil, fmt.Errorf("%q: %w", name, err)
	}
	return m, data, nil
}

// workspacePatterns returns the "workspaces" globs of a manifest: an array,
// or an object with a "packages" array (yarn classic's nohoist form).
func workspacePatterns(m *npm.Manifest) []string {
	if m == nil || len(m.Workspaces) == 0 {
		return nil
	}
	var list []string
	if json.Unmarshal(m.Workspaces, &list) == nil {
		return list
	}
	var obj struct {
		Packages []string `json:"packages"`
	}
	if json.Unmarshal(m.Workspaces, &obj) == nil {
		return obj.Packages
	}
	return nil
}

// workspace is one workspace member found on disk.
type workspace struct {
	path string // project-relative directory
	m    *npm.Manifest
}

// findWorkspaces expands the workspace globs against fsys: "*", "?" and
// "[...]" match inside one path segment (fs.Glob), "**" matches any number
// of directories (node_modules and dot directories are not entered).
// "!pattern" excludes matches. Directories without a package.json are
// skipped, as yarn does.
func findWorkspaces(fsys fs.FS, patterns []string, g *depgraph.Graph) []workspace {
	if fsys == nil {
		return nil
	}
	var include, exclude []string
	for _, p := range patterns {
		neg := strings.HasPrefix(p, "!")
		p = path.Clean(strings.TrimPrefix(p, "!"))
		if !fs.ValidPath(p) || p == "." {
			g.AddProblem(0, "", "workspace pattern %q is outside the project; its workspaces are not read", clip(p))
			continue
		}
		if neg {
			exclude = append(exclude, p)
		} else {
			include = append(include, p)
		}
	}
	var out []workspace
	seen := map[string]bool{}
	for _, p := range include {
		var matches []string
		var err error
		if strings.Contains(p, "**") {
			matches, err = globStar(fsys, p)
		} else {
			matches, err = fs.Glob(fsys, p)
		}
		if err != nil {
			g.AddProblem(0, "", "workspace pattern %q: %v", p, err)
			continue
		}
		slices.Sort(matches)
		for _, dir := range matches {
			if seen[dir] || dir == "." || excluded(dir, exclude) {
				continue
			}
			seen[dir] = true
			if st, err := fs.Stat(fsys, dir); err != nil || !st.IsDir() {
				continue
			}
			m, err := readManifest(fsys, dir)
			if errors.Is(err, fs.ErrNotExist) {
				continue
			}
			if err != nil {
				g.AddProblem(0, "", "workspace %q: %v", dir, err)
				continue
			}
			if len(out) >= maxWorkspaces {
				g.AddProblem(0, "", "more than %d workspaces; the rest are not read", maxWorkspaces)
				return out
			}
			out = append(out, workspace{path: dir, m: m})
		}
	}
	return out
}

// maxGlobDirs bounds the directories a "**" pattern visits.
const maxGlobDirs = 100000

// globStar expands a pattern containing "**" segments by walking the
// directories under its literal prefix.
func globStar(fsys fs.FS, pattern string) ([]string, error) {
	segs := strings.Split(pattern, "/")
	for _, s := range segs {
		if strings.Contains(s, "**") && s != "**" {
			return nil, fmt.Errorf("\"**\" must be a whole path segment")
		}
		if _, err := path.Match(s, ""); err != nil {
			return nil, err
		}
	}
	root := "."
	for k, s := range segs {
		if strings.ContainsAny(s, "*?[\\") {
			root = path.Join(segs[:k]...)
			if root == "" {
				root = "."
			}
			break
		}
	}
	var out []string
	visited := 0
	err := fs.WalkDir(fsys, root, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			if p == root {
				return nil // a missing prefix matches nothing
			}
			return fs.SkipDir
		}
		if !d.IsDir() {
			return nil
		}
		if visited++; visited > maxGlobDirs {
			return fmt.Errorf("more than %d directories", maxGlobDirs)
		}
		if p != root && (d.Name() == "node_modules" || strings.HasPrefix(d.Name(), ".")) {
			return fs.SkipDir
		}
		if matchSegments(segs, strings.Split(p, "/")) {
			out = append(out, p)
		}
		return nil
	})
	return out, err
}

// matchSegments matches path segments against pattern segments, where a
// "**" segment matches zero or more path segments (dynamic programming, so
// time stays len(pat)*len(name)).
func matchSegments(pat, name []string) bool {
	// ok[j] reports whether pat[:i] matches name[:j].
	ok := make([]bool, len(name)+1)
	ok[0] = true
	for _, p := range pat {
		next := make([]bool, len(name)+1)
		for j := 0; j <= len(name); j++ {
			if p == "**" {
				next[j] = ok[j] || (j > 0 && next[j-1])
				continue
			}
			if j > 0 && ok[j-1] {
				if m, _ := path.Match(p, name[j-1]); m {
					next[j] = true
				}
			}
		}
		ok = next
	}
	return ok[len(name)]
}

func excluded(dir string, patterns []string) bool {
	for _, p := range patterns {
		if ok, _ := path.Match(p, dir); ok {
			return true
		}
		if strings.Contains(p, "**") && matchSegments(strings.Split(p, "/"), strings.Split(dir, "/")) {
			return true
		}
	}
	return false
}

// manifestKinds maps each dependency name a manifest declares to the kind
// of its strongest declaration: a name in dependencies or
// optionalDependencies is not dev even if devDependencies repeats it.
func manifestKinds(m *npm.Manifest) map[string]depgraph.DepKind {
	k := make(map[string]depgraph.DepKind, len(m.Dependencies)+len(m.DevDependencies)+len(m.OptionalDependencies))
	for n := range m.DevDependencies {
		k[n] = depgraph.DepDev
	}
	for n := range m.Dependencies {
		k[n] = depgraph.DepProd
	}
	for n := range m.OptionalDependencies {
		k[n] = depgraph.DepOptional
	}
	return k
}

// manifestDeps lists the dependencies of a manifest in a stable order,
// with their kinds. Peer dependencies are left out: yarn does not install
// them for the declaring package.
func manifestDeps(m *npm.Manifest) []rawDep {
	var out []rawDep
	add := func(deps map[string]string, kind depgraph.DepKind) {
		names := make([]string, 0, len(deps))
		for n := range deps {
			if _, opt := m.OptionalDependencies[n]; opt && kind == depgraph.DepProd {
				continue // npm and yarn: optionalDependencies override dependencies
			}
			names = append(names, n)
		}
		slices.Sort(names)
		for _, n := range names {
			out = append(out, rawDep{name: n, rng: deps[n], kind: kind})
		}
	}
	add(m.Dependencies, depgraph.DepProd)
	add(m.OptionalDependencies, depgraph.DepOptional)
	add(m.DevDependencies, depgraph.DepDev)
	return out
}

// rawDep is one dependency declaration of a lockfile entry or manifest.
type rawDep struct {
	name, rng string
	kind      depgraph.DepKind
}
