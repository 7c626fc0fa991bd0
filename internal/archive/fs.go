package archive

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"slices"
	"strings"
	"time"
)

// FS is a read-only, in-memory package file tree. Paths are relative to the
// package root ("package.json", "lib/index.js"); "." is the root. It holds
// only regular files and directories: links and special entries appear in
// Anomalies, never in the tree. FS is safe for concurrent use once built.
type FS struct {
	root      *node
	anomalies []Anomaly
	counts    map[AnomalyKind]int
	files     []string
	total     int64
	kept      int64
	maxFile   int64
}

var (
	_ fs.FS         = (*FS)(nil)
	_ fs.ReadFileFS = (*FS)(nil)
	_ fs.ReadDirFS  = (*FS)(nil)
	_ fs.StatFS     = (*FS)(nil)
)

type node struct {
	name     string
	dir      bool
	perm     fs.FileMode
	modTime  time.Time
	data     []byte
	size     int64 // real size; > len(data) only when omitted
	omitted  bool  // content over the per-file limit, not kept
	partial  bool  // only the first HeadBytes kept (Limits.Retain)
	children map[string]*node
}

func newDir(name string) *node {
	return &node{name: name, dir: true, perm: 0o755, children: map[string]*node{}}
}

// Anomalies returns the structural anomalies in the order they were met
// (at most 1000 per kind; AnomalyCounts has the totals).
func (f *FS) Anomalies() []Anomaly { return slices.Clone(f.anomalies) }

// AnomalyCounts returns how many anomalies of each kind were met, including
// those beyond the per-kind cap of Anomalies.
func (f *FS) AnomalyCounts() map[AnomalyKind]int {
	out := make(map[AnomalyKind]int, len(f.counts))
	for k, v := range f.counts {
		out[k] = v
	}
	return out
}

// Files returns the paths of all regular files, sorted. Files over the
// per-file limit are included (see LargeFile).
func (f *FS) Files() []string { return slices.Clone(f.files) }

// TotalBytes is the sum of the sizes of the files in the tree (the real
// size for files over the per-file limit).
func (f *FS) TotalBytes() int64 { return f.total }

// KeptBytes is the file data held in memory: TotalBytes less what was over
// the per-file limit or not retained (Limits.Retain).
func (f *FS) KeptBytes() int64 { return f.kept }

func (f *FS) lookup(op, name string) (*node, error) {
	if !fs.ValidPath(name) {
		return nil, &fs.PathError{Op: op, Path: name, Err: fs.ErrInvalid}
	}
	n := f.root
	if name == "." {
		return n, nil
	}
	for part := range strings.SplitSeq(name, "/") {
		if !n.dir {
			return nil, &fs.PathError{Op: op, Path: name, Err: fs.ErrNotExist}
		}
		c, ok := n.children[part]
		if !ok {
			return nil, &fs.PathError{Op: op, Path: name, Err: fs.ErrNotExist}
		}
		n = c
	}
	return n, nil
}

func (f *FS) tooLarge(op, name string, n *node) error {
	return &fs.PathError{Op: op, Path: name, Err: fmt.Errorf("%w: file is %d bytes, over the %d-byte per-file limit", ErrTooLarge, n.size, f.maxFile)}
}

// Open implements fs.FS.
func (f *FS) Open(name string) (fs.File, error) {
	n, err := f.lookup("open", name)
	if err != nil {
		return nil, err
	}
	if n.dir {
		return &openDir{info: info{n}, entries: sortedEntries(n)}, nil
	}
	of := &openFile{info: info{n}, r: bytes.NewReader(n.data)}
	if n.omitted {
		of.err = f.tooLarge("read", name, n)
	}
	if n.partial {
		of.r, of.err = bytes.NewReader(nil), notRetained("read", name)
	}
	return of, nil
}

func notRetained(op, name string) error {
	return &fs.PathError{Op: op, Path: name, Err: ErrNotRetained}
}

// Head returns up to n leading bytes of a regular file, including one
// whose content was not retained (up to HeadBytes of it).
func (f *FS) Head(name string, n int) ([]byte, error) {
	nd, err := f.file(name)
	if err != nil {
		return nil, err
	}
	return nd.data[:min(n, len(nd.data)):min(n, len(nd.data))], nil
}

// file looks up a regular file whose data (or head) is kept.
func (f *FS) file(name string) (*node, error) {
	n, err := f.lookup("read", name)
	if err != nil {
		return nil, err
	}
	if n.dir {
		return nil, &fs.PathError{Op: "read", Path: name, Err: errors.New("is a directory")}
	}
	if n.omitted {
		return nil, f.tooLarge("read", name, n)
	}
	return n, nil
}

// ReadFile implements fs.ReadFileFS and returns a copy of the contents.
func (f *FS) ReadFile(name string) ([]byte, error) {
	b, err := f.Bytes(name)
	if err != nil {
		return nil, err
	}
	return bytes.Clone(b), nil
}

// Bytes returns the contents of a regular file without copying them. The
// caller must not modify the slice. A file over the per-file limit gives an
// error wrapping ErrTooLarge.
func (f *FS) Bytes(name string) ([]byte, error) {
	n, err := f.file(name)
	if err != nil {
		return nil, err
	}
	if n.partial {
		return nil, notRetained("read", name)
	}
	if n.data == nil {
		return []byte{}, nil
	}
	return n.data, nil
}

// ReadDir implements fs.ReadDirFS; entries are sorted by name.
func (f *FS) ReadDir(name string) ([]fs.DirEntry, error) {
	n, err := f.lookup("readdir", name)
	if err != nil {
		return nil, err
	}
	if !n.dir {
		return nil, &fs.PathError{Op: "readdir", Path: name, Err: errors.New("not a directory")}
	}
	return sortedEntries(n), nil
}

// Stat implements fs.StatFS.
func (f *FS) Stat(name string) (fs.FileInfo, error) {
	n, err := f.lookup("stat", name)
	if err != nil {
		return nil, err
	}
	return info{n}, nil
}

func sortedEntries(n *node) []fs.DirEntry {
	out := make([]fs.DirEntry, 0, len(n.children))
	for _, c := range n.children {
		out = append(out, info{c})
	}
	slices.SortFunc(out, func(a, b fs.DirEntry) int { return strings.Compare(a.Name(), b.Name()) })
	return out
}

// info implements fs.FileInfo and fs.DirEntry.
type info struct{ n *node }

func (i info) Name() string {
	if i.n.name == "" {
		return "."
	}
	return i.n.name
}
func (i info) Size() int64 { return i.n.size }
func (i info) Mode() fs.FileMode {
	if i.n.dir {
		return fs.ModeDir | i.n.perm
	}
	return i.n.perm
}
func (i info) ModTime() time.Time         { return i.n.modTime }
func (i info) IsDir() bool                { return i.n.dir }
func (i info) Sys() any                   { return nil }
func (i info) Type() fs.FileMode          { return i.Mode().Type() }
func (i info) Info() (fs.FileInfo, error) { return i, nil }
func (i info) String() string             { return fs.FormatFileInfo(i) }

type openFile struct {
	info
	r   *bytes.Reader
	err error // set for files over the per-file limit
}

func (o *openFile) Stat() (fs.FileInfo, error) { return o.info, nil }
func (o *openFile) Close() error               { return nil }
func (o *openFile) Read(p []byte) (int, error) {
	if o.err != nil {
		return 0, o.err
	}
	return o.r.Read(p)
}

// ReadAt and Seek let callers use io.SectionReader and http.ServeContent.
func (o *openFile) ReadAt(p []byte, off int64) (int, error) {
	if o.err != nil {
		return 0, o.err
	}
	return o.r.ReadAt(p, off)
}
func (o *openFile) Seek(off int64, whence int) (int64, error) {
	if o.err != nil {
		return 0, o.err
	}
	return o.r.Seek(off, whence)
}

type openDir struct {
	info
	entries []fs.DirEntry
	off     int
}

func (d *openDir) Stat() (fs.FileInfo, error) { return d.info, nil }
func (d *openDir) Close() error               { return nil }
func (d *openDir) Read([]byte) (int, error) {
	return 0, &fs.PathError{Op: "read", Path: d.Name(), Err: errors.New("is a directory")}
}
func (d *openDir) ReadDir(count int) ([]fs.DirEntry, error) {
	rest := d.entries[d.off:]
	if count <= 0 {
		d.off = len(d.entries)
		return rest, nil
	}
	if len(rest) == 0 {
		return nil, io.EOF
	}
	if count > len(rest) {
		count = len(rest)
	}
	d.off += count
	return rest[:count], nil
}
