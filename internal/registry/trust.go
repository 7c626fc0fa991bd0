package registry

import (
	"context"
	"fmt"
	"net/url"
	"strings"

	"github.com/depfence/depfence/internal/npmrc"
)

// KeysPath is the registry's signing-keys endpoint (npm audit signatures).
const KeysPath = "-/npm/v1/keys"

// DefaultMaxTrustSize caps keys and attestation documents.
const DefaultMaxTrustSize = 16 << 20

// Keys fetches the default registry's public signing keys document
// ({"keys": [...]}). A registry without the endpoint answers ErrNotFound.
func (c *Client) Keys(ctx context.Context) ([]byte, error) {
	base := *c.cfg.Registry
	u, err := base.Parse(KeysPath)
	if err != nil {
		return nil, &Error{Op: "keys", Package: "registry", URL: npmrc.RedactURL(&base), Err: fmt.Errorf("%w: %v", ErrInvalidRequest, err), redact: c.cfg.Redact}
	}
	return c.getTrust(ctx, "keys", "registry", u)
}

// Attestations fetches a version's attestation bundles from the URL in its
// dist.attestations.url. Like npm, only the path of that URL is used, on
// the registry that serves the package: a packument cannot point depfence
// (and its credentials) at another host.
func (c *Client) Attestations(ctx context.Context, name, attestationsURL string) ([]byte, error) {
	reg := c.cfg.RegistryFor(name)
	ref, err := url.Parse(attestationsURL)
	if err != nil || ref.Path == "" {
		return nil, &Error{Op: "attestations", Package: name, Err: fmt.Errorf("%w: bad attestations URL", ErrInvalidRequest), redact: c.cfg.Redact}
	}
	u := *reg
	u.Path = strings.TrimSuffix(reg.Path, "/") + "/" + strings.TrimPrefix(ref.EscapedPath(), "/")
	u.RawPath = ""
	if p, err := url.PathUnescape(u.Path); err == nil {
		u.Path = p
	}
	u.RawQuery, u.Fragment = "", ""
	return c.getTrust(ctx, "attestations", name, &u)
}

func (c *Client) getTrust(ctx context.Context, op, pkg string, u *url.URL) ([]byte, error) {
	r := request{op: op, pkg: pkg, url: u, accept: AcceptFull, maxBytes: DefaultMaxTrustSize}
	if c.offline {
		return nil, c.fail(r, 0, 0, ErrOffline)
	}
	resp, err := c.get(ctx, r)
	if err != nil {
		return nil, err
	}
	return resp.body, nil
}
