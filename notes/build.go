package notes

import (
	"fmt"
	"strings"
	"sync/atomic"

	"github.com/yuin/goldmark/ast"
)

// builder cuts one file's goldmark tree into a description, sections and
// notes. Every top-level block lands in one body or is accounted for (a
// label, a title, a table of contents left out of an answer, with a
// diagnostic); bodies take their blocks over from the file's tree.
type builder struct {
	file         *parsedFile
	lines        *lineIndex
	base         int    // offset of src in the file, after front matter
	src          []byte // the Markdown goldmark parsed
	dir          string // the file's directory relative to the media root
	breaks       bool   // soft line breaks read as hard ones
	level        int    // question level; 7 when no heading is a question
	labelled     bool   // the file holds labelled questions
	titleHeading *ast.Heading
	blocks       []ast.Node // the document's top-level blocks
	kinds        []uint8    // what each block is (kContent, kQuestion, …)
	strongLabel  []bool     // a line of the block opens with a strong label
	headings     []*headingInfo
	hinfo        []*headingInfo // by block index, for headings
	listLevel    []int
	stack        []*Section // open sections, outermost first
	jobs         []*noteJob
	backLinks    atomic.Int32 // "back to top" links left out of answers
	firstBack    atomic.Int64 // the offset of the first, plus 1; 0 for none
	slab         []noteJob    // where jobs are allocated
	errs         ErrorList
}

func (b *builder) build() error {
	if b.titleHeading != nil {
		b.file.title = plainText(b.titleHeading, b.src)
	}
	start := b.nextBoundary(0)
	if toc := b.prefaceTOC(); toc >= 0 {
		// What comes before the file's table of contents is its
		// preface, headings and all.
		for i := 0; i < toc; i++ {
			if b.kinds[i] == kSection {
				b.kinds[i] = kContent
			}
		}
		start = b.nextBoundary(toc + 1)
		b.info(b.blocks[toc], "table of contents: it and the text above it make the description")
	}
	b.file.description = b.description(0, start)
	for i := start; i < len(b.blocks); {
		end := b.nextBoundary(i + 1)
		switch b.kinds[i] {
		case kQuestion:
			b.headingNote(b.hinfo[i], i+1, end)
		case kSection:
			b.section(b.blocks[i].(*ast.Heading), i+1, end)
		case kQList:
			b.listNotes(b.blocks[i].(*ast.List), i+1, end)
		}
		i = end
	}
	inParallel(len(b.jobs), func(i int) { b.fill(b.jobs[i]) })
	b.reportBackLinks()
	for _, j := range b.jobs {
		n := j.note
		if n.Question.IsEmpty() {
			msg := "empty question heading"
			if j.heading == nil {
				msg = "empty question: nothing after the question label"
			}
			b.file.diags = append(b.file.diags, Diagnostic{Pos: n.Pos, Severity: Warning, Msg: msg})
		}
		if !n.Answered() {
			b.file.diags = append(b.file.diags, Diagnostic{Pos: n.Pos, Severity: Info, Msg: "unanswered question"})
		}
	}
	if len(b.jobs) == 0 {
		msg := "no questions: no heading reads as a question and no line opens with a question label (题目：, Q:); set question_level in the front matter to choose the level of the question headings"
		if b.level <= 6 {
			msg = fmt.Sprintf("no questions: no level-%d heading (set question_level in the front matter to choose another level)", b.level)
		}
		b.file.diags = append(b.file.diags, Diagnostic{Pos: b.lines.pos(b.base), Severity: Warning, Msg: msg})
	}
	b.checkShape()
	return b.errs.err()
}

// isBoundary reports whether block i ends the answer or description before
// it: a question, a section heading or a list of questions.
func (b *builder) isBoundary(i int) bool {
	k := b.kinds[i]
	return k == kQuestion || k == kSection || k == kQList
}

// nextBoundary returns the index of the first boundary from i on, or
// len(blocks).
func (b *builder) nextBoundary(i int) int {
	for ; i < len(b.blocks); i++ {
		if b.isBoundary(i) {
			return i
		}
	}
	return i
}

// prefaceTOC returns the index of the file's table of contents when it
// comes before every question and links to at least half of them, or -1.
func (b *builder) prefaceTOC() int {
	if b.labelled {
		return -1
	}
	toc := -1
	for i, k := range b.kinds {
		if k == kQuestion || k == kQList {
			return -1
		}
		if k == kTOC {
			toc = i
			break
		}
	}
	if toc < 0 || isTyporaTOC(b.blocks[toc], b.src) {
		return toc
	}
	questions := map[string]bool{}
	for i, n := range b.blocks {
		switch b.kinds[i] {
		case kQuestion:
			questions[slugKey(plainText(n, b.src))] = true
		case kQList:
			for it := n.FirstChild(); it != nil; it = it.NextSibling() {
				if h := headingItem(it); h != nil {
					questions[slugKey(plainText(h, b.src))] = true
				}
			}
		}
	}
	_, targets := tocLinks(b.blocks[toc], b.src)
	hits := 0
	for _, t := range targets {
		if questions[slugKey(t)] {
			hits++
		}
	}
	if 2*hits < len(questions) {
		return -1
	}
	return toc
}

// description makes the description of the deck or of the open section
// from blocks[from:to]. In a file of labelled questions it also makes the
// notes of the labels among them.
func (b *builder) description(from, to int) Body {
	if !b.labelled {
		return b.body(from, to, -1, false)
	}
	return b.labelRegion(from, to)
}

// place adds a note to the open section, or to the file.
func (b *builder) place(n *Note) {
	if len(b.stack) > 0 {
		s := b.stack[len(b.stack)-1]
		s.Notes = append(s.Notes, n)
	} else {
		b.file.notes = append(b.file.notes, n)
	}
}

// headingNote makes the note of question heading hi, whose answer is
// blocks[from:to]. Its bodies are made later by fill.
func (b *builder) headingNote(hi *headingInfo, from, to int) {
	j := b.newHeadingJob(hi.h)
	j.text = hi.text
	j.from, j.to = from, to
	if from < to {
		if id, ok := commentID(b.blocks[from], b.src); ok {
			j.skip = from
			b.setCommentID(j, id)
		}
	}
	b.dropTOCs(j, from, to)
	b.place(j.note)
	b.jobs = append(b.jobs, j)
}

// newHeadingJob starts the note of a question heading, with the ID and
// tags its attributes give.
func (b *builder) newHeadingJob(h *ast.Heading) *noteJob {
	n := &Note{Pos: b.pos(h.Pos())}
	j := b.newJob(n)
	j.heading = h
	if id, ok := h.AttributeString("id"); ok {
		n.ID = b.explicitID(string(attrBytes(id)), n.Pos)
	}
	n.ownTags = strings.Fields(string(attrBytes(classOf(h))))
	if id, ok := inlineCommentID(h, b.src); ok {
		j.inlineID = true
		b.setCommentID(j, id)
	}
	return j
}

// setCommentID gives a note the ID of an <!-- id: … --> comment.
func (b *builder) setCommentID(j *noteJob, id string) {
	n := j.note
	if n.ID != "" || j.commentID {
		b.errs = append(b.errs, errorf(n.Pos, ErrBadID, "the question has more than one explicit ID"))
		return
	}
	j.commentID = true
	n.ID = b.explicitID(id, n.Pos)
}

// dropTOCs leaves the tables of contents among blocks[from:to] out of the
// note's answer, with an info diagnostic.
func (b *builder) dropTOCs(j *noteJob, from, to int) {
	for i := from; i < to; i++ {
		if b.kinds[i] == kTOC {
			b.info(b.blocks[i], fmt.Sprintf("table of contents left out of the answer of the question at %s", j.note.Pos))
		}
	}
}

// listNotes makes a note of every item of list l that opens with a
// question heading. An item without one continues the answer before it, as
// do blocks[from:to], which follow the list.
func (b *builder) listNotes(l *ast.List, from, to int) {
	level, _ := questionList(l)
	var last *noteJob
	i := 0
	for it := l.FirstChild(); it != nil; it, i = it.NextSibling(), i+1 {
		item := it.(*ast.ListItem)
		h := headingItem(item)
		if (h == nil || h.Level != level) && last != nil {
			last.list.items = append(last.list.items, item)
			continue
		}
		if h == nil {
			continue // not reached: questionList checks that the first item opens with a question
		}
		j := b.newHeadingJob(h)
		j.list = &listParts{number: itemNumber(l, i), item: item}
		if c := h.NextSibling(); c != nil {
			if id, ok := commentID(c, b.src); ok {
				j.list.skip = c
				b.setCommentID(j, id)
			}
		}
		b.place(j.note)
		b.jobs = append(b.jobs, j)
		last = j
	}
	if last != nil {
		last.from, last.to = from, to
		b.dropTOCs(last, from, to)
	}
}

func (b *builder) section(h *ast.Heading, from, to int) {
	s := &Section{
		Title: plainText(h, b.src),
		Level: h.Level,
		Pos:   b.pos(h.Pos()),
		Tags:  strings.Fields(string(attrBytes(classOf(h)))),
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
	s.Description = b.description(from, to)
}

func (b *builder) explicitID(id string, pos Position) string {
	if !validID(id) {
		b.errs = append(b.errs, errorf(pos, ErrBadID, "%q: want 1 to 200 bytes without spaces or control characters", id))
		return ""
	}
	return id
}

func (b *builder) pos(offset int) Position { return b.lines.pos(b.base + offset) }

// info adds an info diagnostic at block n.
func (b *builder) info(n ast.Node, msg string) {
	b.file.diags = append(b.file.diags, Diagnostic{Pos: b.pos(blockStartOffsetOf(n)), Severity: Info, Msg: msg})
}

// leftOutBackLink counts a "back to top" link at block n left out of an
// answer; fill calls it from several goroutines.
func (b *builder) leftOutBackLink(n ast.Node) {
	b.backLinks.Add(1)
	off := int64(blockStartOffsetOf(n)) + 1
	for {
		cur := b.firstBack.Load()
		if cur != 0 && cur <= off || b.firstBack.CompareAndSwap(cur, off) {
			return
		}
	}
}

// reportBackLinks says, once for the file, how many "back to top" links
// were left out of answers, and where the first is.
func (b *builder) reportBackLinks() {
	n := int(b.backLinks.Load())
	if n == 0 {
		return
	}
	msg := fmt.Sprintf("%s to the top of the page or the table of contents left out of the answers: a card cannot follow them", count(n, "link"))
	pos := b.pos(int(b.firstBack.Load()) - 1)
	b.file.diags = append(b.file.diags, Diagnostic{Pos: pos, Severity: Info, Msg: msg})
}
