package cli

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"github.com/depfence/depfence/internal/guard"
	"github.com/depfence/depfence/internal/policy"
	"github.com/depfence/depfence/internal/report"
)

// installGate returns the pre-install policy gate that runs after the
// lockfile checks and before the package manager downloads anything, or nil
// for the lockfile checks alone. This is the seam for the full `depfence
// scan`: return a guard.GateFunc that scans dir's lockfile and reports
// ok=false when the scan's policy fails.
var installGate = func(cmd *cobra.Command, g *globals, dir, lockfile string, pol *policy.Policy) guard.GateFunc {
	if noScan, _ := cmd.Flags().GetBool("no-scan"); noScan {
		return nil
	}
	return func(ctx context.Context) (bool, string, error) {
		sf := &scanFlags{nf: netFlags{workers: 32, platform: "current"}}
		sf.lockfile = lockfile
		res, err := runScanDir(ctx, g, sf, dir, lockfile, pol)
		if err != nil {
			return false, "", err
		}
		if res.Summary.Failed {
			// Show why, then stop before the package manager runs.
			_ = report.RenderText(g.stderr, res, report.Options{Color: g.color(g.stderr), Width: 80})
			return false, "depfence scan: " + strings.Join(res.Summary.FailReasons, "; "), nil
		}
		return true, fmt.Sprintf("depfence scan: %d packages analysed, policy passed", res.Summary.Analysed), nil
	}
}

type installFlags struct {
	pm            string
	pmBin         string
	lockfile      string
	policyFile    string
	sandbox       string
	scriptTimeout time.Duration
}

func (f *installFlags) register(cmd *cobra.Command) {
	fl := cmd.Flags()
	fl.StringVar(&f.pm, "pm", "", "package manager: npm, pnpm, yarn, yarn-classic, yarn-berry or bun (default: from the lockfile)")
	fl.StringVar(&f.pmBin, "pm-bin", "", "package-manager executable to run (a .js/.cjs file runs with node; default: found in PATH)")
	fl.StringVar(&f.lockfile, "lockfile", "", "read this lockfile instead of detecting one")
	fl.StringVar(&f.policyFile, "policy", "", "policy file (default: depfence.yaml in the project directory, if present)")
	fl.StringVar(&f.sandbox, "sandbox", "auto", "confine allowed scripts: auto (bwrap, else node), bwrap, node, or none (no confinement)")
	fl.DurationVar(&f.scriptTimeout, "script-timeout", guard.DefaultScriptTimeout, "time limit for each install script")
	fl.Bool("no-scan", false, "skip the depfence scan gate before installing (the lockfile checks still run)")
}

func newInstallCmd(g *globals) *cobra.Command {
	return newGuardedInstallCmd(g, false)
}

func newCICmd(g *globals) *cobra.Command {
	return newGuardedInstallCmd(g, true)
}

const installLong = `Install the project's dependencies with every lifecycle script off, then run
only the install scripts depfence.yaml allows:

 1. check the lockfile before anything is downloaded: git dependencies (whose
    prepare scripts run even with --ignore-scripts) are refused unless
    allow-listed; then the policy gate;
 2. run the package manager with scripts disabled (npm --ignore-scripts,
    pnpm/yarn classic/bun --ignore-scripts, yarn berry --mode=skip-build with
    YARN_ENABLE_SCRIPTS=0), passing its output and exit code through;
 3. run the preinstall, install and postinstall scripts (or the implied
    node-gyp rebuild) of allow-listed packages, dependencies first, each in its
    package directory with npm's environment, inside a sandbox: bubblewrap (no
    network, read-only file system except the package directory and a private
    temp directory) or, where bubblewrap does not work, Node's permission
    model (node FILE scripts only; the output says which was used).

Packages with install scripts that nobody reviewed (new) or whose script
changed since it was approved (changed) are not run, and the command exits 1:
review them with 'depfence scripts', then 'depfence scripts allow NAME' or
'deny NAME'.

Exit codes: 0 ok; 1 policy (blocked, unreviewed or failed scripts); 2 usage;
3 operational failure; otherwise the package manager's own exit code.`

func newGuardedInstallCmd(g *globals, frozen bool) *cobra.Command {
	f := &installFlags{}
	use, short := "install [DIR]", "Install with lifecycle scripts off, then run only allow-listed install scripts, sandboxed"
	long := installLong
	if frozen {
		use, short = "ci [DIR]", "Like install, but exactly the lockfile (npm ci, --frozen-lockfile, --immutable)"
		long = "Like 'depfence install', but the package manager installs exactly what the\nlockfile says and fails if it is out of date.\n\n" + installLong
	}
	cmd := &cobra.Command{
		Use:   use,
		Short: short,
		Long:  long,
		Args:  cobra.MaximumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			return runInstall(cmd, g, f, args, frozen)
		},
	}
	f.register(cmd)
	return cmd
}

// parsePMFlag resolves --pm, telling yarn classic from berry from the project.
func parsePMFlag(s, dir, lockfile string) (guard.PM, error) {
	if s == "" {
		return "", nil
	}
	pm, refine, err := guard.ParsePM(s)
	if err != nil {
		return "", usageError{err}
	}
	if refine {
		if lockfile != "" && filepath.Base(lockfile) == "yarn.lock" {
			if d, err := guard.DetectPM(lockfile); err == nil {
				return d, nil
			}
		}
		if d, err := guard.DetectPM(filepath.Join(dir, "yarn.lock")); err == nil {
			return d, nil
		}
	}
	return pm, nil
}

func pmCommand(bin string) []string {
	if bin == "" {
		return nil
	}
	if strings.HasSuffix(bin, ".js") || strings.HasSuffix(bin, ".cjs") || strings.HasSuffix(bin, ".mjs") {
		return []string{"node", bin}
	}
	return []string{bin}
}

func runInstall(cmd *cobra.Command, g *globals, f *installFlags, args []string, frozen bool) error {
	dir := "."
	if len(args) > 0 {
		dir = args[0]
	}
	if st, err := os.Stat(dir); err != nil || !st.IsDir() {
		return usagef("project directory %q: not a directory", dir)
	}
	sb, err := guard.ParseSandbox(f.sandbox)
	if err != nil {
		return usageError{err}
	}
	pm, err := parsePMFlag(f.pm, dir, f.lockfile)
	if err != nil {
		return err
	}
	pol, err := loadPolicy(dir, f.policyFile)
	if err != nil {
		return err
	}
	jsonOut := g.format == "json"
	pmOut := g.stdout
	if jsonOut {
		pmOut = g.stderr // stdout carries only the JSON result
	}
	opts := guard.Options{
		Dir: dir, Lockfile: f.lockfile, PM: pm, Frozen: frozen, Command: pmCommand(f.pmBin),
		Policy: pol, Sandbox: sb, Env: os.Environ(), Stdout: pmOut, Stderr: g.stderr,
		Logger: g.logger, ScriptTimeout: f.scriptTimeout,
		Gate: installGate(cmd, g, dir, f.lockfile, pol),
	}
	ctx := cmd.Context()
	if ctx == nil {
		ctx = context.Background()
	}
	res, err := guard.Install(ctx, opts)
	if res != nil && jsonOut {
		if werr := writeJSON(g.stdout, res); werr != nil && err == nil {
			err = werr
		}
	}
	if err != nil {
		return exitError{code: ExitOperation, err: err}
	}
	if !jsonOut {
		printInstallSummary(g, res)
	}
	return installExit(res)
}

// installExit maps an install result onto the exit code.
func installExit(res *guard.Result) error {
	switch {
	case res.Stopped != "":
		return exitError{code: ExitPolicy}
	case res.PMRan && res.PMExitCode != 0:
		return exitError{code: res.PMExitCode}
	case res.Failed(), len(res.Pending()) > 0:
		return exitError{code: ExitPolicy}
	}
	return nil
}

func printInstallSummary(g *globals, res *guard.Result) {
	w := g.stderr
	defer func() {
		for _, warn := range res.Warnings {
			fmt.Fprintf(w, "depfence: warning: %s\n", warn)
		}
	}()
	for _, b := range res.Blocked {
		loc := res.Lockfile
		if b.Line > 0 {
			loc = fmt.Sprintf("%s:%d", loc, b.Line)
		}
		fmt.Fprintf(w, "depfence: blocked %s@%s (%s): %s\n", b.Name, b.Version, loc, b.Reason)
	}
	if res.GateRan {
		verdict := "passed"
		if !res.GateOK {
			verdict = "failed"
		}
		fmt.Fprintf(w, "depfence: policy gate %s: %s\n", verdict, res.GateSummary)
	}
	if res.Stopped != "" {
		fmt.Fprintf(w, "depfence: stopped before the package manager ran (%s); nothing was downloaded\n", res.Stopped)
		return
	}
	if res.PMRan && res.PMExitCode != 0 {
		fmt.Fprintf(w, "depfence: %s exited %d; no install scripts were run\n", strings.Join(res.PMCommand, " "), res.PMExitCode)
		return
	}
	if len(res.Runs) > 0 {
		fmt.Fprintf(w, "depfence: sandbox: %s\n", res.Confinement.Note)
	}
	ok := 0
	for _, r := range res.Runs {
		if r.Error != "" {
			fmt.Fprintf(w, "depfence: %s\n", r.Error)
		} else {
			ok++
		}
	}
	denied := 0
	for _, it := range res.Items {
		if it.Status == guard.Denied {
			denied++
		}
	}
	for _, it := range res.Pending() {
		what := "has install scripts nobody reviewed"
		if it.Status == guard.Changed {
			what = "changed its install scripts since they were approved"
		}
		fmt.Fprintf(w, "depfence: not run: %s@%s (%s) %s\n", it.Name, it.Version, it.Path, what)
	}
	fmt.Fprintf(w, "depfence: %d install script(s) ran, %d failed, %d package(s) denied, %d not reviewed\n", ok, len(res.Runs)-ok, denied, len(res.Pending()))
	if len(res.Pending()) > 0 {
		fmt.Fprintln(w, "depfence: review them with 'depfence scripts', then 'depfence scripts allow NAME' or 'depfence scripts deny NAME'")
	}
}
