package export_test

import (
	"context"
	"fmt"
	"io"
	"log"
	"os"
	"path/filepath"

	"github.com/flashmark/flashmark/export"
	"github.com/flashmark/flashmark/notes"
)

// titles is a tiny exporter: one line per question.
type titles struct{}

func (titles) Export(ctx context.Context, w io.Writer, d *notes.Deck) (*export.Summary, error) {
	sum := &export.Summary{Diagnostics: export.Diagnostics(d)}
	for n := range d.All() {
		if _, err := fmt.Fprintln(w, n.Question.Text()); err != nil {
			return nil, err
		}
		sum.Notes++
	}
	return sum, nil
}

func ExampleWriteFile() {
	deck, err := notes.Parse("k8s.md", []byte("# 什么是 Pod？\n最小的调度单位。\n# 什么是 Service？\n"))
	if err != nil {
		log.Fatal(err)
	}
	dir, err := os.MkdirTemp("", "flashmark")
	if err != nil {
		log.Fatal(err)
	}
	defer os.RemoveAll(dir)
	name := filepath.Join(dir, "questions.txt")
	sum, err := export.WriteFile(context.Background(), titles{}, name, deck)
	if err != nil {
		log.Fatal(err)
	}
	out, _ := os.ReadFile(name)
	fmt.Print(string(out))
	for _, d := range sum.Diagnostics {
		fmt.Println(d)
	}
	// Output:
	// 什么是 Pod？
	// 什么是 Service？
	// k8s.md:3:1: info: unanswered question
}
