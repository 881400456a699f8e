package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// The embedded sample builds into a study guide with its image, listing
// the unanswered question at the end, and the program says so.
func TestSample(t *testing.T) {
	out := filepath.Join(t.TempDir(), "sample.pdf")
	var msg bytes.Buffer
	if err := run(&msg, "", out); err != nil {
		t.Fatal(err)
	}
	data, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.HasPrefix(data, []byte("%PDF-")) {
		t.Errorf("not a PDF: %q", data[:min(len(data), 16)])
	}
	want := "wrote " + out + ": 5 notes on 4 pages, 1 image(s)\nkubernetes.md:41:1: info: unanswered question\n"
	if msg.String() != want {
		t.Errorf("printed:\n%s\nwant:\n%s", msg.String(), want)
	}
}

// -in takes a file or a directory; images cannot leave it, and the
// diagnostic saying so is printed with its position.
func TestIn(t *testing.T) {
	dir := t.TempDir()
	notesDir := filepath.Join(dir, "notes")
	os.Mkdir(notesDir, 0o755)
	os.WriteFile(filepath.Join(dir, "secret.png"), []byte("secret"), 0o644)
	os.WriteFile(filepath.Join(notesDir, "a.md"), []byte("# 问题\n\n答案 ![](../secret.png)\n"), 0o644)
	for _, in := range []string{notesDir, filepath.Join(notesDir, "a.md")} {
		var msg bytes.Buffer
		if err := run(&msg, in, filepath.Join(dir, "out.pdf")); err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(msg.String(), "0 image(s)") || !strings.Contains(msg.String(), "a.md:3:") {
			t.Errorf("-in %s printed:\n%s", in, msg.String())
		}
	}
	if err := run(&bytes.Buffer{}, filepath.Join(dir, "missing.md"), filepath.Join(dir, "x.pdf")); err == nil {
		t.Error("no error for a missing file")
	}
	// The notes are never overwritten by the output.
	if err := run(&bytes.Buffer{}, notesDir, filepath.Join(notesDir, "a.md")); err == nil {
		t.Error("the notes were replaced by the PDF")
	}
}
