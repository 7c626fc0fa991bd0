package trust

import (
	"encoding/json"
	"testing"
)

var repositoryCases = []struct{ in, want string }{
	{"git+https://github.com/sigstore/sigstore-js.git", "https://github.com/sigstore/sigstore-js"},
	{"https://github.com/sigstore/sigstore-js", "https://github.com/sigstore/sigstore-js"},
	{"https://github.com/Sigstore/Sigstore-JS/", "https://github.com/sigstore/sigstore-js"},
	{"http://www.github.com/sigstore/sigstore-js.git", "https://github.com/sigstore/sigstore-js"},
	{"git://github.com/sigstore/sigstore-js.git", "https://github.com/sigstore/sigstore-js"},
	{"git+ssh://git@github.com/sigstore/sigstore-js.git", "https://github.com/sigstore/sigstore-js"},
	{"ssh://git@github.com/sigstore/sigstore-js", "https://github.com/sigstore/sigstore-js"},
	{"git@github.com:sigstore/sigstore-js.git", "https://github.com/sigstore/sigstore-js"},
	{"github:sigstore/sigstore-js", "https://github.com/sigstore/sigstore-js"},
	{"sigstore/sigstore-js", "https://github.com/sigstore/sigstore-js"},
	{"https://github.com/sigstore/sigstore-js/tree/main/packages/tuf", "https://github.com/sigstore/sigstore-js"},
	{"https://github.com/sigstore/sigstore-js#main", "https://github.com/sigstore/sigstore-js"},
	{"git+https://github.com/sigstore/sigstore-js@refs/tags/v1.0.0", "https://github.com/sigstore/sigstore-js"},
	{"gitlab:group/sub/project", "https://gitlab.com/group/sub/project"},
	{"https://gitlab.com/Group/Project.git", "https://gitlab.com/group/project"},
	{"https://gitlab.com/group/project/-/tree/main", "https://gitlab.com/group/project"},
	{"bitbucket:team/repo", "https://bitbucket.org/team/repo"},
	{"https://git.example.org/Team/Repo.git", "https://git.example.org/Team/Repo"},
	{"https://www.www.github.com/a/b.git.git/", "https://github.com/a/b"},
	{"https://git.example.org/a/b.git/", "https://git.example.org/a/b"},
	{"", ""},
	{"file:../local", ""},
	{"gist:11081aaa281", ""},
	{"ftp://github.com/a/b", ""},
	{"https://github.com/onlyowner", ""},
	{"not a url at all", ""},
	{"@scope/name", ""},
}

func TestNormalizeRepository(t *testing.T) {
	for _, tc := range repositoryCases {
		if got := NormalizeRepository(tc.in); got != tc.want {
			t.Errorf("NormalizeRepository(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestRepositoryURL(t *testing.T) {
	tests := []struct{ field, want string }{
		{`"github:a/b"`, "https://github.com/a/b"},
		{`{"type":"git","url":"git+https://github.com/a/b.git","directory":"packages/x"}`, "https://github.com/a/b"},
		{`{"type":"git"}`, ""},
		{`42`, ""},
		{``, ""},
		{`null`, ""},
	}
	for _, tc := range tests {
		if got := RepositoryURL(json.RawMessage(tc.field)); got != tc.want {
			t.Errorf("RepositoryURL(%s) = %q, want %q", tc.field, got, tc.want)
		}
	}
}

func TestPackagePURL(t *testing.T) {
	tests := []struct{ name, version, want string }{
		{"sigstore", "1.0.0", "pkg:npm/sigstore@1.0.0"},
		{"@sigstore/tuf", "5.0.1", "pkg:npm/%40sigstore/tuf@5.0.1"},
		{"@a/b", "1.0.0-rc.1+build", "pkg:npm/%40a/b@1.0.0-rc.1+build"},
	}
	for _, tc := range tests {
		if got := PackagePURL(tc.name, tc.version); got != tc.want {
			t.Errorf("PackagePURL(%q, %q) = %q, want %q", tc.name, tc.version, got, tc.want)
		}
	}
}
