package pdf

import (
	"bytes"
	"context"
	"errors"
	"math"
	"testing"
)

func TestBadOptions(t *testing.T) {
	d := parseString(t, "# 问题\n\n答案\n")
	for _, tc := range []struct {
		name string
		e    Exporter
	}{
		{"layout", Exporter{Layout: 7}},
		{"page size", Exporter{PageSize: -1}},
		{"orientation", Exporter{Orientation: 5}},
		{"columns", Exporter{Layout: Cheatsheet, Columns: 40}},
		{"rows", Exporter{Layout: Cards, Rows: -2}},
		{"margin", Exporter{Margin: 500}},
		{"negative margin", Exporter{Margin: -1}},
		{"font size", Exporter{FontSize: 1}},
		{"NaN font size", Exporter{FontSize: math.NaN()}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var b bytes.Buffer
			_, err := tc.e.Export(context.Background(), &b, d)
			if !errors.Is(err, ErrOption) {
				t.Errorf("error %v, want ErrOption", err)
			}
			if b.Len() != 0 {
				t.Errorf("%d bytes written", b.Len())
			}
		})
	}
	if _, err := (&Exporter{}).Export(context.Background(), &bytes.Buffer{}, nil); !errors.Is(err, ErrOption) {
		t.Errorf("nil deck: %v", err)
	}
}

func TestParseLayout(t *testing.T) {
	for _, l := range layouts {
		got, err := ParseLayout(l.String())
		if err != nil || got != l {
			t.Errorf("ParseLayout(%q) = %v, %v", l, got, err)
		}
	}
	if _, err := ParseLayout("poster"); err == nil {
		t.Error("no error for an unknown layout")
	}
}

// The summary counts what each layout wrote: unanswered questions are
// skipped unless asked for, and then shown.
func TestSummary(t *testing.T) {
	d := parseFile(t, seedFile)
	c := d.Count()
	for _, l := range layouts {
		for _, all := range []bool{false, true} {
			_, sum := exportPDF(t, &Exporter{Layout: l, IncludeUnanswered: all}, d)
			wantNotes, wantSkipped := c.Answered, c.Unanswered()
			if all {
				wantNotes, wantSkipped = c.Notes, 0
			}
			if sum.Notes != wantNotes || sum.Skipped != wantSkipped {
				t.Errorf("%s, unanswered %v: %d notes, %d skipped; want %d, %d", l, all, sum.Notes, sum.Skipped, wantNotes, wantSkipped)
			}
			if l == Cards && sum.Cards < sum.Notes || sum.Cards == 0 {
				t.Errorf("%s: %d cards or pages for %d notes", l, sum.Cards, sum.Notes)
			}
		}
	}
}

// Cancelling stops the export with the context's error.
func TestCancel(t *testing.T) {
	d := parseFile(t, seedFile)
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	_, err := (&Exporter{Time: fixedTime}).Export(ctx, &bytes.Buffer{}, d)
	if !errors.Is(err, context.Canceled) {
		t.Errorf("error %v, want context.Canceled", err)
	}
}

// Progress reports every note, ending with done == total.
func TestProgress(t *testing.T) {
	d := parseFile(t, seedFile)
	var calls, last, total int
	e := &Exporter{Layout: Cheatsheet, Progress: func(done, tot int) { calls++; last, total = done, tot }}
	exportPDF(t, e, d)
	if total != d.Count().Notes || last != total || calls < total/2 {
		t.Errorf("%d calls, last %d/%d; %d notes", calls, last, total, d.Count().Notes)
	}
}
