package anki

import (
	"strings"
	"testing"
	"unicode"
)

// The reference notes make 52 notes; their 39 unanswered questions are
// skipped, and every character of every answer reaches the Back field.
func TestSeed(t *testing.T) {
	d := seed(t)
	_, sum, p := exportDeck(t, nil, d)
	if sum.Notes != 52 || sum.Skipped != 39 || sum.Cards != 52 || sum.Media != 0 {
		t.Errorf("summary %+v, want 52 notes, 52 cards, 39 skipped, no media", sum)
	}
	if len(p.notes) != 52 || len(p.cards) != 52 {
		t.Fatalf("package has %d notes and %d cards, want 52 and 52", len(p.notes), len(p.cards))
	}
	if w := warnings(sum); len(w) != 0 {
		t.Errorf("warnings: %v", w)
	}
	top := p.deckByName(t, "kubernetes-interview-notes")
	if !strings.Contains(top.desc, "Raw Blame History") {
		t.Errorf("deck description %q lacks the notes' preface", top.desc)
	}
	byGuid := p.byGuid()
	for n := range d.All() {
		if !n.Answered() {
			if _, ok := byGuid[Guid(n.ID)]; ok {
				t.Errorf("unanswered note %s written", n.Pos)
			}
			continue
		}
		row, ok := byGuid[Guid(n.ID)]
		if !ok {
			t.Errorf("note %s missing", n.Pos)
			continue
		}
		if got := p.models[row.mid].name; got != "flashmark Basic" {
			t.Errorf("note %s: note type %q", n.Pos, got)
		}
		if missing := missingRunes(n.Answer.Text(), ankiStrip(row.fields[1])); missing != "" {
			t.Errorf("note %s: Back lacks %q", n.Pos, missing)
		}
		if missing := missingRunes(n.Question.Text(), ankiStrip(row.fields[0])); missing != "" {
			t.Errorf("note %s: Front lacks %q", n.Pos, missing)
		}
		if want := "kubernetes-interview-notes.md:"; !strings.HasPrefix(row.fields[3], want) {
			t.Errorf("note %s: Source %q", n.Pos, row.fields[3])
		}
	}
}

// missingRunes returns the runes of want, white space aside, that got
// holds fewer times than want, or "" when got holds them all.
func missingRunes(want, got string) string {
	count := map[rune]int{}
	for _, r := range got {
		count[r]++
	}
	var missing []rune
	for _, r := range want {
		if unicode.IsSpace(r) {
			continue
		}
		if count[r] == 0 {
			missing = append(missing, r)
			continue
		}
		count[r]--
	}
	return string(missing)
}
