// Package formats is the one list of lockfile parsers, plus detection and
// loading of a project's lockfile.
package formats

import (
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"github.com/depfence/depfence/internal/depgraph"
	"github.com/depfence/depfence/internal/lockfile"
	"github.com/depfence/depfence/internal/lockfile/bunlock"
	"github.com/depfence/depfence/internal/lockfile/npmlock"
	"github.com/depfence/depfence/internal/lockfile/pnpmlock"
	"github.com/depfence/depfence/internal/lockfile/yarnlock"
)

// MaxSize caps how many bytes of a lockfile are read. The largest real
// lockfiles are a few MB; anything far beyond is hostile or not a lockfile.
const MaxSize = 256 << 20

// DetectOrder is the order in which Detect looks for lockfiles in a
// directory.
var DetectOrder = []string{
	"npm-shrinkwrap.json",
	"package-lock.json",
	"pnpm-lock.yaml",
	"yarn.lock",
	"bun.lock",
	"bun.lockb",
}

// Parsers returns the one list of lockfile parsers, in detection order.
// Each format package registers here with one line.
func Parsers() []lockfile.Parser {
	return []lockfile.Parser{
		npmlock.Parser{},
		pnpmlock.Parser{},
		yarnlock.Parser{},
		bunlock.Parser{},
	}
}

// ForFile returns the parser for a lockfile base name.
func ForFile(base string) (lockfile.Parser, bool) {
	for _, p := range Parsers() {
		if p.Match(base) {
			return p, true
		}
	}
	return nil, false
}

// Detect finds the lockfile in dir, in the order npm itself and the other
// package managers give precedence: npm-shrinkwrap.json, package-lock.json,
// pnpm-lock.yaml, yarn.lock, bun.lock, bun.lockb.
func Detect(dir string) (string, error) {
	for _, name := range DetectOrder {
		p := filepath.Join(dir, name)
		if st, err := os.Stat(p); err == nil && st.Mode().IsRegular() {
			return p, nil
		}
	}
	return "", fmt.Errorf("%w in %q (looked for %v); pass --lockfile PATH", lockfile.ErrNoLockfile, dir, DetectOrder)
}

// Load reads and parses the lockfile at path. The project directory is the
// lockfile's directory.
func Load(ctx context.Context, path string) (*depgraph.Graph, error) {
	p, ok := ForFile(filepath.Base(path))
	if !ok {
		return nil, &lockfile.ParseError{Path: path, Err: fmt.Errorf("%w: unknown lockfile name %q (want one of %v)", lockfile.ErrUnsupported, filepath.Base(path), DetectOrder)}
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("open lockfile: %w", err)
	}
	defer f.Close()
	if st, err := f.Stat(); err == nil && !st.Mode().IsRegular() {
		return nil, &lockfile.ParseError{Path: path, Err: fmt.Errorf("%w: not a regular file", lockfile.ErrMalformed)}
	}
	data, err := io.ReadAll(io.LimitReader(f, MaxSize+1))
	if err != nil {
		return nil, &lockfile.ParseError{Path: path, Err: fmt.Errorf("read: %w", err)}
	}
	if len(data) > MaxSize {
		return nil, &lockfile.ParseError{Path: path, Err: fmt.Errorf("%w: more than %d bytes", lockfile.ErrTooLarge, MaxSize)}
	}
	g, err := p.Parse(ctx, lockfile.Input{Path: path, Data: data, Project: os.DirFS(filepath.Dir(path))})
	if err != nil {
		return nil, err
	}
	g.Path = path
	return g, nil
}
