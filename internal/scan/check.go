package scan

import (
	"context"
	"fmt"
	"os"

	"github.com/depfence/depfence/internal/depgraph"
	"github.com/depfence/depfence/internal/npm"
	"github.com/depfence/depfence/internal/report"
)

// ResolveSpec picks the version a spec ("", a dist-tag, an exact version or
// a range) means for name, from the registry's packument.
func ResolveSpec(p *npm.Packument, spec string) (string, error) {
	if spec == "" {
		spec = "latest"
	}
	if v, ok := p.DistTags[spec]; ok {
		return v, nil
	}
	if _, ok := p.Versions[spec]; ok {
		return spec, nil
	}
	rng, err := npm.ParseRange(spec)
	if err != nil {
		return "", fmt.Errorf("%s@%s: not a dist-tag, version or range", p.Name, spec)
	}
	var best npm.Version
	found := ""
	for s := range p.Versions {
		v, err := npm.ParseVersion(s)
		if err != nil || !rng.Satisfies(v) {
			continue
		}
		if found == "" || npm.CompareVersions(v, best) > 0 {
			best, found = v, s
		}
	}
	if found == "" {
		return "", fmt.Errorf("%s@%s: no version satisfies the range", p.Name, spec)
	}
	return found, nil
}

// Check fetches and analyses one registry package before it is added to a
// project: the graph is a root that depends on name@spec.
func Check(ctx context.Context, o Options, name, spec string) (*report.Result, error) {
	if err := o.validate(); err != nil {
		return nil, err
	}
	if _, err := npm.ParseName(name); err != nil {
		return nil, err
	}
	if o.Fetcher.Registry == nil {
		return nil, fmt.Errorf("check %s: no registry client (offline without a configured registry)", name)
	}
	p, err := o.Fetcher.Registry.Packument(ctx, name)
	if err != nil {
		return nil, err
	}
	version, err := ResolveSpec(p, spec)
	if err != nil {
		return nil, err
	}
	pv := p.Versions[version]
	g := depgraph.New("depfence check")
	g.Path = "(check " + name + "@" + version + ")"
	root := g.AddNode(&depgraph.Node{Name: "(check)", Version: "0.0.0", Source: depgraph.Source{Kind: depgraph.SourceRoot}})
	g.AddRoot(root)
	n := &depgraph.Node{Name: name, Version: version, Source: depgraph.Source{Kind: depgraph.SourceRegistry}}
	if pv != nil {
		n.Source.URL = pv.Dist.Tarball
		if in, err := pv.Dist.ParsedIntegrity(); err == nil {
			n.Integrity, n.IntegrityRaw = in, in.String()
		}
		n.HasInstallScript = pv.HasInstallScript
		n.OS, n.CPU, n.Libc = pv.OS, pv.CPU, pv.Libc
	}
	id := g.AddNode(n)
	g.AddEdge(depgraph.Edge{From: root, To: id, Name: name, Spec: spec, Kind: depgraph.DepProd})
	g.Finalize()
	started := o.Now()
	o.Platform = depgraph.Platform{}
	o.NoTreeAudit = true
	// The synthetic project has no files of its own: give project-level
	// rules an empty directory rather than the caller's working directory.
	empty, err := os.MkdirTemp("", "depfence-check-")
	if err != nil {
		return nil, err
	}
	defer os.RemoveAll(empty)
	res, err := o.runGraph(ctx, g, empty)
	if err != nil {
		return nil, err
	}
	res.StartedAt, res.FinishedAt = started, o.Now()
	return res, nil
}
