package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"slices"
	"strings"

	"github.com/flashmark/flashmark/notes"
)

// parseFlags are the options of reading notes, shared by every command that
// reads them, so that ids pins the IDs that build derives.
type parseFlags struct {
	title         string
	lang          string
	questionLevel int
	hardWraps     bool
	root          string

	// set tells the flags given on the command line from defaults.
	set func(name string) bool
}

func (f *parseFlags) register(fs flagSet) {
	fs.StringVar(&f.title, "title", "", "deck title, whatever the notes say (part of every derived note ID)")
	fs.StringVar(&f.lang, "lang", "", "language `tag` of notes whose front matter has no lang, such as zh or en (default: detected)")
	fs.IntVar(&f.questionLevel, "question-level", 0, "heading `level` of questions, 1 to 6, for files without question_level in front matter (default: detected)")
	fs.BoolVar(&f.hardWraps, "hard-wraps", false, "keep every line break written inside a paragraph; --hard-wraps=false joins the lines as CommonMark does (default: kept in Chinese notes only, unless front matter says breaks)")
	fs.StringVar(&f.root, "root", "", "`directory` local images may be read from; nothing outside it is read (default: the notes' directory)")
}

func (f *parseFlags) check() error {
	if f.questionLevel < 0 || f.questionLevel > 6 {
		return usageErrorf("--question-level %d: want 1 to 6 (0 detects it)", f.questionLevel)
	}
	return nil
}

// parser returns the notes parser the flags describe.
func (f *parseFlags) parser() *notes.Parser {
	p := &notes.Parser{
		QuestionLevel: f.questionLevel,
		Title:         f.title,
		Lang:          f.lang,
	}
	if f.set != nil && f.set("hard-wraps") {
		p.Breaks = notes.BreaksSoft
		if f.hardWraps {
			p.Breaks = notes.BreaksHard
		}
	}
	return p
}

// exportFlags are the options of the formats.
type exportFlags struct {
	outputs []string
	format  string

	deck              string
	includeUnanswered bool
	flat              bool
	reversed          bool
	tags              []string

	layout    string
	pageSize  string
	landscape bool
	columns   int
	font      string
	fontData  []byte // the file --font names, read by check

	mode   string
	author string

	// set tells the flags given on the command line from defaults.
	set func(name string) bool
}

// Values of the enumerated flags.
var (
	layouts   = []string{"cheatsheet", "cards", "guide"}
	pageSizes = []string{"A4", "Letter", "A5"}
	modes     = []string{"book", "quiz"}
)

func (f *exportFlags) registerOutput(fs flagSet) {
	fs.StringArrayVarP(&f.outputs, "output", "o", nil, "output `file`, its format chosen by extension (.apkg, .pdf, .epub); - writes to standard output (needs --format); repeat for several outputs from one parse")
	fs.StringVar(&f.format, "format", "", "`format` of -o -: anki, pdf or epub")
	fs.BoolVar(&f.includeUnanswered, "include-unanswered", false, "keep unanswered questions: empty cards in Anki, a to-do list in PDF and EPUB")
}

func (f *exportFlags) registerAnki(fs flagSet) {
	fs.StringVar(&f.deck, "deck", "", "Anki deck `name`, such as Interview::Kubernetes (default: the notes' deck or title)")
	fs.BoolVar(&f.flat, "flat", false, "put every note in the top Anki deck instead of a sub-deck per section")
	fs.BoolVar(&f.reversed, "reversed", false, "give basic Anki notes a second, reversed card (answer → question)")
	fs.StringArrayVar(&f.tags, "tag", nil, "add `tag` to every Anki note; repeat for more")
}

func (f *exportFlags) registerPDF(fs flagSet) {
	fs.StringVar(&f.layout, "layout", "guide", "PDF `layout`: cheatsheet, cards or guide")
	fs.StringVar(&f.pageSize, "page-size", "A4", "PDF page `size`: A4, Letter or A5")
	fs.BoolVar(&f.landscape, "landscape", false, "PDF pages in landscape (default: landscape for cheatsheet, portrait otherwise)")
	fs.IntVar(&f.columns, "columns", 0, "`number` of columns of a PDF cheat sheet (default 3), or of cards across a page (default 2)")
	fs.StringVar(&f.font, "font", "", "TrueType `file` for the PDF's text, instead of the bundled Noto Sans SC")
}

func (f *exportFlags) registerEPUB(fs flagSet) {
	fs.StringVar(&f.mode, "mode", "book", "EPUB `mode`: book (each answer after its question) or quiz (answers one tap away)")
	fs.StringVar(&f.author, "author", "", "EPUB `author`")
}

func (f *exportFlags) check() error {
	if err := oneOf("--layout", &f.layout, layouts); err != nil {
		return err
	}
	if err := oneOf("--page-size", &f.pageSize, pageSizes); err != nil {
		return err
	}
	if err := oneOf("--mode", &f.mode, modes); err != nil {
		return err
	}
	if f.columns < 0 || f.columns > 12 {
		return usageErrorf("--columns %d: want 1 to 12", f.columns)
	}
	if f.font != "" {
		data, err := os.ReadFile(f.font)
		if err != nil {
			var pe *fs.PathError
			if errors.As(err, &pe) {
				err = pe.Err
			}
			return usageErrorf("--font %s: %v", f.font, err)
		}
		f.fontData = data
	}
	return nil
}

// oneOf checks that *v is one of values, ignoring case, and spells it as
// values does.
func oneOf(flag string, v *string, values []string) error {
	i := slices.IndexFunc(values, func(s string) bool { return strings.EqualFold(s, *v) })
	if i < 0 {
		return usageErrorf("%s %q: want %s", flag, *v, orList(values))
	}
	*v = values[i]
	return nil
}

// orList returns "a, b or c".
func orList(values []string) string {
	switch len(values) {
	case 0:
		return ""
	case 1:
		return values[0]
	}
	return fmt.Sprintf("%s or %s", strings.Join(values[:len(values)-1], ", "), values[len(values)-1])
}
