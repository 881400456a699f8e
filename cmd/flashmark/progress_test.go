package main

import (
	"bytes"
	"strings"
	"testing"
	"time"
)

func TestProgressLine(t *testing.T) {
	for _, tc := range []struct {
		done, total int
		want        string
	}{
		{0, 10, "x.apkg [>                             ]   0% 0/10"},
		{5, 10, "x.apkg [===============>              ]  50% 5/10"},
		{10, 10, "x.apkg [==============================] 100% 10/10"},
		{12, 10, "x.apkg [==============================] 100% 10/10"},
		{7, 0, "x.apkg 7"},
	} {
		if got := progressLine("x.apkg", tc.done, tc.total); got != tc.want {
			t.Errorf("progressLine(%d, %d) = %q, want %q", tc.done, tc.total, got, tc.want)
		}
	}
}

// The bar stays silent for quick outputs, then redraws its line at most
// every progressInterval, and clears it at the end.
func TestProgressBar(t *testing.T) {
	var out bytes.Buffer
	now := time.Unix(0, 0)
	b := newProgressBar(&out)
	b.now = func() time.Time { return now }
	report := b.forOutput("big.apkg")

	report(1, 100)
	now = now.Add(progressDelay / 2)
	report(2, 100)
	if out.Len() != 0 {
		t.Fatalf("drew %q before progressDelay", out.String())
	}
	now = now.Add(progressDelay)
	report(30, 100)
	report(31, 100) // too soon: not drawn
	now = now.Add(progressInterval)
	report(60, 100)
	report(100, 100) // the end is always drawn
	b.done()
	got := out.String()
	for _, want := range []string{"\rbig.apkg [=========>", " 30% 30/100\x1b[K", " 60% 60/100\x1b[K", " 100% 100/100\x1b[K"} {
		if !strings.Contains(got, want) {
			t.Errorf("output %q lacks %q", got, want)
		}
	}
	if strings.Contains(got, "31/100") {
		t.Errorf("drew twice within progressInterval: %q", got)
	}
	if !strings.HasSuffix(got, "\r\x1b[K") {
		t.Errorf("line not cleared at the end: %q", got)
	}

	// A nil bar (not a terminal) reports nowhere.
	var none *progressBar
	if none.forOutput("x") != nil {
		t.Error("a nil bar gave a progress function")
	}
	none.done()
}
