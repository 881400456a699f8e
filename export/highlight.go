package export

import (
	"bytes"
	"fmt"
	"sort"
	"strings"
	"sync"

	"github.com/alecthomas/chroma/v2"
	"github.com/alecthomas/chroma/v2/lexers"
	"github.com/alecthomas/chroma/v2/styles"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/util"
)

// CodeClassPrefix starts every CSS class of highlighted code. A fenced
// code block in a language chroma knows renders as
//
//	<pre class="hl-chroma"><code class="language-go">...</code></pre>
//
// with each token in a <span> whose class is the prefix followed by
// chroma's short name for the token type (hl-k for a keyword, hl-s for a
// string, hl-c1 for a comment...). The prefix keeps these short names
// apart from the classes of Anki templates and EPUB style sheets; it is
// part of the package's contract and does not change.
const CodeClassPrefix = "hl-"

// maxHighlight bounds the code highlighted: a longer block is written
// plain, as chroma's lexers take time in proportion to it.
const maxHighlight = 64 << 10

// renderFencedCode writes a fenced code block, highlighted when chroma
// knows its language, plain otherwise.
func renderFencedCode(w util.BufWriter, source []byte, node ast.Node, entering bool) (ast.WalkStatus, error) {
	if !entering {
		return ast.WalkSkipChildren, nil
	}
	o, err := outputOf(w)
	if err != nil {
		return ast.WalkStop, err
	}
	n := node.(*ast.FencedCodeBlock)
	lang := language(n, source)
	lines := n.Lines()
	var tokens []chroma.Token
	if !o.plain {
		if lexer := lexerFor(string(lang)); lexer != nil {
			var code []byte
			for i := range lines.Len() {
				seg := lines.At(i)
				code = append(code, seg.Value(source)...)
			}
			tokens = highlight(lexer, code)
		}
	}
	o.raw("<pre")
	if tokens != nil {
		o.raw(` class="` + CodeClassPrefix + `chroma"`)
	}
	o.raw("><code")
	if len(lang) > 0 {
		o.raw(` class="language-`)
		textWriter.Write(o, lang)
		o.raw(`"`)
	}
	o.raw(">")
	if tokens == nil {
		for i := range lines.Len() {
			seg := lines.At(i)
			textWriter.RawWrite(o, seg.Value(source))
		}
	}
	for _, t := range tokens {
		cls := tokenClass(t.Type)
		if cls != "" {
			o.raw(`<span class="`)
			o.raw(cls)
			o.raw(`">`)
		}
		textWriter.RawWrite(o, util.StringToReadOnlyBytes(t.Value))
		if cls != "" {
			o.raw("</span>")
		}
	}
	o.raw("</code></pre>\n")
	return ast.WalkSkipChildren, nil
}

// language returns the first word of the block's info string. It does not
// call n.Language, which caches the result in the shared tree.
func language(n *ast.FencedCodeBlock, source []byte) []byte {
	if n.Info == nil {
		return nil
	}
	info := n.Info.Segment.Value(source)
	if i := bytes.IndexAny(info, " \t{"); i >= 0 {
		info = info[:i]
	}
	return info
}

// highlight returns the tokens of code, or nil when the code is too long
// or the lexer fails.
func highlight(lexer chroma.Lexer, code []byte) (tokens []chroma.Token) {
	if len(code) > maxHighlight {
		return nil
	}
	defer func() {
		if recover() != nil {
			tokens = nil // a lexer bug: write the code plain
		}
	}()
	it, err := lexer.Tokenise(nil, string(code))
	if err != nil {
		return nil
	}
	for t := it(); t != chroma.EOF; t = it() {
		tokens = append(tokens, t)
	}
	return tokens
}

// lexerCache maps a language name to its lexer, or to nil when chroma
// has none; it is bounded, as the names come from the notes.
var lexerCache struct {
	sync.RWMutex
	m map[string]chroma.Lexer
}

const maxLexerCache = 256

// lexerFor returns the coalescing lexer of a language, or nil.
func lexerFor(lang string) chroma.Lexer {
	if !plausibleLanguage(lang) {
		return nil
	}
	lexerCache.RLock()
	l, ok := lexerCache.m[lang]
	lexerCache.RUnlock()
	if ok {
		return l
	}
	l = lexers.Get(lang)
	if l != nil && l.Config().Name == "plaintext" {
		l = nil // nothing to highlight
	}
	if l != nil {
		l = chroma.Coalesce(l)
	}
	lexerCache.Lock()
	if lexerCache.m == nil {
		lexerCache.m = make(map[string]chroma.Lexer)
	}
	if len(lexerCache.m) < maxLexerCache {
		lexerCache.m[lang] = l
	}
	lexerCache.Unlock()
	return l
}

// plausibleLanguage reports whether s can name a language: chroma's
// lookup also matches file name patterns, which a name such as "*" would.
func plausibleLanguage(s string) bool {
	if s == "" || len(s) > 32 {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || strings.IndexByte("+#-_.", c) >= 0) {
			return false
		}
	}
	return true
}

// tokenClass returns the CSS class of a token type, "" for plain text and
// white space.
func tokenClass(t chroma.TokenType) string {
	for ; t != 0; t = t.Parent() {
		if cls, ok := chroma.StandardTypes[t]; ok {
			if cls == "" || cls == "w" {
				return ""
			}
			return CodeClassPrefix + cls
		}
	}
	return ""
}

// Code colours: chroma's GitHub styles, light and dark.
const (
	lightStyle = "github"
	darkStyle  = "github-dark"
)

// CodeCSS returns the style sheet that colours highlighted code: light
// colours, then dark ones for Anki's night mode (.nightMode, .night_mode)
// and for readers that prefer a dark scheme. Every selector starts with
// .hl-chroma (see CodeClassPrefix). The sheet is the same on every call.
func CodeCSS() string { return codeCSS() }

var codeCSS = sync.OnceValue(func() string {
	light, dark := styles.Get(lightStyle), styles.Get(darkStyle)
	var b strings.Builder
	b.WriteString("/* Code highlighting: chroma's " + lightStyle + " style. */\n")
	lightRules := styleRules(light, nil)
	writeRules(&b, "", lightRules)
	darkRules := styleRules(dark, lightRules)
	b.WriteString("/* Dark: chroma's " + darkStyle + " style, for Anki's night mode and dark readers. */\n")
	writeRules(&b, ".nightMode ", darkRules)
	writeRules(&b, ".night_mode ", darkRules)
	b.WriteString("@media (prefers-color-scheme: dark) {\n")
	writeRules(&b, "  ", darkRules)
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
