package export

import (
	"github.com/flashmark/flashmark/notes/syntax"
	"github.com/yuin/goldmark/ast"
)

// math writes inline math as \(TeX\), or \[TeX\] for $$...$$ in a
// paragraph: the delimiters MathJax (and so Anki) and KaTeX's auto-render
// look for. The TeX is HTML-escaped and otherwise written as is.
func (w *bodyRender) math(node ast.Node, entering bool) (ast.WalkStatus, error) {
	source := w.src
	if !entering {
		return ast.WalkSkipChildren, nil
	}
	n := node.(*syntax.Math)
	open, close := `\(`, `\)`
	if n.Display {
		open, close = `\[`, `\]`
	}
	_, _ = w.WriteString(open)
	textWriter.RawWrite(w, n.TeX(source))
	_, _ = w.WriteString(close)
	return ast.WalkSkipChildren, nil
}

// mathBlock writes a math block as <div class="math">\[TeX\]</div>.
func (w *bodyRender) mathBlock(node ast.Node, entering bool) (ast.WalkStatus, error) {
	source := w.src
	if !entering {
		return ast.WalkSkipChildren, nil
	}
	n := node.(*syntax.MathBlock)
	_, _ = w.WriteString(`<div class="math">\[`)
	textWriter.RawWrite(w, n.TeX(source))
	_, _ = w.WriteString("\\]</div>\n")
	return ast.WalkSkipChildren, nil
}
