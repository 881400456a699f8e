package export

import (
	"github.com/flashmark/flashmark/notes/syntax"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/util"
)

// renderCloze writes a cloze deletion in the output's style: Anki's
// {{cN::text::hint}}, or <mark class="cloze" data-cloze="N"
// data-hint="hint">text</mark>. The <mark> form is also what the
// sanitiser sees; the XHTML writer turns it into Anki's syntax afterwards
// (see writeCloze). A deletion without a number (a ==highlight== outside a
// note) is always a plain <mark class="cloze">.
func renderCloze(w util.BufWriter, source []byte, node ast.Node, entering bool) (ast.WalkStatus, error) {
	o, err := outputOf(w)
	if err != nil {
		return ast.WalkStop, err
	}
	n := node.(*syntax.Cloze)
	hint := n.Hint(source)
	if !o.marks && n.Number > 0 {
		if entering {
			o.raw("{{c")
			o.rawInt(n.Number)
			o.raw("::")
			o.depth++
			return ast.WalkContinue, nil
		}
		if len(hint) > 0 {
			o.raw("::")
			textWriter.Write(o, hint)
		}
		o.depth--
		o.raw("}}")
		return ast.WalkContinue, nil
	}
	if !entering {
		o.raw("</mark>")
		return ast.WalkContinue, nil
	}
	o.raw(`<mark class="cloze"`)
	if n.Number > 0 {
		o.raw(` data-cloze="`)
		o.rawInt(n.Number)
		o.raw(`"`)
	}
	if len(hint) > 0 {
		o.raw(` data-hint="`)
		textWriter.Write(o, hint)
		o.raw(`"`)
	}
	o.raw(">")
	return ast.WalkContinue, nil
}
