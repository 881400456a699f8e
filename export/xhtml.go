package export

import (
	"strings"

	"github.com/flashmark/flashmark/notes"
	"github.com/yuin/goldmark/util"
	"golang.org/x/net/html"
)

// writeXHTML writes a parsed HTML node as XHTML: void elements
// self-closed, every other element closed, text and attribute values
// escaped for XML. It is the last line of defence after the sanitiser, and
// checks again what must never pass: only allowed elements are written
// (the content of script-like elements is dropped), no event handler
// attributes, no URL with a scheme other than http, https or mailto, but
// for data: images in img src; check boxes are always disabled.
func writeXHTML(o *bodyRender, n *html.Node) {
	switch n.Type {
	case html.TextNode:
		o.escape(n.Data, false)
	case html.ElementNode:
		writeElement(o, n)
	case html.DocumentNode:
		writeChildren(o, n)
	}
	// Comments and doctypes are dropped.
}

func writeChildren(o *bodyRender, n *html.Node) {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		writeXHTML(o, c)
	}
}

var (
	allowed  = make(map[string]bool)
	void     = make(map[string]bool)
	dropped  = make(map[string]bool)
	renamed  = map[string]string{"font": "span", "center": "div", "strike": "s", "tt": "code", "big": "span", "acronym": "abbr"}
	urlAttrs = map[string]bool{"href": true, "src": true, "cite": true}
)

func init() {
	for _, e := range allowedElements {
		allowed[e] = true
	}
	for _, e := range []string{"a", "img", "input"} {
		allowed[e] = true
	}
	for _, e := range strings.Fields("area base br col embed hr img input keygen link meta param source track wbr") {
		void[e] = true
	}
	for _, e := range strings.Fields("script style iframe frame frameset object embed noscript noembed noframes template textarea title select option xmp plaintext svg math") {
		dropped[e] = true
	}
}

func writeElement(o *bodyRender, n *html.Node) {
	name := n.Data
	switch {
	case n.Namespace != "" || dropped[name]:
		return
	case !allowed[name]:
		writeChildren(o, n)
		return
	case name == "input" && !isCheckbox(n):
		return
	case name == "img" && o.h.MediaSrc != nil:
		if m, ok := o.rawMedia(n); ok {
			src, err := o.h.MediaSrc(m)
			if err != nil {
				o.diags = append(o.diags, MediaDiagnostic(m, err))
				o.leftOut(m, func() {
					alt, _ := attr(n, "alt")
					o.escape(alt, false)
				})
				return
			}
			setAttr(n, "src", src)
		}
	}
	style := ""
	switch name {
	case "font":
		if c, ok := attr(n, "color"); ok && colorRE.MatchString(c) {
			style = "color: " + c
		}
	case "center":
		style = "text-align: center"
	}
	if r, ok := renamed[name]; ok {
		name = r
	}
	o.raw("<")
	o.raw(name)
	writeAttrs(o, n, name, style)
	if void[name] {
		o.raw(" />")
		return
	}
	o.raw(">")
	if name == "pre" {
		// The HTML parser drops a newline right after <pre>; write it
		// back so that a parser of this output drops it instead of a
		// line of the text.
		if c := n.FirstChild; c != nil && c.Type == html.TextNode && strings.HasPrefix(c.Data, "\n") {
			o.raw("\n")
		}
	}
	writeChildren(o, n)
	o.raw("</")
	o.raw(name)
	o.raw(">")
}

func writeAttrs(o *bodyRender, n *html.Node, name, style string) {
	seen := make(map[string]bool, len(n.Attr)+2)
	for _, a := range n.Attr {
		key := a.Key
		switch {
		case a.Namespace != "" || seen[key] || !xmlName(key):
			continue
		case strings.HasPrefix(key, "on"):
			continue // event handlers
		case n.Data == "font" && key == "color":
			continue // became style
		case key == "style" && style != "":
			continue // the element's own style wins
		case urlAttrs[key] && !safeURL(a.Val, name == "img" && key == "src"):
			continue
		}
		seen[key] = true
		o.raw(" ")
		o.raw(key)
		o.raw(`="`)
		o.escape(a.Val, true)
		o.raw(`"`)
	}
	if style != "" {
		o.raw(` style="`)
		o.escape(style, true)
		o.raw(`"`)
	}
	if name == "input" && !seen["disabled"] {
		o.raw(` disabled=""`)
	}
}

// rawMedia returns the local image of the body that the raw <img> n
// shows: the notes parser found it in the raw HTML, with its src as
// written.
func (o *bodyRender) rawMedia(n *html.Node) (notes.Media, bool) {
	src, ok := attr(n, "src")
	if !ok {
		return notes.Media{}, false
	}
	for _, m := range o.body.Media {
		if m.Raw && m.Kind == notes.Local && m.Ref == src {
			return m, true
		}
	}
	return notes.Media{}, false
}

func setAttr(n *html.Node, key, val string) {
	for i, a := range n.Attr {
		if a.Namespace == "" && a.Key == key {
			n.Attr[i].Val = val
			return
		}
	}
}

func attr(n *html.Node, key string) (string, bool) {
	for _, a := range n.Attr {
		if a.Namespace == "" && a.Key == key {
			return a.Val, true
		}
	}
	return "", false
}

func isCheckbox(n *html.Node) bool {
	t, _ := attr(n, "type")
	return strings.EqualFold(t, "checkbox")
}

// xmlName reports whether s is a plain XML attribute name (no namespace).
func xmlName(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= 'a' && c <= 'z', c >= 'A' && c <= 'Z', c == '_':
		case i > 0 && (c >= '0' && c <= '9' || c == '-' || c == '.'):
		default:
			return false
		}
	}
	return true
}

// safeURL reports whether a URL is relative or uses http, https or mailto,
// or, with image set, is a data: URL of a raster image. It reads the URL as
// browsers do, ignoring white space and control characters.
func safeURL(u string, image bool) bool {
	var b strings.Builder
	for _, r := range u {
		if r > ' ' && r != 0x7f {
			b.WriteRune(r)
		}
	}
	s := strings.ToLower(b.String())
	colon := strings.IndexByte(s, ':')
	if colon < 0 || strings.ContainsAny(s[:colon], "/?#") {
		return true // relative
	}
	switch s[:colon] {
	case "http", "https", "mailto":
		return true
	case "data":
		return image && (strings.HasPrefix(s, "data:image/png;") || strings.HasPrefix(s, "data:image/jpeg;") ||
			strings.HasPrefix(s, "data:image/gif;") || strings.HasPrefix(s, "data:image/webp;"))
	}
	return false
}

// escape writes s as XML character data, or as an attribute value with
// attr set.
func (o *bodyRender) escape(s string, attr bool) {
	start := 0
	for i := 0; i < len(s); i++ {
		var rep string
		switch s[i] {
		case '&':
			rep = "&amp;"
		case '<':
			rep = "&lt;"
		case '>':
			rep = "&gt;"
		case '"':
			if !attr {
				continue
			}
			rep = "&quot;"
		case '\n':
			if !attr {
				continue
			}
			rep = "&#10;"
		case '\t':
			if !attr {
				continue
			}
			rep = "&#9;"
		default:
			continue
		}
		o.write(util.StringToReadOnlyBytes(s[start:i]))
		o.raw(rep)
		start = i + 1
	}
	o.write(util.StringToReadOnlyBytes(s[start:]))
}
