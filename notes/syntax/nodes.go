package syntax

import (
	"fmt"

	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/text"
)

// KindCloze is the node kind of [Cloze].
var KindCloze = ast.NewNodeKind("Cloze")

// Cloze is an inline cloze deletion. Its children are the hidden text.
// It comes from Anki's {{cN::text}} and {{cN::text::hint}}, or from
// ==highlight==, which carries Number 0 until the notes parser numbers it.
type Cloze struct {
	ast.BaseInline
	// Number is N of {{cN::...}}: the card the deletion belongs to.
	Number int
	// HintSegment is where the hint, the text after the second "::", lies
	// in the source; it is empty when there is no hint.
	HintSegment text.Segment
	// Highlight reports that the deletion was written as ==text==.
	Highlight bool
}

// Hint returns the hint shown in place of the hidden text, or nil.
func (n *Cloze) Hint(source []byte) []byte {
	if n.HintSegment.Len() == 0 {
		return nil
	}
	return n.HintSegment.Value(source)
}

// Kind implements ast.Node.
func (*Cloze) Kind() ast.NodeKind { return KindCloze }

// Dump implements ast.Node.
func (n *Cloze) Dump(source []byte, level int) {
	ast.DumpHelper(n, source, level, map[string]string{
		"Number":    fmt.Sprint(n.Number),
		"Hint":      string(n.Hint(source)),
		"Highlight": fmt.Sprint(n.Highlight),
	}, nil)
}

// KindMath is the node kind of [Math].
var KindMath = ast.NewNodeKind("Math")

// Math is inline TeX: $x$ (Display false) or $$x$$ written inside a
// paragraph (Display true).
type Math struct {
	ast.BaseInline
	// Display reports $$...$$ rather than $...$.
	Display bool
	// Segment is where the TeX source, without the dollars, lies in the source.
	Segment text.Segment
}

// TeX returns the TeX source of the formula.
func (n *Math) TeX(source []byte) []byte { return n.Segment.Value(source) }

// Kind implements ast.Node.
func (*Math) Kind() ast.NodeKind { return KindMath }

// Dump implements ast.Node.
func (n *Math) Dump(source []byte, level int) {
	ast.DumpHelper(n, source, level, map[string]string{
		"Display": fmt.Sprint(n.Display),
		"TeX":     string(n.TeX(source)),
	}, nil)
}

// KindMathBlock is the node kind of [MathBlock].
var KindMathBlock = ast.NewNodeKind("MathBlock")

// MathBlock is display TeX written as a block between lines of $$. Its
// Lines hold the TeX source.
type MathBlock struct {
	ast.BaseBlock
	oneLine bool // "$$ TeX $$": complete when opened
}

// Kind implements ast.Node.
func (*MathBlock) Kind() ast.NodeKind { return KindMathBlock }

// IsRaw implements ast.Node: the lines are TeX, not Markdown.
func (*MathBlock) IsRaw() bool { return true }

// TeX returns the TeX source of the block, lines joined as written.
func (n *MathBlock) TeX(source []byte) []byte {
	var out []byte
	lines := n.Lines()
	for i := 0; i < lines.Len(); i++ {
		seg := lines.At(i)
		out = append(out, seg.Value(source)...)
	}
	return out
}

// Dump implements ast.Node.
func (n *MathBlock) Dump(source []byte, level int) {
	ast.DumpHelper(n, source, level, nil, nil)
}
