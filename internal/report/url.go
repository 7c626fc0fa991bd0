package report

import "net/url"

// RedactURL returns s without the parts that may carry credentials: the
// user info, the query and the fragment (lockfiles of private registries
// can hold "https://user:token@host/..." or "?token=..."). A string that
// does not parse as an absolute URL is returned empty, so that no renderer
// echoes an unparseable value that might be a secret.
func RedactURL(s string) string {
	u, err := url.Parse(s)
	if err != nil || u.Scheme == "" {
		return ""
	}
	u.User = nil
	u.RawQuery, u.ForceQuery = "", false
	u.Fragment, u.RawFragment = "", ""
	return u.String()
}
