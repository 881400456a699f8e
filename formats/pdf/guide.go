package pdf

import (
	"context"
	"fmt"
	"strconv"

	"github.com/flashmark/flashmark/notes"
)

// A tocEntry is a line of the table of contents: a section or a question,
// and the mark of where it is.
type tocEntry struct {
	title string
	level int
	bold  bool
	m     *mark
}

// guide lays out a study guide: a title page, a table of contents, then
// the sections and their numbered questions (the numbers the notes give
// them, when they give any), each a PDF bookmark, with
// the title in the header and page numbers in the footer; unanswered
// questions follow, "to do", when asked for.
func (d *document) guide(ctx context.Context) ([]page, error) {
	c := d.cfg
	head, foot := 2.4*c.size, 2.4*c.size
	w := c.pageW - 2*c.margin
	bodyH := c.pageH - 2*c.margin - head - foot
	bodyBox := func(offset int) func(i int) *box {
		return func(i int) *box {
			return &box{page: i + 1 + offset, x: c.margin, y: c.margin + head, w: w, h: bodyH}
		}
	}
	f := newFlow(d, w, c.size, bodyH*0.6)
	var content []line
	var toc []tocEntry
	hasSections := len(d.deck.Sections) > 0
	qNo := 0
	section := func(s *notes.Section, depth int) {
		st := f.base()
		st.bold, st.size = true, c.size*max(1.2, 1.7-0.2*float64(depth))
		m := &mark{title: s.Title, level: depth}
		lines := f.plain(s.Title, st, w, 0, false)
		if depth == 0 {
			lines[0].newPage = true
		}
		for i := range lines {
			lines[i].keep = true
		}
		lines[0].mark = m
		content = append(content, lines...)
		content = append(content, line{h: 0.5 * c.size, keep: true})
		toc = append(toc, tocEntry{title: s.Title, level: depth, bold: true, m: m})
	}
	note := func(n *notes.Note) {
		qNo++
		level := 0
		if hasSections {
			level = len(n.Path)
		}
		// The notes' own numbers, when they have any, else a count; the
		// bookmark shows only numbers the notes wrote.
		label := strconv.Itoa(qNo) + ". "
		m := &mark{title: n.Question.Text(), level: level}
		if d.numbered {
			label = n.NumberLabel()
			m.title = label + m.title
		}
		f.question(n, c.size*1.12, label, nil)
		if len(f.out) > 0 {
			f.out[0].mark = m
		}
		f.answer(n)
		f.extra(n)
		f.out = trimSpace(f.out)
		f.add(spacer(1.2 * c.size))
		content = append(content, f.take()...)
		title := m.title
		if !d.numbered {
			title = label + title
		}
		toc = append(toc, tocEntry{title: title, level: level + 1, m: m})
		d.summary.Notes++
	}
	if err := d.visit(ctx, section, note); err != nil {
		return nil, err
	}
	if todo := d.todoLines(f); len(todo) > 0 {
		toc = append(toc, tocEntry{title: "To do", bold: true, m: todo[0].mark})
		content = append(content, todo...)
	}

	// The table of contents comes first but needs the page numbers of
	// the content: lay it out once to count its pages, then place the
	// content after it, then lay it out again with the numbers. Its lines
	// are as tall either way: the numbers have a column of their own.
	front := func(numbers bool) *paginator {
		p := newPaginator(bodyBox(0))
		p.place(d.titlePage(f, qNo))
		p.breakPage()
		p.place(d.tocLines(f, toc, w, numbers))
		return p
	}
	offset := len(front(false).pages)
	body := newPaginator(bodyBox(offset))
	body.place(content)
	fp := front(true)
	pages := append(fp.pages, body.pages[offset:]...)
	for i := range pages {
		if i > 0 {
			d.pageChrome(&pages[i], i+1, len(pages), head, foot)
		}
	}
	return pages, nil
}

// titlePage returns the lines of the title page: the title, the number of
// questions, the date, and the deck's description.
func (d *document) titlePage(f *flow, questions int) []line {
	c := d.cfg
	w := f.width
	var out []line
	out = append(out, spacer(c.pageH*0.18))
	out[0].space = false
	st := style{size: c.size * 2.6, bold: true, color: black}
	out = append(out, f.plain(d.title, st, w, 0, true)...)
	out = append(out, line{h: c.size * 1.5})
	info := fmt.Sprintf("%d questions", questions)
	if !d.e.Time.IsZero() {
		info += " · " + d.e.Time.Format("2006-01-02")
	}
	out = append(out, f.plain(info, style{size: c.size * 1.1, color: grey}, w, 0, true)...)
	if !d.deck.Description.IsEmpty() {
		out = append(out, line{h: c.size * 3})
		f.style.color, f.style.size = grey, c.size*0.9
		f.bodyBlocks(d.deck.Description, d.deck.Description.Pos)
		f.style = style{size: c.size, color: black}
		out = append(out, f.take()...)
	}
	return out
}

// tocLines lays out the table of contents: sections in bold, questions
// indented under them, each linked to its page, with the page number on
// the right when numbers is set.
func (d *document) tocLines(f *flow, toc []tocEntry, w float64, numbers bool) []line {
	c := d.cfg
	out := f.plain("Contents", style{size: c.size * 1.6, bold: true, color: black}, w, 0, false)
	out = append(out, line{h: c.size})
	numW := 3.5 * c.size
	for _, e := range toc {
		st := style{size: c.size, color: black, bold: e.bold}
		indent := float64(e.level) * 1.2 * c.size
		lines := f.plain(e.title, st, w-indent-numW, indent, false)
		for i := range lines {
			l := &lines[i]
			l.ops = append(l.ops, op{kind: opLink, x: indent, w: w - indent, h: l.h, target: e.m})
		}
		if numbers && len(lines) > 0 {
			num := f.plain(strconv.Itoa(e.m.page), st, numW, 0, false)
			last := &lines[len(lines)-1]
			for _, o := range num[0].ops {
				o.x += w - num[0].w
				last.ops = append(last.ops, o)
			}
		}
		out = append(out, lines...)
	}
	return out
}

// todoLines lists the unanswered questions with where they are.
func (d *document) todoLines(f *flow) []line {
	if len(d.todo) == 0 {
		return nil
	}
	c := d.cfg
	out := f.plain("To do", style{size: c.size * 1.7, bold: true, color: black}, f.width, 0, false)
	out[0].newPage = true
	out[0].mark = &mark{title: "To do", level: 0}
	out = append(out, line{h: 0.5 * c.size})
	for _, n := range d.todo {
		f.prefix = "▢ " + n.NumberLabel()
		f.bodyBlocks(n.Question, n.Pos)
		f.prefix = ""
		f.extra(n)
		f.out = trimSpace(f.out)
		for _, l := range f.plain(n.Pos.String(), style{size: c.size * 0.8, color: grey}, f.width, 1.2*c.size, false) {
			f.add(l)
		}
		f.add(spacer(0.4 * c.size))
		out = append(out, f.take()...)
		d.summary.Notes++
	}
	return out
}
