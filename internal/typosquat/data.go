package typosquat

import (
	"bytes"
	_ "embed"
	"fmt"
	"io"
	"sync"

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

var (
	defaultOnce  sync.Once
	defaultIndex *Index
	defaultErr   error
)

// Default returns the Index over the embedded popularity list with
// DefaultOptions, built once on first use.
func Default() (*Index, error) {
	defaultOnce.Do(func() {
		b, err := EmbeddedList()
		if err != nil {
			defaultErr = err
			return
		}
		pkgs, err := ParseList(bytes.NewReader(b))
		if err != nil {
			defaultErr = fmt.Errorf("embedded popularity list: %w", err)
			return
		}
		defaultIndex = New(pkgs, DefaultOptions())
	})
	return defaultIndex, defaultErr
}
