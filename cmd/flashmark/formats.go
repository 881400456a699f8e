package main

import (
	"fmt"
	"io/fs"
	"path/filepath"
	"strings"
	"time"

	"github.com/flashmark/flashmark/export"
	"github.com/flashmark/flashmark/formats/anki"
)

// A format is an output the command writes. The table is explicit: a
// program pays only for the formats it lists, and nothing registers itself.
type format struct {
	name string // as --format names it
	ext  string // the extension that picks it, with the dot
	desc string
	// unit names what Summary.Cards counts in this format.
	unit func(o *exportFlags) string
	// newExporter makes the exporter for one output; nil while the format
	// is not available yet.
	newExporter func(o *exportOptions) (export.Exporter, error)
}

// formats lists the outputs, the first one being the default of nothing.
var formats = []format{
	{name: "anki", ext: ".apkg", desc: "Anki deck package", unit: always("card"), newExporter: newAnki},
	{name: "pdf", ext: ".pdf", desc: "printable PDF: cheat sheet, flash cards or study guide", unit: pdfUnit, newExporter: newPDF},
	{name: "epub", ext: ".epub", desc: "EPUB book", unit: always("chapter"), newExporter: newEPUB},
}

// exportOptions is what every exporter is built from: the command line's
// flags and what the build decided.
type exportOptions struct {
	*exportFlags
	time     time.Time
	media    fs.FS // the root local images are read from
	progress func(done, total int)
}

func always(unit string) func(*exportFlags) string {
	return func(*exportFlags) string { return unit }
}

// pdfUnit is what a PDF's Summary.Cards counts: the cards to cut out, or
// the pages of a cheat sheet or guide.
func pdfUnit(o *exportFlags) string {
	if o.layout == "cards" {
		return "card"
	}
	return "page"
}

func newAnki(o *exportOptions) (export.Exporter, error) {
	return &anki.Exporter{
		DeckName:          o.deck,
		Flat:              o.flat,
		Reversed:          o.reversed,
		IncludeUnanswered: o.includeUnanswered,
		Tags:              o.tags,
		Media:             o.media,
		Time:              o.time,
		Progress:          o.progress,
	}, nil
}

// formatByName returns the format called name.
func formatByName(name string) (*format, error) {
	for i := range formats {
		if strings.EqualFold(formats[i].name, name) {
			return &formats[i], nil
		}
	}
	names := make([]string, len(formats))
	for i, f := range formats {
		names[i] = f.name
	}
	return nil, usageErrorf("unknown format %q; known formats: %s", name, strings.Join(names, ", "))
}

// formatOf returns the format an output file's extension picks.
func formatOf(name string) (*format, error) {
	ext := strings.ToLower(filepath.Ext(name))
	for i := range formats {
		if formats[i].ext == ext {
			return &formats[i], nil
		}
	}
	known := make([]string, len(formats))
	for i, f := range formats {
		known[i] = fmt.Sprintf("%s (%s)", f.ext, f.name)
	}
	what := fmt.Sprintf("unknown extension %q", ext)
	if ext == "" {
		what = "no extension"
	}
	return nil, usageErrorf("%s: %s; known extensions: %s", name, what, strings.Join(known, ", "))
}

// available reports an error when the format cannot be written yet.
func (f *format) available() error {
	if f.newExporter == nil {
		return usageErrorf("%s (%s) output is not available yet in this version of flashmark", f.name, f.ext)
	}
	return nil
}
