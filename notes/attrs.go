package notes

import (
	"slices"
	"strings"

	"github.com/flashmark/flashmark/notes/syntax"
	"github.com/yuin/goldmark/ast"
)

func classOf(h *ast.Heading) any {
	v, _ := h.AttributeString("class")
	return v
}

func attrBytes(v any) []byte {
	switch v := v.(type) {
	case []byte:
		return v
	case string:
		return []byte(v)
	}
	return nil
}

// commentID reads an <!-- id: my-id --> block.
func commentID(n ast.Node, src []byte) (string, bool) {
	h, ok := n.(*ast.HTMLBlock)
	if !ok || h.HTMLBlockType != ast.HTMLBlockType2 {
		return "", false
	}
	var buf []byte
	for i := 0; i < h.Lines().Len(); i++ {
		seg := h.Lines().At(i)
		buf = append(buf, seg.Value(src)...)
	}
	if h.HasClosure() {
		buf = append(buf, h.ClosureLine.Value(src)...)
	}
	return parseIDComment(buf)
}

func rawHTMLText(n *ast.RawHTML, src []byte) []byte {
	var buf []byte
	for i := 0; i < n.Segments.Len(); i++ {
		seg := n.Segments.At(i)
		buf = append(buf, seg.Value(src)...)
	}
	return buf
}

func parseIDComment(b []byte) (string, bool) {
	s := strings.TrimSpace(string(b))
	if len(s) < len("<!---->") || !strings.HasPrefix(s, "<!--") || !strings.HasSuffix(s, "-->") {
		return "", false
	}
	s = strings.TrimSpace(s[4 : len(s)-3])
	if len(s) < 3 || !strings.EqualFold(s[:3], "id:") {
		return "", false
	}
	return strings.TrimSpace(s[3:]), true
}

// numberClozes gives each ==highlight== of a note the next number after the
// note's highest {{cN::}} and returns the distinct numbers, ascending.
func numberClozes(roots ...ast.Node) []int {
	var clozes []*syntax.Cloze
	highest := 0
	for _, root := range roots {
		if root == nil {
			continue
		}
		_ = ast.Walk(root, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
			if c, ok := n.(*syntax.Cloze); ok && entering {
				clozes = append(clozes, c)
				highest = max(highest, c.Number)
			}
			return ast.WalkContinue, nil
		})
	}
	var nums []int
	for _, c := range clozes {
		if c.Number == 0 {
			highest++
			c.Number = highest
		}
		nums = append(nums, c.Number)
	}
	slices.Sort(nums)
	return slices.Compact(nums)
}
