package pdf

import (
	"bytes"
	"image"
	"image/color"
	"image/gif"
	"image/jpeg"
	"image/png"
	"strings"
	"testing"
	"testing/fstest"
)

func encoded(t *testing.T, format string) []byte {
	t.Helper()
	var b bytes.Buffer
	rgba := image.NewRGBA(image.Rect(0, 0, 40, 20))
	for x := range 40 {
		rgba.Set(x, x/2, color.RGBA{200, 30, 30, 255})
	}
	var err error
	switch format {
	case "png":
		err = png.Encode(&b, rgba)
	case "png16": // 16 bits a channel: the PDF writer needs it re-encoded
		deep := image.NewRGBA64(rgba.Bounds())
		for x := range 40 {
			deep.Set(x, 3, color.RGBA64{0xffff, 0, 0, 0xffff})
		}
		err = png.Encode(&b, deep)
	case "jpeg":
		err = jpeg.Encode(&b, rgba, nil)
	case "gif":
		err = gif.Encode(&b, rgba, nil)
	}
	if err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// Local PNG, JPEG and GIF images are embedded once each; an image outside
// the media root, a missing one and a file that is no image are reported
// at their place and show their alt text; remote images and links are
// clickable.
func TestImages(t *testing.T) {
	media := fstest.MapFS{
		"a.png":   {Data: encoded(t, "png")},
		"b.jpg":   {Data: encoded(t, "jpeg")},
		"c.gif":   {Data: encoded(t, "gif")},
		"d.png":   {Data: encoded(t, "png16")},
		"bad.png": {Data: []byte("not an image")},
	}
	d := parseString(t, `# 图片

![甲](a.png) ![乙](b.jpg) ![丙](c.gif) ![丁](d.png) ![again](a.png)

![outside 外面](../secret.png)

![missing 缺失](missing.png)

![broken 坏图](bad.png)

![remote 远程](https://example.com/diagram.png) and a [link](https://example.com/docs).
`)
	for _, l := range layouts {
		data, sum := exportPDF(t, &Exporter{Layout: l, Media: media}, d)
		if sum.Media != 4 {
			t.Errorf("%s: %d images embedded, want 4", l, sum.Media)
		}
		var warnings []string
		for _, dg := range sum.Diagnostics {
			if dg.Severity > 0 {
				warnings = append(warnings, dg.String())
			}
		}
		want := []string{"test.md:5:1:", "test.md:7:1:", "test.md:9:1:"}
		if len(warnings) != len(want) {
			t.Fatalf("%s: warnings %q, want one at each of %q", l, warnings, want)
		}
		for i, w := range want {
			if !strings.HasPrefix(warnings[i], w) {
				t.Errorf("%s: warning %q, want it at %s", l, warnings[i], w)
			}
		}
		for _, uri := range []string{"(https://example.com/diagram.png)", "(https://example.com/docs)"} {
			if !bytes.Contains(data, []byte("/URI "+uri)) {
				t.Errorf("%s: no link to %s", l, uri)
			}
		}
		if l == Cheatsheet {
			text := pdfText(t, data)
			for _, alt := range []string{"外面", "缺失", "坏图", "远程"} {
				if !strings.Contains(text, alt) {
					t.Errorf("alt text %q not shown", alt)
				}
			}
		}
	}
}
