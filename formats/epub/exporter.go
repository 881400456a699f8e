package epub

import (
	"bytes"
	"context"
	"crypto/sha256"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"regexp"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/flashmark/flashmark/export"
	"github.com/flashmark/flashmark/notes"
)

// Mode chooses how a book shows answers.
type Mode int

const (
	// Book shows each question followed by its answer.
	Book Mode = iota
	// Quiz shows the questions only, each with a link to its answer, an
	// EPUB pop-up footnote with a link back to the question. Cloze
	// deletions are blanked out on the page and shown in the footnote.
	Quiz
)

// String returns "book" or "quiz".
func (m Mode) String() string {
	switch m {
	case Book:
		return "book"
	case Quiz:
		return "quiz"
	}
	return fmt.Sprintf("Mode(%d)", int(m))
}

// An Exporter writes a deck as an EPUB 3 book. Its fields are options; the
// zero value writes a book of every answered question, each followed by
// its answer, without local images. An Exporter is safe for concurrent use
// when its fields are not changed during an export.
type Exporter struct {
	// Mode is Book (the default) or Quiz.
	Mode Mode
	// Title is the book's title; empty means the deck's title.
	Title string
	// Author is the book's author (dc:creator); empty leaves it out.
	Author string
	// Lang is the book's language, a BCP 47 tag such as "zh" or "en";
	// empty means the deck's, or the language of its questions. It sets
	// the pages' lang and the words the book adds (the table of contents
	// heading, "Answer"...).
	Lang string
	// IncludeUnanswered lists unanswered questions in a last chapter, "To
	// do". By default they are left out and counted in Summary.Skipped.
	IncludeUnanswered bool
	// Media is the root local images are read from, usually
	// (*os.Root).FS() of the notes' directory; an image outside it is
	// refused. Nil embeds no local image: each one is a diagnostic.
	Media fs.FS
	// Time is the book's date (dc:date), its modification time
	// (dcterms:modified) and the time of its zip entries. The zero Time
	// means now. A fixed Time gives byte-identical books.
	Time time.Time
	// Progress, when set, is called from the exporting goroutine as
	// questions are rendered, with the number done so far and the total.
	Progress func(done, total int)
}

var _ export.Exporter = (*Exporter)(nil)

// Export writes d to w as an EPUB book and says what it wrote: the notes
// written, the chapters (Summary.Cards), the images embedded, the
// unanswered questions left out, and every diagnostic, the deck's own and
// the export's (an image left out, a link that leads nowhere). To write a
// file, use export.WriteFile.
//
// The book is built with go-epub, then read back and checked: every page
// and image must be there, or Export fails rather than write a broken
// book. Nothing is fetched from the network.
func (e *Exporter) Export(ctx context.Context, w io.Writer, d *notes.Deck) (sum *export.Summary, err error) {
	defer export.Recover(&err, "epub")
	if d == nil {
		return nil, errors.New("epub: nil deck")
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	b, err := e.newBuilder(d)
	if err != nil {
		return nil, err
	}
	if err := b.render(ctx); err != nil {
		return nil, err
	}
	b.indexIDs()
	pages := b.pages()
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	written, err := b.write(pages)
	if err != nil {
		return nil, err
	}
	var out bytes.Buffer
	if err := b.repack(&out, written, pages); err != nil {
		return nil, err
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	if _, err := w.Write(out.Bytes()); err != nil {
		return nil, err
	}
	chapters := 0
	for _, c := range b.plan.chapters {
		if len(c.entries) > 0 {
			chapters++
		}
	}
	return &export.Summary{
		Notes:       len(b.plan.entries),
		Cards:       chapters,
		Media:       len(b.images.names()),
		Skipped:     b.plan.skipped,
		Diagnostics: export.Diagnostics(d, b.diags),
	}, nil
}

// A builder holds one export.
type builder struct {
	e      *Exporter
	deck   *notes.Deck
	title  string
	author string
	lang   string
	id     string // urn:uuid:...
	time   time.Time
	labels labels
	images *images
	plan   *plan
	diags  []notes.Diagnostic

	titleDesc piece             // the deck's description, on the title page
	ids       map[string]string // an id as written to its first place in the book, "file#id"
	byNoteID  map[string]*entry
}

func (e *Exporter) newBuilder(d *notes.Deck) (*builder, error) {
	b := &builder{e: e, deck: d, author: strings.TrimSpace(e.Author), images: newImages(e.Media)}
	b.title = firstNonEmpty(e.Title, d.Title, "flashmark")
	if e.Lang != "" {
		tag, ok := langTag(e.Lang)
		if !ok {
			return nil, fmt.Errorf("epub: Lang %q is not a language tag such as zh or en", e.Lang)
		}
		b.lang = tag
	} else if d.Lang != "" {
		tag, ok := langTag(d.Lang)
		if ok {
			b.lang = tag
		} else {
			b.diags = append(b.diags, notes.Diagnostic{Severity: notes.Warning,
				Msg: fmt.Sprintf("language %q is not a language tag such as zh or en; the book's is guessed from the questions", d.Lang)})
		}
	}
	if b.lang == "" {
		text := []byte(d.Title)
		for n := range d.All() {
			if len(text) > 64<<10 {
				break // DetectLang reads no further
			}
			text = append(text, n.Question.Text()...)
		}
		b.lang = notes.DetectLang(text)
	}
	b.labels = labelsFor(b.lang)
	b.time = e.Time
	if b.time.IsZero() {
		b.time = time.Now()
	}
	b.time = b.time.UTC().Truncate(time.Second)
	b.id = identifier(d, e.Mode, b.title)
	b.plan = makePlan(d, &b.labels, e.IncludeUnanswered)
	return b, nil
}

var langRE = regexp.MustCompile(`^[a-zA-Z]{2,8}(-[a-zA-Z0-9]{1,8})*$`)

// langTag returns s as a BCP 47 language tag ("zh_CN" is written zh-CN),
// and whether it looks like one.
func langTag(s string) (string, bool) {
	t := strings.ReplaceAll(strings.TrimSpace(s), "_", "-")
	return t, langRE.MatchString(t)
}

func firstNonEmpty(s ...string) string {
	for _, v := range s {
		if v = strings.TrimSpace(v); v != "" {
			return v
		}
	}
	return ""
}

// identifier returns the book's unique identifier: a name-based UUID
// (version 5 layout) hashed from the mode, the title and the IDs of the
// deck's notes, so that the same notes make the same book for a reader's
// library, and the book and the quiz of them two books.
func identifier(d *notes.Deck, m Mode, title string) string {
	h := sha256.New()
	fmt.Fprintf(h, "flashmark epub v1\x00%s\x00%s\x00", m, title)
	for n := range d.All() {
		io.WriteString(h, n.ID)
		h.Write([]byte{0})
	}
	u := h.Sum(nil)[:16]
	u[6] = u[6]&0x0f | 0x50
	u[8] = u[8]&0x3f | 0x80
	return fmt.Sprintf("urn:uuid:%x-%x-%x-%x-%x", u[0:4], u[4:6], u[6:8], u[8:10], u[10:16])
}

// description returns the book's dc:description: the deck's description
// as text, or its number of questions.
func (b *builder) description() string {
	text := strings.Join(strings.Fields(b.deck.Description.Text()), " ")
	if text == "" {
		return b.title + ": " + b.labels.count(len(b.plan.entries))
	}
	const max = 1000
	if utf8.RuneCountInString(text) > max {
		r := []rune(text)
		text = string(r[:max]) + "…"
	}
	return text
}
