package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// The embedded sample builds into a cheat sheet and into cards, leaving
// out its unanswered question.
func TestSample(t *testing.T) {
	for _, tc := range []struct{ layout, want string }{
		{"cheatsheet", "4 notes, 1 page(s), 1 image(s); 1 unanswered question(s) left out\n"},
		{"cards", "4 notes, 4 card(s), 1 image(s); 1 unanswered question(s) left out\n"},
	} {
		out := filepath.Join(t.TempDir(), tc.layout+".pdf")
		var msg bytes.Buffer
		if err := run(&msg, "", out, tc.layout); err != nil {
			t.Fatal(err)
		}
		data, err := os.ReadFile(out)
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.HasPrefix(data, []byte("%PDF-")) {
			t.Errorf("%s: not a PDF", tc.layout)
		}
		want := "wrote " + out + ": " + tc.want + "kubernetes.md:41:1: info: unanswered question\n"
		if msg.String() != want {
			t.Errorf("%s printed:\n%s\nwant:\n%s", tc.layout, msg.String(), want)
		}
	}
}

// Without -o the file is named after the layout, in the current
// directory; an unknown layout is refused.
func TestDefaults(t *testing.T) {
	t.Chdir(t.TempDir())
	if err := run(&bytes.Buffer{}, "", "", "cards"); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat("flashmark-cards.pdf"); err != nil {
		t.Error(err)
	}
	for _, bad := range []string{"guide", "poster"} {
		if err := run(&bytes.Buffer{}, "", "", bad); err == nil || !strings.Contains(err.Error(), "cheatsheet or cards") {
			t.Errorf("-layout %s: %v", bad, err)
		}
	}
}

// -in takes a file or a directory; images cannot leave it.
func TestIn(t *testing.T) {
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "secret.png"), []byte("secret"), 0o644)
	notesDir := filepath.Join(dir, "notes")
	os.Mkdir(notesDir, 0o755)
	os.WriteFile(filepath.Join(notesDir, "a.md"), []byte("# 问题\n\n答案 ![](../secret.png)\n"), 0o644)
	var msg bytes.Buffer
	if err := run(&msg, filepath.Join(notesDir, "a.md"), filepath.Join(dir, "out.pdf"), "cheatsheet"); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(msg.String(), "0 image(s)") || !strings.Contains(msg.String(), "a.md:3:") {
		t.Errorf("printed:\n%s", msg.String())
	}
}
