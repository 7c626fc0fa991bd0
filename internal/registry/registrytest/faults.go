package registrytest

import (
	"bytes"
	"fmt"
	"math/rand/v2"
	"net/http"
	"strconv"
	"sync"
	"time"

	"github.com/klauspost/compress/gzip"
)

type faultKind int

const (
	faultStatus faultKind = iota + 1
	faultHang
	faultDelay
	faultTrickle
	faultRedirectLoop
	faultRedirectTo
	faultWrongIntegrity
	faultGarbage
	faultGzipBomb
	faultTruncate
)

func (k faultKind) rewritesBody() bool {
	switch k {
	case faultTrickle, faultWrongIntegrity, faultGarbage, faultTruncate, faultDelay:
		return true
	}
	return false
}

// Fault is a misbehaviour injected for one path. By default it applies to
// every request; Times(n) limits it to the first n, after which the path
// is served normally (to test retries that succeed).
type Fault struct {
	kind       faultKind
	status     int
	retryAfter string
	delay      time.Duration
	chunk      int
	location   string
	size       int64
	times      int
}

// Times limits the fault to the first n requests.
func (f Fault) Times(n int) Fault { f.times = n; return f }

type faultState struct {
	Fault
	used int
}

// Status answers with code (e.g. 500, 503, 404) and a short body.
func Status(code int) Fault { return Fault{kind: faultStatus, status: code} }

// StatusRetryAfter answers with code and a Retry-After header (seconds or
// an HTTP date), e.g. StatusRetryAfter(429, "1").
func StatusRetryAfter(code int, retryAfter string) Fault {
	return Fault{kind: faultStatus, status: code, retryAfter: retryAfter}
}

// Hang never answers: the handler blocks until the client goes away or the
// server closes.
func Hang() Fault { return Fault{kind: faultHang} }

// Delay waits d before sending the normal response headers and body.
func Delay(d time.Duration) Fault { return Fault{kind: faultDelay, delay: d} }

// Trickle sends the normal body chunk bytes at a time, every interval.
func Trickle(chunk int, every time.Duration) Fault {
	if chunk < 1 {
		chunk = 1
	}
	return Fault{kind: faultTrickle, chunk: chunk, delay: every}
}

// RedirectLoop answers every request with a 302 to the same path with a
// fresh query, forever.
func RedirectLoop() Fault { return Fault{kind: faultRedirectLoop} }

// RedirectTo answers with a 302 to location (e.g. a second server's URL,
// for a cross-host redirect, or an http:// URL for a downgrade).
func RedirectTo(location string) Fault { return Fault{kind: faultRedirectTo, location: location} }

// WrongIntegrity serves the normal body with one byte changed.
func WrongIntegrity() Fault { return Fault{kind: faultWrongIntegrity} }

// Garbage serves size random bytes (default 4 KiB) instead of the body.
func Garbage(size int) Fault {
	if size <= 0 {
		size = 4 << 10
	}
	return Fault{kind: faultGarbage, size: int64(size)}
}

// Truncate serves the normal body cut to half its length, with the full
// Content-Length announced (the connection closes early).
func Truncate() Fault { return Fault{kind: faultTruncate} }

// GzipBomb serves a body with Content-Encoding: gzip that inflates to size
// bytes of zeros. It is generated as a stream of concatenated gzip
// members, each a precomputed 1 MiB of zeros (about 1 KiB compressed), so
// neither side needs memory proportional to size.
func GzipBomb(size int64) Fault { return Fault{kind: faultGzipBomb, size: size} }

// before handles faults that replace the whole response; true when the
// response has been written.
func (f *Fault) before(s *Server, w http.ResponseWriter, r *http.Request) bool {
	switch f.kind {
	case faultStatus:
		if f.retryAfter != "" {
			w.Header().Set("Retry-After", f.retryAfter)
		}
		http.Error(w, fmt.Sprintf(`{"error":"injected %d"}`, f.status), f.status)
		return true
	case faultHang:
		select {
		case <-r.Context().Done():
		case <-s.closing:
		}
		return true
	case faultDelay:
		select {
		case <-time.After(f.delay):
		case <-r.Context().Done():
			return true
		case <-s.closing:
			return true
		}
		return false
	case faultRedirectLoop:
		n, _ := strconv.Atoi(r.URL.Query().Get("loop"))
		http.Redirect(w, r, fmt.Sprintf("%s?loop=%d", r.URL.Path, n+1), http.StatusFound)
		return true
	case faultRedirectTo:
		w.Header().Set("Location", f.location)
		w.WriteHeader(http.StatusFound)
		return true
	case faultGzipBomb:
		w.Header().Set("Content-Encoding", "gzip")
		w.Header().Set("Content-Type", "application/json")
		w.WriteHeader(http.StatusOK)
		member := bombMember()
		fl, _ := w.(http.Flusher)
		for written := int64(0); written < f.size; written += bombMemberSize {
			if _, err := w.Write(member); err != nil {
				return true
			}
			if fl != nil && written%(64*bombMemberSize) == 0 {
				fl.Flush()
			}
			select {
			case <-r.Context().Done():
				return true
			case <-s.closing:
				return true
			default:
			}
		}
		return true
	}
	return false
}

// writeBody writes body altered by a body-rewriting fault.
func (f *Fault) writeBody(s *Server, w http.ResponseWriter, r *http.Request, ctype string, body []byte) {
	switch f.kind {
	case faultDelay:
		writeBody(w, r, ctype, body)
	case faultWrongIntegrity:
		b := append([]byte(nil), body...)
		if len(b) == 0 {
			b = []byte{0}
		} else {
			b[len(b)/2] ^= 0xff
		}
		writeBody(w, r, ctype, b)
	case faultGarbage:
		b := make([]byte, f.size)
		rng := rand.New(rand.NewPCG(uint64(len(body)), 42))
		for i := range b {
			b[i] = byte(rng.Uint32())
		}
		w.Header().Set("Content-Type", ctype)
		_, _ = w.Write(b)
	case faultTruncate:
		w.Header().Set("Content-Type", ctype)
		w.Header().Set("Content-Length", strconv.Itoa(len(body)))
		_, _ = w.Write(body[:len(body)/2])
		// returning with fewer bytes than announced makes the server close
		// the connection: the client sees an unexpected EOF
	case faultTrickle:
		w.Header().Set("Content-Type", ctype)
		w.Header().Set("Content-Length", strconv.Itoa(len(body)))
		fl, _ := w.(http.Flusher)
		for i := 0; i < len(body); i += f.chunk {
			end := min(i+f.chunk, len(body))
			if _, err := w.Write(body[i:end]); err != nil {
				return
			}
			if fl != nil {
				fl.Flush()
			}
			select {
			case <-time.After(f.delay):
			case <-r.Context().Done():
				return
			case <-s.closing:
				return
			}
		}
	default:
		writeBody(w, r, ctype, body)
	}
}

const bombMemberSize = 1 << 20

// bombMember returns one gzip member that inflates to 1 MiB of zeros.
var bombMember = sync.OnceValue(func() []byte {
	var buf bytes.Buffer
	zw, _ := gzip.NewWriterLevel(&buf, gzip.BestCompression)
	_, _ = zw.Write(make([]byte, bombMemberSize))
	_ = zw.Close()
	return buf.Bytes()
})
