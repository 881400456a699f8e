package notes_test

import (
	"fmt"
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
