package npmrc

import (
	"bytes"
	"errors"
	"fmt"
	"io/fs"
	"log/slog"
	"net/url"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

const canary = "npm_CANARYTOKEN123"

// files returns a ReadFile over an in-memory map.
func files(m map[string]string) func(string) ([]byte, error) {
	return func(name string) ([]byte, error) {
		s, ok := m[name]
		if !ok {
			return nil, &fs.PathError{Op: "open", Path: name, Err: fs.ErrNotExist}
		}
		return []byte(s), nil
	}
}

func mustURL(t *testing.T, s string) *url.URL {
	t.Helper()
	u, err := url.Parse(s)
	if err != nil {
		t.Fatal(err)
	}
	return u
}

func load(t *testing.T, m map[string]string, env ...string) (*Config, error) {
	t.Helper()
	return Load(Options{
		ProjectDir:          "/proj",
		HomeDir:             "/home/u",
		GlobalPrefix:        "/usr",
		Env:                 env,
		ReadFile:            files(m),
		PublicRegistryHosts: []string{"registry.npm.local", "registry.yarn.local"},
		DefaultRegistry:     testDefaultRegistry,
	})
}

// testDefaultRegistry stands in for npm's built-in default, which the CLI
// asks npm for.
const testDefaultRegistry = "https://registry.npm.local/"

func TestPrecedence(t *testing.T) {
	all := map[string]string{
		"/usr/etc/npmrc":     "registry=https://global.example/\nstrict-ssl=false\nfetch-retries=7\n",
		"/home/u/.npmrc":     "registry=https://user.example/\nfetch-retries=5\n",
		"/proj/.npmrc":       "registry=https://project.example/\n",
		"/other/userrc":      "registry=https://other-user.example/\n",
		"/other/globalrc":    "fetch-retries=9\n",
		"/prefix2/etc/npmrc": "fetch-retries=4\n",
	}
	tests := []struct {
		name        string
		drop        []string
		env         []string
		wantReg     string
		wantRetries int
		wantStrict  bool
		wantFiles   []string
	}{
		{"env_wins", nil, []string{"npm_config_registry=https://env.example"}, "https://env.example/", 5, false,
			[]string{"/usr/etc/npmrc", "/home/u/.npmrc", "/proj/.npmrc"}},
		{"env_upper_case", nil, []string{"NPM_CONFIG_REGISTRY=https://env.example/x"}, "https://env.example/x/", 5, false, nil},
		{"empty_env_ignored", nil, []string{"npm_config_registry="}, "https://project.example/", 5, false, nil},
		{"project_over_user", nil, nil, "https://project.example/", 5, false, nil},
		{"user_over_global", []string{"/proj/.npmrc"}, nil, "https://user.example/", 5, false, nil},
		{"global_only", []string{"/proj/.npmrc", "/home/u/.npmrc"}, nil, "https://global.example/", 7, false, nil},
		{"defaults", []string{"/proj/.npmrc", "/home/u/.npmrc", "/usr/etc/npmrc"}, nil, testDefaultRegistry, DefaultFetchRetries, true, []string{}},
		{"env_userconfig", []string{"/proj/.npmrc"}, []string{"npm_config_userconfig=/other/userrc"}, "https://other-user.example/", 7, false, nil},
		{"env_globalconfig", nil, []string{"NPM_CONFIG_GLOBALCONFIG=/other/globalrc"}, "https://project.example/", 5, true, nil},
		{"PREFIX_env", []string{"/proj/.npmrc", "/home/u/.npmrc"}, []string{"PREFIX=/prefix2"}, testDefaultRegistry, 4, true, []string{"/prefix2/etc/npmrc"}},
		{"env_underscore_key", nil, []string{"npm_config_fetch_retries=3", "npm_config_STRICT_SSL=true"}, "https://project.example/", 3, true, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			m := map[string]string{}
			for k, v := range all {
				m[k] = v
			}
			for _, d := range tc.drop {
				delete(m, d)
			}
			cfg, err := load(t, m, tc.env...)
			if tc.name == "PREFIX_env" {
				cfg, err = Load(Options{ProjectDir: "/proj", HomeDir: "/home/u", Env: tc.env, ReadFile: files(m), DefaultRegistry: testDefaultRegistry})
			}
			if err != nil {
				t.Fatal(err)
			}
			if got := cfg.Registry.String(); got != tc.wantReg {
				t.Errorf("registry = %q, want %q", got, tc.wantReg)
			}
			if cfg.FetchRetries != tc.wantRetries {
				t.Errorf("fetch-retries = %d, want %d", cfg.FetchRetries, tc.wantRetries)
			}
			if cfg.StrictSSL != tc.wantStrict {
				t.Errorf("strict-ssl = %t, want %t", cfg.StrictSSL, tc.wantStrict)
			}
			if tc.wantFiles != nil {
				if diff := cmp.Diff(tc.wantFiles, cfg.Files, cmp.Comparer(func(a, b []string) bool { return len(a) == 0 && len(b) == 0 || cmp.Equal(a, b) })); diff != "" {
					t.Errorf("files (-want +got):\n%s", diff)
				}
			}
		})
	}
}

func TestScopes(t *testing.T) {
	cfg, err := load(t, map[string]string{
		"/proj/.npmrc": "registry=https://reg.example/npm\n@corp:registry=https://corp.example/api/npm/\n@Mixed:registry = \"https://mixed.example\"\n",
	}, "npm_config_@env:registry=https://envscope.example/")
	if err != nil {
		t.Fatal(err)
	}
	tests := map[string]string{
		"lodash":      "https://reg.example/npm/",
		"@corp/tool":  "https://corp.example/api/npm/",
		"@other/tool": "https://reg.example/npm/",
		"@mixed/x":    "https://mixed.example/",
		"@env/x":      "https://envscope.example/",
	}
	for name, want := range tests {
		if got := cfg.RegistryFor(name).String(); got != want {
			t.Errorf("RegistryFor(%q) = %q, want %q", name, got, want)
		}
	}
	// RegistryFor returns a copy.
	cfg.RegistryFor("lodash").Path = "/changed/"
	if cfg.Registry.Path != "/npm/" {
		t.Errorf("RegistryFor result aliases the config")
	}
}

func TestAuthFor(t *testing.T) {
	rc := strings.Join([]string{
		"//reg.example/:_authToken=" + canary,
		"//reg.example/deep/path/:_authToken=deep-token",
		"//basic.example/:username=alice",
		"//basic.example/:_password=" + encodeBase64("s3cret"),
		"//auth.example:8443/:_auth=" + encodeBase64("bob:pw"),
		"//nopath.example:_authToken=nopath-token",
		"//both.example/:_authToken=tok-wins",
		"//both.example/:_auth=" + encodeBase64("x:y"),
		"//userOnly.example/:username=carol",
		"//certs.example/:certfile=/c.pem",
		"//certs.example/:keyfile=/k.pem",
		"//Upper.Example/:_authToken=upper-token",
	}, "\n")
	cfg, err := load(t, map[string]string{"/proj/.npmrc": rc})
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		url     string
		wantKey string
		want    string // Authorization header
	}{
		{"https://reg.example/lodash", "//reg.example/", "Bearer " + canary},
		{"http://reg.example/lodash/-/lodash-1.0.0.tgz", "//reg.example/", "Bearer " + canary},
		{"https://reg.example:443/lodash", "//reg.example/", "Bearer " + canary},
		{"https://REG.example/lodash", "//reg.example/", "Bearer " + canary},
		{"https://reg.example/deep/path/x/-/x-1.tgz", "//reg.example/deep/path/", "Bearer deep-token"},
		{"https://reg.example/deep/pathology", "//reg.example/", "Bearer " + canary},
		{"https://reg.example.evil.test/lodash", "", ""},
		{"https://evil.test/reg.example/lodash", "", ""},
		{"https://reg.example:8080/lodash", "", ""},
		{"https://sub.reg.example/lodash", "", ""},
		{"https://basic.example/pkg", "//basic.example/", "Basic " + encodeBase64("alice:s3cret")},
		{"https://auth.example:8443/pkg", "//auth.example:8443/", "Basic " + encodeBase64("bob:pw")},
		{"https://auth.example/pkg", "", ""},
		{"https://nopath.example/pkg", "//nopath.example", "Bearer nopath-token"},
		{"https://both.example/pkg", "//both.example/", "Bearer tok-wins"},
		{"https://useronly.example/pkg", "", ""},
		{"https://certs.example/pkg", "//certs.example/", ""},
		{"https://upper.example/pkg", "//upper.example/", "Bearer upper-token"},
	}
	for _, tc := range tests {
		a, ok := cfg.AuthFor(mustURL(t, tc.url))
		if ok != (tc.wantKey != "") || a.Key != tc.wantKey || a.Header() != tc.want {
			t.Errorf("AuthFor(%s) = %s %v %q, want key %q header %q", tc.url, a.Key, ok, redactForTest(a.Header()), tc.wantKey, redactForTest(tc.want))
		}
	}
}

func redactForTest(s string) string { return strings.ReplaceAll(s, canary, "CANARY") }

func TestUserinfoInRegistryURL(t *testing.T) {
	cfg, err := load(t, map[string]string{"/proj/.npmrc": "registry=https://me:" + canary + "@reg.example/npm/\n"})
	if err != nil {
		t.Fatal(err)
	}
	if got := cfg.Registry.String(); got != "https://reg.example/npm/" {
		t.Errorf("registry = %q", got)
	}
	a, ok := cfg.AuthFor(mustURL(t, "https://reg.example/npm/x"))
	if !ok || a.Header() != "Basic "+encodeBase64("me:"+canary) {
		t.Errorf("no basic auth from registry URL user info")
	}
	assertNoCanary(t, fmt.Sprint(cfg), fmt.Sprintf("%#v %+v %s", cfg, cfg, a))
}

func TestINIDialect(t *testing.T) {
	rc := "\ufeff; comment\n# comment\n  registry = \"https://q.example/\"  \r\n" +
		"cafile='/a b/ca.pem'\n" +
		"noproxy = a.example, b.example ; trailing comment\n" +
		"proxy=http://proxy.example:3128 # comment\n" +
		"fetch-timeout=1500\n" +
		"fetch-retries=1\nfetch-retries=2\n" +
		"always-auth\n" +
		"ca[]=\"-----BEGIN CERTIFICATE-----\\nAAA\\n-----END CERTIFICATE-----\"\n" +
		"ca[]=\"-----BEGIN CERTIFICATE-----\\nBBB\\n-----END CERTIFICATE-----\"\n" +
		"replace-registry-host=Never\n" +
		"__proto__=x\n" +
		"[section]\nregistry=https://ignored.example/\n"
	cfg, err := load(t, map[string]string{"/proj/.npmrc": rc})
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]any{
		"registry": cfg.Registry.String(),
		"cafile":   cfg.CAFile,
		"noproxy":  cfg.NoProxy,
		"timeout":  cfg.FetchTimeout,
		"retries":  cfg.FetchRetries,
		"always":   cfg.AlwaysAuth,
		"ca":       len(cfg.CA),
		"replace":  cfg.ReplaceRegistryHost,
	}
	want := map[string]any{
		"registry": "https://q.example/",
		"cafile":   "/a b/ca.pem",
		"noproxy":  []string{"a.example", "b.example"},
		"timeout":  1500 * time.Millisecond,
		"retries":  2,
		"always":   true,
		"ca":       2,
		"replace":  "never",
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
	p, _ := cfg.ProxyFor(mustURL(t, "https://x.example/"))
	if p == nil || p.Host != "proxy.example:3128" {
		t.Errorf("proxy = %v", p)
	}
}

func TestUnquote(t *testing.T) {
	tests := map[string]string{
		`abc`:             "abc",
		`  abc  `:         "abc",
		`"a;b"`:           "a;b",
		`'a;b'`:           "a;b",
		`a;b`:             "a",
		`a#b`:             "a",
		`a\;b`:            "a;b",
		`a\#b`:            "a#b",
		`a\\b`:            `a\b`,
		`a\nb`:            `a\nb`,
		`"a\nb"`:          "a\nb",
		`"bad\q"`:         `"bad\q"`,
		`'x'`:             "x",
		`'"x"'`:           "x",
		`trailing\`:       `trailing\`,
		`"unterminated`:   `"unterminated`,
		`"`:               `"`,
		`${TOKEN}`:        "${TOKEN}",
		`https://x/#frag`: "https://x/",
	}
	for in, want := range tests {
		if got := unquoteINI(in); got != want {
			t.Errorf("unquoteINI(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestExpandEnv(t *testing.T) {
	env := map[string]string{"TOKEN": "tok", "EMPTY": ""}
	lookup := func(k string) (string, bool) { v, ok := env[k]; return v, ok }
	tests := map[string]string{
		"${TOKEN}":          "tok",
		"a${TOKEN}b":        "atokb",
		"${UNSET}":          "${UNSET}",
		"${UNSET?}":         "",
		"${EMPTY}":          "",
		`\${TOKEN}`:         "${TOKEN}",
		`\\${TOKEN}`:        `\tok`,
		`\\\${TOKEN}`:       `\${TOKEN}`,
		"${TOKEN":           "${TOKEN",
		"${}":               "${}",
		"${A B}x${TOKEN}":   "${A B}xtok",
		"$TOKEN":            "$TOKEN",
		"${TOKEN}${TOKEN?}": "toktok",
	}
	for in, want := range tests {
		if got := expandEnv(in, lookup); got != want {
			t.Errorf("expandEnv(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestEnvExpansionInFiles(t *testing.T) {
	cfg, err := load(t, map[string]string{
		"/home/u/.npmrc": "//${REG_HOST}/:_authToken=${NPM_TOKEN}\nregistry=https://${REG_HOST}/\n//opt.example/:_authToken=${MISSING?}\n",
	}, "NPM_TOKEN="+canary, "REG_HOST=reg.example")
	if err != nil {
		t.Fatal(err)
	}
	a, ok := cfg.AuthFor(mustURL(t, "https://reg.example/x"))
	if !ok || a.Token.Reveal() != canary {
		t.Errorf("token not expanded")
	}
	if _, ok := cfg.AuthFor(mustURL(t, "https://opt.example/x")); ok {
		t.Errorf("empty optional token gave auth")
	}
	if got := cfg.Redact("error talking to reg.example with " + canary); strings.Contains(got, canary) {
		t.Errorf("Redact left the token: %q", got)
	}
}

func TestLoadErrors(t *testing.T) {
	tests := []struct {
		name     string
		rc       string
		env      []string
		wantFile string
		wantLine int
		wantKey  string
	}{
		{"bad_registry_url", "\nregistry=https://u:" + canary + "@[::1/\n", nil, "/proj/.npmrc", 2, "registry"},
		{"registry_not_http", "registry=ftp://x/" + canary + "\n", nil, "/proj/.npmrc", 1, "registry"},
		{"bad_scope_registry", "@s:registry=" + canary + "\n", nil, "/proj/.npmrc", 1, "@s:registry"},
		{"bad_bool", "a=1\n\nstrict-ssl=" + canary + "\n", nil, "/proj/.npmrc", 3, "strict-ssl"},
		{"bad_int", "fetch-retries=" + canary + "\n", nil, "/proj/.npmrc", 1, "fetch-retries"},
		{"bad_password", "//x.example/:username=a\n//x.example/:_password=" + canary + "!!\n", nil, "/proj/.npmrc", 2, "//x.example/:_password"},
		{"control_char_token", "//x.example/:_authToken=\"" + canary + "\\u0007\"\n", nil, "/proj/.npmrc", 1, "//x.example/:_authToken"},
		{"bad_nerf_key", "//:_authToken=" + canary + "\n", nil, "/proj/.npmrc", 1, "//:_authToken"},
		{"empty_key", "=" + canary + "\n", nil, "/proj/.npmrc", 1, ""},
		{"env_bad_proxy", "", []string{"npm_config_https_proxy=http://u:" + canary + "@[::1/"}, "environment", 0, "https-proxy"},
		{"HTTP_PROXY_bad", "", []string{"HTTPS_PROXY=http://u:" + canary + "@[::1/"}, "environment", 0, "HTTPS_PROXY"},
		{"nul_byte", "registry=x\x00" + canary, nil, "/proj/.npmrc", 0, ""},
		{"too_large", strings.Repeat("#"+canary+"\n", MaxFileSize/10), nil, "/proj/.npmrc", 0, ""},
		{"ca_not_pem", "ca=" + canary + "\n", nil, "/proj/.npmrc", 1, "ca"},
		{"cafile_missing", "cafile=/nope/" + "ca.pem\n", nil, "/proj/.npmrc", 1, "cafile"},
		{"replace_host_bad", "replace-registry-host=a/b" + canary + "\n", nil, "/proj/.npmrc", 1, "replace-registry-host"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var logs bytes.Buffer
			_, err := Load(Options{
				ProjectDir: "/proj", Env: tc.env, ReadFile: files(map[string]string{"/proj/.npmrc": tc.rc}),
				Logger: slog.New(slog.NewTextHandler(&logs, &slog.HandlerOptions{Level: slog.LevelDebug})),
			})
			var pe *ParseError
			if !errors.As(err, &pe) {
				t.Fatalf("err = %v, want *ParseError", err)
			}
			got := []any{pe.File, pe.Line, pe.Key}
			if diff := cmp.Diff([]any{tc.wantFile, tc.wantLine, tc.wantKey}, got); diff != "" {
				t.Errorf("file/line/key (-want +got):\n%s", diff)
			}
			if !strings.Contains(err.Error(), tc.wantFile) {
				t.Errorf("error %q does not name %q", err, tc.wantFile)
			}
			assertNoCanary(t, err.Error(), fmt.Sprintf("%v %+v %#v", err, err, err), logs.String())
		})
	}
}

func TestNoSecretInOutput(t *testing.T) {
	var logs bytes.Buffer
	log := slog.New(slog.NewJSONHandler(&logs, &slog.HandlerOptions{Level: slog.LevelDebug}))
	pw := encodeBase64(canary)
	cfg, err := Load(Options{
		ProjectDir:      "/proj",
		DefaultRegistry: testDefaultRegistry,
		Env:             []string{"TOK=" + canary, "HTTPS_PROXY=http://p:" + canary + "@proxy.example:8080"},
		ReadFile: files(map[string]string{"/proj/.npmrc": strings.Join([]string{
			"//a.example/:_authToken=${TOK}",
			"//b.example/:_auth=" + encodeBase64("u:"+canary),
			"//c.example/:username=u",
			"//c.example/:_password=" + pw,
			"_authToken=" + canary, // unscoped: ignored with a warning
			"registry=https://u:" + canary + "@a.example/",
			"unknown=${UNSET_VAR}",
		}, "\n")}),
		Logger: log,
	})
	if err != nil {
		t.Fatal(err)
	}
	log.Debug("config", "cfg", cfg)
	a, _ := cfg.AuthFor(mustURL(t, "https://a.example/x"))
	b, _ := cfg.AuthFor(mustURL(t, "https://b.example/x"))
	c, _ := cfg.AuthFor(mustURL(t, "https://c.example/x"))
	log.Debug("auth", "a", a, "b", b, "c", c, "tok", a.Token)
	type wrapper struct {
		C    Config
		Auth Auth
	}
	outputs := []string{
		cfg.String(), fmt.Sprint(cfg), fmt.Sprintf("%v|%+v|%#v|%s|%q|%x", cfg, cfg, cfg, cfg, cfg, cfg),
		fmt.Sprintf("%v|%+v|%#v|%s|%q|%x|%d", a, b, c, a.Token, b.Basic, c.Basic, a.Token),
		fmt.Sprintf("%+v %#v", wrapper{*cfg, a}, wrapper{*cfg, a}),
		fmt.Sprintf("%+v", []Auth{a, b, c}),
		logs.String(),
		cfg.Redact("token " + canary + " basic " + b.Basic.Reveal() + " https://u:" + canary + "@x/?token=" + canary),
	}
	assertNoCanary(t, outputs...)
	for _, s := range []string{a.Header(), b.Header(), c.Header()} {
		if s == "" {
			t.Errorf("missing credential")
		}
		if got := cfg.Redact(s); strings.Contains(got, strings.Fields(s)[1]) {
			t.Errorf("Redact kept a credential")
		}
	}
	if !strings.Contains(logs.String(), "not scoped to a registry") {
		t.Errorf("no warning for the unscoped token; logs:\n%s", logs.String())
	}
}

func assertNoCanary(t *testing.T, outputs ...string) {
	t.Helper()
	secretForms := []string{canary, encodeBase64(canary), encodeBase64("u:" + canary), encodeBase64("me:" + canary)}
	for _, o := range outputs {
		for _, s := range secretForms {
			if strings.Contains(o, s) {
				t.Errorf("secret leaked into output: %s", strings.ReplaceAll(o, s, "<<LEAK>>"))
			}
		}
	}
}

func TestResolveTarballURL(t *testing.T) {
	rc := "registry=https://mirror.example/npm/\n@corp:registry=https://corp.example/\n"
	tests := []struct {
		mode, name, resolved, want string
	}{
		{"", "lodash", "https://registry.npm.local/lodash/-/lodash-4.17.21.tgz", "https://mirror.example/npm/lodash/-/lodash-4.17.21.tgz"},
		{"npmjs", "lodash", "https://registry.yarn.local/lodash/-/lodash-4.17.21.tgz?x=1", "https://mirror.example/npm/lodash/-/lodash-4.17.21.tgz"},
		{"npmjs", "@corp/x", "https://registry.npm.local/@corp/x/-/x-1.0.0.tgz", "https://corp.example/@corp/x/-/x-1.0.0.tgz"},
		{"npmjs", "lodash", "https://other.example/lodash/-/lodash-4.17.21.tgz", "https://other.example/lodash/-/lodash-4.17.21.tgz"},
		{"npmjs", "lodash", "https://mirror.example/npm/lodash/-/lodash-4.17.21.tgz", "https://mirror.example/npm/lodash/-/lodash-4.17.21.tgz"},
		{"never", "lodash", "https://registry.npm.local/lodash/-/lodash-4.17.21.tgz", "https://registry.npm.local/lodash/-/lodash-4.17.21.tgz"},
		{"always", "lodash", "https://other.example/a/lodash-4.17.21.tgz", "https://mirror.example/npm/a/lodash-4.17.21.tgz"},
		{"other.example", "lodash", "https://other.example/lodash/-/l.tgz", "https://mirror.example/npm/lodash/-/l.tgz"},
		{"other.example", "lodash", "https://registry.npm.local/lodash/-/l.tgz", "https://registry.npm.local/lodash/-/l.tgz"},
		{"", "@s/a", "https://registry.npm.local/@s/a/-/a-1%2B2.tgz", "https://mirror.example/npm/@s/a/-/a-1%2B2.tgz"},
	}
	for _, tc := range tests {
		m := rc
		if tc.mode != "" {
			m += "replace-registry-host=" + tc.mode + "\n"
		}
		cfg, err := load(t, map[string]string{"/proj/.npmrc": m})
		if err != nil {
			t.Fatal(err)
		}
		u, err := cfg.ResolveTarballURL(tc.name, tc.resolved)
		if err != nil {
			t.Errorf("%s %s: %v", tc.mode, tc.resolved, err)
			continue
		}
		if u.String() != tc.want {
			t.Errorf("mode %q: ResolveTarballURL(%q) = %q, want %q", tc.mode, tc.resolved, u, tc.want)
		}
	}
	cfg, _ := load(t, nil)
	if _, err := cfg.ResolveTarballURL("x", "https://u:"+canary+"@[::1/x.tgz"); err == nil || strings.Contains(err.Error(), canary) || !errors.Is(err, ErrBadURL) {
		t.Errorf("bad URL error = %v", err)
	}
	// Default public host is the one of the default registry.
	def, err := Load(Options{DefaultRegistry: "https://public.example/"})
	if err != nil {
		t.Fatal(err)
	}
	if !def.IsPublicRegistryHost("public.example") || def.IsPublicRegistryHost("registry.npm.local") {
		t.Errorf("default public hosts = %q", def.PublicRegistryHosts)
	}
	// Nothing configured and no default: a clear error, not a guess.
	if _, err := Load(Options{}); !errors.Is(err, ErrNoRegistry) {
		t.Errorf("Load without any registry: %v, want ErrNoRegistry", err)
	}
}

func TestProxyFor(t *testing.T) {
	tests := []struct {
		name, rc string
		env      []string
		url      string
		want     string
	}{
		{"none", "", nil, "https://a.example/", ""},
		{"https_env", "", []string{"HTTPS_PROXY=http://hp.example:1"}, "https://a.example/", "http://hp.example:1"},
		{"https_falls_back_http_env", "", []string{"http_proxy=http://p.example:2"}, "https://a.example/", "http://p.example:2"},
		{"http_env", "", []string{"HTTPS_PROXY=http://hp.example:1", "HTTP_PROXY=http://p.example:2"}, "http://a.example/", "http://p.example:2"},
		{"npmrc_over_env", "https-proxy=http://rc.example:3\n", []string{"HTTPS_PROXY=http://hp.example:1"}, "https://a.example/", "http://rc.example:3"},
		{"no_proxy_env", "", []string{"HTTPS_PROXY=http://hp.example:1", "NO_PROXY=.a.example,b.example"}, "https://x.a.example/", ""},
		{"no_proxy_exact", "", []string{"HTTPS_PROXY=http://hp.example:1", "no_proxy=b.example"}, "https://b.example/", ""},
		{"no_proxy_suffix_only", "", []string{"HTTPS_PROXY=http://hp.example:1", "no_proxy=b.example"}, "https://notb.example/", "http://hp.example:1"},
		{"no_proxy_star", "noproxy=*\nproxy=http://p.example\n", nil, "https://a.example/", ""},
		{"no_proxy_port", "noproxy=a.example:8443\nproxy=http://p.example\n", nil, "https://a.example:8443/", ""},
		{"proxy_false", "https-proxy=false\nproxy=null\n", []string{"HTTPS_PROXY=http://hp.example:1"}, "https://a.example/", ""},
		{"scheme_less", "proxy=p.example:8080\n", nil, "http://a.example/", "http://p.example:8080"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			cfg, err := load(t, map[string]string{"/proj/.npmrc": tc.rc}, tc.env...)
			if err != nil {
				t.Fatal(err)
			}
			p, err := cfg.ProxyFor(mustURL(t, tc.url))
			if err != nil {
				t.Fatal(err)
			}
			got := ""
			if p != nil {
				got = p.String()
			}
			if got != tc.want {
				t.Errorf("ProxyFor(%s) = %q, want %q", tc.url, got, tc.want)
			}
		})
	}
}

func TestNerfDart(t *testing.T) {
	tests := map[string]string{
		"https://reg.example/":              "//reg.example/",
		"https://reg.example":               "//reg.example/",
		"https://reg.example/npm/":          "//reg.example/npm/",
		"https://reg.example:443/npm/x":     "//reg.example/npm/",
		"http://REG.example:8080/a/b/c.tgz": "//reg.example:8080/a/b/",
		"https://reg.example/npm?query=1#x": "//reg.example/",
	}
	for in, want := range tests {
		if got := NerfDart(mustURL(t, in)); got != want {
			t.Errorf("NerfDart(%s) = %q, want %q", in, got, want)
		}
	}
}

func TestRedactURL(t *testing.T) {
	u := mustURL(t, "https://u:"+canary+"@x.example/p/a.tgz?X-Amz-Signature="+canary+"&plain=1#frag")
	got := RedactURL(u)
	want := "https://u:xxxxx@x.example/p/a.tgz?X-Amz-Signature=REDACTED&plain=REDACTED"
	if got != want {
		t.Errorf("RedactURL = %q, want %q", got, want)
	}
	if s := RedactString("GET https://u:" + canary + "@x/?access_token=" + canary + "&a=b"); strings.Contains(s, canary) {
		t.Errorf("RedactString = %q", s)
	}
}

func TestConfigFileLocationsFromFiles(t *testing.T) {
	// As in npm, the project file may name the user file and either may
	// name the global file.
	cfg, err := load(t, map[string]string{
		"/proj/.npmrc":        "userconfig=/elsewhere/userrc\n",
		"/elsewhere/userrc":   "globalconfig=/elsewhere/globalrc\nregistry=https://user.example/\n",
		"/elsewhere/globalrc": "fetch-retries=9\nregistry=https://global.example/\n",
		"/home/u/.npmrc":      "registry=https://ignored.example/\n",
	})
	if err != nil {
		t.Fatal(err)
	}
	got := []any{cfg.Registry.String(), cfg.FetchRetries, cfg.Files}
	want := []any{"https://user.example/", 9, []string{"/elsewhere/globalrc", "/elsewhere/userrc", "/proj/.npmrc"}}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
	// A project file that is also the user file is read once.
	cfg, err = Load(Options{ProjectDir: "/home/u", HomeDir: "/home/u", DefaultRegistry: testDefaultRegistry, ReadFile: files(map[string]string{"/home/u/.npmrc": "fetch-retries=1\n"})})
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff([]string{"/home/u/.npmrc"}, cfg.Files); diff != "" {
		t.Errorf("files (-want +got):\n%s", diff)
	}
}
