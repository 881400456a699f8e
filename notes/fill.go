package notes

import (
	"bytes"
	"slices"

	"github.com/yuin/goldmark/ast"
)

// A noteJob is the part of making a note that touches only the note's own
// blocks, done in parallel with the others once the structure is known.
type noteJob struct {
	note *Note

	// A note with a question heading: a top-level one, or one that opens
	// a list item.
	heading   *ast.Heading
	text      string // the heading's text, when known
	inlineID  bool   // the heading ends with an <!-- id: … --> comment
	commentID bool   // an <!-- id: … --> comment gave the ID
	from, to  int    // top-level blocks of the answer
	skip      int    // a top-level block to leave out (an ID comment), or -1
	list      *listParts

	// A labelled note: its pieces, sorted in the structure pass.
	labelled *sortedNote
}

// listParts are what a note that opens a list item takes from its list.
type listParts struct {
	number string
	item   *ast.ListItem   // the list item the heading opens
	skip   ast.Node        // an ID comment in item, left out
	items  []*ast.ListItem // items without a question that continue the answer
}

// newJob returns a job for note n, from a slab, so that a large file
// costs a few allocations rather than one a note.
func (b *builder) newJob(n *Note) *noteJob {
	if len(b.slab) == cap(b.slab) {
		b.slab = make([]noteJob, 0, 256)
	}
	b.slab = b.slab[:len(b.slab)+1]
	j := &b.slab[len(b.slab)-1]
	j.note, j.skip = n, -1
	return j
}

// fill makes the bodies of a note and numbers its clozes.
func (b *builder) fill(j *noteJob) {
	n := j.note
	if j.labelled != nil {
		b.fillLabelled(j)
	} else {
		b.fillHeading(j)
	}
	if mayHaveCloze(n.Question.md) || mayHaveCloze(n.Answer.md) {
		if n.Clozes = numberClozes(n.Question.root, n.Answer.root); len(n.Clozes) > 0 {
			n.Kind = Cloze
		}
	}
}

// fillHeading makes the bodies of a note with a question heading. Its ID is
// derived from the heading's text as written, number and all, so that IDs
// stay what they were before numbers left the question.
func (b *builder) fillHeading(j *noteJob) {
	n := j.note
	n.key = j.text
	if n.key == "" {
		n.key = plainText(j.heading, b.src)
	}
	qp, num := b.questionPiece(j.heading, j.inlineID)
	n.Number = num
	if j.list != nil {
		n.Number = firstNonEmpty(j.list.number, num)
	}
	if j.list == nil && !b.mayHaveLabels(j.from, j.to) {
		n.Question = b.piecesBody([]piece{qp})
		n.Answer = b.body(j.from, j.to, j.skip, true)
		return
	}
	ps := b.answerPieces(j)
	ps = b.splitLabelLines(ps, false)
	s := sortHeadingNote(ps, b.src)
	q := slices.Concat([]piece{qp}, s.question)
	n.Question = b.piecesBody(b.stripLabels(q))
	n.Answer = b.piecesBody(b.stripLabels(s.answer))
	n.Extra = b.piecesBody(s.extra)
	n.ownTags = unionTags(n.ownTags, s.tags)
	if len(s.question) > 0 {
		n.key += "\n" + b.piecesText(s.question)
	}
}

// fillLabelled makes the bodies of a labelled note. Its ID is derived from
// its question.
func (b *builder) fillLabelled(j *noteJob) {
	n := j.note
	s := j.labelled
	n.Question = b.piecesBody(b.stripLabels(s.question))
	n.Answer = b.piecesBody(b.stripLabels(s.answer))
	n.Extra = b.piecesBody(s.extra)
	n.key = n.Question.Text()
}

// questionPiece makes the question of a heading: a paragraph holding the
// heading's inline content, without the number that opens it and the <!--
// id: ... --> comment that ends it when inlineID is set.
func (b *builder) questionPiece(h *ast.Heading, inlineID bool) (piece, string) {
	lines := h.Lines()
	if lines.Len() == 0 {
		return piece{}, ""
	}
	start, stop := lines.At(0).Start, lines.At(lines.Len()-1).Stop
	if last, ok := h.LastChild().(*ast.RawHTML); ok && inlineID {
		stop = last.Segments.At(0).Start
		h.RemoveChild(h, last)
	}
	para := ast.NewParagraph()
	para.SetLines(lines)
	for c := h.FirstChild(); c != nil; {
		next := c.NextSibling()
		para.AppendChild(para, c)
		c = next
	}
	num, after, ok := dropQuestionNumber(para, b.src)
	if ok {
		start = after
	}
	if !para.HasChildren() {
		return piece{}, num
	}
	return piece{node: para, start: start, end: max(start, stop), inline: true}, num
}

// mayHaveLabels reports whether blocks[from:to] hold a strong label (bold,
// or a heading) that sorts an answer.
func (b *builder) mayHaveLabels(from, to int) bool {
	for i := from; i < to; i++ {
		if b.kinds[i] == kLabel || b.strongLabel[i] {
			return true
		}
	}
	return false
}

// body makes a body of blocks[from:to], leaving out the title heading, the
// block at index skip, tables of contents when answer is set, and thematic
// breaks at either end (a "---" under a question marks it unanswered;
// between questions it only separates them).
func (b *builder) body(from, to, skip int, answer bool) Body {
	keep := make([]bool, to-from)
	first, last := -1, -1
	for i := from; i < to; i++ {
		n := b.blocks[i]
		if i == skip || b.kinds[i] == kTitle || answer && b.kinds[i] == kTOC {
			continue
		}
		if answer && b.kinds[i] == kBackLink {
			b.leftOutBackLink(b.blocks[i])
			continue
		}
		keep[i-from] = true
		if _, rule := n.(*ast.ThematicBreak); !rule {
			if first < 0 {
				first = i
			}
			last = i
		}
	}
	if first < 0 {
		return Body{}
	}
	doc := ast.NewDocument()
	var md []byte
	for i := first; i <= last; {
		if !keep[i-from] {
			i++
			continue
		}
		start := b.blockStart(b.blocks[i])
		for ; i <= last && keep[i-from]; i++ {
			doc.AppendChild(doc, b.blocks[i])
		}
		end := len(b.src)
		if i < len(b.blocks) {
			end = b.blockStart(b.blocks[i])
		}
		piece := bytes.TrimRight(b.src[start:end], " \t\r\n")
		if md == nil {
			md = piece
		} else {
			md = slices.Concat(md, []byte("\n\n"), piece)
		}
	}
	return b.newBody(doc, blockStartOffsetOf(doc.FirstChild()), md)
}

// newBody makes a body of the tree root, which starts at offset start and
// whose source text is md.
func (b *builder) newBody(root ast.Node, start int, md []byte) Body {
	if b.breaks {
		hardenBreaks(root)
	}
	body := Body{Pos: b.pos(start), md: md, root: root, src: b.src, base: b.base}
	if mayHaveImage(md) {
		body.Media = collectMedia(root, b.src, b.dir, b.pos)
	}
	return body
}

// mayHaveCloze reports whether source text may hold a cloze deletion, so
// that most notes skip the walk looking for one.
func mayHaveCloze(md []byte) bool {
	return bytes.Contains(md, []byte("{{c")) || bytes.Contains(md, []byte("=="))
}

// blockStart returns the offset of the start of the line where n begins.
func (b *builder) blockStart(n ast.Node) int {
	off := blockStartOffsetOf(n)
	return b.lines.lineStart(b.base+off) - b.base
}

// blockStartOffsetOf returns the offset where block n begins.
func blockStartOffsetOf(n ast.Node) int {
	for c := n; c != nil; c = c.FirstChild() {
		if p := c.Pos(); p >= 0 {
			return p
		}
		if c.Type() == ast.TypeBlock && c.Lines().Len() > 0 {
			return c.Lines().At(0).Start
		}
		if t, ok := c.(*ast.Text); ok {
			return t.Segment.Start
		}
	}
	return 0
}

// inlineCommentID reads the <!-- id: my-id --> comment that ends a heading.
func inlineCommentID(h *ast.Heading, src []byte) (string, bool) {
	last, ok := h.LastChild().(*ast.RawHTML)
	if !ok || last.Segments.Len() == 0 {
		return "", false
	}
	return parseIDComment(rawHTMLText(last, src))
}
