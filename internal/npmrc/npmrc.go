// Package npmrc reads npm configuration the way npm does: the project, user
// and global .npmrc files plus npm_config_* environment variables, with
// npm's precedence (environment > project > user > global > defaults).
//
// The environment, home directory and file reader are injected through
// Options; the package reads no globals. Credentials are held as Secret
// values and never appear in any String, GoString, LogValue or error text.
package npmrc

import (
	"errors"
	"fmt"
	"io/fs"
	"log/slog"
	"net/url"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"time"
)

// ErrNoRegistry is returned when no configuration names a registry and the
// caller supplied no default.
var ErrNoRegistry = errors.New("no registry configured")

// Replace-registry-host modes (besides a host name).
const (
	ReplaceNpmjs  = "npmjs"
	ReplaceNever  = "never"
	ReplaceAlways = "always"
)

// Defaults npm uses.
const (
	DefaultFetchRetries         = 2
	DefaultFetchTimeout         = 5 * time.Minute
	DefaultFetchRetryMinTimeout = 10 * time.Second
	DefaultFetchRetryMaxTimeout = 60 * time.Second
)

// Options says where configuration comes from. Only the CLI fills it from
// the real process environment.
type Options struct {
	// ProjectDir holds the project .npmrc; "" reads none.
	ProjectDir string
	// HomeDir holds the user .npmrc (~/.npmrc) unless npm_config_userconfig
	// names another file; "" reads none.
	HomeDir string
	// Env is the environment as "KEY=VALUE" strings (os.Environ()). It
	// feeds npm_config_* keys, ${VAR} expansion, PREFIX and the standard
	// proxy variables.
	Env []string
	// GlobalPrefix is npm's prefix; the global config is
	// GlobalPrefix/etc/npmrc unless npm_config_globalconfig names a file.
	// "" falls back to $PREFIX; with neither, no global file is read.
	GlobalPrefix string
	// ReadFile reads a config file; nil means os.ReadFile. A missing file
	// (fs.ErrNotExist) is skipped.
	ReadFile func(name string) ([]byte, error)
	// DefaultRegistry is npm's built-in default registry, used when no
	// configuration sets one. depfence names no registry host itself: the
	// CLI asks npm for its default (npm config get registry with every
	// config file disabled). Its host is the default public registry host.
	DefaultRegistry string
	// PublicRegistryHosts are the hosts that replace-registry-host=npmjs
	// rewrites to the configured registry. Default: the host of
	// DefaultRegistry.
	PublicRegistryHosts []string
	// Logger receives warnings (ignored keys, unset variables); never
	// values. Nil discards.
	Logger *slog.Logger
}

// Config is the merged configuration. Its exported fields hold no
// credentials; credentials are reached only through AuthFor, and proxy
// URLs (which may carry credentials) only through ProxyFor.
type Config struct {
	// Registry is the default registry, always with a trailing "/" and no
	// user info.
	Registry *url.URL
	// Scopes maps "@scope" to its registry.
	Scopes map[string]*url.URL
	// StrictSSL is npm's strict-ssl (default true): verify TLS certificates.
	StrictSSL bool
	// CAFile is the cafile path; its PEM content has been read into CA.
	CAFile string
	// CA holds PEM certificates from ca/ca[]/cafile. When non-empty they
	// replace the system roots, as in npm.
	CA []string
	// NoProxy lists hosts (domain suffixes, "*" for all) reached directly.
	NoProxy []string
	// AlwaysAuth is npm's deprecated always-auth flag; parsed, not used.
	AlwaysAuth bool
	// FetchRetries is the number of retries after the first attempt.
	FetchRetries int
	// FetchTimeout bounds one whole request.
	FetchTimeout time.Duration
	// FetchRetryMinTimeout and FetchRetryMaxTimeout bound retry backoff.
	FetchRetryMinTimeout, FetchRetryMaxTimeout time.Duration
	// ReplaceRegistryHost is "npmjs" (default), "never", "always" or a host.
	ReplaceRegistryHost string
	// PublicRegistryHosts are the hosts "npmjs" stands for.
	PublicRegistryHosts []string
	// Files lists the config files read, lowest precedence first.
	Files []string

	proxy      *url.URL
	httpsProxy *url.URL
	auth       map[string]*Auth // by nerf-dart key ("//host/path/")
	secrets    []Secret         // every secret value, for Redact
}

// Auth is the credential for one registry prefix. Printing it shows only
// which kinds of credential are present.
type Auth struct {
	// Key is the nerf-dart prefix the credential's .npmrc key names,
	// e.g. "//registry.example.com/npm/".
	Key string
	// Token is a bearer token (":_authToken").
	Token Secret
	// Basic is the base64 "user:password" for Basic auth, from ":_auth" or
	// ":username" + ":_password".
	Basic Secret
	// Username is the ":username" value (not secret, but not logged).
	Username string
	// CertFile and KeyFile are the client certificate paths (parsed only).
	CertFile, KeyFile string
}

// Header returns the Authorization header value, "" when there is none.
func (a Auth) Header() string {
	switch {
	case !a.Token.IsZero():
		return "Bearer " + a.Token.Reveal()
	case !a.Basic.IsZero():
		return "Basic " + a.Basic.Reveal()
	}
	return ""
}

func (a Auth) kinds() string {
	var k []string
	if !a.Token.IsZero() {
		k = append(k, "token")
	}
	if !a.Basic.IsZero() {
		k = append(k, "basic")
	}
	if a.CertFile != "" {
		k = append(k, "certfile")
	}
	if len(k) == 0 {
		return "none"
	}
	return strings.Join(k, "+")
}

func (a Auth) String() string { return "npmrc.Auth{" + a.Key + " " + a.kinds() + "}" }

// GoString implements fmt.GoStringer.
func (a Auth) GoString() string { return a.String() }

// Format implements fmt.Formatter so that no verb prints a credential.
func (a Auth) Format(f fmt.State, _ rune) { _, _ = f.Write([]byte(a.String())) }

// LogValue implements slog.LogValuer.
func (a Auth) LogValue() slog.Value {
	return slog.GroupValue(slog.String("key", a.Key), slog.String("kinds", a.kinds()))
}

// layer is one source of configuration.
type layer struct {
	name    string // file path or "environment"
	entries map[string]entry
}

// Load reads and merges the configuration.
func Load(opts Options) (*Config, error) {
	log := opts.Logger
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	read := opts.ReadFile
	if read == nil {
		read = os.ReadFile
	}
	env := newEnv(opts.Env)

	// Environment first: it decides where the user and global files are.
	envLayer := layer{name: "environment", entries: map[string]entry{}}
	for _, kv := range opts.Env {
		k, v, ok := strings.Cut(kv, "=")
		if !ok || len(k) < len("npm_config_") || !strings.EqualFold(k[:len("npm_config_")], "npm_config_") || v == "" {
			continue
		}
		key := k[len("npm_config_"):]
		if !strings.HasPrefix(key, "//") {
			key = envKey(key)
		}
		envLayer.entries[key] = entry{key: key, value: v, file: "environment", line: 0}
	}

	// Files load in npm's order (project, user, global), each able to name
	// the next file's location; precedence is env > project > user > global.
	loaded := []*layer{&envLayer} // highest precedence first
	loadFile := func(path string) (*layer, error) {
		if path == "" {
			return nil, nil
		}
		data, err := read(path)
		if errors.Is(err, fs.ErrNotExist) {
			return nil, nil
		}
		if err != nil {
			return nil, &ParseError{File: path, Err: fmt.Errorf("read: %w", stripPathErr(err))}
		}
		ents, err := parseINI(path, data)
		if err != nil {
			return nil, err
		}
		l := &layer{name: path, entries: map[string]entry{}}
		for _, e := range ents {
			l.entries[e.key] = e
		}
		loaded = append(loaded, l)
		return l, nil
	}
	// get returns a scalar from the layers read so far.
	get := func(key string) (string, bool) {
		for _, l := range loaded {
			if e, ok := l.entries[key]; ok {
				return expandEnv(e.value, env.lookup), true
			}
		}
		return "", false
	}

	projectFile := ""
	if opts.ProjectDir != "" {
		projectFile = filepath.Join(opts.ProjectDir, ".npmrc")
	}
	project, err := loadFile(projectFile)
	if err != nil {
		return nil, err
	}
	userFile, ok := get("userconfig")
	if !ok && opts.HomeDir != "" {
		userFile = filepath.Join(opts.HomeDir, ".npmrc")
	}
	if sameFile(userFile, projectFile) {
		userFile = "" // npm reads a file that is both only once
	}
	user, err := loadFile(userFile)
	if err != nil {
		return nil, err
	}
	globalFile, ok := get("globalconfig")
	if !ok {
		prefix := opts.GlobalPrefix
		if p, ok := get("prefix"); ok && prefix == "" {
			prefix = p
		}
		if prefix == "" {
			prefix, _ = env.lookup("PREFIX")
		}
		if prefix != "" {
			globalFile = filepath.Join(prefix, "etc", "npmrc")
		}
	}
	global, err := loadFile(globalFile)
	if err != nil {
		return nil, err
	}
	var layers []layer // lowest precedence first
	for _, l := range []*layer{global, user, project, &envLayer} {
		if l != nil {
			layers = append(layers, *l)
		}
	}

	// Merge, expanding keys and values.
	merged := map[string]entry{}
	for _, l := range layers {
		keys := make([]string, 0, len(l.entries))
		for k := range l.entries {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		for _, k := range keys {
			e := l.entries[k]
			e.key = expandEnv(e.key, env.lookup)
			e.value = expandEnv(e.value, env.lookup)
			for i := range e.values {
				e.values[i] = expandEnv(e.values[i], env.lookup)
			}
			if strings.Contains(e.value, "${") {
				log.Warn("npmrc: unset environment variable in value", "file", e.file, "line", e.line, "key", safeKey(e.key))
			}
			merged[e.key] = e
		}
	}

	cfg := &Config{
		StrictSSL:            true,
		FetchRetries:         DefaultFetchRetries,
		FetchTimeout:         DefaultFetchTimeout,
		FetchRetryMinTimeout: DefaultFetchRetryMinTimeout,
		FetchRetryMaxTimeout: DefaultFetchRetryMaxTimeout,
		ReplaceRegistryHost:  ReplaceNpmjs,
		Scopes:               map[string]*url.URL{},
		auth:                 map[string]*Auth{},
	}
	for _, l := range layers {
		if l.name != "environment" {
			cfg.Files = append(cfg.Files, l.name)
		}
	}
	if opts.DefaultRegistry != "" {
		def, _, err := parseRegistry(opts.DefaultRegistry)
		if err != nil {
			return nil, fmt.Errorf("default registry: %w", err)
		}
		cfg.Registry = def
		cfg.PublicRegistryHosts = []string{strings.ToLower(def.Host)}
	}
	if len(opts.PublicRegistryHosts) > 0 {
		cfg.PublicRegistryHosts = nil
		for _, h := range opts.PublicRegistryHosts {
			cfg.PublicRegistryHosts = append(cfg.PublicRegistryHosts, strings.ToLower(h))
		}
	}

	// Proxy defaults from the standard variables.
	httpsProxyEnv := firstEnv(env, "HTTPS_PROXY", "https_proxy", "HTTP_PROXY", "http_proxy")
	httpProxyEnv := firstEnv(env, "HTTP_PROXY", "http_proxy")
	noProxyEnv := firstEnv(env, "NO_PROXY", "no_proxy")

	keys := make([]string, 0, len(merged))
	for k := range merged {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	var userinfo []registryUserinfo
	raws := map[string]*rawAuth{}
	for _, k := range keys {
		e := merged[k]
		if err := cfg.apply(e, raws, &userinfo, log); err != nil {
			return nil, err
		}
	}
	cfg.finishAuth(raws)
	if _, ok := merged["https-proxy"]; !ok && httpsProxyEnv != "" {
		u, err := parseProxy(httpsProxyEnv)
		if err != nil {
			return nil, &ParseError{File: "environment", Key: "HTTPS_PROXY", Err: err}
		}
		cfg.httpsProxy = u
		cfg.noteURLSecret(u)
	}
	if _, ok := merged["proxy"]; !ok && httpProxyEnv != "" {
		u, err := parseProxy(httpProxyEnv)
		if err != nil {
			return nil, &ParseError{File: "environment", Key: "HTTP_PROXY", Err: err}
		}
		cfg.proxy = u
		cfg.noteURLSecret(u)
	}
	if _, ok := merged["noproxy"]; !ok && noProxyEnv != "" {
		cfg.NoProxy = splitList([]string{noProxyEnv})
	}
	// Credentials embedded in registry URLs apply to that registry's
	// prefix unless a key configures it explicitly.
	for _, ui := range userinfo {
		key := NerfDart(ui.u)
		if _, ok := cfg.auth[key]; ok {
			continue
		}
		cfg.auth[key] = &Auth{Key: key, Basic: NewSecret(ui.basic), Username: ui.user}
	}
	// cafile content.
	if cfg.CAFile != "" {
		if _, ok := merged["ca"]; !ok {
			data, err := read(cfg.CAFile)
			if err != nil {
				e := merged["cafile"]
				return nil, &ParseError{File: e.file, Line: e.line, Key: "cafile", Err: fmt.Errorf("read %q: %w", cfg.CAFile, stripPathErr(err))}
			}
			cfg.CA = splitPEM(string(data))
		}
	}
	sort.Slice(cfg.secrets, func(i, j int) bool { return len(cfg.secrets[i].Reveal()) > len(cfg.secrets[j].Reveal()) })
	if cfg.Registry == nil {
		return nil, fmt.Errorf("%w: set registry in .npmrc or npm_config_registry (npm's own default could not be determined)", ErrNoRegistry)
	}
	return cfg, nil
}

type registryUserinfo struct {
	u     *url.URL
	user  string
	basic string
}

// apply types one merged key into cfg.
func (c *Config) apply(e entry, raws map[string]*rawAuth, userinfo *[]registryUserinfo, log *slog.Logger) error {
	perr := func(err error) error {
		return &ParseError{File: e.file, Line: e.line, Key: safeKey(e.key), Err: fmt.Errorf("%w: %v", ErrSyntax, err)}
	}
	k := e.key
	if strings.HasPrefix(k, "//") {
		return c.applyAuth(e, raws, perr)
	}
	switch {
	case k == "registry":
		u, ui, err := parseRegistry(e.value)
		if err != nil {
			return perr(err)
		}
		c.Registry = u
		if ui != nil {
			*userinfo = append(*userinfo, registryUserinfo{u: u, user: ui.user, basic: ui.basic})
			c.noteSecret(ui.basic, ui.pass)
		}
	case strings.HasPrefix(k, "@") && strings.HasSuffix(k, ":registry"):
		scope := strings.TrimSuffix(k, ":registry")
		if len(scope) < 2 || strings.ContainsAny(scope[1:], "/@:") {
			return perr(errors.New("scope must look like @name"))
		}
		u, ui, err := parseRegistry(e.value)
		if err != nil {
			return perr(err)
		}
		c.Scopes[strings.ToLower(scope)] = u
		if ui != nil {
			*userinfo = append(*userinfo, registryUserinfo{u: u, user: ui.user, basic: ui.basic})
			c.noteSecret(ui.basic, ui.pass)
		}
	case k == "strict-ssl":
		b, err := parseBool(e.value)
		if err != nil {
			return perr(err)
		}
		c.StrictSSL = b
	case k == "always-auth":
		b, err := parseBool(e.value)
		if err != nil {
			return perr(err)
		}
		c.AlwaysAuth = b
	case k == "cafile":
		if e.value != "null" {
			c.CAFile = e.value
		}
	case k == "ca":
		vals := e.values
		if !e.array {
			vals = []string{e.value}
		}
		c.CA = nil
		for _, v := range vals {
			if v == "null" || v == "" {
				continue
			}
			if !strings.Contains(v, "-----BEGIN CERTIFICATE-----") {
				return perr(errors.New("not a PEM certificate"))
			}
			c.CA = append(c.CA, splitPEM(strings.ReplaceAll(v, `\n`, "\n"))...)
		}
	case k == "proxy" || k == "https-proxy":
		var u *url.URL
		if e.value != "" && e.value != "false" && e.value != "null" {
			var err error
			if u, err = parseProxy(e.value); err != nil {
				return perr(err)
			}
			c.noteURLSecret(u)
		}
		if k == "proxy" {
			c.proxy = u
		} else {
			c.httpsProxy = u
		}
	case k == "noproxy":
		vals := e.values
		if !e.array {
			vals = []string{e.value}
		}
		c.NoProxy = splitList(vals)
	case k == "fetch-retries":
		n, err := parseInt(e.value, 0, 100)
		if err != nil {
			return perr(err)
		}
		c.FetchRetries = n
	case k == "fetch-timeout" || k == "fetch-retry-mintimeout" || k == "fetch-retry-maxtimeout":
		n, err := parseInt(e.value, 0, 24*3600*1000)
		if err != nil {
			return perr(err)
		}
		d := time.Duration(n) * time.Millisecond
		switch k {
		case "fetch-timeout":
			c.FetchTimeout = d
		case "fetch-retry-mintimeout":
			c.FetchRetryMinTimeout = d
		default:
			c.FetchRetryMaxTimeout = d
		}
	case k == "replace-registry-host":
		v := strings.ToLower(strings.TrimSpace(e.value))
		if v == "" || strings.ContainsAny(v, "/ \t") {
			return perr(errors.New(`want "npmjs", "never", "always" or a host name`))
		}
		c.ReplaceRegistryHost = v
	case k == "_authToken" || k == "_auth" || k == "_password" || k == "username":
		// npm 9+ refuses unscoped credentials; depfence ignores them.
		c.noteSecret(e.value)
		log.Warn("npmrc: ignoring credential not scoped to a registry; use //host/:"+k, "file", e.file, "line", e.line)
	}
	return nil
}

func (c *Config) applyAuth(e entry, raws map[string]*rawAuth, perr func(error) error) error {
	i := strings.LastIndexByte(e.key, ':')
	if i < 0 {
		return nil // a bare "//host/" key is not a credential
	}
	prefix, field := e.key[:i], e.key[i+1:]
	switch field {
	case "_authToken", "_auth", "_password", "username", "certfile", "keyfile":
	default:
		return nil
	}
	prefix = normalizeNerfKey(prefix)
	if prefix == "" {
		return perr(errors.New("credential key must look like //host[:port]/path/:" + field))
	}
	r := raws[prefix]
	if r == nil {
		r = &rawAuth{}
		raws[prefix] = r
	}
	v := e.value
	switch field {
	case "_authToken":
		c.noteSecret(v)
		if err := checkHeaderValue(v); err != nil {
			return perr(err)
		}
		r.token = v
	case "_auth":
		c.noteSecret(v)
		if err := checkHeaderValue(v); err != nil {
			return perr(err)
		}
		if dec, err := decodeBase64(v); err == nil {
			c.noteSecret(dec)
			if _, pass, ok := strings.Cut(dec, ":"); ok {
				c.noteSecret(pass)
			}
		}
		r.auth = v
	case "username":
		r.user = v
	case "_password":
		c.noteSecret(v)
		dec, err := decodeBase64(v)
		if err != nil {
			return perr(errors.New("_password must be base64-encoded"))
		}
		c.noteSecret(dec)
		r.pass = dec
	case "certfile":
		r.cert = v
	case "keyfile":
		r.key = v
	}
	return nil
}

// rawAuth collects the credential keys of one prefix before they are
// combined the way npm-registry-fetch does: a token wins, then
// username + _password, then _auth.
type rawAuth struct{ token, auth, user, pass, cert, key string }

func (c *Config) finishAuth(raws map[string]*rawAuth) {
	for prefix, r := range raws {
		a := &Auth{Key: prefix, Username: r.user, CertFile: r.cert, KeyFile: r.key}
		switch {
		case r.token != "":
			a.Token = NewSecret(r.token)
		case r.user != "" && r.pass != "":
			b := encodeBase64(r.user + ":" + r.pass)
			c.noteSecret(b)
			a.Basic = NewSecret(b)
		case r.auth != "":
			a.Basic = NewSecret(r.auth)
		}
		if a.Token.IsZero() && a.Basic.IsZero() && (a.CertFile == "" || a.KeyFile == "") {
			continue // npm's hasAuth: nothing usable for this prefix
		}
		c.auth[prefix] = a
	}
}

// String describes the configuration without any credential.
func (c *Config) String() string {
	if c == nil {
		return "npmrc.Config(nil)"
	}
	var b strings.Builder
	b.WriteString("npmrc.Config{registry=")
	b.WriteString(c.Registry.Redacted())
	scopes := make([]string, 0, len(c.Scopes))
	for s := range c.Scopes {
		scopes = append(scopes, s)
	}
	sort.Strings(scopes)
	for _, s := range scopes {
		fmt.Fprintf(&b, " %s=%s", s, c.Scopes[s].Redacted())
	}
	for _, k := range c.authKeys() {
		fmt.Fprintf(&b, " auth[%s]=%s", k, c.auth[k].kinds())
	}
	fmt.Fprintf(&b, " strict-ssl=%t", c.StrictSSL)
	if c.proxy != nil {
		fmt.Fprintf(&b, " proxy=%s", c.Redact(c.proxy.Redacted()))
	}
	if c.httpsProxy != nil {
		fmt.Fprintf(&b, " https-proxy=%s", c.Redact(c.httpsProxy.Redacted()))
	}
	fmt.Fprintf(&b, " replace-registry-host=%s files=%q}", c.ReplaceRegistryHost, c.Files)
	return b.String()
}

// GoString implements fmt.GoStringer.
func (c *Config) GoString() string { return c.String() }

// Format implements fmt.Formatter so that no verb prints a credential.
func (c *Config) Format(f fmt.State, _ rune) { _, _ = f.Write([]byte(c.String())) }

// LogValue implements slog.LogValuer.
func (c *Config) LogValue() slog.Value {
	if c == nil {
		return slog.StringValue("nil")
	}
	attrs := []slog.Attr{slog.String("registry", c.Registry.Redacted()), slog.Bool("strict_ssl", c.StrictSSL), slog.Any("files", c.Files)}
	for _, k := range c.authKeys() {
		attrs = append(attrs, slog.String("auth"+k, c.auth[k].kinds()))
	}
	return slog.GroupValue(attrs...)
}

func (c *Config) authKeys() []string {
	keys := make([]string, 0, len(c.auth))
	for k := range c.auth {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

func (c *Config) noteSecret(vals ...string) {
	for _, v := range vals {
		if len(v) >= 3 {
			c.secrets = append(c.secrets, NewSecret(v))
		}
	}
}

func (c *Config) noteURLSecret(u *url.URL) {
	if u == nil || u.User == nil {
		return
	}
	if p, ok := u.User.Password(); ok {
		c.noteSecret(p, u.User.String())
	}
}

// env is the injected environment.
type env map[string]string

func newEnv(kvs []string) env {
	e := env{}
	for _, kv := range kvs {
		if k, v, ok := strings.Cut(kv, "="); ok {
			e[k] = v
		}
	}
	return e
}

func (e env) lookup(k string) (string, bool) { v, ok := e[k]; return v, ok }

func firstEnv(e env, names ...string) string {
	for _, n := range names {
		if v, ok := e[n]; ok && v != "" {
			return v
		}
	}
	return ""
}

// envKey maps an npm_config_ suffix to a config key the way npm does:
// lowercase, and "_" becomes "-" except at the start.
func envKey(k string) string {
	var b strings.Builder
	for i := 0; i < len(k); i++ {
		c := k[i]
		if c == '_' && i > 0 {
			c = '-'
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		b.WriteByte(c)
	}
	return b.String()
}

// safeKey returns the key for messages; credential keys are shown as
// written (the key is not the secret), others clipped.
func safeKey(k string) string { return clipKey(k) }

type userinfoParts struct{ user, pass, basic string }

func parseRegistry(v string) (*url.URL, *userinfoParts, error) {
	u, err := parseHTTPURL(v)
	if err != nil {
		return nil, nil, err
	}
	var ui *userinfoParts
	if u.User != nil {
		p, _ := u.User.Password()
		ui = &userinfoParts{user: u.User.Username(), pass: p, basic: encodeBase64(u.User.Username() + ":" + p)}
		u.User = nil
	}
	if !strings.HasSuffix(u.Path, "/") {
		u.Path += "/"
		if u.RawPath != "" {
			u.RawPath += "/"
		}
	}
	u.RawQuery, u.Fragment = "", ""
	return u, ui, nil
}

func parseProxy(v string) (*url.URL, error) {
	if !strings.Contains(v, "://") {
		v = "http://" + v
	}
	return parseHTTPURL(v)
}

// parseHTTPURL parses an absolute http(s) URL. Its errors never contain
// the input (Go's url errors echo it, password included).
func parseHTTPURL(v string) (*url.URL, error) {
	u, err := url.Parse(v)
	if err != nil {
		var ue *url.Error
		if errors.As(err, &ue) {
			err = ue.Err
		}
		return nil, fmt.Errorf("not a valid URL (%s)", redactURLError(err, v))
	}
	if u.Scheme != "http" && u.Scheme != "https" {
		return nil, errors.New("not an http or https URL")
	}
	if u.Host == "" {
		return nil, errors.New("URL has no host")
	}
	u.Scheme = strings.ToLower(u.Scheme)
	u.Host = normalizeHost(u.Scheme, u.Host)
	return u, nil
}

// redactURLError removes any fragment of the input from an inner url error.
func redactURLError(err error, input string) string {
	s := err.Error()
	if i := strings.IndexByte(s, ':'); i >= 0 {
		// messages look like `invalid port ":x" after host` or
		// `missing ']' in host`; keep only the part before any quote
		if q := strings.IndexAny(s, "\"'"); q >= 0 {
			s = strings.TrimSpace(s[:q])
		}
	}
	if input != "" && strings.Contains(s, input) {
		return "malformed"
	}
	return s
}

func normalizeHost(scheme, host string) string {
	host = strings.ToLower(host)
	if scheme == "https" {
		host = strings.TrimSuffix(host, ":443")
	} else if scheme == "http" {
		host = strings.TrimSuffix(host, ":80")
	}
	return host
}

func parseBool(v string) (bool, error) {
	switch strings.ToLower(strings.TrimSpace(v)) {
	case "true":
		return true, nil
	case "false", "null", "":
		return false, nil
	}
	return false, errors.New("want true or false")
}

func parseInt(v string, lo, hi int) (int, error) {
	n, err := strconv.Atoi(strings.TrimSpace(v))
	if err != nil {
		return 0, errors.New("want a whole number")
	}
	if n < lo || n > hi {
		return 0, fmt.Errorf("want a number from %d to %d", lo, hi)
	}
	return n, nil
}

func checkHeaderValue(v string) error {
	for i := 0; i < len(v); i++ {
		if c := v[i]; c < 0x20 || c == 0x7f {
			return errors.New("credential contains a control character")
		}
	}
	return nil
}

func splitList(vals []string) []string {
	var out []string
	for _, v := range vals {
		for _, p := range strings.FieldsFunc(v, func(r rune) bool { return r == ',' || r == ' ' || r == '\t' }) {
			out = append(out, strings.ToLower(p))
		}
	}
	return out
}

func splitPEM(s string) []string {
	const begin = "-----BEGIN CERTIFICATE-----"
	var out []string
	for {
		i := strings.Index(s, begin)
		if i < 0 {
			return out
		}
		s = s[i:]
		j := strings.Index(s[len(begin):], begin)
		if j < 0 {
			out = append(out, strings.TrimSpace(s))
			return out
		}
		out = append(out, strings.TrimSpace(s[:len(begin)+j]))
		s = s[len(begin)+j:]
	}
}

func sameFile(a, b string) bool {
	if a == "" || b == "" {
		return false
	}
	return filepath.Clean(a) == filepath.Clean(b)
}

// stripPathErr keeps the operation's cause without repeating the path.
func stripPathErr(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}
