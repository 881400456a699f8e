package syntax

import (
	"unicode"

	"github.com/yuin/goldmark/util"
)

// SoftBreakIsSpace reports whether a soft line break between the runes before
// and after it reads as a space. Between two East Asian wide characters
// (Han, kana, CJK and full-width punctuation such as "，") it does not: a
// Chinese sentence wrapped over two lines is one run of text. Hangul, which
// separates words with spaces, keeps the space. This is Pandoc's
// east_asian_line_breaks, with full-width forms counted as wide.
func SoftBreakIsSpace(before, after rune) bool {
	return !(isWide(before) && isWide(after))
}

func isWide(r rune) bool {
	if unicode.Is(unicode.Hangul, r) {
		return false
	}
	if util.IsEastAsianWideRune(r) {
		return true
	}
	w := util.EastAsianWidth(r)
	return w == "F" || w == "W"
}
