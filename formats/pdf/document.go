package pdf

import (
	"context"
	"fmt"
	"io/fs"
	"math"
	"time"

	"codeberg.org/go-pdf/fpdf"
	"github.com/flashmark/flashmark/export"
	"github.com/flashmark/flashmark/notes"
)

const mm = 72 / 25.4 // points in a millimetre

// config is an Exporter's options checked, with the layout's defaults in
// place of zero values. Lengths are in points.
type config struct {
	pageW, pageH float64
	margin       float64
	size         float64 // body text
	minSize      float64 // cards shrink text down to this
	cols, rows   int
}

func (e *Exporter) config() (config, error) {
	bad := func(format string, args ...any) (config, error) {
		return config{}, fmt.Errorf("pdf: %w: "+format, append([]any{ErrOption}, args...)...)
	}
	if e.Layout < Guide || e.Layout > Cards {
		return bad("unknown layout %d", int(e.Layout))
	}
	w, h, ok := e.PageSize.points()
	if !ok {
		return bad("unknown page size %d", int(e.PageSize))
	}
	landscape := e.Layout == Cheatsheet
	switch e.Orientation {
	case LayoutOrientation:
	case Portrait:
		landscape = false
	case Landscape:
		landscape = true
	default:
		return bad("unknown orientation %d", int(e.Orientation))
	}
	if landscape {
		w, h = h, w
	}
	c := config{pageW: w, pageH: h}
	switch e.Layout {
	case Cheatsheet:
		c.margin, c.size, c.cols, c.rows = 10*mm, 7, 3, 1
	case Cards:
		c.margin, c.size, c.cols, c.rows = 10*mm, 10, 2, 4
	default:
		c.margin, c.size, c.cols, c.rows = 18*mm, 10.5, 1, 1
	}
	if e.Layout != Guide && e.Columns != 0 {
		c.cols = e.Columns
	}
	if e.Layout == Cards && e.Rows != 0 {
		c.rows = e.Rows
	}
	if c.cols < 1 || c.cols > 12 || c.rows < 1 || c.rows > 12 {
		return bad("%d columns and %d rows: want 1 to 12 each", c.cols, c.rows)
	}
	if e.Margin != 0 {
		c.margin = e.Margin * mm
	}
	if !(c.margin >= 0 && c.margin <= min(w, h)/4) {
		return bad("margin %g mm: want 0 to a quarter of the page", e.Margin)
	}
	if e.FontSize != 0 {
		c.size = e.FontSize
	}
	if !(c.size >= 3 && c.size <= 72) || math.IsNaN(c.size) {
		return bad("font size %g pt: want 3 to 72", e.FontSize)
	}
	c.minSize = min(6, c.size)
	return c, nil
}

// A document is one export under way: the PDF being written, its fonts
// and images, and what the export has to say.
type document struct {
	e        *Exporter
	cfg      config
	deck     *notes.Deck
	title    string
	pdf      *fpdf.Fpdf
	fonts    *fontSet
	media    fs.FS
	pictures map[string]picture
	diags    []notes.Diagnostic
	summary  export.Summary
	// fatal is an error found while laying out that must stop the export.
	fatal error
	// done and total count the notes laid out, for Progress.
	done, total int
	// inline shows unanswered notes among the others; else todo collects
	// them (a guide's "to do" list) when the options ask for them.
	inline bool
	todo   []*notes.Note
	// numbered is set when notes of the deck carry numbers of their own:
	// a guide shows those rather than counting its questions.
	numbered bool
	// cardFlow lays out the sides of cards, again and again.
	cardFlow *flow
	// segments caches the break opportunities of texts laid out more
	// than once (cards try several sizes), by text.
	segments map[string][]segment
}

func newDocument(e *Exporter, cfg config, d *notes.Deck) (*document, error) {
	fonts, err := newFontSet(e.Fonts)
	if err != nil {
		return nil, err
	}
	p := fpdf.NewCustom(&fpdf.InitType{UnitStr: "pt", Size: fpdf.SizeType{Wd: cfg.pageW, Ht: cfg.pageH}})
	p.SetMargins(0, 0, 0)
	p.SetAutoPageBreak(false, 0)
	p.SetCatalogSort(true)
	t := e.Time
	if t.IsZero() {
		t = time.Now()
	}
	p.SetCreationDate(t)
	p.SetModificationDate(t)
	p.SetProducer("flashmark", true)
	p.SetCreator("flashmark", true)
	title := e.Title
	if title == "" {
		title = d.Title
	}
	if title == "" {
		title = notes.DefaultTitle
	}
	p.SetTitle(title, true)
	if d.Lang != "" {
		p.SetLang(d.Lang)
	}
	doc := &document{
		e: e, cfg: cfg, deck: d, title: title, pdf: p, fonts: fonts,
		media: e.Media, pictures: map[string]picture{},
		inline: e.IncludeUnanswered && e.Layout != Guide,
	}
	for n := range d.All() {
		doc.total++
		doc.numbered = doc.numbered || n.Number != ""
	}
	return doc, nil
}

// warn reports something about the notes at pos.
func (d *document) warn(pos notes.Position, msg string) {
	d.diags = append(d.diags, notes.Diagnostic{Pos: pos, Severity: notes.Warning, Msg: "pdf: " + msg})
}

func (d *document) diag(dg notes.Diagnostic) { d.diags = append(d.diags, dg) }

// progress counts a note laid out and checks for cancellation.
func (d *document) progress(ctx context.Context) error {
	d.done++
	if d.e.Progress != nil {
		d.e.Progress(d.done, d.total)
	}
	if d.done%64 == 0 {
		if err := ctx.Err(); err != nil {
			return err
		}
	}
	return d.fatal
}

// included returns the notes of a list that the export shows, counting
// the others as skipped.
func (d *document) included(ns []*notes.Note) []*notes.Note {
	out := make([]*notes.Note, 0, len(ns))
	for _, n := range ns {
		switch {
		case n.Answered() || d.inline:
			out = append(out, n)
			continue
		case d.e.IncludeUnanswered:
			d.todo = append(d.todo, n)
		default:
			d.summary.Skipped++
		}
		d.done++
	}
	return out
}
