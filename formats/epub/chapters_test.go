package epub

import (
	"fmt"
	"regexp"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/flashmark/flashmark/notes"
)

func questions(from, to int) string {
	var b strings.Builder
	for i := from; i <= to; i++ {
		fmt.Fprintf(&b, "# Question %d?\n\nAnswer %d.\n\n", i, i)
	}
	return b.String()
}

// chapterTitles returns the table of contents as "file title" lines,
// nested chapters indented, questions left out.
func chapterTitles(t *testing.T, b *book) []string {
	t.Helper()
	var out []string
	depth := 0
	for _, line := range strings.Split(string(b.files[navXHTML]), "\n") {
		if strings.Contains(line, `epub:type="landmarks"`) {
			break
		}
		switch {
		case line == "<ol>":
			depth++
		case line == "</ol>":
			depth--
		}
		if m := navEntry.FindStringSubmatch(line); m != nil && !strings.Contains(m[1], "#") {
			out = append(out, strings.Repeat("  ", depth-1)+m[1]+" "+m[2])
		}
	}
	return out
}

var navEntry = regexp.MustCompile(`^<li><a href="xhtml/([^"]+)">([^<]+)</a>`)

// Chapters come from sections (files, when several are parsed); long runs
// of questions are split into even chapters of at most 50; the contents
// nest them as the reading order does.
func TestChapters(t *testing.T) {
	flat := parseString(t, questions(1, 120))
	multi, err := notes.ParseFS(fstest.MapFS{
		"a-basics.md":   {Data: []byte("---\ntitle: Basics\n---\n" + questions(1, 3))},
		"b-advanced.md": {Data: []byte("---\ntitle: Advanced\n---\n" + questions(4, 63))},
	})
	if err != nil {
		t.Fatal(err)
	}
	nested := parseString(t, "---\nquestion_level: 3\n---\n# Part one\n\n### Q1?\n\nA.\n\n## Sub\n\n### Q2?\n\nB.\n\n# Empty part\n\n### Q3?\n")
	for _, c := range []struct {
		name string
		deck *notes.Deck
		want []string
	}{
		{"flat", flat, []string{"ch0001.xhtml Questions 1–40", "ch0002.xhtml Questions 41–80", "ch0003.xhtml Questions 81–120"}},
		{"files", multi, []string{
			"ch0001.xhtml Basics",
			"ch0002.xhtml Advanced",
			"  ch0003.xhtml Advanced (1–30)",
			"  ch0004.xhtml Advanced (31–60)",
		}},
	} {
		t.Run(c.name, func(t *testing.T) {
			data, sum := exportBook(t, &Exporter{}, c.deck)
			b := openBook(t, data)
			checkLinks(t, b)
			got := chapterTitles(t, b)
			if strings.Join(got, "\n") != strings.Join(c.want, "\n") {
				t.Errorf("contents:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(c.want, "\n"))
			}
			if sum.Notes != c.deck.Count().Answered {
				t.Errorf("%d notes written of %d", sum.Notes, c.deck.Count().Answered)
			}
			// The reading order is the order of the contents.
			spine := regexp.MustCompile(`<itemref idref="(ch\d+\.xhtml)"`).FindAllStringSubmatch(string(b.files[packageOPF]), -1)
			for i, m := range spine {
				if want := fmt.Sprintf("ch%04d.xhtml", i+1); m[1] != want {
					t.Errorf("spine %d is %s, want %s", i, m[1], want)
				}
			}
		})
	}
	t.Run("nested", func(t *testing.T) {
		data, _ := exportBook(t, &Exporter{}, nested)
		b := openBook(t, data)
		checkLinks(t, b)
		got := strings.Join(chapterTitles(t, b), "\n")
		want := "ch0001.xhtml Part one\n  ch0002.xhtml Sub"
		if got != want {
			t.Errorf("contents:\n%s\nwant:\n%s", got, want)
		}
	})
}
