package syntax

import (
	"bytes"

	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/text"
)

// Anki's cloze syntax, {{c1::text}} and {{c1::text::hint}}, may hold Markdown
// (emphasis, code, math, even another cloze). It is parsed in two steps: the
// inline parsers below leave marker nodes for "{{cN::", "::" and "}}", and
// when the block is done, pairClozes turns each matched run of markers into a
// Cloze node holding the nodes between them. Markers left unmatched become
// plain text again, so nothing of the input is lost.

type clozeOpen struct {
	ast.BaseInline
	number int
	seg    text.Segment
}

type clozeSep struct {
	ast.BaseInline
	seg text.Segment
}

type clozeClose struct {
	ast.BaseInline
	seg text.Segment
}

var kindClozeMarker = ast.NewNodeKind("ClozeMarker")

func (*clozeOpen) Kind() ast.NodeKind  { return kindClozeMarker }
func (*clozeSep) Kind() ast.NodeKind   { return kindClozeMarker }
func (*clozeClose) Kind() ast.NodeKind { return kindClozeMarker }

func (n *clozeOpen) Dump(src []byte, level int)  { ast.DumpHelper(n, src, level, nil, nil) }
func (n *clozeSep) Dump(src []byte, level int)   { ast.DumpHelper(n, src, level, nil, nil) }
func (n *clozeClose) Dump(src []byte, level int) { ast.DumpHelper(n, src, level, nil, nil) }

// clozeState counts the cloze openings not yet closed in the block being
// parsed, so that "::" and "}}" outside a cloze stay ordinary text.
type clozeState struct {
	open    int
	markers bool
}

var clozeStateKey = parser.NewContextKey()

func stateOf(pc parser.Context) *clozeState {
	if s, ok := pc.Get(clozeStateKey).(*clozeState); ok {
		return s
	}
	s := &clozeState{}
	pc.Set(clozeStateKey, s)
	return s
}

// maxClozeDigits bounds N in {{cN::: Anki's numbers are small, and a bound
// keeps the conversion free of overflow.
const maxClozeDigits = 4

type clozeOpenParser struct{}

func (clozeOpenParser) Trigger() []byte { return []byte{'{'} }

func (clozeOpenParser) Parse(parent ast.Node, block text.Reader, pc parser.Context) ast.Node {
	line, seg := block.PeekLine()
	if !bytes.HasPrefix(line, []byte("{{c")) {
		return nil
	}
	i, number := 3, 0
	for i < len(line) && i-3 < maxClozeDigits && line[i] >= '0' && line[i] <= '9' {
		number = number*10 + int(line[i]-'0')
		i++
	}
	if i == 3 || number == 0 || !bytes.HasPrefix(line[i:], []byte("::")) {
		return nil
	}
	i += 2
	block.Advance(i)
	s := stateOf(pc)
	s.open++
	s.markers = true
	return &clozeOpen{number: number, seg: seg.WithStop(seg.Start + i)}
}

// CloseBlock pairs the markers of the block just parsed.
func (clozeOpenParser) CloseBlock(parent ast.Node, block text.Reader, pc parser.Context) {
	s := stateOf(pc)
	if s.markers {
		pairClozesIn(parent)
	}
	*s = clozeState{}
}

type clozeCloseParser struct{}

func (clozeCloseParser) Trigger() []byte { return []byte{':', '}'} }

func (clozeCloseParser) Parse(parent ast.Node, block text.Reader, pc parser.Context) ast.Node {
	s := stateOf(pc)
	if s.open == 0 {
		return nil
	}
	line, seg := block.PeekLine()
	switch {
	case bytes.HasPrefix(line, []byte("::")):
		block.Advance(2)
		return &clozeSep{seg: seg.WithStop(seg.Start + 2)}
	case bytes.HasPrefix(line, []byte("}}")):
		block.Advance(2)
		s.open--
		return &clozeClose{seg: seg.WithStop(seg.Start + 2)}
	}
	return nil
}

// pairClozesIn pairs markers among the children of every container in the
// subtree of n. Pairing never crosses containers: a cloze opened inside
// emphasis must close inside it.
func pairClozesIn(n ast.Node) {
	var containers []ast.Node
	_ = ast.Walk(n, func(c ast.Node, entering bool) (ast.WalkStatus, error) {
		if entering && c.HasChildren() {
			containers = append(containers, c)
		}
		return ast.WalkContinue, nil
	})
	// Innermost first, so that a container's own children are final when
	// it is paired.
	for i := len(containers) - 1; i >= 0; i-- {
		pairClozes(containers[i])
	}
}

type openFrame struct {
	open *clozeOpen
	sep  *clozeSep
}

func pairClozes(parent ast.Node) {
	var stack []openFrame
	for c := parent.FirstChild(); c != nil; {
		next := c.NextSibling()
		switch m := c.(type) {
		case *clozeOpen:
			stack = append(stack, openFrame{open: m})
		case *clozeSep:
			if len(stack) > 0 && stack[len(stack)-1].sep == nil {
				stack[len(stack)-1].sep = m
			} else {
				toText(parent, m, m.seg)
			}
		case *clozeClose:
			if len(stack) == 0 {
				toText(parent, m, m.seg)
				break
			}
			f := stack[len(stack)-1]
			stack = stack[:len(stack)-1]
			buildCloze(parent, f, m)
		}
		c = next
	}
	for _, f := range stack {
		toText(parent, f.open, f.open.seg)
		if f.sep != nil {
			toText(parent, f.sep, f.sep.seg)
		}
	}
}

func buildCloze(parent ast.Node, f openFrame, end *clozeClose) {
	cl := &Cloze{Number: f.open.number}
	stop := ast.Node(end)
	if f.sep != nil {
		stop = f.sep
		cl.HintSegment = text.NewSegment(f.sep.seg.Stop, end.seg.Start)
	}
	for c := f.open.NextSibling(); c != nil && c != stop; {
		next := c.NextSibling()
		cl.AppendChild(cl, c) // detaches c from parent
		c = next
	}
	if f.sep != nil {
		for c := f.sep.NextSibling(); c != nil && c != ast.Node(end); {
			next := c.NextSibling()
			parent.RemoveChild(parent, c)
			c = next
		}
		parent.RemoveChild(parent, f.sep)
	}
	cl.SetPos(f.open.seg.Start)
	parent.ReplaceChild(parent, f.open, cl)
	parent.RemoveChild(parent, end)
}

func toText(parent, marker ast.Node, seg text.Segment) {
	parent.ReplaceChild(parent, marker, ast.NewTextSegment(seg))
}

var _ parser.CloseBlocker = clozeOpenParser{}
