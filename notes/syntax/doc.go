// Package syntax holds flashmark's additions to Markdown as goldmark
// extensions: cloze deletions ({{c1::answer::hint}} and ==highlight==) and
// TeX math ($inline$, $$display$$ and $$ blocks).
//
// The notes parser installs [Extension]; exporters walk the resulting tree and
// render the node kinds defined here ([KindCloze], [KindMath],
// [KindMathBlock]) in their own way.
package syntax
