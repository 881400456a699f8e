package export

import (
	"fmt"
	"sort"
	"strings"
	"sync"

	"github.com/alecthomas/chroma/v2"
	"github.com/alecthomas/chroma/v2/styles"
)

// Code colours: chroma's GitHub styles, light and dark.
const (
	lightStyle = "github"
	darkStyle  = "github-dark"
)

// CodeCSS returns the style sheet that colours highlighted code: light
// colours, then dark ones for readers that prefer a dark scheme. Every
// selector starts with .hl-chroma (see CodeClassPrefix). The sheet is the
// same on every call.
func CodeCSS() string { return codeCSS() }

// DarkCodeCSS returns the dark colours of CodeCSS with every selector
// inside scope, such as ".dark ", for a format whose readers switch to a
// dark theme with a class rather than the prefers-color-scheme query.
func DarkCodeCSS(scope string) string {
	var b strings.Builder
	writeRules(&b, scope, darkRules())
	return b.String()
}

var lightRules = sync.OnceValue(func() []cssRule { return styleRules(styles.Get(lightStyle), nil) })

var darkRules = sync.OnceValue(func() []cssRule { return styleRules(styles.Get(darkStyle), lightRules()) })

var codeCSS = sync.OnceValue(func() string {
	var b strings.Builder
	b.WriteString("/* Code highlighting: chroma's " + lightStyle + " style. */\n")
	writeRules(&b, "", lightRules())
	b.WriteString("/* Dark: chroma's " + darkStyle + " style, for readers that prefer a dark scheme. */\n")
	b.WriteString("@media (prefers-color-scheme: dark) {\n")
	writeRules(&b, "  ", darkRules())
	b.WriteString("}\n")
	return b.String()
})

// A cssRule is a selector and its declarations.
type cssRule struct {
	selector string
	decls    []string
}

// styleRules returns the rules of a chroma style: one for the block and
// one for each token class. With base (the light rules) given, a class the
// style leaves plain still gets a rule that undoes base's, so that no
// light colour shows through the dark sheet.
func styleRules(s *chroma.Style, base []cssRule) []cssRule {
	block := "." + CodeClassPrefix + "chroma"
	bg := s.Get(chroma.Background)
	if !bg.Colour.IsSet() {
		// Say the text colour too, or a reader's own (light on a dark
		// theme) shows on this background.
		bg.Colour = chroma.NewColour(0, 0, 0)
		if bg.Background.IsSet() && bg.Background.Brightness() < 0.5 {
			bg.Colour = chroma.NewColour(255, 255, 255)
		}
	}
	rules := []cssRule{{block, entryCSS(bg)}}
	inBase := make(map[string][]string, len(base))
	for _, r := range base {
		inBase[r.selector] = r.decls
	}
	types := make([]chroma.TokenType, 0, len(chroma.StandardTypes))
	for t := range chroma.StandardTypes {
		if t > 0 {
			types = append(types, t)
		}
	}
	sort.Slice(types, func(i, j int) bool { return types[i] < types[j] })
	for _, t := range types {
		cls := tokenClass(t)
		if cls == "" || cls != CodeClassPrefix+chroma.StandardTypes[t] {
			continue
		}
		selector := block + " ." + cls
		decls := entryCSS(s.Get(t).Sub(bg))
		if prev, ok := inBase[selector]; ok {
			decls = undo(decls, prev, bg)
		}
		if len(decls) > 0 {
			rules = append(rules, cssRule{selector, decls})
		}
	}
	return rules
}

// entryCSS returns the declarations of a style entry.
func entryCSS(e chroma.StyleEntry) []string {
	var d []string
	if e.Colour.IsSet() {
		d = append(d, "color: "+e.Colour.String())
	}
	if e.Background.IsSet() {
		d = append(d, "background-color: "+e.Background.String())
	}
	if e.Bold == chroma.Yes {
		d = append(d, "font-weight: bold")
	}
	if e.Italic == chroma.Yes {
		d = append(d, "font-style: italic")
	}
	if e.Underline == chroma.Yes {
		d = append(d, "text-decoration: underline")
	}
	return d
}

// undo adds to decls a reset of each property that prev sets and decls
// does not.
func undo(decls, prev []string, bg chroma.StyleEntry) []string {
	color := "inherit"
	if bg.Colour.IsSet() {
		color = bg.Colour.String()
	}
	resets := []struct{ prop, value string }{
		{"color", color},
		{"background-color", "transparent"},
		{"font-weight", "normal"},
		{"font-style", "normal"},
		{"text-decoration", "none"},
	}
	for _, r := range resets {
		if sets(prev, r.prop) && !sets(decls, r.prop) {
			decls = append(decls, r.prop+": "+r.value)
		}
	}
	return decls
}

// sets reports whether decls set the CSS property prop.
func sets(decls []string, prop string) bool {
	for _, d := range decls {
		if strings.HasPrefix(d, prop+":") {
			return true
		}
	}
	return false
}

func writeRules(b *strings.Builder, scope string, rules []cssRule) {
	for _, r := range rules {
		fmt.Fprintf(b, "%s%s { %s; }\n", scope, r.selector, strings.Join(r.decls, "; "))
	}
}
