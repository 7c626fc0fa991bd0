package cli

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"time"

	"github.com/spf13/cobra"

	"github.com/depfence/depfence/internal/analyze"
	"github.com/depfence/depfence/internal/finding"
	"github.com/depfence/depfence/internal/lockfile"
	"github.com/depfence/depfence/internal/policy"
	"github.com/depfence/depfence/internal/report"
	"github.com/depfence/depfence/internal/rules"
	"github.com/depfence/depfence/internal/scan"
)

type scanFlags struct {
	projectFlags
	nf            netFlags
	prod, dev     bool
	failOn        string
	policyFile    string
	only, skip    []string
	outputs       []string
	minReleaseAge string
	fullMetadata  bool
}

// metadataRules are the extra per-package rules --full-metadata enables.
func (sf *scanFlags) metadataRules() []analyze.Rule {
	if !sf.fullMetadata {
		return nil
	}
	return rules.MetadataRules()
}

func newScanCmd(g *globals) *cobra.Command {
	sf := &scanFlags{}
	cmd := &cobra.Command{
		Use:   "scan [DIR|LOCKFILE]",
		Short: "Scan the whole dependency tree: fetch, analyse, apply policy, report",
		Long: `Read the lockfile, fetch every package through the cache, analyse its code for
malicious behaviour, apply the policy (depfence.yaml) and report. Exit code 1
when the policy fails (a malicious package, a finding at or above --fail-on,
an expired acceptance, or incomplete analysis with failOnIncomplete).

Formats: text (default), json, sarif, cyclonedx, markdown, html. Write several
at once with --output FORMAT=FILE (repeatable).`,
		Args: cobra.MaximumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			res, err := runScan(cmd, g, sf, args)
			if err != nil {
				return err
			}
			outs, err := parseOutputs(sf.outputs)
			if err != nil {
				return err
			}
			if err := g.writeOutputs(res, outs); err != nil {
				return err
			}
			if res.Summary.Failed {
				return exitError{code: ExitPolicy}
			}
			return nil
		},
	}
	f := cmd.Flags()
	f.StringVar(&sf.lockfile, "lockfile", "", "read this lockfile instead of detecting one")
	f.BoolVar(&sf.prod, "prod", false, "only production packages")
	f.BoolVar(&sf.dev, "dev", false, "only dev packages")
	f.StringVar(&sf.failOn, "fail-on", "", "fail on findings at or above this severity: info, low, medium, high, critical, none (default: the policy's failOn, else high)")
	f.StringVar(&sf.policyFile, "policy", "", "policy file (default: depfence.yaml in the project directory, if present)")
	f.StringSliceVar(&sf.only, "only", nil, "run only these rules (IDs, categories like code or code/*)")
	f.StringSliceVar(&sf.skip, "skip", nil, "skip these rules (IDs or categories)")
	f.StringArrayVarP(&sf.outputs, "output", "o", nil, "also write FORMAT=FILE (repeatable), e.g. sarif=depfence.sarif")
	f.StringVar(&sf.minReleaseAge, "min-release-age", "", "flag versions published more recently than this (e.g. 48h, 3d)")
	f.BoolVar(&sf.fullMetadata, "full-metadata", false, "also check registry metadata: full packuments for release history (publish times, publishers, maintainers, provenance), the registry's integrity of each locked version, public namesakes (dependency confusion) and manifest confusion; slower, more data")
	sf.nf.register(cmd)
	return cmd
}

// runScan builds the pipeline from flags and runs it.
func runScan(cmd *cobra.Command, g *globals, sf *scanFlags, args []string) (*report.Result, error) {
	if sf.prod && sf.dev {
		return nil, usagef("--prod and --dev cannot be used together")
	}
	dir := "."
	if len(args) > 0 {
		dir = args[0]
	}
	lock := sf.lockfile
	if st, err := os.Stat(dir); err != nil {
		return nil, usagef("project: %v", err)
	} else if !st.IsDir() {
		lock, dir = dir, filepath.Dir(dir)
	}
	pol, err := loadPolicy(dir, sf.policyFile)
	if err != nil {
		return nil, err
	}
	return runScanDir(cmd.Context(), g, sf, dir, lock, pol)
}

// runScanDir scans the project in dir (lock overrides detection) under pol.
func runScanDir(ctx context.Context, g *globals, sf *scanFlags, dir, lock string, pol *policy.Policy) (*report.Result, error) {
	g.softMemoryLimit(360 << 20)
	if sf.failOn != "" {
		if err := setFailOn(pol, sf.failOn); err != nil {
			return nil, err
		}
	}
	if sf.minReleaseAge != "" {
		d, err := policy.ParseAge(sf.minReleaseAge)
		if err != nil {
			return nil, usagef("--min-release-age: %v", err)
		}
		pol.MinReleaseAge = d
	}
	plat, err := sf.nf.npmPlatform()
	if err != nil {
		return nil, err
	}
	fetcher, closeFn, err := g.fetcher(dir, &sf.nf)
	if err != nil {
		return nil, exitError{code: ExitOperation, err: err}
	}
	defer closeFn()
	eng, err := g.engineFor(fetcher, sf.only, sf.skip, sf.metadataRules()...)
	if err != nil {
		return nil, err
	}
	gr, closeAdv := scanGraphRules(fetcher, sf.only, sf.skip, sf.fullMetadata)
	defer closeAdv()
	o := scan.Options{
		Dir: dir, Lockfile: lock, Prod: sf.prod, Dev: sf.dev, Platform: plat,
		Fetcher: fetcher, Engine: eng, Policy: pol,
		GraphRules: gr, GraphInput: graphInput(fetcher, pol.Registries, sf.fullMetadata),
		FetchWorkers: sf.nf.workers, Logger: g.logger,
		Progress: &bar{g: g, desc: "scanning"}, ToolVersion: Version, Now: time.Now,
	}
	if sf.fullMetadata {
		o.VersionDocument = versionDocument(fetcher)
	}
	res, err := scan.Run(ctx, o)
	if err != nil {
		if errors.Is(err, lockfile.ErrNoLockfile) {
			return nil, usageError{err}
		}
		return nil, exitError{code: ExitOperation, err: err}
	}
	if n := res.Summary.NotAnalysed; n > 0 && !g.quiet {
		g.logger.Warn("some packages were not analysed", "count", n)
	}
	return res, nil
}

func setFailOn(pol *policy.Policy, v string) error {
	s, err := finding.ParseSeverity(v)
	if err != nil {
		return usagef("--fail-on: %v", err)
	}
	if s == finding.SeverityNone {
		s = finding.SeverityCritical + 1 // never fail on findings
	}
	pol.FailOn = s
	return nil
}

func loadPolicy(dir, file string) (*policy.Policy, error) {
	var (
		pol *policy.Policy
		err error
	)
	if file != "" {
		pol, err = policy.Load(file)
	} else {
		pol, err = policy.LoadDir(dir)
	}
	if err != nil {
		return nil, usageError{fmt.Errorf("policy: %w", err)}
	}
	return pol, nil
}
