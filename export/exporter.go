package export

import (
	"context"
	"io"
	"io/fs"
	"time"

	"github.com/flashmark/flashmark/notes"
)

// An Exporter writes a deck in one output format. Exporters are plain
// values whose exported fields are options; their zero value works.
type Exporter interface {
	Export(ctx context.Context, w io.Writer, d *notes.Deck) error
}

// A Summarizer is an Exporter that also says what it wrote.
type Summarizer interface {
	Exporter
	// ExportSummary is Export, returning a summary of the output on success.
	ExportSummary(ctx context.Context, w io.Writer, d *notes.Deck) (*Summary, error)
}

// Summary says what an export wrote, for a program to show its user.
type Summary struct {
	Notes   int // notes written
	Cards   int // cards (or pages, entries) those notes made
	Media   int // media files embedded
	Skipped int // notes left out, such as unanswered questions
	// Diagnostics are the exporter's remarks (a missing image, a character
	// the format cannot show), in deck order.
	Diagnostics []notes.Diagnostic
}

// Options are the settings every format understands, for programs that
// pick a format at run time from a catalogue.
type Options struct {
	// Media is the root the notes' local images are read from, usually
	// (*os.Root).FS() of the notes' directory. Nil embeds no local media.
	Media fs.FS
	// Time stamps the output (creation dates, ids); the zero Time means
	// now. A fixed Time gives byte-identical output.
	Time time.Time
	// Progress, when set, is called as notes are written.
	Progress func(done, total int)
}
