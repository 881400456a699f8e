package notes

import (
	"bytes"
	"strings"
	"unicode/utf8"

	"github.com/flashmark/flashmark/notes/syntax"
	"github.com/yuin/goldmark/ast"
	east "github.com/yuin/goldmark/extension/ast"
	"github.com/yuin/goldmark/util"
)

// plainText renders a tree as text. Blocks end with a newline; the result is
// trimmed.
func plainText(n ast.Node, src []byte) string {
	var b strings.Builder
	writeText(&b, n, src)
	return strings.TrimSpace(b.String())
}

func writeText(b *strings.Builder, n ast.Node, src []byte) {
	switch n := n.(type) {
	case *ast.Text:
		v := n.Segment.Value(src)
		if !n.IsRaw() && bytes.ContainsAny(v, "\\&") {
			// Resolve \* and &amp; as a renderer does; code stays as written.
			v = util.ResolveEntityNames(util.ResolveNumericReferences(util.UnescapePunctuations(v)))
		}
		b.Write(v)
		if n.HardLineBreak() {
			b.WriteByte('\n')
		} else if n.SoftLineBreak() {
			softBreak(b, n, src)
		}
		return
	case *ast.String:
		b.Write(n.Value)
		return
	case *syntax.Math:
		b.Write(n.TeX(src))
		return
	case *ast.AutoLink:
		b.Write(n.Label(src))
		return
	case *ast.RawHTML, *ast.HTMLBlock:
		return // markup, not text
	case *ast.FencedCodeBlock, *ast.CodeBlock, *syntax.MathBlock:
		lines := n.Lines()
		for i := 0; i < lines.Len(); i++ {
			seg := lines.At(i)
			b.Write(seg.Value(src))
		}
		ensureNewline(b)
		return
	}
	for c := n.FirstChild(); c != nil; c = c.NextSibling() {
		writeText(b, c, src)
		if c.Type() == ast.TypeBlock || isCell(c) {
			ensureNewline(b)
		}
	}
}

func isCell(n ast.Node) bool {
	_, ok := n.(*east.TableCell)
	return ok
}

func ensureNewline(b *strings.Builder) {
	if b.Len() > 0 && !strings.HasSuffix(b.String(), "\n") {
		b.WriteByte('\n')
	}
}

// softBreak writes what a soft line break stands for: a newline before an
// informal list item (syntax.StartsItem), else a space or nothing (see
// syntax.SoftBreakIsSpace).
func softBreak(b *strings.Builder, n *ast.Text, src []byte) {
	if next, ok := n.NextSibling().(*ast.Text); ok && syntax.StartsItem(next.Segment.Value(src)) {
		b.WriteByte('\n')
		return
	}
	last, _ := utf8.DecodeLastRune(n.Segment.Value(src))
	if syntax.SoftBreakIsSpace(last, firstRune(n.NextSibling(), src)) {
		b.WriteByte(' ')
	}
}

func firstRune(n ast.Node, src []byte) rune {
	for ; n != nil; n = n.FirstChild() {
		if t, ok := n.(*ast.Text); ok {
			r, _ := utf8.DecodeRune(t.Segment.Value(src))
			return r
		}
		if !n.HasChildren() {
			break
		}
	}
	return utf8.RuneError
}
