package pdf

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"unicode"

	"github.com/flashmark/flashmark/notes"
)

// runeCounts counts the characters of s that are not white space.
func runeCounts(s string) map[rune]int {
	m := map[rune]int{}
	for _, r := range s {
		if !unicode.IsSpace(r) {
			m[r]++
		}
	}
	return m
}

// lost lists the characters of want that got occurs fewer times than want
// holds them, with how many are missing.
func lost(want, got map[rune]int) []string {
	var out []string
	for r, n := range want {
		if got[r] < n {
			out = append(out, fmt.Sprintf("%q×%d", r, n-got[r]))
		}
	}
	slices.Sort(out)
	return out
}

// sourceText is the text of every answered note of d: its question, its
// answer and what its other labels say.
func sourceText(d *notes.Deck) string {
	var b strings.Builder
	for n := range d.All() {
		if n.Answered() {
			b.WriteString(n.Question.Text())
			b.WriteString(n.Answer.Text())
			b.WriteString(n.Extra.Text())
		}
	}
	return b.String()
}

// Every Chinese and English character of every answered note of the seed
// and of the fixtures comes back from the PDF in each layout.
func TestFidelity(t *testing.T) {
	for _, file := range []string{seedFile, "testdata/features.md", labelledFile} {
		for _, l := range layouts {
			t.Run(filepath.Base(file)+"/"+l.String(), func(t *testing.T) {
				testFidelity(t, file, l)
			})
		}
	}
}

func testFidelity(t *testing.T, file string, l Layout) {
	d := parseFile(t, file)
	want := runeCounts(sourceText(d))
	data, sum := exportPDF(t, &Exporter{Layout: l, Media: os.DirFS("testdata")}, d)
	got := runeCounts(pdfText(t, data))
	if miss := lost(want, got); len(miss) > 0 {
		t.Errorf("%d distinct characters missing from the PDF: %s", len(miss), strings.Join(miss, " "))
	}
	for _, dg := range sum.Diagnostics {
		if dg.Severity == notes.Warning {
			t.Errorf("unexpected diagnostic %s", dg)
		}
	}
}

// Characters no font has (emoji, ideographs beyond GB 2312) are drawn as
// boxes and each is reported at its place; every other character comes
// back.
func TestUnshowable(t *testing.T) {
	d := parseFile(t, "testdata/unshowable.md")
	src := sourceText(d)
	unshowable := []rune{'😀', '𠀀', '𪚥', '龘', '㐀', '❤', '🚀'}
	for _, l := range layouts {
		t.Run(l.String(), func(t *testing.T) {
			data, sum := exportPDF(t, &Exporter{Layout: l}, d)
			got := runeCounts(pdfText(t, data))
			want := runeCounts(src)
			for _, r := range unshowable {
				if want[r] == 0 {
					t.Fatalf("fixture lacks %q", r)
				}
				if got[r] != 0 {
					t.Errorf("%q came back from the PDF, though no font has it", r)
				}
				delete(want, r)
			}
			delete(want, '\uFE0F') // the emoji variation selector: invisible
			if miss := lost(want, got); len(miss) > 0 {
				t.Errorf("missing: %s", strings.Join(miss, " "))
			}
			if got[replacement] == 0 {
				t.Errorf("no %c drawn in place of the missing characters", replacement)
			}
			reported := map[string]bool{}
			for _, dg := range sum.Diagnostics {
				if strings.Contains(dg.Msg, "is in no font") {
					reported[dg.Pos.String()+" "+dg.Msg] = true
				}
			}
			for _, r := range unshowable {
				pos := positionOf(t, "testdata/unshowable.md", r)
				found := false
				for k := range reported {
					if strings.HasPrefix(k, pos+" ") && strings.Contains(k, fmt.Sprintf("%U", r)) {
						found = true
					}
				}
				if !found {
					t.Errorf("no diagnostic at %s for %U; got %v", pos, r, reported)
				}
			}
		})
	}
}

// positionOf returns "file:line:col" of the first r in the file name.
func positionOf(t *testing.T, name string, r rune) string {
	t.Helper()
	src := string(must(os.ReadFile(name)))
	i := strings.IndexRune(src, r)
	if i < 0 {
		t.Fatalf("%q not in %s", r, name)
	}
	line := strings.Count(src[:i], "\n") + 1
	col := i - strings.LastIndex(src[:i], "\n")
	return fmt.Sprintf("%s:%d:%d", filepath.Base(name), line, col)
}

func must[T any](v T, err error) T {
	if err != nil {
		panic(err)
	}
	return v
}

// pdfText returns the words pdftotext finds in the PDF, one a line. Its
// word list (-tsv) keeps a hyphen that ends a line, which its plain text
// output removes when it joins the word to the next line.
func pdfText(t *testing.T, data []byte) string {
	t.Helper()
	var b strings.Builder
	for _, row := range strings.Split(run(t, "pdftotext", "-tsv", "-enc", "UTF-8", writeTemp(t, data), "-"), "\n") {
		cols := strings.Split(row, "\t")
		if len(cols) == 12 && cols[0] == "5" {
			b.WriteString(cols[11])
			b.WriteByte('\n')
		}
	}
	return b.String()
}
