package notes

import (
	"fmt"

	"github.com/flashmark/flashmark/notes/syntax"
	"github.com/yuin/goldmark/ast"
)

// LineBreaks says what a line break inside a paragraph stands for.
type LineBreaks int

const (
	// BreaksAuto makes line breaks hard in Chinese notes and soft in
	// others. Notes written in Chinese, in Typora, Obsidian or a Notion
	// export, put one statement on each line far more often than they
	// wrap paragraphs at a width; see the package documentation.
	BreaksAuto LineBreaks = iota
	// BreaksSoft follows CommonMark: a line break inside a paragraph is a
	// space, or nothing between two Chinese characters.
	BreaksSoft
	// BreaksHard keeps every line break inside a paragraph, as GitHub
	// comments and Obsidian do.
	BreaksHard
)

// String returns "auto", "soft" or "hard".
func (l LineBreaks) String() string {
	switch l {
	case BreaksAuto:
		return "auto"
	case BreaksSoft:
		return "soft"
	case BreaksHard:
		return "hard"
	}
	return fmt.Sprintf("LineBreaks(%d)", int(l))
}

// MarshalText implements encoding.TextMarshaler: "auto", "soft" or "hard".
func (l LineBreaks) MarshalText() ([]byte, error) { return []byte(l.String()), nil }

// UnmarshalText implements encoding.TextUnmarshaler, so that a flag or a
// configuration file can set line breaks: "auto", "soft" or "hard", or
// "true" and "false" as the front matter's breaks key takes them.
func (l *LineBreaks) UnmarshalText(text []byte) error {
	v, err := parseBreaks(string(text))
	if err != nil {
		return fmt.Errorf("notes: line breaks: %w", err)
	}
	*l = v
	return nil
}

// hard reports whether line breaks are hard in a file in language lang.
func (l LineBreaks) hard(lang string) bool {
	switch l {
	case BreaksHard:
		return true
	case BreaksAuto:
		return lang == "zh" || len(lang) > 3 && lang[:3] == "zh-"
	}
	return false
}

// hardenBreaks turns the soft line breaks of a tree into hard ones. A
// break that ends a paragraph, or falls inside code, math or raw HTML,
// stays as it is.
func hardenBreaks(n ast.Node) {
	for c := n.FirstChild(); c != nil; c = c.NextSibling() {
		switch c := c.(type) {
		case *ast.Text:
			if c.SoftLineBreak() && !c.IsRaw() && c.NextSibling() != nil {
				c.SetSoftLineBreak(false)
				c.SetHardLineBreak(true)
			}
			continue
		case *ast.CodeSpan, *ast.CodeBlock, *ast.FencedCodeBlock, *ast.HTMLBlock, *ast.RawHTML, *syntax.Math, *syntax.MathBlock:
			continue
		}
		if c.HasChildren() {
			hardenBreaks(c)
		}
	}
}
