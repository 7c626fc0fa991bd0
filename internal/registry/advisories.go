package registry

import (
	"bytes"
	"context"
	"fmt"

	"github.com/klauspost/compress/gzip"

	"github.com/depfence/depfence/internal/npmrc"
)

// Advisory endpoints of the npm registry, relative to the default registry
// (npm's audit-registry defaults to it too).
const (
	BulkAdvisoryPath = "-/npm/v1/security/advisories/bulk"
	QuickAuditPath   = "-/npm/v1/security/audits/quick"

	// DefaultMaxAdvisorySize caps a decoded advisory response.
	DefaultMaxAdvisorySize = 64 << 20
)

// BulkAdvisories POSTs payload, the JSON object npm audit sends
// ({"name": ["1.0.0", ...], ...}), to the default registry's bulk advisory
// endpoint and returns the raw JSON answer. Like npm (npm-registry-fetch
// with gzip: true), the body is sent gzip-compressed with
// "Content-Encoding: gzip" and "Content-Type: application/json". The
// request follows the client's rules: credentials only for the registry's
// own host, bounded redirects and retries, timeouts, and a decoded size cap.
// A registry without the endpoint answers ErrNotFound (HTTP 404).
func (c *Client) BulkAdvisories(ctx context.Context, payload []byte) ([]byte, error) {
	return c.postAdvisories(ctx, "advisories", "bulk", BulkAdvisoryPath, payload)
}

// QuickAudit POSTs payload, npm's legacy audit document (name, version,
// requires, dependencies, metadata), to the quick-audit endpoint npm falls
// back to when the bulk request fails, and returns the raw JSON answer.
// It is sent the same way as BulkAdvisories.
func (c *Client) QuickAudit(ctx context.Context, payload []byte) ([]byte, error) {
	return c.postAdvisories(ctx, "audit", "quick", QuickAuditPath, payload)
}

func (c *Client) postAdvisories(ctx context.Context, op, what, path string, payload []byte) ([]byte, error) {
	base := *c.cfg.Registry
	u, err := base.Parse(path)
	if err != nil {
		return nil, &Error{Op: op, Package: what, URL: npmrc.RedactURL(&base), Err: fmt.Errorf("%w: %v", ErrInvalidRequest, err), redact: c.cfg.Redact}
	}
	r := request{op: op, pkg: what, url: u, accept: AcceptFull, maxBytes: DefaultMaxAdvisorySize, method: "POST",
		contentType: "application/json", contentEncoding: "gzip"}
	if c.offline {
		return nil, c.fail(r, 0, 0, ErrOffline)
	}
	var buf bytes.Buffer
	zw := gzip.NewWriter(&buf)
	if _, err := zw.Write(payload); err != nil {
		return nil, c.fail(r, 0, 0, err)
	}
	if err := zw.Close(); err != nil {
		return nil, c.fail(r, 0, 0, err)
	}
	r.body = buf.Bytes()
	resp, err := c.get(ctx, r)
	if err != nil {
		return nil, err
	}
	return resp.body, nil
}
