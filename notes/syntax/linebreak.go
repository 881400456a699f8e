package syntax

import (
	"strings"
	"unicode"
	"unicode/utf8"

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

// StartsItem reports whether a line beginning with text starts an item of
// a list written without Markdown list syntax, as Chinese notes often are:
// "1、", "2.", "3)", "（4）", "(5)", "一、", "①". A soft line break before
// such a line reads as a line break: without one, "1、…2、…3、…" would run
// together into one line.
func StartsItem(text []byte) bool {
	r, size := utf8.DecodeRune(text)
	switch {
	case r >= '①' && r <= '⑳':
		return true
	case r == '(' || r == '（':
		n, rest := leadingNumber(text[size:])
		r, _ = utf8.DecodeRune(rest)
		return n > 0 && (r == ')' || r == '）')
	}
	n, rest := leadingNumber(text)
	if n == 0 {
		return false
	}
	r, size = utf8.DecodeRune(rest)
	switch r {
	case '、':
		return true
	case '.', ')', '．', '）':
		next, _ := utf8.DecodeRune(rest[size:])
		return next == ' ' || next == '\t' || isWide(next) // not "3.14" or "v1.2"
	}
	return false
}

// leadingNumber returns how many characters of Arabic digits (at most three)
// or Chinese numerals start text, and the rest.
func leadingNumber(text []byte) (int, []byte) {
	n := 0
	for n < 3 && len(text) > 0 && text[0] >= '0' && text[0] <= '9' {
		text = text[1:]
		n++
	}
	if n > 0 {
		return n, text
	}
	for len(text) > 0 {
		r, size := utf8.DecodeRune(text)
		if !strings.ContainsRune("一二三四五六七八九十", r) {
			break
		}
		text = text[size:]
		n++
	}
	return n, text
}
