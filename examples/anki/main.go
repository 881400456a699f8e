// Command anki turns Markdown study notes into an Anki deck.
//
// Run without arguments, it builds the sample notes embedded beside it
// into flashmark-sample.apkg in the current directory:
//
//	go run ./examples/anki
//	go run ./examples/anki -in notes/kubernetes.md -o k8s.apkg
//	go run ./examples/anki -o notes.apkg notes/
//	go run ./examples/anki -root repo -o guide.apkg repo/docs/
//	go run ./examples/anki -breaks soft notes/
//
// -root names the directory images may be read from when it is not the
// notes' own, as pandoc's --resource-path does: notes in repo/docs that
// show ![](../images/a.png) need -root repo. Nothing outside it is read.
// -breaks says what a line break inside a paragraph is: auto (kept in
// Chinese notes, a space in others), soft or hard; a file's front matter
// (breaks: true) overrides it.
//
// It prints what it wrote and every diagnostic, the parser's and the
// exporter's, as file:line:col: severity: message.
//
// Importing the file into Anki again after editing the notes updates the
// notes that changed and keeps the others, with your reviews.
package main

import (
	"context"
	"embed"
	"flag"
	"fmt"
	"io/fs"
	"log"
	"os"
	"path/filepath"

	"github.com/flashmark/flashmark/export"
	"github.com/flashmark/flashmark/formats/anki"
	"github.com/flashmark/flashmark/notes"
)

//go:embed sample
var sample embed.FS

func main() {
	in := flag.String("in", "", "Markdown `file or directory` (default: the embedded sample); may also be given as the argument")
	out := flag.String("o", "flashmark-sample.apkg", "output `file`")
	rootDir := flag.String("root", "", "`directory` images may be read from (default: the notes' directory); it must hold the notes")
	var p notes.Parser
	flag.TextVar(&p.Breaks, "breaks", notes.BreaksAuto, "line breaks in paragraphs: auto, soft or hard")
	flag.Parse()
	log.SetFlags(0)
	switch {
	case flag.NArg() > 1 || flag.NArg() == 1 && *in != "":
		log.Fatal("anki: give one file or directory of notes, as -in or as the argument")
	case flag.NArg() == 1:
		*in = flag.Arg(0)
	}

	root, deck, err := loadWith(p, *in, *rootDir)
	if err != nil {
		log.Fatal(err)
	}
	// Images are read from the notes' directory (or -root) only: a note
	// that points elsewhere (../../etc/passwd) gets a diagnostic, not the
	// file.
	sum, err := export.WriteFile(context.Background(), &anki.Exporter{Media: root}, *out, deck)
	if err != nil {
		log.Fatal(err)
	}
	fmt.Printf("wrote %s: %d notes, %d cards, %d media file(s); %d unanswered question(s) skipped\n",
		*out, sum.Notes, sum.Cards, sum.Media, sum.Skipped)
	for _, d := range sum.Diagnostics {
		fmt.Println(d)
	}
}

// load parses the notes named by in, a Markdown file or a directory of
// them, or the embedded sample when in is empty. It returns the file system
// the notes' images are read from: the directory, opened with os.OpenRoot
// so that no path can leave it.
func load(in string) (fs.FS, *notes.Deck, error) {
	return loadWith(notes.Parser{}, in, "")
}

// loadWith is load with a parser and, unless rootDir is empty, the
// directory images are read from, which must hold the notes.
func loadWith(p notes.Parser, in, rootDir string) (fs.FS, *notes.Deck, error) {
	if in == "" {
		dir, err := fs.Sub(sample, "sample")
		if err != nil {
			return nil, nil, err
		}
		d, err := p.ParseFS(dir)
		return dir, d, err
	}
	info, err := os.Stat(in)
	if err != nil {
		return nil, nil, err
	}
	dir, file := in, ""
	if !info.IsDir() {
		dir, file = filepath.Dir(in), filepath.Base(in)
	}
	root, err := os.OpenRoot(dir)
	if err != nil {
		return nil, nil, err
	}
	media := root
	if rootDir != "" {
		if p.NotesDir, err = notesDir(rootDir, dir); err != nil {
			return nil, nil, err
		}
		if media, err = os.OpenRoot(rootDir); err != nil {
			return nil, nil, err
		}
	}
	if file == "" {
		d, err := p.ParseFS(root.FS())
		return media.FS(), d, err
	}
	src, err := root.ReadFile(file)
	if err != nil {
		return nil, nil, err
	}
	d, err := p.Parse(file, src)
	return media.FS(), d, err
}

// notesDir returns the notes' directory dir relative to rootDir, as the
// slash-separated path notes.Parser.NotesDir takes.
func notesDir(rootDir, dir string) (string, error) {
	absRoot, err := filepath.Abs(rootDir)
	if err != nil {
		return "", err
	}
	absDir, err := filepath.Abs(dir)
	if err != nil {
		return "", err
	}
	rel, err := filepath.Rel(absRoot, absDir)
	if err != nil || !filepath.IsLocal(rel) && rel != "." {
		return "", fmt.Errorf("anki: -root %s does not hold the notes' directory %s", rootDir, dir)
	}
	return filepath.ToSlash(rel), nil
}
