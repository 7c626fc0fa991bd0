package guard

import (
	"path/filepath"
	"slices"
	"strings"
)

// resolveDep finds the directory Node would load dependency name from when
// required by the package in dir: dir/node_modules/name, then each
// ancestor's node_modules/name (this also covers pnpm's store, where a
// package's dependencies are its siblings). Returns the real path, or "".
func resolveDep(dir, name string, exists func(string) (string, bool)) string {
	for d := dir; ; {
		if filepath.Base(d) != "node_modules" {
			if real, ok := exists(filepath.Join(d, "node_modules", filepath.FromSlash(name))); ok {
				return real
			}
		}
		parent := filepath.Dir(d)
		if parent == d {
			return ""
		}
		d = parent
	}
}

// Order returns the packages sorted so that every package comes after the
// installed packages it depends on (dependencies before dependents), as npm
// runs install scripts. Ties and dependency cycles are broken by path, so the
// order is deterministic. exists maps a candidate directory to its real path
// (nil uses the file system).
func Order(pkgs []*Package, exists func(string) (string, bool)) []*Package {
	if exists == nil {
		exists = realDir
	}
	byDir := make(map[string]int, len(pkgs))
	for i, p := range pkgs {
		byDir[p.Dir] = i
	}
	deps := make([][]int, len(pkgs))
	for i, p := range pkgs {
		for _, name := range p.Deps {
			if j, ok := byDir[resolveDep(p.Dir, name, exists)]; ok && j != i {
				deps[i] = append(deps[i], j)
			}
		}
	}
	idx := make([]int, len(pkgs))
	for i := range idx {
		idx[i] = i
	}
	slices.SortFunc(idx, func(a, b int) int { return strings.Compare(pkgs[a].Path, pkgs[b].Path) })
	// Depth-first post-order: a package is emitted after its dependencies.
	// A package met again while on the stack is a cycle and is skipped there.
	const (
		unseen = iota
		onStack
		done
	)
	state := make([]int, len(pkgs))
	out := make([]*Package, 0, len(pkgs))
	var visit func(i int)
	visit = func(i int) {
		// Iterative enough: depth is bounded by the number of packages, and
		// the stack frames are small.
		state[i] = onStack
		ds := slices.Clone(deps[i])
		slices.SortFunc(ds, func(a, b int) int { return strings.Compare(pkgs[a].Path, pkgs[b].Path) })
		for _, j := range ds {
			if state[j] == unseen {
				visit(j)
			}
		}
		state[i] = done
		out = append(out, pkgs[i])
	}
	for _, i := range idx {
		if state[i] == unseen {
			visit(i)
		}
	}
	return out
}
