package epub

import (
	"strings"
	"testing"
)

// Questions lead with the numbers the notes give them, in their headings
// and in the contents, in both modes; what other labels say follows the
// answer (in a quiz, inside its footnote), and follows the question in
// the to-do chapter.
func TestNumbersAndExtra(t *testing.T) {
	d := parseLabelled(t)
	for _, mode := range []Mode{Book, Quiz} {
		t.Run(mode.String(), func(t *testing.T) {
			data, _ := exportBook(t, &Exporter{Mode: mode, IncludeUnanswered: true}, d)
			b := openBook(t, data)
			checkLinks(t, b)
			page := string(b.files[pageDir+"ch0001.xhtml"])
			golden(t, mode.String()+"-ch0001.xhtml", []byte(page))
			for _, want := range []string{
				`<h2 class="question" id="q1"><span class="number">12. </span>如何实现一个高效的单向链表逆序输出？</h2>`,
				`<div class="question" id="q2">` + "\n" + `<p class="number">Q3.</p>`,
				`<h2 class="question" id="q3"><span class="number">第四题 </span>Pod 是什么？</h2>`,
			} {
				if !strings.Contains(page, want) {
					t.Errorf("page lacks %s", want)
				}
			}
			nav := string(b.files[navXHTML])
			for _, want := range []string{"12. 如何实现", "Q3. How do you compute", "第四题 Pod 是什么？", "13. 还没有答案的问题？"} {
				if !strings.Contains(nav, want) {
					t.Errorf("contents lack %q", want)
				}
			}

			// The extra's text, labels and all, after the answer.
			text := squeeze(parsePage(t, "ch0001.xhtml", []byte(page)).text.String())
			questions, answers := text, text
			if mode == Quiz {
				i := strings.Index(text, "答案")
				if i < 0 {
					t.Fatalf("no answers heading:\n%s", text)
				}
				questions, answers = text[:i], text[i:]
			}
			for _, c := range []struct{ answer, extra string }{
				{"用三个指针原地反转", "出题人：张三／某公司资深工程师"},
				{"二分查找，或牛顿迭代", "来源：李四的面试笔记，2023年秋招"},
			} {
				a, x := strings.Index(answers, c.answer), strings.Index(answers, c.extra)
				if a < 0 || x < a {
					t.Errorf("%q not after its answer %q:\n%s", c.extra, c.answer, answers)
				}
				if mode == Quiz && strings.Contains(questions, c.extra) {
					t.Errorf("the quiz shows %q before the answer", c.extra)
				}
			}
			todo := squeeze(parsePage(t, "todo.xhtml", b.files[pageDir+"todo.xhtml"]).text.String())
			if !strings.Contains(todo, "还没有答案的问题？出题人：王五") {
				t.Errorf("to-do page: %s", todo)
			}
		})
	}
}
