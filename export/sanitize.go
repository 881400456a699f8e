package export

import (
	"bytes"
	"regexp"
	"sync"

	"github.com/microcosm-cc/bluemonday"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// sanitize replaces the HTML in o.buf, which holds raw HTML from the notes,
// with its sanitised form as well-formed XHTML: bluemonday removes what
// could run script or load content, then the HTML5 parser rebuilds the
// tree as a browser would, and writeXHTML serialises it as XML. With anki,
// clozes (rendered as <mark class="cloze">) become Anki's {{cN::...}}.
func sanitize(o *output, anki bool) error {
	clean := policy().SanitizeBytes(o.buf)
	nodes, err := html.ParseFragment(bytes.NewReader(clean), bodyContext)
	if err != nil {
		return err
	}
	o.buf = o.buf[:0]
	o.anki, o.marks, o.depth = anki, !anki, 0
	for _, n := range nodes {
		writeXHTML(o, n)
	}
	return nil
}

var bodyContext = &html.Node{Type: html.ElementNode, Data: "body", DataAtom: atom.Body}

// allowedElements are the elements raw HTML may use, besides a, img and
// input, which need attributes. They format text and nothing else.
var allowedElements = []string{
	"p", "br", "hr", "div", "span", "wbr",
	"b", "strong", "i", "em", "u", "s", "del", "ins", "mark", "small",
	"sub", "sup", "kbd", "code", "pre", "samp", "var", "abbr", "cite",
	"dfn", "q", "blockquote", "address",
	"h1", "h2", "h3", "h4", "h5", "h6",
	"ul", "ol", "li", "dl", "dt", "dd",
	"table", "thead", "tbody", "tfoot", "tr", "th", "td", "caption",
	"colgroup", "col",
	"details", "summary", "figure", "figcaption",
	"ruby", "rt", "rp", "bdi",
	"section", "article", "aside", "header", "footer",
	// Obsolete, common in notes copied from web pages; writeXHTML
	// rewrites them into their HTML5 equivalents.
	"font", "center", "strike", "tt", "big", "acronym",
}

var (
	classRE   = regexp.MustCompile(`^[\p{L}\p{N}\s_+#.:-]*$`)
	idRE      = regexp.MustCompile(`^[\p{L}\p{N}_:.-]+$`)
	langRE    = regexp.MustCompile(`^[a-zA-Z]{1,8}(-[a-zA-Z0-9]{1,8})*$`)
	colorRE   = regexp.MustCompile(`^(#[0-9a-fA-F]{3,8}|[a-zA-Z]{1,30})$`)
	clozeRE   = regexp.MustCompile(`^[0-9]{1,4}$`)
	booleanRE = regexp.MustCompile(`^(|checked|disabled|open)$`)
)

// policy returns the sanitiser's policy; a bluemonday.Policy is safe for
// concurrent use once built.
var policy = sync.OnceValue(func() *bluemonday.Policy {
	p := bluemonday.NewPolicy()
	p.AllowElements(allowedElements...)

	p.AllowAttrs("class").Matching(classRE).Globally()
	p.AllowAttrs("id").Matching(idRE).Globally()
	p.AllowAttrs("lang").Matching(langRE).Globally()
	p.AllowAttrs("dir").Matching(bluemonday.Direction).Globally()
	p.AllowAttrs("title").Globally()
	// bluemonday checks each property's value (no expression(), no url()).
	p.AllowStyles("color", "background-color", "text-align", "font-weight",
		"font-style", "text-decoration", "vertical-align").Globally()

	p.RequireParseableURLs(true)
	p.AllowRelativeURLs(true)
	p.AllowURLSchemes("http", "https", "mailto")
	p.AllowDataURIImages() // writeXHTML keeps data: URLs in img src only
	p.AllowAttrs("href").OnElements("a")
	p.AllowAttrs("cite").OnElements("blockquote", "q", "del", "ins")
	p.AllowAttrs("src", "alt").OnElements("img")
	p.AllowAttrs("width", "height").Matching(bluemonday.NumberOrPercent).OnElements("img", "table", "td", "th", "col")

	p.AllowAttrs("colspan", "rowspan", "span").Matching(bluemonday.Integer).OnElements("td", "th", "col", "colgroup")
	p.AllowAttrs("scope").Matching(regexp.MustCompile(`^(row|col|rowgroup|colgroup)$`)).OnElements("th")
	p.AllowAttrs("start").Matching(bluemonday.Integer).OnElements("ol")
	p.AllowAttrs("type").Matching(bluemonday.ListType).OnElements("ol")
	p.AllowAttrs("value").Matching(bluemonday.Integer).OnElements("li")
	p.AllowAttrs("open").Matching(booleanRE).OnElements("details")
	p.AllowAttrs("color").Matching(colorRE).OnElements("font")
	// Task list check boxes; writeXHTML keeps only disabled check boxes.
	p.AllowAttrs("type").Matching(regexp.MustCompile(`^checkbox$`)).OnElements("input")
	p.AllowAttrs("checked", "disabled").Matching(booleanRE).OnElements("input")
	// Cloze deletions, as renderCloze writes them.
	p.AllowAttrs("data-cloze").Matching(clozeRE).OnElements("mark")
	p.AllowAttrs("data-hint").OnElements("mark")
	return p
})
