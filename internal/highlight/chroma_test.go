package highlight

import (
	"testing"

	"github.com/alecthomas/chroma/v2"
	"github.com/alecthomas/chroma/v2/lexers"
)

// family returns the family of a chroma token type that the comparison
// with chroma looks at: keyword, comment, operator, string, number, or a
// name that the github style colours (a function, builtin, constant,
// variable, tag...); 0 otherwise.
func family(t chroma.TokenType) chroma.TokenType {
	switch {
	case t.Category() == chroma.Keyword, t.Category() == chroma.Comment, t.Category() == chroma.Operator:
		return t.Category()
	case t.Category() == chroma.Name && githubColour(t) != 0:
		return chroma.Name
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
//
// Differences the other way, where the scanner colours what chroma does
// not, are deliberate too, and show in TestAgreement's precision: an
// identifier before "(" is a function, as chroma's Go and C lexers have
// it, in every language; an operator is an operator in every language,
// where chroma's lexers for C#, Kotlin, Swift, TOML and TypeScript make
// some punctuation; a TOML [table] is a keyword, as an INI [section];
// Promise, print (Lua), int and string (PHP) are builtins or types.
var chromaExceptions = map[string][]string{
	// Variables in strings are variables, not interpolations.
	"kotlin": {"$name", "${user.age + 1}"},
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
	// Variables in strings are variables, not interpolations; $(...) in a
	// string is an interpolation; arithmetic in $(( )) is read as shell
	// words.
	"bash": {"${", "}", ":-", "$(", ")", "+"},
	// A media query is a media query, not a selector: its feature is a
	// property, its brackets and colon punctuation, 600px a number. The
	// selector's comma is punctuation.
	"css": {"(", ")", ",", ":", "max-width", "600px"},
	// The tag <?php is the preprocessor's, as in chroma's HTML+PHP; the
	// -> of a variable in a string is part of the string.
	"php": {"$name", "<?", "->"},
	// chroma takes a function's name and its first parameter for one
	// builtin.
	"powershell": {"Get-Thing([string]$Name"},
	// name is no builtin; 1.5 is one number.
	"ruby": {"name", "."},
	// A property's colon is punctuation, as in CSS.
	"scss": {":"},
	// isEmpty is a property like any other.
	"swift": {"isEmpty"},
	// Brackets are punctuation, as in HTML.
	"xml": {"<root", "><child>", "</child>", "</root>"},
	// The items of a flow sequence are values, not keys.
	"yaml": {"web, tier"},
}

// TestChromaFamilies checks, on a representative snippet of each
// language, that what chroma calls a keyword, a string, a number, a
// comment, an operator or a coloured name is one here too.
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
