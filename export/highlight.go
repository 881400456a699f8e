package export

import (
	"bytes"
	"strings"
	"sync"

	"github.com/alecthomas/chroma/v2"
	"github.com/alecthomas/chroma/v2/lexers"
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
