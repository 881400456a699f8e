package notes

import (
	"encoding/json"

	"github.com/yuin/goldmark/ast"
)

// A Body is a piece of the notes (a question, an answer, a description):
// its Markdown source as written, where it starts, the images it shows, and
// the goldmark tree the parser built, so that exporters render it without
// parsing it again.
type Body struct {
	// Pos is where the body's first block starts.
	Pos Position
	// Media are the images the body shows, in order.
	Media []Media

	md   []byte   // the body's source text
	root ast.Node // an *ast.Document holding the body's blocks
	src  []byte   // the source root's segments point into
	base int      // the offset of src in the file
}

// MediaOf returns the image that the node n of the body's tree shows: for
// an *ast.Image, its Media; for raw HTML (*ast.RawHTML, *ast.HTMLBlock),
// the Media of its <img> whose src attribute, as written, is ref. Images
// are tied to their nodes when the notes are parsed, so that an exporter
// finds each one without counting.
func (b Body) MediaOf(n ast.Node, ref string) (Media, bool) {
	for _, m := range b.Media {
		if m.node == n && (!m.Raw || m.Ref == ref) {
			return m, true
		}
	}
	return Media{}, false
}

// PosAt returns the position of the byte at offset in the source of the
// body's tree (a segment's Start, a node's Pos), or the body's own
// position for an offset before it.
func (b Body) PosAt(offset int) Position {
	p := b.Pos
	start := p.Offset - b.base
	if offset <= start || offset > len(b.src) || start < 0 {
		return p
	}
	for _, c := range b.src[start:offset] {
		if c == '\n' {
			p.Line++
			p.Column = 1
		} else {
			p.Column++
		}
	}
	p.Offset += offset - start
	return p
}

// IsEmpty reports whether the body has no content.
func (b Body) IsEmpty() bool { return b.root == nil || !b.root.HasChildren() }

// Markdown returns the body's Markdown source as written in the file.
func (b Body) Markdown() string { return string(b.md) }

// Tree returns the parsed body: an *ast.Document whose children are the
// body's blocks, and the source its text segments point into. It returns a
// nil node for an empty body. The tree is shared and may be read from
// several goroutines; callers must not modify it. Note that goldmark's own
// HTML renderer does (it caches a fenced code block's language and adds
// table cell styles on the nodes): render with export.HTML, or copy first.
func (b Body) Tree() (ast.Node, []byte) {
	if b.IsEmpty() {
		return nil, nil
	}
	return b.root, b.src
}

// Text returns the body as plain text: inline markup dropped, blocks on
// lines of their own, and no space where a line break joins two Chinese
// characters.
func (b Body) Text() string {
	if b.IsEmpty() {
		return ""
	}
	return plainText(b.root, b.src)
}

// MarshalJSON encodes the body as its Markdown, position and media, or null
// when it is empty.
func (b Body) MarshalJSON() ([]byte, error) {
	if b.IsEmpty() {
		return []byte("null"), nil
	}
	return json.Marshal(struct {
		Markdown string   `json:"markdown"`
		Pos      Position `json:"pos"`
		Media    []Media  `json:"media,omitempty"`
	}{b.Markdown(), b.Pos, b.Media})
}
