package analyze

import (
	"context"
	"time"

	"github.com/depfence/depfence/internal/depgraph"
	"github.com/depfence/depfence/internal/npm"
	"github.com/depfence/depfence/internal/typosquat"
)

// GraphRule checks the project as a whole rather than one package's code:
// the lockfile graph, its sources and hosts, and registry metadata
// (lockfile integrity, dependency confusion, typosquatting, release
// history). Like Rule, it is a pure function of its target: no network,
// no wall clock (Now is given), no globals.
type GraphRule interface {
	Meta() Meta
	CheckGraph(ctx context.Context, t *GraphTarget, r GraphReporter) error
}

// GraphTarget is what a GraphRule reads.
type GraphTarget struct {
	Graph *depgraph.Graph
	// ProjectDir holds the lockfile and the root package.json.
	ProjectDir string
	// Registry is the configured default registry URL; Scopes maps
	// "@scope" to its registry URL (from .npmrc).
	Registry string
	Scopes   map[string]string
	// PublicHosts are the hosts that stand for the public registry.
	PublicHosts []string
	// AllowedHosts are extra hosts the policy allows lockfile URLs on.
	AllowedHosts []string
	// Packument returns the registry document of a package (served from
	// the cache when offline); nil when no registry is available. Errors
	// are per package and must not stop the rule.
	Packument func(ctx context.Context, name string) (*npm.Packument, error)
	// PublicPackument returns the package's document from the public
	// registry, whatever registry is configured (dependency-confusion
	// checks compare a privately resolved name with its public namesake).
	// It returns (nil, nil) when the public registry has no such package,
	// and an error when it cannot tell. Nil when no public registry is
	// reachable. Both lookups may be called from several goroutines.
	PublicPackument func(ctx context.Context, name string) (*npm.Packument, error)
	// Now is the scan's clock reading (release-age checks).
	Now time.Time
	// MinReleaseAge is the release-age cooldown (0: the rule's default).
	MinReleaseAge time.Duration
	// Popular returns the package popularity index (typosquatting,
	// dependency confusion); nil: the embedded default. The target holds
	// it, so several rules share one build and it goes when the target
	// does.
	Popular func() (*typosquat.Index, error)
}

// GraphReporter takes one finding about a graph node at a time. Node -1
// reports about the project as a whole (e.g. lockfile out of sync).
type GraphReporter interface {
	ReportNode(node depgraph.NodeID, in Instance)
}
