package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
)

// notesSource is the Markdown files a command reads, as paths below one
// directory, opened with os.OpenRoot so that nothing is read outside it,
// and the directory their images are read from.
type notesSource struct {
	dir  string   // absolute directory holding every file
	root *os.Root // dir, opened
	// media is the root images are read from (--root), or nil for dir;
	// notesDir is where dir is inside it, as notes.Parser.NotesDir says.
	media    *os.Root
	notesDir string
	files    []string // slash-separated paths relative to dir, in the order given
	cwd      string
	names    map[string]string // display names, by path relative to dir
}

// openSource resolves the command line's inputs: Markdown files, directories
// (every .md and .markdown file below them, skipping names that start with
// a dot) and globs. rootDir, when not empty, is the directory local images
// are read from; it must hold every input.
func openSource(inputs []string, rootDir string) (*notesSource, error) {
	var files []string
	for _, in := range inputs {
		found, err := expandInput(in)
		if err != nil {
			return nil, &exitError{code: exitUsage, err: err}
		}
		files = append(files, found...)
	}
	for i, f := range files {
		abs, err := filepath.Abs(f)
		if err != nil {
			return nil, &exitError{code: exitUsage, err: err}
		}
		files[i] = abs
	}
	files = uniqueStable(files)

	dir := commonDir(files)
	mediaDir := dir
	if rootDir != "" {
		abs, err := filepath.Abs(rootDir)
		if err != nil {
			return nil, &exitError{code: exitUsage, err: err}
		}
		if info, err := os.Stat(abs); err != nil {
			return nil, &exitError{code: exitUsage, err: fmt.Errorf("--root: %w", err)}
		} else if !info.IsDir() {
			return nil, usageErrorf("--root %s is not a directory", rootDir)
		}
		for _, f := range files {
			if !inside(abs, f) {
				return nil, usageErrorf("--root %s must hold the notes, and %s is outside it", rootDir, f)
			}
		}
		mediaDir = abs
	}
	root, err := os.OpenRoot(dir)
	if err != nil {
		return nil, &exitError{code: exitUsage, err: err}
	}
	cwd, _ := os.Getwd()
	s := &notesSource{dir: dir, root: root, cwd: cwd, names: map[string]string{}}
	if mediaDir != dir {
		rel, err := filepath.Rel(mediaDir, dir)
		if err == nil {
			s.media, err = os.OpenRoot(mediaDir)
		}
		if err != nil {
			root.Close()
			return nil, &exitError{code: exitUsage, err: err}
		}
		s.notesDir = filepath.ToSlash(rel)
	}
	for _, f := range files {
		rel, err := filepath.Rel(dir, f)
		if err != nil {
			root.Close()
			return nil, &exitError{code: exitUsage, err: err}
		}
		s.files = append(s.files, filepath.ToSlash(rel))
	}
	return s, nil
}

func (s *notesSource) Close() error {
	if s.media != nil {
		s.media.Close()
	}
	return s.root.Close()
}

// mediaFS returns the file system local images are read from.
func (s *notesSource) mediaFS() fs.FS {
	if s.media != nil {
		return s.media.FS()
	}
	return s.root.FS()
}

// patterns returns the files as fs.Glob patterns matching exactly them.
func (s *notesSource) patterns() []string {
	pats := make([]string, len(s.files))
	for i, f := range s.files {
		pats[i] = escapeGlob(f)
	}
	return pats
}

// display returns how to show the file name of a position (a path relative
// to the source's directory): relative to the working directory when that
// is shorter, so that editors and terminals can open it.
func (s *notesSource) display(name string) string {
	if name == "" {
		return name
	}
	if d, ok := s.names[name]; ok {
		return d
	}
	d := filepath.Join(s.dir, filepath.FromSlash(name))
	if s.cwd != "" {
		if rel, err := filepath.Rel(s.cwd, d); err == nil && len(rel) < len(d) {
			d = rel
		}
	}
	s.names[name] = d
	return d
}

// expandInput lists the files an input names.
func expandInput(in string) ([]string, error) {
	info, err := os.Stat(in)
	if err != nil {
		if errors.Is(err, fs.ErrNotExist) && hasGlobMeta(in) {
			return expandGlob(in)
		}
		var pe *fs.PathError
		if errors.As(err, &pe) {
			return nil, fmt.Errorf("%s: %w", in, pe.Err)
		}
		return nil, err
	}
	if !info.IsDir() {
		return []string{in}, nil
	}
	var files []string
	err = filepath.WalkDir(in, func(name string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if name != in && strings.HasPrefix(d.Name(), ".") {
			if d.IsDir() {
				return filepath.SkipDir
			}
			return nil
		}
		if d.Type().IsRegular() && isMarkdownName(name) {
			files = append(files, name)
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	if len(files) == 0 {
		return nil, fmt.Errorf("%s: no Markdown files (.md, .markdown) in this directory", in)
	}
	return files, nil
}

// expandGlob lists the files a glob matches, and the Markdown files of the
// directories it matches.
func expandGlob(pattern string) ([]string, error) {
	matches, err := filepath.Glob(pattern)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", pattern, err)
	}
	var files []string
	for _, m := range matches {
		info, err := os.Stat(m)
		if err != nil {
			continue
		}
		if !info.IsDir() {
			files = append(files, m)
			continue
		}
		if found, err := expandInput(m); err == nil {
			files = append(files, found...)
		}
	}
	if len(files) == 0 {
		return nil, fmt.Errorf("%s: no file matches", pattern)
	}
	return files, nil
}

func isMarkdownName(name string) bool {
	switch strings.ToLower(filepath.Ext(name)) {
	case ".md", ".markdown":
		return true
	}
	return false
}

func hasGlobMeta(s string) bool { return strings.ContainsAny(s, `*?[`) }

// escapeGlob returns the fs.Glob pattern that matches exactly the path name.
func escapeGlob(name string) string {
	if !strings.ContainsAny(name, `*?[\`) {
		return name
	}
	var b strings.Builder
	for _, r := range name {
		if strings.ContainsRune(`*?[\`, r) {
			b.WriteByte('\\')
		}
		b.WriteRune(r)
	}
	return b.String()
}

// commonDir returns the deepest directory holding every one of the
// absolute file names.
func commonDir(files []string) string {
	dir := filepath.Dir(files[0])
	for _, f := range files[1:] {
		for !inside(dir, f) {
			parent := filepath.Dir(dir)
			if parent == dir {
				break
			}
			dir = parent
		}
	}
	return dir
}

// inside reports whether the absolute path name is in the directory dir.
func inside(dir, name string) bool {
	rel, err := filepath.Rel(dir, name)
	return err == nil && rel != ".." && !strings.HasPrefix(rel, ".."+string(filepath.Separator)) && !filepath.IsAbs(rel)
}

// uniqueStable drops repeats, keeping the first of each.
func uniqueStable(s []string) []string {
	seen := make(map[string]bool, len(s))
	return slices.DeleteFunc(s, func(v string) bool {
		if seen[v] {
			return true
		}
		seen[v] = true
		return false
	})
}
