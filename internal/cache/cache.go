// Package cache is depfence's content-addressed on-disk store. It has three
// namespaces: package tarballs addressed by their SRI digest (immutable,
// verified when written and again when read), registry packuments keyed by
// registry URL and package name (with ETag/Last-Modified for revalidation),
// and analysis results under an opaque key built by the caller.
//
// Every write goes to a temporary file in the store's tmp directory and is
// renamed into place, so readers (including other depfence processes) see
// either the old entry or the complete new one, and a killed process leaves
// at most a temporary file, which Open removes once it is an hour old.
// Entries carry digests that are checked on every read: a damaged entry is
// deleted and reported as a miss.
package cache

import (
	"bytes"
	"crypto/sha256"
	"crypto/sha512"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"time"

	"github.com/depfence/depfence/internal/npm"
)

var (
	// ErrMiss is returned (possibly wrapped, with the reason) when an entry
	// is absent, or was damaged and has been removed.
	ErrMiss = errors.New("cache miss")
	// ErrNotCache is returned when a directory is not a depfence cache
	// (it is not empty and has no depfence CACHEDIR.TAG).
	ErrNotCache = errors.New("not a depfence cache directory")
	// ErrIntegrity is returned by PutTarball when the data does not match
	// the integrity it is stored under.
	ErrIntegrity = errors.New("integrity mismatch")
)

// TagName is the cache directory tag file (https://bford.info/cachedir/).
const TagName = "CACHEDIR.TAG"

const tagSignature = "Signature: 8a477f597d28d172789f06886806bc55"

const tagContent = tagSignature + "\n" +
	"# This file is a cache directory tag created by depfence.\n" +
	"# For information about cache directory tags, see:\n" +
	"#\thttps://bford.info/cachedir/\n"

const (
	nsTarballs   = "tarballs"
	nsPackuments = "packuments"
	nsResults    = "results"
	nsTmp        = "tmp"
	formatV      = 1
	tmpMaxAge    = time.Hour
	maxEntrySize = 2 << 30 // refuse to read larger files
)

// Store is a cache rooted at one directory. Its methods are safe for
// concurrent use by goroutines and by several processes sharing the
// directory.
type Store struct {
	dir  string
	sync bool
	now  func() time.Time
	// dirs remembers the directories this Store has made or seen, so a
	// write costs no stat calls for them (a cold scan writes thousands of
	// entries into 256 fan-out directories).
	dirs sync.Map
}

// Option configures Open.
type Option func(*Store)

// WithoutSync skips fsync before renaming entries into place. A killed
// process still never leaves a partial entry (rename is atomic); only a
// power loss can then leave a damaged one, which the read-time digest
// check turns into a miss.
func WithoutSync() Option { return func(s *Store) { s.sync = false } }

// WithClock sets the clock used for FetchedAt and temp-file expiry.
func WithClock(now func() time.Time) Option { return func(s *Store) { s.now = now } }

// DefaultDir returns the default cache directory, <user cache dir>/depfence.
func DefaultDir() (string, error) {
	d, err := os.UserCacheDir()
	if err != nil {
		return "", fmt.Errorf("find user cache directory: %w", err)
	}
	return filepath.Join(d, "depfence"), nil
}

// Open opens the cache at dir, creating it (mode 0700, with a CACHEDIR.TAG)
// if it does not exist or is empty. A non-empty directory without the
// depfence tag is refused with ErrNotCache. Temporary files left by killed
// processes more than an hour ago are removed.
func Open(dir string, opts ...Option) (*Store, error) {
	if dir == "" {
		return nil, fmt.Errorf("open cache: empty directory name")
	}
	abs, err := filepath.Abs(dir)
	if err != nil {
		return nil, fmt.Errorf("open cache %q: %w", dir, err)
	}
	s := &Store{dir: abs, sync: true, now: time.Now}
	for _, o := range opts {
		o(s)
	}
	if err := os.MkdirAll(abs, 0o700); err != nil {
		return nil, fmt.Errorf("open cache %q: %w", dir, err)
	}
	if err := s.checkTag(); err != nil {
		ents, rerr := os.ReadDir(abs)
		if rerr != nil {
			return nil, fmt.Errorf("open cache %q: %w", dir, rerr)
		}
		if len(ents) > 0 {
			return nil, fmt.Errorf("open cache %q: %w", dir, err)
		}
		if err := s.writeAtomic(filepath.Join(abs, TagName), []byte(tagContent)); err != nil {
			return nil, fmt.Errorf("open cache %q: write tag: %w", dir, err)
		}
	}
	s.removeStaleTemp(tmpMaxAge)
	return s, nil
}

// Dir returns the cache's absolute directory.
func (s *Store) Dir() string { return s.dir }

func (s *Store) checkTag() error {
	b, err := os.ReadFile(filepath.Join(s.dir, TagName))
	if err != nil {
		return fmt.Errorf("%w: no %s", ErrNotCache, TagName)
	}
	if !bytes.HasPrefix(b, []byte(tagSignature)) || !bytes.Contains(b, []byte("created by depfence")) {
		return fmt.Errorf("%w: %s was not written by depfence", ErrNotCache, TagName)
	}
	return nil
}

// removeStaleTemp deletes temp files older than age (best effort).
func (s *Store) removeStaleTemp(age time.Duration) {
	tmp := filepath.Join(s.dir, nsTmp)
	ents, err := os.ReadDir(tmp)
	if err != nil {
		return
	}
	cutoff := s.now().Add(-age)
	for _, e := range ents {
		info, err := e.Info()
		if err != nil || !info.Mode().IsRegular() || info.ModTime().After(cutoff) {
			continue
		}
		os.Remove(filepath.Join(tmp, e.Name()))
	}
}

// writeAtomic writes the concatenated parts to a temp file in the store's
// tmp directory (same file system), syncs it, and renames it to dst.
func (s *Store) writeAtomic(dst string, parts ...[]byte) (err error) {
	tmpDir := filepath.Join(s.dir, nsTmp)
	if err := s.mkdir(tmpDir); err != nil {
		return err
	}
	if err := s.mkdir(filepath.Dir(dst)); err != nil {
		return err
	}
	f, err := os.CreateTemp(tmpDir, "w-*")
	if errors.Is(err, fs.ErrNotExist) { // removed under us (a cache clean)
		s.dirs.Delete(tmpDir)
		if err = s.mkdir(tmpDir); err == nil {
			f, err = os.CreateTemp(tmpDir, "w-*")
		}
	}
	if err != nil {
		return err
	}
	defer func() {
		if err != nil {
			f.Close()
			os.Remove(f.Name())
		}
	}()
	for _, p := range parts {
		if _, err := f.Write(p); err != nil {
			return err
		}
	}
	if s.sync {
		if err := f.Sync(); err != nil {
			return err
		}
	}
	if err := f.Close(); err != nil {
		return err
	}
	err = os.Rename(f.Name(), dst)
	if errors.Is(err, fs.ErrNotExist) {
		s.dirs.Delete(filepath.Dir(dst))
		if err = s.mkdir(filepath.Dir(dst)); err == nil {
			err = os.Rename(f.Name(), dst)
		}
	}
	return err
}

// mkdir is os.MkdirAll, once per directory for the Store's lifetime.
func (s *Store) mkdir(dir string) error {
	if _, ok := s.dirs.Load(dir); ok {
		return nil
	}
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return err
	}
	s.dirs.Store(dir, struct{}{})
	return nil
}

// readFile reads an entry, bounding its size; a missing file is ErrMiss.
func readFile(p string) ([]byte, os.FileInfo, error) {
	f, err := os.Open(p)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, nil, ErrMiss
	}
	if err != nil {
		return nil, nil, err
	}
	defer f.Close()
	info, err := f.Stat()
	if err != nil {
		return nil, nil, err
	}
	if !info.Mode().IsRegular() || info.Size() > maxEntrySize {
		return nil, info, fmt.Errorf("%q is not a regular file under %d bytes", p, maxEntrySize)
	}
	b := make([]byte, info.Size())
	n, err := f.ReadAt(b, 0)
	if err != nil && n != len(b) {
		return nil, info, err
	}
	return b, info, nil
}

// discard removes a damaged entry if it is still the file that was read
// (another process may have replaced it with a good one meanwhile).
func discard(p string, read os.FileInfo) {
	if now, err := os.Lstat(p); err == nil && read != nil && os.SameFile(now, read) {
		os.Remove(p)
	}
}

// ---- tarballs ----

func (s *Store) tarballPath(algo npm.Algorithm, digest []byte) string {
	h := hex.EncodeToString(digest)
	return filepath.Join(s.dir, nsTarballs, algo.String(), h[:2], h)
}

// PutTarball stores data under its integrity after checking that the data
// matches the strongest hash of integrity (ErrIntegrity otherwise). The
// content is stored once under its SHA-512; each other algorithm of the
// integrity that matches gets a small alias pointing to it.
func (s *Store) PutTarball(integrity npm.Integrity, data []byte) error {
	strongest, ok := integrity.Strongest()
	if !ok {
		return fmt.Errorf("cache tarball: %w: empty integrity", ErrIntegrity)
	}
	sum512 := sha512.Sum512(data)
	digests := map[npm.Algorithm][]byte{npm.SHA512: sum512[:]}
	for _, h := range integrity.Hashes {
		if _, ok := digests[h.Algorithm]; !ok {
			hh := h.Algorithm.New()
			hh.Write(data)
			digests[h.Algorithm] = hh.Sum(nil)
		}
	}
	if !integrity.Match(npm.Integrity{Hashes: []npm.Hash{{Algorithm: strongest.Algorithm, Digest: digests[strongest.Algorithm]}}}) {
		return fmt.Errorf("cache tarball %s: %w", strongest, ErrIntegrity)
	}
	content := s.tarballPath(npm.SHA512, sum512[:])
	if _, err := os.Stat(content); err != nil {
		if err := s.writeAtomic(content, data); err != nil {
			return fmt.Errorf("cache tarball %s: %w", strongest, err)
		}
	}
	target := []byte(hex.EncodeToString(sum512[:]))
	for _, h := range integrity.Hashes {
		if h.Algorithm == npm.SHA512 || !bytes.Equal(h.Digest, digests[h.Algorithm]) {
			continue
		}
		alias := s.tarballPath(h.Algorithm, h.Digest)
		if _, err := os.Stat(alias); err == nil {
			continue
		}
		if err := s.writeAtomic(alias, target); err != nil {
			return fmt.Errorf("cache tarball %s: %w", h, err)
		}
	}
	return nil
}

// PutTarballUnverified stores data under sum, its SHA-512, without hashing
// it: for a caller that has just verified the data against that digest (the
// registry client does, for every download). A wrong sum costs nothing
// worse than a miss: Tarball verifies what it reads and drops a mismatch.
func (s *Store) PutTarballUnverified(sum []byte, data []byte) error {
	if len(sum) != sha512.Size {
		return fmt.Errorf("cache tarball: %w: not a SHA-512 digest", ErrIntegrity)
	}
	content := s.tarballPath(npm.SHA512, sum)
	if _, err := os.Stat(content); err == nil {
		return nil
	}
	if err := s.writeAtomic(content, data); err != nil {
		return fmt.Errorf("cache tarball sha512-%s: %w", hex.EncodeToString(sum[:8]), err)
	}
	return nil
}

// Tarball returns the tarball stored under the strongest hash of
// integrity, verified against it; ErrMiss if absent or damaged (a damaged
// entry is removed).
func (s *Store) Tarball(integrity npm.Integrity) ([]byte, error) {
	h, ok := integrity.Strongest()
	if !ok {
		return nil, fmt.Errorf("cached tarball: empty integrity: %w", ErrMiss)
	}
	p := s.tarballPath(h.Algorithm, h.Digest)
	if h.Algorithm != npm.SHA512 {
		ref, info, err := readFile(p)
		if err != nil {
			return nil, fmt.Errorf("cached tarball %s: %w", h, missOr(err))
		}
		d, err := hex.DecodeString(string(ref))
		if err != nil || len(d) != sha512.Size {
			discard(p, info)
			return nil, fmt.Errorf("cached tarball %s: damaged alias removed: %w", h, ErrMiss)
		}
		p = s.tarballPath(npm.SHA512, d)
	}
	data, info, err := readFile(p)
	if err != nil {
		return nil, fmt.Errorf("cached tarball %s: %w", h, missOr(err))
	}
	hh := h.Algorithm.New()
	hh.Write(data)
	if !integrity.Match(npm.Integrity{Hashes: []npm.Hash{{Algorithm: h.Algorithm, Digest: hh.Sum(nil)}}}) {
		discard(p, info)
		return nil, fmt.Errorf("cached tarball %s: damaged entry removed: %w", h, ErrMiss)
	}
	return data, nil
}

// missOr turns unreadable entries into misses that keep the reason.
func missOr(err error) error {
	if errors.Is(err, ErrMiss) {
		return err
	}
	return fmt.Errorf("%w: %v", ErrMiss, err)
}

// ---- framed entries (packuments, results) ----

// header is the first line of a packument or result file.
type header struct {
	V            int       `json:"v"`
	Key          string    `json:"key"`
	Registry     string    `json:"registry,omitempty"`
	Name         string    `json:"name,omitempty"`
	ETag         string    `json:"etag,omitempty"`
	LastModified string    `json:"lastModified,omitempty"`
	FetchedAt    time.Time `json:"fetchedAt,omitzero"`
	Size         int       `json:"size"`
	SHA256       string    `json:"sha256"`
}

func keyPath(dir, ns, key string) string {
	sum := sha256.Sum256([]byte(key))
	h := hex.EncodeToString(sum[:])
	return filepath.Join(dir, ns, h[:2], h)
}

func (s *Store) putFramed(ns string, h header, body []byte) error {
	sum := sha256.Sum256(body)
	h.V, h.Size, h.SHA256 = formatV, len(body), hex.EncodeToString(sum[:])
	line, err := json.Marshal(h)
	if err != nil {
		return err
	}
	return s.writeAtomic(keyPath(s.dir, ns, h.Key), line, []byte("\n"), body)
}

func (s *Store) getFramed(ns, key string) (header, []byte, error) {
	p := keyPath(s.dir, ns, key)
	b, info, err := readFile(p)
	if err != nil {
		return header{}, nil, missOr(err)
	}
	line, body, ok := bytes.Cut(b, []byte("\n"))
	var h header
	if !ok || json.Unmarshal(line, &h) != nil || h.V != formatV || h.Key != key || h.Size != len(body) {
		discard(p, info)
		return header{}, nil, fmt.Errorf("damaged entry removed: %w", ErrMiss)
	}
	sum := sha256.Sum256(body)
	if hex.EncodeToString(sum[:]) != h.SHA256 {
		discard(p, info)
		return header{}, nil, fmt.Errorf("damaged entry removed: %w", ErrMiss)
	}
	return h, body, nil
}

// ---- packuments ----

// Entry is a cached packument with what is needed to revalidate it.
type Entry struct {
	Body         []byte
	ETag         string
	LastModified string
	FetchedAt    time.Time
}

// packumentKey identifies a packument; the registry URL is normalised
// (trailing slashes) so "https://r/" and "https://r" share entries.
func packumentKey(registry, name string, full bool) string {
	k := strings.TrimRight(registry, "/") + "\n" + name
	if full {
		k += "\nfull"
	}
	return k
}

// redactURL drops credentials so they never reach the disk in clear.
func redactURL(raw string) string {
	u, err := url.Parse(raw)
	if err != nil {
		return ""
	}
	u.User = nil
	u.RawQuery, u.Fragment = "", ""
	return u.String()
}

// PutPackument stores a packument body fetched from registry (the
// abbreviated form; see ForRegistry for full packuments). FetchedAt
// defaults to now. Entries are replaced whole; the last writer wins.
func (s *Store) PutPackument(registry, name string, e Entry) error {
	return s.putPackument(registry, name, false, e)
}

func (s *Store) putPackument(registry, name string, full bool, e Entry) error {
	if e.FetchedAt.IsZero() {
		e.FetchedAt = s.now()
	}
	h := header{Key: packumentKey(registry, name, full), Registry: redactURL(registry), Name: name, ETag: e.ETag, LastModified: e.LastModified, FetchedAt: e.FetchedAt.UTC()}
	// The key holds the registry URL, which may carry credentials: store
	// only its digest in the file.
	h.Key = hashKey(h.Key)
	if err := s.putFramed(nsPackuments, h, e.Body); err != nil {
		return fmt.Errorf("cache packument %q: %w", name, err)
	}
	return nil
}

func hashKey(k string) string {
	sum := sha256.Sum256([]byte(k))
	return "sha256:" + hex.EncodeToString(sum[:])
}

// Packument returns the cached packument, or ErrMiss.
func (s *Store) Packument(registry, name string) (Entry, error) {
	return s.packument(registry, name, false)
}

func (s *Store) packument(registry, name string, full bool) (Entry, error) {
	h, body, err := s.getFramed(nsPackuments, hashKey(packumentKey(registry, name, full)))
	if err != nil {
		return Entry{}, fmt.Errorf("cached packument %q: %w", name, err)
	}
	return Entry{Body: body, ETag: h.ETag, LastModified: h.LastModified, FetchedAt: h.FetchedAt}, nil
}

// Get implements the registry client's packument cache.
func (s *Store) Get(registryURL, name string) (body []byte, etag, lastModified string, ok bool) {
	e, err := s.Packument(registryURL, name)
	if err != nil {
		return nil, "", "", false
	}
	return e.Body, e.ETag, e.LastModified, true
}

// Put implements the registry client's packument cache.
func (s *Store) Put(registryURL, name string, body []byte, etag, lastModified string) error {
	return s.PutPackument(registryURL, name, Entry{Body: body, ETag: etag, LastModified: lastModified})
}

// ---- results ----

// PutResult stores an analysis result under key (built by the caller
// from the tarball digest and analyzer version).
func (s *Store) PutResult(key string, data []byte) error {
	if err := s.putFramed(nsResults, header{Key: key}, data); err != nil {
		return fmt.Errorf("cache result %q: %w", key, err)
	}
	return nil
}

// Result returns the result stored under key, or ErrMiss.
func (s *Store) Result(key string) ([]byte, error) {
	_, body, err := s.getFramed(nsResults, key)
	if err != nil {
		return nil, fmt.Errorf("cached result %q: %w", key, err)
	}
	return body, nil
}

// ---- info and clean ----

// Usage counts the entries and bytes of one namespace.
type Usage struct {
	Entries int
	Bytes   int64
}

// Stats describes the cache's contents.
type Stats struct {
	Dir        string
	Tarballs   Usage // content files (aliases count towards Bytes only)
	Packuments Usage
	Results    Usage
	Temp       Usage // temporary files of writes in progress or killed
}

// Info walks the cache and counts its entries.
func (s *Store) Info() (Stats, error) {
	st := Stats{Dir: s.dir}
	count := func(ns string, u *Usage, isEntry func(rel string) bool) error {
		root := filepath.Join(s.dir, ns)
		err := filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
			if err != nil {
				if errors.Is(err, fs.ErrNotExist) {
					return nil
				}
				return err
			}
			if !d.Type().IsRegular() {
				return nil
			}
			info, err := d.Info()
			if err != nil {
				return nil // removed meanwhile
			}
			u.Bytes += info.Size()
			rel, _ := filepath.Rel(root, p)
			if isEntry(filepath.ToSlash(rel)) {
				u.Entries++
			}
			return nil
		})
		if err != nil {
			return fmt.Errorf("cache info %q: %w", root, err)
		}
		return nil
	}
	all := func(string) bool { return true }
	if err := count(nsTarballs, &st.Tarballs, func(rel string) bool { return strings.HasPrefix(rel, "sha512/") }); err != nil {
		return st, err
	}
	if err := count(nsPackuments, &st.Packuments, all); err != nil {
		return st, err
	}
	if err := count(nsResults, &st.Results, all); err != nil {
		return st, err
	}
	if err := count(nsTmp, &st.Temp, all); err != nil {
		return st, err
	}
	return st, nil
}

// Clean removes every entry and temporary file the cache owns, leaving
// the directory and its tag in place and anything else untouched. It
// refuses (ErrNotCache) when the directory has no depfence CACHEDIR.TAG.
func (s *Store) Clean() error {
	if err := s.checkTag(); err != nil {
		return fmt.Errorf("clean cache %q: %w", s.dir, err)
	}
	for _, ns := range []string{nsTarballs, nsPackuments, nsResults, nsTmp} {
		if err := os.RemoveAll(filepath.Join(s.dir, ns)); err != nil {
			return fmt.Errorf("clean cache %q: %w", s.dir, err)
		}
	}
	return nil
}
