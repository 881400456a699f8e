package pdf

import (
	"encoding/json"
	"slices"
	"strings"
	"testing"
)

// labelledFile holds questions numbered in the notes, with labels besides
// the question's and the answer's.
const labelledFile = "testdata/labelled.md"

// The guide leads each question, and its bookmark, with the number the
// notes give it, and the cheat sheet shows it too; cards never do. Every
// layout shows what the other labels say.
func TestNumbersAndExtra(t *testing.T) {
	d := parseFile(t, labelledFile)
	for _, c := range []struct {
		layout  Layout
		numbers bool
	}{{Guide, true}, {Cheatsheet, true}, {Cards, false}} {
		t.Run(c.layout.String(), func(t *testing.T) {
			data, _ := exportPDF(t, &Exporter{Layout: c.layout}, d)
			words := strings.Fields(pdfText(t, data))
			for _, w := range []string{"12.", "Q3.", "第四题"} {
				if got := slices.Contains(words, w); got != c.numbers {
					t.Errorf("number %q shown: %v, want %v", w, got, c.numbers)
				}
			}
			text := strings.Join(words, "")
			for _, w := range []string{"出题人：张三／某公司资深工程师", "来源：李四的面试笔记，2023年秋招"} {
				if !strings.Contains(text, w) {
					t.Errorf("%q missing from the PDF", w)
				}
			}
		})
	}

	data, _ := exportPDF(t, &Exporter{Layout: Guide}, d)
	var doc struct {
		Outlines []outline `json:"outlines"`
	}
	if err := json.Unmarshal([]byte(run(t, "qpdf", "--json", "--json-key=outlines", writeTemp(t, data))), &doc); err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, o := range doc.Outlines {
		got = append(got, strings.Fields(o.Title)[0])
	}
	if want := []string{"12.", "Q3.", "第四题"}; !slices.Equal(got, want) {
		t.Errorf("bookmarks open with %q, want %q", got, want)
	}
}
