package anki

import "errors"

// ErrNotPackage reports a previous package that cannot be read: not a zip,
// no collection.anki2 in it, or a collection that is not an Anki database.
var ErrNotPackage = errors.New("not an Anki package")
