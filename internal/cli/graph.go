package cli

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"

	"github.com/depfence/depfence/internal/depgraph"
	"github.com/depfence/depfence/internal/lockfile"
	"github.com/depfence/depfence/internal/lockfile/formats"
)

// projectFlags are the flags of commands that read a project's lockfile.
type projectFlags struct {
	lockfile string
}

// load reads the graph of the project in dir (or of --lockfile).
func (p *projectFlags) load(ctx context.Context, g *globals, args []string) (*depgraph.Graph, error) {
	dir := "."
	if len(args) > 0 {
		dir = args[0]
	}
	path := p.lockfile
	if path == "" {
		st, err := os.Stat(dir)
		if err != nil {
			return nil, usagef("project directory: %v", err)
		}
		if !st.IsDir() {
			// A lockfile given as the positional argument.
			path = dir
		} else {
			path, err = formats.Detect(dir)
			if err != nil {
				return nil, usageError{err}
			}
		}
	}
	g.logger.Debug("reading lockfile", "path", path)
	graph, err := formats.Load(ctx, path)
	if err != nil {
		if errors.Is(err, lockfile.ErrUnsupported) {
			return nil, exitError{code: ExitOperation, err: err}
		}
		return nil, err
	}
	for _, pr := range graph.Problems {
		g.logger.Warn("lockfile entry problem", "lockfile", path, "line", pr.Line, "key", pr.Key, "problem", pr.Message)
	}
	return graph, nil
}

func writeJSON(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		return fmt.Errorf("write json: %w", err)
	}
	return nil
}
