package pdf

import (
	"crypto/sha256"
	_ "embed"
	"errors"
	"fmt"
	"sync"

	"golang.org/x/image/font"
	"golang.org/x/image/font/gofont/gomono"
	"golang.org/x/image/font/gofont/gomonobold"
	"golang.org/x/image/font/gofont/gomonobolditalic"
	"golang.org/x/image/font/gofont/gomonoitalic"
	"golang.org/x/image/font/sfnt"
	"golang.org/x/image/math/fixed"
)

// The default text face: Noto Sans SC cut down to GB 2312, Latin and
// punctuation by fonts/subset.sh.
var (
	//go:embed fonts/NotoSansSC-Regular-subset.ttf
	notoRegular []byte
	//go:embed fonts/NotoSansSC-Bold-subset.ttf
	notoBold []byte
)

// A Font is a TrueType font (a .ttf file; not a .ttc collection nor a
// CFF-based .otf) that text is drawn with.
type Font struct {
	// Regular is the font file of the normal weight. It is required.
	Regular []byte
	// Bold is the font file of the bold weight; when nil, bold text is
	// drawn with Regular.
	Bold []byte
}

// ErrFont reports font bytes that are not a usable TrueType font.
var ErrFont = errors.New("not a usable TrueType font")

// A face is one font file registered in a document under family and style.
type face struct {
	family, style string
	data          []byte
	m             *metrics
}

// metrics are what layout needs from a font file: the advance width of
// every character of the Basic Multilingual Plane, in thousandths of an em,
// rounded as the PDF writer rounds them.
type metrics struct {
	adv []uint16 // missing marks a character without a glyph
}

const missing = 0xFFFF

func (m *metrics) has(r rune) bool { return r < 0x10000 && m.adv[r] != missing }

// width returns the advance of r in thousandths of an em.
func (m *metrics) width(r rune) float64 { return float64(m.adv[r]) }

// metricsCache keeps the metrics of font files already measured, by the
// SHA-256 of their bytes: measuring a CJK font reads tens of thousands of
// glyphs. It holds at most maxCachedFonts entries.
var metricsCache = struct {
	sync.Mutex
	m map[[32]byte]*metrics
}{m: map[[32]byte]*metrics{}}

const maxCachedFonts = 16

// measure returns the metrics of a TrueType font file.
func measure(data []byte) (*metrics, error) {
	key := sha256.Sum256(data)
	metricsCache.Lock()
	m, ok := metricsCache.m[key]
	metricsCache.Unlock()
	if ok {
		return m, nil
	}
	m, err := parseMetrics(data)
	if err != nil {
		return nil, err
	}
	metricsCache.Lock()
	if len(metricsCache.m) >= maxCachedFonts {
		clear(metricsCache.m)
	}
	metricsCache.m[key] = m
	metricsCache.Unlock()
	return m, nil
}

func parseMetrics(data []byte) (*metrics, error) {
	if len(data) < 4 || string(data[:4]) != "\x00\x01\x00\x00" && string(data[:4]) != "true" {
		// The PDF writer reads TrueType outlines only: not "OTTO" (CFF)
		// nor "ttcf" (a collection).
		return nil, fmt.Errorf("%w: the file does not hold TrueType outlines", ErrFont)
	}
	if missing := missingTables(data); missing != "" {
		// The PDF writer would print its complaint and go on.
		return nil, fmt.Errorf("%w: no %q table", ErrFont, missing)
	}
	f, err := sfnt.Parse(data)
	if err != nil {
		return nil, fmt.Errorf("%w: %v", ErrFont, err)
	}
	upem := int(f.UnitsPerEm())
	if upem <= 0 {
		return nil, fmt.Errorf("%w: no units per em", ErrFont)
	}
	var buf sfnt.Buffer
	m := &metrics{adv: make([]uint16, 0x10000)}
	ppem := fixed.Int26_6(upem << 6)
	for r := range rune(0x10000) {
		m.adv[r] = missing
		if r < 0x20 || r >= 0xD800 && r < 0xE000 {
			continue // controls and surrogates are never drawn
		}
		g, err := f.GlyphIndex(&buf, r)
		if err != nil || g == 0 {
			continue
		}
		a, err := f.GlyphAdvance(&buf, g, ppem, font.HintingNone)
		if err != nil {
			continue
		}
		w := int(float64(a)/64*1000/float64(upem) + 0.5)
		m.adv[r] = uint16(min(max(w, 0), missing-1))
	}
	return m, nil
}

// family is a text font in its weights, with its metrics.
type family struct {
	regular, bold *face
}

// fontSet is every face a document draws with: the text families in the
// order they are tried, and the code faces.
type fontSet struct {
	text []family
	// mono is Go Mono: regular, bold, italic, bold italic.
	mono  [4]*face
	all   []*face
	boxed *face // the face the replacement box is drawn with
}

// defaultFonts are the embedded faces, measured once.
var defaultFonts = sync.OnceValues(func() (*fontSet, error) {
	var s fontSet
	add := func(family, style string, data []byte) (*face, error) {
		m, err := measure(data)
		if err != nil {
			return nil, fmt.Errorf("pdf: embedded font %s %s: %w", family, style, err)
		}
		f := &face{family: family, style: style, data: data, m: m}
		s.all = append(s.all, f)
		return f, nil
	}
	var err error
	var reg, bold *face
	if reg, err = add("noto", "", notoRegular); err != nil {
		return nil, err
	}
	if bold, err = add("noto", "B", notoBold); err != nil {
		return nil, err
	}
	s.text = []family{{regular: reg, bold: bold}}
	s.boxed = reg
	for i, src := range [][]byte{gomono.TTF, gomonobold.TTF, gomonoitalic.TTF, gomonobolditalic.TTF} {
		if s.mono[i], err = add("mono", []string{"", "B", "I", "BI"}[i], src); err != nil {
			return nil, err
		}
	}
	return &s, nil
})

// newFontSet returns the faces of a document whose caller gave fonts:
// those first, then the defaults.
func newFontSet(user []Font) (*fontSet, error) {
	def, err := defaultFonts()
	if err != nil {
		return nil, err
	}
	if len(user) == 0 {
		return def, nil
	}
	s := &fontSet{mono: def.mono, boxed: def.boxed}
	for i, f := range user {
		var fam family
		for j, data := range [][]byte{f.Regular, f.Bold} {
			if data == nil && j == 1 {
				fam.bold = fam.regular
				continue
			}
			m, err := measure(data)
			if err != nil {
				return nil, fmt.Errorf("pdf: Fonts[%d]: %w", i, err)
			}
			fc := &face{family: fmt.Sprintf("user%d", i), style: []string{"", "B"}[j], data: data, m: m}
			s.all = append(s.all, fc)
			if j == 0 {
				fam.regular = fc
			} else {
				fam.bold = fc
			}
		}
		s.text = append(s.text, fam)
	}
	s.text = append(s.text, def.text...)
	s.all = append(s.all, def.all...)
	return s, nil
}

// faceFor returns the face that draws r in the style st, or nil when no
// face has it.
func (s *fontSet) faceFor(r rune, st style) *face {
	if st.mono {
		f := s.mono[st.monoIndex()]
		if f.m.has(r) {
			return f
		}
	}
	for _, fam := range s.text {
		f := fam.regular
		if st.bold {
			f = fam.bold
		}
		if f.m.has(r) {
			return f
		}
		if f != fam.regular && fam.regular.m.has(r) {
			return fam.regular
		}
	}
	return nil
}

// missingTables returns the first table that the PDF writer needs and the
// font file lacks, or "".
func missingTables(data []byte) string {
	have := map[string]bool{}
	if len(data) >= 12 {
		n := int(data[4])<<8 | int(data[5])
		for i := range n {
			rec := 12 + 16*i
			if rec+16 > len(data) {
				break
			}
			have[string(data[rec:rec+4])] = true
		}
	}
	for _, t := range []string{"head", "hhea", "maxp", "hmtx", "cmap", "name", "OS/2", "post", "glyf", "loca"} {
		if !have[t] {
			return t
		}
	}
	return ""
}
