package main

import (
	"slices"
	"testing"
	"time"

	"github.com/flashmark/flashmark/formats/anki"
	"github.com/flashmark/flashmark/formats/epub"
	"github.com/flashmark/flashmark/formats/pdf"
	"github.com/spf13/cobra"
)

// exportersFor parses a build command line and returns the exporter each
// format makes of it.
func exportersFor(t *testing.T, args ...string) map[string]any {
	t.Helper()
	ef := &exportFlags{}
	cmd := &cobra.Command{Use: "build"}
	groupFlags(cmd, "Output", ef.registerOutput)
	groupFlags(cmd, "Anki", ef.registerAnki)
	groupFlags(cmd, "PDF", ef.registerPDF)
	groupFlags(cmd, "EPUB", ef.registerEPUB)
	if err := cmd.ParseFlags(args); err != nil {
		t.Fatal(err)
	}
	ef.set = cmd.Flags().Changed
	if err := ef.check(); err != nil {
		t.Fatal(err)
	}
	stamp := time.Unix(1767225600, 0)
	got := map[string]any{}
	for _, f := range formats {
		if f.newExporter == nil {
			t.Errorf("format %s is not wired in", f.name)
			continue
		}
		x, err := f.newExporter(&exportOptions{exportFlags: ef, time: stamp})
		if err != nil {
			t.Fatal(err)
		}
		got[f.name] = x
	}
	return got
}

// Each flag reaches the option of the library it stands for.
func TestFlagsReachExporters(t *testing.T) {
	x := exportersFor(t, "--deck", "A::B", "--flat", "--reversed", "--tag", "t1", "--tag", "t 2",
		"--include-unanswered", "--layout", "cards", "--page-size", "letter", "--landscape",
		"--columns", "3", "--mode", "QUIZ", "--author", "Ann")
	a := x["anki"].(*anki.Exporter)
	if a.DeckName != "A::B" || !a.Flat || !a.Reversed || !a.IncludeUnanswered || !slices.Equal(a.Tags, []string{"t1", "t 2"}) || a.Time.Unix() != 1767225600 {
		t.Errorf("anki: %+v", a)
	}
	p := x["pdf"].(*pdf.Exporter)
	if p.Layout != pdf.Cards || p.PageSize != pdf.Letter || p.Orientation != pdf.Landscape || p.Columns != 3 || !p.IncludeUnanswered || p.Time.Unix() != 1767225600 {
		t.Errorf("pdf: %+v", p)
	}
	e := x["epub"].(*epub.Exporter)
	if e.Mode != epub.Quiz || e.Author != "Ann" || !e.IncludeUnanswered || e.Time.Unix() != 1767225600 {
		t.Errorf("epub: %+v", e)
	}

	// Defaults: the libraries' own.
	x = exportersFor(t)
	if p := x["pdf"].(*pdf.Exporter); p.Layout != pdf.Guide || p.PageSize != pdf.A4 || p.Orientation != pdf.LayoutOrientation || p.Columns != 0 || p.Fonts != nil {
		t.Errorf("pdf defaults: %+v", p)
	}
	if e := x["epub"].(*epub.Exporter); e.Mode != epub.Book || e.Author != "" {
		t.Errorf("epub defaults: %+v", e)
	}
	for _, layout := range []string{"guide", "cheatsheet", "cards"} {
		p := exportersFor(t, "--layout", layout, "--landscape=false")["pdf"].(*pdf.Exporter)
		if p.Layout.String() != layout || p.Orientation != pdf.Portrait {
			t.Errorf("--layout %s --landscape=false: layout %v, orientation %v", layout, p.Layout, p.Orientation)
		}
	}
}

// The format table lists anki first, and each extension once.
func TestFormatTable(t *testing.T) {
	if formats[0].name != "anki" {
		t.Errorf("first format %s, want anki", formats[0].name)
	}
	seen := map[string]bool{}
	for _, f := range formats {
		if seen[f.ext] || seen[f.name] {
			t.Errorf("%s (%s) listed twice", f.name, f.ext)
		}
		seen[f.ext], seen[f.name] = true, true
		if got, err := formatOf("notes" + f.ext); err != nil || got.name != f.name {
			t.Errorf("formatOf(notes%s) = %v, %v", f.ext, got, err)
		}
		if got, err := formatOf("NOTES" + f.ext); err != nil || got.name != f.name {
			t.Errorf("extensions are not case-blind: %v", err)
		}
	}
}
