package highlight

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/alecthomas/chroma/v2"
	"github.com/alecthomas/chroma/v2/lexers"
)

// benchCode returns about 2 KB of code in a language: its snippet under
// testdata/src, repeated.
func benchCode(b *testing.B, lang string) []byte {
	src, err := os.ReadFile(filepath.Join("testdata", "src", lang+".txt"))
	if err != nil {
		b.Fatal(err)
	}
	code := src
	for len(code) < 2000 {
		code = append(code, src...)
	}
	return code
}

// benchLanguages returns the languages that have a snippet.
func benchLanguages(b *testing.B) []string {
	files, err := filepath.Glob("testdata/src/*.txt")
	if err != nil || len(files) == 0 {
		b.Fatal("no snippets", err)
	}
	var list []string
	for _, f := range files {
		list = append(list, strings.TrimSuffix(filepath.Base(f), ".txt"))
	}
	return list
}

// BenchmarkTokens tokenises about 2 KB of code in each language.
func BenchmarkTokens(b *testing.B) {
	for _, lang := range benchLanguages(b) {
		b.Run(lang, func(b *testing.B) {
			code := benchCode(b, lang)
			n := 0
			emit := func(class string, text []byte) { n += len(text) }
			b.SetBytes(int64(len(code)))
			b.ReportAllocs()
			for b.Loop() {
				Tokens(lang, code, emit)
			}
			if n%len(code) != 0 {
				b.Fatal("bytes lost")
			}
		})
	}
}

// BenchmarkChroma tokenises the same code with chroma, for comparison.
func BenchmarkChroma(b *testing.B) {
	for _, lang := range []string{"go", "python", "yaml", "bash", "java", "javascript"} {
		b.Run(lang, func(b *testing.B) {
			code := string(benchCode(b, lang))
			lexer := chroma.Coalesce(lexers.Get(lang))
			b.SetBytes(int64(len(code)))
			b.ReportAllocs()
			for b.Loop() {
				it, err := lexer.Tokenise(nil, code)
				if err != nil {
					b.Fatal(err)
				}
				for t := it(); t != chroma.EOF; t = it() {
				}
			}
		})
	}
}
