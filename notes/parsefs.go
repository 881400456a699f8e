package notes

import (
	"fmt"
	"io/fs"
	"path"
	"runtime"
	"slices"
	"strings"
	"sync"
)

// DefaultTitle is the title of a deck parsed from several files when
// Parser.Title is empty.
const DefaultTitle = "Notes"

// ParseFS parses Markdown files of fsys into one deck, with zero Parser.
func ParseFS(fsys fs.FS, patterns ...string) (*Deck, error) {
	var p Parser
	return p.ParseFS(fsys, patterns...)
}

// soleLabelled returns the note of a file that holds one labelled question
// and no sections.
func (f *parsedFile) soleLabelled() (*Note, bool) {
	if !f.labelled || len(f.notes) != 1 || len(f.sections) != 0 {
		return nil, false
	}
	return f.notes[0], true
}

// ParseFS parses the files of fsys that match patterns (fs.Glob patterns;
// none means every .md and .markdown file, recursively, skipping names that
// start with a dot) into one deck. Files are read in natural order of their
// paths ("2.md" before "10.md"), in parallel.
//
// Several files make a deck titled Title (or DefaultTitle) with a section per
// file, titled by the file's front matter, its title heading or its name.
// A file that holds one labelled question ("**题目**：…", "**参考答案**：…")
// and no section makes a note of the deck instead, in file order; its front
// matter's tags go to the note, the text before the question label to the
// note's Extra. The deck lists such notes before its sections.
// A single file makes the same deck as Parse. Positions name files by their
// path in fsys, and local media paths are relative to the root of fsys.
//
// The error, when not nil, is an *Error or an ErrorList; the deck is then
// nil.
func (p *Parser) ParseFS(fsys fs.FS, patterns ...string) (*Deck, error) {
	if err := p.check(); err != nil {
		return nil, err
	}
	names, err := markdownFiles(fsys, patterns)
	if err != nil {
		return nil, err
	}
	if len(names) == 0 {
		return nil, &Error{Err: ErrNoFiles, Detail: "patterns " + strings.Join(patterns, " ")}
	}
	files := make([]*parsedFile, len(names))
	errs := make([]error, len(names))
	var wg sync.WaitGroup
	sem := make(chan struct{}, runtime.GOMAXPROCS(0))
	for i, name := range names {
		wg.Go(func() {
			sem <- struct{}{}
			defer func() { <-sem }()
			files[i], errs[i] = p.readFile(fsys, name)
		})
	}
	wg.Wait()
	var list ErrorList
	for _, err := range errs {
		switch e := err.(type) {
		case nil:
		case *Error:
			list = append(list, e)
		case ErrorList:
			list = append(list, e...)
		}
	}
	if err := list.err(); err != nil {
		return nil, err
	}
	if len(files) == 1 {
		return p.fileDeck(names[0], files[0]).finish()
	}
	d := &Deck{Title: firstNonEmpty(p.Title, DefaultTitle), Lang: p.Lang}
	langs := map[string]int{}
	var sole []*Note // notes of files of one labelled question
	for i, f := range files {
		start := Position{Filename: names[i], Line: 1, Column: 1}
		if n, ok := f.soleLabelled(); ok {
			// One labelled question per file: a note of the deck, not a
			// section holding one note.
			n.ownTags = unionTags(f.fm.Tags, n.ownTags)
			n.Extra = joinBodies(f.description, n.Extra)
			d.Notes = append(d.Notes, n)
			sole = append(sole, n)
			if f.shapeDiag >= 0 {
				// One diagnostic below says it for all such files.
				f.diags = slices.Delete(f.diags, f.shapeDiag, f.shapeDiag+1)
			}
		} else {
			d.Sections = append(d.Sections, &Section{
				Title:       firstNonEmpty(f.fm.Title, f.title, baseName(names[i])),
				Pos:         start,
				Description: f.description,
				Tags:        f.fm.Tags,
				Notes:       f.notes,
				Sections:    f.sections,
			})
		}
		d.Diagnostics = append(d.Diagnostics, f.diags...)
		if f.fm.Deck != "" {
			d.Diagnostics = append(d.Diagnostics, Diagnostic{Pos: start, Severity: Warning,
				Msg: fmt.Sprintf("front-matter deck %q ignored: it names the deck only when the file is parsed alone", f.fm.Deck)})
		}
		langs[f.lang]++
		if d.Lang == "" || langs[f.lang] > langs[d.Lang] {
			d.Lang = f.lang
		}
	}
	if len(sole) > 0 {
		d.Diagnostics = append(d.Diagnostics, Diagnostic{Pos: sole[0].Pos, Severity: Info,
			Msg: fmt.Sprintf("%s of one labelled question each (题目：, 参考答案：): one note a file, at the top of the deck, in file order", count(len(sole), "file"))})
	}
	return d.finish()
}

func (p *Parser) readFile(fsys fs.FS, name string) (*parsedFile, error) {
	src, err := fs.ReadFile(fsys, name)
	if err != nil {
		return nil, &Error{Pos: Position{Filename: name}, Err: err}
	}
	return p.parseFile(name, path.Dir(name), src)
}

// markdownFiles lists the files to parse, deduplicated, in natural order.
func markdownFiles(fsys fs.FS, patterns []string) ([]string, error) {
	var names []string
	if len(patterns) == 0 {
		err := fs.WalkDir(fsys, ".", func(name string, e fs.DirEntry, err error) error {
			if err != nil {
				return err
			}
			if name != "." && strings.HasPrefix(e.Name(), ".") {
				if e.IsDir() {
					return fs.SkipDir
				}
				return nil
			}
			if !e.IsDir() && isMarkdownName(name) {
				names = append(names, name)
			}
			return nil
		})
		if err != nil {
			return nil, &Error{Err: err}
		}
	}
	for _, pat := range patterns {
		matches, err := fs.Glob(fsys, pat)
		if err != nil {
			return nil, &Error{Err: fmt.Errorf("pattern %q: %w", pat, err)}
		}
		for _, m := range matches {
			if info, err := fs.Stat(fsys, m); err == nil && !info.IsDir() {
				names = append(names, m)
			}
		}
	}
	slices.SortFunc(names, naturalCompare)
	return slices.Compact(names), nil
}

func isMarkdownName(name string) bool {
	switch strings.ToLower(path.Ext(name)) {
	case ".md", ".markdown":
		return true
	}
	return false
}

// naturalCompare orders strings with runs of digits compared by value, so
// that "2-pods.md" sorts before "10-services.md". Strings equal in that order
// ("01" and "1") fall back to byte order, so the order is total.
func naturalCompare(a, b string) int {
	if c := naturalCompareRuns(a, b); c != 0 {
		return c
	}
	return strings.Compare(a, b)
}

func naturalCompareRuns(a, b string) int {
	for a != "" && b != "" {
		da, db := digitPrefix(a), digitPrefix(b)
		if da != "" && db != "" {
			na, nb := strings.TrimLeft(da, "0"), strings.TrimLeft(db, "0")
			if c := len(na) - len(nb); c != 0 {
				return c
			}
			if c := strings.Compare(na, nb); c != 0 {
				return c
			}
			a, b = a[len(da):], b[len(db):]
			continue
		}
		if a[0] != b[0] {
			return int(a[0]) - int(b[0])
		}
		a, b = a[1:], b[1:]
	}
	return len(a) - len(b)
}

func digitPrefix(s string) string {
	i := 0
	for i < len(s) && s[i] >= '0' && s[i] <= '9' {
		i++
	}
	return s[:i]
}
