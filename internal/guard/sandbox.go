package guard

import (
	"context"
	"errors"
	"fmt"
	"os/exec"
	"regexp"
	"strings"
	"time"
)

// Sandbox names how allowed scripts are confined.
type Sandbox string

// Sandboxes.
const (
	// SandboxAuto uses bubblewrap when it works here, else Node's permission
	// model.
	SandboxAuto Sandbox = "auto"
	// SandboxBwrap runs the script under bubblewrap: no network, the whole
	// file system read-only except the package directory and a private temp
	// directory.
	SandboxBwrap Sandbox = "bwrap"
	// SandboxNode runs `node FILE` scripts under Node's permission model:
	// file-system writes limited to the package directory and a private temp
	// directory, no child processes, no native addons. It cannot confine
	// shell commands, and blocks the network only on Node versions with
	// --allow-net.
	SandboxNode Sandbox = "node"
	// SandboxNoneUnsafe runs scripts unconfined; only when asked for.
	SandboxNoneUnsafe Sandbox = "none"
)

// ErrSandbox is returned (wrapped) when the requested sandbox cannot be used.
var ErrSandbox = errors.New("sandbox unavailable")

// ErrNotNodeScript is returned (wrapped) when the node sandbox is asked to
// run a script that is not a plain `node FILE ...` command.
var ErrNotNodeScript = errors.New("the node sandbox can only run `node FILE` scripts")

// ParseSandbox parses a --sandbox value.
func ParseSandbox(s string) (Sandbox, error) {
	switch Sandbox(s) {
	case SandboxAuto, SandboxBwrap, SandboxNode, SandboxNoneUnsafe:
		return Sandbox(s), nil
	}
	return "", fmt.Errorf("unknown sandbox %q (want auto, bwrap, node or none)", s)
}

// Confinement describes the sandbox chosen for a run.
type Confinement struct {
	Kind Sandbox `json:"kind"`
	// Node is the node executable (for the node sandbox and node scripts).
	Node string `json:"-"`
	// PermissionFlag is --permission or, on Node 20, --experimental-permission.
	PermissionFlag string `json:"-"`
	// NetBlocked is set when the sandbox refuses network access.
	NetBlocked bool `json:"netBlocked"`
	// Note says what the sandbox does and why it was chosen.
	Note string `json:"note"`
}

// Runner runs helper commands; tests inject a fake.
type probe func(ctx context.Context, name string, args ...string) ([]byte, error)

func execProbe(ctx context.Context, name string, args ...string) ([]byte, error) {
	ctx, cancel := context.WithTimeout(ctx, 10*time.Second)
	defer cancel()
	return exec.CommandContext(ctx, name, args...).CombinedOutput()
}

// ChooseSandbox resolves want (auto, bwrap, node, none) to a working
// confinement. bwrap is tried for real (bwrap --ro-bind / / --unshare-net
// true): it fails on machines without unprivileged user namespaces. auto
// falls back to node; an explicit bwrap or node that does not work is an
// error wrapping ErrSandbox.
func ChooseSandbox(ctx context.Context, want Sandbox) (Confinement, error) {
	return chooseSandbox(ctx, want, execProbe)
}

func chooseSandbox(ctx context.Context, want Sandbox, run probe) (Confinement, error) {
	var bwrapErr error
	if want == SandboxAuto || want == SandboxBwrap {
		out, err := run(ctx, "bwrap", "--ro-bind", "/", "/", "--dev", "/dev", "--unshare-net", "--die-with-parent", "true")
		if err == nil {
			return Confinement{Kind: SandboxBwrap, NetBlocked: true, Note: "bubblewrap: no network, file system read-only except the package directory and a private temp directory"}, nil
		}
		bwrapErr = fmt.Errorf("bwrap: %v %s", err, strings.TrimSpace(string(out)))
		if want == SandboxBwrap {
			return Confinement{}, fmt.Errorf("%w: %v (install bubblewrap, allow unprivileged user namespaces, or use --sandbox node)", ErrSandbox, bwrapErr)
		}
	}
	if want == SandboxAuto || want == SandboxNode {
		c, err := nodeConfinement(ctx, run)
		if err != nil {
			if bwrapErr != nil {
				err = fmt.Errorf("%v; %v", bwrapErr, err)
			}
			return Confinement{}, fmt.Errorf("%w: %v", ErrSandbox, err)
		}
		if bwrapErr != nil {
			c.Note += " (bubblewrap unusable here: " + bwrapErr.Error() + ")"
		}
		return c, nil
	}
	if want == SandboxNoneUnsafe {
		return Confinement{Kind: SandboxNoneUnsafe, Note: "no sandbox (--sandbox none): scripts run with your full permissions and network"}, nil
	}
	return Confinement{}, fmt.Errorf("unknown sandbox %q", want)
}

func nodeConfinement(ctx context.Context, run probe) (Confinement, error) {
	ver, err := run(ctx, "node", "--version")
	if err != nil {
		return Confinement{}, fmt.Errorf("node: %v", err)
	}
	help, _ := run(ctx, "node", "--help")
	flag := "--permission"
	if !helpFlagRe("--permission").Match(help) {
		if !helpFlagRe("--experimental-permission").Match(help) {
			return Confinement{}, fmt.Errorf("node %s has no permission model", strings.TrimSpace(string(ver)))
		}
		flag = "--experimental-permission"
	}
	c := Confinement{Kind: SandboxNode, Node: "node", PermissionFlag: flag}
	c.NetBlocked = helpFlagRe("--allow-net").Match(help)
	c.Note = "node " + strings.TrimSpace(string(ver)) + " permission model (" + flag + "): writes only to the package directory and a private temp directory, no child processes; only `node FILE` scripts can run"
	if !c.NetBlocked {
		c.Note += "; this Node version cannot block the network"
	}
	return c, nil
}

// helpFlagRe matches a flag at the start of a line of `node --help`.
func helpFlagRe(flag string) *regexp.Regexp {
	return regexp.MustCompile(`(?m)^\s*` + regexp.QuoteMeta(flag) + `(\s|=|$)`)
}

// nodeScriptRe matches a plain `node FILE [ARGS...]` script.
var nodeScriptRe = regexp.MustCompile(`^\s*node\s+([A-Za-z0-9_./@-][^\s;&|<>$` + "`" + `]*)((?:\s+[A-Za-z0-9_./=:,@+-]+)*)\s*$`)

// Command returns the argv that runs script for a package in dir with tmp as
// its private temp directory.
func (c Confinement) Command(script, dir, tmp string) ([]string, error) {
	switch c.Kind {
	case SandboxBwrap:
		return []string{"bwrap",
			"--ro-bind", "/", "/",
			"--dev", "/dev",
			"--proc", "/proc",
			"--bind", dir, dir,
			"--bind", tmp, tmp,
			"--unshare-net", "--unshare-ipc", "--unshare-pid", "--unshare-uts",
			"--die-with-parent", "--new-session",
			"--chdir", dir,
			"--", "/bin/sh", "-c", script}, nil
	case SandboxNode:
		m := nodeScriptRe.FindStringSubmatch(script)
		if m == nil {
			return nil, fmt.Errorf("%w, not %q (use --sandbox bwrap where bubblewrap works)", ErrNotNodeScript, script)
		}
		argv := []string{c.Node, c.PermissionFlag, "--allow-fs-read=*", "--allow-fs-write=" + dir, "--allow-fs-write=" + tmp, m[1]}
		argv = append(argv, strings.Fields(m[2])...)
		return argv, nil
	default:
		return []string{"/bin/sh", "-c", script}, nil
	}
}
