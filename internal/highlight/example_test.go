package highlight_test

import (
	"fmt"

	"github.com/flashmark/flashmark/internal/highlight"
)

func ExampleTokens() {
	code := []byte("// Add adds.\nfunc Add(a, b int) int { return a + b }\n")
	highlight.Tokens("go", code, func(class string, text []byte) {
		if class != "" {
			fmt.Printf("%s %q\n", class, text)
		}
	})
	// Output:
	// c1 "// Add adds."
	// kd "func"
	// nf "Add"
	// p "("
	// nx "a"
	// p ","
	// nx "b"
	// kt "int"
	// p ")"
	// kt "int"
	// p "{"
	// k "return"
	// nx "a"
	// o "+"
	// nx "b"
	// p "}"
}

func ExampleSupported() {
	for _, lang := range []string{"Python", "yml", "c++", "haskell"} {
		fmt.Println(lang, highlight.Supported(lang))
	}
	// Output:
	// Python true
	// yml true
	// c++ true
	// haskell false
}
