package anki

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"flag"
	"maps"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/flashmark/flashmark/export"
)

var update = flag.Bool("update", false, "rewrite the golden files under testdata")

// The released note types: ids, names, fields and templates. Anki matches
// note types by id and refuses notes whose note type changed shape, so an
// accidental change here must fail. Run with -update only for a new note
// type (with a new id), never to change a released one.
func TestNoteTypesGolden(t *testing.T) {
	type fieldC struct {
		Name string `json:"name"`
		Ord  int    `json:"ord"`
		ID   int64  `json:"id"`
	}
	type templateC struct {
		Name string `json:"name"`
		Ord  int    `json:"ord"`
		ID   int64  `json:"id"`
		Qfmt string `json:"qfmt"`
		Afmt string `json:"afmt"`
	}
	type contract struct {
		ID        int64       `json:"id"`
		Name      string      `json:"name"`
		Type      int         `json:"type"`
		Sortf     int         `json:"sortf"`
		Fields    []fieldC    `json:"flds"`
		Templates []templateC `json:"tmpls"`
	}
	var all []contract
	for _, nt := range noteTypes {
		m := nt.json(1, "")
		c := contract{ID: m.ID, Name: m.Name, Type: m.Type, Sortf: m.Sortf}
		for _, f := range m.Flds {
			c.Fields = append(c.Fields, fieldC{f.Name, f.Ord, f.ID})
		}
		for _, tm := range m.Tmpls {
			c.Templates = append(c.Templates, templateC{tm.Name, tm.Ord, tm.ID, tm.Qfmt, tm.Afmt})
		}
		all = append(all, c)
	}
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(all); err != nil {
		t.Fatal(err)
	}
	const golden = "testdata/notetypes.golden"
	if *update {
		if err := os.WriteFile(golden, buf.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(buf.Bytes(), want) {
		t.Errorf("released note types changed (see %s):\n%s", golden, buf.Bytes())
	}
}

// Every note type's CSS holds the code highlighting, tables, a font stack
// and line height for Chinese, and Anki's night mode.
func TestNoteTypeCSS(t *testing.T) {
	css := style()
	for _, want := range []string{
		export.CodeCSS(), "PingFang SC", "Noto Sans CJK SC", "Microsoft YaHei", "line-height: 1.7",
		".nightMode", ".night_mode", "table", "th, td", ".cloze", "img { max-width: 100%",
	} {
		if !strings.Contains(css, want) {
			t.Errorf("CSS lacks %q", want)
		}
	}
	_, _, p := exportDeck(t, nil, seed(t))
	for _, m := range p.models {
		if m.raw["css"] != css {
			t.Errorf("note type %s: CSS not written", m.name)
		}
	}
}

// Each note type's mod moves when, and only when, its content changes:
// testdata/notetype-mods.golden records the mod and a digest of the rest
// of each note type as Anki stores it (fields, templates, CSS). Changing a
// note type without raising its mod fails here, as Anki would never take
// the change; after raising it, run with -update to record the new pair.
func TestNoteTypeMods(t *testing.T) {
	type entry struct {
		Mod    int64  `json:"mod"`
		Digest string `json:"digest"`
	}
	got := map[string]entry{}
	for _, nt := range noteTypes {
		m := nt.json(1, style())
		m.Mod = 0
		b, err := json.Marshal(m)
		if err != nil {
			t.Fatal(err)
		}
		sum := sha256.Sum256(b)
		got[nt.name] = entry{nt.mod, hex.EncodeToString(sum[:8])}
	}
	const golden = "testdata/notetype-mods.golden"
	if *update {
		b, _ := json.MarshalIndent(got, "", "  ")
		if err := os.WriteFile(golden, append(b, '\n'), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	data, err := os.ReadFile(golden)
	if err != nil {
		t.Fatal(err)
	}
	var want map[string]entry
	if err := json.Unmarshal(data, &want); err != nil {
		t.Fatal(err)
	}
	for name, g := range got {
		w, ok := want[name]
		switch {
		case !ok:
			t.Errorf("%s: not in %s; run go test -update", name, golden)
		case g.Digest != w.Digest && g.Mod <= w.Mod:
			t.Errorf("%s changed (fields, templates or CSS) but its mod is still %d: raise noteType.mod to the time of the change, then run go test -update", name, g.Mod)
		case g != w:
			t.Errorf("%s: mod %d, digest %s; %s records %d, %s: run go test -update", name, g.Mod, g.Digest, golden, w.Mod, w.Digest)
		}
	}
}

// Exports at different times give the note types the same mod, so that
// re-importing never replaces the learner's note type.
func TestNoteTypeModFixed(t *testing.T) {
	d := parse(t, "notes.md", "# Q\n\nA {{c1::x}}\n\n# Q2\n\nA2\n")
	mods := func(at time.Time) map[int64]int64 {
		var buf bytes.Buffer
		if _, err := (&Exporter{Time: at}).Export(context.Background(), &buf, d); err != nil {
			t.Fatal(err)
		}
		m := map[int64]int64{}
		for id, mt := range checkPackage(t, buf.Bytes()).models {
			m[id] = jsonInt(t, "mod", mt.raw["mod"])
		}
		return m
	}
	a, b := mods(testTime), mods(testTime.Add(90*24*time.Hour))
	if len(a) != 2 || !maps.Equal(a, b) {
		t.Errorf("note type mods %v at one time, %v at another", a, b)
	}
	for id, m := range a {
		if typeByID(id) == nil || m != typeByID(id).mod {
			t.Errorf("note type %d: mod %d", id, m)
		}
	}
}
