package export

import (
	"cmp"
	"context"
	"io"
	"slices"

	"github.com/flashmark/flashmark/notes"
)

// An Exporter writes a deck in one output format and says what it wrote.
// Exporters are plain values whose exported fields are options; their zero
// value works.
//
// Export returns a Summary on success. Its Diagnostics hold every remark a
// program should show its user, the deck's own (from the parser) included,
// in file order, so that one call is enough to report everything.
type Exporter interface {
	Export(ctx context.Context, w io.Writer, d *notes.Deck) (*Summary, error)
}

// An Updater is an Exporter whose output depends on the file it replaces:
// an Anki package keeps the modification times of the notes that did not
// change since the old file was written, so that importing the new one
// does not overwrite the learner's edits. WriteFile calls Update instead of
// Export when a file of the same kind is already at the name it writes.
type Updater interface {
	Exporter
	// Update is Export for output that replaces old, an earlier file of
	// the same kind of size bytes. An old file that cannot be read is
	// reported among the diagnostics and otherwise ignored.
	Update(ctx context.Context, w io.Writer, d *notes.Deck, old io.ReaderAt, size int64) (*Summary, error)
}

// Summary says what an export wrote, for a program to show its user.
type Summary struct {
	Notes   int // notes written
	Cards   int // cards (or pages, entries) those notes made
	Media   int // media files embedded
	Skipped int // notes left out, such as unanswered questions
	// Bytes is the size of the output, when WriteFile wrote it.
	Bytes int64
	// Diagnostics are the deck's diagnostics and the exporter's remarks (a
	// missing image, a character the format cannot show), in file order.
	Diagnostics []notes.Diagnostic
}

// Diagnostics returns the deck's diagnostics followed by more, sorted in
// file order (by file name, then offset; stable otherwise) with exact
// repeats removed: what an exporter puts in its Summary.
func Diagnostics(d *notes.Deck, more ...[]notes.Diagnostic) []notes.Diagnostic {
	var all []notes.Diagnostic
	if d != nil {
		all = append(all, d.Diagnostics...)
	}
	for _, m := range more {
		all = append(all, m...)
	}
	SortDiagnostics(all)
	return slices.Compact(all)
}

// SortDiagnostics sorts diagnostics in file order: by file name, then by
// offset, keeping the order of those at the same place.
func SortDiagnostics(ds []notes.Diagnostic) {
	slices.SortStableFunc(ds, func(a, b notes.Diagnostic) int {
		return cmp.Or(cmp.Compare(a.Pos.Filename, b.Pos.Filename), cmp.Compare(a.Pos.Offset, b.Pos.Offset))
	})
}

// A NameChecker is an Exporter that refuses some file names for its
// output, such as names another program treats specially. WriteFile asks
// it before writing anything.
type NameChecker interface {
	Exporter
	// CheckName returns an error saying why name is unfit, or nil.
	CheckName(name string) error
}
