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
//  3. otherwise the headings decide by what they read like. A first heading
//     strictly shallower than every other (a lone "# Title" over "## 1.
//     Question？" headings) is the deck title. Of the levels below it, the
//     shallowest whose headings mostly read as questions (three in four) is
//     the question level, else the one with most question-like headings
//     among those where at least two in five read so, else, when no heading
//     reads as a question, the shallowest level. A heading reads as a
//     question when it ends in "？" or "?", opens with an interrogative
//     (What, How, Why, When, Which, Explain, Describe, Difference…; 简述,
//     介绍…), holds one (什么, 如何, 为什么, 怎么, 哪些, 是否…), compares ("A vs
//     B"), or ends in 吗 or 呢; a number ("1.", "Q1", "第1题") half does.
//
// Levels above the question level make sections: "## 基础概念与常识" over
// "### Java 语言有哪些特点？" gives a section of questions, not one long
// answer. When the detection chose other than the shallowest headings, an
// info diagnostic says which level and why. Only top-level headings count;
// a heading inside a block quote is content, and one that opens a list
// item is content unless the list is a list of questions (below).
//
// The result is checked: a warning that suggests a question_level points
// at list items that open with a heading but are not questions, at many
// headings that read as questions when few are, and at one answer that
// holds most of the file and questions of its own.
//
// # Questions in lists
//
// A numbered (or bulleted) list whose first item, and at least half of its
// items, open with a heading at one level is a list of questions:
//
//	## Core JavaScript
//
//	1. ### What is a closure
//
//	    A function together with the variables it closes over.
//
//	2. ### What is hoisting
//
// Each item makes a note; the rest of the item is the answer, headings and
// all ("##### Note" stays in it). An item without a heading continues the
// answer before it, and so do the blocks after the list up to the next
// question or section. The item's number is the note's Number. With an
// explicit question level, only lists whose headings are at that level
// are questions.
//
// A table of contents (a list or table of links to the file's own
// headings, or Typora's "[TOC]") is never a question or an answer. Before
// the first question, it and what comes above it (a disclaimer, download
// links and their headings) make the description, with an info
// diagnostic; inside an answer it is left out, with an info diagnostic. So
// is a paragraph that only links back to the top of the page or the table
// of contents ("**[⬆ Back to Top](#table-of-contents)**"): a card cannot
// follow it.
//
// # Labelled questions
//
// Notes that label their parts instead of using headings make a note of
// each question label:
//
//	**题目**：如何实现一个高效的单向链表逆序输出？
//	**出题人**：阿里巴巴出题专家
//	**参考答案**：下面是其中一种写法……
//
// A label opens a line: bold ("**题目**：", "**题目：**"), plain ("题目：",
// "Q:", "Question:"), or a heading whose text is the label ("#### 参考答案",
// "##### Answer: 4"). Question labels are 题目, 问题, 题干, 问, Question and
// Q; answer labels 参考答案, 答案, 标准答案, 回答, 解答, 题解, 解析, 答,
// Answer, A and Solution. The question is the text after the question label
// and what follows it up to the answer label (code, options); the answer is
// everything from the answer label to the next question label. Other
// labels (出题人, 来源, 作者, 难度, Source, Author…, or any short bold label
// before the answer) go to the note's Extra, label and all; a 标签 or Tags
// label gives tags. Without an answer label, the question is the question
// label's line and what follows is the answer.
//
// A file is read this way when it holds question and answer labels and
// more question labels than heading questions, or a single heading over
// bold question labels (the heading is then the title); its headings make
// sections. A file of one labelled question among several given to
// ParseFS makes a note of the deck, not a section of its own.
//
// Bold and heading labels also sort the answer of a question heading:
// "**出题人**：…" opening it goes to Extra, and with an answer label, what
// comes before it joins the question ("**题目**：…" restating it, or the code
// and options of "What is the output of below code") and the answer starts
// at the label. Plain labels ("A: …") in an answer are text.
//
// # Question numbers
//
// A number that opens a question ("## 1. 问题", "Q3: …", "第四题 …", the
// number of a list item) is kept in Note.Number and left out of the
// question, which a card shows out of order. Numbers that are part of the
// question stay ("3.14 是什么", "5G 网络").
//
// # Line breaks
//
// Notes written in Typora, Obsidian or a Notion export often mean a new
// line where they press Enter: "使用UUID做主键有什么问题" then "自增主键会产生表
// 锁" must not come out as one run-on sentence. Parser.Breaks and the front
// matter's "breaks: true" (or false, or auto) say what a line break inside
// a paragraph stands for. The default, BreaksAuto, keeps the breaks of
// Chinese notes (lang zh, declared or detected) and follows CommonMark in
// others, by measurement: in the reference notes, each of the 69 line
// breaks inside answers ends a statement, 50 of them with no punctuation
// at all. Chinese notes wrapped at a width should say "breaks: false".
//
// # Front matter
//
// A file may start with YAML front matter between "---" lines. Known keys:
// title (deck title), deck (deck name for exporters that name decks, such as
// "Interview::Kubernetes"), tags (a list, or words separated by spaces or
// commas), lang (a BCP 47 tag; otherwise detected from the text),
// question_level and breaks. Other keys are reported as warnings and
// ignored.
//
// # Markdown
//
// CommonMark with GitHub's extensions (tables, strikethrough, task lists,
// autolinks), heading attributes ("{#id .tag}"), and East Asian line breaks
// where line breaks are soft: a line break between two Chinese characters is
// not a space. Package syntax adds cloze deletions and math:
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
// comment "<!-- id: my-id -->" right after the heading (or at its end, or
// right after a question label). Otherwise the ID is derived from the deck
// name, the section path and the question text (the heading as written,
// number and all, and what a question label adds), each normalised:
// full-width letters folded, lower case, a leading enumeration ("1.", "2、",
// "Q3:", "第四题") dropped, white space and trailing punctuation removed.
// Editing an answer, reordering or renumbering questions and changing their
// spacing keep every ID; renaming the deck, moving a question to another
// section or rewording it changes its ID.
//
// The same question asked again in a section ("What is the output of below
// code?" forty times, "1. 什么是Pod？" and "37. 什么是Pod？") is no error: the
// n-th copy gets an ID of its own, derived from the first copy's ID and n,
// and a warning that names both positions and how to pin an ID. The IDs
// stay while the copies keep their order: moving one copy above another
// is the only way their IDs swap (pin them to stop that). Two explicit IDs
// that clash are an error naming both positions; a derived ID equal to an
// explicit one gets an ID of its own, as a copy.
//
// # Images
//
// Local image paths (Media.Path) are relative to the root images are read
// from: the notes' own directory, unless Parser.NotesDir names where the
// notes sit inside a larger root ("docs" for notes in docs/ and images in
// a sibling images/). A path that leaves that root stays one that
// exporters refuse; nothing outside it is ever read.
//
// # Errors and diagnostics
//
// Parse returns an *Error (or an ErrorList of them) for input it cannot read:
// bytes that are not UTF-8 (ErrInvalidUTF8; often a GBK file), NUL bytes,
// UTF-16, nesting deeper than MaxNesting, broken front matter, clashing or
// invalid explicit IDs, and Parser settings it cannot use (ErrBadParser).
// Every error carries a Position printed as "file:line:col", with columns
// counted in bytes as go/token does. Things worth knowing that do not stop
// parsing (unanswered and repeated questions, unknown front-matter keys,
// how the question level was chosen, a file without questions) are
// returned as Deck.Diagnostics, each with its position. The package never
// prints and never panics.
//
// Parsing is pure: Parse reads only the bytes it is given, ParseFS only the
// files of the file system it is given.
package notes
