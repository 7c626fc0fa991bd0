package jsast

import (
	"bytes"
	"encoding/json"
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/evanw/esbuild/pkg/api"
)

// transform turns TS/TSX/JSX, or JS the parser rejects, into plain JS the
// parser takes, with esbuild, returning the code and a generated-line ->
// original-line table from its source map. The caller has already checked
// the nesting depth (esbuild's parser overflows the Go stack, fatally, on
// extreme nesting).
func transform(name string, src []byte, loader api.Loader) (code []byte, lines []int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("esbuild panic: %v", r)
		}
	}()
	// esbuild v0.28.2 loops forever quoting invalid UTF-8 into a source
	// map: hand it valid UTF-8 (line structure is unchanged) and no
	// sourcesContent.
	input := string(src)
	if !utf8.ValidString(input) {
		input = strings.ToValidUTF8(input, "\uFFFD")
	}
	res := api.Transform(input, api.TransformOptions{
		Loader: loader,
		// ES2022: esbuild lowers what the parser does not know yet
		// (using, decorators) and drops import assertions
		Target:         api.ES2022,
		Sourcemap:      api.SourceMapExternal,
		SourcesContent: api.SourcesContentExclude,
		LogLevel:       api.LogLevelSilent,
		Charset:        api.CharsetUTF8,
	})
	if len(res.Errors) > 0 {
		return nil, nil, fmt.Errorf("transform %q: %s", name, res.Errors[0].Text)
	}
	return res.Code, mapLines(res.Map), nil
}

// mapLines decodes the "mappings" of a source map down to the original
// line of the first segment of each generated line (1-based; 0 unknown).
func mapLines(sm []byte) []int {
	mappings, ok := mappingsField(sm)
	if !ok {
		var m struct {
			Mappings string `json:"mappings"`
		}
		if json.Unmarshal(sm, &m) != nil {
			return nil
		}
		mappings = m.Mappings
	}
	out := make([]int, strings.Count(mappings, ";")+1)
	line, srcLine, first := 0, 0, true
	var vals [5]int
	rest := mappings
	for len(rest) > 0 {
		i := strings.IndexAny(rest, ",;")
		seg := rest
		if i >= 0 {
			seg = rest[:i]
		}
		if n := decodeVLQ(seg, vals[:0]); len(n) >= 4 {
			srcLine += n[2]
			if first {
				out[line] = srcLine + 1
				first = false
			}
		}
		if i < 0 {
			break
		}
		if rest[i] == ';' {
			line++
			first = true
		}
		rest = rest[i+1:]
	}
	return out
}

// mappingsField finds the "mappings" string of a source map without
// decoding the rest of the JSON: a quote in a JSON string is escaped, so
// "mappings" followed by a colon is the key, and its value (Base64, commas
// and semicolons) has nothing to unescape. False if it is not there in
// that form.
func mappingsField(sm []byte) (string, bool) {
	i := bytes.Index(sm, []byte(`"mappings"`))
	if i < 0 {
		return "", false
	}
	rest := bytes.TrimLeft(sm[i+len(`"mappings"`):], " \t\r\n")
	if len(rest) == 0 || rest[0] != ':' {
		return "", false
	}
	rest = bytes.TrimLeft(rest[1:], " \t\r\n")
	if len(rest) == 0 || rest[0] != '"' {
		return "", false
	}
	end := bytes.IndexByte(rest[1:], '"')
	if end < 0 || bytes.IndexByte(rest[1:1+end], '\\') >= 0 {
		return "", false
	}
	return string(rest[1 : 1+end]), true
}

// decodeVLQ appends the Base64 VLQ values of one source map segment to
// out, stopping at the first character that is not part of one.
func decodeVLQ(s string, out []int) []int {
	v, shift := 0, 0
	for i := 0; i < len(s); i++ {
		d := int(base64Value[s[i]])
		if d < 0 {
			return out
		}
		v += (d & 31) << shift
		if d&32 != 0 {
			shift += 5
			if shift > 30 {
				return out
			}
			continue
		}
		if v&1 != 0 {
			out = append(out, -(v >> 1))
		} else {
			out = append(out, v>>1)
		}
		v, shift = 0, 0
	}
	return out
}

// base64Value maps a Base64 character to its value, other bytes to -1.
var base64Value = func() (t [256]int8) {
	for i := range t {
		t[i] = -1
	}
	for i, c := range "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/" {
		t[c] = int8(i)
	}
	return t
}()
