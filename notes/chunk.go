package notes

import (
	"bytes"
	"runtime"
	"sync"

	"github.com/flashmark/flashmark/notes/syntax"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/text"
)

// Large files are parsed in pieces, in parallel. A line that opens an ATX
// heading in column 1 closes every open block of CommonMark (containers need
// a marker or indentation to continue, paragraphs are interrupted, and
// headings are never lazy continuation lines), except top-level fenced code,
// HTML and math blocks, whose content it may be. Cutting the source before
// such a line, outside those blocks, gives the same top-level blocks as
// parsing it whole. Every piece is parsed with a reader over the whole
// source, so segments keep their offsets and the pieces' trees share one
// source.
//
// The scan that finds cut points is conservative, and the pieces are
// checked after parsing (each begins with its heading; none ends inside an
// unclosed block); if a check fails, the source is parsed whole. Link
// reference definitions apply to the whole document, so a source that may
// hold one is parsed whole too.

// minChunk is the smallest piece worth a goroutine of its own.
const minChunk = 128 << 10

// parseBlocks parses src and returns its top-level blocks in order.
func parseBlocks(md parser.Parser, src []byte) []ast.Node {
	return parseBlocksIn(md, src, runtime.GOMAXPROCS(0), minChunk)
}

// parseBlocksIn parses src in pieces of at least minSize bytes on up to
// workers goroutines.
func parseBlocksIn(md parser.Parser, src []byte, workers, minSize int) []ast.Node {
	var cuts []int
	if workers > 1 && len(src) >= 2*minSize {
		cuts = cutPoints(src, max(minSize, len(src)/(4*workers)))
	}
	if len(cuts) == 0 {
		return children(md.Parse(text.NewReader(src)))
	}
	starts := append([]int{0}, cuts...)
	pieces := make([][]ast.Node, len(starts))
	var wg sync.WaitGroup
	sem := make(chan struct{}, workers)
	var failed panicked
	for i, start := range starts {
		end := len(src)
		if i+1 < len(starts) {
			end = starts[i+1]
		}
		wg.Go(func() {
			sem <- struct{}{}
			defer func() { <-sem }()
			defer failed.catch()
			if testHookParse != nil {
				testHookParse()
			}
			r := text.NewReader(src[:end])
			r.SetPosition(-1, text.NewSegment(start, start))
			r.AdvanceLine()
			pieces[i] = children(md.Parse(r))
		})
	}
	wg.Wait()
	failed.repanic()
	for i, p := range pieces {
		if i > 0 && !startsWithHeading(p, starts[i]) || i+1 < len(pieces) && !endsClosed(p, src, starts[i+1]) {
			return children(md.Parse(text.NewReader(src)))
		}
	}
	var blocks []ast.Node
	for _, p := range pieces {
		blocks = append(blocks, p...)
	}
	return blocks
}

// children detaches the top-level blocks from their document, so that
// bodies can take them over in parallel, and returns them in order.
func children(doc ast.Node) []ast.Node {
	blocks := make([]ast.Node, 0, doc.ChildCount())
	for n := doc.FirstChild(); n != nil; n = n.NextSibling() {
		blocks = append(blocks, n)
	}
	for _, n := range blocks {
		doc.RemoveChild(doc, n)
	}
	return blocks
}

func startsWithHeading(blocks []ast.Node, at int) bool {
	if len(blocks) == 0 {
		return false
	}
	h, ok := blocks[0].(*ast.Heading)
	return ok && h.Pos() == at
}

// endsClosed reports whether the last block of a piece ending at end was
// closed by its own syntax rather than by the end of the piece.
func endsClosed(blocks []ast.Node, src []byte, end int) bool {
	if len(blocks) == 0 {
		return true
	}
	switch n := blocks[len(blocks)-1].(type) {
	case *ast.FencedCodeBlock:
		after := lineEnd(src, n.Pos())
		if l := n.Lines(); l.Len() > 0 {
			after = l.At(l.Len() - 1).Stop
		}
		fence := src[n.Pos()]
		closing := bytes.TrimLeft(src[after:end], " ")
		return bytes.HasPrefix(closing, []byte{fence, fence, fence})
	case *ast.HTMLBlock:
		if n.HTMLBlockType == ast.HTMLBlockType6 || n.HTMLBlockType == ast.HTMLBlockType7 {
			return blankLineBefore(src, end)
		}
		return n.HasClosure()
	case *syntax.MathBlock:
		return bytes.HasSuffix(bytes.TrimRight(src[:end], " \t\r\n"), []byte("$$"))
	}
	return true
}

func lineEnd(src []byte, off int) int {
	if i := bytes.IndexByte(src[off:], '\n'); i >= 0 {
		return off + i + 1
	}
	return len(src)
}

// blankLineBefore reports whether the line that ends at offset end, a line
// start, is blank.
func blankLineBefore(src []byte, end int) bool {
	prev := bytes.TrimSuffix(src[:end], []byte("\n"))
	if i := bytes.LastIndexByte(prev, '\n'); i >= 0 {
		prev = prev[i+1:]
	}
	return len(bytes.TrimSpace(prev)) == 0
}

// cutPoints returns offsets at least every bytes apart where src may be cut:
// starts of lines opening an ATX heading in column 1, outside top-level
// fenced code, math and HTML blocks. It returns nil when src may hold a link
// reference definition.
func cutPoints(src []byte, every int) []int {
	var cuts []int
	next := every
	var s blockScan
	for off := 0; off < len(src); {
		end := lineEnd(src, off)
		line := src[off:end]
		if s.outside() && off >= next && isATXLine(line) {
			cuts = append(cuts, off)
			next = off + every
		}
		if !s.line(line) {
			return nil
		}
		off = end
	}
	return cuts
}

func isATXLine(line []byte) bool {
	n := 0
	for n < len(line) && line[n] == '#' {
		n++
	}
	return n >= 1 && n <= 6 && (n == len(line) || line[n] == ' ' || line[n] == '\t' || line[n] == '\r' || line[n] == '\n')
}

// blockScan follows the top-level blocks that may contain a heading line.
type blockScan struct {
	fence    []byte // the opening fence of the code block we are in
	math     bool
	htmlEnd  []byte // what closes the HTML block (types 1 to 5) we are in
	htmlOpen bool   // in an HTML block of type 6 or 7, closed by a blank line
}

func (s *blockScan) outside() bool {
	return s.fence == nil && !s.math && s.htmlEnd == nil && !s.htmlOpen
}

// line advances over one line and reports false when the line may be a link
// reference definition.
func (s *blockScan) line(line []byte) bool {
	trimmed := bytes.TrimLeft(line, " \t")
	indent := len(line) - len(trimmed)
	blank := len(bytes.TrimSpace(trimmed)) == 0
	switch {
	case s.fence != nil:
		if indent < 4 && bytes.HasPrefix(trimmed, s.fence) && len(bytes.TrimSpace(bytes.TrimLeft(trimmed, string(s.fence[:1])))) == 0 {
			s.fence = nil
		}
		return true
	case s.math:
		s.math = !bytes.HasSuffix(bytes.TrimSpace(trimmed), []byte("$$"))
		return true
	case s.htmlEnd != nil:
		if bytes.Contains(bytes.ToLower(line), s.htmlEnd) {
			s.htmlEnd = nil
		}
		return true
	case s.htmlOpen:
		s.htmlOpen = !blank
		return true
	}
	if mayDefineLink(trimmed) {
		return false
	}
	if indent >= 4 {
		return true
	}
	if f := fenceOf(trimmed); f != nil {
		s.fence = f
	} else if bytes.Equal(bytes.TrimSpace(trimmed), []byte("$$")) {
		s.math = true
	} else if len(trimmed) > 1 && trimmed[0] == '<' {
		s.htmlEnd, s.htmlOpen = htmlBlockEnd(trimmed)
	}
	return true
}

// mayDefineLink reports whether a line, after container markers, starts
// like a link reference definition "[label]: destination".
func mayDefineLink(line []byte) bool {
	line = bytes.TrimLeft(line, " \t>-+*0123456789.)")
	return len(line) > 0 && line[0] == '[' && bytes.Contains(line, []byte("]:"))
}

// htmlBlockEnd classifies a line starting with "<" as CommonMark's HTML
// block start conditions do, loosely: what closes the block, or that a blank
// line does. A block closed on its own line leaves both empty.
func htmlBlockEnd(line []byte) ([]byte, bool) {
	lower := bytes.ToLower(line)
	for _, tag := range []string{"script", "pre", "style", "textarea"} {
		if bytes.HasPrefix(lower[1:], []byte(tag)) {
			return closedOnLine(lower, []byte("</"+tag+">"))
		}
	}
	switch {
	case bytes.HasPrefix(lower, []byte("<!--")):
		return closedOnLine(lower[4:], []byte("-->"))
	case bytes.HasPrefix(lower, []byte("<?")):
		return closedOnLine(lower[2:], []byte("?>"))
	case bytes.HasPrefix(lower, []byte("<![cdata[")):
		return closedOnLine(lower[9:], []byte("]]>"))
	case bytes.HasPrefix(lower, []byte("<!")):
		return closedOnLine(lower[2:], []byte(">"))
	}
	c := lower[1]
	if c == '/' || c >= 'a' && c <= 'z' {
		return nil, true
	}
	return nil, false
}

func closedOnLine(rest, end []byte) ([]byte, bool) {
	if bytes.Contains(rest, end) {
		return nil, false
	}
	return end, false
}
