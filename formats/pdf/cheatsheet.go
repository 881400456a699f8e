package pdf

import (
	"context"
	"fmt"

	"github.com/flashmark/flashmark/notes"
)

// cheatsheet lays out the notes in columns: section titles on a tinted
// band above their notes, each question in bold after its number with
// its answer under it, then what other labels say in grey, a hairline
// between notes, the title on top of every page and the page
// number at its foot.
func (d *document) cheatsheet(ctx context.Context) ([]page, error) {
	c := d.cfg
	gap := 4 * mm
	head := 2.4 * c.size
	foot := 2.2 * c.size
	colW := (c.pageW - 2*c.margin - gap*float64(c.cols-1)) / float64(c.cols)
	top := c.margin + head
	bodyH := c.pageH - top - c.margin - foot
	p := newPaginator(func(i int) *box {
		col := i % c.cols
		return &box{page: i/c.cols + 1, x: c.margin + float64(col)*(colW+gap), y: top, w: colW, h: bodyH}
	})
	f := newFlow(d, colW, c.size, bodyH/2)
	section := func(s *notes.Section, depth int) {
		st := f.base()
		st.bold, st.size = true, c.size*max(1.05, 1.3-0.1*float64(depth))
		f.space(0.6 * c.size)
		for _, l := range f.plain(s.Title, st, colW-0.6*c.size, 0.3*c.size, false) {
			l.keep = true
			l.ops = append([]op{{kind: opFill, w: colW, h: l.h, color: headTint}}, l.ops...)
			f.add(l)
		}
		f.add(line{h: 0.3 * c.size, keep: true})
		p.place(f.take())
	}
	note := func(n *notes.Note) {
		// A number, when the notes give one, small and grey: it helps
		// find a question again without drawing the eye.
		num := style{size: c.size * 0.85, color: grey}
		f.question(n, c.size, n.NumberLabel(), &num)
		f.answer(n)
		f.extra(n)
		f.out = trimSpace(f.out)
		f.add(line{h: 0.8 * c.size, space: true, ops: []op{{kind: opRule, y: 0.4 * c.size, w: colW, color: lightGrey}}})
		p.place(f.take())
		d.summary.Notes++
	}
	if err := d.visit(ctx, section, note); err != nil {
		return nil, err
	}
	pages := p.pages
	for i := range pages {
		d.pageChrome(&pages[i], i+1, len(pages), head, foot)
	}
	return pages, nil
}

// pageChrome puts the title at the top of a page and its number at the
// foot, in the margins' inner edge, head and foot points high.
func (d *document) pageChrome(pg *page, n, total int, head, foot float64) {
	c := d.cfg
	f := newFlow(d, c.pageW-2*c.margin, c.size, 0)
	st := style{size: max(c.size, 7) * 1.1, bold: true, color: black}
	width := c.pageW - 2*c.margin
	if l, ok := f.oneLine(d.title, st, width*0.8); ok {
		pg.lines = append(pg.lines, placed{x: c.margin, y: c.margin, l: l,
			box: &box{page: n, x: c.margin, y: c.margin, w: width, h: head}})
	}
	st = style{size: max(c.size*0.9, 6), color: grey}
	num := fmt.Sprintf("%d / %d", n, total)
	if ls := f.plain(num, st, width, 0, false); len(ls) > 0 {
		l := ls[0]
		y := c.pageH - c.margin - l.h
		pg.lines = append(pg.lines, placed{x: c.margin + width - l.w, y: y, l: l,
			box: &box{page: n, x: c.margin, y: c.pageH - c.margin - foot, w: width, h: foot}})
	}
}

// trimSpace drops the space at the end of lines.
func trimSpace(lines []line) []line {
	for len(lines) > 0 && lines[len(lines)-1].space {
		lines = lines[:len(lines)-1]
	}
	return lines
}

// oneLine lays s out on one line no wider than width, in st or, when it
// is too long for that, in a smaller size (down to 4 points; below that
// it breaks and only the first line is returned).
func (f *flow) oneLine(s string, st style, width float64) (line, bool) {
	var t text
	t.doc, t.at = f.doc, f.at
	t.add(s, st, -1)
	if natural, _ := t.widths(); natural > width && natural > 0 {
		st.size = max(4, st.size*width/natural*0.98)
	}
	ls := f.plain(s, st, width, 0, false)
	if len(ls) == 0 {
		return line{}, false
	}
	return ls[0], true
}
