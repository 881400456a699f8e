package notes

import (
	"bytes"
	"net/url"
	"strconv"
	"strings"
	"unicode"

	"github.com/yuin/goldmark/ast"
	east "github.com/yuin/goldmark/extension/ast"
)

// Questions written as list items: "1. ### What is a closure" with the
// answer indented under it. A top-level list is a question list when at
// least two of its items, and at least half, open with a heading.

// headingItem returns the heading that opens a list item, if any.
func headingItem(item ast.Node) *ast.Heading {
	if item == nil {
		return nil
	}
	h, _ := item.FirstChild().(*ast.Heading)
	return h
}

// questionList reports whether a top-level block is a list of questions:
// its first item opens with a heading, and so do at least two of its items
// and at least half of them, at the same level, which it returns.
func questionList(n ast.Node) (level int, ok bool) {
	l, isList := n.(*ast.List)
	if !isList {
		return 0, false
	}
	first := headingItem(l.FirstChild())
	if first == nil {
		return 0, false
	}
	items, headed := 0, 0
	for it := l.FirstChild(); it != nil; it = it.NextSibling() {
		items++
		if h := headingItem(it); h != nil && h.Level == first.Level {
			headed++
		}
	}
	if headed < 2 || 2*headed < items {
		return 0, false
	}
	return first.Level, true
}

// itemNumber returns the number a renderer shows for the i-th item
// (counting from 0) of an ordered list, or "".
func itemNumber(l *ast.List, i int) string {
	if !l.IsOrdered() {
		return ""
	}
	return strconv.Itoa(l.Start + i)
}

// A table of contents is a list or table of links to the file's own
// headings, or Typora's "[TOC]". It is never a question or an answer.

// tocLinks counts the entries of a list or table (items, rows) and the
// fragments ("#what-is-a-pod") its entries link to.
func tocLinks(n ast.Node, src []byte) (entries int, targets []string) {
	switch n.(type) {
	case *ast.List, *east.Table:
	default:
		return 0, nil
	}
	_ = ast.Walk(n, func(c ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering {
			return ast.WalkContinue, nil
		}
		switch c := c.(type) {
		case *ast.ListItem, *east.TableRow:
			entries++
		case *ast.Link:
			if d := c.Destination; len(d) > 1 && d[0] == '#' {
				targets = append(targets, string(d[1:]))
			}
			return ast.WalkSkipChildren, nil
		}
		return ast.WalkContinue, nil
	})
	return entries, targets
}

// isTyporaTOC reports a paragraph that reads "[TOC]".
func isTyporaTOC(n ast.Node, src []byte) bool {
	p, ok := n.(*ast.Paragraph)
	if !ok || p.Lines().Len() != 1 {
		return false
	}
	line := p.Lines().At(0)
	return bytes.EqualFold(bytes.TrimSpace(line.Value(src)), []byte("[toc]"))
}

// slugKey folds a heading or a link fragment to letters and digits, lower
// case, so that a fragment matches its heading however the renderer that
// made it spelled the slug.
func slugKey(s string) string {
	if u, err := url.PathUnescape(s); err == nil {
		s = u
	}
	var b strings.Builder
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			b.WriteRune(unicode.ToLower(r))
		}
	}
	return b.String()
}

// isTOC reports whether block n is a table of contents: "[TOC]", or a list
// or table of at least three entries, four in five of them links to
// fragments, at least half of which name headings of the file (keys of
// slugs, made by slugKey).
func isTOC(n ast.Node, src []byte, slugs func() map[string]bool) bool {
	if isTyporaTOC(n, src) {
		return true
	}
	entries, targets := tocLinks(n, src)
	if len(targets) < 3 || 5*len(targets) < 4*entries {
		return false
	}
	known := slugs()
	hits := 0
	for _, t := range targets {
		if known[slugKey(t)] {
			hits++
		}
	}
	return 2*hits >= len(targets)
}

// tocNames are fragments a "back to top" link points at, folded by
// slugKey; "" is the top of the page ("#").
var tocNames = map[string]bool{"": true, "top": true, "toc": true, "contents": true, "tableofcontents": true, "目录": true}

// isBackLink reports whether block n is a paragraph that only links back
// to the table of contents or the top of the page ("**[⬆ Back to
// Top](#table-of-contents)**", "[返回目录](#目录)"): page navigation, which a
// card cannot follow.
func isBackLink(n ast.Node, src []byte) bool {
	switch n.(type) {
	case *ast.Paragraph, *ast.TextBlock:
	default:
		return false
	}
	c := n.FirstChild()
	for c != nil && c.NextSibling() == nil {
		if _, ok := c.(*ast.Emphasis); !ok {
			break
		}
		c = c.FirstChild()
	}
	link, ok := c.(*ast.Link)
	if !ok || c.NextSibling() != nil || len(link.Destination) == 0 || link.Destination[0] != '#' {
		return false
	}
	if tocNames[slugKey(string(link.Destination[1:]))] {
		return true
	}
	text := strings.ToLower(plainText(link, src))
	return strings.Contains(text, "back to top") || strings.Contains(text, "返回顶部") || strings.Contains(text, "回到顶部") || strings.Contains(text, "返回目录")
}
