package main

import (
	"archive/zip"
	"bytes"
	"context"
	"errors"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/flashmark/flashmark/export"
)

// readBook returns the pages of a written book, concatenated, and its
// number of stored images.
func readBook(t *testing.T, name string) (string, int) {
	t.Helper()
	zr, err := zip.OpenReader(name)
	if err != nil {
		t.Fatal(err)
	}
	defer zr.Close()
	var pages strings.Builder
	images := 0
	for _, f := range zr.File {
		if strings.HasPrefix(f.Name, "EPUB/images/img-") {
			images++
		}
		if !strings.HasPrefix(f.Name, "EPUB/xhtml/") {
			continue
		}
		r, err := f.Open()
		if err != nil {
			t.Fatal(err)
		}
		b, _ := io.ReadAll(r)
		r.Close()
		pages.Write(b)
	}
	return pages.String(), images
}

// With no arguments, in an empty directory, the sample becomes
// flashmark-sample.epub, with its image, and the unanswered question is
// reported with its position.
func TestSample(t *testing.T) {
	t.Chdir(t.TempDir())
	t.Setenv("SOURCE_DATE_EPOCH", "1700000000")
	var out bytes.Buffer
	if err := run(context.Background(), nil, &out, io.Discard); err != nil {
		t.Fatal(err)
	}
	pages, images := readBook(t, "flashmark-sample.epub")
	for _, want := range []string{"什么是 Pod？", "kubectl logs my-pod --previous", `<mark class="cloze" data-cloze="1">维护容器的生命周期</mark>`} {
		if !strings.Contains(pages, want) {
			t.Errorf("the book lacks %s", want)
		}
	}
	if images != 1 {
		t.Errorf("%d images", images)
	}
	report := out.String()
	if !strings.HasPrefix(report, "wrote flashmark-sample.epub (book, ") ||
		!strings.Contains(report, "4 question(s) in 1 chapter(s), 1 image(s); 1 unanswered left out") ||
		!strings.Contains(report, "\nkubernetes.md:41:1: info: unanswered question\n") {
		t.Errorf("report:\n%s", report)
	}
	// The same notes at the same SOURCE_DATE_EPOCH give the same bytes.
	first, _ := os.ReadFile("flashmark-sample.epub")
	if err := run(context.Background(), nil, io.Discard, io.Discard); err != nil {
		t.Fatal(err)
	}
	second, _ := os.ReadFile("flashmark-sample.epub")
	if !bytes.Equal(first, second) {
		t.Error("two runs differ")
	}
}

// -in takes a file or a directory, images cannot leave it; -mode quiz
// writes a quiz, named after the notes unless -o says otherwise.
func TestInAndMode(t *testing.T) {
	dir := t.TempDir()
	t.Chdir(dir)
	notesDir := filepath.Join(dir, "k8s")
	os.Mkdir(notesDir, 0o755)
	os.WriteFile(filepath.Join(dir, "secret.png"), []byte("secret"), 0o644)
	os.WriteFile(filepath.Join(notesDir, "a.md"), []byte("# 问题\n\n答案 ![](../secret.png)\n"), 0o644)
	for _, c := range []struct {
		args []string
		file string
		quiz bool
	}{
		{[]string{"-in", notesDir, "-mode", "quiz"}, "k8s-quiz.epub", true},
		{[]string{"-in", filepath.Join(notesDir, "a.md")}, "a.epub", false},
		{[]string{"-in", notesDir, "-o", filepath.Join(dir, "out.epub")}, filepath.Join(dir, "out.epub"), false},
	} {
		var out bytes.Buffer
		if err := run(context.Background(), c.args, &out, io.Discard); err != nil {
			t.Fatalf("%v: %v", c.args, err)
		}
		pages, images := readBook(t, c.file)
		if !strings.Contains(pages, "答案") || images != 0 || strings.Contains(pages, "secret\n") {
			t.Errorf("%v: images %d, pages %.200s", c.args, images, pages)
		}
		if !strings.Contains(out.String(), "a.md:3:8: warning: image ../secret.png left out") {
			t.Errorf("%v: report:\n%s", c.args, out.String())
		}
		if quiz := strings.Contains(pages, `epub:type="noteref"`); quiz != c.quiz {
			t.Errorf("%v: quiz %v", c.args, quiz)
		}
	}
}

// Bad flags, missing notes and an output that would replace the notes are
// errors, and nothing is written.
func TestErrors(t *testing.T) {
	dir := t.TempDir()
	t.Chdir(dir)
	os.WriteFile("notes.md", []byte("# Q\n\nA.\n"), 0o644)
	for _, args := range [][]string{
		{"-mode", "flashcards"},
		{"extra"},
		{"-in", "missing.md"},
		{"-in", "notes.md", "-o", "notes.md"},
	} {
		if err := run(context.Background(), args, io.Discard, io.Discard); err == nil {
			t.Errorf("%v: no error", args)
		}
	}
	err := run(context.Background(), []string{"-in", "notes.md", "-o", "notes.md"}, io.Discard, io.Discard)
	if !errors.Is(err, export.ErrOtherKind) {
		t.Errorf("replacing the notes: %v", err)
	}
	if src, _ := os.ReadFile("notes.md"); string(src) != "# Q\n\nA.\n" {
		t.Error("the notes were overwritten")
	}
	entries, _ := os.ReadDir(".")
	if len(entries) != 1 {
		t.Errorf("files left: %v", entries)
	}
}
