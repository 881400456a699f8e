package pdf

import (
	"strings"

	"github.com/yuin/goldmark/ast"
	"golang.org/x/net/html"
)

// Raw HTML in notes is not rendered as HTML: its text is drawn as text,
// <br> and block tags break lines, and <img> shows its image. Scripts,
// styles and every attribute but an image's src and alt are ignored.

// rawHTML handles an inline tag.
func rawHTML(f *flow, n ast.Node, st style) {
	var b strings.Builder
	segs := n.(*ast.RawHTML).Segments
	for i := 0; i < segs.Len(); i++ {
		seg := segs.At(i)
		b.Write(seg.Value(f.src))
	}
	f.html(n, b.String(), st)
}

// htmlBlock handles a block of HTML.
func htmlBlock(f *flow, n ast.Node) {
	var b strings.Builder
	lines := n.Lines()
	for i := 0; i < lines.Len(); i++ {
		seg := lines.At(i)
		b.Write(seg.Value(f.src))
	}
	if hb := n.(*ast.HTMLBlock); hb.HasClosure() {
		b.Write(hb.ClosureLine.Value(f.src))
	}
	f.txt.reset()
	f.html(n, b.String(), f.base())
	f.flushText()
	f.space(f.paraSpace())
}

// html adds the text and images of the HTML s, from the node n.
func (f *flow) html(n ast.Node, s string, st style) {
	z := html.NewTokenizer(strings.NewReader(s))
	skip := 0 // inside <script> or <style>
	for {
		tt := z.Next()
		switch tt {
		case html.ErrorToken:
			return
		case html.TextToken:
			if skip == 0 {
				f.cur.add(strings.Join(strings.Fields(string(z.Text())), " "), st, -1)
			}
		case html.StartTagToken, html.SelfClosingTagToken, html.EndTagToken:
			tok := z.Token()
			switch tok.Data {
			case "script", "style", "textarea", "title":
				if tt == html.StartTagToken {
					skip++
				} else if tt == html.EndTagToken && skip > 0 {
					skip--
				}
			case "br", "p", "div", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "pre", "blockquote":
				if tt != html.EndTagToken || tok.Data != "br" {
					if !f.cur.empty() {
						f.cur.add("\n", st, -1)
					}
				}
			case "img":
				var src, alt string
				for _, a := range tok.Attr {
					switch a.Key {
					case "src":
						src = a.Val
					case "alt":
						alt = a.Val
					}
				}
				f.htmlImage(n, src, alt, st)
			}
		}
	}
}

func (f *flow) htmlImage(n ast.Node, src, alt string, st style) {
	if m, ok := f.body.MediaOf(n, src); ok && f.picture(m) {
		st.color, st.size = grey, st.size*0.85
		f.cur.add(alt, st, -1)
		return
	}
	if alt == "" {
		alt = src
	}
	f.cur.add(alt, linkStyle(st, src), -1)
}
