package notes

import (
	"errors"
	"os"
	"strings"
	"testing"
	"testing/fstest"
	"unicode/utf8"
)

// FuzzParse feeds the parser arbitrary bytes. It must never panic, and what
// it returns must hold together: an error is positioned; a deck's notes
// have unique IDs, positions inside the file, and bodies cut from the file.
// fuzzFixtures seed the fuzz targets.
var fuzzFixtures = []string{
	"kubernetes-interview-notes.md", "title-style.md", "sections.md", "cloze-math.md", "english-code.md",
	"shape-sections.md", "labels-under-headings.md", "list-questions.md", "qa-obsidian.md", "duplicates.md",
	"labelled/1-linked-list.md", "labelled/2-heading-labels.md",
}

func FuzzParse(f *testing.F) {
	for _, name := range fuzzFixtures {
		if src, err := os.ReadFile("testdata/" + name); err == nil {
			f.Add(src)
		}
	}
	for _, s := range []string{
		"", "#", "# Q\n---\n", "---\ntitle: x\n---\n", "\xef\xbb\xbf# Q\nA", "# Q {#id .t}\n<!-- id: x -->\n",
		"{{c1::a {{c2::b}} ::h}}", "==x== $y$ $$z$$", "$$\nx\n", "> - > - # Q", "Title\n===\nQ\n---\nA",
		"# Q\n![a](../../etc/passwd)", "# Q\n<script>alert(1)</script>",
		"Q: a\nA: b\nQ: c", "**题目**：x\n**出题人**：y\n**参考答案**：z", "**题目：**x\n\n#### 参考答案\n", "#### 题目 {#a}\n<!-- id: b -->\n#### 答案\n",
		"1. ### a\n   b\n2. ### c\n3. d\n\ne", "- [a](#a)\n- [b](#b)\n- [c](#c)\n# a\n# b\n# c", "[TOC]\n# 1. a？\n# 37. a？",
		"## Q1：x？\n**出题人**：y\n```\ncode\n```\n<details>\n\n##### Answer: 4\n", "---\nbreaks: true\n---\n# 问\n一\n二",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, src []byte) {
		d, err := Parse("f.md", src)
		if errors.Is(err, ErrInternal) {
			t.Fatal(err)
		}
		if err != nil {
			var pe *Error
			var list ErrorList
			if !errors.As(err, &pe) && !errors.As(err, &list) {
				t.Fatalf("error %T is neither *Error nor ErrorList: %v", err, err)
			}
			if d != nil {
				t.Fatal("deck returned with an error")
			}
			return
		}
		if !utf8.Valid(src) {
			t.Fatal("invalid UTF-8 accepted")
		}
		body := strings.TrimPrefix(string(src), "\xef\xbb\xbf")
		ids := map[string]bool{}
		for n := range d.All() {
			if n.ID == "" || ids[n.ID] {
				t.Fatalf("%s: empty or repeated ID %q", n.Pos, n.ID)
			}
			ids[n.ID] = true
			if n.Pos.Offset < 0 || n.Pos.Offset > len(body) || n.Pos.Line < 1 || n.Pos.Column < 1 {
				t.Fatalf("position %+v outside the file of %d bytes", n.Pos, len(body))
			}
			for _, b := range []Body{n.Question, n.Answer, n.Extra} {
				checkCut(t, n.Pos, b, body)
			}
			if (n.Kind == Cloze) != (len(n.Clozes) > 0) {
				t.Fatalf("%s: kind %v with clozes %v", n.Pos, n.Kind, n.Clozes)
			}
		}
		if c := d.Count(); c.Notes < c.Answered {
			t.Fatalf("counts %+v", c)
		}
	})
}

// checkCut fails unless every line of a body's Markdown is a line of the
// file, less the indentation of a list the body was taken out of.
func checkCut(t *testing.T, pos Position, b Body, file string) {
	t.Helper()
	for line := range strings.Lines(b.Markdown()) {
		if l := strings.TrimSpace(line); !strings.Contains(file, l) {
			t.Fatalf("%s: body line %q is not cut from the file", pos, l)
		}
	}
	_ = b.Text()
}

// FuzzParseFS feeds ParseFS two files cut from one input at a line
// "@@@", under Parser settings chosen by mode: the paths that only
// several files take (one labelled question a file) and the options.
func FuzzParseFS(f *testing.F) {
	for _, s := range []string{
		"**题目**：x\n**参考答案**：y\n@@@\nQ: a\nA: b\n",
		"intro\n**题目**：x\n**来源**：z\n**答案**：y\n@@@\n# Q\n![i](../img/a.png)\n",
		"# 1. a？\n@@@\n# 1. a？\n",
	} {
		for mode := range uint8(4) {
			f.Add([]byte(s), mode)
		}
	}
	f.Fuzz(func(t *testing.T, src []byte, mode uint8) {
		a, b, _ := strings.Cut(string(src), "\n@@@\n")
		fsys := fstest.MapFS{"docs/1.md": {Data: []byte(a)}, "docs/2.md": {Data: []byte(b)}}
		p := &Parser{Breaks: LineBreaks(mode % 3), QuestionLevel: int(mode/3) % 7}
		if mode&0x40 != 0 {
			p.NotesDir = "notes"
		}
		d, err := p.ParseFS(fsys)
		if errors.Is(err, ErrInternal) {
			t.Fatal(err)
		}
		if err != nil {
			return
		}
		ids := map[string]bool{}
		for n := range d.All() {
			if n.ID == "" || ids[n.ID] {
				t.Fatalf("%s: empty or repeated ID %q", n.Pos, n.ID)
			}
			ids[n.ID] = true
			file := a
			if n.Pos.Filename == "docs/2.md" {
				file = b
			}
			for _, body := range []Body{n.Question, n.Answer, n.Extra} {
				checkCut(t, n.Pos, body, strings.TrimPrefix(file, "\xef\xbb\xbf"))
			}
		}
		for _, g := range d.Diagnostics {
			if !g.Pos.IsValid() || g.Pos.Filename == "" || g.Msg == "" {
				t.Fatalf("diagnostic without a position or a message: %+v", g)
			}
		}
	})
}
