package anki

import (
	"bytes"
	"context"
	"regexp"
	"testing"

	"github.com/flashmark/flashmark/internal/corpus"
	"github.com/flashmark/flashmark/internal/testtool"
	"github.com/flashmark/flashmark/notes"
)

// benchmarkExport measures Markdown to .apkg bytes, parsing included, the
// way a program uses the library. It reports MB/s of Markdown and the peak
// heap in use (runtime/metrics, sampled by a goroutine).
func benchmarkExport(b *testing.B, src []byte) {
	b.SetBytes(int64(len(src)))
	b.ReportAllocs()
	var out bytes.Buffer
	out.Grow(len(src)) // a package is smaller than its notes; like a file, no regrowth
	peak := testtool.WatchHeap()
	var notesWritten int
	for b.Loop() {
		d, err := notes.Parse("corpus.md", src)
		if err != nil {
			b.Fatal(err)
		}
		out.Reset()
		sum, err := (&Exporter{Time: testTime}).Export(context.Background(), &out, d)
		if err != nil {
			b.Fatal(err)
		}
		notesWritten = sum.Notes
	}
	b.ReportMetric(float64(peak())/(1<<20), "peak-heap-MB")
	b.ReportMetric(float64(out.Len())/(1<<20), "apkg-MB")
	b.ReportMetric(float64(notesWritten), "notes")
}

func BenchmarkExport10k(b *testing.B)  { benchmarkExport(b, corpus.Markdown(10_000)) }
func BenchmarkExport100k(b *testing.B) { benchmarkExport(b, corpus.Markdown(100_000)) }

// BenchmarkExport100kPlainCode exports the same corpus with the languages
// of its code blocks removed, so that nothing is highlighted: the same
// bytes and blocks, without the highlighter's cost.
func BenchmarkExport100kPlainCode(b *testing.B) {
	benchmarkExport(b, fenceLang.ReplaceAll(corpus.Markdown(100_000), []byte("```")))
}

var fenceLang = regexp.MustCompile("(?m)^```[a-zA-Z]+")
