// Command cheatsheet turns Markdown study notes into a printable cheat
// sheet (three columns of small type on landscape pages) or into flash
// cards to cut out (questions on one page, answers behind them on the
// next, for double-sided printing).
//
// Run without arguments, it builds the sample notes embedded beside it
// into flashmark-cheatsheet.pdf in the current directory:
//
//	go run ./examples/cheatsheet
//	go run ./examples/cheatsheet -layout cards
//	go run ./examples/cheatsheet -in notes/kubernetes.md -o k8s.pdf
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
	out := flag.String("o", "", "output `file` (default: flashmark-cheatsheet.pdf or flashmark-cards.pdf)")
	layout := flag.String("layout", "cheatsheet", "`cheatsheet` or cards")
	flag.Parse()
	log.SetFlags(0)
	if err := run(os.Stdout, *in, *out, *layout); err != nil {
		log.Fatal(err)
	}
}

// run writes the notes in as the layout to the file out and prints what
// it wrote, then every diagnostic, to w.
func run(w io.Writer, in, out, layout string) error {
	l, err := pdf.ParseLayout(layout)
	if err != nil || l == pdf.Guide {
		return fmt.Errorf("-layout %q: want cheatsheet or cards", layout)
	}
	if out == "" {
		out = "flashmark-" + layout + ".pdf"
	}
	root, deck, err := load(in)
	if err != nil {
		return err
	}
	// Images are read from the notes' directory only.
	sum, err := export.WriteFile(context.Background(), &pdf.Exporter{Layout: l, Media: root}, out, deck)
	if err != nil {
		return err
	}
	what := fmt.Sprintf("%d page(s)", sum.Cards)
	if l == pdf.Cards {
		what = fmt.Sprintf("%d card(s)", sum.Cards)
	}
	fmt.Fprintf(w, "wrote %s: %d notes, %s, %d image(s); %d unanswered question(s) left out\n",
		out, sum.Notes, what, sum.Media, sum.Skipped)
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
