package export

import (
	"fmt"
	"io/fs"
	"regexp"
	"strings"
	"testing"

	"github.com/flashmark/flashmark/notes"
)

var srcRE = regexp.MustCompile(`<img src="([^"]*)"`)

// Every local image, Markdown or raw HTML, gets its src from MediaSrc,
// found through the node it belongs to, whatever surrounds it.
func TestMediaSrc(t *testing.T) {
	md := "![a](a.png) [![in link](sub/b.png)](https://x.example) ![remote](https://x.example/r.png)\n\n" +
		"- ![outer ![nested](nested.png) alt](c.png)\n" +
		"- {{c1::![in cloze](d.png)}} ![data](data:image/png;base64,iVBORw0KGgo=)\n\n" +
		"<img src=\"raw.png\" width=300>\n\n" +
		"| t |\n|---|\n| ![in table](%E5%9B%BE.png) |\n\n" +
		"![ref][r]\n\n[r]: e.png\n"
	body := answer(t, md)
	var calls []string
	h := &HTML{MediaSrc: func(m notes.Media) (string, error) {
		calls = append(calls, m.Ref)
		return fmt.Sprintf("m%d-%s", len(calls), m.Path), nil
	}}
	got, diags, err := h.String(body)
	if err != nil || len(diags) != 0 {
		t.Fatal(err, diags)
	}
	var srcs []string
	for _, m := range srcRE.FindAllStringSubmatch(got, -1) {
		srcs = append(srcs, m[1])
	}
	// Markdown images are rendered first; raw HTML goes through the
	// sanitiser afterwards, so raw.png is the last call.
	want := []string{
		"m1-a.png", "m2-sub/b.png", "https://x.example/r.png", "m3-c.png", "m4-d.png",
		"data:image/png;base64,iVBORw0KGgo=", "m7-raw.png", "m5-%E5%9B%BE.png", "m6-e.png",
	}
	if strings.Join(srcs, " ") != strings.Join(want, " ") {
		t.Errorf("srcs:\n got %q\nwant %q\nin %s", srcs, want, got)
	}
	if len(calls) != 7 {
		t.Errorf("MediaSrc called for %q, want the 7 local images", calls)
	}
	if !strings.Contains(got, `alt="outer nested alt"`) {
		t.Errorf("nested image alt text lost: %s", got)
	}
	if !strings.Contains(got, `width="300"`) {
		t.Errorf("raw image lost its width: %s", got)
	}
	// Without MediaSrc, references stay as written (URL-escaped).
	plain, _ := stringOf(new(HTML), body)
	if !strings.Contains(plain, `<img src="a.png" alt="a" />`) || !strings.Contains(plain, `src="%E5%9B%BE.png"`) {
		t.Errorf("without MediaSrc: %s", plain)
	}
}

// An image MediaSrc leaves out shows its alt text, or its file name, and
// is reported at its position; no <img src=""> is ever written.
func TestMediaLeftOut(t *testing.T) {
	body := answer(t, "![架构图](img/arch.png) ![](img/empty-alt.png)\n\n<b>x</b> <img src=\"raw.png\" alt=\"原始\">\n\n![x](javascript:alert(1))")
	h := &HTML{MediaSrc: func(m notes.Media) (string, error) { return "", fs.ErrNotExist }}
	got, diags, err := h.String(body)
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range []string{`<span class="missing-image">架构图</span>`, `<span class="missing-image">empty-alt.png</span>`, `<span class="missing-image">原始</span>`, `<span class="missing-image">x</span>`} {
		if !strings.Contains(got, s) {
			t.Errorf("no %s in %s", s, got)
		}
	}
	if strings.Contains(got, "<img") {
		t.Errorf("an image left out is still an <img>: %s", got)
	}
	var msgs []string
	for _, d := range diags {
		msgs = append(msgs, d.String())
	}
	want := []string{
		"notes.md:3:1: warning: image img/arch.png left out: file img/arch.png not found",
		"notes.md:3:28: warning: image img/empty-alt.png left out: file img/empty-alt.png not found",
		"notes.md:7:1: warning: image javascript:alert(1) left out: unsafe URL",
		"notes.md:5:10: warning: image raw.png left out: file raw.png not found",
	}
	if strings.Join(msgs, "\n") != strings.Join(want, "\n") {
		t.Errorf("diagnostics:\n%s\nwant\n%s", strings.Join(msgs, "\n"), strings.Join(want, "\n"))
	}
}

// MediaSrc also applies to bodies that go through the sanitiser.
func TestMediaSrcSanitised(t *testing.T) {
	body := answer(t, "<b>raw</b> ![a](dir/a.png)")
	got, err := stringOf(&HTML{MediaSrc: func(m notes.Media) (string, error) { return "0123abcd.png", nil }}, body)
	if err != nil {
		t.Fatal(err)
	}
	if want := `<p><b>raw</b> <img src="0123abcd.png" alt="a" /></p>`; strings.TrimSpace(got) != want {
		t.Errorf("got %q, want %q", got, want)
	}
}
