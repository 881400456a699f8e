package pdf

import (
	"bytes"
	"net/url"
	"strings"
	"unicode/utf8"

	"github.com/flashmark/flashmark/notes/syntax"
	"github.com/yuin/goldmark/ast"
	east "github.com/yuin/goldmark/extension/ast"
	"github.com/yuin/goldmark/util"
)

// An inlineFunc adds one inline node of a kind, drawn in st, to the text
// being gathered (flow.cur).
type inlineFunc func(f *flow, n ast.Node, st style)

// inlineFuncs holds the function of each inline kind; a kind without one
// has its children added.
var inlineFuncs map[ast.NodeKind]inlineFunc

func init() {
	inlineFuncs = map[ast.NodeKind]inlineFunc{
		ast.KindText:           textNode,
		ast.KindString:         stringNode,
		ast.KindCodeSpan:       codeSpan,
		ast.KindEmphasis:       emphasis,
		ast.KindLink:           link,
		ast.KindAutoLink:       autoLink,
		ast.KindImage:          imageNode,
		ast.KindRawHTML:        rawHTML,
		east.KindStrikethrough: strikethrough,
		east.KindTaskCheckBox:  taskCheckBox,
		syntax.KindCloze:       cloze,
		syntax.KindMath:        mathInline,
	}
}

// inlines adds the children of n.
func (f *flow) inlines(n ast.Node, st style) {
	for c := n.FirstChild(); c != nil; c = c.NextSibling() {
		f.inline(c, st)
	}
}

func (f *flow) inline(n ast.Node, st style) {
	if fn, ok := inlineFuncs[n.Kind()]; ok {
		fn(f, n, st)
		return
	}
	f.inlines(n, st)
}

// textNode adds text, with escapes and entities resolved as a renderer
// resolves them, and what its line break stands for.
func textNode(f *flow, n ast.Node, st style) {
	t := n.(*ast.Text)
	v := t.Segment.Value(f.src)
	if !t.IsRaw() && bytes.ContainsAny(v, "\\&") {
		v = util.ResolveEntityNames(util.ResolveNumericReferences(util.UnescapePunctuations(v)))
	}
	f.cur.add(string(v), st, t.Segment.Start)
	switch {
	case t.HardLineBreak():
		f.cur.add("\n", st, -1)
	case t.SoftLineBreak():
		f.cur.add(softBreak(t, f.src), st, -1)
	}
}

// softBreak returns what a soft line break stands for, as the notes'
// plain text has it: a line break before an informal list item ("2、"),
// else a space, or nothing between two Chinese characters.
func softBreak(t *ast.Text, src []byte) string {
	next := t.NextSibling()
	if nt, ok := next.(*ast.Text); ok && syntax.StartsItem(nt.Segment.Value(src)) {
		return "\n"
	}
	last, _ := utf8.DecodeLastRune(t.Segment.Value(src))
	first := utf8.RuneError
	for c := next; c != nil; c = c.FirstChild() {
		if ct, ok := c.(*ast.Text); ok {
			first, _ = utf8.DecodeRune(ct.Segment.Value(src))
			break
		}
	}
	if syntax.SoftBreakIsSpace(last, first) {
		return " "
	}
	return ""
}

func stringNode(f *flow, n ast.Node, st style) {
	f.cur.add(string(n.(*ast.String).Value), st, -1)
}

// codeSpan draws inline code in the code face on a tint.
func codeSpan(f *flow, n ast.Node, st style) {
	st.mono, st.hasBG, st.bg = true, true, codeTint
	st.size *= codeScale
	for c := n.FirstChild(); c != nil; c = c.NextSibling() {
		if t, ok := c.(*ast.Text); ok {
			v := t.Segment.Value(f.src)
			f.cur.add(string(v), st, t.Segment.Start)
			if t.SoftLineBreak() {
				f.cur.add(" ", st, -1)
			}
			continue
		}
		f.inline(c, st)
	}
}

func emphasis(f *flow, n ast.Node, st style) {
	if n.(*ast.Emphasis).Level >= 2 {
		st.bold = true
	} else {
		st.italic = true
	}
	f.inlines(n, st)
}

func strikethrough(f *flow, n ast.Node, st style) {
	st.strike = true
	f.inlines(n, st)
}

func link(f *flow, n ast.Node, st style) {
	f.inlines(n, linkStyle(st, string(n.(*ast.Link).Destination)))
}

func autoLink(f *flow, n ast.Node, st style) {
	a := n.(*ast.AutoLink)
	u := string(a.URL(f.src))
	f.cur.add(string(a.Label(f.src)), linkStyle(st, u), -1)
}

// linkStyle is st made into a link to dest, when dest is a URL a reader
// may follow; other links (relative, javascript:) are drawn as links but
// lead nowhere.
func linkStyle(st style, dest string) style {
	st.color, st.underline = linkBlue, true
	if u, err := url.Parse(dest); err == nil {
		switch strings.ToLower(u.Scheme) {
		case "http", "https", "mailto", "ftp":
			st.link = dest
		}
	}
	return st
}

func taskCheckBox(f *flow, n ast.Node, st style) {
	box := "▢ "
	if n.(*east.TaskCheckBox).IsChecked {
		box = "▣ "
	}
	f.cur.add(box, st, -1)
}

// cloze marks a cloze deletion; on the front of a card it is blanked,
// showing its hint when it has one.
func cloze(f *flow, n ast.Node, st style) {
	c := n.(*syntax.Cloze)
	st.hasBG, st.bg = true, clozeTint
	if f.front {
		blank := "[…]"
		if h := c.Hint(f.src); len(h) > 0 {
			blank = "[" + string(h) + "]"
		}
		f.cur.add(blank, st, -1)
		return
	}
	f.inlines(n, st)
}

// mathInline shows inline TeX as its source in the code face.
func mathInline(f *flow, n ast.Node, st style) {
	m := n.(*syntax.Math)
	st.mono, st.hasBG, st.bg = true, true, codeTint
	st.size *= codeScale
	f.cur.add(string(m.TeX(f.src)), st, m.Segment.Start)
}
