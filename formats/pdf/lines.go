package pdf

// Layout makes lines; pagination places them in boxes (columns, cards,
// pages); drawing turns them into PDF operators. A line is the unit that is
// never split: a line of text, a line of a code block or a table row, an
// image.

type opKind uint8

const (
	opText  opKind = iota // text at (x, y = baseline), w wide
	opFill                // filled rectangle
	opRule                // line from (x, y) to (x+w, y+h), 0.5 pt wide
	opImage               // image named text, in (x, y, w, h)
	opLink                // clickable rectangle to the URL text, or to target
)

// An op is one thing drawn on a line, placed relative to the line's left
// edge and top.
type op struct {
	kind       opKind
	x, y, w, h float64
	text       string
	face       *face
	st         *style
	color      rgb
	target     *mark // where an internal link leads
}

// A line is a row of ops h points high.
type line struct {
	h   float64
	w   float64 // width of the content, for centring
	ops []op
	// keep asks pagination not to end a box with this line (a heading).
	keep bool
	// space marks vertical space, dropped at the top of a box.
	space bool
	// newPage starts a new page with this line.
	newPage bool
	// mark is the bookmark or link target that starts at this line.
	mark *mark
}

// A mark is a place a bookmark or an internal link points to.
type mark struct {
	title string // bookmark title; empty for none
	level int    // outline level
	page  int    // where pagination placed it, from 1
	y     float64
}

// extent returns the horizontal span the ops of l cover.
func (l *line) extent() (left, right float64) {
	for i, o := range l.ops {
		x0, x1 := o.x, o.x+o.w
		if o.kind == opRule && o.w < 0 {
			x0, x1 = x1, x0
		}
		if i == 0 || x0 < left {
			left = x0
		}
		if i == 0 || x1 > right {
			right = x1
		}
	}
	return left, right
}

func spacer(h float64) line { return line{h: h, space: true} }
