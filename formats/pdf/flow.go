package pdf

import (
	"github.com/flashmark/flashmark/notes"
	"github.com/yuin/goldmark/ast"
)

// A flow lays out the blocks of bodies into lines of one width. Block and
// inline nodes each have a small function (see blocks.go, inlines.go) that
// adds to the flow.
type flow struct {
	doc     *document
	width   float64 // the width of the box the lines go in
	size    float64 // the size of body text, points
	maxH    float64 // the tallest an image may be
	front   bool    // blank cloze deletions (the front of a card)
	centred bool    // centre lines of text (a card's question)

	// The body being laid out.
	body notes.Body
	src  []byte
	pos  notes.Position // where diagnostics without a better place point

	style    style  // of body text
	prefix   string // text put before the next paragraph (a question number)
	prefixSt *style // the prefix's style, when not the paragraph's

	left, right float64 // insets of the current block
	deco        []deco  // bars drawn beside every line (block quotes)
	marker      []op    // a list item's marker, for the next line
	tight       bool    // inside a tight list: no space between paragraphs
	txt         text    // the paragraph being gathered
	cur         *text   // where inline nodes add text: txt, or a table cell
	inCell      bool    // inside a table cell: images are not drawn
	out         []line
}

// deco is a vertical bar drawn along lines, as beside a block quote.
type deco struct {
	x, w  float64
	color rgb
}

func newFlow(doc *document, width, size, maxH float64) *flow {
	f := &flow{doc: doc, width: width, size: size, maxH: maxH, style: style{size: size, color: black}}
	f.txt.doc = doc
	f.txt.at = f.at
	f.cur = &f.txt
	return f
}

// at returns the position of a source offset of the current body, as a
// diagnostic's place.
func (f *flow) at(offset int) notes.Position {
	if offset < 0 || f.src == nil {
		return f.pos
	}
	return f.body.PosAt(offset)
}

// avail is the width left for text in the current block.
func (f *flow) avail() float64 { return max(f.width-f.left-f.right, f.size) }

// base is the style of body text.
func (f *flow) base() style { return f.style }

// take returns the lines laid out so far and starts afresh.
func (f *flow) take() []line {
	out := f.out
	f.out = nil
	return out
}

// add appends a line, with the current decorations and pending marker.
func (f *flow) add(l line) {
	for _, d := range f.deco {
		l.ops = append(l.ops, op{kind: opFill, x: d.x, w: d.w, h: l.h, color: d.color})
	}
	if f.marker != nil && !l.space {
		for _, m := range f.marker {
			m.y += baseline(l.h, f.size)
			l.ops = append(l.ops, m)
		}
		f.marker = nil
	}
	f.out = append(f.out, l)
}

// space adds vertical space, unless the flow is empty or already ends
// with space.
func (f *flow) space(h float64) {
	if n := len(f.out); n == 0 || f.out[n-1].space {
		return
	}
	f.add(spacer(h))
}

// bodyBlocks lays out every block of b.
func (f *flow) bodyBlocks(b notes.Body, pos notes.Position) {
	root, src := b.Tree()
	if root == nil {
		return
	}
	f.body, f.src, f.pos = b, src, pos
	f.blocks(root)
	f.body, f.src = notes.Body{}, nil
}

// blocks lays out the children of n.
func (f *flow) blocks(n ast.Node) {
	for c := n.FirstChild(); c != nil; c = c.NextSibling() {
		f.block(c)
	}
}

// block lays out one block node with the function of its kind, or, for a
// kind without one, its children.
func (f *flow) block(n ast.Node) {
	if fn, ok := blockFuncs[n.Kind()]; ok {
		fn(f, n)
		return
	}
	if n.Type() == ast.TypeInline {
		f.txt.reset()
		f.inline(n, f.base())
		f.flushText()
		return
	}
	f.blocks(n)
}

// flushText breaks the gathered text into lines and adds them.
func (f *flow) flushText() {
	if f.txt.empty() {
		return
	}
	for _, l := range f.textLines(&f.txt, f.avail(), f.left, f.centred) {
		f.add(l)
	}
	f.txt.reset()
}

// textLines breaks t into lines width wide, placed left from the line's
// left edge; centred lines are centred on width.
func (f *flow) textLines(t *text, width, left float64, centred bool) []line {
	tls := t.breakLines(width)
	out := make([]line, 0, len(tls))
	for _, tl := range tls {
		h := tl.size * lineSpacing
		x := left
		if centred {
			x += max(0, (width-tl.w)/2)
		}
		l := line{h: h, w: tl.w, ops: t.ops(tl, x, baseline(h, tl.size), h)}
		out = append(out, l)
	}
	return out
}

// ops returns what draws the glyphs of tl: one text op per run of one
// style and face, with its background, underline, strike-out and link.
func (t *text) ops(tl textLine, x, base, h float64) []op {
	end := tl.to
	for end > tl.from && t.isSpace(end-1) {
		end--
	}
	var ops []op
	for i := tl.from; i < end; {
		g := t.glyphs[i]
		j, w := i, 0.0
		for j < end && t.glyphs[j].st == g.st && t.glyphs[j].f == g.f {
			w += float64(t.glyphs[j].w)
			j++
		}
		st := &t.styles[g.st]
		s := string(t.bytes[g.off:t.end(j-1)])
		if st.hasBG {
			ops = append(ops, op{kind: opFill, x: x, y: base - ascent*st.size - 0.6, w: w, h: (ascent+descent)*st.size + 1.2, color: st.bg})
		}
		if g.f != nil {
			ops = append(ops, op{kind: opText, x: x, y: base, w: w, text: s, face: g.f, st: st})
		}
		if st.underline {
			ops = append(ops, op{kind: opRule, x: x, y: base + 0.12*st.size, w: w, color: st.color})
		}
		if st.strike {
			ops = append(ops, op{kind: opRule, x: x, y: base - 0.3*st.size, w: w, color: st.color})
		}
		if st.link != "" {
			ops = append(ops, op{kind: opLink, x: x, y: 0, w: w, h: h, text: st.link})
		}
		x += w
		i = j
	}
	return ops
}

// plain lays out s, text that is not in the notes (a title, a page
// number, a list marker), as lines width wide.
func (f *flow) plain(s string, st style, width, left float64, centred bool) []line {
	var t text
	t.doc, t.at = f.doc, f.at
	t.add(s, st, -1)
	return f.textLines(&t, width, left, centred)
}
