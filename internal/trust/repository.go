package trust

import (
	"encoding/json"
	"net/url"
	"strings"
)

// RepositoryURL reads package.json's "repository" field (a string or an
// object with "url") and returns it normalised by NormalizeRepository, or ""
// when it is absent or unreadable.
func RepositoryURL(field json.RawMessage) string {
	if len(field) == 0 {
		return ""
	}
	var s string
	if json.Unmarshal(field, &s) == nil {
		return NormalizeRepository(s)
	}
	var obj struct {
		URL string `json:"url"`
	}
	if json.Unmarshal(field, &obj) == nil {
		return NormalizeRepository(obj.URL)
	}
	return ""
}

var shorthandHosts = map[string]string{
	"github":    "github.com",
	"gitlab":    "gitlab.com",
	"bitbucket": "bitbucket.org",
}

// caseInsensitiveHosts compare owner/repo paths case-insensitively.
var caseInsensitiveHosts = map[string]bool{"github.com": true, "gitlab.com": true, "bitbucket.org": true}

// NormalizeRepository turns the repository spellings npm accepts into
// "https://host/owner/repo": git+https://, git://, git+ssh://git@host/,
// ssh://, scp-like git@host:owner/repo, "github:owner/repo" (and gitlab:,
// bitbucket:), bare "owner/repo" (GitHub), with ".git", "#committish",
// trailing slashes and GitHub "/tree/…" suffixes removed. Hosts are
// lowercased; GitHub, GitLab and Bitbucket paths too. It returns "" for
// input it cannot read. The result is a fixed point: normalising it again
// returns it unchanged.
func NormalizeRepository(s string) string {
	r := normalizeOnce(s)
	if r == "" || normalizeOnce(r) != r {
		return ""
	}
	return r
}

func normalizeOnce(s string) string {
	s = strings.TrimSpace(s)
	if s == "" || len(s) > 2048 {
		return ""
	}
	if i := strings.IndexByte(s, '#'); i >= 0 {
		s = s[:i]
	}
	var host, path string
	switch {
	case strings.Contains(s, "://"):
		scheme, rest, _ := strings.Cut(s, "://")
		scheme = strings.ToLower(strings.TrimPrefix(strings.ToLower(scheme), "git+"))
		switch scheme {
		case "https", "http", "git", "ssh":
		default:
			return ""
		}
		u, err := url.Parse("https://" + rest)
		if err != nil {
			return ""
		}
		host, path = u.Hostname(), u.Path
	case strings.HasPrefix(s, "git@") || (strings.Contains(s, "@") && strings.Contains(s, ":") && !strings.Contains(s, "/:")):
		// scp-like: [user@]host:owner/repo
		_, rest, _ := strings.Cut(s, "@")
		h, p, ok := strings.Cut(rest, ":")
		if !ok {
			return ""
		}
		host, path = h, p
	default:
		prefix, rest, ok := strings.Cut(s, ":")
		if ok {
			h, known := shorthandHosts[strings.ToLower(prefix)]
			if !known {
				return ""
			}
			host, path = h, rest
		} else {
			if strings.Count(s, "/") != 1 || strings.HasPrefix(s, "@") {
				return ""
			}
			host, path = "github.com", s
		}
	}
	host = strings.ToLower(host)
	for strings.HasPrefix(host, "www.") {
		host = host[len("www."):]
	}
	if host == "" {
		return ""
	}
	if i := strings.IndexByte(path, '@'); i >= 0 {
		path = path[:i] // SLSA v0.2 "repo@refs/tags/v1"
	}
	if i := strings.Index(path, "/-/"); i >= 0 {
		path = path[:i] // GitLab "/-/tree/main"
	}
	path = strings.Trim(path, "/")
	if caseInsensitiveHosts[host] {
		path = strings.ToLower(path)
	}
	if host == "github.com" || host == "bitbucket.org" {
		// owner/repo[/tree/ref/dir…]: keep the first two segments.
		parts := strings.SplitN(path, "/", 3)
		if len(parts) < 2 || parts[0] == "" || parts[1] == "" {
			return ""
		}
		path = parts[0] + "/" + parts[1]
	}
	for {
		trimmed := strings.TrimRight(strings.TrimSuffix(path, ".git"), "/")
		if trimmed == path {
			break
		}
		path = trimmed
	}
	if (host == "github.com" || host == "bitbucket.org") && strings.Count(path, "/") != 1 {
		return "" // owner/repo lost a part to trimming (e.g. "owner/.git")
	}
	if path == "" || !safePath(path) || !safePath(host) || strings.Contains(host, "/") {
		return ""
	}
	return "https://" + host + "/" + path
}

// safePath accepts the characters of GitHub/GitLab owner, group and
// repository names (and hosts), so that the result reads back unchanged.
func safePath(p string) bool {
	for i := 0; i < len(p); i++ {
		c := p[i]
		if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || strings.IndexByte("-._/", c) >= 0) {
			return false
		}
	}
	return !strings.Contains(p, "//") && !strings.HasPrefix(p, ".")
}
