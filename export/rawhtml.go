package export

import (
	"bytes"
	"slices"
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html"

	"github.com/yuin/goldmark/ast"
)

// inlineHTML writes inline raw HTML for the sanitiser and marks the
// body as needing it. Comments are dropped and a lone <br> is written as
// <br />, which needs no sanitiser.
func (o *bodyRender) inlineHTML(node ast.Node, entering bool) (ast.WalkStatus, error) {
	if !entering {
		return ast.WalkSkipChildren, nil
	}
	source := o.src
	segs := node.(*ast.RawHTML).Segments
	if segs.Len() == 1 {
		seg := segs.At(0)
		v := seg.Value(source)
		switch {
		case isComment(v):
			return ast.WalkSkipChildren, nil
		case isBreak(v):
			o.raw("<br />")
			return ast.WalkSkipChildren, nil
		}
	}
	o.rawHTML = true
	for i := range segs.Len() {
		seg := segs.At(i)
		o.write(seg.Value(source))
		o.checkRaw(seg.Value(source), seg.Start)
	}
	return ast.WalkSkipChildren, nil
}

// htmlBlock writes a raw HTML block for the sanitiser, as
// inlineHTML does; a block holding only a comment is dropped.
func (o *bodyRender) htmlBlock(node ast.Node, entering bool) (ast.WalkStatus, error) {
	source := o.src
	n := node.(*ast.HTMLBlock)
	if entering {
		if n.HTMLBlockType == ast.HTMLBlockType2 && commentBlock(n, source) {
			return ast.WalkSkipChildren, nil
		}
		o.rawHTML = true
		lines := n.Lines()
		for i := range lines.Len() {
			seg := lines.At(i)
			o.write(seg.Value(source))
			o.checkRaw(seg.Value(source), seg.Start)
		}
		return ast.WalkContinue, nil
	}
	if n.HasClosure() && !(n.HTMLBlockType == ast.HTMLBlockType2 && commentBlock(n, source)) {
		o.write(n.ClosureLine.Value(source))
	}
	return ast.WalkContinue, nil
}

// commentBlock reports whether an HTML block of type 2 is one comment and
// nothing more.
func commentBlock(n *ast.HTMLBlock, source []byte) bool {
	lines := n.Lines()
	var v []byte
	if lines.Len() == 1 && !n.HasClosure() {
		seg := lines.At(0)
		v = seg.Value(source)
	} else {
		for i := range lines.Len() {
			seg := lines.At(i)
			v = append(v, seg.Value(source)...)
		}
		if n.HasClosure() {
			v = append(v, n.ClosureLine.Value(source)...)
		}
	}
	return isComment(bytes.TrimSpace(v))
}

// isComment reports whether v is exactly one HTML comment. Dropping it is
// safe whatever it holds.
func isComment(v []byte) bool {
	if !bytes.HasPrefix(v, []byte("<!--")) {
		return false
	}
	end := bytes.Index(v[2:], []byte("-->"))
	return end >= 0 && 2+end+3 == len(v)
}

// isBreak reports whether v is <br>, <br/> or <br />, in any case.
func isBreak(v []byte) bool {
	switch len(v) {
	case 4, 5, 6:
	default:
		return false
	}
	if v[0] != '<' || v[1]|0x20 != 'b' || v[2]|0x20 != 'r' {
		return false
	}
	rest := string(v[3:])
	return rest == ">" || rest == "/>" || rest == " />"
}

// checkRaw warns about what the sanitiser will remove from a piece of raw
// HTML starting at offset: elements it drops with their content (script,
// style, iframe...) or unwraps (form, unknown tags), event handlers, and
// links or images with a scheme it does not allow. The sanitiser removes
// them whatever this finds; the warning tells the author why a part of
// the notes does not show.
func (o *bodyRender) checkRaw(v []byte, offset int) {
	if bytes.IndexByte(v, '<') < 0 {
		return
	}
	var removed []string
	note := func(s string) {
		if !slices.Contains(removed, s) {
			removed = append(removed, s)
		}
	}
	z := html.NewTokenizer(bytes.NewReader(v))
	for {
		tt := z.Next()
		if tt == html.ErrorToken {
			break
		}
		if tt != html.StartTagToken && tt != html.SelfClosingTagToken {
			continue
		}
		name, more := z.TagName()
		tag := string(name)
		if !allowed[tag] {
			note("<" + tag + ">")
		}
		for more {
			var key, val []byte
			key, val, more = z.TagAttr()
			k := string(key)
			switch {
			case strings.HasPrefix(k, "on"):
				note(k + " attribute")
			case urlAttrs[k] && !safeURL(string(val), tag == "img" && k == "src"):
				note(k + "=" + truncate(string(val), 24))
			}
		}
	}
	if len(removed) > 0 {
		o.warn(o.body.PosAt(offset), "raw HTML sanitised: removed "+strings.Join(removed, ", "))
	}
}

// truncate shortens s to about n characters for a message.
func truncate(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	r := []rune(s)
	return string(r[:n]) + "…"
}
