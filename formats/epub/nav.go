package epub

import (
	"strings"
)

// nav returns the book's navigation document, which replaces go-epub's:
// go-epub lists pages only, under the fixed heading "Table of Contents".
// This one has the heading in the book's language and lists each chapter
// with its questions, and landmarks for readers that offer them.
func (b *builder) nav() []byte {
	out := make([]byte, 0, 256+len(b.plan.entries)*96)
	out = append(out, `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE html>
<html xmlns="http://www.w3.org/1999/xhtml" xmlns:epub="http://www.idpf.org/2007/ops"`...)
	out = b.appendLang(out)
	out = append(out, ">\n<head>\n<title>"...)
	out = appendEscaped(out, b.title, false)
	out = append(out, "</title>\n"+`<link rel="stylesheet" type="text/css" href="css/`+cssFile+`" />`+"\n</head>\n<body>\n"...)
	out = append(out, `<nav epub:type="toc" id="toc">`+"\n<h1>"...)
	out = appendEscaped(out, b.labels.contents, false)
	out = append(out, "</h1>\n"...)
	if len(b.plan.top) > 0 {
		out = b.navList(out, b.plan.top)
	} else {
		// A table of contents must list something: a book of no
		// questions has its title page.
		out = append(out, "<ol>\n"...)
		out = navLink(out, "titlepage", "xhtml/"+titleFile, b.labels.titlePage)
		out = append(out, "</ol>\n"...)
	}
	out = append(out, "</nav>\n"...)

	out = append(out, `<nav epub:type="landmarks" id="landmarks" hidden="">`+"\n<h2>"...)
	out = appendEscaped(out, b.labels.contents, false)
	out = append(out, "</h2>\n<ol>\n"...)
	out = navLink(out, "cover", "xhtml/"+coverPage, b.labels.cover)
	out = navLink(out, "titlepage", "xhtml/"+titleFile, b.labels.titlePage)
	if len(b.plan.top) > 0 {
		out = navLink(out, "bodymatter", "xhtml/"+b.plan.top[0].file, b.plan.top[0].title)
	}
	out = append(out, "</ol>\n</nav>\n</body>\n</html>\n"...)
	return out
}

func navLink(out []byte, typ, href, text string) []byte {
	out = append(out, `<li><a epub:type="`...)
	out = append(out, typ...)
	out = append(out, `" href="`...)
	out = appendEscaped(out, href, true)
	out = append(out, `">`...)
	out = appendEscaped(out, text, false)
	return append(out, "</a></li>\n"...)
}

// navList appends the list of chapters cs, each with its questions and
// its own chapters.
func (b *builder) navList(out []byte, cs []*chapter) []byte {
	out = append(out, "<ol>\n"...)
	for _, c := range cs {
		out = b.navItem(out, c)
	}
	return append(out, "</ol>\n"...)
}

func (b *builder) navItem(out []byte, c *chapter) []byte {
	out = append(out, `<li><a href="xhtml/`...)
	out = append(out, c.file...)
	out = append(out, `">`...)
	out = appendEscaped(out, c.title, false)
	out = append(out, "</a>"...)
	if len(c.entries) > 0 || len(c.children) > 0 {
		out = append(out, "\n<ol>\n"...)
		for _, e := range c.entries {
			out = append(out, `<li><a href="xhtml/`...)
			out = append(out, c.file...)
			out = append(out, '#')
			out = append(out, e.anchor...)
			out = append(out, `">`...)
			out = appendEscaped(out, navText(e), false)
			out = append(out, "</a></li>\n"...)
		}
		for _, sub := range c.children {
			out = b.navItem(out, sub)
		}
		out = append(out, "</ol>\n"...)
	}
	return append(out, "</li>\n"...)
}

// navText returns a question as a line of text, after its number.
func navText(e *entry) string {
	t := strings.Join(strings.Fields(e.note.Question.Text()), " ")
	if t == "" {
		t = e.anchor
	}
	return e.note.NumberLabel() + t
}

// appendLang appends the lang and xml:lang attributes of the book's pages.
func (b *builder) appendLang(out []byte) []byte {
	out = append(out, ` lang="`...)
	out = appendEscaped(out, b.lang, true)
	out = append(out, `" xml:lang="`...)
	out = appendEscaped(out, b.lang, true)
	return append(out, '"')
}
