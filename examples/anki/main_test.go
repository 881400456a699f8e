package main

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/flashmark/flashmark/export"
	"github.com/flashmark/flashmark/formats/anki"
	"github.com/flashmark/flashmark/notes"
)

// The embedded sample builds into a deck with its image, its cloze note,
// and its unanswered question skipped.
func TestSample(t *testing.T) {
	root, d, err := load("")
	if err != nil {
		t.Fatal(err)
	}
	name := filepath.Join(t.TempDir(), "sample.apkg")
	sum, err := export.WriteFile(context.Background(), &anki.Exporter{Media: root}, name, d)
	if err != nil {
		t.Fatal(err)
	}
	if sum.Notes != 4 || sum.Cards != 5 || sum.Media != 1 || sum.Skipped != 1 || hasWarning(sum.Diagnostics) {
		t.Errorf("summary %+v", sum)
	}
}

// -in takes a file or a directory; images cannot leave it.
func TestIn(t *testing.T) {
	dir := t.TempDir()
	notesDir := filepath.Join(dir, "notes")
	os.Mkdir(notesDir, 0o755)
	os.WriteFile(filepath.Join(dir, "secret.png"), []byte("secret"), 0o644)
	src := "# 问题\n\n答案 ![](../secret.png)\n"
	os.WriteFile(filepath.Join(notesDir, "a.md"), []byte(src), 0o644)
	for _, in := range []string{notesDir, filepath.Join(notesDir, "a.md")} {
		root, d, err := load(in)
		if err != nil {
			t.Fatal(err)
		}
		sum, err := export.WriteFile(context.Background(), &anki.Exporter{Media: root}, filepath.Join(dir, "out.apkg"), d)
		if err != nil {
			t.Fatal(err)
		}
		if sum.Notes != 1 || sum.Media != 0 || len(sum.Diagnostics) != 1 || !strings.Contains(sum.Diagnostics[0].String(), "a.md:3:") {
			t.Errorf("-in %s: summary %+v", in, sum)
		}
	}
	if _, _, err := load(filepath.Join(dir, "missing.md")); err == nil {
		t.Error("no error for a missing file")
	}
}

func hasWarning(ds []notes.Diagnostic) bool {
	for _, d := range ds {
		if d.Severity >= notes.Warning {
			return true
		}
	}
	return false
}
