package anki

import (
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"time"

	"github.com/flashmark/flashmark/export"
	"github.com/flashmark/flashmark/notes"
)

// An Exporter writes a deck as an Anki package (.apkg). Its fields are
// options; the zero value writes every answered note into one deck per
// section, with a card per note (per cloze number for cloze notes) and no
// local images. An Exporter is safe for concurrent use when its fields are
// not changed during an export.
type Exporter struct {
	// DeckName names the top deck, such as "Interview::Kubernetes"; empty
	// means the deck's own name (notes.Deck.DisplayName).
	DeckName string
	// Flat puts every note in the top deck instead of a sub-deck per
	// section ("Deck::Section::Subsection").
	Flat bool
	// Reversed gives basic notes a second card that asks the answer and
	// shows the question, using the note type "flashmark Basic (and
	// reversed card)" instead of "flashmark Basic".
	Reversed bool
	// IncludeUnanswered writes unanswered questions too, with an empty
	// answer. By default they are left out and counted in Summary.Skipped.
	IncludeUnanswered bool
	// Tags are added to every note's own tags.
	Tags []string
	// Media is the root local images are read from, usually
	// (*os.Root).FS() of the notes' directory; an image outside it is
	// refused. Nil embeds no local image: each one is a diagnostic.
	Media fs.FS
	// Time stamps the package: ids, modification times and zip entries
	// derive from it. The zero Time means now. A fixed Time gives
	// byte-identical packages.
	Time time.Time
	// Progress, when set, is called from the exporting goroutine as notes
	// are written, with the number written so far and the total.
	Progress func(done, total int)
	// Previous is the package this export replaces, as read by
	// ReadPrevious. A note whose guid, note type, fields (all but Source)
	// and tags are unchanged keeps its modification time from there, so
	// that importing the new package does not overwrite what the learner
	// edited in Anki. Update (and so export.WriteFile) sets it from the
	// file it replaces.
	Previous *Previous
}

var (
	_ export.Updater     = (*Exporter)(nil)
	_ export.NameChecker = (*Exporter)(nil)
)

// Export writes d to w as an Anki package and says what it wrote: notes,
// cards, media files, the notes skipped as unanswered, and every
// diagnostic, the deck's own and the export's (an image that could not be
// embedded...). To write a file, use export.WriteFile, which also keeps the
// modification times of unchanged notes when it replaces an earlier
// package (see Update).
func (e *Exporter) Export(ctx context.Context, w io.Writer, d *notes.Deck) (sum *export.Summary, err error) {
	defer export.Recover(&err, "anki")
	if d == nil {
		return nil, errors.New("anki: nil deck")
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	p, err := e.plan(d)
	if err != nil {
		return nil, err
	}
	// The collection is built in a temporary file and streamed into the
	// zip: an in-memory database measured the same speed but held the
	// collection three times over (SQLite's pages, sqlite3_serialize's copy,
	// the Go copy), some 270 MB more at 100,000 notes.
	dir, err := os.MkdirTemp("", "flashmark-anki-*")
	if err != nil {
		return nil, fmt.Errorf("anki: %w", err)
	}
	defer os.RemoveAll(dir)
	path := filepath.Join(dir, collectionEntry)
	if err := e.build(ctx, p, path); err != nil {
		return nil, err
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("anki: %w", err)
	}
	defer f.Close()
	if err := p.pack(ctx, w, f); err != nil {
		return nil, err
	}
	return &export.Summary{
		Notes:       len(p.items),
		Cards:       p.cards,
		Media:       len(p.media.files),
		Skipped:     p.skipped,
		Diagnostics: export.Diagnostics(d, p.diags),
	}, nil
}
