package typosquat

import (
	"bytes"
	_ "embed"
	"fmt"
	"io"
	"sync"
	"weak"

	"github.com/klauspost/compress/gzip"
)

//go:generate go run ./gen -in ../../../shared/data/npm-popular.tsv -out popular.tsv.gz

// popularGz is the embedded popularity list (see BuildList), gzipped.
//
//go:embed popular.tsv.gz
var popularGz []byte

// EmbeddedList returns the embedded popularity list as plain text.
func EmbeddedList() ([]byte, error) {
	zr, err := gzip.NewReader(bytes.NewReader(popularGz))
	if err != nil {
		return nil, fmt.Errorf("embedded popularity list: %w", err)
	}
	defer zr.Close()
	b, err := io.ReadAll(io.LimitReader(zr, 64<<20))
	if err != nil {
		return nil, fmt.Errorf("embedded popularity list: %w", err)
	}
	return b, nil
}

// The default index is about 50 MB of maps. It is held weakly: a scan uses
// it for a moment, at the start, and a strong reference kept for the rest
// of the process made every garbage collection mark it again (cold scans of
// a 1,131-package project: 1.7-2.3 s of GC CPU with it, 1.2-1.6 s without).
var (
	defaultMu   sync.Mutex
	defaultWeak weak.Pointer[Index]
)

// Default returns the Index over the embedded popularity list with
// DefaultOptions. It is built on first use and shared while anyone holds
// it; once nobody does, the collector may drop it and the next call
// rebuilds it (about 250 ms). Callers that use it in turns keep one
// reference across them.
func Default() (*Index, error) {
	defaultMu.Lock()
	defer defaultMu.Unlock()
	if ix := defaultWeak.Value(); ix != nil {
		return ix, nil
	}
	b, err := EmbeddedList()
	if err != nil {
		return nil, err
	}
	pkgs, err := ParseList(bytes.NewReader(b))
	if err != nil {
		return nil, fmt.Errorf("embedded popularity list: %w", err)
	}
	ix := New(pkgs, DefaultOptions())
	defaultWeak = weak.Make(ix)
	return ix, nil
}
