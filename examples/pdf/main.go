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
	"embed"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"log"
	"os"
	"path/filepath"

	"github.com/flashmark/flashmark/export"
	"github.com/flashmark/flashmark/formats/pdf"
	"github.com/flashmark/flashmark/notes"
)

//go:embed sample
var sample embed.FS

func main() {
	in := flag.String("in", "", "Markdown `file or directory` (default: the embedded sample)")
	out := flag.String("o", "flashmark-sample.pdf", "output `file`")
	flag.Parse()
	log.SetFlags(0)
	if err := run(os.Stdout, *in, *out); err != nil {
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
