// Package archive reads npm package tarballs into a read-only, in-memory
// file tree (an fs.FS) under hard limits. It never writes package files to
// disk, never follows or creates links, strips the first path component like
// npm does, and records everything suspicious about the archive itself
// (links, traversal, duplicate or colliding names, special files...) as
// Anomaly values that rules turn into findings.
package archive

import (
	"errors"
	"fmt"
	"time"
)

// Sentinel errors. Errors returned by Read and FromDir wrap one of these
// (test with errors.Is) and add the entry or byte count concerned.
var (
	// ErrTooLarge: the inflated archive exceeds Limits.MaxBytes.
	ErrTooLarge = errors.New("archive too large")
	// ErrNotRetained: the file's bytes were not kept (Limits.Retain).
	ErrNotRetained = errors.New("file content not retained")
	// ErrTooManyEntries: the archive has more than Limits.MaxEntries entries.
	ErrTooManyEntries = errors.New("archive has too many entries")
	// ErrRatio: inflated bytes exceed Limits.MaxRatio times the compressed
	// bytes (a decompression bomb).
	ErrRatio = errors.New("archive compression ratio too high")
	// ErrTooDeep: an entry path has more components than Limits.MaxDepth.
	ErrTooDeep = errors.New("archive path too deep")
	// ErrNotArchive: the input is empty or neither a gzip'd nor a plain tar.
	ErrNotArchive = errors.New("not a tar archive")
	// ErrTruncated: the gzip or tar stream ends early.
	ErrTruncated = errors.New("archive truncated")
	// ErrTimeout: reading took longer than Limits.Timeout.
	ErrTimeout = errors.New("archive read timed out")
	// ErrMalformed: the gzip or tar stream is damaged or uses a feature
	// depfence refuses (sparse entries, bad checksums, bad headers).
	ErrMalformed = errors.New("malformed archive")
)

// Limits caps the work Read and FromDir do for one archive. A zero or
// negative field means "use the DefaultLimits value": a cap can be raised
// but never switched off.
type Limits struct {
	MaxBytes     int64         // total inflated bytes (tar headers and data)
	MaxFileBytes int64         // bytes kept per file; larger files are listed but not readable
	MaxEntries   int           // tar entries of any type
	MaxDepth     int           // path components after the first is stripped
	MaxRatio     int64         // inflated:compressed, checked once past ratioFloor bytes
	Timeout      time.Duration // wall-clock budget for the whole read
	// Retain, when set, says which regular files a consumer will read. The
	// others keep only their first HeadBytes (for type sniffing, see
	// FS.Head); reading them fails with ErrNotRetained. They are still
	// listed, sized, counted and checked like every entry.
	Retain func(name string) bool
	// RetainHead, when set, is asked about each file Retain rejects once
	// its first HeadBytes are read: true keeps the whole file after all
	// (a script with no extension, known by its "#!" line).
	RetainHead func(name string, head []byte) bool
}

// HeadBytes is what FS keeps of a file Limits.Retain rejects.
const HeadBytes = 512

// ratioFloor is the inflated size below which the ratio is not checked:
// tiny archives of repetitive text can legitimately compress very well.
const ratioFloor = 16 << 20

// npmMaxDepth is node-tar's own maxDepth: npm skips deeper entries.
const npmMaxDepth = 1024

// maxAnomaliesPerKind bounds the anomalies kept per kind; AnomalyCounts
// still counts them all.
const maxAnomaliesPerKind = 1000

// DefaultLimits returns npm-like caps: 512 MiB inflated, 64 MiB per file,
// 100,000 entries, 64 path components, ratio 1000 (npm/node-tar cap an
// archive at min(2 GiB, 1000× compressed)) and 60 s.
func DefaultLimits() Limits {
	return Limits{
		MaxBytes:     512 << 20,
		MaxFileBytes: 64 << 20,
		MaxEntries:   100_000,
		MaxDepth:     64,
		MaxRatio:     1000,
		Timeout:      60 * time.Second,
	}
}

func (l Limits) withDefaults() Limits {
	d := DefaultLimits()
	if l.MaxBytes <= 0 {
		l.MaxBytes = d.MaxBytes
	}
	if l.MaxFileBytes <= 0 {
		l.MaxFileBytes = d.MaxFileBytes
	}
	if l.MaxFileBytes > l.MaxBytes {
		l.MaxFileBytes = l.MaxBytes
	}
	if l.MaxEntries <= 0 {
		l.MaxEntries = d.MaxEntries
	}
	if l.MaxDepth <= 0 {
		l.MaxDepth = d.MaxDepth
	}
	if l.MaxRatio <= 0 {
		l.MaxRatio = d.MaxRatio
	}
	if l.Timeout <= 0 {
		l.Timeout = d.Timeout
	}
	return l
}

// AnomalyKind classifies something suspicious about an archive's structure.
type AnomalyKind int

// Anomaly kinds. New kinds are only ever appended.
const (
	// Traversal: a path with a ".." component (skipped, as npm does).
	Traversal AnomalyKind = iota + 1
	// AbsolutePath: a path starting with "/" (root stripped and kept, as npm does).
	AbsolutePath
	// DrivePath: a path starting with a Windows drive ("C:") or UNC/device
	// prefix (prefix stripped and kept, as npm does).
	DrivePath
	// Symlink: a symbolic link entry (never followed or created; Detail is
	// the target), or an entry whose path passes through an earlier link.
	Symlink
	// Hardlink: a hard link entry (never created; Detail is the target).
	Hardlink
	// SpecialFile: a FIFO, character or block device, or an unknown entry
	// type (skipped).
	SpecialFile
	// DuplicateEntry: a path given twice, or a file and a directory with the
	// same path; the last entry wins, as with npm.
	DuplicateEntry
	// CaseCollision: two paths equal when case-folded (they collide on
	// macOS and Windows file systems).
	CaseCollision
	// UnicodeCollision: two paths equal after Unicode NFC normalisation.
	UnicodeCollision
	// DeepPath: a path deeper than node-tar's 1024-component maxDepth, which
	// npm skips (only seen when Limits.MaxDepth is above 1024).
	DeepPath
	// BadName: a name with invalid UTF-8, NUL, control characters or
	// backslashes (kept under its literal name unless it also traverses).
	BadName
	// NotGzip: a plain, uncompressed tar where a .tgz was expected.
	NotGzip
	// TrailingData: non-zero bytes after the end of the tar archive, or
	// garbage after the gzip stream.
	TrailingData
	// NoPackageDir: the first path component is not "package" (npm strips
	// it regardless), or an entry sits at the top level and is dropped.
	NoPackageDir
	// LargeFile: a regular file larger than Limits.MaxFileBytes; it is
	// listed with its size but reading it fails with ErrTooLarge.
	LargeFile
)

var anomalyNames = map[AnomalyKind]string{
	Traversal:        "traversal",
	AbsolutePath:     "absolute-path",
	DrivePath:        "drive-path",
	Symlink:          "symlink",
	Hardlink:         "hardlink",
	SpecialFile:      "special-file",
	DuplicateEntry:   "duplicate-entry",
	CaseCollision:    "case-collision",
	UnicodeCollision: "unicode-collision",
	DeepPath:         "deep-path",
	BadName:          "bad-name",
	NotGzip:          "not-gzip",
	TrailingData:     "trailing-data",
	NoPackageDir:     "no-package-dir",
	LargeFile:        "large-file",
}

func (k AnomalyKind) String() string {
	if s, ok := anomalyNames[k]; ok {
		return s
	}
	return fmt.Sprintf("anomaly(%d)", int(k))
}

// MarshalText implements encoding.TextMarshaler.
func (k AnomalyKind) MarshalText() ([]byte, error) { return []byte(k.String()), nil }

// Anomaly is one structural oddity of an archive. Path is the entry name as
// written in the archive (before stripping); Detail adds the link target,
// the colliding path, the entry type, and so on.
type Anomaly struct {
	Kind   AnomalyKind
	Path   string
	Detail string
}

func (a Anomaly) String() string {
	if a.Detail == "" {
		return fmt.Sprintf("%s: %q", a.Kind, a.Path)
	}
	return fmt.Sprintf("%s: %q (%s)", a.Kind, a.Path, a.Detail)
}
