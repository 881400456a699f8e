package pdf

import (
	"context"

	"github.com/flashmark/flashmark/notes"
)

// visit calls section for every section that holds notes the export
// shows (depth 0 for the outermost), and note for every such note, in the
// order of the notes. It stops at the first error, or when ctx is done.
func (d *document) visit(ctx context.Context, section func(s *notes.Section, depth int), note func(n *notes.Note)) error {
	for _, n := range d.included(d.deck.Notes) {
		note(n)
		if err := d.progress(ctx); err != nil {
			return err
		}
	}
	var walk func(ss []*notes.Section, depth int) error
	walk = func(ss []*notes.Section, depth int) error {
		for _, s := range ss {
			if d.shows(s) {
				section(s, depth)
			}
			for _, n := range d.included(s.Notes) {
				note(n)
				if err := d.progress(ctx); err != nil {
					return err
				}
			}
			if err := walk(s.Sections, depth+1); err != nil {
				return err
			}
		}
		return nil
	}
	return walk(d.deck.Sections, 0)
}

// shows reports whether s or a section under it holds a note the export
// shows.
func (d *document) shows(s *notes.Section) bool {
	for _, n := range s.Notes {
		if n.Answered() || d.inline {
			return true
		}
	}
	for _, c := range s.Sections {
		if d.shows(c) {
			return true
		}
	}
	return false
}

// question lays out the question of n in bold, size points, kept with
// what follows it, after prefix (a number) drawn in pst, or like the
// question when pst is nil.
func (f *flow) question(n *notes.Note, size float64, prefix string, pst *style) {
	start := len(f.out)
	saved := f.style
	f.style.bold, f.style.size = true, size
	f.prefix, f.prefixSt = prefix, pst
	f.bodyBlocks(n.Question, n.Pos)
	f.prefix, f.prefixSt = "", nil
	f.style = saved
	for i := start; i < len(f.out); i++ {
		f.out[i].keep = true
	}
}

// answer lays out the answer of n, or says that it has none.
func (f *flow) answer(n *notes.Note) {
	if n.Answer.IsEmpty() && n.Kind != notes.Cloze {
		st := f.base()
		st.italic, st.color = true, grey
		for _, l := range f.plain("(no answer yet)", st, f.avail(), f.left, false) {
			f.add(l)
		}
		return
	}
	f.bodyBlocks(n.Answer, n.Answer.Pos)
}

// extra lays out what the note's other labels say (who set the question,
// where it comes from), smaller and in grey: it is not the answer, but no
// text of the notes is left out.
func (f *flow) extra(n *notes.Note) {
	if n.Extra.IsEmpty() {
		return
	}
	f.space(f.paraSpace())
	style, size := f.style, f.size
	f.size = max(size*0.88, f.doc.cfg.minSize)
	f.style.size, f.style.color = f.size, grey
	f.bodyBlocks(n.Extra, n.Extra.Pos)
	f.style, f.size = style, size
}
