package export

import (
	"fmt"
	"io"
	"sync"

	"github.com/flashmark/flashmark/notes"
	"github.com/yuin/goldmark/renderer/html"
)

// HTML renders note bodies as XHTML fragments: well-formed XML, fit for
// EPUB pages and Anki fields alike. It knows no output format.
//
// The fragment is goldmark's XHTML with GFM (tables, strikethrough, task
// lists, autolinks), plus:
//   - no space where a line break joins two East Asian wide characters
//     (Han, kana, CJK and full-width punctuation), as in Body.Text;
//   - code blocks highlighted with CSS classes (see Highlight, CodeCSS and
//     CodeClassPrefix), or plain <pre><code> for an unknown language;
//   - TeX math as \(...\) and \[...\], display blocks in
//     <div class="math">, for MathJax or KaTeX to typeset;
//   - cloze deletions as <mark class="cloze" data-cloze="N">, with a
//     data-hint attribute when the deletion has a hint (a ==highlight==
//     outside a cloze note has no data-cloze);
//   - local images, Markdown or raw <img>, pointing where MediaSrc says; an
//     image left out shows its alternative text (or file name) instead.
//
// Raw HTML written in the notes is sanitised: scripts, styles, frames,
// event handlers and javascript:, vbscript: and data: URLs (except data:
// images) are removed, and harmless formatting (<b>, <kbd>, <sub>, <br>,
// <details>, <font color>, tables, images...) is kept. Bodies without raw
// HTML skip the sanitiser, as goldmark's own output is safe.
//
// The zero value is ready to use; an HTML is safe for concurrent use.
type HTML struct {
	// MediaSrc, when set, gives the src of each local image (Kind
	// notes.Local), such as the file name under which an exporter stores
	// it. The string is a URL: non-ASCII characters and spaces are
	// percent-encoded, as goldmark does for every image, and a "%" must
	// start an escape. An error leaves the image out: its alternative text
	// shows instead, and the error becomes a warning (see
	// MediaDiagnostic). Without MediaSrc, images keep the reference as
	// written. Concurrent calls of Render call MediaSrc concurrently.
	MediaSrc func(m notes.Media) (string, error)
	// PlainCode writes code blocks without highlighting, as
	// <pre><code class="language-go">. Highlighting is by far the
	// costliest part of rendering: about a hundred microseconds for a
	// short block, against a few for a body of prose.
	PlainCode bool
}

// Render writes the body as an XHTML fragment and returns what rendering
// found worth telling the user: images left out, raw HTML removed by the
// sanitiser, code shown without highlighting. An empty body writes
// nothing. The body is rendered in memory first, so w sees one Write. The
// error is w's, or, should flashmark or a dependency fail on some input,
// one wrapping ErrInternal that names the body's position.
func (h *HTML) Render(w io.Writer, b notes.Body) ([]notes.Diagnostic, error) {
	r := getRender()
	defer putRender(r)
	if err := h.render(r, b); err != nil {
		return nil, err
	}
	if len(r.buf) > 0 {
		if _, err := w.Write(r.buf); err != nil {
			return nil, err
		}
	}
	return r.diags, nil
}

// String returns the body rendered by Render, and its diagnostics.
func (h *HTML) String(b notes.Body) (string, []notes.Diagnostic, error) {
	r := getRender()
	defer putRender(r)
	if err := h.render(r, b); err != nil {
		return "", nil, err
	}
	return string(r.buf), r.diags, nil
}

// render renders b into r.buf.
func (h *HTML) render(r *bodyRender, b notes.Body) (err error) {
	root, src := b.Tree()
	if root == nil {
		return nil
	}
	// Nothing in the notes may make the library panic; should flashmark
	// or a dependency do so anyway, report it as an error of this body.
	// (Not Recover: its message would be built on every call.)
	defer func() {
		if p := recover(); p != nil {
			err = fmt.Errorf("export: %s: rendering HTML: %w: %v", b.Pos, ErrInternal, p)
		}
		if err != nil {
			r.buf = r.buf[:0]
		}
	}()
	*r = bodyRender{h: h, body: b, src: src, buf: r.buf[:0], tokens: r.tokens[:0]}
	if err := r.render(root); err != nil {
		return err
	}
	if r.rawHTML {
		return r.sanitize()
	}
	return nil
}

var renders = sync.Pool{New: func() any { return &bodyRender{buf: make([]byte, 0, 1024)} }}

// maxPooledBuffer bounds the buffers kept for reuse, so that one huge body
// does not pin its memory.
const maxPooledBuffer = 256 << 10

func getRender() *bodyRender { return renders.Get().(*bodyRender) }

func putRender(r *bodyRender) {
	if cap(r.buf) > maxPooledBuffer {
		return
	}
	*r = bodyRender{buf: r.buf[:0], tokens: r.tokens[:0]}
	renders.Put(r)
}

// textWriter writes text as goldmark does, and drops the backslash of an
// escaped space, which the notes parser accepts (see
// parser.WithEscapedSpace).
var textWriter = html.NewWriter(html.WithEscapedSpace())
