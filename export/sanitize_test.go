package export

import (
	"strings"
	"testing"
	"time"
)

func TestSanitizeXSS(t *testing.T) {
	for _, c := range []struct {
		name, md string
		absent   []string // must not appear in the output
		present  []string // must appear
	}{
		{"script block", "<script>alert(1)</script>\n\nafter", []string{"alert"}, []string{"<p>after</p>"}},
		{"script inline", "a <script>alert(1)</script> b", []string{"alert", "script"}, []string{"a", "b"}},
		{"script uppercase", "<SCRIPT SRC=//evil.js></SCRIPT>", []string{"evil", "SCRIPT"}, nil},
		{"img onerror", `<img src=x onerror=alert(1)>`, []string{"onerror", "alert"}, []string{`<img src="x" />`}},
		{"img onerror quoted", `<img src="x.png" alt="图" onerror="alert(1)">`, []string{"onerror"}, []string{`alt="图"`}},
		{"a javascript", `<a href="javascript:alert(1)">x</a>`, []string{"javascript", "href"}, []string{"x"}},
		{"a javascript entity", `<a href="&#106;avascript:alert(1)">x</a>`, []string{"avascript", "href"}, nil},
		{"a javascript tab", "<a href=\"java\tscript:alert(1)\">x</a>", []string{"script", "href"}, nil},
		{"a vbscript", `<a href="vbscript:msgbox(1)">x</a>`, []string{"vbscript"}, nil},
		{"a data html", `<a href="data:text/html;base64,PHNjcmlwdD4=">x</a>`, []string{"data:"}, nil},
		{"markdown javascript link", "[x](javascript:alert(1))", []string{"javascript"}, []string{`<a href="">x</a>`}},
		{"markdown javascript image", "![x](javascript:alert(1))", []string{"javascript"}, []string{`<span class="missing-image">x</span>`}},
		{"markdown data link", "[x](data:text/html,hi)", []string{"data:"}, nil},
		{"markdown data image", "![x](data:image/png;base64,iVBORw0KGgo=)", nil, []string{`src="data:image/png;base64,iVBORw0KGgo="`}},
		{"raw data image", `<img src="data:image/png;base64,iVBORw0KGgo=" alt="x">`, nil, []string{`src="data:image/png;base64,iVBORw0KGgo="`}},
		{"raw data svg", `<img src="data:image/svg+xml;base64,PHN2Zz48L3N2Zz4=">`, []string{"svg"}, nil},
		{"svg onload", `<svg onload=alert(1)><circle r="1"/></svg>`, []string{"svg", "onload", "circle"}, nil},
		{"iframe", `<iframe src="https://evil.example/"></iframe>`, []string{"iframe", "evil"}, nil},
		{"object embed", `<object data="x.swf"></object><embed src="x.swf">`, []string{"object", "embed", "swf"}, nil},
		{"style element", "<style>body{display:none}</style>\n\nafter", []string{"style", "display"}, []string{"after"}},
		{"style expression", `<span style="width: expression(alert(1)); color: red">x</span>`, []string{"expression", "width"}, []string{`<span style="color: red">x</span>`}},
		{"style url", `<span style="background-image: url(javascript:alert(1))">x</span>`, []string{"url(", "javascript"}, []string{"x"}},
		{"style behavior", `<div style="behavior: url(x.htc); -moz-binding: url(x.xml)">x</div>`, []string{"behavior", "binding"}, []string{"x"}},
		{"onclick", `<p onclick="alert(1)">段落</p>`, []string{"onclick"}, []string{"<p>段落</p>"}},
		{"form", `<form action="https://evil"><input type="text" name="q"><button>Go</button></form>`, []string{"form", "evil", "text", "button"}, []string{"Go"}},
		{"checkbox enabled", `<input type="checkbox" checked>`, nil, []string{`<input type="checkbox" checked="" disabled="" />`}},
		{"meta refresh", `<meta http-equiv="refresh" content="0;url=https://evil">`, []string{"meta", "evil"}, nil},
		{"base", `<base href="https://evil/">`, []string{"base", "evil"}, nil},
		{"link", `<link rel="stylesheet" href="https://evil/x.css">`, []string{"link", "evil"}, nil},
		{"comment trick", "<!-- --!> <script>alert(1)</script> -->", []string{"alert"}, nil},
		{"unclosed", "<b>bold <i>both\n\nafter", nil, []string{"<b>bold <i>both</i></b>"}},
		{"formatting kept", `<kbd>Ctrl</kbd> <sub>2</sub> <sup>3</sup> <span>s</span> <u>u</u> <s>s</s> <mark>m</mark> <small>s</small> <abbr title="t">a</abbr> <ruby>汉<rt>hàn</rt></ruby>`, nil,
			[]string{"<kbd>Ctrl</kbd>", "<sub>2</sub>", "<sup>3</sup>", "<span>s</span>", "<u>u</u>", "<s>s</s>", "<mark>m</mark>", "<small>s</small>", `<abbr title="t">a</abbr>`, "<ruby>汉<rt>hàn</rt></ruby>"}},
		{"details kept", "<details open>\n<summary>答案</summary>\n\n内容\n\n</details>", nil, []string{`<details open="">`, "<summary>答案</summary>", "<p>内容</p>", "</details>"}},
		{"table kept", "<table><tr><th colspan=2>头</th></tr><tr><td>1<td>2</table>", nil, []string{`<th colspan="2">头</th>`, "<td>1</td><td>2</td>"}},
		{"br hr void", "a<br>b<hr>c<BR/>", nil, []string{"a<br />b", "<hr />", "c<br />"}},
		{"img attributes", `<img src="a.png" alt="图" width="100" height="50%" title="t">`, nil, []string{`<img src="a.png" alt="图" width="100" height="50%" title="t" />`}},
		{"link kept", `<a href="https://example.com/a?b=1&c=2" title="t">x</a>`, nil, []string{`<a href="https://example.com/a?b=1&amp;c=2" title="t">x</a>`}},
		{"obsolete rewritten", `<font color="#f00">红</font><center>中</center><strike>s</strike><tt>t</tt>`, []string{"<font", "<center", "<strike", "<tt"}, []string{`<span style="color: #f00">红</span>`, `<div style="text-align: center">中</div>`, "<s>s</s>", "<code>t</code>"}},
		{"font bad color", `<font color="red;background:url(x)">x</font>`, []string{"url", "font", "color"}, []string{"<p>x</p>"}},
		{"entities in raw", "<b>&nbsp;&copy;&lt;</b>", []string{"&nbsp;", "&copy;"}, []string{"<b>\u00a0©&lt;</b>"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			got, err := stringOf(new(HTML), answer(t, c.md))
			if err != nil {
				t.Fatal(err)
			}
			if err := checkXHTML(got); err != nil {
				t.Errorf("%v in %q", err, got)
			}
			for _, s := range c.absent {
				if strings.Contains(got, s) {
					t.Errorf("%q in %q", s, got)
				}
			}
			for _, s := range c.present {
				if !strings.Contains(got, s) {
					t.Errorf("no %q in %q", s, got)
				}
			}
		})
	}
}

// A body without raw HTML never reaches the sanitiser; one with it does.
func TestSanitizeOnlyRawHTML(t *testing.T) {
	for _, c := range []struct {
		md  string
		raw bool
	}{
		{"**plain** `code` ![i](a.png)", false},
		{"a <!-- comment --> b", false},
		{"<!-- block comment -->", false},
		{"a<br>b", false},
		{"a <b>b</b>", true},
		{"<div>\nblock\n</div>", true},
	} {
		r := getRender()
		if err := new(HTML).render(r, answer(t, c.md)); err != nil {
			t.Fatal(err)
		}
		if r.rawHTML != c.raw {
			t.Errorf("%q: sanitised = %v, want %v", c.md, r.rawHTML, c.raw)
		}
		putRender(r)
	}
}

// Clozes keep their syntax through the sanitiser.
func TestSanitizeCloze(t *testing.T) {
	for _, c := range []struct{ md, mark string }{
		{"<b>粗</b> {{c1::答案::提示}}",
			`<p><b>粗</b> <mark class="cloze" data-cloze="1" data-hint="提示">答案</mark></p>`},
		{"<i>x</i> {{c1::`a::b` <b>c</b>}}",
			`<p><i>x</i> <mark class="cloze" data-cloze="1"><code>a::b</code> <b>c</b></mark></p>`},
		{"<div>{{c1::in raw html}}</div>",
			`<div>{{c1::in raw html}}</div>`},
	} {
		got, err := stringOf(new(HTML), answer(t, c.md))
		if err != nil || strings.TrimSpace(got) != c.mark {
			t.Errorf("%q:\n got %q, %v\nwant %q", c.md, got, err, c.mark)
		}
	}
}

// What goldmark renders survives the sanitiser when raw HTML sends a body
// through it.
func TestSanitizeKeepsMarkdown(t *testing.T) {
	md := "<b>raw</b>\n\n### 标题 {#h .tag}\n\n" +
		"**粗** *斜* ~~删~~ `code` [链接](https://example.com \"t\") ![图](a.png) {{c1::答案::提示}} $x<y$\n\n" +
		"- [x] 完成\n\n| a | b |\n|:-|-:|\n| 1 | 2 |\n\n```go\nfunc f() {}\n```\n\n$$\nE=mc^2\n$$\n\n---\n\n> 引用\n"
	body := answer(t, md)
	got, err := stringOf(new(HTML), body)
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range []string{
		"<b>raw</b>", `<h3 id="h" class="tag">标题</h3>`, "<strong>粗</strong>", "<em>斜</em>", "<del>删</del>",
		"<code>code</code>", `<a href="https://example.com" title="t">链接</a>`, `<img src="a.png" alt="图" />`,
		`<mark class="cloze" data-cloze="1" data-hint="提示">答案</mark>`, `\(x&lt;y\)`,
		`<input checked="" disabled="" type="checkbox" />`, `<th style="text-align: left">a</th>`,
		`<td style="text-align: right">2</td>`, `<pre class="hl-chroma"><code class="language-go"><span class="hl-kd">func</span>`,
		`<div class="math">\[E=mc^2`, "<blockquote>", "<hr />",
	} {
		if !strings.Contains(got, s) {
			t.Errorf("no %s in\n%s", s, got)
		}
	}
}

// Raw HTML nested absurdly deep is written as text, quickly, rather than
// built into a tree in time quadratic in its depth.
func TestSanitizeDeepNesting(t *testing.T) {
	for _, s := range []string{"<div>", "<ul><li>", "<i><b>x</i>", "<span></b>"} {
		md := strings.Repeat(s, 20000) + "中文"
		start := time.Now()
		got, err := stringOf(new(HTML), answer(t, md))
		if err != nil {
			t.Fatal(err)
		}
		if el := time.Since(start); el > 2*time.Second {
			t.Errorf("%q x 20000: %v", s, el)
		}
		if err := checkXHTML(got); err != nil || !strings.Contains(got, "中文") {
			t.Errorf("%q x 20000: %v, text lost: %.80q", s, err, got)
		}
	}
	// Long but shallow HTML is still HTML.
	md := strings.Repeat("<li>项</li>", 2000)
	got, _ := stringOf(new(HTML), answer(t, "<ul>"+md+"</ul>"))
	if strings.Count(got, "<li>") != 2000 {
		t.Errorf("shallow list lost its elements")
	}
}
