package export

import (
	"unicode/utf8"

	"github.com/flashmark/flashmark/notes"
	"github.com/flashmark/flashmark/notes/syntax"
	"github.com/yuin/goldmark/ast"
	east "github.com/yuin/goldmark/extension/ast"
	"github.com/yuin/goldmark/renderer"
	"github.com/yuin/goldmark/renderer/html"
	"github.com/yuin/goldmark/util"
)

// nodeRenderer holds the render functions flashmark puts in place of
// goldmark's, or adds for its own node kinds. Each function finds its
// per-call state in the *output it writes to.
type nodeRenderer struct{}

// RegisterFuncs implements renderer.NodeRenderer.
func (nodeRenderer) RegisterFuncs(reg renderer.NodeRendererFuncRegisterer) {
	reg.Register(ast.KindText, renderText)
	reg.Register(ast.KindImage, renderImage)
	reg.Register(ast.KindRawHTML, renderRawHTML)
	reg.Register(ast.KindHTMLBlock, renderHTMLBlock)
	reg.Register(ast.KindFencedCodeBlock, renderFencedCode)
	reg.Register(east.KindTableCell, renderTableCell)
	reg.Register(syntax.KindCloze, renderCloze)
	reg.Register(syntax.KindMath, renderMath)
	reg.Register(syntax.KindMathBlock, renderMathBlock)
}

// renderText is goldmark's text renderer with East Asian line breaks that
// look past the next node: goldmark's own writes nothing at a soft line
// break followed by anything but plain text ("is\n`code`" would lose its
// space), and a newline between two East Asian wide characters only.
func renderText(w util.BufWriter, source []byte, node ast.Node, entering bool) (ast.WalkStatus, error) {
	if !entering {
		return ast.WalkContinue, nil
	}
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

// renderImage is goldmark's image renderer with the src that MediaSrc
// gives a local image. The i-th image rendered is b.Media[i]: both the
// notes parser and goldmark skip images nested in another's alt text.
func renderImage(w util.BufWriter, source []byte, node ast.Node, entering bool) (ast.WalkStatus, error) {
	if !entering {
		return ast.WalkContinue, nil
	}
	o, err := outputOf(w)
	if err != nil {
		return ast.WalkStop, err
	}
	n := node.(*ast.Image)
	i := o.images
	o.images++
	var dest []byte
	if o.mediaSrc != nil && i < len(o.media) && o.media[i].Kind == notes.Local && o.media[i].Ref == string(n.Destination) {
		dest = util.URLEscape([]byte(o.mediaSrc(o.media[i])), false)
	} else {
		dest = util.URLEscape(n.Destination, true)
	}
	o.raw(`<img src="`)
	if !html.IsDangerousURL(dest) {
		o.write(util.EscapeHTML(dest))
	}
	o.raw(`" alt="`)
	writeAlt(o, source, n)
	o.raw(`"`)
	if n.Title != nil {
		o.raw(` title="`)
		textWriter.Write(o, n.Title)
		o.raw(`"`)
	}
	if n.Attributes() != nil {
		html.RenderAttributes(o, n, html.ImageAttributeFilter)
	}
	o.raw(" />")
	return ast.WalkSkipChildren, nil
}

// writeAlt writes the text of n's children for an attribute value: the
// text of nested nodes and images, TeX of math, nothing of raw HTML, and a
// space for a line break (goldmark's would write <br /> into the value).
func writeAlt(o *output, source []byte, n ast.Node) {
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
