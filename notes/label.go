package notes

import (
	"bytes"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/yuin/goldmark/ast"
)

// Labelled questions: "**题目**：…", "**参考答案**：…", "Q: …", "A: …", or a
// heading "#### 参考答案". A label opens a line of a paragraph, or is the
// text of a heading.

// labelKind tells what a label introduces.
type labelKind uint8

const (
	noLabel       labelKind = iota
	questionLabel           // the question
	answerLabel             // the answer
	extraLabel              // something about the note (author, source): its Extra
	tagsLabel               // the note's tags
)

// labelNames are the labels flashmark knows, lower case. A bold label not
// among them ("**难度**：") is an extra label too; a plain one ("Note: …") is
// text.
var labelNames = map[string]labelKind{
	"题目": questionLabel, "问题": questionLabel, "题干": questionLabel, "问": questionLabel,
	"question": questionLabel, "q": questionLabel,

	"参考答案": answerLabel, "答案": answerLabel, "标准答案": answerLabel, "回答": answerLabel,
	"解答": answerLabel, "题解": answerLabel, "解析": answerLabel, "答": answerLabel,
	"answer": answerLabel, "a": answerLabel, "solution": answerLabel,

	"出题人": extraLabel, "来源": extraLabel, "出处": extraLabel, "作者": extraLabel,
	"公司": extraLabel, "面试公司": extraLabel, "难度": extraLabel, "知识点": extraLabel,
	"source": extraLabel, "author": extraLabel, "company": extraLabel, "difficulty": extraLabel,

	"标签": tagsLabel, "tags": tagsLabel, "tag": tagsLabel,
}

// maxLabelRunes bounds the length of a bold label's name: longer bold text
// followed by a colon is emphasis in prose.
const maxLabelRunes = 12

// A labelMatch is a label found at the start of a line or heading.
type labelMatch struct {
	kind labelKind
	name string
	// strong labels are bold or headings; plain ones ("Q:") count only
	// in a file of labelled questions.
	strong bool
	// bold is the emphasis holding the name, removed with the label.
	bold ast.Node
	// cut is how many bytes of plain text the label takes after bold (the
	// colon and spaces), or in all without bold.
	cut int
	// known labels are among labelNames.
	known bool
}

// lineLabel reads a label at the start of a line whose first inline node
// is first.
func lineLabel(first ast.Node, src []byte) (labelMatch, bool) {
	if em, ok := first.(*ast.Emphasis); ok && em.Level == 2 {
		return boldLabel(em, src)
	}
	// Most lines are no label: look for the colon in the first text node
	// before building anything. goldmark splits text at spaces and
	// punctuation it may parse, never at a colon, so a label and its colon
	// share a node.
	t, ok := first.(*ast.Text)
	if !ok {
		return labelMatch{}, false
	}
	v := t.Segment.Value(src)
	if len(v) > 0 && (v[0] == '*' || v[0] == '_') {
		return unmatchedBoldLabel(first, src)
	}
	i := colonIndex(v[:min(len(v), maxPlainLabel+len("："))])
	if i <= 0 {
		return labelMatch{}, false
	}
	name := string(bytes.TrimRight(v[:i], " \t"))
	kind := labelNames[strings.ToLower(name)]
	if kind == noLabel {
		return labelMatch{}, false
	}
	text := leadingText(first, src)
	return labelMatch{kind: kind, name: name, cut: i + colonCut(text[i:]), known: true}, true
}

// maxPlainLabel bounds the bytes of a plain label's name ("参考答案" takes
// 12, "Difficulty" 10).
const maxPlainLabel = 24

// boldLabel reads a bold label: "**题目**：" or "**题目：**".
func boldLabel(em *ast.Emphasis, src []byte) (labelMatch, bool) {
	var after []byte
	if t, ok := em.NextSibling().(*ast.Text); ok {
		after = bytes.TrimLeft(t.Segment.Value(src), " \t")
	}
	inside := false
	if t, ok := em.LastChild().(*ast.Text); ok {
		v := bytes.TrimRight(t.Segment.Value(src), " \t")
		inside = bytes.HasSuffix(v, []byte(":")) || bytes.HasSuffix(v, []byte("："))
	}
	if !inside && !bytes.HasPrefix(after, []byte(":")) && !bytes.HasPrefix(after, []byte("：")) {
		return labelMatch{}, false
	}
	name, _ := cutColon(plainText(em, src))
	if !validLabelName(name) {
		return labelMatch{}, false
	}
	kind := labelNames[strings.ToLower(name)]
	known := kind != noLabel
	if !known {
		kind = extraLabel
	}
	return labelMatch{kind: kind, name: name, strong: true, bold: em, cut: colonCut(leadingText(em.NextSibling(), src)), known: known}, true
}

// unmatchedBoldLabel reads "**题目：**什么是…", a bold label whose closing
// "**" follows punctuation and precedes a Chinese character, which
// CommonMark does not take for emphasis (it leaves the asterisks as text),
// though Typora and Obsidian show it bold.
func unmatchedBoldLabel(first ast.Node, src []byte) (labelMatch, bool) {
	text := leadingText(first, src)
	if len(text) < 2 || text[1] != text[0] {
		return labelMatch{}, false
	}
	marker := text[:2]
	rest := text[2:]
	i := colonIndex([]byte(rest[:min(len(rest), maxPlainLabel+len("："))]))
	if i <= 0 {
		return labelMatch{}, false
	}
	name := strings.TrimSpace(rest[:i])
	_, size := utf8.DecodeRuneInString(rest[i:])
	after, ok := strings.CutPrefix(rest[i+size:], marker)
	if !ok || !validLabelName(name) {
		return labelMatch{}, false
	}
	kind := labelNames[strings.ToLower(name)]
	known := kind != noLabel
	if !known {
		kind = extraLabel
	}
	cut := len(text) - len(after) + colonCut(after)
	return labelMatch{kind: kind, name: name, strong: true, cut: cut, known: known}, true
}

// colonIndex returns the index of the first ":" or "：" in v, or -1.
func colonIndex(v []byte) int {
	i := bytes.IndexByte(v, ':')
	if j := bytes.Index(v, []byte("：")); j >= 0 && (i < 0 || j < i) {
		return j
	}
	return i
}

// headingLabel reads a heading that is a label: its whole text is one
// ("#### 参考答案", "### Answer:"), or it opens with one ("##### Answer: 4",
// "#### **题目**：…"). value reports text after the label.
func headingLabel(h *ast.Heading, text string, src []byte) (m labelMatch, value, ok bool) {
	if h.FirstChild() == nil {
		return labelMatch{}, false, false
	}
	name, _ := cutColon(text)
	// A one-letter heading ("# Q", "# A") is a question like any other.
	if len(name) <= maxPlainLabel && utf8.RuneCountInString(name) > 1 && labelNames[strings.ToLower(name)] != noLabel {
		kind := labelNames[strings.ToLower(name)]
		return labelMatch{kind: kind, name: name, strong: true, known: true}, false, true
	}
	m, ok = lineLabel(h.FirstChild(), src)
	if !ok || !m.strong && len([]rune(m.name)) < 2 {
		return labelMatch{}, false, false // "A: …" as a heading is a question
	}
	m.strong = true
	return m, true, true
}

func validLabelName(s string) bool {
	n := utf8.RuneCountInString(s)
	return n > 0 && n <= maxLabelRunes && !strings.ContainsAny(s, "\n，。,.!?！？")
}

// cutColon trims a trailing colon and space from a label's name.
func cutColon(s string) (string, bool) {
	t := strings.TrimSpace(s)
	for _, c := range []string{":", "："} {
		if r, ok := strings.CutSuffix(t, c); ok {
			return strings.TrimSpace(r), true
		}
	}
	return t, false
}

// colonCut returns how many bytes of s, which follows a label's name, are
// the colon and the space around it.
func colonCut(s string) int {
	t := strings.TrimLeft(s, " \t")
	for _, c := range []string{":", "："} {
		if strings.HasPrefix(t, c) {
			t = t[len(c):]
			break
		}
	}
	t = strings.TrimLeftFunc(t, unicode.IsSpace)
	return len(s) - len(t)
}

// leadingText returns the plain text that starts at n, across the text
// nodes goldmark split it into, up to the end of the line.
func leadingText(n ast.Node, src []byte) string {
	var b []byte
	for ; n != nil; n = n.NextSibling() {
		t, ok := n.(*ast.Text)
		if !ok {
			break
		}
		b = append(b, t.Segment.Value(src)...)
		if t.SoftLineBreak() || t.HardLineBreak() || len(b) > 64 {
			break
		}
	}
	return string(b)
}

// stripLabel removes a label from the start of the inline content of
// block, and returns the offset where what is left starts, or -1 when
// nothing is left.
func stripLabel(block ast.Node, m labelMatch, src []byte) int {
	if m.bold != nil {
		block.RemoveChild(block, m.bold)
	}
	start := trimLeadingText(block, src, m.cut)
	if !block.HasChildren() {
		return -1
	}
	if t, ok := block.FirstChild().(*ast.Text); ok && t.Segment.Len() == 0 {
		block.RemoveChild(block, t) // the label ended its line
		return stripLabel(block, labelMatch{}, src)
	}
	return start
}

// labelTags reads the tags of a "标签：a, b" label: words separated by
// commas, "、" or spaces.
func labelTags(s string) []string {
	return strings.FieldsFunc(s, func(r rune) bool {
		return r == ',' || r == '，' || r == '、' || r == ';' || r == '；' || unicode.IsSpace(r)
	})
}
