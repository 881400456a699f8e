package export

import (
	"bytes"
	"fmt"
	"regexp"
	"sync"

	"github.com/microcosm-cc/bluemonday"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// sanitize replaces the HTML in o.buf, which holds raw HTML from the notes,
// with its sanitised form as well-formed XHTML: bluemonday removes what
// could run script or load content, then the HTML5 parser rebuilds the
// tree as a browser would, and writeXHTML serialises it as XML, resolving
// the local images of raw <img> tags through MediaSrc.
//
// HTML nested more than maxHTMLDepth deep, which no notes need and which
// the HTML5 parser takes time in the square of the depth to build, is
// written as its text alone.
func (o *bodyRender) sanitize() error {
	clean := policy().SanitizeBytes(o.buf)
	o.buf = o.buf[:0]
	if tooDeep(clean) {
		writeText(o, clean)
		return nil
	}
	nodes, err := html.ParseFragment(bytes.NewReader(clean), bodyContext)
	if err != nil {
		return fmt.Errorf("export: %s: sanitising HTML: %w", o.body.Pos, err)
	}
	for _, n := range nodes {
		writeXHTML(o, n)
	}
	return nil
}

// maxHTMLDepth bounds the nesting of elements in raw HTML.
const maxHTMLDepth = 256

// tooDeep reports whether the elements of b nest deeper than maxHTMLDepth.
// Elements whose end tag may be left out (p, li, td...) close themselves
// and do not count; an end tag counts only when its element is open.
func tooDeep(b []byte) bool {
	if bytes.Count(b, []byte("<")) <= maxHTMLDepth {
		return false
	}
	open := make(map[string]int)
	depth := 0
	z := html.NewTokenizer(bytes.NewReader(b))
	for {
		switch z.Next() {
		case html.ErrorToken:
			return false
		case html.StartTagToken:
			name, _ := z.TagName()
			if void[string(name)] || selfClosing[string(name)] {
				continue
			}
			open[string(name)]++
			if depth++; depth > maxHTMLDepth {
				return true
			}
		case html.EndTagToken:
			name, _ := z.TagName()
			if open[string(name)] > 0 {
				open[string(name)]--
				depth--
			}
		}
	}
}

// selfClosing are the elements whose end tag may be left out: the next
// sibling closes them.
var selfClosing = map[string]bool{
	"p": true, "li": true, "dt": true, "dd": true, "tr": true, "td": true, "th": true,
	"thead": true, "tbody": true, "tfoot": true, "colgroup": true, "caption": true,
	"rt": true, "rp": true, "option": true, "optgroup": true,
}

// writeText writes the text of HTML b, without its markup.
func writeText(o *bodyRender, b []byte) {
	z := html.NewTokenizer(bytes.NewReader(b))
	for {
		switch z.Next() {
		case html.ErrorToken:
			return
		case html.TextToken:
			o.escape(string(z.Text()), false)
		}
	}
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
