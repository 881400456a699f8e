package notes

import (
	"strings"
	"unicode/utf8"

	"github.com/yuin/goldmark/ast"
)

// A sortedNote is the pieces of a note sorted by their labels.
type sortedNote struct {
	question, answer, extra []piece
	tags                    []string
}

// addExtra files a piece that opens with an extra or tags label: a tags
// label gives tags, any other its piece to Extra, label and all. It
// reports whether the label stands alone ("#### 出题人"), so that the text
// after it is its value and goes to Extra too.
func (s *sortedNote) addExtra(p piece, src []byte) (alone bool) {
	value := labelValue(p, src)
	if p.label.kind == tagsLabel {
		s.tags = append(s.tags, labelTags(value)...)
		return false
	}
	p.label = labelMatch{}
	s.extra = append(s.extra, p)
	return value == ""
}

// An extraFiler files the extra labels among a note's pieces, and the
// text that gives the value of a label standing alone.
type extraFiler struct {
	s      *sortedNote
	src    []byte
	absorb bool // the last label stood alone: text continues it
}

// file files p into Extra and reports true when p opens with an extra
// label (a known one only, with knownOnly) or continues a label standing
// alone; otherwise it ends any continuation and reports false.
func (f *extraFiler) file(p piece, knownOnly bool) bool {
	switch {
	case isExtra(p.label) && (p.label.known || !knownOnly):
		f.absorb = f.s.addExtra(p, f.src)
	case f.absorb && !p.isLabel():
		f.s.extra = append(f.s.extra, p)
	default:
		f.absorb = false
		return false
	}
	return true
}

// labelValue returns the plain text after the label of a piece.
func labelValue(p piece, src []byte) string {
	if p.heading && !p.value {
		return ""
	}
	text := plainText(p.node, src)
	if i := strings.IndexAny(text, ":："); i >= 0 {
		_, size := utf8.DecodeRuneInString(text[i:])
		return strings.TrimSpace(text[i+size:])
	}
	return ""
}

// asText keeps a piece as text: a label inside an answer is written there.
func asText(p piece) piece {
	p.label = labelMatch{}
	return p
}

func isExtra(m labelMatch) bool { return m.kind == extraLabel || m.kind == tagsLabel }

// answerAt returns the index of the first answer label among ps, strong
// ones only unless plain is set, or -1.
func answerAt(ps []piece, plain bool) int {
	for i, p := range ps {
		if p.label.kind == answerLabel && (p.label.strong || plain) {
			return i
		}
	}
	return -1
}

// wrapStart moves the start of an answer at index at back over the raw
// HTML that opens it (<details><summary>Answer</summary>).
func wrapStart(ps []piece, at int) int {
	for at > 0 {
		if _, ok := ps[at-1].node.(*ast.HTMLBlock); !ok || ps[at-1].isLabel() {
			break
		}
		at--
	}
	return at
}

// sortHeadingNote sorts the pieces under a question heading. With an
// answer label ("**参考答案**：", "##### Answer: 4"), what comes before it
// belongs to the question (a "**题目**：" restating it, code, options) but
// for extra labels (author, source), which go to Extra, and the answer
// starts at the label. Without one, extra labels that open the answer go to
// Extra and the rest is the answer.
func sortHeadingNote(ps []piece, src []byte) sortedNote {
	var s sortedNote
	at := answerAt(ps, false)
	if at < 0 {
		i := 0
		for ; i < len(ps) && ps[i].label.known && isExtra(ps[i].label); i++ {
			s.addExtra(ps[i], src)
		}
		for _, p := range ps[i:] {
			s.answer = append(s.answer, asText(p))
		}
		return s
	}
	start := wrapStart(ps, at)
	f := extraFiler{s: &s, src: src}
	for _, p := range ps[:start] {
		switch {
		case f.file(p, false):
		case p.label.kind == questionLabel && p.label.strong:
			s.question = append(s.question, p)
		default:
			s.question = append(s.question, asText(p))
		}
	}
	s.sortAnswer(ps[start:], at-start, src)
	return s
}

// sortAnswer files the pieces from the answer label, at index at, on: known
// extra labels go to Extra, the rest is the answer, the first answer label
// taken off.
func (s *sortedNote) sortAnswer(ps []piece, at int, src []byte) {
	f := extraFiler{s: s, src: src}
	for i, p := range ps {
		switch {
		case i == at:
			s.answer, f.absorb = append(s.answer, p), false
		case f.file(p, true):
		default:
			s.answer = append(s.answer, asText(p))
		}
	}
}

// sortLabelled sorts the pieces of a labelled question: q opens with the
// question label, rest runs to the next question label. Up to the answer
// label, text continues the question and labels go to Extra; from it on,
// everything is the answer but known extra labels. Without an answer
// label, the question is q alone, labels go to Extra and text is the
// answer.
func sortLabelled(q piece, rest []piece, src []byte) sortedNote {
	s := sortedNote{question: []piece{q}}
	at := answerAt(rest, true)
	f := extraFiler{s: &s, src: src}
	if at < 0 {
		for _, p := range rest {
			if !f.file(p, false) {
				s.answer = append(s.answer, asText(p))
			}
		}
		return s
	}
	start := wrapStart(rest, at)
	for _, p := range rest[:start] {
		if !f.file(p, false) {
			s.question = append(s.question, asText(p))
		}
	}
	s.sortAnswer(rest[start:], at-start, src)
	return s
}

// labelRegion makes the notes of the labelled questions among
// blocks[from:to] and returns the description made of what comes before
// the first.
func (b *builder) labelRegion(from, to int) Body {
	ps := b.blockPieces(nil, from, to, -1, false)
	ps = b.splitLabelLines(ps, true)
	first := -1
	for i, p := range ps {
		if p.label.kind == questionLabel {
			first = i
			break
		}
	}
	if first < 0 {
		return b.piecesBody(ps)
	}
	desc := b.piecesBody(ps[:first])
	for i := first; i < len(ps); {
		end := i + 1
		for end < len(ps) && ps[end].label.kind != questionLabel {
			end++
		}
		b.labelledNote(ps[i], ps[i+1:end])
		i = end
	}
	return desc
}

// labelledNote makes the note of question label q, followed by rest.
func (b *builder) labelledNote(q piece, rest []piece) {
	n := &Note{Pos: b.pos(q.start)}
	j := b.newJob(n)
	if h, ok := q.node.(*ast.Heading); ok {
		n.Pos = b.pos(h.Pos())
		if id, ok := h.AttributeString("id"); ok {
			n.ID = b.explicitID(string(attrBytes(id)), n.Pos)
		}
		n.ownTags = strings.Fields(string(attrBytes(classOf(h))))
	} else {
		n.Pos = b.pos(inlineStart(q.node.FirstChild(), b.src))
	}
	if len(rest) > 0 && rest[0].node != nil {
		if id, ok := commentID(rest[0].node, b.src); ok {
			b.setCommentID(j, id)
			rest = rest[1:]
		}
	}
	s := sortLabelled(q, rest, b.src)
	j.labelled = &s
	n.ownTags = unionTags(n.ownTags, s.tags)
	b.place(n)
	b.jobs = append(b.jobs, j)
}
