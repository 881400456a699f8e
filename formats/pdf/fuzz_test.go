package pdf

import (
	"bytes"
	"context"
	"os"
	"testing"

	"github.com/flashmark/flashmark/notes"
	"golang.org/x/image/font/gofont/goregular"
)

// Any notes the parser accepts lay out in every layout, and export in
// one of them, without error or panic. (Writing a PDF parses its fonts,
// which instrumented fuzzing makes slow: one export per input.)
func FuzzExport(f *testing.F) {
	for _, name := range []string{"testdata/features.md", "testdata/unshowable.md", labelledFile} {
		src, err := os.ReadFile(name)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(string(src))
	}
	f.Add("# 问\n\n| a |\n| - |\n| " + string(make([]byte, 0)) + "很长很长的单元格 |\n")
	f.Add("# q\n\n![](data:image/png;base64,iVBORw0KGgo=)\n\n<img src=x.png>\n\n- [ ] \n-\n\n1)\n")
	f.Fuzz(func(t *testing.T, src string) {
		d, err := notes.Parse("fuzz.md", []byte(src))
		if err != nil {
			return
		}
		for _, l := range layouts {
			e := &Exporter{Layout: l, Time: fixedTime, IncludeUnanswered: true, Media: os.DirFS("testdata")}
			if _, _, err := e.layout(context.Background(), d); err != nil {
				t.Fatalf("%s: %v", l, err)
			}
		}
		e := &Exporter{Layout: layouts[len(src)%len(layouts)], Time: fixedTime, Media: os.DirFS("testdata")}
		if _, err := e.Export(context.Background(), &bytes.Buffer{}, d); err != nil {
			t.Fatalf("%s: %v", e.Layout, err)
		}
	})
}

// A caller's font bytes, whatever they hold, give a PDF or an error,
// never a panic.
func FuzzFont(f *testing.F) {
	f.Add(goregular.TTF[:4096])
	f.Add([]byte("\x00\x01\x00\x00\x00\x01\x00\x00\x00\x00\x00\x00head"))
	d, err := notes.Parse("f.md", []byte("# Q\n\nA 答\n"))
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		e := &Exporter{Layout: Cheatsheet, Time: fixedTime, Fonts: []Font{{Regular: data}}}
		e.Export(context.Background(), &bytes.Buffer{}, d)
	})
}
