package archive

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"strings"
)

// FromDir builds the same read-only FS from a local package directory (for
// analysing a checkout). Paths are taken as they are: nothing is stripped.
// Symbolic links are recorded as Symlink anomalies with their target (when
// fsys implements fs.ReadLinkFS, as os.DirFS does) and never followed;
// special files are recorded and skipped. The byte, per-file, entry and
// depth limits apply; the ratio and time limits do not. A file swapped for
// a link between listing and opening is followed by os.DirFS: analyse
// directories nobody else is writing to.
func FromDir(fsys fs.FS, lim Limits) (*FS, error) {
	lim = lim.withDefaults()
	b := newBuilder(lim)
	var total int64
	entries := 0
	err := fs.WalkDir(fsys, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return fmt.Errorf("walk %q: %w", p, err)
		}
		if p == "." {
			return nil
		}
		entries++
		if entries > lim.MaxEntries {
			return fmt.Errorf("more than %d entries: %w", lim.MaxEntries, ErrTooManyEntries)
		}
		if why := badName(p); why != "" {
			b.anomaly(BadName, p, why)
		}
		if depth := strings.Count(p, "/") + 1; depth > lim.MaxDepth {
			return fmt.Errorf("path %q has %d components, limit %d: %w", clip(p), depth, lim.MaxDepth, ErrTooDeep)
		}
		t := d.Type()
		switch {
		case t&fs.ModeSymlink != 0:
			target, err := fs.ReadLink(fsys, p)
			if err != nil {
				target = "(unreadable)"
			}
			return b.addLink(p, p, Symlink, target)
		case d.IsDir():
			info, err := d.Info()
			if err != nil {
				return fmt.Errorf("stat %q: %w", p, err)
			}
			return b.addDir(p, p, info.Mode().Perm(), info.ModTime())
		case !t.IsRegular():
			b.anomaly(SpecialFile, p, t.String())
			return nil
		}
		keep := lim.Retain == nil || lim.Retain(p)
		data, size, omitted, info, err := readLocal(fsys, p, lim.MaxFileBytes, keep)
		if err == nil && !keep && lim.RetainHead != nil && lim.RetainHead(p, data) {
			keep = true // kept after all, by its first bytes: read it whole
			data, size, omitted, info, err = readLocal(fsys, p, lim.MaxFileBytes, true)
		}
		if err != nil {
			return err
		}
		total += size
		if total > lim.MaxBytes {
			return fmt.Errorf("more than %d bytes: %w", lim.MaxBytes, ErrTooLarge)
		}
		return b.addFile(p, p, info.Mode().Perm(), info.ModTime(), data, size, omitted, !keep)
	})
	if err != nil {
		return nil, err
	}
	return b.finish(), nil
}

// readLocal reads a file of fsys, or with keep false only its first
// HeadBytes (Limits.Retain): the size then comes from Stat.
func readLocal(fsys fs.FS, p string, limit int64, keep bool) (data []byte, size int64, omitted bool, info fs.FileInfo, err error) {
	f, err := fsys.Open(p)
	if err != nil {
		return nil, 0, false, nil, fmt.Errorf("open %q: %w", p, err)
	}
	defer f.Close()
	info, err = f.Stat()
	if err != nil {
		return nil, 0, false, nil, fmt.Errorf("stat %q: %w", p, err)
	}
	if !info.Mode().IsRegular() {
		return nil, 0, false, nil, fmt.Errorf("%q changed type while being read: %w", p, fs.ErrInvalid)
	}
	if !keep {
		head := make([]byte, min(info.Size(), HeadBytes))
		n, err := io.ReadFull(f, head)
		if err != nil && !errors.Is(err, io.ErrUnexpectedEOF) && !errors.Is(err, io.EOF) {
			return nil, 0, false, nil, fmt.Errorf("read %q: %w", p, err)
		}
		return head[:n], info.Size(), false, info, nil
	}
	if info.Size() > limit {
		return nil, info.Size(), true, info, nil
	}
	data, size, omitted, err = readData(f, info.Size(), limit)
	if err != nil && !errors.Is(err, io.EOF) {
		return nil, 0, false, nil, fmt.Errorf("read %q: %w", p, err)
	}
	return data, size, omitted, info, nil
}
