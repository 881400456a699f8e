package epub

import (
	"archive/zip"
	"bytes"
	"context"
	"errors"
	"fmt"
	"net/http"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/flashmark/flashmark/notes"
)

// Every character of every answered note of the seed is in the text of
// the book's pages, line by line, in both modes.
func TestFidelity(t *testing.T) {
	d := parseSeed(t)
	for _, mode := range []Mode{Book, Quiz} {
		t.Run(mode.String(), func(t *testing.T) {
			data, sum := exportBook(t, &Exporter{Mode: mode}, d)
			text := squeeze(bookText(t, openBook(t, data)))
			answered := 0
			for n := range d.All() {
				if !n.Answered() {
					continue
				}
				answered++
				for _, body := range []notes.Body{n.Question, n.Answer} {
					for _, line := range strings.Split(body.Text(), "\n") {
						if l := squeeze(line); !strings.Contains(text, l) {
							t.Errorf("%s: line missing from the book: %q", n.Pos, line)
						}
					}
				}
			}
			if answered == 0 || sum.Notes != answered {
				t.Errorf("wrote %d notes, the seed has %d answered", sum.Notes, answered)
			}
		})
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

// Local images are stored in the book, data: images too; remote images
// become links; images that cannot be stored are reported and show their
// alternative text; nothing outside the notes' root is read.
func TestImages(t *testing.T) {
	data, sum := exportBook(t, &Exporter{Media: richRoot()}, parseRich(t))
	b := openBook(t, data)
	var stored []string
	for _, n := range b.names {
		if strings.HasPrefix(n, contentDir+"images/img-") {
			stored = append(stored, n)
		}
	}
	if len(stored) != 2 || sum.Media != 2 {
		t.Errorf("stored %v, summary says %d", stored, sum.Media)
	}
	page := string(b.files[pageDir+"ch0001.xhtml"])
	for _, want := range []string{
		`<img src="../images/img-`,
		`alt="a pod of three containers"`,
		`<a class="remote-image" href="https://example.com/diagram.png">architecture diagram</a>`,
		`<a href="https://example.com/build"><span class="remote-image">build badge</span></a>`,
		`<span class="missing-image">gone</span>`,
		`<span class="missing-image">secret</span>`,
		`<span class="missing-image">fake</span>`,
		`.gif" alt="dot" />`,
		`<a>other notes</a>`,
	} {
		if !strings.Contains(page, want) {
			t.Errorf("page lacks %s", want)
		}
	}
	for _, bad := range []string{"secret\n", "https://example.com/diagram.png\" alt"} {
		if strings.Contains(page, bad) {
			t.Errorf("page holds %q", bad)
		}
	}
	for _, f := range b.files {
		if bytes.Contains(f, []byte("secret\n")) {
			t.Error("the book holds the file outside the notes' root")
		}
	}
	wantDiags := []string{
		"missing.png left out: file missing.png not found",
		"../secret.png left out: its path leaves the notes' directory",
		"fake.png left out: epub: not a PNG, JPEG or GIF image",
		"link other.md shown as text",
		"link #nowhere shown as text",
	}
	all := fmt.Sprint(sum.Diagnostics)
	for _, w := range wantDiags {
		if !strings.Contains(all, w) {
			t.Errorf("no diagnostic %q in %s", w, all)
		}
	}
	// Without a root, local images are diagnostics and none is stored.
	data, sum = exportBook(t, &Exporter{}, parseRich(t))
	if sum.Media != 1 { // the data: image
		t.Errorf("without a root: %d images", sum.Media)
	}
	if !strings.Contains(fmt.Sprint(sum.Diagnostics), "pod.png left out: no media directory given") {
		t.Errorf("diagnostics %v", sum.Diagnostics)
	}
	checkLinks(t, openBook(t, data))
}

// The book's HTTP client refuses every request.
func TestOffline(t *testing.T) {
	c := &http.Client{Transport: offline{}}
	if _, err := c.Get("https://example.com/x.png"); !errors.Is(err, errNetwork) {
		t.Errorf("got %v", err)
	}
}

// Ids written in the notes are unique on every page, and links to them
// resolve to the heading of the same note first.
func TestUniqueIDs(t *testing.T) {
	data, _ := exportBook(t, &Exporter{}, parseRich(t))
	b := openBook(t, data)
	pages := checkLinks(t, b) // fails on a repeated id
	p := pages[pageDir+"ch0002.xhtml"]
	headings := 0
	for _, el := range p.elements {
		if el.name == "h4" {
			headings++
		}
	}
	if headings != 2 {
		t.Fatalf("%d headings 示例", headings)
	}
	page := string(b.files[pageDir+"ch0002.xhtml"])
	for _, q := range []string{"q7", "q8"} {
		want := fmt.Sprintf(`<h4 id="%s-1">示例</h4>`, q)
		link := fmt.Sprintf(`<a href="#%s-1">示例</a>`, q)
		if !strings.Contains(page, want) || !strings.Contains(page, link) {
			t.Errorf("no %s with its own link %s", want, link)
		}
	}
	// A link to a note's ID leads to its question, on another page.
	if !strings.Contains(page, `<a href="ch0001.xhtml#q1">第一个问题</a>`) {
		t.Error("link to the note {#pod} not resolved")
	}
}

// Math shows its TeX source, never dropped; code keeps its backslashes.
func TestMath(t *testing.T) {
	d := parseString(t, "# Q\n\nInline $x^2$, display $$y$$ and `\\(not math\\)`:\n\n$$\n\\frac{a}{b}\n$$\n\n```\n\\(code\\)\n```\n")
	data, _ := exportBook(t, &Exporter{}, d)
	page := string(openBook(t, data).files[pageDir+"ch0001.xhtml"])
	for _, want := range []string{
		`<code class="math">x^2</code>`,
		`<code class="math display">y</code>`,
		`<code>\(not math\)</code>`,
		`<div class="math"><code class="math display">\frac{a}{b}`,
		`\(code\)`,
	} {
		if !strings.Contains(page, want) {
			t.Errorf("page lacks %s:\n%s", want, page)
		}
	}
}

// A book highlights cloze deletions; a quiz blanks them out on the page,
// showing their hint, and shows them in the answer.
func TestCloze(t *testing.T) {
	d := parseString(t, "# {{c1::kubelet}} runs on every node\n\nIt talks to {{c2::the runtime::CRI}}.\n")
	data, _ := exportBook(t, &Exporter{}, d)
	page := string(openBook(t, data).files[pageDir+"ch0001.xhtml"])
	if !strings.Contains(page, `<mark class="cloze" data-cloze="1">kubelet</mark>`) {
		t.Errorf("book page:\n%s", page)
	}
	data, _ = exportBook(t, &Exporter{Mode: Quiz}, d)
	b := openBook(t, data)
	pages := checkLinks(t, b)
	page = string(b.files[pageDir+"ch0001.xhtml"])
	question, answers, _ := strings.Cut(page, `<section class="answers"`)
	if strings.Contains(question, "kubelet") || strings.Contains(question, "the runtime") {
		t.Errorf("the quiz shows a deletion before the answer:\n%s", question)
	}
	if !strings.Contains(question, `<span class="cloze-blank">[…]</span> runs on every node`) ||
		!strings.Contains(question, `<span class="cloze-blank">[CRI]</span>`) {
		t.Errorf("no blanks:\n%s", question)
	}
	if !strings.Contains(answers, `<mark class="cloze" data-cloze="1">kubelet</mark>`) ||
		!strings.Contains(answers, `the runtime</mark>`) {
		t.Errorf("the answer hides the deletions:\n%s", answers)
	}
	_ = pages
}

// Unanswered questions are left out and counted, or listed in a last
// chapter.
func TestUnanswered(t *testing.T) {
	d := parseString(t, "# Answered?\n\nYes.\n\n# Open one?\n\n# Open two?\n---\n")
	data, sum := exportBook(t, &Exporter{}, d)
	b := openBook(t, data)
	if sum.Notes != 1 || sum.Skipped != 2 || sum.Cards != 1 {
		t.Errorf("summary %+v", sum)
	}
	if strings.Contains(bookText(t, b), "Open one") {
		t.Error("an unanswered question is in the book")
	}
	data, sum = exportBook(t, &Exporter{IncludeUnanswered: true}, d)
	b = openBook(t, data)
	if sum.Notes != 3 || sum.Skipped != 0 || sum.Cards != 2 {
		t.Errorf("summary %+v", sum)
	}
	todo := string(b.files[pageDir+"todo.xhtml"])
	if !strings.Contains(todo, `<h1 class="chapter-title">To do</h1>`) ||
		!strings.Contains(todo, `<li id="q2">Open one?</li>`) || !strings.Contains(todo, `<li id="q3">Open two?</li>`) {
		t.Errorf("to-do page:\n%s", todo)
	}
	if !bytes.Contains(b.files[navXHTML], []byte(`<a href="xhtml/todo.xhtml#q3">Open two?</a>`)) {
		t.Error("the contents do not list the unanswered questions")
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
