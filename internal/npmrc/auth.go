package npmrc

import (
	"encoding/base64"
	"errors"
	"net"
	"net/url"
	"regexp"
	"strings"
)

// NerfDart returns npm's "nerf dart" of a URL: "//host[:port]/dir/", the
// URL without scheme, query and last path segment. Credentials in .npmrc
// are keyed by it.
func NerfDart(u *url.URL) string {
	p := u.EscapedPath()
	if i := strings.LastIndexByte(p, '/'); i >= 0 {
		p = p[:i+1]
	} else {
		p = "/"
	}
	return "//" + normalizeHost(u.Scheme, u.Host) + p
}

// normalizeNerfKey lowercases the host of a "//host/path" key; "" when the
// key has no host.
func normalizeNerfKey(k string) string {
	rest, ok := strings.CutPrefix(k, "//")
	if !ok {
		return ""
	}
	host, path, _ := strings.Cut(rest, "/")
	if host == "" || strings.ContainsAny(host, "@ \t") {
		return ""
	}
	if strings.Contains(rest, "/") {
		path = "/" + path
	}
	return "//" + strings.ToLower(host) + path
}

// AuthFor returns the credential to send with a request to u, following
// npm-registry-fetch: the longest "//host[:port]/path" prefix of u that
// has a credential key, walking up one path segment (or one trailing
// slash) at a time. A credential is only ever returned for the host (and
// port) its key names, never for another host.
func (c *Config) AuthFor(u *url.URL) (Auth, bool) {
	if c == nil || u == nil || len(c.auth) == 0 || u.Host == "" {
		return Auth{}, false
	}
	host := normalizeHost(strings.ToLower(u.Scheme), u.Host)
	key := "//" + host + u.EscapedPath()
	min := len("//" + host)
	for len(key) >= min {
		if a, ok := c.auth[key]; ok {
			return *a, true
		}
		if strings.HasSuffix(key, "/") {
			key = key[:len(key)-1]
		} else if i := strings.LastIndexByte(key, '/'); i >= min {
			key = key[:i+1]
		} else {
			break
		}
	}
	return Auth{}, false
}

// RegistryFor returns the registry for a package name: its scope's
// registry when configured, else the default registry. The result is a
// copy the caller may modify.
func (c *Config) RegistryFor(name string) *url.URL {
	if strings.HasPrefix(name, "@") {
		scope, _, _ := strings.Cut(name, "/")
		if u, ok := c.Scopes[strings.ToLower(scope)]; ok {
			cp := *u
			return &cp
		}
	}
	cp := *c.Registry
	return &cp
}

// IsPublicRegistryHost reports whether host (with port, if any) is one of
// the hosts replace-registry-host=npmjs stands for.
func (c *Config) IsPublicRegistryHost(host string) bool {
	host = strings.ToLower(host)
	for _, h := range c.PublicRegistryHosts {
		if h == host {
			return true
		}
	}
	return false
}

// ErrBadURL is wrapped by ResolveTarballURL errors.
var ErrBadURL = errors.New("invalid URL")

// ResolveTarballURL applies replace-registry-host to a lockfile's
// "resolved" URL for package name: a URL on a public registry host
// ("npmjs", the default), on any host ("always") or on the named host is
// fetched from the package's configured registry instead, keeping its
// path below the registry's path and dropping its query. Other URLs are
// returned as written. Errors never echo the URL.
func (c *Config) ResolveTarballURL(name, resolved string) (*url.URL, error) {
	u, err := parseHTTPURL(resolved)
	if err != nil {
		return nil, errors.Join(ErrBadURL, err)
	}
	reg := c.RegistryFor(name)
	if u.Host == reg.Host && u.Scheme == reg.Scheme {
		return u, nil
	}
	replace := false
	switch c.ReplaceRegistryHost {
	case ReplaceNever:
	case ReplaceAlways:
		replace = true
	case ReplaceNpmjs, "":
		replace = c.IsPublicRegistryHost(u.Host)
	default:
		replace = u.Host == c.ReplaceRegistryHost
	}
	if !replace {
		return u, nil
	}
	out := *reg
	base := reg.EscapedPath()
	rel := strings.TrimPrefix(u.EscapedPath(), "/")
	p, err := url.Parse(base + rel)
	if err != nil {
		return nil, errors.Join(ErrBadURL, errors.New("cannot join path to registry"))
	}
	out.Path, out.RawPath = p.Path, p.RawPath
	out.RawQuery, out.Fragment, out.User = "", "", nil
	return &out, nil
}

// ProxyFor returns the proxy for a request to u (nil for a direct
// connection). Its signature fits http.Transport.Proxy via a closure.
// The returned URL may carry proxy credentials: never print it.
func (c *Config) ProxyFor(u *url.URL) (*url.URL, error) {
	if c == nil || u == nil {
		return nil, nil
	}
	var p *url.URL
	if u.Scheme == "https" {
		p = c.httpsProxy
		if p == nil {
			p = c.proxy
		}
	} else {
		p = c.proxy
	}
	if p == nil || c.noProxy(u) {
		return nil, nil
	}
	cp := *p
	return &cp, nil
}

func (c *Config) noProxy(u *url.URL) bool {
	host := strings.ToLower(u.Hostname())
	hostPort := strings.ToLower(u.Host)
	for _, e := range c.NoProxy {
		if e == "*" {
			return true
		}
		e = strings.TrimPrefix(strings.TrimPrefix(e, "*"), ".")
		if e == "" {
			continue
		}
		if _, _, err := net.SplitHostPort(e); err == nil {
			if hostPort == e {
				return true
			}
			continue
		}
		if host == e || strings.HasSuffix(host, "."+e) {
			return true
		}
	}
	return false
}

var (
	urlUserinfo = regexp.MustCompile(`(//[^/\s:@]*):[^/\s@]*@`)
	queryToken  = regexp.MustCompile(`(?i)([?&](?:[a-z0-9_.-]*(?:token|auth|key|sig|signature|secret|password|credential)[a-z0-9_.-]*)=)[^&\s#"']*`)
)

// Redact replaces every credential this configuration holds, URL
// passwords and token-like query parameter values in s with
// "[REDACTED]".
func (c *Config) Redact(s string) string {
	if c != nil {
		for _, secret := range c.secrets {
			if sec := secret.Reveal(); strings.Contains(s, sec) {
				s = strings.ReplaceAll(s, sec, redacted)
			}
		}
	}
	return RedactString(s)
}

// RedactString removes URL passwords and token-like query values from s.
func RedactString(s string) string {
	if strings.Contains(s, "@") {
		s = urlUserinfo.ReplaceAllString(s, "$1:"+redacted+"@")
	}
	if strings.ContainsAny(s, "?&") {
		s = queryToken.ReplaceAllString(s, "${1}"+redacted)
	}
	return s
}

// RedactURL renders u for messages: no password, and every query value
// replaced (a query can carry a signed-URL token under any name).
func RedactURL(u *url.URL) string {
	if u == nil {
		return ""
	}
	cp := *u
	if cp.RawQuery != "" {
		q := cp.Query()
		for k := range q {
			q[k] = []string{"REDACTED"}
		}
		cp.RawQuery = q.Encode()
	}
	cp.Fragment, cp.RawFragment = "", ""
	return cp.Redacted()
}

func decodeBase64(s string) (string, error) {
	s = strings.TrimSpace(s)
	b, err := base64.StdEncoding.DecodeString(s)
	if err != nil {
		b, err = base64.RawStdEncoding.DecodeString(strings.TrimRight(s, "="))
	}
	return string(b), err
}

func encodeBase64(s string) string { return base64.StdEncoding.EncodeToString([]byte(s)) }

// ClientCerts returns the credentials that name a client certificate and
// key (":certfile" and ":keyfile"), sorted by key. The registry client
// presents them to the host (and port) of their key.
func (c *Config) ClientCerts() []Auth {
	var out []Auth
	for _, k := range c.authKeys() {
		if a := c.auth[k]; a.CertFile != "" && a.KeyFile != "" {
			out = append(out, *a)
		}
	}
	return out
}

// Host returns the "host[:port]" of the credential's key.
func (a Auth) Host() string {
	rest := strings.TrimPrefix(a.Key, "//")
	host, _, _ := strings.Cut(rest, "/")
	return host
}
