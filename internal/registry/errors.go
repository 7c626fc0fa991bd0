package registry

import (
	"errors"
	"fmt"
	"strings"
)

// Sentinel errors. *Error wraps one of them (or a network error), so
// errors.Is works at any level.
var (
	// ErrNotFound: the registry answered 404 for the package or version.
	ErrNotFound = errors.New("not found")
	// ErrIntegrity: the tarball's digest does not match its SRI integrity.
	ErrIntegrity = errors.New("integrity mismatch")
	// ErrNoIntegrity: no integrity was given or published to verify against.
	ErrNoIntegrity = errors.New("no integrity to verify against")
	// ErrTooLarge: the decoded response exceeded its size limit.
	ErrTooLarge = errors.New("response too large")
	// ErrRedirect: too many redirects, a downgrade to http, or a bad Location.
	ErrRedirect = errors.New("refused redirect")
	// ErrAuth: the registry answered 401 or 403.
	ErrAuth = errors.New("authentication required or refused")
	// ErrStatus: any other unexpected HTTP status (after retries for 5xx/429).
	ErrStatus = errors.New("unexpected HTTP status")
	// ErrTimeout: a connect, header, idle-body or whole-request timeout.
	ErrTimeout = errors.New("timed out")
	// ErrBadResponse: the body is not what was asked for (invalid JSON,
	// wrong package, unsupported encoding).
	ErrBadResponse = errors.New("malformed response")
	// ErrOffline: offline mode and the cache has no copy.
	ErrOffline = errors.New("not in cache and offline")
	// ErrInvalidRequest: a bad package name, version or tarball URL.
	ErrInvalidRequest = errors.New("invalid request")
)

// Error is a failed registry operation for one package. Its text names the
// operation, the package and the redacted URL; credentials never appear.
type Error struct {
	Op       string // "packument", "manifest" or "tarball"
	Package  string // name or name@version
	URL      string // redacted: no password, no query values
	Status   int    // last HTTP status, 0 when none
	Attempts int    // requests made, including retries
	Err      error

	redact func(string) string
}

func (e *Error) Error() string {
	var b strings.Builder
	fmt.Fprintf(&b, "registry: %s %s", e.Op, e.Package)
	if e.URL != "" {
		fmt.Fprintf(&b, " (%s)", e.URL)
	}
	b.WriteString(": ")
	b.WriteString(e.Err.Error())
	if e.Status != 0 && !strings.Contains(e.Err.Error(), "HTTP ") {
		fmt.Fprintf(&b, " (HTTP %d)", e.Status)
	}
	if e.Attempts > 1 {
		fmt.Fprintf(&b, " after %d attempts", e.Attempts)
	}
	s := b.String()
	if e.redact != nil {
		s = e.redact(s)
	}
	return s
}

func (e *Error) Unwrap() error { return e.Err }
