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

func (titles) Export(ctx context.Context, w io.Writer, d *notes.Deck) error {
	for n := range d.All() {
		if _, err := fmt.Fprintln(w, n.Question.Text()); err != nil {
			return err
		}
	}
	return nil
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
	if err := export.WriteFile(context.Background(), titles{}, name, deck); err != nil {
		log.Fatal(err)
	}
	out, _ := os.ReadFile(name)
	fmt.Print(string(out))
	// Output:
	// 什么是 Pod？
	// 什么是 Service？
}

func ExampleFormats_ForFile() {
	formats := export.Formats{
		{Name: "titles", Ext: ".txt", Description: "one question per line",
			New: func(export.Options) export.Exporter { return titles{} }},
	}
	f, ok := formats.ForFile("out/questions.TXT")
	fmt.Println(f.Name, ok)
	_, ok = formats.Lookup("pdf")
	fmt.Println(ok)
	// Output:
	// titles true
	// false
}
