package epub

import (
	"bytes"
	"crypto/sha256"
	"image"
	"image/color"
	"image/png"
)

// Cover geometry, in pixels: a 2:3 page.
const (
	coverWidth  = 600
	coverHeight = 900
	coverCell   = 60 // a square of the pattern
)

// cover draws the book's cover image: a colour and a symmetric pattern of
// squares, both chosen by the book's identifier, so that each book looks
// its own in a reader's library and the same notes give the same cover.
// It draws no text, which would need fonts; the title page that follows
// carries the title.
func (b *builder) cover() []byte {
	sum := sha256.Sum256([]byte(b.id))
	hue := float64(sum[0]) / 256 * 360
	bg := hsl(hue, 0.45, 0.32)
	fg := hsl(hue, 0.55, 0.62)
	band := hsl(hue, 0.35, 0.92)
	img := image.NewPaletted(image.Rect(0, 0, coverWidth, coverHeight), color.Palette{bg, fg, band})

	// A light band across the upper third, where a title would go.
	fill(img, image.Rect(0, 150, coverWidth, 330), 2)
	// A 5×5 pattern mirrored left to right, centred below it.
	const n = 5
	left := (coverWidth - n*coverCell) / 2
	top := 420
	bit := 0
	for y := range n {
		for x := range (n + 1) / 2 {
			on := sum[1+bit/8]>>(bit%8)&1 == 1
			bit++
			if !on {
				continue
			}
			for _, cx := range []int{x, n - 1 - x} {
				r := image.Rect(left+cx*coverCell, top+y*coverCell, left+(cx+1)*coverCell, top+(y+1)*coverCell)
				fill(img, r.Inset(3), 1)
			}
		}
	}
	var buf bytes.Buffer
	// Encoding an in-memory image cannot fail.
	_ = (&png.Encoder{CompressionLevel: png.BestCompression}).Encode(&buf, img)
	return buf.Bytes()
}

func fill(img *image.Paletted, r image.Rectangle, index uint8) {
	for y := r.Min.Y; y < r.Max.Y; y++ {
		row := img.Pix[img.PixOffset(r.Min.X, y):img.PixOffset(r.Max.X, y)]
		for i := range row {
			row[i] = index
		}
	}
}

// hsl returns the colour of a hue (degrees), saturation and lightness.
func hsl(h, s, l float64) color.RGBA {
	c := (1 - abs(2*l-1)) * s
	hp := h / 60
	x := c * (1 - abs(mod2(hp)-1))
	var r, g, b float64
	switch {
	case hp < 1:
		r, g = c, x
	case hp < 2:
		r, g = x, c
	case hp < 3:
		g, b = c, x
	case hp < 4:
		g, b = x, c
	case hp < 5:
		r, b = x, c
	default:
		r, b = c, x
	}
	m := l - c/2
	to8 := func(v float64) uint8 { return uint8((v+m)*255 + 0.5) }
	return color.RGBA{to8(r), to8(g), to8(b), 255}
}

func abs(v float64) float64 {
	if v < 0 {
		return -v
	}
	return v
}

func mod2(v float64) float64 {
	for v >= 2 {
		v -= 2
	}
	return v
}
