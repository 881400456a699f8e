package epub

import (
	"bytes"
	"context"
	"os"
	"testing"
	"testing/fstest"

	"github.com/flashmark/flashmark/notes"
)

// FuzzPages builds the pages and contents of any notes, in both modes,
// and checks that each is well-formed XML without repeated ids or link
// markers left over: the rewriting of fragments (ids, links, math, images,
// data: URLs, cloze blanks) must hold for any input.
func FuzzPages(f *testing.F) {
	for _, file := range []string{seedFile, "testdata/rich/notes.md", "testdata/labelled.md"} {
		src, err := os.ReadFile(file)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(src, false)
	}
	for _, s := range []string{
		"# Q {#a}\n\n[x](#a) [y](#%E7%A4%BA) [z](#) <a href=\"#a\">raw</a>\n\n### 示 {#示}\n",
		"# {{c1::a::h<i>}} \\(\n\n\\[ $x$ \\) `\\(` ![a](data:image/png;base64,!!) <img src=\"//x/y.png\">",
		"# Q\n\n<div id=\"x\" id=\"y\"><mark class=\"cloze\"><b>deep</b></mark></div> <table width=1><td height=2>c",
		"## 第四题：Q {#a}\n**出题人**：<b id=\"a\">x</b> [y](#a)\n**参考答案**：z\n\n## 一、R\n#### 来源\n\n$w$\n",
		"# Q\n\n$$\n\\]\\)\n$$\n\n<img src=\"data:image/gif;base64,R0lGODlhAQABAAAAACw=\" width=3>",
	} {
		f.Add([]byte(s), true)
	}
	f.Fuzz(func(t *testing.T, src []byte, quiz bool) {
		d, err := notes.Parse("notes.md", src)
		if err != nil {
			return
		}
		e := &Exporter{Time: testTime, Media: fstest.MapFS{"a.png": {Data: []byte("\x89PNG\r\n\x1a\nxx")}}, IncludeUnanswered: true}
		if quiz {
			e.Mode = Quiz
		}
		b, err := e.newBuilder(d)
		if err != nil {
			t.Fatal(err)
		}
		if err := b.render(context.Background()); err != nil {
			t.Skip(err) // an error, not a panic, is acceptable
		}
		b.indexIDs()
		for _, p := range b.pages() {
			if bytes.IndexByte(p.body, 0) >= 0 {
				t.Fatalf("%s: a link marker is left", p.file)
			}
			doc := `<html xmlns="http://www.w3.org/1999/xhtml" xmlns:epub="http://www.idpf.org/2007/ops"><body>` +
				string(p.body) + "</body></html>"
			parsePage(t, p.file, []byte(doc))
		}
		parsePage(t, "nav.xhtml", b.nav())
	})
}
