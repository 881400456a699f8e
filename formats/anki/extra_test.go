package anki

import (
	"strings"
	"testing"
)

// What labels other than the question's and the answer's say (the note's
// Extra) follows the answer on the card, in Back or Back Extra: nothing of
// the notes is lost.
func TestExtra(t *testing.T) {
	d := parse(t, "q.md", "**题目**：什么是 Pod？\n\n**出题人**：张三\n\n**参考答案**：\n\nPod 是最小的调度单位。\n")
	_, sum, p := exportDeck(t, nil, d)
	if sum.Notes != 1 || len(p.notes) != 1 {
		t.Fatalf("%d notes, want 1", sum.Notes)
	}
	f := p.notes[0].fields
	if !strings.Contains(f[0], "什么是 Pod？") || !strings.Contains(f[1], "Pod 是最小的调度单位。") {
		t.Errorf("question %q, answer %q", f[0], f[1])
	}
	if !strings.Contains(f[1], `<div class="fm-extra">`) || !strings.Contains(f[1], "张三") {
		t.Errorf("back %q does not show the extra label", f[1])
	}
}

// "{{" in a basic note (a Go template, a Mermaid diagram) cannot be read as
// a template field by any reader of the package.
func TestBasicBraces(t *testing.T) {
	d := parse(t, "q.md", "# 模板\n\n```mermaid\nA --> B{{\"判断\"}}\n```\n\n`{{.Name}}` and {{{x}}}\n")
	_, _, p := exportDeck(t, nil, d)
	back := p.notes[0].fields[1]
	if strings.Contains(back, "{{") || !strings.Contains(back, "{&#123;.Name}}") {
		t.Errorf("back %q", back)
	}
}
