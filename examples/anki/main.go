// Command anki turns Markdown study notes into an Anki deck.
//
// Run without arguments, it builds the sample notes embedded beside it
// into flashmark-sample.apkg in the current directory:
//
//	go run ./examples/anki
//	go run ./examples/anki -in notes/kubernetes.md -o k8s.apkg
//	go run ./examples/anki -o notes.apkg notes/
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
	flag.Parse()
	log.SetFlags(0)
	switch {
	case flag.NArg() > 1 || flag.NArg() == 1 && *in != "":
		log.Fatal("anki: give one file or directory of notes, as -in or as the argument")
	case flag.NArg() == 1:
		*in = flag.Arg(0)
	}

	root, deck, err := load(*in)
	if err != nil {
		log.Fatal(err)
	}
	// Images are read from the notes' directory only: a note that points
	// elsewhere (../../etc/passwd) gets a diagnostic, not the file.
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
	if in == "" {
		dir, err := fs.Sub(sample, "sample")
		if err != nil {
			return nil, nil, err
		}
		d, err := notes.ParseFS(dir)
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
	if file == "" {
		d, err := notes.ParseFS(root.FS())
		return root.FS(), d, err
	}
	src, err := root.ReadFile(file)
	if err != nil {
		return nil, nil, err
	}
	d, err := notes.Parse(file, src)
	return root.FS(), d, err
}
