package export

import (
	"regexp"
	"strings"
	"testing"
)

func TestCodeCSS(t *testing.T) {
	css := CodeCSS()
	golden(t, "code", css)
	for _, s := range []string{
		".hl-chroma {",
		".hl-chroma .hl-k {",
		"@media (prefers-color-scheme: dark) {\n  .hl-chroma {",
	} {
		if !strings.Contains(css, s) {
			t.Errorf("no %q in CodeCSS", s)
		}
	}
	if CodeCSS() != css {
		t.Error("CodeCSS changes between calls")
	}
	if strings.Count(css, "{") != strings.Count(css, "}") {
		t.Error("unbalanced braces")
	}
}

// Every class that highlighted code uses has a rule, light and dark.
func TestCodeCSSCoversClasses(t *testing.T) {
	css := CodeCSS()
	md := "```go\npackage main\n\nimport \"fmt\"\n\n// main 打印\nfunc main() {\n\tconst x = 1.5e3\n\tvar s = `raw`\n\tfmt.Printf(\"%d\\n\", 'c')\n}\n```\n\n" +
		"```python\n@decorator\nclass A(B):\n    def f(self): return None  # c\n```\n\n" +
		"```yaml\nkey: value # c\nlist: [1, 'two']\n```\n\n" +
		"```bash\nkubectl get pods -n kube-system | grep -v Running # c\n```"
	got, err := stringOf(new(HTML), answer(t, md))
	if err != nil {
		t.Fatal(err)
	}
	for _, m := range regexpClass.FindAllStringSubmatch(got, -1) {
		cls := m[1]
		if cls == "hl-chroma" {
			continue
		}
		light := ".hl-chroma ." + cls + " {"
		if !strings.Contains(css, "\n"+light) && !strings.HasPrefix(css, light) {
			// Tokens the light style leaves plain need no rule.
			continue
		}
		if !strings.Contains(css, "\n  "+light) || !strings.Contains(DarkCodeCSS(".dark "), ".dark "+light) {
			t.Errorf("class %s has a light rule but no dark one", cls)
		}
	}
}

func TestHighlightLanguages(t *testing.T) {
	for _, c := range []struct {
		lang        string
		highlighted bool
	}{
		{"go", true}, {"Go", true}, {"golang", true}, {"python", true}, {"py", true},
		{"yaml", true}, {"bash", true}, {"shell", true}, {"sh", true}, {"java", true},
		{"c++", true}, {"cpp", true}, {"js", true}, {"json", true}, {"sql", true},
		{"text", false}, {"plaintext", false}, {"nosuchlang", false}, {"*", false},
		{"../go", false}, {"go{.x}", true}, {"", false},
		// internal/highlight's aliases that chroma lacks, and chroma's
		// languages that internal/highlight lacks.
		{"node", true}, {"conf", true}, {"sqlite", true}, {"haskell", true}, {"elixir", true},
	} {
		got, err := stringOf(new(HTML), answer(t, "```"+c.lang+"\nx = 1\n```"))
		if err != nil {
			t.Fatal(err)
		}
		if strings.Contains(got, `class="hl-chroma"`) != c.highlighted {
			t.Errorf("%q: highlighted = %v, want %v: %s", c.lang, !c.highlighted, c.highlighted, got)
		}
	}
}

func TestPlainCode(t *testing.T) {
	got, err := stringOf((&HTML{PlainCode: true}), answer(t, "```go\nx := \"<\"\n```"))
	want := "<pre><code class=\"language-go\">x := &quot;&lt;&quot;\n</code></pre>\n"
	if err != nil || got != want {
		t.Errorf("got %q, %v; want %q", got, err, want)
	}
}

// A code block too long to highlight is written plain, whole.
func TestHighlightLimit(t *testing.T) {
	code := strings.Repeat("x := 1 // 中文\n", maxHighlight/10)
	got, err := stringOf(new(HTML), answer(t, "```go\n"+code+"```"))
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(got, "hl-chroma") || strings.Count(got, "中文") != maxHighlight/10 {
		t.Errorf("long block: highlighted or shortened")
	}
}

// Code in a container, whose lines are not contiguous in the source, is
// highlighted whole.
func TestHighlightInContainers(t *testing.T) {
	for _, md := range []string{
		"> ```go\n> x := \"<a>\" // 中文\n> y := 2\n> ```",
		"- item\n\n  ```yaml\n  key: value\n  n: 1\n  ```",
		"1. item\n   ```bash\n\techo \"$HOME\" # c\n   ```",
	} {
		got, err := stringOf(new(HTML), answer(t, md))
		if err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(got, `<pre class="hl-chroma">`) {
			t.Errorf("%q: not highlighted: %s", md, got)
		}
		code := got[strings.Index(got, "<code"):strings.Index(got, "</code>")]
		plain, err := stringOf((&HTML{PlainCode: true}), answer(t, md))
		if err != nil {
			t.Fatal(err)
		}
		want := plain[strings.Index(plain, "<code"):strings.Index(plain, "</code>")]
		if text := regexpTag.ReplaceAllString(code, ""); text != regexpTag.ReplaceAllString(want, "") {
			t.Errorf("%q: highlighted text %q, plain %q", md, text, want)
		}
	}
}

var (
	regexpClass = regexp.MustCompile(`class="(hl-[^"]+)"`)
	regexpTag   = regexp.MustCompile(`<[^>]*>`)
)
