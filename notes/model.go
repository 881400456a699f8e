package notes

import (
	"fmt"
	"iter"
	"unicode/utf8"
)

// A Deck is parsed notes: a tree of sections holding question-and-answer
// notes. Parse makes one from a file, ParseFS from several.
type Deck struct {
	// Title names the deck: the front matter's title, the file's title
	// heading, or the file name.
	Title string `json:"title"`
	// Name is the deck name an exporter should use when it names decks (an
	// Anki deck such as "Interview::Kubernetes"), from the front matter's
	// deck key; empty means Title.
	Name string `json:"name,omitempty"`
	// Lang is a BCP 47 language tag such as "zh" or "en".
	Lang string `json:"lang"`
	// Description is the text before the first question or section: a
	// preface, or the page chrome of notes copied from a web page.
	Description Body     `json:"description"`
	Tags        []string `json:"tags,omitempty"`
	// Notes are the questions that come before any section.
	Notes    []*Note    `json:"notes,omitempty"`
	Sections []*Section `json:"sections,omitempty"`
	// Diagnostics are the warnings and remarks about the notes, in file
	// order. Errors are returned by Parse instead.
	Diagnostics []Diagnostic `json:"diagnostics,omitempty"`
}

// DisplayName returns Name, or Title when Name is empty.
func (d *Deck) DisplayName() string {
	if d.Name != "" {
		return d.Name
	}
	return d.Title
}

// All returns every note of the deck in document order: the deck's own
// notes, then each section's notes before its subsections'.
func (d *Deck) All() iter.Seq[*Note] {
	return func(yield func(*Note) bool) {
		for _, n := range d.Notes {
			if !yield(n) {
				return
			}
		}
		for _, s := range d.Sections {
			if !s.all(yield) {
				return
			}
		}
	}
}

// Count tallies the notes of the deck.
func (d *Deck) Count() Counts {
	var c Counts
	for n := range d.All() {
		c.Notes++
		if n.Answered() {
			c.Answered++
		}
		if n.Kind == Cloze {
			c.Cloze++
		}
	}
	return c
}

// Counts tallies the notes of a deck.
type Counts struct {
	Notes    int // every note, answered or not
	Answered int // notes with an answer
	Cloze    int // notes of kind Cloze
}

// Unanswered returns the number of notes without an answer.
func (c Counts) Unanswered() int { return c.Notes - c.Answered }

// A Section groups notes under a heading above the question level, or under
// a file when several files are parsed together.
type Section struct {
	Title string `json:"title"`
	// Level is the heading level, or 0 for a section made from a file.
	Level int      `json:"level"`
	Pos   Position `json:"pos"`
	// Description is the text between the heading and the first question
	// or subsection.
	Description Body `json:"description"`
	// Tags are the section's own tags (a file's front matter); its notes
	// carry them too.
	Tags     []string   `json:"tags,omitempty"`
	Notes    []*Note    `json:"notes,omitempty"`
	Sections []*Section `json:"sections,omitempty"`
}

func (s *Section) all(yield func(*Note) bool) bool {
	for _, n := range s.Notes {
		if !yield(n) {
			return false
		}
	}
	for _, sub := range s.Sections {
		if !sub.all(yield) {
			return false
		}
	}
	return true
}

// Kind is the kind of a note.
type Kind int

const (
	// Basic is a question with an answer.
	Basic Kind = iota
	// Cloze is a note with cloze deletions ({{c1::...}} or ==...==) in its
	// question or answer.
	Cloze
)

// String returns "basic" or "cloze".
func (k Kind) String() string {
	switch k {
	case Basic:
		return "basic"
	case Cloze:
		return "cloze"
	}
	return fmt.Sprintf("Kind(%d)", int(k))
}

// MarshalText implements encoding.TextMarshaler.
func (k Kind) MarshalText() ([]byte, error) { return []byte(k.String()), nil }

// A Note is one question and its answer.
type Note struct {
	// ID identifies the note across builds: the explicit ID written in the
	// notes, or one derived from the deck, the section path and the
	// question text (see the package documentation).
	ID   string `json:"id"`
	Kind Kind   `json:"kind"`
	// Number is the number the question carries in the notes, as written
	// but for the punctuation after it: "12" for "## 12. What is a Pod?"
	// or for the twelfth item of "1. ### What is a Pod?", "Q3", "第四题".
	// It is left out of Question, which a card shows out of order; book
	// and guide layouts may show it. Empty when the question has none.
	Number string `json:"number,omitempty"`
	// Question is the question: the text of its heading without the
	// number, or the text after a question label ("**题目**：", "Q:"),
	// followed by what comes before the answer label (code, options).
	Question Body `json:"question"`
	// Answer is everything from the question to the next question at its
	// level or above, or what follows the answer label ("**参考答案**：",
	// "A:"). It is empty for an unanswered question.
	Answer Body `json:"answer"`
	// Extra is what labels other than the question's and the answer's say
	// about the note ("**出题人**：…", "**来源**：…"), labels and all, in
	// order. It is empty for most notes.
	Extra Body `json:"extra,omitzero"`
	// Tags are the note's own tags ({.tag} heading classes, a "标签：" or
	// "Tags:" label) after those of its deck and sections, without
	// repeats.
	Tags []string `json:"tags,omitempty"`
	// Path is the titles of the sections holding the note, outermost first.
	Path []string `json:"path,omitempty"`
	// Pos is where the question starts: its heading, or its label.
	Pos Position `json:"pos"`
	// Clozes are the distinct cloze numbers of a cloze note, ascending: a
	// cloze note makes one card for each.
	Clozes []int `json:"clozes,omitempty"`

	ownTags []string // the heading's {.tag} classes and the tags label
	key     string   // the text the derived ID is made from
}

// Answered reports whether the note has an answer. A cloze note holds its
// answers in its deletions and counts as answered even with nothing under
// its heading.
func (n *Note) Answered() bool { return !n.Answer.IsEmpty() || n.Kind == Cloze }

// NumberLabel returns what leads the question where a book or a guide
// shows its number: "12. ", "Q3. ", "第四题 ", "一、", or "" when the
// question has no number.
func (n *Note) NumberLabel() string {
	num := n.Number
	if num == "" {
		return ""
	}
	last, _ := utf8.DecodeLastRuneInString(num)
	switch {
	case last == '题' || last == '问':
		return num + " "
	case last < utf8.RuneSelf:
		return num + ". "
	}
	return num + "、" // a Chinese numeral: "一、"
}
