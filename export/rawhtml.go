package export

import (
	"bytes"

	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/util"
)

// renderRawHTML writes inline raw HTML for the sanitiser and marks the
// body as needing it. Comments are dropped and a lone <br> is written as
// <br />, which needs no sanitiser.
func renderRawHTML(w util.BufWriter, source []byte, node ast.Node, entering bool) (ast.WalkStatus, error) {
	if !entering {
		return ast.WalkSkipChildren, nil
	}
	o, err := outputOf(w)
	if err != nil {
		return ast.WalkStop, err
	}
	segs := node.(*ast.RawHTML).Segments
	if segs.Len() == 1 {
		seg := segs.At(0)
		v := seg.Value(source)
		switch {
		case isComment(v):
			return ast.WalkSkipChildren, nil
		case isBreak(v):
			o.raw("<br />")
			return ast.WalkSkipChildren, nil
		}
	}
	o.rawHTML = true
	for i := range segs.Len() {
		seg := segs.At(i)
		o.write(seg.Value(source))
	}
	return ast.WalkSkipChildren, nil
}

// renderHTMLBlock writes a raw HTML block for the sanitiser, as
// renderRawHTML does; a block holding only a comment is dropped.
func renderHTMLBlock(w util.BufWriter, source []byte, node ast.Node, entering bool) (ast.WalkStatus, error) {
	o, err := outputOf(w)
	if err != nil {
		return ast.WalkStop, err
	}
	n := node.(*ast.HTMLBlock)
	if entering {
		if n.HTMLBlockType == ast.HTMLBlockType2 && commentBlock(n, source) {
			return ast.WalkSkipChildren, nil
		}
		o.rawHTML = true
		lines := n.Lines()
		for i := range lines.Len() {
			seg := lines.At(i)
			o.write(seg.Value(source))
		}
		return ast.WalkContinue, nil
	}
	if n.HasClosure() && !(n.HTMLBlockType == ast.HTMLBlockType2 && commentBlock(n, source)) {
		o.write(n.ClosureLine.Value(source))
	}
	return ast.WalkContinue, nil
}

// commentBlock reports whether an HTML block of type 2 is one comment and
// nothing more.
func commentBlock(n *ast.HTMLBlock, source []byte) bool {
	lines := n.Lines()
	var v []byte
	if lines.Len() == 1 && !n.HasClosure() {
		seg := lines.At(0)
		v = seg.Value(source)
	} else {
		for i := range lines.Len() {
			seg := lines.At(i)
			v = append(v, seg.Value(source)...)
		}
		if n.HasClosure() {
			v = append(v, n.ClosureLine.Value(source)...)
		}
	}
	return isComment(bytes.TrimSpace(v))
}

// isComment reports whether v is exactly one HTML comment. Dropping it is
// safe whatever it holds.
func isComment(v []byte) bool {
	if !bytes.HasPrefix(v, []byte("<!--")) {
		return false
	}
	end := bytes.Index(v[2:], []byte("-->"))
	return end >= 0 && 2+end+3 == len(v)
}

// isBreak reports whether v is <br>, <br/> or <br />, in any case.
func isBreak(v []byte) bool {
	switch len(v) {
	case 4, 5, 6:
	default:
		return false
	}
	if v[0] != '<' || v[1]|0x20 != 'b' || v[2]|0x20 != 'r' {
		return false
	}
	rest := string(v[3:])
	return rest == ">" || rest == "/>" || rest == " />"
}
