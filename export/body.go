package export

import (
	"strconv"
	"sync"
	"unicode/utf8"

	"github.com/flashmark/flashmark/notes"
	"github.com/flashmark/flashmark/notes/syntax"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/extension"
	east "github.com/yuin/goldmark/extension/ast"
	"github.com/yuin/goldmark/renderer"
	"github.com/yuin/goldmark/renderer/html"
	"github.com/yuin/goldmark/util"
)

// A bodyRender renders one body: the state of one call of HTML.Render.
// Its methods render the node kinds flashmark renders itself; goldmark's
// own render functions write into it as a util.BufWriter for the others.
//
// Every byte goes through write, which keeps the output well-formed XML:
// characters XML 1.0 forbids (C0 controls other than tab and newline,
// U+FFFE, U+FFFF) become U+FFFD, and a carriage return a newline.
type bodyRender struct {
	h       *HTML
	body    notes.Body
	src     []byte
	buf     []byte
	rawHTML bool // the body holds raw HTML that must be sanitised
	diags   []notes.Diagnostic
	tokens  []Token // reused for every code block
}

// maxPooledTokens bounds the token slice kept for reuse.
const maxPooledTokens = 16 << 10

// render walks the tree root, calling flashmark's render method of each
// node kind, or goldmark's render function.
func (r *bodyRender) render(root ast.Node) error {
	own, theirs := ownRenderers(), goldmarkRenderers()
	return ast.Walk(root, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		k := int(n.Kind())
		if k < len(own) && own[k] != nil {
			return own[k](r, n, entering)
		}
		if k < len(theirs) && theirs[k] != nil {
			return theirs[k](r, r.src, n, entering)
		}
		return ast.WalkContinue, nil
	})
}

// A renderMethod renders one kind of node.
type renderMethod func(r *bodyRender, n ast.Node, entering bool) (ast.WalkStatus, error)

// ownRenderers returns flashmark's render methods, indexed by node kind.
var ownRenderers = sync.OnceValue(func() []renderMethod {
	byKind := map[ast.NodeKind]renderMethod{
		ast.KindText:            (*bodyRender).text,
		ast.KindImage:           (*bodyRender).image,
		ast.KindRawHTML:         (*bodyRender).inlineHTML,
		ast.KindHTMLBlock:       (*bodyRender).htmlBlock,
		ast.KindFencedCodeBlock: (*bodyRender).fencedCode,
		east.KindTableCell:      (*bodyRender).tableCell,
		syntax.KindCloze:        (*bodyRender).cloze,
		syntax.KindMath:         (*bodyRender).math,
		syntax.KindMathBlock:    (*bodyRender).mathBlock,
	}
	return byIndex(byKind)
})

// goldmarkRenderers returns goldmark's XHTML and GFM render functions,
// indexed by node kind.
var goldmarkRenderers = sync.OnceValue(func() []renderer.NodeRendererFunc {
	reg := funcTable{}
	html.NewRenderer(html.WithXHTML(), html.WithWriter(textWriter)).RegisterFuncs(reg)
	extension.NewStrikethroughHTMLRenderer(html.WithXHTML()).RegisterFuncs(reg)
	extension.NewTaskCheckBoxHTMLRenderer(html.WithXHTML()).RegisterFuncs(reg)
	extension.NewTableHTMLRenderer(extension.WithTableHTMLOptions(html.WithXHTML())).RegisterFuncs(reg)
	return byIndex(map[ast.NodeKind]renderer.NodeRendererFunc(reg))
})

// funcTable collects render functions as goldmark registers them.
type funcTable map[ast.NodeKind]renderer.NodeRendererFunc

func (t funcTable) Register(k ast.NodeKind, f renderer.NodeRendererFunc) { t[k] = f }

// byIndex turns a map by node kind into a slice indexed by it.
func byIndex[F any](m map[ast.NodeKind]F) []F {
	n := 0
	for k := range m {
		n = max(n, int(k)+1)
	}
	s := make([]F, n)
	for k, f := range m {
		s[k] = f
	}
	return s
}

// pos returns the position of node n.
func (r *bodyRender) pos(n ast.Node) notes.Position {
	off := -1
	for ; n != nil && off < 0; n = n.Parent() {
		switch n := n.(type) {
		case *ast.Text:
			off = n.Segment.Start
		default:
			if n.Type() == ast.TypeBlock && n.Lines().Len() > 0 {
				off = n.Lines().At(0).Start
			} else if p := n.Pos(); p >= 0 {
				off = p
			}
		}
	}
	if off < 0 {
		return r.body.Pos
	}
	return r.body.PosAt(off)
}

// warn records a warning about the body at pos.
func (r *bodyRender) warn(pos notes.Position, msg string) {
	r.diags = append(r.diags, notes.Diagnostic{Pos: pos, Severity: notes.Warning, Msg: msg})
}

// special marks the bytes write must look at: the control characters and
// the lead byte of U+FFFE and U+FFFF.
var special [256]bool

func init() {
	for c := range 0x20 {
		special[c] = c != '\t' && c != '\n'
	}
	special[0xEF] = true
}

var replacement = []byte("\uFFFD")

// write appends p, with the characters XML forbids replaced.
func (r *bodyRender) write(p []byte) {
	start := 0
	for i := 0; i < len(p); i++ {
		c := p[i]
		if !special[c] {
			continue
		}
		var rep []byte
		skip := 1
		switch c {
		case '\r':
			if i+1 < len(p) && p[i+1] == '\n' {
				rep = []byte{}
			} else {
				rep = []byte{'\n'}
			}
		case 0xEF:
			if i+2 < len(p) && p[i+1] == 0xBF && (p[i+2] == 0xBE || p[i+2] == 0xBF) {
				rep, skip = replacement, 3
			}
		default:
			rep = replacement
		}
		if rep == nil {
			continue
		}
		r.buf = append(r.buf, p[start:i]...)
		r.buf = append(r.buf, rep...)
		i += skip - 1
		start = i + 1
	}
	r.buf = append(r.buf, p[start:]...)
}

// raw appends s as is: markup that must not be escaped.
func (r *bodyRender) raw(s string) { r.buf = append(r.buf, s...) }

// rawInt appends n in decimal.
func (r *bodyRender) rawInt(n int) { r.buf = strconv.AppendInt(r.buf, int64(n), 10) }

// The methods below make bodyRender a util.BufWriter, so that goldmark's
// render functions write into it directly.

var _ util.BufWriter = (*bodyRender)(nil)

func (r *bodyRender) Write(p []byte) (int, error) {
	r.write(p)
	return len(p), nil
}

func (r *bodyRender) WriteString(s string) (int, error) {
	r.write(util.StringToReadOnlyBytes(s))
	return len(s), nil
}

func (r *bodyRender) WriteByte(c byte) error {
	r.write([]byte{c})
	return nil
}

func (r *bodyRender) WriteRune(c rune) (int, error) {
	var b [utf8.UTFMax]byte
	n := utf8.EncodeRune(b[:], c)
	r.write(b[:n])
	return n, nil
}

func (r *bodyRender) Available() int { return 1 << 20 }
func (r *bodyRender) Buffered() int  { return len(r.buf) }
func (r *bodyRender) Flush() error   { return nil }
