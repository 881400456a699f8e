package export

import (
	"bytes"
	"io"

	"github.com/flashmark/flashmark/notes"
	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/extension"
	"github.com/yuin/goldmark/renderer/html"
)

// ClozeStyle says how HTML renders cloze deletions.
type ClozeStyle int

const (
	// ClozeMark renders a deletion as <mark class="cloze">text</mark>.
	ClozeMark ClozeStyle = iota
	// ClozeAnki renders a deletion as Anki's {{cN::text::hint}}, for the
	// fields of a cloze note.
	ClozeAnki
)

// HTML renders note bodies as XHTML fragments. The zero value is ready to
// use; an HTML is safe for concurrent use and must not be copied after
// first use.
type HTML struct {
	// Cloze selects how cloze deletions render.
	Cloze ClozeStyle
	// MediaSrc, when set, gives the src of each local image (Kind
	// notes.Local); other images keep the reference as written.
	MediaSrc func(m notes.Media) string
}

// Render writes the body as an XHTML fragment.
// TODO(export): sanitise raw HTML, highlight code, math, cloze, media.
func (h *HTML) Render(w io.Writer, b notes.Body) error {
	root, src := b.Tree()
	if root == nil {
		return nil
	}
	md := goldmark.New(goldmark.WithExtensions(extension.GFM), goldmark.WithRendererOptions(html.WithXHTML()))
	return md.Renderer().Render(w, src, root)
}

// String returns the body rendered by Render.
func (h *HTML) String(b notes.Body) (string, error) {
	var buf bytes.Buffer
	err := h.Render(&buf, b)
	return buf.String(), err
}

// CodeCSS returns the style sheet for highlighted code, light and dark.
func CodeCSS() string { return "" }
