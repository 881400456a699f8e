package notes

import (
	"bytes"
	"slices"

	"github.com/yuin/goldmark/ast"
)

// A piece is a block of a body being assembled from parts of the file: a
// top-level block, a child of a list item, or part of a paragraph cut at a
// label.
type piece struct {
	node       ast.Node // nil for nothing to show
	start, end int      // its source text, offsets in src
	indent     int      // columns of list indentation to strip from its lines
	inline     bool     // node is a paragraph made of a heading's content
	label      labelMatch
	heading    bool // node is a label heading
	value      bool // a label heading with text after the label ("Answer: 4")
}

func (p piece) isLabel() bool { return p.label.kind != noLabel }

// blockPieces returns the pieces of blocks[from:to], leaving out the block
// at skip, the title and, for an answer, tables of contents.
func (b *builder) blockPieces(ps []piece, from, to, skip int, answer bool) []piece {
	for i := from; i < to; i++ {
		if i == skip || b.kinds[i] == kTitle || answer && b.kinds[i] == kTOC {
			continue
		}
		if answer && b.kinds[i] == kBackLink {
			b.leftOutBackLink(b.blocks[i])
			continue
		}
		n := b.blocks[i]
		end := len(b.src)
		if i+1 < len(b.blocks) {
			end = b.blockStart(b.blocks[i+1])
		}
		p := piece{node: n, start: b.blockStart(n), end: end}
		if h, ok := n.(*ast.Heading); ok && b.kinds[i] == kLabel {
			p.label, p.value, _ = headingLabel(h, plainText(h, b.src), b.src)
			p.heading = true
		}
		ps = append(ps, p)
	}
	return ps
}

// itemPieces returns the pieces of a list item's blocks but those in omit
// (its question heading, an ID comment). limit is where the item's text
// ends at the latest.
func (b *builder) itemPieces(ps []piece, item *ast.ListItem, limit int, omit ...ast.Node) []piece {
	for c := item.FirstChild(); c != nil; c = c.NextSibling() {
		if slices.Contains(omit, c) {
			continue
		}
		if isBackLink(c, b.src) {
			b.leftOutBackLink(c)
			continue
		}
		end := limit
		if next := c.NextSibling(); next != nil {
			end = b.blockStart(next)
		}
		// The block's text starts after the item's marker or indentation,
		// which its other lines repeat: strip as many columns from them.
		start := blockStartOffsetOf(c)
		indent := start - b.blockStart(c)
		ps = append(ps, piece{node: c, start: start, end: end, indent: max(indent, 1)})
	}
	return ps
}

// answerPieces returns the pieces of the answer of a note with a question
// heading: the rest of its list item, the items that continue it, and the
// top-level blocks after them.
func (b *builder) answerPieces(j *noteJob) []piece {
	var ps []piece
	if l := j.list; l != nil {
		limit := len(b.src)
		if j.from < len(b.blocks) {
			limit = b.blockStart(b.blocks[j.from])
		}
		ps = b.itemPieces(ps, l.item, b.itemEnd(l.item, limit), j.heading, l.skip)
		for _, it := range l.items {
			ps = b.itemPieces(ps, it, b.itemEnd(it, limit))
		}
	}
	return b.blockPieces(ps, j.from, j.to, j.skip, true)
}

// itemEnd is where the text of a list item ends at the latest: where the
// next item of its list starts, or, for the last item, limit.
func (b *builder) itemEnd(item *ast.ListItem, limit int) int {
	if next := item.NextSibling(); next != nil {
		return b.blockStart(next)
	}
	return limit
}

// splitLabelLines cuts the paragraphs among ps at lines that open with a
// label, so that each label starts a piece. Plain labels ("Q:") count when
// plain is set; bold ones always.
func (b *builder) splitLabelLines(ps []piece, plain bool) []piece {
	var out []piece
	for _, p := range ps {
		para, ok := p.node.(*ast.Paragraph)
		if !ok || p.isLabel() {
			out = append(out, p)
			continue
		}
		out = append(out, b.splitParagraph(p, para, plain)...)
	}
	return out
}

// splitParagraph cuts a paragraph at its label lines.
func (b *builder) splitParagraph(p piece, para *ast.Paragraph, plain bool) []piece {
	var starts []ast.Node
	var cut []labelMatch
	found := false
	lineStarts(para, func(s ast.Node) bool {
		m, ok := lineLabel(s, b.src)
		if !ok || !m.strong && !plain {
			m = labelMatch{}
		}
		starts, cut = append(starts, s), append(cut, m)
		found = found || m.kind != noLabel
		return true
	})
	if !found {
		return []piece{p}
	}
	if cut[0].kind != noLabel && len(starts) == 1 {
		p.label = cut[0]
		return []piece{p}
	}
	lines := para.Lines()
	segAt := func(off int) int { // the line holding offset off
		for k := lines.Len() - 1; k > 0; k-- {
			if lines.At(k).Start <= off {
				return k
			}
		}
		return 0
	}
	var out []piece
	for g := 0; g < len(starts); {
		h := g + 1
		for h < len(starts) && cut[h].kind == noLabel {
			h++
		}
		np := ast.NewParagraph()
		first := segAt(inlineStart(starts[g], b.src))
		last := lines.Len() - 1
		if h < len(starts) {
			last = max(first, segAt(inlineStart(starts[h], b.src))-1)
		}
		for k := first; k <= last; k++ {
			np.Lines().Append(lines.At(k))
		}
		for c := starts[g]; c != nil && (h == len(starts) || c != starts[h]); {
			next := c.NextSibling()
			np.AppendChild(np, c)
			c = next
		}
		if t, ok := np.LastChild().(*ast.Text); ok {
			t.SetSoftLineBreak(false)
			t.SetHardLineBreak(false)
		}
		start := lines.At(first).Start
		if g == 0 {
			start = p.start
		}
		end := lines.At(last).Stop
		if h == len(starts) {
			end = p.end
		}
		out = append(out, piece{node: np, start: start, end: end, indent: p.indent, label: cut[g]})
		g = h
	}
	return out
}

// inlineStart returns the offset where inline node n starts.
func inlineStart(n ast.Node, src []byte) int {
	for c := n; c != nil; c = c.FirstChild() {
		if t, ok := c.(*ast.Text); ok {
			return t.Segment.Start
		}
		if p := c.Pos(); p >= 0 {
			return p
		}
	}
	return 0
}

// stripLabels removes the question and answer labels from the pieces that
// open with them. A label heading with nothing after the label goes; one
// with text after it ("##### Answer: 4") stays whole, as written.
func (b *builder) stripLabels(ps []piece) []piece {
	out := ps[:0:0]
	for _, p := range ps {
		k := p.label.kind
		if k != questionLabel && k != answerLabel || p.node == nil {
			out = append(out, p)
			continue
		}
		if p.heading {
			if !p.value {
				continue
			}
			if k == answerLabel {
				out = append(out, p)
				continue
			}
			// A question in a heading: its text after the label.
			para := ast.NewParagraph()
			para.SetLines(p.node.Lines())
			for c := p.node.FirstChild(); c != nil; {
				next := c.NextSibling()
				para.AppendChild(para, c)
				c = next
			}
			p.node, p.inline = para, true
		}
		start := stripLabel(p.node, p.label, b.src)
		if start < 0 {
			continue
		}
		p.start = max(p.start, start)
		p.label = labelMatch{}
		out = append(out, p)
	}
	return out
}

// piecesBody makes a body of pieces, leaving out thematic breaks at either
// end. Its Markdown is the pieces' source, each dedented by its list
// indentation, kept as written between pieces that follow each other in
// the file and joined by a blank line otherwise.
func (b *builder) piecesBody(ps []piece) Body {
	first, last := -1, -1
	for i, p := range ps {
		if p.node == nil {
			continue
		}
		if _, rule := p.node.(*ast.ThematicBreak); rule {
			continue
		}
		if first < 0 {
			first = i
		}
		last = i
	}
	if first < 0 {
		return Body{}
	}
	doc := ast.NewDocument()
	var md []byte
	owned := false // md is a buffer of its own
	prevEnd := -1
	for _, p := range ps[first : last+1] {
		if p.node == nil {
			continue
		}
		node := p.node
		if tb, ok := node.(*ast.TextBlock); ok {
			node = paragraphOf(tb)
		}
		doc.AppendChild(doc, node)
		text := bytes.TrimRight(b.src[p.start:max(p.start, p.end)], " \t\r\n")
		if p.inline {
			text = bytes.TrimSpace(text)
		}
		if p.indent > 0 {
			text = dedent(text, p.indent)
		}
		gap := []byte("\n\n")
		if prevEnd >= 0 && p.indent == 0 && prevEnd <= p.start && len(bytes.TrimSpace(b.src[prevEnd:p.start])) == 0 {
			gap = b.src[prevEnd:p.start]
		}
		switch {
		case md == nil:
			md = text // the file's bytes, never appended to
		case !owned:
			md, owned = slices.Concat(md, gap, text), true
		default:
			md = append(append(md, gap...), text...)
		}
		prevEnd = p.start + len(bytes.TrimRight(b.src[p.start:max(p.start, p.end)], " \t\r\n"))
	}
	start := ps[first].start
	if !ps[first].inline {
		start = blockStartOffsetOf(doc.FirstChild())
	}
	return b.newBody(doc, start, md)
}

// piecesText returns the plain text of pieces, before they are made into a
// body.
func (b *builder) piecesText(ps []piece) string {
	var out []byte
	for _, p := range ps {
		if p.node == nil {
			continue
		}
		if len(out) > 0 {
			out = append(out, '\n')
		}
		out = append(out, plainText(p.node, b.src)...)
	}
	return string(out)
}

// paragraphOf turns the text block of a tight list item into a paragraph,
// for a body outside the list.
func paragraphOf(tb *ast.TextBlock) ast.Node {
	para := ast.NewParagraph()
	para.SetLines(tb.Lines())
	for c := tb.FirstChild(); c != nil; {
		next := c.NextSibling()
		para.AppendChild(para, c)
		c = next
	}
	return para
}

// dedent strips up to n columns of leading white space from every line of
// text.
func dedent(text []byte, n int) []byte {
	out := make([]byte, 0, len(text))
	for line := range bytes.SplitAfterSeq(text, []byte("\n")) {
		col, k := 0, 0
		for k < len(line) && col < n && (line[k] == ' ' || line[k] == '\t') {
			if line[k] == '\t' {
				col += 4 - col%4
			} else {
				col++
			}
			k++
		}
		out = append(out, line[k:]...)
	}
	return out
}

// joinBodies returns a body holding the blocks of a then those of b.
func joinBodies(a, b Body) Body {
	switch {
	case a.IsEmpty():
		return b
	case b.IsEmpty():
		return a
	}
	for c := b.root.FirstChild(); c != nil; {
		next := c.NextSibling()
		a.root.AppendChild(a.root, c)
		c = next
	}
	a.md = slices.Concat(a.md, []byte("\n\n"), b.md)
	a.Media = slices.Concat(a.Media, b.Media)
	return a
}
