// Package epub writes notes as an EPUB 3 book to read on a phone or an
// e-reader: every question and its answer, a table of contents listing
// chapters and questions, typography for Chinese and English, and a quiz
// mode in which each answer is one tap away.
//
//	root, _ := os.OpenRoot("notes")
//	d, err := notes.ParseFS(root.FS())
//	...
//	sum, err := export.WriteFile(ctx, &epub.Exporter{Media: root.FS()}, "k8s.epub", d)
//
// # Chapters
//
// Each section of the notes (each file, when several are parsed together)
// is a chapter; subsections nest under it. Questions that come before any
// section form chapters of their own, "Questions 1–50" and so on. A run of
// more than 50 questions is split into even parts, so that pages load fast
// and books of 10,000 questions take about a second to build. Pages and
// their ids have ASCII names (ch0001.xhtml, q12), whatever the notes'
// language.
//
// # Modes
//
// Book shows each question as a heading followed by its answer. Quiz shows
// the questions only, each with a link to its answer, an EPUB 3 pop-up
// footnote (epub:type="noteref" to an aside epub:type="footnote") that
// links back to the question; readers without pop-ups show the answers at
// the end of the chapter. In a quiz, cloze deletions are blanked out on
// the page, showing their hint, and revealed in the footnote.
//
// In both modes a question leads with the number the notes give it
// (Note.Number: "12. ", "Q3. ", "第四题 "), in its heading and in the
// table of contents, and what the note's other labels say (Note.Extra:
// "出题人：…", "来源：…") follows its answer in a <div class="extra">,
// inside the footnote in a quiz.
//
// Unanswered questions are left out and counted in Summary.Skipped, or,
// with IncludeUnanswered, listed in a last chapter, "To do".
//
// # Pages
//
// Answers are rendered by export.HTML, then rewritten for EPUB readers:
//   - ids written in the notes ({#id}, raw HTML) are renamed so that they
//     are unique in the book (two answers with "### 示例 {#示例}" do not
//     clash), and links to them resolve to the same note's heading first,
//     then to a note of that ID, then to the first heading of that id; a
//     link that resolves to nothing, or to a file beside the notes, is
//     shown as text with a diagnostic;
//   - TeX math, which no EPUB reader typesets, is shown as its source in
//     <code class="math">, never dropped;
//   - local images are stored in the book, read only from Media; data:
//     images too; remote images become links showing their alternative
//     text, as a book must not depend on the network. Only PNG, JPEG and
//     GIF images, which every reader shows, are stored.
//
// Pages carry lang and xml:lang: Lang, or the deck's language, or, when
// neither is given, the language of the questions (Chinese when Han
// characters make up a fifth of their letters). The words the book adds
// (the contents heading, "Answer", "To do"...) are in that language:
// Chinese (simplified, or traditional for zh-Hant, zh-TW, zh-HK), Japanese
// or English. The style sheet sets Chinese and English text, highlighted
// code (export.CodeCSS), tables, images, deletions and math.
//
// # Metadata
//
// The book has a title, an author when given, a language, a description
// (the deck's), a date and modification time from Time, and an identifier,
// urn:uuid, hashed from the mode, the title and the notes' IDs: the same
// notes make the same book for a reader's library. Its cover is an image
// drawn from that identifier (a colour and a pattern; no text, which would
// need fonts), followed by a title page.
//
// # go-epub, checked
//
// The book is assembled by github.com/go-shiori/go-epub, whose HTTP client
// is replaced by one that refuses every request, and which is given every
// asset as a data: URL: nothing is fetched. go-epub logs some write errors
// instead of returning them, dates the book with the clock and lists
// images in map order, so Export reads the zip back, checks that every
// page, image and style sheet is there (ErrBrokenBook otherwise), and
// writes it again: mimetype first and stored, entries in a fixed order
// dated by Time, the package document's dates from Time and its manifest
// sorted, lang on every page, a navigation document of its own (go-epub's
// lists pages only, under an English heading) and the NCX's dtb:uid
// restored. The same notes and Time give byte-identical books, which pass
// epubcheck with neither errors nor warnings.
package epub
