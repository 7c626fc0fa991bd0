package npmrc

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
)

// MaxFileSize caps the bytes read from one .npmrc file.
const MaxFileSize = 1 << 20

// ErrSyntax is wrapped by every *ParseError.
var ErrSyntax = errors.New("invalid npmrc")

// ParseError locates a problem in an .npmrc file or in the environment. Its
// message names the file, the line and the key, never the value.
type ParseError struct {
	File string // file path, or "environment"
	Line int    // 1-based; 0 for the environment or the whole file
	Key  string // the config key, "" when the line has none
	Err  error
}

func (e *ParseError) Error() string {
	var b strings.Builder
	b.WriteString("npmrc: ")
	b.WriteString(e.File)
	if e.Line > 0 {
		fmt.Fprintf(&b, ":%d", e.Line)
	}
	if e.Key != "" {
		fmt.Fprintf(&b, ": %q", clipKey(e.Key))
	}
	b.WriteString(": ")
	b.WriteString(e.Err.Error())
	return b.String()
}

func (e *ParseError) Unwrap() error { return e.Err }

// entry is one key of one layer, before typing.
type entry struct {
	key    string
	value  string   // scalar value ("true" for a bare key)
	values []string // for key[] arrays
	array  bool
	file   string
	line   int
}

// parseINI reads npm's ini dialect (the "ini" package): lines split on CR or
// LF, ";" and "#" comments, "key = value", bare "key" meaning true, quoted
// values (double quotes JSON-decoded, single quotes taken literally),
// inline comments in unquoted values with "\;" and "\#" escapes, "key[]"
// arrays and "[section]" headers (whose keys npm does not read). Keys and
// values are returned unexpanded. The last of duplicate scalar keys wins.
func parseINI(file string, data []byte) ([]entry, error) {
	if len(data) > MaxFileSize {
		return nil, &ParseError{File: file, Err: fmt.Errorf("%w: file has %d bytes, limit %d", ErrSyntax, len(data), MaxFileSize)}
	}
	if bytes.IndexByte(data, 0) >= 0 {
		return nil, &ParseError{File: file, Err: fmt.Errorf("%w: file contains a NUL byte", ErrSyntax)}
	}
	data = bytes.TrimPrefix(data, []byte("\xef\xbb\xbf"))
	var out []entry
	index := map[string]int{}
	inSection := false
	line := 0
	for len(data) > 0 {
		var raw []byte
		i := bytes.IndexAny(data, "\r\n")
		if i < 0 {
			raw, data = data, nil
		} else {
			raw = data[:i]
			// count the line break(s) exactly: CRLF is one line end
			if data[i] == '\r' && i+1 < len(data) && data[i+1] == '\n' {
				data = data[i+2:]
			} else {
				data = data[i+1:]
			}
		}
		line++
		s := strings.TrimSpace(string(raw))
		if s == "" || s[0] == ';' || s[0] == '#' {
			continue
		}
		if s[0] == '[' && strings.HasSuffix(s, "]") {
			// npm reads only top-level keys; keys under a section are ignored.
			inSection = true
			continue
		}
		if inSection {
			continue
		}
		k, v, hasValue := strings.Cut(s, "=")
		key := unquoteINI(k)
		if key == "" {
			return nil, &ParseError{File: file, Line: line, Err: fmt.Errorf("%w: empty key", ErrSyntax)}
		}
		if key == "__proto__" {
			continue
		}
		value := "true"
		if hasValue {
			value = unquoteINI(v)
		}
		isArray := len(key) > 2 && strings.HasSuffix(key, "[]")
		if isArray {
			key = key[:len(key)-2]
		}
		if j, ok := index[key]; ok {
			e := &out[j]
			if isArray {
				if !e.array {
					e.array = true
					e.values = []string{e.value}
				}
				e.values = append(e.values, value)
			} else {
				*e = entry{key: key, value: value, file: file, line: line}
			}
			e.line = line
			continue
		}
		e := entry{key: key, value: value, file: file, line: line}
		if isArray {
			e.array, e.values = true, []string{value}
		}
		index[key] = len(out)
		out = append(out, e)
	}
	return out, nil
}

// unquoteINI is the ini package's "unsafe": trim, then either strip matching
// quotes or cut at the first unescaped ";" or "#".
func unquoteINI(s string) string {
	s = strings.TrimSpace(s)
	if len(s) >= 2 && (s[0] == '"' && s[len(s)-1] == '"' || s[0] == '\'' && s[len(s)-1] == '\'') {
		if s[0] == '\'' {
			s = s[1 : len(s)-1]
		}
		var decoded string
		if err := json.Unmarshal([]byte(s), &decoded); err == nil {
			return decoded
		}
		// ini keeps an undecodable quoted value verbatim ('' leaves "").
		return s
	}
	var b strings.Builder
	esc := false
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case esc:
			if c == '\\' || c == ';' || c == '#' {
				b.WriteByte(c)
			} else {
				b.WriteByte('\\')
				b.WriteByte(c)
			}
			esc = false
		case c == ';' || c == '#':
			return strings.TrimSpace(b.String())
		case c == '\\':
			esc = true
		default:
			b.WriteByte(c)
		}
	}
	if esc {
		b.WriteByte('\\')
	}
	return strings.TrimSpace(b.String())
}

// expandEnv is npm's env-replace: "${NAME}" becomes the variable's value
// (left as written when unset), "${NAME?}" becomes the value or "", and
// backslashes before "$" escape it in pairs.
func expandEnv(s string, lookup func(string) (string, bool)) string {
	if !strings.Contains(s, "${") {
		return s
	}
	var b strings.Builder
	i := 0
	for i < len(s) {
		j := strings.Index(s[i:], "${")
		if j < 0 {
			b.WriteString(s[i:])
			break
		}
		j += i
		// count backslashes immediately before "${"
		k := j
		for k > i && s[k-1] == '\\' {
			k--
		}
		// the regexp requires the run of backslashes not to be preceded by
		// another backslash; k is the run's start so that holds.
		end := strings.IndexByte(s[j+2:], '}')
		name := ""
		if end >= 0 {
			name = s[j+2 : j+2+end]
		}
		optional := strings.HasSuffix(name, "?")
		bare := strings.TrimSuffix(name, "?")
		if end < 0 || bare == "" || strings.ContainsAny(bare, "${}?") {
			b.WriteString(s[i : j+2])
			i = j + 2
			continue
		}
		b.WriteString(s[i:k])
		esc := j - k
		orig := s[k : j+2+end+1]
		if esc%2 == 1 {
			b.WriteString(orig[(esc+1)/2:])
		} else {
			b.WriteString(strings.Repeat("\\", esc/2))
			if v, ok := lookup(bare); ok {
				b.WriteString(v)
			} else if !optional {
				b.WriteString("${" + bare + "}")
			}
		}
		i = j + 2 + end + 1
	}
	return b.String()
}

func clipKey(s string) string {
	if len(s) > 80 {
		return s[:80] + "…"
	}
	return s
}
