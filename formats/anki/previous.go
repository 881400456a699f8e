package anki

import (
	"archive/zip"
	"bytes"
	"context"
	"database/sql/driver"
	"errors"
	"fmt"
	"io"
	"os"
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
	rc, err := entry.Open()
	if err != nil {
		return nil, fmt.Errorf("anki: previous package: %w: %w", ErrNotPackage, err)
	}
	var buf bytes.Buffer
	buf.Grow(int(entry.UncompressedSize64))
	_, err = io.Copy(&buf, io.LimitReader(rc, maxCollectionSize+1))
	rc.Close()
	if err != nil {
		return nil, fmt.Errorf("anki: previous package: %w: %w", ErrNotPackage, err)
	}
	if buf.Len() == 0 || buf.Len() > maxCollectionSize {
		return nil, fmt.Errorf("anki: previous package: %w: %s of %d bytes", ErrNotPackage, collectionEntry, buf.Len())
	}
	prev, err := readNotes(ctx, buf.Bytes())
	if err != nil {
		return nil, fmt.Errorf("anki: previous package: %w: %w", ErrNotPackage, err)
	}
	return prev, nil
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

// readNotes reads the notes of a collection's database file.
func readNotes(ctx context.Context, db []byte) (*Previous, error) {
	prev := &Previous{notes: map[string]prevNote{}}
	err := withMemoryDB(ctx, func(c driver.Conn) error {
		s, ok := c.(serializer)
		if !ok {
			return errors.New("SQLite driver cannot deserialize")
		}
		// A database from elsewhere may be corrupt or hostile: SQLite reads
		// it defensively, and only plain selects run on it.
		if err := execAll(c, "pragma trusted_schema = off"); err != nil {
			return err
		}
		if err := s.Deserialize(db); err != nil {
			return err
		}
		if err := execAll(c, "pragma query_only = on", "pragma cell_size_check = on"); err != nil {
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
			prev.notes[guid] = prevNote{mod: mod, sum: contentSum(mid, flds, tags)}
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
