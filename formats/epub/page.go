package epub

import (
	"strconv"
	"strings"
)

// titleFile is the title page, after the cover.
const titleFile = "title.xhtml"

// A page is the body of an XHTML page of the book, as given to go-epub.
type page struct {
	file   string
	title  string
	parent string // the file of the page it is nested under in the contents, or ""
	body   []byte
}

// pages assembles the title page and the chapters.
func (b *builder) pages() []page {
	pages := make([]page, 0, len(b.plan.chapters)+1)
	pages = append(pages, page{file: titleFile, title: b.labels.titlePage, body: b.titlePage()})
	for _, c := range b.plan.chapters {
		p := page{file: c.file, title: c.title, body: b.chapterPage(c)}
		if c.parent != nil {
			p.parent = c.parent.file
		}
		pages = append(pages, p)
	}
	return pages
}

func (b *builder) titlePage() []byte {
	out := []byte(`<section class="titlepage" epub:type="titlepage">` + "\n")
	out = append(out, `<h1 class="book-title">`...)
	out = appendEscaped(out, b.title, false)
	out = append(out, "</h1>\n"...)
	if b.author != "" {
		out = append(out, `<p class="author">`...)
		out = appendEscaped(out, b.author, false)
		out = append(out, "</p>\n"...)
	}
	out = append(out, `<p class="count">`...)
	out = appendEscaped(out, b.labels.count(len(b.plan.entries)), false)
	out = append(out, "</p>\n"...)
	out = append(out, `<p class="date"><time datetime="`...)
	out = append(out, b.time.Format("2006-01-02")...)
	out = append(out, `">`...)
	out = append(out, b.time.Format("2006-01-02")...)
	out = append(out, "</time></p>\n"...)
	if len(b.titleDesc.html) > 0 {
		out = append(out, `<div class="description">`+"\n"...)
		out = b.appendPiece(out, b.titleDesc, titleFile)
		out = append(out, "</div>\n"...)
	}
	return append(out, "</section>"...)
}

func (b *builder) chapterPage(c *chapter) []byte {
	out := make([]byte, 0, 4096)
	out = append(out, `<section class="chapter" epub:type="chapter">`+"\n"...)
	out = append(out, `<h1 class="chapter-title">`...)
	out = appendEscaped(out, c.title, false)
	out = append(out, "</h1>\n"...)
	if len(c.descPart.html) > 0 {
		out = append(out, `<div class="description">`+"\n"...)
		out = b.appendPiece(out, c.descPart, c.file)
		out = append(out, "</div>\n"...)
	}
	switch {
	case c.todo:
		out = b.todoList(out, c)
	case b.e.Mode == Quiz:
		out = b.quiz(out, c)
	default:
		for _, e := range c.entries {
			out = append(out, `<section class="note">`+"\n"...)
			out = b.question(out, e, e.question)
			out = append(out, `<div class="answer">`+"\n"...)
			out = b.appendPiece(out, e.answer, c.file)
			out = append(out, "</div>\n"...)
			out = b.extra(out, e)
			out = append(out, "</section>\n"...)
		}
	}
	return append(out, "</section>"...)
}

// question appends the heading of a question (a block of its own when the
// question is more than a line of text), led by the number the notes give
// it.
func (b *builder) question(out []byte, e *entry, q piece) []byte {
	label := e.note.NumberLabel()
	if e.inlineQ {
		out = append(out, `<h2 class="question" id="`...)
		out = append(out, e.anchor...)
		out = append(out, `">`...)
		if label != "" {
			out = append(out, `<span class="number">`...)
			out = appendEscaped(out, label, false)
			out = append(out, `</span>`...)
		}
		out = b.appendPiece(out, q, e.chapter.file)
		return append(out, "</h2>\n"...)
	}
	out = append(out, `<div class="question" id="`...)
	out = append(out, e.anchor...)
	out = append(out, `">`+"\n"...)
	if label != "" {
		out = append(out, `<p class="number">`...)
		out = appendEscaped(out, strings.TrimSpace(label), false)
		out = append(out, "</p>\n"...)
	}
	out = b.appendPiece(out, q, e.chapter.file)
	return append(out, "</div>\n"...)
}

// extra appends what the note's other labels say ("出题人：…"), after its
// answer: it is not the answer, but no text of the notes is left out.
func (b *builder) extra(out []byte, e *entry) []byte {
	if len(e.extra.html) == 0 {
		return out
	}
	out = append(out, `<div class="extra">`+"\n"...)
	out = b.appendPiece(out, e.extra, e.chapter.file)
	return append(out, "</div>\n"...)
}

// quiz appends the questions of a chapter, each with a link to its answer,
// and the answers as footnotes at the end of the page: readers that pop
// footnotes up hide them there, others show them after the questions.
func (b *builder) quiz(out []byte, c *chapter) []byte {
	for _, e := range c.entries {
		out = append(out, `<section class="note">`+"\n"...)
		if e.blanked {
			out = b.question(out, e, e.blankQ)
			if len(e.blankA.html) > 0 {
				out = append(out, `<div class="cloze-text">`+"\n"...)
				out = b.appendPiece(out, e.blankA, c.file)
				out = append(out, "</div>\n"...)
			}
		} else {
			out = b.question(out, e, e.question)
		}
		out = append(out, `<p class="reveal"><a epub:type="noteref" class="noteref" href="#a`...)
		out = strconv.AppendInt(out, int64(e.num), 10)
		out = append(out, `">`...)
		out = appendEscaped(out, b.labels.answer, false)
		out = append(out, "</a></p>\n</section>\n"...)
	}
	out = append(out, `<section class="answers" epub:type="footnotes">`+"\n"...)
	out = append(out, `<h2 class="answers-title">`...)
	out = appendEscaped(out, b.labels.answer, false)
	out = append(out, "</h2>\n"...)
	for _, e := range c.entries {
		out = append(out, `<aside class="answer" epub:type="footnote" id="a`...)
		out = strconv.AppendInt(out, int64(e.num), 10)
		out = append(out, `">`+"\n"+`<p class="back"><a href="#`...)
		out = append(out, e.anchor...)
		out = append(out, `">↩ `...)
		out = appendEscaped(out, b.labels.back, false)
		out = append(out, "</a></p>\n"...)
		if e.blanked && e.clozeInQ {
			// The question held deletions: show it whole.
			out = append(out, `<div class="question-text">`...)
			out = b.appendPiece(out, e.question, c.file)
			out = append(out, "</div>\n"...)
		}
		out = b.appendPiece(out, e.answer, c.file)
		out = b.extra(out, e)
		out = append(out, "</aside>\n"...)
	}
	return append(out, "</section>\n"...)
}

// todoList appends the unanswered questions of the to-do chapter.
func (b *builder) todoList(out []byte, c *chapter) []byte {
	out = append(out, `<ol class="todo">`+"\n"...)
	for _, e := range c.entries {
		out = append(out, `<li id="`...)
		out = append(out, e.anchor...)
		out = append(out, `">`...)
		out = b.appendPiece(out, e.question, c.file)
		out = b.extra(out, e)
		out = append(out, "</li>\n"...)
	}
	return append(out, "</ol>\n"...)
}
