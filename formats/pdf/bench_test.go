package pdf

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"testing"

	"github.com/flashmark/flashmark/internal/corpus"
	"github.com/flashmark/flashmark/notes"
)

// corpusDeck parses a generated file of n questions.
func corpusDeck(b *testing.B, n int) *notes.Deck {
	b.Helper()
	var src bytes.Buffer
	if err := corpus.Generate(&src, n, 1); err != nil {
		b.Fatal(err)
	}
	d, err := notes.Parse("corpus.md", src.Bytes())
	if err != nil {
		b.Fatal(err)
	}
	return d
}

// countingWriter counts the bytes of the PDF.
type countingWriter struct{ n int64 }

func (w *countingWriter) Write(p []byte) (int, error) { w.n += int64(len(p)); return len(p), nil }

func BenchmarkExport(b *testing.B) {
	for _, n := range []int{1000, 10000} {
		d := corpusDeck(b, n)
		for _, l := range layouts {
			b.Run(fmt.Sprintf("%s/%d", l, n), func(b *testing.B) {
				b.ReportAllocs()
				var size int64
				for b.Loop() {
					w := &countingWriter{}
					if _, err := (&Exporter{Layout: l, Time: fixedTime}).Export(context.Background(), w, d); err != nil {
						b.Fatal(err)
					}
					size = w.n
				}
				b.ReportMetric(float64(size)/1e6, "MB-pdf")
			})
		}
	}
}

// A one-note document costs what setting up a document costs: fonts.
func BenchmarkSmall(b *testing.B) {
	d, err := notes.Parse("q.md", []byte("# 问题\n\n答案 answer\n"))
	if err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		if _, err := (&Exporter{Layout: Cheatsheet, Time: fixedTime}).Export(context.Background(), io.Discard, d); err != nil {
			b.Fatal(err)
		}
	}
}
