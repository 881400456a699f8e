package notes

import (
	"strings"
	"testing"
)

// TestListQuestions checks English notes that write each question as a
// numbered list item opening with a heading, with a table of contents at
// the top and a part of "#### 1. What is the output…" questions whose
// answer follows "##### Answer: 2".
func TestListQuestions(t *testing.T) {
	d, err := Parse("js.md", readFixture(t, "list-questions.md"))
	if err != nil {
		t.Fatal(err)
	}
	if d.Title != "JavaScript Interview Questions" {
		t.Errorf("title %q", d.Title)
	}
	if c := d.Count(); c.Notes != 6 || c.Answered != 5 {
		t.Errorf("counts %+v, want 6 notes, 5 answered", c)
	}
	// The table of contents, and the text and headings above it, make
	// the description: no section, no card.
	desc := d.Description.Markdown()
	if !strings.HasPrefix(desc, "> Click the star") || !strings.Contains(desc, "## Disclaimer") || !strings.HasSuffix(desc, "| 4 | [What is a first class function](#what-is-a-first-class-function) |") {
		t.Errorf("description %q", desc)
	}
	if g, ok := diagnosticAt(d, "table of contents"); !ok || g.Pos.String() != "js.md:11:1" || g.Severity != Info {
		t.Errorf("table of contents diagnostic %v", g)
	}
	if len(d.Notes) != 4 || len(d.Sections) != 1 || d.Sections[0].Title != "Coding Exercise" || len(d.Sections[0].Notes) != 2 {
		t.Fatalf("%d notes at the top and sections %+v", len(d.Notes), d.Sections)
	}
	wants := []noteWant{
		{pos: "js.md:18:4", number: "1", question: "What are the possible ways to create objects in JavaScript",
			answer: "There are many ways to create objects in JavaScript:\n\n1. **Object literal syntax:**\n\n   ```javascript\n   var object = { name: \"Ada\" };\n   ```\n\n2. **Object constructor:**\n\n   ```javascript\n   var object = new Object();\n   ```"},
		{pos: "js.md:36:4", number: "2", question: "What is a prototype chain",
			answer: "Prototype chaining builds new types of objects from existing ones.\n\n##### Note\n\nThe prototype of an object is `Object.getPrototypeOf(object)`."},
		{pos: "js.md:44:4", number: "3", question: "What is the difference between call, apply and bind",
			answer: "- `call` invokes the function with a given `this` and the arguments one by one.\n- `apply` takes the arguments as an array.\n- `bind` returns a new function."},
		{pos: "js.md:50:4", number: "4", question: "What is a first class function"},
		{pos: "js.md:54:1", number: "1", question: "What is the output of below code\n\n```javascript\nconsole.log(typeof typeof 1);\n```\n\n- 1: number\n- 2: string",
			answer: "<details><summary><b>Answer</b></summary>\n<p>\n\n##### Answer: 2\n\n`typeof 1` is `\"number\"`, and `typeof \"number\"` is `\"string\"`.\n\n</p>\n</details>"},
		{pos: "js.md:77:1", number: "2", question: "What is the output of below code\n\n```javascript\nconsole.log([] + []);\n```\n\n- 1: `[]`\n- 2: an empty string",
			answer: "<details><summary><b>Answer</b></summary>\n<p>\n\n##### Answer: 2\n\nBoth arrays become empty strings.\n\n</p>\n</details>"},
	}
	var notes []*Note
	for n := range d.All() {
		notes = append(notes, n)
	}
	for i, w := range wants {
		checkNote(t, notes[i], w)
	}
	// The question a card shows has no number; the model keeps it.
	for _, n := range notes {
		if q := n.Question.Text(); strings.HasPrefix(q, n.Number+".") {
			t.Errorf("%s: question %q keeps its number", n.Pos, q)
		}
	}
	// The two "What is the output of below code" differ by their code:
	// two IDs, no duplicate warning.
	if notes[4].ID == notes[5].ID || countDiagnostics(d, "duplicate") != 0 {
		t.Errorf("coding questions: IDs %s %s, diagnostics %v", notes[4].ID, notes[5].ID, d.Diagnostics)
	}
	// Links back to the table of contents are page navigation, left out
	// of the answers, with one diagnostic.
	if g, ok := diagnosticAt(d, "2 links to the top of the page or the table of contents left out of the answers"); !ok || g.Pos.String() != "js.md:34:5" {
		t.Errorf("back links: %v", d.Diagnostics)
	}
	for _, n := range notes {
		if strings.Contains(n.Answer.Markdown(), "Back to Top") {
			t.Errorf("%s: answer keeps a back link", n.Pos)
		}
	}
	// A detection that chose list items says so.
	if g, ok := diagnosticAt(d, "4 list items open with a question heading"); !ok || g.Severity != Info {
		t.Errorf("detection diagnostic %v", g)
	}
}

func TestListQuestionShapes(t *testing.T) {
	tests := []struct {
		name, src string
		explicit  int
		want      []noteWant
	}{
		{"tight list, no other headings", "- ## What is a Pod?\n  A group of containers.\n- ## What is a Service?\n  A stable address.\n", 0, []noteWant{
			{pos: "l.md:1:3", question: "What is a Pod?", answer: "A group of containers."},
			{pos: "l.md:3:3", question: "What is a Service?", answer: "A stable address."}}},
		{"item without a heading continues the answer", "1. ### What is a Pod?\n   A group.\n2. ### What is etcd?\n   A store.\n3. see also the docs\n", 0, []noteWant{
			{pos: "l.md:1:4", number: "1", question: "What is a Pod?", answer: "A group."},
			{pos: "l.md:3:4", number: "2", question: "What is etcd?", answer: "A store.\n\nsee also the docs"}}},
		{"blocks after the list end its last answer", "1. ### What is a Pod?\n   A group.\n2. ### What is etcd?\n   A store.\n\nMore about etcd.\n", 0, []noteWant{
			{pos: "l.md:1:4", number: "1", question: "What is a Pod?", answer: "A group."},
			{pos: "l.md:3:4", number: "2", question: "What is etcd?", answer: "A store.\n\nMore about etcd."}}},
		{"list starting at 7, IDs pinned", "7. ### What is a Pod?\n   <!-- id: pod -->\n   A group.\n8. ### What is etcd? {#etcd}\n   A store.\n", 0, []noteWant{
			{pos: "l.md:1:4", number: "7", question: "What is a Pod?", answer: "A group."},
			{pos: "l.md:4:4", number: "8", question: "What is etcd?", answer: "A store."}}},
		{"explicit level takes list headings", "# Notes\n\n1. ### Pods\n   A group.\n2. ### Services\n   An address.\n", 3, []noteWant{
			{pos: "l.md:3:4", number: "1", question: "Pods", answer: "A group."},
			{pos: "l.md:5:4", number: "2", question: "Services", answer: "An address."}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d, err := (&Parser{QuestionLevel: tt.explicit}).Parse("l.md", []byte(tt.src))
			if err != nil {
				t.Fatal(err)
			}
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
			if strings.Contains(tt.name, "pinned") && (notes[0].ID != "pod" || notes[1].ID != "etcd") {
				t.Errorf("IDs %q %q, want pod etcd", notes[0].ID, notes[1].ID)
			}
		})
	}
}

func TestTableOfContents(t *testing.T) {
	// A list of links to the file's questions, before them: the
	// description. Typora's [TOC] too.
	for _, toc := range []string{
		"- [什么是 Pod？](#什么是-pod)\n- [什么是 Service？](#什么是-service)\n- [什么是 etcd？](#什么是-etcd)\n",
		"[TOC]\n",
	} {
		src := "# 目录\n\n" + toc + "\n## 什么是 Pod？\nA\n## 什么是 Service？\nB\n## 什么是 etcd？\nC\n"
		d := mustParse(t, "toc.md", src)
		if got := questionsOf(d); strings.Join(got, "|") != "什么是 Pod？|什么是 Service？|什么是 etcd？" {
			t.Errorf("questions %q", got)
		}
		if !strings.Contains(d.Description.Markdown(), strings.TrimSpace(toc)) {
			t.Errorf("description %q lacks the table of contents", d.Description.Markdown())
		}
	}
	// A table of contents inside an answer is left out of it, with a
	// diagnostic.
	src := "# 什么是 Pod？\nA group.\n\n- [Pod](#什么是-pod)\n- [Service](#什么是-service)\n- [etcd](#什么是-etcd)\n\n# 什么是 Service？\nB\n# 什么是 etcd？\nC\n"
	d := mustParse(t, "toc.md", src)
	if got := d.Notes[0].Answer.Markdown(); got != "A group." {
		t.Errorf("answer %q", got)
	}
	if g, ok := diagnosticAt(d, "table of contents left out of the answer of the question at toc.md:1:1"); !ok || g.Pos.String() != "toc.md:4:1" {
		t.Errorf("diagnostic %v: %v", g, d.Diagnostics)
	}
	// A list of links elsewhere is an answer like any other.
	src = "# 有哪些文档？\n- [Go](https://go.dev)\n- [K8s](https://kubernetes.io)\n- [Docker](#docker)\n"
	if got := mustParse(t, "x.md", src).Notes[0].Answer.Markdown(); !strings.Contains(got, "go.dev") {
		t.Errorf("answer %q", got)
	}
}

func TestBackLinks(t *testing.T) {
	tests := []struct {
		answer string
		kept   bool
	}{
		{"**[⬆ Back to Top](#table-of-contents)**", false},
		{"[返回目录](#目录)", false},
		{"*[回到顶部](#readme)*", false},
		{"[top](#)", false},
		{"[see the etcd question](#what-is-etcd)", true},
		{"Go [back to top](#top) now", true},
		{"[Back to Top](https://example.com/#top)", true},
	}
	for _, tt := range tests {
		d := mustParse(t, "b.md", "# What is a Pod?\nA group.\n\n"+tt.answer+"\n# What is etcd?\nA store.\n")
		kept := strings.Contains(d.Notes[0].Answer.Markdown(), tt.answer)
		if kept != tt.kept || !strings.HasPrefix(d.Notes[0].Answer.Markdown(), "A group.") {
			t.Errorf("%q: kept %v, want %v: %q", tt.answer, kept, tt.kept, d.Notes[0].Answer.Markdown())
		}
		if _, said := diagnosticAt(d, "left out of the answers"); said == tt.kept {
			t.Errorf("%q: diagnostic %v", tt.answer, d.Diagnostics)
		}
	}
}
