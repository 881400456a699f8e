package export

import (
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"

	"github.com/flashmark/flashmark/notes"
)

// A WriteOption changes what WriteFile does.
type WriteOption func(*writeConfig)

type writeConfig struct {
	anyKind bool
}

// ReplaceAnyKind lets WriteFile replace a file at the name it writes
// whatever that file holds. Without it, WriteFile refuses to replace a file
// of another kind than the one it writes (see ErrOtherKind).
func ReplaceAnyKind() WriteOption { return func(c *writeConfig) { c.anyKind = true } }

// WriteFile exports d with e to the file name, atomically, and returns the
// exporter's summary with Bytes set.
//
// The output goes to a temporary file in the same directory, which
// replaces name only when the export succeeds: on error or cancellation
// name is left as it was and no temporary file remains.
//
// A file already at name is replaced only when it is of the kind the
// exporter writes (a PDF by a PDF, an EPUB by an EPUB...) or empty, unless
// ReplaceAnyKind is given: the user's notes, a directory or the output of
// another format is never overwritten by mistake. The error then wraps
// ErrOtherKind and names the file. A text file (such as notes) is refused
// before anything is exported.
//
// When e is a NameChecker, WriteFile first asks it whether name is fit for
// its output. When e is an Updater and a file is at name, WriteFile calls
// Update with that file instead of Export.
func WriteFile(ctx context.Context, e Exporter, name string, d *notes.Deck, opts ...WriteOption) (*Summary, error) {
	var cfg writeConfig
	for _, o := range opts {
		o(&cfg)
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	if nc, ok := e.(NameChecker); ok {
		if err := nc.CheckName(name); err != nil {
			return nil, err
		}
	}
	old, oldKind, err := openExisting(name)
	if err != nil {
		return nil, err
	}
	if old != nil {
		defer old.Close()
		if !cfg.anyKind && (oldKind == kindText || oldKind == kindUnknown) {
			return nil, fmt.Errorf("export: %s holds %s, not the output of an export; not replaced: %w", name, oldKind, ErrOtherKind)
		}
	}

	dir, base := filepath.Split(name)
	if dir == "" {
		dir = "."
	}
	tmp, err := os.CreateTemp(dir, "."+base+".*.tmp")
	if err != nil {
		return nil, fmt.Errorf("export: %w", err)
	}
	done := false
	defer func() {
		if !done {
			tmp.Close()
			os.Remove(tmp.Name())
		}
	}()

	sniff := &sniffWriter{w: tmp}
	var sum *Summary
	if u, ok := e.(Updater); ok && old != nil && oldKind != kindEmpty {
		sum, err = u.Update(ctx, sniff, d, old.f, old.size)
	} else {
		sum, err = e.Export(ctx, sniff, d)
	}
	if err != nil {
		return nil, err
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	newKind := sniffKind(sniff.head)
	if old != nil && !cfg.anyKind && oldKind != kindEmpty && oldKind != newKind {
		return nil, fmt.Errorf("export: %s holds %s, and this export writes %s; not replaced: %w", name, oldKind, newKind, ErrOtherKind)
	}
	if err := tmp.Sync(); err != nil {
		return nil, fmt.Errorf("export: %w", err)
	}
	if err := tmp.Close(); err != nil {
		return nil, fmt.Errorf("export: %w", err)
	}
	// CreateTemp makes the file 0600; an output file is for sharing.
	if err := os.Chmod(tmp.Name(), 0o644); err != nil && !errors.Is(err, os.ErrPermission) {
		return nil, fmt.Errorf("export: %w", err)
	}
	if err := os.Rename(tmp.Name(), name); err != nil {
		return nil, fmt.Errorf("export: %w", err)
	}
	done = true
	if sum == nil {
		sum = &Summary{}
	}
	sum.Bytes = sniff.n
	return sum, nil
}

// existing is the file at the name WriteFile writes.
type existing struct {
	f    *os.File
	size int64
}

func (e *existing) Close() error { return e.f.Close() }

// openExisting opens the file at name, if any, and tells its kind. A
// directory, or anything but a regular file, is an ErrOtherKind error.
func openExisting(name string) (*existing, fileKind, error) {
	info, err := os.Stat(name)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, kindEmpty, nil
	}
	if err != nil {
		return nil, kindUnknown, fmt.Errorf("export: %w", err)
	}
	if !info.Mode().IsRegular() {
		return nil, kindUnknown, fmt.Errorf("export: %s is a %s, not a file: %w", name, describeMode(info), ErrOtherKind)
	}
	f, err := os.Open(name)
	if err != nil {
		return nil, kindUnknown, fmt.Errorf("export: %w", err)
	}
	head := make([]byte, sniffLen)
	n, _ := io.ReadFull(f, head)
	kind := sniffKind(head[:n])
	return &existing{f: f, size: info.Size()}, kind, nil
}

func describeMode(info fs.FileInfo) string {
	if info.IsDir() {
		return "directory"
	}
	return "special file"
}

// sniffWriter passes writes on to w, keeping the first bytes and the count.
type sniffWriter struct {
	w    io.Writer
	head []byte
	n    int64
}

func (s *sniffWriter) Write(p []byte) (int, error) {
	if len(s.head) < sniffLen {
		s.head = append(s.head, p[:min(len(p), sniffLen-len(s.head))]...)
	}
	n, err := s.w.Write(p)
	s.n += int64(n)
	return n, err
}
