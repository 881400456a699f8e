package anki

import "errors"

// ErrNotPackage reports a previous package that cannot be read: not a zip,
// no collection.anki2 in it, or a collection that is not an Anki database.
var ErrNotPackage = errors.New("not an Anki package")

// ErrCollectionName reports an output name that Anki reads as a backup of
// a whole collection ("collection.apkg", "backup-*.apkg"): importing it
// would replace the learner's collection.
var ErrCollectionName = errors.New("name reserved for Anki collection backups")
