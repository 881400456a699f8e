// Package flashmark turns the Markdown notes people keep into study
// material: Anki decks (.apkg), printable PDFs and EPUB books.
//
// The pipeline has three steps, each a package:
//
//	Markdown files ──► notes.Parse ──► *notes.Deck ──► exporter ──► io.Writer
//
// In turn:
//
//   - [github.com/flashmark/flashmark/notes] parses Markdown (goldmark) into a
//     Deck: sections of question-and-answer notes with stable IDs, tags,
//     positions and the parsed Markdown of every question and answer.
//   - [github.com/flashmark/flashmark/export] holds the Exporter contract and
//     what formats share: neutral XHTML rendering of bodies (sanitised,
//     highlighted, math, clozes as <mark>), highlight tokens, reading media
//     inside the notes' root, atomic file writes that never replace a file
//     of another kind, and one Summary with every diagnostic.
//   - [github.com/flashmark/flashmark/formats/anki],
//     [github.com/flashmark/flashmark/formats/pdf] and
//     [github.com/flashmark/flashmark/formats/epub] write Anki decks,
//     printable PDFs and EPUB books; each format is its own package, used
//     directly, so a program pays only for the formats it imports.
//
// # Writing notes
//
// Every heading at the question level is a question and everything under it,
// down to the next such heading, is its answer:
//
//	# 什么是 Pod？
//	Pod 是 Kubernetes 中最小的调度单位。
//	### 共享什么
//	网络命名空间和存储卷。
//
//	# 你如何扩展 Kubernetes 集群？
//	---
//
// The question level is detected per file ("#" questions, or "## 1. 问题？"
// under a single "# Title"); front matter can set it, along with the title,
// deck name, tags and language. Questions without an answer are kept and
// reported. {{c1::cloze}} and ==highlight== make cloze notes; $math$ is
// rendered for MathJax. See package notes for the rules.
//
// # Quick start
//
//	deck, err := notes.Parse("k8s.md", src)
//	if err != nil { ... }        // errors name file:line:col
//	for n := range deck.All() {  // every note, in order
//		fmt.Println(n.Pos, n.Question.Text(), n.Answered())
//	}
//
// Run "go run ./examples/anki" for a complete program that writes an Anki
// deck; examples/pdf, examples/cheatsheet and examples/epub write the other
// formats.
package flashmark
