package pdf

import (
	"bytes"
	"strings"

	"github.com/flashmark/flashmark/export"
	"github.com/yuin/goldmark/ast"
)

// codeScale is the size of code relative to body text: Go Mono is wider
// than the text face.
const codeScale = 0.86

// codeBlock draws a fenced or indented code block in the code face on a
// tinted background, coloured by the highlighter's tokens, with lines
// wider than the column wrapped.
func codeBlock(f *flow, n ast.Node) {
	var b strings.Builder
	lines := n.Lines()
	off := -1
	for i := 0; i < lines.Len(); i++ {
		seg := lines.At(i)
		if i == 0 {
			off = seg.Start
		}
		b.Write(seg.Value(f.src))
	}
	lang := ""
	if fc, ok := n.(*ast.FencedCodeBlock); ok && fc.Info != nil {
		// Read the info word here: FencedCodeBlock.Language caches it in
		// the node, which is shared.
		info := fc.Info.Segment.Value(f.src)
		if i := bytes.IndexAny(info, " \t{"); i >= 0 {
			info = info[:i]
		}
		lang = string(info)
	}
	f.code(b.String(), lang, off)
}

// code lays out the code s, highlighted as the language lang when the
// highlighter knows it. off is the offset of s in the body's source, or -1.
func (f *flow) code(s, lang string, off int) {
	s = strings.TrimSuffix(s, "\n")
	base := style{size: f.size * codeScale, mono: true, color: black}
	var t text
	t.doc, t.at = f.doc, f.at
	toks, _ := export.Highlight(lang, []byte(s))
	if toks == nil {
		toks = []export.Token{{Text: []byte(s)}}
	}
	at := off
	for _, tok := range toks {
		st := base
		ts := export.TokenStyleOf(tok.Class)
		if ts.Colored {
			st.color = rgb{ts.R, ts.G, ts.B}
		}
		st.bold, st.italic = ts.Bold, ts.Italic
		t.add(strings.ReplaceAll(string(tok.Text), "\t", "    "), st, at)
		if at >= 0 {
			at += len(tok.Text)
		}
	}
	pad := 0.35 * f.size
	width := f.avail()
	bg := op{kind: opFill, x: f.left, w: width, color: codeTint}
	f.space(0.15 * f.size)
	edge := line{h: pad, ops: []op{bg}}
	edge.ops[0].h = pad
	f.add(edge)
	for _, l := range f.textLines(&t, width-2*pad, f.left+pad, false) {
		fill := bg
		fill.h = l.h
		l.ops = append([]op{fill}, l.ops...)
		f.add(l)
	}
	edge = line{h: pad, ops: []op{bg}}
	edge.ops[0].h = pad
	f.add(edge)
	f.space(f.paraSpace())
}
