package bunlock

import (
	"bytes"
	"errors"
	"sort"
)

// errUnterminated reports a comment or string that runs to the end of input.
var errUnterminated = errors.New("unterminated comment")

// stripJSONC returns a copy of data that encoding/json accepts: comments
// and trailing commas (bun.lock's JSONC dialect) are replaced by spaces, so
// byte offsets and line numbers stay those of the original. Strings are
// copied verbatim, escapes included. It runs in linear time: each trailing
// comma look-ahead stops at the next significant byte.
func stripJSONC(data []byte) ([]byte, error) {
	out := bytes.Clone(data)
	for i := 0; i < len(out); {
		switch c := out[i]; c {
		case '"':
			i = skipString(out, i)
		case '/':
			end, ok := commentEnd(out, i)
			if !ok {
				i++
				continue
			}
			if end < 0 {
				return nil, errUnterminated
			}
			blank(out[i:end])
			i = end
		case ',':
			j := i + 1
			for j < len(out) {
				if isSpace(out[j]) {
					j++
					continue
				}
				if out[j] == '/' {
					end, ok := commentEnd(out, j)
					if ok && end >= 0 {
						blank(out[j:end])
						j = end
						continue
					}
				}
				break
			}
			if j < len(out) && (out[j] == '}' || out[j] == ']') {
				out[i] = ' '
			}
			i = j
		default:
			i++
		}
	}
	return out, nil
}

// skipString returns the index after the string starting at out[i] == '"';
// an unterminated string runs to the end (the JSON decoder reports it).
func skipString(out []byte, i int) int {
	for j := i + 1; j < len(out); j++ {
		switch out[j] {
		case '\\':
			j++
		case '"':
			return j + 1
		}
	}
	return len(out)
}

// commentEnd reports whether out[i:] starts a comment and where it ends
// (-1 when a block comment is unterminated).
func commentEnd(out []byte, i int) (end int, ok bool) {
	if i+1 >= len(out) {
		return 0, false
	}
	switch out[i+1] {
	case '/':
		if k := bytes.IndexByte(out[i:], '\n'); k >= 0 {
			return i + k, true
		}
		return len(out), true
	case '*':
		if k := bytes.Index(out[i+2:], []byte("*/")); k >= 0 {
			return i + 2 + k + 2, true
		}
		return -1, true
	}
	return 0, false
}

// blank replaces every byte but newlines with a space.
func blank(b []byte) {
	for k := range b {
		if b[k] != '\n' {
			b[k] = ' '
		}
	}
}

func isSpace(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\r' }

// lineIndex maps byte offsets to 1-based line numbers.
type lineIndex []int // offsets of '\n'

func newLineIndex(data []byte) lineIndex {
	idx := make(lineIndex, 0, bytes.Count(data, []byte{'\n'}))
	for i, c := range data {
		if c == '\n' {
			idx = append(idx, i)
		}
	}
	return idx
}

// line returns the line holding byte offset off.
func (l lineIndex) line(off int64) int {
	return sort.Search(len(l), func(k int) bool { return int64(l[k]) >= off }) + 1
}
