// Command gen writes the popularity list that internal/typosquat embeds.
//
//	go run ./internal/typosquat/gen -in ../shared/data/npm-popular.tsv -out internal/typosquat/popular.tsv.gz
//
// (or `go generate ./internal/typosquat` from the repository root). The
// output is deterministic gzip of typosquat.BuildList; TestEmbeddedListInSync
// fails when the committed file drifts from the source list.
package main

import (
	"bytes"
	"flag"
	"fmt"
	"os"

	"github.com/klauspost/compress/gzip"

	"github.com/depfence/depfence/internal/typosquat"
)

func main() {
	in := flag.String("in", "", "source list: name<TAB>monthly downloads")
	out := flag.String("out", "popular.tsv.gz", "output file")
	limit := flag.Int("n", typosquat.EmbeddedLimit, "keep the n most downloaded names (0: all)")
	flag.Parse()
	if err := run(*in, *out, *limit); err != nil {
		fmt.Fprintln(os.Stderr, "gen:", err)
		os.Exit(1)
	}
}

func run(in, out string, limit int) error {
	f, err := os.Open(in)
	if err != nil {
		return err
	}
	defer f.Close()
	text, err := typosquat.BuildList(f, limit)
	if err != nil {
		return fmt.Errorf("%s: %w", in, err)
	}
	var buf bytes.Buffer
	zw, err := gzip.NewWriterLevel(&buf, gzip.BestCompression)
	if err != nil {
		return err
	}
	if _, err := zw.Write(text); err != nil {
		return err
	}
	if err := zw.Close(); err != nil {
		return err
	}
	tmp := out + ".tmp"
	if err := os.WriteFile(tmp, buf.Bytes(), 0o644); err != nil {
		return err
	}
	return os.Rename(tmp, out)
}
