package pdf

import (
	"encoding/json"
	"strings"
	"testing"
)

// Every layout passes qpdf's check and embeds every font it uses.
func TestValid(t *testing.T) {
	d := parseFile(t, seedFile)
	for _, l := range layouts {
		t.Run(l.String(), func(t *testing.T) {
			data, _ := exportPDF(t, &Exporter{Layout: l}, d)
			name := writeTemp(t, data)
			out := run(t, "qpdf", "--check", name)
			if !strings.Contains(out, "No syntax or stream encoding errors") {
				t.Errorf("qpdf --check:\n%s", out)
			}
			fonts := strings.Split(strings.TrimSpace(run(t, "pdffonts", name)), "\n")
			if len(fonts) < 3 {
				t.Fatalf("pdffonts lists no font:\n%s", strings.Join(fonts, "\n"))
			}
			// Columns: name type encoding emb sub uni object ID; the type
			// may hold a space ("CID TrueType").
			for _, f := range fonts[2:] {
				cols := strings.Fields(f)
				if n := len(cols); n < 6 || cols[n-5] != "yes" {
					t.Errorf("font not embedded: %s", f)
				}
			}
		})
	}
}

// The study guide's outline lists every section and every answered
// question, in order, pointing at pages after the table of contents.
func TestOutline(t *testing.T) {
	d := parseString(t, `---
question_level: 3
---
# Kubernetes

## Pods

### 什么是 Pod？

最小的调度单位。

### Why **sidecars**?

They share the pod's network.

## Services

### 什么是 Service？

稳定的访问入口。

### 没有答案的问题？
`)
	data, sum := exportPDF(t, &Exporter{IncludeUnanswered: true}, d)
	var doc struct {
		Outlines []outline `json:"outlines"`
	}
	if err := json.Unmarshal([]byte(run(t, "qpdf", "--json", "--json-key=outlines", writeTemp(t, data))), &doc); err != nil {
		t.Fatal(err)
	}
	var got []string
	var walk func([]outline, string)
	walk = func(os []outline, indent string) {
		for _, o := range os {
			got = append(got, indent+o.Title)
			if o.Page < 3 {
				t.Errorf("bookmark %q points at page %d, before the contents end", o.Title, o.Page)
			}
			walk(o.Kids, indent+"  ")
		}
	}
	walk(doc.Outlines, "")
	want := []string{"Pods", "  什么是 Pod？", "  Why sidecars?", "Services", "  什么是 Service？", "To do"}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("outline:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	if sum.Notes != 4 || sum.Skipped != 0 {
		t.Errorf("summary %+v", sum)
	}
}

type outline struct {
	Title string    `json:"title"`
	Page  int       `json:"destpageposfrom1"`
	Kids  []outline `json:"kids"`
}
