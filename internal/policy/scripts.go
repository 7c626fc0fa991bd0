package policy

import (
	"strings"

	"github.com/depfence/depfence/internal/npm"
)

// ScriptKind says which list of the install-script allow-list an entry is in.
type ScriptKind int

// Script list kinds.
const (
	ScriptAllow ScriptKind = iota
	ScriptDeny
)

func (k ScriptKind) String() string {
	if k == ScriptDeny {
		return "deny"
	}
	return "allow"
}

// Matches reports whether the entry covers name@version brought in through
// one of vias. Each via is the chain of package names from a direct
// dependency of the project down to the package's parent, joined with ">"
// (empty for a direct dependency). An entry without Via matches any path; an
// entry with Via matches when some chain starts with it. A version that is
// not semver (a git commit, a URL) matches only an entry without a range.
func (e ScriptEntry) Matches(name, version string, vias []string) bool {
	ename, rng, err := parsePackageRange(e.Package)
	if err != nil || ename != name {
		return false
	}
	if rng != nil {
		v, err := npm.ParseVersion(version)
		if err != nil || !rng.Satisfies(v) {
			return false
		}
	}
	via := strings.TrimSpace(e.Via)
	if via == "" {
		return true
	}
	for _, chain := range vias {
		if chain == via || strings.HasPrefix(chain, via+">") {
			return true
		}
	}
	return false
}

// Name returns the package name of the entry ("" when it is malformed).
func (e ScriptEntry) Name() string {
	name, _, err := parsePackageRange(e.Package)
	if err != nil {
		return ""
	}
	return name
}

// ValidateScriptEntry checks an entry's package name and range.
func ValidateScriptEntry(e ScriptEntry) error {
	_, _, err := parsePackageRange(e.Package)
	return err
}
