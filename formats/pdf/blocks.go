package pdf

import (
	"strconv"

	"github.com/flashmark/flashmark/notes/syntax"
	"github.com/yuin/goldmark/ast"
	east "github.com/yuin/goldmark/extension/ast"
)

// A blockFunc lays out one block node of a kind.
type blockFunc func(f *flow, n ast.Node)

// blockFuncs holds the function of each block kind; a kind without one
// has its children laid out.
var blockFuncs map[ast.NodeKind]blockFunc

func init() {
	// Set here rather than in the declaration: the functions reach
	// blockFuncs again through flow.block.
	blockFuncs = map[ast.NodeKind]blockFunc{
		ast.KindParagraph:       paragraph,
		ast.KindTextBlock:       paragraph,
		ast.KindHeading:         heading,
		ast.KindThematicBreak:   thematicBreak,
		ast.KindCodeBlock:       codeBlock,
		ast.KindFencedCodeBlock: codeBlock,
		ast.KindBlockquote:      blockquote,
		ast.KindList:            list,
		ast.KindListItem:        listItem,
		ast.KindHTMLBlock:       htmlBlock,
		syntax.KindMathBlock:    mathBlock,
		east.KindTable:          table,
	}
}

func (f *flow) paraSpace() float64 { return 0.35 * f.size }

func paragraph(f *flow, n ast.Node) {
	f.txt.reset()
	if f.prefix != "" {
		st := f.base()
		if f.prefixSt != nil {
			st = *f.prefixSt
		}
		f.txt.add(f.prefix, st, -1)
		f.prefix, f.prefixSt = "", nil
	}
	f.inlines(n, f.base())
	f.flushText()
	if !f.tight {
		f.space(f.paraSpace())
	}
}

// heading draws a heading inside a body (a "###" part of an answer) in
// bold, a little larger than the text, kept with what follows it.
func heading(f *flow, n ast.Node) {
	h := n.(*ast.Heading)
	f.space(f.paraSpace())
	st := f.base()
	st.bold = true
	st.size = f.size * max(1.0, 1.3-0.08*float64(h.Level))
	f.txt.reset()
	f.inlines(n, st)
	start := len(f.out)
	f.flushText()
	for i := start; i < len(f.out); i++ {
		f.out[i].keep = true
	}
	f.space(0.2 * f.size)
}

func thematicBreak(f *flow, n ast.Node) {
	h := f.size
	f.add(line{h: h, ops: []op{{kind: opRule, x: f.left, y: h / 2, w: f.avail(), color: lightGrey}}})
}

// blockquote draws its blocks indented, with a bar on their left.
func blockquote(f *flow, n ast.Node) {
	bar := deco{x: f.left, w: 1.5, color: quoteBar}
	f.deco = append(f.deco, bar)
	f.left += 0.8 * f.size
	f.blocks(n)
	f.left -= 0.8 * f.size
	f.deco = f.deco[:len(f.deco)-1]
	f.space(f.paraSpace())
}

func list(f *flow, n ast.Node) {
	l := n.(*ast.List)
	tight := f.tight
	f.tight = l.IsTight
	f.blocks(n)
	f.tight = tight
	f.space(f.paraSpace())
}

// listItem draws its blocks indented, with the item's bullet or number
// hanging on the left of its first line.
func listItem(f *flow, n ast.Node) {
	l, _ := n.Parent().(*ast.List)
	marker := "•"
	if l != nil && l.IsOrdered() {
		i := l.Start
		for c := l.FirstChild(); c != nil && c != n; c = c.NextSibling() {
			i++
		}
		marker = strconv.Itoa(i) + "."
		if l.Marker == ')' {
			marker = strconv.Itoa(i) + ")"
		}
	}
	indent := 1.3 * f.size
	if len(marker) > 2 {
		indent = (0.55*float64(len(marker)) + 0.4) * f.size
	}
	ms := f.plain(marker, f.base(), indent, 0, false)
	if len(ms) > 0 {
		for _, o := range ms[0].ops {
			o.x += f.left
			o.y -= baseline(ms[0].h, f.size)
			f.marker = append(f.marker, o)
		}
	}
	f.left += indent
	f.blocks(n)
	f.left -= indent
	if f.marker != nil { // an empty item still shows its marker
		f.add(line{h: f.size * lineSpacing})
	}
}

// mathBlock shows display TeX as its source in the code face: nothing
// here typesets it, and it must not be lost.
func mathBlock(f *flow, n ast.Node) {
	m := n.(*syntax.MathBlock)
	f.code(string(m.TeX(f.src)), "", -1)
}
