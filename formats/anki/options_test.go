package anki

import (
	"bytes"
	"context"
	"slices"
	"strings"
	"testing"
	"time"
)

const sectioned = `---
title: 网络
tags: [k8s]
question_level: 2
---
# Service

## ClusterIP 是什么？ {.basics}

集群内部的虚拟 IP。

## NodePort 的端口范围？

30000-32767。

# Ingress

## Ingress 是什么？

七层负载均衡的入口。

## 还没回答的问题

# 空章节

## 也没有答案
`

func TestOptions(t *testing.T) {
	for _, tc := range []struct {
		name                string
		e                   Exporter
		notes, cards, skips int
		decks               []string // besides Default
		standard            string   // the note type of basic notes
	}{
		{"default", Exporter{}, 3, 3, 2,
			[]string{"网络", "网络::Ingress", "网络::Service"}, "flashmark Basic"},
		{"reversed", Exporter{Reversed: true}, 3, 6, 2,
			[]string{"网络", "网络::Ingress", "网络::Service"}, "flashmark Basic (and reversed card)"},
		{"unanswered", Exporter{IncludeUnanswered: true}, 5, 5, 0,
			[]string{"网络", "网络::Ingress", "网络::Service", "网络::空章节"}, "flashmark Basic"},
		{"reversed unanswered", Exporter{Reversed: true, IncludeUnanswered: true}, 5, 8, 0,
			[]string{"网络", "网络::Ingress", "网络::Service", "网络::空章节"}, "flashmark Basic (and reversed card)"},
		{"flat", Exporter{Flat: true}, 3, 3, 2, []string{"网络"}, "flashmark Basic"},
		{"deck name", Exporter{DeckName: " 面试 :: K8s ::"}, 3, 3, 2,
			[]string{"面试", "面试::K8s", "面试::K8s::Ingress", "面试::K8s::Service"}, "flashmark Basic"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d := parse(t, "net.md", sectioned)
			_, sum, p := exportDeck(t, &tc.e, d)
			if sum.Notes != tc.notes || sum.Cards != tc.cards || sum.Skipped != tc.skips {
				t.Errorf("summary %+v, want %d notes, %d cards, %d skipped", sum, tc.notes, tc.cards, tc.skips)
			}
			if len(p.notes) != tc.notes || len(p.cards) != tc.cards {
				t.Errorf("package has %d notes, %d cards", len(p.notes), len(p.cards))
			}
			var decks []string
			for _, dk := range p.decks {
				if dk.id != 1 {
					decks = append(decks, dk.name)
				}
			}
			slices.Sort(decks)
			if !slices.Equal(decks, tc.decks) {
				t.Errorf("decks %q, want %q", decks, tc.decks)
			}
			for _, n := range p.notes {
				if got := p.models[n.mid].name; got != tc.standard {
					t.Errorf("note type %q, want %q", got, tc.standard)
				}
			}
			if len(p.models) != 1 {
				t.Errorf("%d note types, want only the one used", len(p.models))
			}
		})
	}
}

// Tags come from the notes, made valid for Anki, plus Exporter.Tags.
func TestTags(t *testing.T) {
	d := parse(t, "net.md", sectioned)
	_, _, p := exportDeck(t, &Exporter{Tags: []string{"flashmark", "K8S", "导入 2026/春"}}, d)
	want := map[string]string{
		"ClusterIP 是什么？":  " k8s basics flashmark 导入_2026::春 ",
		"NodePort 的端口范围？": " k8s flashmark 导入_2026::春 ",
	}
	for _, n := range p.notes {
		if w, ok := want[ankiStrip(n.fields[0])]; ok && n.tags != w {
			t.Errorf("%s: tags %q, want %q", ankiStrip(n.fields[0]), n.tags, w)
		}
	}
	var registered []string
	for tag := range p.tags {
		registered = append(registered, tag)
	}
	slices.Sort(registered)
	if want := []string{"basics", "flashmark", "k8s", "导入_2026::春"}; !slices.Equal(registered, want) {
		t.Errorf("col.tags %q, want %q", registered, want)
	}
}

// Progress reports the notes written, up to the total, in order.
func TestProgress(t *testing.T) {
	var buf bytes.Buffer
	for i := range 600 {
		buf.WriteString("# 问题 " + strings.Repeat("x", i%7) + string(rune('a'+i%26)) + " " + itoa(i) + "\n\n答案\n\n")
	}
	d := parse(t, "many.md", buf.String())
	var calls [][2]int
	e := &Exporter{Progress: func(done, total int) { calls = append(calls, [2]int{done, total}) }}
	_, sum, _ := exportDeck(t, e, d)
	if len(calls) == 0 || calls[len(calls)-1] != [2]int{600, 600} || sum.Notes != 600 {
		t.Fatalf("progress %v", calls)
	}
	for i := 1; i < len(calls); i++ {
		if calls[i][0] <= calls[i-1][0] || calls[i][1] != 600 {
			t.Errorf("progress not increasing: %v", calls)
		}
	}
}

func itoa(i int) string {
	if i == 0 {
		return "0"
	}
	var b []byte
	for ; i > 0; i /= 10 {
		b = append([]byte{byte('0' + i%10)}, b...)
	}
	return string(b)
}

// A deck without notes is still a package Anki imports.
func TestEmpty(t *testing.T) {
	d := parse(t, "empty.md", "只有前言，没有问题。\n\n# 空的问题\n")
	_, sum, p := exportDeck(t, nil, d)
	if sum.Notes != 0 || sum.Skipped != 1 || len(p.notes) != 0 || len(p.decks) != 2 {
		t.Errorf("summary %+v, decks %v", sum, p.decks)
	}
}

// The zero Time means now.
func TestTimeNow(t *testing.T) {
	before := time.Now()
	var buf bytes.Buffer
	if _, err := (&Exporter{}).Export(context.Background(), &buf, seed(t)); err != nil {
		t.Fatal(err)
	}
	p := checkPackage(t, buf.Bytes())
	if p.mod < before.UnixMilli() || p.notes[0].mod < before.Unix() {
		t.Errorf("col.mod %d, note mod %d, want now", p.mod, p.notes[0].mod)
	}
}

// Cloze notes use the cloze note type whatever the options, and make a
// card per cloze number; an unanswered cloze note is complete.
func TestCloze(t *testing.T) {
	src := "# Pod 是 {{c1::最小调度单位}}，由 {{c3::容器}} 组成\n\n# 问题二\n\n答案里有 ==高亮== 和 {{c2::填空::提示}}\n\n# 普通问题\n\n普通答案\n"
	d := parse(t, "cloze.md", src)
	_, sum, p := exportDeck(t, &Exporter{Reversed: true}, d)
	if sum.Notes != 3 || sum.Cards != 2+2+2 {
		t.Errorf("summary %+v, want 3 notes and 6 cards", sum)
	}
	var ords [][]int64
	for _, n := range p.notes {
		m := p.models[n.mid]
		var o []int64
		for _, c := range p.cardsOf(n.id) {
			o = append(o, c.ord)
		}
		slices.Sort(o)
		ords = append(ords, o)
		switch {
		case strings.Contains(n.fields[0], "Pod"):
			if m.name != "flashmark Cloze" || n.fields[1] != "" {
				t.Errorf("question cloze: %s %q", m.name, n.fields)
			}
		case strings.Contains(n.fields[0], "问题二"):
			if m.name != "flashmark Cloze" || !strings.Contains(n.fields[0], "{{c2::填空::提示}}") || !strings.Contains(n.fields[0], "{{c3::高亮}}") {
				t.Errorf("answer cloze: %s %q", m.name, n.fields)
			}
		default:
			if m.name != "flashmark Basic (and reversed card)" {
				t.Errorf("basic note: %s", m.name)
			}
		}
	}
	if want := [][]int64{{0, 2}, {1, 2}, {0, 1}}; !slices.EqualFunc(ords, want, slices.Equal) {
		t.Errorf("card ords %v, want %v", ords, want)
	}
}
