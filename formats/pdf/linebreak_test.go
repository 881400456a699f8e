package pdf

import (
	"strings"
	"testing"

	"github.com/flashmark/flashmark/notes"
)

// breakString lays s out in the body face at 10 pt in lines width points
// wide and returns the lines' text.
func breakString(t *testing.T, s string, width float64) []string {
	t.Helper()
	fonts, err := newFontSet(nil)
	if err != nil {
		t.Fatal(err)
	}
	doc := &document{fonts: fonts}
	tx := &text{doc: doc}
	tx.at = func(int) (p notes.Position) { return p }
	tx.add(s, style{size: 10}, -1)
	var out []string
	for _, l := range tx.breakLines(width) {
		out = append(out, string(tx.bytes[tx.glyphs[l.from].off:tx.end(l.to-1)]))
	}
	return out
}

func TestBreakLines(t *testing.T) {
	for _, tc := range []struct {
		name  string
		text  string
		width float64
		want  []string
	}{
		{"fits", "hello world", 200, []string{"hello world"}},
		{"english words stay whole", "the quick brown fox jumps", 60, []string{"the quick ", "brown fox ", "jumps"}},
		{"a word wider than the line is split", "abcdefghijklmnopqrstuvwxyz", 60, []string{"abcdefghijkl", "mnopqrstuv", "wxyz"}},
		{"no line starts with a comma", "一二三四五，六七", 50, []string{"一二三四", "五，六七"}},
		{"brackets cling to what they enclose", "一二三（四）。五", 60, []string{"一二三", "（四）。五"}},
		{"no line ends with an opening bracket", "一二三四（五）", 50, []string{"一二三四", "（五）"}},
		{"quotation marks cling to both sides", "一二三四“五”六", 60, []string{"一二三", "四“五”六"}},
		{"hard break", "一二\n三四", 200, []string{"一二\n", "三四"}},
		{"mixed", "Pod 是 Kubernetes 中最小的调度单位。", 80, []string{"Pod 是 ", "Kubernetes 中最", "小的调度单位。"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := breakString(t, tc.text, tc.width)
			if strings.Join(got, "|") != strings.Join(tc.want, "|") {
				t.Errorf("got %q, want %q", got, tc.want)
			}
			if strings.Join(got, "") != tc.text {
				t.Errorf("characters lost: %q", got)
			}
		})
	}
}

// Whatever the width, lines keep every character, and no line starts with
// punctuation that must not start one, unless it is the whole line.
func TestBreakLinesRules(t *testing.T) {
	s := "容器共享网络命名空间（network namespace）和存储卷，“所以”可以通过 localhost 通信。它们总是一起被调度！真的吗？是的；例如：sidecar、init 容器……"
	for width := 15.0; width < 300; width += 7 {
		lines := breakString(t, s, width)
		if strings.Join(lines, "") != s {
			t.Fatalf("width %g: characters lost: %q", width, lines)
		}
		for i, l := range lines {
			r := []rune(l)
			if i > 0 && len(r) > 1 && strings.ContainsRune(noLineStart, r[0]) {
				t.Errorf("width %g: line %q starts with %q", width, l, r[0])
			}
			end := []rune(strings.TrimRight(l, " "))
			if i < len(lines)-1 && len(end) > 1 && strings.ContainsRune(noLineEnd, end[len(end)-1]) {
				t.Errorf("width %g: line %q ends with %q", width, l, end[len(end)-1])
			}
		}
	}
}
