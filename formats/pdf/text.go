package pdf

import (
	"fmt"
	"unicode/utf8"

	"github.com/flashmark/flashmark/notes"
)

// replacement is drawn in place of a character no font has.
const replacement = '□'

// A run of text is gathered with its styles before it is broken into
// lines: text holds the characters as they will be drawn, glyphs says for
// each one where it is in text, how wide it is and with which face and
// style it is drawn.
type text struct {
	doc    *document
	at     func(offset int) notes.Position // a diagnostic's place, from a source offset
	bytes  []byte
	glyphs []glyph
	styles []style
	// Buffers of breakLines, kept for the next text.
	cum  []float64
	segs []segment
}

type glyph struct {
	off int32   // byte offset in text.bytes
	w   float32 // advance, points
	st  int32   // index in text.styles
	f   *face   // nil for a line break
}

func (t *text) reset() {
	t.bytes = t.bytes[:0]
	t.glyphs = t.glyphs[:0]
	t.styles = nil // ops point into it: a new one for the next text
}

func (t *text) empty() bool { return len(t.glyphs) == 0 }

func (t *text) styleIndex(st style) int32 {
	if n := len(t.styles); n > 0 && t.styles[n-1] == st {
		return int32(n - 1)
	}
	t.styles = append(t.styles, st)
	return int32(len(t.styles) - 1)
}

// add appends s drawn in st. src is the offset of s in the body's source,
// or -1 for text the notes do not hold as such: it positions the
// diagnostic of a character that no font can draw.
func (t *text) add(s string, st style, src int) {
	si := t.styleIndex(st)
	fonts := t.doc.fonts
	for i, r := range s {
		switch {
		case r == '\n':
			t.glyphs = append(t.glyphs, glyph{off: int32(len(t.bytes)), st: si})
			t.bytes = append(t.bytes, '\n')
			continue
		case r == '\t':
			r = ' '
		case isVariationSelector(r):
			continue // invisible: it only picks a glyph variant
		}
		f := fonts.faceFor(r, st)
		if f == nil {
			if r == 0x200D || r == 0x200B || r == 0xFEFF {
				continue // zero-width joiners and spaces the fonts lack
			}
			where := -1
			if src >= 0 {
				where = src + i
			}
			t.doc.warn(t.at(where), fmt.Sprintf("character %U %q is in no font; drawn as %c", r, r, replacement))
			bad := st
			bad.color, bad.mono = boxRed, false
			t.glyphs = append(t.glyphs, glyph{
				off: int32(len(t.bytes)), st: t.styleIndex(bad), f: fonts.boxed,
				w: float32(fonts.boxed.m.width(replacement) * st.size / 1000),
			})
			t.bytes = utf8.AppendRune(t.bytes, replacement)
			si = t.styleIndex(st)
			continue
		}
		t.glyphs = append(t.glyphs, glyph{
			off: int32(len(t.bytes)), st: si, f: f,
			w: float32(f.m.width(r) * st.size / 1000),
		})
		t.bytes = utf8.AppendRune(t.bytes, r)
	}
}

func isVariationSelector(r rune) bool {
	return r >= 0xFE00 && r <= 0xFE0F || r >= 0xE0100 && r <= 0xE01EF
}

// end returns the byte offset where glyph i ends.
func (t *text) end(i int) int {
	if i+1 < len(t.glyphs) {
		return int(t.glyphs[i+1].off)
	}
	return len(t.bytes)
}

// runeAt returns the character of glyph i.
func (t *text) runeAt(i int) rune {
	r, _ := utf8.DecodeRune(t.bytes[t.glyphs[i].off:])
	return r
}
