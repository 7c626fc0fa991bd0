package cli

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"slices"

	"github.com/spf13/cobra"
	"go.yaml.in/yaml/v3"

	"github.com/depfence/depfence/internal/guard"
	"github.com/depfence/depfence/internal/npm"
	"github.com/depfence/depfence/internal/policy"
)

type scriptsFlags struct {
	dir        string
	lockfile   string
	policyFile string
}

func (f *scriptsFlags) policyPath() string {
	if f.policyFile != "" {
		return f.policyFile
	}
	return filepath.Join(f.dir, policy.FileName)
}

func (f *scriptsFlags) inventory(ctx context.Context) ([]guard.Item, *policy.Policy, error) {
	if st, err := os.Stat(f.dir); err != nil || !st.IsDir() {
		return nil, nil, usagef("project directory %q: not a directory", f.dir)
	}
	pol, err := loadPolicy(f.dir, f.policyFile)
	if err != nil {
		return nil, nil, err
	}
	if ctx == nil {
		ctx = context.Background()
	}
	items, _, err := guard.Inventory(ctx, f.dir, f.lockfile, pol.Scripts)
	if err != nil {
		return nil, nil, exitError{code: ExitOperation, err: err}
	}
	return items, pol, nil
}

func newScriptsCmd(g *globals) *cobra.Command {
	f := &scriptsFlags{}
	cmd := &cobra.Command{
		Use:   "scripts [DIR]",
		Short: "List packages with install scripts and their allow-list status",
		Long: `List every package with install scripts (preinstall, install, postinstall, or
an implied node-gyp rebuild for a binding.gyp): installed packages under
node_modules with their script content, and packages the lockfile marks as
having install scripts. Each has a status against depfence.yaml:

  allowed  an allow entry matches (and its hash pins the current scripts)
  denied   a deny entry matches: the scripts never run
  new      no entry: 'depfence install' does not run it and exits 1
  changed  allowed, but the scripts changed since the hash was pinned

Subcommands edit depfence.yaml (comments are kept): allow, deny, auto.`,
		Args: cobra.MaximumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			if len(args) > 0 {
				f.dir = args[0]
			}
			items, _, err := f.inventory(cmd.Context())
			if err != nil {
				return err
			}
			if g.format == "json" {
				if items == nil {
					items = []guard.Item{}
				}
				return writeJSON(g.stdout, map[string]any{"packages": items})
			}
			printScripts(g, items)
			return nil
		},
	}
	pf := cmd.PersistentFlags()
	pf.StringVarP(&f.dir, "dir", "C", ".", "project directory")
	pf.StringVar(&f.lockfile, "lockfile", "", "read this lockfile instead of detecting one")
	pf.StringVar(&f.policyFile, "policy", "", "policy file (default: depfence.yaml in the project directory)")
	cmd.AddCommand(newScriptsEditCmd(g, f, policy.ScriptAllow), newScriptsEditCmd(g, f, policy.ScriptDeny), newScriptsAutoCmd(g, f))
	return cmd
}

func printScripts(g *globals, items []guard.Item) {
	w := g.stdout
	if len(items) == 0 {
		fmt.Fprintln(w, "no packages with install scripts")
		return
	}
	for _, it := range items {
		where := it.Path
		if !it.Installed {
			where = "not installed"
			if it.Git {
				where = "git dependency, not installed"
			}
		}
		fmt.Fprintf(w, "%-8s %s@%s  (%s)\n", it.Status, it.Name, it.Version, where)
		for _, ev := range guard.Events {
			if s, ok := it.Scripts[ev]; ok {
				fmt.Fprintf(w, "    %s: %s\n", ev, s)
			}
		}
		if !it.Installed {
			fmt.Fprintln(w, "    (script content unknown until installed)")
		}
		if it.Hash != "" {
			fmt.Fprintf(w, "    hash: %s\n", it.Hash)
		}
		if it.Status == guard.Changed && it.Entry != nil {
			fmt.Fprintf(w, "    approved hash: %s\n", it.Entry.Hash)
		}
		if it.Unpinned {
			fmt.Fprintln(w, "    allowed without a hash pin")
		}
	}
}

func newScriptsEditCmd(g *globals, f *scriptsFlags, kind policy.ScriptKind) *cobra.Command {
	var reason, via string
	var noPin bool
	verb := kind.String()
	cmd := &cobra.Command{
		Use:   verb + " NAME[@RANGE]",
		Short: map[policy.ScriptKind]string{policy.ScriptAllow: "Allow a package's install scripts (pinned to their current content)", policy.ScriptDeny: "Deny a package's install scripts"}[kind],
		Long: `Record the decision in depfence.yaml under scripts.` + verb + `, keeping the rest of
the file as it was. An allow entry pins the sha256 of the installed package's
install scripts (--no-pin to trust any future content): when a new version
changes them, 'depfence install' reports it as changed and does not run it
until it is allowed again. --via limits the entry to the packages brought in
through a chain of dependencies ("a>b").`,
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			name, spec := npm.SplitNameSpec(args[0])
			if _, err := npm.ParseName(name); err != nil {
				return usagef("%q: %v", args[0], err)
			}
			e := policy.ScriptEntry{Package: args[0], Via: via, Reason: reason}
			if err := policy.ValidateScriptEntry(e); err != nil {
				return usageError{err}
			}
			if kind == policy.ScriptAllow && !noPin {
				hash, note, err := pinHash(cmd.Context(), f, name, spec)
				if err != nil {
					return err
				}
				e.Hash = hash
				if note != "" && !g.quiet {
					fmt.Fprintf(g.stderr, "depfence: %s\n", note)
				}
			}
			if err := policy.AddScriptEntry(f.policyPath(), kind, e); err != nil {
				return usageError{err}
			}
			if !g.quiet {
				pin := ""
				if e.Hash != "" {
					pin = " (pinned " + e.Hash + ")"
				}
				done := map[policy.ScriptKind]string{policy.ScriptAllow: "allowed", policy.ScriptDeny: "denied"}[kind]
				fmt.Fprintf(g.stderr, "%s install scripts of %s in %s%s\n", done, args[0], f.policyPath(), pin)
			}
			return nil
		},
	}
	cmd.Flags().StringVar(&reason, "reason", "", "why (recorded in depfence.yaml)")
	cmd.Flags().StringVar(&via, "via", "", `only when brought in through this dependency chain ("a>b")`)
	if kind == policy.ScriptAllow {
		cmd.Flags().BoolVar(&noPin, "no-pin", false, "do not pin the script hash (any future script content runs)")
	}
	return cmd
}

// pinHash finds the installed versions of name (within spec, if given) and
// returns their common script hash.
func pinHash(ctx context.Context, f *scriptsFlags, name, spec string) (hash, note string, err error) {
	if ctx == nil {
		ctx = context.Background()
	}
	pkgs, err := guard.Installed(ctx, f.dir)
	if err != nil {
		return "", "", exitError{code: ExitOperation, err: err}
	}
	var hashes []string
	for _, p := range pkgs {
		if p.Name != name || !p.HasScripts() {
			continue
		}
		if spec != "" && spec != "*" && !npm.Satisfies(p.Version, spec) {
			continue
		}
		if !slices.Contains(hashes, p.Hash) {
			hashes = append(hashes, p.Hash)
		}
	}
	switch len(hashes) {
	case 0:
		return "", fmt.Sprintf("%s is not installed with install scripts in %q: allowed without a hash pin (run 'depfence scripts allow' again after installing to pin it)", name, f.dir), nil
	case 1:
		return hashes[0], "", nil
	}
	return "", "", usagef("%s has %d installed versions with different install scripts; allow each with NAME@VERSION, or use --no-pin", name, len(hashes))
}

func newScriptsAutoCmd(g *globals, f *scriptsFlags) *cobra.Command {
	var write, allow bool
	cmd := &cobra.Command{
		Use:   "auto",
		Short: "Propose allow-list entries for every new or changed package (writes nothing without --write)",
		Long: `Propose an entry for every package whose install scripts are new or changed.
Like LavaMoat's allow-scripts auto, the proposal denies them: review the
printed scripts and allow the ones the project needs. --allow proposes
allow entries pinned to the current scripts instead (review before writing).
Nothing is written without --write.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			items, _, err := f.inventory(cmd.Context())
			if err != nil {
				return err
			}
			props := guard.Propose(items, allow)
			if g.format == "json" {
				type jp struct {
					List  string             `json:"list"`
					Entry policy.ScriptEntry `json:"entry"`
				}
				out := []jp{}
				for _, p := range props {
					out = append(out, jp{p.Kind.String(), p.Entry})
				}
				if err := writeJSON(g.stdout, map[string]any{"proposals": out, "written": write}); err != nil {
					return err
				}
			} else {
				printProposals(g, props)
			}
			if !write {
				if len(props) > 0 && g.format != "json" && !g.quiet {
					fmt.Fprintln(g.stderr, "depfence: nothing written; review, then re-run with --write")
				}
				return nil
			}
			for _, p := range props {
				if err := policy.AddScriptEntry(f.policyPath(), p.Kind, p.Entry); err != nil {
					return usageError{err}
				}
			}
			if !g.quiet {
				fmt.Fprintf(g.stderr, "depfence: wrote %d entries to %s\n", len(props), f.policyPath())
			}
			return nil
		},
	}
	cmd.Flags().BoolVar(&write, "write", false, "write the proposal into depfence.yaml")
	cmd.Flags().BoolVar(&allow, "allow", false, "propose allow entries (pinned) instead of deny entries")
	return cmd
}

func printProposals(g *globals, props []guard.Proposal) {
	if len(props) == 0 {
		fmt.Fprintln(g.stdout, "# nothing to propose: every package with install scripts is allowed or denied")
		return
	}
	var s policy.Scripts
	for _, p := range props {
		if p.Kind == policy.ScriptAllow {
			s.Allow = append(s.Allow, p.Entry)
		} else {
			s.Deny = append(s.Deny, p.Entry)
		}
	}
	type lists struct {
		Allow []policy.ScriptEntry `yaml:"allow,omitempty"`
		Deny  []policy.ScriptEntry `yaml:"deny,omitempty"`
	}
	fmt.Fprintln(g.stdout, "# proposed additions to depfence.yaml")
	enc := yaml.NewEncoder(g.stdout)
	enc.SetIndent(2)
	if err := enc.Encode(map[string]lists{"scripts": {s.Allow, s.Deny}}); err != nil {
		fmt.Fprintf(g.stderr, "depfence: %v\n", err)
	}
	enc.Close()
}
