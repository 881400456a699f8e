package notes

import (
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/flashmark/flashmark/internal/corpus"
)

// idsOf returns the IDs of a deck's notes, in order.
func idsOf(d *Deck) []string {
	var ids []string
	for n := range d.All() {
		ids = append(ids, n.ID)
	}
	return ids
}

// TestDuplicateQuestions checks that a question asked again never stops a
// build: each copy gets an ID of its own, stable across rebuilds, and a
// warning naming both positions and how to pin an ID.
func TestDuplicateQuestions(t *testing.T) {
	src := readFixture(t, "duplicates.md")
	d, err := Parse("dup.md", src)
	if err != nil {
		t.Fatal(err)
	}
	ids := idsOf(d)
	if len(ids) != 6 {
		t.Fatalf("%d notes, want 6", len(ids))
	}
	seen := map[string]bool{}
	for _, id := range ids {
		if seen[id] {
			t.Errorf("ID %s given twice: %q", id, ids)
		}
		seen[id] = true
	}
	if ids[2] != "quiz-nan" {
		t.Errorf("the pinned ID is %q", ids[2])
	}
	wants := []struct{ pos, first, ordinal string }{
		{"dup.md:13:1", "dup.md:5:1", "the 2nd"},
		{"dup.md:39:1", "dup.md:31:1", "the 2nd"},
	}
	var warnings []Diagnostic
	for _, g := range d.Diagnostics {
		if strings.HasPrefix(g.Msg, "duplicate question") {
			warnings = append(warnings, g)
		}
	}
	if len(warnings) != len(wants) {
		t.Fatalf("warnings %v", warnings)
	}
	for i, w := range wants {
		g := warnings[i]
		if g.Severity != Warning || g.Pos.String() != w.pos || !strings.Contains(g.Msg, "also at "+w.first) ||
			!strings.Contains(g.Msg, w.ordinal) || !strings.Contains(g.Msg, "{#my-id}") || !strings.Contains(g.Msg, "<!-- id: my-id -->") {
			t.Errorf("warning %v, want one at %s naming %s", g, w.pos, w.first)
		}
	}
	// The first copy keeps the ID the question always had; the same
	// question in another section is another note.
	alone := mustParse(t, "dup.md", "# JavaScript and Kubernetes quiz\n## Kubernetes 基础\n### 1. 什么是Pod？\nx\n")
	if alone.Sections[0].Notes[0].ID != ids[3] {
		t.Errorf("first copy's ID %s, alone %s", ids[3], alone.Sections[0].Notes[0].ID)
	}

	// Rebuilding keeps every ID; so does editing answers. Moving one copy
	// above the other swaps their IDs, and only that.
	again := idsOf(mustParse(t, "dup.md", string(src)))
	edited := idsOf(mustParse(t, "dup.md", strings.Replace(string(src), "同一个问题又问了一遍。", "答案改了。", 1)))
	if strings.Join(again, ",") != strings.Join(ids, ",") || strings.Join(edited, ",") != strings.Join(ids, ",") {
		t.Errorf("IDs changed:\n%q\n%q\n%q", ids, again, edited)
	}
	k8s := "# Quiz\n## K\n### 1. 什么是Pod？\nfirst\n### 37. 什么是Pod？\nsecond\n"
	swapped := "# Quiz\n## K\n### 37. 什么是Pod？\nsecond\n### 1. 什么是Pod？\nfirst\n"
	a, b := mustParse(t, "s.md", k8s).Sections[0].Notes, mustParse(t, "s.md", swapped).Sections[0].Notes
	if a[0].ID != b[0].ID || a[1].ID != b[1].ID || a[0].Answer.Text() != b[1].Answer.Text() {
		t.Errorf("moving a copy: IDs %s %s then %s %s", a[0].ID, a[1].ID, b[0].ID, b[1].ID)
	}
}

// TestManyCopies checks the n-th copy of a question: stable, distinct,
// and a copy whose ID an explicit one already took moves on.
func TestManyCopies(t *testing.T) {
	var b strings.Builder
	for i := 1; i <= 40; i++ {
		fmt.Fprintf(&b, "## %d. What is the output of below code?\n\n```js\nconsole.log(%d)\n```\n\n", i, i)
	}
	d := mustParse(t, "q.md", b.String())
	ids := idsOf(d)
	if len(ids) != 40 || countDiagnostics(d, "duplicate question") != 39 {
		t.Fatalf("%d notes, %d warnings", len(ids), countDiagnostics(d, "duplicate question"))
	}
	if g, _ := diagnosticAt(d, "the 23rd in its section"); g.Pos.Line != 1+22*6 {
		t.Errorf("23rd copy's warning at %s", g.Pos)
	}
	// An explicit ID equal to the third copy's: that copy gets another,
	// and every other note keeps its own.
	pinned := b.String() + "## Another question {#" + ids[2] + "}\n"
	p := idsOf(mustParse(t, "q.md", pinned))
	if p[40] != ids[2] || p[2] == ids[2] || p[0] != ids[0] || p[1] != ids[1] || p[3] != ids[3] || p[39] != ids[39] {
		t.Errorf("IDs with a pinned clash: %q\nwithout: %q", p[:5], ids[:5])
	}
	// An explicit ID equal to a question's derived ID makes that
	// question the second copy.
	first := idsOf(mustParse(t, "q.md", "## What is a Pod?\nA\n"))[0]
	q := mustParse(t, "q.md", "## Pinned {#"+first+"}\nB\n## What is a Pod?\nA\n")
	if ids := idsOf(q); ids[0] != first || ids[1] == first {
		t.Errorf("IDs %q, first %s", ids, first)
	}
	if g, ok := diagnosticAt(q, "also at q.md:1:1"); !ok || g.Pos.String() != "q.md:3:1" {
		t.Errorf("warning %v", g)
	}
	// Two explicit IDs that clash stay an error.
	if _, err := Parse("q.md", []byte("## A {#x}\n## B {#x}\n")); !errors.Is(err, ErrDuplicateID) {
		t.Errorf("err = %v", err)
	}
}

func TestSortDiagnostics(t *testing.T) {
	at := func(file string, off int, msg string) Diagnostic {
		return Diagnostic{Pos: Position{Filename: file, Offset: off, Line: 1, Column: off + 1}, Msg: msg}
	}
	for _, tc := range [][]Diagnostic{
		{at("a", 1, "1"), at("a", 5, "2"), at("a", 3, "3"), at("a", 3, "4"), at("a", 9, "5")},
		{at("b", 0, "1"), at("a", 2, "2"), at("a", 2, "3"), at("a", 0, "4")},
		func() []Diagnostic { // many runs: sorted through a permutation
			var ds []Diagnostic
			for i := range 50 {
				ds = append(ds, at("a", (i*37)%11, fmt.Sprint(i)))
			}
			return ds
		}(),
	} {
		ds := append([]Diagnostic(nil), tc...)
		sortDiagnostics(ds)
		for i := 1; i < len(ds); i++ {
			a, b := ds[i-1], ds[i]
			if positionLess(b.Pos, a.Pos) {
				t.Fatalf("not sorted: %v", ds)
			}
			if a.Pos == b.Pos && indexOf(tc, a.Msg) > indexOf(tc, b.Msg) {
				t.Fatalf("order of equal positions lost: %v", ds)
			}
		}
		if len(ds) != len(tc) {
			t.Fatalf("lost diagnostics")
		}
	}
}

func indexOf(ds []Diagnostic, msg string) int {
	for i, d := range ds {
		if d.Msg == msg {
			return i
		}
	}
	return -1
}

// TestRepeatedCorpus checks a generated file whose headings repeat, large
// enough for the work on every core: each copy an ID of its own, stable,
// and one warning a copy.
func TestRepeatedCorpus(t *testing.T) {
	const n, distinct = 5000, 100
	var buf strings.Builder
	if _, err := (corpus.Options{Questions: n, Seed: 3, Headings: distinct}).Generate(&buf); err != nil {
		t.Fatal(err)
	}
	d, err := Parse("quiz.md", []byte(buf.String()))
	if err != nil {
		t.Fatal(err)
	}
	ids := idsOf(d)
	seen := map[string]bool{}
	for _, id := range ids {
		if seen[id] {
			t.Fatalf("ID %s given twice", id)
		}
		seen[id] = true
	}
	if len(ids) != n || countDiagnostics(d, "duplicate question") != n-distinct {
		t.Errorf("%d notes, %d warnings; want %d and %d", len(ids), countDiagnostics(d, "duplicate question"), n, n-distinct)
	}
	again, err := Parse("quiz.md", []byte(buf.String()))
	if err != nil {
		t.Fatal(err)
	}
	if strings.Join(idsOf(again), ",") != strings.Join(ids, ",") {
		t.Error("IDs changed between two builds")
	}
	for i := 1; i < len(d.Diagnostics); i++ {
		if positionLess(d.Diagnostics[i].Pos, d.Diagnostics[i-1].Pos) {
			t.Fatalf("diagnostics out of order at %d: %v, %v", i, d.Diagnostics[i-1], d.Diagnostics[i])
		}
	}
}
