package notes

import (
	"errors"
	"io/fs"
	"os"
	"testing"
)

// TestNotesDir checks images beside the notes: notes in docs/, images in
// a sibling images/, read from the root above both and never outside it.
func TestNotesDir(t *testing.T) {
	root := os.DirFS("testdata/beside")
	docs, err := fs.Sub(root, "docs")
	if err != nil {
		t.Fatal(err)
	}
	src := mustRead(t, "testdata/beside/docs/pods.md")
	for _, c := range []struct {
		name  string
		parse func(p *Parser) (*Deck, error)
	}{
		{"Parse", func(p *Parser) (*Deck, error) { return p.Parse("pods.md", src) }},
		{"ParseFS", func(p *Parser) (*Deck, error) { return p.ParseFS(docs) }},
	} {
		t.Run(c.name, func(t *testing.T) {
			// Without NotesDir the image leaves the notes' root.
			d, err := c.parse(&Parser{})
			if err != nil {
				t.Fatal(err)
			}
			if m := d.Notes[0].Answer.Media[0]; m.Path != "../images/pod.png" || fs.ValidPath(m.Path) {
				t.Errorf("without NotesDir: %+v", m)
			}
			d, err = c.parse(&Parser{NotesDir: "docs"})
			if err != nil {
				t.Fatal(err)
			}
			m := d.Notes[0].Answer.Media[0]
			if m.Path != "images/pod.png" || m.Ref != "../images/pod.png" || m.Pos.String() != "pods.md:5:1" {
				t.Errorf("media %+v", m)
			}
			data, err := fs.ReadFile(root, m.Path)
			if err != nil || string(data[1:4]) != "PNG" {
				t.Errorf("reading %s from the root: %q, %v", m.Path, data, err)
			}
			// A reference that leaves the root still leaves it: the
			// path is not one an exporter reads.
			out := d.Notes[1].Answer.Media[0]
			if out.Path != "../secret.png" || fs.ValidPath(out.Path) {
				t.Errorf("outside the root: %+v", out)
			}
		})
	}
	// A NotesDir that leaves the root is refused before anything is read.
	for _, dir := range []string{"..", "../docs", "/docs", "docs/", "a/../b"} {
		_, err := (&Parser{NotesDir: dir}).Parse("pods.md", src)
		var pe *Error
		if !errors.Is(err, ErrBadParser) || !errors.As(err, &pe) {
			t.Errorf("NotesDir %q: err = %v", dir, err)
		}
		if _, err := (&Parser{NotesDir: dir}).ParseFS(docs); !errors.Is(err, ErrBadParser) {
			t.Errorf("ParseFS, NotesDir %q: err = %v", dir, err)
		}
	}
	if _, err := (&Parser{NotesDir: "."}).Parse("pods.md", src); err != nil {
		t.Errorf(`NotesDir ".": %v`, err)
	}
}
