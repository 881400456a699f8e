package pdf

import (
	"context"
	"fmt"
	"math"
	"strconv"

	"github.com/flashmark/flashmark/notes"
)

// A card is the two sides of a flash card, laid out.
type card struct {
	front, back []line
	frontH      float64 // height of the front's lines, to centre them
}

// grid is the geometry of a page of cards.
type grid struct {
	x0, y0, w, h float64 // the card, with its padding
	pad          float64
	cols, rows   int
}

func (g grid) cardBox(pageNo, k int, back bool) *box {
	r, c := k/g.cols, k%g.cols
	if back {
		// Long-edge flip: the back of a page is its mirror left to right.
		c = g.cols - 1 - c
	}
	return &box{page: pageNo, x: g.x0 + float64(c)*g.w + g.pad, y: g.y0 + float64(r)*g.h + g.pad, w: g.w - 2*g.pad, h: g.h - 2*g.pad}
}

// cards lays out a grid of cards per page: a page of fronts, then a page
// of their backs, mirrored, each with crop marks.
func (d *document) cards(ctx context.Context) ([]page, error) {
	c := d.cfg
	g := grid{x0: c.margin, y0: c.margin, cols: c.cols, rows: c.rows}
	g.w = (c.pageW - 2*c.margin) / float64(c.cols)
	g.h = (c.pageH - 2*c.margin) / float64(c.rows)
	g.pad = min(0.07*min(g.w, g.h), 12)
	innerW, innerH := g.w-2*g.pad, g.h-2*g.pad-c.minSize*lineSpacing // room for the card number
	var all []card
	note := func(n *notes.Note) {
		d.segments = map[string][]segment{} // per note: texts repeat only within a note
		all = append(all, d.noteCards(n, innerW, innerH)...)
		d.summary.Notes++
	}
	if err := d.visit(ctx, func(*notes.Section, int) {}, note); err != nil {
		return nil, err
	}
	per := c.cols * c.rows
	var pages []page
	for first := 0; first < len(all); first += per {
		group := all[first:min(first+per, len(all))]
		front, back := page{}, page{}
		for k, cd := range group {
			no := strconv.Itoa(first + k + 1)
			d.placeCard(&front, g.cardBox(len(pages)+1, k, false), cd.front, (innerH-cd.frontH)/2, no)
			d.placeCard(&back, g.cardBox(len(pages)+2, k, true), cd.back, 0, no)
		}
		d.cropMarks(&front, g, len(pages)+1)
		d.cropMarks(&back, g, len(pages)+2)
		pages = append(pages, front, back)
	}
	d.summary.Cards = len(all)
	return pages, nil
}

// placeCard puts the lines of one side of a card in b, dy below its top,
// with the card's number in its bottom corner.
func (d *document) placeCard(pg *page, b *box, lines []line, dy float64, no string) {
	y := b.y + max(dy, 0)
	for _, l := range lines {
		pg.lines = append(pg.lines, placed{x: b.x, y: y, box: b, l: l})
		y += l.h
	}
	f := newFlow(d, b.w, d.cfg.minSize, 0)
	st := style{size: d.cfg.minSize * 0.9, color: lightGrey}
	if ls := f.plain(no, st, b.w, 0, false); len(ls) == 1 {
		l := ls[0]
		pg.lines = append(pg.lines, placed{x: b.x + b.w - l.w, y: b.y + b.h - l.h, box: b, l: l})
	}
}

// noteCards lays out the note n on a card w × h points. Each side's text
// shrinks, down to the minimum size, until it fits; what still does not
// fit continues on more cards, each front saying which part it is.
func (d *document) noteCards(n *notes.Note, w, h float64) []card {
	front := d.fit(h, func(size float64) []line { return d.cardSide(n, w, h, size, true) })
	back := d.fit(h, func(size float64) []line { return d.cardSide(n, w, h, size, false) })
	if height(front) <= h && height(back) <= h {
		return []card{{front: front, back: back, frontH: height(front)}}
	}
	size := d.cfg.minSize
	label := size * lineSpacing
	fronts, backs := split(front, h-label), split(back, h)
	k := max(len(fronts), len(backs))
	d.diag(notes.Diagnostic{Pos: n.Pos, Severity: notes.Info,
		Msg: fmt.Sprintf("pdf: the note does not fit on a card at %g pt; it continues on %d cards", size, k)})
	cards := make([]card, k)
	f := newFlow(d, w, size, 0)
	for i := range cards {
		part := f.plain(fmt.Sprintf("(%d/%d)", i+1, k), style{size: size, italic: true, color: grey}, w, 0, true)
		part = append(part, fronts[min(i, len(fronts)-1)]...)
		cards[i].front, cards[i].frontH = part, height(part)
		if i < len(backs) {
			cards[i].back = backs[i]
		}
	}
	return cards
}

// fit returns the lines side lays out at the largest size, in half
// points from the layout's own down to the minimum, at which they fit in
// height h, or those at the minimum size. Text takes room with the square
// of its size: each try aims at the size that should just fit, then a
// bisection finds the largest that does.
func (d *document) fit(h float64, side func(size float64) []line) []line {
	size := d.cfg.size
	lines := side(size)
	if height(lines) <= h {
		return lines
	}
	tooBig := size
	for height(lines) > h && size > d.cfg.minSize {
		tooBig = size
		next := math.Floor(size*math.Sqrt(h/height(lines))*2) / 2
		size = max(min(next, size-0.5), d.cfg.minSize)
		lines = side(size)
	}
	if height(lines) > h {
		return lines // too much even at the minimum size
	}
	for fits := size; tooBig-fits > 0.5; {
		mid := math.Floor((fits+tooBig)/2*2) / 2
		if mid <= fits {
			break
		}
		if l := side(mid); height(l) <= h {
			fits, lines = mid, l
		} else {
			tooBig = mid
		}
	}
	return lines
}

// cardSide lays out a side of the note's card at size points. A basic
// note has its question on the front, centred, and its answer on the
// back; a cloze note has its text on both sides, with the deletions
// blanked on the front. What other labels say ends the back. The front
// shows no number: cards are reviewed out of order.
func (d *document) cardSide(n *notes.Note, w, h, size float64, front bool) []line {
	f := d.cardFlow
	if f == nil {
		f = newFlow(d, w, size, h)
		d.cardFlow = f
	}
	f.size, f.style, f.maxH, f.front, f.centred = size, style{size: size, color: black}, h, false, false
	if n.Kind == notes.Cloze {
		f.front = front
		f.question(n, size*1.1, "", nil)
		f.answer(n)
		if !front {
			f.extra(n)
		}
		return trimSpace(f.take())
	}
	if front {
		f.centred = true
		f.question(n, size*1.2, "", nil)
		f.centred = false
	} else {
		f.answer(n)
		f.extra(n)
	}
	return trimSpace(f.take())
}

// height returns the height of lines.
func height(lines []line) float64 {
	h := 0.0
	for _, l := range lines {
		h += l.h
	}
	return h
}

// split cuts lines into pieces no taller than h, dropping space at the
// top of each.
func split(lines []line, h float64) [][]line {
	var parts [][]line
	var cur []line
	y := 0.0
	for _, l := range lines {
		if len(cur) > 0 && y+l.h > h {
			parts = append(parts, trimSpace(cur))
			cur, y = nil, 0
		}
		if len(cur) == 0 && l.space {
			continue
		}
		cur = append(cur, l)
		y += l.h
	}
	if len(cur) > 0 {
		parts = append(parts, trimSpace(cur))
	}
	if len(parts) == 0 {
		parts = append(parts, nil)
	}
	return parts
}

// cropMarks draws short lines in the margins where the cards are cut.
func (d *document) cropMarks(pg *page, g grid, pageNo int) {
	m := d.cfg.margin
	if m < 4 {
		return
	}
	length, gap := min(0.6*m, 8*mm), min(0.15*m, 2*mm)
	page := &box{page: pageNo, w: d.cfg.pageW, h: d.cfg.pageH}
	right, bottom := g.x0+float64(g.cols)*g.w, g.y0+float64(g.rows)*g.h
	var ops []op
	for c := 0; c <= g.cols; c++ {
		x := g.x0 + float64(c)*g.w
		ops = append(ops,
			op{kind: opRule, x: x, y: g.y0 - gap - length, h: length, color: black},
			op{kind: opRule, x: x, y: bottom + gap, h: length, color: black})
	}
	for r := 0; r <= g.rows; r++ {
		y := g.y0 + float64(r)*g.h
		ops = append(ops,
			op{kind: opRule, x: g.x0 - gap - length, y: y, w: length, color: black},
			op{kind: opRule, x: right + gap, y: y, w: length, color: black})
	}
	pg.lines = append(pg.lines, placed{box: page, l: line{h: d.cfg.pageH, ops: ops}})
}
