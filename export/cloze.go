package export

import (
	"github.com/flashmark/flashmark/notes/syntax"
	"github.com/yuin/goldmark/ast"
)

// cloze writes a cloze deletion as <mark class="cloze" data-cloze="N"
// data-hint="hint">text</mark>. A deletion without a number (a
// ==highlight== outside a note) has no data-cloze.
func (r *bodyRender) cloze(node ast.Node, entering bool) (ast.WalkStatus, error) {
	if !entering {
		r.raw("</mark>")
		return ast.WalkContinue, nil
	}
	n := node.(*syntax.Cloze)
	r.raw(`<mark class="cloze"`)
	if n.Number > 0 {
		r.raw(` data-cloze="`)
		r.rawInt(n.Number)
		r.raw(`"`)
	}
	if hint := n.Hint(r.src); len(hint) > 0 {
		r.raw(` data-hint="`)
		textWriter.Write(r, hint)
		r.raw(`"`)
	}
	r.raw(">")
	return ast.WalkContinue, nil
}
