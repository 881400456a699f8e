package highlight

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"
)

// supported is the sorted names of the supported languages.
var supported = func() []string {
	var list []string
	for name := range languages {
		list = append(list, name)
	}
	slices.Sort(list)
	return list
}()

// check fails the test unless the tokens of code are the code, in
// runs of known classes.
func check(t *testing.T, lang string, code []byte) {
	t.Helper()
	known := map[string]bool{}
	for _, n := range names {
		known[n] = true
	}
	var all []byte
	prev, first := "", true
	if !Tokens(lang, code, func(class string, text []byte) {
		if !known[class] {
			t.Fatalf("%s: unknown class %q in %q", lang, class, code)
		}
		if len(text) == 0 {
			t.Fatalf("%s: empty token in %q", lang, code)
		}
		if !first && class == prev {
			t.Fatalf("%s: two runs of class %q in a row in %q", lang, class, code)
		}
		prev, first = class, false
		all = append(all, text...)
	}) {
		t.Fatalf("%s not supported", lang)
	}
	if string(all) != string(code) {
		t.Fatalf("%s: tokens make\n%q, not\n%q", lang, all, code)
	}
}

// FuzzTokens tokenises arbitrary bytes in each language: no panic, every
// byte once and in order, known classes only.
func FuzzTokens(f *testing.F) {
	files, _ := filepath.Glob("testdata/src/*.txt")
	for _, file := range files {
		src, err := os.ReadFile(file)
		if err != nil {
			f.Fatal(err)
		}
		lang := strings.TrimSuffix(filepath.Base(file), ".txt")
		f.Add(uint8(slices.Index(supported, lang)), src)
	}
	for _, s := range pathological {
		f.Add(uint8(len(s)), []byte(s))
	}
	f.Fuzz(func(t *testing.T, n uint8, code []byte) {
		check(t, supported[int(n)%len(supported)], code)
	})
}

// pathological are inputs that open what they never close.
var pathological = []string{
	`"`, `'`, "`", `"""`, `/*`, `<!--`, `#[`, `r#"`, `R"x(`, `${`, `$((`, `#{`, `\(`, `f"{`, `{`, `[`,
	`<<EOF`, `--[==[`, `<#`, `@"`, `<?`, `<a b="`, `- |`, `a: "`, "\\", "\r", "\xff", "$", "<script>", "=begin",
	"#!", "$ ", "@", ":", "0x", "1e", "1.", ".5", "'a", "'\\", "/", "a/b/", "&", "&#", "!", "|", ">",
}

// TestLinear checks that the time stays linear in the input when
// constructs are left open: eight times the input takes well under the
// sixty-four times the time of a quadratic scan, for every language and
// construct.
func TestLinear(t *testing.T) {
	if testing.Short() {
		t.Skip("timing")
	}
	for _, lang := range supported {
		if lookup(lang) != languages[lang] || lang != canonical(lang) {
			continue
		}
		for _, p := range pathological {
			small := []byte(strings.Repeat(p+" x\n", 2000/(len(p)+3)+1))
			large := []byte(strings.Repeat(string(small), 8))
			ts, tl := timeTokens(lang, small), timeTokens(lang, large)
			if tl > 20*time.Millisecond && tl > 32*ts {
				t.Errorf("%s %q: %v for %d bytes, %v for %d", lang, p, ts, len(small), tl, len(large))
			}
		}
	}
}

// canonical returns the first name, in sorted order, of the language
// named lang, so that each language is tested once.
func canonical(lang string) string {
	for _, name := range supported {
		if languages[name] == languages[lang] {
			return name
		}
	}
	return lang
}

// timeTokens returns the least time of three to tokenise code.
func timeTokens(lang string, code []byte) time.Duration {
	best := time.Duration(1 << 62)
	for range 3 {
		start := time.Now()
		Tokens(lang, code, func(string, []byte) {})
		best = min(best, time.Since(start))
	}
	return best
}
