package notes

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/yuin/goldmark/ast"
)

// splitQuestionNumber splits the number that opens a question ("1. ",
// "12、", "3) ", "Q4: ", "q5 ", "第6题：", "第七题 ", "一、") from its text. The
// number is returned as written, without the punctuation and space after
// it; rest is the text after them. It returns "" and s when s opens with no
// number, or with one that is part of the text: "3.14 是什么", "1.2 节",
// "5G 网络", "2022 年", or a number with nothing after it.
func splitQuestionNumber(s string) (num, rest string) {
	switch {
	case strings.HasPrefix(s, "第"):
		return splitOrdinal(s)
	case len(s) > 1 && (s[0] == 'Q' || s[0] == 'q') && isDigit(s[1]):
		n := 1 + digitRun(s[1:])
		return afterNumber(s, n, true)
	case len(s) > 0 && isDigit(s[0]):
		n := digitRun(s)
		if n > 4 {
			return "", s
		}
		return afterNumber(s, n, false)
	}
	// Chinese numerals, only before "、": "一、什么是 Pod".
	n := 0
	for n < len(s) {
		r, size := utf8.DecodeRuneInString(s[n:])
		if !strings.ContainsRune("一二三四五六七八九十百", r) {
			break
		}
		n += size
	}
	if n > 0 && strings.HasPrefix(s[n:], "、") {
		if rest := strings.TrimLeftFunc(s[n+len("、"):], unicode.IsSpace); rest != "" {
			return s[:n], rest
		}
	}
	return "", s
}

// splitOrdinal splits "第12题", "第十二题", "第3问" and the punctuation after.
func splitOrdinal(s string) (string, string) {
	n := len("第")
	digits := 0
	for n < len(s) {
		r, size := utf8.DecodeRuneInString(s[n:])
		if !(r >= '0' && r <= '9') && !strings.ContainsRune("零一二三四五六七八九十百千", r) {
			break
		}
		n += size
		digits++
	}
	if digits == 0 {
		return "", s
	}
	r, size := utf8.DecodeRuneInString(s[n:])
	if r != '题' && r != '问' {
		return "", s
	}
	n += size
	rest := s[n:]
	if r, size := utf8.DecodeRuneInString(rest); strings.ContainsRune(".:：、)）．", r) {
		rest = rest[size:]
	}
	rest = strings.TrimLeftFunc(rest, unicode.IsSpace)
	if rest == "" {
		return "", s
	}
	return s[:n], rest
}

// afterNumber finishes a number of n bytes at the start of s: it must be
// followed by a separator, and then by space or a wide character, or (for
// "Q3" and bare digits) by space alone.
func afterNumber(s string, n int, q bool) (string, string) {
	rest := s[n:]
	r, size := utf8.DecodeRuneInString(rest)
	switch {
	case strings.ContainsRune(".)、:：）．", r):
		after, _ := utf8.DecodeRuneInString(rest[size:])
		if r == '.' || r == '．' {
			if after >= '0' && after <= '9' {
				return "", s // "1.2 节", "3.14"
			}
		}
		if r != '、' && r != '：' && r != '）' && !unicode.IsSpace(after) && !isWideRune(after) {
			return "", s // "1.x", "3)x"
		}
		rest = rest[size:]
	case q && unicode.IsSpace(r):
	default:
		return "", s
	}
	rest = strings.TrimLeftFunc(rest, unicode.IsSpace)
	if rest == "" {
		return "", s
	}
	return s[:n], rest
}

func isWideRune(r rune) bool {
	return r >= 0x2E80 && r != utf8.RuneError && !unicode.Is(unicode.Hangul, r)
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

func digitRun(s string) int {
	n := 0
	for n < len(s) && isDigit(s[n]) {
		n++
	}
	return n
}

// dropQuestionNumber removes the number that opens the inline content of
// para (see splitQuestionNumber) and returns it with the offset where the
// remaining text starts. The number must lie in the plain text that opens
// the paragraph; a number in emphasis or code stays.
func dropQuestionNumber(para ast.Node, src []byte) (num string, start int, ok bool) {
	first, isText := para.FirstChild().(*ast.Text)
	if !isText || first.IsRaw() || !mayOpenWithNumber(first.Segment.Value(src)) {
		return "", 0, false
	}
	// Read the plain text of the first line, across the text nodes
	// goldmark split it into.
	var lead []byte
	more := false // inline content other than text follows the lead
	for c := ast.Node(first); c != nil; c = c.NextSibling() {
		t, ok := c.(*ast.Text)
		if !ok || t.IsRaw() {
			more = true
			break
		}
		lead = append(lead, t.Segment.Value(src)...)
		if t.SoftLineBreak() || t.HardLineBreak() || len(lead) > 64 {
			more = true
			break
		}
	}
	text := string(lead)
	if more {
		text += "\uFFFC" // stands for what follows ("Q3: `kubectl`")
	}
	num, rest := splitQuestionNumber(text)
	if num == "" {
		return "", 0, false
	}
	cut := len(text) - len(rest)
	start = trimLeadingText(para, src, cut)
	return num, start, true
}

// trimLeadingText drops the first n bytes of the plain text that opens
// para, removing the text nodes it empties, and returns the offset where
// what is left starts.
func trimLeadingText(para ast.Node, src []byte, n int) int {
	for n > 0 {
		t, ok := para.FirstChild().(*ast.Text)
		if !ok {
			break
		}
		if l := t.Segment.Len(); l <= n {
			n -= l
			para.RemoveChild(para, t)
			continue
		}
		t.Segment = t.Segment.WithStart(t.Segment.Start + n)
		n = 0
	}
	if c := para.FirstChild(); c != nil {
		return inlineStart(c, src)
	}
	return blockStartOffsetOf(para)
}

// mayOpenWithNumber reports whether text may open with a question number:
// a digit, "Q", "第" or a Chinese numeral.
func mayOpenWithNumber(text []byte) bool {
	if len(text) == 0 {
		return false
	}
	if c := text[0]; isDigit(c) || c == 'Q' || c == 'q' {
		return true
	}
	r, _ := utf8.DecodeRune(text)
	return r == '第' || strings.ContainsRune("一二三四五六七八九十百", r)
}
