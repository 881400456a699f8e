package pdf

import (
	"bytes"
	"encoding/base64"
	"errors"
	"fmt"
	"image"
	"image/draw"
	_ "image/gif" // images notes show
	_ "image/jpeg"
	"image/png"
	"net/url"
	"strings"

	"codeberg.org/go-pdf/fpdf"
	"github.com/flashmark/flashmark/export"
	"github.com/flashmark/flashmark/notes"
	"github.com/yuin/goldmark/ast"
)

// errImageFormat reports an image the PDF cannot embed.
var errImageFormat = errors.New("not a PNG, JPEG or GIF image")

// maxImagePixels bounds the images decoded again (interlaced PNGs): a
// small file can claim a huge size.
const maxImagePixels = 40 << 20

// A picture is an image registered in the document: its name there and
// its natural size in points (at 96 pixels an inch).
type picture struct {
	name string
	w, h float64
	err  error
}

// imageNode draws a local image scaled to fit the column, with its alt text
// under it; a remote image, or one that cannot be read, shows as its alt
// text linking to its URL.
func imageNode(f *flow, n ast.Node, st style) {
	img := n.(*ast.Image)
	m, ok := f.body.MediaOf(n, string(img.Destination))
	if ok && f.picture(m) {
		st.color, st.size = grey, st.size*0.85
		f.inlines(n, st)
		return
	}
	st = linkStyle(st, string(img.Destination))
	if img.FirstChild() == nil {
		f.cur.add(string(img.Destination), st, -1)
		return
	}
	f.inlines(n, st)
}

// picture draws the local or data image m on lines of its own, ending the
// text gathered so far, and reports whether it did. An image that cannot
// be read gets a diagnostic.
func (f *flow) picture(m notes.Media) bool {
	if f.inCell || m.Kind == notes.Remote {
		return false
	}
	p := f.doc.picture(m)
	if p.err != nil {
		f.doc.diag(export.MediaDiagnostic(m, p.err))
		return false
	}
	f.flushText()
	w, h := p.w, p.h
	if s := min(1, f.avail()/w, f.maxH/h); s < 1 {
		w, h = w*s, h*s
	}
	f.add(line{h: h + 0.2*f.size, w: w, ops: []op{{kind: opImage, x: f.left, y: 0.1 * f.size, w: w, h: h, text: p.name}}})
	return true
}

// picture registers the image m in the PDF once and returns it.
func (d *document) picture(m notes.Media) picture {
	key := m.Kind.String() + ":" + m.Path + m.Ref
	if p, ok := d.pictures[key]; ok {
		return p
	}
	p := d.register(m, key)
	d.pictures[key] = p
	return p
}

func (d *document) register(m notes.Media, key string) picture {
	var data []byte
	var err error
	if m.Kind == notes.Data {
		data, err = dataURL(m.Ref)
	} else {
		data, err = export.ReadMedia(d.media, m)
	}
	if err != nil {
		return picture{err: err}
	}
	data, kind, err := embeddable(data)
	if err != nil {
		return picture{err: &export.MediaError{Media: m, Err: err}}
	}
	name := fmt.Sprintf("img%d", len(d.pictures)+1)
	info := d.pdf.RegisterImageOptionsReader(name, fpdfImageOptions(kind), bytes.NewReader(data))
	if err := d.pdf.Error(); err != nil || info == nil {
		// The image passed our checks but not the PDF writer's: that is
		// our bug; the document cannot be written.
		d.fatal = fmt.Errorf("pdf: image %s: %w: %v", m.Pos, export.ErrInternal, err)
		return picture{err: errImageFormat}
	}
	d.summary.Media++
	wd, ht := info.Extent()
	return picture{name: name, w: wd * 0.75, h: ht * 0.75}
}

// embeddable checks that data is an image the PDF writer takes, decoding
// and encoding again a PNG it does not (interlaced, 16 bits a channel). It
// returns the data and its format.
func embeddable(data []byte) ([]byte, string, error) {
	cfg, kind, err := image.DecodeConfig(bytes.NewReader(data))
	if err != nil {
		return nil, "", errImageFormat
	}
	if cfg.Width <= 0 || cfg.Height <= 0 || cfg.Width*cfg.Height > maxImagePixels {
		return nil, "", fmt.Errorf("%w: %d×%d pixels", errImageFormat, cfg.Width, cfg.Height)
	}
	switch kind {
	case "jpeg", "gif":
		return data, kind, nil
	case "png":
		// IHDR: bit depth at byte 24, interlace method at byte 28.
		if len(data) > 28 && data[24] <= 8 && data[28] == 0 {
			return data, kind, nil
		}
		img, err := png.Decode(bytes.NewReader(data))
		if err != nil {
			return nil, "", errImageFormat
		}
		rgba := image.NewNRGBA(img.Bounds())
		draw.Draw(rgba, rgba.Bounds(), img, img.Bounds().Min, draw.Src)
		var b bytes.Buffer
		if err := png.Encode(&b, rgba); err != nil {
			return nil, "", err
		}
		return b.Bytes(), kind, nil
	}
	return nil, "", errImageFormat
}

func fpdfImageOptions(kind string) fpdf.ImageOptions {
	return fpdf.ImageOptions{ImageType: map[string]string{"jpeg": "JPG", "png": "PNG", "gif": "GIF"}[kind]}
}

// dataURL decodes a base64 data: URL.
func dataURL(ref string) ([]byte, error) {
	_, payload, ok := strings.Cut(ref, ",")
	if !ok || !strings.Contains(strings.ToLower(ref[:len(ref)-len(payload)]), ";base64") {
		return nil, errImageFormat
	}
	payload, err := url.PathUnescape(payload)
	if err != nil {
		return nil, errImageFormat
	}
	return base64.RawStdEncoding.DecodeString(strings.TrimRight(strings.Join(strings.Fields(payload), ""), "="))
}
