package registrytest

import (
	"archive/tar"
	"bytes"
	"crypto/sha1"
	"crypto/sha512"
	"encoding/base64"
	"encoding/hex"
	"io/fs"
	"os"
	"path"
	"sort"
	"testing/fstest"
	"time"

	"github.com/klauspost/compress/gzip"
)

// npmEpoch is the mtime npm pack writes for every entry.
var npmEpoch = time.Date(1985, 10, 26, 8, 15, 0, 0, time.UTC)

// Pack packs the regular files of fsys into a gzipped tarball the way npm
// pack lays it out: each file under "package/", sorted, fixed mtime,
// no directory entries. The result is deterministic.
func Pack(fsys fs.FS) ([]byte, error) {
	var names []string
	err := fs.WalkDir(fsys, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.Type().IsRegular() {
			names = append(names, p)
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	sort.Strings(names)
	var buf bytes.Buffer
	zw, _ := gzip.NewWriterLevel(&buf, gzip.BestSpeed)
	tw := tar.NewWriter(zw)
	for _, n := range names {
		data, err := fs.ReadFile(fsys, n)
		if err != nil {
			return nil, err
		}
		mode := int64(0o644)
		if info, err := fs.Stat(fsys, n); err == nil && info.Mode()&0o111 != 0 {
			mode = 0o755
		}
		hdr := &tar.Header{Name: path.Join("package", n), Mode: mode, Size: int64(len(data)), ModTime: npmEpoch, Typeflag: tar.TypeReg, Format: tar.FormatPAX}
		if len(hdr.Name) < 100 {
			hdr.Format = tar.FormatUSTAR
		}
		if err := tw.WriteHeader(hdr); err != nil {
			return nil, err
		}
		if _, err := tw.Write(data); err != nil {
			return nil, err
		}
	}
	if err := tw.Close(); err != nil {
		return nil, err
	}
	if err := zw.Close(); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// PackDir packs a directory (see Pack).
func PackDir(dir string) ([]byte, error) { return Pack(os.DirFS(dir)) }

// PackFiles packs files given as path -> content (see Pack).
func PackFiles(files map[string]string) ([]byte, error) {
	m := fstest.MapFS{}
	for k, v := range files {
		m[k] = &fstest.MapFile{Data: []byte(v), Mode: 0o644}
	}
	return Pack(m)
}

// Integrity returns the sha512 SRI string of data, as npm publishes it.
func Integrity(data []byte) string {
	sum := sha512.Sum512(data)
	return "sha512-" + base64.StdEncoding.EncodeToString(sum[:])
}

// Shasum returns the hex sha1 of data (dist.shasum).
func Shasum(data []byte) string {
	sum := sha1.Sum(data)
	return hex.EncodeToString(sum[:])
}
