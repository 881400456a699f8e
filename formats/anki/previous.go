package anki

import (
	"archive/zip"
	"compress/flate"
	"context"
	"database/sql/driver"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
)

// Previous is what an earlier package said about its notes: for each guid,
// the note's modification time and a digest of its content. Set
// Exporter.Previous to it (WriteFile does) so that notes that did not
// change keep their modification time.
type Previous struct {
	notes map[string]prevNote
}

type prevNote struct {
	mod int64
	mid int64 // the note type
	sum [16]byte
}

// Len returns the number of notes of the previous package that can carry
// their modification time over.
func (p *Previous) Len() int {
	if p == nil {
		return 0
	}
	return len(p.notes)
}

// maxCollectionSize bounds the collection read from a previous package,
// which is untrusted input: a zip entry can claim any size.
const maxCollectionSize = 1 << 30

// ReadPrevious reads a package written by this exporter (or any package in
// Anki's legacy layout) from r, of size bytes. Only notes of flashmark's
// note types are kept; the rest of the package is ignored. It returns an
// error wrapping ErrNotPackage when r is not such a package.
func ReadPrevious(ctx context.Context, r io.ReaderAt, size int64) (*Previous, error) {
	zr, err := zip.NewReader(r, size)
	if err != nil {
		return nil, fmt.Errorf("anki: previous package: %w: %w", ErrNotPackage, err)
	}
	var entry *zip.File
	for _, f := range zr.File {
		if f.Name == collectionEntry {
			entry = f
			break
		}
	}
	if entry == nil {
		return nil, fmt.Errorf("anki: previous package: %w: no %s", ErrNotPackage, collectionEntry)
	}
	if entry.UncompressedSize64 > maxCollectionSize {
		return nil, fmt.Errorf("anki: previous package: %w: %s of %d bytes", ErrNotPackage, collectionEntry, entry.UncompressedSize64)
	}
	prev, err := readCollection(ctx, entry)
	if err != nil {
		return nil, fmt.Errorf("anki: previous package: %w", err)
	}
	return prev, nil
}

// readCollection copies the collection entry to a temporary file, which
// SQLite opens read-only and immutable (no journal, no lock, no write),
// and reads its notes. Errors of the package's content wrap ErrNotPackage.
func readCollection(ctx context.Context, entry *zip.File) (*Previous, error) {
	rc, err := entry.Open()
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrNotPackage, err)
	}
	defer rc.Close()
	dir, err := os.MkdirTemp("", "flashmark-anki-*")
	if err != nil {
		return nil, err
	}
	defer os.RemoveAll(dir)
	path := filepath.Join(dir, collectionEntry)
	f, err := os.Create(path)
	if err != nil {
		return nil, err
	}
	n, err := io.Copy(f, io.LimitReader(rc, maxCollectionSize+1))
	if cerr := f.Close(); cerr != nil {
		return nil, cerr
	}
	switch {
	case errors.Is(err, zip.ErrChecksum) || errors.Is(err, io.ErrUnexpectedEOF) || errors.Is(err, zip.ErrFormat):
		return nil, fmt.Errorf("%w: %w", ErrNotPackage, err)
	case err != nil:
		var ce flate.CorruptInputError
		if errors.As(err, &ce) {
			return nil, fmt.Errorf("%w: %w", ErrNotPackage, err)
		}
		return nil, err
	case n == 0 || n > maxCollectionSize:
		return nil, fmt.Errorf("%w: %s of %d bytes", ErrNotPackage, collectionEntry, n)
	}
	prev, err := readNotes(ctx, path)
	if err != nil && ctx.Err() == nil {
		return nil, fmt.Errorf("%w: %w", ErrNotPackage, err)
	}
	return prev, err
}

// ReadPreviousFile reads the package in the file name with ReadPrevious.
// A missing file gives an error for which errors.Is(err, fs.ErrNotExist)
// holds.
func ReadPreviousFile(ctx context.Context, name string) (*Previous, error) {
	f, err := os.Open(name)
	if err != nil {
		return nil, fmt.Errorf("anki: previous package: %w", err)
	}
	defer f.Close()
	info, err := f.Stat()
	if err != nil {
		return nil, fmt.Errorf("anki: previous package: %w", err)
	}
	return ReadPrevious(ctx, f, info.Size())
}

// readNotes reads the notes of the collection database file path.
func readNotes(ctx context.Context, path string) (*Previous, error) {
	prev := &Previous{notes: map[string]prevNote{}}
	err := withDB(ctx, sqliteURI(path, "mode=ro&immutable=1"), func(c driver.Conn) error {
		// A database from elsewhere may be corrupt or hostile: SQLite
		// checks its cells, runs no function its schema names, and only a
		// plain select runs on it.
		if err := execAll(c, "pragma trusted_schema = off", "pragma query_only = on", "pragma cell_size_check = on"); err != nil {
			return err
		}
		q, ok := c.(driver.QueryerContext)
		if !ok {
			return errors.New("SQLite driver cannot query")
		}
		rows, err := q.QueryContext(ctx, "select guid, mid, mod, flds, tags from notes", nil)
		if err != nil {
			return err
		}
		defer rows.Close()
		v := make([]driver.Value, 5)
		for {
			if err := rows.Next(v); err == io.EOF {
				return nil
			} else if err != nil {
				return err
			}
			guid, ok1 := text(v[0])
			mid, ok2 := v[1].(int64)
			mod, ok3 := v[2].(int64)
			flds, ok4 := text(v[3])
			tags, ok5 := text(v[4])
			if !(ok1 && ok2 && ok3 && ok4 && ok5) || mod <= 0 || !ours(mid) {
				continue // not a note this exporter wrote
			}
			prev.notes[guid] = prevNote{mod: mod, mid: mid, sum: contentSum(mid, flds, tags)}
		}
	})
	if err != nil {
		return nil, err
	}
	return prev, nil
}

func text(v driver.Value) (string, bool) {
	switch v := v.(type) {
	case string:
		return v, true
	case []byte:
		return string(v), true
	}
	return "", false
}

// ours reports whether mid is one of flashmark's note types.
func ours(mid int64) bool {
	return slices.ContainsFunc(noteTypes, func(t *noteType) bool { return t.id == mid })
}
