package pdf

import (
	"bytes"
	"os"
	"testing"
	"time"
)

// The same deck, options and Time give the same bytes, also after other
// documents were written in between (the PDF writer must not carry state
// from one document to the next), and another Time gives other bytes.
func TestDeterministic(t *testing.T) {
	seed := parseFile(t, seedFile)
	other := parseFile(t, "testdata/features.md")
	for _, l := range layouts {
		t.Run(l.String(), func(t *testing.T) {
			e := &Exporter{Layout: l, Media: os.DirFS("testdata")}
			first, _ := exportPDF(t, e, seed)
			exportPDF(t, &Exporter{Layout: l, Media: os.DirFS("testdata")}, other)
			second, _ := exportPDF(t, e, seed)
			if !bytes.Equal(first, second) {
				t.Error("two exports of the same deck differ")
			}
			later, _ := exportPDF(t, &Exporter{Layout: l, Time: fixedTime.Add(time.Hour)}, seed)
			if bytes.Equal(first, later) {
				t.Error("the creation date does not change the output")
			}
			if !bytes.Contains(first, []byte("D:20240301120000")) {
				t.Error("creation date not stamped from Time")
			}
		})
	}
}
