package guard

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/depfence/depfence/internal/npm"
	"github.com/depfence/depfence/internal/policy"
)

// isGitSpec reports whether a dependency spec from package.json resolves to
// a git repository (npm-package-arg's git forms, including the GitHub
// "user/repo" shorthand).
func isGitSpec(spec string) bool {
	s := strings.TrimSpace(spec)
	ls := strings.ToLower(s)
	for _, p := range []string{"git+", "git:", "github:", "gitlab:", "bitbucket:", "gist:", "git@"} {
		if strings.HasPrefix(ls, p) {
			return true
		}
	}
	if strings.HasPrefix(ls, "http://") || strings.HasPrefix(ls, "https://") {
		return strings.HasSuffix(strings.SplitN(ls, "#", 2)[0], ".git")
	}
	if strings.Contains(s, ":") || strings.HasPrefix(s, "@") || strings.HasPrefix(s, ".") || strings.HasPrefix(s, "/") || strings.HasPrefix(s, "~") {
		return false
	}
	// "user/repo" or "user/repo#ref": GitHub shorthand.
	head := strings.SplitN(s, "#", 2)[0]
	parts := strings.Split(head, "/")
	return len(parts) == 2 && parts[0] != "" && parts[1] != "" && !strings.ContainsAny(head, " <>=^~*|")
}

// ManifestGate checks the project's package.json (which `depfence install`
// may resolve afresh, unlike `depfence ci`) for direct git dependencies
// that the allow-list does not cover. Transitive git dependencies that a new
// resolution may bring in cannot be seen before the package manager runs:
// use `depfence ci` with a reviewed lockfile to rule them out.
func ManifestGate(dir string, s policy.Scripts) ([]Blocked, error) {
	p := filepath.Join(dir, "package.json")
	f, err := os.Open(p)
	if err != nil {
		if os.IsNotExist(err) {
			return nil, nil
		}
		return nil, err
	}
	defer f.Close()
	data, err := io.ReadAll(io.LimitReader(f, maxManifestLen+1))
	if err != nil {
		return nil, fmt.Errorf("read %q: %w", p, err)
	}
	if len(data) > maxManifestLen {
		return nil, fmt.Errorf("%q: larger than %d bytes", p, maxManifestLen)
	}
	m, err := npm.ParseManifest(data)
	if err != nil {
		return nil, fmt.Errorf("%q: %w", p, err)
	}
	var out []Blocked
	for _, deps := range []map[string]string{m.Dependencies, m.DevDependencies, m.OptionalDependencies, m.PeerDependencies} {
		for _, name := range slices.Sorted(mapKeySeq(deps)) {
			spec := deps[name]
			if !isGitSpec(spec) || slices.ContainsFunc(out, func(b Blocked) bool { return b.Name == name }) {
				continue
			}
			d := Decide(s, name, spec, "", []string{""})
			if d.Status == Allowed {
				continue
			}
			reason := fmt.Sprintf("git dependency %q in package.json: its prepare script runs during install even with --ignore-scripts; review it and run `depfence scripts allow %s --reason ...`, or depend on a registry release", spec, name)
			if d.Status == Denied {
				reason = "git dependency denied by depfence.yaml: its prepare script would run during install even with --ignore-scripts"
			}
			out = append(out, Blocked{Name: name, Version: spec, URL: spec, Reason: reason})
		}
	}
	return out, nil
}

func mapKeySeq(m map[string]string) func(func(string) bool) {
	return func(yield func(string) bool) {
		for k := range m {
			if !yield(k) {
				return
			}
		}
	}
}
