package corpus_test

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"strings"
	"testing"

	"github.com/flashmark/flashmark/internal/corpus"
	"github.com/flashmark/flashmark/notes"
)

func generate(t testing.TB, o corpus.Options) ([]byte, corpus.Stats) {
	t.Helper()
	var buf bytes.Buffer
	st, err := o.Generate(&buf)
	if err != nil {
		t.Fatalf("Generate(%+v): %v", o, err)
	}
	if st.Bytes != int64(buf.Len()) {
		t.Fatalf("Generate(%+v): Stats.Bytes = %d, wrote %d", o, st.Bytes, buf.Len())
	}
	return buf.Bytes(), st
}

// TestDeterministic checks that the same options give the same bytes, and
// that the seed matters.
func TestDeterministic(t *testing.T) {
	for _, tc := range []struct {
		questions int
		seed      uint64
	}{
		{0, 1},
		{1, 1},
		{100, 0},
		{1000, 1},
		{1000, 1 << 63},
		{5000, 12345},
	} {
		o := corpus.Options{Questions: tc.questions, Seed: tc.seed}
		a, sa := generate(t, o)
		b, sb := generate(t, o)
		if !bytes.Equal(a, b) || sa != sb {
			t.Errorf("%+v: two runs differ", o)
		}
		var c bytes.Buffer
		if err := corpus.Generate(&c, tc.questions, tc.seed); err != nil || !bytes.Equal(a, c.Bytes()) {
			t.Errorf("Generate(w, %d, %d) differs from Options.Generate (err %v)", tc.questions, tc.seed, err)
		}
		o.Seed++
		if d, _ := generate(t, o); bytes.Equal(a, d) {
			t.Errorf("%+v: seeds %d and %d give the same file", o, tc.seed, o.Seed)
		}
	}
}

// TestGolden pins the output across machines and Go releases: benchmark
// figures are comparable only on the same bytes. When the generator or its
// vocabularies change on purpose, update the hashes.
func TestGolden(t *testing.T) {
	for _, tc := range []struct {
		o    corpus.Options
		want string
	}{
		{corpus.Options{Questions: 100, Seed: 1}, "e49de2bc4cfe3739f257de7cbc181945252f04446e5610cddf185602e49280f5"},
		{corpus.Options{Questions: 2000, Seed: 42}, "5a49af1ea7dec824b959b0d5b5dd957cb70a4aa1ee087c0d389fc9d5997c7122"},
	} {
		src, _ := generate(t, tc.o)
		sum := sha256.Sum256(src)
		if got := hex.EncodeToString(sum[:]); got != tc.want {
			t.Errorf("%+v: sha256 = %s, want %s (update the hash if the change is intended)", tc.o, got, tc.want)
		}
	}
}

// TestSize checks the size promised in the package documentation: about
// 400 bytes a question, 40 MB for 100,000 questions.
func TestSize(t *testing.T) {
	for _, tc := range []struct {
		questions int
		min, max  int64
	}{
		{0, 100, 400}, // the page chrome alone
		{1, 100, 4000},
		{1000, 350_000, 450_000},
		{10_000, 3_700_000, 4_300_000},
		{100_000, 37_000_000, 43_000_000},
	} {
		if tc.questions > 10_000 && testing.Short() {
			continue
		}
		for seed := range uint64(3) {
			_, st := generate(t, corpus.Options{Questions: tc.questions, Seed: seed})
			if st.Bytes < tc.min || st.Bytes > tc.max {
				t.Errorf("%d questions, seed %d: %d bytes, want %d to %d", tc.questions, seed, st.Bytes, tc.min, tc.max)
			}
			if st.Questions != tc.questions || st.Answered+st.Unanswered != st.Questions {
				t.Errorf("%d questions, seed %d: stats %+v", tc.questions, seed, st)
			}
		}
	}
}

// TestParse checks that the notes parser accepts a generated file, with
// no duplicate IDs, and finds what the generator reports.
func TestParse(t *testing.T) {
	for _, tc := range []struct {
		o                  corpus.Options
		minShare, maxShare float64 // of unanswered questions
	}{
		{corpus.Options{Questions: 10_000, Seed: 1}, 0.37, 0.43},
		{corpus.Options{Questions: 10_000, Seed: 7, Unanswered: 0.1}, 0.08, 0.12},
		{corpus.Options{Questions: 500, Seed: 3, Unanswered: -1}, 0, 0},
		{corpus.Options{Questions: 500, Seed: 3, Unanswered: 1}, 1, 1},
	} {
		src, st := generate(t, tc.o)
		d, err := notes.Parse("corpus.md", src)
		if err != nil {
			t.Fatalf("%+v: Parse: %v", tc.o, err)
		}
		got := d.Count()
		want := notes.Counts{Notes: st.Questions, Answered: st.Answered, Cloze: st.Cloze}
		if got != want {
			t.Errorf("%+v: Count() = %+v, want %+v", tc.o, got, want)
		}
		if got.Notes != tc.o.Questions {
			t.Errorf("%+v: %d notes, want %d", tc.o, got.Notes, tc.o.Questions)
		}
		if share := float64(got.Unanswered()) / float64(got.Notes); share < tc.minShare || share > tc.maxShare {
			t.Errorf("%+v: %.3f of the questions unanswered, want %.2f to %.2f", tc.o, share, tc.minShare, tc.maxShare)
		}
		if tc.o.Unanswered == 0 && (st.Cloze == 0 || st.Cloze == st.Answered) {
			t.Errorf("%+v: %d cloze notes of %d answered: want some but not all", tc.o, st.Cloze, st.Answered)
		}
		if !strings.Contains(d.Description.Markdown(), "Blame") {
			t.Errorf("%+v: description %q lacks the page chrome", tc.o, d.Description.Markdown())
		}
	}
}

// TestFeatures checks that a file holds every construct the package
// documentation promises.
func TestFeatures(t *testing.T) {
	src, _ := generate(t, corpus.Options{Questions: 2000, Seed: 1})
	for _, s := range []string{
		"\n# ", "\n### ", "\n1、", "\n2、", "\n- ", "\n```yaml\n", "\n```go\n",
		"\n```bash\n", "\n| --- |", "**", " `", "](https://", "](images/",
		"%E", "{{c1::", "{{c2::", "::组件}}", "==", "\n---\n", "？", "?",
	} {
		if !bytes.Contains(src, []byte(s)) {
			t.Errorf("no %q in 2000 questions", s)
		}
	}
}

type failWriter struct{ n int }

var errFull = errors.New("disk full")

func (w *failWriter) Write(p []byte) (int, error) {
	if w.n == 0 {
		return 0, errFull
	}
	w.n--
	return len(p), nil
}

func TestWriteError(t *testing.T) {
	st, err := corpus.Options{Questions: 10_000}.Generate(&failWriter{n: 2})
	if !errors.Is(err, errFull) {
		t.Fatalf("err = %v, want %v", err, errFull)
	}
	if st.Bytes == 0 || st.Questions == 10_000 {
		t.Errorf("stats %+v: want the writes before the error counted, and an early stop", st)
	}
}

// TestHeadings checks Options.Headings: the headings repeat as asked, and
// the answers are those of the same file with other headings.
func TestHeadings(t *testing.T) {
	const n = 3000
	split := func(src []byte) (headings map[string]int, rest string) {
		headings = map[string]int{}
		var b strings.Builder
		for line := range strings.Lines(string(src)) {
			// A heading ends with its number, "(#12)" or "（#12）"; a
			// comment in a shell example also starts with "# ".
			if strings.HasPrefix(line, "# ") && (strings.Contains(line, " (#") || strings.Contains(line, "（#")) {
				headings[line]++
				continue
			}
			b.WriteString(line)
		}
		return headings, b.String()
	}
	unique, _ := generate(t, corpus.Options{Questions: n, Seed: 5, Headings: n})
	repeated, st := generate(t, corpus.Options{Questions: n, Seed: 5, Headings: 100})
	hu, ru := split(unique)
	hr, rr := split(repeated)
	if len(hu) != n || len(hr) != 100 {
		t.Errorf("%d and %d distinct headings, want %d and 100", len(hu), len(hr), n)
	}
	for h, c := range hr {
		if c != n/100 {
			t.Errorf("heading %q written %d times, want %d", h, c, n/100)
			break
		}
	}
	if ru != rr {
		t.Error("the answers differ between Headings n and 100")
	}
	if st.Questions != n {
		t.Errorf("stats %+v", st)
	}
	// A repeated heading is the same wherever it appears: drawn from its
	// number alone.
	again, _ := generate(t, corpus.Options{Questions: 200, Seed: 5, Headings: 100})
	if ha, _ := split(again); len(ha) != 100 {
		t.Errorf("%d distinct headings in 200 questions of 100", len(ha))
	} else {
		for h := range ha {
			if hr[h] == 0 {
				t.Errorf("heading %q of a shorter file is not among the longer file's", h)
				break
			}
		}
	}
}
