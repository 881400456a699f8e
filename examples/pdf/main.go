// Command pdf turns Markdown study notes into a printable study guide: a
// title page, a table of contents, every question with its answer, and
// the questions still without an answer listed at the end, "to do".
//
// Run without arguments, it builds the sample notes embedded beside it
// into flashmark-sample.pdf in the current directory:
//
//	go run ./examples/pdf
//	go run ./examples/pdf -in notes/kubernetes.md -o k8s.pdf
//	go run ./examples/pdf -in notes/ -o notes.pdf
package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"log"
	"os"

	"github.com/flashmark/flashmark/examples/internal/input"
	"github.com/flashmark/flashmark/export"
	"github.com/flashmark/flashmark/formats/pdf"
	"github.com/flashmark/flashmark/notes"
)

// source is where the notes come from: -in or the argument, -root and
// -breaks.
var source input.Flags

func main() {
	source.Register(flag.CommandLine)
	out := flag.String("o", "flashmark-sample.pdf", "output `file`")
	flag.Parse()
	log.SetFlags(0)
	in, err := source.Input(flag.Args())
	if err != nil {
		log.Fatal(err)
	}
	if err := run(os.Stdout, in, *out); err != nil {
		log.Fatal(err)
	}
}

// run writes the study guide of the notes in to the file out and prints
// what it wrote, then every diagnostic, to w.
func run(w io.Writer, in, out string) error {
	root, deck, err := load(in)
	if err != nil {
		return err
	}
	// Images are read from the notes' directory only: a note that points
	// elsewhere (../../etc/passwd) gets a diagnostic, not the file.
	e := &pdf.Exporter{Layout: pdf.Guide, Media: root, IncludeUnanswered: true}
	sum, err := export.WriteFile(context.Background(), e, out, deck)
	if err != nil {
		return err
	}
	fmt.Fprintf(w, "wrote %s: %d notes on %d pages, %d image(s)\n", out, sum.Notes, sum.Cards, sum.Media)
	for _, d := range sum.Diagnostics {
		fmt.Fprintln(w, d)
	}
	return nil
}

// load parses the notes named by in, a Markdown file or a directory of
// them, or the embedded sample when in is empty, and returns the file
// system their images are read from (see input.Load).
func load(in string) (fs.FS, *notes.Deck, error) { return source.Load(in) }
