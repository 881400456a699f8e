package pdf

import (
	"slices"
	"strings"
	"unicode"

	"github.com/rivo/uniseg"
)

// A textLine is the glyphs [from, to) of a text that go on one line.
type textLine struct {
	from, to int
	w        float64 // width, without the spaces that end the line
	size     float64 // the largest text size on the line
}

// segment is a piece of text between two break opportunities of the
// Unicode line-breaking algorithm (UAX #14): glyphs [from, to), ending
// with a mandatory break when must is set.
type segment struct {
	from, to int
	must     bool
}

// Characters that may not start a line, and characters that may not end
// one, in Chinese typesetting (禁则): closing punctuation clings to the
// character before it, opening punctuation to the one after it. UAX #14
// already keeps most of them in place; these rules cover the rest, such as
// quotation marks, whose class it leaves ambiguous.
const (
	noLineStart = "，。、；：？！）」』】〕〉》｝］〗〙〛”’…‥·・ー～％‰,.;:?!)]}%"
	noLineEnd   = "（「『【〔〈《｛［〖〘〚“‘([{"
)

// breakLines breaks t into lines no wider than width. No character is
// dropped: a word wider than the line is split between characters, and a
// character wider than the line gets a line of its own.
func (t *text) breakLines(width float64) []textLine {
	if t.empty() {
		return nil
	}
	t.cum = slices.Grow(t.cum[:0], len(t.glyphs)+1)[:len(t.glyphs)+1]
	cum := t.cum
	cum[0] = 0
	for i, g := range t.glyphs {
		cum[i+1] = cum[i] + float64(g.w)
	}
	// contentEnd is where the glyphs [from, to) end without trailing white
	// space, which may hang past the end of a line.
	contentEnd := func(from, to int) int {
		for to > from && t.isSpace(to-1) {
			to--
		}
		return to
	}
	var lines []textLine
	cur := textLine{from: 0, to: 0}
	closeLine := func(to int) {
		cur.to = to
		end := contentEnd(cur.from, to)
		cur.w = cum[end] - cum[cur.from]
		cur.size = t.maxSize(cur.from, to)
		lines = append(lines, cur)
		cur = textLine{from: to, to: to}
	}
	for _, s := range t.segments() {
		end := contentEnd(s.from, s.to)
		if cur.to > cur.from && cum[end]-cum[cur.from] > width {
			closeLine(s.from)
		}
		if cum[end]-cum[cur.from] > width {
			// A word wider than the line: break it between characters.
			for i := s.from; i < end; i++ {
				if i > cur.from && cum[i+1]-cum[cur.from] > width && !t.clings(i) {
					closeLine(i)
				}
			}
		}
		cur.to = s.to
		if s.must {
			closeLine(s.to)
		}
	}
	if cur.to > cur.from {
		closeLine(cur.to)
	}
	return lines
}

// segments returns the break opportunities of t, with the Chinese rules
// for line starts and ends applied.
func (t *text) segments() []segment {
	cache := t.doc.segments
	if cache != nil {
		if segs, ok := cache[string(t.bytes)]; ok {
			return segs
		}
	}
	segs := t.segs[:0]
	rest := t.bytes
	state := -1
	g := 0
	for len(rest) > 0 {
		var seg []byte
		var must bool
		seg, rest, must, state = uniseg.FirstLineSegment(rest, state)
		endOff := len(t.bytes) - len(rest)
		from := g
		for g < len(t.glyphs) && int(t.glyphs[g].off) < endOff {
			g++
		}
		if g == from || len(seg) == 0 {
			continue
		}
		must = must && len(rest) > 0 || t.bytes[endOff-1] == '\n'
		s := segment{from: from, to: g, must: must}
		if n := len(segs); n > 0 && !segs[n-1].must && (t.startsBadly(s.from) || t.endsBadly(segs[n-1])) {
			segs[n-1].to, segs[n-1].must = s.to, s.must
			continue
		}
		segs = append(segs, s)
	}
	if cache != nil {
		segs = slices.Clone(segs)
		cache[string(t.bytes)] = segs
		return segs
	}
	t.segs = segs[:0] // reused by the next call: callers are done with it by then
	return segs
}

func (t *text) startsBadly(i int) bool {
	return strings.ContainsRune(noLineStart, t.runeAt(i))
}

func (t *text) endsBadly(s segment) bool {
	end := s.to
	for end > s.from && t.isSpace(end-1) {
		end--
	}
	return end > s.from && strings.ContainsRune(noLineEnd, t.runeAt(end-1))
}

// clings reports whether glyph i may not be separated from the one before
// it when a word is split: a combining mark, punctuation that may not
// start a line, or one after punctuation that may not end one.
func (t *text) clings(i int) bool {
	r := t.runeAt(i)
	return unicode.In(r, unicode.Mn, unicode.Me) || strings.ContainsRune(noLineStart, r) ||
		i > 0 && strings.ContainsRune(noLineEnd, t.runeAt(i-1))
}

func (t *text) isSpace(i int) bool {
	switch t.bytes[t.glyphs[i].off] {
	case ' ', '\n':
		return true
	}
	return t.runeAt(i) == '\u3000'
}

func (t *text) maxSize(from, to int) float64 {
	size := 0.0
	if from == to && from < len(t.glyphs) {
		return t.styles[t.glyphs[from].st].size
	}
	for i := from; i < to; i++ {
		size = max(size, t.styles[t.glyphs[i].st].size)
	}
	if size == 0 && len(t.styles) > 0 {
		size = t.styles[0].size
	}
	return size
}
