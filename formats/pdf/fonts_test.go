package pdf

import (
	"errors"
	"strings"
	"testing"

	"golang.org/x/image/font/gofont/goregular"
	"golang.org/x/image/font/sfnt"
)

// The embedded fonts have a glyph for every character of the seed's
// answered notes, as their character maps say.
func TestSeedCoverage(t *testing.T) {
	d := parseFile(t, seedFile)
	for name, data := range map[string][]byte{"regular": notoRegular, "bold": notoBold} {
		f, err := sfnt.Parse(data)
		if err != nil {
			t.Fatal(err)
		}
		var buf sfnt.Buffer
		var missing []string
		for r := range runeCounts(sourceText(d)) {
			if g, err := f.GlyphIndex(&buf, r); err != nil || g == 0 {
				missing = append(missing, string(r))
			}
		}
		if len(missing) > 0 {
			t.Errorf("%s lacks %s", name, strings.Join(missing, " "))
		}
	}
	if n := len(notoRegular) + len(notoBold); n > 6<<20 {
		t.Errorf("embedded fonts take %d bytes", n)
	}
}

// A caller's font is tried first and embedded; bytes that are not a
// TrueType font are refused before anything is written.
func TestUserFonts(t *testing.T) {
	d := parseString(t, "# Question\n\nAnswer 答案\n")
	data, _ := exportPDF(t, &Exporter{Fonts: []Font{{Regular: goregular.TTF}}}, d)
	out := run(t, "pdffonts", writeTemp(t, data))
	if !strings.Contains(out, "user0") {
		t.Errorf("the caller's font is not used:\n%s", out)
	}
	if !strings.Contains(out, "noto") {
		t.Errorf("the Chinese characters did not fall back to the default font:\n%s", out)
	}
	for _, bad := range [][]byte{nil, []byte("OTTO...."), []byte("ttcf\x00\x01\x00\x00"), append([]byte("\x00\x01\x00\x00"), make([]byte, 64)...)} {
		_, err := newFontSet([]Font{{Regular: bad}})
		if !errors.Is(err, ErrFont) {
			t.Errorf("font %q: error %v, want ErrFont", bad, err)
		}
	}
}
