package epub

import (
	"bytes"
	"errors"
	"fmt"
	"net/http"
	"strings"
	"testing"
)

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
