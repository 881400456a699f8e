package epub_test

import (
	"archive/zip"
	"bytes"
	"context"
	"fmt"
	"io"
	"log"
	"regexp"
	"time"

	"github.com/flashmark/flashmark/formats/epub"
	"github.com/flashmark/flashmark/notes"
)

const sample = `# 什么是 Pod？

Pod 是 Kubernetes 中最小的调度单位。

# kubelet 的作用

kubelet 负责{{c1::维护容器的生命周期}}。

# 如何扩展集群？
`

// Export writes a book; export.WriteFile writes it to a file atomically.
func ExampleExporter_Export() {
	d, err := notes.Parse("k8s.md", []byte(sample))
	if err != nil {
		log.Fatal(err)
	}
	e := &epub.Exporter{Author: "flashmark", Time: time.Date(2024, 5, 6, 0, 0, 0, 0, time.UTC)}
	var buf bytes.Buffer
	sum, err := e.Export(context.Background(), &buf, d)
	if err != nil {
		log.Fatal(err)
	}
	fmt.Printf("%d notes in %d chapter, %d skipped\n", sum.Notes, sum.Cards, sum.Skipped)
	for _, diag := range sum.Diagnostics {
		fmt.Println(diag)
	}
	zr, err := zip.NewReader(bytes.NewReader(buf.Bytes()), int64(buf.Len()))
	if err != nil {
		log.Fatal(err)
	}
	for _, f := range zr.File {
		fmt.Println(f.Name)
	}
	// Output:
	// 2 notes in 1 chapter, 1 skipped
	// k8s.md:9:1: info: unanswered question
	// mimetype
	// META-INF/container.xml
	// EPUB/package.opf
	// EPUB/css/book.css
	// EPUB/css/cover.css
	// EPUB/images/cover.png
	// EPUB/nav.xhtml
	// EPUB/toc.ncx
	// EPUB/xhtml/ch0001.xhtml
	// EPUB/xhtml/cover.xhtml
	// EPUB/xhtml/title.xhtml
}

// A quiz links each question to its answer, a pop-up footnote; cloze
// deletions are blank until the answer is shown.
func ExampleMode() {
	d, err := notes.Parse("k8s.md", []byte(sample))
	if err != nil {
		log.Fatal(err)
	}
	var buf bytes.Buffer
	if _, err := (&epub.Exporter{Mode: epub.Quiz}).Export(context.Background(), &buf, d); err != nil {
		log.Fatal(err)
	}
	zr, err := zip.NewReader(bytes.NewReader(buf.Bytes()), int64(buf.Len()))
	if err != nil {
		log.Fatal(err)
	}
	f, err := zr.Open("EPUB/xhtml/ch0001.xhtml")
	if err != nil {
		log.Fatal(err)
	}
	page, _ := io.ReadAll(f)
	for _, line := range regexp.MustCompile(`(?m)^<(h2|p|aside).*$`).FindAll(page, -1) {
		fmt.Println(string(line))
	}
	// Output:
	// <h2 class="question" id="q1">什么是 Pod？</h2>
	// <p class="reveal"><a epub:type="noteref" class="noteref" href="#a1">答案</a></p>
	// <h2 class="question" id="q2">kubelet 的作用</h2>
	// <p>kubelet 负责<span class="cloze-blank">［…］</span>。</p>
	// <p class="reveal"><a epub:type="noteref" class="noteref" href="#a2">答案</a></p>
	// <h2 class="answers-title">答案</h2>
	// <aside class="answer" epub:type="footnote" id="a1">
	// <p class="back"><a href="#q1">↩ 返回问题</a></p>
	// <p>Pod 是 Kubernetes 中最小的调度单位。</p>
	// <aside class="answer" epub:type="footnote" id="a2">
	// <p class="back"><a href="#q2">↩ 返回问题</a></p>
	// <p>kubelet 负责<mark class="cloze" data-cloze="1">维护容器的生命周期</mark>。</p>
}
