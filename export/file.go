package export

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"github.com/flashmark/flashmark/notes"
)

// A FileWriter is an Exporter that writes files itself, because what it
// writes depends on the file it replaces: an Anki package keeps the
// modification times of the notes that did not change since the file at
// name was written. It writes atomically, as WriteFile does.
type FileWriter interface {
	Exporter
	WriteFile(ctx context.Context, name string, d *notes.Deck) (*Summary, error)
}

// WriteFile exports d with e to the file name, atomically: the output goes to
// a temporary file in the same directory, which replaces name only when the
// export succeeds. On error or cancellation name is left as it was and no
// temporary file remains. An e that is a FileWriter writes the file itself.
func WriteFile(ctx context.Context, e Exporter, name string, d *notes.Deck) error {
	if fw, ok := e.(FileWriter); ok {
		_, err := fw.WriteFile(ctx, name, d)
		return err
	}
	return WriteFileFunc(ctx, name, func(w io.Writer) error {
		return e.Export(ctx, w, d)
	})
}

// WriteFileFunc writes the file name atomically with write, as WriteFile
// does, for output that does not come from an Exporter alone (for example
// an ExportSummary call).
func WriteFileFunc(ctx context.Context, name string, write func(w io.Writer) error) (err error) {
	if err := ctx.Err(); err != nil {
		return err
	}
	dir, base := filepath.Split(name)
	if dir == "" {
		dir = "."
	}
	tmp, err := os.CreateTemp(dir, "."+base+".*.tmp")
	if err != nil {
		return fmt.Errorf("export: %w", err)
	}
	defer func() {
		if err != nil {
			tmp.Close()
			os.Remove(tmp.Name())
		}
	}()
	if err = write(tmp); err != nil {
		return err
	}
	if err = ctx.Err(); err != nil {
		return err
	}
	if err = tmp.Sync(); err != nil {
		return fmt.Errorf("export: %w", err)
	}
	if err = tmp.Close(); err != nil {
		return fmt.Errorf("export: %w", err)
	}
	// CreateTemp makes the file 0600; an output file is for sharing.
	if err = os.Chmod(tmp.Name(), 0o644); err != nil && !errors.Is(err, os.ErrPermission) {
		return fmt.Errorf("export: %w", err)
	}
	if err = os.Rename(tmp.Name(), name); err != nil {
		return fmt.Errorf("export: %w", err)
	}
	return nil
}
