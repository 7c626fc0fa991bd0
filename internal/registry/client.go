// Package registry is depfence's client for npm registries: packuments
// (full and abbreviated), version manifests and tarballs.
//
// It is built for hostile servers: every request has connect, header,
// idle-body and whole-request timeouts; retries are bounded with jitter and
// a capped Retry-After; bodies are capped after decompression; redirects
// are bounded, never downgrade to http and drop credentials whenever the
// host changes; one request per distinct URL is in flight; and every
// tarball is verified against its SRI integrity before it is returned.
// Credentials come from npmrc and are sent only to the host their key
// names. No error or log line carries a credential.
package registry

import (
	"context"
	"crypto/tls"
	"crypto/x509"
	"errors"
	"fmt"
	"io/fs"
	"log/slog"
	"math/rand/v2"
	"net"
	"net/http"
	"net/url"
	"time"

	"golang.org/x/sync/semaphore"

	"github.com/depfence/depfence/internal/npmrc"
)

// Default limits and timeouts.
const (
	DefaultMaxPackumentSize = 256 << 20 // decoded bytes; the largest full packuments are ~100 MB
	DefaultMaxTarballSize   = 512 << 20
	DefaultMaxRedirects     = 10
	DefaultMaxRetryAfter    = 30 * time.Second
	DefaultBackoffMin       = 250 * time.Millisecond
	DefaultBackoffMax       = 5 * time.Second
	DefaultUserAgent        = "depfence (+https://github.com/depfence/depfence)"

	// Accept headers.
	AcceptAbbreviated = "application/vnd.npm.install-v1+json; q=1.0, application/json; q=0.8, */*"
	AcceptFull        = "application/json"
)

// Timeouts bounds each request. Zero fields take the defaults.
type Timeouts struct {
	Dial           time.Duration // TCP connect (default 10 s)
	TLSHandshake   time.Duration // default 10 s
	ResponseHeader time.Duration // request sent to headers received (default 30 s)
	Idle           time.Duration // longest gap between body reads (default 30 s)
	Request        time.Duration // one whole attempt incl. body (default: npmrc fetch-timeout)
}

func (t Timeouts) withDefaults(cfg *npmrc.Config) Timeouts {
	def := func(d *time.Duration, v time.Duration) {
		if *d <= 0 {
			*d = v
		}
	}
	def(&t.Dial, 10*time.Second)
	def(&t.TLSHandshake, 10*time.Second)
	def(&t.ResponseHeader, 30*time.Second)
	def(&t.Idle, 30*time.Second)
	req := npmrc.DefaultFetchTimeout
	if cfg != nil && cfg.FetchTimeout > 0 {
		req = cfg.FetchTimeout
	}
	def(&t.Request, req)
	return t
}

// Limits caps decoded response sizes. Zero fields take the defaults.
type Limits struct {
	Packument int64
	Tarball   int64
	// Reading bounds the response bytes being read into memory at once
	// across all requests (by Content-Length; a body of unknown length
	// counts as 1 MiB): dozens of parallel downloads of large tarballs
	// otherwise set a scan's peak memory.
	Reading int64
}

// DefaultReadingBytes is the default Limits.Reading.
const DefaultReadingBytes = 48 << 20

// Client talks to the registries an npmrc.Config names. It is safe for
// concurrent use; share one per process so connections are reused.
type Client struct {
	cfg             *npmrc.Config
	hc              *http.Client
	ownTransport    *http.Transport
	extraTransports map[string]*http.Transport
	transport       http.RoundTripper
	log             *slog.Logger
	now             func() time.Time
	sleep           func(context.Context, time.Duration) error
	rand            func() float64
	cache           PackumentCache
	maxAge          time.Duration
	retries         int
	retriesSet      bool
	maxRetryAfter   time.Duration
	backoffMin      time.Duration
	backoffMax      time.Duration
	limits          Limits
	timeouts        Timeouts
	maxRedirects    int
	userAgent       string
	offline         bool

	flights flightGroup
	reading *semaphore.Weighted // see Limits.Reading
}

// Option configures a Client.
type Option func(*Client) error

// WithHTTPClient uses hc (its Transport and Jar; its Timeout is ignored
// in favour of Timeouts, and redirects are always followed by the Client
// itself).
func WithHTTPClient(hc *http.Client) Option {
	return func(c *Client) error {
		if hc == nil {
			return errors.New("registry: nil http.Client")
		}
		cp := *hc
		c.hc = &cp
		return nil
	}
}

// WithTransport uses rt instead of a Transport built from the config.
func WithTransport(rt http.RoundTripper) Option {
	return func(c *Client) error {
		if rt == nil {
			return errors.New("registry: nil transport")
		}
		c.transport = rt
		return nil
	}
}

// WithLogger sets the logger (default: discard).
func WithLogger(l *slog.Logger) Option {
	return func(c *Client) error {
		if l != nil {
			c.log = l
		}
		return nil
	}
}

// WithClock sets the clock used for Retry-After dates and cache ages.
func WithClock(now func() time.Time) Option {
	return func(c *Client) error {
		if now != nil {
			c.now = now
		}
		return nil
	}
}

// WithSleep sets how the client waits between retries; tests pass a
// function that returns at once.
func WithSleep(sleep func(context.Context, time.Duration) error) Option {
	return func(c *Client) error {
		if sleep != nil {
			c.sleep = sleep
		}
		return nil
	}
}

// WithRand sets the jitter source (values in [0, 1)).
func WithRand(r func() float64) Option {
	return func(c *Client) error {
		if r != nil {
			c.rand = r
		}
		return nil
	}
}

// WithPackumentCache enables conditional requests (ETag/Last-Modified)
// and offline reads through cache. maxAge > 0 serves a cached packument
// younger than maxAge without asking the registry.
func WithPackumentCache(cache PackumentCache, maxAge time.Duration) Option {
	return func(c *Client) error {
		c.cache, c.maxAge = cache, maxAge
		return nil
	}
}

// WithRetries sets the retries after the first attempt (default: npmrc
// fetch-retries, npm's default 2).
func WithRetries(n int) Option {
	return func(c *Client) error {
		if n < 0 || n > 20 {
			return fmt.Errorf("registry: retries %d out of range 0..20", n)
		}
		c.retries, c.retriesSet = n, true
		return nil
	}
}

// WithBackoff sets the retry backoff range; each delay is drawn with
// jitter between half and all of min·2^attempt, capped at max.
func WithBackoff(min, max time.Duration) Option {
	return func(c *Client) error {
		if min <= 0 || max < min {
			return errors.New("registry: bad backoff range")
		}
		c.backoffMin, c.backoffMax = min, max
		return nil
	}
}

// WithMaxRetryAfter caps how long a Retry-After header can make the client
// wait (default 30 s).
func WithMaxRetryAfter(d time.Duration) Option {
	return func(c *Client) error {
		c.maxRetryAfter = d
		return nil
	}
}

// WithLimits sets the decoded body size caps.
func WithLimits(l Limits) Option {
	return func(c *Client) error {
		if l.Packument > 0 {
			c.limits.Packument = l.Packument
		}
		if l.Tarball > 0 {
			c.limits.Tarball = l.Tarball
		}
		if l.Reading > 0 {
			c.limits.Reading = l.Reading
		}
		return nil
	}
}

// WithTimeouts sets the timeouts; zero fields keep their defaults.
func WithTimeouts(t Timeouts) Option {
	return func(c *Client) error {
		c.timeouts = t
		return nil
	}
}

// WithUserAgent sets the User-Agent header.
func WithUserAgent(ua string) Option {
	return func(c *Client) error {
		c.userAgent = ua
		return nil
	}
}

// WithOffline makes packument reads use only the packument cache (a miss
// is ErrOffline) and refuses tarball downloads.
func WithOffline(offline bool) Option {
	return func(c *Client) error {
		c.offline = offline
		return nil
	}
}

// New returns a client for the registries cfg names.
func New(cfg *npmrc.Config, opts ...Option) (*Client, error) {
	if cfg == nil {
		return nil, errors.New("registry: nil config")
	}
	c := &Client{
		cfg:           cfg,
		log:           slog.New(slog.DiscardHandler),
		now:           time.Now,
		sleep:         sleepCtx,
		rand:          rand.Float64,
		maxRetryAfter: DefaultMaxRetryAfter,
		backoffMin:    DefaultBackoffMin,
		backoffMax:    DefaultBackoffMax,
		limits:        Limits{Packument: DefaultMaxPackumentSize, Tarball: DefaultMaxTarballSize, Reading: DefaultReadingBytes},
		maxRedirects:  DefaultMaxRedirects,
		userAgent:     DefaultUserAgent,
		retries:       cfg.FetchRetries,
	}
	for _, o := range opts {
		if err := o(c); err != nil {
			return nil, err
		}
	}
	c.reading = semaphore.NewWeighted(c.limits.Reading)
	if !c.retriesSet && c.retries > 10 {
		c.retries = 10
	}
	c.timeouts = c.timeouts.withDefaults(cfg)
	if c.hc == nil {
		c.hc = &http.Client{}
	}
	switch {
	case c.transport != nil:
		c.hc.Transport = c.transport
	case c.hc.Transport == nil:
		t, err := NewTransport(cfg, c.timeouts)
		if err != nil {
			return nil, err
		}
		c.ownTransport = t
		c.hc.Transport = t
		if certs := cfg.ClientCerts(); len(certs) > 0 {
			rt, err := withClientCerts(t, certs)
			if err != nil {
				return nil, err
			}
			c.hc.Transport = rt
			c.extraTransports = rt.perHost
		}
		if !cfg.StrictSSL {
			c.log.Warn("registry: strict-ssl=false, TLS certificates are not verified")
		}
	}
	c.hc.Timeout = 0 // per-attempt contexts bound requests
	c.hc.CheckRedirect = func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }
	c.flights.calls = map[string]*call{}
	return c, nil
}

// Close releases idle connections of a transport the client built.
func (c *Client) Close() {
	if c.ownTransport != nil {
		c.ownTransport.CloseIdleConnections()
	}
	for _, t := range c.extraTransports {
		t.CloseIdleConnections()
	}
}

// NewTransport builds the shared HTTP transport for cfg: proxy and
// noproxy, the ca/cafile roots, strict-ssl, the dial, TLS and header
// timeouts, HTTP/2 and a connection pool sized for parallel fetches.
func NewTransport(cfg *npmrc.Config, t Timeouts) (*http.Transport, error) {
	t = t.withDefaults(cfg)
	tlsConf := &tls.Config{MinVersion: tls.VersionTLS12}
	if len(cfg.CA) > 0 {
		pool := x509.NewCertPool()
		for _, pem := range cfg.CA {
			if !pool.AppendCertsFromPEM([]byte(pem)) {
				return nil, errors.New("registry: ca/cafile holds a certificate that does not parse")
			}
		}
		tlsConf.RootCAs = pool
	}
	if !cfg.StrictSSL {
		tlsConf.InsecureSkipVerify = true // npm's strict-ssl=false, chosen by the user
	}
	dialer := &net.Dialer{Timeout: t.Dial, KeepAlive: 30 * time.Second}
	return &http.Transport{
		Proxy:                  func(r *http.Request) (*url.URL, error) { return cfg.ProxyFor(r.URL) },
		DialContext:            dialer.DialContext,
		TLSClientConfig:        tlsConf,
		TLSHandshakeTimeout:    t.TLSHandshake,
		ResponseHeaderTimeout:  t.ResponseHeader,
		ExpectContinueTimeout:  time.Second,
		ForceAttemptHTTP2:      true,
		MaxIdleConns:           256,
		MaxIdleConnsPerHost:    64,
		IdleConnTimeout:        90 * time.Second,
		MaxResponseHeaderBytes: 1 << 20,
	}, nil
}

// hostRouter sends requests for hosts with a client certificate (npmrc
// ":certfile"/":keyfile") through a transport that presents it, and all
// others through the shared transport.
type hostRouter struct {
	def     *http.Transport
	perHost map[string]*http.Transport
}

func (h *hostRouter) RoundTrip(r *http.Request) (*http.Response, error) {
	if t, ok := h.perHost[hostKey(r.URL)]; ok {
		return t.RoundTrip(r)
	}
	return h.def.RoundTrip(r)
}

func withClientCerts(def *http.Transport, certs []npmrc.Auth) (*hostRouter, error) {
	h := &hostRouter{def: def, perHost: map[string]*http.Transport{}}
	for _, a := range certs {
		host := a.Host()
		if _, dup := h.perHost[host]; dup {
			continue // the first (shortest) key of a host wins
		}
		pair, err := tls.LoadX509KeyPair(a.CertFile, a.KeyFile)
		if err != nil {
			return nil, fmt.Errorf("registry: client certificate for %s (certfile %q, keyfile %q): %w", a.Key, a.CertFile, a.KeyFile, stripPathErr(err))
		}
		t := def.Clone()
		t.TLSClientConfig.Certificates = []tls.Certificate{pair}
		h.perHost[host] = t
	}
	return h, nil
}

func stripPathErr(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return fmt.Errorf("%s: %w", pe.Op, pe.Err)
	}
	return err
}

func sleepCtx(ctx context.Context, d time.Duration) error {
	if d <= 0 {
		return ctx.Err()
	}
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-t.C:
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}
