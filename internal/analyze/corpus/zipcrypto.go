// Package corpus reads evaluation samples: encrypted (ZipCrypto) zips of
// malware opened only in memory, and benign package directories. It never
// writes or executes anything.
package corpus

import (
	"archive/zip"
	"bytes"
	"compress/flate"
	"errors"
	"fmt"
	"hash/crc32"
	"io"
	"io/fs"
	"path"
	"strings"
	"testing/fstest"
	"time"
)

// zipCrypto is the traditional PKWARE stream cipher.
type zipCrypto struct{ k0, k1, k2 uint32 }

func newZipCrypto(pw []byte) *zipCrypto {
	z := &zipCrypto{0x12345678, 0x23456789, 0x34567890}
	for _, b := range pw {
		z.update(b)
	}
	return z
}

func (z *zipCrypto) update(b byte) {
	z.k0 = crc32.IEEETable[byte(z.k0)^b] ^ (z.k0 >> 8)
	z.k1 = (z.k1+(z.k0&0xff))*134775813 + 1
	z.k2 = crc32.IEEETable[byte(z.k2)^byte(z.k1>>24)] ^ (z.k2 >> 8)
}

func (z *zipCrypto) decrypt(buf []byte) {
	for i, c := range buf {
		t := z.k2 | 2
		p := c ^ byte((t*(t^1))>>8)
		z.update(p)
		buf[i] = p
	}
}

// MaxEntry caps one decompressed entry.
const MaxEntry = 256 << 20

// OpenZip decrypts a ZipCrypto (or plain) zip in memory and returns its
// files as an fs.FS rooted at the zip root.
func OpenZip(data []byte, password string) (fstest.MapFS, error) {
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return nil, err
	}
	out := fstest.MapFS{}
	for _, f := range zr.File {
		if f.FileInfo().IsDir() {
			continue
		}
		raw, err := f.OpenRaw()
		if err != nil {
			return nil, fmt.Errorf("zip entry %q: %w", f.Name, err)
		}
		body, err := io.ReadAll(io.LimitReader(raw, MaxEntry))
		if err != nil {
			return nil, fmt.Errorf("zip entry %q: %w", f.Name, err)
		}
		if f.Flags&1 != 0 {
			if len(body) < 12 {
				return nil, fmt.Errorf("zip entry %q: short encryption header", f.Name)
			}
			z := newZipCrypto([]byte(password))
			z.decrypt(body)
			body = body[12:]
		}
		var plain []byte
		switch f.Method {
		case zip.Store:
			plain = body
		case zip.Deflate:
			plain, err = io.ReadAll(io.LimitReader(flate.NewReader(bytes.NewReader(body)), MaxEntry))
			if err != nil {
				return nil, fmt.Errorf("zip entry %q: inflate (wrong password?): %w", f.Name, err)
			}
		default:
			return nil, fmt.Errorf("zip entry %q: unsupported method %d", f.Name, f.Method)
		}
		if crc32.ChecksumIEEE(plain) != f.CRC32 {
			return nil, fmt.Errorf("zip entry %q: checksum mismatch (wrong password?)", f.Name)
		}
		if !fs.ValidPath(f.Name) {
			continue
		}
		out[f.Name] = &fstest.MapFile{Data: plain, Mode: 0o644, ModTime: time.Time{}}
	}
	return out, nil
}

// ErrNoPackage is returned when a sample has no package/ directory.
var ErrNoPackage = errors.New("sample has no package/ directory")

// SamplePackage returns the "<id>/package" subtree of a corpus zip.
func SamplePackage(m fstest.MapFS) (fs.FS, error) {
	for name := range m {
		if i := strings.Index(name, "/package/"); i >= 0 {
			return fs.Sub(m, name[:i]+"/package")
		}
	}
	return nil, ErrNoPackage
}

var _ = path.Base
