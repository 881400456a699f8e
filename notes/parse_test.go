package notes

import (
	"os"
	"strings"
	"testing"
)

func mustParse(t *testing.T, name, src string) *Deck {
	t.Helper()
	d, err := Parse(name, []byte(src))
	if err != nil {
		t.Fatalf("Parse(%s): %v", name, err)
	}
	return d
}

func readFixture(t *testing.T, name string) []byte {
	t.Helper()
	src, err := os.ReadFile("testdata/" + name)
	if err != nil {
		t.Fatal(err)
	}
	return src
}

// TestSeed checks the reference notes: Chinese interview notes with "#"
// questions, "###" parts inside answers, unanswered questions and page
// chrome before the first question.
func TestSeed(t *testing.T) {
	src := readFixture(t, "kubernetes-interview-notes.md")
	d, err := Parse("kubernetes-interview-notes.md", src)
	if err != nil {
		t.Fatal(err)
	}
	c := d.Count()
	if c.Notes != 91 || c.Answered != 52 || c.Unanswered() != 39 {
		t.Errorf("counts = %+v, unanswered %d; want 91 notes, 52 answered, 39 unanswered", c, c.Unanswered())
	}
	if len(d.Sections) != 0 || len(d.Notes) != 91 {
		t.Errorf("want 91 notes at the top, no sections; got %d notes, %d sections", len(d.Notes), len(d.Sections))
	}
	if d.Lang != "zh" {
		t.Errorf("Lang = %q, want zh", d.Lang)
	}
	// The page chrome is the description, never a note.
	if !strings.Contains(d.Description.Markdown(), "Raw Blame History") {
		t.Errorf("description = %q, want the page chrome", d.Description.Markdown())
	}
	unanswered := 0
	for n := range d.All() {
		if strings.Contains(n.Question.Text(), "Raw Blame") || strings.Contains(n.Question.Text(), "lines") {
			t.Errorf("note made from page chrome: %s %q", n.Pos, n.Question.Text())
		}
		if got := strings.Count(string(src[n.Pos.Offset:]), "\n"); n.Pos.Line != strings.Count(string(src), "\n")-got+1 {
			t.Errorf("%s: line does not match offset", n.Pos)
		}
		if !strings.HasPrefix(string(src[n.Pos.Offset:]), "# ") {
			t.Errorf("%s: note does not start at a level-1 heading", n.Pos)
		}
		if !n.Answered() {
			unanswered++
		}
	}
	if got := countDiagnostics(d, "unanswered question"); got != unanswered {
		t.Errorf("%d unanswered diagnostics for %d unanswered notes", got, unanswered)
	}
	// "###" parts stay inside their answers.
	first := d.Notes[0]
	if first.Question.Text() != "docker网络模式" {
		t.Fatalf("first question = %q", first.Question.Text())
	}
	for _, part := range []string{"### host模式", "### container模式", "### none模式", "### bridge模式"} {
		if !strings.Contains(first.Answer.Markdown(), part) {
			t.Errorf("answer of %q lacks %q", first.Question.Text(), part)
		}
	}
	// A lone thematic break is no answer.
	for n := range d.All() {
		if n.Question.Text() == "你如何扩展 Kubernetes 集群?" && n.Answered() {
			t.Errorf("%s: a lone --- must leave the question unanswered, got %q", n.Pos, n.Answer.Markdown())
		}
	}
}

// TestTitleStyle checks notes written "# Title" over "## 1. Question？"
// with "### part"s: questions at level 2 under a deck title.
func TestTitleStyle(t *testing.T) {
	d, err := Parse("title-style.md", readFixture(t, "title-style.md"))
	if err != nil {
		t.Fatal(err)
	}
	if d.Title != "计算机网络面试题" {
		t.Errorf("Title = %q", d.Title)
	}
	if c := d.Count(); c.Notes != 5 || c.Answered != 4 {
		t.Errorf("counts = %+v, want 5 notes, 4 answered", c)
	}
	for n := range d.All() {
		if got := string(readFixture(t, "title-style.md")[n.Pos.Offset:][:3]); got != "## " {
			t.Errorf("%s: question starts with %q, want a level-2 heading", n.Pos, got)
		}
		if len(n.Path) != 0 {
			t.Errorf("%s: path %q, want none (the title is not a section)", n.Pos, n.Path)
		}
	}
	if !strings.Contains(d.Notes[0].Answer.Markdown(), "### 第三次握手") {
		t.Errorf("### parts must stay in the answer: %q", d.Notes[0].Answer.Markdown())
	}
	if !strings.Contains(d.Description.Markdown(), "适合复习") {
		t.Errorf("description = %q", d.Description.Markdown())
	}
}

func countDiagnostics(d *Deck, msg string) int {
	n := 0
	for _, diag := range d.Diagnostics {
		if strings.Contains(diag.Msg, msg) {
			n++
		}
	}
	return n
}

func TestDetectLevel(t *testing.T) {
	tests := []struct {
		name      string
		src       string
		explicit  int
		wantLevel int
		wantTitle string
		wantNotes int
	}{
		{"all level 1", "# a\nx\n# b\ny\n", 0, 1, "", 2},
		{"title then level 2", "# T\n## a\nx\n## b\ny\n", 0, 2, "T", 2},
		{"title then level 3 skips 2", "# T\n### a\nx\n### b\n", 0, 3, "T", 2},
		{"two level 1 are questions", "# a\n## part\n# b\n", 0, 1, "", 2},
		{"lone heading is a question", "# only\ntext\n", 0, 1, "", 1},
		{"first heading deeper than later", "## a\n# b\n", 0, 1, "", 1},
		{"no headings", "just text\n", 0, 1, "", 0},
		{"explicit level keeps title", "# T\n## S\n### q\nx\n", 3, 3, "T", 1},
		{"explicit level 1 drops title", "# T\n## part\n", 1, 1, "", 1},
		{"front matter wins", "---\nquestion_level: 2\n---\n# S\n## q\nx\n# S2\n## q2\n", 1, 2, "", 2},
		{"setext headings", "Title\n=====\n\nQ one\n-----\nA\n\nQ two\n-----\n", 0, 2, "Title", 2},
		{"heading in a quote is not a question", "# a\n> # not\n", 0, 1, "", 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := Parser{QuestionLevel: tt.explicit}
			d, err := p.Parse("t.md", []byte(tt.src))
			if err != nil {
				t.Fatal(err)
			}
			if got := d.Count().Notes; got != tt.wantNotes {
				t.Errorf("notes = %d, want %d", got, tt.wantNotes)
			}
			title := tt.wantTitle
			if title == "" {
				title = "t" // the file name
			}
			if d.Title != title {
				t.Errorf("Title = %q, want %q", d.Title, title)
			}
			src := []byte(tt.src)
			for n := range d.All() {
				line := string(src[n.Pos.Offset:])
				if !strings.HasPrefix(line, strings.Repeat("#", tt.wantLevel)+" ") && !strings.Contains(tt.name, "setext") {
					t.Errorf("%s: question %q is not at level %d", n.Pos, n.Question.Text(), tt.wantLevel)
				}
			}
		})
	}
}

func TestSections(t *testing.T) {
	d, err := Parse("sections.md", readFixture(t, "sections.md"))
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]struct {
		path []string
		tags []string
	}{
		"goroutine-vs-thread": {[]string{"Go 语言", "并发"}, []string{"go", "interview", "concurrency"}},
		"closed-channel":      {[]string{"Go 语言", "并发"}, []string{"go", "interview", "concurrency"}},
	}
	seen := 0
	for n := range d.All() {
		w, ok := want[n.ID]
		if !ok {
			continue
		}
		seen++
		if strings.Join(n.Path, "/") != strings.Join(w.path, "/") || strings.Join(n.Tags, ",") != strings.Join(w.tags, ",") {
			t.Errorf("%s: path %q tags %q, want %q %q", n.ID, n.Path, n.Tags, w.path, w.tags)
		}
	}
	if seen != len(want) {
		t.Errorf("found %d of the explicit IDs, want %d", seen, len(want))
	}
	// The <!-- id --> comment is not part of the answer.
	for n := range d.All() {
		if strings.Contains(n.Answer.Markdown(), "<!--") {
			t.Errorf("%s: answer keeps the ID comment: %q", n.ID, n.Answer.Markdown())
		}
	}
}

func TestAnswerBoundaries(t *testing.T) {
	src := "# Q1\n\n---\n\nanswer one\n\n---\n\n# Q2\n---\n# Q3\n\n- item\n\n## deeper stays\ntext\n"
	d := mustParse(t, "b.md", src)
	got := []string{}
	for n := range d.All() {
		got = append(got, n.Question.Text()+"="+n.Answer.Markdown())
	}
	want := []string{"Q1=answer one", "Q2=", "Q3=- item\n\n## deeper stays\ntext"}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("got %q\nwant %q", got, want)
	}
}

func TestClozeHeadingIsAnswered(t *testing.T) {
	d := mustParse(t, "c.md", "# {{c1::Pod}} 是最小的调度单位\n# 未回答\n")
	if !d.Notes[0].Answered() || d.Notes[1].Answered() {
		t.Errorf("answered: %v %v", d.Notes[0].Answered(), d.Notes[1].Answered())
	}
	if got := countDiagnostics(d, "unanswered"); got != 1 {
		t.Errorf("%d unanswered diagnostics, want 1: %v", got, d.Diagnostics)
	}
}

func TestInlineIDComment(t *testing.T) {
	d := mustParse(t, "c.md", "# What is a Pod? <!-- id: pod -->\nA group of containers.\n")
	n := d.Notes[0]
	if n.ID != "pod" || n.Question.Text() != "What is a Pod?" || n.Question.Markdown() != "What is a Pod?" {
		t.Errorf("ID %q question %q / %q", n.ID, n.Question.Text(), n.Question.Markdown())
	}
}
