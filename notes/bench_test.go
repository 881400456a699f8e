package notes

import (
	"bytes"
	"fmt"
	"os"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/flashmark/flashmark/internal/corpus"
	"github.com/yuin/goldmark/text"
)

// benchSizes are the numbers of questions the parse benchmarks run on:
// about 400 KB, 4 MB and 40 MB of generated notes.
var benchSizes = []int{1_000, 10_000, 100_000}

// benchSeed selects the generated notes; keep it fixed so that figures
// from different runs and machines are comparable.
const benchSeed = 1

var benchCorpus struct {
	once  sync.Once
	files map[int][]byte
	err   error
}

// benchInput returns the generated notes of n questions, one of
// benchSizes. The first call generates every size (in well under a second),
// so that sub-benchmarks, -count runs and both benchmarks share the same
// bytes, and all of them run with the same heap: the inputs, about 45 MB,
// set the garbage collector's pace, which would otherwise favour whichever
// benchmark runs after the large inputs exist.
func benchInput(b *testing.B, n int) []byte {
	b.Helper()
	benchCorpus.once.Do(func() {
		benchCorpus.files = make(map[int][]byte)
		for _, n := range benchSizes {
			var buf bytes.Buffer
			if err := corpus.Generate(&buf, n, benchSeed); err != nil {
				benchCorpus.err = err
				return
			}
			benchCorpus.files[n] = buf.Bytes()
		}
	})
	if benchCorpus.err != nil {
		b.Fatal(benchCorpus.err)
	}
	src, ok := benchCorpus.files[n]
	if !ok {
		b.Fatalf("no generated input of %d questions", n)
	}
	return src
}

func benchName(n int) string {
	if n%1000 == 0 {
		return fmt.Sprintf("%dk", n/1000)
	}
	return fmt.Sprint(n)
}

// BenchmarkParse measures Parse on generated notes in the shape of the
// reference notes. Compare with BenchmarkGoldmark, the goldmark parse
// alone on the same bytes: the target is within 1.5 times its time.
func BenchmarkParse(b *testing.B) {
	for _, n := range benchSizes {
		b.Run(benchName(n), func(b *testing.B) {
			src := benchInput(b, n)
			b.SetBytes(int64(len(src)))
			b.ReportAllocs()
			defer reportCPU(b)()
			for b.Loop() {
				d, err := Parse("corpus.md", src)
				if err != nil {
					b.Fatal(err)
				}
				if c := d.Count(); c.Notes != n {
					b.Fatalf("%d notes, want %d", c.Notes, n)
				}
			}
		})
	}
}

// BenchmarkGoldmark measures goldmark parsing the same bytes as
// BenchmarkParse, configured as Parse configures it (markdown: GFM, heading
// attributes, escaped spaces, cloze, highlight and math syntax), without
// anything Parse does besides. The goldmark parser is built once, outside
// the timed loop; Parse builds one per call.
func BenchmarkGoldmark(b *testing.B) {
	for _, n := range benchSizes {
		b.Run(benchName(n), func(b *testing.B) {
			src := benchInput(b, n)
			md := markdown()
			b.SetBytes(int64(len(src)))
			b.ReportAllocs()
			defer reportCPU(b)()
			for b.Loop() {
				doc := md.Parse(text.NewReader(src))
				if !doc.HasChildren() {
					b.Fatal("empty document")
				}
			}
		})
	}
}

// reportCPU reports the CPU time the process used per operation, as
// cpu-ns/op, when the system tells it (Linux). The machines benchmarks run
// on are often shared: other processes stretch ns/op, the wall-clock time,
// far more than the CPU time the work takes. The figure includes the
// garbage collector's work on other threads, and has the 10ms granularity
// of the kernel's accounting, so it means something only over many
// milliseconds. Call it before the loop and the function it returns after.
func reportCPU(b *testing.B) func() {
	start, ok := processCPU()
	if !ok {
		return func() {}
	}
	return func() {
		if end, ok := processCPU(); ok && b.N > 0 {
			b.ReportMetric(float64(end-start)/float64(b.N), "cpu-ns/op")
		}
	}
}

// processCPU returns the user and system time of the process from
// /proc/self/stat.
func processCPU() (time.Duration, bool) {
	stat, err := os.ReadFile("/proc/self/stat")
	if err != nil {
		return 0, false
	}
	// The fields after the command name, which is in parentheses, start
	// with the state (field 3); utime and stime are fields 14 and 15, in
	// clock ticks of 1/100 s (USER_HZ).
	_, rest, ok := bytes.Cut(stat, []byte(") "))
	if !ok {
		return 0, false
	}
	f := strings.Fields(string(rest))
	if len(f) < 13 {
		return 0, false
	}
	utime, err1 := strconv.ParseInt(f[11], 10, 64)
	stime, err2 := strconv.ParseInt(f[12], 10, 64)
	if err1 != nil || err2 != nil {
		return 0, false
	}
	return time.Duration(utime+stime) * (time.Second / 100), true
}

// repeatedHeadings is how many distinct headings BenchmarkDuplicates's
// "repeated" file draws from: each of its 100,000 questions but the first
// 1,000 repeats one asked before.
const repeatedHeadings = 1_000

// BenchmarkDuplicates measures Parse on 100,000 questions whose headings
// repeat (a quiz asking "What is the output of below code?" again and
// again) against the same file with unique headings: the same answers, the
// same bytes but for the headings. Every repeated question gets an ID of
// its own and a warning. The target is within 10% of the unique file's
// time.
func BenchmarkDuplicates(b *testing.B) {
	const n = 100_000
	for _, c := range []struct {
		name     string
		headings int
	}{{"unique", n}, {"repeated", repeatedHeadings}} {
		b.Run(c.name, func(b *testing.B) {
			var buf bytes.Buffer
			if _, err := (corpus.Options{Questions: n, Seed: benchSeed, Headings: c.headings}).Generate(&buf); err != nil {
				b.Fatal(err)
			}
			src := buf.Bytes()
			b.SetBytes(int64(len(src)))
			b.ReportAllocs()
			defer reportCPU(b)()
			for b.Loop() {
				d, err := Parse("quiz.md", src)
				if err != nil {
					b.Fatal(err)
				}
				if c := d.Count(); c.Notes != n {
					b.Fatalf("%d notes, want %d", c.Notes, n)
				}
			}
		})
	}
}
