package epub

import (
	"archive/zip"
	"bytes"
	"context"
	"encoding/xml"
	"io"
	"io/fs"
	"os"
	"path"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/flashmark/flashmark/export"
	"github.com/flashmark/flashmark/notes"
)

// testTime is the fixed time of the books the tests write.
var testTime = time.Date(2024, 5, 6, 7, 8, 9, 0, time.UTC)

const seedFile = "testdata/kubernetes-interview-notes.md"

func parseSeed(t testing.TB) *notes.Deck {
	t.Helper()
	src, err := os.ReadFile(seedFile)
	if err != nil {
		t.Fatal(err)
	}
	d, err := notes.Parse("kubernetes-interview-notes.md", src)
	if err != nil {
		t.Fatal(err)
	}
	return d
}

// richRoot is the fixture with images, code, tables, cloze and math.
func richRoot() fs.FS { return os.DirFS("testdata/rich") }

func parseRich(t testing.TB) *notes.Deck {
	t.Helper()
	d, err := notes.ParseFS(richRoot())
	if err != nil {
		t.Fatal(err)
	}
	return d
}

// parseLabelled parses the fixture of numbered questions with labels
// besides the question's and the answer's.
func parseLabelled(t testing.TB) *notes.Deck {
	t.Helper()
	src, err := os.ReadFile("testdata/labelled.md")
	if err != nil {
		t.Fatal(err)
	}
	d, err := notes.Parse("labelled.md", src)
	if err != nil {
		t.Fatal(err)
	}
	return d
}

func parseString(t testing.TB, md string) *notes.Deck {
	t.Helper()
	d, err := notes.Parse("notes.md", []byte(md))
	if err != nil {
		t.Fatal(err)
	}
	return d
}

func exportBook(t testing.TB, e *Exporter, d *notes.Deck) ([]byte, *export.Summary) {
	t.Helper()
	if e.Time.IsZero() {
		e.Time = testTime
	}
	var buf bytes.Buffer
	sum, err := e.Export(context.Background(), &buf, d)
	if err != nil {
		t.Fatal(err)
	}
	return buf.Bytes(), sum
}

// A book is an EPUB read back: its entries in zip order.
type book struct {
	names []string
	files map[string][]byte
	zip   *zip.Reader
}

func openBook(t testing.TB, data []byte) *book {
	t.Helper()
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		t.Fatalf("the book is not a zip: %v", err)
	}
	b := &book{files: make(map[string][]byte), zip: zr}
	for _, f := range zr.File {
		r, err := f.Open()
		if err != nil {
			t.Fatal(err)
		}
		content, err := io.ReadAll(r)
		r.Close()
		if err != nil {
			t.Fatalf("%s: %v", f.Name, err)
		}
		b.names = append(b.names, f.Name)
		b.files[f.Name] = content
	}
	return b
}

// pages returns the names of the XHTML pages in EPUB/xhtml, sorted.
func (b *book) pages() []string {
	var ps []string
	for _, n := range b.names {
		if strings.HasPrefix(n, pageDir) && strings.HasSuffix(n, ".xhtml") {
			ps = append(ps, n)
		}
	}
	sort.Strings(ps)
	return ps
}

// An element is an element of a page, as the checks need it.
type element struct {
	name  string
	id    string
	href  string
	src   string
	class string
	typ   string // epub:type
	// parent chain, innermost last, by index into the page's elements
	parents []int
}

// A parsedPage is a page parsed as XML: its elements and its text.
type parsedPage struct {
	name     string
	elements []element
	ids      map[string]int // id to element index
	text     strings.Builder
	lang     string
}

const opsNS = "http://www.idpf.org/2007/ops"

// parsePage parses an XHTML page strictly, as XML, failing the test on
// malformed XML or a repeated id.
func parsePage(t testing.TB, name string, content []byte) *parsedPage {
	t.Helper()
	p := &parsedPage{name: name, ids: make(map[string]int)}
	dec := xml.NewDecoder(bytes.NewReader(content))
	dec.Strict = true
	var stack []int
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatalf("%s: not well-formed XML: %v", name, err)
		}
		switch tok := tok.(type) {
		case xml.StartElement:
			e := element{name: tok.Name.Local, parents: append([]int(nil), stack...)}
			for _, a := range tok.Attr {
				switch {
				case a.Name.Local == "id" && a.Name.Space == "":
					e.id = a.Value
				case a.Name.Local == "href":
					e.href = a.Value
				case a.Name.Local == "src":
					e.src = a.Value
				case a.Name.Local == "class":
					e.class = a.Value
				case a.Name.Local == "type" && a.Name.Space == opsNS:
					e.typ = a.Value
				case a.Name.Local == "lang" && tok.Name.Local == "html" && a.Name.Space == "http://www.w3.org/XML/1998/namespace":
					p.lang = a.Value
				}
			}
			i := len(p.elements)
			p.elements = append(p.elements, e)
			if e.id != "" {
				if _, dup := p.ids[e.id]; dup {
					t.Errorf("%s: id %q is repeated", name, e.id)
				}
				p.ids[e.id] = i
			}
			stack = append(stack, i)
		case xml.EndElement:
			stack = stack[:len(stack)-1]
		case xml.CharData:
			if len(stack) > 0 && p.inBody(stack) {
				p.text.Write(tok)
			}
		}
	}
	return p
}

func (p *parsedPage) inBody(stack []int) bool {
	for _, i := range stack {
		if p.elements[i].name == "body" {
			return true
		}
	}
	return false
}

// checkLinks fails the test for a link, image or style sheet of a page
// that points to nothing in the book: a missing file or a missing id.
func checkLinks(t testing.TB, b *book) map[string]*parsedPage {
	t.Helper()
	parsed := make(map[string]*parsedPage)
	docs := append(b.pages(), navXHTML)
	for _, name := range docs {
		parsed[name] = parsePage(t, name, b.files[name])
	}
	for _, name := range docs {
		for _, e := range parsed[name].elements {
			for _, ref := range []string{e.href, e.src} {
				if ref == "" || strings.HasPrefix(ref, "https:") || strings.HasPrefix(ref, "http:") || strings.HasPrefix(ref, "mailto:") {
					continue
				}
				file, frag, _ := strings.Cut(ref, "#")
				target := name
				if file != "" {
					target = path.Join(path.Dir(name), file)
				}
				if _, ok := b.files[target]; !ok {
					t.Errorf("%s: %s points to %s, which the book does not hold", name, ref, target)
					continue
				}
				if frag == "" {
					continue
				}
				tp := parsed[target]
				if tp == nil {
					t.Errorf("%s: %s points into %s, not a page", name, ref, target)
					continue
				}
				if _, ok := tp.ids[frag]; !ok {
					t.Errorf("%s: %s points to no id of %s", name, ref, target)
				}
			}
		}
	}
	return parsed
}

// bookText returns the text of the pages of the book (not the navigation
// document), in reading order.
func bookText(t testing.TB, b *book) string {
	t.Helper()
	var sb strings.Builder
	for _, name := range b.pages() {
		sb.WriteString(parsePage(t, name, b.files[name]).text.String())
		sb.WriteByte('\n')
	}
	return sb.String()
}

// squeeze removes white space.
func squeeze(s string) string {
	return strings.Join(strings.Fields(s), "")
}
