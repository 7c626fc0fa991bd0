package guard

import (
	"context"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
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

// probe runs a helper command and returns its combined output; tests inject
// a fake.
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

// RunPaths are the directories of one script run.
type RunPaths struct {
	// Project is the project root (INIT_CWD): readable under bwrap even when
	// it lies inside a hidden directory.
	Project string
	// Dir is the package directory: the script's working directory and the
	// only writable place besides Tmp.
	Dir string
	// Tmp is the script's private temp directory.
	Tmp string
	// Hide are directories bwrap replaces with an empty tmpfs (the user's
	// home, with its .npmrc, SSH and cloud credentials).
	Hide []string
	// Expose are directories inside Hide made readable again.
	Expose []string
}

// Command returns the argv that runs script in the package directory.
func (c Confinement) Command(script string, p RunPaths) ([]string, error) {
	switch c.Kind {
	case SandboxBwrap:
		argv := []string{"bwrap", "--ro-bind", "/", "/", "--dev", "/dev", "--proc", "/proc"}
		hidden := false
		for _, h := range p.Hide {
			argv = append(argv, "--tmpfs", h)
			hidden = true
		}
		if hidden && p.Project != "" {
			argv = append(argv, "--ro-bind", p.Project, p.Project)
		}
		for _, e := range p.Expose {
			argv = append(argv, "--ro-bind", e, e)
		}
		if p.Project != "" {
			// The project's own .npmrc may hold registry credentials.
			if st, err := os.Stat(filepath.Join(p.Project, ".npmrc")); err == nil && st.Mode().IsRegular() {
				argv = append(argv, "--ro-bind", "/dev/null", filepath.Join(p.Project, ".npmrc"))
			}
		}
		argv = append(argv,
			"--bind", p.Dir, p.Dir,
			"--bind", p.Tmp, p.Tmp,
			"--unshare-net", "--unshare-ipc", "--unshare-pid", "--unshare-uts",
			"--die-with-parent", "--new-session",
			"--chdir", p.Dir,
			"--", "/bin/sh", "-c", script)
		return argv, nil
	case SandboxNode:
		m := nodeScriptRe.FindStringSubmatch(script)
		if m == nil {
			return nil, fmt.Errorf("%w, not %q (use --sandbox bwrap where bubblewrap works)", ErrNotNodeScript, script)
		}
		argv := []string{c.Node, c.PermissionFlag, "--allow-fs-read=*", "--allow-fs-write=" + p.Dir, "--allow-fs-write=" + p.Tmp, m[1]}
		argv = append(argv, strings.Fields(m[2])...)
		return argv, nil
	default:
		return []string{"/bin/sh", "-c", script}, nil
	}
}

// hideDirs returns the directories to hide from sandboxed scripts: the
// user's home, unless the package lives there only through it being the
// root of everything.
func hideDirs(env []string) []string {
	home := ""
	for _, kv := range env {
		if v, ok := strings.CutPrefix(kv, "HOME="); ok {
			home = filepath.Clean(v) // the last one wins, as with exec.Cmd.Env
		}
	}
	if filepath.IsAbs(home) && home != "/" {
		if st, err := os.Stat(home); err == nil && st.IsDir() {
			return []string{home}
		}
	}
	return nil
}
