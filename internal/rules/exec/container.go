package exec

import (
	"context"
	"fmt"
	"regexp"
	"strings"

	"github.com/depfence/depfence/internal/analyze"
	"github.com/depfence/depfence/internal/finding"
	"github.com/depfence/depfence/internal/jsast"
	"github.com/depfence/depfence/internal/rules/rulekit"
)

// ContainerEscape flags code that starts a container with the host's
// root file system mounted, through the Docker socket or the docker
// command: whoever runs in it owns the machine (and, in CI, the runner).
type ContainerEscape struct{}

// Meta implements analyze.Rule.
func (ContainerEscape) Meta() analyze.Meta {
	return analyze.Meta{
		ID: "exec/container-escape", Version: 1, Title: "Starts a container that owns the host",
		Help: "The code creates a container with the host's root directory mounted (a bind of \"/\", docker run -v /:/host), through the " +
			"Docker API socket (/var/run/docker.sock) or the docker command, often privileged and in the host's namespaces. A process " +
			"in it can read and change everything on the machine, as root, whatever user ran the package: on a CI runner or a developer " +
			"machine with Docker, that is a way to root. Critical at install time; high otherwise. Tools that talk to Docker (test " +
			"containers, dev environments) mount volumes and the socket itself, not the host's root.",
		Remediation:     "Remove the package; check for containers it left running (docker ps -a) and what they changed.",
		Example:         `http.request({socketPath: "/var/run/docker.sock", path: "/containers/create", method: "POST"}).end(JSON.stringify({Image: "alpine", HostConfig: {Privileged: true, Binds: ["/:/host"]}}))`,
		DefaultSeverity: finding.SeverityHigh, Signal: analyze.SigRemoteExec, Needs: analyze.NeedCode,
	}
}

// hostRootBind matches a bind of the host's root directory: "/:/host",
// "/:/mnt:rw".
var hostRootBind = regexp.MustCompile(`^/:/\S*$`)

// dockerRunRoot matches a docker command mounting the host's root.
var dockerRunRoot = regexp.MustCompile(`\bdocker\s+(run|create)\b[^\n]*\s(-v|--volume)[\s=]+/:/|\bdocker\s+(run|create)\b[^\n]*--mount[\s=]+[^\n]*\bsource=/,`)

// Check implements analyze.Rule.
func (ContainerEscape) Check(ctx context.Context, t *analyze.Target, r analyze.Reporter) error {
	for _, f := range rulekit.Code(ctx, t) {
		sev := finding.SeverityHigh
		if f.Role == analyze.RoleInstall {
			sev = finding.SeverityCritical
		}
		for _, c := range f.Facts.Calls {
			if !rulekit.IsSpawn(c) {
				continue
			}
			if m := dockerRunRoot.FindString(rulekit.SpawnCommand(c)); m != "" {
				r.Report(analyze.Instance{File: f.Name, Line: c.Pos.Line, Severity: sev, Confidence: finding.ConfidenceHigh,
					Message: "runs a container with the host's root directory mounted", Evidence: rulekit.Ev(c.Snippet.String(), rulekit.SpawnCommand(c), m)})
				return nil
			}
		}
		var sock, bind *jsast.Str
		for i := range f.Facts.Strings {
			s := &f.Facts.Strings[i]
			switch {
			case sock == nil && strings.Contains(s.Value, "docker.sock") && len(s.Value) < 256:
				sock = s
			case bind == nil && hostRootBind.MatchString(s.Value):
				bind = s
			}
		}
		if sock == nil || bind == nil || (f.Facts.Bundle() && !rulekit.Near(bind.Pos, []jsast.Pos{sock.Pos})) {
			continue
		}
		r.Report(analyze.Instance{File: f.Name, Line: bind.Pos.Line, Severity: sev, Confidence: finding.ConfidenceHigh,
			Message:  fmt.Sprintf("asks the Docker socket (%s) for a container with the host's root directory mounted (%s)", sock.Value, bind.Value),
			Evidence: append(rulekit.Ev(sock.Snippet.String(), sock.Value, ""), rulekit.Ev(bind.Snippet.String(), bind.Value, "")...)})
	}
	return nil
}
