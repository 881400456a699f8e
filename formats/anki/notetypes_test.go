package anki

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"strings"
	"testing"

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
		m := nt.json(1, 0, "")
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
