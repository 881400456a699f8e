package epub

import (
	"bytes"
	"context"
	"testing"

	"github.com/flashmark/flashmark/internal/corpus"
	"github.com/flashmark/flashmark/internal/testtool"
	"github.com/flashmark/flashmark/notes"
)

// benchmarkExport measures Markdown to .epub bytes, parsing included, the
// way a program uses the library. It reports MB/s of Markdown, the size of
// the book and the peak heap in use (runtime/metrics, sampled by a
// goroutine).
func benchmarkExport(b *testing.B, questions int, mode Mode) {
	src := corpus.Markdown(questions)
	b.SetBytes(int64(len(src)))
	b.ReportAllocs()
	var out bytes.Buffer
	peak := testtool.WatchHeap()
	var written int
	for b.Loop() {
		d, err := notes.Parse("corpus.md", src)
		if err != nil {
			b.Fatal(err)
		}
		out.Reset()
		sum, err := (&Exporter{Mode: mode, Time: testTime}).Export(context.Background(), &out, d)
		if err != nil {
			b.Fatal(err)
		}
		written = sum.Notes
	}
	b.ReportMetric(float64(peak())/(1<<20), "peak-heap-MB")
	b.ReportMetric(float64(out.Len())/(1<<20), "epub-MB")
	b.ReportMetric(float64(written), "notes")
}

func BenchmarkExport1k(b *testing.B)      { benchmarkExport(b, 1_000, Book) }
func BenchmarkExport10k(b *testing.B)     { benchmarkExport(b, 10_000, Book) }
func BenchmarkExportQuiz10k(b *testing.B) { benchmarkExport(b, 10_000, Quiz) }
