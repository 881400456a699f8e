package epub

import (
	"fmt"
	"strings"

	"github.com/flashmark/flashmark/notes"
)

// maxChapter is the most questions a chapter holds. Longer runs of
// questions are split into even chapters: a page of 50 answers loads
// quickly on any reader, and go-epub, which works in time linear in the
// pages already added for each page it adds, stays fast for books of
// 10,000 questions (some 120 chapters).
const maxChapter = 50

// A chapter is a page of the book.
type chapter struct {
	title    string
	file     string // "ch0001.xhtml"; pages are numbered in reading order
	parent   *chapter
	children []*chapter
	desc     notes.Body
	descPart piece // desc rewritten
	entries  []*entry
	todo     bool // the chapter of unanswered questions
}

// An entry is a question of the book.
type entry struct {
	note    *notes.Note
	num     int    // 1-based, in reading order
	anchor  string // "q12", the id of the question on its page
	chapter *chapter
	scope   *scope

	question piece // the question, inline when inlineQ
	inlineQ  bool
	answer   piece
	extra    piece // what the note's other labels say
	// A quiz blanks the deletions of a cloze note out of the question
	// page; the answer footnote shows them.
	blanked        bool
	clozeInQ       bool // the question itself holds deletions
	blankQ, blankA piece
}

// A plan is the book's pages in reading order, and what was left out.
type plan struct {
	chapters []*chapter // every page, in reading order (parents first)
	top      []*chapter // the chapters at the top of the table of contents
	entries  []*entry   // every question, in reading order
	skipped  int        // unanswered questions left out
}

// planner builds a plan.
type planner struct {
	*plan
	labels     *labels
	unanswered bool // list unanswered questions in a chapter of their own
	todo       []*notes.Note
}

// makePlan divides the deck into chapters: the deck's own questions, then
// a chapter per section, its subsections nested under it. A run of more
// than maxChapter questions is split into chapters of even size; a
// section split so, or one with subsections, has a page of its own
// holding its title and description, with its parts under it.
// Unanswered questions are left out, or listed in a last chapter when
// unanswered is set.
func makePlan(d *notes.Deck, l *labels, unanswered bool) *plan {
	p := &planner{plan: &plan{}, labels: l, unanswered: unanswered}
	p.group(nil, "", notes.Body{}, p.written(d.Notes), false)
	for _, s := range d.Sections {
		p.section(nil, s)
	}
	if len(p.todo) > 0 {
		c := p.add(nil, l.todo, notes.Body{})
		c.todo = true
		c.file = "todo.xhtml"
		for _, n := range p.todo {
			p.entry(c, n)
		}
	}
	return p.plan
}

// written returns the notes the book writes, setting aside the others.
func (p *planner) written(ns []*notes.Note) []*notes.Note {
	out := make([]*notes.Note, 0, len(ns))
	for _, n := range ns {
		switch {
		case n.Answered():
			out = append(out, n)
		case p.unanswered:
			p.todo = append(p.todo, n)
		default:
			p.skipped++
		}
	}
	return out
}

func (p *planner) section(parent *chapter, s *notes.Section) {
	ns := p.written(s.Notes)
	if !hasContent(s) {
		for _, sub := range s.Sections {
			p.section(parent, sub) // sets their unanswered notes aside
		}
		return
	}
	title := strings.TrimSpace(s.Title)
	if title == "" {
		title = p.labels.untitled
	}
	if len(ns) <= maxChapter && len(s.Sections) == 0 {
		p.group(parent, title, s.Description, ns, true)
		return
	}
	head := p.add(parent, title, s.Description)
	if len(ns) <= maxChapter {
		for _, n := range ns {
			p.entry(head, n)
		}
	} else {
		p.group(head, title, notes.Body{}, ns, true)
	}
	for _, sub := range s.Sections {
		p.section(head, sub)
	}
}

// hasContent reports whether a section holds something the book shows:
// an answered question or a description, in it or below it.
func hasContent(s *notes.Section) bool {
	if !s.Description.IsEmpty() {
		return true
	}
	for _, n := range s.Notes {
		if n.Answered() {
			return true
		}
	}
	for _, sub := range s.Sections {
		if hasContent(sub) {
			return true
		}
	}
	return false
}

// group adds chapters for a run of questions: one titled title (for a
// section) when they fit, or even parts of at most maxChapter numbered by
// their questions.
func (p *planner) group(parent *chapter, title string, desc notes.Body, ns []*notes.Note, section bool) {
	if len(ns) == 0 {
		if section {
			p.add(parent, title, desc)
		}
		return
	}
	parts := (len(ns) + maxChapter - 1) / maxChapter
	first := 0
	for i := range parts {
		size := len(ns) / parts
		if i < len(ns)%parts {
			size++
		}
		var t string
		switch {
		case !section:
			t = p.labels.questions(len(p.entries)+1, len(p.entries)+size)
		case parts == 1:
			t = title
		default:
			t = p.labels.part(title, first+1, first+size)
		}
		c := p.add(parent, t, notes.Body{})
		if i == 0 {
			c.desc = desc
		}
		for _, n := range ns[first : first+size] {
			p.entry(c, n)
		}
		first += size
	}
}

// add appends a chapter.
func (p *planner) add(parent *chapter, title string, desc notes.Body) *chapter {
	c := &chapter{
		title:  title,
		file:   fmt.Sprintf("ch%04d.xhtml", len(p.chapters)+1),
		parent: parent,
		desc:   desc,
	}
	p.chapters = append(p.chapters, c)
	if parent == nil {
		p.top = append(p.top, c)
	} else {
		parent.children = append(parent.children, c)
	}
	return c
}

func (p *planner) entry(c *chapter, n *notes.Note) {
	num := len(p.entries) + 1
	e := &entry{note: n, num: num, anchor: fmt.Sprintf("q%d", num), chapter: c}
	e.scope = &scope{prefix: e.anchor, file: c.file}
	c.entries = append(c.entries, e)
	p.entries = append(p.entries, e)
}
