// Package export holds what every flashmark output format shares: the
// Exporter contract, a catalogue type for choosing a format by name or file
// extension, atomic file writing, the HTML rendering of note bodies
// (sanitised, highlighted, with math and media rewritten), and reading media
// from inside the notes' root.
//
// Formats live in their own packages (formats/anki, formats/pdf,
// formats/epub) and are used directly; nothing registers itself here.
package export
