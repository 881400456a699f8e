// Package pdf writes notes as printable PDF documents: a study guide, a
// cheat sheet or flash cards to cut out, chosen by Exporter.Layout.
//
//	e := &pdf.Exporter{Layout: pdf.Cheatsheet, Media: os.DirFS("notes")}
//	sum, err := export.WriteFile(ctx, e, "notes.pdf", deck)
//
// # Layouts
//
// A Guide (the zero Layout) is a book to read on paper: a title page, a
// table of contents linked to its pages, the sections and their numbered
// questions each with a PDF bookmark, the title at the top of every page
// and the page number at its foot. The questions carry the numbers the
// notes give them (Note.Number: "12. ", "Q3. ", "第四题 "), in their
// headings and bookmarks, or when the notes number none, a count. With
// IncludeUnanswered, the questions without an answer are listed at the
// end, "to do", with their positions.
//
// A Cheatsheet packs the notes into columns of small type (three columns,
// 7 points, landscape A4 by default): section titles on a tinted band
// above their notes, each question in bold, after its number in grey when
// the notes give one, with its answer under it.
//
// Cards are flash cards, 2 × 4 to an A4 page by default: a page of
// questions, then a page of their answers, placed so that printing on both
// sides with a long-edge flip puts each answer behind its question. Crop
// marks show where to cut, and a small number in the corner of each side
// matches them. Text shrinks to fit a card down to 6 points; what still
// does not fit continues on another card, and an info diagnostic says so.
// A cloze note shows its text with the deletions blanked on the front
// ("[…]", or the hint) and marked on the back. A card shows no question
// number: cards are reviewed out of order.
//
// Every layout draws what a note's other labels say (Note.Extra: "出题人：…",
// "来源：…") after its answer, smaller and in grey, on the back of a card.
//
// # Drawing the notes
//
// Every body is drawn from the goldmark tree the parser built, one small
// function per node kind: paragraphs, headings, emphasis, strike-out,
// links (clickable when they are http, https, mailto or ftp URLs), inline
// code and code blocks (Go Mono on a tint, coloured with the same tokens and
// palette as export's HTML, long lines wrapped), lists (nested, numbered,
// task lists), block quotes, tables (column widths from their content,
// cells wrapped), thematic breaks, images and math. Local PNG, JPEG and GIF
// images are read from Media, never from outside it, and scaled to fit;
// remote images show as their alt text linking to their URL. Math is shown
// as its TeX source in the code face, since nothing typesets it. Raw HTML
// is not rendered: its text is drawn as text, and its <img> tags as images.
//
// Text is broken into lines by the Unicode line-breaking algorithm (UAX
// #14), with the Chinese rules for line starts and ends: no line starts
// with "，。、；：？！）」" and the like, and none ends with "（「『". An
// English word is split only when it is wider than the line. No character
// is dropped.
//
// # Fonts
//
// The embedded default is Noto Sans SC (SIL Open Font License 1.1, see
// fonts/OFL.txt), Regular and Bold, cut down to GB 2312, Latin, Greek,
// Cyrillic and common punctuation and symbols by fonts/subset.sh; code uses
// Go Mono. A document embeds only the glyphs it uses. Exporter.Fonts adds
// TrueType fonts tried before the default, for scripts it lacks (such as
// traditional Chinese beyond GB 2312, or Japanese). A character that no font
// has, and any character beyond U+FFFF (emoji, rare ideographs), which the
// PDF writer cannot encode, is drawn as a red "□" and reported as a warning
// with its position.
//
// # Reproducible output
//
// A fixed Exporter.Time gives byte-identical files for the same deck and
// options: the creation and modification dates come from it and nothing
// else varies.
package pdf
