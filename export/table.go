package export

import (
	"bytes"

	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/extension"
	east "github.com/yuin/goldmark/extension/ast"
	"github.com/yuin/goldmark/util"
)

// tableCell is goldmark's table cell renderer with the alignment as
// a style attribute (EPUB's XHTML has no align attribute). goldmark's own
// writes that style into the node's attributes, modifying the shared tree
// on every render.
func (w *bodyRender) tableCell(node ast.Node, entering bool) (ast.WalkStatus, error) {
	n := node.(*east.TableCell)
	tag, filter := "td", extension.TableTdCellAttributeFilter
	if n.Parent() != nil && n.Parent().Kind() == east.KindTableHeader {
		tag, filter = "th", extension.TableThCellAttributeFilter
	}
	if !entering {
		_, _ = w.WriteString("</")
		_, _ = w.WriteString(tag)
		_, _ = w.WriteString(">\n")
		return ast.WalkContinue, nil
	}
	_ = w.WriteByte('<')
	_, _ = w.WriteString(tag)
	aligned := n.Alignment != east.AlignNone
	if aligned {
		_, _ = w.WriteString(` style="text-align:`)
		_, _ = w.WriteString(n.Alignment.String())
		_ = w.WriteByte('"')
	}
	for _, a := range n.Attributes() {
		if aligned && string(a.Name) == "style" || !filter.Contains(a.Name) && !bytes.HasPrefix(a.Name, []byte("data-")) {
			continue
		}
		var v []byte
		switch a := a.Value.(type) {
		case []byte:
			v = a
		case string:
			v = []byte(a)
		}
		_, _ = w.WriteString(" ")
		_, _ = w.Write(a.Name)
		_, _ = w.WriteString(`="`)
		_, _ = w.Write(util.EscapeHTML(v))
		_ = w.WriteByte('"')
	}
	_ = w.WriteByte('>')
	return ast.WalkContinue, nil
}
