package archive

import (
	"fmt"
	"hash/maphash"
	"io/fs"
	"slices"
	"strings"
	"time"
	"unicode/utf8"

	"golang.org/x/text/cases"
	"golang.org/x/text/unicode/norm"
)

// entryKind is what a path was last seen as, for duplicate detection.
type entryKind uint8

const (
	kindFile entryKind = iota + 1
	kindDir
	kindLink
)

func (k entryKind) String() string {
	switch k {
	case kindFile:
		return "file"
	case kindDir:
		return "directory"
	case kindLink:
		return "link"
	}
	return "entry"
}

// builder assembles an FS entry by entry, recording anomalies.
type builder struct {
	lim      Limits
	fs       *FS
	seen     map[string]entryKind // stripped path -> last kind written there
	known    map[string]bool      // every path and parent path registered for collisions
	folded   map[uint64]string    // fold key hash -> first path with that key
	seed     maphash.Seed
	links    map[string]string // stripped link path -> target
	firstDir map[string]bool   // first components seen (NoPackageDir once each)
}

func newBuilder(lim Limits) *builder {
	return &builder{
		lim:      lim,
		fs:       &FS{root: newDir(""), counts: map[AnomalyKind]int{}, maxFile: lim.MaxFileBytes},
		seen:     map[string]entryKind{},
		known:    map[string]bool{},
		folded:   map[uint64]string{},
		seed:     maphash.MakeSeed(),
		links:    map[string]string{},
		firstDir: map[string]bool{},
	}
}

func (b *builder) anomaly(k AnomalyKind, path, detail string) {
	b.fs.counts[k]++
	if b.fs.counts[k] > maxAnomaliesPerKind {
		return
	}
	b.fs.anomalies = append(b.fs.anomalies, Anomaly{Kind: k, Path: path, Detail: detail})
}

// finish computes the file list and totals.
func (b *builder) finish() *FS {
	var walk func(prefix string, n *node)
	walk = func(prefix string, n *node) {
		for name, c := range n.children {
			p := name
			if prefix != "" {
				p = prefix + "/" + name
			}
			if c.dir {
				walk(p, c)
				continue
			}
			b.fs.files = append(b.fs.files, p)
			b.fs.total += c.size
			b.fs.kept += int64(len(c.data))
		}
	}
	walk("", b.fs.root)
	slices.Sort(b.fs.files)
	return b.fs
}

// badName reports why a raw entry name is suspicious, or "".
func badName(s string) string {
	switch {
	case !utf8.ValidString(s):
		return "invalid UTF-8"
	case strings.IndexByte(s, 0) >= 0:
		return "NUL byte"
	case strings.IndexByte(s, '\\') >= 0:
		return "backslash"
	}
	for _, r := range s {
		if r < 0x20 || r == 0x7f {
			return "control character"
		}
	}
	return ""
}

func isDriveLetter(c byte) bool { return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' }

// tarPath turns a raw tar entry name into the path npm would write,
// relative to the package root, recording anomalies. ok is false when the
// entry is dropped (traversal, the root itself, a top-level entry).
func (b *builder) tarPath(raw string, isDir bool) (p string, ok bool, err error) {
	if len(raw) > maxPathLen {
		// No file system npm writes to takes such a path (PATH_MAX is
		// 4096 on Linux, 1024 on macOS): npm fails on it, and keeping it
		// would let names alone fill memory.
		b.anomaly(BadName, clip(raw), fmt.Sprintf("name of %d bytes, over %d", len(raw), maxPathLen))
		return "", false, nil
	}
	if why := badName(raw); why != "" {
		b.anomaly(BadName, raw, why)
	}
	// Strip roots the way node-tar's stripAbsolutePath does (it uses
	// path.win32.parse on every platform): "/", "\", "C:", "//?/" ...
	s := raw
	abs, drive := false, false
	for {
		switch {
		case s != "" && (s[0] == '/' || s[0] == '\\'):
			abs = true
			s = strings.TrimLeft(s, `/\`)
			if strings.HasPrefix(s, "?") && len(s) > 1 && (s[1] == '/' || s[1] == '\\') {
				s = s[1:]
			}
			continue
		case len(s) >= 2 && s[1] == ':' && isDriveLetter(s[0]):
			drive = true
			s = s[2:]
			continue
		}
		break
	}
	if abs {
		b.anomaly(AbsolutePath, raw, "")
	}
	if drive {
		b.anomaly(DrivePath, raw, "")
	}
	var parts []string
	for c := range strings.SplitSeq(s, "/") {
		if c == "" || c == "." {
			continue
		}
		parts = append(parts, c)
	}
	for _, c := range parts {
		for w := range strings.SplitSeq(c, `\`) {
			if w == ".." {
				b.anomaly(Traversal, raw, "")
				return "", false, nil
			}
		}
	}
	if len(parts) == 0 {
		return "", false, nil
	}
	if first := parts[0]; first != "package" && !b.firstDir[first] {
		b.firstDir[first] = true
		if len(b.firstDir) <= 16 {
			b.anomaly(NoPackageDir, raw, fmt.Sprintf("first path component %q", first))
		}
	}
	parts = parts[1:]
	if len(parts) == 0 {
		if !isDir {
			b.anomaly(NoPackageDir, raw, "top-level entry dropped")
		}
		return "", false, nil
	}
	if len(parts) > npmMaxDepth {
		b.anomaly(DeepPath, raw, fmt.Sprintf("%d components", len(parts)))
		return "", false, nil
	}
	if len(parts) > b.lim.MaxDepth {
		return "", false, fmt.Errorf("entry %q has %d path components, limit %d: %w", clip(raw), len(parts), b.lim.MaxDepth, ErrTooDeep)
	}
	// fs.ValidPath rejects invalid UTF-8: keep such names reachable.
	return strings.ToValidUTF8(strings.Join(parts, "/"), "\uFFFD"), true, nil
}

// maxPathLen bounds entry names and link targets kept.
const maxPathLen = 4096

var folder = cases.Fold()

// foldHash returns a hash of the key under which two names collide on a
// case-insensitive, normalising file system. Hashing keeps memory to
// 8 bytes per path whatever the path length.
func (b *builder) foldHash(s string) uint64 {
	var h maphash.Hash
	h.SetSeed(b.seed)
	ascii := true
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			ascii = false
			break
		}
	}
	if !ascii {
		h.WriteString(norm.NFC.String(folder.String(norm.NFC.String(s))))
		return h.Sum64()
	}
	var buf [256]byte
	for len(s) > 0 {
		n := copy(buf[:], s)
		for i := range n {
			if c := buf[i]; 'A' <= c && c <= 'Z' {
				buf[i] = c + 'a' - 'A'
			}
		}
		h.Write(buf[:n])
		s = s[n:]
	}
	return h.Sum64()
}

// register records p and its parents for collision detection, and reports
// entries that pass through an earlier link.
func (b *builder) register(raw, p string) error {
	for i := 0; ; {
		j := strings.IndexByte(p[i:], '/')
		prefix := p
		if j >= 0 {
			prefix = p[:i+j]
		}
		if j >= 0 && len(b.links) > 0 {
			if target, ok := b.links[prefix]; ok {
				b.anomaly(Symlink, raw, fmt.Sprintf("path passes through link %q -> %q", prefix, target))
			}
		}
		if !b.known[prefix] {
			b.known[prefix] = true
			if len(b.known) > b.lim.MaxEntries {
				return fmt.Errorf("more than %d files and directories, counting implied parents: %w", b.lim.MaxEntries, ErrTooManyEntries)
			}
			key := b.foldHash(prefix)
			if other, ok := b.folded[key]; ok {
				kind := CaseCollision
				if norm.NFC.String(other) == norm.NFC.String(prefix) {
					kind = UnicodeCollision
				}
				b.anomaly(kind, raw, fmt.Sprintf("%q collides with %q", prefix, other))
			} else {
				b.folded[key] = prefix
			}
		}
		if j < 0 {
			return nil
		}
		i += j + 1
	}
}

// duplicate records a repeated path; directories may repeat freely.
func (b *builder) duplicate(raw, p string, k entryKind) {
	prev, ok := b.seen[p]
	b.seen[p] = k
	if !ok || (prev == kindDir && k == kindDir) {
		return
	}
	b.anomaly(DuplicateEntry, raw, fmt.Sprintf("%s replaces earlier %s", k, prev))
}

// parent walks to (creating) the directory holding p, replacing files in
// the way as npm would (the last entry wins).
func (b *builder) parent(raw, p string) (*node, string) {
	n := b.fs.root
	dir, base := "", p
	if i := strings.LastIndexByte(p, '/'); i >= 0 {
		dir, base = p[:i], p[i+1:]
	}
	if dir == "" {
		return n, base
	}
	for part := range strings.SplitSeq(dir, "/") {
		c, ok := n.children[part]
		if !ok || !c.dir {
			if ok {
				b.anomaly(DuplicateEntry, raw, fmt.Sprintf("directory %q replaces an earlier file", part))
			}
			c = newDir(part)
			n.children[part] = c
		}
		n = c
	}
	return n, base
}

func (b *builder) addFile(raw, p string, perm fs.FileMode, mtime time.Time, data []byte, size int64, omitted, partial bool) error {
	if err := b.register(raw, p); err != nil {
		return err
	}
	b.duplicate(raw, p, kindFile)
	delete(b.links, p)
	dir, base := b.parent(raw, p)
	if old, ok := dir.children[base]; ok && old.dir && len(old.children) > 0 {
		b.anomaly(DuplicateEntry, raw, "file replaces a non-empty directory")
	}
	dir.children[base] = &node{name: base, perm: perm & 0o777, modTime: mtime, data: data, size: size, omitted: omitted, partial: partial}
	if omitted {
		b.anomaly(LargeFile, raw, fmt.Sprintf("%d bytes, limit %d", size, b.lim.MaxFileBytes))
	}
	return nil
}

func (b *builder) addDir(raw, p string, perm fs.FileMode, mtime time.Time) error {
	if err := b.register(raw, p); err != nil {
		return err
	}
	b.duplicate(raw, p, kindDir)
	delete(b.links, p)
	dir, base := b.parent(raw, p)
	if old, ok := dir.children[base]; ok && old.dir {
		old.perm, old.modTime = perm&0o777, mtime
		return nil
	}
	d := newDir(base)
	d.perm, d.modTime = perm&0o777, mtime
	dir.children[base] = d
	return nil
}

// addLink records a link; like npm the link replaces whatever was at p,
// but it is never created, so p disappears from the tree.
func (b *builder) addLink(raw, p string, kind AnomalyKind, target string) error {
	if len(target) > maxPathLen {
		target = strings.Clone(target[:maxPathLen]) + "…"
	}
	b.anomaly(kind, raw, "target "+fmt.Sprintf("%q", target)+linkEscapes(p, target, kind))
	if err := b.register(raw, p); err != nil {
		return err
	}
	b.duplicate(raw, p, kindLink)
	b.links[p] = target
	dir, base := b.parent(raw, p)
	delete(dir.children, base)
	return nil
}

// linkEscapes notes when a link target leaves the package.
func linkEscapes(p, target string, kind AnomalyKind) string {
	t := strings.ReplaceAll(target, `\`, "/")
	if strings.HasPrefix(t, "/") || (len(t) >= 2 && t[1] == ':' && isDriveLetter(t[0])) {
		return ", outside the package"
	}
	// Symlink targets are relative to the link's directory; hardlink
	// targets are archive paths (usually "package/...").
	depth := strings.Count(p, "/")
	if kind == Hardlink {
		depth = 0
	}
	for c := range strings.SplitSeq(t, "/") {
		switch c {
		case "", ".":
		case "..":
			depth--
			if depth < 0 {
				return ", outside the package"
			}
		default:
			depth++
		}
	}
	return ""
}

func clip(s string) string {
	if len(s) > 256 {
		return s[:256] + "…"
	}
	return s
}
