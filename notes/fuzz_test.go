package notes

import (
	"errors"
	"os"
	"strings"
	"testing"
	"unicode/utf8"
)

// FuzzParse feeds the parser arbitrary bytes. It must never panic, and what
// it returns must hold together: an error is positioned; a deck's notes
// have unique IDs, positions inside the file, and bodies cut from the file.
func FuzzParse(f *testing.F) {
	for _, name := range []string{"kubernetes-interview-notes.md", "title-style.md", "sections.md", "cloze-math.md", "english-code.md"} {
		if src, err := os.ReadFile("testdata/" + name); err == nil {
			f.Add(src)
		}
	}
	for _, s := range []string{
		"", "#", "# Q\n---\n", "---\ntitle: x\n---\n", "\xef\xbb\xbf# Q\nA", "# Q {#id .t}\n<!-- id: x -->\n",
		"{{c1::a {{c2::b}} ::h}}", "==x== $y$ $$z$$", "$$\nx\n", "> - > - # Q", "Title\n===\nQ\n---\nA",
		"# Q\n![a](../../etc/passwd)", "# Q\n<script>alert(1)</script>",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, src []byte) {
		d, err := Parse("f.md", src)
		if errors.Is(err, ErrInternal) {
			t.Fatal(err)
		}
		if err != nil {
			var pe *Error
			var list ErrorList
			if !errors.As(err, &pe) && !errors.As(err, &list) {
				t.Fatalf("error %T is neither *Error nor ErrorList: %v", err, err)
			}
			if d != nil {
				t.Fatal("deck returned with an error")
			}
			return
		}
		if !utf8.Valid(src) {
			t.Fatal("invalid UTF-8 accepted")
		}
		body := strings.TrimPrefix(string(src), "\xef\xbb\xbf")
		ids := map[string]bool{}
		for n := range d.All() {
			if n.ID == "" || ids[n.ID] {
				t.Fatalf("%s: empty or repeated ID %q", n.Pos, n.ID)
			}
			ids[n.ID] = true
			if n.Pos.Offset < 0 || n.Pos.Offset > len(body) || n.Pos.Line < 1 || n.Pos.Column < 1 {
				t.Fatalf("position %+v outside the file of %d bytes", n.Pos, len(body))
			}
			for _, b := range []Body{n.Question, n.Answer} {
				if md := b.Markdown(); !strings.Contains(body, md) && !strings.Contains(md, "\n\n") {
					t.Fatalf("%s: body %q is not cut from the file", n.Pos, md)
				}
				_ = b.Text()
			}
			if (n.Kind == Cloze) != (len(n.Clozes) > 0) {
				t.Fatalf("%s: kind %v with clozes %v", n.Pos, n.Kind, n.Clozes)
			}
		}
		if c := d.Count(); c.Notes < c.Answered {
			t.Fatalf("counts %+v", c)
		}
	})
}
