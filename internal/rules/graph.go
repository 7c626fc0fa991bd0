package rules

import (
	"github.com/depfence/depfence/internal/analyze"
	"github.com/depfence/depfence/internal/rules/identity"
	"github.com/depfence/depfence/internal/rules/lockfile"
)

// GraphBuiltin returns the built-in project-level rules (lockfile
// integrity, dependency identity): the one list of graph rules.
func GraphBuiltin() []analyze.GraphRule {
	var out []analyze.GraphRule
	out = append(out, lockfile.Rules()...)
	out = append(out, identity.Rules()...)
	return out
}
