package notes

import (
	"errors"
	"strings"
	"testing"
	"time"
)

func TestBadInput(t *testing.T) {
	tests := []struct {
		name    string
		src     string
		wantErr error
		wantPos string // position of the error
	}{
		{"invalid UTF-8", "# Q\n答案\n\xc4\xe3\xba\xc3\n", ErrInvalidUTF8, "bad.md:3:1"},
		{"invalid UTF-8 mid-line", "# Q\nab\xffc\n", ErrInvalidUTF8, "bad.md:2:3"},
		{"NUL byte", "# Q\nA\x00B\n", ErrNUL, "bad.md:2:2"},
		{"UTF-16 LE", "\xff\xfe#\x00 \x00Q\x00", ErrUTF16, "bad.md:1:1"},
		{"UTF-16 BE", "\xfe\xff\x00#\x00 \x00Q", ErrUTF16, "bad.md:1:1"},
		{"deep quotes", "# Q\n" + strings.Repeat(">", 100) + " x\n", ErrTooDeep, "bad.md:2:1"},
		{"deep lists", "# Q\n" + strings.Repeat("- ", 100) + "x\n", ErrTooDeep, "bad.md:2:1"},
		{"deep indentation", "# Q\n" + nestedList(200), ErrTooDeep, ""},
		{"bad front matter", "---\ntitle: [a\ntags: x\n---\n# Q\n", ErrFrontMatter, "bad.md:2:1"},
		{"bad question level", "---\nquestion_level: 9\n---\n# Q\n", ErrFrontMatter, "bad.md:2:1"},
		{"repeated key", "---\ntitle: a\ntitle: b\n---\n# Q\n", ErrFrontMatter, "bad.md:3:1"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d, err := Parse("bad.md", []byte(tt.src))
			if !errors.Is(err, tt.wantErr) {
				t.Fatalf("err = %v, want %v", err, tt.wantErr)
			}
			if d != nil {
				t.Error("deck returned with an error")
			}
			var pe *Error
			if !errors.As(err, &pe) {
				t.Fatalf("err %T is not an *Error", err)
			}
			if tt.wantPos != "" && pe.Pos.String() != tt.wantPos {
				t.Errorf("position %s, want %s (err: %v)", pe.Pos, tt.wantPos, err)
			}
			if !strings.HasPrefix(err.Error(), pe.Pos.String()+": ") {
				t.Errorf("message %q does not start with the position", err)
			}
		})
	}
}

func nestedList(depth int) string {
	var b strings.Builder
	for i := 0; i < depth; i++ {
		b.WriteString(strings.Repeat("  ", i) + "- x\n")
	}
	return b.String()
}

func TestAcceptedInput(t *testing.T) {
	tests := []struct {
		name      string
		src       string
		wantNotes int
		wantDiag  string // a diagnostic message that must be present
	}{
		{"BOM stripped", "\xef\xbb\xbf# Q\nA\n", 1, ""},
		{"CRLF", "# Q1\r\nA\r\n# Q2\r\nB\r\n", 2, ""},
		{"empty file", "", 0, "no questions"},
		{"only white space", " \n\n\t\n", 0, "no questions"},
		{"no headings", "just some text\n", 0, "no questions"},
		{"unknown front-matter key", "---\nauthor: me\naliases:\n  - x\n---\n# Q\nA\n", 1, `unknown front-matter key "author"`},
		{"empty question heading", "#\nA\n# Q\nB\n", 2, "empty question heading"},
		{"huge line", "# Q\n" + strings.Repeat("中文 text ", 200_000) + "\n", 1, ""},
		{"nesting at the limit", "# Q\n" + strings.Repeat("> ", 30) + "x\n", 1, ""},
		{"deep code is not nesting", "# Q\n```\n" + strings.Repeat(" ", 500) + "x\n```\n", 1, ""},
		{"front matter only", "---\ntitle: T\n---\n", 0, "no questions"},
		{"dashes are not front matter", "---\n# Q\nA\n", 1, ""},
		{"unclosed front matter is Markdown", "---\ntitle: x\n# Q\nA\n", 1, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			start := time.Now()
			d, err := Parse("ok.md", []byte(tt.src))
			if err != nil {
				t.Fatal(err)
			}
			if time.Since(start) > 10*time.Second {
				t.Errorf("took %v", time.Since(start))
			}
			if got := d.Count().Notes; got != tt.wantNotes {
				t.Errorf("notes = %d, want %d", got, tt.wantNotes)
			}
			if tt.wantDiag != "" && countDiagnostics(d, tt.wantDiag) == 0 {
				t.Errorf("no diagnostic %q in %v", tt.wantDiag, d.Diagnostics)
			}
		})
	}
}

func TestBOMPositions(t *testing.T) {
	d := mustParse(t, "bom.md", "\xef\xbb\xbf# Q\nA\n")
	if got := d.Notes[0].Pos.String(); got != "bom.md:1:1" {
		t.Errorf("position after BOM = %s, want bom.md:1:1", got)
	}
}

func TestFrontMatter(t *testing.T) {
	tests := []struct {
		name string
		fm   string
		want frontMatter
	}{
		{"plain", "title: Kubernetes 面试\ndeck: Interview::K8s\nlang: zh-CN\nquestion_level: 2",
			frontMatter{Title: "Kubernetes 面试", Deck: "Interview::K8s", Lang: "zh-CN", QuestionLevel: 2}},
		{"quoted", `title: "a: \"b\""` + "\ndeck: 'it''s'", frontMatter{Title: `a: "b"`, Deck: "it's"}},
		{"flow tags", "tags: [k8s, \"面试\", 'go']", frontMatter{Tags: []string{"k8s", "面试", "go"}}},
		{"block tags", "tags:\n  - k8s\n  - 面试\n", frontMatter{Tags: []string{"k8s", "面试"}}},
		{"plain tags", "tags: k8s, docker net", frontMatter{Tags: []string{"k8s", "docker", "net"}}},
		{"comments", "# a comment\ntitle: T # trailing\n", frontMatter{Title: "T"}},
		{"empty", "", frontMatter{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			src := "---\n" + tt.fm + "\n---\n# Q\nA\n"
			fm, start, _ := splitFrontMatter([]byte(src))
			got, _, err := parseFrontMatter(fm, start, newLineIndex("f.md", []byte(src)))
			if err != nil {
				t.Fatal(err)
			}
			if got.Title != tt.want.Title || got.Deck != tt.want.Deck || got.Lang != tt.want.Lang ||
				got.QuestionLevel != tt.want.QuestionLevel || strings.Join(got.Tags, "|") != strings.Join(tt.want.Tags, "|") {
				t.Errorf("got %+v, want %+v", got, tt.want)
			}
		})
	}
	d := mustParse(t, "fm.md", "---\ntitle: T\ndeck: A::B\ntags: [x]\nlang: ja\n---\n# Q\nA\n")
	if d.Title != "T" || d.Name != "A::B" || d.DisplayName() != "A::B" || d.Lang != "ja" || strings.Join(d.Notes[0].Tags, ",") != "x" {
		t.Errorf("deck from front matter: %q %q %q %q", d.Title, d.Name, d.Lang, d.Notes[0].Tags)
	}
	if d.Notes[0].Pos.String() != "fm.md:7:1" {
		t.Errorf("position after front matter: %s", d.Notes[0].Pos)
	}
}

func TestLang(t *testing.T) {
	tests := []struct{ src, want string }{
		{"# 什么是容器编排\n组成应用的一组容器需要组织起来。\n", "zh"},
		{"# What is a Pod?\nA group of containers.\n", "en"},
		{"# ポッドとは何ですか\nコンテナのグループです。\n", "ja"},
		{"# 파드란 무엇인가\n컨테이너 그룹입니다.\n", "ko"},
		{"# 1\n2\n", "en"},
	}
	for _, tt := range tests {
		if got := mustParse(t, "l.md", tt.src).Lang; got != tt.want {
			t.Errorf("lang of %q = %q, want %q", tt.src, got, tt.want)
		}
	}
	p := Parser{Lang: "zh-TW"}
	if d, _ := p.Parse("l.md", []byte("# Q\nA\n")); d.Lang != "zh-TW" {
		t.Errorf("Parser.Lang ignored: %q", d.Lang)
	}
}
