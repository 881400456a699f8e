package epub

import (
	"archive/zip"
	"bytes"
	"context"
	"errors"
	"fmt"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/flashmark/flashmark/notes"
)

// Every character of every answered note of the seed and of the labelled
// fixture (question, answer and what other labels say) is in the text of
// the book's pages, line by line, in both modes.
func TestFidelity(t *testing.T) {
	for _, c := range []struct {
		name string
		deck *notes.Deck
	}{{"seed", parseSeed(t)}, {"labelled", parseLabelled(t)}} {
		for _, mode := range []Mode{Book, Quiz} {
			t.Run(c.name+"/"+mode.String(), func(t *testing.T) {
				testFidelity(t, c.deck, mode)
			})
		}
	}
}

func testFidelity(t *testing.T, d *notes.Deck, mode Mode) {
	data, sum := exportBook(t, &Exporter{Mode: mode}, d)
	text := squeeze(bookText(t, openBook(t, data)))
	answered := 0
	for n := range d.All() {
		if !n.Answered() {
			continue
		}
		answered++
		for _, body := range []notes.Body{n.Question, n.Answer, n.Extra} {
			for _, line := range strings.Split(body.Text(), "\n") {
				if l := squeeze(line); !strings.Contains(text, l) {
					t.Errorf("%s: line missing from the book: %q", n.Pos, line)
				}
			}
		}
	}
	if answered == 0 || sum.Notes != answered {
		t.Errorf("wrote %d notes, the notes have %d answered", sum.Notes, answered)
	}
}

// Every link, image and style sheet of every page and of the navigation
// document points to something in the book, and no page repeats an id.
func TestLinks(t *testing.T) {
	for _, c := range []struct {
		name string
		deck *notes.Deck
		e    Exporter
	}{
		{"seed-book", parseSeed(t), Exporter{IncludeUnanswered: true}},
		{"seed-quiz", parseSeed(t), Exporter{Mode: Quiz}},
		{"rich-book", parseRich(t), Exporter{Media: richRoot(), IncludeUnanswered: true}},
		{"rich-quiz", parseRich(t), Exporter{Mode: Quiz, Media: richRoot()}},
	} {
		t.Run(c.name, func(t *testing.T) {
			data, _ := exportBook(t, &c.e, c.deck)
			checkLinks(t, openBook(t, data))
		})
	}
}

// In a quiz, every question links to an EPUB footnote holding its answer,
// and every footnote links back to its question.
func TestQuizFootnotes(t *testing.T) {
	for _, c := range []struct {
		name  string
		deck  *notes.Deck
		media bool
	}{{"seed", parseSeed(t), false}, {"rich", parseRich(t), true}} {
		t.Run(c.name, func(t *testing.T) {
			e := &Exporter{Mode: Quiz}
			if c.media {
				e.Media = richRoot()
			}
			data, sum := exportBook(t, e, c.deck)
			pages := checkLinks(t, openBook(t, data))
			noterefs, asides := 0, 0
			for name, p := range pages {
				for _, el := range p.elements {
					switch {
					case el.typ == "noteref":
						noterefs++
						id, ok := strings.CutPrefix(el.href, "#")
						target, found := p.ids[id]
						if !ok || !found || p.elements[target].name != "aside" || p.elements[target].typ != "footnote" {
							t.Errorf("%s: noteref %s does not point to a footnote on its page", name, el.href)
						}
					case el.name == "aside" && el.typ == "footnote":
						asides++
						if back := backLink(p, el); back == "" {
							t.Errorf("%s: footnote %s has no link back", name, el.id)
						} else if q, ok := p.ids[strings.TrimPrefix(back, "#")]; !ok || p.elements[q].class != "question" {
							t.Errorf("%s: footnote %s links back to %s, not a question", name, el.id, back)
						}
					}
				}
			}
			if noterefs != sum.Notes || asides != sum.Notes {
				t.Errorf("%d noterefs and %d footnotes for %d notes", noterefs, asides, sum.Notes)
			}
		})
	}
}

// backLink returns the href of the first link inside the aside a.
func backLink(p *parsedPage, a element) string {
	self := p.ids[a.id]
	for _, el := range p.elements[self+1:] {
		inside := false
		for _, parent := range el.parents {
			inside = inside || parent == self
		}
		if !inside {
			return ""
		}
		if el.name == "a" && el.href != "" {
			return el.href
		}
	}
	return ""
}

// The same notes and time give the same bytes; another time changes the
// dates but not the identifier.
func TestDeterministic(t *testing.T) {
	for _, c := range []struct {
		name string
		deck func() *notes.Deck
		e    Exporter
	}{
		{"seed", func() *notes.Deck { return parseSeed(t) }, Exporter{IncludeUnanswered: true}},
		{"rich-quiz", func() *notes.Deck { return parseRich(t) }, Exporter{Mode: Quiz, Media: richRoot()}},
	} {
		t.Run(c.name, func(t *testing.T) {
			e1, e2 := c.e, c.e
			a, _ := exportBook(t, &e1, c.deck())
			b, _ := exportBook(t, &e2, c.deck())
			if !bytes.Equal(a, b) {
				t.Fatal("two exports of the same notes at the same time differ")
			}
			e3 := c.e
			e3.Time = testTime.Add(48 * time.Hour)
			later, _ := exportBook(t, &e3, c.deck())
			if bytes.Equal(a, later) {
				t.Fatal("the time changes nothing")
			}
			id := regexp.MustCompile(`<dc:identifier id="pub-id">([^<]+)<`)
			ia := id.FindSubmatch(openBook(t, a).files[packageOPF])
			il := id.FindSubmatch(openBook(t, later).files[packageOPF])
			if ia == nil || il == nil || !bytes.Equal(ia[1], il[1]) {
				t.Errorf("identifiers %q and %q", ia, il)
			}
		})
	}
}

// The zip has the layout EPUB requires: mimetype first, stored, without
// extra fields; every entry dated by Time.
func TestZipLayout(t *testing.T) {
	data, _ := exportBook(t, &Exporter{}, parseSeed(t))
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		t.Fatal(err)
	}
	first := zr.File[0]
	if first.Name != "mimetype" || first.Method != zip.Store || len(first.Extra) != 0 {
		t.Errorf("first entry %s, method %d, extra %d bytes", first.Name, first.Method, len(first.Extra))
	}
	if !bytes.Equal(data[30:30+len("mimetype"+mimetype)], []byte("mimetype"+mimetype)) {
		t.Errorf("the book does not start with the mimetype entry: %q", data[30:70])
	}
	for _, f := range zr.File {
		if got := f.Modified.UTC(); !got.Equal(testTime.Truncate(2 * time.Second)) {
			t.Errorf("%s dated %v", f.Name, got)
		}
	}
}

// The package document carries the metadata; pages carry the language.
func TestMetadata(t *testing.T) {
	d := parseSeed(t)
	data, _ := exportBook(t, &Exporter{Title: "K8s 面试", Author: "张三 & Co"}, d)
	b := openBook(t, data)
	opf := string(b.files[packageOPF])
	for _, want := range []string{
		`<dc:title>K8s 面试</dc:title>`,
		`<dc:creator id="creator">张三 &amp; Co</dc:creator>`,
		`<dc:language>zh</dc:language>`,
		`<dc:date>2024-05-06T07:08:09Z</dc:date>`,
		`<meta property="dcterms:modified">2024-05-06T07:08:09Z</meta>`,
		`<dc:identifier id="pub-id">urn:uuid:`,
		`<dc:description>Docs/CloudNative/Kubernetes/Base/问题.md`,
		`properties="cover-image"`,
	} {
		if !strings.Contains(opf, want) {
			t.Errorf("package document lacks %s", want)
		}
	}
	for _, name := range append(b.pages(), navXHTML) {
		if p := parsePage(t, name, b.files[name]); p.lang != "zh" {
			t.Errorf("%s: xml:lang %q", name, p.lang)
		}
	}
	nav := string(b.files[navXHTML])
	if !strings.Contains(nav, "<h1>目录</h1>") || strings.Contains(nav, "Table of Contents") {
		t.Errorf("navigation heading not in Chinese:\n%.300s", nav)
	}
	cover := string(b.files[pageDir+coverPage])
	if !strings.Contains(cover, `alt="K8s 面试"`) {
		t.Errorf("cover page: %s", cover)
	}
}

// The language comes from the option, the deck, or the questions.
func TestLang(t *testing.T) {
	zh := parseString(t, "# 什么是 Pod？\n\nPod 是最小的调度单位。\n")
	en := parseString(t, "# What is a Pod?\n\nThe smallest unit.\n")
	for _, c := range []struct {
		name     string
		deck     *notes.Deck
		lang     string
		wantLang string
		heading  string
	}{
		{"deck zh", zh, "", "zh", "目录"},
		{"deck en", en, "", "en", "Contents"},
		{"option", en, "zh-TW", "zh-TW", "目錄"},
		{"detected zh", withoutLang(zh), "", "zh", "目录"},
		{"detected en", withoutLang(en), "", "en", "Contents"},
		{"japanese", en, "ja", "ja", "目次"},
		{"underscore", en, "zh_CN", "zh-CN", "目录"},
		{"deck not a tag", withLang(zh, "中文"), "", "zh", "目录"},
	} {
		t.Run(c.name, func(t *testing.T) {
			data, _ := exportBook(t, &Exporter{Lang: c.lang}, c.deck)
			b := openBook(t, data)
			if p := parsePage(t, navXHTML, b.files[navXHTML]); p.lang != c.wantLang {
				t.Errorf("lang %q, want %q", p.lang, c.wantLang)
			}
			if !bytes.Contains(b.files[navXHTML], []byte("<h1>"+c.heading+"</h1>")) {
				t.Errorf("no heading %s", c.heading)
			}
			if !bytes.Contains(b.files[packageOPF], []byte("<dc:language>"+c.wantLang+"</dc:language>")) {
				t.Errorf("dc:language is not %s", c.wantLang)
			}
		})
	}
}

func withoutLang(d *notes.Deck) *notes.Deck { return withLang(d, "") }

func withLang(d *notes.Deck, lang string) *notes.Deck {
	c := *d
	c.Lang = lang
	return &c
}

// A language option that is no language tag is an error; a deck's is a
// warning.
func TestBadLang(t *testing.T) {
	d := parseString(t, "# 什么是 Pod？\n\nPod 是最小的调度单位。\n")
	if _, err := (&Exporter{Lang: "zh cn"}).Export(context.Background(), &bytes.Buffer{}, d); err == nil {
		t.Error("no error for Lang \"zh cn\"")
	}
	_, sum := exportBook(t, &Exporter{}, withLang(d, "中文"))
	if !strings.Contains(fmt.Sprint(sum.Diagnostics), `language "中文" is not a language tag`) {
		t.Errorf("diagnostics %v", sum.Diagnostics)
	}
}

// A deck without questions, titled with characters XML forbids, still
// makes a well-formed book whose contents list its title page.
func TestEmptyDeck(t *testing.T) {
	d := parseString(t, "Just a preface.\n")
	data, sum := exportBook(t, &Exporter{Title: "bad \x01 title \xff"}, d)
	b := openBook(t, data)
	checkLinks(t, b)
	if sum.Notes != 0 || sum.Cards != 0 {
		t.Errorf("summary %+v", sum)
	}
	if !bytes.Contains(b.files[navXHTML], []byte(`href="xhtml/title.xhtml"`)) {
		t.Errorf("contents:\n%s", b.files[navXHTML])
	}
	if !bytes.Contains(b.files[pageDir+titleFile], []byte("bad \uFFFD title \uFFFD")) {
		t.Errorf("title page:\n%s", b.files[pageDir+titleFile])
	}
}

// Export stops when its context is cancelled, and reports progress.
func TestCancelAndProgress(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := (&Exporter{}).Export(ctx, &bytes.Buffer{}, parseSeed(t)); !errors.Is(err, context.Canceled) {
		t.Errorf("cancelled: %v", err)
	}
	if _, err := (&Exporter{}).Export(context.Background(), &bytes.Buffer{}, nil); err == nil {
		t.Error("no error for a nil deck")
	}
	last, calls := 0, 0
	e := &Exporter{Progress: func(done, total int) {
		calls++
		if done != last+1 || total != 52 {
			t.Errorf("progress %d/%d after %d", done, total, last)
		}
		last = done
	}}
	exportBook(t, e, parseSeed(t))
	if calls != 52 {
		t.Errorf("%d progress calls", calls)
	}
}

// A book missing what go-epub was given is an error, not a broken book.
func TestBrokenBook(t *testing.T) {
	d := parseSeed(t)
	e := &Exporter{Time: testTime}
	b, err := e.newBuilder(d)
	if err != nil {
		t.Fatal(err)
	}
	if err := b.render(context.Background()); err != nil {
		t.Fatal(err)
	}
	b.indexIDs()
	pages := b.pages()
	written, err := b.write(pages)
	if err != nil {
		t.Fatal(err)
	}
	if err := b.repack(&bytes.Buffer{}, written, pages); err != nil {
		t.Fatalf("the book as written: %v", err)
	}
	for _, drop := range []string{pageDir + "ch0002.xhtml", packageOPF, contentDir + "css/book.css", mimetypeName} {
		if err := b.repack(&bytes.Buffer{}, withoutEntry(t, written, drop), pages); !errors.Is(err, ErrBrokenBook) {
			t.Errorf("without %s: %v", drop, err)
		}
	}
	// A page that lost its body.
	short := append([]page(nil), pages...)
	short[1].body = append([]byte("<p>more</p>"), short[1].body...)
	if err := b.repack(&bytes.Buffer{}, written, short); !errors.Is(err, ErrBrokenBook) {
		t.Errorf("page without its body: %v", err)
	}
	if err := b.repack(&bytes.Buffer{}, []byte("not a zip"), pages); !errors.Is(err, ErrBrokenBook) {
		t.Errorf("not a zip: %v", err)
	}
}

func withoutEntry(t *testing.T, data []byte, name string) []byte {
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for _, f := range zr.File {
		if f.Name == name {
			continue
		}
		if err := zw.Copy(f); err != nil {
			t.Fatal(err)
		}
	}
	zw.Close()
	return buf.Bytes()
}
