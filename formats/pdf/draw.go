package pdf

import (
	"context"
	"fmt"

	"codeberg.org/go-pdf/fpdf"
	"github.com/flashmark/flashmark/export"
)

// italicSkew is the slant, in degrees, given to italic text in a face
// without an italic.
const italicSkew = 12

// A drawer turns placed lines into PDF operators, setting fonts and
// colours only when they change.
type drawer struct {
	pdf        *fpdf.Fpdf
	registered map[*face]bool
	face       *face
	size       float64
	text       rgb
	textSet    bool
}

// draw writes the pages.
func (d *document) draw(ctx context.Context, pages []page) error {
	dr := &drawer{pdf: d.pdf, registered: map[*face]bool{}}
	marks := d.links(pages)
	for i, pg := range pages {
		if i%16 == 0 {
			if err := ctx.Err(); err != nil {
				return err
			}
		}
		d.pdf.AddPage()
		dr.face, dr.textSet = nil, false
		for _, pl := range pg.lines {
			if m := pl.l.mark; m != nil && m.title != "" {
				d.pdf.Bookmark(m.title, m.level, pl.y)
			}
			for _, o := range pl.l.ops {
				if err := dr.op(pl.x, pl.y, o, marks); err != nil {
					return err
				}
			}
		}
		if err := d.pdf.Error(); err != nil {
			return fmt.Errorf("pdf: page %d: %w: %v", i+1, export.ErrInternal, err)
		}
	}
	return nil
}

// links defines the targets of internal links (a table of contents'
// entries) and returns the link ids by target.
func (d *document) links(pages []page) map[*mark]int {
	ids := map[*mark]int{}
	for _, pg := range pages {
		for _, pl := range pg.lines {
			for _, o := range pl.l.ops {
				if m := o.target; m != nil && ids[m] == 0 && m.page > 0 {
					id := d.pdf.AddLink()
					d.pdf.SetLink(id, m.y, m.page)
					ids[m] = id
				}
			}
		}
	}
	return ids
}

func (dr *drawer) op(x, y float64, o op, links map[*mark]int) error {
	p := dr.pdf
	x, y = x+o.x, y+o.y
	switch o.kind {
	case opText:
		if err := dr.setFont(o.face, o.st.size); err != nil {
			return err
		}
		if c := o.st.color; !dr.textSet || c != dr.text {
			p.SetTextColor(int(c.r), int(c.g), int(c.b))
			dr.text, dr.textSet = c, true
		}
		if o.st.italic && o.face.family != "mono" {
			p.TransformBegin()
			p.TransformSkewX(italicSkew, x, y)
			p.Text(x, y, o.text)
			p.TransformEnd()
		} else {
			p.Text(x, y, o.text)
		}
	case opFill:
		p.SetFillColor(int(o.color.r), int(o.color.g), int(o.color.b))
		p.Rect(x, y, o.w, o.h, "F")
	case opRule:
		p.SetDrawColor(int(o.color.r), int(o.color.g), int(o.color.b))
		p.SetLineWidth(0.5)
		p.Line(x, y, x+o.w, y+o.h)
	case opImage:
		p.ImageOptions(o.text, x, y, o.w, o.h, false, fpdf.ImageOptions{}, 0, "")
	case opLink:
		if o.target != nil {
			if id := links[o.target]; id != 0 {
				p.Link(x, y, o.w, o.h, id)
			}
		} else if o.text != "" {
			p.LinkString(x, y, o.w, o.h, o.text)
		}
	}
	return nil
}

// setFont selects a face, registering it in the document on first use:
// parsing a font costs milliseconds, so faces no text uses are not.
func (dr *drawer) setFont(f *face, size float64) error {
	if dr.face == f && dr.size == size {
		return nil
	}
	if !dr.registered[f] {
		// The PDF writer modifies the bytes it is given while it writes
		// the font subset; give it a copy, so that the next document
		// starts from the same font.
		dr.pdf.AddUTF8FontFromBytes(f.family, f.style, append([]byte(nil), f.data...))
		dr.registered[f] = true
	}
	dr.pdf.SetFont(f.family, f.style, size)
	if err := dr.pdf.Error(); err != nil {
		return fmt.Errorf("pdf: font %s %s: %w", f.family, f.style, err)
	}
	dr.face, dr.size = f, size
	return nil
}
