// Package export holds what every flashmark output format shares, and
// knows none of them: the Exporter contract, atomic file writing that
// never replaces a file of another kind, the neutral XHTML rendering of
// note bodies (sanitised, highlighted, math delimited, clozes as <mark>),
// highlight tokens and their colours for formats that draw code
// themselves, and reading media from inside the notes' root.
//
// Formats live in their own packages (formats/anki, formats/pdf,
// formats/epub) and are used directly; nothing registers itself here, and a
// program pays only for the formats it imports. A program that offers
// several formats builds its own list of them (the flashmark command
// does).
//
// # One way to export
//
// A library user, a command-line tool and every format need only two
// entry points:
//
//   - Exporter.Export(ctx, w, deck) writes to any io.Writer and returns a
//     Summary: what was written, and every diagnostic, the parser's and
//     the exporter's, in file order. Showing the user all warnings takes
//     one loop over Summary.Diagnostics.
//   - WriteFile(ctx, exporter, name, deck) writes a file atomically and
//     returns the same Summary. It refuses to replace a file of another
//     kind (the user's notes, a directory, another format's output) unless
//     told to with ReplaceAnyKind.
//
// Two optional interfaces let a format take part in WriteFile without a
// file API of its own: an Updater reads the file it replaces (an Anki
// package keeps the modification times of unchanged notes), and a
// NameChecker refuses names that are dangerous for its readers.
//
// # Panics
//
// No input may crash a program: code that runs on notes, and every
// goroutine flashmark starts, turns a panic into an error wrapping
// ErrInternal (see Recover), with the position of what was being done
// when it is known.
package export
