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
	"flag"
	"fmt"
	"io/fs"
	"log"

	"github.com/flashmark/flashmark/examples/internal/input"
	"github.com/flashmark/flashmark/export"
	"github.com/flashmark/flashmark/formats/anki"
	"github.com/flashmark/flashmark/notes"
)

// source is where the notes come from: -in or the argument, -root and
// -breaks.
var source input.Flags

func main() {
	source.Register(flag.CommandLine)
	out := flag.String("o", "flashmark-sample.apkg", "output `file`")
	flag.Parse()
	log.SetFlags(0)
	in, err := source.Input(flag.Args())
	if err != nil {
		log.Fatal(err)
	}
	root, deck, err := load(in)
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
// them, or the embedded sample when in is empty, and returns the file
// system their images are read from (see input.Load).
func load(in string) (fs.FS, *notes.Deck, error) { return source.Load(in) }
