package notes_test

import (
	"fmt"
	"io/fs"
	"log"
	"testing/fstest"

	"github.com/flashmark/flashmark/notes"
)

func ExampleParse() {
	src := []byte(`# 什么是 Pod？
Pod 是 Kubernetes 中最小的调度单位，
其中的容器共享网络。
### 生命周期
Pending → Running → Succeeded

# 你如何扩展 Kubernetes 集群？
---
`)
	deck, err := notes.Parse("k8s.md", src)
	if err != nil {
		log.Fatal(err)
	}
	for n := range deck.All() {
		fmt.Printf("%s %q answered=%v\n", n.Pos, n.Question.Text(), n.Answered())
	}
	fmt.Println(deck.Notes[0].Answer.Text())
	for _, d := range deck.Diagnostics {
		fmt.Println(d)
	}
	// Output:
	// k8s.md:1:1 "什么是 Pod？" answered=true
	// k8s.md:7:1 "你如何扩展 Kubernetes 集群？" answered=false
	// Pod 是 Kubernetes 中最小的调度单位，
	// 其中的容器共享网络。
	// 生命周期
	// Pending → Running → Succeeded
	// k8s.md:7:1: info: unanswered question
}

func ExampleParser_Parse() {
	src := []byte(`---
tags: [network]
---
# 计算机网络

## 1. TCP 三次握手？ {#tcp-handshake}
SYN, SYN+ACK, ACK.

## 2. {{c1::UDP}} 是无连接的协议吗？
是。
`)
	p := notes.Parser{Lang: "zh"}
	deck, err := p.Parse("net.md", src)
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(deck.Title, deck.Lang)
	for n := range deck.All() {
		fmt.Println(n.ID, n.Kind, n.Tags, n.Clozes)
	}
	// Output:
	// 计算机网络 zh
	// tcp-handshake basic [network] []
	// 17b4c67c1ed85150 cloze [network] [1]
}

func ExampleParser_ParseFS() {
	fsys := fstest.MapFS{
		"1-pods.md":     {Data: []byte("# What is a Pod?\nA group of containers.\n![pod](img/pod.png)\n")},
		"2-services.md": {Data: []byte("# Services\n## What is a headless Service?\nOne without a cluster IP.\n")},
	}
	p := notes.Parser{Title: "Kubernetes"}
	deck, err := p.ParseFS(fsys)
	if err != nil {
		log.Fatal(err)
	}
	for n := range deck.All() {
		fmt.Println(n.Pos, n.Path, n.Question.Text())
		for _, m := range n.Answer.Media {
			fmt.Println("  image", m.Kind, m.Path)
		}
	}
	// Output:
	// 1-pods.md:1:1 [1-pods] What is a Pod?
	//   image local img/pod.png
	// 2-services.md:2:1 [Services] What is a headless Service?
}

func ExampleDeck_Count() {
	deck, err := notes.Parse("q.md", []byte("# A\nyes\n# B\n# C\n==c==\n"))
	if err != nil {
		log.Fatal(err)
	}
	c := deck.Count()
	fmt.Println(c.Notes, c.Answered, c.Unanswered(), c.Cloze)
	// Output: 3 2 1 1
}

// Labelled questions: the text after the question label is the question,
// what follows the answer label the answer, and other labels go to Extra.
func ExampleParse_labelled() {
	src := []byte(`**题目**：如何实现一个高效的单向链表逆序输出？
**出题人**：阿里巴巴出题专家
**参考答案**：用三个指针原地反转。

Q: What does DNS resolve?
A: Names to IP addresses.
`)
	deck, err := notes.Parse("labels.md", src)
	if err != nil {
		log.Fatal(err)
	}
	for n := range deck.All() {
		fmt.Printf("%s Q=%q A=%q extra=%q\n", n.Pos, n.Question.Text(), n.Answer.Text(), n.Extra.Text())
	}
	// Output:
	// labels.md:1:1 Q="如何实现一个高效的单向链表逆序输出？" A="用三个指针原地反转。" extra="出题人：阿里巴巴出题专家"
	// labels.md:5:1 Q="What does DNS resolve?" A="Names to IP addresses." extra=""
}

// Questions written as list items, numbered: the number goes to
// Note.Number, out of the question a card shows.
func ExampleParse_listQuestions() {
	src := []byte(`# JavaScript

1. ### What is a closure

    A function together with the variables it closes over.

2. ### What is hoisting

    Declarations move to the top of their scope.
`)
	deck, err := notes.Parse("js.md", src)
	if err != nil {
		log.Fatal(err)
	}
	for n := range deck.All() {
		fmt.Printf("%s. %s: %s\n", n.Number, n.Question.Text(), n.Answer.Text())
	}
	// Output:
	// 1. What is a closure: A function together with the variables it closes over.
	// 2. What is hoisting: Declarations move to the top of their scope.
}

// The same question asked twice gets an ID of its own and a warning.
func ExampleParse_repeatedQuestion() {
	src := []byte("## 1. 什么是Pod？\n最小的调度单位。\n## 37. 什么是Pod？\n同一个问题。\n")
	deck, err := notes.Parse("k8s.md", src)
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(deck.Notes[0].ID != deck.Notes[1].ID)
	for _, d := range deck.Diagnostics {
		fmt.Println(d)
	}
	// Output:
	// true
	// k8s.md:3:1: warning: duplicate question, also at k8s.md:1:1: this copy, the 2nd in its section, gets ID d160bb3a570bac69 while the copies keep their order; pin an ID with {#my-id} or <!-- id: my-id -->
}

// Notes in docs/ and their images in a sibling images/: NotesDir names
// where the notes sit in the root that images are read from.
func ExampleParser_ParseFS_notesDir() {
	root := fstest.MapFS{
		"docs/pods.md":   {Data: []byte("# 什么是 Pod？\n![Pod](../images/pod.png)\n")},
		"images/pod.png": {Data: []byte("PNG")},
	}
	docs, err := fs.Sub(root, "docs")
	if err != nil {
		log.Fatal(err)
	}
	deck, err := (&notes.Parser{NotesDir: "docs"}).ParseFS(docs)
	if err != nil {
		log.Fatal(err)
	}
	m := deck.Notes[0].Answer.Media[0]
	data, err := fs.ReadFile(root, m.Path) // as export.ReadMedia does
	fmt.Println(m.Ref, m.Path, string(data), err)
	// Output: ../images/pod.png images/pod.png PNG <nil>
}

// Line breaks are kept in Chinese notes and soft in others, unless the
// Parser or the front matter ("breaks: true") says otherwise.
func ExampleLineBreaks() {
	src := []byte("# 使用UUID做主键有什么问题\n自增主键会产生表锁\n插入时页分裂多\n")
	for _, b := range []notes.LineBreaks{notes.BreaksAuto, notes.BreaksSoft} {
		deck, err := (&notes.Parser{Breaks: b}).Parse("mysql.md", src)
		if err != nil {
			log.Fatal(err)
		}
		fmt.Printf("%s: %q\n", b, deck.Notes[0].Answer.Text())
	}
	// Output:
	// auto: "自增主键会产生表锁\n插入时页分裂多"
	// soft: "自增主键会产生表锁插入时页分裂多"
}

// DetectLang guesses a language tag from text, as the parser does for
// notes whose front matter gives none.
func ExampleDetectLang() {
	fmt.Println(notes.DetectLang([]byte("什么是 Pod？Pod 是最小的调度单位。")))
	fmt.Println(notes.DetectLang([]byte("What is a Pod?")))
	// Output:
	// zh
	// en
}
