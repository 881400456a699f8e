package export

import (
	"bytes"
	"fmt"
	"strings"
	"sync"

	"github.com/alecthomas/chroma/v2"
	"github.com/alecthomas/chroma/v2/lexers"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/text"
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

// fencedCode writes a fenced code block, highlighted when
// Highlight knows its language, plain otherwise.
func (o *bodyRender) fencedCode(node ast.Node, entering bool) (ast.WalkStatus, error) {
	if !entering {
		return ast.WalkSkipChildren, nil
	}
	source := o.src
	var err error
	n := node.(*ast.FencedCodeBlock)
	lang := language(n, source)
	lines := n.Lines()
	var tokens []Token
	if !o.h.PlainCode && lines.Len() > 0 {
		tokens, err = appendTokens(o.tokens, string(lang), codeOf(lines, source))
		if cap(tokens) > cap(o.tokens) && cap(tokens) <= maxPooledTokens {
			o.tokens = tokens[:0]
		}
		if err != nil {
			o.warn(o.pos(n), fmt.Sprintf("code block shown without highlighting: %v", err))
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
		writeToken(o, t.Class, t.Text)
	}
	o.raw("</code></pre>\n")
	return ast.WalkSkipChildren, nil
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

// chromaTokens returns the tokens chroma's lexer gives code, or an error
// when the lexer fails.
func chromaTokens(lexer chroma.Lexer, code []byte) (tokens []Token, err error) {
	defer func() {
		if p := recover(); p != nil {
			tokens, err = nil, fmt.Errorf("highlighting %s: %w: %v", lexer.Config().Name, ErrInternal, p)
		}
	}()
	it, err := lexer.Tokenise(nil, string(code))
	if err != nil {
		return nil, fmt.Errorf("highlighting %s: %w", lexer.Config().Name, err)
	}
	for t := it(); t != chroma.EOF; t = it() {
		cls := strings.TrimPrefix(tokenClass(t.Type), CodeClassPrefix)
		tokens = append(tokens, Token{Class: cls, Text: []byte(t.Value)})
	}
	return tokens, nil
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

// openCode writes the start tags of a code block.
func openCode(o *bodyRender, lang []byte, highlighted bool) {
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
func writeToken(o *bodyRender, cls string, text []byte) {
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
