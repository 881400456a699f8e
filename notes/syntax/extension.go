package syntax

import (
	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/util"
)

// Extension adds cloze deletions, highlights and math to a goldmark parser.
// It extends only the parser: renderers for the new nodes belong to the
// exporters.
var Extension goldmark.Extender = extension{}

type extension struct{}

// Extend implements goldmark.Extender.
func (extension) Extend(m goldmark.Markdown) {
	m.Parser().AddOptions(
		parser.WithInlineParsers(
			// Before goldmark's own parsers (link 200, emphasis 300) so that
			// "{{c1::" and "$...$" are claimed first; after code spans (100),
			// so that nothing inside backticks is touched.
			util.Prioritized(clozeOpenParser{}, 150),
			util.Prioritized(clozeCloseParser{}, 150),
			util.Prioritized(mathInlineParser{}, 150),
			util.Prioritized(highlightParser{}, 500),
		),
		parser.WithBlockParsers(
			util.Prioritized(mathBlockParser{}, 150),
		),
	)
}
