package export

import (
	"errors"
	"os"
	"testing"

	"github.com/flashmark/flashmark/notes"
)

// FuzzHTML parses arbitrary Markdown as notes and renders every body in
// both cloze styles: no panic, no error, and always well-formed XML with
// nothing that could run script.
func FuzzHTML(f *testing.F) {
	for _, c := range htmlCases {
		f.Add("# Q\n\n" + c.md)
	}
	for _, s := range []string{
		"<script>alert(1)</script>",
		"<img src=x onerror=alert(1)> <a href=\"javascript:alert(1)\">x</a> <svg onload=alert(1)>",
		"[x](javascript:alert(1)) ![y](vbscript:x) <iframe src=//evil>",
		"<span style=\"width: expression(alert(1))\">x</span>",
		"# Q {{c1::a {{c2::b}} ::h}} ==x== $y$\n\n$$\nz\n$$\n",
		"前言\n\n# 问题一\n中文\n中文，\n**粗**\n\n## 小节\n\n# 问题二\n---\n",
		"# Q\n\n<details>\n<summary>s</summary>\n\n*m*\n\n</details>\n\n<!-- c --> &#1; \x0b \uFFFE",
		"# Q\n\n| a | b |\n|---|---|\n| <b>x | `y|z` |\n\n- [ ] t\n",
		"# Q\n\n```go\nfunc f() {}\n```\n\n```\n<x>\n```\n",
		"# Q\n\n![a ![b](c.png)](d.png) [![e](f.png)](g) <img src=\"h.png\">\n",
	} {
		f.Add(s)
	}
	if seed, err := os.ReadFile("testdata/kubernetes-interview-notes.md"); err == nil && len(seed) > 4000 {
		f.Add(string(seed[:4000]))
	}
	styles := []*HTML{
		{},
		{MediaSrc: func(m notes.Media) (string, error) { return "m/" + m.Path, nil }},
		{MediaSrc: func(m notes.Media) (string, error) { return "", errors.New("left out") }},
	}
	f.Fuzz(func(t *testing.T, md string) {
		d, err := notes.Parse("fuzz.md", []byte(md))
		if err != nil {
			return // not notes: invalid UTF-8, nested too deeply, bad IDs
		}
		for _, b := range bodies(d) {
			for _, h := range styles {
				got, err := stringOf(h, b)
				if err != nil {
					t.Fatalf("%v\nbody: %q", err, b.Markdown())
				}
				if err := checkXHTML(got); err != nil {
					t.Fatalf("%v\nbody: %q\nhtml: %q", err, b.Markdown(), got)
				}
			}
		}
	})
}
