package notes

import (
	"bytes"
	"fmt"
	"sync"
	"testing"

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
	sync.Mutex
	files map[int][]byte
}

// benchInput returns the generated notes of n questions, generating them
// once per process so that sub-benchmarks, -count runs and both benchmarks
// share the same bytes.
func benchInput(b *testing.B, n int) []byte {
	b.Helper()
	benchCorpus.Lock()
	defer benchCorpus.Unlock()
	if src, ok := benchCorpus.files[n]; ok {
		return src
	}
	var buf bytes.Buffer
	if err := corpus.Generate(&buf, n, benchSeed); err != nil {
		b.Fatal(err)
	}
	if benchCorpus.files == nil {
		benchCorpus.files = make(map[int][]byte)
	}
	benchCorpus.files[n] = buf.Bytes()
	return buf.Bytes()
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
			for b.Loop() {
				doc := md.Parse(text.NewReader(src))
				if !doc.HasChildren() {
					b.Fatal("empty document")
				}
			}
		})
	}
}
