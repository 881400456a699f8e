package anki

import (
	"bytes"
	"context"
	"errors"
	"strings"
	"testing"

	"github.com/flashmark/flashmark/export"
	"github.com/flashmark/flashmark/notes"
)

// A panic on a goroutine the exporter starts, rendering a note or
// compressing the package, becomes an ErrInternal error; the program goes
// on.
func TestPanicInExportGoroutines(t *testing.T) {
	d := seed(t)
	var target *notes.Note
	for n := range d.All() {
		if n.Answered() {
			target = n
		}
	}
	for _, c := range []struct {
		name  string
		set   func()
		where string
	}{
		{"rendering", func() {
			testHookRender = func(n *notes.Note) {
				if n == target {
					panic("injected")
				}
			}
		}, "anki: note " + target.Pos.String()},
		{"packing", func() { testHookDeflate = func() { panic("injected") } }, "anki: compressing"},
	} {
		t.Run(c.name, func(t *testing.T) {
			c.set()
			defer func() { testHookRender, testHookDeflate = nil, nil }()
			var buf bytes.Buffer
			sum, err := (&Exporter{Time: testTime}).Export(context.Background(), &buf, d)
			if sum != nil || !errors.Is(err, export.ErrInternal) || !strings.HasPrefix(err.Error(), c.where) || !strings.Contains(err.Error(), "injected") {
				t.Fatalf("Export = %v, %v; want an ErrInternal error starting %q", sum, err, c.where)
			}
		})
	}
}
