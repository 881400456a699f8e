package syntax

import (
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/text"
)

// ==highlight== is parsed like ~~strikethrough~~, through goldmark's
// delimiter machinery, so it nests with emphasis the CommonMark way. Unlike
// strikethrough, "==" between two ASCII letters or digits ("x==y") is an
// operator, not a delimiter; between Chinese characters it is a delimiter,
// since Chinese has no spaces to flank it.

type highlightDelimiter struct{}

func (highlightDelimiter) IsDelimiter(b byte) bool { return b == '=' }

func (highlightDelimiter) CanOpenCloser(opener, closer *parser.Delimiter) bool {
	return opener.Char == closer.Char
}

func (highlightDelimiter) OnMatch(consumes int) ast.Node {
	return &Cloze{Highlight: true}
}

type highlightParser struct{}

func (highlightParser) Trigger() []byte { return []byte{'='} }

func (highlightParser) Parse(parent ast.Node, block text.Reader, pc parser.Context) ast.Node {
	before := block.PrecendingCharacter()
	line, seg := block.PeekLine()
	d := parser.ScanDelimiter(line, before, 2, highlightDelimiter{})
	if d == nil || d.OriginalLength != 2 || before == '=' {
		return nil
	}
	if len(line) > 2 && isASCIIAlnum(before) && isASCIIAlnum(rune(line[2])) {
		return nil
	}
	d.Segment = seg.WithStop(seg.Start + d.OriginalLength)
	block.Advance(d.OriginalLength)
	pc.PushDelimiter(d)
	return d
}

func isASCIIAlnum(r rune) bool {
	return r >= '0' && r <= '9' || r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z'
}
