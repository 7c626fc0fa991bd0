package analyze

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io/fs"
	"log/slog"
	"runtime/debug"
	"slices"
	"sort"
	"strconv"
	"sync"
	"sync/atomic"
	"time"

	"github.com/depfence/depfence/internal/finding"
	"github.com/depfence/depfence/internal/jsast"
)

// Engine runs a fixed set of rules.
type Engine struct {
	rules []Rule
	lim   Limits
	// registryHosts are the project's package registries.
	registryHosts []string
	logger        *slog.Logger
	timeout       time.Duration
}

// Option configures an Engine.
type Option func(*Engine) error

// WithLimits sets per-package limits.
func WithLimits(l Limits) Option { return func(e *Engine) error { e.lim = l; return nil } }

// WithRegistryHosts names the project's package registries (from its npm
// configuration): rules trust downloads from them. They are part of the
// engine's fingerprint.
func WithRegistryHosts(hosts ...string) Option {
	return func(e *Engine) error {
		e.registryHosts = append([]string(nil), hosts...)
		slices.Sort(e.registryHosts)
		return nil
	}
}

// WithTimeout bounds one package's analysis (default 2 minutes). A package
// that runs out of time gets Result.Incomplete and the rules still run on
// what was parsed. The result is then not a pure function of the input:
// callers should not cache incomplete results.
func WithTimeout(d time.Duration) Option { return func(e *Engine) error { e.timeout = d; return nil } }

// WithLogger sets the logger (default: discard).
func WithLogger(l *slog.Logger) Option { return func(e *Engine) error { e.logger = l; return nil } }

// New returns an engine over rules; rule IDs must be unique.
func New(rules []Rule, opts ...Option) (*Engine, error) {
	e := &Engine{rules: rules, lim: DefaultLimits(), logger: slog.New(slog.DiscardHandler), timeout: 2 * time.Minute}
	seen := map[finding.RuleID]bool{}
	for _, r := range rules {
		id := r.Meta().ID
		if seen[id] {
			return nil, fmt.Errorf("duplicate rule %q", id)
		}
		seen[id] = true
	}
	for _, o := range opts {
		if err := o(e); err != nil {
			return nil, err
		}
	}
	return e, nil
}

// Rules returns the engine's rules.
func (e *Engine) Rules() []Rule { return e.rules }

// Fingerprint identifies the engine version and every rule version; combine
// it with the tarball digest for a cache key.
func (e *Engine) Fingerprint() string {
	h := sha256.New()
	fmt.Fprintf(h, "engine=%d\n", EngineVersion)
	for _, r := range e.registryHosts {
		fmt.Fprintf(h, "registry=%s\n", r)
	}
	ids := make([]string, 0, len(e.rules))
	for _, r := range e.rules {
		m := r.Meta()
		ids = append(ids, string(m.ID)+"@"+strconv.Itoa(m.Version))
	}
	slices.Sort(ids)
	for _, id := range ids {
		fmt.Fprintln(h, id)
	}
	return hex.EncodeToString(h.Sum(nil))[:24]
}

// Status of one rule's run.
type Status string

// Rule statuses.
const (
	StatusOK      Status = "ok"
	StatusError   Status = "error"
	StatusPanic   Status = "panic"
	StatusTimeout Status = "timeout"
)

// RuleStatus records how a rule ran; failures are data, not aborts.
type RuleStatus struct {
	Rule    finding.RuleID `json:"rule"`
	Version int            `json:"version"`
	Status  Status         `json:"status"`
	Error   string         `json:"error,omitempty"`
}

// FileStats summarises the code analysed.
type FileStats struct {
	Files    int   `json:"files"`
	Code     int   `json:"code"`
	CodeSize int64 `json:"codeBytes"`
	Lexed    int   `json:"lexed,omitempty"`   // scanned with the lexer only
	Skipped  int   `json:"skipped,omitempty"` // too large or unreadable
}

// Finding is a finding.Finding with its file role and signal.
type Finding struct {
	finding.Finding
	Role   Role   `json:"role"`
	Signal Signal `json:"signal"`
}

// Result is one package's analysis. It round-trips through JSON.
type Result struct {
	EngineVersion int             `json:"engineVersion"`
	Fingerprint   string          `json:"fingerprint"`
	Package       finding.Package `json:"package"`
	Partial       bool            `json:"partial,omitempty"`
	Verdict       Verdict         `json:"verdict"`
	Score         int             `json:"score"`
	Chain         []Step          `json:"chain,omitempty"`
	Findings      []Finding       `json:"findings,omitempty"`
	Rules         []RuleStatus    `json:"rules"`
	Files         FileStats       `json:"files"`
	// Incomplete: some rule failed or some file was not analysed.
	Incomplete bool `json:"incomplete,omitempty"`
}

type collector struct {
	mu   sync.Mutex
	meta Meta
	t    *Target
	out  []Finding
}

func (c *collector) Report(in Instance) {
	sev := in.Severity
	if sev == finding.SeverityNone {
		sev = c.meta.DefaultSeverity
	}
	conf := in.Confidence
	if conf == 0 {
		conf = finding.ConfidenceMedium
	}
	sig := in.Signal
	if sig == "" {
		sig = c.meta.Signal
	}
	role := RolePackage
	if in.File != "" && in.File != "package.json" {
		role = c.t.Role(in.File)
	}
	f := finding.Finding{
		Rule: c.meta.ID, RuleVersion: c.meta.Version, Package: c.t.Package,
		Severity: sev, Confidence: conf, Message: in.Message,
		Location: finding.Location{File: in.File, Line: in.Line, Column: in.Col},
		Evidence: in.Evidence,
	}
	f.Fingerprint = f.ComputeFingerprint()
	c.mu.Lock()
	if len(c.out) < 500 {
		c.out = append(c.out, Finding{Finding: f, Role: role, Signal: sig})
	}
	c.mu.Unlock()
}

// Analyze runs every rule over the package in fsys. pkg may be zero (taken
// from package.json). It returns an error only for ctx cancellation before
// any work; rule failures are recorded in Result.Rules.
func (e *Engine) Analyze(ctx context.Context, fsys fs.FS, pkg finding.Package) (*Result, error) {
	t := NewTarget(fsys, e.lim)
	t.Package = pkg
	return e.Run(ctx, t)
}

// Run analyses a prepared target.
func (e *Engine) Run(ctx context.Context, t *Target) (*Result, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	res := &Result{EngineVersion: EngineVersion, Fingerprint: e.Fingerprint()}
	if e.timeout > 0 {
		var cancel context.CancelFunc
		ctx, cancel = context.WithTimeout(ctx, e.timeout)
		defer cancel()
	}
	if t.RegistryHosts == nil {
		t.RegistryHosts = e.registryHosts
	}
	t.load()
	res.Package = t.Package
	res.Partial = t.Partial()
	// Parse every code file up front, in parallel and within budget
	// (before roles: reachability reuses the cached facts).
	var code []string
	for _, f := range t.Files() {
		if IsCode(f) {
			code = append(code, f)
		}
	}
	res.Files.Files = len(t.Files())
	// A few long-lived workers take files in turn: a goroutine per file
	// would grow a fresh stack through the parser's recursion every time
	// (about 5% of analysis time).
	wctx, cancel := context.WithCancel(ctx)
	defer cancel()
	var (
		budget  int64
		mu      sync.Mutex
		next    atomic.Int64
		wg      sync.WaitGroup
		overrun error
	)
	work := func() {
		defer wg.Done()
		for {
			i := int(next.Add(1)) - 1
			if i >= len(code) || wctx.Err() != nil {
				return
			}
			facts, err := t.Facts(code[i])
			mu.Lock()
			res.Files.Code++
			if err != nil || facts == nil {
				res.Files.Skipped++
				mu.Unlock()
				continue
			}
			budget += int64(facts.Size)
			res.Files.CodeSize += int64(facts.Size)
			if facts.Mode == jsast.ModeLexer || facts.Mode == jsast.ModeSkipped {
				res.Files.Lexed++
			}
			if budget > e.lim.MaxJSBytes && overrun == nil {
				overrun = fmt.Errorf("package code exceeds %d bytes", e.lim.MaxJSBytes)
				cancel()
			}
			mu.Unlock()
		}
	}
	workers := min(max(e.lim.FileWorkers, 1), max(len(code), 1))
	wg.Add(workers)
	for range workers - 1 {
		go work()
	}
	work()
	wg.Wait()
	if err := overrun; err != nil || ctx.Err() != nil {
		if err == nil {
			err = ctx.Err()
		}
		res.Incomplete = true
		e.logger.Warn("analysis budget", "package", t.Package.String(), "err", err)
	}
	// Rules run one after another: each is a cheap pass over cached facts.
	var all []Finding
	for _, r := range e.rules {
		m := r.Meta()
		st := RuleStatus{Rule: m.ID, Version: m.Version, Status: StatusOK}
		if err := ctx.Err(); err != nil {
			st.Status, st.Error = StatusTimeout, err.Error()
			res.Rules = append(res.Rules, st)
			res.Incomplete = true
			continue
		}
		c := &collector{meta: m, t: t}
		if err := runRule(ctx, r, t, c); err != nil {
			st.Status, st.Error = StatusError, err.Error()
			if pe, ok := err.(panicError); ok {
				st.Status, st.Error = StatusPanic, pe.msg
			}
			res.Incomplete = true
		}
		res.Rules = append(res.Rules, st)
		all = append(all, c.out...)
	}
	sort.SliceStable(all, func(i, j int) bool {
		a, b := all[i], all[j]
		if a.Severity != b.Severity {
			return a.Severity > b.Severity
		}
		if a.Rule != b.Rule {
			return a.Rule < b.Rule
		}
		if a.Location.File != b.Location.File {
			return a.Location.File < b.Location.File
		}
		return a.Location.Line < b.Location.Line
	})
	res.Findings = all
	combine(res, t)
	return res, nil
}

type panicError struct{ msg string }

func (p panicError) Error() string { return p.msg }

func runRule(ctx context.Context, r Rule, t *Target, c *collector) (err error) {
	defer func() {
		if p := recover(); p != nil {
			stack := debug.Stack()
			if len(stack) > 2000 {
				stack = stack[:2000]
			}
			err = panicError{msg: fmt.Sprintf("panic: %v\n%s", p, stack)}
		}
	}()
	return r.Check(ctx, t, c)
}
