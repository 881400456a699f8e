package pdf

// rgb is a colour.
type rgb struct{ r, g, b uint8 }

var (
	black     = rgb{0x1a, 0x1a, 0x1a}
	grey      = rgb{0x70, 0x70, 0x70}
	lightGrey = rgb{0xc8, 0xc8, 0xc8}
	linkBlue  = rgb{0x1a, 0x5f, 0xb4}
	codeTint  = rgb{0xf3, 0xf3, 0xf0}
	clozeTint = rgb{0xff, 0xec, 0x9e}
	headTint  = rgb{0xe4, 0xec, 0xf6}
	quoteBar  = rgb{0xb0, 0xb8, 0xc4}
	boxRed    = rgb{0xc0, 0x20, 0x20}
)

// style is how a piece of text is drawn.
type style struct {
	size         float64 // points
	bold, italic bool
	mono         bool
	strike       bool
	underline    bool
	color        rgb
	bg           rgb
	hasBG        bool
	link         string // URL the text points to
}

// monoIndex is the index of the Go Mono face for the style in fontSet.mono.
func (s style) monoIndex() int {
	i := 0
	if s.bold {
		i |= 1
	}
	if s.italic {
		i |= 2
	}
	return i
}

// Vertical metrics, in ems: the height of a line of text, and where its
// baseline lies below the line's top. Noto Sans SC's ideographs rise
// about 0.88 em above the baseline and sink 0.12 em below it.
const (
	lineSpacing = 1.32
	ascent      = 0.88
	descent     = 0.12
)

// baseline returns the distance from the top of a line of height h whose
// largest text is size points to its baseline.
func baseline(h, size float64) float64 {
	return (h-size*lineSpacing)/2 + (lineSpacing-1)/2*size + ascent*size
}
