package highlight

import (
	"testing"

	"github.com/alecthomas/chroma/v2"
	"github.com/alecthomas/chroma/v2/lexers"
)

// family returns the family of a chroma token type that the comparison
// with chroma looks at: keyword, string, number or comment; 0 otherwise.
func family(t chroma.TokenType) chroma.TokenType {
	switch {
	case t.Category() == chroma.Keyword, t.Category() == chroma.Comment:
		return t.Category()
	case t.SubCategory() == chroma.LiteralString, t.SubCategory() == chroma.LiteralNumber:
		return t.SubCategory()
	}
	return 0
}

// typeOf maps a class name back to chroma's token type.
var typeOf = func() map[string]chroma.TokenType {
	m := make(map[string]chroma.TokenType)
	for t, name := range chroma.StandardTypes {
		if _, ok := m[name]; !ok || t < m[name] {
			m[name] = t
		}
	}
	return m
}()

// chromaExceptions lists, per snippet, the texts of tokens whose class
// deliberately differs from chroma's.
var chromaExceptions = map[string][]string{
	// Variables in strings are variables, not interpolations; $(...) in a
	// string is an interpolation.
	"bash":   {"${", "}", ":-", "$(", ")"},
	"kotlin": {"$name", "${user.age + 1}"},
	"php":    {"$name"},
	// The code inside interpolations is code.
	"csharp": {`$"Hello {name}!"`},
	"python": {"!r:", ">10"},
	// The arguments of instructions are shell words, numbers, strings.
	"dockerfile": {"golang:1.22", "AS", "build", "/src", "\\\n", "8080"},
	// $(NAME) is a variable, brackets and all.
	"makefile": {"$(", ")"},
	// A doc comment is a comment; & an operator; a suffix part of its
	// number.
	"rust": {"/// Doc comment\n", "&", "u8"},
	// A type parameter is a name; a decorator a decorator.
	"typescript": {"T", "@Component"},
}

// TestChromaFamilies checks, on a representative snippet of each
// language, that what chroma calls a keyword, a string, a number or a
// comment is one here too.
func TestChromaFamilies(t *testing.T) {
	forEachSnippet(t, func(t *testing.T, lang string, src []byte) {
		mine := make([]chroma.TokenType, 0, len(src))
		if !Tokens(lang, src, func(class string, text []byte) {
			for range text {
				mine = append(mine, typeOf[class])
			}
		}) {
			t.Fatal("not supported")
		}
		lexer := lexers.Get(lang)
		if lexer == nil {
			t.Fatal("chroma does not know", lang)
		}
		it, err := chroma.Coalesce(lexer).Tokenise(nil, string(src))
		if err != nil {
			t.Fatal(err)
		}
		skip := map[string]bool{}
		for _, x := range chromaExceptions[lang] {
			skip[x] = true
		}
		pos := 0
		for tok := it(); tok != chroma.EOF; tok = it() {
			n := len(tok.Value)
			f := family(tok.Type)
			if f != 0 && !skip[tok.Value] && pos+n <= len(mine) {
				for i := pos; i < pos+n; i++ {
					if c := src[i]; c != ' ' && c != '\t' && c != '\n' && c != '\r' && family(mine[i]) != f {
						t.Errorf("chroma %v %q, here %v %q", tok.Type, tok.Value, mine[i], src[i:min(len(src), pos+n)])
						break
					}
				}
			}
			pos += n
		}
	})
}
