package pdf_test

import (
	"bytes"
	"context"
	"fmt"
	"log"
	"time"

	"github.com/flashmark/flashmark/formats/pdf"
	"github.com/flashmark/flashmark/notes"
)

const exampleNotes = `# 什么是 Pod？

Pod 是 Kubernetes 中**最小的调度单位**，由一个或多个容器组成。

# What does a Service do?

It gives a set of pods one stable address:

` + "```yaml\nkind: Service\nspec:\n  selector:\n    app: web\n```" + `

# 你如何扩展 Kubernetes 集群？
`

// A study guide, the zero value's layout, of two answered questions; the
// unanswered one is left out.
func ExampleExporter() {
	deck, err := notes.Parse("k8s.md", []byte(exampleNotes))
	if err != nil {
		log.Fatal(err)
	}
	var b bytes.Buffer
	e := &pdf.Exporter{Time: time.Date(2024, 3, 1, 0, 0, 0, 0, time.UTC)}
	sum, err := e.Export(context.Background(), &b, deck)
	if err != nil {
		log.Fatal(err)
	}
	fmt.Printf("%s: %d notes on %d pages, %d skipped\n", b.Bytes()[:8], sum.Notes, sum.Cards, sum.Skipped)
	for _, d := range sum.Diagnostics {
		fmt.Println(d)
	}
	// Output:
	// %PDF-1.3: 2 notes on 3 pages, 1 skipped
	// k8s.md:16:1: info: unanswered question
}

// Flash cards on Letter paper, three across and three down, with the
// unanswered question on a card of its own.
func ExampleExporter_cards() {
	deck, err := notes.Parse("k8s.md", []byte(exampleNotes))
	if err != nil {
		log.Fatal(err)
	}
	e := &pdf.Exporter{
		Layout:            pdf.Cards,
		PageSize:          pdf.Letter,
		Columns:           3,
		Rows:              3,
		IncludeUnanswered: true,
		Time:              time.Date(2024, 3, 1, 0, 0, 0, 0, time.UTC),
	}
	var b bytes.Buffer
	sum, err := e.Export(context.Background(), &b, deck)
	if err != nil {
		log.Fatal(err)
	}
	fmt.Printf("%d notes on %d cards\n", sum.Notes, sum.Cards)
	// Output:
	// 3 notes on 3 cards
}

// A cheat sheet; ParseLayout reads a layout's name, as a command-line flag
// gives it.
func ExampleParseLayout() {
	layout, err := pdf.ParseLayout("cheatsheet")
	if err != nil {
		log.Fatal(err)
	}
	deck, err := notes.Parse("k8s.md", []byte(exampleNotes))
	if err != nil {
		log.Fatal(err)
	}
	var b bytes.Buffer
	sum, err := (&pdf.Exporter{Layout: layout}).Export(context.Background(), &b, deck)
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(layout, sum.Notes, "notes on", sum.Cards, "page")
	// Output:
	// cheatsheet 2 notes on 1 page
}
