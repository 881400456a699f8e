package export

import (
	"fmt"
	"path"
	"unicode/utf8"

	"github.com/flashmark/flashmark/notes"
	"github.com/flashmark/flashmark/notes/syntax"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/renderer/html"
	"github.com/yuin/goldmark/util"
)

// text is goldmark's text renderer with East Asian line breaks that
// look past the next node: goldmark's own writes nothing at a soft line
// break followed by anything but plain text ("is\n`code`" would lose its
// space), and a newline between two East Asian wide characters only.
func (r *bodyRender) text(node ast.Node, entering bool) (ast.WalkStatus, error) {
	if !entering {
		return ast.WalkContinue, nil
	}
	w, source := r, r.src
	n := node.(*ast.Text)
	value := n.Segment.Value(source)
	if n.IsRaw() {
		textWriter.RawWrite(w, value)
		return ast.WalkContinue, nil
	}
	textWriter.Write(w, value)
	switch {
	case n.HardLineBreak():
		_, _ = w.WriteString("<br />\n")
	case n.SoftLineBreak():
		if next, ok := n.NextSibling().(*ast.Text); ok && syntax.StartsItem(next.Segment.Value(source)) {
			_, _ = w.WriteString("<br />\n") // "1、…" on a line of its own
		} else if !joinsEastAsian(value, n.NextSibling(), source) {
			_ = w.WriteByte('\n')
		}
	}
	return ast.WalkContinue, nil
}

// joinsEastAsian reports whether a soft line break after text, followed
// by next, falls between two East Asian wide characters, by the rule the
// notes parser uses for Body.Text (syntax.SoftBreakIsSpace).
func joinsEastAsian(text []byte, next ast.Node, source []byte) bool {
	last, _ := utf8.DecodeLastRune(text)
	return !syntax.SoftBreakIsSpace(last, firstRune(next, source))
}

// firstRune returns the first character the node n renders as text, or
// utf8.RuneError.
func firstRune(n ast.Node, source []byte) rune {
	for n != nil {
		var text []byte
		switch n := n.(type) {
		case *ast.Text:
			text = n.Segment.Value(source)
		case *ast.String:
			text = n.Value
		case *syntax.Math:
			return '\\' // \( or \[
		default:
			if !n.HasChildren() {
				return utf8.RuneError
			}
		}
		if text != nil {
			r, _ := utf8.DecodeRune(text)
			return r
		}
		n = n.FirstChild()
	}
	return utf8.RuneError
}

// image is goldmark's image renderer with the src that MediaSrc gives a
// local image. An image MediaSrc leaves out is written as its alternative
// text, or its file name when it has none.
func (r *bodyRender) image(node ast.Node, entering bool) (ast.WalkStatus, error) {
	if !entering {
		return ast.WalkContinue, nil
	}
	n := node.(*ast.Image)
	dest := util.URLEscape(n.Destination, true)
	if m, ok := r.body.MediaOf(n, ""); ok && m.Kind == notes.Local && r.h.MediaSrc != nil {
		src, err := r.h.MediaSrc(m)
		if err != nil {
			r.diags = append(r.diags, MediaDiagnostic(m, err))
			r.leftOut(m, func() { writeAlt(r, r.src, n) })
			return ast.WalkSkipChildren, nil
		}
		dest = util.URLEscape([]byte(src), false)
	}
	if html.IsDangerousURL(dest) {
		m, _ := r.body.MediaOf(n, "")
		r.warn(r.pos(n), fmt.Sprintf("image %s left out: unsafe URL", truncate(string(n.Destination), 40)))
		r.leftOut(m, func() { writeAlt(r, r.src, n) })
		return ast.WalkSkipChildren, nil
	}
	r.raw(`<img src="`)
	r.write(util.EscapeHTML(dest))
	r.raw(`" alt="`)
	writeAlt(r, r.src, n)
	r.raw(`"`)
	if n.Title != nil {
		r.raw(` title="`)
		textWriter.Write(r, n.Title)
		r.raw(`"`)
	}
	if n.Attributes() != nil {
		html.RenderAttributes(r, n, html.ImageAttributeFilter)
	}
	r.raw(" />")
	return ast.WalkSkipChildren, nil
}

// leftOut writes what stands for an image left out: its alternative text
// by alt, or, when that writes nothing, the image's file name, in a
// <span class="missing-image">.
func (r *bodyRender) leftOut(m notes.Media, alt func()) {
	r.raw(`<span class="missing-image">`)
	mark := len(r.buf)
	alt()
	if len(r.buf) == mark {
		name := path.Base(m.Path)
		if m.Path == "" {
			name = m.Ref
		}
		textWriter.Write(r, []byte(name))
	}
	r.raw(`</span>`)
}

// writeAlt writes the text of n's children for an attribute value: the
// text of nested nodes and images, TeX of math, nothing of raw HTML, and a
// space for a line break (goldmark's would write <br /> into the value).
func writeAlt(o *bodyRender, source []byte, n ast.Node) {
	for c := n.FirstChild(); c != nil; c = c.NextSibling() {
		switch c := c.(type) {
		case *ast.Text:
			textWriter.Write(o, c.Segment.Value(source))
			if c.SoftLineBreak() || c.HardLineBreak() {
				o.raw(" ")
			}
		case *ast.String:
			if c.IsCode() || c.IsRaw() {
				textWriter.RawWrite(o, c.Value)
			} else {
				textWriter.Write(o, c.Value)
			}
		case *syntax.Math:
			textWriter.RawWrite(o, c.TeX(source))
		case *ast.AutoLink:
			textWriter.RawWrite(o, c.Label(source))
		case *ast.RawHTML:
		default:
			writeAlt(o, source, c)
		}
	}
}
