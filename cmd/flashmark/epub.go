package main

import (
	"github.com/flashmark/flashmark/export"
	"github.com/flashmark/flashmark/formats/epub"
)

// newEPUB makes the EPUB exporter the flags describe.
func newEPUB(o *exportOptions) (export.Exporter, error) {
	mode := epub.Book
	if o.mode == "quiz" {
		mode = epub.Quiz
	}
	return &epub.Exporter{
		Mode:              mode,
		Author:            o.author,
		IncludeUnanswered: o.includeUnanswered,
		Media:             o.media,
		Time:              o.time,
		Progress:          o.progress,
	}, nil
}
