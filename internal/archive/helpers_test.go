package archive

import (
	"archive/tar"
	"bytes"
	"fmt"
	"io"
	"strconv"
	"testing"
	"time"

	"github.com/klauspost/compress/gzip"
)

// ent is one tar entry for the archives the tests build.
type ent struct {
	name string
	typ  byte // tar.TypeReg when zero
	body string
	link string
	mode int64 // 0: 0644; -1: 0000
	pax  map[string]string
}

func reg(name, body string) ent         { return ent{name: name, body: body} }
func dir(name string) ent               { return ent{name: name, typ: tar.TypeDir} }
func symlink(name, target string) ent   { return ent{name: name, typ: tar.TypeSymlink, link: target} }
func hardlink(name, target string) ent  { return ent{name: name, typ: tar.TypeLink, link: target} }
func special(name string, typ byte) ent { return ent{name: name, typ: typ} }

var epoch = time.Date(2026, 1, 2, 3, 4, 5, 0, time.UTC)

func writeTar(tb testing.TB, w io.Writer, entries ...ent) {
	tb.Helper()
	tw := tar.NewWriter(w)
	for _, e := range entries {
		typ := e.typ
		if typ == 0 {
			typ = tar.TypeReg
		}
		mode := e.mode
		switch mode {
		case 0:
			mode = 0o644
		case -1:
			mode = 0
		}
		h := &tar.Header{Name: e.name, Typeflag: typ, Linkname: e.link, Mode: mode, ModTime: epoch, PAXRecords: e.pax, Format: tar.FormatPAX}
		if typ == tar.TypeReg {
			h.Size = int64(len(e.body))
		}
		if err := tw.WriteHeader(h); err != nil {
			tb.Fatalf("write header %q: %v", e.name, err)
		}
		if typ == tar.TypeReg {
			if _, err := io.WriteString(tw, e.body); err != nil {
				tb.Fatalf("write %q: %v", e.name, err)
			}
		}
	}
	if err := tw.Close(); err != nil {
		tb.Fatalf("close tar: %v", err)
	}
}

func tarball(tb testing.TB, entries ...ent) []byte {
	tb.Helper()
	var buf bytes.Buffer
	writeTar(tb, &buf, entries...)
	return buf.Bytes()
}

func gz(tb testing.TB, data []byte) []byte {
	tb.Helper()
	var buf bytes.Buffer
	zw := gzip.NewWriter(&buf)
	zw.Write(data)
	if err := zw.Close(); err != nil {
		tb.Fatalf("gzip: %v", err)
	}
	return buf.Bytes()
}

func tgz(tb testing.TB, entries ...ent) []byte {
	tb.Helper()
	return gz(tb, tarball(tb, entries...))
}

// rawHeader builds one 512-byte ustar header by hand, for headers the
// tar.Writer refuses to produce. size is written verbatim into the size
// field (octal string, or raw bytes for base-256).
func rawHeader(name string, typ byte, size []byte) []byte {
	h := make([]byte, 512)
	copy(h[0:100], name)
	copy(h[100:108], "0000644\x00")
	copy(h[108:116], "0000000\x00")
	copy(h[116:124], "0000000\x00")
	copy(h[124:136], size)
	copy(h[136:148], "00000000000\x00")
	h[156] = typ
	copy(h[257:263], "ustar\x00")
	copy(h[263:265], "00")
	copy(h[148:156], "        ")
	sum := 0
	for _, c := range h {
		sum += int(c)
	}
	copy(h[148:156], fmt.Sprintf("%06o\x00 ", sum))
	return h
}

func octal(n int64) []byte { return []byte(fmt.Sprintf("%011s\x00", strconv.FormatInt(n, 8))) }

// pad rounds data up to a whole number of 512-byte blocks.
func pad(data []byte) []byte {
	if r := len(data) % 512; r != 0 {
		data = append(data, make([]byte, 512-r)...)
	}
	return data
}

// endOfArchive is the two zero blocks that end a tar.
var endOfArchive = make([]byte, 1024)
