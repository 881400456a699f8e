package epub

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"testing"

	"github.com/flashmark/flashmark/internal/corpus"
	"github.com/flashmark/flashmark/internal/testtool"
	"github.com/flashmark/flashmark/notes"
)

// epubcheck runs the EPUB validator on a book and fails the test on any
// fatal error, error or warning. Debian's epubcheck package installs a
// bare jar, run with java -jar. epubcheck 4.2 checks the reading order of
// links recursively, one frame per link: the table of contents of 10,000
// questions overflows Java's default stack, hence -Xss.
func epubcheck(t *testing.T, data []byte) {
	t.Helper()
	jar := testtool.Look(t, "epubcheck")
	java := testtool.Look(t, "java")
	name := filepath.Join(t.TempDir(), "book.epub")
	if err := os.WriteFile(name, data, 0o644); err != nil {
		t.Fatal(err)
	}
	out, err := exec.Command(java, "-Xss256m", "-jar", jar, name).CombinedOutput()
	m := epubcheckCounts.FindSubmatch(out)
	if m == nil {
		t.Fatalf("epubcheck printed no counts (%v):\n%s", err, out)
	}
	if string(m[1]) != "0" || string(m[2]) != "0" || string(m[3]) != "0" || err != nil {
		t.Errorf("epubcheck: %s fatals, %s errors, %s warnings (%v):\n%s", m[1], m[2], m[3], err, out)
	}
}

var epubcheckCounts = regexp.MustCompile(`Messages: (\d+) fatals? / (\d+) errors? / (\d+) warnings?`)

// The books of the seed, in both modes, of the fixture with images, code,
// tables, cloze and math, of the fixture of numbered and labelled
// questions, and of 10,000 generated questions pass
// epubcheck with neither errors nor warnings.
func TestEpubcheck(t *testing.T) {
	type bookCase struct {
		name string
		deck func(t *testing.T) *notes.Deck
		e    Exporter
	}
	seed := func(t *testing.T) *notes.Deck { return parseSeed(t) }
	rich := func(t *testing.T) *notes.Deck { return parseRich(t) }
	labelled := func(t *testing.T) *notes.Deck { return parseLabelled(t) }
	generated := func(t *testing.T) *notes.Deck {
		if testing.Short() {
			t.Skip("10,000 questions: not in -short")
		}
		var src bytes.Buffer
		if err := corpus.Generate(&src, 10_000, 1); err != nil {
			t.Fatal(err)
		}
		d, err := notes.Parse("corpus.md", src.Bytes())
		if err != nil {
			t.Fatal(err)
		}
		return d
	}
	for _, c := range []bookCase{
		{"seed-book", seed, Exporter{Mode: Book, IncludeUnanswered: true}},
		{"seed-quiz", seed, Exporter{Mode: Quiz}},
		{"rich-book", rich, Exporter{Mode: Book, Media: richRoot()}},
		{"rich-quiz", rich, Exporter{Mode: Quiz, Media: richRoot(), IncludeUnanswered: true, Author: "flashmark"}},
		{"labelled-book", labelled, Exporter{Mode: Book, IncludeUnanswered: true}},
		{"labelled-quiz", labelled, Exporter{Mode: Quiz, IncludeUnanswered: true}},
		{"empty", func(t *testing.T) *notes.Deck { return parseString(t, "Just a preface.\n") }, Exporter{Title: "bad \x01 title"}},
		{"corpus10k-book", generated, Exporter{Mode: Book, IncludeUnanswered: true}},
		{"corpus10k-quiz", generated, Exporter{Mode: Quiz}},
	} {
		t.Run(c.name, func(t *testing.T) {
			t.Parallel() // epubcheck runs in a JVM of its own
			d := c.deck(t)
			e := c.e
			data, _ := exportBook(t, &e, d)
			epubcheck(t, data)
		})
	}
}
