package anki

import (
	"strings"
	"testing"

	"github.com/flashmark/flashmark/export"
)

// A cloze note's field takes Anki's syntax; nothing else in it can be
// read by Anki as a deletion or end one.
func TestClozeField(t *testing.T) {
	for _, c := range []struct{ md, want string }{
		{"{{c1::答案}}", `<p>{{c1::答案}}</p>`},
		{"{{c2::答案::提示 & <x>}}", `<p>{{c2::答案::提示 &amp; &lt;x&gt;}}</p>`},
		{"{{c1::**粗** `代码`}}", `<p>{{c1::<strong>粗</strong> <code>代码</code>}}</p>`},
		{"{{c1::outer {{c2::inner}} end}}", `<p>{{c1::outer {{c2::inner}} end}}</p>`},
		{"==高亮== and {{c3::x}}", `<p>{{c4::高亮}} and {{c3::x}}</p>`},
		// Text inside a deletion cannot end it or start its hint.
		{"{{c1::`std::move`}}", `<p>{{c1::<code>std&#58;&#58;move</code>}}</p>`},
		{"{{c1::$x^{2}$}}", `<p>{{c1::\(x^&#123;2&#125;\)}}</p>`},
		{"{{c1::a::b:c}}", `<p>{{c1::a::b&#58;c}}</p>`},
		{"{{c1::[链接](https://example.com/a:b)}}", `<p>{{c1::<a href="https&#58;//example.com/a&#58;b">链接</a>}}</p>`},
		// Outside deletions, no "{{" is left for Anki to misread.
		{"`{{c1::not a cloze}}` {{ x }}", `<p><code>{&#123;c1::not a cloze}}</code> {&#123; x }}</p>`},
		// Through the sanitiser too; raw HTML cannot forge a deletion.
		{"<b>粗</b> {{c1::答案::提示}}", `<p><b>粗</b> {{c1::答案::提示}}</p>`},
		{"<i>x</i> {{c1::`a::b` <b>c</b>}}", `<p><i>x</i> {{c1::<code>a&#58;&#58;b</code> <b>c</b>}}</p>`},
		{"<div>{{c1::in raw html}}</div>", `<div>{&#123;c1::in raw html}}</div>`},
		// A mark without a number stays a mark.
		{"<mark>plain</mark> {{c1::x}}", `<p><mark>plain</mark> {{c1::x}}</p>`},
	} {
		d := parse(t, "notes.md", "# Q\n\n"+c.md+"\n\n# Other\n\nanswer\n")
		var body string
		for n := range d.All() {
			s, _, err := new(export.HTML).String(n.Answer)
			if err != nil {
				t.Fatal(err)
			}
			body = s
			break
		}
		got := strings.TrimSpace(string(clozeField(nil, []byte(body))))
		if got != c.want {
			t.Errorf("%q:\n got %q\nwant %q\n(html %q)", c.md, got, c.want, body)
		}
	}
}
