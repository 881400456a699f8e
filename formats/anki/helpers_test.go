package anki

import (
	"bytes"
	"context"
	"os"
	"testing"
	"time"

	"github.com/flashmark/flashmark/export"
	"github.com/flashmark/flashmark/notes"
)

// testTime is the fixed time of test exports.
var testTime = time.Date(2026, 3, 1, 8, 30, 0, 0, time.UTC)

// parse parses Markdown as the file name, failing the test on error.
func parse(t testing.TB, name, src string) *notes.Deck {
	t.Helper()
	d, err := notes.Parse(name, []byte(src))
	if err != nil {
		t.Fatalf("parse %s: %v", name, err)
	}
	return d
}

// seed parses the reference notes.
func seed(t testing.TB) *notes.Deck {
	t.Helper()
	src, err := os.ReadFile("testdata/kubernetes-interview-notes.md")
	if err != nil {
		t.Fatal(err)
	}
	return parse(t, "kubernetes-interview-notes.md", string(src))
}

// export writes d with e (its Time fixed when zero), checks the package
// and returns its bytes, the summary and the package read back.
func exportDeck(t testing.TB, e *Exporter, d *notes.Deck) ([]byte, *export.Summary, *pkg) {
	t.Helper()
	if e == nil {
		e = &Exporter{}
	}
	if e.Time.IsZero() {
		e.Time = testTime
	}
	var buf bytes.Buffer
	sum, err := e.Export(context.Background(), &buf, d)
	if err != nil {
		t.Fatalf("export: %v", err)
	}
	return buf.Bytes(), sum, checkPackage(t, buf.Bytes())
}

// warnings returns the summary's diagnostics of severity Warning, as
// strings: the parser's remarks (unanswered questions) are Info.
func warnings(sum *export.Summary) []string {
	var w []string
	for _, d := range sum.Diagnostics {
		if d.Severity >= notes.Warning {
			w = append(w, d.String())
		}
	}
	return w
}
