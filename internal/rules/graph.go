package rules

import (
	"github.com/depfence/depfence/internal/analyze"
	"github.com/depfence/depfence/internal/rules/identity"
	"github.com/depfence/depfence/internal/rules/lockfile"
	"github.com/depfence/depfence/internal/rules/manifest"
	"github.com/depfence/depfence/internal/rules/release"
)

// GraphBuiltin returns the built-in project-level rules (lockfile
// integrity, dependency identity, release history): the one list of graph
// rules. The release rules come from one release.Rules() call so that they
// share the packuments they fetch.
func GraphBuiltin() []analyze.GraphRule {
	var out []analyze.GraphRule
	out = append(out, lockfile.Rules()...)
	out = append(out, identity.Rules()...)
	out = append(out, release.Rules()...)
	return out
}

// MetadataRules are per-package rules that compare the tarball with the
// registry's full version manifest; they run when the scan fetches full
// packuments (depfence scan --full-metadata).
func MetadataRules() []analyze.Rule {
	return manifest.Rules()
}
