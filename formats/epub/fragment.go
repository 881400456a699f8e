package epub

import (
	"bytes"
	"fmt"
	"net/url"
	"strconv"
	"strings"

	"github.com/flashmark/flashmark/notes"
)

// A scope holds the ids of one note, or one description, as the book
// renames them: ids written in the notes ({#id}, raw HTML) become
// prefix-N, unique in the book, so that two answers with "### 示例 {#ex}"
// on one page do not clash, and links resolve to the right one.
type scope struct {
	prefix string            // "q12", "s3", "d"
	file   string            // the page the scope is on, "ch0001.xhtml"
	ids    map[string]string // id as written to id in the book, first wins
	count  int
}

func (s *scope) rename(old string) string {
	s.count++
	id := s.prefix + "-" + strconv.Itoa(s.count)
	if s.ids == nil {
		s.ids = make(map[string]string)
	}
	if _, dup := s.ids[old]; !dup {
		s.ids[old] = id
	}
	return id
}

// A piece is a fragment rewritten for the book. Its links to ids
// ("#x") are markers, resolved when the page is assembled, once every id
// of the book is known: a NUL byte, the link's index in links, a NUL
// byte, standing where the href attribute goes. NUL never occurs in
// export.HTML's output, as XML forbids it.
type piece struct {
	html  []byte
	links []string // the ids the links point to, as written
	scope *scope
	pos   notes.Position
}

// A rewriter turns a fragment of export.HTML into a piece of an EPUB page:
//   - ids are renamed within the scope (or dropped, for a blanked copy);
//   - links to ids become markers; links to files beside the notes, which
//     the book does not hold, lose their href;
//   - TeX math, \(…\) and \[…\], which no EPUB reader typesets, becomes
//     <code class="math">, showing its source;
//   - remote images become links to them, showing their alternative text,
//     and data: images become files of the book, so that the book never
//     needs the network;
//   - presentational attributes of HTML 4 that EPUB's XHTML lacks (width
//     and height but on images) are dropped;
//   - with blank set, cloze deletions are replaced by a blank showing
//     their hint, for a quiz.
type rewriter struct {
	labels *labels
	images *images
	scope  *scope
	blank  bool
	pos    notes.Position
	diags  []notes.Diagnostic

	code, anchor, skip int // open <code>/<pre>, open <a>, depth inside a blanked deletion
	links              []string
	t                  tag
}

// rewrite returns the piece made of frag.
func (rw *rewriter) rewrite(frag []byte) piece {
	rw.code, rw.anchor, rw.skip, rw.links = 0, 0, 0, nil
	out := make([]byte, 0, len(frag)+len(frag)/8)
	for i := 0; i < len(frag); {
		if frag[i] != '<' {
			j := bytes.IndexByte(frag[i:], '<')
			if j < 0 {
				j = len(frag) - i
			}
			if rw.skip == 0 {
				out = rw.text(out, frag[i:i+j])
			}
			i += j
			continue
		}
		n := scanTag(frag[i:], &rw.t)
		if n == 0 {
			if rw.skip == 0 {
				out = append(out, "&lt;"...)
			}
			i++
			continue
		}
		i += n
		out = rw.tag(out, &rw.t)
	}
	return piece{html: out, links: rw.links, scope: rw.scope, pos: rw.pos}
}

func (rw *rewriter) tag(out []byte, t *tag) []byte {
	if rw.skip > 0 {
		switch {
		case t.end:
			rw.skip--
		case !t.selfClose:
			rw.skip++
		}
		return out
	}
	if t.end {
		switch {
		case t.is("code"), t.is("pre"):
			rw.code--
		case t.is("a"):
			rw.anchor--
		}
		return append(out, t.raw...)
	}
	switch {
	case t.is("img"):
		return rw.img(out, t)
	case t.is("mark") && rw.blank && hasClass(t, "cloze"):
		out = append(out, `<span class="cloze-blank">`...)
		if hint, ok := t.get("data-hint"); ok && len(hint) > 0 {
			out = append(out, rw.labels.open...)
			out = append(out, hint...)
			out = append(out, rw.labels.shut...)
		} else {
			out = append(out, rw.labels.blank...)
		}
		out = append(out, "</span>"...)
		if !t.selfClose {
			rw.skip = 1
		}
		return out
	case t.is("code"), t.is("pre"):
		if !t.selfClose {
			rw.code++
		}
	case t.is("a"):
		if !t.selfClose {
			rw.anchor++
		}
	}
	return rw.element(out, t, nil)
}

// element writes the start tag t with its attributes rewritten; src, when
// not nil, replaces an image's src.
func (rw *rewriter) element(out []byte, t *tag, src []byte) []byte {
	out = append(out, '<')
	out = append(out, t.name...)
	img := t.is("img")
	alt := false
	for _, a := range t.attrs {
		switch string(a.key) {
		case "id":
			if rw.blank {
				continue // the answer's full copy has the ids
			}
			out = appendAttr(out, "id", []byte(rw.scope.rename(unescape(a.val))))
			continue
		case "href":
			if t.is("a") {
				out = rw.href(out, a.val)
				continue
			}
		case "width", "height":
			if !img {
				continue
			}
		case "src":
			if src != nil {
				out = appendAttr(out, "src", src)
				continue
			}
		case "alt":
			alt = true
		}
		val := a.val
		if bytes.IndexByte(val, '"') >= 0 || bytes.IndexByte(val, '<') >= 0 {
			val = []byte(escapeAttr(unescape(val)))
		}
		out = appendAttr(out, string(a.key), val)
	}
	if img && !alt {
		out = append(out, ` alt=""`...)
	}
	if t.selfClose {
		return append(out, " />"...)
	}
	return append(out, '>')
}

func appendAttr(out []byte, key string, val []byte) []byte {
	out = append(out, ' ')
	out = append(out, key...)
	out = append(out, `="`...)
	out = append(out, val...)
	return append(out, '"')
}

func hasClass(t *tag, class string) bool {
	v, _ := t.get("class")
	for _, c := range strings.Fields(string(v)) {
		if c == class {
			return true
		}
	}
	return false
}

// href writes the href of a link: kept for a URL, a marker for a link to
// an id, nothing for a link to a file beside the notes.
func (rw *rewriter) href(out []byte, val []byte) []byte {
	h := strings.TrimSpace(unescape(val))
	switch {
	case strings.HasPrefix(h, "#"):
		target, err := url.PathUnescape(h[1:])
		if err != nil {
			target = h[1:]
		}
		out = append(out, 0)
		out = strconv.AppendInt(out, int64(len(rw.links)), 10)
		out = append(out, 0)
		rw.links = append(rw.links, target)
		return out
	case hasScheme(h):
		return appendAttr(out, "href", []byte(escapeAttr(h)))
	case strings.HasPrefix(h, "//"):
		return appendAttr(out, "href", []byte(escapeAttr("https:"+h)))
	case h == "":
		return out
	}
	rw.diags = append(rw.diags, notes.Diagnostic{Pos: rw.pos, Severity: notes.Info,
		Msg: fmt.Sprintf("link %s shown as text: it points to a file the book does not hold", h)})
	return out
}

// img writes an image: kept when it is a file of the book, stored when it
// is a data: URL, a link when it is remote, its alternative text otherwise.
func (rw *rewriter) img(out []byte, t *tag) []byte {
	rawSrc, _ := t.get("src")
	src := strings.TrimSpace(unescape(rawSrc))
	alt, _ := t.get("alt")
	switch {
	case strings.HasPrefix(src, imageDir):
		return rw.element(out, t, nil)
	case len(src) > 5 && strings.EqualFold(src[:5], "data:"):
		stored, err := rw.images.dataURL(src)
		if err == nil {
			return rw.element(out, t, []byte(escapeAttr(stored)))
		}
		rw.diags = append(rw.diags, notes.Diagnostic{Pos: rw.pos, Severity: notes.Warning,
			Msg: fmt.Sprintf("image data: URL left out: %v", err)})
	case hasScheme(src) || strings.HasPrefix(src, "//"):
		if strings.HasPrefix(src, "//") {
			src = "https:" + src
		}
		text := alt
		if len(bytes.TrimSpace(text)) == 0 {
			text = []byte(escapeText(rw.labels.imageLink))
		}
		if rw.anchor > 0 {
			out = append(out, `<span class="remote-image">`...)
			out = append(out, text...)
			return append(out, `</span>`...)
		}
		out = append(out, `<a class="remote-image" href="`...)
		out = append(out, escapeAttr(src)...)
		out = append(out, `">`...)
		out = append(out, text...)
		return append(out, `</a>`...)
	}
	out = append(out, `<span class="missing-image">`...)
	if len(bytes.TrimSpace(alt)) > 0 {
		out = append(out, alt...)
	} else {
		out = append(out, escapeText(src)...)
	}
	return append(out, `</span>`...)
}

// hasScheme reports whether u starts with a URL scheme of two letters or
// more ("https:", "mailto:"), not a Windows drive.
func hasScheme(u string) bool {
	i := strings.IndexByte(u, ':')
	if i < 2 {
		return false
	}
	for j := 0; j < i; j++ {
		c := u[j]
		switch {
		case c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z':
		case j > 0 && (c >= '0' && c <= '9' || c == '+' || c == '-' || c == '.'):
		default:
			return false
		}
	}
	return true
}

// text writes text, with TeX math outside code shown as its source in
// <code class="math">.
func (rw *rewriter) text(out []byte, text []byte) []byte {
	if rw.code > 0 {
		return append(out, text...)
	}
	for {
		i := mathOpening(text)
		if i < 0 {
			return append(out, text...)
		}
		closing, class := `\)`, `<code class="math">`
		if text[i+1] == '[' {
			closing, class = `\]`, `<code class="math display">`
		}
		j := bytes.Index(text[i+2:], []byte(closing))
		if j < 0 {
			out = append(out, text[:i+2]...)
			text = text[i+2:]
			continue
		}
		out = append(out, text[:i]...)
		out = append(out, class...)
		out = append(out, text[i+2:i+2+j]...)
		out = append(out, "</code>"...)
		text = text[i+2+j+2:]
	}
}

// mathOpening returns the index of the first \( or \[ in text, or -1.
func mathOpening(text []byte) int {
	for off := 0; ; {
		i := bytes.IndexByte(text[off:], '\\')
		if i < 0 {
			return -1
		}
		i += off
		if i+1 >= len(text) {
			return -1
		}
		if c := text[i+1]; c == '(' || c == '[' {
			return i
		}
		off = i + 1
	}
}

// blockElements are the elements a heading cannot hold.
var blockElements = map[string]bool{
	"p": true, "div": true, "ul": true, "ol": true, "dl": true, "table": true, "pre": true,
	"blockquote": true, "hr": true, "figure": true, "details": true, "section": true,
	"aside": true, "article": true, "header": true, "footer": true, "address": true,
	"h1": true, "h2": true, "h3": true, "h4": true, "h5": true, "h6": true,
}

// inline returns the content of a fragment that is a single paragraph of
// phrasing content, such as a question heading, fit to go inside a
// heading, and whether it is one.
func inline(frag []byte) ([]byte, bool) {
	f := bytes.TrimSpace(frag)
	if !bytes.HasPrefix(f, []byte("<p>")) || !bytes.HasSuffix(f, []byte("</p>")) {
		return frag, false
	}
	inner := f[3 : len(f)-4]
	var t tag
	for i := 0; i < len(inner); i++ {
		if inner[i] != '<' {
			continue
		}
		if n := scanTag(inner[i:], &t); n > 0 && blockElements[string(t.name)] {
			return frag, false
		}
	}
	return inner, true
}
