package notes

import (
	"fmt"

	"github.com/yuin/goldmark/ast"
)

// Thresholds of checkShape: the warnings say the shape looks misread only
// when it clearly does.
const (
	minUnusedItems    = 2 // list items opening with a heading, not questions
	minShapedHeadings = 5 // question-shaped headings that are not questions
	minInnerQuestions = 3 // question-shaped headings inside one answer
)

// checkShape warns, suggesting question_level, when the notes' shape looks
// misread: headings that open list items left unused, far fewer questions
// than headings shaped like questions, or one answer holding most of the
// file and questions of its own.
func (b *builder) checkShape() {
	if b.labelled {
		return
	}
	questions := len(b.jobs)

	unused, level := 0, 0
	var first ast.Node
	for i, n := range b.blocks {
		if _, ok := n.(*ast.List); !ok || b.kinds[i] == kQList {
			continue
		}
		for it := n.FirstChild(); it != nil; it = it.NextSibling() {
			if h := headingItem(it); h != nil {
				if unused == 0 {
					first, level = h, h.Level
				}
				unused++
			}
		}
	}
	if unused >= minUnusedItems {
		b.warn(first, fmt.Sprintf("%d list items open with a heading but are not questions; if they are, set question_level: %d in the front matter", unused, level))
	}

	var shaped [8]int
	var firstShaped [8]*headingInfo
	for _, hi := range b.headings {
		if hi.label || hi.score < fullQuestion || b.kinds[hi.index] == kQuestion || b.kinds[hi.index] == kTitle {
			continue
		}
		if shaped[hi.h.Level] == 0 {
			firstShaped[hi.h.Level] = hi
		}
		shaped[hi.h.Level]++
	}
	most := 0
	for l := 1; l <= 6; l++ {
		if shaped[l] > shaped[most] {
			most = l
		}
	}
	if shaped[most] >= minShapedHeadings && shaped[most] > 2*questions {
		b.warn(firstShaped[most].h, fmt.Sprintf("only %s, but %d %s headings read as questions; if they are the questions, set question_level: %d in the front matter", count(questions, "question"), shaped[most], hashes(most), most))
		return
	}

	for _, j := range b.jobs {
		if j.list != nil || j.heading == nil || j.to <= j.from {
			continue
		}
		end := len(b.src)
		if j.to < len(b.blocks) {
			end = b.blockStart(b.blocks[j.to])
		}
		inner, innerLevel := 0, 0
		for i := j.from; i < j.to; i++ {
			if hi := b.hinfo[i]; hi != nil && !hi.label && hi.score == fullQuestion {
				inner++
				innerLevel = hi.h.Level
			}
		}
		if inner >= minInnerQuestions && 2*(end-j.heading.Pos()) > len(b.src) {
			b.warn(j.heading, fmt.Sprintf("this answer holds %d%% of the file and %d headings that read as questions; if they are the questions, set question_level: %d in the front matter",
				100*(end-j.heading.Pos())/max(1, len(b.src)), inner, innerLevel))
		}
	}
}

// warn adds a warning at node n.
func (b *builder) warn(n ast.Node, msg string) {
	b.file.diags = append(b.file.diags, Diagnostic{Pos: b.pos(blockStartOffsetOf(n)), Severity: Warning, Msg: msg})
}
