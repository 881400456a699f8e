package pdf

// A box is a rectangle of a page that lines fill from the top: a column,
// a card, a header.
type box struct {
	page       int // from 1
	x, y, w, h float64
}

// A placed line is a line at its place on a page: its top-left corner is
// (x, y), inside box.
type placed struct {
	x, y float64
	box  *box
	l    line
}

// A page is what is drawn on one page.
type page struct {
	lines []placed
}

// A paginator places lines in a sequence of boxes, one after the other.
type paginator struct {
	// next returns the box after the current one.
	next  func(i int) *box
	boxes []*box
	y     float64 // used height of the current box
	pages []page
}

func newPaginator(next func(i int) *box) *paginator {
	p := &paginator{next: next}
	p.newBox()
	return p
}

func (p *paginator) cur() *box { return p.boxes[len(p.boxes)-1] }

func (p *paginator) newBox() {
	b := p.next(len(p.boxes))
	p.boxes = append(p.boxes, b)
	p.y = 0
	for len(p.pages) < b.page {
		p.pages = append(p.pages, page{})
	}
}

// place adds lines. A line that does not fit goes to the next box; space
// at the top of a box is dropped; a run of lines marked keep goes to the
// next box with the line after it when they do not fit together.
func (p *paginator) place(lines []line) {
	for i := 0; i < len(lines); i++ {
		l := lines[i]
		if l.newPage {
			p.breakPage()
		}
		b := p.cur()
		if l.space && p.y == 0 {
			continue
		}
		need := l.h
		if l.keep {
			for j := i + 1; j < len(lines); j++ {
				need += lines[j].h
				if !lines[j].keep {
					break
				}
			}
		}
		if p.y > 0 && (p.y+l.h > b.h || need <= b.h && p.y+need > b.h) {
			p.newBox()
			b = p.cur()
			if l.space {
				continue
			}
		}
		p.put(b, l)
	}
}

func (p *paginator) put(b *box, l line) {
	if l.mark != nil {
		l.mark.page, l.mark.y = b.page, b.y+p.y
	}
	pg := &p.pages[b.page-1]
	pg.lines = append(pg.lines, placed{x: b.x, y: b.y + p.y, box: b, l: l})
	p.y += l.h
}

// breakBox makes the next line start a new box, unless the current one is
// empty.
func (p *paginator) breakBox() {
	if p.y > 0 {
		p.newBox()
	}
}

// breakPage makes the next line start on a new page, unless the current
// box is empty and the first of its page.
func (p *paginator) breakPage() {
	pg := p.cur().page
	if p.y == 0 && (len(p.boxes) == 1 || p.boxes[len(p.boxes)-2].page != pg) {
		return
	}
	for p.cur().page == pg {
		p.newBox()
	}
}

// left returns how much height the current box has left.
func (p *paginator) left() float64 { return p.cur().h - p.y }
