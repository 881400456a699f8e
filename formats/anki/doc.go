// Package anki writes notes as an Anki deck package (.apkg) that every Anki
// from 2.1 to 25.x imports, and that updates itself in Anki when the notes
// change and the package is imported again.
//
//	d, err := notes.ParseFS(root.FS())
//	...
//	sum, err := anki.WriteFile(ctx, &anki.Exporter{Media: root.FS()}, "k8s.apkg", d)
//
// # Package layout
//
// The package is a zip in Anki's legacy layout: collection.anki2, an SQLite
// database with exactly the tables and indexes of Anki's schema 11
// (rslib/src/storage/schema11.sql); media, a JSON object from entry names
// to file names ({"0": "3f2a….png"}); and each media file stored under its
// index. The database is built in a temporary file, closed, streamed into
// the zip and removed.
//
// # Note types
//
// Notes use three note types whose ids, field lists and templates are
// released and never change (Anki matches note types by id and skips notes
// whose note type changed shape):
//
//	flashmark Basic                      id 1580616716643
//	    Front, Back, Section, Source     card "Card 1": Front → Back
//	flashmark Basic (and reversed card)  id 1533120331825 (Exporter.Reversed)
//	    Front, Back, Section, Source     "Card 1": Front → Back; "Card 2": Back → Front
//	flashmark Cloze                      id 1571251306334 (notes with cloze deletions)
//	    Text, Back Extra, Section, Source   "Cloze": one card per cloze number
//
// Front is the question, Back the answer. A cloze note's Text is its
// question, followed by its answer when the answer holds deletions; its
// answer goes to Back Extra otherwise. Section is the note's section path
// as a breadcrumb ("Kubernetes › 网络"), shown above the question; Source is
// the file:line where the question starts, shown small under the answer.
// Fields are HTML from export.HTML (sanitised, code highlighted, math as
// \(…\) for MathJax, deletions as {{cN::…::hint}} in cloze notes). The
// note types' CSS reads well for Chinese (PingFang SC, Noto Sans CJK SC,
// Microsoft YaHei; line height 1.7), styles tables and code, and follows
// Anki's night mode.
//
// # Cards
//
// Anki makes no card on import, so the package holds them all, as new
// cards in the notes' order: one per template for basic notes (no reverse
// card for an empty answer), one per distinct cloze number N (card N-1)
// for cloze notes. Unanswered questions are left out and counted in
// Summary.Skipped unless IncludeUnanswered; a cloze note is complete
// without an answer.
//
// # Decks
//
// The top deck is named by Exporter.DeckName, else by the notes
// (notes.Deck.DisplayName: the front matter's deck, or the title). Each
// section becomes a sub-deck, "Deck::Section::Subsection", with the
// section's description as deck description; Flat keeps every note in the
// top deck, whose description is the notes' preface. Deck ids derive from
// the full deck name, so they are the same in every build.
//
// # Tags
//
// Each note carries the tags of its notes, sections and heading
// ({.tag}), made valid for Anki: white space becomes "_", "/" becomes
// Anki's hierarchy separator "::", quotes and control characters are
// dropped. Exporter.Tags adds tags to every note.
//
// # Media
//
// Local images (Markdown ![](…) with a relative path) are read from
// Exporter.Media, through export.ReadMedia, which refuses paths outside
// that root. Each is stored once under a name made of 32 hex digits of its
// SHA-256 and its extension, so identical files are stored once and names
// never need Anki's normalisation. Images of deck descriptions get a "_"
// prefix, as Anki imports only the media that note fields show and the
// files whose names start with "_". Remote images stay URLs. An image that
// cannot be embedded (missing, outside the root, no root given, or written
// as raw HTML <img>) is a diagnostic in the Summary, and nothing is read
// outside the root.
//
// # Updating notes in Anki
//
// Anki matches an imported note to one it has by guid, and updates it only
// when the package's modification time (mod) is newer than its own. So:
//
//   - A note's guid derives from its stable ID (notes.Note.ID): the first 8
//     bytes of SHA-256 of the namespaced ID, written in Anki's base-91
//     alphabet (see Guid). Reordering notes, or editing their answers,
//     changes no guid; a new question text does, unless the note has an
//     explicit ID ({#id} or <!-- id: … -->).
//   - A note whose content changed gets a newer mod, and a note that did not
//     change keeps the mod of the package it replaces, so importing the new
//     package updates exactly the changed notes and keeps what the learner
//     edited in the others. The previous package is Exporter.Previous (see
//     ReadPrevious); WriteFile reads it from the file it replaces. A note
//     is unchanged when its guid, note type, fields and tags are; its
//     Source field is left out of the comparison, since adding a line above
//     a note moves it. A changed note's mod is the export's Time, or one
//     second after the previous mod if that is not older.
//   - Without a previous package every note gets mod = Time.
//
// Card scheduling in Anki is never touched by a re-import.
//
// # Determinism
//
// A fixed Exporter.Time gives byte-identical packages: zip entry times, the
// collection's times and the note and card ids (numbered in study order,
// ending at Time in milliseconds) all derive from it, JSON keys are sorted
// or in a fixed order, and the database is written by the same statements
// in the same order. Rendering runs on every CPU; the output does not
// depend on how many.
package anki
