// Package lockfile defines how a lockfile format is read into a
// depgraph.Graph: the Parser interface, its Input and its errors. Each format
// lives in its own subpackage; the one list of them is in package formats.
package lockfile

import (
	"context"
	"errors"
	"fmt"
	"io/fs"

	"github.com/depfence/depfence/internal/depgraph"
)

// Sentinel errors.
var (
	// ErrNoLockfile: the directory holds no lockfile any parser knows.
	ErrNoLockfile = errors.New("no lockfile found")
	// ErrUnsupported: a lockfile format depfence recognises but cannot read.
	ErrUnsupported = errors.New("unsupported lockfile")
	// ErrMalformed: the file is not a valid lockfile of its format.
	ErrMalformed = errors.New("malformed lockfile")
	// ErrTooLarge: the file exceeds MaxSize.
	ErrTooLarge = errors.New("lockfile too large")
)

// Input is what a parser reads. Parsers open no files themselves: they read
// the lockfile from Data and may read the project's manifests (package.json
// of the root and of workspaces) through Project.
type Input struct {
	// Path names the lockfile in errors; it is not opened by the parser.
	Path string
	Data []byte
	// Project is the directory that holds the lockfile; nil when unknown.
	Project fs.FS
}

// Parser reads one lockfile format.
type Parser interface {
	// Name is a short format name ("npm", "yarn", "pnpm", "bun").
	Name() string
	// Match reports whether a file's base name belongs to this format.
	Match(base string) bool
	// Parse builds the graph. It returns a *ParseError for malformed input.
	// The returned graph has been finalized.
	Parse(ctx context.Context, in Input) (*depgraph.Graph, error)
}

// ParseError locates an error in a lockfile.
type ParseError struct {
	Path string
	Line int // 1-based, 0 when unknown
	Err  error
}

func (e *ParseError) Error() string {
	if e.Line > 0 {
		return fmt.Sprintf("%s:%d: %v", e.Path, e.Line, e.Err)
	}
	return fmt.Sprintf("%s: %v", e.Path, e.Err)
}

func (e *ParseError) Unwrap() error { return e.Err }

// Errorf returns a *ParseError wrapping ErrMalformed with a message.
func Errorf(path string, line int, format string, args ...any) error {
	return &ParseError{Path: path, Line: line, Err: fmt.Errorf("%w: %s", ErrMalformed, fmt.Sprintf(format, args...))}
}
