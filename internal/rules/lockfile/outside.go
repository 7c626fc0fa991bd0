package lockfile

import (
	"context"
	"fmt"
	"path"
	"strings"

	"github.com/depfence/depfence/internal/analyze"
	"github.com/depfence/depfence/internal/depgraph"
	"github.com/depfence/depfence/internal/finding"
	"github.com/depfence/depfence/internal/rules/graphkit"
)

// OutsideProject flags local dependencies (file:, link:, portal:,
// workspaces) that live outside the project directory.
type OutsideProject struct{}

// Meta implements analyze.GraphRule.
func (OutsideProject) Meta() analyze.Meta {
	return analyze.Meta{
		ID: "lockfile/outside-project", Version: 1, Title: "Local dependency lives outside the project",
		Help: "A file:, link: or portal: dependency (or a workspace) points at a directory or tarball outside the repository: an " +
			"absolute path, a path that climbs out with \"..\", or bun's global link store. Its code is not in the repository, so it " +
			"is not reviewed with it, differs from machine to machine, and whoever controls that path controls what your build runs.",
		Remediation:     "Vendor the code into the repository, publish it to your registry, or make it a workspace member.",
		Example:         `"shared": "file:../../other-repo/shared"`,
		DefaultSeverity: finding.SeverityMedium, Signal: analyze.SigMisc, Needs: analyze.NeedGraph,
	}
}

// CheckGraph implements analyze.GraphRule.
func (OutsideProject) CheckGraph(ctx context.Context, t *analyze.GraphTarget, r analyze.GraphReporter) error {
	bun := strings.HasPrefix(t.Graph.Format, "bun")
	for _, n := range t.Graph.Nodes {
		if ctx.Err() != nil {
			return ctx.Err()
		}
		switch n.Source.Kind {
		case depgraph.SourceFile, depgraph.SourceLink, depgraph.SourceWorkspace:
		default:
			continue
		}
		p := n.Source.Path
		var why string
		switch {
		case p == "":
			continue
		case bun && n.Source.Kind == depgraph.SourceLink && !strings.ContainsAny(p, `/\`) && p != "." && p != "..":
			why = "linked from bun's global link store (bun link), outside the project"
		default:
			why = outside(p)
		}
		if why == "" {
			continue
		}
		graphkit.Report(t, r, n, analyze.Instance{
			Message:    fmt.Sprintf("%s is %s", n.Name, why),
			Evidence:   []finding.Evidence{graphkit.Snip(n.Source.Kind.String()+": "+graphkit.Clip(p, 200), why)},
			Confidence: finding.ConfidenceHigh,
		})
	}
	return nil
}

// outside says why a project-relative path leaves the project, or "".
func outside(p string) string {
	s := strings.ReplaceAll(p, "\\", "/")
	if strings.HasPrefix(s, "file://") {
		return "an absolute file URL, outside the project"
	}
	if strings.HasPrefix(s, "~") {
		return "in a home directory, outside the project"
	}
	if strings.HasPrefix(s, "/") || len(s) >= 2 && s[1] == ':' && (s[0]|0x20 >= 'a' && s[0]|0x20 <= 'z') {
		return "at an absolute path, outside the project"
	}
	c := path.Clean(s)
	if c == ".." || strings.HasPrefix(c, "../") {
		return "outside the project (" + graphkit.Clip(c, 120) + ")"
	}
	return ""
}
