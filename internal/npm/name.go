package npm

import (
	"errors"
	"fmt"
	"strings"
)

// ErrInvalidName is returned (wrapped) for a string that is not a valid npm
// package name.
var ErrInvalidName = errors.New("invalid package name")

// PackageName is a validated npm package name, scoped ("@scope/name") or not.
type PackageName string

// Scope returns the scope without "@", or "" for an unscoped name.
func (n PackageName) Scope() string {
	s := string(n)
	if !strings.HasPrefix(s, "@") {
		return ""
	}
	scope, _, _ := strings.Cut(s[1:], "/")
	return scope
}

// Bare returns the name without its scope.
func (n PackageName) Bare() string {
	s := string(n)
	if i := strings.IndexByte(s, '/'); i >= 0 && strings.HasPrefix(s, "@") {
		return s[i+1:]
	}
	return s
}

// ParseName validates s with the registry's rules for names that may be
// installed (the legacy rules: mixed case and long names are accepted since
// old packages use them; new packages cannot).
func ParseName(s string) (PackageName, error) {
	if s == "" {
		return "", fmt.Errorf("%w: empty", ErrInvalidName)
	}
	if len(s) > 214 {
		return "", fmt.Errorf("%w: %q is longer than 214 characters", ErrInvalidName, clip(s))
	}
	rest := s
	if strings.HasPrefix(s, "@") {
		scope, name, ok := strings.Cut(s[1:], "/")
		if !ok || scope == "" || name == "" || strings.Contains(name, "/") {
			return "", fmt.Errorf("%w: %q is not @scope/name", ErrInvalidName, clip(s))
		}
		if err := checkPart(scope); err != nil {
			return "", fmt.Errorf("%w: %q: scope %v", ErrInvalidName, clip(s), err)
		}
		rest = name
	}
	if err := checkPart(rest); err != nil {
		return "", fmt.Errorf("%w: %q: %v", ErrInvalidName, clip(s), err)
	}
	return PackageName(s), nil
}

func checkPart(p string) error {
	if p == "" {
		return errors.New("is empty")
	}
	if p[0] == '.' || p[0] == '_' {
		return errors.New("starts with '.' or '_'")
	}
	if p == "node_modules" || p == "favicon.ico" {
		return errors.New("is a reserved name")
	}
	for i := 0; i < len(p); i++ {
		c := p[i]
		ok := c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' ||
			strings.IndexByte("-._~!*'()", c) >= 0
		if !ok {
			return fmt.Errorf("has URL-unsafe character %q", c)
		}
	}
	return nil
}

// SplitNameSpec splits "name@spec" or "@scope/name@spec" at the separating
// "@". A string without a spec returns spec "".
func SplitNameSpec(s string) (name, spec string) {
	start := 0
	if strings.HasPrefix(s, "@") {
		start = 1
	}
	if i := strings.IndexByte(s[start:], '@'); i >= 0 {
		return s[:start+i], s[start+i+1:]
	}
	return s, ""
}
