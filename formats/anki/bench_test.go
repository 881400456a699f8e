package anki

import (
	"bytes"
	"context"
	"regexp"
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

func corpusMarkdown(b testing.TB, questions int) []byte {
	if v, ok := corpora.Load(questions); ok {
		return v.([]byte)
	}
	var buf bytes.Buffer
	if err := corpus.Generate(&buf, questions, 1); err != nil {
		b.Fatal(err)
	}
	corpora.Store(questions, buf.Bytes())
	return buf.Bytes()
}

// benchmarkExport measures Markdown to .apkg bytes, parsing included, the
// way a program uses the library. It reports MB/s of Markdown and the peak
// heap in use (runtime/metrics, sampled by a goroutine).
func benchmarkExport(b *testing.B, questions int) {
	src := corpusMarkdown(b, questions)
	b.SetBytes(int64(len(src)))
	b.ReportAllocs()
	var out bytes.Buffer
	out.Grow(len(src)) // a package is smaller than its notes; like a file, no regrowth
	peak := watchHeap()
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

func BenchmarkExport10k(b *testing.B)  { benchmarkExport(b, 10_000) }
func BenchmarkExport100k(b *testing.B) { benchmarkExport(b, 100_000) }

// BenchmarkExport100kPlainCode exports the same corpus with the languages
// of its code blocks removed, so that nothing is highlighted: the same
// bytes and blocks, without the highlighter's cost.
func BenchmarkExport100kPlainCode(b *testing.B) {
	const plain = -100_000 // cache key of the variant
	if _, ok := corpora.Load(plain); !ok {
		src := corpusMarkdown(b, 100_000)
		corpora.Store(plain, fenceLang.ReplaceAll(src, []byte("```")))
	}
	benchmarkExport(b, plain)
}

var fenceLang = regexp.MustCompile("(?m)^```[a-zA-Z]+")

// watchHeap samples the live heap every few milliseconds until the
// returned function is called, which gives the highest value seen.
func watchHeap() func() uint64 {
	runtime.GC()
	sample := []metrics.Sample{{Name: "/memory/classes/heap/objects:bytes"}}
	var peak uint64
	stop := make(chan struct{})
	done := make(chan struct{})
	go func() {
		defer close(done)
		for {
			metrics.Read(sample)
			peak = max(peak, sample[0].Value.Uint64())
			select {
			case <-stop:
				return
			default:
				timerSleep()
			}
		}
	}()
	return func() uint64 {
		close(stop)
		<-done
		return peak
	}
}

func timerSleep() { time.Sleep(2 * time.Millisecond) }
