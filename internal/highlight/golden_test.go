package highlight

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the golden files under testdata")

// tokens returns the tokens of code, one a line: the class ("-" for plain
// text) and the quoted text.
func tokens(t testing.TB, lang string, code []byte) string {
	t.Helper()
	var b strings.Builder
	var all []byte
	if !Tokens(lang, code, func(class string, text []byte) {
		if class == "" {
			class = "-"
		}
		fmt.Fprintf(&b, "%s\t%q\n", class, text)
		all = append(all, text...)
	}) {
		t.Fatalf("%s: not supported", lang)
	}
	if string(all) != string(code) {
		t.Fatalf("%s: tokens do not make the code:\n%q\n%q", lang, all, code)
	}
	return b.String()
}

// TestGolden tokenises the snippet testdata/src/<lang>.txt of each
// language and compares the tokens with testdata/TestGolden/<lang>.golden,
// or rewrites it with -update.
func TestGolden(t *testing.T) {
	forEachSnippet(t, func(t *testing.T, lang string, src []byte) {
		got := tokens(t, lang, src)
		golden := filepath.Join("testdata", "TestGolden", lang+".golden")
		if *update {
			if err := os.MkdirAll(filepath.Dir(golden), 0o755); err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(golden, []byte(got), 0o644); err != nil {
				t.Fatal(err)
			}
			return
		}
		want, err := os.ReadFile(golden)
		if err != nil {
			t.Fatalf("%v (run go test -update to create it)", err)
		}
		if got != string(want) {
			t.Errorf("tokens differ from %s:\n--- got\n%s\n--- want\n%s", golden, got, want)
		}
	})
}

// Every language has a snippet under testdata/src, so that the golden
// and chroma tests see each.
func TestSnippetsCoverLanguages(t *testing.T) {
	covered := map[*spec]bool{}
	files, _ := filepath.Glob("testdata/src/*.txt")
	for _, file := range files {
		covered[lookup(strings.TrimSuffix(filepath.Base(file), ".txt"))] = true
	}
	for name, sp := range languages {
		if !covered[sp] {
			t.Errorf("no snippet in the language of %q", name)
		}
	}
}

// forEachSnippet runs f, as a subtest named after the language, on every
// snippet under testdata/src.
func forEachSnippet(t *testing.T, f func(t *testing.T, lang string, src []byte)) {
	t.Helper()
	files, err := filepath.Glob("testdata/src/*.txt")
	if err != nil || len(files) == 0 {
		t.Fatal("no snippets", err)
	}
	for _, file := range files {
		lang := strings.TrimSuffix(filepath.Base(file), ".txt")
		t.Run(lang, func(t *testing.T) {
			src, err := os.ReadFile(file)
			if err != nil {
				t.Fatal(err)
			}
			f(t, lang, src)
		})
	}
}
