package export

import (
	"errors"
	"strings"
	"testing"

	"github.com/flashmark/flashmark/notes"
)

// htmlCases are answers whose rendering is kept in
// testdata/TestHTML/<name>.golden.
var htmlCases = []struct{ name, md string }{
	{"cjk_line_breaks", "第一行中文\n第二行中文\nEnglish line\n中文 after English\n`code`\n中文"},
	{"emphasis_code", "**粗体** and *em* and `a < b` and \\*not em\\*"},
	{"list_chinese", "1、第一\n2、第二\n\n- 项目\n  - 子项目\n\n3. three\n4. four"},
	{"table", "| 组件 | 作用 | n |\n|:--|:-:|--:|\n| kube-proxy | 四层转发 | 1 |\n| `a\\|b` | x | 2 |"},
	{"task_list", "- [x] 完成\n- [ ] 未完成"},
	{"strike_autolink", "~~删除~~ https://example.com/路径?q=1 <mail@example.com> www.example.com"},
	{"code_go", "```go\n// 注释\nfunc main() { fmt.Println(\"<hi>\") }\n```"},
	{"code_unknown", "```nosuchlang\na < b && c\n```"},
	{"code_nolang", "```\nplain <code>\n```"},
	{"code_indented", "    indented <code>\n    second line"},
	{"math", "inline $x^{2} < y$ and display $$\\frac{a}{b}$$ and `$not math$`"},
	{"math_block", "$$\n\\sum_{i=1}^{n} i < n^2\n$$"},
	{"cloze", "{{c1::答案::提示}} and {{c2::**粗** `code`}} and ==高亮=="},
	{"image", "![图 *一*](img/a.png \"标题\") ![remote](https://example.com/a.png) [![in link](b.png)](https://example.com)"},
	{"entities", "&nbsp;&copy;&amp;&lt;&#x4E2D;&#25991;&#0;&#1; &bogus; AT&T"},
	{"raw_formatting", "<kbd>Ctrl</kbd>+<kbd>C</kbd> H<sub>2</sub>O x<sup>2</sup> <b>粗</b><br>下一行 <font color=red>红</font>\n\n<details>\n<summary>答案</summary>\n\n**Markdown** 内容\n\n</details>"},
	{"raw_comment", "before <!-- inline comment --> after\n\n<!-- block comment -->\n\nend"},
	{"headings_quotes", "### 子标题 {#sub .tag}\n\n> 引用\n> 第二行\n\n---\n\nafter rule"},
	{"hard_break", "line one  \nline two\\\nline three"},
}

// TestHTML renders every case with each cloze style and compares the
// output with testdata/<Test>/<case>.golden.
func TestHTML(t *testing.T) {
	runGolden(t, &HTML{MediaSrc: func(m notes.Media) (string, error) { return "media-" + strings.ReplaceAll(m.Path, "/", "-"), nil }})
}

func runGolden(t *testing.T, h *HTML) {
	for _, c := range htmlCases {
		t.Run(c.name, func(t *testing.T) {
			got, err := stringOf(h, answer(t, c.md))
			if err != nil {
				t.Fatal(err)
			}
			if err := checkXHTML(got); err != nil {
				t.Errorf("%v in\n%s", err, got)
			}
			golden(t, c.name, got)
		})
	}
}

func TestEmptyBody(t *testing.T) {
	var h HTML
	var b strings.Builder
	if _, err := h.Render(&b, notes.Body{}); err != nil || b.Len() != 0 {
		t.Errorf("Render(empty) = %q, %v; want nothing", b.String(), err)
	}
	d := parse(t, "# 没有答案的问题\n")
	for n := range d.All() {
		if s, err := stringOf(&h, n.Answer); s != "" || err != nil {
			t.Errorf("String(unanswered) = %q, %v", s, err)
		}
	}
}

type failWriter struct{}

var errWrite = errors.New("disk full")

func (failWriter) Write(p []byte) (int, error) { return 0, errWrite }

func TestRenderWriteError(t *testing.T) {
	var h HTML
	if _, err := h.Render(failWriter{}, answer(t, "text")); !errors.Is(err, errWrite) {
		t.Errorf("Render to a failing writer: %v, want %v", err, errWrite)
	}
}

func TestEastAsianLineBreaks(t *testing.T) {
	for _, c := range []struct{ md, want string }{
		{"中文\n中文", "<p>中文中文</p>\n"},
		{"中文。\n「引号」", "<p>中文。「引号」</p>\n"},
		{"中文，\n中文：\n（括号）\n中文", "<p>中文，中文：（括号）中文</p>\n"},
		{"ＡＢＣ\n全角", "<p>ＡＢＣ全角</p>\n"},
		{"中文,\n中文", "<p>中文,\n中文</p>\n"},
		{"中文\nEnglish", "<p>中文\nEnglish</p>\n"},
		{"English\n中文", "<p>English\n中文</p>\n"},
		{"English\nwords", "<p>English\nwords</p>\n"},
		{"日本語\nかな", "<p>日本語かな</p>\n"},
		{"한국어\n한국어", "<p>한국어\n한국어</p>\n"}, // Korean has spaces
		// goldmark's own renderer drops the break before anything but
		// text; these keep their space.
		{"is\n`code`", "<p>is\n<code>code</code></p>\n"},
		{"is\n*em*", "<p>is\n<em>em</em></p>\n"},
		{"中文\n**粗体**", "<p>中文<strong>粗体</strong></p>\n"},
		{"中文\n`代码`", "<p>中文<code>代码</code></p>\n"},
		{"中文\n[链接](x)", "<p>中文<a href=\"x\">链接</a></p>\n"},
		{"word\n{{c1::中文}}", "<p>word\n<mark class=\"cloze\" data-cloze=\"1\">中文</mark></p>\n"},
		{"中文\n{{c1::中文}}", "<p>中文<mark class=\"cloze\" data-cloze=\"1\">中文</mark></p>\n"},
		{"中文\n$x$", "<p>中文\n\\(x\\)</p>\n"},
	} {
		got, err := stringOf(new(HTML), answer(t, c.md))
		if err != nil || got != c.want {
			t.Errorf("%q:\n got %q, %v\nwant %q", c.md, got, err, c.want)
		}
	}
}

func TestCloze(t *testing.T) {
	for _, c := range []struct {
		md, mark string
	}{
		{"{{c1::答案}}",
			`<mark class="cloze" data-cloze="1">答案</mark>`},
		{"{{c2::答案::提示 & <x>}}",
			`<mark class="cloze" data-cloze="2" data-hint="提示 &amp; &lt;x&gt;">答案</mark>`},
		{"{{c1::**粗** `代码`}}",
			`<mark class="cloze" data-cloze="1"><strong>粗</strong> <code>代码</code></mark>`},
		{"{{c1::outer {{c2::inner}} end}}",
			`<mark class="cloze" data-cloze="1">outer <mark class="cloze" data-cloze="2">inner</mark> end</mark>`},
		{"==高亮== and {{c3::x}}",
			`<mark class="cloze" data-cloze="4">高亮</mark> and <mark class="cloze" data-cloze="3">x</mark>`},
		// Text inside a deletion cannot end it or start its hint.
		{"{{c1::`std::move`}}",
			`<mark class="cloze" data-cloze="1"><code>std::move</code></mark>`},
		{"{{c1::$x^{2}$}}",
			`<mark class="cloze" data-cloze="1">\(x^{2}\)</mark>`},
		{"{{c1::a::b:c}}",
			`<mark class="cloze" data-cloze="1" data-hint="b:c">a</mark>`},
		// Outside deletions, no "{{" is left for Anki to misread.
		{"`{{c1::not a cloze}}` {{ x }}",
			`<code>{{c1::not a cloze}}</code> {{ x }}`},
	} {
		got, err := stringOf(new(HTML), answer(t, c.md))
		want := "<p>" + c.mark + "</p>\n"
		if err != nil || got != want {
			t.Errorf("%q:\n got %q, %v\nwant %q", c.md, got, err, want)
		}
	}
}

// A ==highlight== outside a note has no number: a plain mark either way.
func TestHighlightOutsideNote(t *testing.T) {
	d := parse(t, "前言 ==重点==\n\n# 问题\n答案\n")
	got, err := stringOf(new(HTML), d.Description)
	want := "<p>前言 <mark class=\"cloze\">重点</mark></p>\n"
	if err != nil || got != want {
		t.Errorf("got %q, %v, want %q", got, err, want)
	}
}

func TestMath(t *testing.T) {
	for _, c := range []struct{ md, want string }{
		{"$a<b$", `<p>\(a&lt;b\)</p>` + "\n"},
		{"see $$a & b$$", `<p>see \[a &amp; b\]</p>` + "\n"},
		{"`$x$` and $5 and $10", `<p><code>$x$</code> and $5 and $10</p>` + "\n"},
		{"$\\alpha_1 \\* \\text{中文}$", `<p>\(\alpha_1 \* \text{中文}\)</p>` + "\n"},
		{"$$\nx < y\n\\\\\nz\n$$", "<div class=\"math\">\\[x &lt; y\n\\\\\nz\n\\]</div>\n"},
		{"```\n$x$\n```", "<pre><code>$x$\n</code></pre>\n"},
	} {
		got, err := stringOf(new(HTML), answer(t, c.md))
		if err != nil || got != c.want {
			t.Errorf("%q:\n got %q, %v\nwant %q", c.md, got, err, c.want)
		}
	}
}

// Output must be XML: no character XML forbids, whatever the notes hold.
func TestXMLCharacters(t *testing.T) {
	for _, md := range []string{
		"control \x01\x08\x0b\x0c\x1b\x7f chars",
		"entities &#1; &#x1F; &#xFFFE; &#xFFFF; &#xD800; &#0;",
		"literal \uFFFE\uFFFF",
		"crlf\r\nline\r\n\r\n```go\nx := 1\r\ny := \"\x01\"\r\n```\r\n",
		"<b>raw \x01 &#1;</b>",
		"![alt \x02](x.png \"title \x03\")",
	} {
		got, err := stringOf(new(HTML), answer(t, md))
		if err != nil {
			t.Fatal(err)
		}
		if err := checkXHTML(got); err != nil {
			t.Errorf("%q: %v in %q", md, err, got)
		}
		if strings.ContainsAny(got, "\r\x01\x02\x03\x08\x0b\x0c\x1b") {
			t.Errorf("%q: control character in %q", md, got)
		}
	}
}

// A panic while rendering (here from MediaSrc, as any code run on notes
// could) becomes an ErrInternal error naming the body's position.
func TestRenderPanic(t *testing.T) {
	h := &HTML{MediaSrc: func(notes.Media) (string, error) { panic("injected") }}
	s, diags, err := h.String(answer(t, "文字 ![图](a.png)"))
	if !errors.Is(err, ErrInternal) || !strings.Contains(err.Error(), "notes.md:3:1") || s != "" || diags != nil {
		t.Errorf("String = %q, %v, %v; want an ErrInternal error at notes.md:3:1", s, diags, err)
	}
}
