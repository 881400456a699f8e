package main

import (
	"bytes"
	"fmt"
	"slices"
	"strings"

	"github.com/flashmark/flashmark/notes"
)

// A pin is the text that writes a note's ID into its question heading.
type pin struct {
	note   *notes.Note
	offset int    // where text goes in the file
	text   string // " {#id}", or "#id " inside an attribute block
}

// planPins returns, for each file, the pins that write the derived ID of
// every note of d into its heading, in file order. srcs holds the files'
// contents by the names positions use. Notes whose ID is written in the
// notes already (a {#id} attribute or an <!-- id: --> comment) need none.
func planPins(d *notes.Deck, srcs map[string][]byte) map[string][]pin {
	bounds := headingOffsets(d)
	plans := map[string][]pin{}
	for n := range d.All() {
		file := n.Pos.Filename
		src, ok := srcs[file]
		if !ok || n.Pos.Offset < 0 || n.Pos.Offset >= len(src) {
			continue
		}
		if explicitID(n, src, bounds[file]) {
			continue
		}
		plans[file] = append(plans[file], pinFor(n, src))
	}
	for _, ps := range plans {
		slices.SortStableFunc(ps, func(a, b pin) int { return a.offset - b.offset })
	}
	return plans
}

// headingOffsets returns, for each file, the sorted offsets where its
// questions and sections start.
func headingOffsets(d *notes.Deck) map[string][]int {
	offs := map[string][]int{}
	add := func(p notes.Position) { offs[p.Filename] = append(offs[p.Filename], p.Offset) }
	var visit func([]*notes.Section)
	visit = func(ss []*notes.Section) {
		for _, s := range ss {
			if s.Pos.IsValid() {
				add(s.Pos)
			}
			visit(s.Sections)
		}
	}
	visit(d.Sections)
	for n := range d.All() {
		add(n.Pos)
	}
	for _, o := range offs {
		slices.Sort(o)
	}
	return offs
}

// explicitID reports whether the note's ID is written in the notes: in its
// heading or in the comment under it, that is between the heading's start
// and its answer (or the next heading). A derived ID is a hash that does
// not otherwise appear there.
func explicitID(n *notes.Note, src []byte, bounds []int) bool {
	start := n.Pos.Offset
	end := len(src)
	if i, _ := slices.BinarySearch(bounds, start+1); i < len(bounds) {
		end = bounds[i]
	}
	if !n.Answer.IsEmpty() && n.Answer.Pos.Filename == n.Pos.Filename && n.Answer.Pos.Offset > start {
		end = min(end, n.Answer.Pos.Offset)
	}
	end = min(end, len(src))
	return n.ID != "" && bytes.Contains(src[start:end], []byte(n.ID))
}

// pinFor returns the pin of a note: " {#id}" at the end of the heading's
// last line of text, after any closing "#"s, or "#id " at the start of the
// attribute block ("{.tag}") that ends the heading, since goldmark reads
// only one.
func pinFor(n *notes.Note, src []byte) pin {
	anchor := n.Pos.Offset
	if md := n.Question.Markdown(); md != "" && n.Question.Pos.Filename == n.Pos.Filename {
		from := n.Question.Pos.Offset
		if i := bytes.Index(src[from:], []byte(md)); i >= 0 {
			anchor = from + i + len(md)
		}
	}
	lineEnd := len(src)
	if i := bytes.IndexByte(src[anchor:], '\n'); i >= 0 {
		lineEnd = anchor + i
	}
	end := lineEnd
	for end > anchor && strings.IndexByte(" \t\r", src[end-1]) >= 0 {
		end--
	}
	tail := src[anchor:end]
	if bytes.HasSuffix(tail, []byte("}")) {
		if i := bytes.LastIndexByte(tail, '{'); i >= 0 {
			text := "#" + n.ID
			if tail[i+1] != '}' {
				text += " "
			}
			return pin{note: n, offset: anchor + i + 1, text: text}
		}
	}
	return pin{note: n, offset: end, text: " {#" + n.ID + "}"}
}

// applyPins returns src with the pins, sorted by offset, inserted.
func applyPins(src []byte, pins []pin) []byte {
	var b bytes.Buffer
	b.Grow(len(src) + 24*len(pins))
	last := 0
	for _, p := range pins {
		b.Write(src[last:p.offset])
		b.WriteString(p.text)
		last = p.offset
	}
	b.Write(src[last:])
	return b.Bytes()
}

// lineOf returns the 1-based line number of offset, the line's text
// without its line ending, and offset's place in it.
func lineOf(src []byte, offset int) (line int, text []byte, col int) {
	start := bytes.LastIndexByte(src[:offset], '\n') + 1
	end := len(src)
	if i := bytes.IndexByte(src[offset:], '\n'); i >= 0 {
		end = offset + i
	}
	text = bytes.TrimSuffix(src[start:end], []byte("\r"))
	return bytes.Count(src[:start], []byte("\n")) + 1, text, min(offset-start, len(text))
}

// samePinned checks that the notes of after, parsed from the pinned files,
// are those of before with the same IDs: nothing else in them changed.
func samePinned(before, after *notes.Deck) error {
	var a []*notes.Note
	for n := range after.All() {
		a = append(a, n)
	}
	i := 0
	for n := range before.All() {
		if i >= len(a) {
			return fmt.Errorf("%s: the question is gone once its ID is pinned", n.Pos)
		}
		m := a[i]
		i++
		switch {
		case m.ID != n.ID:
			return fmt.Errorf("%s: the pinned ID reads as %q, not %q", n.Pos, m.ID, n.ID)
		case m.Question.Markdown() != n.Question.Markdown():
			return fmt.Errorf("%s: pinning the ID changes the question to %q", n.Pos, m.Question.Markdown())
		case m.Answer.Markdown() != n.Answer.Markdown(), m.Kind != n.Kind, !slices.Equal(m.Tags, n.Tags):
			return fmt.Errorf("%s: pinning the ID changes the note", n.Pos)
		}
	}
	if i != len(a) {
		return fmt.Errorf("%s: pinning IDs makes a new question", a[i].Pos)
	}
	return nil
}
