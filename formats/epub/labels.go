package epub

import (
	"strconv"
	"strings"
)

// labels are the words the book adds around the notes, in its language.
type labels struct {
	contents  string // the nav heading
	answer    string // the quiz link to an answer, and the heading of the answers
	back      string // the link from an answer back to its question
	todo      string // the chapter of unanswered questions
	questions func(first, last int) string
	part      func(title string, first, last int) string
	count     func(n int) string
	untitled  string // a section without a title
	cover     string
	titlePage string
	blank     string // a cloze deletion without a hint, in a quiz
	open      string // the brackets around a deletion's hint, in a quiz
	shut      string
	imageLink string // the text of a link to a remote image without alternative text
}

func dash(first, last int) string {
	if first == last {
		return strconv.Itoa(first)
	}
	return strconv.Itoa(first) + "–" + strconv.Itoa(last)
}

var (
	english = labels{
		contents:  "Contents",
		answer:    "Answer",
		back:      "Back to the question",
		todo:      "To do",
		questions: func(a, b int) string { return "Questions " + dash(a, b) },
		part:      func(t string, a, b int) string { return t + " (" + dash(a, b) + ")" },
		count: func(n int) string {
			if n == 1 {
				return "1 question"
			}
			return strconv.Itoa(n) + " questions"
		},
		untitled:  "Untitled",
		cover:     "Cover",
		titlePage: "Title page",
		blank:     "[…]",
		open:      "[",
		shut:      "]",
		imageLink: "image",
	}
	simplifiedChinese = labels{
		contents:  "目录",
		answer:    "答案",
		back:      "返回问题",
		todo:      "待答问题",
		questions: func(a, b int) string { return "第 " + dash(a, b) + " 题" },
		part:      func(t string, a, b int) string { return t + "（" + dash(a, b) + "）" },
		count:     func(n int) string { return strconv.Itoa(n) + " 道题" },
		untitled:  "未命名",
		cover:     "封面",
		titlePage: "扉页",
		blank:     "［…］",
		open:      "［",
		shut:      "］",
		imageLink: "图片",
	}
	traditionalChinese = labels{
		contents:  "目錄",
		answer:    "答案",
		back:      "返回問題",
		todo:      "待答問題",
		questions: func(a, b int) string { return "第 " + dash(a, b) + " 題" },
		part:      func(t string, a, b int) string { return t + "（" + dash(a, b) + "）" },
		count:     func(n int) string { return strconv.Itoa(n) + " 道題" },
		untitled:  "未命名",
		cover:     "封面",
		titlePage: "扉頁",
		blank:     "［…］",
		open:      "［",
		shut:      "］",
		imageLink: "圖片",
	}
	japanese = labels{
		contents:  "目次",
		answer:    "答え",
		back:      "問題に戻る",
		todo:      "未回答の問題",
		questions: func(a, b int) string { return "問題 " + dash(a, b) },
		part:      func(t string, a, b int) string { return t + "（" + dash(a, b) + "）" },
		count:     func(n int) string { return strconv.Itoa(n) + " 問" },
		untitled:  "無題",
		cover:     "表紙",
		titlePage: "扉",
		blank:     "［…］",
		open:      "［",
		shut:      "］",
		imageLink: "画像",
	}
)

// labelsFor returns the labels of a BCP 47 language tag: Chinese (the
// traditional script for zh-Hant, zh-TW, zh-HK and zh-MO), Japanese, or
// English for any other language.
func labelsFor(lang string) labels {
	tag := strings.ToLower(lang)
	primary, rest, _ := strings.Cut(tag, "-")
	switch primary {
	case "zh":
		for _, sub := range strings.Split(rest, "-") {
			switch sub {
			case "hant", "tw", "hk", "mo":
				return traditionalChinese
			}
		}
		return simplifiedChinese
	case "ja":
		return japanese
	}
	return english
}
