package jsast

import (
	"bytes"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
)

// byteScanSpec is byteScan written the plain way, one byte at a time over
// the whole file, as the specification the fast version must match. What
// it does with each non-ASCII character is unicodeRun's, started at each
// non-ASCII byte that follows an ASCII one.
func byteScanSpec(f *Facts, s *source) {
	src := s.src
	f.Size, f.Lines = len(src), len(s.nl)+1
	lineStart, wsRun, nonWSBefore, depth := 0, 0, false, 0
	for i := 0; i < len(src); {
		c := src[i]
		if c >= utf8.RuneSelf {
			// a valid character ends a blank run without being code
			r, sz := utf8.DecodeRune(src[i:])
			if r != utf8.RuneError || sz != 1 {
				wsRun, nonWSBefore = 0, true
			}
			i += sz
			continue
		}
		switch c {
		case ' ', '\t':
			wsRun++
		case '\n':
			f.LongestLine = max(f.LongestLine, i-lineStart)
			lineStart, wsRun, nonWSBefore = i+1, 0, false
		default:
			if wsRun >= 120 && nonWSBefore && c != '/' && c != '*' && len(f.Hidden) < 50 {
				f.Hidden = append(f.Hidden, Hidden{Gap: wsRun, Pos: s.pos(i), Snippet: s.excerptFrom(i)})
			}
			wsRun, nonWSBefore = 0, true
			switch c {
			case '(', '[', '{':
				depth++
				f.MaxDepth = max(f.MaxDepth, depth)
			case ')', ']', '}':
				depth = max(depth-1, 0)
			}
		}
		i++
	}
	f.LongestLine = max(f.LongestLine, len(src)-lineStart)
	for i := 0; i < len(src); {
		if src[i] < utf8.RuneSelf {
			i++
			continue
		}
		i = f.unicodeRun(s, i)
	}
}

// checkByteScan compares byteScan with the specification on src, the
// depth measured whatever the bracket count (limit -1).
func checkByteScan(t *testing.T, src []byte) {
	t.Helper()
	s := newSource(src)
	var got, want Facts
	got.byteScan(s, Limits{MaxDepth: -1})
	byteScanSpec(&want, s)
	if d := cmp.Diff(want, got, cmp.AllowUnexported(Snippet{}, source{})); d != "" {
		t.Fatalf("byteScan(%q) (-want +got):\n%s", clip(string(src), 300), d)
	}
}

var byteScanCases = []string{
	"",
	"a",
	"const x = 1;\nfoo(bar[baz{}]);\n",
	"x = 1;" + strings.Repeat(" ", 130) + "require('child_process')",
	"x = 1;" + strings.Repeat(" ", 119) + "y()",                                   // one short of the gap
	"x = 1;" + strings.Repeat(" \t", 70) + "y()",                                  // mixed blanks
	"x = 1;" + strings.Repeat(" ", 130) + "// a comment",                          // a comment is not code
	strings.Repeat(" ", 200) + "y()",                                              // nothing before the run
	"x = 1;" + strings.Repeat(" ", 60) + "\xff" + strings.Repeat(" ", 70) + "y()", // an invalid byte keeps the run
	"x = 1;" + strings.Repeat("   \x80", 40) + "y()",                              // blanks strewn with invalid bytes
	"x = 1;" + strings.Repeat(" ", 130) + "é = 2",                                 // a letter ends it unrecorded
	"x = 1;" + strings.Repeat(" ", 130) + "\r\n",                                  // CR counts as code
	"a\u200b\u200b\u200b\u200bb",                                                  // invisible run
	"\ufeffconst a = 1",                                                           // BOM
	"s = '\u202e' + x; /* \u202a */",                                              // bidi
	"var \u3164 = 1",                                                              // filler
	"🏴\U000E0067\U000E0062\U000E0065\U000E006E\U000E0067\U000E007F",               // England's flag
	"x\U000E0041y",          // a tag
	"\xff\xfe\x80 bad \xc3", // invalid UTF-8
	"((((" + strings.Repeat("[{", 300) + "))))",
	")]}" + "(((",
	strings.Repeat("a", 5000) + "\n" + strings.Repeat("b", 10),
}

func TestByteScanMatchesSpec(t *testing.T) {
	for _, c := range byteScanCases {
		checkByteScan(t, []byte(c))
	}
	// every alignment of a hidden run and of non-ASCII text
	for pad := range 16 {
		checkByteScan(t, []byte(strings.Repeat("x", pad)+";"+strings.Repeat(" ", 120)+"y()"))
		checkByteScan(t, []byte(strings.Repeat("x", pad)+"\u200b\u200d\u200b\u200d;"))
	}
}

func TestByteScanDepthOnlyPastLimit(t *testing.T) {
	for _, c := range []struct {
		src   string
		limit int
		depth int // 0: not measured
	}{
		{"a(b(c(d)))", 3, 0},
		{"a(b(c(d)))", 2, 3},
		// balanced brackets over many blocks stay far under the limit
		{strings.Repeat("f(a[1], {b: 2});\n", 5000), 400, 0},
		{strings.Repeat("f(", 401) + strings.Repeat(")", 401), 400, 401},
		// deep nesting built up across blocks, closers between
		{strings.Repeat("(((( x ))) ", 2000), 400, 2003},
		// closers first do not lower the depth that follows
		{strings.Repeat(")", 3000) + strings.Repeat("[", 401), 400, 401},
	} {
		var f Facts
		f.byteScan(newSource([]byte(c.src)), Limits{MaxDepth: c.limit})
		if f.MaxDepth != c.depth {
			t.Errorf("%.30q… limit %d: depth %d, want %d", c.src, c.limit, f.MaxDepth, c.depth)
		}
	}
}

// FuzzMayNestPast checks the block bound never misses nesting past the
// limit.
func FuzzMayNestPast(f *testing.F) {
	f.Add([]byte("((([[[{{{"), 3)
	f.Add(bytes.Repeat([]byte(")("), 3000), 2)
	f.Fuzz(func(t *testing.T, src []byte, limit int) {
		if d := bracketDepth(src); d > limit && !mayNestPast(src, limit) {
			t.Fatalf("depth %d past limit %d not flagged", d, limit)
		}
	})
}

func FuzzByteScan(f *testing.F) {
	for _, c := range byteScanCases {
		f.Add([]byte(c))
	}
	f.Add(bytes.Repeat([]byte("\t \xe2\x80\x8b"), 50))
	f.Fuzz(func(t *testing.T, src []byte) {
		checkByteScan(t, src)
	})
}
