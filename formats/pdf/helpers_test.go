package pdf

import (
	"bytes"
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
	"time"

	"github.com/flashmark/flashmark/export"
	"github.com/flashmark/flashmark/internal/testtool"
	"github.com/flashmark/flashmark/notes"
)

var layouts = []Layout{Guide, Cheatsheet, Cards}

// fixedTime stamps the documents tests write.
var fixedTime = time.Date(2024, 3, 1, 12, 0, 0, 0, time.UTC)

const seedFile = "testdata/kubernetes-interview-notes.md"

// parseFile parses a Markdown file of testdata.
func parseFile(t testing.TB, name string) *notes.Deck {
	t.Helper()
	src, err := os.ReadFile(name)
	if err != nil {
		t.Fatal(err)
	}
	d, err := notes.Parse(filepath.Base(name), src)
	if err != nil {
		t.Fatal(err)
	}
	return d
}

func parseString(t testing.TB, src string) *notes.Deck {
	t.Helper()
	d, err := notes.Parse("test.md", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	return d
}

// exportPDF exports d with e and returns the PDF.
func exportPDF(t testing.TB, e *Exporter, d *notes.Deck) ([]byte, *export.Summary) {
	t.Helper()
	if e.Time.IsZero() {
		e.Time = fixedTime
	}
	var b bytes.Buffer
	sum, err := e.Export(context.Background(), &b, d)
	if err != nil {
		t.Fatal(err)
	}
	return b.Bytes(), sum
}

// writeTemp writes a PDF to a temporary file for an outside tool.
func writeTemp(t testing.TB, data []byte) string {
	t.Helper()
	name := filepath.Join(t.TempDir(), "out.pdf")
	if err := os.WriteFile(name, data, 0o644); err != nil {
		t.Fatal(err)
	}
	return name
}

// run runs the outside tool with args and returns its standard output.
func run(t testing.TB, tool string, args ...string) string {
	t.Helper()
	path := testtool.Look(t, tool)
	var stderr bytes.Buffer
	cmd := exec.Command(path, args...)
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("%s %v: %v\n%s%s", tool, args, err, out, stderr.Bytes())
	}
	return string(out)
}
