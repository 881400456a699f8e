package pdf

import (
	"context"
	"math"
	"os"
	"testing"

	"github.com/flashmark/flashmark/notes"
)

// layoutPages lays d out with e, without drawing.
func layoutPages(t *testing.T, e *Exporter, d *notes.Deck) (*document, []page) {
	t.Helper()
	e.Time = fixedTime
	doc, pages, err := e.layout(context.Background(), d)
	if err != nil {
		t.Fatal(err)
	}
	return doc, pages
}

const eps = 0.01 // points

// Every line lies inside its box, and everything drawn on a line lies
// inside the line and the box: no text outside its column or card.
func TestGeometry(t *testing.T) {
	decks := map[string]*notes.Deck{"seed": parseFile(t, seedFile), "features": parseFile(t, "testdata/features.md")}
	for name, d := range decks {
		for _, e := range []Exporter{
			{Layout: Guide}, {Layout: Cheatsheet}, {Layout: Cards},
			{Layout: Cheatsheet, PageSize: A5, Columns: 2},
			{Layout: Cards, PageSize: Letter, Columns: 3, Rows: 3},
			{Layout: Guide, PageSize: A5, Orientation: Landscape},
		} {
			t.Run(name+"/"+e.Layout.String(), func(t *testing.T) {
				e.Media = os.DirFS("testdata")
				doc, pages := layoutPages(t, &e, d)
				if len(pages) == 0 {
					t.Fatal("no pages")
				}
				for i, pg := range pages {
					for _, pl := range pg.lines {
						checkPlaced(t, doc, i+1, pl)
					}
				}
			})
		}
	}
}

func checkPlaced(t *testing.T, doc *document, pageNo int, pl placed) {
	t.Helper()
	b := pl.box
	if b == nil {
		t.Fatalf("page %d: a line without a box", pageNo)
	}
	if b.page != pageNo {
		t.Errorf("page %d: a line of a box of page %d", pageNo, b.page)
	}
	if b.x < -eps || b.y < -eps || b.x+b.w > doc.cfg.pageW+eps || b.y+b.h > doc.cfg.pageH+eps {
		t.Errorf("page %d: box %+v off the page", pageNo, *b)
	}
	if pl.y < b.y-eps || pl.y+pl.l.h > b.y+b.h+eps {
		t.Errorf("page %d: line %s at y %.2f..%.2f outside its box %.2f..%.2f", pageNo, lineText(pl.l), pl.y, pl.y+pl.l.h, b.y, b.y+b.h)
	}
	for _, o := range pl.l.ops {
		x0, x1 := pl.x+o.x, pl.x+o.x+o.w
		y0, y1 := pl.y+o.y, pl.y+o.y+o.h
		if o.kind == opText {
			y0, y1 = pl.y+o.y-ascent*o.st.size, pl.y+o.y+descent*o.st.size
			if y0 < pl.y-eps || y1 > pl.y+pl.l.h+eps {
				t.Errorf("page %d: text %q sticks out of its line", pageNo, o.text)
			}
		}
		x0, x1 = math.Min(x0, x1), math.Max(x0, x1)
		if x0 < b.x-eps || x1 > b.x+b.w+eps || y0 < b.y-eps || y1 > b.y+b.h+eps {
			t.Errorf("page %d: %v op %q at (%.2f..%.2f, %.2f..%.2f) outside its box (%.2f..%.2f, %.2f..%.2f)",
				pageNo, o.kind, o.text, x0, x1, y0, y1, b.x, b.x+b.w, b.y, b.y+b.h)
		}
	}
}

func lineText(l line) string {
	s := ""
	for _, o := range l.ops {
		if o.kind == opText {
			s += o.text
		}
	}
	return s
}

// Each card's back is where its front is once the sheet is turned over
// its long edge: same row, mirrored column, so answers print behind
// their questions.
func TestCardsMirrored(t *testing.T) {
	d := parseFile(t, seedFile)
	for _, e := range []Exporter{{Layout: Cards}, {Layout: Cards, Columns: 3, Rows: 5, Margin: 5}} {
		doc, pages := layoutPages(t, &e, d)
		if len(pages)%2 != 0 {
			t.Fatalf("%d pages: fronts and backs do not pair", len(pages))
		}
		checked := 0
		for i := 0; i < len(pages); i += 2 {
			fronts, backs := cardBoxes(pages[i]), cardBoxes(pages[i+1])
			if len(fronts) != len(backs) {
				t.Fatalf("pages %d, %d: %d fronts, %d backs", i+1, i+2, len(fronts), len(backs))
			}
			for no, f := range fronts {
				b, ok := backs[no]
				if !ok {
					t.Fatalf("card %s has no back", no)
				}
				if math.Abs(f.x+f.w/2+b.x+b.w/2-doc.cfg.pageW) > eps || math.Abs(f.y-b.y) > eps || f.w != b.w || f.h != b.h {
					t.Errorf("card %s: front %+v, back %+v not mirrored", no, *f, *b)
				}
				checked++
			}
		}
		if checked != doc.summary.Cards || checked == 0 {
			t.Errorf("checked %d cards of %d", checked, doc.summary.Cards)
		}
	}
}

// cardBoxes returns the boxes of the cards of a page by card number (the
// small number in each card's corner).
func cardBoxes(pg page) map[string]*box {
	m := map[string]*box{}
	for _, pl := range pg.lines {
		if len(pl.l.ops) == 1 && pl.l.ops[0].kind == opText && pl.l.ops[0].st.color == lightGrey {
			m[pl.l.ops[0].text] = pl.box
		}
	}
	return m
}
