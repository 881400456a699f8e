package export

import (
	"bytes"
	"encoding/xml"
	"errors"
	"flag"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/flashmark/flashmark/notes"
)

var update = flag.Bool("update", false, "rewrite the golden files under testdata")

// golden compares got with testdata/<test>/<name>.golden, or rewrites the
// file with -update.
func golden(t *testing.T, name, got string) {
	t.Helper()
	file := filepath.Join("testdata", strings.Split(t.Name(), "/")[0], name+".golden")
	if *update {
		if err := os.MkdirAll(filepath.Dir(file), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(file, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(file)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if got != string(want) {
		t.Errorf("%s differs from %s:\n--- got\n%s\n--- want\n%s", name, file, got, want)
	}
}

// parse parses Markdown notes or fails the test.
func parse(t testing.TB, md string) *notes.Deck {
	t.Helper()
	d, err := notes.Parse("notes.md", []byte(md))
	if err != nil {
		t.Fatalf("parse: %v", err)
	}
	return d
}

// answer returns the answer of a note whose answer is md. (A second
// question keeps the first from being taken for the title.)
func answer(t testing.TB, md string) notes.Body {
	t.Helper()
	d := parse(t, "# Question\n\n"+md+"\n\n# Another question\n")
	for n := range d.All() {
		return n.Answer
	}
	t.Fatal("no note")
	return notes.Body{}
}

// bodies returns every body of a deck: descriptions, questions, answers.
func bodies(d *notes.Deck) []notes.Body {
	list := []notes.Body{d.Description}
	var sections func([]*notes.Section)
	sections = func(ss []*notes.Section) {
		for _, s := range ss {
			list = append(list, s.Description)
			sections(s.Sections)
		}
	}
	sections(d.Sections)
	for n := range d.All() {
		list = append(list, n.Question, n.Answer)
	}
	return list
}

// checkXHTML reports an error unless s, wrapped in a root element, is
// well-formed XML without anything that could run script: no script-like
// element, no on* attribute, no attribute starting with javascript:,
// vbscript: or a data: URL other than an image's (as browsers read it,
// ignoring white space), no expression() or url() in a style.
func checkXHTML(s string) error {
	if strings.Contains(strings.ToLower(s), "<script") {
		return errors.New("<script in output")
	}
	d := xml.NewDecoder(strings.NewReader("<root>" + s + "</root>"))
	d.Strict = true
	d.Entity = map[string]string{} // XML's five entities only
	for {
		tok, err := d.Token()
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return err
		}
		se, ok := tok.(xml.StartElement)
		if !ok {
			continue
		}
		switch strings.ToLower(se.Name.Local) {
		case "script", "style", "iframe", "object", "embed", "svg", "math", "frame", "link", "meta", "base", "form", "textarea":
			return errors.New("forbidden element <" + se.Name.Local + ">")
		}
		for _, a := range se.Attr {
			name := strings.ToLower(a.Name.Local)
			if strings.HasPrefix(name, "on") {
				return errors.New("event handler attribute " + a.Name.Local)
			}
			v := strings.Map(func(r rune) rune {
				if r <= ' ' || r == 0x7f {
					return -1
				}
				return r
			}, strings.ToLower(a.Value))
			if strings.HasPrefix(v, "javascript:") || strings.HasPrefix(v, "vbscript:") ||
				strings.HasPrefix(v, "data:") && !strings.HasPrefix(v, "data:image/") ||
				name == "style" && (strings.Contains(v, "expression(") || strings.Contains(v, "url(")) {
				return errors.New("dangerous attribute " + a.Name.Local + `="` + a.Value + `"`)
			}
		}
	}
}

// textOf returns the character data of an XHTML fragment and the values of
// its alt attributes, which hold the text of images.
func textOf(t testing.TB, s string) string {
	t.Helper()
	var b bytes.Buffer
	d := xml.NewDecoder(strings.NewReader("<root>" + s + "</root>"))
	for {
		tok, err := d.Token()
		if err == io.EOF {
			return b.String()
		}
		if err != nil {
			t.Fatalf("%v in %s", err, s)
		}
		switch tok := tok.(type) {
		case xml.CharData:
			b.Write(tok)
		case xml.StartElement:
			for _, a := range tok.Attr {
				if a.Name.Local == "alt" {
					b.WriteString(a.Value)
				}
			}
		}
	}
}

// stringOf renders b with h, leaving out the diagnostics.
func stringOf(h *HTML, b notes.Body) (string, error) {
	s, _, err := h.String(b)
	return s, err
}
