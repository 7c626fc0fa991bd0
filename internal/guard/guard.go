package guard

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"github.com/depfence/depfence/internal/depgraph"
	"github.com/depfence/depfence/internal/lockfile/formats"
	"github.com/depfence/depfence/internal/policy"
)

// DefaultScriptTimeout bounds one lifecycle script.
const DefaultScriptTimeout = 10 * time.Minute

// ErrNoLockfile is returned when install needs a lockfile and there is none.
var ErrNoLockfile = errors.New("no lockfile")

// GateFunc is the pre-install policy gate: it runs after the lockfile checks
// and before the package manager downloads anything. ok=false stops the
// install (a policy failure); summary is shown either way; err is an
// operational failure (the gate could not decide) and also stops the
// install. `depfence install` plugs the full `depfence scan` in here.
type GateFunc func(ctx context.Context) (ok bool, summary string, err error)

// Options configure Install. Zero values are safe defaults.
type Options struct {
	// Dir is the project directory (default ".").
	Dir string
	// Lockfile overrides lockfile detection in Dir.
	Lockfile string
	// PM overrides the package manager detected from the lockfile.
	PM PM
	// Frozen installs exactly the lockfile (npm ci, --frozen-lockfile,
	// --immutable): the `depfence ci` mode.
	Frozen bool
	// Command replaces the client executable (e.g. {"node", "/x/pnpm.cjs"});
	// default PM.Binary() looked up in PATH.
	Command []string
	// Policy supplies the script allow-list (default policy.Default()).
	Policy *policy.Policy
	// Sandbox is the confinement for allowed scripts (default auto).
	Sandbox Sandbox
	// Gate is the extra pre-install policy gate (nil: lockfile checks only).
	Gate GateFunc
	// Env is the environment for the package manager and the base for
	// scripts (default os.Environ()).
	Env []string
	// Stdout and Stderr receive the package manager's and the scripts'
	// output (default discard).
	Stdout, Stderr io.Writer
	// Logger gets progress (default discard).
	Logger *slog.Logger
	// ScriptTimeout bounds each script (default DefaultScriptTimeout).
	ScriptTimeout time.Duration
}

// Blocked is a lockfile entry the pre-install gate refuses.
type Blocked struct {
	Name    string `json:"name"`
	Version string `json:"version"`
	URL     string `json:"url,omitempty"`
	Line    int    `json:"line,omitempty"`
	Reason  string `json:"reason"`
}

// ScriptRun is one lifecycle script depfence ran.
type ScriptRun struct {
	Name     string        `json:"name"`
	Version  string        `json:"version"`
	Path     string        `json:"path"`
	Event    string        `json:"event"`
	Script   string        `json:"script"`
	Sandbox  Sandbox       `json:"sandbox"`
	ExitCode int           `json:"exitCode"`
	Duration time.Duration `json:"durationNs"`
	// Error explains a failure, naming the package; "" on success.
	Error string `json:"error,omitempty"`
}

// Result is what Install did.
type Result struct {
	PM       PM     `json:"pm"`
	Lockfile string `json:"lockfile,omitempty"`
	// Blocked lists lockfile entries refused before install.
	Blocked []Blocked `json:"blocked,omitempty"`
	// GateOK and GateSummary are the extra gate's verdict (GateRan false
	// when there is no gate or it did not run).
	GateRan     bool   `json:"gateRan"`
	GateOK      bool   `json:"gateOK"`
	GateSummary string `json:"gateSummary,omitempty"`
	// Stopped says why the package manager was not run ("" if it ran).
	Stopped string `json:"stopped,omitempty"`
	// PMExitCode is the package manager's exit code (when it ran).
	PMRan      bool     `json:"pmRan"`
	PMExitCode int      `json:"pmExitCode"`
	PMCommand  []string `json:"pmCommand,omitempty"`
	// Confinement is the sandbox used for scripts (zero if none ran).
	Confinement Confinement `json:"sandbox"`
	// Runs are the scripts run, in order.
	Runs []ScriptRun `json:"runs,omitempty"`
	// Items are the installed packages with install scripts and their status.
	Items []Item `json:"packages,omitempty"`
	// Warnings are degraded results worth a person's attention.
	Warnings []string `json:"warnings,omitempty"`
}

// Failed reports whether any allowed script failed.
func (r *Result) Failed() bool {
	for _, run := range r.Runs {
		if run.Error != "" {
			return true
		}
	}
	return false
}

// Pending returns packages whose scripts did not run because nobody approved
// them (new) or they changed since approval.
func (r *Result) Pending() []Item {
	var out []Item
	for _, it := range r.Items {
		if it.Status == New || it.Status == Changed {
			out = append(out, it)
		}
	}
	return out
}

func loadGraph(ctx context.Context, dir, lockfile string) (*depgraph.Graph, error) {
	if lockfile == "" {
		lockfile = findLockfile(dir)
		if lockfile == "" {
			return nil, nil
		}
	}
	if filepath.Base(lockfile) == "bun.lockb" {
		return nil, nil // binary; nothing to read
	}
	g, err := formats.Load(ctx, lockfile)
	if err != nil {
		return nil, err
	}
	g.Finalize()
	return g, nil
}

// LockfileGate returns the lockfile entries that must not be installed under
// the script allow-list: git dependencies (their prepare script runs during
// install even with --ignore-scripts) that no allow entry covers, and any
// git dependency a deny entry covers.
func LockfileGate(g *depgraph.Graph, s policy.Scripts) []Blocked {
	if g == nil {
		return nil
	}
	var out []Blocked
	for _, n := range g.Nodes {
		if n.Source.Kind != depgraph.SourceGit || g.IsRoot(n.ID) {
			continue
		}
		d := Decide(s, n.Name, n.Version, "", Vias(g, n.ID))
		b := Blocked{Name: n.Name, Version: n.Version, URL: n.Source.URL, Line: n.Line}
		switch d.Status {
		case Allowed:
			continue
		case Changed:
			// A hash cannot be checked before the package manager runs the
			// prepare script; an allow entry for a git dependency must not pin
			// one.
			b.Reason = "git dependency: its prepare script runs during install even with --ignore-scripts; the allow entry pins a hash, which cannot be checked before install (remove the hash to allow it)"
		case Denied:
			b.Reason = "git dependency denied by depfence.yaml: its prepare script would run during install even with --ignore-scripts"
		default:
			b.Reason = fmt.Sprintf("git dependency: its prepare script runs during install even with --ignore-scripts; review it and run `depfence scripts allow %s --reason ...`, or depend on a registry release", n.Name)
		}
		out = append(out, b)
	}
	return out
}

// Install runs the guarded install: lockfile gate, extra gate, package
// manager with scripts off, then the allowed scripts in dependency order in
// the sandbox. Policy outcomes are data in the Result; the error is for
// operational failures only (no lockfile, client missing, sandbox missing).
func Install(ctx context.Context, o Options) (*Result, error) {
	if o.Dir == "" {
		o.Dir = "."
	}
	dir, err := filepath.Abs(o.Dir)
	if err != nil {
		return nil, err
	}
	if o.Policy == nil {
		o.Policy = policy.Default()
	}
	if o.Env == nil {
		o.Env = os.Environ()
	}
	if o.Stdout == nil {
		o.Stdout = io.Discard
	}
	if o.Stderr == nil {
		o.Stderr = io.Discard
	}
	if o.Logger == nil {
		o.Logger = slog.New(slog.DiscardHandler)
	}
	if o.ScriptTimeout <= 0 {
		o.ScriptTimeout = DefaultScriptTimeout
	}
	if o.Sandbox == "" {
		o.Sandbox = SandboxAuto
	}
	res := &Result{}
	lock := o.Lockfile
	if lock == "" {
		lock = findLockfile(dir)
	}
	res.Lockfile = lock
	pm := o.PM
	if lock == "" {
		return res, fmt.Errorf("%w in %q: depfence checks the lockfile before anything is downloaded; create one with the package manager's lockfile-only mode (e.g. npm install --package-lock-only --ignore-scripts)", ErrNoLockfile, dir)
	}
	if pm == "" {
		if pm, err = DetectPM(lock); err != nil {
			return res, err
		}
	}
	res.PM = pm

	// (1) Pre-install gate: nothing has been downloaded yet.
	if filepath.Base(lock) == "bun.lockb" {
		return res, fmt.Errorf("%q is bun's binary lockfile, which depfence cannot check before install: write the text lockfile with `bun install --save-text-lockfile --lockfile-only --ignore-scripts` (bun 1.2+ writes bun.lock by default) and remove bun.lockb", lock)
	}
	g, err := loadGraph(ctx, dir, lock)
	if err != nil {
		return res, fmt.Errorf("read lockfile: %w", err)
	}
	if g != nil && len(g.Problems) > 0 {
		res.Warnings = append(res.Warnings, fmt.Sprintf("%s: %d lockfile entries could not be read fully (see `depfence ls -v`); the git-dependency check covers only the entries that could", lock, len(g.Problems)))
	}
	res.Blocked = LockfileGate(g, o.Policy.Scripts)
	if !o.Frozen {
		// install may resolve package.json afresh: check its direct specs too.
		mb, err := ManifestGate(dir, o.Policy.Scripts)
		if err != nil {
			return res, err
		}
		for _, b := range mb {
			if !slices.ContainsFunc(res.Blocked, func(x Blocked) bool { return x.Name == b.Name }) {
				res.Blocked = append(res.Blocked, b)
			}
		}
	}
	if len(res.Blocked) > 0 {
		res.Stopped = "lockfile gate"
		return res, nil
	}
	if o.Gate != nil {
		ok, summary, err := o.Gate(ctx)
		res.GateRan, res.GateOK, res.GateSummary = true, ok, summary
		if err != nil {
			res.Stopped = "policy gate error"
			return res, fmt.Errorf("policy gate: %w", err)
		}
		if !ok {
			res.Stopped = "policy gate"
			return res, nil
		}
	}

	// Pick the sandbox before installing, so a missing sandbox is found
	// before any download.
	conf, err := ChooseSandbox(ctx, o.Sandbox)
	if err != nil {
		res.Stopped = "sandbox"
		return res, err
	}

	// (2) The package manager, scripts off.
	args, extraEnv := InstallArgs(pm, o.Frozen)
	argv := append([]string{}, o.Command...)
	if len(argv) == 0 {
		argv = []string{pm.Binary()}
	}
	argv = append(argv, args...)
	res.PMCommand = argv
	o.Logger.Info("installing with lifecycle scripts off", "command", strings.Join(argv, " "))
	cmd := exec.CommandContext(ctx, argv[0], argv[1:]...)
	cmd.Dir = dir
	cmd.Env = append(append([]string{}, o.Env...), extraEnv...)
	cmd.Stdout, cmd.Stderr = o.Stdout, o.Stderr
	err = cmd.Run()
	res.PMRan = true
	var ee *exec.ExitError
	switch {
	case errors.As(err, &ee):
		res.PMExitCode = ee.ExitCode()
		return res, nil
	case err != nil:
		return res, fmt.Errorf("run %s: %w", argv[0], err)
	}

	// (3) The allowed scripts, dependencies first.
	pkgs, err := Installed(ctx, dir)
	if err != nil {
		return res, err
	}
	if pm == YarnBerry {
		if _, err := os.Stat(filepath.Join(dir, "node_modules")); err != nil {
			res.Warnings = append(res.Warnings, "yarn berry Plug'n'Play: no node_modules, so depfence cannot run allowed scripts; set nodeLinker: node-modules in .yarnrc.yml")
		}
	}
	res.Items = List(g, pkgs, o.Policy.Scripts)
	decided := map[*Package]Item{}
	for _, it := range res.Items {
		if it.pkg != nil {
			decided[it.pkg] = it
		}
	}
	res.Confinement = conf
	// A failed script stops the scripts of the packages that depend on it
	// (they would build against a broken dependency); the others still run.
	broken := map[string]string{} // dir -> name@version of the failed dependency
	for _, p := range Order(pkgs, nil) {
		for _, name := range p.Deps {
			if d := resolveDep(p.Dir, name, realDir); d != "" && broken[d] != "" && broken[p.Dir] == "" {
				broken[p.Dir] = broken[d]
			}
		}
		it, ok := decided[p]
		if !ok || it.Status != Allowed {
			continue
		}
		if cause := broken[p.Dir]; cause != "" {
			res.Runs = append(res.Runs, ScriptRun{Name: p.Name, Version: p.Version, Path: p.Path, Sandbox: conf.Kind, ExitCode: -1,
				Error: fmt.Sprintf("%s@%s (%s): scripts not run because the scripts of its dependency %s failed", p.Name, p.Version, p.Path, cause)})
			continue
		}
		if it.Unpinned {
			res.Warnings = append(res.Warnings, fmt.Sprintf("%s@%s: allowed without a hash pin; any future script change will run (re-run `depfence scripts allow %s` to pin it)", p.Name, p.Version, p.Name))
		}
		for _, ev := range Events {
			script, ok := p.Scripts[ev]
			if !ok {
				continue
			}
			run := runScript(ctx, o, conf, dir, p, ev, script)
			res.Runs = append(res.Runs, run)
			if run.Error != "" {
				broken[p.Dir] = p.Name + "@" + p.Version
				break
			}
		}
	}
	return res, nil
}

// deniedMarkers are error strings that mean the sandbox refused something.
var deniedMarkers = []string{"ERR_ACCESS_DENIED", "EROFS", "Read-only file system", "ENETUNREACH", "Network is unreachable", "ECONNREFUSED", "EAI_AGAIN", "ENOTFOUND", "EACCES", "Permission denied"}

func runScript(ctx context.Context, o Options, conf Confinement, project string, p *Package, event, script string) ScriptRun {
	run := ScriptRun{Name: p.Name, Version: p.Version, Path: p.Path, Event: event, Script: script, Sandbox: conf.Kind}
	fail := func(format string, args ...any) ScriptRun {
		run.Error = fmt.Sprintf("%s@%s (%s): %s script: ", p.Name, p.Version, p.Path, event) + fmt.Sprintf(format, args...)
		if run.ExitCode == 0 {
			run.ExitCode = -1
		}
		return run
	}
	tmp, err := os.MkdirTemp("", "depfence-script-")
	if err != nil {
		return fail("private temp directory: %v", err)
	}
	defer os.RemoveAll(tmp)
	paths := RunPaths{Project: project, Dir: p.Dir, Tmp: tmp, Hide: hideDirs(o.Env)}
	env := ScriptEnv(o.Env, p, event, script, project)
	env = append(env, "TMPDIR="+tmp)
	if p.ImpliedGyp && event == "install" {
		env = gypEnv(env, &paths)
	}
	argv, err := conf.Command(script, paths)
	if err != nil {
		return fail("%v", err)
	}
	ctx, cancel := context.WithTimeout(ctx, o.ScriptTimeout)
	defer cancel()
	o.Logger.Info("running allowed script", "package", p.Name, "version", p.Version, "event", event, "sandbox", string(conf.Kind))
	fmt.Fprintf(o.Stderr, "> %s@%s %s (%s sandbox)\n> %s\n", p.Name, p.Version, event, conf.Kind, script)
	tail := &tailBuffer{max: 4096}
	cmd := exec.CommandContext(ctx, argv[0], argv[1:]...)
	cmd.Dir = p.Dir
	cmd.Env = env
	cmd.Stdout = o.Stdout
	cmd.Stderr = io.MultiWriter(o.Stderr, tail)
	cmd.WaitDelay = 5 * time.Second
	start := time.Now()
	err = cmd.Run()
	run.Duration = time.Since(start)
	if err == nil {
		return run
	}
	var ee *exec.ExitError
	if errors.As(err, &ee) {
		run.ExitCode = ee.ExitCode()
	}
	if ctx.Err() != nil {
		return fail("timed out after %s", o.ScriptTimeout)
	}
	for _, m := range deniedMarkers {
		if strings.Contains(tail.String(), m) && conf.Kind != SandboxNoneUnsafe {
			return fail("failed (exit %d): the %s sandbox refused it (%s): %s; if the package really needs this, review it and run with --sandbox none", run.ExitCode, conf.Kind, m, sandboxLimits(conf, p))
		}
	}
	return fail("failed (exit %d) under the %s sandbox (%s)", run.ExitCode, conf.Kind, sandboxLimits(conf, p))
}

func sandboxLimits(c Confinement, p *Package) string {
	switch c.Kind {
	case SandboxBwrap:
		return "no network; writes only to " + p.Path + " and a private temp directory"
	case SandboxNode:
		s := "writes only to " + p.Path + " and a private temp directory, no child processes"
		if c.NetBlocked {
			s += ", no network"
		}
		return s
	}
	return "no sandbox"
}

// tailBuffer keeps the last max bytes written.
type tailBuffer struct {
	max int
	b   []byte
}

func (t *tailBuffer) Write(p []byte) (int, error) {
	t.b = append(t.b, p...)
	if len(t.b) > t.max {
		t.b = append(t.b[:0], t.b[len(t.b)-t.max:]...)
	}
	return len(p), nil
}

func (t *tailBuffer) String() string { return string(t.b) }

// gypEnv prepares an implied `node-gyp rebuild`: node-gyp is found in PATH
// or in npm's bundled node-gyp-bin (as npm itself does), and the Node
// headers must already be on disk, since the sandbox has no network: a
// user-set npm_config_nodedir or npm_config_devdir is kept, else node-gyp's
// cache under the (otherwise hidden) home directory is exposed read-only.
func gypEnv(env []string, paths *RunPaths) []string {
	has := func(key string) bool {
		return slices.ContainsFunc(env, func(kv string) bool { return strings.HasPrefix(strings.ToLower(kv), strings.ToLower(key)+"=") })
	}
	if _, err := exec.LookPath("node-gyp"); err != nil {
		if npmBin, err := exec.LookPath("npm"); err == nil {
			if real, err := filepath.EvalSymlinks(npmBin); err == nil {
				bin := filepath.Join(filepath.Dir(filepath.Dir(real)), "node_modules", "@npmcli", "run-script", "lib", "node-gyp-bin")
				if _, err := os.Stat(bin); err == nil {
					for i, kv := range env {
						if v, ok := strings.CutPrefix(kv, "PATH="); ok {
							env[i] = "PATH=" + v + string(os.PathListSeparator) + bin
						}
					}
				}
			}
		}
	}
	if has("npm_config_nodedir") || has("npm_config_devdir") {
		return env
	}
	for _, h := range paths.Hide {
		cache := filepath.Join(h, ".cache", "node-gyp")
		if st, err := os.Stat(cache); err == nil && st.IsDir() {
			paths.Expose = append(paths.Expose, cache)
			return append(env, "npm_config_devdir="+cache)
		}
	}
	return append(env, "npm_config_devdir="+filepath.Join(paths.Tmp, ".node-gyp"))
}
