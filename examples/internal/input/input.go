// Package input loads the notes an example program works on: the sample
// notes embedded here, or the Markdown file or directory its user names,
// with images read from a root that no note can leave.
package input

import (
	"embed"
	"flag"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"

	"github.com/flashmark/flashmark/notes"
)

//go:embed sample
var sample embed.FS

// Flags are the command-line flags every example shares.
type Flags struct {
	In     string           // -in: a Markdown file or directory; "" for the sample
	Root   string           // -root: the directory images may be read from
	Breaks notes.LineBreaks // -breaks: auto, soft or hard
}

// Register defines -in, -root and -breaks on fs.
func (f *Flags) Register(fs *flag.FlagSet) {
	fs.StringVar(&f.In, "in", "", "Markdown `file or directory` (default: the embedded sample); may also be given as the argument")
	fs.StringVar(&f.Root, "root", "", "`directory` images may be read from (default: the notes' directory); it must hold the notes")
	fs.TextVar(&f.Breaks, "breaks", notes.BreaksAuto, "line breaks in paragraphs: auto (kept in Chinese notes), soft or hard")
}

// Input returns the notes to load: -in, or the one argument left after
// the flags.
func (f *Flags) Input(args []string) (string, error) {
	switch {
	case len(args) > 1 || len(args) == 1 && f.In != "":
		return "", fmt.Errorf("give one file or directory of notes, as -in or as the argument")
	case len(args) == 1:
		return args[0], nil
	}
	return f.In, nil
}

// Load parses the notes in, with the flags' line breaks and image root;
// see Load.
func (f *Flags) Load(in string) (fs.FS, *notes.Deck, error) {
	return Load(notes.Parser{Breaks: f.Breaks}, in, f.Root)
}

// Load parses the notes named by in, a Markdown file or a directory of
// them, or the embedded sample when in is empty. It returns the file system
// the notes' images are read from: rootDir when given, which must hold the
// notes, else their directory, opened with os.OpenRoot so that no path can
// leave it.
func Load(p notes.Parser, in, rootDir string) (fs.FS, *notes.Deck, error) {
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
		return "", fmt.Errorf("-root %s does not hold the notes' directory %s", rootDir, dir)
	}
	return filepath.ToSlash(rel), nil
}
