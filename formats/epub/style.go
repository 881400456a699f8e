package epub

import (
	_ "embed"
	"sync"

	"github.com/flashmark/flashmark/export"
)

//go:embed style.css
var baseStyle string

// styleSheet returns the book's style sheet: its own rules, then the
// colours of highlighted code.
var styleSheet = sync.OnceValue(func() string {
	return baseStyle + "\n" + export.CodeCSS()
})
