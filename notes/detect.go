package notes

import (
	"bytes"
	"fmt"
	"strings"

	"github.com/yuin/goldmark/ast"
	east "github.com/yuin/goldmark/extension/ast"
)

// What each top-level block of a file is, once its shape is known.
const (
	kContent  uint8 = iota // part of a description or an answer
	kQuestion              // a question heading
	kSection               // a heading above the question level
	kQList                 // a list of questions
	kTitle                 // the title heading
	kLabel                 // a heading that is a label ("#### 参考答案")
	kTOC                   // a table of contents
	kBackLink              // a "back to top" link, left out of answers
)

// A heading of the file and what it reads like.
type headingInfo struct {
	h     *ast.Heading
	index int // in the file's blocks
	text  string
	score int  // questionScore
	label bool // the heading is a label
}

// Shares of a level's headings that read as questions (scores out of
// fullQuestion): at strongShare the shallowest such level is the question
// level; otherwise the level with most questions among those above
// weakShare.
const (
	strongShare = 0.75
	weakShare   = 0.4
)

// analyze finds the shape of the file: its title heading, the question
// level, the lists of questions, whether it holds labelled questions, and
// its table of contents. It marks each block's kind and says what it chose
// in an info diagnostic. explicit is the level the front matter or the
// Parser asks for, 0 for none; source says which.
func (b *builder) analyze(explicit int, source string) {
	b.kinds = make([]uint8, len(b.blocks))
	b.hinfo = make([]*headingInfo, len(b.blocks))
	var hs, plain []*headingInfo
	lists := 0 // list items that open with a question heading
	var listLevels [7]int
	nh := 0
	for _, n := range b.blocks {
		if n.Kind() == ast.KindHeading {
			nh++
		}
	}
	infos := make([]headingInfo, nh) // one allocation for all
	hs = make([]*headingInfo, 0, nh)
	for i, n := range b.blocks {
		switch n := n.(type) {
		case *ast.Heading:
			hi := &infos[len(hs)]
			hi.h, hi.index = n, i
			hs = append(hs, hi)
			b.hinfo[i] = hi
		case *ast.List:
			if lv, ok := questionList(n); ok {
				for it := n.FirstChild(); it != nil; it = it.NextSibling() {
					if h := headingItem(it); h != nil && h.Level == lv {
						lists++
						listLevels[lv]++
					}
				}
			}
		}
	}
	b.headings = hs
	// What each heading reads like, on every core: a large file has a
	// heading every few hundred bytes.
	inParallel(len(infos), func(k int) {
		hi := &infos[k]
		hi.text = plainText(hi.h, b.src)
		if _, _, hi.label = headingLabel(hi.h, hi.text, b.src); !hi.label {
			hi.score = questionScore(hi.text)
		}
	})
	// Headings are labels ("#### 参考答案") only in a file that has an
	// answer label: "# Question" alone is a question like any other.
	q, a, strongQ := b.countLabels()
	for _, hi := range hs {
		if hi.label && a == 0 {
			hi.label = false
			hi.score = questionScore(hi.text)
		}
		if hi.label {
			b.kinds[hi.index] = kLabel
			continue
		}
		plain = append(plain, hi)
	}

	// The title: a first heading strictly shallower than every other.
	var title *headingInfo
	if len(plain) > 1 {
		title = plain[0]
		for _, hi := range plain[1:] {
			if hi.h.Level <= title.h.Level {
				title = nil
				break
			}
		}
	}
	if explicit > 0 && title != nil && title.h.Level >= explicit {
		title = nil
	}
	rest := plain
	if title != nil {
		rest = plain[1:]
	}

	// The detection says what it chose when that is not what the notes
	// used to get: the shallowest headings below the title.
	var reason string
	say := false
	level := explicit
	if explicit == 0 {
		level, reason, say = chooseLevel(rest, lists)
	}
	atLevel := 0
	for _, hi := range rest {
		if hi.h.Level == level {
			atLevel++
		}
	}
	if explicit > 0 {
		lists = listLevels[explicit]
	}

	// Labelled questions win when they outnumber the heading questions.
	// A single heading over bold labels is the title of a labelled
	// question ("# 第1题" over "**题目**：").
	if q > 0 && a > 0 && (explicit == 0 && (q > atLevel+lists || atLevel+lists <= 1 && strongQ > 0) || atLevel+lists == 0) {
		b.labelled = true
		if title == nil && len(plain) == 1 {
			title = plain[0]
		}
		level = 7 // every other heading makes a section
		reason = fmt.Sprintf("labelled questions: %s (题目：, Q:) and %s (参考答案：, A:); headings make sections", count(q, "question label"), count(a, "answer label"))
		say = true
	}
	if title != nil {
		b.titleHeading = title.h
		b.kinds[title.index] = kTitle
	}
	b.level = level
	for _, hi := range plain {
		switch {
		case hi == title:
		case hi.h.Level == level:
			b.kinds[hi.index] = kQuestion
		case hi.h.Level < level:
			b.kinds[hi.index] = kSection
		}
	}
	if !b.labelled {
		for i, n := range b.blocks {
			if lv, ok := questionList(n); ok && (explicit == 0 || lv == explicit) {
				b.kinds[i] = kQList
				b.listLevel = append(b.listLevel, lv)
			}
		}
	}
	b.markTOC()
	if !say {
		return
	}
	if title != nil {
		reason += fmt.Sprintf("; %q is the title", title.text)
	}
	if explicit > 0 {
		reason += fmt.Sprintf(" (no level-%d heading, the question_level %s asks for)", explicit, source)
	}
	b.file.shapeDiag = len(b.file.diags)
	b.file.diags = append(b.file.diags, Diagnostic{Pos: b.lines.pos(b.base), Severity: Info, Msg: reason})
}

// chooseLevel picks the question level among the headings below the
// title, by what they read like, and says why. lists is the number of list
// items that open with a question heading. It reports whether the choice
// is worth an info diagnostic: one other than the shallowest headings.
func chooseLevel(hs []*headingInfo, lists int) (level int, reason string, say bool) {
	var count, score, questions [7]int
	shallowest := 0
	for _, hi := range hs {
		count[hi.h.Level]++
		score[hi.h.Level] += hi.score
		if hi.score > 0 {
			questions[hi.h.Level]++
		}
		if shallowest == 0 || hi.h.Level < shallowest {
			shallowest = hi.h.Level
		}
	}
	share := func(l int) float64 { return float64(score[l]) / float64(fullQuestion*count[l]) }
	chosen := 0
	for l := 1; l <= 6 && chosen == 0; l++ {
		if count[l] > 0 && score[l] >= fullQuestion && share(l) >= strongShare {
			chosen = l
		}
	}
	for l := 1; l <= 6 && chosen == 0; l++ {
		if count[l] > 0 && score[l] >= fullQuestion && share(l) >= weakShare && score[l] > score[chosen] {
			chosen = l
		}
	}
	if chosen == 0 {
		switch {
		case shallowest == 0 && lists > 0:
			return 7, "questions are the headings that open list items", true
		case shallowest == 0:
			return 1, "", false // no headings: no questions
		case lists > 0:
			return 7, fmt.Sprintf("questions are the headings that open list items; no other heading reads as a question, so %s headings make sections", hashes(shallowest)), true
		}
		return shallowest, "", false
	}
	msg := fmt.Sprintf("question level %d (%s headings): %d of %d read as questions", chosen, hashes(chosen), questions[chosen], count[chosen])
	var above []string
	for l := 1; l < chosen; l++ {
		if count[l] > 0 {
			above = append(above, fmt.Sprintf("%d of %d %s", questions[l], count[l], hashes(l)))
		}
	}
	if len(above) > 0 {
		msg += fmt.Sprintf(", against %s headings above, which make sections", strings.Join(above, ", "))
	}
	if lists > 0 {
		msg += fmt.Sprintf("; %d list items open with a question heading", lists)
	}
	return chosen, msg, chosen != shallowest || lists > 0
}

func hashes(level int) string { return strings.Repeat("#", level) }

// countLabels counts the question and answer labels that open lines of
// the file's top-level paragraphs, and the headings that may be labels,
// and, of the question labels, the strong ones (bold, headings).
func (b *builder) countLabels() (questions, answers, strongQuestions int) {
	add := func(m labelMatch) {
		switch m.kind {
		case questionLabel:
			questions++
			if m.strong {
				strongQuestions++
			}
		case answerLabel:
			answers++
		}
	}
	for _, hi := range b.headings {
		if hi.label {
			m, _, _ := headingLabel(hi.h, hi.text, b.src)
			add(m)
		}
	}
	// Paragraphs, on every core; a label is rare, so its block is
	// counted again here after.
	b.strongLabel = make([]bool, len(b.blocks))
	labelled := make([]bool, len(b.blocks))
	inParallel(len(b.blocks), func(i int) {
		if p, ok := b.blocks[i].(*ast.Paragraph); ok {
			lineStarts(p, func(first ast.Node) bool {
				if m, ok := lineLabel(first, b.src); ok {
					labelled[i] = true
					b.strongLabel[i] = b.strongLabel[i] || m.strong
				}
				return true
			})
		}
	})
	for i, yes := range labelled {
		if yes {
			lineStarts(b.blocks[i], func(first ast.Node) bool {
				if m, ok := lineLabel(first, b.src); ok {
					add(m)
				}
				return true
			})
		}
	}
	return questions, answers, strongQuestions
}

// lineStarts calls yield with each inline node that starts a line of a
// paragraph, until it returns false.
func lineStarts(p ast.Node, yield func(ast.Node) bool) {
	atStart := true
	for c := p.FirstChild(); c != nil; c = c.NextSibling() {
		if atStart && !yield(c) {
			return
		}
		t, ok := c.(*ast.Text)
		atStart = ok && (t.SoftLineBreak() || t.HardLineBreak())
	}
}

// markTOC marks the tables of contents among the file's blocks.
func (b *builder) markTOC() {
	var slugs map[string]bool
	known := func() map[string]bool {
		if slugs == nil {
			slugs = map[string]bool{}
			for _, hi := range b.headings {
				slugs[slugKey(hi.text)] = true
			}
			for i, n := range b.blocks {
				if b.kinds[i] != kQList {
					continue
				}
				for it := n.FirstChild(); it != nil; it = it.NextSibling() {
					if h := headingItem(it); h != nil {
						slugs[slugKey(plainText(h, b.src))] = true
					}
				}
			}
		}
		return slugs
	}
	for i, n := range b.blocks {
		if b.kinds[i] != kContent {
			continue
		}
		switch n.(type) {
		case *ast.List, *east.Table:
			// Most lists link nowhere in the file: look at the bytes
			// before walking the tree.
			end := len(b.src)
			if i+1 < len(b.blocks) {
				end = blockStartOffsetOf(b.blocks[i+1])
			}
			if !bytes.Contains(b.src[blockStartOffsetOf(n):max(end, blockStartOffsetOf(n))], []byte("](#")) {
				continue
			}
		case *ast.Paragraph:
			if isBackLink(n, b.src) {
				b.kinds[i] = kBackLink
				continue
			}
		default:
			continue
		}
		if isTOC(n, b.src, known) {
			b.kinds[i] = kTOC
		}
	}
}

// count writes "1 thing" or "n things".
func count(n int, thing string) string {
	if n == 1 {
		return "1 " + thing
	}
	return fmt.Sprintf("%d %ss", n, thing)
}
