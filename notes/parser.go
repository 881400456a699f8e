package notes

import (
	"path"
	"strings"

	"github.com/flashmark/flashmark/notes/syntax"
	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
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
	f = &parsedFile{}
	fmText, fmStart, bodyStart := splitFrontMatter(src)
	if fmText != nil {
		if f.fm, f.diags, err = parseFrontMatter(fmText, fmStart, lines); err != nil {
			return nil, err
		}
	}
	body := src[bodyStart:]
	blocks := parseBlocks(markdown(), body)

	level := firstNonZero(f.fm.QuestionLevel, p.QuestionLevel)
	b := &builder{
		file:  f,
		lines: lines,
		base:  bodyStart,
		src:   body,
		dir:   dir,
	}
	b.level, b.titleHeading = detectLevel(topHeadings(blocks), level)
	if err := b.build(blocks); err != nil {
		return nil, err
	}
	f.lang = firstNonEmpty(f.fm.Lang, p.Lang)
	if f.lang == "" {
		f.lang = detectLang(body)
	}
	return f, nil
}

func topHeadings(blocks []ast.Node) []*ast.Heading {
	var hs []*ast.Heading
	for _, n := range blocks {
		if h, ok := n.(*ast.Heading); ok {
			hs = append(hs, h)
		}
	}
	return hs
}

// detectLevel returns the question level of a file and its title heading,
// if any. The first heading is the title when it is strictly shallower than
// every other heading of the file (a lone "# Title" over "## Question"s).
// Without an explicit level, questions are the shallowest headings after
// the title. An explicit level keeps the title rule for headings above it.
func detectLevel(hs []*ast.Heading, explicit int) (int, *ast.Heading) {
	var title *ast.Heading
	if len(hs) > 1 {
		title = hs[0]
		for _, h := range hs[1:] {
			if h.Level <= title.Level {
				title = nil
				break
			}
		}
	}
	if explicit > 0 {
		if title != nil && title.Level >= explicit {
			title = nil
		}
		return explicit, title
	}
	rest := hs
	if title != nil {
		rest = hs[1:]
	}
	level := 0
	for _, h := range rest {
		if level == 0 || h.Level < level {
			level = h.Level
		}
	}
	if level == 0 {
		level = 1 // no headings: no questions
	}
	return level, title
}

func firstNonEmpty(s ...string) string {
	for _, v := range s {
		if v != "" {
			return v
		}
	}
	return ""
}

func firstNonZero(v ...int) int {
	for _, n := range v {
		if n != 0 {
			return n
		}
	}
	return 0
}

// baseName is a file name without its directory and extension.
func baseName(name string) string {
	name = path.Base(strings.ReplaceAll(name, "\\", "/"))
	if ext := path.Ext(name); ext != "" && ext != name {
		name = strings.TrimSuffix(name, ext)
	}
	return name
}
