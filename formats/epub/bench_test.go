package epub

import (
	"bytes"
	"context"
	"runtime"
	"runtime/metrics"
	"sync"
	"testing"
	"time"

	"github.com/flashmark/flashmark/internal/corpus"
	"github.com/flashmark/flashmark/notes"
)

// corpora caches generated Markdown by question count.
var corpora sync.Map

func corpusMarkdown(tb testing.TB, questions int) []byte {
	if v, ok := corpora.Load(questions); ok {
		return v.([]byte)
	}
	var buf bytes.Buffer
	if err := corpus.Generate(&buf, questions, 1); err != nil {
		tb.Fatal(err)
	}
	corpora.Store(questions, buf.Bytes())
	return buf.Bytes()
}

// benchmarkExport measures Markdown to .epub bytes, parsing included, the
// way a program uses the library. It reports MB/s of Markdown, the size of
// the book and the peak heap in use (runtime/metrics, sampled by a
// goroutine).
func benchmarkExport(b *testing.B, questions int, mode Mode) {
	src := corpusMarkdown(b, questions)
	b.SetBytes(int64(len(src)))
	b.ReportAllocs()
	var out bytes.Buffer
	peak := watchHeap()
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

// watchHeap samples the live heap every few milliseconds until the
// returned function is called, which gives the highest value seen.
func watchHeap() func() uint64 {
	runtime.GC()
	sample := []metrics.Sample{{Name: "/memory/classes/heap/objects:bytes"}}
	var peak uint64
	done := make(chan struct{})
	stopped := make(chan struct{})
	go func() {
		defer close(stopped)
		t := time.NewTicker(2 * time.Millisecond)
		defer t.Stop()
		for {
			metrics.Read(sample)
			peak = max(peak, sample[0].Value.Uint64())
			select {
			case <-done:
				return
			case <-t.C:
			}
		}
	}()
	return func() uint64 {
		close(done)
		<-stopped
		return peak
	}
}
