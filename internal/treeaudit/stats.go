package treeaudit

import (
	"bufio"
	"bytes"
	"io"
	"io/fs"
	"regexp"
	"strings"

	"github.com/depfence/depfence/internal/analyze"
)

// MaxStatFiles bounds the files StatsFS reads.
const MaxStatFiles = 5000

// maxStatBytes bounds the bytes StatsFS reads per file.
const maxStatBytes = 4 << 20

var (
	nonCode = regexp.MustCompile(`(^|/)(tests?|__tests__|spec|specs|__mocks__|fixtures?|e2e|docs?|examples?|demos?|benchmarks?|bench|coverage)(/|$)|\.(test|spec)\.[cm]?[jt]sx?$`)
	// minified files count one line per 200 bytes so a one-line bundle is
	// never "trivial"
	minifiedWidth = 200
)

// StatsFS measures a package tree: regular files, and code files outside
// tests and docs with their non-blank lines.
func StatsFS(fsys fs.FS) (*FileStats, error) {
	st := &FileStats{}
	err := fs.WalkDir(fsys, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return nil
		}
		if !d.Type().IsRegular() {
			return nil
		}
		st.Files++
		if st.Files > MaxStatFiles {
			return fs.SkipAll
		}
		if !analyze.IsCode(p) || nonCode.MatchString(strings.ToLower(p)) {
			return nil
		}
		f, err := fsys.Open(p)
		if err != nil {
			return nil
		}
		defer f.Close()
		lines, n := countLines(io.LimitReader(f, maxStatBytes))
		st.CodeFiles++
		st.CodeLines += lines
		st.CodeBytes += n
		return nil
	})
	return st, err
}

// countLines counts non-blank lines, a long line as one per 200 bytes.
func countLines(r io.Reader) (int, int64) {
	br := bufio.NewReader(r)
	lines := 0
	var total int64
	for {
		line, err := br.ReadSlice('\n')
		total += int64(len(line))
		if len(bytes.TrimSpace(line)) > 0 {
			lines += 1 + len(line)/minifiedWidth
		}
		if err == bufio.ErrBufferFull {
			// a very long line: count it in chunks
			for err == bufio.ErrBufferFull {
				line, err = br.ReadSlice('\n')
				total += int64(len(line))
				lines += len(line) / minifiedWidth
			}
		}
		if err != nil {
			return lines, total
		}
	}
}
