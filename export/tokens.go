package export

import (
	"fmt"
	"sync"

	"github.com/alecthomas/chroma/v2"
	"github.com/alecthomas/chroma/v2/styles"
	"github.com/flashmark/flashmark/internal/highlight"
)

// A Token is a piece of highlighted code: its text and its class, chroma's
// short name of the token type ("k" for a keyword, "s" for a string, "c1"
// for a comment...), or "" for plain text. The HTML renderer writes a token
// as a span of class CodeClassPrefix+Class; other formats colour it with
// TokenStyleOf.
type Token struct {
	Class string
	Text  []byte
}

// Highlight splits code in the language lang (a fenced code block's info
// word: "go", "Python", "sh"...) into tokens whose texts, concatenated, are
// code. It uses flashmark's own fast scanner for the languages notes use
// most, and chroma for the others. It returns nil for a language neither
// knows, or code longer than 64 KiB, which is then shown plain.
//
// The error is not nil when a highlighter failed on the code (a bug, not
// the notes' fault); the tokens are then what the fallback gave, possibly
// nil. Token texts may share code's memory.
func Highlight(lang string, code []byte) ([]Token, error) {
	return appendTokens(nil, lang, code)
}

// appendTokens is Highlight appending to dst, so that a renderer reuses
// one slice for every code block.
func appendTokens(dst []Token, lang string, code []byte) ([]Token, error) {
	if len(code) == 0 || len(code) > maxHighlight {
		return nil, nil
	}
	toks, err := fastTokens(dst[:0], lang, code)
	if toks != nil && err == nil {
		return toks, nil
	}
	if lexer := lexerFor(lang); lexer != nil {
		ctoks, cerr := chromaTokens(lexer, code)
		if cerr != nil && err == nil {
			err = cerr
		}
		return ctoks, err
	}
	return nil, err
}

// fastTokens returns the tokens of the fast scanner, nil when it does not
// know the language, or an error when it panicked.
func fastTokens(dst []Token, lang string, code []byte) (toks []Token, err error) {
	if !highlight.Supported(lang) {
		return nil, nil
	}
	defer func() {
		if p := recover(); p != nil {
			toks, err = nil, fmt.Errorf("highlighting %s: %w: %v", lang, ErrInternal, p)
		}
	}()
	toks = dst
	highlight.Tokens(lang, code, func(class string, text []byte) {
		toks = append(toks, Token{Class: class, Text: text})
	})
	return toks, nil
}

// A TokenStyle is how a class of highlighted code looks in CodeCSS's light
// colours: a colour (when Colored) and the font's weight and slant.
type TokenStyle struct {
	Colored      bool
	R, G, B      uint8
	Bold, Italic bool
}

// TokenStyleOf returns the light style of the token class, as CodeCSS
// colours it: for formats that draw code themselves, such as PDF. Plain
// text ("") and unknown classes have the zero TokenStyle.
func TokenStyleOf(class string) TokenStyle { return tokenStyles()[class] }

var tokenStyles = sync.OnceValue(func() map[string]TokenStyle {
	st := styles.Get(lightStyle)
	bg := st.Get(chroma.Background)
	m := make(map[string]TokenStyle, len(chroma.StandardTypes))
	for t, cls := range chroma.StandardTypes {
		if t <= 0 || cls == "" || cls == "w" {
			continue
		}
		e := st.Get(t).Sub(bg)
		var s TokenStyle
		if e.Colour.IsSet() {
			s = TokenStyle{Colored: true, R: e.Colour.Red(), G: e.Colour.Green(), B: e.Colour.Blue()}
		}
		s.Bold = e.Bold == chroma.Yes
		s.Italic = e.Italic == chroma.Yes
		m[cls] = s
	}
	return m
})
