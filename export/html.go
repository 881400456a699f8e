package export

import (
	"fmt"
	"io"
	"sync"

	"github.com/flashmark/flashmark/notes"
	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/extension"
	"github.com/yuin/goldmark/renderer"
	"github.com/yuin/goldmark/renderer/html"
	"github.com/yuin/goldmark/util"
)

// ClozeStyle says how HTML renders cloze deletions.
type ClozeStyle int

const (
	// ClozeMark renders a deletion as <mark class="cloze" data-cloze="N">,
	// with a data-hint attribute when the deletion has a hint. A
	// ==highlight== outside a note (Number 0) has no data-cloze.
	ClozeMark ClozeStyle = iota
	// ClozeAnki renders a deletion as Anki's {{cN::text}} or
	// {{cN::text::hint}}, for the fields of a cloze note. Braces and colons
	// of the text inside a deletion, and a brace that follows another, are
	// written as character references so that Anki reads only the
	// deletions of the notes as clozes.
	ClozeAnki
)

// HTML renders note bodies as XHTML fragments: well-formed XML, fit for
// EPUB pages and Anki fields alike.
//
// The fragment is goldmark's XHTML with GFM (tables, strikethrough, task
// lists, autolinks), plus:
//   - no space where a line break joins two East Asian wide characters
//     (Han, kana, CJK and full-width punctuation), as in Body.Text;
//   - code blocks highlighted with CSS classes (see CodeCSS and
//     CodeClassPrefix), or plain <pre><code> for an unknown language;
//   - TeX math as \(...\) and \[...\], display blocks in
//     <div class="math">, for MathJax or KaTeX to typeset;
//   - cloze deletions in the chosen ClozeStyle;
//   - local images pointing where MediaSrc says.
//
// Raw HTML written in the notes is sanitised: scripts, styles, frames,
// event handlers and javascript:, vbscript: and data: URLs (except data:
// images) are removed, and harmless formatting (<b>, <kbd>, <sub>, <br>,
// <details>, <font color>, tables, images...) is kept. Bodies without raw
// HTML skip the sanitiser, as goldmark's own output is safe.
//
// The zero value is ready to use; an HTML is safe for concurrent use.
type HTML struct {
	// Cloze selects how cloze deletions render.
	Cloze ClozeStyle
	// MediaSrc, when set, gives the src of each local image (Kind
	// notes.Local), such as the file name under which an exporter stores
	// it. The string is a URL: non-ASCII characters and spaces are
	// percent-encoded, as goldmark does for every image, and a "%" must
	// start an escape. Other images, and images written as raw HTML, keep
	// the reference as written. Concurrent calls of Render call MediaSrc
	// concurrently.
	MediaSrc func(m notes.Media) string
	// PlainCode writes code blocks without highlighting, as
	// <pre><code class="language-go">. Highlighting is by far the
	// costliest part of rendering: about a hundred microseconds for a
	// short block, against a few for a body of prose.
	PlainCode bool
}

// Render writes the body as an XHTML fragment. An empty body writes
// nothing. The body is rendered in memory first, so w sees one Write; an
// error is w's, or, should a dependency fail on some input, one naming the
// body's position.
func (h *HTML) Render(w io.Writer, b notes.Body) error {
	o := getOutput()
	defer putOutput(o)
	if err := h.render(o, b); err != nil {
		return err
	}
	if len(o.buf) == 0 {
		return nil
	}
	_, err := w.Write(o.buf)
	return err
}

// String returns the body rendered by Render.
func (h *HTML) String(b notes.Body) (string, error) {
	o := getOutput()
	defer putOutput(o)
	if err := h.render(o, b); err != nil {
		return "", err
	}
	return string(o.buf), nil
}

// render renders b into o.buf.
func (h *HTML) render(o *output, b notes.Body) (err error) {
	root, src := b.Tree()
	if root == nil {
		return nil
	}
	defer func() {
		// Nothing in the notes may make the library panic; should a
		// dependency do so anyway, report it as an error of this body.
		if p := recover(); p != nil {
			o.buf = o.buf[:0]
			err = fmt.Errorf("export: %s: rendering HTML: internal error: %v", b.Pos, p)
		}
	}()
	o.start(h, b.Media, false)
	if err := markdown().Render(o, src, root); err != nil {
		return fmt.Errorf("export: %s: rendering HTML: %w", b.Pos, err)
	}
	if !o.rawHTML {
		return nil
	}
	if h.Cloze == ClozeAnki {
		// Render again with clozes as <mark> elements, which the
		// sanitiser keeps and the XHTML writer turns into Anki's syntax.
		o.start(h, b.Media, true)
		if err := markdown().Render(o, src, root); err != nil {
			return fmt.Errorf("export: %s: rendering HTML: %w", b.Pos, err)
		}
	}
	if err := sanitize(o, h.Cloze == ClozeAnki); err != nil {
		return fmt.Errorf("export: %s: sanitising HTML: %w", b.Pos, err)
	}
	return nil
}

// textWriter writes text as goldmark does, and drops the backslash of an
// escaped space, which the notes parser accepts (see
// parser.WithEscapedSpace).
var textWriter = html.NewWriter(html.WithEscapedSpace())

// markdown returns the shared goldmark renderer: goldmark's XHTML and GFM
// renderers, with flashmark's own functions for the node kinds it renders
// differently. Render functions receive their per-call state through the
// *output they write to, so one renderer serves concurrent calls.
var markdown = sync.OnceValue(func() renderer.Renderer {
	return goldmark.New(
		goldmark.WithExtensions(extension.GFM),
		goldmark.WithRendererOptions(
			html.WithXHTML(),
			html.WithWriter(textWriter),
			html.WithEastAsianLineBreaks(html.EastAsianLineBreaksSimple),
			// EPUB's XHTML has no align attribute on table cells.
			extension.WithTableCellAlignMethod(extension.TableCellAlignStyle),
			renderer.WithNodeRenderers(util.Prioritized(nodeRenderer{}, 100)),
		),
	).Renderer()
})

// outputOf returns the per-call state carried by w.
func outputOf(w util.BufWriter) (*output, error) {
	if o, ok := w.(*output); ok {
		return o, nil
	}
	return nil, fmt.Errorf("export: render function called with %T, not the export writer", w)
}
