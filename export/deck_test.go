package export

import (
	"bytes"
	"os"
	"slices"
	"strings"
	"sync"
	"testing"
	"unicode"

	"github.com/flashmark/flashmark/internal/corpus"
	"github.com/flashmark/flashmark/notes"
)

// decks returns the reference notes and generated notes in their shape.
func decks(t testing.TB) map[string]*notes.Deck {
	seed, err := os.ReadFile("testdata/kubernetes-interview-notes.md")
	if err != nil {
		t.Fatal(err)
	}
	var gen bytes.Buffer
	if err := corpus.Generate(&gen, 300, 7); err != nil {
		t.Fatal(err)
	}
	return map[string]*notes.Deck{"seed": parse(t, string(seed)), "corpus": parse(t, gen.String())}
}

// han returns the Chinese characters of s, sorted: a multiset.
func han(s string) []rune {
	var rs []rune
	for _, r := range s {
		if unicode.Is(unicode.Han, r) {
			rs = append(rs, r)
		}
	}
	slices.Sort(rs)
	return rs
}

// Every Chinese character of a body is in its HTML, as text or alt text,
// and no other: no character lost, none doubled.
func TestChineseSurvives(t *testing.T) {
	for name, d := range decks(t) {
		{
			h := &HTML{}
			total := 0
			for _, b := range bodies(d) {
				got, err := stringOf(h, b)
				if err != nil {
					t.Fatal(err)
				}
				want := han(b.Text())
				total += len(want)
				out := han(textOf(t, got))
				if strings.Contains(b.Markdown(), "<") {
					// Raw HTML adds text that Text leaves out; none may
					// be lost.
					if !containsAll(out, want) {
						t.Errorf("%s %s: characters lost\n%s\n->\n%s", name, b.Pos, b.Markdown(), got)
					}
					continue
				}
				if !slices.Equal(out, want) {
					t.Errorf("%s %s: Chinese characters differ: %d in Text, %d in HTML\n%s\n->\n%s",
						name, b.Pos, len(want), len(out), b.Markdown(), got)
				}
			}
			if total < 1000 {
				t.Errorf("%s: only %d Chinese characters tested", name, total)
			}
		}
	}
}

// containsAll reports whether the sorted multiset a holds the sorted
// multiset b.
func containsAll(a, b []rune) bool {
	i := 0
	for _, r := range b {
		for i < len(a) && a[i] < r {
			i++
		}
		if i == len(a) || a[i] != r {
			return false
		}
		i++
	}
	return true
}

// Every body of real and generated notes renders as well-formed, safe
// XHTML in both styles.
func TestDecksWellFormed(t *testing.T) {
	for name, d := range decks(t) {
		{
			h := &HTML{MediaSrc: func(m notes.Media) (string, error) { return m.Path, nil }}
			for _, b := range bodies(d) {
				got, err := stringOf(h, b)
				if err != nil {
					t.Fatal(err)
				}
				if err := checkXHTML(got); err != nil {
					t.Errorf("%s %s: %v in\n%s", name, b.Pos, err, got)
				}
			}
		}
	}
}

// Concurrent renders of the same bodies give the same output as one at a
// time (run with -race: the shared tree is only read).
func TestConcurrentRender(t *testing.T) {
	d := decks(t)["seed"]
	list := bodies(d)
	for _, h := range []*HTML{{}, {MediaSrc: func(m notes.Media) (string, error) { return "x-" + m.Path, nil }}} {
		want := make([]string, len(list))
		for i, b := range list {
			want[i], _ = stringOf(h, b)
		}
		var wg sync.WaitGroup
		for g := range 8 {
			wg.Go(func() {
				for i := range list {
					j := (i + g*7) % len(list)
					var buf bytes.Buffer
					if _, err := h.Render(&buf, list[j]); err != nil {
						t.Error(err)
						return
					}
					if buf.String() != want[j] {
						t.Errorf("body %d differs when rendered concurrently", j)
						return
					}
				}
			})
		}
		wg.Wait()
	}
}
