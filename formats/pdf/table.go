package pdf

import (
	"github.com/yuin/goldmark/ast"
	east "github.com/yuin/goldmark/extension/ast"
)

// table draws a GFM table with column widths from its content: columns
// get their natural width when the table fits, else what their longest
// word needs plus a share of the rest. Cells wrap; a row is cut into lines
// (one per line of its tallest cell) so that it can continue on the next
// column or page.
func table(f *flow, n ast.Node) {
	tbl := n.(*east.Table)
	var rows [][]*text
	var header []bool
	cols := 0
	for r := n.FirstChild(); r != nil; r = r.NextSibling() {
		_, isHead := r.(*east.TableHeader)
		var cells []*text
		for c := r.FirstChild(); c != nil; c = c.NextSibling() {
			cells = append(cells, f.cell(c, isHead))
		}
		cols = max(cols, len(cells))
		rows = append(rows, cells)
		header = append(header, isHead)
	}
	if cols == 0 {
		return
	}
	pad := 0.3 * f.size
	widths := columnWidths(rows, cols, f.avail()-2*pad*float64(cols))
	f.space(0.15 * f.size)
	for i, cells := range rows {
		f.tableRow(cells, widths, tbl.Alignments, header[i], pad)
	}
	if n := len(f.out); n > 0 {
		last := &f.out[n-1]
		last.ops = append(last.ops, op{kind: opRule, x: f.left, y: last.h, w: sum(widths) + 2*pad*float64(cols), color: lightGrey})
	}
	f.space(f.paraSpace())
}

// cell gathers the text of a table cell.
func (f *flow) cell(n ast.Node, head bool) *text {
	t := &text{doc: f.doc, at: f.at}
	st := f.base()
	st.bold = head
	cur, inCell := f.cur, f.inCell
	f.cur, f.inCell = t, true
	f.inlines(n, st)
	f.cur, f.inCell = cur, inCell
	return t
}

func (f *flow) tableRow(cells []*text, widths []float64, align []east.Alignment, head bool, pad float64) {
	lines := make([][]line, len(widths))
	n := 1
	for c, t := range cells {
		lines[c] = f.textLines(t, widths[c], 0, false)
		n = max(n, len(lines[c]))
	}
	total := sum(widths) + 2*pad*float64(len(widths))
	for j := range n {
		h := f.size * lineSpacing
		for c := range lines {
			if j < len(lines[c]) {
				h = max(h, lines[c][j].h)
			}
		}
		if j == 0 || j == n-1 {
			h += pad / 2
		}
		l := line{h: h}
		if head {
			l.ops = append(l.ops, op{kind: opFill, x: f.left, w: total, h: h, color: headTint})
		}
		x := f.left
		top := 0.0
		if j == 0 {
			top = pad / 2
			l.ops = append(l.ops, op{kind: opRule, x: f.left, w: total, color: lightGrey})
		}
		for c := range lines {
			l.ops = append(l.ops, op{kind: opRule, x: x, h: h, color: lightGrey})
			if j < len(lines[c]) {
				cl := lines[c][j]
				dx := x + pad
				if c < len(align) {
					switch align[c] {
					case east.AlignCenter:
						dx += (widths[c] - cl.w) / 2
					case east.AlignRight:
						dx += widths[c] - cl.w
					}
				}
				for _, o := range cl.ops {
					o.x += dx
					o.y += top
					l.ops = append(l.ops, o)
				}
			}
			x += widths[c] + 2*pad
		}
		l.ops = append(l.ops, op{kind: opRule, x: x, h: h, color: lightGrey})
		f.add(l)
	}
}

// columnWidths shares avail between the columns of rows.
func columnWidths(rows [][]*text, cols int, avail float64) []float64 {
	natural := make([]float64, cols)
	least := make([]float64, cols)
	for _, cells := range rows {
		for c, t := range cells {
			nat, min := t.widths()
			natural[c] = max(natural[c], nat)
			least[c] = max(least[c], min)
		}
	}
	w := make([]float64, cols)
	if sum(natural) <= avail {
		copy(w, natural)
		return w
	}
	if sum(least) >= avail {
		for c := range w {
			w[c] = avail / float64(cols)
		}
		return w
	}
	extra := avail - sum(least)
	want := sum(natural) - sum(least)
	for c := range w {
		w[c] = least[c] + extra*(natural[c]-least[c])/want
	}
	return w
}

// widths returns the width of t on one line, and the width of its widest
// unbreakable piece.
func (t *text) widths() (natural, least float64) {
	for _, s := range t.segments() {
		w := 0.0
		for i := s.from; i < s.to; i++ {
			w += float64(t.glyphs[i].w)
		}
		natural += w
		least = max(least, w)
	}
	return natural, least
}

func sum(xs []float64) float64 {
	s := 0.0
	for _, x := range xs {
		s += x
	}
	return s
}
