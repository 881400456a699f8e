package anki

import (
	"context"
	"fmt"
	"io"
	"path/filepath"
	"strings"

	"github.com/flashmark/flashmark/export"
	"github.com/flashmark/flashmark/notes"
)

// Update is Export for a package that replaces old, an earlier package of
// size bytes: unless e.Previous is set, old is the previous package, so
// that notes that did not change keep their modification time and
// re-importing the new file into Anki updates only the notes that
// changed. An old file that cannot be read as a package is replaced all
// the same, with a warning among the diagnostics. export.WriteFile calls
// Update when it replaces a file.
func (e *Exporter) Update(ctx context.Context, w io.Writer, d *notes.Deck, old io.ReaderAt, size int64) (*export.Summary, error) {
	ex := *e
	var warn []notes.Diagnostic
	if ex.Previous == nil {
		prev, err := ReadPrevious(ctx, old, size)
		switch {
		case err == nil:
			ex.Previous = prev
		case ctx.Err() != nil:
			return nil, ctx.Err()
		default:
			warn = append(warn, notes.Diagnostic{
				Severity: notes.Warning,
				Msg:      fmt.Sprintf("%v; every note is written as changed", err),
			})
		}
	}
	sum, err := ex.Export(ctx, w, d)
	if err != nil {
		return nil, err
	}
	sum.Diagnostics = append(warn, sum.Diagnostics...)
	return sum, nil
}

// CheckName refuses the names that Anki imports as a whole collection
// rather than a deck: "collection.apkg" and "backup-*.apkg" (in any case)
// replace the learner's collection, reviews included, when opened.
// export.WriteFile calls it before writing anything.
func (e *Exporter) CheckName(name string) error {
	base := strings.ToLower(filepath.Base(name))
	if base == "collection.apkg" || strings.HasPrefix(base, "backup-") && strings.HasSuffix(base, ".apkg") {
		return fmt.Errorf("anki: refusing to write %s: Anki reads a file of that name as the backup of a whole collection, and importing it would replace the learner's collection; choose another name: %w", name, ErrCollectionName)
	}
	return nil
}
