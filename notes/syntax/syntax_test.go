package syntax_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/flashmark/flashmark/notes/syntax"
	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/extension"
	"github.com/yuin/goldmark/text"
)

// outline renders the inline tree compactly: text as is, clozes as
// [cN:...|hint], math as <tex> or <<tex>>, code as `code`, emphasis as *..*.
func outline(src string) string {
	md := goldmark.New(goldmark.WithExtensions(extension.GFM, syntax.Extension))
	source := []byte(src)
	doc := md.Parser().Parse(text.NewReader(source))
	var b strings.Builder
	var walk func(n ast.Node)
	walk = func(n ast.Node) {
		switch n := n.(type) {
		case *ast.Text:
			b.Write(n.Segment.Value(source))
			if n.SoftLineBreak() {
				b.WriteByte('\n')
			}
			return
		case *ast.CodeSpan:
			b.WriteString("`")
			for c := n.FirstChild(); c != nil; c = c.NextSibling() {
				b.Write(c.(*ast.Text).Segment.Value(source))
			}
			b.WriteString("`")
			return
		case *syntax.Math:
			if n.Display {
				fmt.Fprintf(&b, "<<%s>>", n.TeX(source))
			} else {
				fmt.Fprintf(&b, "<%s>", n.TeX(source))
			}
			return
		case *syntax.MathBlock:
			fmt.Fprintf(&b, "MATH{%s}", n.TeX(source))
			return
		case *syntax.Cloze:
			fmt.Fprintf(&b, "[c%d:", n.Number)
			for c := n.FirstChild(); c != nil; c = c.NextSibling() {
				walk(c)
			}
			if h := n.Hint(source); h != nil {
				fmt.Fprintf(&b, "|%s", h)
			}
			if n.Highlight {
				b.WriteString("!")
			}
			b.WriteString("]")
			return
		case *ast.Emphasis:
			b.WriteString("*")
			for c := n.FirstChild(); c != nil; c = c.NextSibling() {
				walk(c)
			}
			b.WriteString("*")
			return
		case *ast.FencedCodeBlock:
			b.WriteString("CODE")
			return
		}
		for c := n.FirstChild(); c != nil; c = c.NextSibling() {
			walk(c)
		}
		if n.Type() == ast.TypeBlock && n.Kind() != ast.KindDocument {
			b.WriteString("¶")
		}
	}
	walk(doc)
	return b.String()
}

func TestCloze(t *testing.T) {
	tests := []struct{ src, want string }{
		{"{{c1::Pod}} is small", "[c1:Pod] is small¶"},
		{"{{c12::a::hint}}", "[c12:a|hint]¶"},
		{"{{c1::**bold** text}}", "[c1:*bold* text]¶"},
		{"{{c1::outer {{c2::inner}} end}}", "[c1:outer [c2:inner] end]¶"},
		{"{{c1::std::vector}}", "[c1:std|vector]¶"}, // Anki splits at the first ::
		{"{{c1::a::b::c}}", "[c1:a|b::c]¶"},
		{"stray }} and :: and {{c1:: open", "stray }} and :: and {{c1:: open¶"},
		{"{{c0::zero}} {{cx::x}} {{c::y}}", "{{c0::zero}} {{cx::x}} {{c::y}}¶"},
		{"{{c99999::too long}}", "{{c99999::too long}}¶"},
		{"`{{c1::code}}` stays", "`{{c1::code}}` stays¶"},
		{"*{{c1::a*}}", "*{{c1::a*}}¶"},
		{"{{c1::多行\n内容}}", "[c1:多行\n内容]¶"},
		{"{{c1::a}}\n\n}}", "[c1:a]¶}}¶"},
		{"{{c1::}}", "[c1:]¶"},
	}
	for _, tt := range tests {
		if got := outline(tt.src); got != tt.want {
			t.Errorf("%q:\n got %q\nwant %q", tt.src, got, tt.want)
		}
	}
}

func TestHighlight(t *testing.T) {
	tests := []struct{ src, want string }{
		{"==key== point", "[c0:key!] point¶"},
		{"这是==重点==内容", "这是[c0:重点!]内容¶"},
		{"if x==y and y==z", "if x==y and y==z¶"},
		{"a == b", "a == b¶"},
		{"=single=", "=single=¶"},
		{"===triple===", "===triple===¶"},
		{"==**both**==", "[c0:*both*!]¶"},
		{"`==code==`", "`==code==`¶"},
	}
	for _, tt := range tests {
		if got := outline(tt.src); got != tt.want {
			t.Errorf("%q:\n got %q\nwant %q", tt.src, got, tt.want)
		}
	}
}

func TestMath(t *testing.T) {
	tests := []struct{ src, want string }{
		{"$E=mc^2$ holds", "<E=mc^2> holds¶"},
		{"costs $5 and $10", "costs $5 and $10¶"},
		{"$ a $", "$ a $¶"},
		{"$a_1 * b_2$ and *em*", "<a_1 * b_2> and *em*¶"},
		{`$\$x$`, `<\$x>¶`},
		{"$$x^2$$ inline", "<<x^2>> inline¶"},
		{"$$\n\\int_0^1 x\\,dx\n$$", "MATH{\\int_0^1 x\\,dx\n}"},
		{"$$ a+b $$", "MATH{ a+b }"},
		{"$$0$$\n# next", "MATH{0}next¶"},
		{"$$0$$\nafter", "MATH{0}after¶"},
		{"text\n$$\nx\n$$\nafter", "text¶MATH{x\n}after¶"},
		{"`$x$`", "`$x$`¶"},
		{"$$unclosed", "$$unclosed¶"},
		{"$$\nnever closed", "MATH{never closed}"},
	}
	for _, tt := range tests {
		if got := outline(tt.src); got != tt.want {
			t.Errorf("%q:\n got %q\nwant %q", tt.src, got, tt.want)
		}
	}
}

func TestStartsItem(t *testing.T) {
	tests := map[string]bool{
		"1、负载均衡": true, "12、x": true, "2. swarm": true, "3) x": true, "4．中文": true, "5.中文": true,
		"（1）第一": true, "(2) second": true, "一、概述": true, "十二、x": true, "①": true, "⑳ x": true,
		"3.14 is pi": false, "v1.2": false, "2022年": false, "1234、x": false, "word": false, "": false,
		"(a) x": false, "1": false, "一些内容": false,
	}
	for text, want := range tests {
		if got := syntax.StartsItem([]byte(text)); got != want {
			t.Errorf("StartsItem(%q) = %v, want %v", text, got, want)
		}
	}
}
