package anki

import (
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"testing"

	"github.com/flashmark/flashmark/internal/testtool"
)

// readerView is what testdata/read-anki.mjs prints.
type readerView struct {
	Decks []struct {
		ID    string `json:"id"`
		Name  string `json:"name"`
		Cards []struct {
			ID      string            `json:"id"`
			NoteID  string            `json:"noteId"`
			ModelID string            `json:"modelId"`
			Fields  []string          `json:"fields"`
			Named   map[string]string `json:"named"`
		} `json:"cards"`
	} `json:"decks"`
	Models []string       `json:"models"`
	Media  map[string]int `json:"media"`
}

// An independent reader, the npm package anki-reader, opens every package
// and sees every deck, note, card and media file that was written.
func TestAnkiReader(t *testing.T) {
	node := testtool.Look(t, "node")
	modules := testtool.NodeModules(t, "anki-reader")
	d, root := rich(t)
	for _, tc := range []struct {
		name string
		e    Exporter
	}{
		{"default", Exporter{Media: root.FS()}},
		{"reversed", Exporter{Media: root.FS(), Reversed: true}},
		{"flat", Exporter{Media: root.FS(), Flat: true, DeckName: "Interview::K8s"}},
		{"seed", Exporter{}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			deck := d
			if tc.name == "seed" {
				deck = seed(t)
			}
			data, _, p := exportDeck(t, &tc.e, deck)
			file := filepath.Join(t.TempDir(), "deck.apkg")
			if err := os.WriteFile(file, data, 0o644); err != nil {
				t.Fatal(err)
			}
			out, err := exec.Command(node, "testdata/read-anki.mjs", modules, file).Output()
			if err != nil {
				if ee, ok := err.(*exec.ExitError); ok {
					t.Fatalf("anki-reader: %v\n%s", err, ee.Stderr)
				}
				t.Fatalf("anki-reader: %v", err)
			}
			var v readerView
			if err := json.Unmarshal(out, &v); err != nil {
				t.Fatalf("anki-reader output: %v\n%s", err, out)
			}
			compareReader(t, p, &v)
		})
	}
}

func compareReader(t *testing.T, p *pkg, v *readerView) {
	t.Helper()
	var wantDecks, gotDecks []string
	for _, d := range p.decks {
		wantDecks = append(wantDecks, d.name)
	}
	seenNotes := map[string]bool{}
	cards := 0
	notes := map[int64]noteInfo{}
	for _, n := range p.notes {
		notes[n.id] = n
	}
	for _, d := range v.Decks {
		gotDecks = append(gotDecks, d.Name)
		id, _ := strconv.ParseInt(d.ID, 10, 64)
		if p.decks[id].name != d.Name {
			t.Errorf("anki-reader: deck %s named %q, want %q", d.ID, d.Name, p.decks[id].name)
		}
		for _, c := range d.Cards {
			cards++
			seenNotes[c.NoteID] = true
			nid, _ := strconv.ParseInt(c.NoteID, 10, 64)
			n, ok := notes[nid]
			if !ok {
				t.Errorf("anki-reader: card %s of unknown note %s", c.ID, c.NoteID)
				continue
			}
			if !slices.Equal(c.Fields, n.fields) {
				t.Errorf("anki-reader: note %s fields %q, want %q", c.NoteID, c.Fields, n.fields)
			}
			for i, name := range p.models[n.mid].fields {
				if got, ok := c.Named[name]; !ok || got != n.fields[i] {
					t.Errorf("anki-reader: note %s field %q = %q, want %q", c.NoteID, name, got, n.fields[i])
				}
			}
			if c.ModelID != strconv.FormatInt(n.mid, 10) {
				t.Errorf("anki-reader: note %s model %s, want %d", c.NoteID, c.ModelID, n.mid)
			}
		}
	}
	slices.Sort(wantDecks)
	slices.Sort(gotDecks)
	if !slices.Equal(gotDecks, wantDecks) {
		t.Errorf("anki-reader decks %q, want %q", gotDecks, wantDecks)
	}
	if cards != len(p.cards) || len(seenNotes) != len(p.notes) {
		t.Errorf("anki-reader sees %d cards of %d notes, want %d of %d", cards, len(seenNotes), len(p.cards), len(p.notes))
	}
	if len(v.Models) != len(p.models) {
		t.Errorf("anki-reader sees note types %v, want %d", v.Models, len(p.models))
	}
	if len(v.Media) != len(p.files) {
		t.Errorf("anki-reader sees media %v, want %d files", v.Media, len(p.files))
	}
	for name, data := range p.files {
		if size, ok := v.Media[name]; !ok || size != len(data) {
			t.Errorf("anki-reader: media %q has %d bytes (present %v), want %d", name, size, ok, len(data))
		}
	}
}
