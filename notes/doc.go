// Package notes turns Markdown study notes into a typed question-and-answer
// model: a Deck of Sections holding Notes, each with a Question and an Answer
// Body, a stable ID, tags, a section path and a position.
//
// # How notes are written
//
// A question is a heading; its answer is everything up to the next heading at
// the same level or above. Deeper headings ("###" under a "#" question) stay
// inside the answer. Headings above the question level make sections, and the
// text before the first question (a preface, or the page chrome of notes
// copied from a web page) is the description of the deck or section. It is
// never a note.
//
//	# 什么是 Pod？
//	Pod 是 Kubernetes 中最小的调度单位。
//	### 共享什么
//	网络命名空间和存储卷。
//
//	# 你如何扩展 Kubernetes 集群？
//	---
//
// A question with no answer, or only a thematic break ("---"), is kept and
// reported as unanswered: see Note.Answered and the "unanswered question"
// diagnostic. Exporters decide what to do with it.
//
// # The question level
//
// The level of questions is found per file:
//
//  1. front matter "question_level: N" wins;
//  2. then Parser.QuestionLevel, when not 0;
//  3. otherwise: if the file's first heading is strictly shallower than every
//     other heading (a lone "# Title" over "## 1. Question？" headings), it is
//     the deck title and the questions are the shallowest headings after it;
//     else the questions are the shallowest headings of the file.
//
// With an explicit level the title rule still applies to headings above it.
// Only top-level headings count; a heading inside a block quote or list is
// content.
//
// # Front matter
//
// A file may start with YAML front matter between "---" lines. Known keys:
// title (deck title), deck (deck name for exporters that name decks, such as
// "Interview::Kubernetes"), tags (a list, or words separated by spaces or
// commas), lang (a BCP 47 tag; otherwise detected from the text) and
// question_level. Other keys are reported as warnings and ignored.
//
// # Markdown
//
// CommonMark with GitHub's extensions (tables, strikethrough, task lists,
// autolinks), heading attributes ("{#id .tag}"), and East Asian line breaks: a
// line break between two Chinese characters is not a space. Package syntax
// adds cloze deletions and math:
//
//   - {{c1::answer}} and {{c1::answer::hint}}, Anki's cloze syntax, and
//     ==highlight==, which takes the next cloze number, make a note of kind
//     Cloze; Note.Clozes lists its cloze numbers.
//   - $inline$, $$display$$ and blocks between "$$" lines are TeX.
//
// # Stable IDs
//
// A note keeps its ID across builds, so that Anki updates it rather than
// adding a duplicate. An explicit ID wins: a heading attribute "{#my-id}" or a
// comment "<!-- id: my-id -->" right after the heading (or at its end).
// Otherwise the ID is derived from the deck name, the section path and the
// question text, each normalised: full-width letters folded, lower case, a
// leading enumeration ("1.", "2、", "Q3:", "第四题") dropped, white space and
// trailing punctuation removed. Editing an answer, reordering or renumbering
// questions and changing their spacing keep every ID; renaming the deck,
// moving a question to another section or rewording it changes its ID. Two
// notes with the same ID are an error naming both positions.
//
// # Errors and diagnostics
//
// Parse returns an *Error (or an ErrorList of them) for input it cannot read:
// bytes that are not UTF-8 (ErrInvalidUTF8; often a GBK file), NUL bytes,
// UTF-16, nesting deeper than MaxNesting, broken front matter, duplicate or
// invalid IDs. Every error carries a Position printed as "file:line:col", with
// columns counted in bytes as go/token does. Things worth knowing that do not
// stop parsing (unanswered questions, unknown front-matter keys, a file
// without questions) are returned as Deck.Diagnostics. The package never
// prints and never panics.
//
// Parsing is pure: Parse reads only the bytes it is given, ParseFS only the
// files of the file system it is given.
package notes
