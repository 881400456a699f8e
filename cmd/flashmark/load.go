package main

import (
	"github.com/flashmark/flashmark/notes"
)

// loadDeck reads the notes the inputs name into one deck. Errors in the
// notes are printed by rep; the error returned then says only which exit
// status to use. The caller closes the source.
func loadDeck(e *env, inputs []string, pf *parseFlags, rep *reporter) (*notesSource, *notes.Deck, error) {
	if err := pf.check(); err != nil {
		return nil, nil, err
	}
	src, err := openSource(inputs, pf.root)
	if err != nil {
		return nil, nil, err
	}
	rep.src = src
	fsys := src.root.FS()
	if e.notesFS != nil {
		fsys = e.notesFS(fsys)
	}
	p := pf.parser()
	p.NotesDir = src.notesDir
	d, err := p.ParseFS(fsys, src.patterns()...)
	if err != nil {
		src.Close()
		return nil, nil, rep.parseError(err)
	}
	return src, d, nil
}
