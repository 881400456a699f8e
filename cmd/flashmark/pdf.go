package main

import (
	"github.com/flashmark/flashmark/export"
	"github.com/flashmark/flashmark/formats/pdf"
)

// pdfPageSizes maps the values of --page-size (see pageSizes).
var pdfPageSizes = map[string]pdf.PageSize{"A4": pdf.A4, "Letter": pdf.Letter, "A5": pdf.A5}

// newPDF makes the PDF exporter the flags describe.
func newPDF(o *exportOptions) (export.Exporter, error) {
	layout, err := pdf.ParseLayout(o.layout)
	if err != nil {
		return nil, usageErrorf("--layout: %v", err)
	}
	e := &pdf.Exporter{
		Layout:            layout,
		PageSize:          pdfPageSizes[o.pageSize],
		Columns:           o.columns,
		IncludeUnanswered: o.includeUnanswered,
		Media:             o.media,
		Time:              o.time,
		Progress:          o.progress,
	}
	// Without --landscape the layout keeps its own orientation:
	// landscape for a cheat sheet, portrait otherwise.
	if o.set("landscape") {
		e.Orientation = pdf.Portrait
		if o.landscape {
			e.Orientation = pdf.Landscape
		}
	}
	if o.fontData != nil {
		e.Fonts = []pdf.Font{{Regular: o.fontData}}
	}
	return e, nil
}
