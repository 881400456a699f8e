package notes

import "testing"

// TestBodyText checks Body.Text with CommonMark's soft line breaks (see
// TestLineBreaks for hard ones).
func TestBodyText(t *testing.T) {
	tests := []struct{ name, answer, want string }{
		{"CJK line break joins", "第一行\n第二行", "第一行第二行"},
		{"Latin line break is a space", "first\nsecond", "first second"},
		{"mixed break is a space", "中文\nEnglish", "中文 English"},
		{"full-width comma joins", "第一句，\n第二句。", "第一句，第二句。"},
		{"Hangul keeps the space", "한국어\n문장", "한국어 문장"},
		{"inline markup dropped", "**粗体** and `code` and [link](http://x) and ![alt](a.png)", "粗体 and code and link and alt"},
		{"blocks on lines", "para\n\n- one\n- two\n\n```\ncode\n```", "para\none\ntwo\ncode"},
		{"table cells", "| a | b |\n|---|---|\n| 1 | 2 |", "a\nb\n1\n2"},
		{"math keeps TeX", "$x^2$", "x^2"},
		{"cloze keeps text", "{{c1::Pod::hint}} ok", "Pod ok"},
		{"raw HTML dropped", "a <b>bold</b> c", "a bold c"},
		{"hard break", "a  \nb", "a\nb"},
		{"escapes resolved", `\*not emphasis\* &amp; &copy; &#20013;`, "*not emphasis* & © 中"},
		{"code keeps escapes", "`\\* &amp;`", `\* &amp;`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d, err := (&Parser{Breaks: BreaksSoft}).Parse("t.md", []byte("# Q\n"+tt.answer+"\n"))
			if err != nil {
				t.Fatal(err)
			}
			if got := d.Notes[0].Answer.Text(); got != tt.want {
				t.Errorf("Text() = %q, want %q", got, tt.want)
			}
		})
	}
}

func TestPositionString(t *testing.T) {
	tests := []struct {
		p    Position
		want string
	}{
		{Position{Filename: "a.md", Line: 3, Column: 7}, "a.md:3:7"},
		{Position{Line: 3, Column: 7}, "3:7"},
		{Position{Filename: "a.md"}, "a.md"},
		{Position{}, "-"},
	}
	for _, tt := range tests {
		if got := tt.p.String(); got != tt.want {
			t.Errorf("%#v.String() = %q, want %q", tt.p, got, tt.want)
		}
	}
}
