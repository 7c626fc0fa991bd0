package cli

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"slices"
	"strings"
	"time"

	"github.com/schollz/progressbar/v3"
	"github.com/spf13/cobra"

	"github.com/depfence/depfence/internal/advisory"
	"github.com/depfence/depfence/internal/analyze"
	"github.com/depfence/depfence/internal/cache"
	"github.com/depfence/depfence/internal/depgraph"
	"github.com/depfence/depfence/internal/finding"
	"github.com/depfence/depfence/internal/npmrc"
	"github.com/depfence/depfence/internal/registry"
	"github.com/depfence/depfence/internal/rules"
	advisoryrules "github.com/depfence/depfence/internal/rules/advisory"
	"github.com/depfence/depfence/internal/rules/manifest"
	"github.com/depfence/depfence/internal/scan"
)

// netFlags are the flags of commands that fetch packages.
type netFlags struct {
	cacheDir    string
	offline     bool
	registry    string
	publicHosts []string
	workers     int
	platform    string
}

// npmPlatform turns --platform into npm's names (empty fields = every
// value): "current" is this machine, with its C library found the way npm
// finds it; OS/ARCH[/LIBC] names one.
func (n *netFlags) npmPlatform() (depgraph.Platform, error) {
	switch n.platform {
	case "", "all":
		return depgraph.Platform{}, nil
	case "current":
		plat := npmOS(runtime.GOOS)
		return depgraph.Platform{OS: plat, CPU: npmArch(runtime.GOARCH), Libc: hostLibc(plat, "/usr/bin/ldd", "/lib")}, nil
	}
	parts := strings.Split(n.platform, "/")
	if len(parts) < 2 || len(parts) > 3 || slices.Contains(parts, "") {
		return depgraph.Platform{}, usagef("--platform %q: want all, current or OS/ARCH[/LIBC] in npm's names (e.g. linux/x64, linux/x64/musl, darwin/arm64, win32/x64)", n.platform)
	}
	p := depgraph.Platform{OS: parts[0], CPU: parts[1]}
	if len(parts) == 3 {
		if p.OS != "linux" {
			return depgraph.Platform{}, usagef("--platform %q: a C library is named only for linux", n.platform)
		}
		p.Libc = parts[2]
	}
	return p, nil
}

// hostLibc tells glibc from musl on Linux as npm does: by what the ldd
// script says of itself; failing that, by which dynamic loader /lib holds.
// "" (unknown, or not Linux) scans the packages of both.
func hostLibc(plat, ldd, lib string) string {
	if plat != "linux" {
		return ""
	}
	if f, err := os.Open(ldd); err == nil {
		head := make([]byte, 64<<10)
		n, _ := io.ReadFull(f, head)
		f.Close()
		switch {
		case bytes.Contains(head[:n], []byte("musl")):
			return "musl"
		case bytes.Contains(head[:n], []byte("GNU C Library")):
			return "glibc"
		}
	}
	if m, _ := filepath.Glob(filepath.Join(lib, "ld-musl-*")); len(m) > 0 {
		return "musl"
	}
	if m, _ := filepath.Glob(filepath.Join(lib, "*", "ld-linux*")); len(m) > 0 {
		return "glibc"
	}
	if m, _ := filepath.Glob(filepath.Join(lib+"64", "ld-linux*")); len(m) > 0 {
		return "glibc"
	}
	return ""
}

func npmOS(goos string) string {
	if goos == "windows" {
		return "win32"
	}
	return goos
}

func npmArch(goarch string) string {
	switch goarch {
	case "amd64":
		return "x64"
	case "386":
		return "ia32"
	}
	return goarch
}

func (n *netFlags) register(cmd *cobra.Command) {
	f := cmd.Flags()
	f.StringVar(&n.cacheDir, "cache-dir", "", "cache directory (default: the user cache dir + /depfence)")
	f.BoolVar(&n.offline, "offline", false, "use only the cache; name every package it lacks")
	f.StringVar(&n.registry, "registry", "", "registry URL (default: from .npmrc / npm_config_registry / npm's own default)")
	f.StringSliceVar(&n.publicHosts, "public-registry-host", nil, "hosts that stand for the public registry in lockfiles; their URLs are fetched from the configured registry (default: npm's default registry host; env DEPFENCE_PUBLIC_REGISTRY_HOSTS)")
	f.IntVar(&n.workers, "fetch-workers", 32, "downloads in flight at once")
	f.StringVar(&n.platform, "platform", "all", "packages of which platform: all (what any teammate may install), current (this OS, CPU and C library), or OS/ARCH[/LIBC] like darwin/arm64 or linux/x64/musl")
}

// npmDefaultRegistry asks npm for its built-in default registry, ignoring
// every config file, so depfence names no registry host itself. Starting
// npm costs a few hundred milliseconds, so the answer is kept in the cache
// keyed by the npm binary's path, size and time.
func npmDefaultRegistry(store *cache.Store) (string, error) {
	npmBin, err := exec.LookPath("npm")
	if err != nil {
		return "", fmt.Errorf("no registry configured and npm not found to ask for its default: set registry in .npmrc, npm_config_registry, or --registry")
	}
	key := "npm-default-registry/" + npmBin
	if real, err := filepath.EvalSymlinks(npmBin); err == nil {
		if st, err := os.Stat(real); err == nil {
			key = fmt.Sprintf("npm-default-registry/%s/%d/%d", real, st.Size(), st.ModTime().UnixNano())
		}
	}
	if store != nil {
		if b, err := store.Result(key); err == nil && len(b) > 0 {
			return string(b), nil
		}
	}
	reg, err := askNpmDefault(npmBin)
	if err == nil && store != nil && reg != "" {
		_ = store.PutResult(key, []byte(reg))
	}
	return reg, err
}

var askNpmDefault = func(npmBin string) (string, error) {
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	// Two distinct empty files: npm refuses to load one file twice.
	tmp, err := os.MkdirTemp("", "depfence-npm-")
	if err != nil {
		return "", err
	}
	defer os.RemoveAll(tmp)
	user, global := filepath.Join(tmp, "userrc"), filepath.Join(tmp, "globalrc")
	for _, p := range []string{user, global} {
		if err := os.WriteFile(p, nil, 0o600); err != nil {
			return "", err
		}
	}
	cmd := exec.CommandContext(ctx, npmBin, "config", "get", "registry", "--userconfig", user, "--globalconfig", global)
	cmd.Dir = tmp
	var env []string
	for _, kv := range os.Environ() {
		if !strings.HasPrefix(strings.ToLower(kv), "npm_config_") {
			env = append(env, kv)
		}
	}
	cmd.Env = env
	out, err := cmd.Output()
	if err != nil {
		return "", fmt.Errorf("ask npm for its default registry: %w", err)
	}
	return strings.TrimSpace(string(out)), nil
}

// loadNpmrc reads the npm configuration for a project directory.
func (g *globals) loadNpmrc(dir string, n *netFlags, store *cache.Store) (*npmrc.Config, error) {
	home, _ := os.UserHomeDir()
	env := os.Environ()
	if n.registry != "" {
		env = append(env, "npm_config_registry="+n.registry)
	}
	opts := npmrc.Options{ProjectDir: dir, HomeDir: home, Env: env, GlobalPrefix: npmPrefix(), Logger: g.logger}
	hosts := n.publicHosts
	if v := g.env("DEPFENCE_PUBLIC_REGISTRY_HOSTS"); v != "" && len(hosts) == 0 {
		hosts = strings.Split(v, ",")
	}
	opts.PublicRegistryHosts = hosts
	cfg, err := npmrc.Load(opts)
	// npm's own default registry is needed when nothing configures a
	// registry, and to know the public registry host when none was given.
	if errors.Is(err, npmrc.ErrNoRegistry) || (err == nil && len(hosts) == 0) {
		def, defErr := npmDefaultRegistry(store)
		if defErr != nil {
			if err != nil {
				return nil, fmt.Errorf("%w (%v)", err, defErr)
			}
			g.logger.Warn("could not ask npm for its default registry; lockfile URLs on the public registry are fetched as written", "err", defErr)
			return cfg, nil
		}
		opts.DefaultRegistry = def
		cfg, err = npmrc.Load(opts)
	}
	if err != nil {
		return nil, err
	}
	return cfg, nil
}

// npmPrefix is npm's global prefix: $PREFIX, or the parent of the
// directory holding node, as npm computes it.
func npmPrefix() string {
	if p := os.Getenv("PREFIX"); p != "" {
		return p
	}
	node, err := exec.LookPath("node")
	if err != nil {
		return ""
	}
	if resolved, err := filepath.EvalSymlinks(node); err == nil {
		node = resolved
	}
	return filepath.Dir(filepath.Dir(node))
}

// openCache opens --cache-dir or the default cache.
func (n *netFlags) openCache() (*cache.Store, error) {
	dir := n.cacheDir
	if dir == "" {
		var err error
		if dir, err = cache.DefaultDir(); err != nil {
			return nil, fmt.Errorf("cache directory: %w (pass --cache-dir)", err)
		}
	}
	// Every entry is checked against its digest when read, so an entry a
	// power loss damaged is a miss: fsync per entry bought nothing and,
	// waiting on the disk, cost a cold scan of 1,100 packages 4-6 s.
	return cache.Open(dir, cache.WithoutSync())
}

// fetcher builds the fetch stage: npmrc, registry client, cache.
func (g *globals) fetcher(dir string, n *netFlags) (*scan.Fetcher, func(), error) {
	store, err := n.openCache()
	if err != nil {
		return nil, nil, err
	}
	f := &scan.Fetcher{Cache: store, Offline: n.offline, Logger: g.logger}
	cfg, err := g.loadNpmrc(dir, n, store)
	if err != nil {
		if n.offline {
			g.logger.Warn("npm configuration unavailable; offline scan uses the cache only", "err", err)
			return f, func() {}, nil
		}
		return nil, nil, err
	}
	f.RegistryID = cfg.Registry.String()
	client, err := registry.New(cfg,
		registry.WithLogger(g.logger),
		registry.WithOffline(n.offline),
		registry.WithPackumentCache(store.ForRegistry(), 5*time.Minute),
		registry.WithUserAgent("depfence/"+Version))
	if err != nil {
		return nil, nil, err
	}
	f.Registry = client
	f.Config = cfg
	return f, client.Close, nil
}

// softMemoryLimit keeps the heap near n bytes unless the user set
// GOMEMLIMIT: fetches and scans stream many tarballs through memory and
// would otherwise grow with the GC's default pacing. Too low a limit makes
// the GC run all the time, so analysis gets more room than downloads.
func (g *globals) softMemoryLimit(n int64) {
	if g.env("GOMEMLIMIT") == "" {
		debug.SetMemoryLimit(n)
		// Under the limit, collect when the heap has grown 4x rather
		// than 2x: the limit still caps memory, and a cold scan spends
		// ~10% less CPU in the collector.
		if g.env("GOGC") == "" {
			debug.SetGCPercent(300)
		}
	}
}

// scanGraphRules is every project-level rule a scan runs: the built-in
// ones and the advisory rules over the sources available (the registry's
// audit endpoints online, the imported OSV database, cached answers
// offline), selected with --only/--skip.
func scanGraphRules(f *scan.Fetcher, only, skip []string, full bool) ([]analyze.GraphRule, func()) {
	var client advisory.AuditClient
	if f.Registry != nil && !f.Offline {
		client = f.Registry
	}
	var results advisory.ResultCache
	cacheDir := ""
	if f.Cache != nil {
		results, cacheDir = f.Cache, f.Cache.Dir()
	}
	sources, closeFn := advisorySources(client, results, f.RegistryID, cacheDir, f.Offline)
	var all []analyze.GraphRule
	for _, r := range rules.GraphBuiltin() {
		if !full && needsRegistryMetadata(r.Meta().ID) {
			continue // not requested: --full-metadata enables them
		}
		all = append(all, r)
	}
	all = append(all, advisoryrules.New(sources...)...)
	return selectGraphRules(all, only, skip), closeFn
}

// needsRegistryMetadata names the rules that only work with packuments.
func needsRegistryMetadata(id finding.RuleID) bool {
	return id.Category() == "release" || id == "lockfile/integrity-mismatch"
}

func selectGraphRules(all []analyze.GraphRule, only, skip []string) []analyze.GraphRule {
	var sel []analyze.GraphRule
	for _, r := range all {
		id := string(r.Meta().ID)
		if (len(only) > 0 && !matchAny(only, id)) || matchAny(skip, id) {
			continue
		}
		sel = append(sel, r)
	}
	return sel
}

// versionDocument returns the registry's full version manifest, for rules
// that compare it with the tarball.
func versionDocument(f *scan.Fetcher) func(ctx context.Context, name, version string) ([]byte, error) {
	if f.Registry == nil {
		return nil
	}
	return func(ctx context.Context, name, version string) ([]byte, error) {
		// only this version's entry of the full packument is decoded
		pv, err := f.Registry.Manifest(ctx, name, version)
		if err != nil {
			return nil, err
		}
		return manifest.VersionDocument(pv), nil
	}
}

// graphInput feeds project-level rules from the npm configuration, the
// policy and the registry client. With full (--full-metadata) the rules that
// read registry metadata get full packuments (publish times, publishers,
// maintainers, attestations); without it they record that they did not run.
func graphInput(f *scan.Fetcher, allowed []string, full bool) scan.GraphInput {
	in := scan.GraphInput{AllowedHosts: allowed}
	if f.Config != nil {
		in.Registry = f.Config.Registry.String()
		in.PublicHosts = f.Config.PublicRegistryHosts
		in.Scopes = map[string]string{}
		for s, u := range f.Config.Scopes {
			in.Scopes[s] = u.String()
		}
	}
	if f.Registry != nil && full {
		// Registry metadata is opt-in: decoding a packument costs far more
		// than reading a cached analysis, and a warm scan must stay fast.
		in.Packument = f.Registry.FullPackument
		if f.Config != nil && f.Config.IsPublicRegistryHost(f.Config.Registry.Host) {
			// The configured registry is the public one: its answers are the
			// public registry's.
			in.PublicPackument = f.Registry.Packument
		}
	}
	return in
}

// engine builds the analysis engine with the selected rules.
// registryHosts are the project's package registries: downloads from them
// are trusted by the analysis (the configured and scope registries and the
// public registry hosts).
func registryHosts(f *scan.Fetcher) []string {
	if f == nil || f.Config == nil {
		return nil
	}
	hosts := append([]string{f.Config.Registry.Hostname()}, f.Config.PublicRegistryHosts...)
	for _, u := range f.Config.Scopes {
		hosts = append(hosts, u.Hostname())
	}
	return hosts
}

// engineFor builds the analysis engine for a project fetched by f.
func (g *globals) engineFor(f *scan.Fetcher, only, skip []string, extra ...analyze.Rule) (*analyze.Engine, error) {
	return g.engine(only, skip, extra, registryHosts(f))
}

func (g *globals) engine(only, skip []string, extra []analyze.Rule, hosts []string) (*analyze.Engine, error) {
	all := append(rules.Builtin(), extra...)
	var sel []analyze.Rule
	for _, r := range all {
		id := string(r.Meta().ID)
		if len(only) > 0 && !matchAny(only, id) {
			continue
		}
		if matchAny(skip, id) {
			continue
		}
		sel = append(sel, r)
	}
	if len(sel) == 0 && len(all) > 0 {
		return nil, usagef("--only/--skip leave no rule enabled")
	}
	return analyze.New(sel, analyze.WithLogger(g.logger), analyze.WithRegistryHosts(hosts...))
}

// matchAny matches a rule ID against selectors: an exact ID, a category
// ("code" or "code/*") or "*".
func matchAny(sel []string, id string) bool {
	cat, _, _ := strings.Cut(id, "/")
	for _, s := range sel {
		s = strings.TrimSpace(s)
		if s == "*" || s == id || s == cat || s == cat+"/*" {
			return true
		}
	}
	return false
}

// bar is a progress bar on stderr when it is a terminal and not --quiet.
type bar struct {
	g    *globals
	desc string
	pb   *progressbar.ProgressBar
}

func (b *bar) Start(total int) {
	if b.g.quiet || !isTTY(b.g.stderr) {
		return
	}
	b.pb = progressbar.NewOptions(total, progressbar.OptionSetWriter(b.g.stderr), progressbar.OptionSetDescription(b.desc),
		progressbar.OptionShowCount(), progressbar.OptionClearOnFinish(), progressbar.OptionThrottle(100*time.Millisecond),
		progressbar.OptionSetWidth(30), progressbar.OptionEnableColorCodes(b.g.color(b.g.stderr)))
}

func (b *bar) Add(n int) {
	if b.pb != nil {
		_ = b.pb.Add(n)
	}
}

func (b *bar) Finish() {
	if b.pb != nil {
		_ = b.pb.Finish()
		_ = b.pb.Clear()
	}
}
