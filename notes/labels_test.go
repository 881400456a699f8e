package notes

import (
	"os"
	"slices"
	"strings"
	"testing"
)

// noteWant is what a test expects of a note, character for character.
type noteWant struct {
	pos, number, question, answer, extra string
	tags                                 []string
}

func checkNote(t *testing.T, n *Note, w noteWant) {
	t.Helper()
	if n.Pos.String() != w.pos || n.Number != w.number {
		t.Errorf("note at %s number %q, want %s %q", n.Pos, n.Number, w.pos, w.number)
	}
	if got := n.Question.Markdown(); got != w.question {
		t.Errorf("%s: question\n got %q\nwant %q", n.Pos, got, w.question)
	}
	if got := n.Answer.Markdown(); got != w.answer {
		t.Errorf("%s: answer\n got %q\nwant %q", n.Pos, got, w.answer)
	}
	if got := n.Extra.Markdown(); got != w.extra {
		t.Errorf("%s: extra\n got %q\nwant %q", n.Pos, got, w.extra)
	}
	if w.tags != nil && !slices.Equal(n.Tags, w.tags) {
		t.Errorf("%s: tags %q, want %q", n.Pos, n.Tags, w.tags)
	}
}

// TestLabelledFolder checks a folder of labelled questions, one a file:
// one note each, in file order, at the top of the deck.
func TestLabelledFolder(t *testing.T) {
	fsys := os.DirFS("testdata/labelled")
	d, err := ParseFS(fsys)
	if err != nil {
		t.Fatal(err)
	}
	if len(d.Sections) != 0 || len(d.Notes) != 4 {
		t.Fatalf("%d notes and %d sections, want 4 notes and no section", len(d.Notes), len(d.Sections))
	}
	wants := []noteWant{
		{pos: "1-linked-list.md:1:1", question: "如何实现一个高效的单向链表逆序输出？",
			answer: "下面是其中一种写法，也可以用递归。\n\n```c\nvoid reverse(node *head) {\n    node *prev = NULL, *cur = head->next;\n    while (cur) { node *next = cur->next; cur->next = prev; prev = cur; cur = next; }\n    head->next = prev;\n}\n```",
			extra:  "**出题人**：阿里巴巴出题专家：昀龙", tags: []string{}},
		{pos: "2-heading-labels.md:1:1", question: "已知 sqrt(2) 约等于 1.414，不用数学库，求 sqrt(2) 精确到小数点后 10 位。",
			answer: "* 考察点：二分查找、牛顿迭代。\n* 二分法：在 [1.4, 1.5] 之间二分，直到误差小于 1e-10。",
			extra:  "#### 出题人\n\n阿里巴巴出题专家：文景", tags: []string{}},
		{pos: "3-front-matter.md:6:1", question: "中断恢复时如何保证幂等？外部副作用怎么处理？",
			answer: "工具层使用幂等键；state 层记录已执行的动作。",
			extra:  "**追问方向**：pending 边会不会重跑？", tags: []string{"LangGraph", "HITL"}},
		{pos: "10-one-paragraph.md:1:1", question: "TCP 和 UDP 的区别？",
			answer: "TCP 面向连接、可靠；\nUDP 无连接、尽力而为。", tags: []string{"网络", "传输层"}},
	}
	for i, w := range wants {
		if w.tags != nil && len(w.tags) == 0 {
			w.tags = nil
		}
		checkNote(t, d.Notes[i], w)
		if len(d.Notes[i].Path) != 0 {
			t.Errorf("%s: path %q, want none", d.Notes[i].Pos, d.Notes[i].Path)
		}
	}
	// One diagnostic says how the files were read.
	if g, ok := diagnosticAt(d, "4 files of one labelled question each"); !ok || g.Pos.String() != "1-linked-list.md:1:1" || len(d.Diagnostics) != 1 {
		t.Errorf("diagnostics %v", d.Diagnostics)
	}
	// IDs are stable across rebuilds and distinct.
	again, err := ParseFS(fsys)
	if err != nil {
		t.Fatal(err)
	}
	ids := map[string]bool{}
	for i, n := range d.Notes {
		if n.ID != again.Notes[i].ID || ids[n.ID] {
			t.Errorf("%s: ID %q, rebuilt %q", n.Pos, n.ID, again.Notes[i].ID)
		}
		ids[n.ID] = true
	}
	// Alone, a file makes a deck titled by it, with its one note.
	one, err := Parse("3-front-matter.md", mustRead(t, "testdata/labelled/3-front-matter.md"))
	if err != nil {
		t.Fatal(err)
	}
	if one.Title != "中断恢复时如何保证幂等？" || len(one.Notes) != 1 || one.Notes[0].Question.Markdown() != d.Notes[2].Question.Markdown() {
		t.Errorf("single file: title %q, %d notes", one.Title, len(one.Notes))
	}
}

func mustRead(t *testing.T, name string) []byte {
	t.Helper()
	src, err := os.ReadFile(name)
	if err != nil {
		t.Fatal(err)
	}
	return src
}

// TestLabelsUnderHeadings checks labels under question headings: extra
// labels go to Extra, the answer starts after the answer label, and a
// question label adds to the question.
func TestLabelsUnderHeadings(t *testing.T) {
	d, err := Parse("l.md", readFixture(t, "labels-under-headings.md"))
	if err != nil {
		t.Fatal(err)
	}
	if d.Title != "01.阿里篇" || d.Count().Notes != 3 {
		t.Fatalf("title %q, %d notes", d.Title, d.Count().Notes)
	}
	wants := []noteWant{
		{pos: "l.md:3:1", number: "Q1", question: "如何实现一个高效的单向链表逆序输出？",
			answer: "下面是其中一种写法，也可以有不同的写法，比如递归等。\n\n```c\nvoid reverse(node *head) {\n    node *prev = NULL, *cur = head->next;\n    while (cur) { node *next = cur->next; cur->next = prev; prev = cur; cur = next; }\n    head->next = prev;\n}\n```",
			extra:  "**出题人**：阿里巴巴出题专家：昀龙／阿里云弹性人工智能负责人"},
		{pos: "l.md:17:1", number: "Q2", question: "已知 sqrt(2) 约等于 1.414，要求不用数学库，求 sqrt(2) 精确到小数点后 10 位",
			answer: "* 考察点：二分查找、牛顿迭代。\n* 在 [1.4, 1.5] 之间二分，直到误差小于 1e-10。",
			extra:  "**出题人**：阿里巴巴出题专家：文景／阿里云 CDN 资深技术专家"},
		{pos: "l.md:26:1", number: "3", question: "Kafka 和 Spark Streaming 各自的作用是什么？\n\n简述 Kafka 和 Spark Streaming 在实时数据处理中的作用。",
			answer: "Kafka 负责数据采集和传输，Spark Streaming 负责实时处理。\n\n**解析**：Kafka 保证数据可靠传输；Spark Streaming 提供处理和分析能力。"},
	}
	for i, w := range wants {
		checkNote(t, d.Notes[i], w)
	}
	// The rendered question holds no label, and the answer no answer
	// label: the text an exporter shows.
	if got := d.Notes[2].Question.Text(); strings.Contains(got, "题目") {
		t.Errorf("question text keeps its label: %q", got)
	}
	if got := d.Notes[0].Answer.Text(); strings.Contains(got, "参考答案") || strings.Contains(got, "出题人") {
		t.Errorf("answer text keeps a label: %q", got)
	}
}

// TestQA checks Q: / A: notes, several a file, under headings that make
// sections.
func TestQA(t *testing.T) {
	d, err := Parse("qa.md", readFixture(t, "qa-obsidian.md"))
	if err != nil {
		t.Fatal(err)
	}
	wants := []noteWant{
		{pos: "qa.md:3:1", question: "What does DNS resolve?", answer: "Names to IP addresses."},
		{pos: "qa.md:6:1", question: "Which port does HTTPS use by default?", answer: "443."},
		{pos: "qa.md:11:1", question: "What is a zombie process?", answer: "A process that has exited but whose parent has not yet read its exit status.\nIt still holds a slot in the process table."},
		{pos: "qa.md:15:1", question: "What does `fork()` return in the child?"},
	}
	var notes []*Note
	for n := range d.All() {
		notes = append(notes, n)
	}
	if len(notes) != len(wants) {
		t.Fatalf("%d notes, want %d", len(notes), len(wants))
	}
	for i, w := range wants {
		checkNote(t, notes[i], w)
	}
	if strings.Join(notes[0].Path, "/") != "Networking" || strings.Join(notes[3].Path, "/") != "Processes" {
		t.Errorf("paths %q %q", notes[0].Path, notes[3].Path)
	}
	if g, ok := diagnosticAt(d, "unanswered"); !ok || g.Pos.String() != "qa.md:15:1" {
		t.Errorf("unanswered diagnostic %v", g)
	}
}

func TestLabels(t *testing.T) {
	tests := []struct {
		name, src string
		want      []noteWant
	}{
		{"Q and A in one paragraph", "Q: What is DNS?\nA: A name service.\n", []noteWant{
			{pos: "t.md:1:1", question: "What is DNS?", answer: "A name service."}}},
		{"labels with spaces and case", "question:  What is DNS?\n\nANSWER : A name service.\n", []noteWant{
			{pos: "t.md:1:1", question: "What is DNS?", answer: "A name service."}}},
		{"bold label with the colon inside", "**题目：**什么是 DNS？\n\n**答案：**域名解析。\n", []noteWant{
			{pos: "t.md:1:1", question: "什么是 DNS？", answer: "域名解析。"}}},
		{"question in several blocks", "**题目**：输出是什么？\n\n```js\nconsole.log(1)\n```\n\n**答案**：1\n", []noteWant{
			{pos: "t.md:1:1", question: "输出是什么？\n\n```js\nconsole.log(1)\n```", answer: "1"}}},
		{"answer label alone on its line", "问：什么是 DNS？\n答：\n域名解析。\n", []noteWant{
			{pos: "t.md:1:1", question: "什么是 DNS？", answer: "域名解析。"}}},
		{"labels after the answer stay in it", "**题目**：TCP？\n\n**答案**：可靠。\n\n**注意**：面向连接。\n\n**来源**：某书\n", []noteWant{
			{pos: "t.md:1:1", question: "TCP？", answer: "可靠。\n\n**注意**：面向连接。", extra: "**来源**：某书"}}},
		{"an ID comment after the question", "**题目**：什么是 DNS？\n<!-- id: dns -->\n\n**答案**：域名解析。\n", []noteWant{
			{pos: "t.md:1:1", question: "什么是 DNS？", answer: "域名解析。"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := mustParse(t, "t.md", tt.src)
			var notes []*Note
			for n := range d.All() {
				notes = append(notes, n)
			}
			if len(notes) != len(tt.want) {
				t.Fatalf("%d notes, want %d: %v", len(notes), len(tt.want), d.Diagnostics)
			}
			for i, w := range tt.want {
				checkNote(t, notes[i], w)
			}
			if strings.Contains(tt.name, "ID comment") && notes[0].ID != "dns" {
				t.Errorf("ID %q, want dns", notes[0].ID)
			}
		})
	}
	// A "Q:" in an answer is text: only bold labels and headings sort
	// the answer of a question heading.
	d := mustParse(t, "t.md", "# What is DNS?\nQ: and A: are how some notes write it.\n\nA: a name service.\n")
	if got := d.Notes[0].Answer.Markdown(); got != "Q: and A: are how some notes write it.\n\nA: a name service." {
		t.Errorf("answer %q", got)
	}
	// "# Question" and "# 问题" are questions when the file has no answer
	// label.
	d = mustParse(t, "t.md", "# Question\nIt asks.\n# 问题\n回答。\n")
	if got := questionsOf(d); strings.Join(got, "|") != "Question|问题" {
		t.Errorf("questions %q", got)
	}
}
