package notes

import (
	"fmt"
	"io/fs"
	"path"
	"strings"

	"github.com/flashmark/flashmark/notes/syntax"
	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/extension"
	"github.com/yuin/goldmark/parser"
)

// A Parser turns Markdown notes into a Deck. The zero value is ready to use;
// the fields are defaults that a file's front matter can override, except
// Title, which names the deck being built. A Parser is safe for concurrent
// use.
type Parser struct {
	// QuestionLevel is the heading level of questions, 1 to 6, for files
	// whose front matter has no question_level. 0 detects it per file (see
	// the package documentation).
	QuestionLevel int
	// Title, when set, is the deck title, whatever the notes say.
	Title string
	// Lang is the language of files whose front matter has no lang. Empty
	// detects it from the text.
	Lang string
	// MaxNesting bounds how deeply block quotes and lists may nest; 0 means
	// DefaultMaxNesting.
	MaxNesting int
	// Breaks says what a line break inside a paragraph stands for in files
	// whose front matter has no breaks key. The zero value, BreaksAuto,
	// keeps the breaks of Chinese notes and follows CommonMark in others.
	Breaks LineBreaks
	// NotesDir is where the notes sit inside the root that their images
	// are read from, as a slash-separated path relative to that root: the
	// directory of the file given to Parse, or the root of the file system
	// given to ParseFS. With notes in "docs/" and images in a sibling
	// "images/", NotesDir "docs" makes ![](../images/a.png) the image
	// "images/a.png" of the root above both. Media paths (Media.Path) are
	// relative to that root; exporters read them from it (export.ReadMedia,
	// through an fs.FS such as an os.Root), never outside it. Empty means
	// the notes' own directory is the root. It must be a valid path in the
	// sense of fs.ValidPath ("." or "a/b", no ".." elements).
	NotesDir string
}

// Parse parses one Markdown file with a zero Parser.
func Parse(filename string, src []byte) (*Deck, error) {
	var p Parser
	return p.Parse(filename, src)
}

// Parse parses the Markdown file named filename, whose content is src, into
// a deck. Positions in the deck, its diagnostics and its errors name
// filename. Local media paths are relative to the directory of filename.
//
// The error, when not nil, is an *Error or an ErrorList; the deck is then
// nil.
func (p *Parser) Parse(filename string, src []byte) (*Deck, error) {
	if err := p.check(); err != nil {
		return nil, err
	}
	f, err := p.parseFile(filename, ".", src)
	if err != nil {
		return nil, err
	}
	return p.fileDeck(filename, f).finish()
}

// fileDeck makes the deck of a file parsed alone.
func (p *Parser) fileDeck(name string, f *parsedFile) *Deck {
	return &Deck{
		Title:       firstNonEmpty(p.Title, f.fm.Title, f.title, baseName(name)),
		Name:        f.fm.Deck,
		Lang:        f.lang,
		Description: f.description,
		Tags:        f.fm.Tags,
		Notes:       f.notes,
		Sections:    f.sections,
		Diagnostics: f.diags,
	}
}

func (p *Parser) maxNesting() int {
	if p.MaxNesting > 0 {
		return p.MaxNesting
	}
	return DefaultMaxNesting
}

// markdown builds the goldmark parser: CommonMark, GFM, heading attributes,
// CJK-friendly escaped spaces, and flashmark's cloze and math syntax.
func markdown() parser.Parser {
	return goldmark.New(
		goldmark.WithExtensions(extension.GFM, syntax.Extension),
		goldmark.WithParserOptions(parser.WithHeadingAttribute(), parser.WithEscapedSpace()),
	).Parser()
}

// parsedFile is one file's share of a deck.
type parsedFile struct {
	fm          frontMatter
	title       string // the title heading's text
	lang        string
	description Body
	notes       []*Note
	sections    []*Section
	diags       []Diagnostic
	labelled    bool // the file holds labelled questions
	shapeDiag   int  // the index in diags of the detection's diagnostic, or -1
}

// parseFile parses the file name, whose directory relative to the notes'
// root is dir.
func (p *Parser) parseFile(name, dir string, raw []byte) (f *parsedFile, err error) {
	defer func() {
		// The last line of defence: no input may crash a program that
		// parses notes. The fuzz test treats ErrInternal as a failure.
		if r := recover(); r != nil {
			f, err = nil, errorf(Position{Filename: name}, ErrInternal, "%v", r)
		}
	}()
	src, lines, err := checkInput(name, raw, p.maxNesting())
	if err != nil {
		return nil, err
	}
	f = &parsedFile{shapeDiag: -1}
	fmText, fmStart, bodyStart := splitFrontMatter(src)
	if fmText != nil {
		if f.fm, f.diags, err = parseFrontMatter(fmText, fmStart, lines); err != nil {
			return nil, err
		}
	}
	body := src[bodyStart:]
	blocks := parseBlocks(markdown(), body)

	f.lang = firstNonEmpty(f.fm.Lang, p.Lang)
	if f.lang == "" {
		f.lang = detectLang(body)
	}
	breaks := p.Breaks
	if f.fm.present["breaks"] {
		breaks = f.fm.Breaks
	}
	b := &builder{
		file:   f,
		lines:  lines,
		base:   bodyStart,
		src:    body,
		dir:    path.Join(p.NotesDir, dir),
		breaks: breaks.hard(f.lang),
		blocks: blocks,
	}
	level, source := p.QuestionLevel, "the parser"
	if f.fm.QuestionLevel != 0 {
		level, source = f.fm.QuestionLevel, "the front matter"
	}
	b.analyze(level, source)
	f.labelled = b.labelled
	if err := b.build(); err != nil {
		return nil, err
	}
	return f, nil
}

// check rejects a Parser whose fields cannot be used.
func (p *Parser) check() error {
	if p.NotesDir != "" && !fs.ValidPath(p.NotesDir) {
		return &Error{Err: ErrBadParser, Detail: fmt.Sprintf("NotesDir %q: want a slash-separated path inside the media root, without \"..\" (see fs.ValidPath)", p.NotesDir)}
	}
	if p.QuestionLevel < 0 || p.QuestionLevel > 6 {
		return &Error{Err: ErrBadParser, Detail: fmt.Sprintf("QuestionLevel %d: want 0 (detect) or a heading level from 1 to 6", p.QuestionLevel)}
	}
	return nil
}

func firstNonEmpty(s ...string) string {
	for _, v := range s {
		if v != "" {
			return v
		}
	}
	return ""
}

// baseName is a file name without its directory and extension.
func baseName(name string) string {
	name = path.Base(strings.ReplaceAll(name, "\\", "/"))
	if ext := path.Ext(name); ext != "" && ext != name {
		name = strings.TrimSuffix(name, ext)
	}
	return name
}
