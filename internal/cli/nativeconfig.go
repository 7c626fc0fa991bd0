package cli

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"

	"github.com/spf13/cobra"

	"github.com/depfence/depfence/internal/guard"
	"github.com/depfence/depfence/internal/lockfile/formats"
)

func newNativeConfigCmd(g *globals) *cobra.Command {
	var (
		pmFlag, policyFile string
		write              bool
	)
	cmd := &cobra.Command{
		Use:   "native-config [DIR]",
		Short: "Generate each package manager's own script and release-age settings from depfence.yaml",
		Long: `Generate the package managers' own settings from the policy, so the protection
holds when someone runs the package manager directly:

  npm         .npmrc: ignore-scripts=true, min-release-age (days)
  pnpm        pnpm-workspace.yaml: allowBuilds (pnpm 10.26+; a merge drops
              the onlyBuiltDependencies/ignoredBuiltDependencies/
              neverBuiltDependencies lists it replaces), minimumReleaseAge
              (minutes), trustPolicy: no-downgrade, blockExoticSubdeps: true
  yarn berry  .yarnrc.yml: enableScripts: false, npmMinimalAgeGate;
              package.json: dependenciesMeta.<pkg>.built
  yarn 1      .yarnrc: ignore-scripts true (no per-package switch)
  bun         package.json: trustedDependencies; bunfig.toml:
              install.minimumReleaseAge (seconds)

The release age is the policy's minReleaseAge (default 3 days). Native
settings cannot pin script hashes: only 'depfence install' re-checks them.

Prints to stdout by default (all package managers, or --pm). --write merges
into the files of the package manager the lockfile names (or --pm), replacing
only these keys and keeping every other setting.`,
		Args: cobra.MaximumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			dir := "."
			if len(args) > 0 {
				dir = args[0]
			}
			if st, err := os.Stat(dir); err != nil || !st.IsDir() {
				return usagef("project directory %q: not a directory", dir)
			}
			pol, err := loadPolicy(dir, policyFile)
			if err != nil {
				return err
			}
			var pms []guard.PM
			switch pmFlag {
			case "", "all":
				if write && pmFlag == "" {
					lock, err := formats.Detect(dir)
					if err != nil {
						return usagef("--write needs --pm (no lockfile to tell the package manager): %v", err)
					}
					pm, err := guard.DetectPM(lock)
					if err != nil {
						return usageError{err}
					}
					pms = []guard.PM{pm}
				} else {
					pms = []guard.PM{guard.NPM, guard.PNPM, guard.YarnClassic, guard.YarnBerry, guard.Bun}
				}
			default:
				pm, err := parsePMFlag(pmFlag, dir, "")
				if err != nil {
					return err
				}
				pms = []guard.PM{pm}
			}
			type jsonFile struct {
				PM      guard.PM `json:"pm"`
				File    string   `json:"file"`
				Content string   `json:"content"`
				Written bool     `json:"written"`
			}
			var out []jsonFile
			for _, pm := range pms {
				files, err := guard.NativeConfig(pm, pol)
				if err != nil {
					return exitError{code: ExitOperation, err: err}
				}
				for _, f := range files {
					jf := jsonFile{PM: pm, File: f.Name, Content: f.Content}
					if write {
						path := filepath.Join(dir, f.Name)
						old, err := os.ReadFile(path)
						if err != nil && !errors.Is(err, os.ErrNotExist) {
							return exitError{code: ExitOperation, err: err}
						}
						merged, err := f.Merge(old)
						if err != nil {
							return exitError{code: ExitOperation, err: fmt.Errorf("merge into %q: %w", path, err)}
						}
						if err := writeFileAtomic(path, merged); err != nil {
							return exitError{code: ExitOperation, err: err}
						}
						jf.Written = true
						if !g.quiet {
							fmt.Fprintf(g.stderr, "depfence: wrote %s settings into %s\n", pm, path)
						}
					}
					out = append(out, jf)
				}
			}
			if g.format == "json" {
				return writeJSON(g.stdout, map[string]any{"files": out})
			}
			if write {
				return nil
			}
			for _, f := range out {
				fmt.Fprintf(g.stdout, "# ==> %s: %s <==\n%s\n", f.PM, f.File, f.Content)
			}
			return nil
		},
	}
	cmd.Flags().StringVar(&pmFlag, "pm", "", "package manager: npm, pnpm, yarn, yarn-classic, yarn-berry, bun or all (default: all when printing, the lockfile's when writing)")
	cmd.Flags().StringVar(&policyFile, "policy", "", "policy file (default: depfence.yaml in the project directory, if present)")
	cmd.Flags().BoolVar(&write, "write", false, "merge the settings into the project's files")
	return cmd
}

// writeFileAtomic writes data to p through a temporary file and a rename,
// keeping p's permissions when it exists.
func writeFileAtomic(p string, data []byte) error {
	mode := os.FileMode(0o644)
	if st, err := os.Stat(p); err == nil {
		mode = st.Mode().Perm()
	}
	tmp, err := os.CreateTemp(filepath.Dir(p), "."+filepath.Base(p)+".depfence-*")
	if err != nil {
		return fmt.Errorf("write %q: %w", p, err)
	}
	defer os.Remove(tmp.Name())
	if _, err := tmp.Write(data); err != nil {
		tmp.Close()
		return fmt.Errorf("write %q: %w", p, err)
	}
	if err := tmp.Chmod(mode); err != nil {
		tmp.Close()
		return fmt.Errorf("write %q: %w", p, err)
	}
	if err := tmp.Close(); err != nil {
		return fmt.Errorf("write %q: %w", p, err)
	}
	if err := os.Rename(tmp.Name(), p); err != nil {
		return fmt.Errorf("write %q: %w", p, err)
	}
	return nil
}
