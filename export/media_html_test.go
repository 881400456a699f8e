package export

import (
	"fmt"
	"regexp"
	"strings"
	"testing"

	"github.com/flashmark/flashmark/notes"
)

var srcRE = regexp.MustCompile(`<img src="([^"]*)"`)

// The i-th image rendered is b.Media[i], whatever surrounds it.
func TestMediaSrc(t *testing.T) {
	md := "![a](a.png) [![in link](sub/b.png)](https://x.example) ![remote](https://x.example/r.png)\n\n" +
		"- ![outer ![nested](nested.png) alt](c.png)\n" +
		"- {{c1::![in cloze](d.png)}} ![data](data:image/png;base64,iVBORw0KGgo=)\n\n" +
		"<img src=\"raw.png\">\n\n" +
		"| t |\n|---|\n| ![in table](%E5%9B%BE.png) |\n\n" +
		"![ref][r]\n\n[r]: e.png\n"
	body := answer(t, md)
	var calls []string
	h := &HTML{MediaSrc: func(m notes.Media) string {
		calls = append(calls, m.Ref)
		return fmt.Sprintf("m%d-%s", len(calls), m.Path)
	}}
	got, err := h.String(body)
	if err != nil {
		t.Fatal(err)
	}
	var srcs []string
	for _, m := range srcRE.FindAllStringSubmatch(got, -1) {
		srcs = append(srcs, m[1])
	}
	want := []string{
		"m1-a.png", "m2-sub/b.png", "https://x.example/r.png", "m3-c.png", "m4-d.png",
		"data:image/png;base64,iVBORw0KGgo=", "raw.png", "m5-%E5%9B%BE.png", "m6-e.png",
	}
	if strings.Join(srcs, " ") != strings.Join(want, " ") {
		t.Errorf("srcs:\n got %q\nwant %q\nin %s", srcs, want, got)
	}
	if len(calls) != 6 {
		t.Errorf("MediaSrc called for %q, want the 6 local images", calls)
	}
	if !strings.Contains(got, `alt="outer nested alt"`) {
		t.Errorf("nested image alt text lost: %s", got)
	}
	// Without MediaSrc, references stay as written (URL-escaped).
	plain, _ := new(HTML).String(body)
	if !strings.Contains(plain, `<img src="a.png" alt="a" />`) || !strings.Contains(plain, `src="%E5%9B%BE.png"`) {
		t.Errorf("without MediaSrc: %s", plain)
	}
}

// MediaSrc's answer is escaped as a URL and kept away from script URLs.
func TestMediaSrcEscaped(t *testing.T) {
	body := answer(t, "![a](a.png) ![b](b.png)")
	h := &HTML{MediaSrc: func(m notes.Media) string {
		if m.Ref == "a.png" {
			return `x"><script>alert(1)</script>&.png`
		}
		return "javascript:alert(1)"
	}}
	got, err := h.String(body)
	if err != nil {
		t.Fatal(err)
	}
	want := `<p><img src="x%22%3E%3Cscript%3Ealert(1)%3C/script%3E&amp;.png" alt="a" /> <img src="" alt="b" /></p>` + "\n"
	if got != want {
		t.Errorf("got  %s\nwant %s", got, want)
	}
	if err := checkXHTML(got); err != nil {
		t.Error(err)
	}
}

// MediaSrc also applies to bodies that go through the sanitiser.
func TestMediaSrcSanitised(t *testing.T) {
	body := answer(t, "<b>raw</b> ![a](dir/a.png)")
	got, err := (&HTML{MediaSrc: func(m notes.Media) string { return "0123abcd.png" }}).String(body)
	if err != nil {
		t.Fatal(err)
	}
	if want := `<p><b>raw</b> <img src="0123abcd.png" alt="a" /></p>`; strings.TrimSpace(got) != want {
		t.Errorf("got %q, want %q", got, want)
	}
}
