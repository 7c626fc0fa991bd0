package guard

import (
	"github.com/depfence/depfence/internal/policy"
)

// Status is a package's standing in the install-script allow-list.
type Status string

// Statuses. Only Allowed scripts run.
const (
	// Allowed: an allow entry matches and its hash (if any) equals the
	// package's current script hash.
	Allowed Status = "allowed"
	// Denied: a deny entry matches; the scripts never run.
	Denied Status = "denied"
	// New: no entry covers this package (or this version/path of it).
	New Status = "new"
	// Changed: an allow entry matches but pins a different script hash: the
	// script changed since a person approved it.
	Changed Status = "changed"
)

// Decision is the allow-list outcome for one package.
type Decision struct {
	Status Status
	// Entry is the matching policy entry (nil for New).
	Entry *policy.ScriptEntry
	// Unpinned is set for an allowed entry without a hash (any script
	// content is trusted).
	Unpinned bool
}

// Decide classifies a package with install scripts against the allow-list.
// A deny entry wins over an allow entry. vias are the dependency chains that
// bring the package in (see policy.ScriptEntry.Matches).
func Decide(s policy.Scripts, name, version, hash string, vias []string) Decision {
	for i := range s.Deny {
		if s.Deny[i].Matches(name, version, vias) {
			return Decision{Status: Denied, Entry: &s.Deny[i]}
		}
	}
	var changed *policy.ScriptEntry
	for i := range s.Allow {
		e := &s.Allow[i]
		if !e.Matches(name, version, vias) {
			continue
		}
		switch {
		case e.Hash == "":
			return Decision{Status: Allowed, Entry: e, Unpinned: true}
		case e.Hash == hash:
			return Decision{Status: Allowed, Entry: e}
		default:
			changed = e
		}
	}
	if changed != nil {
		return Decision{Status: Changed, Entry: changed}
	}
	return Decision{Status: New}
}
