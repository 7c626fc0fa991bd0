// Package tarball holds rules about the package archive itself.
package tarball

import (
	"context"
	"fmt"
	"strings"

	"github.com/depfence/depfence/internal/analyze"
	"github.com/depfence/depfence/internal/finding"
	"github.com/depfence/depfence/internal/jsast"
)

// Anomaly reports archive structure that `npm pack` never produces: entries
// that escape the package directory, links, device files, duplicate or
// colliding names, data after the end of the archive.
type Anomaly struct{}

// Meta implements analyze.Rule.
func (Anomaly) Meta() analyze.Meta {
	return analyze.Meta{
		ID: "tarball/anomaly", Version: 2, Title: "Package archive built to fool extractors",
		Help: "The tarball has entries `npm pack` never writes: paths that climb out of the package directory or are absolute, hard or " +
			"symbolic links, device files, two entries for the same file (two package.json: which one a tool sees depends on the tool), " +
			"names that collide on case-insensitive disks, or data hidden after the end of the archive. npm itself refuses or rewrites most " +
			"of these, but other extractors, scanners and mirrors do not, so the archive can show a reviewer one thing and install another. " +
			"A package.json that is not valid JSON (a trailing comma, a comment) is medium: npm refuses it, other tools may read it; " +
			"depfence analyses it as read leniently.",
		Remediation:     "Do not install it; report the package to the registry. If it is your own package, repack it with `npm pack`.",
		Example:         "package/package.json, then package/../../.bashrc and a second package/package.json in the same tarball",
		DefaultSeverity: finding.SeverityHigh, Signal: analyze.SigEvasion, Needs: analyze.NeedFiles,
	}
}

// kinds says how much each anomaly kind matters; kinds not listed
// (no-package-dir, not-gzip, large-file, bad-name) are packaging quirks of
// old or odd publishers, not attacks.
var kinds = map[string]struct {
	sev  finding.Severity
	what string
}{
	"traversal":         {finding.SeverityHigh, "entry escapes the package directory"},
	"absolute-path":     {finding.SeverityHigh, "entry has an absolute path"},
	"drive-path":        {finding.SeverityHigh, "entry names a Windows drive"},
	"special-file":      {finding.SeverityHigh, "device file or pipe in the archive"},
	"hardlink":          {finding.SeverityMedium, "hard link in the archive"},
	"symlink":           {finding.SeverityMedium, "symbolic link in the archive"},
	"duplicate-entry":   {finding.SeverityLow, "the same path appears twice"},
	"case-collision":    {finding.SeverityMedium, "names that collide on case-insensitive disks"},
	"unicode-collision": {finding.SeverityMedium, "names that collide after Unicode normalisation"},
	"trailing-data":     {finding.SeverityMedium, "data after the end of the archive"},
	"deep-path":         {finding.SeverityMedium, "path nested deeper than npm extracts"},
}

// Check implements analyze.Rule.
func (Anomaly) Check(ctx context.Context, t *analyze.Target, r analyze.Reporter) error {
	first := map[string]analyze.Anomaly{}
	count := map[string]int{}
	sev := map[string]finding.Severity{}
	var order []string
	for _, a := range t.Anomalies() {
		k, ok := kinds[a.Kind]
		if !ok {
			continue
		}
		s := k.sev
		switch {
		case a.Kind == "duplicate-entry" && isManifest(a.Path):
			s = finding.SeverityHigh // two manifests: tools disagree on which is the package
		case a.Kind == "symlink" && (strings.HasPrefix(a.Detail, "/") || strings.Contains(a.Detail, "..")):
			s = finding.SeverityHigh // points outside the package
		}
		if _, seen := first[a.Kind]; !seen {
			first[a.Kind] = a
			order = append(order, a.Kind)
		}
		count[a.Kind]++
		sev[a.Kind] = max(sev[a.Kind], s)
	}
	if err := t.ManifestError(); err != nil {
		// npm refuses to install it; yarn, pnpm, bun or a mirror may read
		// it their own way, so what they run is not what a reviewer of
		// the JSON sees
		msg := "package.json is not valid JSON (" + jsast.Clean(err.Error(), 160) + "): npm refuses it, other tools may read it"
		if m, _ := t.Manifest(); m != nil {
			msg += "; analysed as read leniently"
		} else {
			msg += "; its scripts could not be read"
		}
		r.Report(analyze.Instance{File: "package.json", Severity: finding.SeverityMedium, Confidence: finding.ConfidenceHigh, Message: msg})
	}
	for _, kind := range order {
		a := first[kind]
		msg := fmt.Sprintf("%s: %q", kinds[kind].what, a.Path)
		if a.Detail != "" {
			msg += " (" + a.Detail + ")"
		}
		if n := count[kind]; n > 1 {
			msg += fmt.Sprintf(", and %d more", n-1)
		}
		r.Report(analyze.Instance{File: "package.json", Severity: sev[kind], Confidence: finding.ConfidenceHigh, Message: msg})
	}
	return nil
}

func isManifest(p string) bool {
	return p == "package.json" || strings.HasSuffix(p, "/package.json") && strings.Count(p, "/") == 1
}
