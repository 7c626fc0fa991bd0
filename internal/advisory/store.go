package advisory

import (
	"archive/zip"
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"

	_ "modernc.org/sqlite" // pure-Go SQLite driver "sqlite"
)

// StoreFile is the store's file name inside the cache directory.
const StoreFile = "advisories.db"

// Import limits.
const (
	DefaultMaxEntries  = 5_000_000
	DefaultMaxInflated = 16 << 30 // total decoded bytes of one import
)

// schemaVersion changes when the table layout or the stored Advisory
// encoding changes; an older store must be re-imported.
const schemaVersion = "1"

// Store is a local advisory database (SQLite, pure Go) filled from an OSV
// export. It implements Source. It is safe for concurrent use, also
// across processes (SQLite locking; an import is one transaction).
type Store struct {
	db   *sql.DB
	path string
}

// OpenStore opens (creating if needed) the store at path.
func OpenStore(path string) (*Store, error) {
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return nil, fmt.Errorf("advisory store %q: %w", path, err)
	}
	dsn := "file:" + filepath.ToSlash(path) + "?_pragma=busy_timeout(10000)&_pragma=journal_mode(WAL)&_pragma=synchronous(NORMAL)"
	db, err := sql.Open("sqlite", dsn)
	if err != nil {
		return nil, fmt.Errorf("advisory store %q: %w", path, err)
	}
	s := &Store{db: db, path: path}
	if err := s.init(); err != nil {
		db.Close()
		return nil, fmt.Errorf("advisory store %q: %w", path, err)
	}
	return s, nil
}

// OpenExistingStore opens the store at path for reading; a missing file is
// an ErrUnavailable error saying to run "depfence db import".
func OpenExistingStore(path string) (*Store, error) {
	if _, err := os.Stat(path); err != nil {
		return nil, &UnavailableError{Source: "osv database", Reason: fmt.Sprintf("no database at %q (run: depfence db import FILE|DIR)", path)}
	}
	return OpenStore(path)
}

func (s *Store) init() error {
	_, err := s.db.Exec(`
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS advisory (
	package TEXT NOT NULL,
	id      TEXT NOT NULL,
	malware INTEGER NOT NULL,
	data    BLOB NOT NULL,
	PRIMARY KEY (package, id)
) WITHOUT ROWID;`)
	if err != nil {
		return err
	}
	var v string
	err = s.db.QueryRow(`SELECT value FROM meta WHERE key = 'schema'`).Scan(&v)
	switch {
	case errors.Is(err, sql.ErrNoRows):
		_, err = s.db.Exec(`INSERT INTO meta(key, value) VALUES ('schema', ?)`, schemaVersion)
		return err
	case err != nil:
		return err
	case v != schemaVersion:
		return fmt.Errorf("store schema %q, this depfence reads %q: import the database again", v, schemaVersion)
	}
	return nil
}

// Close closes the store.
func (s *Store) Close() error { return s.db.Close() }

// Path returns the store's file path.
func (s *Store) Path() string { return s.path }

// Name implements Source.
func (s *Store) Name() string { return "osv database" }

// ImportOptions tune Import.
type ImportOptions struct {
	// Merge keeps the entries already in the store (an import otherwise
	// replaces them, so withdrawn and deleted entries disappear).
	Merge bool
	// Now is recorded as the import time.
	Now time.Time
	// MaxEntries and MaxInflated cap the files read and their total
	// decoded bytes (0: defaults).
	MaxEntries  int
	MaxInflated int64
}

// ImportStats says what an import did.
type ImportStats struct {
	Files      int      // JSON documents read
	Entries    int      // OSV entries with at least one npm package
	Advisories int      // (package, id) rows written
	Malware    int      // of which malware
	Skipped    int      // documents that are not OSV, withdrawn or not npm
	Errors     []string // the first problems, naming the file
}

// Info describes the store's content.
type Info struct {
	Path         string
	Advisories   int
	Packages     int
	Malware      int
	ImportedAt   string // RFC 3339
	ImportedFrom string
}

// Import loads an OSV export into the store: a zip of OSV JSON files (the
// ecosystem "all.zip"), a directory tree of them, or one JSON file. Only
// npm packages are kept. Each file is capped at MaxOSVSize; unreadable
// documents are counted and named, not fatal, unless nothing was usable.
func (s *Store) Import(ctx context.Context, path string, o ImportOptions) (ImportStats, error) {
	var st ImportStats
	if o.MaxEntries <= 0 {
		o.MaxEntries = DefaultMaxEntries
	}
	if o.MaxInflated <= 0 {
		o.MaxInflated = DefaultMaxInflated
	}
	fi, err := os.Stat(path)
	if err != nil {
		return st, fmt.Errorf("import %q: %w", path, err)
	}
	root := path
	if fi.IsDir() {
		// The directory named on the command line may be a symbolic link;
		// links inside it are not followed.
		if root, err = filepath.EvalSymlinks(path); err != nil {
			return st, fmt.Errorf("import %q: %w", path, err)
		}
	}
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return st, fmt.Errorf("import %q: %w", path, err)
	}
	defer tx.Rollback()
	if !o.Merge {
		if _, err := tx.ExecContext(ctx, `DELETE FROM advisory`); err != nil {
			return st, fmt.Errorf("import %q: %w", path, err)
		}
	}
	ins, err := tx.PrepareContext(ctx, `INSERT OR REPLACE INTO advisory(package, id, malware, data) VALUES (?, ?, ?, ?)`)
	if err != nil {
		return st, fmt.Errorf("import %q: %w", path, err)
	}
	defer ins.Close()
	var total int64
	add := func(name string, r io.Reader) error {
		if err := ctx.Err(); err != nil {
			return err
		}
		st.Files++
		if st.Files > o.MaxEntries {
			return fmt.Errorf("more than %d files", o.MaxEntries)
		}
		data, err := io.ReadAll(io.LimitReader(r, MaxOSVSize+1))
		total += int64(len(data))
		if total > o.MaxInflated {
			return fmt.Errorf("more than %d bytes of JSON", o.MaxInflated)
		}
		if err != nil {
			st.problem(name, err)
			return nil
		}
		advs, err := ParseOSV(data)
		if err != nil {
			st.problem(name, err)
			return nil
		}
		if len(advs) == 0 {
			st.Skipped++
			return nil
		}
		st.Entries++
		for _, a := range advs {
			b, err := json.Marshal(a)
			if err != nil {
				st.problem(name, err)
				continue
			}
			mal := 0
			if a.Malware {
				mal = 1
				st.Malware++
			}
			if _, err := ins.ExecContext(ctx, a.Package, a.ID, mal, b); err != nil {
				return err
			}
			st.Advisories++
		}
		return nil
	}
	switch {
	case fi.IsDir():
		err = importDir(root, add)
	case strings.EqualFold(filepath.Ext(path), ".zip"):
		err = importZip(path, add)
	default:
		err = importFile(path, add)
	}
	if err != nil {
		return st, fmt.Errorf("import %q: %w", path, err)
	}
	if st.Entries == 0 {
		// Never replace a database with nothing: a wrong path or the wrong
		// ecosystem's export must not silently empty it.
		if len(st.Errors) > 0 {
			return st, fmt.Errorf("import %q: no OSV npm entries could be read (first problem: %s)", path, st.Errors[0])
		}
		return st, fmt.Errorf("import %q: no OSV entries for npm packages in %d JSON files (the npm ecosystem export is npm/all.zip)", path, st.Files)
	}
	now := o.Now
	if now.IsZero() {
		now = time.Unix(0, 0)
	}
	abs, _ := filepath.Abs(path)
	for k, v := range map[string]string{"imported_at": now.UTC().Format(time.RFC3339), "imported_from": abs} {
		if _, err := tx.ExecContext(ctx, `INSERT OR REPLACE INTO meta(key, value) VALUES (?, ?)`, k, v); err != nil {
			return st, fmt.Errorf("import %q: %w", path, err)
		}
	}
	if err := tx.Commit(); err != nil {
		return st, fmt.Errorf("import %q: %w", path, err)
	}
	return st, nil
}

func (st *ImportStats) problem(name string, err error) {
	st.Skipped++
	if len(st.Errors) < 20 {
		st.Errors = append(st.Errors, fmt.Sprintf("%s: %v", name, err))
	}
}

func importFile(path string, add func(string, io.Reader) error) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	return add(filepath.Base(path), f)
}

// importDir reads every regular *.json file under dir; symbolic links
// are not followed.
func importDir(dir string, add func(string, io.Reader) error) error {
	return filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if !d.Type().IsRegular() || !strings.EqualFold(filepath.Ext(p), ".json") {
			return nil
		}
		f, err := os.Open(p)
		if err != nil {
			return err
		}
		defer f.Close()
		rel, _ := filepath.Rel(dir, p)
		return add(rel, f)
	})
}

// importZip reads every *.json member; names are only labels (nothing is
// extracted), sizes are counted as they inflate.
func importZip(path string, add func(string, io.Reader) error) error {
	zr, err := zip.OpenReader(path)
	if err != nil {
		return err
	}
	defer zr.Close()
	for _, f := range zr.File {
		if f.FileInfo().IsDir() || !strings.EqualFold(filepath.Ext(f.Name), ".json") {
			continue
		}
		rc, err := f.Open()
		if err != nil {
			if err := add(f.Name, errReader{err}); err != nil {
				return err
			}
			continue
		}
		err = add(f.Name, rc)
		rc.Close()
		if err != nil {
			return err
		}
	}
	return nil
}

type errReader struct{ err error }

func (e errReader) Read([]byte) (int, error) { return 0, e.err }

// Query implements Source: the stored advisories of each name that affect
// at least one of its versions.
func (s *Store) Query(ctx context.Context, pkgs map[string][]string) (map[string][]Advisory, error) {
	out := map[string][]Advisory{}
	var at string
	if err := s.db.QueryRowContext(ctx, `SELECT value FROM meta WHERE key = 'imported_at'`).Scan(&at); err != nil {
		return out, &UnavailableError{Source: s.Name(), Reason: fmt.Sprintf("nothing imported into %q (run: depfence db import FILE|DIR)", s.path)}
	}
	stmt, err := s.db.PrepareContext(ctx, `SELECT data FROM advisory WHERE package = ? ORDER BY id`)
	if err != nil {
		return out, &UnavailableError{Source: s.Name(), Reason: "cannot read " + s.path, Err: err}
	}
	defer stmt.Close()
	names := slices.Sorted(func(yield func(string) bool) {
		for n := range pkgs {
			if !yield(n) {
				return
			}
		}
	})
	for _, name := range names {
		if err := ctx.Err(); err != nil {
			return out, err
		}
		rows, err := stmt.QueryContext(ctx, name)
		if err != nil {
			return out, fmt.Errorf("%s: query %q: %w", s.Name(), name, err)
		}
		for rows.Next() {
			var b []byte
			if err := rows.Scan(&b); err != nil {
				rows.Close()
				return out, fmt.Errorf("%s: query %q: %w", s.Name(), name, err)
			}
			var a Advisory
			if err := json.Unmarshal(b, &a); err != nil {
				continue
			}
			if slices.ContainsFunc(pkgs[name], a.Affects) {
				out[name] = append(out[name], a)
			}
		}
		err = rows.Err()
		rows.Close()
		if err != nil {
			return out, fmt.Errorf("%s: query %q: %w", s.Name(), name, err)
		}
	}
	return out, nil
}

// Info reports the store's size and provenance.
func (s *Store) Info(ctx context.Context) (Info, error) {
	in := Info{Path: s.path}
	err := s.db.QueryRowContext(ctx, `SELECT count(*), count(DISTINCT package), coalesce(sum(malware), 0) FROM advisory`).
		Scan(&in.Advisories, &in.Packages, &in.Malware)
	if err != nil {
		return in, fmt.Errorf("advisory store %q: %w", s.path, err)
	}
	rows, err := s.db.QueryContext(ctx, `SELECT key, value FROM meta`)
	if err != nil {
		return in, fmt.Errorf("advisory store %q: %w", s.path, err)
	}
	defer rows.Close()
	for rows.Next() {
		var k, v string
		if err := rows.Scan(&k, &v); err != nil {
			return in, err
		}
		switch k {
		case "imported_at":
			in.ImportedAt = v
		case "imported_from":
			in.ImportedFrom = v
		}
	}
	return in, rows.Err()
}
