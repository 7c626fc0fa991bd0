package registry

import (
	"bytes"
	"context"
	"crypto/tls"
	"crypto/x509"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/klauspost/compress/gzip"

	"github.com/depfence/depfence/internal/npmrc"
)

// request is one logical GET (with its retries and redirects).
type request struct {
	op, pkg  string
	url      *url.URL
	accept   string
	maxBytes int64
	etag     string // conditional request validators
	lastMod  string
	// method defaults to GET; body, contentType and contentEncoding are
	// sent with every attempt and redirect hop (advisories.go POSTs).
	method          string
	body            []byte
	contentType     string
	contentEncoding string
}

// response is a successful (2xx or 304) answer.
type response struct {
	status   int
	proto    string
	body     []byte
	etag     string
	lastMod  string
	attempts int
}

// attemptError is one failed attempt: retryable or not.
type attemptError struct {
	err        error
	status     int
	retry      bool
	retryAfter time.Duration // from Retry-After, -1 when absent
}

// get performs r with bounded retries.
func (c *Client) get(ctx context.Context, r request) (*response, error) {
	attempts := 0
	for {
		attempts++
		start := time.Now()
		resp, aerr := c.attempt(ctx, r)
		if aerr == nil {
			resp.attempts = attempts
			c.log.Debug("registry: fetched", "op", r.op, "package", r.pkg, "url", npmrc.RedactURL(r.url),
				"status", resp.status, "proto", resp.proto, "bytes", len(resp.body), "attempt", attempts, "duration", time.Since(start))
			return resp, nil
		}
		if ctx.Err() != nil {
			return nil, c.fail(r, aerr.status, attempts, context.Cause(ctx))
		}
		if !aerr.retry || attempts > c.retries {
			return nil, c.fail(r, aerr.status, attempts, aerr.err)
		}
		delay := c.backoff(attempts - 1)
		if aerr.retryAfter >= 0 {
			delay = min(aerr.retryAfter, c.maxRetryAfter)
		}
		c.log.Warn("registry: retrying", "op", r.op, "package", r.pkg, "url", npmrc.RedactURL(r.url),
			"status", aerr.status, "error", c.cfg.Redact(aerr.err.Error()), "attempt", attempts, "delay", delay)
		if err := c.sleep(ctx, delay); err != nil {
			return nil, c.fail(r, aerr.status, attempts, err)
		}
	}
}

func (c *Client) fail(r request, status, attempts int, err error) *Error {
	return &Error{Op: r.op, Package: r.pkg, URL: npmrc.RedactURL(r.url), Status: status, Attempts: attempts, Err: err, redact: c.cfg.Redact}
}

// backoff returns the jittered delay before retry n (0-based).
func (c *Client) backoff(n int) time.Duration {
	d := c.backoffMin
	for i := 0; i < n && d < c.backoffMax; i++ {
		d *= 2
	}
	d = min(d, c.backoffMax)
	return d/2 + time.Duration(c.rand()*float64(d/2))
}

// attempt makes one request, following redirects itself. Its context is
// cancelled, with an ErrTimeout cause, when the whole attempt, the wait for
// response headers or a gap between body reads takes too long; these do
// not depend on the transport's own timeouts.
func (c *Client) attempt(ctx context.Context, r request) (*response, *attemptError) {
	tctx, cancelT := context.WithTimeoutCause(ctx, c.timeouts.Request, fmt.Errorf("%w: request exceeded %s", ErrTimeout, c.timeouts.Request))
	defer cancelT()
	actx, cancel := context.WithCancelCause(tctx)
	defer cancel(nil)
	u := r.url
	origin := hostKey(u)
	sameHost := true
	for hop := 0; ; hop++ {
		// Credentials come only from .npmrc: user info in a URL (which Go
		// would turn into Basic auth, on any host) is dropped.
		if u.User != nil {
			cp := *u
			cp.User = nil
			u = &cp
		}
		method, body := http.MethodGet, io.Reader(nil)
		if r.method != "" {
			method = r.method
		}
		if r.body != nil {
			body = bytes.NewReader(r.body)
		}
		req, err := http.NewRequestWithContext(actx, method, u.String(), body)
		if err != nil {
			return nil, &attemptError{err: fmt.Errorf("%w: cannot build request", ErrInvalidRequest), retryAfter: -1}
		}
		if r.contentType != "" {
			req.Header.Set("Content-Type", r.contentType)
		}
		if r.contentEncoding != "" {
			req.Header.Set("Content-Encoding", r.contentEncoding)
		}
		req.Header.Set("Accept", r.accept)
		req.Header.Set("User-Agent", c.userAgent)
		if sameHost {
			if r.etag != "" {
				req.Header.Set("If-None-Match", r.etag)
			}
			if r.lastMod != "" {
				req.Header.Set("If-Modified-Since", r.lastMod)
			}
			if a, ok := c.cfg.AuthFor(u); ok {
				if h := a.Header(); h != "" {
					req.Header.Set("Authorization", h)
					if u.Scheme == "http" && !isLoopback(u.Hostname()) {
						c.log.Warn("registry: sending credentials over plain http", "key", a.Key)
					}
				}
			}
		}
		headerTimer := time.AfterFunc(c.timeouts.ResponseHeader, func() {
			cancel(fmt.Errorf("%w: no response headers within %s", ErrTimeout, c.timeouts.ResponseHeader))
		})
		resp, err := c.hc.Do(req)
		headerTimer.Stop()
		if err != nil {
			return nil, c.netError(ctx, actx, err)
		}
		if isRedirect(resp.StatusCode) {
			loc := resp.Header.Get("Location")
			drain(resp)
			if hop >= c.maxRedirects {
				return nil, &attemptError{err: fmt.Errorf("%w: more than %d redirects", ErrRedirect, c.maxRedirects), status: resp.StatusCode, retryAfter: -1}
			}
			next, err := u.Parse(loc)
			if err != nil || loc == "" {
				return nil, &attemptError{err: fmt.Errorf("%w: missing or malformed Location", ErrRedirect), status: resp.StatusCode, retryAfter: -1}
			}
			if next.Scheme != "http" && next.Scheme != "https" {
				return nil, &attemptError{err: fmt.Errorf("%w: to a non-http URL", ErrRedirect), status: resp.StatusCode, retryAfter: -1}
			}
			if u.Scheme == "https" && next.Scheme != "https" {
				return nil, &attemptError{err: fmt.Errorf("%w: from https to http (%s)", ErrRedirect, npmrc.RedactURL(next)), status: resp.StatusCode, retryAfter: -1}
			}
			if hostKey(next) != origin {
				sameHost = false // credentials and validators never follow a host change
			}
			c.log.Debug("registry: redirect", "op", r.op, "package", r.pkg, "from", npmrc.RedactURL(u), "to", npmrc.RedactURL(next), "status", resp.StatusCode)
			u = next
			continue
		}
		return c.readResponse(ctx, actx, cancel, r, resp)
	}
}

func (c *Client) readResponse(ctx, actx context.Context, cancel context.CancelCauseFunc, r request, resp *http.Response) (*response, *attemptError) {
	defer resp.Body.Close()
	status := resp.StatusCode
	switch {
	case status == http.StatusNotModified && (r.etag != "" || r.lastMod != ""):
		drain(resp)
		return &response{status: status}, nil
	case status >= 200 && status < 300:
	case status == http.StatusNotFound || status == http.StatusGone:
		drain(resp)
		return nil, &attemptError{err: fmt.Errorf("%w (HTTP %d)", ErrNotFound, status), status: status, retryAfter: -1}
	case status == http.StatusUnauthorized || status == http.StatusForbidden:
		drain(resp)
		return nil, &attemptError{err: fmt.Errorf("%w (HTTP %d): check the credentials for this registry in .npmrc", ErrAuth, status), status: status, retryAfter: -1}
	case status == http.StatusTooManyRequests || status >= 500:
		drain(resp)
		return nil, &attemptError{err: fmt.Errorf("%w: HTTP %d", ErrStatus, status), status: status, retry: true, retryAfter: c.retryAfter(resp)}
	default:
		drain(resp)
		return nil, &attemptError{err: fmt.Errorf("%w: HTTP %d", ErrStatus, status), status: status, retryAfter: -1}
	}

	var body io.Reader = resp.Body
	switch enc := strings.ToLower(strings.TrimSpace(resp.Header.Get("Content-Encoding"))); {
	case resp.Uncompressed || enc == "" || enc == "identity":
	case enc == "gzip" || enc == "x-gzip":
		zr, err := gzip.NewReader(resp.Body)
		if err != nil {
			return nil, &attemptError{err: fmt.Errorf("%w: bad gzip encoding", ErrBadResponse), status: status, retry: true, retryAfter: -1}
		}
		defer zr.Close()
		body = zr
	default:
		return nil, &attemptError{err: fmt.Errorf("%w: unsupported Content-Encoding", ErrBadResponse), status: status, retryAfter: -1}
	}
	w := int64(1 << 20)
	if resp.ContentLength > 0 {
		w = min(resp.ContentLength, r.maxBytes)
	}
	w = min(w, c.limits.Reading)
	if err := c.reading.Acquire(actx, w); err != nil {
		return nil, c.netError(ctx, actx, err)
	}
	// A declared length sizes the buffer (one allocation, no copy) up to
	// what the reading budget granted; a lie only costs growth or slack.
	hint := int64(0)
	if body == resp.Body && resp.ContentLength > 0 {
		hint = min(resp.ContentLength, w)
	}
	data, err := readCapped(body, r.maxBytes, hint, c.timeouts.Idle, cancel)
	c.reading.Release(w)
	if err != nil {
		if errors.Is(err, ErrTooLarge) {
			return nil, &attemptError{err: err, status: status, retryAfter: -1}
		}
		ae := c.netError(ctx, actx, err)
		ae.status = status
		return nil, ae
	}
	return &response{status: status, proto: resp.Proto, body: data, etag: resp.Header.Get("ETag"), lastMod: resp.Header.Get("Last-Modified")}, nil
}

// netError classifies a transport or body error. The *url.Error wrapper
// (which repeats the URL, query included) is removed.
func (c *Client) netError(ctx, actx context.Context, err error) *attemptError {
	var ue *url.Error
	if errors.As(err, &ue) {
		err = ue.Err
	}
	if ctx.Err() != nil {
		return &attemptError{err: context.Cause(ctx), retryAfter: -1}
	}
	if actx.Err() != nil {
		if cause := context.Cause(actx); errors.Is(cause, ErrTimeout) {
			return &attemptError{err: cause, retry: true, retryAfter: -1}
		}
	}
	var certErr *tls.CertificateVerificationError
	var unknownAuth x509.UnknownAuthorityError
	var hostErr x509.HostnameError
	var invalidCert x509.CertificateInvalidError
	if errors.As(err, &certErr) || errors.As(err, &unknownAuth) || errors.As(err, &hostErr) || errors.As(err, &invalidCert) {
		// not transient: retrying cannot help
		return &attemptError{err: fmt.Errorf("TLS certificate not trusted (set cafile/ca in .npmrc for a private CA): %w", err), retryAfter: -1}
	}
	var ne net.Error
	if errors.As(err, &ne) && ne.Timeout() {
		return &attemptError{err: fmt.Errorf("%w: %v", ErrTimeout, err), retry: true, retryAfter: -1}
	}
	return &attemptError{err: fmt.Errorf("network error: %w", err), retry: true, retryAfter: -1}
}

// retryAfter parses Retry-After (seconds or an HTTP date); -1 when absent
// or unparseable. The cap is applied by the caller.
func (c *Client) retryAfter(resp *http.Response) time.Duration {
	v := strings.TrimSpace(resp.Header.Get("Retry-After"))
	if v == "" {
		return -1
	}
	if n, err := strconv.ParseInt(v, 10, 64); err == nil {
		if n < 0 {
			return -1
		}
		if n > int64(time.Hour/time.Second) {
			return time.Hour
		}
		return time.Duration(n) * time.Second
	}
	if t, err := http.ParseTime(v); err == nil {
		d := t.Sub(c.now())
		if d < 0 {
			d = 0
		}
		return d
	}
	return -1
}

// readCapped reads at most limit bytes of decoded body. With a hint (a
// declared length the caller has already reserved memory for) the body is
// read into one buffer of that size. Otherwise, or past it, memory grows
// with the bytes actually received: data collects in blocks of growing
// size and is copied once into an exact-size slice at the end, so the peak
// is about twice the body, not the 3x of a doubling buffer. One byte past
// limit is ErrTooLarge. A gap of idle between reads cancels the request
// with an ErrTimeout cause.
func readCapped(r io.Reader, limit, hint int64, idle time.Duration, cancel context.CancelCauseFunc) ([]byte, error) {
	timer := time.AfterFunc(idle, func() { cancel(fmt.Errorf("%w: no body data for %s", ErrTimeout, idle)) })
	defer timer.Stop()
	var blocks [][]byte
	var total int64
	size := int64(32 << 10)
	if hint > 0 {
		// one spare byte, so a body of exactly the hinted length ends
		// without a second block
		size = hint + 1
	}
	block := make([]byte, 0, size)
	for {
		if len(block) == cap(block) {
			blocks = append(blocks, block)
			block = make([]byte, 0, min(max(2*cap(block), 32<<10), 4<<20))
		}
		n, err := r.Read(block[len(block):cap(block)])
		if n > 0 {
			timer.Reset(idle)
			total += int64(n)
			if total > limit {
				return nil, fmt.Errorf("%w: more than %d bytes", ErrTooLarge, limit)
			}
			block = block[:len(block)+n]
		}
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, err
		}
	}
	if len(blocks) == 0 {
		return block, nil
	}
	out := make([]byte, 0, total)
	for _, b := range blocks {
		out = append(out, b...)
	}
	return append(out, block...), nil
}

func isLoopback(host string) bool {
	if host == "localhost" {
		return true
	}
	ip := net.ParseIP(host)
	return ip != nil && ip.IsLoopback()
}

func isRedirect(code int) bool {
	switch code {
	case http.StatusMovedPermanently, http.StatusFound, http.StatusSeeOther, http.StatusTemporaryRedirect, http.StatusPermanentRedirect:
		return true
	}
	return false
}

// hostKey is a URL's host with the default port removed, lowercased.
func hostKey(u *url.URL) string {
	h := strings.ToLower(u.Host)
	switch {
	case u.Scheme == "https":
		h = strings.TrimSuffix(h, ":443")
	case u.Scheme == "http":
		h = strings.TrimSuffix(h, ":80")
	}
	return h
}

// drain reads a little of an unwanted body so the connection can be
// reused, then closes it.
func drain(resp *http.Response) {
	_, _ = io.CopyN(io.Discard, resp.Body, 64<<10)
	_ = resp.Body.Close()
}

// flightGroup runs one function per key at a time; callers with the same
// key share the result. The shared work is cancelled only when every
// caller waiting for it has gone.
type flightGroup struct {
	mu    sync.Mutex
	calls map[string]*call
}

type call struct {
	done    chan struct{}
	val     any
	err     error
	waiters int
	cancel  context.CancelFunc
}

func (g *flightGroup) do(ctx context.Context, key string, fn func(context.Context) (any, error)) (any, error) {
	g.mu.Lock()
	if c, ok := g.calls[key]; ok {
		c.waiters++
		g.mu.Unlock()
		return g.wait(ctx, key, c)
	}
	cctx, cancel := context.WithCancel(context.WithoutCancel(ctx))
	c := &call{done: make(chan struct{}), waiters: 1, cancel: cancel}
	g.calls[key] = c
	g.mu.Unlock()
	go func() {
		defer close(c.done)
		defer cancel()
		c.val, c.err = fn(cctx)
		g.mu.Lock()
		if g.calls[key] == c {
			delete(g.calls, key)
		}
		g.mu.Unlock()
	}()
	return g.wait(ctx, key, c)
}

func (g *flightGroup) wait(ctx context.Context, key string, c *call) (any, error) {
	select {
	case <-c.done:
		return c.val, c.err
	case <-ctx.Done():
		g.mu.Lock()
		c.waiters--
		if c.waiters == 0 {
			c.cancel()
			if g.calls[key] == c {
				delete(g.calls, key)
			}
		}
		g.mu.Unlock()
		return nil, context.Cause(ctx)
	}
}
