// Package lockfile holds the lockfile-integrity graph rules: where each
// locked package comes from (trusted host, https, registry-shaped URL that
// matches the package), how it is pinned (sha512 integrity that agrees with
// the registry), aliases that hide another package, local code outside the
// project and a lockfile that no longer matches package.json. They cover
// everything lockfile-lint validates, for every lockfile format the
// dependency graph abstracts.
//
// Local code (the root, workspaces, link: and file: directories) is never
// held to registry expectations.
package lockfile

import (
	"strings"

	"github.com/depfence/depfence/internal/analyze"
	"github.com/depfence/depfence/internal/depgraph"
	"github.com/depfence/depfence/internal/rules/graphkit"
)

// Rules returns the lockfile rules in a stable order.
func Rules() []analyze.GraphRule {
	return []analyze.GraphRule{
		UntrustedHost{},
		InsecureURL{},
		ExoticSource{},
		URLMismatch{},
		MissingIntegrity{},
		WeakIntegrity{},
		MalformedIntegrity{},
		IntegrityMismatch{},
		AliasConfusion{},
		OutsideProject{},
		OutOfSync{},
	}
}

// remote reports whether n is downloaded code the lockfile must pin: not
// the project's own code and not bundled inside another package's tarball.
func remote(g *depgraph.Graph, n *depgraph.Node) bool {
	return !graphkit.IsLocalNode(g, n) && !n.Flags.Has(depgraph.Bundled)
}

// recordsIntegrity reports whether the lockfile format records npm
// integrity for registry packages. Yarn berry's checksum hashes yarn's
// own zip archive, not the registry tarball, and is not comparable.
func recordsIntegrity(g *depgraph.Graph) bool {
	return !strings.HasPrefix(g.Format, "yarn berry")
}
