package notes

import (
	"bytes"
	"fmt"
	"slices"
	"strings"

	"github.com/flashmark/flashmark/notes/syntax"
	"github.com/yuin/goldmark/ast"
)

// builder cuts one file's goldmark tree into a description, sections and
// notes. Every top-level block lands in exactly one body, so nothing of the
// file is lost; bodies take their blocks over from the file's tree.
type builder struct {
	file         *parsedFile
	lines        *lineIndex
	base         int    // offset of src in the file, after front matter
	src          []byte // the Markdown goldmark parsed
	dir          string // the file's directory relative to the notes' root
	level        int    // question level
	titleHeading *ast.Heading
	blocks       []ast.Node // the document's top-level blocks
	stack        []*Section // open sections, outermost first
	errs         ErrorList
}

func (b *builder) build(blocks []ast.Node) error {
	b.blocks = blocks
	if b.titleHeading != nil {
		b.file.title = plainText(b.titleHeading, b.src)
	}
	end := b.nextBoundary(0)
	b.file.description = b.body(0, end, -1)
	var jobs []noteJob
	for i := end; i < len(b.blocks); i = end {
		h := b.blocks[i].(*ast.Heading)
		end = b.nextBoundary(i + 1)
		if h.Level == b.level {
			jobs = append(jobs, b.note(h, i+1, end))
		} else {
			b.section(h, i+1, end)
		}
	}
	inParallel(len(jobs), func(i int) { b.fill(jobs[i]) })
	for _, j := range jobs {
		n := j.note
		if n.Question.IsEmpty() {
			b.file.diags = append(b.file.diags, Diagnostic{Pos: n.Pos, Severity: Warning, Msg: "empty question heading"})
		}
		if !n.Answered() {
			b.file.diags = append(b.file.diags, Diagnostic{Pos: n.Pos, Severity: Info, Msg: "unanswered question"})
		}
	}
	if len(jobs) == 0 {
		b.file.diags = append(b.file.diags, Diagnostic{
			Pos:      b.lines.pos(b.base),
			Severity: Warning,
			Msg:      fmt.Sprintf("no questions: no level-%d heading (set question_level in the front matter to choose another level)", b.level),
		})
	}
	return b.errs.err()
}

// nextBoundary returns the index of the first heading at or above the
// question level from i on, or len(blocks).
func (b *builder) nextBoundary(i int) int {
	for ; i < len(b.blocks); i++ {
		if h, ok := b.blocks[i].(*ast.Heading); ok && h.Level <= b.level && h != b.titleHeading {
			return i
		}
	}
	return i
}

// A noteJob is the part of making a note that touches only the note's own
// blocks, done in parallel with the others once the structure is known.
type noteJob struct {
	note     *Note
	heading  *ast.Heading
	from, to int // the answer's blocks
	skip     int // a block to leave out of the answer (an ID comment), or -1
	inlineID bool
}

// note makes the note of heading h, whose answer is blocks[from:to], and
// places it in the open section. Its bodies are made later by fill.
func (b *builder) note(h *ast.Heading, from, to int) noteJob {
	n := &Note{Pos: b.pos(h.Pos())}
	j := noteJob{note: n, heading: h, from: from, to: to, skip: -1}
	if id, ok := h.AttributeString("id"); ok {
		n.ID = b.explicitID(string(attrBytes(id)), n.Pos)
	}
	n.ownTags = strings.Fields(string(attrBytes(classOf(h))))
	var commentIDs []string
	if id, ok := inlineCommentID(h, b.src); ok {
		j.inlineID = true
		commentIDs = append(commentIDs, id)
	}
	if from < to {
		if id, ok := commentID(b.blocks[from], b.src); ok {
			j.skip = from
			commentIDs = append(commentIDs, id)
		}
	}
	switch {
	case len(commentIDs) > 1 || len(commentIDs) == 1 && n.ID != "":
		b.errs = append(b.errs, errorf(n.Pos, ErrBadID, "the question has more than one explicit ID"))
	case len(commentIDs) == 1:
		n.ID = b.explicitID(commentIDs[0], n.Pos)
	}
	if len(b.stack) > 0 {
		s := b.stack[len(b.stack)-1]
		s.Notes = append(s.Notes, n)
	} else {
		b.file.notes = append(b.file.notes, n)
	}
	return j
}

// fill makes the question and answer of a note and numbers its clozes.
func (b *builder) fill(j noteJob) {
	n := j.note
	n.Question = b.question(j.heading, j.inlineID)
	n.Answer = b.body(j.from, j.to, j.skip)
	if mayHaveCloze(n.Question.md) || mayHaveCloze(n.Answer.md) {
		if n.Clozes = numberClozes(n.Question.root, n.Answer.root); len(n.Clozes) > 0 {
			n.Kind = Cloze
		}
	}
}

func (b *builder) section(h *ast.Heading, from, to int) {
	s := &Section{
		Title:       plainText(h, b.src),
		Level:       h.Level,
		Pos:         b.pos(h.Pos()),
		Tags:        strings.Fields(string(attrBytes(classOf(h)))),
		Description: b.body(from, to, -1),
	}
	for len(b.stack) > 0 && b.stack[len(b.stack)-1].Level >= h.Level {
		b.stack = b.stack[:len(b.stack)-1]
	}
	if len(b.stack) > 0 {
		parent := b.stack[len(b.stack)-1]
		parent.Sections = append(parent.Sections, s)
	} else {
		b.file.sections = append(b.file.sections, s)
	}
	b.stack = append(b.stack, s)
}

func (b *builder) explicitID(id string, pos Position) string {
	if !validID(id) {
		b.errs = append(b.errs, errorf(pos, ErrBadID, "%q: want 1 to 200 bytes without spaces or control characters", id))
		return ""
	}
	return id
}

func (b *builder) pos(offset int) Position { return b.lines.pos(b.base + offset) }

// question makes the body of a question heading: a paragraph holding the
// heading's inline content, without the <!-- id: ... --> comment that ends
// the heading when inlineID is set.
func (b *builder) question(h *ast.Heading, inlineID bool) Body {
	lines := h.Lines()
	if lines.Len() == 0 {
		return Body{}
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
	if !para.HasChildren() {
		return Body{}
	}
	doc := ast.NewDocument()
	doc.AppendChild(doc, para)
	return b.newBody(doc, start, bytes.TrimSpace(b.src[start:stop]))
}

// inlineCommentID reads the <!-- id: my-id --> comment that ends a heading.
func inlineCommentID(h *ast.Heading, src []byte) (string, bool) {
	last, ok := h.LastChild().(*ast.RawHTML)
	if !ok || last.Segments.Len() == 0 {
		return "", false
	}
	return parseIDComment(rawHTMLText(last, src))
}

// body makes a body of blocks[from:to], leaving out the title heading, the
// block at index skip, and thematic breaks at either end (a "---" under a
// question marks it unanswered; between questions it only separates them).
func (b *builder) body(from, to, skip int) Body {
	keep := make([]bool, to-from)
	first, last := -1, -1
	for i := from; i < to; i++ {
		n := b.blocks[i]
		if i == skip || n == ast.Node(b.titleHeading) {
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
	return b.newBody(doc, b.blockStartOffset(doc.FirstChild()), md)
}

// newBody makes a body of the tree root, which starts at offset start and
// whose source text is md.
func (b *builder) newBody(root ast.Node, start int, md []byte) Body {
	body := Body{Pos: b.pos(start), md: md, root: root, src: b.src, base: b.base}
	if bytes.Contains(md, []byte("![")) || bytes.Contains(md, []byte("<")) { // every image starts so
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
	off := b.blockStartOffset(n)
	return b.lines.lineStart(b.base+off) - b.base
}

// blockStartOffset returns the offset where block n begins.
func (b *builder) blockStartOffset(n ast.Node) int {
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

func classOf(h *ast.Heading) any {
	v, _ := h.AttributeString("class")
	return v
}

func attrBytes(v any) []byte {
	switch v := v.(type) {
	case []byte:
		return v
	case string:
		return []byte(v)
	}
	return nil
}

// commentID reads an <!-- id: my-id --> block.
func commentID(n ast.Node, src []byte) (string, bool) {
	h, ok := n.(*ast.HTMLBlock)
	if !ok || h.HTMLBlockType != ast.HTMLBlockType2 {
		return "", false
	}
	var buf []byte
	for i := 0; i < h.Lines().Len(); i++ {
		seg := h.Lines().At(i)
		buf = append(buf, seg.Value(src)...)
	}
	if h.HasClosure() {
		buf = append(buf, h.ClosureLine.Value(src)...)
	}
	return parseIDComment(buf)
}

func rawHTMLText(n *ast.RawHTML, src []byte) []byte {
	var buf []byte
	for i := 0; i < n.Segments.Len(); i++ {
		seg := n.Segments.At(i)
		buf = append(buf, seg.Value(src)...)
	}
	return buf
}

func parseIDComment(b []byte) (string, bool) {
	s := strings.TrimSpace(string(b))
	if len(s) < len("<!---->") || !strings.HasPrefix(s, "<!--") || !strings.HasSuffix(s, "-->") {
		return "", false
	}
	s = strings.TrimSpace(s[4 : len(s)-3])
	if len(s) < 3 || !strings.EqualFold(s[:3], "id:") {
		return "", false
	}
	return strings.TrimSpace(s[3:]), true
}

// numberClozes gives each ==highlight== of a note the next number after the
// note's highest {{cN::}} and returns the distinct numbers, ascending.
func numberClozes(roots ...ast.Node) []int {
	var clozes []*syntax.Cloze
	highest := 0
	for _, root := range roots {
		if root == nil {
			continue
		}
		_ = ast.Walk(root, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
			if c, ok := n.(*syntax.Cloze); ok && entering {
				clozes = append(clozes, c)
				highest = max(highest, c.Number)
			}
			return ast.WalkContinue, nil
		})
	}
	var nums []int
	for _, c := range clozes {
		if c.Number == 0 {
			highest++
			c.Number = highest
		}
		nums = append(nums, c.Number)
	}
	slices.Sort(nums)
	return slices.Compact(nums)
}
