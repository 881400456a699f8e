// Command epub turns Markdown study notes into an EPUB book.
//
// Run without arguments, it builds the sample notes embedded beside it
// into flashmark-sample.epub in the current directory:
//
//	go run ./examples/epub
//	go run ./examples/epub -mode quiz            # flashmark-sample-quiz.epub
//	go run ./examples/epub -in notes/kubernetes.md -o k8s.epub
//	go run ./examples/epub -in notes/ -mode quiz
//
// It prints what it wrote, then every diagnostic as file:line:col:
// severity: message, the form editors jump to.
package main

import (
	"context"
	"embed"
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"github.com/flashmark/flashmark/export"
	"github.com/flashmark/flashmark/formats/epub"
	"github.com/flashmark/flashmark/notes"
)

//go:embed sample
var sample embed.FS

func main() {
	if err := run(context.Background(), os.Args[1:], os.Stdout, os.Stderr); err != nil {
		if !errors.Is(err, flag.ErrHelp) {
			fmt.Fprintln(os.Stderr, err)
		}
		os.Exit(1)
	}
}

// run parses the flags in args, writes the book and prints what it did.
func run(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	flags := flag.NewFlagSet("epub", flag.ContinueOnError)
	flags.SetOutput(stderr)
	in := flags.String("in", "", "Markdown `file or directory` (default: the embedded sample)")
	out := flags.String("o", "", "output `file` (default: named after the notes, in the current directory)")
	mode := flags.String("mode", "book", "`book` (answers after questions) or quiz (answers as pop-up footnotes)")
	if err := flags.Parse(args); err != nil {
		return err
	}
	if flags.NArg() > 0 {
		return fmt.Errorf("unexpected argument %q (use -in)", flags.Arg(0))
	}
	e := &epub.Exporter{}
	switch *mode {
	case "book":
		e.Mode = epub.Book
	case "quiz":
		e.Mode = epub.Quiz
	default:
		return fmt.Errorf("-mode %q: want book or quiz", *mode)
	}
	root, deck, err := load(*in)
	if err != nil {
		return err
	}
	// SOURCE_DATE_EPOCH, when set, dates the book: the same notes then
	// give the same bytes.
	if epoch := os.Getenv("SOURCE_DATE_EPOCH"); epoch != "" {
		sec, err := strconv.ParseInt(epoch, 10, 64)
		if err != nil {
			return fmt.Errorf("SOURCE_DATE_EPOCH %q: %w", epoch, err)
		}
		e.Time = time.Unix(sec, 0).UTC()
	}
	// Images are read from the notes' directory only: a note that points
	// elsewhere (../../etc/passwd) gets a diagnostic, not the file.
	e.Media = root
	name := *out
	if name == "" {
		name = outputName(*in, e.Mode)
	}
	sum, err := export.WriteFile(ctx, e, name, deck)
	if err != nil {
		return err
	}
	fmt.Fprintf(stdout, "wrote %s (%s, %d bytes): %d question(s) in %d chapter(s), %d image(s); %d unanswered left out\n",
		name, e.Mode, sum.Bytes, sum.Notes, sum.Cards, sum.Media, sum.Skipped)
	for _, d := range sum.Diagnostics {
		fmt.Fprintln(stdout, d)
	}
	return nil
}

// outputName names the book after the notes: flashmark-sample.epub for
// the sample, k8s.epub for k8s.md or a directory k8s, with -quiz for a
// quiz.
func outputName(in string, m epub.Mode) string {
	base := "flashmark-sample"
	if in != "" {
		abs, err := filepath.Abs(in)
		if err == nil {
			base = strings.TrimSuffix(filepath.Base(abs), filepath.Ext(abs))
		}
	}
	if m == epub.Quiz {
		base += "-quiz"
	}
	return base + ".epub"
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
