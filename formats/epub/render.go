package epub

import (
	"bytes"
	"context"
	"fmt"
	"strconv"
	"strings"

	"github.com/flashmark/flashmark/export"
	"github.com/flashmark/flashmark/notes"
)

// render renders every body of the book into pieces: the deck's and the
// chapters' descriptions, and each question, answer and extra.
func (b *builder) render(ctx context.Context) error {
	h := &export.HTML{MediaSrc: b.images.local}
	frag := func(body notes.Body) ([]byte, error) {
		s, diags, err := h.String(body)
		b.diags = append(b.diags, diags...)
		return []byte(s), err
	}
	rw := &rewriter{labels: &b.labels, images: b.images}
	piece := func(frag []byte, s *scope, pos notes.Position, blank bool) piece {
		rw.scope, rw.pos, rw.blank = s, pos, blank
		return rw.rewrite(frag)
	}
	defer func() { b.diags = append(b.diags, rw.diags...) }()

	if f, err := frag(b.deck.Description); err != nil {
		return err
	} else {
		b.titleDesc = piece(f, &scope{prefix: "d", file: titleFile}, b.deck.Description.Pos, false)
	}
	for i, c := range b.plan.chapters {
		if c.desc.IsEmpty() {
			continue
		}
		f, err := frag(c.desc)
		if err != nil {
			return err
		}
		c.descPart = piece(f, &scope{prefix: "s" + strconv.Itoa(i+1), file: c.file}, c.desc.Pos, false)
	}

	quiz := b.e.Mode == Quiz
	total := len(b.plan.entries)
	for i, e := range b.plan.entries {
		if i%64 == 0 {
			if err := ctx.Err(); err != nil {
				return err
			}
		}
		n := e.note
		q, err := frag(n.Question)
		if err != nil {
			return err
		}
		q, e.inlineQ = inline(q)
		e.question = piece(q, e.scope, n.Question.Pos, false)
		if !n.Extra.IsEmpty() {
			x, err := frag(n.Extra)
			if err != nil {
				return err
			}
			e.extra = piece(x, e.scope, n.Extra.Pos, false)
		}
		if !e.chapter.todo {
			a, err := frag(n.Answer)
			if err != nil {
				return err
			}
			e.answer = piece(a, e.scope, n.Answer.Pos, false)
			if quiz && n.Kind == notes.Cloze {
				e.blanked = true
				e.clozeInQ = bytes.Contains(q, []byte(`<mark class="cloze"`))
				e.blankQ = piece(q, e.scope, n.Question.Pos, true)
				e.blankA = piece(a, e.scope, n.Answer.Pos, true)
			}
		}
		if b.e.Progress != nil {
			b.e.Progress(i+1, total)
		}
	}
	return nil
}

// indexIDs records where each id and each note of the book is, for links:
// the first place an id is written wins.
func (b *builder) indexIDs() {
	b.ids = make(map[string]string)
	b.byNoteID = make(map[string]*entry, len(b.plan.entries))
	add := func(s *scope) {
		if s == nil {
			return
		}
		for old, id := range s.ids {
			if _, ok := b.ids[old]; !ok {
				b.ids[old] = s.file + "#" + id
			}
		}
	}
	add(b.titleDesc.scope)
	for _, c := range b.plan.chapters {
		add(c.descPart.scope)
		for _, e := range c.entries {
			add(e.scope)
		}
	}
	for _, e := range b.plan.entries {
		if _, ok := b.byNoteID[e.note.ID]; !ok {
			b.byNoteID[e.note.ID] = e
		}
	}
}

// resolve returns the href of a link to the id target from a piece of
// scope s on the page file: an id of the same note first, then a note's
// ID, then the first id of that name in the book.
func (b *builder) resolve(s *scope, target, file string) (string, bool) {
	var dest string
	if id, ok := s.ids[target]; ok {
		dest = s.file + "#" + id
	} else if e, ok := b.byNoteID[target]; ok {
		dest = e.chapter.file + "#" + e.anchor
	} else if d, ok := b.ids[target]; ok {
		dest = d
	} else {
		return "", false
	}
	if rest, ok := strings.CutPrefix(dest, file); ok && strings.HasPrefix(rest, "#") {
		return rest, true
	}
	return dest, true
}

// appendPiece appends a piece placed on the page file, its links resolved.
func (b *builder) appendPiece(out []byte, p piece, file string) []byte {
	h := p.html
	if len(p.links) == 0 {
		return append(out, h...)
	}
	for {
		i := bytes.IndexByte(h, 0)
		if i < 0 {
			break
		}
		out = append(out, h[:i]...)
		j := bytes.IndexByte(h[i+1:], 0)
		idx, err := strconv.Atoi(string(h[i+1 : i+1+j]))
		h = h[i+1+j+1:]
		if err != nil || idx >= len(p.links) {
			continue
		}
		target := p.links[idx]
		if href, ok := b.resolve(p.scope, target, file); ok {
			out = appendAttr(out, "href", []byte(escapeAttr(href)))
			continue
		}
		b.diags = append(b.diags, notes.Diagnostic{Pos: p.pos, Severity: notes.Warning,
			Msg: fmt.Sprintf("link #%s shown as text: no heading or note of the book has that id", target)})
	}
	return append(out, h...)
}
