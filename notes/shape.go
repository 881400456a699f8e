package notes

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// How much a heading reads as a question, by what people write in
// interview notes. A heading ending in a question mark, opening with an
// interrogative or comparing two things reads as one; a number alone
// ("1. TCP 握手", "Q3", "第1题") half does, since sections are numbered too.
const (
	notQuestion  = 0
	halfQuestion = 1
	fullQuestion = 2
)

// zhInterrogatives are words that make a Chinese heading a question
// wherever they stand ("Pod 是什么", "为什么需要 Service").
var zhInterrogatives = []string{
	"什么", "如何", "为什么", "为何", "怎么", "怎样", "哪些", "哪个", "哪种", "哪里",
	"是否", "能否", "可否", "有没有", "是不是", "多少", "有何", "区别", "异同", "对比",
}

// enOpeners are first words that make an English heading a question.
var enOpeners = []string{
	"what", "what's", "how", "why", "when", "which", "where", "who", "whom", "whose",
	"is", "are", "can", "could", "do", "does", "did", "should", "would", "will",
	"explain", "describe", "difference", "differences", "compare", "define", "list", "name",
}

// questionScore grades a heading's text: fullQuestion, halfQuestion or
// notQuestion.
func questionScore(text string) int {
	t := strings.TrimSpace(text)
	if t == "" {
		return notQuestion
	}
	num, rest := splitQuestionNumber(t)
	if num != "" {
		t = rest
	}
	last, _ := utf8.DecodeLastRuneInString(t)
	switch {
	case last == '?' || last == '？':
		return fullQuestion
	case hasEnglishOpener(t) || isComparison(t):
		return fullQuestion
	}
	if last == '吗' || last == '呢' || hasInterrogative(t) {
		return fullQuestion
	}
	for _, w := range zhOpeners {
		if strings.HasPrefix(t, w) {
			return fullQuestion
		}
	}
	if num != "" {
		return halfQuestion
	}
	return notQuestion
}

func hasEnglishOpener(t string) bool {
	if t == "" || t[0] >= utf8.RuneSelf || !unicode.IsLetter(rune(t[0])) {
		return false
	}
	end := strings.IndexFunc(t, func(r rune) bool { return !unicode.IsLetter(r) && r != '\'' })
	if end < 0 {
		end = len(t)
	}
	word := t[:end]
	if len(word) < 2 || len(word) > 12 {
		return false
	}
	for _, w := range enOpeners {
		if strings.EqualFold(word, w) {
			return true
		}
	}
	return false
}

// isComparison reports an "A vs B" heading.
func isComparison(t string) bool {
	if !strings.Contains(t, " v") && !strings.Contains(t, " V") {
		return false
	}
	lower := strings.ToLower(t)
	for _, sep := range []string{" vs ", " vs. ", " versus "} {
		if i := strings.Index(lower, sep); i > 0 && i+len(sep) < len(lower) {
			return true
		}
	}
	return false
}

// Chinese prompts that open a question without a question word ("简述
// TCP 握手", "介绍一下 k8s").
var zhOpeners = []string{"简述", "介绍", "说说", "谈谈", "解释", "描述", "说明", "列举", "比较", "请"}

// hasInterrogative reports whether t holds one of zhInterrogatives, in one
// pass over t.
func hasInterrogative(t string) bool {
	for i, r := range t {
		for _, w := range interrogativesByRune[r] {
			if strings.HasPrefix(t[i:], w) {
				return true
			}
		}
	}
	return false
}

// interrogativesByRune files zhInterrogatives by their first character.
var interrogativesByRune = func() map[rune][]string {
	m := map[rune][]string{}
	for _, w := range zhInterrogatives {
		r, _ := utf8.DecodeRuneInString(w)
		m[r] = append(m[r], w)
	}
	return m
}()
