package export

import (
	"bytes"
	"strings"
	"sync"

	"github.com/alecthomas/chroma/v2"
	"github.com/alecthomas/chroma/v2/lexers"
	"github.com/flashmark/flashmark/internal/highlight"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/text"
	"github.com/yuin/goldmark/util"
)

// CodeClassPrefix starts every CSS class of highlighted code. A fenced
// code block in a language the highlighter (internal/highlight, then
// chroma) knows renders as
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

// renderFencedCode writes a fenced code block, highlighted when the
// highlight package or chroma knows its language, plain otherwise. The
// highlight package comes first: it knows the languages notes use most,
// and takes a hundredth of chroma's time.
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
	if !o.plain && lines.Len() > 0 {
		code := codeOf(lines, source)
		if len(code) <= maxHighlight && fastHighlight(o, lang, code) {
			return ast.WalkSkipChildren, nil
		}
		if lexer := lexerFor(string(lang)); lexer != nil {
			tokens = chromaTokens(lexer, code)
		}
	}
	openCode(o, lang, tokens != nil)
	if tokens == nil {
		for i := range lines.Len() {
			seg := lines.At(i)
			textWriter.RawWrite(o, seg.Value(source))
		}
	}
	for _, t := range tokens {
		cls := strings.TrimPrefix(tokenClass(t.Type), CodeClassPrefix)
		writeToken(o, cls, util.StringToReadOnlyBytes(t.Value))
	}
	o.raw("</code></pre>\n")
	return ast.WalkSkipChildren, nil
}

// openCode writes the start tags of a code block.
func openCode(o *output, lang []byte, highlighted bool) {
	o.raw("<pre")
	if highlighted {
		o.raw(` class="` + CodeClassPrefix + `chroma"`)
	}
	o.raw("><code")
	if len(lang) > 0 {
		o.raw(` class="language-`)
		textWriter.Write(o, lang)
		o.raw(`"`)
	}
	o.raw(">")
}

// writeToken writes the text of a token in a span whose class is
// CodeClassPrefix and chroma's short name cls, or bare when cls is "".
func writeToken(o *output, cls string, text []byte) {
	if cls != "" {
		o.raw(`<span class="` + CodeClassPrefix)
		o.raw(cls)
		o.raw(`">`)
	}
	textWriter.RawWrite(o, text)
	if cls != "" {
		o.raw("</span>")
	}
}

// codeOf returns the code of a block's lines: a slice of source when they
// follow each other there, as they do outside containers, else a copy.
func codeOf(lines *text.Segments, source []byte) []byte {
	first, last := lines.At(0), lines.At(lines.Len()-1)
	contiguous := true
	for i := range lines.Len() {
		seg := lines.At(i)
		if seg.Padding != 0 || i > 0 && seg.Start != lines.At(i-1).Stop {
			contiguous = false
			break
		}
	}
	if contiguous {
		return source[first.Start:last.Stop:last.Stop]
	}
	var code []byte
	for i := range lines.Len() {
		seg := lines.At(i)
		code = append(code, seg.Value(source)...)
	}
	return code
}

// fastHighlight writes a code block highlighted by the highlight package
// and reports whether it did: false when the package does not know the
// language, or failed (a bug), having written nothing.
func fastHighlight(o *output, lang, code []byte) (ok bool) {
	if !highlight.Supported(string(lang)) {
		return false
	}
	mark := len(o.buf)
	defer func() {
		if recover() != nil {
			o.buf = o.buf[:mark] // a highlighter bug: let chroma try
			ok = false
		}
	}()
	openCode(o, lang, true)
	highlight.Tokens(string(lang), code, func(cls string, text []byte) {
		writeToken(o, cls, text)
	})
	o.raw("</code></pre>\n")
	return true
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

// chromaTokens returns the tokens of code, or nil when the code is too
// long or the lexer fails.
func chromaTokens(lexer chroma.Lexer, code []byte) (tokens []chroma.Token) {
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
