package pdf

import (
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"time"

	"github.com/flashmark/flashmark/export"
	"github.com/flashmark/flashmark/notes"
)

// A Layout is the kind of document an Exporter makes.
type Layout int

const (
	// Guide is a study guide, the zero Layout: one column of questions and
	// answers, portrait, with a title page, a table of contents, PDF
	// bookmarks by section and question, page headers and footers.
	Guide Layout = iota
	// Cheatsheet is a dense sheet to pin up: landscape, three columns of
	// small type, section titles above their notes, each question in bold
	// with its answer under it.
	Cheatsheet
	// Cards are flash cards to cut out: a grid of cards on each page
	// (2 × 4 on A4), questions on one page and answers on the next,
	// mirrored for double-sided printing with a long-edge flip, with crop
	// marks. Text shrinks to fit a card, down to a minimum size; what still
	// does not fit continues on another card.
	Cards
)

var layoutNames = []string{"guide", "cheatsheet", "cards"}

// String returns "guide", "cheatsheet" or "cards".
func (l Layout) String() string {
	if l >= 0 && int(l) < len(layoutNames) {
		return layoutNames[l]
	}
	return fmt.Sprintf("Layout(%d)", int(l))
}

// ParseLayout returns the Layout named s, as String names it.
func ParseLayout(s string) (Layout, error) {
	for i, n := range layoutNames {
		if s == n {
			return Layout(i), nil
		}
	}
	return 0, fmt.Errorf("pdf: unknown layout %q (want guide, cheatsheet or cards)", s)
}

// A PageSize is a paper size.
type PageSize int

const (
	A4     PageSize = iota // 210 × 297 mm, the zero PageSize
	Letter                 // 8.5 × 11 in
	A5                     // 148 × 210 mm
)

// points returns the portrait width and height of the size in points.
func (p PageSize) points() (w, h float64, ok bool) {
	switch p {
	case A4:
		return 595.28, 841.89, true
	case Letter:
		return 612, 792, true
	case A5:
		return 419.53, 595.28, true
	}
	return 0, 0, false
}

// An Orientation turns the page.
type Orientation int

const (
	// LayoutOrientation is the layout's own: landscape for a cheat sheet,
	// portrait for the others.
	LayoutOrientation Orientation = iota
	Portrait
	Landscape
)

// Exporter writes a deck as a printable PDF. The zero value writes a study
// guide on A4 paper with the embedded fonts, which cover Chinese (GB 2312)
// and Latin text.
//
// Export draws each note's Markdown tree itself: text is broken into lines
// by the Unicode line-breaking algorithm with the Chinese rules for line
// starts and ends, and no character is dropped. A character that no font
// has, or one beyond U+FFFF (emoji), is drawn as a box and reported as a
// diagnostic with its position.
type Exporter struct {
	// Layout chooses a study guide (the zero value), a cheat sheet or
	// flash cards.
	Layout Layout
	// PageSize is the paper: A4 (the zero value), Letter or A5.
	PageSize PageSize
	// Orientation turns the page; the zero value keeps the layout's own.
	Orientation Orientation
	// Columns is the number of columns of a cheat sheet (0 means 3) or of
	// cards across a page (0 means 2). A guide has one column.
	Columns int
	// Rows is the number of cards down a page; 0 means 4.
	Rows int
	// Margin is the page margin in millimetres; 0 means the layout's own
	// (10 mm for cheat sheets and cards, 18 mm for guides).
	Margin float64
	// FontSize is the size of body text in points; 0 means the layout's
	// own (7 for cheat sheets, 10 for cards, 10.5 for guides). Cards
	// shrink text that does not fit down to 6 points, or FontSize when it
	// is smaller.
	FontSize float64
	// Fonts are TrueType fonts tried, in order, before the embedded Noto
	// Sans SC for every character of text (code uses Go Mono first).
	Fonts []Font
	// IncludeUnanswered lists questions without an answer: a guide lists
	// them at the end, "to do"; a cheat sheet and cards show them with an
	// empty answer. By default they are left out and counted as Skipped.
	IncludeUnanswered bool
	// Media is the file system local images are read from, normally the
	// notes' directory. Nil leaves local images out (their alt text
	// shows) with a diagnostic each.
	Media fs.FS
	// Time is the document's creation and modification date. The zero
	// Time means now; a fixed Time makes the output byte-identical for the
	// same deck and options.
	Time time.Time
	// Title replaces the deck's title on the pages and in the document's
	// properties.
	Title string
	// Progress, when set, is called as notes are laid out, with the number
	// done and the total, and once with done == total at the end.
	Progress func(done, total int)
}

// Errors that Export returns for options it cannot use; test for them with
// errors.Is.
var (
	ErrOption = errors.New("invalid option")
)

// Export writes d to w as a PDF document and says what it wrote: Notes is
// the notes drawn, Cards the cards cut out (Cards layout) or pages (the
// others), Media the images embedded and Skipped the unanswered questions
// left out. Its Diagnostics are the deck's and the export's own: images
// that could not be read, characters that no font has, cards that
// continue on another card.
func (e *Exporter) Export(ctx context.Context, w io.Writer, d *notes.Deck) (sum *export.Summary, err error) {
	defer export.Recover(&err, "pdf: export")
	doc, pages, err := e.layout(ctx, d)
	if err != nil {
		return nil, err
	}
	if err := doc.draw(ctx, pages); err != nil {
		return nil, err
	}
	if err := doc.pdf.Output(w); err != nil {
		return nil, fmt.Errorf("pdf: %w", err)
	}
	if e.Progress != nil {
		e.Progress(doc.total, doc.total)
	}
	s := doc.summary
	return &s, nil
}

// layout checks the options and lays d out in pages.
func (e *Exporter) layout(ctx context.Context, d *notes.Deck) (*document, []page, error) {
	if d == nil {
		return nil, nil, fmt.Errorf("pdf: %w: nil deck", ErrOption)
	}
	cfg, err := e.config()
	if err != nil {
		return nil, nil, err
	}
	doc, err := newDocument(e, cfg, d)
	if err != nil {
		return nil, nil, err
	}
	var pages []page
	switch e.Layout {
	case Cheatsheet:
		pages, err = doc.cheatsheet(ctx)
	case Cards:
		pages, err = doc.cards(ctx)
	default:
		pages, err = doc.guide(ctx)
	}
	if err == nil {
		err = doc.fatal
	}
	if err != nil {
		return nil, nil, err
	}
	if len(pages) == 0 {
		pages = []page{{}} // a PDF has at least one page
	}
	if e.Layout != Cards {
		doc.summary.Cards = len(pages)
	}
	doc.summary.Diagnostics = export.Diagnostics(d, doc.diags)
	return doc, pages, nil
}
