package anki

import (
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"

	"github.com/flashmark/flashmark/export"
	"github.com/flashmark/flashmark/notes"
)

// WriteFile exports d with e to the file name, atomically (see
// export.WriteFileFunc), and returns the summary. When name already holds
// a package and e.Previous is nil, that package is the previous one: notes
// that did not change keep their modification time, so re-importing the
// new file into Anki updates only the notes that changed. A file at name
// that cannot be read as a package is replaced all the same, with a
// warning among the diagnostics. A nil e is the zero Exporter.
func WriteFile(ctx context.Context, e *Exporter, name string, d *notes.Deck) (*export.Summary, error) {
	return e.WriteFile(ctx, name, d)
}

// WriteFile is the function WriteFile with e, so that *Exporter is an
// export.FileWriter: programs that pick formats from a catalogue keep the
// modification times of unchanged notes too.
func (e *Exporter) WriteFile(ctx context.Context, name string, d *notes.Deck) (*export.Summary, error) {
	var ex Exporter
	if e != nil {
		ex = *e
	}
	var warn []notes.Diagnostic
	if ex.Previous == nil {
		prev, err := ReadPreviousFile(ctx, name)
		switch {
		case err == nil:
			ex.Previous = prev
		case errors.Is(err, fs.ErrNotExist):
		case ctx.Err() != nil:
			return nil, ctx.Err()
		default:
			warn = append(warn, notes.Diagnostic{
				Pos:      notes.Position{Filename: name},
				Severity: notes.Warning,
				Msg:      fmt.Sprintf("%v; every note is written as changed", err),
			})
		}
	}
	var sum *export.Summary
	var exportErr error
	err := export.WriteFileFunc(ctx, name, func(w io.Writer) error {
		sum, exportErr = ex.ExportSummary(ctx, w, d)
		return exportErr
	})
	switch {
	case exportErr != nil:
		return nil, exportErr
	case err != nil && ctx.Err() != nil:
		return nil, err
	case err != nil:
		return nil, fmt.Errorf("anki: write %s: %w", name, err)
	}
	sum.Diagnostics = append(warn, sum.Diagnostics...)
	return sum, nil
}

var _ export.FileWriter = (*Exporter)(nil)
