package notes

import (
	"strings"
	"testing"
)

// questionsOf returns the questions of a deck as text, in order.
func questionsOf(d *Deck) []string {
	var qs []string
	for n := range d.All() {
		qs = append(qs, n.Question.Text())
	}
	return qs
}

// diagnosticAt returns the first diagnostic whose message holds msg.
func diagnosticAt(d *Deck, msg string) (Diagnostic, bool) {
	for _, g := range d.Diagnostics {
		if strings.Contains(g.Msg, msg) {
			return g, true
		}
	}
	return Diagnostic{}, false
}

// TestShapeSections checks the most common shape of Chinese interview
// guides: the title in front matter, sections in "##", questions in
// "###", parts in "####".
func TestShapeSections(t *testing.T) {
	d, err := Parse("shape-sections.md", readFixture(t, "shape-sections.md"))
	if err != nil {
		t.Fatal(err)
	}
	if c := d.Count(); c.Notes != 7 || c.Answered != 7 {
		t.Errorf("counts %+v, want 7 answered notes", c)
	}
	var sections []string
	for _, s := range d.Sections {
		sections = append(sections, s.Title)
	}
	if strings.Join(sections, "|") != "基础概念与常识|基本数据类型|面向对象基础" {
		t.Errorf("sections %q", sections)
	}
	want := []string{
		"Java 语言有哪些特点？", "JVM vs JDK vs JRE", "什么是字节码？采用字节码的好处是什么？",
		"Java 中的几种基本数据类型了解么？", "包装类型的缓存机制了解么？",
		"面向对象和面向过程的区别", "深拷贝和浅拷贝区别了解吗？",
	}
	if got := questionsOf(d); strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("questions\n got %q\nwant %q", got, want)
	}
	jvm := d.Sections[0].Notes[1]
	if got, want := jvm.Answer.Markdown(), "#### JVM\n\nJava 虚拟机（JVM）是运行 Java 字节码的虚拟机。\n\n#### JDK 和 JRE\n\nJDK 是功能齐全的 Java SDK，JRE 是运行时环境。"; got != want {
		t.Errorf("#### parts must stay in the answer:\n got %q\nwant %q", got, want)
	}
	g, ok := diagnosticAt(d, "question level 3")
	if !ok || g.Severity != Info || g.Pos.String() != "shape-sections.md:5:1" || !strings.Contains(g.Msg, "7 of 7 read as questions") || !strings.Contains(g.Msg, "0 of 3 ##") {
		t.Errorf("detection diagnostic: %v (found %v)", g, ok)
	}
}

// TestDetectShape checks what decides the question level, and that front
// matter and the Parser still rule.
func TestDetectShape(t *testing.T) {
	tests := []struct {
		name     string
		src      string
		explicit int
		want     []string // the questions
		info     string   // in the detection's diagnostic; "" for none
	}{
		{"seed shape keeps #", "# docker网络模式\n### host模式\n# k8s特点\n### 自我修复\n", 0,
			[]string{"docker网络模式", "k8s特点"}, ""},
		{"title over numbered questions", "# 网络\n## 1. 问题\n### 第一部分\nx\n## 2. 问题二\n", 0,
			[]string{"问题", "问题二"}, ""},
		{"sections over ### questions", "## 基础\n### 什么是 Pod？\nA\n### 为什么需要 Service\nB\n## 进阶\n### Ingress 和 Service 的区别\nC\n", 0,
			[]string{"什么是 Pod？", "为什么需要 Service", "Ingress 和 Service 的区别"}, "question level 3 (### headings): 3 of 3 read as questions"},
		{"English openers", "# Basics\n## What is a Pod\nA\n## How do Services route\nB\n# More\n## Explain Ingress\nC\n", 0,
			[]string{"What is a Pod", "How do Services route", "Explain Ingress"}, "question level 2"},
		{"A vs B and numbers", "# Part one\n## Q1 Deployment vs StatefulSet\nA\n## Q2 ConfigMap vs Secret\nB\n# Part two\n## 第3题 DaemonSet\nC\n", 0,
			[]string{"Deployment vs StatefulSet", "ConfigMap vs Secret", "DaemonSet"}, "question level 2"},
		{"numbered sections over questions", "## 1. 基础\n### 什么是 Pod？\nA\n### Pod 如何调度？\nB\n## 2. 网络\n### 什么是 CNI？\nC\n", 0,
			[]string{"什么是 Pod？", "Pod 如何调度？", "什么是 CNI？"}, "question level 3"},
		{"questions win over question-like parts", "# 什么是 Pod？\n### 为什么要有 Pod？\nA\n# 什么是 Service？\nB\n# 什么是 etcd？\n", 0,
			[]string{"什么是 Pod？", "什么是 Service？", "什么是 etcd？"}, ""},
		{"front matter rules", "---\nquestion_level: 2\n---\n## 基础\n### 什么是 Pod？\nA\n## 网络\n", 0,
			[]string{"基础", "网络"}, ""},
		{"parser rules", "## 基础\n### 什么是 Pod？\nA\n## 网络\n", 2,
			[]string{"基础", "网络"}, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d, err := (&Parser{QuestionLevel: tt.explicit}).Parse("s.md", []byte(tt.src))
			if err != nil {
				t.Fatal(err)
			}
			if got := questionsOf(d); strings.Join(got, "|") != strings.Join(tt.want, "|") {
				t.Errorf("questions %q, want %q", got, tt.want)
			}
			g, ok := diagnosticAt(d, "question level")
			switch {
			case tt.info == "" && ok:
				t.Errorf("unexpected detection diagnostic %v", g)
			case tt.info != "" && (!ok || !strings.Contains(g.Msg, tt.info) || g.Severity != Info || !g.Pos.IsValid()):
				t.Errorf("detection diagnostic %v, want info holding %q", g, tt.info)
			}
		})
	}
}

func TestQuestionScore(t *testing.T) {
	tests := []struct {
		text string
		want int
	}{
		{"Java 语言有哪些特点？", fullQuestion},
		{"What is a Pod", fullQuestion},
		{"what's new in Go 1.22", fullQuestion},
		{"Deployment vs StatefulSet", fullQuestion},
		{"Pod 是什么", fullQuestion},
		{"你能简要介绍一下控制管理器吗", fullQuestion},
		{"简述 TCP 握手", fullQuestion},
		{"1. 问题", halfQuestion},
		{"Q3 Pods", halfQuestion},
		{"第十题 调度", halfQuestion},
		{"基础概念与常识", notQuestion},
		{"docker网络模式", notQuestion},
		{"Isolation levels", notQuestion}, // "Is" only as a word of its own
		{"1.2 网络", notQuestion},
		{"", notQuestion},
	}
	for _, tt := range tests {
		if got := questionScore(tt.text); got != tt.want {
			t.Errorf("questionScore(%q) = %d, want %d", tt.text, got, tt.want)
		}
	}
}

// TestShapeWarnings checks that a shape that looks misread says so, with
// a position and a question_level to try.
func TestShapeWarnings(t *testing.T) {
	tests := []struct {
		name, src string
		explicit  int
		want, pos string
	}{
		{"list headings left unused", "# Q\n\n1. ### What is a closure\n   A function with its scope.\n2. ### What is hoisting\n   Moving declarations up.\n", 1,
			"2 list items open with a heading but are not questions; if they are, set question_level: 3", "w.md:3:4"},
		{"fewer questions than question headings", "# 面试题\n## 基础\n### 什么是 Pod？\nA\n### 什么是 Service？\nB\n### 什么是 etcd？\nC\n### 什么是 CNI？\nD\n### 什么是 CSI？\nE\n", 2,
			"only 1 question, but 5 ### headings read as questions; if they are the questions, set question_level: 3", "w.md:3:1"},
		{"one answer holding the file", "# Kubernetes notes\nIntro.\n## What is a Pod?\nA\n## What is a Service?\nB\n## What is etcd?\nC\n", 1,
			"this answer holds 100% of the file and 3 headings that read as questions; if they are the questions, set question_level: 2", "w.md:1:1"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d, err := (&Parser{QuestionLevel: tt.explicit}).Parse("w.md", []byte(tt.src))
			if err != nil {
				t.Fatal(err)
			}
			g, ok := diagnosticAt(d, tt.want)
			if !ok || g.Severity != Warning || g.Pos.String() != tt.pos {
				t.Errorf("want a warning at %s holding %q; got %v", tt.pos, tt.want, d.Diagnostics)
			}
		})
	}
	// The shapes this package reads right raise none.
	for _, f := range []string{"kubernetes-interview-notes.md", "title-style.md", "shape-sections.md", "list-questions.md", "labels-under-headings.md"} {
		d, err := Parse(f, readFixture(t, f))
		if err != nil {
			t.Fatal(err)
		}
		if _, ok := diagnosticAt(d, "question_level:"); ok {
			t.Errorf("%s: %v", f, d.Diagnostics)
		}
	}
}
