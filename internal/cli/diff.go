package cli

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"github.com/depfence/depfence/internal/depgraph"
	"github.com/depfence/depfence/internal/lockfile/formats"
	"github.com/depfence/depfence/internal/report"
	"github.com/depfence/depfence/internal/scan"
)

func newDiffCmd(g *globals) *cobra.Command {
	sf := &scanFlags{}
	var dir string
	cmd := &cobra.Command{
		Use:   "diff [BASE] [HEAD]",
		Short: "Review a dependency change: what a branch or lockfile edit adds, and the new findings",
		Long: `Compare two versions of the project's lockfile and report which packages were
added, removed or changed version, and only the findings that are new in HEAD
(with the behaviours a changed package gained since its old version).

BASE and HEAD are git revisions or lockfile paths. Defaults: HEAD is the
working tree; BASE is the merge-base of HEAD with the default branch
(origin/HEAD, origin/main, origin/master, main or master). Exit code 1 when
what HEAD adds fails the policy.`,
		Args: cobra.MaximumNArgs(2),
		RunE: func(cmd *cobra.Command, args []string) error {
			ctx := cmd.Context()
			if dir == "" {
				dir = "."
			}
			headArg, baseArg := "", ""
			if len(args) > 0 {
				baseArg = args[0]
			}
			if len(args) > 1 {
				headArg = args[1]
			}
			head, headDir, err := loadSide(ctx, dir, headArg, sf.lockfile)
			if err != nil {
				return err
			}
			if baseArg == "" {
				if baseArg, err = defaultBase(dir); err != nil {
					return usageError{err}
				}
			}
			base, baseDir, err := loadSide(ctx, dir, baseArg, relLockfile(dir, head.Path))
			if err != nil {
				return err
			}
			pol, err := loadPolicy(headDir, sf.policyFile)
			if err != nil {
				return err
			}
			if sf.failOn != "" {
				if err := setFailOn(pol, sf.failOn); err != nil {
					return err
				}
			}
			f, closeFn, err := g.fetcher(headDir, &sf.nf)
			if err != nil {
				return exitError{code: ExitOperation, err: err}
			}
			defer closeFn()
			eng, err := g.engineFor(f, sf.only, sf.skip)
			if err != nil {
				return err
			}
			plat, err := sf.nf.npmPlatform()
			if err != nil {
				return err
			}
			gr, closeAdv := scanGraphRules(f, sf.only, sf.skip, false)
			defer closeAdv()
			o := scan.Options{Dir: headDir, Prod: sf.prod, Dev: sf.dev, Platform: plat,
				Fetcher: f, Engine: eng, Policy: pol, FetchWorkers: sf.nf.workers, Logger: g.logger,
				GraphRules: gr, GraphInput: graphInput(f, pol.Registries, false),
				ToolVersion: Version, Now: time.Now}
			res, err := scan.Diff(ctx, o, base, head, baseDir, headDir)
			if err != nil {
				return exitError{code: ExitOperation, err: err}
			}
			res.Base, res.Head = describeSide(baseArg, base), describeSide(headArg, head)
			switch g.format {
			case "json":
				if err := writeJSON(g.stdout, res); err != nil {
					return err
				}
			case "text":
				printDiff(g, res)
			default:
				if err := g.render(g.stdout, report.Format(g.format), res.Result, g.color(g.stdout)); err != nil {
					return err
				}
			}
			if res.Result.Summary.Failed {
				return exitError{code: ExitPolicy}
			}
			return nil
		},
	}
	f := cmd.Flags()
	f.StringVar(&dir, "dir", ".", "project directory (inside the git repository)")
	f.StringVar(&sf.lockfile, "lockfile", "", "the lockfile's path in the working tree (default: detected)")
	f.BoolVar(&sf.prod, "prod", false, "only production packages")
	f.BoolVar(&sf.dev, "dev", false, "only dev packages")
	f.StringVar(&sf.failOn, "fail-on", "", "fail on new findings at or above this severity")
	f.StringVar(&sf.policyFile, "policy", "", "policy file (default: depfence.yaml in the project)")
	f.StringSliceVar(&sf.only, "only", nil, "run only these rules")
	f.StringSliceVar(&sf.skip, "skip", nil, "skip these rules")
	sf.nf.register(cmd)
	return cmd
}

// relLockfile is the lockfile's path relative to dir.
func relLockfile(dir, path string) string {
	if r, err := filepath.Rel(dir, path); err == nil {
		return r
	}
	return filepath.Base(path)
}

func describeSide(arg string, g *depgraph.Graph) string {
	if arg == "" {
		return g.Path + " (working tree)"
	}
	return arg
}

// loadSide reads one side of a diff: a lockfile path, a project directory,
// "" for the working tree, or a git revision.
func loadSide(ctx context.Context, dir, arg, lockRel string) (*depgraph.Graph, string, error) {
	if arg == "" || isPath(arg) {
		target := arg
		if target == "" {
			target = dir
			if lockRel != "" {
				target = filepath.Join(dir, lockRel)
			}
		}
		path := target
		if st, err := os.Stat(target); err == nil && st.IsDir() {
			p, err := formats.Detect(target)
			if err != nil {
				return nil, "", usageError{err}
			}
			path = p
		}
		g, err := formats.Load(ctx, path)
		if err != nil {
			return nil, "", exitError{code: ExitOperation, err: err}
		}
		return g, filepath.Dir(path), nil
	}
	// A git revision: write the lockfile (and package.json files) of that
	// revision to a temp dir and read it there.
	top, err := gitOut(dir, "rev-parse", "--show-toplevel")
	if err != nil {
		return nil, "", usagef("%q is neither a file nor a git revision here: %v", arg, err)
	}
	absDir, _ := filepath.Abs(dir)
	relDir, _ := filepath.Rel(top, absDir)
	tmp, err := os.MkdirTemp("", "depfence-diff-")
	if err != nil {
		return nil, "", err
	}
	names := formats.DetectOrder
	if lockRel != "" {
		names = []string{filepath.ToSlash(lockRel)}
	}
	for _, n := range names {
		p := filepath.ToSlash(filepath.Join(relDir, n))
		data, err := gitShow(dir, arg, p)
		if err != nil {
			continue
		}
		dst := filepath.Join(tmp, filepath.Base(n))
		if err := os.WriteFile(dst, data, 0o600); err != nil {
			return nil, "", err
		}
		if pj, err := gitShow(dir, arg, filepath.ToSlash(filepath.Join(filepath.Dir(p), "package.json"))); err == nil {
			_ = os.WriteFile(filepath.Join(tmp, "package.json"), pj, 0o600)
		}
		g, err := formats.Load(ctx, dst)
		if err != nil {
			return nil, "", exitError{code: ExitOperation, err: fmt.Errorf("%s at %s: %w", n, arg, err)}
		}
		g.Path = arg + ":" + p
		return g, tmp, nil
	}
	return nil, "", usagef("no lockfile at revision %q (looked for %s in %q)", arg, strings.Join(names, ", "), relDir)
}

func isPath(s string) bool {
	_, err := os.Stat(s)
	return err == nil
}

func gitOut(dir string, args ...string) (string, error) {
	b, err := gitRun(dir, args...)
	return strings.TrimSpace(string(b)), err
}

func gitShow(dir, rev, path string) ([]byte, error) {
	return gitRun(dir, "show", rev+":"+path)
}

func gitRun(dir string, args ...string) ([]byte, error) {
	cmd := exec.Command("git", append([]string{"-C", dir}, args...)...)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		return nil, fmt.Errorf("git %s: %v: %s", strings.Join(args, " "), err, strings.TrimSpace(stderr.String()))
	}
	return out, nil
}

// defaultBase is the merge-base of HEAD with the default branch.
func defaultBase(dir string) (string, error) {
	for _, b := range []string{"origin/HEAD", "origin/main", "origin/master", "main", "master"} {
		if _, err := gitOut(dir, "rev-parse", "--verify", "--quiet", b); err != nil {
			continue
		}
		if mb, err := gitOut(dir, "merge-base", "HEAD", b); err == nil && mb != "" {
			return mb, nil
		}
	}
	return "", fmt.Errorf("no default branch to compare with: give BASE (a git revision or a lockfile)")
}

func printDiff(g *globals, d *scan.DiffResult) {
	w := g.stdout
	fmt.Fprintf(w, "depfence diff: %s → %s\n", d.Base, d.Head)
	fmt.Fprintf(w, "this change adds %s, removes %d, changes %d\n", plural(len(d.Added), "package", "packages"), len(d.Removed), len(d.Changed))
	for _, p := range d.Added {
		fmt.Fprintf(w, "  + %s@%s (%s)\n", p.Name, p.Version, p.Source)
	}
	for _, c := range d.Changed {
		fmt.Fprintf(w, "  ~ %s %s → %s", c.Name, strings.Join(c.From, ", "), strings.Join(c.To, ", "))
		if c.Verdict != "" {
			fmt.Fprintf(w, "  %s", strings.ToUpper(c.Verdict))
		}
		fmt.Fprintln(w)
		for _, b := range c.NewBehaviours {
			fmt.Fprintf(w, "      new: %s\n", b)
		}
	}
	for _, p := range d.Removed {
		fmt.Fprintf(w, "  - %s@%s\n", p.Name, p.Version)
	}
	fmt.Fprintln(w)
	_ = report.RenderText(w, d.Result, report.Options{Color: g.color(w), Width: 80, All: g.verbose})
}

func plural(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return fmt.Sprintf("%d %s", n, many)
}
