package guard

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/depfence/depfence/internal/npm"
)

// Events are the install lifecycle events depfence runs, in npm's order.
var Events = []string{"preinstall", "install", "postinstall"}

// NodeGypRebuild is the script npm implies for a package with a binding.gyp
// and neither an install nor a preinstall script.
const NodeGypRebuild = "node-gyp rebuild"

// Limits on walking node_modules: hostile trees must not make us loop or
// read without bound.
const (
	maxPackages    = 200000
	maxNestDepth   = 64
	maxManifestLen = npm.MaxManifestSize
)

// Package is one installed package directory with its install scripts.
type Package struct {
	Name    string `json:"name"`
	Version string `json:"version"`
	// Dir is the package's real directory (symlinks resolved).
	Dir string `json:"dir"`
	// Path is Dir relative to the project (slash-separated).
	Path string `json:"path"`
	// Scripts holds the install lifecycle scripts that would run, keyed by
	// event, including an implied "install": "node-gyp rebuild".
	Scripts map[string]string `json:"scripts,omitempty"`
	// Gyp is set when the package has a binding.gyp.
	Gyp bool `json:"gyp,omitempty"`
	// ImpliedGyp is set when Scripts["install"] is npm's implied node-gyp rebuild.
	ImpliedGyp bool `json:"impliedGyp,omitempty"`
	// Hash pins the install-script content (see ScriptHash).
	Hash string `json:"hash,omitempty"`
	// Deps are the names the package depends on (dependencies and
	// optionalDependencies).
	Deps []string `json:"-"`
}

// HasScripts reports whether the package has install scripts to run.
func (p *Package) HasScripts() bool { return len(p.Scripts) > 0 }

// ScriptHash returns the pin for a package's install scripts: sha256 over
// each install event and its script (explicit scripts only) and whether a
// binding.gyp is present, as "sha256:<hex>". Any change to the scripts or
// the appearance of a binding.gyp changes it.
func ScriptHash(scripts map[string]string, gyp bool) string {
	h := sha256.New()
	for _, ev := range Events {
		if s, ok := scripts[ev]; ok {
			fmt.Fprintf(h, "%s\x00%s\x00", ev, s)
		}
	}
	if gyp {
		io.WriteString(h, "binding.gyp\x00")
	}
	return "sha256:" + hex.EncodeToString(h.Sum(nil))
}

// readPackage reads dir/package.json and computes the install scripts the
// way npm does. It returns nil for a directory without a usable manifest.
func readPackage(dir string) (*Package, error) {
	f, err := os.Open(filepath.Join(dir, "package.json"))
	if err != nil {
		return nil, nil
	}
	defer f.Close()
	data, err := io.ReadAll(io.LimitReader(f, maxManifestLen+1))
	if err != nil {
		return nil, fmt.Errorf("read %q: %w", filepath.Join(dir, "package.json"), err)
	}
	if len(data) > maxManifestLen {
		return nil, fmt.Errorf("%q: package.json larger than %d bytes", dir, maxManifestLen)
	}
	m, err := npm.ParseManifest(data)
	if err != nil {
		return nil, fmt.Errorf("%q: %w", filepath.Join(dir, "package.json"), err)
	}
	p := &Package{Name: m.Name, Version: m.Version, Dir: dir}
	explicit := map[string]string{}
	for _, ev := range Events {
		if s, ok := m.Scripts[ev]; ok && strings.TrimSpace(s) != "" {
			explicit[ev] = s
		}
	}
	if st, err := os.Lstat(filepath.Join(dir, "binding.gyp")); err == nil && st.Mode().IsRegular() {
		p.Gyp = true
	}
	p.Hash = ScriptHash(explicit, p.Gyp)
	p.Scripts = explicit
	if p.Gyp && explicit["install"] == "" && explicit["preinstall"] == "" && !gypfileFalse(data) {
		p.Scripts["install"] = NodeGypRebuild
		p.ImpliedGyp = true
	}
	if len(p.Scripts) == 0 {
		p.Scripts = nil
	}
	for name := range m.Dependencies {
		p.Deps = append(p.Deps, name)
	}
	for name := range m.OptionalDependencies {
		if !slices.Contains(p.Deps, name) {
			p.Deps = append(p.Deps, name)
		}
	}
	slices.Sort(p.Deps)
	return p, nil
}

// gypfileFalse reports whether package.json says "gypfile": false, which
// turns npm's implied node-gyp rebuild off.
func gypfileFalse(data []byte) bool {
	var v struct {
		Gypfile json.RawMessage `json:"gypfile"`
	}
	data = []byte(strings.TrimPrefix(string(data), "\ufeff"))
	return json.Unmarshal(data, &v) == nil && strings.TrimSpace(string(v.Gypfile)) == "false"
}

// Installed walks root/node_modules (npm, yarn and bun hoisted layouts,
// nested node_modules, pnpm's node_modules/.pnpm store, bun's isolated
// .bun store and yarn berry's pnpm-linker .store) and returns each
// installed package directory once, sorted by path. Symlinks are followed
// only when they stay inside root; links to workspace members (the project's
// own code) are not dependencies and are skipped.
func Installed(ctx context.Context, root string) ([]*Package, error) {
	root, err := filepath.Abs(root)
	if err != nil {
		return nil, err
	}
	if r, err := filepath.EvalSymlinks(root); err == nil {
		root = r
	}
	w := &walker{root: root, seen: map[string]bool{}}
	if err := w.modules(ctx, filepath.Join(root, "node_modules"), 0); err != nil {
		return nil, err
	}
	slices.SortFunc(w.out, func(a, b *Package) int { return strings.Compare(a.Path, b.Path) })
	return w.out, nil
}

type walker struct {
	root string
	seen map[string]bool
	out  []*Package
}

// modules reads one node_modules directory.
func (w *walker) modules(ctx context.Context, nm string, depth int) error {
	if depth > maxNestDepth {
		return fmt.Errorf("%q: node_modules nested deeper than %d", nm, maxNestDepth)
	}
	entries, err := os.ReadDir(nm)
	if err != nil {
		return nil
	}
	for _, e := range entries {
		if err := ctx.Err(); err != nil {
			return err
		}
		name := e.Name()
		switch {
		case name == ".pnpm" || name == ".bun" || name == ".store":
			// Content-addressed stores: pnpm, bun's isolated linker, yarn
			// berry's pnpm linker; each entry is <key>/node_modules/<pkg>.
			if err := w.pnpmStore(ctx, filepath.Join(nm, name), depth); err != nil {
				return err
			}
		case strings.HasPrefix(name, "."):
			// .bin, .cache, .package-lock.json, .modules.yaml, .yarn-state.yml
		case strings.HasPrefix(name, "@"):
			scoped, err := os.ReadDir(filepath.Join(nm, name))
			if err != nil {
				continue
			}
			for _, s := range scoped {
				if err := w.pkg(ctx, filepath.Join(nm, name, s.Name()), depth); err != nil {
					return err
				}
			}
		default:
			if err := w.pkg(ctx, filepath.Join(nm, name), depth); err != nil {
				return err
			}
		}
	}
	return nil
}

// pnpmStore reads node_modules/.pnpm/<name@version>/node_modules (and the
// same layout under .bun and .store).
func (w *walker) pnpmStore(ctx context.Context, store string, depth int) error {
	entries, err := os.ReadDir(store)
	if err != nil {
		return nil
	}
	for _, e := range entries {
		if !e.IsDir() || e.Name() == "node_modules" {
			// .pnpm/node_modules holds hoisting symlinks into the store.
			continue
		}
		if err := w.modules(ctx, filepath.Join(store, e.Name(), "node_modules"), depth+1); err != nil {
			return err
		}
	}
	return nil
}

// pkg records one package directory and descends into its node_modules.
func (w *walker) pkg(ctx context.Context, dir string, depth int) error {
	real, err := filepath.EvalSymlinks(dir)
	if err != nil {
		return nil
	}
	rel, err := filepath.Rel(w.root, real)
	if err != nil || rel == "." || !filepath.IsLocal(rel) {
		return nil
	}
	if w.seen[real] {
		return nil
	}
	w.seen[real] = true
	if len(w.seen) > maxPackages {
		return fmt.Errorf("%q: more than %d packages under node_modules", w.root, maxPackages)
	}
	st, err := os.Stat(real)
	if err != nil || !st.IsDir() {
		return nil
	}
	if !strings.HasPrefix(filepath.ToSlash(rel), "node_modules/") && !strings.Contains(filepath.ToSlash(rel), "/node_modules/") {
		// A link to the project's own code (a workspace member): not a
		// dependency, but its own node_modules holds dependencies that were
		// not hoisted.
		return w.modules(ctx, filepath.Join(real, "node_modules"), depth+1)
	}
	p, err := readPackage(real)
	if err != nil {
		return err
	}
	if p != nil && p.Name != "" {
		p.Path = filepath.ToSlash(rel)
		w.out = append(w.out, p)
	}
	return w.modules(ctx, filepath.Join(real, "node_modules"), depth+1)
}
