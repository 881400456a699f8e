package syntax

import (
	"bytes"

	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/text"
	"github.com/yuin/goldmark/util"
)

// Inline math follows Pandoc's tex_math_dollars: the opening $ has a
// non-space character right after it, the closing $ a non-space character
// right before it and no digit right after it, so "$5 and $10" stays text.
// $$...$$ inside a paragraph is display math. Inline math does not cross
// lines.

type mathInlineParser struct{}

func (mathInlineParser) Trigger() []byte { return []byte{'$'} }

func (mathInlineParser) Parse(parent ast.Node, block text.Reader, pc parser.Context) ast.Node {
	line, seg := block.PeekLine()
	if bytes.HasPrefix(line, []byte("$$")) {
		end := bytes.Index(line[2:], []byte("$$"))
		if end <= 0 || len(bytes.TrimSpace(line[2:2+end])) == 0 {
			return nil
		}
		block.Advance(2 + end + 2)
		return &Math{Display: true, Segment: text.NewSegment(seg.Start+2, seg.Start+2+end)}
	}
	if len(line) < 3 || isSpace(line[1]) {
		return nil
	}
	for j := 1; j < len(line); j++ {
		switch line[j] {
		case '\\':
			j++ // an escaped character never closes
		case '$':
			if j == 1 || isSpace(line[j-1]) || j+1 < len(line) && line[j+1] >= '0' && line[j+1] <= '9' {
				continue
			}
			block.Advance(j + 1)
			return &Math{Segment: text.NewSegment(seg.Start+1, seg.Start+j)}
		}
	}
	return nil
}

func isSpace(b byte) bool { return b == ' ' || b == '\t' || b == '\n' || b == '\r' }

// A math block is a line holding only $$, then TeX, then a line ending with
// $$; or one line "$$ TeX $$". "$$x$$ and more" on one line is inline math
// in a paragraph, and "$$x" alone is text. Like a fenced code block, a block
// never closed runs to the end of its container.

type mathBlockParser struct{}

func (mathBlockParser) Trigger() []byte { return []byte{'$'} }

func (mathBlockParser) Open(parent ast.Node, reader text.Reader, pc parser.Context) (ast.Node, parser.State) {
	line, seg := reader.PeekLine()
	pos := pc.BlockOffset()
	if pos < 0 || !bytes.HasPrefix(line[pos:], []byte("$$")) {
		return nil, parser.NoChildren
	}
	rest := util.TrimRightSpace(line[pos+2:])
	restStart := seg.Start + pos + 2
	node := &MathBlock{}
	if i := bytes.Index(rest, []byte("$$")); i >= 0 {
		if i != len(rest)-2 || len(bytes.TrimSpace(rest[:i])) == 0 {
			return nil, parser.NoChildren // inline math, or text after it
		}
		node.Lines().Append(text.NewSegment(restStart, restStart+i))
		node.oneLine = true
		reader.AdvanceToEOL()
		return node, parser.NoChildren
	}
	if len(bytes.TrimSpace(rest)) > 0 {
		return nil, parser.NoChildren
	}
	reader.AdvanceToEOL()
	return node, parser.NoChildren
}

func (mathBlockParser) Continue(node ast.Node, reader text.Reader, pc parser.Context) parser.State {
	line, seg := reader.PeekLine()
	// goldmark keeps a block open whatever Open returns: a one-line block
	// closes at the next line, which belongs to what follows ("$$x$$"
	// then "# Heading").
	if line == nil || node.(*MathBlock).oneLine {
		return parser.Close
	}
	trimmed := util.TrimRightSpace(line)
	if bytes.HasSuffix(trimmed, []byte("$$")) {
		body := trimmed[:len(trimmed)-2]
		if len(bytes.TrimSpace(body)) > 0 {
			node.Lines().Append(text.NewSegment(seg.Start, seg.Start+len(body)))
		}
		reader.AdvanceToEOL()
		return parser.Close
	}
	node.Lines().Append(seg)
	reader.AdvanceToEOL()
	return parser.Continue | parser.NoChildren
}

func (mathBlockParser) Close(node ast.Node, reader text.Reader, pc parser.Context) {}

func (mathBlockParser) CanInterruptParagraph() bool { return true }

func (mathBlockParser) CanAcceptIndentedLine() bool { return false }
