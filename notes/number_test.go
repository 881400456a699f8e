package notes

import "testing"

func TestSplitQuestionNumber(t *testing.T) {
	tests := []struct{ in, num, rest string }{
		{"1. What is a Pod?", "1", "What is a Pod?"},
		{"12、什么是 Pod？", "12", "什么是 Pod？"},
		{"3) What is etcd", "3", "What is etcd"},
		{"4．什么是 Service", "4", "什么是 Service"},
		{"5.什么是 CNI", "5", "什么是 CNI"},
		{"6：什么是 CSI", "6", "什么是 CSI"},
		{"Q7: Why Pods?", "Q7", "Why Pods?"},
		{"q8 why pods", "q8", "why pods"},
		{"第9题：调度过程", "第9题", "调度过程"},
		{"第十题 调度", "第十题", "调度"},
		{"一、什么是 Pod", "一", "什么是 Pod"},
		// Numbers that are part of the question stay.
		{"3.14 是圆周率吗", "", "3.14 是圆周率吗"},
		{"1.2 节", "", "1.2 节"},
		{"5G 网络是什么", "", "5G 网络是什么"},
		{"2022 年的变化", "", "2022 年的变化"},
		{"12345. too long", "", "12345. too long"},
		{"1.x 版本", "", "1.x 版本"},
		{"1.", "", "1."},
		{"Q&A", "", "Q&A"},
		{"第一次握手", "", "第一次握手"},
		{"十、", "", "十、"},
	}
	for _, tt := range tests {
		num, rest := splitQuestionNumber(tt.in)
		if num != tt.num || rest != tt.rest {
			t.Errorf("splitQuestionNumber(%q) = %q, %q; want %q, %q", tt.in, num, rest, tt.num, tt.rest)
		}
	}
}

// TestQuestionNumbers checks that the number leaves the question, markup
// and all, stays in the model, and leaves the ID as it was: the ID is
// still derived from the heading as written.
func TestQuestionNumbers(t *testing.T) {
	tests := []struct {
		src, num, question, text string
	}{
		{"## 1. TCP 三次握手？\n", "1", "TCP 三次握手？", "TCP 三次握手？"},
		{"## 12. What is **etcd**?\n", "12", "What is **etcd**?", "What is etcd?"},
		{"## Q3: `kubectl apply` 做什么？\n", "Q3", "`kubectl apply` 做什么？", "kubectl apply 做什么？"},
		{"## **1.** 加粗的编号\n", "", "**1.** 加粗的编号", "1. 加粗的编号"},
		{"## 2022 年有什么变化？\n", "", "2022 年有什么变化？", "2022 年有什么变化？"},
	}
	for _, tt := range tests {
		d := mustParse(t, "n.md", "# Deck\n"+tt.src+"A\n")
		n := d.Notes[0]
		if n.Number != tt.num || n.Question.Markdown() != tt.question || n.Question.Text() != tt.text {
			t.Errorf("%q: number %q question %q / %q; want %q %q / %q", tt.src, n.Number, n.Question.Markdown(), n.Question.Text(), tt.num, tt.question, tt.text)
		}
		heading := tt.src[3 : len(tt.src)-1]
		if got, want := n.ID, newIDPrefix("Deck", nil).deriveID(textOf(t, heading)); got != want {
			t.Errorf("%q: ID %s, want %s, derived from the heading as written", tt.src, got, want)
		}
	}
}

// textOf returns the plain text of a heading's inline Markdown.
func textOf(t *testing.T, heading string) string {
	t.Helper()
	d, err := (&Parser{}).Parse("h.md", []byte("# Deck\n## x\n\n"+heading+"\n"))
	if err != nil {
		t.Fatal(err)
	}
	return d.Notes[0].Answer.Text()
}
